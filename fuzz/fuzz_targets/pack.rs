//! A whole pack made of fuzzed files: the input is split on 0xFF bytes into the story file,
//! a chapter, the glossary, people, timeline, maps and a picture.
#![no_main]

mod common;

use lantern::story::{LoadOptions, load};
use libfuzzer_sys::fuzz_target;

const FILES: [&str; 7] = [
    "story/story.toml",
    "story/chapters/two.toml",
    "story/glossary.toml",
    "story/people.toml",
    "story/timeline.toml",
    "story/maps.toml",
    "images/a.svg",
];

fuzz_target!(|data: &[u8]| {
    let mut pack = common::mini();
    for (path, part) in FILES.iter().zip(data.split(|b| *b == 0xFF)) {
        pack.insert(path, part.to_vec());
    }
    let loaded = load(&pack, LoadOptions { decode_pictures: true });
    if let Some(story) = &loaded.story {
        let _ = lantern::story::export::to_json(story);
    }
});
