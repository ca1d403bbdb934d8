//! The whole glossary as a list: every hard word, how to say it, and what it means.

use egui::{RichText, ScrollArea};

use super::{Command, ViewCx};

/// Draws the glossary list.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>) {
    let m = cx.m;
    let story = cx.story;
    super::list_header(ui, cx, "Glossary");
    ScrollArea::vertical().id_salt("glossary").show(ui, |ui| {
        for term in &story.glossary {
            ui.horizontal_wrapped(|ui| {
                let name = egui::Button::new(
                    RichText::new(&term.term)
                        .font(m.bold(m.body()))
                        .color(m.c.term),
                )
                .frame(false);
                if ui.add(name).on_hover_text("Open the card").clicked() {
                    cx.commands.push(Command::ShowTerm(term.term.clone()));
                }
                if let Some(say) = &term.say {
                    ui.label(m.small_text(format!("({say})")));
                }
            });
            ui.label(
                RichText::new(&term.definition)
                    .font(m.body_font())
                    .color(m.c.ink),
            );
            ui.add_space(m.margin() * 0.4);
        }
    });
}
