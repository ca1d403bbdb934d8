//! Saving off the UI thread.
//!
//! A save is flushed to disk before it replaces the old one (see [`write_atomic`]), and on an
//! old laptop's flash storage that flush can take tens of milliseconds: long enough to make a
//! page turn stutter. The window serialises the save (quick: a few kilobytes) and hands the
//! bytes to this thread. Only the newest bytes for each file are written when saves pile up.
//! Dropping the saver writes what is queued before it returns, so quitting loses nothing.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use crate::reader::save::write_atomic;

enum Job {
    Write(PathBuf, Vec<u8>),
    /// Answer on the channel once everything sent before is on disk.
    Flush(Sender<()>),
}

/// The background writer of one window.
pub struct Saver {
    jobs: Option<Sender<Job>>,
    results: Receiver<Result<(), String>>,
    thread: Option<JoinHandle<()>>,
}

impl Saver {
    /// Starts the writer thread; `wake` is called after each write so the window can show a
    /// failure.
    pub fn new(wake: impl Fn() + Send + 'static) -> Self {
        let (jobs, rx) = channel::<Job>();
        let (results_tx, results) = channel();
        let thread = std::thread::Builder::new()
            .name("lantern-saver".into())
            .spawn(move || {
                while let Ok(first) = rx.recv() {
                    // Take everything waiting: later bytes for a file replace earlier ones.
                    let mut writes: BTreeMap<PathBuf, Vec<u8>> = BTreeMap::new();
                    let mut flushes = Vec::new();
                    for job in std::iter::once(first).chain(rx.try_iter()) {
                        match job {
                            Job::Write(path, bytes) => {
                                writes.insert(path, bytes);
                            }
                            Job::Flush(ack) => flushes.push(ack),
                        }
                    }
                    for (path, bytes) in writes {
                        let result = write_atomic(&path, &bytes).map_err(|e| e.to_string());
                        let _ = results_tx.send(result);
                        wake();
                    }
                    for ack in flushes {
                        let _ = ack.send(());
                    }
                }
            });
        match thread {
            Ok(thread) => Self {
                jobs: Some(jobs),
                results,
                thread: Some(thread),
            },
            Err(e) => {
                // No thread: every save reports the failure, and reading goes on.
                let (tx, results) = channel();
                let _ = tx.send(Err(format!("cannot start the saving thread: {e}")));
                Self {
                    jobs: None,
                    results,
                    thread: None,
                }
            }
        }
    }

    /// Queues `bytes` to replace the file at `path`.
    pub fn write(&self, path: PathBuf, bytes: Vec<u8>) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(Job::Write(path, bytes));
        }
    }

    /// Waits until everything queued so far is on disk (before reading a save back).
    pub fn flush(&self) {
        let Some(jobs) = &self.jobs else { return };
        let (ack, done) = channel();
        if jobs.send(Job::Flush(ack)).is_ok() {
            let _ = done.recv();
        }
    }

    /// Outcomes of the writes finished since the last call, oldest first.
    pub fn results(&self) -> Vec<Result<(), String>> {
        self.results.try_iter().collect()
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        // Closing the queue ends the thread once it has written what was queued.
        self.jobs = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("lantern-saver-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn the_newest_bytes_win_and_flush_waits_for_them() {
        let dir = temp("newest");
        let saver = Saver::new(|| {});
        let path = dir.join("reader.json");
        for i in 0..50 {
            saver.write(path.clone(), format!("{{\"turn\": {i}}}").into_bytes());
        }
        saver.flush();
        assert_eq!(
            std::fs::read_to_string(&path).expect("written"),
            "{\"turn\": 49}"
        );
        let results = saver.results();
        assert!(!results.is_empty() && results.len() <= 50);
        assert!(results.iter().all(Result::is_ok), "{results:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn dropping_the_saver_writes_what_is_queued() {
        let dir = temp("drop");
        let path = dir.join("a.json");
        {
            let saver = Saver::new(|| {});
            saver.write(path.clone(), b"last".to_vec());
        }
        assert_eq!(std::fs::read(&path).expect("written"), b"last");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_failed_write_is_reported_and_wakes_the_window() {
        let blocker = temp("blocked");
        std::fs::write(&blocker, "a file").expect("write");
        let woken = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let w = woken.clone();
        let saver = Saver::new(move || {
            w.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });
        saver.write(blocker.join("saves/reader.json"), b"x".to_vec());
        saver.flush();
        let results = saver.results();
        assert_eq!(results.len(), 1);
        assert!(results[0].is_err());
        assert_eq!(woken.load(std::sync::atomic::Ordering::SeqCst), 1);
        let _ = std::fs::remove_file(&blocker);
    }
}
