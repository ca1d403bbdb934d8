//! The window's state and its frame: what is open over the story, projection, the page number
//! being typed, and the one place where commands are carried out.

use std::sync::{Arc, OnceLock};

use egui::ViewportCommand;

use super::commands::{self, Context, UiCommand, Where};
use super::pictures::{self, Pictures, Want};
use super::style::{self, Look, Metrics, TEXT_SCALES};
use super::{
    Command, Overlay, Panel, ProfileForm, Projection, SoundState, ViewCx, glossary_card,
    glossary_view, map_view, page_view, people_view, place_ui, presenter_view, profiles_view,
    timeline_view, widgets,
};
use crate::narration::{Narrator, ReadAloud};
use crate::reader::{Action, Place, Reader, SaveStore};
use crate::session::{Session, Settings};
use crate::story::{Pack, PageId, Story};

/// The Lantern window's state.
pub struct LanternApp {
    session: Session,
    pack: Arc<dyn Pack>,
    /// Created with the first frame (it needs the egui context).
    pictures: Option<Pictures>,
    read_aloud: ReadAloud,
    overlay: Overlay,
    projection: Option<Projection>,
    /// Digits typed so far for a page jump.
    typed: String,
    notice: Option<String>,
    look: Look,
    /// The cover, rasterised while the window opens (handed to [`Pictures`] on the first frame).
    warm: Option<pictures::Warm>,
    /// The window, for threads (saving, decoding) to wake once it exists.
    wake: Arc<OnceLock<egui::Context>>,
}

impl LanternApp {
    /// An app reading `story` from `pack`, saving to `store` (none: nothing is saved).
    pub fn new(story: Arc<Story>, pack: Arc<dyn Pack>, store: Option<SaveStore>) -> Self {
        let wake: Arc<OnceLock<egui::Context>> = Arc::default();
        let waker = |wake: &Arc<OnceLock<egui::Context>>| {
            let wake = wake.clone();
            move || {
                if let Some(ctx) = wake.get() {
                    ctx.request_repaint();
                }
            }
        };
        let mut session = Session::open(story.clone(), store, waker(&wake));
        let notice = session.take_notice();
        Self {
            session,
            read_aloud: ReadAloud::new(pack.clone(), waker(&wake)),
            pack,
            pictures: None,
            overlay: Overlay::None,
            projection: None,
            typed: String::new(),
            notice,
            look: Look::new(&story),
            warm: None,
            wake,
        }
    }

    /// The reading session.
    pub fn reader(&self) -> &Reader {
        self.session.reader()
    }

    /// The session: profiles, settings, saves.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The reader profiles.
    pub fn profiles(&self) -> &crate::session::Profiles {
        self.session.profiles()
    }

    /// The settings in use.
    pub fn settings(&self) -> &Settings {
        self.session.settings()
    }

    /// The message shown in the notice bar, if any.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// What is open over the story.
    pub fn overlay(&self) -> &Overlay {
        &self.overlay
    }

    /// The glossary term whose card is open, if any.
    pub fn open_card(&self) -> Option<&str> {
        match &self.overlay {
            Overlay::Card { term, .. } => Some(term),
            _ => None,
        }
    }

    /// The map shown, if the map through time is open: its year.
    pub fn open_map(&self) -> Option<i32> {
        match self.overlay {
            Overlay::Map(i) => self.reader().story().maps.get(i).map(|m| m.year),
            _ => None,
        }
    }

    /// Projection, when projecting.
    pub fn projection(&self) -> Option<&Projection> {
        self.projection.as_ref()
    }

    /// Whether projection mode is on.
    pub fn projecting(&self) -> bool {
        self.projection.is_some()
    }

    /// Whether the projected screen is blanked.
    pub fn blanked(&self) -> bool {
        self.projection.is_some_and(|p| p.blank)
    }

    /// Digits typed so far for a page jump.
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// The text-size multiplier in use.
    pub fn text_scale(&self) -> f32 {
        TEXT_SCALES[self.settings().text_scale.min(TEXT_SCALES.len() - 1)]
    }

    /// The colour theme in use.
    pub fn theme(&self) -> style::Theme {
        style::THEMES[self.settings().theme.min(style::THEMES.len() - 1)]
    }

    /// The read-aloud controller.
    pub fn read_aloud(&self) -> &ReadAloud {
        &self.read_aloud
    }

    /// Plays narration through `narrator` instead of the sound device (tests, screenshots,
    /// benchmarks).
    pub fn use_narrator(&mut self, narrator: Box<dyn Narrator + Send>) {
        self.read_aloud.set_narrator(narrator);
    }

    /// Uses a reader's look (theme, font, sizes) without their save: screenshots.
    pub fn use_settings(&mut self, settings: Settings) {
        *self.session.settings_mut() = settings;
    }

