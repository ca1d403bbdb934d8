//! Lantern's small design system: fonts, colours and sizes shared by every view, so every button,
//! heading and page looks the same.
//!
//! Sizes scale with the window: a page reads the same at 1280×720 and 3840×2160 because every
//! size is a multiple of [`Metrics::unit`], which follows the window's shorter side.

use std::sync::Arc;

use crate::session::FontChoice;
use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, RichText, Vec2};

/// Name of the bold family.
pub const BOLD: &str = "andika-bold";

/// Installs SIL Andika as the text font and sets Lantern's light, high-contrast look.
pub fn install(ctx: &egui::Context) {
    set_font(ctx, FontChoice::Andika);
    // Lantern has its own text-size keys; egui's keyboard zoom would fight them.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.set_visuals(visuals(&CREAM));
}

/// Colours a reader profile can wear, by [`crate::session::Profile::colour`].
pub const PROFILE_COLOURS: [Color32; crate::session::profiles::COLOUR_COUNT] = [
    Color32::from_rgb(0x2E, 0x6D, 0xB4),
    Color32::from_rgb(0xE8, 0x86, 0x2A),
    Color32::from_rgb(0x2F, 0x8F, 0x4E),
    Color32::from_rgb(0x7B, 0x4F, 0xA3),
    Color32::from_rgb(0xB8, 0x33, 0x3F),
    Color32::from_rgb(0x1E, 0x9A, 0x8A),
];

/// Makes `choice` the font of all text.
pub fn set_font(ctx: &egui::Context, choice: FontChoice) {
    let (regular, bold) = match choice {
        FontChoice::Andika => (crate::fonts::ANDIKA_REGULAR, crate::fonts::ANDIKA_BOLD),
        FontChoice::Atkinson => (crate::fonts::ATKINSON_REGULAR, crate::fonts::ATKINSON_BOLD),
    };
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert("text".into(), Arc::new(FontData::from_static(regular)));
    fonts
        .font_data
        .insert(BOLD.into(), Arc::new(FontData::from_static(bold)));
    // Andika stays next in line: it has the arrows and marks some other fonts lack.
    fonts.font_data.insert(
        "andika".into(),
        Arc::new(FontData::from_static(crate::fonts::ANDIKA_REGULAR)),
    );
    if let Some(list) = fonts.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, "text".into());
        list.insert(1, "andika".into());
    }
    let mut bold_family = vec![BOLD.to_owned()];
    bold_family.extend(
        fonts
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default(),
    );
    fonts
        .families
        .insert(FontFamily::Name(BOLD.into()), bold_family);
    ctx.set_fonts(fonts);
}

/// The look applied to egui (fonts, colours) and the glyphs drawn ahead, so both change only
/// when the reader changes them.
pub struct Look {
    applied: Option<(FontChoice, usize)>,
    /// The fonts whose glyphs were drawn ahead, for this window size and font.
    warmed: Option<(FontChoice, Vec<FontId>)>,
    /// Every character the story's text uses, once.
    charset: String,
    frames: u64,
}

impl Look {
    /// Nothing applied yet, for `story`'s characters.
    pub fn new(story: &crate::story::Story) -> Self {
        Self {
            applied: None,
            warmed: None,
            charset: story_charset(story),
            frames: 0,
        }
    }

    /// Sets egui's fonts and colours when the font or theme changed.
    pub fn apply(&mut self, ctx: &egui::Context, font: FontChoice, index: usize, theme: &Theme) {
        if self.applied != Some((font, index)) {
            set_font(ctx, font);
            set_theme(ctx, theme);
            self.applied = Some((font, index));
        }
    }

    /// Draws every character of the story into egui's glyph atlas at every size a reading
    /// screen uses, once per window size and font, in the frame after the first one is shown.
    ///
    /// egui draws a glyph the first time it is laid out at a size, inside that frame: without
    /// this, the first reading's page turns each paid for new glyphs (a p99 of 25 ms of the
    /// app's own time against 9 ms on a second reading).
    pub fn warm_glyphs(
        &mut self,
        ctx: &egui::Context,
        m: Metrics,
        projecting: bool,
        font: FontChoice,
    ) {
        self.frames += 1;
        // The font choice is part of the key: switching fonts keeps the same FontIds.
        let fonts = (font, super::widgets::reading_fonts(m, projecting));
        if self.warmed.as_ref() == Some(&fonts) {
            return;
        }
        if self.frames == 1 {
            // Not in the very first frame: the title screen comes first.
            ctx.request_repaint();
            return;
        }
        ctx.fonts_mut(|f| {
            for font in &fonts.1 {
                let _ = f.layout_no_wrap(self.charset.clone(), font.clone(), Color32::BLACK);
            }
        });
        self.warmed = Some(fonts);
    }
}

