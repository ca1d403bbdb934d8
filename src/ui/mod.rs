//! The egui app: thin views that render session state and send it commands.
//!
//! Each frame: keys become commands through the [`commands`] table and are applied first (so a
//! page-turn key is answered in the same frame), then the view for the reader's place, or the
//! overlay on top of it, draws and adds its own commands, which are applied after drawing, in
//! order. Views never change state directly.

mod app;
mod chapter_end_view;
mod chapters_view;
pub mod commands;
mod end_view;
mod glossary_card;
mod glossary_view;
mod map_view;
mod page_view;
mod people_view;
pub mod pictures;
mod presenter_view;
mod profiles_view;
mod prompt_view;
pub mod style;
mod timeline_view;
mod title_view;
mod vote_view;
mod widgets;

use std::time::Instant;

pub use app::LanternApp;
pub use commands::UiCommand;
use style::Metrics;

use crate::reader::{Action, Place, Reader};
use crate::session::{FontChoice, SummaryRow};
use crate::story::Story;
use pictures::Pictures;

/// Something the app should do, collected during a frame and applied after drawing.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A command of the table (what a key or a plain button asks for).
    Ui(UiCommand),
    /// Pass an action to the reader.
    Reader(Action),
    /// Show a glossary card.
    ShowTerm(String),
    /// Hide the notice bar.
    DismissNotice,
    /// Open the map through time at a year.
    OpenMapAt(i32),
    /// Show map number n.
    MapAt(usize),
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
    SetFont(FontChoice),
    /// Set the line spacing.
    SetLineSpacing(f32),
    /// Jump to main page number n, counting from 1 (typed digits + Enter).
    JumpToPage(usize),
    /// Read as another profile.
    SwitchProfile(String),
    /// Add a reader profile with a name and colour, and switch to it.
    AddProfile(String, usize),
}

impl From<UiCommand> for Command {
    fn from(c: UiCommand) -> Self {
        Self::Ui(c)
    }
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

/// The new-reader form and the summary on the profiles screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProfileForm {
    /// The name being typed.
    pub name: String,
    /// The colour picked.
    pub colour: usize,
    /// What every reader has done, as of opening the screen.
    pub summary: Vec<SummaryRow>,
}

/// What is open over the story: at most one thing, so nothing has to be closed by hand.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Overlay {
    /// Just the story.
    #[default]
    None,
    /// The map through time, at map number n.
    Map(usize),
    /// A list.
    List(Panel),
    /// The profiles screen.
    Profiles(ProfileForm),
    /// A glossary card, over the glossary list when it was opened from there.
    Card {
        /// The term.
        term: String,
        /// The list underneath, if any, which Close returns to.
        over: Option<Panel>,
    },
}

/// Projecting for a class.
#[derive(Clone, Copy, Debug)]
pub struct Projection {
    /// When presenting began (the presenter's clock).
    pub since: Instant,
    /// The presenter window is shown.
    pub presenter: bool,
    /// The projected screen is blanked.
    pub blank: bool,
}

impl Projection {
    /// Presenting from now, with the presenter window.
    pub fn start() -> Self {
        Self {
            since: Instant::now(),
            presenter: true,
            blank: false,
        }
    }
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
    pub font: FontChoice,
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

    /// Queues a command of the table.
    pub fn ui(&mut self, command: UiCommand) {
        self.commands.push(Command::Ui(command));
    }
}

/// The heading of a list view, with the way back to the story.
pub(crate) fn list_header(ui: &mut egui::Ui, cx: &mut ViewCx<'_>, title: &str) {
    let m = cx.m;
    ui.horizontal(|ui| {
        if style::big_button(ui, m, "← Back to the story", false).clicked() {
            cx.ui(UiCommand::Close);
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
