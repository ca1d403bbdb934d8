//! Read-aloud decisions, free of any audio: which clip belongs to where the reader is, and what
//! auto read-aloud does when a clip ends.

use serde::{Deserialize, Serialize};

use crate::reader::{Action, Place, Reader};
use crate::story::{PageId, Story};

/// Narration speed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Speed {
    /// About 140 words a minute.
    #[default]
    Normal,
    /// About 110 words a minute, for younger readers.
    Slow,
}

/// What a clip reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClipKind {
    /// A page's text.
    Page(PageId),
    /// A prompt's question.
    Question(PageId),
    /// The response to a prompt's choice.
    Response(PageId, usize),
    /// A glossary term and its meaning.
    Term(String),
}

/// A clip to play: what it reads and where its audio is (for the chosen speed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClipRef {
    /// What it reads.
    pub kind: ClipKind,
    /// Pack path of the OGG file.
    pub audio: String,
}

impl ClipRef {
    /// Pack path of the word timings beside the clip.
    pub fn timings(&self) -> String {
        timings_path(&self.audio)
    }
}

/// `audio/x.ogg` → `audio/x.json`.
pub fn timings_path(audio: &str) -> String {
    match audio.rsplit_once('.') {
        Some((stem, _)) => format!("{stem}.json"),
        None => format!("{audio}.json"),
    }
}

/// The clip path for a speed: slow clips live under `audio/slow/` with the same names.
pub fn for_speed(path: &str, speed: Speed) -> String {
    match (speed, path.strip_prefix("audio/")) {
        (Speed::Slow, Some(rest)) => format!("audio/slow/{rest}"),
        _ => path.to_owned(),
    }
}

/// The clip that reads what the reader sees now, if it has one.
pub fn clip_for_place(reader: &Reader, speed: Speed) -> Option<ClipRef> {
    let place = reader.place();
    let answer = match place {
        Place::Prompt(p) => reader.answer(p),
        _ => None,
    };
    clip_at(reader.story(), place, answer, speed)
}

/// The clip that reads `place`; at a prompt, `answer` is the guess made (its response is read)
/// or `None` (the question is read).
pub fn clip_at(
    story: &Story,
    place: Place,
    answer: Option<usize>,
    speed: Speed,
) -> Option<ClipRef> {
    let (kind, path) = match place {
        Place::Page(p) => (ClipKind::Page(p), story.page(p).narration.clone()?),
        Place::Prompt(p) => {
            let prompt = story.page(p).prompt.as_ref()?;
            match answer {
                None => (ClipKind::Question(p), prompt.narration.clone()?),
                Some(a) => (
                    ClipKind::Response(p, a),
                    prompt.choices.get(a)?.narration.clone()?,
                ),
            }
        }
        Place::Title | Place::Chapters | Place::ChapterEnd(_) | Place::End => return None,
    };
    Some(ClipRef {
        kind,
        audio: for_speed(&path, speed),
    })
}

/// The clip for a glossary term, if it has one.
pub fn clip_for_term(story: &Story, term: &str, speed: Speed) -> Option<ClipRef> {
    let t = story.find_term(term)?;
    Some(ClipRef {
        kind: ClipKind::Term(t.term.clone()),
        audio: for_speed(t.narration.as_ref()?, speed),
    })
}

/// What auto read-aloud does when a clip has been read to the end: turn the page after a page
/// or a response; wait for the reader's guess after a question.
pub fn after_clip(kind: &ClipKind) -> Option<Action> {
    match kind {
        ClipKind::Page(_) | ClipKind::Response(..) => Some(Action::Next),
        ClipKind::Question(_) | ClipKind::Term(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slow_clips_sit_under_audio_slow() {
        assert_eq!(
            for_speed("audio/ch01/a.ogg", Speed::Slow),
            "audio/slow/ch01/a.ogg"
        );
        assert_eq!(
            for_speed("audio/ch01/a.ogg", Speed::Normal),
            "audio/ch01/a.ogg"
        );
        assert_eq!(for_speed("sounds/a.ogg", Speed::Slow), "sounds/a.ogg");
        assert_eq!(timings_path("audio/ch01/a.ogg"), "audio/ch01/a.json");
    }

    #[test]
    fn auto_read_turns_pages_and_waits_for_guesses() {
        assert_eq!(after_clip(&ClipKind::Page(PageId(0))), Some(Action::Next));
        assert_eq!(after_clip(&ClipKind::Question(PageId(0))), None);
        assert_eq!(
            after_clip(&ClipKind::Response(PageId(0), 1)),
            Some(Action::Next)
        );
        assert_eq!(after_clip(&ClipKind::Term("x".into())), None);
    }
}
