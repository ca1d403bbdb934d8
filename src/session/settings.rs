//! A reader's settings: the one place they live. The window reads them each frame and the
//! read-aloud controller is handed them; nothing keeps a copy to sync back.

use serde::{Deserialize, Serialize};

use crate::narration::Speed;

/// How many text sizes there are (the sizes themselves are the window's business).
pub const TEXT_SIZES: usize = 7;
/// How many colour themes there are.
pub const THEMES: usize = 3;
/// The line spacing a reader can choose, as a range.
pub const LINE_SPACING: std::ops::RangeInclusive<f32> = 1.2..=2.0;

/// The text fonts a reader can choose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FontChoice {
    /// SIL Andika, designed for beginning readers.
    #[default]
    Andika,
    /// Atkinson Hyperlegible, designed for low-vision readers.
    Atkinson,
}

/// Settings remembered between runs, one set per reader.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Index into the window's text sizes (0..[`TEXT_SIZES`]).
    pub text_scale: usize,
    /// Auto read-aloud on.
    pub read_aloud: bool,
    /// Voice speed.
    pub speed: Speed,
    /// Volume, 0.0–1.0.
    pub volume: f32,
    /// Index into the colour themes (0..[`THEMES`]).
    pub theme: usize,
    /// The text font.
    pub font: FontChoice,
    /// Line spacing, within [`LINE_SPACING`].
    pub line_spacing: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            text_scale: 2,
            read_aloud: false,
            speed: Speed::Normal,
            volume: 1.0,
            theme: 0,
            font: FontChoice::Andika,
            line_spacing: 1.6,
        }
    }
}

impl Settings {
    /// One text size bigger (`step` > 0) or smaller, kept in range.
    pub fn step_text_size(&mut self, step: i32) {
        self.text_scale = self
            .text_scale
            .saturating_add_signed(step as isize)
            .min(TEXT_SIZES - 1);
    }

    /// Chooses a theme, kept in range.
    pub fn set_theme(&mut self, theme: usize) {
        self.theme = theme.min(THEMES - 1);
    }

    /// Sets the line spacing, kept in range.
    pub fn set_line_spacing(&mut self, spacing: f32) {
        self.line_spacing = spacing.clamp(*LINE_SPACING.start(), *LINE_SPACING.end());
    }

    /// Sets the volume, kept in range.
    pub fn set_volume(&mut self, volume: f32) {
        self.volume = volume.clamp(0.0, 1.0);
    }

    /// The same settings with every index in range (a hand-edited or older file).
    pub fn repaired(mut self) -> Self {
        self.text_scale = self.text_scale.min(TEXT_SIZES - 1);
        self.theme = self.theme.min(THEMES - 1);
        if !self.line_spacing.is_finite() {
            self.line_spacing = Self::default().line_spacing;
        }
        self.set_line_spacing(self.line_spacing);
        if !self.volume.is_finite() {
            self.volume = 1.0;
        }
        self.set_volume(self.volume);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_stay_in_range() {
        let mut s = Settings::default();
        for _ in 0..20 {
            s.step_text_size(1);
        }
        assert_eq!(s.text_scale, TEXT_SIZES - 1);
        for _ in 0..20 {
            s.step_text_size(-1);
        }
        assert_eq!(s.text_scale, 0);
        s.set_theme(99);
        assert_eq!(s.theme, THEMES - 1);
        s.set_line_spacing(9.0);
        assert_eq!(s.line_spacing, 2.0);
        let odd = Settings {
            text_scale: 40,
            volume: f32::NAN,
            line_spacing: 0.1,
            ..Settings::default()
        }
        .repaired();
        assert_eq!(odd.text_scale, TEXT_SIZES - 1);
        assert_eq!(odd.volume, 1.0);
        assert_eq!(odd.line_spacing, 1.2);
    }
}
