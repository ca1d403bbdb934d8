//! `--page VIEW`: which view a screenshot shows, parsed once from the command line.

use crate::reader::{Action, Event, Place, Reader};
use crate::story::ChapterId;

/// A view of the book, as `--page` names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewSpec {
    /// `chapters`: the chapter map.
    Chapters,
    /// `chapter-end=N`: the end of chapter N (from 1), with its recap quiz.
    ChapterEnd(usize),
    /// `end`: the end of the book.
    End,
    /// `map=YEAR`: the map through time at that year's map.
    Map(i32),
    /// A page by its id, and what of it.
    Page {
        /// The page id.
        key: String,
        /// What to show of it.
        then: AtPage,
    },
}

/// What a page view shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AtPage {
    /// `ID`: the page.
    Text,
    /// `ID/prompt`: its prompt, before a guess.
    Prompt,
    /// `ID/answer=N`: its prompt after guessing choice N (from 1).
    Answer(usize),
    /// `ID/votes=a,b,c`: its prompt with a class's hands counted.
    Votes(Vec<i32>),
}

impl std::str::FromStr for ViewSpec {
    type Err = String;

    fn from_str(view: &str) -> Result<Self, String> {
        let number = |s: &str| {
            s.parse::<usize>()
                .ok()
                .filter(|n| *n >= 1)
                .ok_or(format!("bad number in \"{view}\""))
        };
        let (key, rest) = view.split_once('/').unwrap_or((view, ""));
        if key.is_empty() {
            return Err(
                "name a view: a page id, ID/prompt, ID/answer=N, ID/votes=a,b,c, \
                 chapters, chapter-end=N, end or map=YEAR"
                    .into(),
            );
        }
        Ok(match key {
            "chapters" => Self::Chapters,
            "end" => Self::End,
            _ if key.starts_with("chapter-end=") => {
                Self::ChapterEnd(number(&key["chapter-end=".len()..])?)
            }
            _ if key.starts_with("map=") => Self::Map(
                key["map=".len()..]
                    .parse()
                    .map_err(|_| format!("bad year in \"{view}\""))?,
            ),
            _ => {
                let then = if rest.is_empty() {
                    AtPage::Text
                } else if rest == "prompt" {
                    AtPage::Prompt
                } else if let Some(n) = rest.strip_prefix("answer=") {
                    AtPage::Answer(number(n)?)
                } else if let Some(tally) = rest.strip_prefix("votes=") {
                    AtPage::Votes(
                        tally
                            .split(',')
                            .map(|h| h.trim().parse())
                            .collect::<Result<_, _>>()
                            .map_err(|_| format!("bad vote count in \"{view}\""))?,
                    )
                } else {
                    return Err(format!("\"{rest}\" is not prompt, answer=N or votes=…"));
                };
                Self::Page {
                    key: key.to_owned(),
                    then,
                }
            }
        })
    }
}

impl ViewSpec {
    /// Puts `reader` at this view. Returns the map to open (an index into the story's maps)
    /// for a map view.
    ///
    /// # Errors
    /// A message when the view names nothing in this story.
    pub fn open(&self, reader: &mut Reader) -> Result<Option<usize>, String> {
        let story = reader.story().clone();
        match self {
            Self::Chapters => {
                reader.apply(Action::OpenChapters);
            }
            Self::End => {
                let last = story.chapters.len().saturating_sub(1);
                reader.apply(Action::JumpToChapter(ChapterId(last)));
                while reader.place() != Place::End {
                    step_through(reader)?;
                }
            }
            Self::ChapterEnd(n) => {
                if *n > story.chapters.len() {
                    return Err(format!("there is no chapter {n}"));
                }
                let id = ChapterId(n - 1);
                reader.apply(Action::JumpToChapter(id));
                while reader.place() != Place::ChapterEnd(id) {
                    step_through(reader)?;
                }
            }
            Self::Map(year) => {
                return story
                    .maps
                    .iter()
                    .position(|m| m.year == *year)
                    .map(Some)
                    .ok_or_else(|| format!("no map for {year}"));
            }
            Self::Page { key, then } => {
                let page = story
                    .page_by_key(key)
                    .ok_or(format!("no page has the id \"{key}\""))?;
                reader.apply(Action::GoTo(page));
                if *then != AtPage::Text {
                    if story.page(page).prompt.is_none() {
                        return Err(format!("page \"{key}\" has no prompt"));
                    }
                    reader.apply(Action::Next);
                }
                match then {
                    AtPage::Votes(tally) => {
                        for (choice, delta) in tally.iter().enumerate() {
                            reader.apply(Action::Vote {
                                choice,
                                delta: *delta,
                            });
                        }
                    }
                    AtPage::Answer(n) => {
                        reader.apply(Action::Choose(n - 1));
                    }
                    AtPage::Text | AtPage::Prompt => {}
                }
            }
        }
        Ok(None)
    }
}

/// One step forward, answering any open prompt with its first choice.
fn step_through(reader: &mut Reader) -> Result<(), String> {
    let events = match reader.place() {
        Place::Prompt(p) if reader.answer(p).is_none() => reader.apply(Action::Choose(0)),
        _ => reader.apply(Action::Next),
    };
    if events == [Event::Ignored] {
        return Err("cannot step forward from here".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_view_parses_and_bad_ones_say_why() {
        let p = |s: &str| s.parse::<ViewSpec>();
        assert_eq!(p("chapters"), Ok(ViewSpec::Chapters));
        assert_eq!(p("end"), Ok(ViewSpec::End));
        assert_eq!(p("chapter-end=3"), Ok(ViewSpec::ChapterEnd(3)));
        assert_eq!(p("map=1130"), Ok(ViewSpec::Map(1130)));
        assert_eq!(
            p("c01-a/answer=2"),
            Ok(ViewSpec::Page {
                key: "c01-a".into(),
                then: AtPage::Answer(2)
            })
        );
        assert_eq!(
            p("c01-a/votes=3, 0,12"),
            Ok(ViewSpec::Page {
                key: "c01-a".into(),
                then: AtPage::Votes(vec![3, 0, 12])
            })
        );
        assert!(p("chapter-end=0").is_err());
        assert!(p("map=soon").is_err());
        assert!(p("x/answer=none").is_err());
        assert!(p("x/votes=1,a").is_err());
        assert!(p("x/sideways").is_err());
        assert!(p("").is_err());
    }

    #[test]
    fn a_view_puts_the_reader_there_or_says_what_is_missing() {
        let story = std::sync::Arc::new(
            crate::story::load(&crate::story::mini_pack(), Default::default())
                .story
                .expect("mini loads"),
        );
        let mut r = Reader::new(story.clone());
        let prompt_page = story
            .pages
            .iter()
            .find(|p| p.prompt.is_some())
            .expect("a prompt");
        let spec: ViewSpec = format!("{}/answer=1", prompt_page.key).parse().expect("ok");
        assert_eq!(spec.open(&mut r), Ok(None));
        assert!(matches!(r.place(), Place::Prompt(_)));
        let p = match r.place() {
            Place::Prompt(p) => p,
            _ => unreachable!(),
        };
        assert_eq!(r.answer(p), Some(0));
        let mut r = Reader::new(story.clone());
        assert_eq!(ViewSpec::End.open(&mut r), Ok(None));
        assert_eq!(r.place(), Place::End);
        let mut r = Reader::new(story);
        assert!(ViewSpec::ChapterEnd(99).open(&mut r).is_err());
        assert!(
            "nope"
                .parse::<ViewSpec>()
                .expect("parses")
                .open(&mut r)
                .is_err()
        );
    }
}
