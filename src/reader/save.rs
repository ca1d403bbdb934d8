//! Saving and resuming a reading session.
//!
//! Saves name pages by their keys, not indexes, so a save survives edits to the story that keep
//! the pages it mentions. A save that cannot be read, or that mentions pages the story no longer
//! has, is set aside as `*.bak` and reading starts fresh: nothing is lost and nothing crashes.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{Place, Reader, Snapshot};
use crate::story::{ChapterId, DetourId, PageId, Story};

/// Version of the save format.
pub const SAVE_VERSION: u32 = 1;

/// A place, by key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", content = "id", rename_all = "snake_case")]
pub enum SavedPlace {
    /// Title screen.
    Title,
    /// Chapter map.
    Chapters,
    /// A page.
    Page(String),
    /// A page's prompt.
    Prompt(String),
    /// A chapter's end.
    ChapterEnd(String),
    /// The end of the book.
    End,
}

/// A history step, by key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedStep {
    /// Where.
    pub place: SavedPlace,
    /// Open side trips: (detour key, key of the page that offered it).
    #[serde(default)]
    pub detours: Vec<(String, String)>,
}

/// Everything a save file holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveData {
    /// Save format version.
    pub version: u32,
    /// Title of the story it belongs to.
    pub story: String,
    /// Where the reader is.
    pub now: SavedStep,
    /// History for Back, oldest first.
    #[serde(default)]
    pub history: Vec<SavedStep>,
    /// Where Continue goes.
    #[serde(default)]
    pub resume: Option<SavedPlace>,
    /// Prompt answers: page key → choice index.
    #[serde(default)]
    pub answers: BTreeMap<String, usize>,
    /// Recap answers: chapter key → question index → choice index.
    #[serde(default)]
    pub recap: BTreeMap<String, BTreeMap<usize, usize>>,
    /// Pages read, by key.
    #[serde(default)]
    pub visited: Vec<String>,
    /// Class votes: page key → hands per choice.
    #[serde(default)]
    pub votes: BTreeMap<String, Vec<u32>>,
}

impl Reader {
    /// The session as save data.
    pub fn to_save(&self) -> SaveData {
        let s = &self.story;
        let key = |p: PageId| s.page(p).key.clone();
        let place = |p: Place| match p {
            Place::Title => SavedPlace::Title,
            Place::Chapters => SavedPlace::Chapters,
            Place::Page(p) => SavedPlace::Page(key(p)),
            Place::Prompt(p) => SavedPlace::Prompt(key(p)),
            Place::ChapterEnd(c) => SavedPlace::ChapterEnd(s.chapter(c).key.clone()),
            Place::End => SavedPlace::End,
        };
        let step = |snap: &Snapshot| SavedStep {
            place: place(snap.place),
            detours: snap
                .detours
                .iter()
                .map(|(d, p)| (s.detour(*d).key.clone(), key(*p)))
                .collect(),
        };
        let mut recap: BTreeMap<String, BTreeMap<usize, usize>> = BTreeMap::new();
        for ((c, q), a) in &self.recap {
            recap
                .entry(s.chapter(*c).key.clone())
                .or_default()
                .insert(*q, *a);
        }
        SaveData {
            version: SAVE_VERSION,
            story: s.title.clone(),
            now: step(&self.now),
            history: self.history.iter().map(step).collect(),
            resume: self.resume.map(place),
            answers: self.answers.iter().map(|(p, a)| (key(*p), *a)).collect(),
            recap,
            visited: self.visited.iter().map(|p| key(*p)).collect(),
            votes: self
                .votes
                .iter()
                .map(|(p, v)| (key(*p), v.clone()))
                .collect(),
        }
    }

