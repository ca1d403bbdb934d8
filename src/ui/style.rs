//! Lantern's small design system: fonts, colours and sizes shared by every view, so every button,
//! heading and page looks the same.
//!
//! Sizes scale with the window: a page reads the same at 1280×720 and 3840×2160 because every
//! size is a multiple of [`Metrics::unit`], which follows the window's shorter side.

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, RichText, Vec2};

/// Name of the bold family.
pub const BOLD: &str = "andika-bold";

/// Installs SIL Andika as the text font and sets Lantern's light, high-contrast look.
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "andika".into(),
        Arc::new(FontData::from_static(crate::fonts::ANDIKA_REGULAR)),
    );
    fonts.font_data.insert(
        BOLD.into(),
        Arc::new(FontData::from_static(crate::fonts::ANDIKA_BOLD)),
    );
    if let Some(list) = fonts.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, "andika".into());
    }
    let mut bold = vec![BOLD.to_owned()];
    bold.extend(
        fonts
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default(),
    );
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    ctx.set_fonts(fonts);
    // Lantern has its own text-size keys; egui's keyboard zoom would fight them.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.set_visuals(visuals());
}

/// Colours of the cream reading theme. Text on paper is about 15:1, well past WCAG AAA (7:1).
pub mod colour {
    use egui::Color32;
    /// Page background: warm cream.
    pub const PAPER: Color32 = Color32::from_rgb(0xFB, 0xF6, 0xEA);
    /// Panels and cards.
    pub const CARD: Color32 = Color32::from_rgb(0xF1, 0xE8, 0xD2);
    /// Body text: near-black brown.
    pub const INK: Color32 = Color32::from_rgb(0x22, 0x1A, 0x12);
    /// Secondary text, still ≥ 7:1 on paper.
    pub const MUTED: Color32 = Color32::from_rgb(0x4A, 0x3F, 0x33);
    /// Main buttons.
    pub const ACCENT: Color32 = Color32::from_rgb(0x1F, 0x4E, 0x8C);
    /// Text on accent buttons.
    pub const ON_ACCENT: Color32 = Color32::WHITE;
    /// Glossary words.
    pub const TERM: Color32 = Color32::from_rgb(0x14, 0x4A, 0x7A);
    /// What really happened.
    pub const RIGHT: Color32 = Color32::from_rgb(0x12, 0x52, 0x1F);
    /// A guess that did not happen.
    pub const WRONG: Color32 = Color32::from_rgb(0x7F, 0x2E, 0x0E);
    /// Behind the word being read aloud: a soft yellow that keeps ink text above 7:1.
    pub const HIGHLIGHT: Color32 = Color32::from_rgb(0xFF, 0xE5, 0x8A);
    /// Jin blue, as in the source's own map.
    pub const JIN: Color32 = Color32::from_rgb(0x2E, 0x5E, 0xAA);
    /// Song orange.
    pub const SONG: Color32 = Color32::from_rgb(0xE0, 0x7B, 0x22);
}

fn visuals() -> egui::Visuals {
    let mut v = egui::Visuals::light();
    v.panel_fill = colour::PAPER;
    v.window_fill = colour::CARD;
    v.extreme_bg_color = colour::CARD;
    v.override_text_color = Some(colour::INK);
    v.hyperlink_color = colour::TERM;
    v.selection.stroke = egui::Stroke::new(3.0, colour::ACCENT);
    v.widgets.inactive.weak_bg_fill = colour::CARD;
    v.widgets.inactive.bg_fill = colour::CARD;
    v.widgets.hovered.weak_bg_fill = Color32::from_rgb(0xE6, 0xD9, 0xBA);
    v.widgets.active.weak_bg_fill = Color32::from_rgb(0xDB, 0xCB, 0xA4);
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
    ] {
        w.fg_stroke.color = colour::INK;
    }
    v.widgets.hovered.bg_stroke = egui::Stroke::new(2.0, colour::ACCENT);
    v
}

/// Sizes for one frame, derived from the window size and the reader's text-size choice.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    /// One unit: 1.0 at 1280×720 with normal text.
    pub unit: f32,
}

/// Text size steps a reader can choose with Ctrl +/-.
pub const TEXT_SCALES: [f32; 7] = [0.8, 0.9, 1.0, 1.12, 1.25, 1.4, 1.6];

