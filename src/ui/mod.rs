//! The egui app: thin views that render [`Reader`] state and send it actions.
//!
//! Each frame: keys become [`Command`]s and are applied first (so a page-turn key is answered in
//! the same frame), then the view for the reader's place draws and adds its own commands, which
//! are applied after drawing, in order. Views never change state directly.

mod bench;
mod chapter_end_view;
mod chapters_view;
mod end_view;
mod glossary_card;
mod glossary_view;
mod map_view;
mod page_view;
mod people_view;
pub mod pictures;
mod presenter_view;
pub mod profiles;
mod profiles_view;
mod prompt_view;
pub mod read_aloud;
mod saver;
pub mod style;
mod timeline_view;
mod title_view;
mod vote_view;
mod widgets;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use egui::{Key, Modifiers, ViewportCommand};

use crate::cli::Cli;
use crate::reader::{Action, Place, Reader, SaveLoaded, SaveStore};
use crate::story::{self, DirPack, LoadOptions, Pack, Story};
use pictures::{Pictures, Want};
use style::{Metrics, TEXT_SCALES};

/// Something the app should do, collected during a frame and applied after drawing.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Pass an action to the reader.
    Reader(Action),
    /// Toggle full screen.
    ToggleFullscreen,
    /// Leave full screen (Esc).
    LeaveFullscreen,
    /// Make text bigger (+1) or smaller (-1).
    TextSize(i32),
    /// Show a glossary card.
    ShowTerm(String),
    /// Close the glossary card.
    CloseCard,
    /// Hide the notice bar.
    DismissNotice,
    /// Open the map through time at the current chapter's date.
    OpenMap,
    /// Open the map through time at a year.
    OpenMapAt(i32),
    /// Close the map.
    CloseMap,
    /// Show an earlier (-1) or later (+1) map.
    MapStep(i32),
    /// Show map number n.
    MapAt(usize),
    /// Pause or go on reading aloud (P).
    TogglePlay,
    /// Auto read-aloud on or off (A).
    ToggleAuto,
    /// Read the page from word n (a tap on a word).
    PlayFromWord(usize),
    /// Read a glossary term aloud.
    PlayTerm(String),
    /// Switch the voice speed.
    SetSpeed(crate::narration::Speed),
    /// Set the volume.
    SetVolume(f32),
    /// Choose a colour theme (index into the themes).
    SetTheme(usize),
    /// Choose the text font.
    SetFont(style::FontChoice),
    /// Set the line spacing.
    SetLineSpacing(f32),
    /// Start projection mode: full screen, page only, presenter window (F5).
    StartProjection,
    /// Leave projection mode (Esc).
    LeaveProjection,
    /// Blank the projected screen, or bring it back (B or .).
    ToggleBlank,
    /// Jump to main page number n, counting from 1 (typed digits + Enter).
    JumpToPage(usize),
    /// Show or hide the presenter window while projecting (F6).
    TogglePresenter,
    /// Open a list: who's who, the timeline, or the glossary.
    OpenPanel(Panel),
    /// Close the open list.
    ClosePanel,
    /// Read as another profile.
    SwitchProfile(String),
    /// Add a reader profile with a name and colour, and switch to it.
    AddProfile(String, usize),
}

/// Lists that open over the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// Who's who (W).
    People,
    /// The timeline (T).
    Timeline,
    /// The glossary (G).
    Glossary,
    /// Who is reading: switch, add, summary.
    Profiles,
}

/// Everything a view needs for one frame, borrowed from the app.
pub struct ViewCx<'a> {
    /// The reading session.
    pub reader: &'a Reader,
    /// The story.
    pub story: &'a Story,
    /// Sizes for this frame.
    pub m: Metrics,
    /// The picture cache.
    pub pictures: &'a mut Pictures,
    /// Commands the view wants run.
    pub commands: &'a mut Vec<Command>,
    /// The word of the current page being read aloud, if any.
    pub highlight: Option<usize>,
    /// Read-aloud settings and state, for the controls.
    pub sound: SoundState,
    /// Projection mode: the page large, no small controls.
    pub projection: bool,
    /// The text font in use.
    pub font: style::FontChoice,
    /// Who is reading: name and colour.
    pub profile: (&'a str, egui::Color32),
}

/// What the sound controls show.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SoundState {
    /// Auto read-aloud is on.
    pub auto: bool,
    /// A clip is loaded and paused.
    pub paused: bool,
    /// Something is being read.
    pub reading: bool,
    /// Voice speed.
    pub speed: crate::narration::Speed,
    /// Volume.
    pub volume: f32,
}

/// Settings remembered between runs.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Index into [`TEXT_SCALES`].
    pub text_scale: usize,
    /// Auto read-aloud on.
    pub read_aloud: bool,
    /// Voice speed.
    pub speed: crate::narration::Speed,
    /// Volume, 0.0–1.0.
    pub volume: f32,
    /// Index into [`style::THEMES`].
    pub theme: usize,
    /// The text font.
    pub font: style::FontChoice,
    /// Line spacing, 1.2–2.0.
    pub line_spacing: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            text_scale: 2,
            read_aloud: false,
            speed: crate::narration::Speed::Normal,
            volume: 1.0,
            theme: 0,
            font: style::FontChoice::Andika,
            line_spacing: 1.6,
        }
    }
}

impl ViewCx<'_> {
    /// A second borrow of the same context, for drawing a second window in the same frame.
    pub fn reborrow(&mut self) -> ViewCx<'_> {
        ViewCx {
            reader: self.reader,
            story: self.story,
            m: self.m,
            pictures: self.pictures,
            commands: self.commands,
            highlight: self.highlight,
            sound: self.sound,
            projection: self.projection,
            font: self.font,
            profile: self.profile,
        }
    }

    /// Queues a reader action.
    pub fn act(&mut self, action: Action) {
        self.commands.push(Command::Reader(action));
    }
}

