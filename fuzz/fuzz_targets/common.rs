//! The mini fixture pack, compiled in, for the fuzz targets to break one file of.

use lantern::story::MemPack;

macro_rules! files {
    ($($p:literal),*) => {
        &[$(($p, include_bytes!(concat!("../../tests/fixtures/mini/", $p)) as &[u8])),*]
    };
}

/// The mini pack.
pub fn mini() -> MemPack {
    MemPack::from_static(
        "fuzz",
        files!(
            "story/story.toml",
            "story/chapters/one.toml",
            "story/chapters/two.toml",
            "story/glossary.toml",
            "story/people.toml",
            "story/timeline.toml",
            "story/maps.toml",
            "images/a.svg",
            "images/cover.svg",
            "audio/p1.ogg",
            "audio/p1.json"
        ),
    )
}
