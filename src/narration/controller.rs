//! The read-aloud controller: owns the narrator and the clip loader, follows the reader's
//! place, and in auto mode turns pages when a clip ends.
//!
//! It decides nothing about the story itself: which clip fits where, and what to do after a
//! clip, come from [`crate::narration::read_aloud`]. It keeps no settings either: auto mode,
//! speed and volume are the reader's [`Settings`], handed in on every call.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::narration::read_aloud::{after_clip, clip_at, clip_for_place, clip_for_term};
use crate::narration::{
    ClipKind, ClipLoader, ClipRef, ClipState, Narrator, Speed, Timings, open_best,
};
use crate::reader::{Action, Place, Reader};
use crate::session::Settings;
use crate::story::{Pack, PageId};

/// Where to start a clip.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Start {
    /// From the beginning.
    Beginning,
    /// From a word of the page (a tap on it), found in the timings once the clip is decoded.
    Word(usize),
}

/// The clip being read.
struct Playing {
    clip: ClipRef,
    timings: Arc<Timings>,
    /// Length in seconds.
    length: f64,
    /// From asking for the clip to its first sample being queued.
    latency: Duration,
}

/// Read-aloud state of one window.
pub struct ReadAloud {
    narrator: Option<Box<dyn Narrator + Send>>,
    loader: ClipLoader,
    playing: Option<Playing>,
    wanted: Option<(ClipRef, Start, Instant)>,
    last_place: Option<Place>,
    /// The volume last given to the narrator.
    volume: f32,
    notice: Option<String>,
}

impl ReadAloud {
    /// A controller reading clips from `pack`; `wake` is called when a clip finishes decoding.
    pub fn new(pack: Arc<dyn Pack>, wake: impl Fn() + Send + 'static) -> Self {
        Self {
            narrator: None,
            loader: ClipLoader::new(pack, wake),
            playing: None,
            wanted: None,
            last_place: None,
            volume: 1.0,
            notice: None,
        }
    }

    /// A message for the notice bar (no sound device, a clip that cannot be read), once.
    pub fn take_notice(&mut self) -> Option<String> {
        self.notice.take()
    }

    /// Uses this narrator instead of opening the sound device (tests, screenshots,
    /// benchmarks).
    pub fn set_narrator(&mut self, mut narrator: Box<dyn Narrator + Send>) {
        narrator.set_volume(self.volume);
        self.narrator = Some(narrator);
    }

    fn narrator(&mut self) -> &mut Box<dyn Narrator + Send> {
        let volume = self.volume;
        let notice = &mut self.notice;
        self.narrator.get_or_insert_with(|| {
            let (mut n, why) = open_best();
            if let Some(why) = why {
                *notice = Some(format!(
                    "No sound device was found ({why}), so narration is silent; the words still light up as they would be read."
                ));
            }
            n.set_volume(volume);
            n
        })
    }

    /// Whether anything is playing or about to.
    pub fn active(&self) -> bool {
        self.wanted.is_some()
            || self.playing.as_ref().is_some()
                && !self.narrator.as_ref().is_some_and(|n| n.paused())
    }

    /// How long until the next frame is needed: when the lit word changes or the clip ends.
    /// `None` when nothing moves by itself (stopped or paused).
    ///
    /// Repainting only then, instead of at a steady rate, keeps narration from costing a frame
    /// every few milliseconds on an old laptop.
    pub fn next_wake(&self) -> Option<Duration> {
        if self.wanted.is_some() {
            // The loader wakes the window when a clip is decoded; this is only a backstop.
            return Some(Duration::from_millis(30));
        }
        let Playing {
            timings, length, ..
        } = self.playing.as_ref()?;
        let narrator = self.narrator.as_ref()?;
        if narrator.paused() {
            return None;
        }
        let pos = narrator.position()?;
        let next = timings
            .next_change_after(pos)
            .unwrap_or(*length)
            .min(*length);
        // A little after the change, so the frame lands on the new word and not just before it;
        // never sleep long, in case the device clock and ours disagree.
        let wait = (next - pos).max(0.0) + 0.004;
        Some(Duration::from_secs_f64(wait.min(0.25)))
    }

    /// Whether a clip is loaded and paused.
    pub fn paused(&self) -> bool {
        self.playing.is_some() && self.narrator.as_ref().is_some_and(|n| n.paused())
    }

    /// The word of page `page` being read now, for the highlight.
    pub fn highlight(&self, page: PageId) -> Option<usize> {
        let (timings, pos) = self.clock(page)?;
        timings.word_at(pos)
    }

    /// The word timings of the clip reading `page` and the narrator's position in it, seconds.
    pub fn clock(&self, page: PageId) -> Option<(&Timings, f64)> {
        let playing = self.playing.as_ref()?;
        if playing.clip.kind != ClipKind::Page(page) {
            return None;
        }
        Some((&playing.timings, self.narrator.as_ref()?.position()?))
    }

    /// How long the clip being read took to start, from asking to its first sample queued.
    pub fn start_latency(&self) -> Option<Duration> {
        self.playing.as_ref().map(|p| p.latency)
    }

    /// Whether sound comes out (false: no device, the silent clock keeps time).
    pub fn audible(&self) -> bool {
        self.narrator.as_ref().is_some_and(|n| n.audible())
    }

    /// What is being read, if anything.
    pub fn current(&self) -> Option<&ClipKind> {
        self.playing.as_ref().map(|p| &p.clip.kind)
    }

