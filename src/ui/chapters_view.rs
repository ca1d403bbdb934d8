//! The chapter map: every chapter as a card with its picture, where you are and what you've read.

use egui::{RichText, ScrollArea, Sense, Vec2};

use super::style::big_button;
use super::{ViewCx, widgets};
use crate::reader::Action;
use crate::story::ChapterId;

/// Draws the chapter map.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>) {
    let m = cx.m;
    let story = cx.story;
    egui::Frame::new().inner_margin(m.margin()).show(ui, |ui| {
        ui.horizontal(|ui| {
            if big_button(ui, m, "← Back", false).clicked() {
                cx.act(Action::Back);
            }
            ui.add_space(m.margin());
            ui.label(m.heading_text("Chapters"));
        });
        ui.add_space(m.margin() * 0.3);
        ui.horizontal_wrapped(|ui| {
            if !story.maps.is_empty() && big_button(ui, m, "Map through time", false).clicked() {
                cx.commands
                    .push(super::Command::Ui(super::UiCommand::OpenMap));
            }
            for (label, panel) in [
                ("Who's who", super::Panel::People),
                ("Timeline", super::Panel::Timeline),
                ("Glossary", super::Panel::Glossary),
            ] {
                if big_button(ui, m, label, false).clicked() {
                    cx.commands
                        .push(super::Command::Ui(super::UiCommand::Open(panel)));
                }
            }
        });
        ui.add_space(m.margin() * 0.5);
        let here = cx.reader.resume_place().and_then(|_| last_chapter(cx));
        let gap = m.margin() * 0.6;
        let cols = ((ui.available_width() + gap) / (300.0 * m.unit + gap))
            .floor()
            .clamp(1.0, 5.0) as usize;
        let card_w = (ui.available_width() - gap * (cols as f32 - 1.0)) / cols as f32;
        ScrollArea::vertical().id_salt("chapters").show(ui, |ui| {
            for row in story.chapters.chunks(cols).enumerate() {
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = gap;
                    for (j, chapter) in row.1.iter().enumerate() {
                        let id = ChapterId(row.0 * cols + j);
                        card(ui, cx, id, chapter, card_w, here == Some(id));
                    }
                });
                ui.add_space(gap);
            }
        });
    });
}

fn last_chapter(cx: &ViewCx<'_>) -> Option<ChapterId> {
    use crate::reader::Place;
    match cx.reader.resume_place()? {
        Place::Page(p) | Place::Prompt(p) => Some(cx.story.page(p).chapter),
        Place::ChapterEnd(c) => Some(c),
        _ => None,
    }
}

fn card(
    ui: &mut egui::Ui,
    cx: &mut ViewCx<'_>,
    id: ChapterId,
    chapter: &crate::story::Chapter,
    width: f32,
    here: bool,
) {
    let m = cx.m;
    let stroke = if here {
        egui::Stroke::new(4.0 * m.unit, m.c.accent)
    } else {
        egui::Stroke::new(1.0, m.c.muted)
    };
    let inner = egui::Frame::new()
        .fill(m.c.card)
        .stroke(stroke)
        .corner_radius(12.0 * m.unit)
        .inner_margin(m.margin() * 0.4)
        .show(ui, |ui| {
            ui.vertical(|ui| card_contents(ui, cx, id, chapter, width - m.margin() * 0.8, here));
        });
    let response = ui.interact(
        inner.response.rect,
        ui.scope_id().with(("chapter-card", id.0)),
        Sense::click(),
    );
    let label = format!("Chapter {}: {}", id.0 + 1, chapter.title);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        cx.act(Action::JumpToChapter(id));
    }
}

fn card_contents(
    ui: &mut egui::Ui,
    cx: &mut ViewCx<'_>,
    id: ChapterId,
    chapter: &crate::story::Chapter,
    w: f32,
    here: bool,
) {
    let m = cx.m;
    let (read, total) = cx.reader.chapter_progress(id);
    ui.set_width(w);
    let pic = chapter
        .card
        .clone()
        .unwrap_or_else(|| cx.story.page(chapter.pages[0]).picture.clone());
    widgets::picture(ui, cx, &pic, Vec2::new(w, w * 0.75));
    ui.label(
        RichText::new(format!("Chapter {}", id.0 + 1))
            .font(egui::FontId::proportional(m.small()))
            .color(m.c.muted),
    );
    ui.label(RichText::new(&chapter.title).font(m.bold(m.body())));
    let status = match (read, here) {
        (_, true) => "You are here".to_owned(),
        (r, _) if r == total => "✓ Read".to_owned(),
        (0, _) => "Not started yet".to_owned(),
        (r, _) => format!("{r} of {total} pages read"),
    };
    ui.label(m.small_text(format!("{} · {status}", chapter.years)));
}