/// A screenshot that `--screenshot` waits for.
struct ScreenshotPlan {
    path: PathBuf,
    not_before: std::time::Instant,
    frames: u32,
    requested: bool,
    image: Arc<Mutex<Option<Arc<egui::ColorImage>>>>,
}

/// The Lantern window's state.
pub struct LanternApp {
    reader: Reader,
    pack: Arc<dyn Pack>,
    pictures: Option<Pictures>,
    store: Option<SaveStore>,
    profiles: profiles::Profiles,
    saved_profiles: Option<profiles::Profiles>,
    settings: Settings,
    summary: Vec<profiles_view::SummaryRow>,
    new_name: String,
    new_colour: usize,
    pages_read: usize,
    read_aloud: Option<read_aloud::ReadAloud>,
    applied_look: Option<(style::FontChoice, usize)>,
    narrator_override: Option<Box<dyn crate::narration::Narrator + Send>>,
    notice: Option<String>,
    card: Option<String>,
    /// The map through time, when open: index into the story's maps.
    map: Option<usize>,
    panel: Option<Panel>,
    projection: Option<std::time::Instant>,
    presenter: bool,
    blank: bool,
    typed: String,
    screenshot: Option<ScreenshotPlan>,
    /// The reader revision last saved; `None` forces a save.
    last_saved: Option<u64>,
    /// `--bench`: a measurement driving the window.
    bench: Option<bench::Bench>,
    /// The reader was told their place cannot be saved (until a save works again).
    save_failed: bool,
    /// The cover, rasterised while the window opens (handed to [`Pictures`] on the first frame).
    warm: Option<pictures::Warm>,
    /// The fonts whose glyphs were drawn ahead for this window size and font (see
    /// [`LanternApp::warm_glyphs`]).
    warmed: Option<(style::FontChoice, Vec<egui::FontId>)>,
    /// Every character the story's text uses, once.
    charset: String,
    /// Frames drawn so far.
    frames_shown: u64,
    /// Writes saves on its own thread; present when there is a store.
    saver: Option<saver::Saver>,
    /// The window, for the saver to wake once it exists.
    wake: Arc<std::sync::OnceLock<egui::Context>>,
}

impl LanternApp {
    /// An app reading `story` from `pack`, saving to `store` (none: nothing is saved).
    pub fn new(story: Arc<Story>, pack: Arc<dyn Pack>, store: Option<SaveStore>) -> Self {
        let profiles: profiles::Profiles = store
            .as_ref()
            .and_then(|s| s.load_json(profiles::FILE))
            .unwrap_or_default();
        let profiles = profiles.repaired();
        let settings = profiles.current().settings.clone();
        let (reader, notice) = load_reader(store.as_ref(), &profiles.current().id, &story);
        let pages_read = reader.progress().0;
        let wake: Arc<std::sync::OnceLock<egui::Context>> = Arc::default();
        let saver = store.as_ref().map(|_| {
            let wake = wake.clone();
            saver::Saver::new(move || {
                if let Some(ctx) = wake.get() {
                    ctx.request_repaint();
                }
            })
        });
        // What was just read from disk needs no saving until it changes.
        let last_saved = Some(reader.revision());
        let saved_profiles = Some(profiles.clone());
        Self {
            reader,
            pack,
            pictures: None,
            store,
            profiles,
            saved_profiles,
            settings,
            summary: Vec::new(),
            new_name: String::new(),
            new_colour: 1,
            pages_read,
            read_aloud: None,
            applied_look: None,
            narrator_override: None,
            notice,
            card: None,
            map: None,
            panel: None,
            projection: None,
            presenter: true,
            blank: false,
            typed: String::new(),
            screenshot: None,
            last_saved,
            bench: None,
            save_failed: false,
            warm: None,
            warmed: None,
            charset: story_charset(&story),
            frames_shown: 0,
            saver,
            wake,
        }
    }

    /// The reader profiles.
    pub fn profiles(&self) -> &profiles::Profiles {
        &self.profiles
    }

    /// The reading session (for tests and hosts).
    pub fn reader(&self) -> &Reader {
        &self.reader
    }

    /// The message shown in the notice bar, if any.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The glossary term whose card is open, if any.
    pub fn open_card(&self) -> Option<&str> {
        self.card.as_deref()
    }

    /// The map shown, if the map through time is open: its year.
    pub fn open_map(&self) -> Option<i32> {
        self.map
            .and_then(|i| self.reader.story().maps.get(i))
            .map(|m| m.year)
    }

    /// Whether projection mode is on.
    pub fn projecting(&self) -> bool {
        self.projection.is_some()
    }

    /// Whether the projected screen is blanked.
    pub fn blanked(&self) -> bool {
        self.blank
    }

    /// Digits typed so far for a page jump.
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// The text-size multiplier in use.
    pub fn text_scale(&self) -> f32 {
        TEXT_SCALES[self.settings.text_scale.min(TEXT_SCALES.len() - 1)]
    }

    /// The settings in use.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The colour theme in use.
    pub fn theme(&self) -> style::Theme {
        style::THEMES[self.settings.theme.min(style::THEMES.len() - 1)]
    }

    /// Plays narration through `narrator` instead of the sound device (tests, benchmarks).
    pub fn use_narrator(&mut self, narrator: Box<dyn crate::narration::Narrator + Send>) {
        self.narrator_override = Some(narrator);
    }

