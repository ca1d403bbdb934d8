//! Lantern: an illustrated storybook app for young readers and classrooms.
//!
//! Data flows one way: pack files → validated [`story::Story`] → [`reader::Reader`] → views →
//! actions → reader. `story` and `reader` know nothing of egui or audio and are tested without a
//! window; `ui` renders reader state and sends it actions.

pub mod cli;
pub mod fonts;
pub mod narration;
pub mod procstat;
pub mod reader;
pub mod story;
pub mod ui;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