/// Every character of the story's titles, pages, prompts and glossary, each once.
fn story_charset(story: &crate::story::Story) -> String {
    let mut seen = std::collections::BTreeSet::new();
    let mut add = |s: &str| seen.extend(s.chars().filter(|c| !c.is_whitespace()));
    add(&story.title);
    for c in &story.chapters {
        add(&c.title);
    }
    for p in &story.pages {
        add(&p.text.plain());
        if let Some(prompt) = &p.prompt {
            add(&prompt.question);
            for c in &prompt.choices {
                add(&c.text);
                add(&c.response);
            }
        }
    }
    for t in &story.glossary {
        add(&t.term);
        add(&t.definition);
    }
    seen.into_iter().collect()
}

/// Applies a theme to egui's own widgets.
pub fn set_theme(ctx: &egui::Context, theme: &Theme) {
    ctx.set_visuals(visuals(theme));
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

fn visuals(t: &Theme) -> egui::Visuals {
    let mut v = if t.dark {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    v.panel_fill = t.paper;
    v.window_fill = t.card;
    v.extreme_bg_color = t.card;
    v.override_text_color = Some(t.ink);
    v.hyperlink_color = t.term;
    // A thick accent ring shows where keyboard focus is.
    v.selection.stroke = egui::Stroke::new(3.0, t.accent);
    v.selection.bg_fill = t.highlight;
    v.widgets.inactive.weak_bg_fill = t.card;
    v.widgets.inactive.bg_fill = t.card;
    v.widgets.hovered.weak_bg_fill = t.card.gamma_multiply(0.92);
    v.widgets.active.weak_bg_fill = t.card.gamma_multiply(0.85);
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
    ] {
        w.fg_stroke.color = t.ink;
    }
    v.widgets.hovered.bg_stroke = egui::Stroke::new(2.0, t.accent);
    v
}

/// A colour theme. Every text colour keeps at least 7:1 contrast on its backgrounds (tested).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Name shown in settings.
    pub name: &'static str,
    /// Page background.
    pub paper: Color32,
    /// Panels, cards, buttons.
    pub card: Color32,
    /// Body text.
    pub ink: Color32,
    /// Secondary text.
    pub muted: Color32,
    /// Main buttons and headings.
    pub accent: Color32,
    /// Text on accent buttons.
    pub on_accent: Color32,
    /// Glossary words.
    pub term: Color32,
    /// What really happened.
    pub right: Color32,
    /// A guess that did not happen.
    pub wrong: Color32,
    /// Behind the word being read aloud.
    pub highlight: Color32,
    /// Whether it is a dark theme (for egui's own widgets).
    pub dark: bool,
}

/// Light cream: the default.
pub const CREAM: Theme = Theme {
    name: "Cream",
    paper: colour::PAPER,
    card: colour::CARD,
    ink: colour::INK,
    muted: colour::MUTED,
    accent: colour::ACCENT,
    on_accent: colour::ON_ACCENT,
    term: colour::TERM,
    right: colour::RIGHT,
    wrong: colour::WRONG,
    highlight: colour::HIGHLIGHT,
    dark: false,
};

/// Dark: light text on a deep blue-grey, for dim rooms.
pub const DARK: Theme = Theme {
    name: "Dark",
    paper: Color32::from_rgb(0x1B, 0x1E, 0x24),
    card: Color32::from_rgb(0x2A, 0x2F, 0x38),
    ink: Color32::from_rgb(0xF2, 0xEE, 0xE6),
    muted: Color32::from_rgb(0xC9, 0xC4, 0xBA),
    accent: Color32::from_rgb(0x9C, 0xC8, 0xFF),
    on_accent: Color32::from_rgb(0x10, 0x18, 0x28),
    term: Color32::from_rgb(0xA8, 0xD4, 0xFF),
    right: Color32::from_rgb(0x9F, 0xE3, 0xA6),
    wrong: Color32::from_rgb(0xFF, 0xBE, 0x9E),
    highlight: Color32::from_rgb(0x3A, 0x30, 0x00),
    dark: true,
};

/// High contrast: black on white, strong colours.
pub const HIGH_CONTRAST: Theme = Theme {
    name: "High contrast",
    paper: Color32::WHITE,
    card: Color32::from_rgb(0xF0, 0xF0, 0xF0),
    ink: Color32::BLACK,
    muted: Color32::from_rgb(0x22, 0x22, 0x22),
    accent: Color32::from_rgb(0x00, 0x2D, 0x8F),
    on_accent: Color32::WHITE,
    term: Color32::from_rgb(0x00, 0x2D, 0x8F),
    right: Color32::from_rgb(0x00, 0x50, 0x10),
    wrong: Color32::from_rgb(0x7A, 0x10, 0x00),
    highlight: Color32::from_rgb(0xFF, 0xF0, 0x40),
    dark: false,
};

