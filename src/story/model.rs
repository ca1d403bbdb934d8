//! The validated story: what the reader and the views use. Built only by [`super::load`].

use super::markup::Markup;

/// Index of a page in [`Story::pages`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PageId(pub usize);

/// Index of a chapter in [`Story::chapters`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChapterId(pub usize);

/// Index of a detour in [`Story::detours`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DetourId(pub usize);

/// A picture and what it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    /// Pack-relative path.
    pub path: String,
    /// What it shows, for screen readers.
    pub alt: String,
}

/// The whole book.
#[derive(Clone, Debug)]
pub struct Story {
    /// Book title.
    pub title: String,
    /// Line under the title.
    pub subtitle: String,
    /// Cover picture.
    pub cover: Picture,
    /// Credit lines.
    pub credits: Vec<String>,
    /// Chapters in reading order.
    pub chapters: Vec<Chapter>,
    /// Every page, main and detour; chapters and detours list theirs by [`PageId`].
    pub pages: Vec<Page>,
    /// Every detour.
    pub detours: Vec<Detour>,
    /// Glossary terms, sorted by term.
    pub glossary: Vec<Term>,
    /// Who's who.
    pub people: Vec<Person>,
    /// Dated events in time order.
    pub timeline: Vec<Event>,
    /// Maps of the period, in year order.
    pub maps: Vec<MapEntry>,
    /// Every glossary word and alias, ASCII-lowercased, to its index in `glossary`: a page's
    /// links are looked up here, so checking a big pack does not scan the glossary per link.
    pub(crate) term_index: std::collections::HashMap<String, usize>,
}

/// One chapter.
#[derive(Clone, Debug)]
pub struct Chapter {
    /// Stable id from the file.
    pub key: String,
    /// Title.
    pub title: String,
    /// Years shown under the title, e.g. "1125–1126".
    pub years: String,
    /// The year the map view opens at.
    pub year: Option<i32>,
    /// Title card picture.
    pub card: Option<Picture>,
    /// Teacher discussion questions.
    pub discussion: Vec<String>,
    /// Main-path pages in order (never empty).
    pub pages: Vec<PageId>,
    /// Detours defined in this chapter.
    pub detours: Vec<DetourId>,
    /// Recap quiz.
    pub recap: Vec<RecapQuestion>,
}

/// What kind of page it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind {
    /// Picture and text.
    Story,
    /// A map of the given year.
    Map(i32),
}

/// One page.
#[derive(Clone, Debug)]
pub struct Page {
    /// Stable id from the file.
    pub key: String,
    /// The chapter it belongs to.
    pub chapter: ChapterId,
    /// The detour it belongs to, if it is a detour page.
    pub detour: Option<DetourId>,
    /// Story or map page.
    pub kind: PageKind,
    /// Text with glossary marks.
    pub text: Markup,
    /// The picture.
    pub picture: Picture,
    /// Narration clip.
    pub narration: Option<String>,
    /// Teacher notes.
    pub notes: Option<String>,
    /// A detour offered from this page.
    pub offers: Option<DetourId>,
    /// A prediction prompt shown after the text.
    pub prompt: Option<Prompt>,
}

impl Page {
    /// Number of choices at this page's prompt (0 without one).
    pub fn choice_count(&self) -> usize {
        self.prompt.as_ref().map_or(0, |p| p.choices.len())
    }
}

/// "What do you think happened next?"
#[derive(Clone, Debug)]
pub struct Prompt {
    /// The question.
    pub question: String,
    /// Narration of the question.
    pub narration: Option<String>,
    /// 2–4 choices, exactly one correct.
    pub choices: Vec<Choice>,
}

impl Prompt {
    /// Index of the choice that really happened.
    pub fn correct_index(&self) -> usize {
        self.choices.iter().position(|c| c.correct).unwrap_or(0)
    }
}

/// One answer to a prompt.
#[derive(Clone, Debug)]
pub struct Choice {
    /// The answer as shown.
    pub text: String,
    /// Whether this is what really happened.
    pub correct: bool,
    /// Why it did or didn't happen.
    pub response: String,
    /// Narration of the response.
    pub narration: Option<String>,
    /// A detour offered after this answer.
    pub detour: Option<DetourId>,
}

/// An optional side path.
#[derive(Clone, Debug)]
pub struct Detour {
    /// Stable id from the file.
    pub key: String,
    /// Title shown on the button and the detour's pages.
    pub title: String,
    /// Chapter that defines it.
    pub chapter: ChapterId,
    /// Pages in order (never empty).
    pub pages: Vec<PageId>,
    /// Where it rejoins; `None` means after the page that offered it.
    pub rejoin: Option<PageId>,
}

/// A recap quiz question.
#[derive(Clone, Debug)]
pub struct RecapQuestion {
    /// The question.
    pub question: String,
    /// The answers.
    pub choices: Vec<String>,
    /// 0-based index of the right answer.
    pub answer: usize,
    /// The page that holds the answer.
    pub page: PageId,
}

