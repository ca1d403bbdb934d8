//! Lantern: an illustrated storybook app for young readers and classrooms.
//!
//! Data flows one way: pack files → validated [`story::Story`] → [`reader::Reader`] and the
//! [`session::Session`] around it → views → commands → reader and session. `story`, `reader`
//! and `session` know nothing of egui or audio and are tested without a window; `ui` renders
//! their state and sends them commands; `shell` opens the window.

pub mod cli;
pub mod fonts;
pub mod narration;
pub mod procstat;
pub mod reader;
pub mod session;
pub mod shell;
pub mod story;
pub mod ui;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Warnings for the person at the terminal.
pub mod logging {
    /// Sends the `log` crate's warnings and errors to standard error as `lantern: …` lines.
    pub fn init() {
        static LOGGER: Stderr = Stderr;
        if ::log::set_logger(&LOGGER).is_ok() {
            ::log::set_max_level(::log::LevelFilter::Warn);
        }
    }

    struct Stderr;

    impl ::log::Log for Stderr {
        fn enabled(&self, metadata: &::log::Metadata<'_>) -> bool {
            metadata.level() <= ::log::Level::Warn
        }

        fn log(&self, record: &::log::Record<'_>) {
            // winit, eframe and the audio crates log too; only Lantern's own lines are for the
            // reader's terminal.
            if self.enabled(record.metadata()) && record.target().starts_with("lantern") {
                eprintln!("lantern: {}", record.args());
            }
        }

        fn flush(&self) {}
    }
}