    /// Rasterises the cover at about `width` points on a thread, while the window opens.
    pub fn warm_cover(&mut self, width: f32) {
        let cover = self.reader().story().cover.path.clone();
        self.warm = Some(pictures::Warm::start(self.pack.clone(), &cover, width));
    }

    /// Whether the picture at `path` is decoded and ready to draw (for tests).
    pub fn picture_ready(&self, path: &str) -> bool {
        self.pictures.as_ref().is_some_and(|p| p.has(path))
    }

    /// Whether every picture asked for in the last frame was drawn sharp.
    pub fn pictures_shown(&self) -> bool {
        self.pictures.as_ref().is_some_and(Pictures::all_shown)
    }

    /// Whether pictures are still being decoded.
    pub fn pictures_busy(&self) -> bool {
        self.pictures.as_ref().is_some_and(Pictures::busy)
    }

    /// Waits until every queued save is on disk (tests, and before the window closes).
    pub fn flush_saves(&self) {
        self.session.flush();
    }

    /// Changes the reader directly (setting up a screenshot or a benchmark); the change is
    /// saved like any other.
    pub fn with_reader<T>(&mut self, f: impl FnOnce(&mut Reader) -> T) -> T {
        f(self.session.reader_mut())
    }

    /// Starts presenting to a class (`--present`).
    pub fn start_presenting(&mut self) {
        self.projection.get_or_insert_with(Projection::start);
    }

    /// Opens the map through time at map number `index`.
    pub fn show_map(&mut self, index: usize) {
        if index < self.reader().story().maps.len() {
            self.overlay = Overlay::Map(index);
        }
    }

