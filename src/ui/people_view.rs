//! Who's who: a card for every person the story names, with links to the pages they are on.

use egui::{RichText, ScrollArea, Vec2};

use super::{Command, ViewCx};
use crate::reader::Action;

/// Draws the who's-who cards.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>) {
    let m = cx.m;
    let story = cx.story;
    super::list_header(ui, cx, "Who's who");
    ScrollArea::vertical().id_salt("people").show(ui, |ui| {
        let width = ui.available_width();
        for person in &story.people {
            egui::Frame::new()
                .fill(m.c.card)
                .corner_radius(12.0 * m.unit)
                .inner_margin(m.margin() * 0.5)
                .show(ui, |ui| {
                    ui.set_width(width - m.margin());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(&person.name)
                                .font(m.bold(m.body()))
                                .color(m.c.ink),
                        );
                        if let Some(say) = &person.say {
                            ui.label(m.small_text(format!("say it: {say}")));
                        }
                    });
                    ui.label(
                        RichText::new(&person.role)
                            .font(m.body_font())
                            .color(m.c.ink),
                    );
                    ui.label(m.small_text(&person.about).color(m.c.ink));
                    ui.horizontal_wrapped(|ui| {
                        for (i, page) in person.pages.iter().enumerate() {
                            let chapter = story.page(*page).chapter.0 + 1;
                            let label = format!("Chapter {chapter}, page {}", i + 1);
                            let button = egui::Button::new(m.small_text(label).color(m.c.term))
                                .min_size(Vec2::ZERO);
                            if ui.add(button).on_hover_text("Read this page").clicked() {
                                cx.commands.push(Command::Ui(super::UiCommand::Close));
                                cx.act(Action::GoTo(*page));
                            }
                        }
                    });
                });
            ui.add_space(m.margin() * 0.3);
        }
    });
}
