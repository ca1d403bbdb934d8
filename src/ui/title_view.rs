//! The title screen: the cover, the title, and Start / Continue / Chapters.

use egui::{Align, Layout, Rect, UiBuilder, Vec2};

use super::style::big_button;
use super::{ViewCx, widgets};
use crate::reader::Action;

/// Draws the title screen.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>) {
    let m = cx.m;
    let story = cx.story;
    let available = ui.available_rect_before_wrap();
    let full = available.shrink(m.margin());
    let buttons_h = m.button_height() * 1.3;
    ui.scope_builder(UiBuilder::new().max_rect(full), |ui| {
        ui.vertical_centered(|ui| {
            ui.label(
                egui::RichText::new(&story.title)
                    .font(m.bold(m.heading() * 1.3))
                    .color(m.c.ink),
            );
            if !story.subtitle.is_empty() {
                ui.label(m.body_text(&story.subtitle).color(m.c.muted));
            }
            let (name, colour) = cx.profile;
            let who = egui::Button::new(
                m.small_text(format!("Reading as {name} · change"))
                    .color(m.c.ink),
            )
            .stroke(egui::Stroke::new(2.0 * m.unit, colour));
            if ui
                .add(who)
                .on_hover_text("Switch reader, add a reader, or see what everyone has read")
                .clicked()
            {
                cx.commands.push(super::Command::Ui(super::UiCommand::Open(
                    super::Panel::Profiles,
                )));
            }
            ui.add_space(m.margin() * 0.5);
            let room = Vec2::new(
                full.width(),
                (ui.available_height() - buttons_h).max(m.body()),
            );
            widgets::picture(ui, cx, &story.cover, room);
        });
    });
    // The first page's picture, at the size the page will show it, so Start is instant.
    let reading = widgets::frame_rects(available, m, cx.projection).middle;
    let first = story.first_page();
    let size = super::page_view::page_split(cx, first, reading)
        .picture
        .size();
    cx.pictures.prefetch(
        &story.page(first).picture.path,
        size * ui.ctx().pixels_per_point(),
        super::pictures::Want::Later,
    );
    let bar = Rect::from_min_max(
        egui::pos2(full.min.x, full.max.y - buttons_h + m.margin() * 0.3),
        full.max,
    );
    ui.scope_builder(
        UiBuilder::new()
            .max_rect(bar)
            .layout(Layout::left_to_right(Align::Center)),
        |ui| {
            let count = if cx.reader.resume_place().is_some() {
                3.0
            } else {
                2.0
            };
            let total = m.button_height() * 2.6 * count + m.margin() * (count - 1.0);
            ui.add_space(((bar.width() - total) / 2.0).max(0.0));
            ui.spacing_mut().item_spacing.x = m.margin();
            let resumed = cx.reader.resume_place().is_some();
            if resumed {
                if big_button(ui, m, "Continue →", true).clicked() {
                    cx.act(Action::Continue);
                }
                if big_button(ui, m, "Start again", false).clicked() {
                    cx.act(Action::Start);
                }
            } else if big_button(ui, m, "Start →", true).clicked() {
                cx.act(Action::Start);
            }
            if big_button(ui, m, "Chapters", false).clicked() {
                cx.act(Action::OpenChapters);
            }
        },
    );
    ui.advance_cursor_after_rect(full);
}
