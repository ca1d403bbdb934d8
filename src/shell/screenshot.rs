//! `--screenshot FILE`: runs the real app until its first complete frame (pictures decoded,
//! `--wait` over), saves that frame as PNG and closes the window.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui::ViewportCommand;

use crate::ui::LanternApp;

/// What to save, and when.
pub struct Plan {
    path: PathBuf,
    not_before: Instant,
    frames: u32,
    requested: bool,
    image: Arc<Mutex<Option<Arc<egui::ColorImage>>>>,
    exit: Arc<AtomicU8>,
}

impl Plan {
    /// A screenshot to `path`, no sooner than `wait` seconds from now; the process's exit
    /// code goes to `exit` (1 when the file cannot be written).
    pub fn new(path: PathBuf, wait: f64, exit: Arc<AtomicU8>) -> Self {
        Self {
            path,
            not_before: Instant::now() + Duration::from_secs_f64(wait.clamp(0.0, 600.0)),
            frames: 0,
            requested: false,
            image: Arc::default(),
            exit,
        }
    }
}

/// The app, with a screenshot taken of it.
pub struct Screenshot {
    app: LanternApp,
    plan: Plan,
}

impl Screenshot {
    /// Runs `app` until `plan`'s screenshot is saved.
    pub fn new(app: LanternApp, plan: Plan) -> Self {
        Self { app, plan }
    }

    fn step(&mut self, ctx: &egui::Context) {
        let plan = &mut self.plan;
        plan.frames += 1;
        let taken = plan.image.lock().ok().and_then(|mut g| g.take());
        if let Some(image) = taken {
            let code = match save_png(&plan.path, &image) {
                Ok(()) => 0,
                Err(e) => {
                    eprintln!("lantern: cannot write the screenshot: {e}");
                    1
                }
            };
            plan.exit.store(code, Ordering::SeqCst);
            ctx.send_viewport_cmd(ViewportCommand::Close);
            return;
        }
        if !plan.requested
            && plan.frames >= 4
            && !self.app.pictures_busy()
            && Instant::now() >= plan.not_before
        {
            plan.requested = true;
            let slot = plan.image.clone();
            ctx.request_screenshot(move |img| {
                if let Ok(mut g) = slot.lock() {
                    *g = Some(img);
                }
            });
        }
        // Screenshot mode is the one case that keeps painting without input.
        ctx.request_repaint();
    }
}

impl eframe::App for Screenshot {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        self.step(ui.ctx());
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        self.app.clear_color(visuals)
    }
}

fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let [w, h] = image.size;
    let mut rgba = Vec::with_capacity(w * h * 4);
    for p in &image.pixels {
        rgba.extend_from_slice(&p.to_srgba_unmultiplied());
    }
    let buf = image::RgbaImage::from_raw(w as u32, h as u32, rgba).ok_or("bad image size")?;
    buf.save(path).map_err(|e| e.to_string())
}
