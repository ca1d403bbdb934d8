//! `lantern-bench KIND`: the real Lantern window, measuring itself for `benches/app.rs`.
//!
//! A separate binary, so the product carries no benchmark code: it wraps the same
//! [`LanternApp`] the `lantern` binary runs, presses keys through egui's input before each frame
//! and reads the app's state after it through the app's public, read-only accessors.

mod bench;

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicU8;
use std::time::Instant;

use clap::{Parser, ValueEnum};
use lantern::cli::Cli;
use lantern::ui::LanternApp;

/// What to measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BenchKind {
    /// Close at the first complete frame of the title screen (start-up time).
    FirstFrame,
    /// Say "ready" at the first complete frame, then sit idle (idle CPU).
    Idle,
    /// Turn every page of the book in order, twice (page-turn latency, memory).
    Turns,
    /// Jump to every page by typing its number, in a random order.
    Jumps,
    /// Paint a page continuously (frame cost).
    FramesPage,
    /// Paint the map view continuously (frame cost).
    FramesMap,
    /// Read aloud from the first page for 30 s (CPU, highlight lag, start latency).
    Narrate,
}

/// The benchmark's command line.
#[derive(Debug, Parser)]
#[command(
    name = "lantern-bench",
    about = "Measure the Lantern window (for benches/app.rs)"
)]
struct Args {
    /// What to measure.
    #[arg(value_enum)]
    kind: BenchKind,
    /// Window size, e.g. 1920x1080.
    #[arg(long, default_value = "1280x720")]
    size: String,
    /// Keep saves in DIR (a scratch folder, so a reader's real save is never touched).
    #[arg(long, value_name = "DIR")]
    data_dir: std::path::PathBuf,
}

/// The app with a measurement driving it.
struct Harness {
    app: LanternApp,
    bench: bench::Bench,
}

impl eframe::App for Harness {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let started = Instant::now();
        self.app.ui(ui, frame);
        self.bench
            .frame(&mut self.app, ui.ctx(), started, started.elapsed());
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        self.bench.input(self.app.reader(), &mut raw_input.events);
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        self.app.clear_color(visuals)
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        self.app.on_exit(gl);
    }
}

fn main() -> ExitCode {
    lantern::logging::init();
    let args = Args::parse();
    let data_dir = args.data_dir.to_string_lossy().into_owned();
    let cli = Cli::parse_from(["lantern", "--size", &args.size, "--data-dir", &data_dir]);
    let kind = args.kind;
    let wrap: lantern::shell::Wrap = Box::new(move |mut app| {
        if kind != BenchKind::Narrate {
            // Only the narration kind plays sound; the others keep the sound device closed.
            app.use_narrator(Box::new(lantern::narration::ClockNarrator::default()));
        }
        Box::new(Harness {
            app,
            bench: bench::Bench::new(kind),
        })
    });
    lantern::shell::open(&cli, wrap, &Arc::new(AtomicU8::new(0)))
}
