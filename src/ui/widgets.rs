//! Pieces every view uses: pictures with placeholders, page text with glossary words, the bars.

use egui::{Align, Color32, Layout, Rect, RichText, Sense, Stroke, StrokeKind, Vec2};

use super::pictures::PictureState;
use super::style::{Metrics, big_button};
use super::{Command, ViewCx};
use crate::reader::Action;
use crate::session::FontChoice;
use crate::story::{Markup, Picture};

/// Draws a picture fitted inside `size` (keeping its shape), or a labelled placeholder.
pub fn picture(
    ui: &mut egui::Ui,
    cx: &mut ViewCx<'_>,
    pic: &Picture,
    size: Vec2,
) -> egui::Response {
    // A squeezed window (or a long notice) can leave no room at all: draw nothing then.
    let size = size.max(Vec2::ZERO);
    if size.x < 1.0 || size.y < 1.0 {
        return ui.allocate_response(Vec2::ZERO, Sense::hover());
    }
    let ppp = ui.ctx().pixels_per_point();
    let state = cx.pictures.get(&pic.path, size * ppp);
    match state {
        PictureState::Ready(tex) => {
            let tex_size = tex.size_vec2();
            let scale = (size.x / tex_size.x).min(size.y / tex_size.y);
            let shown = tex_size * scale;
            let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
            let img_rect = Rect::from_center_size(rect.center(), shown);
            ui.painter().image(
                tex.id(),
                img_rect,
                Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0)),
                Color32::WHITE,
            );
            let alt = pic.alt.clone();
            response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
            response
        }
        PictureState::Loading => {
            let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
            ui.painter().rect_filled(rect, 8.0 * cx.m.unit, cx.m.c.card);
            // Screen readers get the description even before the pixels arrive.
            let alt = pic.alt.clone();
            response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
            response
        }
        PictureState::Failed(msg) => placeholder(ui, cx.m, pic, size, &msg),
    }
}

fn placeholder(
    ui: &mut egui::Ui,
    m: Metrics,
    pic: &Picture,
    size: Vec2,
    why: &str,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter();
    painter.rect(
        rect,
        8.0 * m.unit,
        m.c.card,
        Stroke::new(2.0 * m.unit, m.c.muted),
        StrokeKind::Inside,
    );
    let inner = rect.shrink(m.margin());
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(inner)
            .layout(Layout::top_down(Align::Center)),
    );
    child.label(
        RichText::new("Picture missing")
            .font(m.bold(m.body()))
            .color(m.c.muted),
    );
    child.label(m.small_text(format!("{}: {why}", pic.path)));
    child.add_space(m.margin() * 0.5);
    child.label(m.small_text(&pic.alt).italics());
    let alt = format!("Picture missing: {}", pic.alt);
    response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
    response
}

/// Page text in big type; glossary words are links that open their card. With `narrated`, the
/// word being read is lit and a tap on any other word reads from there.
pub fn page_text(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, text: &Markup, narrated: bool) {
    let m = cx.m;
    // Projected text never drops below 1/30 of the screen height; it scrolls instead.
    let min_fit = if cx.projection {
        PROJECTION_MIN_FIT
    } else {
        MIN_FIT
    };
    let size = fit_text_size(
        ui,
        text,
        m,
        min_fit,
        ui.available_width(),
        ui.available_height(),
    );
    let font = egui::FontId::proportional(size);
    let space = ui.fonts_mut(|f| f.glyph_width(&font, ' '));
    let mut index = 0;
    for para in text.words() {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing = Vec2::new(space, size * line_gap(m));
            for word in para {
                let lit = narrated && cx.highlight == Some(index);
                let mut rich = RichText::new(&word.text).font(font.clone());
                rich = if word.term.is_some() {
                    rich.color(m.c.term).underline()
                } else {
                    rich.color(m.c.ink)
                };
                if lit {
                    rich = rich.background_color(m.c.highlight);
                }
                // Glossary words are links, which wrap as labels do: a button does not, and a
                // line that began with one stood further from the line above.
                let response = match &word.term {
                    None if narrated => ui.add(egui::Label::new(rich).sense(Sense::click())),
                    None => ui.label(rich),
                    Some(_) => ui.add(egui::Link::new(rich)),
                };
                if let Some(term) = &word.term {
                    if response.on_hover_text("What does this mean?").clicked() {
                        cx.commands.push(Command::ShowTerm(term.clone()));
                    }
                } else if narrated && response.on_hover_text("Read from here").clicked() {
                    cx.commands.push(Command::PlayFromWord(index));
                }
                index += 1;
            }
        });
        ui.add_space(size * PARAGRAPH_GAP);
    }
}