    /// The read-aloud controller, once the first frame has created it.
    pub fn read_aloud(&self) -> Option<&read_aloud::ReadAloud> {
        self.read_aloud.as_ref()
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
        let ra = self.read_aloud.get_or_insert_with(|| {
            let wake = ctx.clone();
            let mut ra =
                read_aloud::ReadAloud::new(self.pack.clone(), move || wake.request_repaint());
            if let Some(n) = self.narrator_override.take() {
                ra = ra.with_narrator(n);
            }
            ra.auto = self.settings.read_aloud;
            ra.speed = self.settings.speed;
            ra.volume = self.settings.volume;
            ra
        });
        if let Some(action) = ra.step(&self.reader) {
            self.reader.apply(action);
        }
        if let Some(msg) = ra.notice.take() {
            self.notice = Some(msg);
        }
        let mode = KeyMode {
            panel_open: self.panel.is_some(),
            card_open: self.card.is_some(),
            map_open: self.map.is_some(),
            projection: self.projection.is_some(),
            blank: self.blank,
        };
        // Keys act before drawing, so the frame that sees a page-turn key shows the new page.
        for c in keys(&ctx, &self.reader, mode, &mut self.typed) {
            self.run(&ctx, c);
        }
        let Some(ra) = self.read_aloud.as_mut() else {
            return;
        };
        if let Some(action) = ra.step(&self.reader) {
            // A key may have moved the reader: start its clip in this frame too.
            self.reader.apply(action);
        }
        let pictures = self
            .pictures
            .get_or_insert_with(|| Pictures::new(self.pack.clone(), &ctx));
        let highlight = match self.reader.place() {
            Place::Page(p) => ra.highlight(p),
            _ => None,
        };
        let sound = SoundState {
            auto: ra.auto,
            paused: ra.paused(),
            reading: ra.current().is_some(),
            speed: ra.speed,
            volume: ra.volume,
        };
        let mut commands = Vec::new();
        let scale = TEXT_SCALES[self.settings.text_scale.min(TEXT_SCALES.len() - 1)];
        let theme = style::THEMES[self.settings.theme.min(style::THEMES.len() - 1)];
        let sized = if self.projection.is_some() {
            Metrics::projected
        } else {
            Metrics::new
        };
        let m = sized(ui.available_size(), scale).styled(theme, self.settings.line_spacing);
        // Fonts and egui's own colours change only when the reader changes them.
        let look = (self.settings.font, self.settings.theme);
        if self.applied_look != Some(look) {
            style::set_font(&ctx, look.0);
            style::set_theme(&ctx, &theme);
            self.applied_look = Some(look);
        }
        let story = self.reader.story().clone();
        let mut cx = ViewCx {
            reader: &self.reader,
            story: &story,
            m,
            pictures,
            commands: &mut commands,
            highlight,
            sound,
            projection: self.projection.is_some(),
            font: self.settings.font,
            profile: (
                self.profiles.current().name.as_str(),
                profiles::COLOURS[self.profiles.current().colour % profiles::COLOURS.len()],
            ),
        };
        let window = ui.available_rect_before_wrap();
        if let Some(p) = typed_page(&story, &self.typed) {
            // A page number is being typed: start its picture now, so it is ready at Enter.
            let reading = widgets::frame_rects(window, m, cx.projection).middle;
            let size = page_view::page_split(&cx, p, reading).picture.size();
            cx.pictures.prefetch(
                &story.page(p).picture.path,
                size * ctx.pixels_per_point(),
                Want::Soon,
            );
        }
        if self.blank {
            ui.painter()
                .rect_filled(ui.max_rect(), 0.0, egui::Color32::BLACK);
        } else {
            if let Some(msg) = &self.notice
                && self.projection.is_none()
            {
                widgets::notice_bar(ui, &mut cx, msg);
            }
            match (self.map, self.panel, self.reader.place()) {
                (Some(i), _, _) => map_view::ui(ui, &mut cx, i),
                (None, Some(panel), _) => {
                    egui::Frame::new()
                        .inner_margin(m.margin())
                        .show(ui, |ui| match panel {
                            Panel::People => people_view::ui(ui, &mut cx),
                            Panel::Timeline => timeline_view::ui(ui, &mut cx),
                            Panel::Glossary => glossary_view::ui(ui, &mut cx),
                            Panel::Profiles => profiles_view::ui(
                                ui,
                                &mut cx,
                                &self.profiles,
                                &self.summary,
                                &mut self.new_name,
                                &mut self.new_colour,
                            ),
                        })
                        .inner
                }
                (None, None, place) => place_ui(ui, &mut cx, place),
            }
        }
        if let Some(started) = self.projection.filter(|_| self.presenter) {
            let clock = presenter_clock(started.elapsed());
            let builder = egui::ViewportBuilder::default()
                .with_title("Lantern — presenter view")
                .with_inner_size([1100.0, 760.0]);
            let close = ctx.show_viewport_immediate(
                egui::ViewportId::from_hash_of("presenter"),
                builder,
                |ui, _| {
                    // The teacher's window keeps its own sizes: it is read up close, not projected.
                    let mut pcx = ViewCx {
                        m: Metrics::new(egui::Vec2::new(1600.0, 900.0), 0.8),
                        ..cx.reborrow()
                    };
                    egui::CentralPanel::default()
                        .frame(egui::Frame::NONE.fill(pcx.m.c.paper).inner_margin(16.0))
                        .show(ui, |ui| presenter_view::ui(ui, &mut pcx, &clock));
                    ui.ctx().input(|i| i.viewport().close_requested())
                },
            );
            if close {
                cx.commands.push(Command::LeaveProjection);
            }
            // The presenter's clock ticks once a second, and only while presenting.
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
        if let Some(term) = &self.card {
            glossary_card::ui(&ctx, &mut cx, term);
        }
        for c in commands {
            self.run(&ctx, c);
        }
        self.log_reading();
        self.save_if_changed();
        self.screenshot_step(&ctx);
        self.warm_glyphs(&ctx, m);
        self.frames_shown += 1;
        if let Some(wait) = self
            .read_aloud
            .as_ref()
            .and_then(read_aloud::ReadAloud::next_wake)
        {
            // The highlight moves with the voice: the next frame is due when the lit word changes.
            ctx.request_repaint_after(wait);
        }
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Reader(action) => {
                self.card = None;
                self.panel = None;
                self.reader.apply(action);
            }
            Command::ToggleFullscreen => {
                let full = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(!full));
            }
            Command::LeaveFullscreen => ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false)),
            Command::TextSize(step) => {
                let max = TEXT_SCALES.len() - 1;
                self.settings.text_scale = self
                    .settings
                    .text_scale
                    .saturating_add_signed(step as isize)
                    .min(max);
            }
            Command::SetTheme(t) => self.settings.theme = t.min(style::THEMES.len() - 1),
            Command::SetFont(f) => self.settings.font = f,
            Command::SetLineSpacing(l) => self.settings.line_spacing = l.clamp(1.2, 2.0),
            Command::StartProjection => {
                self.projection.get_or_insert_with(std::time::Instant::now);
                self.map = None;
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
            }
            Command::LeaveProjection => {
                self.projection = None;
                self.blank = false;
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
            }
            Command::ToggleBlank => self.blank = !self.blank,
            Command::TogglePresenter => self.presenter = !self.presenter,
            Command::OpenPanel(p) => {
                self.map = None;
                self.panel = Some(p);
                if p == Panel::Profiles {
                    self.summary = self.summarise();
                }
            }
            Command::ClosePanel => self.panel = None,
            Command::SwitchProfile(id) => self.switch_profile(&id),
            Command::AddProfile(name, colour) => {
                if let Some(id) = self.profiles.add(&name, colour) {
                    self.switch_profile(&id);
                }
            }
            Command::JumpToPage(n) => {
                let story = self.reader.story().clone();
                if let Some(p) = main_page(&story, n) {
                    self.map = None;
                    self.reader.apply(Action::GoTo(p));
                }
            }
            Command::TogglePlay
            | Command::ToggleAuto
            | Command::PlayFromWord(_)
            | Command::PlayTerm(_)
            | Command::SetSpeed(_)
            | Command::SetVolume(_) => self.run_sound(command),
            Command::ShowTerm(t) => self.card = Some(t),
            Command::CloseCard => self.card = None,
            Command::DismissNotice => self.notice = None,
            Command::OpenMap => {
                self.panel = None;
                let story = self.reader.story();
                let year = self
                    .reader
                    .current_chapter()
                    .and_then(|c| story.chapter(c).year);
                if !story.maps.is_empty() {
                    self.map = Some(map_view::index_for_year(story, year));
                }
            }
            Command::OpenMapAt(year) => {
                let story = self.reader.story();
                if !story.maps.is_empty() {
                    self.map = Some(map_view::index_for_year(story, Some(year)));
                }
            }
            Command::CloseMap => self.map = None,
            Command::MapStep(step) => {
                let n = self.reader.story().maps.len();
                if let Some(i) = self.map {
                    self.map = Some(
                        i.saturating_add_signed(step as isize)
                            .min(n.saturating_sub(1)),
                    );
                }
            }
            Command::MapAt(i) => {
                if i < self.reader.story().maps.len() {
                    self.map = Some(i);
                }
            }
        }
    }

    fn switch_profile(&mut self, id: &str) {
        if !self.profiles.profiles.iter().any(|p| p.id == id) {
            return;
        }
        self.save_if_changed();
        self.flush_saves();
        self.profiles.current = id.to_owned();
        self.settings = self.profiles.current().settings.clone();
        let story = self.reader.story().clone();
        let (reader, notice) = load_reader(self.store.as_ref(), id, &story);
        self.reader = reader;
        self.pages_read = self.reader.progress().0;
        self.notice = notice;
        self.last_saved = Some(self.reader.revision());
        self.panel = None;
        self.map = None;
        if let Some(ra) = &mut self.read_aloud {
            ra.auto = self.settings.read_aloud;
            ra.speed = self.settings.speed;
            ra.set_volume(self.settings.volume);
        }
        self.summary = self.summarise();
    }

    /// What every profile has done, for the summary screen.
    fn summarise(&self) -> Vec<profiles_view::SummaryRow> {
        self.flush_saves();
        let story = self.reader.story().clone();
        self.profiles
            .profiles
            .iter()
            .map(|p| {
                let reader = if p.id == self.profiles.current {
                    self.reader.clone()
                } else {
                    self.store
                        .as_ref()
                        .and_then(|s| {
                            s.load_json::<crate::reader::SaveData>(&format!("{}.json", p.id))
                        })
                        .and_then(|d| Reader::from_save(story.clone(), &d).ok())
                        .unwrap_or_else(|| Reader::new(story.clone()))
                };
                let score = reader.score();
                profiles_view::SummaryRow {
                    id: p.id.clone(),
                    pages: reader.progress(),
                    guesses: (score.correct, score.answered),
                    quiz: reader.quiz_score(),
                    days: p.log.len(),
                    last_day: p.log.keys().next_back().cloned(),
                }
            })
            .collect()
    }

    fn run_sound(&mut self, command: Command) {
        let Some(ra) = &mut self.read_aloud else {
            return;
        };
        match command {
            Command::TogglePlay => ra.toggle_play(&self.reader),
            Command::ToggleAuto => {
                ra.toggle_auto(&self.reader);
                self.settings.read_aloud = ra.auto;
            }
            Command::PlayFromWord(w) => ra.play_from_word(&self.reader, w),
            Command::PlayTerm(t) => ra.play_term(&self.reader, &t),
            Command::SetSpeed(s) => {
                ra.set_speed(&self.reader, s);
                self.settings.speed = s;
            }
            Command::SetVolume(v) => {
                ra.set_volume(v);
                self.settings.volume = ra.volume;
            }
            _ => {}
        }
    }

    /// Counts newly read pages into today's line of the reading log.
    fn log_reading(&mut self) {
        let read = self.reader.progress().0;
        if read > self.pages_read {
            let added = u32::try_from(read - self.pages_read).unwrap_or(u32::MAX);
            *self
                .profiles
                .current_mut()
                .log
                .entry(profiles::today())
                .or_insert(0) += added;
        }
        self.pages_read = read;
    }

    fn save_if_changed(&mut self) {
        let (Some(store), Some(saver)) = (&self.store, &self.saver) else {
            return;
        };
        for result in saver.results() {
            match result {
                // Told once: a read-only home would otherwise bring the notice back at every
                // turn. A notice already showing is not replaced; the next failure tells.
                Err(e) if !self.save_failed && self.notice.is_none() => {
                    self.save_failed = true;
                    self.notice = Some(format!(
                        "Your place cannot be saved ({e}); reading goes on, but it will not be \
                         remembered."
                    ));
                }
                Err(_) => {}
                Ok(()) => self.save_failed = false,
            }
        }
        if self.profiles.current().settings != self.settings {
            self.profiles.current_mut().settings = self.settings.clone();
        }
        if self.saved_profiles.as_ref() != Some(&self.profiles) {
            if let Ok(json) = crate::reader::save::encode(&self.profiles) {
                saver.write(store.dir().join(profiles::FILE), json);
            }
            self.saved_profiles = Some(self.profiles.clone());
        }
        let revision = self.reader.revision();
        if self.last_saved == Some(revision) {
            return;
        }
        if let Ok(json) = crate::reader::save::encode(&self.reader.to_save()) {
            saver.write(store.path(&self.profiles.current().id), json);
        }
        self.last_saved = Some(revision);
    }

    /// Draws every character of the story into egui's glyph atlas at every size a reading
    /// screen uses, once per window size and font, in the frame after the first one is shown.
    ///
    /// egui draws a glyph the first time it is laid out at a size, inside that frame: without
    /// this, the first reading's page turns each paid for new glyphs (a p99 of 25 ms of the
    /// app's own time against 9 ms on a second reading).
    fn warm_glyphs(&mut self, ctx: &egui::Context, m: Metrics) {
        // The font choice is part of the key: switching fonts keeps the same FontIds.
        let fonts = (
            self.settings.font,
            widgets::reading_fonts(m, self.projection.is_some()),
        );
        if self.warmed.as_ref() == Some(&fonts) {
            return;
        }
        if self.frames_shown == 0 {
            // Not in the very first frame: the title screen comes first.
            ctx.request_repaint();
            return;
        }
        ctx.fonts_mut(|f| {
            for font in &fonts.1 {
                let _ = f.layout_no_wrap(self.charset.clone(), font.clone(), egui::Color32::BLACK);
            }
        });
        self.warmed = Some(fonts);
    }

    /// Whether the picture at `path` is decoded and ready to draw (for tests).
    pub fn picture_ready(&self, path: &str) -> bool {
        self.pictures.as_ref().is_some_and(|p| p.has(path))
    }

    /// Waits until every queued save is on disk (before a save is read back, and in tests).
    pub fn flush_saves(&self) {
        if let Some(s) = &self.saver {
            s.flush();
        }
    }

    fn screenshot_step(&mut self, ctx: &egui::Context) {
        let Some(plan) = &mut self.screenshot else {
            return;
        };
        plan.frames += 1;
        let taken = plan.image.lock().ok().and_then(|mut g| g.take());
        if let Some(image) = taken {
            let code = match save_png(&plan.path, &image) {
                Ok(()) => 0,
                Err(e) => {
                    eprintln!("lantern: cannot write the screenshot: {e}");
                    1
                }
            };
            SCREENSHOT_EXIT.store(code, std::sync::atomic::Ordering::SeqCst);
            ctx.send_viewport_cmd(ViewportCommand::Close);
            self.screenshot = None;
            return;
        }
        let busy = self.pictures.as_ref().is_some_and(Pictures::busy);
        if !plan.requested
            && plan.frames >= 4
            && !busy
            && std::time::Instant::now() >= plan.not_before
        {
            plan.requested = true;
            let slot = plan.image.clone();
            ctx.request_screenshot(move |img| {
                if let Ok(mut g) = slot.lock() {
                    *g = Some(img);
                }
            });
        }
        // Screenshot mode is the one case that keeps painting without input.
        ctx.request_repaint();
    }
}

