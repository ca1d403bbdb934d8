//! The reading session around the [`Reader`]: who is reading (profiles), their settings, the
//! reading log, saving and resuming, and the summary for parents and teachers. No egui.
//!
//! Everything here is decided by plain method calls, so it is tested without a window. The
//! window calls [`Session::tick`] once a frame; a change to the reader (its revision) or to the
//! profiles is encoded then and handed to the writer thread ([`saver`]), so no disk flush ever
//! runs on the window's thread.

pub mod profiles;
pub mod saver;
pub mod settings;

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::reader::save::encode;
use crate::reader::{Action, Event, Reader, SaveData, SaveLoaded, SaveStore};
use crate::story::Story;
pub use profiles::{Profile, Profiles};
pub use settings::{FontChoice, Settings};

/// One line of the summary for parents and teachers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SummaryRow {
    /// Profile id.
    pub id: String,
    /// Pages read, pages in the book.
    pub pages: (usize, usize),
    /// Guesses that matched history, guesses made.
    pub guesses: (usize, usize),
    /// Quiz answers right, quiz questions answered.
    pub quiz: (usize, usize),
    /// Days with reading.
    pub days: usize,
    /// Last day with reading.
    pub last_day: Option<String>,
}

/// The reading session of one window.
pub struct Session {
    reader: Reader,
    store: Option<SaveStore>,
    saver: Option<saver::Saver>,
    profiles: Profiles,
    /// The profiles as last handed to the writer; `None` while the file on disk must not be
    /// replaced (it could not be read and could not be set aside either).
    saved_profiles: Option<Profiles>,
    /// The bytes of each reader's save as last handed to the writer in this run, so switching
    /// readers or drawing the summary never waits for the disk.
    written: BTreeMap<String, Vec<u8>>,
    /// The reader revision last saved.
    last_saved: u64,
    /// Pages read when the reading log was last counted.
    pages_read: usize,
    /// The reader was told their place cannot be saved (until a save works again).
    save_failed: bool,
    notices: Vec<String>,
}

impl Session {
    /// Opens the session of whoever read last, from `store` (none: nothing is kept). `wake` is
    /// called from the writer thread after each write, so the window can show a failure.
    pub fn open(
        story: Arc<Story>,
        store: Option<SaveStore>,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let mut notices = Vec::new();
        let (profiles, writable) = match &store {
            Some(s) => {
                let (p, writable, notice) = load_profiles(s);
                notices.extend(notice);
                (p, writable)
            }
            None => (Profiles::default(), true),
        };
        let (reader, notice) = load_reader(store.as_ref(), &profiles.current, &story, None);
        notices.extend(notice);
        let saver = store.as_ref().map(|_| saver::Saver::new(wake));
        Self {
            pages_read: reader.progress().0,
            // What was just read from disk needs no saving until it changes.
            last_saved: reader.revision(),
            saved_profiles: writable.then(|| profiles.clone()),
            reader,
            store,
            saver,
            profiles,
            written: BTreeMap::new(),
            save_failed: false,
            notices,
        }
    }

    /// The reading session.
    pub fn reader(&self) -> &Reader {
        &self.reader
    }

    /// The reading session, to change directly (setting up a screenshot); changes are saved
    /// like any other.
    pub fn reader_mut(&mut self) -> &mut Reader {
        &mut self.reader
    }

    /// Passes an action to the reader.
    pub fn apply(&mut self, action: Action) -> Vec<Event> {
        self.reader.apply(action)
    }

    /// The reader profiles.
    pub fn profiles(&self) -> &Profiles {
        &self.profiles
    }

    /// The settings of whoever is reading.
    pub fn settings(&self) -> &Settings {
        &self.profiles.current().settings
    }

    /// The settings of whoever is reading, to change (saved at the next [`Session::tick`]).
    pub fn settings_mut(&mut self) -> &mut Settings {
        &mut self.profiles.current_mut().settings
    }

    /// The next message for the reader, oldest first.
    pub fn take_notice(&mut self) -> Option<String> {
        (!self.notices.is_empty()).then(|| self.notices.remove(0))
    }

    /// Reads as profile `id` from now on: saves the current reader's place and loads theirs.
    /// Returns false (and changes nothing) when there is no such profile.
    pub fn switch_profile(&mut self, id: &str) -> bool {
        if !self.profiles.profiles.iter().any(|p| p.id == id) {
            return false;
        }
        self.tick();
        self.profiles.current = id.to_owned();
        let story = self.reader.story().clone();
        let (reader, notice) = load_reader(self.store.as_ref(), id, &story, self.written.get(id));
        self.notices.extend(notice);
        self.reader = reader;
        self.pages_read = self.reader.progress().0;
        self.last_saved = self.reader.revision();
        // Who reads last is remembered at once, not only at the next frame.
        self.save_if_changed();
        true
    }

    /// Adds a reader and switches to them; `false` for an empty name.
    pub fn add_profile(&mut self, name: &str, colour: usize) -> bool {
        match self.profiles.add(name, colour) {
            Some(id) => self.switch_profile(&id),
            None => false,
        }
    }