/// Extra space between lines, as a share of the text size: the reader's line spacing less the
/// font's own line height (about 1.15 of the size for Andika).
fn line_gap(m: Metrics) -> f32 {
    (m.line_spacing - 1.15).max(0.0)
}
/// Extra space between paragraphs.
const PARAGRAPH_GAP: f32 = 0.6;
/// Text may shrink to this share of its size to fit the page without scrolling.
const MIN_FIT: f32 = 0.78;
/// When projecting, body text (28 units of 720) keeps at least 1/30 of the screen height.
pub const PROJECTION_MIN_FIT: f32 = 0.86;

/// The largest text size, at most `base` and no less than [`MIN_FIT`] of it, at which the page's
/// text fits `width`×`height` without scrolling (long pages on small windows scroll instead).
fn fit_text_size(
    ui: &egui::Ui,
    text: &Markup,
    m: Metrics,
    min_fit: f32,
    width: f32,
    height: f32,
) -> f32 {
    let base = m.body();
    let gap = line_gap(m);
    let paragraphs: Vec<String> = text
        .words()
        .iter()
        .map(|p| {
            p.iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let height_at = |size: f32| -> f32 {
        let font = egui::FontId::proportional(size);
        ui.fonts_mut(|f| {
            let row = f.row_height(&font);
            paragraphs
                .iter()
                .map(|p| {
                    let rows = f
                        .layout(p.clone(), font.clone(), Color32::BLACK, width)
                        .rows
                        .len() as f32;
                    rows * (row + size * gap) + size * PARAGRAPH_GAP
                })
                .sum()
        })
    };
    // Sizes come from a fixed ladder, not a free search: each size's glyphs are rasterised the
    // first time it is used, so a handful of sizes shared by every page keeps a first reading's
    // page turns from redrawing the alphabet at a new size on each page.
    let ladder = text_size_ladder(base, min_fit);
    if height_at(ladder[0]) <= height {
        return ladder[0];
    }
    // The text only gets shorter as the size goes down: find the largest size that fits.
    let (mut fits, mut too_big) = (ladder.len() - 1, 0);
    while fits - too_big > 1 {
        let mid = usize::midpoint(too_big, fits);
        if height_at(ladder[mid]) <= height {
            fits = mid;
        } else {
            too_big = mid;
        }
    }
    ladder[fits]
}

/// Every font a reading screen of metrics `m` may draw text in: the page text sizes and the
/// sizes of titles, buttons and small print, plain and bold.
pub fn reading_fonts(m: Metrics, projection: bool) -> Vec<egui::FontId> {
    let min_fit = if projection {
        PROJECTION_MIN_FIT
    } else {
        MIN_FIT
    };
    let mut fonts: Vec<egui::FontId> = text_size_ladder(m.body(), min_fit)
        .into_iter()
        .map(egui::FontId::proportional)
        .collect();
    for size in [m.small(), m.heading()] {
        fonts.push(egui::FontId::proportional(size));
    }
    for size in [m.small(), m.body(), m.heading()] {
        fonts.push(m.bold(size));
    }
    fonts
}

/// The text sizes a page may use, largest first: `base` down to `base * min_fit` in steps of
/// about 5 %.
fn text_size_ladder(base: f32, min_fit: f32) -> Vec<f32> {
    let floor = base * min_fit.clamp(0.1, 1.0);
    let mut sizes: Vec<f32> = (0..20)
        .map(|k| base * (1.0 - 0.05 * k as f32))
        .take_while(|s| *s > floor + 0.01)
        .collect();
    sizes.push(floor);
    sizes
}

/// The book's extras: the map through time, who's who, the timeline and the glossary.
pub fn book_menu(ui: &mut egui::Ui, cx: &mut ViewCx<'_>) {
    let m = cx.m;
    let small = |s: &str| RichText::new(s).font(egui::FontId::proportional(m.small()));
    ui.menu_button(small("Book"), |ui| {
        if !cx.story.maps.is_empty() && ui.button(small("Map through time (M)")).clicked() {
            cx.commands.push(Command::Ui(super::UiCommand::OpenMap));
        }
        if ui.button(small("Who's who (W)")).clicked() {
            cx.commands
                .push(Command::Ui(super::UiCommand::Open(super::Panel::People)));
        }
        if ui.button(small("Timeline (T)")).clicked() {
            cx.commands
                .push(Command::Ui(super::UiCommand::Open(super::Panel::Timeline)));
        }
        if ui.button(small("Glossary (G)")).clicked() {
            cx.commands
                .push(Command::Ui(super::UiCommand::Open(super::Panel::Glossary)));
        }
    });
}

/// The look: theme, font, line spacing.
pub fn settings_menu(ui: &mut egui::Ui, cx: &mut ViewCx<'_>) {
    let m = cx.m;
    let small = |s: &str| RichText::new(s).font(egui::FontId::proportional(m.small()));
    ui.menu_button(small("Look"), |ui| {
        for (i, t) in super::style::THEMES.iter().enumerate() {
            if ui
                .selectable_label(m.c.name == t.name, small(t.name))
                .clicked()
            {
                cx.commands.push(Command::SetTheme(i));
            }
        }
        ui.separator();
        for (f, name) in [
            (FontChoice::Andika, "Andika"),
            (FontChoice::Atkinson, "Atkinson Hyperlegible"),
        ] {
            if ui.selectable_label(cx.font == f, small(name)).clicked() {
                cx.commands.push(Command::SetFont(f));
            }
        }
        ui.separator();
        let mut spacing = m.line_spacing;
        let slider = egui::Slider::new(&mut spacing, 1.2..=2.0)
            .text("Line spacing")
            .step_by(0.1);
        if ui.add(slider).changed() {
            cx.commands.push(Command::SetLineSpacing(spacing));
        }
    });
}

/// The read-aloud controls: auto read, play/pause, speed and volume.
pub fn sound_controls(ui: &mut egui::Ui, cx: &mut ViewCx<'_>) {
    let m = cx.m;
    let small = |s: &str| RichText::new(s).font(egui::FontId::proportional(m.small()));
    let size = Vec2::splat(m.button_height() * 0.75);
    let sound = cx.sound;
    let read = egui::Button::new(small("Read to me"))
        .selected(sound.auto)
        .min_size(size);
    if ui
        .add(read)
        .on_hover_text(super::commands::hint_with(
            super::UiCommand::ToggleAuto,
            "Read every page aloud and turn it",
        ))
        .clicked()
    {
        cx.commands.push(Command::Ui(super::UiCommand::ToggleAuto));
    }
    let label = if sound.reading && !sound.paused {
        "Pause"
    } else {
        "Play"
    };
    if ui
        .add(egui::Button::new(small(label)).min_size(size))
        .on_hover_text(super::commands::hint_with(
            super::UiCommand::TogglePlay,
            "Read this page aloud, or pause",
        ))
        .clicked()
    {
        cx.commands.push(Command::Ui(super::UiCommand::TogglePlay));
    }
    ui.menu_button(small("Voice"), |ui| {
        let slow = sound.speed == crate::narration::Speed::Slow;
        if ui.selectable_label(!slow, small("Normal speed")).clicked() {
            cx.commands
                .push(Command::SetSpeed(crate::narration::Speed::Normal));
        }
        if ui.selectable_label(slow, small("Slower")).clicked() {
            cx.commands
                .push(Command::SetSpeed(crate::narration::Speed::Slow));
        }
        let mut volume = sound.volume;
        if ui
            .add(
                egui::Slider::new(&mut volume, 0.0..=1.0)
                    .text("Volume")
                    .show_value(false),
            )
            .changed()
        {
            cx.commands.push(Command::SetVolume(volume));
        }
    });
}

/// A slim bar at the top with a message and a close button.
pub fn notice_bar(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, msg: &str) {
    let m = cx.m;
    // The bar keeps its own dark-on-yellow colours in every theme (about 14:1).
    let ink = Color32::from_rgb(0x22, 0x1A, 0x12);
    egui::Frame::new()
        .fill(Color32::from_rgb(0xFF, 0xF1, 0xC2))
        .inner_margin(m.margin() * 0.4)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let ok = egui::Button::new(m.small_text("OK").color(ink))
                    .fill(Color32::from_rgb(0xF5, 0xE0, 0x9A));
                if ui.add(ok).clicked() {
                    cx.commands.push(Command::DismissNotice);
                }
                ui.add(egui::Label::new(m.small_text(msg).color(ink)).wrap());
            });
        });
}

