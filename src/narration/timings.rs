//! Word timings: when each word of a clip is spoken, read from the JSON beside the clip.

use serde::Deserialize;

/// When one word is spoken.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct WordTime {
    /// The word as written on the page.
    pub text: String,
    /// Start, in seconds from the clip's start.
    pub start: f64,
    /// End, in seconds.
    pub end: f64,
}

/// All the word timings of a clip.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Timings {
    /// One entry per word of the text, in order.
    pub words: Vec<WordTime>,
    /// SHA-256 of the text the clip was made from, if recorded.
    #[serde(default)]
    pub text_hash: Option<String>,
}

impl Timings {
    /// Parses a timing file.
    ///
    /// # Errors
    /// When the JSON is not a timing file.
    pub fn parse(bytes: &[u8]) -> Result<Self, String> {
        serde_json::from_slice(bytes).map_err(|e| format!("not a timing file: {e}"))
    }

    /// The word being spoken at `t` seconds: the last word that has started. Between words the
    /// previous word stays lit, so the highlight never flickers off mid-sentence.
    pub fn word_at(&self, t: f64) -> Option<usize> {
        let started = self.words.partition_point(|w| w.start <= t);
        if started == 0 {
            return None;
        }
        let last = self.words.len() - 1;
        // After the last word ends (plus a breath), nothing is lit.
        if started - 1 == last && t > self.words[last].end + 0.3 {
            return None;
        }
        Some(started - 1)
    }

    /// The first moment after `t` at which [`Self::word_at`] gives a different answer: the next
    /// word's start, or the end of the lit last word. `None` when nothing will change again.
    pub fn next_change_after(&self, t: f64) -> Option<f64> {
        let started = self.words.partition_point(|w| w.start <= t);
        if let Some(next) = self.words.get(started) {
            return Some(next.start);
        }
        let last = self.words.last()?;
        let off = last.end + 0.3;
        (t <= off).then_some(off.max(t))
    }

    /// When word `i` starts.
    pub fn start_of(&self, i: usize) -> Option<f64> {
        self.words.get(i).map(|w| w.start)
    }

    /// Problems with these timings against the words shown and the clip's length.
    pub fn check(&self, words: &[String], duration: Option<f64>) -> Vec<String> {
        let mut out = Vec::new();
        if self.words.len() != words.len() {
            out.push(format!(
                "{} timed words for {} words of text",
                self.words.len(),
                words.len()
            ));
        }
        for (i, (t, w)) in self.words.iter().zip(words).enumerate() {
            if t.text != *w {
                out.push(format!(
                    "word {} is \"{}\" in the timings but \"{w}\" in the text",
                    i + 1,
                    t.text
                ));
                break;
            }
        }
        let mut prev_end = 0.0;
        for (i, t) in self.words.iter().enumerate() {
            if !(t.start <= t.end && t.start + 1e-6 >= prev_end) {
                out.push(format!(
                    "word {} (\"{}\") is out of order: {:.3}–{:.3}",
                    i + 1,
                    t.text,
                    t.start,
                    t.end
                ));
                break;
            }
            prev_end = t.end;
        }
        if let (Some(d), Some(last)) = (duration, self.words.last())
            && last.end > d + 0.05
        {
            out.push(format!(
                "the last word ends at {:.2}s but the clip lasts {d:.2}s",
                last.end
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t() -> Timings {
        Timings::parse(
            br#"{"words":[{"text":"The","start":0.1,"end":0.3},{"text":"Jin","start":0.35,"end":0.7},{"text":"rose.","start":0.8,"end":1.2}]}"#,
        )
        .expect("parses")
    }

    #[test]
    fn the_lit_word_follows_the_clock() {
        let t = t();
        assert_eq!(t.word_at(0.0), None);
        assert_eq!(t.word_at(0.1), Some(0));
        assert_eq!(
            t.word_at(0.32),
            Some(0),
            "between words the last one stays lit"
        );
        assert_eq!(t.word_at(0.5), Some(1));
        assert_eq!(t.word_at(1.2), Some(2));
        assert_eq!(t.word_at(1.6), None);
        assert_eq!(t.start_of(2), Some(0.8));
    }

    #[test]
    fn the_next_change_is_the_next_word_or_the_highlight_going_out() {
        let t = t();
        assert_eq!(t.next_change_after(0.0), Some(0.1));
        assert_eq!(t.next_change_after(0.1), Some(0.35));
        assert_eq!(t.next_change_after(0.5), Some(0.8));
        let off = t.next_change_after(1.0).expect("the last word goes out");
        assert!((off - 1.5).abs() < 1e-9, "{off}");
        assert_eq!(t.word_at(off - 1e-6), Some(2));
        assert_eq!(t.word_at(off + 1e-6), None);
        assert_eq!(t.next_change_after(2.0), None);
    }

    #[test]
    fn checks_catch_mismatched_words_order_and_length() {
        let t = t();
        let words: Vec<String> = ["The", "Jin", "rose."].map(String::from).to_vec();
        assert!(t.check(&words, Some(1.3)).is_empty());
        assert!(!t.check(&words[..2], Some(1.3)).is_empty());
        let other: Vec<String> = ["The", "Song", "rose."].map(String::from).to_vec();
        assert!(t.check(&other, Some(1.3))[0].contains("\"Song\""));
        assert!(t.check(&words, Some(1.0))[0].contains("clip lasts"));
        let bad =
            Timings::parse(br#"{"words":[{"text":"a","start":1.0,"end":0.5}]}"#).expect("parses");
        assert!(bad.check(&["a".into()], None)[0].contains("out of order"));
    }
}