/// Every theme, in the order settings offers them.
pub const THEMES: [Theme; crate::session::settings::THEMES] = [CREAM, DARK, HIGH_CONTRAST];

/// Sizes and colours for one frame, from the window size and the reader's settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    /// One unit: 1.0 at 1280×720 with normal text.
    pub unit: f32,
    /// The colour theme.
    pub c: Theme,
    /// Line spacing as a multiple of the text size (1.2–2.0).
    pub line_spacing: f32,
    /// Sized for a projector.
    pub projected: bool,
}

/// Text size steps a reader can choose with Ctrl +/-.
pub const TEXT_SCALES: [f32; crate::session::settings::TEXT_SIZES] =
    [0.8, 0.9, 1.0, 1.12, 1.25, 1.4, 1.6];

impl Metrics {
    /// Metrics for a window of `size` points with text scale `scale`.
    pub fn new(size: Vec2, scale: f32) -> Self {
        let by_height = size.y / 720.0;
        let by_width = size.x / 1280.0;
        Self {
            unit: by_height.min(by_width * 1.15).max(0.5) * scale,
            c: CREAM,
            line_spacing: 1.6,
            projected: false,
        }
    }

    /// Sizes for projecting: the unit follows the screen height alone, so on a 4:3 projector
    /// body text still keeps 1/30 of the height or more (the layout stacks instead of shrinking).
    pub fn projected(size: Vec2, scale: f32) -> Self {
        Self {
            unit: (size.y / 720.0).max(0.5) * scale,
            projected: true,
            ..Self::new(size, scale)
        }
    }

    /// The same sizes with a theme and line spacing.
    pub fn styled(self, c: Theme, line_spacing: f32) -> Self {
        Self {
            c,
            line_spacing: line_spacing.clamp(1.2, 2.0),
            ..self
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
            .color(self.c.muted)
    }
}

/// A big, friendly button; `primary` ones are filled with the accent colour.
pub fn big_button(ui: &mut egui::Ui, m: Metrics, label: &str, primary: bool) -> egui::Response {
    let text = RichText::new(label).font(m.bold(m.body()));
    let text = text.color(if primary { m.c.on_accent } else { m.c.ink });
    let mut button = egui::Button::new(text)
        .min_size(Vec2::new(m.button_height() * 2.4, m.button_height()))
        .corner_radius(12.0 * m.unit);
    button = button.fill(if primary { m.c.accent } else { m.c.card });
    if !primary {
        // A quiet outline keeps a light button visible on a card of the same colour.
        button = button.stroke(egui::Stroke::new(1.5 * m.unit, m.c.muted));
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
    fn the_charset_holds_every_character_of_the_text_once() {
        let pack = crate::story::mini_pack();
        let story = crate::story::load(&pack, crate::story::LoadOptions::default())
            .story
            .expect("mini loads");
        let set = story_charset(&story);
        let chars: Vec<char> = set.chars().collect();
        assert!(
            chars.windows(2).all(|w| w[0] < w[1]),
            "sorted, no repeats: {set}"
        );
        assert!(!set.contains(' ') && !set.contains('\n'));
        for page in &story.pages {
            for c in page.text.plain().chars().filter(|c| !c.is_whitespace()) {
                assert!(set.contains(c), "{c:?} missing");
            }
        }
    }

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
    fn every_theme_meets_wcag_aaa() {
        for t in THEMES {
            for (fg, bg, what) in [
                (t.ink, t.paper, "ink on paper"),
                (t.ink, t.card, "ink on cards"),
                (t.muted, t.paper, "muted on paper"),
                (t.muted, t.card, "muted on cards"),
                (t.accent, t.paper, "accent headings"),
                (t.on_accent, t.accent, "button text"),
                (t.term, t.paper, "glossary words"),
                (t.right, t.card, "right answers"),
                (t.wrong, t.card, "wrong answers"),
                (t.ink, t.highlight, "the word being read"),
                (t.term, t.highlight, "a glossary word being read"),
            ] {
                let c = contrast(fg, bg);
                assert!(
                    c >= 7.0,
                    "{}: {what} has contrast {c:.2}, below 7:1",
                    t.name
                );
            }
        }
    }

    #[test]
    fn projected_body_text_is_at_least_a_thirtieth_of_the_screen_height() {
        for (w, h) in [
            (1280.0, 720.0),
            (1920.0, 1080.0),
            (3840.0, 2160.0),
            (1024.0, 768.0),
            (800.0, 600.0),
        ] {
            let m = Metrics::projected(Vec2::new(w, h), 1.0);
            let smallest = m.body() * crate::ui::widgets::PROJECTION_MIN_FIT;
            assert!(
                smallest >= h / 30.0,
                "{w}×{h}: text {smallest:.1} px is under 1/30 of {h}"
            );
        }
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