/// The top bar of reading views: where you are, and the small controls.
pub fn top_bar(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, title: &str) {
    let m = cx.m;
    ui.horizontal(|ui| {
        // Buttons first, from the right; the title takes what is left and is shortened (full on
        // hover) when a small window leaves it little room, instead of hiding under them.
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            // Gaps and padding grow with the window, so a 4K screen is not cramped.
            ui.spacing_mut().item_spacing.x = 8.0 * m.unit;
            ui.spacing_mut().button_padding = Vec2::new(6.0, 3.0) * m.unit;
            let small = |s: &str| RichText::new(s).font(egui::FontId::proportional(m.small()));
            let size = Vec2::splat(m.button_height() * 0.75);
            if ui
                .add(egui::Button::new(small("Full screen")).min_size(size))
                .on_hover_text(super::commands::hint(super::UiCommand::ToggleFullscreen))
                .clicked()
            {
                cx.commands
                    .push(Command::Ui(super::UiCommand::ToggleFullscreen));
            }
            if ui
                .add(egui::Button::new(small("A+")).min_size(size))
                .on_hover_text(super::commands::hint(super::UiCommand::Bigger))
                .clicked()
            {
                cx.commands.push(Command::Ui(super::UiCommand::Bigger));
            }
            if ui
                .add(egui::Button::new(small("A−")).min_size(size))
                .on_hover_text(super::commands::hint(super::UiCommand::Smaller))
                .clicked()
            {
                cx.commands.push(Command::Ui(super::UiCommand::Smaller));
            }
            if ui
                .add(egui::Button::new(small("Present")).min_size(size))
                .on_hover_text(super::commands::hint_with(
                    super::UiCommand::StartProjection,
                    "Project for a class: full screen, presenter window, votes",
                ))
                .clicked()
            {
                cx.commands
                    .push(Command::Ui(super::UiCommand::StartProjection));
            }
            sound_controls(ui, cx);
            settings_menu(ui, cx);
            book_menu(ui, cx);
            if ui
                .add(egui::Button::new(small("Chapters")).min_size(size))
                .clicked()
            {
                cx.act(Action::OpenChapters);
            }
            ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                ui.add(egui::Label::new(m.small_text(title)).truncate());
            });
        });
    });
}

