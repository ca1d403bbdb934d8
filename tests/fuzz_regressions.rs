//! Inputs the fuzz targets (`fuzz/`) found interesting or that once crashed, kept as regression
//! tests: each must be refused or loaded cleanly, never panic.

use std::path::Path;

use lantern::story::picture::{check_picture, raster_size};
use lantern::story::{LoadOptions, MemPack, load};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("fuzz fixtures")
        .map(|e| {
            let path = e.expect("entry").path();
            (
                path.display().to_string(),
                std::fs::read(&path).expect("read"),
            )
        })
        .collect();
    out.sort();
    out
}

fn mini() -> MemPack {
    MemPack::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini"))
}

#[test]
fn chapter_files_from_the_fuzzer_never_panic_the_loader() {
    let cases = inputs("story_toml");
    assert!(!cases.is_empty());
    for (name, bytes) in cases {
        let mut pack = mini();
        pack.insert("story/chapters/one.toml", bytes);
        let loaded = load(
            &pack,
            LoadOptions {
                decode_pictures: true,
            },
        );
        assert!(
            loaded.story.is_some() || !loaded.diagnostics.is_empty(),
            "{name}: refused without a reason"
        );
    }
}

#[test]
fn pictures_from_the_fuzzer_are_refused_or_rendered_within_limits() {
    for (name, bytes) in inputs("picture_header") {
        let _ = raster_size(&bytes);
        for path in ["x.png", "x.svg"] {
            if check_picture(path, &bytes).is_ok() {
                let img = lantern::ui::pictures::render(path, &bytes, 256, 512).expect(&name);
                assert!(img.size[0] <= 512 && img.size[1] <= 512, "{name}");
            }
        }
    }
}

/// The files the `pack` fuzz target builds from one input, split on 0xFF bytes.
const PACK_FILES: [&str; 7] = [
    "story/story.toml",
    "story/chapters/two.toml",
    "story/glossary.toml",
    "story/people.toml",
    "story/timeline.toml",
    "story/maps.toml",
    "images/a.svg",
];

#[test]
fn whole_packs_from_the_fuzzer_never_panic_the_loader() {
    for (name, bytes) in inputs("pack") {
        let mut pack = mini();
        for (path, part) in PACK_FILES.iter().zip(bytes.split(|b| *b == 0xFF)) {
            pack.insert(path, part.to_vec());
        }
        let loaded = load(
            &pack,
            LoadOptions {
                decode_pictures: true,
            },
        );
        assert!(
            loaded.story.is_some() || !loaded.diagnostics.is_empty(),
            "{name}: refused without a reason"
        );
    }
}
