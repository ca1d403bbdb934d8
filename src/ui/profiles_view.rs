//! Who is reading: switch between reader profiles, add one, and a summary for parents and
//! teachers of what each reader has done.

use egui::{RichText, ScrollArea, Sense, Vec2};

use super::style::PROFILE_COLOURS as COLOURS;
use super::style::big_button;
use super::{Command, ViewCx};
use crate::session::Profiles;

/// Draws the profiles screen. `new_name` is the name being typed for a new reader.
pub fn ui(
    ui: &mut egui::Ui,
    cx: &mut ViewCx<'_>,
    profiles: &Profiles,
    form: &mut super::ProfileForm,
) {
    let super::ProfileForm {
        name: new_name,
        colour: new_colour,
        summary,
    } = form;
    let m = cx.m;
    super::list_header(ui, cx, "Who is reading?");
    ScrollArea::vertical().id_salt("profiles").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing = Vec2::splat(m.margin() * 0.5);
            for p in &profiles.profiles {
                let here = p.id == profiles.current;
                let label = if here {
                    format!("{} (reading now)", p.name)
                } else {
                    p.name.clone()
                };
                let text = RichText::new(label).font(m.bold(m.body())).color(m.c.ink);
                let button = egui::Button::new(text)
                    .fill(m.c.card)
                    .stroke(egui::Stroke::new(
                        if here { 4.0 } else { 2.0 } * m.unit,
                        COLOURS[p.colour % COLOURS.len()],
                    ))
                    .min_size(Vec2::new(0.0, m.button_height()));
                if ui.add(button).clicked() && !here {
                    cx.commands.push(Command::SwitchProfile(p.id.clone()));
                }
            }
        });
        ui.add_space(m.margin());
        ui.label(
            RichText::new("Add a reader")
                .font(m.bold(m.body()))
                .color(m.c.accent),
        );
        ui.horizontal_wrapped(|ui| {
            let edit = egui::TextEdit::singleline(new_name)
                .hint_text("Name")
                .font(m.body_font())
                .desired_width(300.0 * m.unit);
            let response = ui.add(edit);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, "New reader's name")
            });
            for (i, colour) in COLOURS.iter().enumerate() {
                let (rect, r) =
                    ui.allocate_exact_size(Vec2::splat(m.button_height() * 0.8), Sense::click());
                ui.painter()
                    .circle_filled(rect.center(), rect.width() * 0.4, *colour);
                if *new_colour == i {
                    ui.painter().circle_stroke(
                        rect.center(),
                        rect.width() * 0.48,
                        egui::Stroke::new(3.0 * m.unit, m.c.ink),
                    );
                }
                r.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Colour {}", i + 1))
                });
                if r.clicked() {
                    *new_colour = i;
                }
            }
            if big_button(ui, m, "Add", true).clicked() && !new_name.trim().is_empty() {
                cx.commands
                    .push(Command::AddProfile(new_name.trim().to_owned(), *new_colour));
                new_name.clear();
            }
        });
        ui.add_space(m.margin());
        ui.label(
            RichText::new("For parents and teachers")
                .font(m.bold(m.body()))
                .color(m.c.accent),
        );
        egui::Grid::new("summary")
            .striped(true)
            .spacing(Vec2::new(m.margin(), m.margin() * 0.3))
            .show(ui, |ui| {
                for h in [
                    "Reader",
                    "Pages read",
                    "Good guesses",
                    "Quiz right",
                    "Days reading",
                    "Last read",
                ] {
                    ui.label(RichText::new(h).font(m.bold(m.small())).color(m.c.ink));
                }
                ui.end_row();
                for row in summary.iter() {
                    let name = profiles
                        .profiles
                        .iter()
                        .find(|p| p.id == row.id)
                        .map_or(row.id.as_str(), |p| p.name.as_str());
                    let cells = [
                        name.to_owned(),
                        format!("{} of {}", row.pages.0, row.pages.1),
                        format!("{} of {}", row.guesses.0, row.guesses.1),
                        format!("{} of {}", row.quiz.0, row.quiz.1),
                        row.days.to_string(),
                        row.last_day.clone().unwrap_or_else(|| "—".into()),
                    ];
                    for c in cells {
                        ui.label(
                            RichText::new(c)
                                .font(egui::FontId::proportional(m.small()))
                                .color(m.c.ink),
                        );
                    }
                    ui.end_row();
                }
            });
    });
}
