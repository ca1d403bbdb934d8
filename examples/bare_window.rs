//! The floor for Lantern's benchmarks: the smallest eframe window, with the same renderer.
//!
//! `bare_window` prints a line once its first frame is on screen and exits (start-up floor).
//! `bare_window frames WxH` paints continuously at that size and prints the time between
//! frames and the CPU per frame (frame-cost floor: what painting alone costs here).
//! `benches/app.rs` compares Lantern with both.

use std::time::Instant;

fn main() -> eframe::Result {
    let args: Vec<String> = std::env::args().collect();
    let frames_mode = args.get(1).is_some_and(|a| a == "frames");
    let (w, h) = args
        .get(2)
        .and_then(|s| s.split_once('x'))
        .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
        .unwrap_or((1280.0, 720.0));
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare window")
            .with_inner_size([w, h]),
        ..Default::default()
    };
    eframe::run_native(
        "bare-window",
        options,
        Box::new(move |_| {
            Ok(Box::new(Bare {
                frames_mode,
                frames: 0,
                starts: Vec::new(),
                ticks: 0,
            }))
        }),
    )
}

struct Bare {
    frames_mode: bool,
    frames: u32,
    starts: Vec<Instant>,
    ticks: u64,
}

/// Frames skipped before measuring, and frames measured.
const SETTLE: u32 = 60;
const MEASURE: usize = 300;

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        if !self.frames_mode && self.frames == 2 {
            // The second update starts after the first frame has been painted and presented,
            // the same rule Lantern's `--bench first-frame` uses.
            println!("lantern-bench first-frame");
            std::process::exit(0);
        }
        if self.frames_mode && self.frames > SETTLE {
            if self.starts.is_empty() {
                self.ticks = cpu_ticks();
            }
            self.starts.push(Instant::now());
            if self.starts.len() > MEASURE {
                let mut gaps: Vec<f64> = self
                    .starts
                    .windows(2)
                    .map(|w| (w[1] - w[0]).as_secs_f64() * 1000.0)
                    .collect();
                gaps.sort_by(f64::total_cmp);
                let cpu = (cpu_ticks() - self.ticks) as f64 * 10.0 / MEASURE as f64;
                println!(
                    "lantern-bench bare.interval.p50_ms {:.2}",
                    gaps[gaps.len() / 2]
                );
                println!("lantern-bench bare.cpu_per_frame_ms {cpu:.2}");
                println!("lantern-bench done");
                std::process::exit(0);
            }
        }
        egui::CentralPanel::default().show(ui, |ui| ui.label("Hello"));
        ui.ctx().request_repaint();
    }
}

fn cpu_ticks() -> u64 {
    lantern::procstat::cpu_ticks("self")
}