    /// Carries out `command` as if a key or button had asked for it.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        self.run(ctx, command);
    }

    /// The key context: what the keys mean now.
    fn key_context(&self, ctx: &egui::Context) -> Context {
        let reader = self.reader();
        let at = if self.blanked() {
            Where::Blank
        } else if ctx.egui_wants_keyboard_input() {
            Where::Editing
        } else {
            match &self.overlay {
                Overlay::Map(_) => Where::Map,
                Overlay::Card { .. } => Where::Card,
                Overlay::List(_) | Overlay::Profiles(_) => Where::List,
                Overlay::None if !self.typed.is_empty() => Where::Typing,
                Overlay::None => match reader.place() {
                    Place::Prompt(p) if reader.answer(p).is_none() => Where::Prompt,
                    _ => Where::Reading,
                },
            }
        };
        Context {
            at,
            projecting: self.projecting(),
        }
    }

    /// Draws one frame into `ui` and applies what it asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let _ = self.wake.set(ctx.clone());
        let pictures = self
            .pictures
            .get_or_insert_with(|| Pictures::new(self.pack.clone(), &ctx));
        if let Some(warm) = self.warm.take() {
            pictures.adopt(warm);
        }
        pictures.poll(&ctx);
        self.step_read_aloud();
        // Keys act before drawing, so the frame that sees a page-turn key shows the new page.
        let focused = ctx.memory(|m| m.focused().is_some());
        for c in commands::pressed(&ctx, self.key_context(&ctx), focused) {
            self.run(&ctx, Command::Ui(c));
        }
        // A key may have moved the reader: start its clip in this frame too.
        self.step_read_aloud();

        let settings = self.session.settings().clone();
        let theme = self.theme();
        let projecting = self.projecting();
        let sized = if projecting {
            Metrics::projected
        } else {
            Metrics::new
        };
        let m = sized(ui.available_size(), self.text_scale()).styled(theme, settings.line_spacing);
        self.look.apply(&ctx, settings.font, settings.theme, &theme);
        let reader = self.session.reader();
        let story = reader.story().clone();
        let highlight = match reader.place() {
            Place::Page(p) => self.read_aloud.highlight(p),
            _ => None,
        };
        let sound = SoundState {
            auto: settings.read_aloud,
            paused: self.read_aloud.paused(),
            reading: self.read_aloud.current().is_some(),
            speed: settings.speed,
            volume: settings.volume,
        };
        let profile = self.session.profiles().current();
        let mut commands = Vec::new();
        let pictures = self
            .pictures
            .get_or_insert_with(|| Pictures::new(self.pack.clone(), &ctx));
        let mut cx = ViewCx {
            reader,
            story: &story,
            m,
            pictures,
            commands: &mut commands,
            highlight,
            sound,
            projection: projecting,
            font: settings.font,
            profile: (
                profile.name.as_str(),
                style::PROFILE_COLOURS[profile.colour % style::PROFILE_COLOURS.len()],
            ),
        };
        if let Some(p) = typed_page(&story, &self.typed) {
            // A page number is being typed: start its picture now, so it is ready at Enter.
            let window = ui.available_rect_before_wrap();
            let reading = widgets::frame_rects(window, m, projecting).middle;
            let size = page_view::page_split(&cx, p, reading).picture.size();
            cx.pictures.prefetch(
                &story.page(p).picture.path,
                size * ctx.pixels_per_point(),
                Want::Soon,
            );
        }
        if self.projection.is_some_and(|p| p.blank) {
            ui.painter()
                .rect_filled(ui.max_rect(), 0.0, egui::Color32::BLACK);
        } else {
            if let Some(msg) = &self.notice
                && !projecting
            {
                widgets::notice_bar(ui, &mut cx, msg);
            }
            draw_overlay(ui, &mut cx, &mut self.overlay, self.session.profiles());
        }
        if let Some(p) = self.projection.filter(|p| p.presenter) {
            presenter_view::window(&ctx, &mut cx, p.since.elapsed());
        }
        if let Overlay::Card { term, .. } = &self.overlay {
            glossary_card::ui(&ctx, &mut cx, term);
        }
        for c in commands {
            self.run(&ctx, c);
        }
        self.session.tick();
        if self.notice.is_none() {
            self.notice = self.session.take_notice();
        }
        self.look.warm_glyphs(&ctx, m, projecting, settings.font);
        if let Some(wait) = self.read_aloud.next_wake() {
            // The highlight moves with the voice: the next frame is due when the lit word changes.
            ctx.request_repaint_after(wait);
        }
    }

    fn step_read_aloud(&mut self) {
        let settings = self.session.settings().clone();
        if let Some(action) = self.read_aloud.step(self.session.reader(), &settings) {
            self.session.apply(action);
        }
        if let Some(msg) = self.read_aloud.take_notice() {
            self.notice = Some(msg);
        }
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Ui(c) => self.run_ui(ctx, c),
            Command::Reader(action) => {
                if !matches!(self.overlay, Overlay::Map(_)) {
                    // Reading on closes a list or card; the map has its own keys.
                    self.overlay = Overlay::None;
                }
                self.session.apply(action);
            }
            Command::SetTheme(t) => self.session.settings_mut().set_theme(t),
            Command::SetFont(f) => self.session.settings_mut().font = f,
            Command::SetLineSpacing(l) => self.session.settings_mut().set_line_spacing(l),
            Command::SwitchProfile(id) => {
                if self.session.switch_profile(&id) {
                    self.after_switch();
                }
            }
            Command::AddProfile(name, colour) => {
                if self.session.add_profile(&name, colour) {
                    self.after_switch();
                }
            }
            Command::JumpToPage(n) => {
                if let Some(p) = self.reader().story().main_page(n) {
                    self.overlay = Overlay::None;
                    self.session.apply(Action::GoTo(p));
                }
            }
            Command::PlayFromWord(w) => {
                let (reader, settings) = (self.session.reader(), self.session.settings());
                self.read_aloud.play_from_word(reader, settings, w);
            }
            Command::PlayTerm(t) => {
                let (reader, settings) = (self.session.reader(), self.session.settings());
                self.read_aloud.play_term(reader, settings, &t);
            }
            Command::SetSpeed(s) => {
                let mut settings = self.session.settings().clone();
                self.read_aloud
                    .set_speed(self.session.reader(), &mut settings, s);
                *self.session.settings_mut() = settings;
            }
            Command::SetVolume(v) => self.session.settings_mut().set_volume(v),
            Command::ShowTerm(term) => {
                let over = match self.overlay {
                    Overlay::List(p) => Some(p),
                    _ => None,
                };
                self.overlay = Overlay::Card { term, over };
            }
            Command::DismissNotice => self.notice = self.session.take_notice(),
            Command::OpenMapAt(year) => {
                if let Some(i) = self.reader().story().map_for_year(Some(year)) {
                    self.overlay = Overlay::Map(i);
                }
            }
            Command::MapAt(i) => {
                if i < self.reader().story().maps.len() {
                    self.overlay = Overlay::Map(i);
                }
            }
        }
    }

    fn run_ui(&mut self, ctx: &egui::Context, command: UiCommand) {
        if let Some(action) = commands::reader_action(command) {
            self.typed.clear();
            self.run(ctx, Command::Reader(action));
            return;
        }
        match command {
            UiCommand::Digit(d) => {
                if self.typed.len() < 4 {
                    self.typed.push(char::from(b'0' + d));
                }
            }
            UiCommand::DeleteDigit => {
                self.typed.pop();
            }
            UiCommand::ClearTyped => self.typed.clear(),
            UiCommand::JumpTyped => {
                let typed = std::mem::take(&mut self.typed);
                if let Ok(n) = typed.parse::<usize>() {
                    self.run(ctx, Command::JumpToPage(n));
                }
            }
            UiCommand::ToggleFullscreen => {
                let full = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(!full));
            }
            UiCommand::LeaveFullscreen => {
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
            }
            UiCommand::Bigger => self.session.settings_mut().step_text_size(1),
            UiCommand::Smaller => self.session.settings_mut().step_text_size(-1),
            UiCommand::StartProjection => {
                self.projection.get_or_insert_with(Projection::start);
                self.overlay = Overlay::None;
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
            }
            UiCommand::LeaveProjection => {
                self.projection = None;
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
            }
            UiCommand::TogglePresenter => {
                if let Some(p) = &mut self.projection {
                    p.presenter = !p.presenter;
                }
            }
            UiCommand::Blank => {
                if let Some(p) = &mut self.projection {
                    p.blank = !p.blank;
                }
            }
            UiCommand::Unblank => {
                if let Some(p) = &mut self.projection {
                    p.blank = false;
                }
            }
            UiCommand::OpenMap => {
                let reader = self.reader();
                let year = reader
                    .current_chapter()
                    .and_then(|c| reader.story().chapter(c).year);
                if let Some(i) = reader.story().map_for_year(year) {
                    self.overlay = Overlay::Map(i);
                }
            }
            UiCommand::MapBack | UiCommand::MapNext => {
                let n = self.reader().story().maps.len();
                if let Overlay::Map(i) = &mut self.overlay {
                    *i = if command == UiCommand::MapNext {
                        (*i + 1).min(n.saturating_sub(1))
                    } else {
                        i.saturating_sub(1)
                    };
                }
            }
            UiCommand::Open(Panel::Profiles) => {
                self.overlay = Overlay::Profiles(ProfileForm {
                    colour: 1,
                    summary: self.session.summary(),
                    ..ProfileForm::default()
                });
            }
            UiCommand::Open(panel) => self.overlay = Overlay::List(panel),
            UiCommand::Close => {
                self.overlay = match &self.overlay {
                    Overlay::Card { over: Some(p), .. } => Overlay::List(*p),
                    _ => Overlay::None,
                };
            }
            UiCommand::TogglePlay => {
                let (reader, settings) = (self.session.reader(), self.session.settings());
                self.read_aloud.toggle_play(reader, settings);
            }
            UiCommand::ToggleAuto => {
                let mut settings = self.session.settings().clone();
                self.read_aloud
                    .toggle_auto(self.session.reader(), &mut settings);
                *self.session.settings_mut() = settings;
            }
            UiCommand::Next
            | UiCommand::Back
            | UiCommand::Home
            | UiCommand::Choose(_)
            | UiCommand::VoteUp(_)
            | UiCommand::VoteDown(_)
            | UiCommand::Reveal => {}
        }
    }

    /// After another reader took over: back to the story, with their own notice.
    fn after_switch(&mut self) {
        self.overlay = Overlay::None;
        self.notice = self.session.take_notice();
    }
}

