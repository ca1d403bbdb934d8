//! Clips decoded ahead on a worker thread, so narration starts the moment a page turns.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use super::player::{Clip, decode};
use super::read_aloud::timings_path;
use super::timings::Timings;
use crate::story::Pack;

/// Decoded clips kept at once (a page, its neighbours, a prompt and its responses).
const MAX_CLIPS: usize = 12;

/// A clip ready to play, with its word timings (empty when the clip has none).
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The sound.
    pub clip: Arc<Clip>,
    /// When each word is spoken.
    pub timings: Arc<Timings>,
}

/// Where a clip is.
#[derive(Clone, Debug)]
pub enum ClipState {
    /// Decoded.
    Ready(Loaded),
    /// Being decoded.
    Loading,
    /// Cannot be played; why.
    Failed(String),
}

type Done = (String, Result<Loaded, String>);

/// Decodes clips in the background and keeps the last few.
pub struct ClipLoader {
    jobs: Sender<String>,
    done: Receiver<Done>,
    ready: HashMap<String, Loaded>,
    failed: HashMap<String, String>,
    pending: HashSet<String>,
    order: VecDeque<String>,
}

fn load(pack: &dyn Pack, path: &str) -> Result<Loaded, String> {
    let bytes = pack.read(path).map_err(|e| format!("{path}: {e}"))?;
    let clip = decode(bytes).map_err(|e| format!("{path}: {e}"))?;
    let timings = match pack.read(&timings_path(path)) {
        Ok(b) => Timings::parse(&b).unwrap_or_default(),
        Err(_) => Timings::default(),
    };
    Ok(Loaded {
        clip: Arc::new(clip),
        timings: Arc::new(timings),
    })
}

impl ClipLoader {
    /// Starts the worker; `wake` runs when a clip is ready (e.g. to repaint).
    pub fn new(pack: Arc<dyn Pack>, wake: impl Fn() + Send + 'static) -> Self {
        let (jobs, job_rx) = channel::<String>();
        let (done_tx, done) = channel::<Done>();
        let spawned = std::thread::Builder::new()
            .name("lantern-narration".into())
            .spawn(move || {
                while let Ok(path) = job_rx.recv() {
                    let result = load(pack.as_ref(), &path);
                    if done_tx.send((path, result)).is_err() {
                        break;
                    }
                    wake();
                }
            });
        if let Err(e) = spawned {
            log::error!("cannot start the narration thread: {e}");
        }
        Self {
            jobs,
            done,
            ready: HashMap::new(),
            failed: HashMap::new(),
            pending: HashSet::new(),
            order: VecDeque::new(),
        }
    }

    /// Takes finished clips from the worker. Call once per frame.
    pub fn poll(&mut self) {
        while let Ok((path, result)) = self.done.try_recv() {
            self.pending.remove(&path);
            match result {
                Ok(l) => {
                    self.order.retain(|p| *p != path);
                    self.order.push_back(path.clone());
                    self.ready.insert(path, l);
                }
                Err(e) => {
                    self.failed.insert(path, e);
                }
            }
        }
        while self.ready.len() > MAX_CLIPS {
            let Some(old) = self.order.pop_front() else {
                break;
            };
            self.ready.remove(&old);
        }
    }

    /// The clip at `path`, starting to decode it if needed.
    pub fn get(&mut self, path: &str) -> ClipState {
        if let Some(l) = self.ready.get(path) {
            return ClipState::Ready(l.clone());
        }
        if let Some(e) = self.failed.get(path) {
            return ClipState::Failed(e.clone());
        }
        self.prefetch(path);
        ClipState::Loading
    }

    /// Starts decoding `path` so it is ready when needed.
    pub fn prefetch(&mut self, path: &str) {
        if self.ready.contains_key(path) || self.failed.contains_key(path) {
            return;
        }
        if self.pending.insert(path.to_owned()) && self.jobs.send(path.to_owned()).is_err() {
            self.pending.remove(path);
        }
    }
}