    fn request(&mut self, clip: ClipRef, start: Start) {
        self.loader.prefetch(&clip.audio);
        self.wanted = Some((clip, start, Instant::now()));
    }

    fn stop(&mut self) {
        if let Some(n) = &mut self.narrator {
            n.stop();
        }
        self.playing = None;
        self.wanted = None;
    }

    /// Runs once a frame: follows page turns, starts decoded clips, and in auto mode says which
    /// action to take when a clip has been read to its end.
    pub fn step(&mut self, reader: &Reader, settings: &Settings) -> Option<Action> {
        self.loader.poll();
        if settings.volume != self.volume {
            self.volume = settings.volume;
            if let Some(n) = &mut self.narrator {
                n.set_volume(self.volume);
            }
        }
        let place = reader.place();
        if self.last_place != Some(place) {
            self.last_place = Some(place);
            self.stop();
            if settings.read_aloud
                && let Some(clip) = clip_for_place(reader, settings.speed)
            {
                self.request(clip, Start::Beginning);
            }
            self.prefetch_next(reader, settings.speed);
        }
        if let Some((clip, start, asked)) = self.wanted.clone() {
            match self.loader.get(&clip.audio) {
                ClipState::Ready(loaded) => {
                    self.wanted = None;
                    let from = match start {
                        Start::Beginning => 0.0,
                        Start::Word(w) => loaded.timings.start_of(w).unwrap_or(0.0),
                    };
                    self.narrator().play(&loaded.clip, from);
                    self.playing = Some(Playing {
                        clip,
                        timings: loaded.timings,
                        length: loaded.clip.duration(),
                        latency: asked.elapsed(),
                    });
                }
                ClipState::Failed(why) => {
                    self.wanted = None;
                    self.notice = Some(format!(
                        "This part cannot be read aloud ({why}); reading goes on silently."
                    ));
                }
                ClipState::Loading => {}
            }
        }
        let finished =
            self.playing.is_some() && self.narrator.as_ref().is_some_and(|n| n.finished());
        if finished {
            let playing = self.playing.take()?;
            if settings.read_aloud {
                return after_clip(&playing.clip.kind);
            }
        }
        None
    }

    /// Decodes ahead what a page turn or a guess will want next.
    fn prefetch_next(&mut self, reader: &Reader, speed: Speed) {
        let story = reader.story();
        let mut ahead = Vec::new();
        if let Some(next) = reader.next_place() {
            let answer = match next {
                Place::Prompt(q) => reader.answer(q),
                _ => None,
            };
            ahead.extend(clip_at(story, next, answer, speed));
        }
        if let Place::Prompt(p) = reader.place()
            && reader.answer(p).is_none()
        {
            // The response most worth having ready is the one that really happened.
            let correct = story.page(p).prompt.as_ref().map(|q| q.correct_index());
            ahead.extend(correct.and_then(|c| clip_at(story, Place::Prompt(p), Some(c), speed)));
        }
        for clip in ahead {
            self.loader.prefetch(&clip.audio);
        }
    }

    /// P: pause or go on; with nothing loaded, read what is on screen.
    pub fn toggle_play(&mut self, reader: &Reader, settings: &Settings) {
        match &self.playing {
            Some(_) => {
                let n = self.narrator();
                if n.paused() {
                    n.resume();
                } else {
                    n.pause();
                }
            }
            None => {
                if let Some(clip) = clip_for_place(reader, settings.speed) {
                    self.request(clip, Start::Beginning);
                }
            }
        }
    }

    /// Turns auto read-aloud on (reading from here) or off (stopping).
    pub fn toggle_auto(&mut self, reader: &Reader, settings: &mut Settings) {
        settings.read_aloud = !settings.read_aloud;
        if settings.read_aloud {
            if self.playing.is_none()
                && let Some(clip) = clip_for_place(reader, settings.speed)
            {
                self.request(clip, Start::Beginning);
            }
        } else {
            self.stop();
        }
    }

    /// Reads the page from word `word` (a tap on a word).
    pub fn play_from_word(&mut self, reader: &Reader, settings: &Settings, word: usize) {
        let Some(clip) = clip_for_place(reader, settings.speed) else {
            return;
        };
        if let ClipKind::Page(_) = clip.kind {
            self.request(clip, Start::Word(word));
        }
    }

    /// Reads a glossary term and its meaning.
    pub fn play_term(&mut self, reader: &Reader, settings: &Settings, term: &str) {
        if let Some(clip) = clip_for_term(reader.story(), term, settings.speed) {
            self.request(clip, Start::Beginning);
        }
    }

    /// Switches the voice speed in `settings`, going on from the same word in the other clip.
    pub fn set_speed(&mut self, reader: &Reader, settings: &mut Settings, speed: Speed) {
        if speed == settings.speed {
            return;
        }
        settings.speed = speed;
        let word = self.playing.as_ref().and_then(|p| {
            let pos = self.narrator.as_ref()?.position()?;
            matches!(p.clip.kind, ClipKind::Page(_))
                .then(|| p.timings.word_at(pos))
                .flatten()
        });
        if self.playing.is_some() {
            self.stop();
            match word {
                Some(w) => self.play_from_word(reader, settings, w),
                None => {
                    if let Some(clip) = clip_for_place(reader, speed) {
                        self.request(clip, Start::Beginning);
                    }
                }
            }
        }
    }
}
