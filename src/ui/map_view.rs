//! Map through time: the period's maps, one per date, with a slider and arrow keys to move
//! between them. Opens at the current chapter's date.

use egui::{RichText, UiBuilder, Vec2};

use super::pictures::Want;
use super::style::big_button;
use super::{Command, ViewCx, widgets};

/// Draws map `index` of the story's maps.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, index: usize) {
    let m = cx.m;
    let story = cx.story;
    let Some(map) = story.maps.get(index) else {
        cx.commands.push(Command::Ui(super::UiCommand::Close));
        return;
    };
    let full = ui.available_rect_before_wrap().shrink(m.margin());
    ui.scope_builder(UiBuilder::new().max_rect(full), |ui| {
        ui.horizontal(|ui| {
            if big_button(ui, m, "← Back to the story", false).clicked() {
                cx.commands.push(Command::Ui(super::UiCommand::Close));
            }
            ui.add_space(m.margin());
            ui.label(m.heading_text(format!("Map through time: {}", map.year)));
        });
        ui.add_space(m.margin() * 0.3);
        let caption_h = m.small() * 3.6;
        let slider_h = m.button_height() * 1.1;
        let room = Vec2::new(
            full.width(),
            (ui.available_height() - caption_h - slider_h).max(m.body()),
        );
        ui.vertical_centered(|ui| {
            widgets::picture(ui, cx, &map.picture, room);
        });
        for neighbour in [index.wrapping_sub(1), index + 1] {
            if let Some(n) = story.maps.get(neighbour) {
                cx.pictures.prefetch(
                    &n.picture.path,
                    room * ui.ctx().pixels_per_point(),
                    Want::Later,
                );
            }
        }
        ui.label(m.small_text(&map.caption).color(m.c.ink));
        ui.horizontal(|ui| {
            ui.add_enabled_ui(index > 0, |ui| {
                if big_button(ui, m, "← Earlier", false).clicked() {
                    cx.commands.push(Command::Ui(super::UiCommand::MapBack));
                }
            });
            ui.add_space(m.margin() * 0.5);
            let years: Vec<String> = story.maps.iter().map(|mp| mp.year.to_string()).collect();
            for (i, y) in years.iter().enumerate() {
                let text = RichText::new(y).font(if i == index {
                    m.bold(m.small())
                } else {
                    egui::FontId::proportional(m.small())
                });
                let button = egui::Button::new(text)
                    .selected(i == index)
                    .min_size(Vec2::new(0.0, m.button_height() * 0.8));
                if ui.add(button).clicked() {
                    cx.commands.push(Command::MapAt(i));
                }
            }
            ui.add_space(m.margin() * 0.5);
            ui.add_enabled_ui(index + 1 < story.maps.len(), |ui| {
                if big_button(ui, m, "Later →", false).clicked() {
                    cx.commands.push(Command::Ui(super::UiCommand::MapNext));
                }
            });
        });
    });
    ui.advance_cursor_after_rect(full);
}
