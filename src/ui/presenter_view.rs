//! The presenter view: the teacher's own window while the projector shows only the page —
//! this page and the next, teacher notes, discussion questions, the prompt's true answer before
//! the reveal, the class vote, and a clock.

use egui::{RichText, ScrollArea};

use super::style::big_button;
use super::{Command, ViewCx};
use crate::reader::{Action, Place};

/// Shows the presenter window beside the projected one; closing it stops presenting.
pub fn window(ctx: &egui::Context, cx: &mut ViewCx<'_>, elapsed: std::time::Duration) {
    let secs = elapsed.as_secs();
    let clock = format!("{:02}:{:02}", secs / 60, secs % 60);
    let builder = egui::ViewportBuilder::default()
        .with_title("Lantern — presenter view")
        .with_inner_size([1100.0, 760.0]);
    let close = ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("presenter"),
        builder,
        |ui, _| {
            // The teacher's window keeps its own sizes: it is read up close, not projected.
            let mut pcx = ViewCx {
                m: super::style::Metrics::new(egui::Vec2::new(1600.0, 900.0), 0.8),
                ..cx.reborrow()
            };
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE.fill(pcx.m.c.paper).inner_margin(16.0))
                .show(ui, |ui| self::ui(ui, &mut pcx, &clock));
            ui.ctx().input(|i| i.viewport().close_requested())
        },
    );
    if close {
        cx.ui(super::UiCommand::LeaveProjection);
    }
    // The presenter's clock ticks once a second, and only while presenting.
    ctx.request_repaint_after(std::time::Duration::from_secs(1));
}

/// Draws the presenter view.
pub fn ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, clock: &str) {
    let m = cx.m;
    let story = cx.story;
    let reader = cx.reader;
    let h = |t: &str| {
        RichText::new(t.to_owned())
            .font(m.bold(m.body()))
            .color(m.c.accent)
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(clock).font(m.bold(m.heading())));
        ui.add_space(m.margin());
        if big_button(ui, m, "← Back", false).clicked() {
            cx.act(Action::Back);
        }
        if big_button(ui, m, "Next →", true).clicked() {
            cx.act(Action::Next);
        }
        if big_button(
            ui,
            m,
            &super::commands::hint_with(super::UiCommand::Blank, "Blank screen"),
            false,
        )
        .clicked()
        {
            cx.commands.push(Command::Ui(super::UiCommand::Blank));
        }
    });
    ui.separator();
    ScrollArea::vertical().id_salt("presenter").show(ui, |ui| {
        let page = match reader.place() {
            Place::Page(p) | Place::Prompt(p) => Some(p),
            _ => None,
        };
        let Some(id) = page else {
            ui.label(m.body_text(match reader.place() {
                Place::Title => "The title screen is showing.".to_owned(),
                Place::Chapters => "The chapter map is showing.".to_owned(),
                Place::ChapterEnd(c) => {
                    format!("End of chapter {}: the recap quiz is showing.", c.0 + 1)
                }
                _ => "The end of the book is showing.".to_owned(),
            }));
            if let Place::ChapterEnd(c) = reader.place() {
                discussion(ui, cx, c.0, &h);
            }
            return;
        };
        let p = story.page(id);
        let (n, total) = story.main_position(id).map_or((0, 0), |(i, t)| (i + 1, t));
        let where_ = if n > 0 {
            format!("Page {n} of {total}")
        } else {
            "Side trip".to_owned()
        };
        ui.label(h(&format!("Now: {where_} ({})", p.key)));
        ui.label(m.small_text(p.text.plain()).color(m.c.ink));
        if let Some(notes) = &p.notes {
            ui.add_space(m.margin() * 0.3);
            ui.label(h("Teacher notes"));
            ui.label(m.body_text(notes));
        }
        if let Some(prompt) = &p.prompt {
            ui.add_space(m.margin() * 0.3);
            ui.label(h("Prompt"));
            ui.label(m.small_text(&prompt.question).color(m.c.ink));
            let votes = reader.votes(id);
            for (i, c) in prompt.choices.iter().enumerate() {
                let mark = if c.correct { "✓ really happened" } else { "" };
                let hands = votes
                    .get(i)
                    .map(|v| format!(" — {v} hands"))
                    .unwrap_or_default();
                let text = format!("{}. {} {mark}{hands}", i + 1, c.text);
                let colour = if c.correct { m.c.right } else { m.c.ink };
                ui.label(m.small_text(text).color(colour));
            }
        }
        if let Some(next) = story.next_in_sequence(id) {
            ui.add_space(m.margin() * 0.3);
            ui.label(h("Next page"));
            let text = story.page(next).text.plain();
            let first: String = text
                .split_whitespace()
                .take(24)
                .collect::<Vec<_>>()
                .join(" ");
            ui.label(m.small_text(format!("{first} …")).color(m.c.muted));
        }
        discussion(ui, cx, p.chapter.0, &h);
    });
}

fn discussion(ui: &mut egui::Ui, cx: &ViewCx<'_>, chapter: usize, h: &dyn Fn(&str) -> RichText) {
    let m = cx.m;
    let c = &cx.story.chapters[chapter];
    if c.discussion.is_empty() {
        return;
    }
    ui.add_space(m.margin() * 0.3);
    ui.label(h("Let's discuss"));
    for q in &c.discussion {
        ui.label(m.small_text(format!("• {q}")).color(m.c.ink));
    }
}