    /// Rebuilds a session from save data.
    ///
    /// # Errors
    /// A message when the save belongs to another story or version, or names pages, chapters or
    /// answers this story does not have.
    pub fn from_save(story: Arc<Story>, data: &SaveData) -> Result<Self, String> {
        if data.version != SAVE_VERSION {
            return Err(format!(
                "save format {} is not {SAVE_VERSION}",
                data.version
            ));
        }
        if data.story != story.title {
            return Err(format!(
                "the save is for \"{}\", not \"{}\"",
                data.story, story.title
            ));
        }
        let s = &story;
        let page = |k: &str| s.page_by_key(k).ok_or_else(|| format!("no page \"{k}\""));
        let chapter = |k: &str| {
            s.chapters
                .iter()
                .position(|c| c.key == k)
                .map(ChapterId)
                .ok_or_else(|| format!("no chapter \"{k}\""))
        };
        let detour = |k: &str| {
            s.detours
                .iter()
                .position(|d| d.key == k)
                .map(DetourId)
                .ok_or_else(|| format!("no detour \"{k}\""))
        };
        let place = |p: &SavedPlace| -> Result<Place, String> {
            Ok(match p {
                SavedPlace::Title => Place::Title,
                SavedPlace::Chapters => Place::Chapters,
                SavedPlace::Page(k) => Place::Page(page(k)?),
                SavedPlace::Prompt(k) => {
                    let id = page(k)?;
                    if s.page(id).prompt.is_none() {
                        return Err(format!("page \"{k}\" has no prompt"));
                    }
                    Place::Prompt(id)
                }
                SavedPlace::ChapterEnd(k) => Place::ChapterEnd(chapter(k)?),
                SavedPlace::End => Place::End,
            })
        };
        let step = |st: &SavedStep| -> Result<Snapshot, String> {
            Ok(Snapshot {
                place: place(&st.place)?,
                detours: st
                    .detours
                    .iter()
                    .map(|(d, p)| Ok((detour(d)?, page(p)?)))
                    .collect::<Result<_, String>>()?,
            })
        };
        let mut answers = BTreeMap::new();
        for (k, a) in &data.answers {
            let id = page(k)?;
            let n = s.page(id).choice_count();
            if *a >= n {
                return Err(format!("answer {a} at \"{k}\" is out of range"));
            }
            answers.insert(id, *a);
        }
        let mut recap = BTreeMap::new();
        for (k, qs) in &data.recap {
            let c = chapter(k)?;
            for (q, a) in qs {
                let ok = s
                    .chapter(c)
                    .recap
                    .get(*q)
                    .is_some_and(|rq| *a < rq.choices.len());
                if !ok {
                    return Err(format!("recap answer {q}/{a} in \"{k}\" is out of range"));
                }
                recap.insert((c, *q), *a);
            }
        }
        let mut votes = BTreeMap::new();
        for (k, v) in &data.votes {
            let id = page(k)?;
            let n = s.page(id).choice_count();
            if v.len() != n {
                return Err(format!("votes at \"{k}\" do not match its choices"));
            }
            votes.insert(id, v.clone());
        }
        let now = step(&data.now)?;
        Ok(Self {
            now,
            history: data.history.iter().map(step).collect::<Result<_, _>>()?,
            resume: data.resume.as_ref().map(place).transpose()?,
            answers,
            recap,
            votes,
            revision: 0,
            visited: data
                .visited
                .iter()
                .map(|k| page(k))
                .collect::<Result<_, _>>()?,
            story,
        })
    }
}

/// What loading a save found.
#[derive(Debug)]
pub enum Loaded {
    /// There was no save: a fresh start.
    Fresh(Reader),
    /// The save was read and resumed.
    Resumed(Reader),
    /// The save was unreadable; it was moved aside and reading starts fresh.
    SetAside {
        /// The fresh session.
        reader: Reader,
        /// Where the old save now is; `None` when it could not be moved (it stays in place and
        /// the next save replaces it).
        backup: Option<PathBuf>,
        /// Why it could not be used.
        reason: String,
    },
}

impl Loaded {
    /// The session, whichever way it came.
    pub fn into_reader(self) -> Reader {
        match self {
            Self::Fresh(r) | Self::Resumed(r) | Self::SetAside { reader: r, .. } => r,
        }
    }
}