/// The bottom bar: Back, progress, the side trip on offer (if any), Next.
pub fn nav_bar(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, next_label: &str, next_enabled: bool) {
    let m = cx.m;
    let detour = cx
        .reader
        .offered_detour()
        .map(|d| cx.story.detour(d).title.clone());
    let (read, total) = cx.reader.progress();
    ui.horizontal(|ui| {
        ui.add_enabled_ui(cx.reader.can_go_back(), |ui| {
            if big_button(ui, m, "← Back", false).clicked() {
                cx.act(Action::Back);
            }
        });
        let detour_width = if detour.is_some() {
            m.button_height() * 4.0
        } else {
            0.0
        };
        let next_width = m.button_height() * 3.2 + detour_width;
        let bar_width = (ui.available_width() - next_width - m.margin() * 2.0).max(10.0);
        ui.add_space(m.margin() * 0.5);
        ui.vertical(|ui| {
            ui.set_width(bar_width);
            let fraction = if total == 0 {
                0.0
            } else {
                read as f32 / total as f32
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_height(m.small() * 0.6)
                    .fill(m.c.accent),
            );
            ui.label(m.small_text(format!("{read} of {total} pages read")));
        });
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.add_enabled_ui(next_enabled, |ui| {
                if big_button(ui, m, next_label, true).clicked() {
                    cx.act(Action::Next);
                }
            });
            if let Some(title) = &detour {
                let button = big_button(ui, m, "Side trip →", false);
                if button
                    .on_hover_text(format!("Side trip: {title}"))
                    .clicked()
                {
                    cx.act(Action::TakeDetour);
                }
            }
        });
    });
}

/// Splits the area below the top bar into a picture side and a text side.
pub struct Split {
    /// Where the picture goes.
    pub picture: Rect,
    /// Where the text goes.
    pub text: Rect,
}

/// Picture left and text right on wide windows; picture above text on tall ones. `share` is the
/// part of the width (or height) the picture may take.
pub fn split(rect: Rect, m: Metrics, share: f32) -> Split {
    let gap = m.margin();
    // Side by side needs a wide screen; a projected 4:3 page stacks to keep its text large.
    let wide = if m.projected { 1.5 } else { 1.25 };
    if rect.width() >= rect.height() * wide {
        let pic_w = (rect.width() * share).min(rect.height() * 4.0 / 3.0);
        let picture = Rect::from_min_size(rect.min, Vec2::new(pic_w, rect.height()));
        let text = Rect::from_min_max(egui::pos2(picture.max.x + gap, rect.min.y), rect.max);
        Split { picture, text }
    } else {
        let tall_share = if m.projected { 0.4 } else { share * 0.9 };
        let pic_h = (rect.height() * tall_share).min(rect.width() * 3.0 / 4.0);
        let picture = Rect::from_min_size(rect.min, Vec2::new(rect.width(), pic_h));
        let text = Rect::from_min_max(egui::pos2(rect.min.x, picture.max.y + gap), rect.max);
        Split { picture, text }
    }
}

