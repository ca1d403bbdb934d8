//! Loading a pack: raw TOML → validated [`Story`], with every problem reported at once.

use std::collections::{HashMap, HashSet, VecDeque};

use super::diag::{Diagnostic, Diagnostics, Loc, SourceMap, utf8_error_loc};
use super::markup::Markup;
use super::model::{
    Chapter, ChapterId, Choice, Detour, DetourId, Event, MapEntry, Page, PageId, PageKind, Person,
    Picture, Prompt, RecapQuestion, Story, Term,
};
use super::pack::{Pack, PackError, check_relative_path};
use super::picture::check_picture;
use super::raw::{At, Tbl, loc_in_string, parse_document};

/// The pack format version this build reads.
pub const FORMAT_VERSION: i64 = 1;
/// Page text shorter than this many words gets a warning.
pub const MIN_WORDS: usize = 30;
/// Page text longer than this many words gets a warning.
pub const MAX_WORDS: usize = 90;

/// What to check beyond the story files themselves.
#[derive(Clone, Copy, Debug, Default)]
pub struct LoadOptions {
    /// Decode every picture (slow for big packs; `lantern check` does it, the app does not).
    pub decode_pictures: bool,
}

/// The outcome of loading: the story if there were no errors, and every problem found.
#[derive(Debug)]
pub struct Loaded {
    /// The story, present only when no error was found.
    pub story: Option<Story>,
    /// Errors and warnings, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads and validates the pack.
pub fn load(pack: &dyn Pack, opts: LoadOptions) -> Loaded {
    let mut cx = Cx {
        pack,
        opts,
        d: Diagnostics::default(),
        checked_files: HashMap::new(),
        incomplete: false,
    };
    let story = cx.load_story();
    let failed = cx.d.has_errors();
    Loaded {
        story: if failed { None } else { story },
        diagnostics: cx.d.into_sorted(),
    }
}

const STORY_FILE: &str = "story/story.toml";

struct Cx<'p> {
    pack: &'p dyn Pack,
    opts: LoadOptions,
    d: Diagnostics,
    /// Files already checked, so a picture used twice is decoded once.
    checked_files: HashMap<String, bool>,
    /// A chapter file could not be read at all: references to its pages would only add noise.
    incomplete: bool,
}

struct RawPage {
    id: At<String>,
    kind: Option<At<String>>,
    map_year: Option<At<i64>>,
    text: Option<(At<String>, Markup)>,
    image: Option<At<String>>,
    alt: String,
    narration: Option<At<String>>,
    notes: Option<String>,
    detour: Option<At<String>>,
    prompt: Option<RawPrompt>,
    loc: Loc,
}

struct RawPrompt {
    question: String,
    narration: Option<At<String>>,
    choices: Vec<RawChoice>,
    loc: Loc,
}

struct RawChoice {
    text: String,
    correct: bool,
    response: String,
    narration: Option<At<String>>,
    detour: Option<At<String>>,
}

struct RawDetour {
    id: At<String>,
    title: String,
    rejoin: Option<At<String>>,
    pages: Vec<RawPage>,
    loc: Loc,
}

struct RawRecap {
    question: String,
    choices: Vec<String>,
    answer: Option<At<i64>>,
    page: Option<At<String>>,
}

struct RawChapter {
    id: At<String>,
    title: String,
    years: String,
    year: Option<i64>,
    card: Option<At<String>>,
    card_alt: Option<String>,
    discussion: Vec<String>,
    pages: Vec<RawPage>,
    detours: Vec<RawDetour>,
    recap: Vec<RawRecap>,
    loc: Loc,
}

