//! The class vote at a prompt: the teacher counts hands for each choice (buttons or keys 1–4,
//! Shift to take one back), the tally shows as bars, then Enter reveals what really happened.

use egui::{RichText, Sense, Vec2};

use super::ViewCx;
use super::style::big_button;
use crate::reader::Action;
use crate::story::{PageId, Prompt};

/// Draws the vote for the prompt of page `id`.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, id: PageId, prompt: &Prompt) {
    let m = cx.m;
    let tally = cx.reader.votes(id).to_vec();
    let most = tally.iter().copied().max().unwrap_or(0).max(1);
    let width = ui.available_width();
    // The reveal sits above the tally so it is on screen however long the answers are.
    let any = tally.iter().any(|v| *v > 0);
    ui.add_enabled_ui(any, |ui| {
        if big_button(ui, m, "Show what really happened (Enter)", true).clicked() {
            cx.act(Action::RevealVotes);
        }
    });
    ui.add_space(m.margin() * 0.3);
    for (i, choice) in prompt.choices.iter().enumerate() {
        let hands = tally.get(i).copied().unwrap_or(0);
        egui::Frame::new()
            .fill(m.c.card)
            .corner_radius(12.0 * m.unit)
            .inner_margin(m.margin() * 0.4)
            .show(ui, |ui| {
                ui.set_width(width - m.margin() * 0.8);
                ui.label(RichText::new(format!("{}  {}", i + 1, choice.text)).font(m.body_font()));
                ui.horizontal(|ui| {
                    let small = Vec2::splat(m.button_height() * 0.8);
                    let minus = egui::Button::new(RichText::new("−").font(m.bold(m.body())))
                        .min_size(small);
                    if ui
                        .add(minus)
                        .on_hover_text(super::commands::hint(super::UiCommand::VoteDown(i)))
                        .clicked()
                    {
                        cx.act(Action::Vote {
                            choice: i,
                            delta: -1,
                        });
                    }
                    let plus = egui::Button::new(RichText::new("+").font(m.bold(m.body())))
                        .min_size(small);
                    if ui
                        .add(plus)
                        .on_hover_text(super::commands::hint(super::UiCommand::VoteUp(i)))
                        .clicked()
                    {
                        cx.act(Action::Vote {
                            choice: i,
                            delta: 1,
                        });
                    }
                    let bar_w = (ui.available_width() - m.small() * 5.0).max(10.0);
                    let (rect, _) =
                        ui.allocate_exact_size(Vec2::new(bar_w, m.body()), Sense::hover());
                    // The track is the theme's own: a light bar on the dark theme would glare.
                    ui.painter().rect_filled(rect, 6.0 * m.unit, m.c.paper);
                    ui.painter().rect_stroke(
                        rect,
                        6.0 * m.unit,
                        egui::Stroke::new(1.0 * m.unit, m.c.muted),
                        egui::StrokeKind::Inside,
                    );
                    let mut filled = rect;
                    filled.set_width(rect.width() * hands as f32 / most as f32);
                    ui.painter().rect_filled(filled, 6.0 * m.unit, m.c.accent);
                    ui.label(RichText::new(hands_label(hands)).font(m.bold(m.small())));
                });
            });
        ui.add_space(m.margin() * 0.3);
    }
}

/// A tally as the class reads it: "1 hand", "7 hands".
pub fn hands_label(hands: u32) -> String {
    if hands == 1 {
        "1 hand".to_owned()
    } else {
        format!("{hands} hands")
    }
}
