//! Session tests: profiles, settings, the reading log and saving, without a window.

use std::path::PathBuf;
use std::sync::Arc;

use super::*;
use crate::reader::Place;
use crate::story::{LoadOptions, load, mini_pack};

fn story() -> Arc<Story> {
    Arc::new(
        load(&mini_pack(), LoadOptions::default())
            .story
            .expect("mini loads"),
    )
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lantern-session-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    dir
}

/// A save of the mini story one page in, as the app writes it.
fn one_page_in(story: &Arc<Story>) -> Vec<u8> {
    let mut r = Reader::new(story.clone());
    r.apply(Action::Next);
    encode(&r.to_save()).expect("encode")
}

#[test]
fn a_corrupt_profile_list_is_set_aside_and_every_saved_reader_is_offered_back() {
    let dir = temp("corrupt-profiles");
    let story = story();
    let full = r#"{"profiles":[{"id":"reader","name":"Reader","colour":0},{"id":"mia","name":"Mia","colour":2,"log":{"2026-12-01":5}}],"current":"mia"}"#;
    let truncated = &full[..full.len() / 2];
    std::fs::write(dir.join("profiles.json"), truncated).expect("write");
    std::fs::write(dir.join("mia.json"), one_page_in(&story)).expect("write");
    let mut s = Session::open(story.clone(), Some(SaveStore::new(&dir)), || {});
    let notice = s.take_notice().expect("the reader is told");
    assert!(notice.contains("could not be read"), "{notice}");
    assert!(notice.contains("Mia"), "{notice}");
    assert!(notice.contains("profiles.json.bak"), "{notice}");
    // The unreadable list is kept byte for byte.
    let bak = std::fs::read_to_string(dir.join("profiles.json.bak")).expect("a backup");
    assert_eq!(bak, truncated);
    let ids: Vec<&str> = s
        .profiles()
        .profiles
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(ids, ["reader", "mia"]);
    // Read one page and quit, as a reader would.
    s.apply(Action::Next);
    s.tick();
    s.flush();
    drop(s);
    let again = Session::open(story.clone(), Some(SaveStore::new(&dir)), || {});
    assert_eq!(again.profiles().profiles.len(), 2);
    assert!(again.switch_profile_for_test("mia").reader().progress().0 >= 1);
    // The backup was not replaced by the rewrite.
    assert_eq!(
        std::fs::read_to_string(dir.join("profiles.json.bak")).expect("backup"),
        truncated
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_second_corrupt_list_never_replaces_the_first_backup() {
    let dir = temp("two-backups");
    let story = story();
    std::fs::write(dir.join("profiles.json"), "first{").expect("write");
    drop(Session::open(
        story.clone(),
        Some(SaveStore::new(&dir)),
        || {},
    ));
    std::fs::write(dir.join("profiles.json"), "second{").expect("write");
    drop(Session::open(story, Some(SaveStore::new(&dir)), || {}));
    assert_eq!(
        std::fs::read_to_string(dir.join("profiles.json.bak")).expect("first"),
        "first{"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("profiles.json.2.bak")).expect("second"),
        "second{"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_save_with_no_entry_in_the_list_is_offered_back() {
    let dir = temp("orphan");
    let story = story();
    let listed = Profiles::default();
    std::fs::write(dir.join("profiles.json"), encode(&listed).expect("encode")).expect("write");
    std::fs::write(dir.join("tom.json"), one_page_in(&story)).expect("write");
    let s = Session::open(story, Some(SaveStore::new(&dir)), || {});
    assert!(
        s.profiles()
            .profiles
            .iter()
            .any(|p| p.id == "tom" && p.name == "Tom")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn each_reader_keeps_their_place_settings_and_log() {
    let dir = temp("readers");
    let story = story();
    let mut s = Session::open(story.clone(), Some(SaveStore::new(&dir)), || {});
    s.apply(Action::Next);
    s.apply(Action::Next);
    s.settings_mut().set_theme(1);
    s.tick();
    assert!(s.add_profile("Mia", 2));
    assert_eq!(s.profiles().current, "mia");
    assert_eq!(s.reader().place(), Place::Title);
    assert_eq!(s.settings().theme, 0);
    s.apply(Action::Next);
    s.tick();
    // Back to the first reader: their place comes from the bytes just handed to the writer,
    // without waiting for the disk.
    assert!(s.switch_profile("reader"));
    assert_eq!(s.reader().progress().0, 2);
    assert_eq!(s.settings().theme, 1);
    let rows = s.summary();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].pages.0, 2);
    assert_eq!(rows[1].pages.0, 1);
    assert_eq!(rows[1].days, 1);
    assert!(!s.switch_profile("nobody"));
    s.flush();
    drop(s);
    let s = Session::open(story, Some(SaveStore::new(&dir)), || {});
    assert_eq!(s.profiles().current, "reader");
    assert_eq!(s.settings().theme, 1);
    let log: u32 = s.profiles().profiles[0].log.values().sum();
    assert_eq!(log, 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nothing_is_written_until_something_changes() {
    let dir = temp("quiet");
    let s = {
        let mut s = Session::open(story(), Some(SaveStore::new(&dir)), || {});
        s.tick();
        s.flush();
        s
    };
    drop(s);
    assert!(SaveStore::new(&dir).saved_profiles().is_empty());
    assert!(!dir.join("profiles.json").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

impl Session {
    fn switch_profile_for_test(mut self, id: &str) -> Self {
        assert!(self.switch_profile(id));
        self
    }
}
