//! The reading session as a state machine: where the reader is, history for Back, predictions
//! made, recap answers, progress.
//!
//! Pure: the reader owns no window, clock or file. The UI sends [`Action`]s to
//! [`Reader::apply`] and renders [`Reader::place`]; the events it returns tell hosts (narration,
//! tests) what changed. Saving is [`Reader::to_save`] + [`save::SaveStore`].

pub mod save;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::story::{ChapterId, DetourId, PageId, Story};

pub use save::{Loaded as SaveLoaded, SaveData, SaveStore};

/// Where the reader is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The title screen with the cover.
    Title,
    /// The chapter map.
    Chapters,
    /// Reading a page's text and picture.
    Page(PageId),
    /// The page's "What do you think happened next?" prompt; answered or not is in the answers.
    Prompt(PageId),
    /// The end of a chapter, with its recap quiz.
    ChapterEnd(ChapterId),
    /// The end of the book, with the prediction score.
    End,
}

impl Place {
    /// The page shown here (its text or its prompt), if any.
    pub fn page(self) -> Option<PageId> {
        match self {
            Self::Page(p) | Self::Prompt(p) => Some(p),
            _ => None,
        }
    }
}

/// What the reader can be asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start from the first page.
    Start,
    /// Go back to where reading stopped (from the title screen).
    Continue,
    /// Turn forward.
    Next,
    /// Go back one step in history.
    Back,
    /// Pick answer `n` (0-based) at a prompt.
    Choose(usize),
    /// Take the side trip offered here.
    TakeDetour,
    /// Jump to the start of a chapter.
    JumpToChapter(ChapterId),
    /// Open the chapter map.
    OpenChapters,
    /// Go to the title screen.
    Home,
    /// Go straight to a page (to look an answer up, or a teacher jumping).
    GoTo(PageId),
    /// A class vote at the open prompt: add `delta` hands to choice `choice` (0-based).
    Vote {
        /// Choice index.
        choice: usize,
        /// Hands to add (negative to take back a miscount).
        delta: i32,
    },
    /// End the class vote: the choice with the most hands becomes the class's guess.
    RevealVotes,
    /// Answer recap question `question` of the current chapter end with `choice` (0-based).
    AnswerRecap {
        /// Question index.
        question: usize,
        /// Choice index.
        choice: usize,
    },
}

/// What changed after an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A page is now shown.
    PageShown(PageId),
    /// A prompt is now shown (not yet answered).
    PromptShown(PageId),
    /// A prompt's answer was revealed.
    Revealed {
        /// The page whose prompt it was.
        page: PageId,
        /// Whether the prediction was what really happened.
        correct: bool,
    },
    /// A chapter ended.
    ChapterEnded(ChapterId),
    /// The book ended.
    StoryEnded,
    /// A recap question was answered.
    RecapAnswered {
        /// Whether the answer was right.
        correct: bool,
    },
    /// The title screen or chapter map is shown.
    MenuShown,
    /// The class vote at a prompt changed.
    VotesChanged(PageId),
    /// The action does not apply here; nothing changed.
    Ignored,
}

/// One step of history: where the reader was and which side trips were open.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Snapshot {
    place: Place,
    detours: Vec<(DetourId, PageId)>,
}

/// The prediction score: how many first guesses matched what really happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Score {
    /// Predictions that matched history.
    pub correct: usize,
    /// Prompts answered.
    pub answered: usize,
    /// Prompts in the book.
    pub total: usize,
}

/// A reading session over one story.
#[derive(Clone, Debug)]
pub struct Reader {
    story: Arc<Story>,
    now: Snapshot,
    history: Vec<Snapshot>,
    /// The last place inside the book (not a menu), for Continue.
    resume: Option<Place>,
    answers: BTreeMap<PageId, usize>,
    recap: BTreeMap<(ChapterId, usize), usize>,
    votes: BTreeMap<PageId, Vec<u32>>,
    revision: u64,
    visited: BTreeSet<PageId>,
}

/// History is capped so a long session cannot grow without bound.
const MAX_HISTORY: usize = 1000;