/// Text of one file read from the pack, UTF-8 checked.
fn read_text(pack: &dyn Pack, path: &str, at: Option<&Loc>, d: &mut Diagnostics) -> Option<String> {
    match pack.read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => Some(s),
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let loc = utf8_error_loc(path, e.as_bytes(), valid);
                d.error(loc, "file is not valid UTF-8 text; save it as UTF-8");
                None
            }
        },
        Err(e) => {
            let loc = at.cloned().unwrap_or_else(|| Loc::file_start(path));
            d.error(loc, format!("{path}: {e}"));
            None
        }
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl Cx<'_> {
    fn load_story(&mut self) -> Option<Story> {
        if !self.pack.exists(STORY_FILE) {
            self.d.error(
                Loc::file_start(STORY_FILE),
                format!(
                    "no story here: {STORY_FILE} not found in {} (a pack needs story/story.toml)",
                    self.pack.describe()
                ),
            );
            return None;
        }
        let text = read_text(self.pack, STORY_FILE, None, &mut self.d)?;
        let map = SourceMap::new(STORY_FILE, &text);
        let doc = parse_document(&map, &text, &mut self.d)?;
        let t = Tbl::root(&map, &doc, "story.toml");
        let d = &mut self.d;
        t.deny_unknown(
            &[
                "format",
                "title",
                "subtitle",
                "cover",
                "cover_alt",
                "credits",
                "chapters",
            ],
            d,
        );
        if let Some(f) = t.req_int("format", d)
            && f.v != FORMAT_VERSION
        {
            d.error(
                f.at,
                format!(
                    "pack format {} is not supported; this Lantern reads format {FORMAT_VERSION}",
                    f.v
                ),
            );
        }
        let title = t.req_str("title", d).map(|s| s.v).unwrap_or_default();
        let subtitle = t.opt_str("subtitle", d).map(|s| s.v).unwrap_or_default();
        let cover = t.req_str("cover", d);
        let cover_alt = t.req_str("cover_alt", d).map(|s| s.v).unwrap_or_default();
        let credits = t.str_list("credits", d).into_iter().map(|s| s.v).collect();
        let chapter_files = t.str_list("chapters", d);
        if chapter_files.is_empty() {
            d.error(
                t.loc(),
                "the story has no chapters: list chapter files in `chapters`",
            );
            self.incomplete = true;
        }
        if let Some(c) = &cover {
            self.check_file(c, FileKind::Picture);
        }

        let mut raw_chapters = Vec::new();
        let mut seen_files = HashSet::new();
        for file in &chapter_files {
            if !seen_files.insert(file.v.clone()) {
                self.d.error(
                    file.at.clone(),
                    format!("chapter file \"{}\" is listed twice", file.v),
                );
                continue;
            }
            let path = format!("story/{}", file.v);
            if let Err(e) = check_relative_path(&file.v) {
                self.d.error(file.at.clone(), e.to_string());
                continue;
            }
            match self.load_chapter(&path, &file.at) {
                Some(c) => raw_chapters.push(c),
                None => self.incomplete = true,
            }
        }

        let glossary = self.load_glossary();
        let raw_people = self.load_list("story/people.toml", "people", "a who's-who entry");
        let raw_events = self.load_list("story/timeline.toml", "events", "a timeline event");
        let maps = self.load_maps();
        let term_index = Story::index_terms(&glossary);

        self.build(
            Story {
                title,
                subtitle,
                cover: Picture {
                    path: cover.map(|c| c.v).unwrap_or_default(),
                    alt: cover_alt,
                },
                credits,
                chapters: Vec::new(),
                pages: Vec::new(),
                detours: Vec::new(),
                glossary,
                people: Vec::new(),
                timeline: Vec::new(),
                maps,
                term_index,
            },
            raw_chapters,
            raw_people,
            raw_events,
        )
    }

    fn load_chapter(&mut self, path: &str, listed_at: &Loc) -> Option<RawChapter> {
        let text = read_text(self.pack, path, Some(listed_at), &mut self.d)?;
        let map = SourceMap::new(path, &text);
        let doc = parse_document(&map, &text, &mut self.d)?;
        let t = Tbl::root(&map, &doc, "a chapter file");
        let d = &mut self.d;
        t.deny_unknown(
            &[
                "id",
                "title",
                "years",
                "year",
                "card",
                "card_alt",
                "discussion",
                "pages",
                "detours",
                "recap",
            ],
            d,
        );
        let id = t.req_str("id", d)?;
        let title = t.req_str("title", d).map(|s| s.v).unwrap_or_default();
        let years = t.opt_str("years", d).map(|s| s.v).unwrap_or_default();
        let year = t.opt_int("year", d).map(|y| y.v);
        let card = t.opt_str("card", d);
        let card_alt = t.opt_str("card_alt", d).map(|s| s.v);
        if card.is_some() && card_alt.is_none() {
            d.error(
                t.loc(),
                "a chapter with a `card` needs `card_alt` saying what it shows",
            );
        }
        let discussion = t
            .str_list("discussion", d)
            .into_iter()
            .map(|s| s.v)
            .collect();
        let page_tables = t.tables("pages", "a page", d);
        if page_tables.is_empty() {
            d.error(t.loc(), format!("chapter \"{}\" has no pages", id.v));
        }
        let pages: Vec<RawPage> = page_tables
            .iter()
            .filter_map(|p| read_page(p, &text, d))
            .collect();
        let detours = t
            .tables("detours", "a detour", d)
            .iter()
            .filter_map(|dt| {
                dt.deny_unknown(&["id", "title", "rejoin", "pages"], d);
                let id = dt.req_str("id", d)?;
                let title = dt.req_str("title", d).map(|s| s.v).unwrap_or_default();
                let rejoin = dt.opt_str("rejoin", d);
                let tables = dt.tables("pages", "a detour page", d);
                if tables.is_empty() {
                    d.error(dt.loc(), format!("detour \"{}\" has no pages", id.v));
                }
                let pages = tables
                    .iter()
                    .filter_map(|p| read_page(p, &text, d))
                    .collect();
                Some(RawDetour {
                    id,
                    title,
                    rejoin,
                    pages,
                    loc: dt.loc(),
                })
            })
            .collect();
        let recap = t
            .tables("recap", "a recap question", d)
            .iter()
            .map(|r| {
                r.deny_unknown(&["question", "choices", "answer", "page"], d);
                let question = r.req_str("question", d).map(|s| s.v).unwrap_or_default();
                let choices: Vec<String> =
                    r.str_list("choices", d).into_iter().map(|s| s.v).collect();
                if !(2..=4).contains(&choices.len()) {
                    d.error(
                        r.loc(),
                        format!("a recap question needs 2–4 choices, not {}", choices.len()),
                    );
                }
                let answer = r.req_int("answer", d);
                if let Some(a) = &answer
                    && (a.v < 1 || a.v as usize > choices.len())
                {
                    d.error(
                        a.at.clone(),
                        format!(
                            "`answer` is {} but must be 1–{} (the number of the right choice)",
                            a.v,
                            choices.len()
                        ),
                    );
                }
                let page = r.req_str("page", d);
                RawRecap {
                    question,
                    choices,
                    answer,
                    page,
                }
            })
            .collect();
        let loc = t.loc();
        let chapter = RawChapter {
            id,
            title,
            years,
            year,
            card,
            card_alt,
            discussion,
            pages,
            detours,
            recap,
            loc,
        };
        if let Some(c) = &chapter.card {
            self.check_file(c, FileKind::Picture);
        }
        Some(chapter)
    }

    /// Reads an optional list file; a missing file is fine, a broken one is reported.
    fn load_list(&mut self, path: &str, key: &str, what: &'static str) -> Vec<RawItem> {
        if !self.pack.exists(path) {
            return Vec::new();
        }
        let Some(text) = read_text(self.pack, path, None, &mut self.d) else {
            return Vec::new();
        };
        let map = SourceMap::new(path, &text);
        let Some(doc) = parse_document(&map, &text, &mut self.d) else {
            return Vec::new();
        };
        let t = Tbl::root(&map, &doc, "this file");
        t.deny_unknown(&[key], &mut self.d);
        t.tables(key, what, &mut self.d)
            .iter()
            .filter_map(|e| RawItem::read(e, key, &mut self.d))
            .collect()
    }

    fn load_glossary(&mut self) -> Vec<Term> {
        let items = self.load_list("story/glossary.toml", "terms", "a glossary term");
        let mut seen: HashMap<String, Loc> = HashMap::new();
        let mut out = Vec::new();
        for it in items {
            let RawItem::Term {
                term,
                aliases,
                definition,
                say,
                hanzi,
                pinyin,
                narration,
            } = it
            else {
                continue;
            };
            for name in std::iter::once(&term).chain(&aliases) {
                let k = name.v.to_lowercase();
                if let Some(first) = seen.get(&k) {
                    self.d.error(
                        name.at.clone(),
                        format!(
                            "glossary word \"{}\" is defined twice (first at {first})",
                            name.v
                        ),
                    );
                } else {
                    seen.insert(k, name.at.clone());
                }
            }
            if let Some(n) = &narration {
                self.check_file(n, FileKind::Audio);
            }
            out.push(Term {
                term: term.v,
                aliases: aliases.into_iter().map(|a| a.v).collect(),
                definition,
                say,
                hanzi,
                pinyin,
                narration: narration.map(|n| n.v),
            });
        }
        out.sort_by_key(|t| t.term.to_lowercase());
        out
    }

    fn load_maps(&mut self) -> Vec<MapEntry> {
        let items = self.load_list("story/maps.toml", "maps", "a map");
        let mut seen: HashMap<i64, Loc> = HashMap::new();
        let mut out = Vec::new();
        for it in items {
            let RawItem::Map {
                year,
                image,
                alt,
                caption,
            } = it
            else {
                continue;
            };
            if let Some(first) = seen.insert(year.v, year.at.clone()) {
                self.d.error(
                    year.at.clone(),
                    format!("two maps for {} (first at {first})", year.v),
                );
            }
            self.check_file(&image, FileKind::Picture);
            out.push(MapEntry {
                year: i32::try_from(year.v).unwrap_or_default(),
                picture: Picture { path: image.v, alt },
                caption,
            });
        }
        out.sort_by_key(|m| m.year);
        out
    }

    /// Checks a referenced file exists (and, for pictures when asked, that it decodes).
    fn check_file(&mut self, path: &At<String>, kind: FileKind) {
        if let Some(&ok) = self.checked_files.get(&path.v) {
            if !ok {
                self.d.error(
                    path.at.clone(),
                    format!("\"{}\" cannot be used (see above)", path.v),
                );
            }
            return;
        }
        let ok = match self.check_file_inner(&path.v, kind) {
            Ok(()) => true,
            Err(msg) => {
                self.d.error(
                    path.at.clone(),
                    format!("{} \"{}\" {msg}", kind.noun(), path.v),
                );
                false
            }
        };
        self.checked_files.insert(path.v.clone(), ok);
    }

    fn check_file_inner(&self, path: &str, kind: FileKind) -> Result<(), String> {
        check_relative_path(path).map_err(|e| match e {
            PackError::BadPath(why) => why.replacen(&format!("path \"{path}\" "), "", 1),
            other => other.to_string(),
        })?;
        let expected: &[&str] = match kind {
            FileKind::Picture => &["svg", "png", "jpg", "jpeg"],
            FileKind::Audio => &["ogg"],
        };
        let ext = path
            .rsplit('.')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if !path.contains('.') || !expected.contains(&ext.as_str()) {
            return Err(format!("must end in one of: .{}", expected.join(", .")));
        }
        if kind == FileKind::Picture && self.opts.decode_pictures {
            let bytes = self.pack.read(path).map_err(|e| e.to_string())?;
            return check_picture(path, &bytes);
        }
        match self.pack.read_check(path) {
            Ok(()) => Ok(()),
            Err(e) => Err(e.to_string()),
        }
    }

    #[expect(
        clippy::too_many_lines,
        reason = "one linear pass that resolves every reference"
    )]
    fn build(
        &mut self,
        mut story: Story,
        chapters: Vec<RawChapter>,
        people: Vec<RawItem>,
        events: Vec<RawItem>,
    ) -> Option<Story> {
        // Pass 1: assign ids so every reference can be resolved regardless of order.
        let mut chapter_keys: HashMap<String, Loc> = HashMap::new();
        let mut page_keys: HashMap<String, (PageId, Loc, bool)> = HashMap::new();
        let mut detour_keys: HashMap<String, (DetourId, Loc)> = HashMap::new();
        let mut next_page = 0;
        let mut next_detour = 0;
        for c in &chapters {
            if !valid_id(&c.id.v) {
                self.d.error(
                    c.id.at.clone(),
                    format!(
                        "chapter id \"{}\" may use only letters, digits, '-' and '_'",
                        c.id.v
                    ),
                );
            }
            if let Some(first) = chapter_keys.insert(c.id.v.clone(), c.id.at.clone()) {
                self.d.error(
                    c.id.at.clone(),
                    format!("duplicate chapter id \"{}\" (first at {first})", c.id.v),
                );
            }
            let detour_pages = c
                .detours
                .iter()
                .flat_map(|dt| dt.pages.iter().map(|p| (p, false)));
            for (p, main) in c.pages.iter().map(|p| (p, true)).chain(detour_pages) {
                if !valid_id(&p.id.v) {
                    self.d.error(
                        p.id.at.clone(),
                        format!(
                            "page id \"{}\" may use only letters, digits, '-' and '_'",
                            p.id.v
                        ),
                    );
                }
                if let Some((_, first, _)) = page_keys.get(&p.id.v) {
                    self.d.error(
                        p.id.at.clone(),
                        format!("duplicate page id \"{}\" (first at {first})", p.id.v),
                    );
                } else {
                    page_keys.insert(p.id.v.clone(), (PageId(next_page), p.id.at.clone(), main));
                }
                next_page += 1;
            }
            for dt in &c.detours {
                if let Some((_, first)) = detour_keys.get(&dt.id.v) {
                    self.d.error(
                        dt.id.at.clone(),
                        format!("duplicate detour id \"{}\" (first at {first})", dt.id.v),
                    );
                } else {
                    detour_keys.insert(dt.id.v.clone(), (DetourId(next_detour), dt.id.at.clone()));
                }
                next_detour += 1;
            }
        }
        let incomplete = self.incomplete;
        let page_ref = |d: &mut Diagnostics, r: &At<String>| -> Option<PageId> {
            match page_keys.get(&r.v) {
                Some((id, _, _)) => Some(*id),
                None => {
                    if !incomplete {
                        d.error(r.at.clone(), format!("no page has the id \"{}\"", r.v));
                    }
                    None
                }
            }
        };
        let detour_ref = |d: &mut Diagnostics, r: &At<String>| -> Option<DetourId> {
            match detour_keys.get(&r.v) {
                Some((id, _)) => Some(*id),
                None => {
                    if !incomplete {
                        d.error(r.at.clone(), format!("no detour has the id \"{}\"", r.v));
                    }
                    None
                }
            }
        };
        let map_years: HashSet<i32> = story.maps.iter().map(|m| m.year).collect();

        // Pass 2: build pages, detours and chapters in the same order ids were given out.
        let mut offered: HashMap<DetourId, Vec<PageId>> = HashMap::new();
        let mut detour_locs = Vec::new();
        for (ci, c) in chapters.into_iter().enumerate() {
            let chapter = ChapterId(ci);
            let mut main_ids = Vec::new();
            let mut detour_ids = Vec::new();
            for p in c.pages {
                let id = PageId(story.pages.len());
                main_ids.push(id);
                let page = self.build_page(p, chapter, None, &detour_ref, &story, &map_years);
                if let Some(dt) = page.offers {
                    offered.entry(dt).or_default().push(id);
                }
                for ch in page.prompt.iter().flat_map(|pr| &pr.choices) {
                    if let Some(dt) = ch.detour {
                        offered.entry(dt).or_default().push(id);
                    }
                }
                story.pages.push(page);
            }
            let mut pending_detours = Vec::new();
            for dt in c.detours {
                let did = DetourId(story.detours.len() + pending_detours.len());
                detour_ids.push(did);
                pending_detours.push((did, dt.id, dt.title, dt.rejoin, dt.pages, dt.loc));
            }
            for (did, key, title, rejoin, pages, loc) in pending_detours {
                let mut ids = Vec::new();
                for p in pages {
                    let id = PageId(story.pages.len());
                    ids.push(id);
                    let page =
                        self.build_page(p, chapter, Some(did), &detour_ref, &story, &map_years);
                    if let Some(dt) = page.offers {
                        offered.entry(dt).or_default().push(id);
                    }
                    story.pages.push(page);
                }
                let rejoin = rejoin.and_then(|r| {
                    let id = page_ref(&mut self.d, &r)?;
                    if page_keys.get(&r.v).is_some_and(|(_, _, main)| !main) {
                        self.d.error(r.at.clone(), format!("a detour must rejoin a main-story page, and \"{}\" is a detour page", r.v));
                    }
                    Some(id)
                });
                detour_locs.push(loc);
                story.detours.push(Detour {
                    key: key.v,
                    title,
                    chapter,
                    pages: ids,
                    rejoin,
                });
            }
            let recap = c
                .recap
                .into_iter()
                .filter_map(|r| {
                    let page = page_ref(&mut self.d, r.page.as_ref()?)?;
                    let answer = usize::try_from(r.answer?.v).ok()?.checked_sub(1)?;
                    (answer < r.choices.len()).then_some(RecapQuestion {
                        question: r.question,
                        choices: r.choices,
                        answer,
                        page,
                    })
                })
                .collect();
            story.chapters.push(Chapter {
                key: c.id.v,
                title: c.title,
                years: c.years,
                year: c.year.and_then(|y| i32::try_from(y).ok()),
                card: c.card.map(|card| Picture {
                    path: card.v,
                    alt: c.card_alt.unwrap_or_default(),
                }),
                discussion: c.discussion,
                pages: main_ids,
                detours: detour_ids,
                recap,
            });
            let _ = c.loc;
        }

        // Who's who and the timeline refer to pages.
        for it in people {
            if let RawItem::Person {
                id,
                name,
                say,
                hanzi,
                role,
                about,
                pages,
            } = it
            {
                let pages = pages
                    .iter()
                    .filter_map(|p| page_ref(&mut self.d, p))
                    .collect();
                if story.people.iter().any(|p| p.key == id.v) {
                    self.d
                        .error(id.at.clone(), format!("duplicate person id \"{}\"", id.v));
                }
                story.people.push(Person {
                    key: id.v,
                    name,
                    say,
                    hanzi,
                    role,
                    about,
                    pages,
                });
            }
        }
        for it in events {
            if let RawItem::Event {
                year,
                date,
                title,
                page,
            } = it
                && let Some(page) = page_ref(&mut self.d, &page)
            {
                story.timeline.push(Event {
                    year: i32::try_from(year).unwrap_or_default(),
                    date: date.unwrap_or_else(|| year.to_string()),
                    title,
                    page,
                });
            }
        }
        story.timeline.sort_by_key(|e| e.year);

        // Every detour must be offered somewhere, or its pages are unreachable.
        for (i, loc) in detour_locs.into_iter().enumerate() {
            if !offered.contains_key(&DetourId(i)) {
                let dt = &story.detours[i];
                self.d.error(
                    loc,
                    format!(
                        "detour \"{}\" is never offered, so its pages cannot be reached; add `detour = \"{}\"` to a page or a choice",
                        dt.key, dt.key
                    ),
                );
            }
        }
        // A chapter or detour left with no pages (its pages all failed to read, errors already
        // reported) cannot be walked: the story is unusable, and the graph check would index it.
        if story.chapters.is_empty()
            || story.chapters.iter().any(|c| c.pages.is_empty())
            || story.detours.iter().any(|d| d.pages.is_empty())
        {
            if !self.d.has_errors() {
                self.d.error(
                    Loc::file_start(STORY_FILE),
                    "the story has a chapter or detour with no pages",
                );
            }
            return None;
        }
        self.check_graph(&story, &offered, &page_keys);
        Some(story)
    }

    fn build_page(
        &mut self,
        p: RawPage,
        chapter: ChapterId,
        detour: Option<DetourId>,
        detour_ref: &dyn Fn(&mut Diagnostics, &At<String>) -> Option<DetourId>,
        story: &Story,
        map_years: &HashSet<i32>,
    ) -> Page {
        let kind = match p.kind.as_ref().map(|k| k.v.as_str()) {
            None | Some("story") => PageKind::Story,
            Some("map") => match &p.map_year {
                Some(y) => {
                    let year = i32::try_from(y.v).unwrap_or_default();
                    if !map_years.contains(&year) {
                        self.d.error(
                            y.at.clone(),
                            format!("no map for {year} in story/maps.toml"),
                        );
                    }
                    PageKind::Map(year)
                }
                None => {
                    self.d.error(p.loc.clone(), "a map page needs `map_year`");
                    PageKind::Story
                }
            },
            Some(other) => {
                let at = p.kind.as_ref().map_or(p.loc.clone(), |k| k.at.clone());
                self.d.error(
                    at,
                    format!("page kind \"{other}\" is unknown; use \"story\" or \"map\""),
                );
                PageKind::Story
            }
        };
        if let Some(img) = &p.image {
            self.check_file(img, FileKind::Picture);
        }
        if let Some(n) = &p.narration {
            self.check_file(n, FileKind::Audio);
        }
        let offers = p.detour.as_ref().and_then(|r| detour_ref(&mut self.d, r));
        let prompt = p.prompt.map(|pr| {
            if !(2..=4).contains(&pr.choices.len()) {
                self.d.error(pr.loc.clone(), format!("a prompt needs 2–4 choices, not {}", pr.choices.len()));
            }
            let correct = pr.choices.iter().filter(|c| c.correct).count();
            if correct != 1 {
                self.d.error(
                    pr.loc.clone(),
                    format!("a prompt needs exactly one choice with `correct = true` (what really happened), not {correct}"),
                );
            }
            if let Some(n) = &pr.narration {
                self.check_file(n, FileKind::Audio);
            }
            Prompt {
                question: pr.question,
                narration: pr.narration.map(|n| n.v),
                choices: pr
                    .choices
                    .into_iter()
                    .map(|c| {
                        if let Some(n) = &c.narration {
                            self.check_file(n, FileKind::Audio);
                        }
                        Choice {
                            text: c.text,
                            correct: c.correct,
                            response: c.response,
                            narration: c.narration.map(|n| n.v),
                            detour: c.detour.as_ref().and_then(|r| detour_ref(&mut self.d, r)),
                        }
                    })
                    .collect(),
            }
        });
        let text = match p.text {
            Some((raw, markup)) => {
                for term in markup.terms() {
                    if story.find_term(term).is_none() {
                        let off = raw.v.find(&format!("[[{term}")).unwrap_or(0);
                        self.d.error(
                            self.loc_in_text(&raw, off),
                            format!("glossary term \"{term}\" is not in story/glossary.toml"),
                        );
                    }
                }
                let words = markup.word_count();
                if !(MIN_WORDS..=MAX_WORDS).contains(&words) {
                    self.d.warning(
                        raw.at.clone(),
                        format!("page \"{}\" has {words} words; pages read best with {MIN_WORDS}–{MAX_WORDS}", p.id.v),
                    );
                }
                markup
            }
            None => Markup::default(),
        };
        Page {
            key: p.id.v,
            chapter,
            detour,
            kind,
            text,
            picture: Picture {
                path: p.image.map(|i| i.v).unwrap_or_default(),
                alt: p.alt,
            },
            narration: p.narration.map(|n| n.v),
            notes: p.notes,
            offers,
            prompt,
        }
    }

    fn loc_in_text(&self, raw: &At<String>, offset: usize) -> Loc {
        // Re-read the file to map an offset inside a string literal to its line.
        let file = raw.at.file.to_string();
        match self
            .pack
            .read(&file)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
        {
            Some(text) => loc_in_string(&SourceMap::new(&file, &text), &text, &raw.span, offset),
            None => raw.at.clone(),
        }
    }

    /// Every page must be reachable from the start and must lead to the end.
    fn check_graph(
        &mut self,
        story: &Story,
        offered: &HashMap<DetourId, Vec<PageId>>,
        keys: &HashMap<String, (PageId, Loc, bool)>,
    ) {
        let n = story.pages.len();
        let end = n; // a virtual node for "the end of the book"
        let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for (i, page) in story.pages.iter().enumerate() {
            let id = PageId(i);
            let mut push = |to: Option<PageId>| succ[i].push(to.map_or(end, |p| p.0));
            match page.detour {
                None => push(story.next_in_sequence(id)),
                Some(dt) => match story.next_in_sequence(id) {
                    Some(next) => push(Some(next)),
                    None => {
                        for &from in offered.get(&dt).into_iter().flatten() {
                            push(story.detour_exit(dt, from));
                        }
                    }
                },
            }
            let detours = page.offers.into_iter().chain(
                page.prompt
                    .iter()
                    .flat_map(|p| p.choices.iter().filter_map(|c| c.detour)),
            );
            for dt in detours {
                succ[i].push(story.detour(dt).pages[0].0);
            }
        }
        let forward = reach(&succ, story.first_page().0);
        let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for (from, tos) in succ.iter().enumerate() {
            for &to in tos {
                pred[to].push(from);
            }
        }
        let backward = reach(&pred, end);
        let loc_of = |key: &str| keys.get(key).map(|(_, l, _)| l.clone());
        for (i, page) in story.pages.iter().enumerate() {
            let Some(loc) = loc_of(&page.key) else {
                continue;
            };
            if !forward[i] && page.detour.is_none() {
                self.d.error(
                    loc,
                    format!("page \"{}\" cannot be reached from the start", page.key),
                );
            } else if forward[i] && !backward[i] {
                self.d.error(
                    loc,
                    format!(
                        "page \"{}\" is a dead end: the story cannot go on from it",
                        page.key
                    ),
                );
            }
        }
    }
}

