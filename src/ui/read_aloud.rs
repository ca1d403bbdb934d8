//! The read-aloud controller of the window: owns the narrator and the clip loader, follows the
//! reader's place, and in auto mode turns pages when a clip ends.
//!
//! It decides nothing about the story itself: which clip fits where, and what to do after a
//! clip, come from [`crate::narration::read_aloud`].

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::narration::read_aloud::{after_clip, clip_for_place, clip_for_term};
use crate::narration::{
    ClipKind, ClipLoader, ClipRef, ClipState, Narrator, Speed, Timings, open_best,
};
use crate::reader::{Action, Place, Reader};
use crate::story::{Pack, PageId};

/// Where to start a clip.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Start {
    /// From the beginning.
    Beginning,
    /// From a word of the page (a tap on it), found in the timings once the clip is decoded.
    Word(usize),
}

/// Read-aloud state of one window.
pub struct ReadAloud {
    narrator: Option<Box<dyn Narrator + Send>>,
    loader: ClipLoader,
    /// Auto read-aloud: read each page, turn it, stop at prompts.
    pub auto: bool,
    /// Voice speed.
    pub speed: Speed,
    /// Volume, 0.0–1.0.
    pub volume: f32,
    /// The clip being read, its word timings and its length in seconds.
    playing: Option<(ClipRef, Arc<Timings>, f64)>,
    wanted: Option<(ClipRef, Start, Instant)>,
    last_place: Option<Place>,
    /// A message for the notice bar, taken by the app once.
    pub notice: Option<String>,
    /// Time from asking for a clip to its first sample being queued, for the last few starts.
    pub start_latencies: Vec<Duration>,
}

impl ReadAloud {
    /// A controller reading clips from `pack`; `wake` is called when a clip finishes decoding.
    pub fn new(pack: Arc<dyn Pack>, wake: impl Fn() + Send + 'static) -> Self {
        Self {
            narrator: None,
            loader: ClipLoader::new(pack, wake),
            auto: false,
            speed: Speed::Normal,
            volume: 1.0,
            playing: None,
            wanted: None,
            last_place: None,
            notice: None,
            start_latencies: Vec::new(),
        }
    }

    /// Uses this narrator instead of opening the sound device (tests, benchmarks).
    pub fn with_narrator(mut self, narrator: Box<dyn Narrator + Send>) -> Self {
        self.narrator = Some(narrator);
        self
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
        let (_, timings, length) = self.playing.as_ref()?;
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
        let (clip, timings, _) = self.playing.as_ref()?;
        if clip.kind != ClipKind::Page(page) {
            return None;
        }
        timings.word_at(self.narrator.as_ref()?.position()?)
    }

    /// The lit word of `page` and how many seconds ago it started by the narrator's clock: how
    /// late the highlight is when it first shows a word (for the narration benchmark).
    pub fn highlight_lag(&self, page: PageId) -> Option<(usize, f64)> {
        let (clip, timings, _) = self.playing.as_ref()?;
        if clip.kind != ClipKind::Page(page) {
            return None;
        }
        let pos = self.narrator.as_ref()?.position()?;
        let word = timings.word_at(pos)?;
        Some((word, pos - timings.start_of(word)?))
    }

    /// Whether sound comes out (false: no device, the silent clock keeps time).
    pub fn audible(&self) -> bool {
        self.narrator.as_ref().is_some_and(|n| n.audible())
    }

    /// What is being read, if anything.
    pub fn current(&self) -> Option<&ClipKind> {
        self.playing.as_ref().map(|(c, _, _)| &c.kind)
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
    pub fn step(&mut self, reader: &Reader) -> Option<Action> {
        self.loader.poll();
        let place = reader.place();
        if self.last_place != Some(place) {
            self.last_place = Some(place);
            self.stop();
            if self.auto
                && let Some(clip) = clip_for_place(reader, self.speed)
            {
                self.request(clip, Start::Beginning);
            }
            self.prefetch_next(reader);
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
                    self.start_latencies.push(asked.elapsed());
                    if self.start_latencies.len() > 64 {
                        self.start_latencies.remove(0);
                    }
                    let length = loaded.clip.duration();
                    self.playing = Some((clip, loaded.timings, length));
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
            let (clip, _, _) = self.playing.take()?;
            if self.auto {
                return after_clip(&clip.kind);
            }
        }
        None
    }

    fn prefetch_next(&mut self, reader: &Reader) {
        // Decode ahead what a page turn or a guess will want next.
        let mut probe = reader.clone();
        for action in [Action::Next, Action::Choose(0)] {
            let mut r = probe.clone();
            r.apply(action);
            if let Some(c) = clip_for_place(&r, self.speed) {
                self.loader.prefetch(&c.audio);
            }
            if action == Action::Next {
                probe = r;
            }
        }
    }

    /// P: pause or go on; with nothing loaded, read what is on screen.
    pub fn toggle_play(&mut self, reader: &Reader) {
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
                if let Some(clip) = clip_for_place(reader, self.speed) {
                    self.request(clip, Start::Beginning);
                }
            }
        }
    }

    /// Turns auto read-aloud on (reading from here) or off (stopping).
    pub fn toggle_auto(&mut self, reader: &Reader) {
        self.auto = !self.auto;
        if self.auto {
            if self.playing.is_none()
                && let Some(clip) = clip_for_place(reader, self.speed)
            {
                self.request(clip, Start::Beginning);
            }
        } else {
            self.stop();
        }
    }

    /// Reads the page from word `word` (a tap on a word).
    pub fn play_from_word(&mut self, reader: &Reader, word: usize) {
        let Some(clip) = clip_for_place(reader, self.speed) else {
            return;
        };
        if let ClipKind::Page(_) = clip.kind {
            self.request(clip, Start::Word(word));
        }
    }

    /// Reads a glossary term and its meaning.
    pub fn play_term(&mut self, reader: &Reader, term: &str) {
        if let Some(clip) = clip_for_term(reader.story(), term, self.speed) {
            self.request(clip, Start::Beginning);
        }
    }

    /// Switches speed, going on from the same word in the other clip.
    pub fn set_speed(&mut self, reader: &Reader, speed: Speed) {
        if speed == self.speed {
            return;
        }
        let word = self.playing.as_ref().and_then(|(c, t, _)| {
            let pos = self.narrator.as_ref()?.position()?;
            matches!(c.kind, ClipKind::Page(_))
                .then(|| t.word_at(pos))
                .flatten()
        });
        self.speed = speed;
        if self.playing.is_some() {
            self.stop();
            match word {
                Some(w) => self.play_from_word(reader, w),
                None => {
                    if let Some(clip) = clip_for_place(reader, speed) {
                        self.request(clip, Start::Beginning);
                    }
                }
            }
        }
    }

    /// Sets the volume.
    pub fn set_volume(&mut self, volume: f32) {
        self.volume = volume.clamp(0.0, 1.0);
        if let Some(n) = &mut self.narrator {
            n.set_volume(self.volume);
        }
    }
}