impl Reader {
    /// A fresh session at the title screen.
    pub fn new(story: Arc<Story>) -> Self {
        Self {
            story,
            now: Snapshot {
                place: Place::Title,
                detours: Vec::new(),
            },
            history: Vec::new(),
            resume: None,
            answers: BTreeMap::new(),
            recap: BTreeMap::new(),
            votes: BTreeMap::new(),
            revision: 0,
            visited: BTreeSet::new(),
        }
    }

    /// The story being read.
    pub fn story(&self) -> &Arc<Story> {
        &self.story
    }

    /// Where the reader is.
    pub fn place(&self) -> Place {
        self.now.place
    }

    /// Whether Back would do anything.
    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty()
    }

    /// Where Continue would go, if reading has begun.
    pub fn resume_place(&self) -> Option<Place> {
        self.resume
    }

    /// The answer chosen at a page's prompt, if any.
    pub fn answer(&self, page: PageId) -> Option<usize> {
        self.answers.get(&page).copied()
    }

    /// The answer given to a recap question, if any.
    pub fn recap_answer(&self, chapter: ChapterId, question: usize) -> Option<usize> {
        self.recap.get(&(chapter, question)).copied()
    }

    /// The class's hands for each choice of a page's prompt (empty when nobody voted).
    pub fn votes(&self, page: PageId) -> &[u32] {
        self.votes.get(&page).map_or(&[], Vec::as_slice)
    }

    /// Prompts the class voted on, and how many of those the class's guess got right.
    pub fn class_score(&self) -> (usize, usize) {
        let voted: Vec<&PageId> = self
            .votes
            .keys()
            .filter(|p| self.answers.contains_key(p))
            .collect();
        let right = voted
            .iter()
            .filter(|p| {
                self.answers
                    .get(p)
                    .is_some_and(|a| self.choice_correct(***p, *a))
            })
            .count();
        (voted.len(), right)
    }

    /// Whether a page has been shown.
    pub fn has_visited(&self, page: PageId) -> bool {
        self.visited.contains(&page)
    }

    /// The chapter of the current place, if it has one.
    pub fn current_chapter(&self) -> Option<ChapterId> {
        match self.now.place {
            Place::Page(p) | Place::Prompt(p) => Some(self.story.page(p).chapter),
            Place::ChapterEnd(c) => Some(c),
            Place::Title | Place::Chapters | Place::End => None,
        }
    }

    /// Main pages read and main pages in all, for the progress bar.
    pub fn progress(&self) -> (usize, usize) {
        let total = self.story.chapters.iter().map(|c| c.pages.len()).sum();
        let read = self
            .visited
            .iter()
            .filter(|p| self.story.page(**p).detour.is_none())
            .count();
        (read, total)
    }

    /// Main pages of a chapter read so far.
    pub fn chapter_progress(&self, chapter: ChapterId) -> (usize, usize) {
        let pages = &self.story.chapter(chapter).pages;
        (
            pages.iter().filter(|p| self.visited.contains(p)).count(),
            pages.len(),
        )
    }

    /// Recap quiz answers that were right, and answers given.
    pub fn quiz_score(&self) -> (usize, usize) {
        let right = self
            .recap
            .iter()
            .filter(|((c, q), a)| {
                self.story
                    .chapter(*c)
                    .recap
                    .get(*q)
                    .is_some_and(|rq| rq.answer == **a)
            })
            .count();
        (right, self.recap.len())
    }

    /// The prediction score so far.
    pub fn score(&self) -> Score {
        let correct = self
            .answers
            .iter()
            .filter(|(p, a)| {
                self.story
                    .page(**p)
                    .prompt
                    .as_ref()
                    .is_some_and(|pr| pr.choices.get(**a).is_some_and(|c| c.correct))
            })
            .count();
        Score {
            correct,
            answered: self.answers.len(),
            total: self.story.prompt_count(),
        }
    }

    /// The detour being read, if any.
    pub fn current_detour(&self) -> Option<DetourId> {
        self.now.detours.last().map(|(d, _)| *d)
    }

    /// The detour that can be taken from here, if any.
    pub fn offered_detour(&self) -> Option<DetourId> {
        match self.now.place {
            Place::Page(p) => self.story.page(p).offers,
            Place::Prompt(p) => {
                let choice = self.answers.get(&p)?;
                self.story
                    .page(p)
                    .prompt
                    .as_ref()?
                    .choices
                    .get(*choice)?
                    .detour
            }
            _ => None,
        }
    }

    /// Applies an action and says what changed.
    pub fn apply(&mut self, action: Action) -> Vec<Event> {
        let before = self.now.clone();
        let events = self.step(action);
        if events.first() != Some(&Event::Ignored) && self.now != before && action != Action::Back {
            self.history.push(before);
            if self.history.len() > MAX_HISTORY {
                self.history.remove(0);
            }
        }
        if let Place::Page(p) = self.now.place {
            self.visited.insert(p);
        }
        if !matches!(self.now.place, Place::Title | Place::Chapters) {
            self.resume = Some(self.now.place);
        }
        if events.first() != Some(&Event::Ignored) {
            self.revision += 1;
        }
        events
    }

    /// A number that changes whenever the session does, so hosts can tell cheaply when to save.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn go(&mut self, place: Place) -> Vec<Event> {
        self.now.place = place;
        vec![self.event_for(place)]
    }

    fn event_for(&self, place: Place) -> Event {
        match place {
            Place::Page(p) => Event::PageShown(p),
            Place::Prompt(p) => match self.answers.get(&p) {
                None => Event::PromptShown(p),
                Some(&a) => Event::Revealed {
                    page: p,
                    correct: self.choice_correct(p, a),
                },
            },
            Place::ChapterEnd(c) => Event::ChapterEnded(c),
            Place::End => Event::StoryEnded,
            Place::Title | Place::Chapters => Event::MenuShown,
        }
    }

    fn choice_correct(&self, page: PageId, choice: usize) -> bool {
        self.story
            .page(page)
            .prompt
            .as_ref()
            .and_then(|p| p.choices.get(choice))
            .is_some_and(|c| c.correct)
    }

    fn step(&mut self, action: Action) -> Vec<Event> {
        let ignored = vec![Event::Ignored];
        match (action, self.now.place) {
            (Action::Start, _) => {
                self.now.detours.clear();
                self.go(Place::Page(self.story.first_page()))
            }
            (Action::Continue, _) => match self.resume {
                Some(place) if place != self.now.place => self.go(place),
                _ => ignored,
            },
            (Action::Home, Place::Title) | (Action::OpenChapters, Place::Chapters) => ignored,
            (Action::Home, _) => self.go(Place::Title),
            (Action::OpenChapters, _) => self.go(Place::Chapters),
            (Action::JumpToChapter(c), _) => match self.story.chapters.get(c.0) {
                Some(ch) => {
                    self.now.detours.clear();
                    self.go(Place::Page(ch.pages[0]))
                }
                None => ignored,
            },
            (Action::GoTo(p), _) => {
                if p.0 >= self.story.pages.len() || self.now.place == Place::Page(p) {
                    return ignored;
                }
                // A jump leaves any side trip; a detour page reached this way rejoins after it.
                self.now.detours.clear();
                self.go(Place::Page(p))
            }
            (Action::Back, _) => match self.history.pop() {
                Some(prev) => {
                    self.now = prev;
                    vec![self.event_for(self.now.place)]
                }
                None => ignored,
            },
            (Action::Next, Place::Title) => match self.resume {
                Some(place) => self.go(place),
                None => self.go(Place::Page(self.story.first_page())),
            },
            (Action::Next, Place::Chapters) => ignored,
            (Action::Next, Place::Page(p)) => {
                if self.story.page(p).prompt.is_some() {
                    self.go(Place::Prompt(p))
                } else {
                    self.advance(p)
                }
            }
            (Action::Next, Place::Prompt(p)) => {
                if self.answers.contains_key(&p) {
                    self.advance(p)
                } else {
                    ignored
                }
            }
            (Action::Next, Place::ChapterEnd(c)) => match self.story.chapters.get(c.0 + 1) {
                Some(next) => self.go(Place::Page(next.pages[0])),
                None => self.go(Place::End),
            },
            (Action::Next, Place::End) => ignored,
            (Action::Choose(i), Place::Prompt(p)) => {
                let n = self.story.page(p).choice_count();
                if i >= n || self.answers.contains_key(&p) {
                    return ignored;
                }
                self.answers.insert(p, i);
                vec![Event::Revealed {
                    page: p,
                    correct: self.choice_correct(p, i),
                }]
            }
            (Action::Choose(_), _) => ignored,
            (Action::TakeDetour, Place::Page(p) | Place::Prompt(p)) => {
                match self.offered_detour() {
                    Some(d) => {
                        self.now.detours.push((d, p));
                        self.go(Place::Page(self.story.detour(d).pages[0]))
                    }
                    None => ignored,
                }
            }
            (Action::TakeDetour, _) => ignored,
            (Action::AnswerRecap { question, choice }, Place::ChapterEnd(c)) => {
                let Some(q) = self.story.chapter(c).recap.get(question) else {
                    return ignored;
                };
                if choice >= q.choices.len() {
                    return ignored;
                }
                let correct = q.answer == choice;
                self.recap.insert((c, question), choice);
                vec![Event::RecapAnswered { correct }]
            }
            (Action::AnswerRecap { .. }, _) => ignored,
            (Action::Vote { choice, delta }, Place::Prompt(p)) => {
                let n = self.story.page(p).choice_count();
                if choice >= n || self.answers.contains_key(&p) {
                    return ignored;
                }
                let tally = self.votes.entry(p).or_insert_with(|| vec![0; n]);
                tally[choice] = tally[choice].saturating_add_signed(delta).min(999);
                vec![Event::VotesChanged(p)]
            }
            (Action::RevealVotes, Place::Prompt(p)) => {
                let tally = self.votes(p);
                if self.answers.contains_key(&p) || tally.iter().all(|v| *v == 0) {
                    return ignored;
                }
                // The most hands wins; a tie goes to the first of the tied choices.
                let top = tally.iter().copied().max().unwrap_or(0);
                let choice = tally.iter().position(|v| *v == top).unwrap_or(0);
                self.step(Action::Choose(choice))
            }
            (Action::Vote { .. } | Action::RevealVotes, _) => ignored,
        }
    }

    /// Moves on from page `p` after its text (and prompt, if any).
    fn advance(&mut self, p: PageId) -> Vec<Event> {
        let place = self.place_after(p);
        if self.story.page(p).detour.is_some() && self.story.next_in_sequence(p).is_none() {
            // The side trip is over.
            self.now.detours.pop();
        }
        self.go(place)
    }

    /// Where reading goes after page `p` (and its prompt, if any); [`Reader::advance`] goes
    /// there, [`Reader::next_place`] only looks.
    fn place_after(&self, p: PageId) -> Place {
        let page = self.story.page(p);
        let chapter = page.chapter;
        if page.detour.is_some() {
            if let Some(next) = self.story.next_in_sequence(p) {
                return Place::Page(next);
            }
            // The side trip is over: return where it says, or after the page that offered it.
            let Some(&(detour, from)) = self.now.detours.last() else {
                // A detour page reached without its stack (e.g. an old save): rejoin after it.
                return self.chapter_or_next(chapter, self.story.next_in_sequence(p));
            };
            let from_chapter = self.story.page(from).chapter;
            return self.chapter_or_next(from_chapter, self.story.detour_exit(detour, from));
        }
        self.chapter_or_next(chapter, self.story.next_in_sequence(p))
    }

    /// `next` if it is in `chapter`, else the end of `chapter`.
    fn chapter_or_next(&self, chapter: ChapterId, next: Option<PageId>) -> Place {
        match next {
            Some(n) if self.story.page(n).chapter == chapter => Place::Page(n),
            _ => Place::ChapterEnd(chapter),
        }
    }

    /// Where [`Action::Next`] would go from here, without going: cheap enough to ask every
    /// frame (read-aloud decodes the next clip ahead with it). `None` where Next does nothing.
    pub fn next_place(&self) -> Option<Place> {
        match self.now.place {
            Place::Title => Some(
                self.resume
                    .unwrap_or_else(|| Place::Page(self.story.first_page())),
            ),
            Place::Chapters | Place::End => None,
            Place::Page(p) if self.story.page(p).prompt.is_some() => Some(Place::Prompt(p)),
            Place::Page(p) => Some(self.place_after(p)),
            Place::Prompt(p) => self.answers.contains_key(&p).then(|| self.place_after(p)),
            Place::ChapterEnd(c) => Some(match self.story.chapters.get(c.0 + 1) {
                Some(next) => Place::Page(next.pages[0]),
                None => Place::End,
            }),
        }
    }
}

#[cfg(test)]
mod tests;
