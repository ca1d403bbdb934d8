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
            let split = projected_split(rect, m, cx.projection, answer.is_some());
            if split.picture.width() > 0.0 {
                let pic_rect = egui::Rect::from_min_size(split.picture.min, split.picture.size());
                ui.scope_builder(UiBuilder::new().max_rect(pic_rect), |ui| {
                    widgets::picture(ui, cx, &page.picture, pic_rect.size());
                });
            }
            // A projected prompt must show every choice and its hands without scrolling, so
            // a class never misses one: its text shrinks as far as the 1/30-height rule allows.
            let full = cx.m;
            // What was drawn last frame corrects the estimate: a budget below 1 when it
            // overflowed, for this prompt, state and size.
            let fit_id = egui::Id::NULL.with((
                "prompt-fit",
                id,
                answer.is_some(),
                split.text.width() as u32,
                split.text.height() as u32,
            ));
            if cx.projection {
                let budget =
                    split.text.height() * ui.ctx().data(|d| d.get_temp(fit_id).unwrap_or(1.0));
                cx.m = fit_projected(ui, m, prompt, answer.is_some(), split.text.width(), budget);
            }
            let m = cx.m;
            super::page_view::prefetch_neighbours(cx, id, rect, ui.ctx().pixels_per_point());
            let shown = ui.scope_builder(UiBuilder::new().max_rect(split.text), |ui| {
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
                })
            });
            let shown = shown.inner;
            if cx.projection && cx.m.unit > full.unit * widgets::PROJECTION_MIN_FIT + 1e-3 {
                let over = shown.content_size.y / shown.inner_rect.height().max(1.0);
                if over > 1.0 {
                    let budget: f32 = ui.ctx().data(|d| d.get_temp(fit_id).unwrap_or(1.0));
                    ui.ctx()
                        .data_mut(|d| d.insert_temp(fit_id, budget / over.min(1.25)));
                    ui.ctx().request_repaint();
                }
            }
            cx.m = full;
        },
    );
}

/// Where the picture and text of a prompt go. Projected, the text comes first: on a 4:3
/// projector the picture (already seen on the page before) gives way, on a wide one it
/// shrinks to a quarter of the width, and the reveal takes the whole width.
fn projected_split(
    rect: egui::Rect,
    m: super::style::Metrics,
    projection: bool,
    revealed: bool,
) -> widgets::Split {
    if !projection {
        return widgets::split(rect, m, 0.38);
    }
    let split = widgets::split(rect, m, 0.25);
    // The reveal has the most to say: it takes the whole width.
    if !revealed && split.text.min.x > rect.min.x {
        split
    } else {
        widgets::Split {
            picture: egui::Rect::from_min_size(rect.min, Vec2::ZERO),
            text: rect,
        }
    }
}

/// The largest projected size (down to [`widgets::PROJECTION_MIN_FIT`] of `m`) at which the
/// prompt's question, choices, tallies or reveal fit `width` × `budget` without scrolling.
fn fit_projected(
    ui: &egui::Ui,
    m: super::style::Metrics,
    prompt: &crate::story::Prompt,
    revealed: bool,
    width: f32,
    budget: f32,
) -> super::style::Metrics {
    let spacing = ui.spacing().item_spacing.y;
    let height_at = |m: super::style::Metrics| -> f32 {
        ui.fonts_mut(|f| {
            let mut text = |s: &str, font: egui::FontId, width: f32| {
                let rows = f
                    .layout(s.to_owned(), font.clone(), egui::Color32::BLACK, width)
                    .rows
                    .len()
                    .max(1) as f32;
                rows * f.row_height(&font) + spacing
            };
            let mut h = text(
                "What do you think happened next?",
                m.bold(m.heading() * 0.8),
                width,
            ) + m.margin() * 0.4
                + text(&prompt.question, m.body_font(), width)
                + m.margin() * 0.6;
            let inner = width - m.margin() * 1.2;
            if revealed {
                let correct = prompt.correct_index();
                // The class's guess is not known here: count the longest other response.
                let guess = prompt
                    .choices
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != correct)
                    .max_by_key(|(_, c)| c.response.len())
                    .map(|(i, _)| i);
                for (i, c) in prompt.choices.iter().enumerate() {
                    h += m.margin() * 1.4
                        + text("✓", m.bold(m.small()), inner)
                        + text(&c.text, m.bold(m.body()), inner);
                    if i == correct || Some(i) == guess {
                        h += text(&c.response, m.body_font(), inner);
                    }
                }
            } else {
                h += m.button_height() + m.margin() * 0.3 + spacing;
                for c in &prompt.choices {
                    h += m.margin() * 1.1
                        + text(&c.text, m.body_font(), inner)
                        + m.button_height() * 0.8
                        + spacing * 2.0;
                }
            }
            h
        })
    };
    let mut fit = 1.0;
    while fit > widgets::PROJECTION_MIN_FIT {
        let scaled = super::style::Metrics {
            unit: m.unit * fit,
            ..m
        };
        if height_at(scaled) <= budget {
            return scaled;
        }
        fit = (fit - 0.02_f32).max(widgets::PROJECTION_MIN_FIT);
    }
    super::style::Metrics {
        unit: m.unit * widgets::PROJECTION_MIN_FIT,
        ..m
    }
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
            let hands = cx
                .reader
                .place()
                .page()
                .map_or(0, |p| cx.reader.votes(p).get(i).copied().unwrap_or(0));
            if cx.projection && hands > 0 {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(tag).font(m.bold(m.small())).color(tint));
                    ui.label(
                        RichText::new(super::vote_view::hands_label(hands))
                            .font(m.bold(m.small()))
                            .color(m.c.ink),
                    );
                });
            } else {
                ui.label(RichText::new(tag).font(m.bold(m.small())).color(tint));
            }
            ui.label(RichText::new(format!("{}  {}", i + 1, choice.text)).font(m.bold(m.body())));
            let size = if choice.correct || i == chosen {
                m.body()
            } else if cx.projection {
                // Projected, the class's own guess and what happened are what must fit; the
                // other ideas keep their text, and the presenter view has the reasons.
                return;
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
