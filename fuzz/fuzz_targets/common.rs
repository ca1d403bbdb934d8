//! The mini fixture pack, read once, for the fuzz targets to break one file of.

use std::sync::OnceLock;

use lantern::story::MemPack;

/// A fresh copy of the mini pack.
pub fn mini() -> MemPack {
    static PACK: OnceLock<MemPack> = OnceLock::new();
    PACK.get_or_init(|| {
        MemPack::from_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/mini")))
    })
    .clone()
}