fn reach(adj: &[Vec<usize>], start: usize) -> Vec<bool> {
    let mut seen = vec![false; adj.len()];
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(at) = queue.pop_front() {
        for &next in &adj[at] {
            if !seen[next] {
                seen[next] = true;
                queue.push_back(next);
            }
        }
    }
    seen
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Picture,
    Audio,
}

impl FileKind {
    fn noun(self) -> &'static str {
        match self {
            Self::Picture => "picture",
            Self::Audio => "audio clip",
        }
    }
}

/// Extension of [`Pack`] for a cheap existence check that still reports links and bad paths.
trait ReadCheck {
    fn read_check(&self, path: &str) -> Result<(), PackError>;
}

impl ReadCheck for &dyn Pack {
    fn read_check(&self, path: &str) -> Result<(), PackError> {
        if self.exists(path) {
            Ok(())
        } else {
            // Ask for the bytes only to learn *why* it is missing (link, bad path, absent).
            self.read(path).map(|_| ())
        }
    }
}

fn read_page(t: &Tbl<'_, '_>, file_text: &str, d: &mut Diagnostics) -> Option<RawPage> {
    t.deny_unknown(
        &[
            "id",
            "kind",
            "text",
            "image",
            "alt",
            "narration",
            "notes",
            "detour",
            "map_year",
            "prompt",
        ],
        d,
    );
    let id = t.req_str("id", d)?;
    let text = t
        .req_str("text", d)
        .and_then(|raw| match Markup::parse(&raw.v) {
            Ok(m) => Some((raw, m)),
            Err(errs) => {
                for e in errs {
                    d.error(
                        loc_in_string(t.source(), file_text, &raw.span, e.offset),
                        e.message,
                    );
                }
                None
            }
        });
    let image = t.req_str("image", d);
    let alt = t.req_str("alt", d).map(|s| s.v).unwrap_or_default();
    let prompt = t.table("prompt", "a prompt", d).map(|pt| {
        pt.deny_unknown(&["question", "narration", "choices"], d);
        let question = pt.req_str("question", d).map(|s| s.v).unwrap_or_default();
        let narration = pt.opt_str("narration", d);
        let choices = pt
            .tables("choices", "a prompt choice", d)
            .iter()
            .map(|c| {
                c.deny_unknown(&["text", "correct", "response", "narration", "detour"], d);
                RawChoice {
                    text: c.req_str("text", d).map(|s| s.v).unwrap_or_default(),
                    correct: c.opt_bool("correct", d).is_some_and(|b| b.v),
                    response: c.req_str("response", d).map(|s| s.v).unwrap_or_default(),
                    narration: c.opt_str("narration", d),
                    detour: c.opt_str("detour", d),
                }
            })
            .collect();
        RawPrompt {
            question,
            narration,
            choices,
            loc: pt.loc(),
        }
    });
    Some(RawPage {
        kind: t.opt_str("kind", d),
        map_year: t.opt_int("map_year", d),
        text,
        image,
        alt,
        narration: t.opt_str("narration", d),
        notes: t.opt_str("notes", d).map(|s| s.v),
        detour: t.opt_str("detour", d),
        prompt,
        loc: t.loc(),
        id,
    })
}

