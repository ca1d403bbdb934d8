//! A story page: the big picture and the page text, with a side-trip offer when there is one.

use egui::{Rect, ScrollArea, UiBuilder};

use super::pictures::Want;
use super::{ViewCx, widgets};
use crate::story::{PageId, PageKind};

/// Draws page `id`.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, id: PageId) {
    let story = cx.story;
    let page = story.page(id);
    let chapter = story.chapter(page.chapter);
    let title = format!("Chapter {}: {}", page.chapter.0 + 1, chapter.title);
    let next_label = if page.prompt.is_some() {
        "What next? →"
    } else {
        "Next →"
    };
    widgets::reading_frame(ui, cx, &title, next_label, true, |ui, cx, rect| {
        let split = page_split(cx, id, rect);
        ui.scope_builder(UiBuilder::new().max_rect(split.picture), |ui| {
            widgets::picture(ui, cx, &page.picture, split.picture.size());
        });
        text_side(ui, cx, id, split.text);
        prefetch_neighbours(cx, id, rect, ui.ctx().pixels_per_point());
    });
}

/// Where page `id`'s picture and text go in the reading area `rect`.
pub fn page_split(cx: &ViewCx<'_>, id: PageId, rect: Rect) -> widgets::Split {
    let share = match (cx.story.page(id).kind, cx.projection) {
        (PageKind::Map(_), _) => 0.64,
        (PageKind::Story, true) => 0.5,
        (PageKind::Story, false) => 0.56,
    };
    widgets::split(rect, cx.m, share)
}

fn text_side(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, id: PageId, rect: Rect) {
    let m = cx.m;
    let page = cx.story.page(id);
    ui.scope_builder(UiBuilder::new().max_rect(rect), |ui| {
        ScrollArea::vertical().id_salt("page-text").show(ui, |ui| {
            if let Some(d) = page.detour {
                ui.label(
                    m.small_text(format!("Side trip: {}", cx.story.detour(d).title))
                        .color(m.c.accent),
                );
                ui.add_space(m.margin() * 0.5);
            }
            widgets::page_text(ui, cx, &page.text, page.narration.is_some());
            if let PageKind::Map(year) = page.kind {
                ui.add_space(m.margin() * 0.3);
                if super::style::big_button(ui, m, &format!("Map through time: {year}"), false)
                    .clicked()
                {
                    cx.commands.push(super::Command::OpenMapAt(year));
                }
            }
            if let Some(d) = page.offers {
                ui.add_space(m.margin() * 0.3);
                let offer = format!(
                    "Want to know more? Take the side trip: {}.",
                    cx.story.detour(d).title
                );
                ui.label(m.small_text(offer).color(m.c.accent));
            }
        });
    });
}

/// Starts decoding the pictures a reader may turn to next, at the size their pages show them in
/// the reading area `rect`, so a page turn never waits.
pub fn prefetch_neighbours(cx: &mut ViewCx<'_>, id: PageId, rect: Rect, ppp: f32) {
    let story = cx.story;
    let page = story.page(id);
    let mut next = Vec::new();
    next.extend(story.next_in_sequence(id));
    if let Some(d) = page.offers {
        next.push(story.detour(d).pages[0]);
    }
    for c in page.prompt.iter().flat_map(|p| &p.choices) {
        if let Some(d) = c.detour {
            next.push(story.detour(d).pages[0]);
        }
    }
    if id.0 > 0 {
        next.push(PageId(id.0 - 1));
    }
    // The newest prefetch is made first: the page after this one goes in last.
    for &p in next.iter().rev() {
        let size = page_split(cx, p, rect).picture.size() * ppp;
        cx.pictures
            .prefetch(&story.page(p).picture.path, size, Want::Later);
    }
}
