//! Opening the window: the story and the reader's save are loaded while the window and its
//! OpenGL context are created, then the [`LanternApp`] (or a wrapper around it, such as
//! [`screenshot::Screenshot`]) runs in it.

pub mod screenshot;

use std::process::ExitCode;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};

use egui::ViewportCommand;

use crate::cli::{Cli, ViewSpec};
use crate::reader::{Place, SaveStore};
use crate::story::{self, DirPack, LoadOptions, Pack, Story};
use crate::ui::{LanternApp, style};

/// Turns the prepared app into what the window runs (the app itself, or a wrapper driving it).
pub type Wrap = Box<dyn FnOnce(LanternApp) -> Box<dyn eframe::App> + Send>;

/// Opens the reader window as `cli` asks: the app, or a screenshot of it.
pub fn run(cli: &Cli) -> ExitCode {
    let exit = Arc::new(AtomicU8::new(0));
    let wrap: Wrap = match &cli.screenshot {
        Some(path) => {
            let plan = screenshot::Plan::new(path.clone(), cli.wait, exit.clone());
            Box::new(move |app| Box::new(screenshot::Screenshot::new(app, plan)))
        }
        None => Box::new(|app| Box::new(app)),
    };
    open(cli, wrap, &exit)
}

/// Opens the window for `cli` and runs what `wrap` makes of the app in it. The exit code is
/// `exit`'s value when the window closes normally.
pub fn open(cli: &Cli, wrap: Wrap, exit: &Arc<AtomicU8>) -> ExitCode {
    let (w, h) = cli.size.unwrap_or((1280.0, 720.0));
    // The bundled story is checked when Lantern is built, so a plain launch loads it (and draws
    // the cover) while the window and its OpenGL context are being created. A story folder or
    // a `--page` may be wrong: those are checked before any window opens.
    let loading = if cli.story.is_none() && cli.page.is_none() {
        let owned = cli.clone();
        std::thread::Builder::new()
            .name("lantern-load".into())
            .spawn(move || prepare(&owned))
            .map_or_else(|_| Loading::Ready(Box::new(prepare(cli))), Loading::Thread)
    } else {
        Loading::Ready(Box::new(prepare(cli)))
    };
    let title = match &loading {
        Loading::Ready(p) => match &**p {
            Ok((_, title)) => title.clone(),
            Err((msg, code)) => {
                eprintln!("{msg}");
                return ExitCode::from(*code);
            }
        },
        Loading::Thread(_) => "Lantern".to_owned(),
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_inner_size([w, h])
        .with_min_inner_size([480.0, 360.0]);
    if cli.fullscreen || (cli.present && cli.screenshot.is_none()) {
        viewport = viewport.with_fullscreen(true);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let failed: Arc<Mutex<Option<(String, u8)>>> = Arc::default();
    let failed_in = failed.clone();
    let result = eframe::run_native(
        "lantern",
        options,
        Box::new(move |cc| {
            let prepared = match loading {
                Loading::Ready(p) => *p,
                Loading::Thread(handle) => handle
                    .join()
                    .unwrap_or_else(|_| Err(("lantern: loading the story failed".to_owned(), 1))),
            };
            let (app, title) = match prepared {
                Ok(x) => x,
                Err(e) => {
                    let msg = e.0.clone();
                    if let Ok(mut f) = failed_in.lock() {
                        *f = Some(e);
                    }
                    return Err(msg.into());
                }
            };
            cc.egui_ctx.send_viewport_cmd(ViewportCommand::Title(title));
            style::install(&cc.egui_ctx);
            Ok(wrap(app))
        }),
    );
    if let Some((msg, code)) = failed.lock().ok().and_then(|mut f| f.take()) {
        eprintln!("{msg}");
        return ExitCode::from(code);
    }
    match result {
        Ok(()) => ExitCode::from(exit.load(Ordering::SeqCst)),
        Err(e) => {
            eprintln!("lantern: cannot open a window: {e}");
            eprintln!("{}", window_hint(&e.to_string()));
            ExitCode::from(1)
        }
    }
}

/// Loads the story the command line asks for: a folder, or the bundled one. Warnings go to
/// the log.
///
/// # Errors
/// Every problem, as `file:line:col: message` lines.
pub fn load_story(dir: Option<&std::path::Path>) -> Result<(Arc<Story>, Arc<dyn Pack>), String> {
    let pack: Arc<dyn Pack> = match dir {
        Some(d) => Arc::new(DirPack::new(d)),
        None => Arc::new(story::bundled_pack()),
    };
    let loaded = story::load(pack.as_ref(), LoadOptions::default());
    match loaded.story {
        Some(s) => {
            for d in &loaded.diagnostics {
                log::warn!("{d}");
            }
            Ok((Arc::new(s), pack))
        }
        None => Err(loaded
            .diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")),
    }
}

/// What [`prepare`] gives: the window's state and title, or what to tell the user and the
/// exit code.
type Prepared = Result<(LanternApp, String), (String, u8)>;

/// The window's state, ready or still being prepared on a thread.
enum Loading {
    Ready(Box<Prepared>),
    Thread(std::thread::JoinHandle<Prepared>),
}

/// Loads the story and the reader's save and sets up the window's state as `cli` asks, with
/// the window's title.
///
/// # Errors
/// What to tell the user, and the exit code.
fn prepare(cli: &Cli) -> Prepared {
    let (story, pack) = load_story(cli.story.as_deref()).map_err(|msg| {
        (
            format!("{msg}\nlantern: the story cannot be opened; run `lantern check` for details"),
            1,
        )
    })?;
    let data_dir = cli.data_dir.clone().or_else(SaveStore::platform_dir);
    // A screenshot run must not read or change a reader's real save.
    let store = if cli.screenshot.is_some() {
        None
    } else {
        data_dir.map(|d| SaveStore::new(d.join("saves")))
    };
    let mut app = LanternApp::new(story.clone(), pack, store);
    let mut map = None;
    if cli.screenshot.is_some() {
        if let Some(d) = &cli.data_dir {
            // Screenshots may show a reader's look (theme, font), but never touch their save.
            let saves = SaveStore::new(d.join("saves"));
            if let Some(p) = saves.load_json::<crate::session::Profiles>("profiles.json") {
                app.use_settings(p.repaired().current().settings.clone());
            }
        }
        // A screenshot shows read-aloud on its silent clock and never opens the sound device.
        app.use_narrator(Box::new(crate::narration::ClockNarrator::default()));
        if let Some(view) = &cli.page {
            map = open_view(&mut app, view)?;
        }
    }
    if cli.present {
        app.start_presenting();
    }
    if let Some(i) = map {
        app.show_map(i);
    }
    let (w, h) = cli.size.unwrap_or((1280.0, 720.0));
    if app.reader().place() == Place::Title && app.open_map().is_none() {
        // Creating the window and its OpenGL context takes a while: rasterise the cover
        // meanwhile, so the first frame is the whole title screen. The cover takes most of the
        // window's height; a guess up to twice the final size is used as it is.
        app.warm_cover(w.min(h * 0.8 * 4.0 / 3.0));
    }
    Ok((app, format!("{} — Lantern", story.title)))
}

fn open_view(app: &mut LanternApp, view: &ViewSpec) -> Result<Option<usize>, (String, u8)> {
    app.with_reader(|r| view.open(r))
        .map_err(|msg| (format!("lantern: {msg}"), 2))
}

/// Advice for a window that would not open, in words a teacher can act on.
fn window_hint(error: &str) -> &'static str {
    let lower = error.to_lowercase();
    if error.contains("DISPLAY") || lower.contains("wayland_socket") {
        "lantern: no screen to show the window on (no desktop session). Start Lantern from a \
         desktop; `lantern check` and `lantern export` work without one."
    } else if lower.contains("gl") || lower.contains("egl") || lower.contains("opengl") {
        "lantern: this computer's graphics driver did not offer OpenGL 2 or newer. Installing \
         Mesa (on Debian/Ubuntu: `sudo apt-get install libgl1-mesa-dri`) lets Lantern draw \
         without a graphics card."
    } else {
        "lantern: the story itself is fine; `lantern check` and `lantern export` still work."
    }
}
