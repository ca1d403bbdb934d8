//! The timeline: dated events in order, each a link to the page that tells it.

use egui::{RichText, ScrollArea, Sense};

use super::{Command, ViewCx};
use crate::reader::Action;

/// Draws the timeline.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>) {
    let m = cx.m;
    let story = cx.story;
    super::list_header(ui, cx, "Timeline");
    ScrollArea::vertical().id_salt("timeline").show(ui, |ui| {
        for event in &story.timeline {
            let inner = ui.horizontal(|ui| {
                ui.label(
                    RichText::new(&event.date)
                        .font(m.bold(m.body()))
                        .color(m.c.accent),
                );
                ui.label(
                    RichText::new(&event.title)
                        .font(m.body_font())
                        .color(m.c.ink),
                );
            });
            let chapter = story.page(event.page).chapter.0 + 1;
            let row = ui.interact(
                inner.response.rect,
                ui.scope_id().with(("event", event.page.0, &event.title)),
                Sense::click(),
            );
            let label = format!("{}: {} (chapter {chapter})", event.date, event.title);
            row.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if row.on_hover_text("Read this page").clicked() {
                cx.commands.push(Command::Ui(super::UiCommand::Close));
                cx.act(Action::GoTo(event.page));
            }
            ui.add_space(m.margin() * 0.2);
        }
    });
}