/// A glossary entry.
#[derive(Clone, Debug)]
pub struct Term {
    /// The word.
    pub term: String,
    /// Other words that link here.
    pub aliases: Vec<String>,
    /// Kid-friendly meaning.
    pub definition: String,
    /// Pronunciation respelling.
    pub say: Option<String>,
    /// Chinese characters.
    pub hanzi: Option<String>,
    /// Pinyin.
    pub pinyin: Option<String>,
    /// Narration clip.
    pub narration: Option<String>,
}

/// A who's-who card.
#[derive(Clone, Debug)]
pub struct Person {
    /// Stable id.
    pub key: String,
    /// Name.
    pub name: String,
    /// Pronunciation respelling.
    pub say: Option<String>,
    /// Chinese characters.
    pub hanzi: Option<String>,
    /// Card line one.
    pub role: String,
    /// Card line two.
    pub about: String,
    /// Pages where they appear.
    pub pages: Vec<PageId>,
}

/// A timeline entry.
#[derive(Clone, Debug)]
pub struct Event {
    /// Year.
    pub year: i32,
    /// Display date.
    pub date: String,
    /// Short title.
    pub title: String,
    /// The page that tells it.
    pub page: PageId,
}

/// A map of one year.
#[derive(Clone, Debug)]
pub struct MapEntry {
    /// Year.
    pub year: i32,
    /// The map picture.
    pub picture: Picture,
    /// Caption.
    pub caption: String,
}

impl Story {
    /// Main page number `n` (counting from 1, side trips left out), as a reader types it to
    /// jump there.
    pub fn main_page(&self, n: usize) -> Option<PageId> {
        let i = n.checked_sub(1)?;
        self.chapters
            .iter()
            .flat_map(|c| c.pages.iter())
            .nth(i)
            .copied()
    }

    /// The map to open for a year: the last map at or before it, else the first (also for no
    /// year). `None` when the story has no maps.
    pub fn map_for_year(&self, year: Option<i32>) -> Option<usize> {
        if self.maps.is_empty() {
            return None;
        }
        let Some(year) = year else { return Some(0) };
        Some(self.maps.iter().rposition(|m| m.year <= year).unwrap_or(0))
    }

    /// The page with id `id`.
    pub fn page(&self, id: PageId) -> &Page {
        &self.pages[id.0]
    }

    /// The chapter with id `id`.
    pub fn chapter(&self, id: ChapterId) -> &Chapter {
        &self.chapters[id.0]
    }

    /// The detour with id `id`.
    pub fn detour(&self, id: DetourId) -> &Detour {
        &self.detours[id.0]
    }

    /// The first page of the book.
    pub fn first_page(&self) -> PageId {
        self.chapters[0].pages[0]
    }

    /// Looks a page up by its key.
    pub fn page_by_key(&self, key: &str) -> Option<PageId> {
        self.pages.iter().position(|p| p.key == key).map(PageId)
    }

    /// The main-path page after `id`, crossing into the next chapter; `None` at the end of the
    /// book. For a detour page this is the next page of the detour, or `None` at its end.
    pub fn next_in_sequence(&self, id: PageId) -> Option<PageId> {
        let page = self.page(id);
        let list = match page.detour {
            Some(d) => return next_after(&self.detour(d).pages, id),
            None => &self.chapter(page.chapter).pages,
        };
        next_after(list, id).or_else(|| self.chapters.get(page.chapter.0 + 1).map(|c| c.pages[0]))
    }

    /// Where a detour goes when it ends, given the page that offered it.
    pub fn detour_exit(&self, detour: DetourId, offered_from: PageId) -> Option<PageId> {
        self.detour(detour)
            .rejoin
            .or_else(|| self.next_in_sequence(offered_from))
    }

    /// Main-path position of a page: (index among all main pages, total main pages).
    pub fn main_position(&self, id: PageId) -> Option<(usize, usize)> {
        let mut index = None;
        let mut total = 0;
        for c in &self.chapters {
            for &p in &c.pages {
                if p == id {
                    index = Some(total);
                }
                total += 1;
            }
        }
        index.map(|i| (i, total))
    }

    /// Finds a glossary term by its name or an alias, ignoring case.
    pub fn find_term(&self, word: &str) -> Option<&Term> {
        self.term_index
            .get(&word.to_ascii_lowercase())
            .and_then(|&i| self.glossary.get(i))
    }

    /// Builds the lookup [`Story::find_term`] uses; the first entry wins for a repeated word.
    pub(crate) fn index_terms(glossary: &[Term]) -> std::collections::HashMap<String, usize> {
        let mut index = std::collections::HashMap::new();
        for (i, t) in glossary.iter().enumerate() {
            for word in std::iter::once(&t.term).chain(&t.aliases) {
                index.entry(word.to_ascii_lowercase()).or_insert(i);
            }
        }
        index
    }

    /// Total number of prompts in the book.
    pub fn prompt_count(&self) -> usize {
        self.pages.iter().filter(|p| p.prompt.is_some()).count()
    }
}

fn next_after(list: &[PageId], id: PageId) -> Option<PageId> {
    let i = list.iter().position(|&p| p == id)?;
    list.get(i + 1).copied()
}
