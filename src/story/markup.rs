//! Page text with glossary marks: `[[Kaifeng]]` or `[[Jurchen|Jurchens]]`.

/// One run of page text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    /// Plain words.
    Text(String),
    /// Words that link to a glossary term.
    Term {
        /// What the reader sees.
        shown: String,
        /// The glossary term (or alias) it links to, as written.
        term: String,
    },
}

/// Parsed page text: paragraphs of spans.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup {
    /// Paragraphs in order; each is a list of spans.
    pub paragraphs: Vec<Vec<Span>>,
}

/// One word as shown, with the glossary term it links to, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// The word, with any punctuation that touches it.
    pub text: String,
    /// The glossary term (as written in the mark), if the word is part of one.
    pub term: Option<String>,
}

/// A markup mistake, with its byte offset in the source text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkupError {
    /// Byte offset of the mistake within the text.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
}

impl Markup {
    /// Parses text, splitting paragraphs on blank lines and folding other whitespace to one space.
    ///
    /// # Errors
    /// Every unclosed or empty mark, with its offset.
    pub fn parse(text: &str) -> Result<Self, Vec<MarkupError>> {
        let mut errors = Vec::new();
        let mut paragraphs = Vec::new();
        let mut offset = 0;
        for para in split_paragraphs(text) {
            let start = text[offset..].find(para).map_or(offset, |i| offset + i);
            offset = start + para.len();
            let spans = parse_paragraph(para, start, &mut errors);
            if !spans.is_empty() {
                paragraphs.push(spans);
            }
        }
        if errors.is_empty() {
            Ok(Self { paragraphs })
        } else {
            Err(errors)
        }
    }

