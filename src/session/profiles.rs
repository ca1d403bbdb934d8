//! Reader profiles: a name and a colour (no account, no network). Each profile keeps its own
//! place, predictions and quiz answers (its own save file), its own settings, and a reading log.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Settings;

/// File beside the saves that lists the profiles.
pub const FILE: &str = "profiles.json";

/// How many colours a profile can wear (no pictures, no emoji: a colour and a name are
/// enough). The colours themselves are the window's (`ui::style::PROFILE_COLOURS`).
pub const COLOUR_COUNT: usize = 6;

/// One reader.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Stable id; also the name of the save file.
    pub id: String,
    /// The name shown.
    pub name: String,
    /// Which of the [`COLOUR_COUNT`] colours.
    pub colour: usize,
    /// This reader's settings.
    #[serde(default)]
    pub settings: Settings,
    /// Pages read per day: `YYYY-MM-DD` → pages.
    #[serde(default)]
    pub log: BTreeMap<String, u32>,
}

/// All profiles and who is reading now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profiles {
    /// Every profile, in the order they were added.
    pub profiles: Vec<Profile>,
    /// Id of the profile in use.
    pub current: String,
}

impl Default for Profiles {
    fn default() -> Self {
        Self {
            profiles: vec![Profile {
                id: "reader".into(),
                name: "Reader".into(),
                colour: 0,
                settings: Settings::default(),
                log: BTreeMap::new(),
            }],
            current: "reader".into(),
        }
    }
}

impl Profiles {
    /// Makes sure the list is usable: at least one profile, and `current` names one of them.
    pub fn repaired(mut self) -> Self {
        if self.profiles.is_empty() {
            return Self::default();
        }
        if !self.profiles.iter().any(|p| p.id == self.current) {
            self.current = self.profiles[0].id.clone();
        }
        for p in &mut self.profiles {
            p.colour %= COLOUR_COUNT;
            p.settings = std::mem::take(&mut p.settings).repaired();
        }
        self
    }

    /// Adds back every reader whose save is in `saved` (profile ids) but who is not listed, so
    /// a save whose entry was lost stays reachable. Returns the names added.
    pub fn adopt_orphans(&mut self, saved: &[String]) -> Vec<String> {
        let mut added = Vec::new();
        for id in saved {
            if self.profiles.iter().any(|p| &p.id == id) {
                continue;
            }
            let name = name_from_id(id);
            self.profiles.push(Profile {
                id: id.clone(),
                name: name.clone(),
                colour: self.profiles.len() % COLOUR_COUNT,
                settings: Settings::default(),
                log: BTreeMap::new(),
            });
            added.push(name);
        }
        added
    }

    /// The profile in use.
    pub fn current(&self) -> &Profile {
        self.profiles
            .iter()
            .find(|p| p.id == self.current)
            .unwrap_or(&self.profiles[0])
    }

    /// The profile in use, to change.
    pub fn current_mut(&mut self) -> &mut Profile {
        let i = self
            .profiles
            .iter()
            .position(|p| p.id == self.current)
            .unwrap_or(0);
        &mut self.profiles[i]
    }

    /// Adds a profile and returns its id; `None` for an empty name.
    pub fn add(&mut self, name: &str, colour: usize) -> Option<String> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let base: String = name
            .chars()
            .filter_map(|c| {
                if c.is_ascii_alphanumeric() {
                    Some(c.to_ascii_lowercase())
                } else {
                    None
                }
            })
            .collect();
        let base = if base.is_empty() {
            "reader".to_owned()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.profiles.iter().any(|p| p.id == id) {
            id = format!("{base}{n}");
            n += 1;
        }
        self.profiles.push(Profile {
            id: id.clone(),
            name: name.chars().take(40).collect(),
            colour: colour % COLOUR_COUNT,
            settings: Settings::default(),
            log: BTreeMap::new(),
        });
        Some(id)
    }
}

/// A name to show for a reader known only by the id of their save: `mia2` → `Mia2`.
fn name_from_id(id: &str) -> String {
    let mut chars = id.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Reader".to_owned(),
    }
}

/// Today's date as `YYYY-MM-DD`, from the system clock (UTC).
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The calendar date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts_become_calendar_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(59), (1970, 3, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_417), (2025, 11, 25));
        assert_eq!(today().len(), 10);
    }

    #[test]
    fn profiles_get_unique_ids_and_a_broken_list_is_repaired() {
        let mut p = Profiles::default();
        assert_eq!(p.add("Mia", 1).as_deref(), Some("mia"));
        assert_eq!(p.add("Mia", 2).as_deref(), Some("mia2"));
        assert_eq!(p.add("  ", 2), None);
        assert_eq!(p.add("李 Li", 9).as_deref(), Some("li"));
        assert_eq!(p.profiles.len(), 4);
        assert_eq!(p.profiles[3].colour, 3);
        assert!(p.profiles.iter().all(|x| x.colour < COLOUR_COUNT));
        p.current = "gone".into();
        let fixed = p.repaired();
        assert_eq!(fixed.current, "reader");
        let empty = Profiles {
            profiles: vec![],
            current: "x".into(),
        }
        .repaired();
        assert_eq!(empty, Profiles::default());
    }

    #[test]
    fn readers_known_only_by_their_save_are_added_back_once() {
        let mut p = Profiles::default();
        let saved = vec!["reader".to_owned(), "mia".to_owned(), "tom2".to_owned()];
        assert_eq!(p.adopt_orphans(&saved), vec!["Mia", "Tom2"]);
        assert_eq!(p.profiles.len(), 3);
        assert_eq!(p.profiles[1].id, "mia");
        assert!(p.adopt_orphans(&saved).is_empty());
    }
}