    /// What every reader has done, for the summary screen.
    pub fn summary(&self) -> Vec<SummaryRow> {
        let story = self.reader.story().clone();
        self.profiles
            .profiles
            .iter()
            .map(|p| {
                let reader = if p.id == self.profiles.current {
                    self.reader.clone()
                } else {
                    let data = match self.written.get(&p.id) {
                        Some(bytes) => serde_json::from_slice::<SaveData>(bytes).ok(),
                        None => self
                            .store
                            .as_ref()
                            .and_then(|s| s.load_json::<SaveData>(&format!("{}.json", p.id))),
                    };
                    data.and_then(|d| Reader::from_save(story.clone(), &d).ok())
                        .unwrap_or_else(|| Reader::new(story.clone()))
                };
                let score = reader.score();
                SummaryRow {
                    id: p.id.clone(),
                    pages: reader.progress(),
                    guesses: (score.correct, score.answered),
                    quiz: reader.quiz_score(),
                    days: p.log.len(),
                    last_day: p.log.keys().next_back().cloned(),
                }
            })
            .collect()
    }

    /// Once a frame: counts newly read pages into today's line of the reading log, and hands
    /// whatever changed to the writer thread.
    pub fn tick(&mut self) {
        self.log_reading();
        self.save_if_changed();
    }

    /// Waits until every queued save is on disk (tests, and before the window closes).
    pub fn flush(&self) {
        if let Some(s) = &self.saver {
            s.flush();
        }
    }

    fn log_reading(&mut self) {
        let read = self.reader.progress().0;
        if read > self.pages_read {
            let added = u32::try_from(read - self.pages_read).unwrap_or(u32::MAX);
            *self
                .profiles
                .current_mut()
                .log
                .entry(profiles::today())
                .or_insert(0) += added;
        }
        self.pages_read = read;
    }

    fn save_if_changed(&mut self) {
        let (Some(store), Some(saver)) = (&self.store, &self.saver) else {
            return;
        };
        for result in saver.results() {
            match result {
                // Told once: a read-only home would otherwise bring the notice back at every
                // turn.
                Err(e) if !self.save_failed => {
                    self.save_failed = true;
                    self.notices.push(format!(
                        "Your place cannot be saved ({e}); reading goes on, but it will not be \
                         remembered."
                    ));
                }
                Err(_) => {}
                Ok(()) => self.save_failed = false,
            }
        }
        if let Some(saved) = &self.saved_profiles
            && saved != &self.profiles
        {
            if let Ok(json) = encode(&self.profiles) {
                saver.write(store.dir().join(profiles::FILE), json);
            }
            self.saved_profiles = Some(self.profiles.clone());
        }
        let revision = self.reader.revision();
        if self.last_saved == revision {
            return;
        }
        if let Ok(json) = encode(&self.reader.to_save()) {
            let id = self.profiles.current.clone();
            saver.write(store.path(&id), json.clone());
            self.written.insert(id, json);
        }
        self.last_saved = revision;
    }
}

/// Reads the profiles beside the saves. Returns them, whether `profiles.json` may be replaced,
/// and a notice when the file could not be used.
///
/// A file that cannot be parsed is set aside as `profiles.json.bak` (never overwritten), and
/// the list is rebuilt from the saves in the folder, so every reader whose save exists is
/// offered back. A reader with a save but no entry (an older or hand-edited list) is added
/// back too.
fn load_profiles(store: &SaveStore) -> (Profiles, bool, Option<String>) {
    let path = store.dir().join(profiles::FILE);
    let saved = store.saved_profiles();
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            let mut p = Profiles::default();
            p.adopt_orphans(&saved);
            return (p, true, None);
        }
        Err(e) => {
            // It exists but cannot be read now (permissions, a disk error): leave it alone.
            let mut p = Profiles::default();
            p.adopt_orphans(&saved);
            let notice = format!(
                "The list of readers could not be read ({e}); it is left as it is, and changes \
                 to readers will not be saved this time."
            );
            return (p, false, Some(notice));
        }
    };
    match serde_json::from_slice::<Profiles>(&bytes) {
        Ok(p) => {
            let mut p = p.repaired();
            p.adopt_orphans(&saved);
            (p, true, None)
        }
        Err(e) => {
            let mut p = Profiles::default();
            let added = p.adopt_orphans(&saved);
            let found = if added.is_empty() {
                String::new()
            } else {
                format!(" Readers found from their saves: {}.", added.join(", "))
            };
            match crate::reader::save::set_aside(&path) {
                Some(backup) => {
                    let notice = format!(
                        "The list of readers could not be read ({e}), so it was made again.{found} \
                         The old list, with the reading log, was kept as {}.",
                        backup.display()
                    );
                    (p, true, Some(notice))
                }
                None => {
                    let notice = format!(
                        "The list of readers could not be read ({e}); it is left as it is, and \
                         changes to readers will not be saved this time.{found}"
                    );
                    (p, false, Some(notice))
                }
            }
        }
    }
}

/// Loads a profile's session (from `pending`, the bytes last handed to the writer, when there
/// are some), with a notice when its save had to be set aside.
fn load_reader(
    store: Option<&SaveStore>,
    profile: &str,
    story: &Arc<Story>,
    pending: Option<&Vec<u8>>,
) -> (Reader, Option<String>) {
    if let Some(reader) = pending
        .and_then(|b| serde_json::from_slice::<SaveData>(b).ok())
        .and_then(|d| Reader::from_save(story.clone(), &d).ok())
    {
        return (reader, None);
    }
    match store.map(|s| s.load(profile, story)) {
        Some(SaveLoaded::SetAside {
            reader,
            backup,
            reason,
        }) => {
            let kept = match backup {
                Some(b) => format!("The old save was kept as {}.", b.display()),
                None => "The old save could not be moved aside.".to_owned(),
            };
            let notice = format!(
                "Your saved place could not be used ({reason}), so reading starts fresh. {kept}"
            );
            (reader, Some(notice))
        }
        Some(other) => (other.into_reader(), None),
        None => (Reader::new(story.clone()), None),
    }
}

#[cfg(test)]
mod tests;
