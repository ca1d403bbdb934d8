//! The end of a chapter: a short recap quiz whose feedback points back to the page with the answer.

use egui::{RichText, ScrollArea, Vec2};

use super::style::big_button;
use super::{ViewCx, widgets};
use crate::reader::Action;
use crate::story::ChapterId;

/// Draws the end of chapter `id`.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, id: ChapterId) {
    let story = cx.story;
    let chapter = story.chapter(id);
    let last = id.0 + 1 == story.chapters.len();
    let next = if last {
        "Finish →"
    } else {
        "Next chapter →"
    };
    let title = format!("Chapter {}: {}", id.0 + 1, chapter.title);
    widgets::reading_frame(ui, cx, &title, next, true, |ui, cx, _rect| {
        let m = cx.m;
        ScrollArea::vertical().id_salt("recap").show(ui, |ui| {
            ui.label(m.heading_text(format!("End of chapter {}: {}", id.0 + 1, chapter.title)));
            if chapter.recap.is_empty() {
                return;
            }
            ui.add_space(m.margin() * 0.5);
            ui.label(m.body_text("Check what you remember:").color(m.c.muted));
            for (qi, q) in chapter.recap.iter().enumerate() {
                ui.add_space(m.margin() * 0.6);
                ui.label(
                    RichText::new(format!("{}. {}", qi + 1, q.question)).font(m.bold(m.body())),
                );
                let given = cx.reader.recap_answer(id, qi);
                ui.horizontal_wrapped(|ui| {
                    ui.spacing_mut().item_spacing = Vec2::splat(m.margin() * 0.4);
                    for (ci, choice) in q.choices.iter().enumerate() {
                        let mut text = RichText::new(choice).font(m.body_font());
                        if given == Some(ci) {
                            text = text
                                .color(if ci == q.answer { m.c.right } else { m.c.wrong })
                                .strong();
                        }
                        let button = egui::Button::new(text)
                            .selected(given == Some(ci))
                            .min_size(Vec2::new(0.0, m.button_height()));
                        if ui.add(button).clicked() {
                            cx.act(Action::AnswerRecap {
                                question: qi,
                                choice: ci,
                            });
                        }
                    }
                });
                match given {
                    Some(a) if a == q.answer => {
                        ui.label(m.body_text("✓ Right!").color(m.c.right));
                    }
                    Some(_) => {
                        ui.horizontal_wrapped(|ui| {
                            ui.label(
                                m.body_text("Not quite. The answer is in the story:")
                                    .color(m.c.wrong),
                            );
                            if big_button(ui, m, "Look again →", false).clicked() {
                                cx.act(Action::GoTo(q.page));
                            }
                        });
                    }
                    None => {}
                }
            }
        });
    });
}
