//! The end of the book: how many turning points the reader predicted, and where to go next.

use egui::RichText;

use super::ViewCx;
use super::style::big_button;
use crate::reader::Action;

/// Draws the end of the story.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>) {
    let m = cx.m;
    let score = cx.reader.score();
    let (read, total) = cx.reader.progress();
    egui::Frame::new().inner_margin(m.margin() * 2.0).show(ui, |ui| {
        ui.vertical_centered(|ui| {
            ui.label(RichText::new("The End").font(m.bold(m.heading() * 1.5)).color(m.c.accent));
            ui.add_space(m.margin());
            ui.label(m.body_text(format!("You have finished {}.", cx.story.title)));
            ui.add_space(m.margin() * 0.5);
            let predicted = if score.answered == 0 {
                format!("The book has {} turning points where you can guess what happened next.", score.total)
            } else {
                format!(
                    "You guessed what really happened at {} of the {} turning points you tried.",
                    score.correct, score.answered
                )
            };
            ui.label(m.body_text(predicted));
            ui.label(m.body_text(format!("You read {read} of {total} pages.")));
            let (voted, right) = cx.reader.class_score();
            if voted > 0 {
                ui.label(m.body_text(format!(
                    "As a class, you voted at {voted} turning points and the most hands were right at {right}."
                )));
            }
            ui.add_space(m.margin() * 0.5);
            ui.label(m.small_text("Historians also guess, check the evidence, and change their minds. You did the same!"));
            ui.add_space(m.margin() * 1.5);
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = m.margin();
                let total_w = m.button_height() * 2.6 * 3.0 + m.margin() * 2.0;
                ui.add_space(((ui.available_width() - total_w) / 2.0).max(0.0));
                if big_button(ui, m, "← Back", false).clicked() {
                    cx.act(Action::Back);
                }
                if big_button(ui, m, "Chapters", false).clicked() {
                    cx.act(Action::OpenChapters);
                }
                if big_button(ui, m, "Read again", true).clicked() {
                    cx.act(Action::Start);
                }
            });
        });
    });
}
