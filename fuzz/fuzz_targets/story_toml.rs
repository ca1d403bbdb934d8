//! Any bytes as a chapter file: the loader reports problems and never panics.
#![no_main]

mod common;

use lantern::story::{LoadOptions, load};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut pack = common::mini();
    pack.insert("story/chapters/one.toml", data.to_vec());
    let loaded = load(&pack, LoadOptions { decode_pictures: true });
    if let Some(story) = &loaded.story {
        let _ = lantern::story::export::to_json(story);
        let _ = lantern::story::export::to_markdown(story);
        let _ = lantern::narration::check::check_story(story, &pack);
    }
});