/// Draws what is open over the story, or the story itself.
fn draw_overlay(
    ui: &mut egui::Ui,
    cx: &mut ViewCx<'_>,
    overlay: &mut Overlay,
    profiles: &crate::session::Profiles,
) {
    let m = cx.m;
    let list = |ui: &mut egui::Ui, cx: &mut ViewCx<'_>, panel: Panel| {
        egui::Frame::new()
            .inner_margin(m.margin())
            .show(ui, |ui| match panel {
                Panel::People => people_view::ui(ui, cx),
                Panel::Timeline => timeline_view::ui(ui, cx),
                Panel::Glossary => glossary_view::ui(ui, cx),
                // The profiles screen has a form of its own: never a plain list.
                Panel::Profiles => {}
            });
    };
    match overlay {
        Overlay::Map(i) => map_view::ui(ui, cx, *i),
        Overlay::List(panel)
        | Overlay::Card {
            over: Some(panel), ..
        } => list(ui, cx, *panel),
        Overlay::Profiles(form) => {
            egui::Frame::new()
                .inner_margin(m.margin())
                .show(ui, |ui| profiles_view::ui(ui, cx, profiles, form));
        }
        Overlay::None | Overlay::Card { over: None, .. } => {
            let place = cx.reader.place();
            place_ui(ui, cx, place);
        }
    }
}

/// The page the digits typed so far would jump to.
fn typed_page(story: &Story, typed: &str) -> Option<PageId> {
    story.main_page(typed.parse().ok()?)
}

impl eframe::App for LanternApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE.fill(self.theme().paper))
            .show(ui, |ui| self.show(ui));
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        self.theme().paper.to_normalized_gamma_f32()
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Whatever the last frame queued is written before the process ends.
        self.session.tick();
        self.session.flush();
    }
}
