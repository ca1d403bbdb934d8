//! A glossary card: the word, how to say it, and what it means.

use egui::{Id, RichText};

use super::style::big_button;
use super::{Command, ViewCx};

/// Shows the card for `term` over the page.
pub fn ui(ctx: &egui::Context, cx: &mut ViewCx<'_>, term: &str) {
    let m = cx.m;
    let Some(entry) = cx.story.find_term(term) else {
        cx.commands.push(Command::Ui(super::UiCommand::Close));
        return;
    };
    let modal = egui::Modal::new(Id::unique("glossary-card")).show(ctx, |ui| {
        ui.set_max_width(700.0 * m.unit);
        ui.label(
            RichText::new(&entry.term)
                .font(m.bold(m.heading()))
                .color(m.c.accent),
        );
        if let Some(say) = &entry.say {
            ui.label(m.body_text(format!("Say it: {say}")).color(m.c.muted));
        }
        ui.add_space(m.margin() * 0.5);
        ui.label(m.body_text(&entry.definition));
        ui.add_space(m.margin() * 0.5);
        ui.horizontal(|ui| {
            if big_button(ui, m, "Close", true).clicked() {
                cx.commands.push(Command::Ui(super::UiCommand::Close));
            }
            if entry.narration.is_some() && big_button(ui, m, "Hear it", false).clicked() {
                cx.commands.push(Command::PlayTerm(entry.term.clone()));
            }
        });
    });
    if modal.should_close() {
        cx.commands.push(Command::Ui(super::UiCommand::Close));
    }
}