/// The heading of a list view, with the way back to the story.
pub(crate) fn list_header(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, title: &str) {
    let m = cx.m;
    ui.horizontal(|ui| {
        if style::big_button(ui, m, "← Back to the story", false).clicked() {
            cx.commands.push(Command::ClosePanel);
        }
        ui.add_space(m.margin());
        ui.label(m.heading_text(title).color(m.c.ink));
    });
    ui.add_space(m.margin() * 0.4);
}

/// Draws the view for a place in the book.
fn place_ui(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, place: Place) {
    match place {
        Place::Title => title_view::ui(ui, cx),
        Place::Chapters => chapters_view::ui(ui, cx),
        Place::Page(p) => page_view::ui(ui, cx, p),
        Place::Prompt(p) => prompt_view::ui(ui, cx, p),
        Place::ChapterEnd(c) => chapter_end_view::ui(ui, cx, c),
        Place::End => end_view::ui(ui, cx),
    }
}

static SCREENSHOT_EXIT: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let [w, h] = image.size;
    let mut rgba = Vec::with_capacity(w * h * 4);
    for p in &image.pixels {
        rgba.extend_from_slice(&p.to_srgba_unmultiplied());
    }
    let buf = image::RgbaImage::from_raw(w as u32, h as u32, rgba).ok_or("bad image size")?;
    buf.save(path).map_err(|e| e.to_string())
}

