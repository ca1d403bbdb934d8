//! The command line: `lantern` (read), `lantern check`, `lantern export`.
//!
//! Errors become messages and exit codes here, in one place: 0 clean, 1 problems found,
//! 2 bad usage (clap's own code for usage errors).

mod view;

pub use view::{AtPage, ViewSpec};

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};

use crate::story::{self, Counts, DirPack, LoadOptions, Pack, Severity, export};

/// Lantern: an illustrated storybook for young readers and classrooms.
#[derive(Clone, Debug, Parser)]
#[command(name = "lantern", version, about)]
pub struct Cli {
    /// Read a story pack from this folder instead of the bundled story.
    #[arg(long, value_name = "DIR", global = true)]
    pub story: Option<PathBuf>,
    /// Start in full screen.
    #[arg(long)]
    pub fullscreen: bool,
    /// Start projecting for a class: full screen, page only, presenter window (F5 in the app).
    #[arg(long)]
    pub present: bool,
    /// Save a screenshot of the first fully drawn frame to FILE (PNG) and exit.
    #[arg(long, value_name = "FILE")]
    pub screenshot: Option<PathBuf>,
    /// With --screenshot: what to show: a page id, ID/prompt, ID/answer=N, chapters,
    /// chapter-end=N, end or map=YEAR (default: the title screen).
    #[arg(long, value_name = "VIEW", requires = "screenshot")]
    pub page: Option<ViewSpec>,
    /// With --screenshot: wait this many seconds before taking it (e.g. to catch read-aloud).
    #[arg(
        long,
        value_name = "SECONDS",
        requires = "screenshot",
        default_value_t = 0.0
    )]
    pub wait: f64,
    /// Window size in logical pixels, e.g. 1280x720.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<(f32, f32)>,
    /// Keep saves and settings in DIR instead of the platform's data folder.
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// What to do; without a command, Lantern opens the story.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Clone, Debug, Subcommand)]
pub enum Command {
    /// Validate a story pack and list every problem as file:line:col.
    Check {
        /// The pack folder.
        #[arg(default_value = ".")]
        pack: PathBuf,
    },
    /// Print the story as JSON or Markdown.
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: Format,
        /// The pack folder.
        #[arg(default_value = ".")]
        pack: PathBuf,
    },
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// Machine-readable, for other tools.
    Json,
    /// A printable handout.
    Markdown,
}

/// Parses a window size written `WIDTHxHEIGHT`.
///
/// # Errors
/// A message saying what is wrong with it.
pub fn parse_size(s: &str) -> Result<(f32, f32), String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or("write the size as WIDTHxHEIGHT, e.g. 1280x720")?;
    let w: f32 = w.trim().parse().map_err(|_| format!("bad width \"{w}\""))?;
    let h: f32 = h
        .trim()
        .parse()
        .map_err(|_| format!("bad height \"{h}\""))?;
    if !(200.0..=8192.0).contains(&w) || !(200.0..=8192.0).contains(&h) {
        return Err("width and height must be between 200 and 8192".into());
    }
    Ok((w, h))
}

/// `lantern check PACK`: prints every problem and a summary; exit 1 when there are errors.
pub fn check(pack_dir: &std::path::Path) -> ExitCode {
    let started = Instant::now();
    let pack = DirPack::new(pack_dir);
    let loaded = story::load(
        &pack,
        LoadOptions {
            decode_pictures: true,
        },
    );
    let mut out = std::io::stdout().lock();
    for d in &loaded.diagnostics {
        let _ = writeln!(out, "{d}");
    }
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = loaded.diagnostics.len() - errors;
    let ms = started.elapsed().as_millis();
    match &loaded.story {
        Some(s) => {
            let c = Counts::of(s);
            let _ = writeln!(
                out,
                "{}: ok — {} chapters, {} pages (+{} in {} detours), {} prompts, {} glossary terms, {} words; {warnings} warnings ({ms} ms)",
                pack.describe(),
                c.chapters,
                c.main_pages,
                c.detour_pages,
                c.detours,
                c.prompts,
                c.terms,
                c.words
            );
            ExitCode::SUCCESS
        }
        None => {
            let _ = writeln!(
                out,
                "{}: {errors} errors, {warnings} warnings ({ms} ms)",
                pack.describe()
            );
            ExitCode::from(1)
        }
    }
}

/// `lantern export`: the story to stdout, or the problems to stderr and exit 1.
pub fn export(pack_dir: &std::path::Path, format: Format) -> ExitCode {
    let pack = DirPack::new(pack_dir);
    let loaded = story::load(&pack, LoadOptions::default());
    let Some(s) = loaded.story else {
        let mut err = std::io::stderr().lock();
        for d in loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
        {
            let _ = writeln!(err, "{d}");
        }
        let _ = writeln!(
            err,
            "{}: cannot export a pack with errors; run `lantern check`",
            pack.describe()
        );
        return ExitCode::from(1);
    };
    let text = match format {
        Format::Json => export::to_json(&s),
        Format::Markdown => export::to_markdown(&s),
    };
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{text}").is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
