//! Phase one of loading: TOML documents walked into plain structs that remember where every
//! value came from.
//!
//! The walker reads `toml`'s spanned document tree by hand instead of through serde so that one
//! pass reports every unknown key, missing key and wrong type in a file, not only the first.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diag::{Diagnostics, Loc, SourceMap};

/// A value and where it was written.
#[derive(Clone, Debug)]
pub struct At<T> {
    /// The value.
    pub v: T,
    /// Where it starts in its file.
    pub at: Loc,
    /// Byte span of the raw TOML value, for finding things inside long strings.
    pub span: Range<usize>,
}

/// A TOML table being read, with the file it came from.
pub struct Tbl<'a, 'i> {
    map: &'a SourceMap<'a>,
    table: &'a DeTable<'i>,
    span: Range<usize>,
    what: &'static str,
}

/// Parses a TOML document, reporting every syntax error found; `None` if none could be read.
pub fn parse_document<'i>(
    map: &SourceMap<'_>,
    text: &'i str,
    diags: &mut Diagnostics,
) -> Option<Spanned<DeTable<'i>>> {
    let (doc, errors) = DeTable::parse_recoverable(text);
    let failed = !errors.is_empty();
    for e in errors {
        let at = map.loc(e.span().map_or(0, |s| s.start));
        diags.error(at, format!("TOML syntax: {}", e.message().trim()));
    }
    (!failed).then_some(doc)
}

impl<'a, 'i> Tbl<'a, 'i> {
    /// Wraps a whole document.
    pub fn root(map: &'a SourceMap<'a>, doc: &'a Spanned<DeTable<'i>>, what: &'static str) -> Self {
        Self {
            map,
            table: doc.get_ref(),
            span: doc.span(),
            what,
        }
    }

    /// Where the table starts.
    pub fn loc(&self) -> Loc {
        self.map.span(&self.span)
    }

    /// The file's source map.
    pub fn source(&self) -> &'a SourceMap<'a> {
        self.map
    }

    fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref() == key)
            .map(|(_, v)| v)
    }

    /// Reports every key not in `allowed`.
    pub fn deny_unknown(&self, allowed: &[&str], diags: &mut Diagnostics) {
        for (k, _) in self.table {
            if !allowed.contains(&k.get_ref().as_ref()) {
                diags.error(
                    self.map.span(&k.span()),
                    format!(
                        "unknown key `{}` in {}; expected one of: {}",
                        k.get_ref(),
                        self.what,
                        allowed.join(", ")
                    ),
                );
            }
        }
    }

    fn wrong_type(&self, key: &str, v: &Spanned<DeValue<'_>>, want: &str, diags: &mut Diagnostics) {
        diags.error(
            self.map.span(&v.span()),
            format!(
                "`{key}` in {} must be {want}, not {}",
                self.what,
                v.get_ref().type_str()
            ),
        );
    }

    fn missing(&self, key: &str, diags: &mut Diagnostics) {
        diags.error(
            self.loc(),
            format!("{} is missing the required key `{key}`", self.what),
        );
    }

    fn at<T>(&self, v: T, span: Range<usize>) -> At<T> {
        At {
            v,
            at: self.map.span(&span),
            span,
        }
    }

    /// An optional string.
    pub fn opt_str(&self, key: &str, diags: &mut Diagnostics) -> Option<At<String>> {
        let v = self.get(key)?;
        match v.get_ref().as_str() {
            Some(s) => Some(self.at(s.to_owned(), v.span())),
            None => {
                self.wrong_type(key, v, "a string", diags);
                None
            }
        }
    }

    /// A required, non-empty string.
    pub fn req_str(&self, key: &str, diags: &mut Diagnostics) -> Option<At<String>> {
        if self.get(key).is_none() {
            self.missing(key, diags);
            return None;
        }
        let s = self.opt_str(key, diags)?;
        if s.v.trim().is_empty() {
            diags.error(s.at.clone(), format!("`{key}` in {} is empty", self.what));
        }
        Some(s)
    }

    /// An optional integer.
    pub fn opt_int(&self, key: &str, diags: &mut Diagnostics) -> Option<At<i64>> {
        let v = self.get(key)?;
        let parsed = v
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok());
        match parsed {
            Some(n) => Some(self.at(n, v.span())),
            None => {
                self.wrong_type(key, v, "an integer", diags);
                None
            }
        }
    }

    /// A required integer.
    pub fn req_int(&self, key: &str, diags: &mut Diagnostics) -> Option<At<i64>> {
        if self.get(key).is_none() {
            self.missing(key, diags);
            return None;
        }
        self.opt_int(key, diags)
    }

    /// An optional boolean.
    pub fn opt_bool(&self, key: &str, diags: &mut Diagnostics) -> Option<At<bool>> {
        let v = self.get(key)?;
        match v.get_ref().as_bool() {
            Some(b) => Some(self.at(b, v.span())),
            None => {
                self.wrong_type(key, v, "true or false", diags);
                None
            }
        }
    }

    /// An optional array of strings (empty when absent).
    pub fn str_list(&self, key: &str, diags: &mut Diagnostics) -> Vec<At<String>> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let Some(items) = v.get_ref().as_array() else {
            self.wrong_type(key, v, "an array of strings", diags);
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match item.get_ref().as_str() {
                Some(s) => Some(self.at(s.to_owned(), item.span())),
                None => {
                    self.wrong_type(key, item, "a string", diags);
                    None
                }
            })
            .collect()
    }

    /// An optional sub-table.
    pub fn table(&self, key: &str, what: &'static str, diags: &mut Diagnostics) -> Option<Self> {
        let v = self.get(key)?;
        match v.get_ref().as_table() {
            Some(t) => Some(Self {
                map: self.map,
                table: t,
                span: v.span(),
                what,
            }),
            None => {
                self.wrong_type(key, v, "a table", diags);
                None
            }
        }
    }

    /// An optional array of tables (`[[key]]`), empty when absent.
    pub fn tables(&self, key: &str, what: &'static str, diags: &mut Diagnostics) -> Vec<Self> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let Some(items) = v.get_ref().as_array() else {
            self.wrong_type(key, v, "an array of tables", diags);
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match item.get_ref().as_table() {
                Some(t) => Some(Self {
                    map: self.map,
                    table: t,
                    span: item.span(),
                    what,
                }),
                None => {
                    self.wrong_type(key, item, "a table", diags);
                    None
                }
            })
            .collect()
    }
}

