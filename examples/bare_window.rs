//! The floor for Lantern's start-up benchmark: the smallest eframe window, with the same
//! renderer and window size, that prints a line once its first frame is on screen and exits.
//!
//! `benches/app.rs` times Lantern's first full frame against this.

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare window")
            .with_inner_size([1280.0, 720.0]),
        ..Default::default()
    };
    eframe::run_native(
        "bare-window",
        options,
        Box::new(|_| Ok(Box::new(Bare { frames: 0 }))),
    )
}

struct Bare {
    frames: u32,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // The second update starts after the first frame has been painted and presented, the
        // same rule Lantern's `--bench first-frame` uses.
        self.frames += 1;
        if self.frames == 2 {
            println!("lantern-bench first-frame");
            std::process::exit(0);
        }
        egui::CentralPanel::default().show(ui, |ui| ui.label("Hello"));
        ui.ctx().request_repaint();
    }
}