/// One entry of a list file (glossary, people, timeline, maps).
enum RawItem {
    Term {
        term: At<String>,
        aliases: Vec<At<String>>,
        definition: String,
        say: Option<String>,
        hanzi: Option<String>,
        pinyin: Option<String>,
        narration: Option<At<String>>,
    },
    Person {
        id: At<String>,
        name: String,
        say: Option<String>,
        hanzi: Option<String>,
        role: String,
        about: String,
        pages: Vec<At<String>>,
    },
    Event {
        year: i64,
        date: Option<String>,
        title: String,
        page: At<String>,
    },
    Map {
        year: At<i64>,
        image: At<String>,
        alt: String,
        caption: String,
    },
}

impl RawItem {
    fn read(t: &Tbl<'_, '_>, key: &str, d: &mut Diagnostics) -> Option<Self> {
        let s = |k: &str, d: &mut Diagnostics| t.opt_str(k, d).map(|s| s.v);
        match key {
            "terms" => {
                t.deny_unknown(
                    &[
                        "term",
                        "aliases",
                        "definition",
                        "say",
                        "hanzi",
                        "pinyin",
                        "narration",
                    ],
                    d,
                );
                Some(Self::Term {
                    term: t.req_str("term", d)?,
                    aliases: t.str_list("aliases", d),
                    definition: t.req_str("definition", d).map(|s| s.v).unwrap_or_default(),
                    say: s("say", d),
                    hanzi: s("hanzi", d),
                    pinyin: s("pinyin", d),
                    narration: t.opt_str("narration", d),
                })
            }
            "people" => {
                t.deny_unknown(
                    &[
                        "id", "name", "say", "hanzi", "pinyin", "role", "about", "pages",
                    ],
                    d,
                );
                let _ = s("pinyin", d);
                Some(Self::Person {
                    id: t.req_str("id", d)?,
                    name: t.req_str("name", d).map(|s| s.v).unwrap_or_default(),
                    say: s("say", d),
                    hanzi: s("hanzi", d),
                    role: t.req_str("role", d).map(|s| s.v).unwrap_or_default(),
                    about: t.req_str("about", d).map(|s| s.v).unwrap_or_default(),
                    pages: t.str_list("pages", d),
                })
            }
            "events" => {
                t.deny_unknown(&["year", "date", "title", "page"], d);
                Some(Self::Event {
                    year: t.req_int("year", d)?.v,
                    date: s("date", d),
                    title: t.req_str("title", d).map(|s| s.v).unwrap_or_default(),
                    page: t.req_str("page", d)?,
                })
            }
            _ => {
                t.deny_unknown(&["year", "image", "alt", "caption"], d);
                Some(Self::Map {
                    year: t.req_int("year", d)?,
                    image: t.req_str("image", d)?,
                    alt: t.req_str("alt", d).map(|s| s.v).unwrap_or_default(),
                    caption: t.opt_str("caption", d).map(|s| s.v).unwrap_or_default(),
                })
            }
        }
    }
}