/// Where inside a TOML string literal a substring of its value sits, best effort.
///
/// Story text is written as plain or multi-line strings without escapes, so a content offset
/// maps straight onto the raw literal once the opening quotes (and the newline that directly
/// follows `"""`) are skipped.
pub fn loc_in_string(map: &SourceMap<'_>, text: &str, span: &Range<usize>, offset: usize) -> Loc {
    let raw = text.get(span.clone()).unwrap_or_default();
    let delim = if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
        3
    } else {
        usize::from(raw.starts_with('"') || raw.starts_with('\''))
    };
    let mut start = span.start + delim;
    let after = &raw[delim.min(raw.len())..];
    if delim == 3 {
        if after.starts_with("\r\n") {
            start += 2;
        } else if after.starts_with('\n') {
            start += 1;
        }
    }
    map.loc((start + offset).min(span.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unknown_key_and_type_error_is_reported() {
        let text = "id = 3\nname = \"x\"\ncolour = \"red\"\nsize = 2\n";
        let map = SourceMap::new("t.toml", text);
        let mut d = Diagnostics::default();
        let doc = parse_document(&map, text, &mut d).expect("parses");
        let t = Tbl::root(&map, &doc, "the test table");
        t.deny_unknown(&["id", "name"], &mut d);
        assert!(t.req_str("id", &mut d).is_none());
        assert!(t.req_str("missing", &mut d).is_none());
        assert_eq!(t.req_str("name", &mut d).map(|s| s.v), Some("x".into()));
        let msgs: Vec<String> = d.into_sorted().iter().map(ToString::to_string).collect();
        assert_eq!(msgs.len(), 4, "{msgs:#?}");
        assert!(msgs[0].starts_with("t.toml:1:1: the test table is missing"));
        assert!(msgs[1].starts_with("t.toml:1:6: `id` in the test table must be a string"));
        assert!(msgs[2].starts_with("t.toml:3:1: unknown key `colour`"));
        assert!(msgs[3].starts_with("t.toml:4:1: unknown key `size`"));
    }

    #[test]
    fn syntax_errors_carry_positions() {
        let text = "a = 1\nb = = 2\n";
        let map = SourceMap::new("s.toml", text);
        let mut d = Diagnostics::default();
        assert!(parse_document(&map, text, &mut d).is_none());
        let first = d.into_sorted().remove(0);
        assert_eq!(first.loc.line, 2);
    }

    #[test]
    fn offsets_inside_multiline_strings_map_to_their_lines() {
        let text = "text = \"\"\"\nline one\nline [[two\n\"\"\"\n";
        let map = SourceMap::new("m.toml", text);
        let mut d = Diagnostics::default();
        let doc = parse_document(&map, text, &mut d).expect("parses");
        let t = Tbl::root(&map, &doc, "t");
        let s = t.req_str("text", &mut d).expect("text");
        let off = s.v.find("[[").expect("mark");
        assert_eq!(
            loc_in_string(&map, text, &s.span, off).to_string(),
            "m.toml:3:6"
        );
    }
}