/// The parts of a reading screen.
pub struct Frame {
    /// The top bar.
    pub top: Rect,
    /// The reading area: picture and text.
    pub middle: Rect,
    /// The bottom bar.
    pub bottom: Rect,
}

/// Where a reading screen's parts go in the window area `available` (also used to prefetch a
/// page's picture at the size it will be shown before the page is open).
pub fn frame_rects(available: Rect, m: Metrics, projection: bool) -> Frame {
    let full = available.shrink(m.margin());
    let (top_h, bottom_h) = if projection {
        (m.small() * 1.3, m.small() * 1.3)
    } else {
        (m.button_height() * 0.8, m.button_height() * 1.15)
    };
    let top = Rect::from_min_size(full.min, Vec2::new(full.width(), top_h));
    let bottom = Rect::from_min_max(egui::pos2(full.min.x, full.max.y - bottom_h), full.max);
    let middle_top = top.max.y + m.margin() * 0.5;
    let middle = Rect::from_min_max(
        egui::pos2(full.min.x, middle_top),
        egui::pos2(
            full.max.x,
            (bottom.min.y - m.margin() * 0.5).max(middle_top),
        ),
    );
    Frame {
        top,
        middle,
        bottom,
    }
}

/// Lays out a reading screen: top bar, content area, bottom bar, and returns the content rect.
/// When projecting, the bars shrink to a title line and a thin progress line: the class sees the
/// page, and the teacher drives it with keys, a clicker or the presenter window.
pub fn reading_frame(
    ui: &mut egui::Ui,
    cx: &mut ViewCx<'_>,
    title: &str,
    next_label: &str,
    next_enabled: bool,
    content: impl FnOnce(&mut egui::Ui, &mut ViewCx<'_>, Rect),
) {
    let m = cx.m;
    let Frame {
        top,
        middle,
        bottom,
    } = frame_rects(ui.available_rect_before_wrap(), m, cx.projection);
    if cx.projection {
        ui.scope_builder(egui::UiBuilder::new().max_rect(top), |ui| {
            ui.label(m.small_text(title));
        });
    } else {
        ui.scope_builder(egui::UiBuilder::new().max_rect(top), |ui| {
            top_bar(ui, cx, title)
        });
    }
    ui.scope_builder(egui::UiBuilder::new().max_rect(middle), |ui| {
        content(ui, cx, middle)
    });
    ui.scope_builder(egui::UiBuilder::new().max_rect(bottom), |ui| {
        if cx.projection {
            projection_footer(ui, cx);
        } else {
            nav_bar(ui, cx, next_label, next_enabled);
        }
    });
    ui.advance_cursor_after_rect(top.union(bottom));
}

/// A thin progress line and the page number, for projection.
fn projection_footer(ui: &mut egui::Ui, cx: &mut ViewCx<'_>) {
    let m = cx.m;
    let page = match cx.reader.place() {
        crate::reader::Place::Page(p) | crate::reader::Place::Prompt(p) => {
            cx.story.main_position(p)
        }
        _ => None,
    };
    ui.horizontal(|ui| {
        if let Some((i, total)) = page {
            ui.label(m.small_text(format!("{} / {total}", i + 1)));
            let fraction = (i + 1) as f32 / total.max(1) as f32;
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_height(m.small() * 0.3)
                    .fill(m.c.accent),
            );
        }
    });
}

#[cfg(test)]
mod tests {
    use super::text_size_ladder;

    #[test]
    fn the_text_size_ladder_steps_down_to_the_floor() {
        let l = text_size_ladder(28.0, 0.7);
        assert_eq!(l.first().copied(), Some(28.0));
        assert!(
            (l.last().copied().unwrap_or_default() - 19.6).abs() < 1e-4,
            "{l:?}"
        );
        assert!(l.windows(2).all(|w| w[0] > w[1]), "{l:?}");
        assert!(l.len() <= 8, "{l:?}");
        // The same window always gets the same sizes, so their glyphs are drawn once.
        assert_eq!(l, text_size_ladder(28.0, 0.7));
        assert_eq!(text_size_ladder(28.0, 1.0), vec![28.0]);
    }
}