/// Count of everything in a story, for `lantern check` and notes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Counts {
    /// Chapters.
    pub chapters: usize,
    /// Main-path pages.
    pub main_pages: usize,
    /// Detour pages.
    pub detour_pages: usize,
    /// Prompts.
    pub prompts: usize,
    /// Detours.
    pub detours: usize,
    /// Glossary terms.
    pub terms: usize,
    /// Words over all pages.
    pub words: usize,
}

impl Counts {
    /// Counts a story.
    pub fn of(story: &Story) -> Self {
        let detour_pages = story.pages.iter().filter(|p| p.detour.is_some()).count();
        Self {
            chapters: story.chapters.len(),
            main_pages: story.pages.len() - detour_pages,
            detour_pages,
            prompts: story.prompt_count(),
            detours: story.detours.len(),
            terms: story.glossary.len(),
            words: story.pages.iter().map(|p| p.text.word_count()).sum(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::{MemPack, Severity};

    fn mini() -> MemPack {
        crate::story::mini_pack()
    }

    fn with_page_extra(extra: &str) -> Loaded {
        let mut pack = mini();
        let two =
            String::from_utf8(pack.read("story/chapters/two.toml").expect("two")).expect("utf-8");
        let patched = two.replacen(
            "alt = \"A sunset.\"",
            &format!("alt = \"A sunset.\"\n{extra}"),
            1,
        );
        pack.insert("story/chapters/two.toml", patched);
        load(&pack, LoadOptions::default())
    }

    fn messages(l: &Loaded) -> Vec<String> {
        l.diagnostics.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_mini_pack_loads_with_its_maps_in_year_order() {
        let l = load(
            &mini(),
            LoadOptions {
                decode_pictures: true,
            },
        );
        let story = l.story.expect("loads");
        assert_eq!(
            story.maps.iter().map(|m| m.year).collect::<Vec<_>>(),
            [1115, 1120]
        );
        assert_eq!(story.timeline[0].year, 1115);
        assert_eq!(story.people[0].pages.len(), 2);
        assert_eq!(Counts::of(&story).prompts, 1);
    }

    #[test]
    fn a_map_page_needs_a_year_that_has_a_map() {
        let ok = with_page_extra("kind = \"map\"\nmap_year = 1120");
        let story = ok.story.expect("valid map page");
        let q2 = story.page_by_key("q2").expect("q2");
        assert_eq!(story.page(q2).kind, PageKind::Map(1120));

        let missing = with_page_extra("kind = \"map\"\nmap_year = 1999");
        assert!(
            messages(&missing)
                .iter()
                .any(|m| m.ends_with("no map for 1999 in story/maps.toml"))
        );
        let no_year = with_page_extra("kind = \"map\"");
        assert!(
            messages(&no_year)
                .iter()
                .any(|m| m.ends_with("a map page needs `map_year`"))
        );
        let odd = with_page_extra("kind = \"video\"");
        assert!(
            messages(&odd)
                .iter()
                .any(|m| m.contains("page kind \"video\" is unknown"))
        );
    }

    #[test]
    fn page_length_outside_the_range_is_only_a_warning() {
        let mut pack = mini();
        let one =
            String::from_utf8(pack.read("story/chapters/one.toml").expect("one")).expect("utf-8");
        let start = one.find("text = \"\"\"\nThe [[Jurchen").expect("p1 text");
        let end = start + one[start..].find("\"\"\"\nimage").expect("end") + 3;
        pack.insert(
            "story/chapters/one.toml",
            format!("{}text = \"Too short.\"{}", &one[..start], &one[end..]),
        );
        let l = load(&pack, LoadOptions::default());
        assert!(l.story.is_some(), "{:?}", messages(&l));
        let warning = l
            .diagnostics
            .iter()
            .find(|d| d.severity == Severity::Warning)
            .expect("warning");
        assert!(
            warning.message.contains("has 2 words"),
            "{}",
            warning.message
        );
    }

    #[test]
    fn duplicate_glossary_words_and_people_are_errors() {
        let mut pack = mini();
        pack.insert(
            "story/glossary.toml",
            "[[terms]]\nterm = \"Jurchen\"\ndefinition = \"a\"\n\n[[terms]]\nterm = \"jurchen\"\ndefinition = \"b\"\n",
        );
        let l = load(&pack, LoadOptions::default());
        assert!(messages(&l).iter().any(|m| {
            m.starts_with("story/glossary.toml:6:8: glossary word \"jurchen\" is defined twice")
        }));
    }
}
