//! Problems found while loading a pack, each pinned to `file:line:col`.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

/// A place in a pack file: the path relative to the pack root, and a 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loc {
    /// Path of the file relative to the pack root, e.g. `story/story.toml`.
    pub file: Arc<str>,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub col: u32,
}

impl Loc {
    /// The start of `file`, for problems that concern the file as a whole.
    pub fn file_start(file: &str) -> Self {
        Self {
            file: file.into(),
            line: 1,
            col: 1,
        }
    }
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth fixing, but the pack still works.
    Warning,
    /// The pack cannot be read as intended.
    Error,
}

/// One problem in a pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where it is.
    pub loc: Loc,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong and, where it helps, what to do.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.severity {
            Severity::Error => write!(f, "{}: {}", self.loc, self.message),
            Severity::Warning => write!(f, "{}: warning: {}", self.loc, self.message),
        }
    }
}

/// Collects every problem so they can all be reported at once.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records an error.
    pub fn error(&mut self, loc: Loc, message: impl Into<String>) {
        self.items.push(Diagnostic {
            loc,
            severity: Severity::Error,
            message: message.into(),
        });
    }

    /// Records a warning.
    pub fn warning(&mut self, loc: Loc, message: impl Into<String>) {
        self.items.push(Diagnostic {
            loc,
            severity: Severity::Warning,
            message: message.into(),
        });
    }

    /// Whether any error (not just warnings) was recorded.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// All problems, sorted by file and position so reports read top to bottom.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&*a.loc.file, a.loc.line, a.loc.col).cmp(&(&*b.loc.file, b.loc.line, b.loc.col))
        });
        self.items
    }
}

/// A source file's text with a table of line starts, to turn byte offsets into [`Loc`]s.
pub struct SourceMap<'a> {
    file: Arc<str>,
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceMap<'a> {
    /// Indexes `text`, the contents of `file`.
    pub fn new(file: &str, text: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            file: file.into(),
            text,
            line_starts,
        }
    }

    /// The file's path relative to the pack root.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The location of a byte offset.
    pub fn loc(&self, offset: usize) -> Loc {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        Loc {
            file: self.file.clone(),
            line: u32::try_from(line).unwrap_or(u32::MAX),
            col: u32::try_from(col).unwrap_or(u32::MAX),
        }
    }

    /// The location where a span starts.
    pub fn span(&self, span: &Range<usize>) -> Loc {
        self.loc(span.start)
    }
}

/// The location of the first byte that is not valid UTF-8, counted over the valid prefix.
pub fn utf8_error_loc(file: &str, bytes: &[u8], valid_up_to: usize) -> Loc {
    let prefix = String::from_utf8_lossy(&bytes[..valid_up_to.min(bytes.len())]);
    SourceMap::new(file, &prefix).loc(prefix.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let map = SourceMap::new("a.toml", "ab\ncdé\nx");
        assert_eq!(map.loc(0).to_string(), "a.toml:1:1");
        assert_eq!(map.loc(1).to_string(), "a.toml:1:2");
        assert_eq!(map.loc(3).to_string(), "a.toml:2:1");
        // 'é' is two bytes but one column.
        assert_eq!(map.loc(7).to_string(), "a.toml:2:4");
        assert_eq!(map.loc(8).to_string(), "a.toml:3:1");
        assert_eq!(map.loc(999).to_string(), "a.toml:3:2");
    }

    #[test]
    fn utf8_errors_point_at_the_bad_byte() {
        let bytes = b"ok\nfine \xff here".to_vec();
        let err = String::from_utf8(bytes.clone()).expect_err("invalid");
        assert_eq!(
            utf8_error_loc("f.toml", &bytes, err.utf8_error().valid_up_to()).to_string(),
            "f.toml:2:6"
        );
    }

    #[test]
    fn reports_sort_by_position_and_know_errors_from_warnings() {
        let mut d = Diagnostics::default();
        d.warning(Loc::file_start("b"), "w");
        assert!(!d.has_errors());
        d.error(Loc::file_start("a"), "e");
        assert!(d.has_errors());
        let sorted = d.into_sorted();
        assert_eq!(sorted[0].to_string(), "a:1:1: e");
        assert_eq!(sorted[1].to_string(), "b:1:1: warning: w");
    }
}