    /// The text as a reader sees it, marks removed, paragraphs joined by a blank line.
    pub fn plain(&self) -> String {
        self.paragraphs
            .iter()
            .map(|p| {
                p.iter()
                    .map(|s| match s {
                        Span::Text(t) => t.as_str(),
                        Span::Term { shown, .. } => shown.as_str(),
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// The glossary terms named, in order of appearance.
    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.paragraphs.iter().flatten().filter_map(|s| match s {
            Span::Term { term, .. } => Some(term.as_str()),
            Span::Text(_) => None,
        })
    }

    /// The words a reader sees, per paragraph, each knowing the glossary term it belongs to.
    ///
    /// Words are split on whitespace only, so punctuation stays with its word ("Kaifeng.") and
    /// the n-th word here is the n-th word of [`Markup::plain`]: narration timings index the same.
    pub fn words(&self) -> Vec<Vec<Word>> {
        self.paragraphs
            .iter()
            .map(|para| {
                let mut words: Vec<Word> = Vec::new();
                let mut glue = false;
                for span in para {
                    let (text, term) = match span {
                        Span::Text(t) => (t.as_str(), None),
                        Span::Term { shown, term } => (shown.as_str(), Some(term.as_str())),
                    };
                    let starts_ws = text.starts_with(char::is_whitespace);
                    for (i, piece) in text.split_whitespace().enumerate() {
                        match words.last_mut() {
                            Some(last) if i == 0 && glue && !starts_ws => {
                                last.text.push_str(piece);
                                if last.term.is_none() {
                                    last.term = term.map(str::to_owned);
                                }
                            }
                            _ => words.push(Word {
                                text: piece.to_owned(),
                                term: term.map(str::to_owned),
                            }),
                        }
                    }
                    glue = !text.ends_with(char::is_whitespace) && !text.is_empty();
                }
                words
            })
            .collect()
    }

    /// Number of words a reader sees.
    pub fn word_count(&self) -> usize {
        self.plain().split_whitespace().count()
    }
}

fn split_paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut last_end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some(pos),
            (true, Some(s)) => {
                out.push(text[s..last_end].trim());
                start = None;
            }
            _ => {}
        }
        pos += line.len();
        if !blank {
            last_end = pos;
        }
    }
    if let Some(s) = start {
        out.push(text[s..last_end].trim());
    }
    out
}

/// Appends `s` with runs of whitespace folded to one space; leading space is dropped only at the
/// very start of a paragraph.
fn fold_ws(s: &str, out: &mut String, para_start: bool) {
    let mut prev_space = out.ends_with(' ') || (out.is_empty() && para_start);
    for c in s.chars() {
        if c.is_whitespace() {
            if !prev_space {
                out.push(' ');
                prev_space = true;
            }
        } else {
            out.push(c);
            prev_space = false;
        }
    }
}

fn parse_paragraph(para: &str, base: usize, errors: &mut Vec<MarkupError>) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut text = String::new();
    let mut rest = para;
    let mut at = base;
    while let Some(open) = rest.find("[[") {
        fold_ws(&rest[..open], &mut text, spans.is_empty());
        let inner_start = open + 2;
        let Some(close) = rest[inner_start..].find("]]") else {
            errors.push(MarkupError {
                offset: at + open,
                message: "\"[[\" is never closed with \"]]\"".into(),
            });
            rest = &rest[inner_start..];
            at += inner_start;
            continue;
        };
        let inner = &rest[inner_start..inner_start + close];
        let (term, shown) = match inner.split_once('|') {
            Some((t, s)) => (t.trim(), s.trim()),
            None => (inner.trim(), inner.trim()),
        };
        if term.is_empty() || shown.is_empty() || inner.contains("[[") {
            errors.push(MarkupError {
                offset: at + open,
                message: format!(
                    "glossary mark \"[[{inner}]]\" is malformed; write [[term]] or [[term|shown words]]"
                ),
            });
        } else {
            if !text.is_empty() {
                spans.push(Span::Text(std::mem::take(&mut text)));
            }
            let mut folded = String::new();
            fold_ws(shown, &mut folded, true);
            spans.push(Span::Term {
                shown: folded,
                term: term.to_owned(),
            });
        }
        let consumed = inner_start + close + 2;
        rest = &rest[consumed..];
        at += consumed;
    }
    fold_ws(rest, &mut text, spans.is_empty());
    if rest.contains("]]") {
        errors.push(MarkupError {
            offset: at + rest.find("]]").unwrap_or(0),
            message: "\"]]\" without a matching \"[[\"".into(),
        });
    }
    let trimmed = text.trim_end().to_owned();
    if !trimmed.is_empty() {
        spans.push(Span::Text(trimmed));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_become_term_spans_and_plain_text_drops_brackets() {
        let m = Markup::parse("The [[Jurchen|Jurchens]] lived\n  near [[Kaifeng]].\n\nNew  para.")
            .expect("valid");
        assert_eq!(m.paragraphs.len(), 2);
        assert_eq!(m.plain(), "The Jurchens lived near Kaifeng.\n\nNew para.");
        assert_eq!(m.terms().collect::<Vec<_>>(), ["Jurchen", "Kaifeng"]);
        assert_eq!(m.word_count(), 7);
        assert_eq!(
            m.paragraphs[0][1],
            Span::Term {
                shown: "Jurchens".into(),
                term: "Jurchen".into()
            }
        );
    }

    #[test]
    fn words_keep_punctuation_with_terms_and_match_plain_text() {
        let m =
            Markup::parse("Near [[Kaifeng]], the [[Yellow River|big river]] ran.").expect("valid");
        let words = m.words();
        let texts: Vec<&str> = words[0].iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["Near", "Kaifeng,", "the", "big", "river", "ran."]);
        assert_eq!(words[0][1].term.as_deref(), Some("Kaifeng"));
        assert_eq!(words[0][4].term.as_deref(), Some("Yellow River"));
        assert_eq!(words[0][5].term, None);
        let plain: Vec<String> = m.plain().split_whitespace().map(str::to_owned).collect();
        assert_eq!(plain, texts);
    }

    #[test]
    fn broken_marks_are_reported_with_offsets() {
        let errs = Markup::parse("ok [[open and\nno close").expect_err("unclosed");
        assert_eq!(errs[0].offset, 3);
        let errs = Markup::parse("a [[|x]] b").expect_err("empty term");
        assert_eq!(errs[0].offset, 2);
        let errs = Markup::parse("a ]] b").expect_err("stray close");
        assert_eq!(errs[0].offset, 2);
    }

    #[test]
    fn offsets_count_from_the_start_of_the_whole_text() {
        let errs = Markup::parse("one\n\ntwo [[x").expect_err("unclosed");
        assert_eq!(errs[0].offset, 9);
    }
}
