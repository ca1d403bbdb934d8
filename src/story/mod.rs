//! The story: data model, pack files, loading and validation.
//!
//! Pure: no egui, no audio, no clock. Files come through a [`Pack`], so the same code reads a
//! folder on disk, the copy embedded in the binary, or a test's in-memory pack.

pub mod diag;
pub mod export;
pub mod load;
pub mod markup;
pub mod model;
pub mod pack;
pub mod picture;
mod raw;

pub use diag::{Diagnostic, Loc, Severity};
pub use load::{Counts, LoadOptions, Loaded, load};
pub use markup::{Markup, Span, Word};
pub use model::{
    Chapter, ChapterId, Choice, Detour, DetourId, Event, MapEntry, Page, PageId, PageKind, Person,
    Picture, Prompt, RecapQuestion, Story, Term,
};
pub use pack::{DirPack, MemPack, Pack, PackError};

/// The story compiled into the binary: the repository's own `story/`, `images/` and `audio/`.
pub fn bundled_pack() -> MemPack {
    MemPack::from_static("the bundled story", crate::embedded::FILES)
}

/// The small fixture pack in `tests/fixtures/mini`, read into memory, for unit tests.
#[cfg(test)]
pub(crate) fn mini_pack() -> MemPack {
    MemPack::from_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini"))
}
