//! `lantern export`: the story as JSON (for other tools) or Markdown (a printable handout).
//!
//! The JSON names are a contract other tools read: `title`, `chapters[].id/title/pages[]`,
//! `pages[].id/text/image/alt/narration/prompt{question, choices[]{text, correct, response}}`,
//! `glossary[]{term, definition}`. Fields may be added, never renamed.

use std::fmt::Write as _;

use serde::Serialize;

use super::model::{Page, PageId, Story};

#[derive(Serialize)]
struct JsonStory<'a> {
    title: &'a str,
    subtitle: &'a str,
    chapters: Vec<JsonChapter<'a>>,
    glossary: Vec<JsonTerm<'a>>,
    people: Vec<JsonPerson<'a>>,
    timeline: Vec<JsonEvent<'a>>,
}

#[derive(Serialize)]
struct JsonChapter<'a> {
    id: &'a str,
    title: &'a str,
    years: &'a str,
    /// Main pages in order, then each detour's pages (marked with `detour`).
    pages: Vec<JsonPage<'a>>,
    recap: Vec<JsonRecap<'a>>,
    discussion: &'a [String],
}

#[derive(Serialize)]
struct JsonPage<'a> {
    id: &'a str,
    text: String,
    image: &'a str,
    alt: &'a str,
    narration: Option<&'a str>,
    notes: Option<&'a str>,
    detour: Option<&'a str>,
    prompt: Option<JsonPrompt<'a>>,
}

#[derive(Serialize)]
struct JsonPrompt<'a> {
    question: &'a str,
    choices: Vec<JsonChoice<'a>>,
}

#[derive(Serialize)]
struct JsonChoice<'a> {
    text: &'a str,
    correct: bool,
    response: &'a str,
}

#[derive(Serialize)]
struct JsonRecap<'a> {
    question: &'a str,
    choices: &'a [String],
    answer: usize,
    page: &'a str,
}

#[derive(Serialize)]
struct JsonTerm<'a> {
    term: &'a str,
    definition: &'a str,
    say: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonPerson<'a> {
    id: &'a str,
    name: &'a str,
    role: &'a str,
    about: &'a str,
}

#[derive(Serialize)]
struct JsonEvent<'a> {
    year: i32,
    date: &'a str,
    title: &'a str,
    page: &'a str,
}

fn json_page<'a>(story: &'a Story, page: &'a Page) -> JsonPage<'a> {
    JsonPage {
        id: &page.key,
        text: page.text.plain(),
        image: &page.picture.path,
        alt: &page.picture.alt,
        narration: page.narration.as_deref(),
        notes: page.notes.as_deref(),
        detour: page.detour.map(|d| story.detour(d).key.as_str()),
        prompt: page.prompt.as_ref().map(|p| JsonPrompt {
            question: &p.question,
            choices: p
                .choices
                .iter()
                .map(|c| JsonChoice {
                    text: &c.text,
                    correct: c.correct,
                    response: &c.response,
                })
                .collect(),
        }),
    }
}

/// Every page of a chapter in export order: main pages, then each detour's pages.
fn chapter_pages(story: &Story, ci: usize) -> impl Iterator<Item = PageId> + '_ {
    let c = &story.chapters[ci];
    c.pages.iter().copied().chain(
        c.detours
            .iter()
            .flat_map(|&d| story.detour(d).pages.iter().copied()),
    )
}

/// The story as pretty-printed JSON.
pub fn to_json(story: &Story) -> String {
    let doc = JsonStory {
        title: &story.title,
        subtitle: &story.subtitle,
        chapters: story
            .chapters
            .iter()
            .enumerate()
            .map(|(ci, c)| JsonChapter {
                id: &c.key,
                title: &c.title,
                years: &c.years,
                pages: chapter_pages(story, ci)
                    .map(|p| json_page(story, story.page(p)))
                    .collect(),
                recap: c
                    .recap
                    .iter()
                    .map(|r| JsonRecap {
                        question: &r.question,
                        choices: &r.choices,
                        answer: r.answer + 1,
                        page: &story.page(r.page).key,
                    })
                    .collect(),
                discussion: &c.discussion,
            })
            .collect(),
        glossary: story
            .glossary
            .iter()
            .map(|t| JsonTerm {
                term: &t.term,
                definition: &t.definition,
                say: t.say.as_deref(),
            })
            .collect(),
        people: story
            .people
            .iter()
            .map(|p| JsonPerson {
                id: &p.key,
                name: &p.name,
                role: &p.role,
                about: &p.about,
            })
            .collect(),
        timeline: story
            .timeline
            .iter()
            .map(|e| JsonEvent {
                year: e.year,
                date: &e.date,
                title: &e.title,
                page: &story.page(e.page).key,
            })
            .collect(),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The story as a printable Markdown handout: every page, prompt, answer and the glossary.
pub fn to_markdown(story: &Story) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# {}\n", story.title);
    if !story.subtitle.is_empty() {
        let _ = writeln!(w, "*{}*\n", story.subtitle);
    }
    for (ci, c) in story.chapters.iter().enumerate() {
        let _ = writeln!(w, "## Chapter {}: {} ({})\n", ci + 1, c.title, c.years);
        let mut current_detour = None;
        for id in chapter_pages(story, ci) {
            let page = story.page(id);
            if page.detour != current_detour {
                current_detour = page.detour;
                if let Some(d) = page.detour {
                    let _ = writeln!(w, "### Side trip: {}\n", story.detour(d).title);
                }
            }
            let _ = writeln!(w, "{}\n", page.text.plain());
            let _ = writeln!(w, "> Picture: {}\n", page.picture.alt);
            if let Some(p) = &page.prompt {
                let _ = writeln!(w, "**What do you think happened next?** {}\n", p.question);
                for (i, ch) in p.choices.iter().enumerate() {
                    let _ = writeln!(w, "{}. {}", i + 1, ch.text);
                }
                let _ = writeln!(w);
                for (i, ch) in p.choices.iter().enumerate() {
                    let mark = if ch.correct {
                        " (what really happened)"
                    } else {
                        ""
                    };
                    let _ = writeln!(w, "- Answer {}{mark}: {}", i + 1, ch.response);
                }
                let _ = writeln!(w);
            }
        }
        if !c.recap.is_empty() {
            let _ = writeln!(w, "### Recap questions\n");
            for (i, r) in c.recap.iter().enumerate() {
                let _ = writeln!(w, "{}. {} ({})", i + 1, r.question, r.choices.join(" / "));
                let _ = writeln!(w, "   - Answer: {}", r.choices[r.answer]);
            }
            let _ = writeln!(w);
        }
        if !c.discussion.is_empty() {
            let _ = writeln!(w, "### Let's discuss\n");
            for q in &c.discussion {
                let _ = writeln!(w, "- {q}");
            }
            let _ = writeln!(w);
        }
    }
    if !story.glossary.is_empty() {
        let _ = writeln!(w, "## Glossary\n");
        for t in &story.glossary {
            let say = t
                .say
                .as_deref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            let _ = writeln!(w, "- **{}**{say}: {}", t.term, t.definition);
        }
        let _ = writeln!(w);
    }
    if !story.people.is_empty() {
        let _ = writeln!(w, "## Who's who\n");
        for p in &story.people {
            let _ = writeln!(w, "- **{}**: {}. {}", p.name, p.role, p.about);
        }
        let _ = writeln!(w);
    }
    if !story.timeline.is_empty() {
        let _ = writeln!(w, "## Timeline\n");
        for e in &story.timeline {
            let _ = writeln!(w, "- {}: {}", e.date, e.title);
        }
    }
    out
}
