//! Narration: decoding clips, playing them (or keeping silent time when there is no sound
//! device), word timings for the highlight, the read-aloud decisions and the controller that
//! carries them out.
//!
//! Only [`player`] touches audio hardware; everything else is plain logic tested without it.

pub mod check;
pub mod controller;
pub mod loader;
pub mod player;
pub mod read_aloud;
pub mod timings;

pub use controller::ReadAloud;
pub use loader::{ClipLoader, ClipState};
pub use player::{Clip, ClockNarrator, Narrator, open_best};
pub use read_aloud::{ClipKind, ClipRef, Speed};
pub use timings::Timings;