/// Save files in one folder, one per reader profile.
#[derive(Clone, Debug)]
pub struct SaveStore {
    dir: PathBuf,
}

impl SaveStore {
    /// A store in `dir` (created on first save).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The platform's data folder for Lantern (e.g. `~/.local/share/lantern`), if known.
    pub fn platform_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("org", "Lantern", "lantern")
            .map(|d| d.data_dir().to_path_buf())
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The save file of a profile.
    pub fn path(&self, profile: &str) -> PathBuf {
        let safe: String = profile
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        self.dir.join(format!("{safe}.json"))
    }

    /// Loads a profile's session, setting a bad save aside.
    pub fn load(&self, profile: &str, story: &Arc<Story>) -> Loaded {
        let path = self.path(profile);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            // No file, or no folder for it (a data folder under a file): nothing was saved.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                return Loaded::Fresh(Reader::new(story.clone()));
            }
            Err(e) => return self.set_aside(&path, story, format!("it could not be read: {e}")),
        };
        let parsed = serde_json::from_slice::<SaveData>(&bytes)
            .map_err(|e| format!("it is not a valid save: {e}"))
            .and_then(|d| {
                Reader::from_save(story.clone(), &d)
                    .map_err(|e| format!("it does not fit this story: {e}"))
            });
        match parsed {
            Ok(r) => Loaded::Resumed(r),
            Err(reason) => self.set_aside(&path, story, reason),
        }
    }

    fn set_aside(&self, path: &Path, story: &Arc<Story>, reason: String) -> Loaded {
        // If even the rename fails the fresh session still works; the next save overwrites.
        let backup = set_aside(path);
        Loaded::SetAside {
            reader: Reader::new(story.clone()),
            backup,
            reason,
        }
    }

    /// Saves a session atomically: the old save or the new one, never a torn file.
    ///
    /// # Errors
    /// When the folder or file cannot be written (e.g. a read-only home).
    pub fn save(&self, profile: &str, reader: &Reader) -> std::io::Result<()> {
        write_atomic(&self.path(profile), &encode(&reader.to_save())?)
    }

    /// The profile ids that have a save file here (`mia.json` → `mia`), sorted.
    pub fn saved_profiles(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = entries
            .filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                let id = name.strip_suffix(".json")?;
                let plain = !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                (plain && name != "profiles.json").then(|| id.to_owned())
            })
            .collect();
        ids.sort();
        ids
    }

    /// Reads a JSON file kept beside the saves (e.g. the reader profiles); `None` when it is
    /// missing or unreadable.
    pub fn load_json<T: serde::de::DeserializeOwned>(&self, name: &str) -> Option<T> {
        let bytes = std::fs::read(self.dir.join(name)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Writes a JSON file beside the saves, atomically.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn save_json<T: Serialize>(&self, name: &str, value: &T) -> std::io::Result<()> {
        write_atomic(&self.dir.join(name), &encode(value)?)
    }
}

/// Moves a file that could not be used out of the way, to `NAME.bak` (or `NAME.2.bak`, … so
/// an older backup is never replaced). `None` when it could not be moved.
pub fn set_aside(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let backup = (1..1000)
        .map(|n| match n {
            1 => path.with_file_name(format!("{name}.bak")),
            n => path.with_file_name(format!("{name}.{n}.bak")),
        })
        .find(|p| !p.exists())?;
    std::fs::rename(path, &backup).ok().map(|()| backup)
}

/// The bytes of a save or settings file, as [`SaveStore`] writes them (the window encodes the
/// same way and hands the bytes to its writer thread).
///
/// # Errors
/// When the value cannot be written as JSON.
pub fn encode<T: Serialize>(value: &T) -> std::io::Result<Vec<u8>> {
    serde_json::to_vec_pretty(value).map_err(std::io::Error::other)
}

/// Writes a file so that readers see the old contents or the new, never a mix: the bytes go to
/// a temporary file that is flushed to disk, then renamed over the old one.
///
/// # Errors
/// When the folder or file cannot be written.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("tmp");
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}