/// Loads a profile's session, with a notice when its save had to be set aside.
fn load_reader(
    store: Option<&SaveStore>,
    profile: &str,
    story: &Arc<Story>,
) -> (Reader, Option<String>) {
    match store.map(|s| s.load(profile, story)) {
        Some(SaveLoaded::SetAside {
            reader,
            backup,
            reason,
        }) => {
            let kept = match backup {
                Some(b) => format!("The old save was kept as {}.", b.display()),
                None => "The old save could not be moved aside.".to_owned(),
            };
            let notice = format!(
                "Your saved place could not be used ({reason}), so reading starts fresh. {kept}"
            );
            (reader, Some(notice))
        }
        Some(other) => (other.into_reader(), None),
        None => (Reader::new(story.clone()), None),
    }
}

/// Every character of the story's titles, pages, prompts and glossary, each once.
fn story_charset(story: &Story) -> String {
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

/// Main page number `n` (counting from 1, side trips left out), as typed to jump.
fn main_page(story: &Story, n: usize) -> Option<crate::story::PageId> {
    let i = n.checked_sub(1)?;
    story
        .chapters
        .iter()
        .flat_map(|c| c.pages.iter())
        .nth(i)
        .copied()
}

/// The page the digits typed so far would jump to.
fn typed_page(story: &Story, typed: &str) -> Option<crate::story::PageId> {
    main_page(story, typed.parse().ok()?)
}

/// What the keys mean depends on what is open.
#[derive(Clone, Copy, Debug)]
struct KeyMode {
    panel_open: bool,
    card_open: bool,
    map_open: bool,
    projection: bool,
    blank: bool,
}

/// The digit keys 0–9, in order (typing a page number jumps to it).
pub const DIGITS: [Key; 10] = [
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// Turns key presses into commands. Keys are consumed before any widget sees them, so Space
/// turns the page instead of also pressing a focused button.
fn keys(ctx: &egui::Context, reader: &Reader, mode: KeyMode, typed: &mut String) -> Vec<Command> {
    let mut out = Vec::new();
    if ctx.egui_wants_keyboard_input() {
        // Typing a name: letters are letters. Esc still closes the list.
        if mode.panel_open && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            out.push(Command::ClosePanel);
        }
        return out;
    }
    // With a control focused by Tab, Space and Enter press it, as everywhere else.
    let focused = ctx.memory(|m| m.focused().is_some());
    ctx.input_mut(|i| {
        if mode.blank {
            // Any key brings the picture back, and does nothing else.
            let any = i
                .events
                .iter()
                .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }));
            i.events
                .retain(|e| !matches!(e, egui::Event::Key { .. } | egui::Event::Text(_)));
            if any {
                out.push(Command::ToggleBlank);
            }
            return;
        }
        let mut pressed = |m: Modifiers, k: Key| i.consume_key(m, k);
        if mode.card_open && pressed(Modifiers::NONE, Key::Escape) {
            out.push(Command::CloseCard);
            return;
        }
        if mode.panel_open && pressed(Modifiers::NONE, Key::Escape) {
            out.push(Command::ClosePanel);
            return;
        }
        if pressed(Modifiers::NONE, Key::F5) {
            out.push(Command::StartProjection);
        }
        if mode.projection && pressed(Modifiers::NONE, Key::F6) {
            out.push(Command::TogglePresenter);
        }
        if mode.projection
            && (pressed(Modifiers::NONE, Key::B) || pressed(Modifiers::NONE, Key::Period))
        {
            out.push(Command::ToggleBlank);
            return;
        }
        if mode.map_open {
            // While the map is open, turning keys move through time instead of pages.
            for k in [Key::Escape, Key::M, Key::Home] {
                if pressed(Modifiers::NONE, k) {
                    out.push(Command::CloseMap);
                }
            }
            for k in [Key::ArrowRight, Key::PageDown, Key::Space, Key::Enter] {
                if pressed(Modifiers::NONE, k) {
                    out.push(Command::MapStep(1));
                }
            }
            for k in [Key::ArrowLeft, Key::PageUp] {
                if pressed(Modifiers::NONE, k) {
                    out.push(Command::MapStep(-1));
                }
            }
            return;
        }
        if pressed(Modifiers::NONE, Key::Escape) {
            out.push(if mode.projection {
                Command::LeaveProjection
            } else {
                Command::LeaveFullscreen
            });
            typed.clear();
        }
        if pressed(Modifiers::NONE, Key::F11) {
            out.push(Command::ToggleFullscreen);
        }
        if pressed(Modifiers::NONE, Key::M) {
            out.push(Command::OpenMap);
        }
        for (k, panel) in [
            (Key::W, Panel::People),
            (Key::T, Panel::Timeline),
            (Key::G, Panel::Glossary),
        ] {
            if pressed(Modifiers::NONE, k) {
                out.push(Command::OpenPanel(panel));
            }
        }
        if pressed(Modifiers::NONE, Key::P) {
            out.push(Command::TogglePlay);
        }
        if pressed(Modifiers::NONE, Key::A) {
            out.push(Command::ToggleAuto);
        }
        for k in [Key::Plus, Key::Equals] {
            if pressed(Modifiers::COMMAND, k) {
                out.push(Command::TextSize(1));
            }
        }
        if pressed(Modifiers::COMMAND, Key::Minus) {
            out.push(Command::TextSize(-1));
        }
        let open_prompt = matches!(reader.place(), Place::Prompt(p) if reader.answer(p).is_none());
        // Number keys: a guess at an open prompt (a class vote when projecting), else the
        // digits of a page number to jump to with Enter.
        for (n, k) in DIGITS.into_iter().enumerate() {
            if open_prompt && (1..=4).contains(&n) {
                if mode.projection {
                    if pressed(Modifiers::SHIFT, k) {
                        out.push(Command::Reader(Action::Vote {
                            choice: n - 1,
                            delta: -1,
                        }));
                    }
                    if pressed(Modifiers::NONE, k) {
                        out.push(Command::Reader(Action::Vote {
                            choice: n - 1,
                            delta: 1,
                        }));
                    }
                } else if pressed(Modifiers::NONE, k) {
                    out.push(Command::Reader(Action::Choose(n - 1)));
                }
            } else if pressed(Modifiers::NONE, k) && typed.len() < 4 {
                typed.push(char::from(b'0' + n as u8));
            }
        }
        if pressed(Modifiers::NONE, Key::Backspace) {
            typed.pop();
        }
        if !focused && pressed(Modifiers::NONE, Key::Enter) {
            if let Ok(n) = typed.parse::<usize>() {
                out.push(Command::JumpToPage(n));
            } else if mode.projection && open_prompt {
                out.push(Command::Reader(Action::RevealVotes));
            } else {
                out.push(Command::Reader(Action::Next));
            }
            typed.clear();
        }
        for k in [Key::ArrowRight, Key::PageDown, Key::Space] {
            if (k != Key::Space || !focused) && pressed(Modifiers::NONE, k) {
                out.push(Command::Reader(Action::Next));
                typed.clear();
            }
        }
        for k in [Key::ArrowLeft, Key::PageUp] {
            if pressed(Modifiers::NONE, k) {
                out.push(Command::Reader(Action::Back));
                typed.clear();
            }
        }
        if pressed(Modifiers::NONE, Key::Home) {
            out.push(Command::Reader(Action::Home));
        }
    });
    out
}

