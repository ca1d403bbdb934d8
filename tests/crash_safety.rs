//! Crash safety: a process saving over and over is killed at random moments, and the save it
//! leaves is always a whole one, old or new, never torn or lost.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use lantern::reader::{Action, Place, Reader, SaveLoaded, SaveStore};
use lantern::story::{DirPack, LoadOptions, Story, load};

fn story() -> Arc<Story> {
    let pack = DirPack::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini"));
    Arc::new(
        load(&pack, LoadOptions::default())
            .story
            .expect("fixture loads"),
    )
}

/// The two sessions the writer alternates between: at the first page, or at the second.
fn sessions(story: &Arc<Story>) -> (Reader, Reader) {
    let mut a = Reader::new(story.clone());
    a.apply(Action::Start);
    let mut b = a.clone();
    b.apply(Action::Next);
    (a, b)
}

/// Runs only as the child of `saves_survive_being_killed_mid_write`: saves forever.
#[test]
fn crash_safety_writer_child() {
    let Ok(dir) = std::env::var("LANTERN_CRASH_DIR") else {
        return; // not started by the parent test
    };
    let story = story();
    let (a, b) = sessions(&story);
    let store = SaveStore::new(dir);
    loop {
        for r in [&a, &b] {
            let _ = store.save("kid", r);
        }
    }
}

#[test]
fn saves_survive_being_killed_mid_write() {
    let runs: u64 = std::env::var("LANTERN_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let story = story();
    let (a, b) = sessions(&story);
    let dir: PathBuf = std::env::temp_dir().join(format!("lantern-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store = SaveStore::new(&dir);
    let exe = std::env::current_exe().expect("test binary");
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut with_save = 0;
    for run in 0..runs {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash_safety_writer_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("LANTERN_CRASH_DIR", &dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn the writer");
        std::thread::sleep(Duration::from_millis(5 + seed % 40));
        child.kill().expect("kill");
        child.wait().expect("reap");
        match store.load("kid", &story) {
            SaveLoaded::Fresh(_) => {} // killed before the first save finished: nothing was lost
            SaveLoaded::Resumed(r) => {
                with_save += 1;
                assert!(
                    r.place() == a.place() || r.place() == b.place(),
                    "run {run}: the save holds neither session: {:?}",
                    r.place()
                );
                assert!(matches!(r.place(), Place::Page(_)));
            }
            SaveLoaded::SetAside { reason, .. } => panic!("run {run}: the save was torn: {reason}"),
        }
    }
    assert!(
        with_save > runs / 2,
        "only {with_save} of {runs} runs got as far as saving"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
