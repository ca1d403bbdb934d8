//! "What do you think happened next?": the question, big numbered choices, then the reveal with
//! why each choice did or did not happen.

use egui::{RichText, ScrollArea, UiBuilder, Vec2};

use super::{ViewCx, widgets};
use crate::reader::Action;
use crate::story::PageId;

/// Draws the prompt of page `id`.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, id: PageId) {
    let story = cx.story;
    let page = story.page(id);
    let Some(prompt) = &page.prompt else { return };
    let chapter = story.chapter(page.chapter);
    let title = format!("Chapter {}: {}", page.chapter.0 + 1, chapter.title);
    let answer = cx.reader.answer(id);
    widgets::reading_frame(
        ui,
        cx,
        &title,
        "Next →",
        answer.is_some(),
        |ui, cx, rect| {
            let m = cx.m;
            let split = widgets::split(rect, m, 0.38);
            let pic_rect = egui::Rect::from_min_size(split.picture.min, split.picture.size());
            ui.scope_builder(UiBuilder::new().max_rect(pic_rect), |ui| {
                widgets::picture(ui, cx, &page.picture, pic_rect.size());
            });
            super::page_view::prefetch_neighbours(cx, id, rect, ui.ctx().pixels_per_point());
            ui.scope_builder(UiBuilder::new().max_rect(split.text), |ui| {
                ScrollArea::vertical().id_salt("prompt").show(ui, |ui| {
                    let heading = if answer.is_some() {
                        "Here is what happened"
                    } else {
                        "What do you think happened next?"
                    };
                    ui.label(
                        RichText::new(heading)
                            .font(m.bold(m.heading() * 0.8))
                            .color(m.c.accent),
                    );
                    ui.add_space(m.margin() * 0.4);
                    ui.label(m.body_text(&prompt.question));
                    ui.add_space(m.margin() * 0.6);
                    match answer {
                        None if cx.projection => super::vote_view::ui(ui, cx, id, prompt),
                        None => choices_ui(ui, cx, prompt),
                        Some(a) => {
                            // What really happened first, then the guess, then the other ideas:
                            // the two that matter are on screen without scrolling.
                            let correct = prompt.correct_index();
                            let mut order = vec![correct];
                            if correct != a {
                                order.push(a);
                            }
                            order.extend(
                                (0..prompt.choices.len()).filter(|i| *i != a && *i != correct),
                            );
                            for i in order {
                                revealed_choice(ui, cx, i, a, &prompt.choices[i]);
                                ui.add_space(m.margin() * 0.4);
                            }
                        }
                    }
                    if let Some(d) = cx.reader.offered_detour() {
                        let offer = format!(
                            "Want to know more? Take the side trip: {}.",
                            cx.story.detour(d).title
                        );
                        ui.label(m.small_text(offer).color(m.c.accent));
                    }
                });
            });
        },
    );
}

fn choices_ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, prompt: &crate::story::Prompt) {
    let m = cx.m;
    let width = ui.available_width();
    for (i, choice) in prompt.choices.iter().enumerate() {
        let text = RichText::new(format!("{}  {}", i + 1, choice.text)).font(m.body_font());
        let button = egui::Button::new(text)
            .wrap()
            .min_size(Vec2::new(width, m.button_height()))
            .corner_radius(12.0 * m.unit);
        if ui.add(button).clicked() {
            cx.act(Action::Choose(i));
        }
        ui.add_space(m.margin() * 0.4);
    }
}

fn revealed_choice(
    ui: &mut egui::Ui,
    cx: &mut ViewCx<'_>,
    i: usize,
    chosen: usize,
    choice: &crate::story::Choice,
) {
    let m = cx.m;
    let (tag, tint) = match (choice.correct, i == chosen) {
        (true, true) => ("✓ Your guess — and it really happened!", m.c.right),
        (true, false) => ("✓ What really happened", m.c.right),
        (false, true) => ("Your guess — it did not happen", m.c.wrong),
        (false, false) => ("It did not happen", m.c.muted),
    };
    let stroke = if choice.correct || i == chosen {
        3.0
    } else {
        1.0
    };
    egui::Frame::new()
        .fill(m.c.card)
        .stroke(egui::Stroke::new(stroke * m.unit, tint))
        .corner_radius(12.0 * m.unit)
        .inner_margin(m.margin() * 0.5)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(tag).font(m.bold(m.small())).color(tint));
            ui.label(RichText::new(format!("{}  {}", i + 1, choice.text)).font(m.bold(m.body())));
            let size = if choice.correct || i == chosen {
                m.body()
            } else {
                m.small()
            };
            ui.label(
                RichText::new(&choice.response)
                    .font(egui::FontId::proportional(size))
                    .color(m.c.ink),
            );
        });
}