fn presenter_clock(elapsed: std::time::Duration) -> String {
    let secs = elapsed.as_secs();
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

impl eframe::App for LanternApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let started = std::time::Instant::now();
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE.fill(self.theme().paper))
            .show(ui, |ui| self.show(ui));
        if self.bench.is_some() {
            bench::Bench::frame(self, ui.ctx(), started, started.elapsed());
        }
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if let Some(b) = &mut self.bench {
            b.input(&self.reader, &mut raw_input.events);
        }
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        self.theme().paper.to_normalized_gamma_f32()
    }
}

/// Loads the story the command line asks for: a folder, or the bundled one.
///
/// # Errors
/// Every problem, as `file:line:col: message` lines.
pub fn load_story(dir: Option<&std::path::Path>) -> Result<(Arc<Story>, Arc<dyn Pack>), String> {
    let pack: Arc<dyn Pack> = match dir {
        Some(d) => Arc::new(DirPack::new(d)),
        None => Arc::new(story::bundled_pack()),
    };
    let loaded = story::load(pack.as_ref(), LoadOptions::default());
    match loaded.story {
        Some(s) => {
            for d in &loaded.diagnostics {
                eprintln!("lantern: {d}");
            }
            Ok((Arc::new(s), pack))
        }
        None => Err(loaded
            .diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")),
    }
}

/// Puts the reader at the view a `--page` value names: a page id, `ID/prompt`, `ID/answer=N`,
/// `chapters`, `chapter-end=N` or `end` (N counts from 1).
///
/// # Errors
/// A message when the value names nothing in this story.
pub fn open_view(reader: &mut Reader, view: &str) -> Result<(), String> {
    let story = reader.story().clone();
    let (key, rest) = view.split_once('/').unwrap_or((view, ""));
    let number = |s: &str| {
        s.parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or(format!("bad number in \"{view}\""))
    };
    match key {
        "chapters" => {
            reader.apply(Action::OpenChapters);
        }
        "end" => {
            reader.apply(Action::JumpToChapter(crate::story::ChapterId(
                story.chapters.len() - 1,
            )));
            while reader.place() != Place::End {
                step_through(reader)?;
            }
        }
        _ if key.starts_with("chapter-end=") => {
            let n = number(&key["chapter-end=".len()..])?;
            let id = crate::story::ChapterId(n - 1);
            if n > story.chapters.len() {
                return Err(format!("there is no chapter {n}"));
            }
            reader.apply(Action::JumpToChapter(id));
            while reader.place() != Place::ChapterEnd(id) {
                step_through(reader)?;
            }
        }
        _ => {
            let page = story
                .page_by_key(key)
                .ok_or(format!("no page has the id \"{key}\""))?;
            reader.apply(Action::GoTo(page));
            if rest == "prompt" || rest.starts_with("answer=") || rest.starts_with("votes=") {
                if story.page(page).prompt.is_none() {
                    return Err(format!("page \"{key}\" has no prompt"));
                }
                reader.apply(Action::Next);
            }
            if let Some(tally) = rest.strip_prefix("votes=") {
                for (i, hands) in tally.split(',').enumerate() {
                    let delta = hands
                        .trim()
                        .parse()
                        .map_err(|_| format!("bad vote count in \"{view}\""))?;
                    reader.apply(Action::Vote { choice: i, delta });
                }
            }
            if let Some(n) = rest.strip_prefix("answer=") {
                reader.apply(Action::Choose(number(n)? - 1));
            }
        }
    }
    Ok(())
}

/// One step forward, answering any open prompt with its first choice.
fn step_through(reader: &mut Reader) -> Result<(), String> {
    let events = match reader.place() {
        Place::Prompt(p) if reader.answer(p).is_none() => reader.apply(Action::Choose(0)),
        _ => reader.apply(Action::Next),
    };
    if events == [crate::reader::Event::Ignored] {
        return Err("cannot step forward from here".into());
    }
    Ok(())
}

/// Opens the reader window.
pub fn run(cli: &Cli) -> ExitCode {
    let (w, h) = cli.size.unwrap_or((1280.0, 720.0));
    // The bundled story is checked when Lantern is built, so a plain launch loads it (and draws
    // the cover) while the window and its OpenGL context are being created. A story folder or
    // a `--page` may be wrong: those are checked before any window opens.
    let loading = if cli.story.is_none() && cli.page.is_none() {
        let owned = cli.clone();
        std::thread::Builder::new()
            .name("lantern-load".into())
            .spawn(move || prepare(&owned))
            .map_or_else(|_| Loading::Ready(Box::new(prepare(cli))), Loading::Thread)
    } else {
        Loading::Ready(Box::new(prepare(cli)))
    };
    let title = match &loading {
        Loading::Ready(p) => match &**p {
            Ok((_, title)) => title.clone(),
            Err((msg, code)) => {
                eprintln!("{msg}");
                return ExitCode::from(*code);
            }
        },
        Loading::Thread(_) => "Lantern".to_owned(),
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_inner_size([w, h])
        .with_min_inner_size([480.0, 360.0]);
    if cli.fullscreen || (cli.present && cli.screenshot.is_none()) {
        viewport = viewport.with_fullscreen(true);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let failed: Arc<Mutex<Option<(String, u8)>>> = Arc::default();
    let failed_in = failed.clone();
    let result = eframe::run_native(
        "lantern",
        options,
        Box::new(move |cc| {
            let prepared = match loading {
                Loading::Ready(p) => *p,
                Loading::Thread(handle) => handle
                    .join()
                    .unwrap_or_else(|_| Err(("lantern: loading the story failed".to_owned(), 1))),
            };
            let (app, title) = match prepared {
                Ok(x) => x,
                Err(e) => {
                    let msg = e.0.clone();
                    if let Ok(mut f) = failed_in.lock() {
                        *f = Some(e);
                    }
                    return Err(msg.into());
                }
            };
            cc.egui_ctx.send_viewport_cmd(ViewportCommand::Title(title));
            style::install(&cc.egui_ctx);
            Ok(Box::new(app))
        }),
    );
    if let Some((msg, code)) = failed.lock().ok().and_then(|mut f| f.take()) {
        eprintln!("{msg}");
        return ExitCode::from(code);
    }
    match result {
        Ok(()) => ExitCode::from(SCREENSHOT_EXIT.load(std::sync::atomic::Ordering::SeqCst)),
        Err(e) => {
            eprintln!("lantern: cannot open a window: {e}");
            eprintln!("{}", window_hint(&e.to_string()));
            ExitCode::from(1)
        }
    }
}

/// What [`prepare`] gives: the window's state and title, or what to tell the user and the
/// exit code.
type Prepared = Result<(LanternApp, String), (String, u8)>;

/// The window's state, ready or still being prepared on a thread.
enum Loading {
    Ready(Box<Prepared>),
    Thread(std::thread::JoinHandle<Prepared>),
}

/// Loads the story and the reader's save and sets up the window's state as `cli` asks, with
/// the window's title.
///
/// # Errors
/// What to tell the user, and the exit code.
fn prepare(cli: &Cli) -> Prepared {
    let (story, pack) = load_story(cli.story.as_deref()).map_err(|msg| {
        (
            format!("{msg}\nlantern: the story cannot be opened; run `lantern check` for details"),
            1,
        )
    })?;
    let data_dir = cli.data_dir.clone().or_else(SaveStore::platform_dir);
    // A screenshot run must not read or change a reader's real save.
    let store = if cli.screenshot.is_some() {
        None
    } else {
        data_dir.map(|d| SaveStore::new(d.join("saves")))
    };
    let mut app = LanternApp::new(story.clone(), pack, store);
    if cli.screenshot.is_some()
        && let Some(profiles) = cli.data_dir.as_ref().and_then(|d| {
            SaveStore::new(d.join("saves")).load_json::<profiles::Profiles>(profiles::FILE)
        })
    {
        let settings = profiles.repaired().current().settings.clone();
        // Screenshots may show a reader's look (theme, font), but never touch their save.
        app.settings = settings;
    }
    if let Some(path) = &cli.screenshot {
        // A screenshot shows read-aloud on its silent clock and never opens the sound device.
        app.use_narrator(Box::new(crate::narration::ClockNarrator::default()));
        if let Some(year) = cli.page.as_deref().and_then(|v| v.strip_prefix("map=")) {
            let year = year.parse().ok();
            app.map = story.maps.iter().position(|m| Some(m.year) == year);
            if app.map.is_none() {
                return Err(("lantern: no map for that year".to_owned(), 2));
            }
        } else if let Some(view) = &cli.page
            && let Err(msg) = open_view(&mut app.reader, view)
        {
            return Err((format!("lantern: {msg}"), 2));
        }
        app.screenshot = Some(ScreenshotPlan {
            path: path.clone(),
            not_before: std::time::Instant::now()
                + std::time::Duration::from_secs_f64(cli.wait.clamp(0.0, 600.0)),
            frames: 0,
            requested: false,
            image: Arc::default(),
        });
    }
    if let Some(kind) = cli.bench {
        if kind != crate::cli::BenchKind::Narrate {
            app.use_narrator(Box::new(crate::narration::ClockNarrator::default()));
        }
        app.bench = Some(bench::Bench::new(kind));
    }
    if cli.present {
        app.projection = Some(std::time::Instant::now());
    }
    let (w, h) = cli.size.unwrap_or((1280.0, 720.0));
    if app.reader.place() == Place::Title && app.map.is_none() {
        // Creating the window and its OpenGL context takes a while: rasterise the cover
        // meanwhile, so the first frame is the whole title screen. The cover takes most of the
        // window's height; a guess up to twice the final size is used as it is.
        let guess = w.min(h * 0.8 * 4.0 / 3.0);
        app.warm = Some(pictures::Warm::start(
            app.pack.clone(),
            &story.cover.path,
            guess,
        ));
    }
    Ok((app, format!("{} — Lantern", story.title)))
}

/// Advice for a window that would not open, in words a teacher can act on.
fn window_hint(error: &str) -> &'static str {
    let lower = error.to_lowercase();
    if error.contains("DISPLAY") || lower.contains("wayland_socket") {
        "lantern: no screen to show the window on (no desktop session). Start Lantern from a \
         desktop; `lantern check` and `lantern export` work without one."
    } else if lower.contains("gl") || lower.contains("egl") || lower.contains("opengl") {
        "lantern: this computer's graphics driver did not offer OpenGL 2 or newer. Installing \
         Mesa (on Debian/Ubuntu: `sudo apt-get install libgl1-mesa-dri`) lets Lantern draw \
         without a graphics card."
    } else {
        "lantern: the story itself is fine; `lantern check` and `lantern export` still work."
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_charset_holds_every_character_of_the_text_once() {
        let pack = crate::story::mini_pack();
        let story = crate::story::load(&pack, LoadOptions::default())
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
}