impl Metrics {
    /// Metrics for a window of `size` points with text scale `scale`.
    pub fn new(size: Vec2, scale: f32) -> Self {
        let by_height = size.y / 720.0;
        let by_width = size.x / 1280.0;
        Self {
            unit: by_height.min(by_width * 1.15).max(0.5) * scale,
        }
    }

    /// Body text: 28 px at 720 p, about 1/26 of the height.
    pub fn body(&self) -> f32 {
        28.0 * self.unit
    }

    /// Headings.
    pub fn heading(&self) -> f32 {
        40.0 * self.unit
    }

    /// Small print (progress, hints).
    pub fn small(&self) -> f32 {
        20.0 * self.unit
    }

    /// Height of big buttons.
    pub fn button_height(&self) -> f32 {
        56.0 * self.unit
    }

    /// Outer margins.
    pub fn margin(&self) -> f32 {
        24.0 * self.unit
    }

    /// Body text style.
    pub fn body_font(&self) -> FontId {
        FontId::proportional(self.body())
    }

    /// Bold text of a size.
    pub fn bold(&self, size: f32) -> FontId {
        FontId::new(size, FontFamily::Name(BOLD.into()))
    }

    /// A heading in bold.
    pub fn heading_text(&self, text: impl Into<String>) -> RichText {
        RichText::new(text).font(self.bold(self.heading()))
    }

    /// Body text.
    pub fn body_text(&self, text: impl Into<String>) -> RichText {
        RichText::new(text).font(self.body_font())
    }

    /// Small text.
    pub fn small_text(&self, text: impl Into<String>) -> RichText {
        RichText::new(text)
            .font(FontId::proportional(self.small()))
            .color(colour::MUTED)
    }
}

/// A big, friendly button; `primary` ones are filled with the accent colour.
pub fn big_button(ui: &mut egui::Ui, m: Metrics, label: &str, primary: bool) -> egui::Response {
    let text = RichText::new(label).font(m.bold(m.body()));
    let text = if primary {
        text.color(colour::ON_ACCENT)
    } else {
        text
    };
    let mut button = egui::Button::new(text)
        .min_size(Vec2::new(m.button_height() * 2.4, m.button_height()))
        .corner_radius(12.0 * m.unit);
    if primary {
        button = button.fill(colour::ACCENT);
    }
    ui.add(button)
}

/// Relative luminance per WCAG 2.
pub fn luminance(c: Color32) -> f32 {
    let lin = |v: u8| {
        let s = f32::from(v) / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// WCAG 2 contrast ratio between two colours.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_colours_meet_wcag_aaa() {
        for (fg, bg, name) in [
            (colour::INK, colour::PAPER, "ink on paper"),
            (colour::MUTED, colour::PAPER, "muted on paper"),
            (colour::INK, colour::CARD, "ink on card"),
            (colour::TERM, colour::PAPER, "glossary words"),
            (colour::ON_ACCENT, colour::ACCENT, "button text"),
            (colour::RIGHT, colour::PAPER, "right answer"),
            (colour::WRONG, colour::PAPER, "wrong answer"),
            (colour::RIGHT, colour::CARD, "right answer on a card"),
            (colour::WRONG, colour::CARD, "wrong answer on a card"),
            (colour::MUTED, colour::CARD, "muted on a card"),
            (colour::TERM, colour::CARD, "glossary words on a card"),
            (colour::ACCENT, colour::PAPER, "headings in accent"),
            (colour::INK, colour::HIGHLIGHT, "the word being read"),
            (
                colour::TERM,
                colour::HIGHLIGHT,
                "a glossary word being read",
            ),
        ] {
            let c = contrast(fg, bg);
            assert!(c >= 7.0, "{name}: contrast {c:.2} is below 7:1");
        }
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
    }

    #[test]
    fn text_scales_with_the_window() {
        let small = Metrics::new(Vec2::new(1280.0, 720.0), 1.0);
        let big = Metrics::new(Vec2::new(3840.0, 2160.0), 1.0);
        assert!((small.body() - 28.0).abs() < 0.01);
        assert!((big.body() / small.body() - 3.0).abs() < 0.01);
        // A 4:3 projector is limited by its width.
        let four_three = Metrics::new(Vec2::new(1024.0, 768.0), 1.0);
        assert!(four_three.unit < 1.0);
    }
}
