//! Drives the real egui views with kittest: start, turn pages, answer a prompt, go back, resume,
//! glossary cards, placeholders and a corrupt save.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lantern::reader::{Place, SaveStore};
use lantern::story::{DirPack, LoadOptions, MemPack, Pack, load};
use lantern::ui::{LanternApp, style};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini")
}

fn app_with(pack: Arc<dyn Pack>, store: Option<SaveStore>) -> LanternApp {
    let loaded = load(pack.as_ref(), LoadOptions::default());
    let story = Arc::new(loaded.story.expect("fixture loads"));
    LanternApp::new(story, pack, store)
}

fn harness(app: LanternApp) -> Harness<'static, LanternApp> {
    // Pictures decode on a worker thread and each one asks for a repaint when it lands, so a
    // frame may need several passes to settle.
    Harness::builder()
        .with_size([1280.0, 720.0])
        .with_max_steps(500)
        .with_context_setup(style::install)
        .build_ui_state(|ui, app: &mut LanternApp| app.show(ui), app)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lantern-ui-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn page_key(h: &Harness<'_, LanternApp>) -> Option<String> {
    let r = h.state().reader();
    match r.place() {
        Place::Page(p) | Place::Prompt(p) => Some(r.story().page(p).key.clone()),
        _ => None,
    }
}

#[test]
fn start_turn_pages_answer_and_go_back_with_mouse_and_keys() {
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), None));
    h.run();
    h.get_by_label("Start →").click();
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p1"));
    // The page text is on screen, with its glossary word as a link.
    h.get_by_label("Jurchens");
    h.get_by_label("Next →").click();
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p2"));
    h.key_press(Key::ArrowRight);
    h.run();
    assert!(matches!(h.state().reader().place(), Place::Prompt(_)));
    h.get_by_label("What do you think happened next?");
    // Next is disabled until a choice is made.
    h.key_press(Key::Space);
    h.run();
    assert!(matches!(h.state().reader().place(), Place::Prompt(_)));
    h.get_by_label_contains("He rebelled against the Liao.")
        .click();
    h.run();
    h.get_by_label("✓ Your guess — and it really happened!");
    h.get_by_label("Yes. The tribes were united and ready to fight.");
    h.key_press(Key::PageDown);
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p3"));
    h.key_press(Key::ArrowLeft);
    h.run();
    assert!(matches!(h.state().reader().place(), Place::Prompt(_)));
    h.get_by_label("← Back").click();
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p2"));
    assert_eq!(h.state().reader().score().correct, 1);
}

#[test]
fn number_keys_choose_at_a_prompt_and_a_wrong_guess_is_explained() {
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), None));
    h.run();
    for _ in 0..3 {
        h.key_press(Key::ArrowRight);
        h.run();
    }
    assert!(matches!(h.state().reader().place(), Place::Prompt(_)));
    h.key_press(Key::Num2);
    h.run();
    h.get_by_label("Your guess — it did not happen");
    h.get_by_label("✓ What really happened");
    // This answer offers a side trip.
    h.get_by_label("Want to know more? Take the side trip: A closer look.");
    h.get_by_label("Side trip →").click();
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("s1"));
    h.get_by_label("Side trip: A closer look");
}

#[test]
fn a_glossary_word_opens_its_card_and_escape_closes_it() {
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), None));
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    h.get_by_label("Jurchens").click();
    h.run();
    assert_eq!(h.state().open_card(), Some("Jurchen"));
    h.get_by_label("Say it: JER-chen");
    h.get_by_label("A people of the north-east who founded the Jin.");
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().open_card(), None);
    assert!(h.query_by_label("Say it: JER-chen").is_none());
}

#[test]
fn reading_resumes_where_it_stopped() {
    let dir = temp_dir("resume");
    let pack: Arc<dyn Pack> = Arc::new(DirPack::new(fixture()));
    {
        let mut h = harness(app_with(pack.clone(), Some(SaveStore::new(&dir))));
        h.run();
        h.key_press(Key::ArrowRight);
        h.run();
        h.key_press(Key::ArrowRight);
        h.run();
        assert_eq!(page_key(&h).as_deref(), Some("p2"));
        h.key_press(Key::Home);
        h.run();
    }
    let mut h = harness(app_with(pack, Some(SaveStore::new(&dir))));
    h.run();
    assert_eq!(h.state().reader().place(), Place::Title);
    h.get_by_label("Continue →").click();
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p2"));
    // History came back too.
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().reader().place(), Place::Title);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_corrupt_save_is_set_aside_and_the_reader_is_told() {
    let dir = temp_dir("corrupt");
    std::fs::create_dir_all(&dir).expect("dir");
    let store = SaveStore::new(&dir);
    std::fs::write(store.path("reader"), "garbage{").expect("write");
    let mut h = harness(app_with(
        Arc::new(DirPack::new(fixture())),
        Some(store.clone()),
    ));
    h.run();
    let notice = h.state().notice().expect("a notice").to_owned();
    assert!(notice.contains("starts fresh"), "{notice}");
    h.get_by_label(&notice);
    assert!(store.path("reader").with_extension("json.bak").exists());
    h.get_by_label("OK").click();
    h.run();
    assert!(h.state().notice().is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unwritable_data_folder_is_reported_once_and_reading_goes_on() {
    // A folder under a plain file can never be created, even by root: like a read-only home.
    let blocker = temp_dir("readonly");
    std::fs::write(&blocker, "a file, not a folder").expect("write");
    let store = SaveStore::new(blocker.join("saves"));
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), Some(store)));
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p1"));
    // Saves are written on their own thread: wait for it, then let the window show the result.
    h.state().flush_saves();
    h.run();
    let notice = h.state().notice().expect("a notice").to_owned();
    assert!(notice.contains("cannot be saved"), "{notice}");
    assert!(notice.contains("reading goes on"), "{notice}");
    h.get_by_label(&notice);
    h.get_by_label("OK").click();
    h.run();
    // Further turns work and do not bring the same notice back.
    h.key_press(Key::ArrowRight);
    h.run();
    h.state().flush_saves();
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p2"));
    assert!(h.state().notice().is_none());
    let _ = std::fs::remove_file(&blocker);
}

#[test]
fn typing_a_page_number_starts_its_picture_before_enter() {
    // p3 gets a picture of its own, which nothing near the title screen prefetches.
    let mut pack = MemPack::from_dir(&fixture());
    let one = String::from_utf8(pack.read("story/chapters/one.toml").expect("one")).expect("utf-8");
    let (head, tail) = one.split_once("id = \"p3\"").expect("p3");
    let tail = tail.replacen("images/a.svg", "images/b.svg", 1);
    pack.insert(
        "story/chapters/one.toml",
        format!("{head}id = \"p3\"{tail}"),
    );
    pack.insert("images/b.svg", pack.read("images/a.svg").expect("a.svg"));
    let mut h = harness(app_with(Arc::new(pack), None));
    h.run();
    assert!(!h.state().picture_ready("images/b.svg"));
    h.key_press(Key::Num3);
    let started = std::time::Instant::now();
    while !h.state().picture_ready("images/b.svg")
        && started.elapsed() < std::time::Duration::from_secs(10)
    {
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    assert!(
        h.state().picture_ready("images/b.svg"),
        "typing 3 starts p3's picture"
    );
    assert_eq!(
        h.state().reader().place(),
        Place::Title,
        "no jump before Enter"
    );
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p3"));
}

#[test]
fn a_missing_picture_shows_a_labelled_placeholder() {
    let mut pack = MemPack::default();
    for rel in [
        "story/story.toml",
        "story/chapters/one.toml",
        "story/chapters/two.toml",
        "story/glossary.toml",
        "images/a.svg",
        "images/cover.svg",
        "audio/p1.ogg",
    ] {
        let bytes = std::fs::read(fixture().join(rel)).expect("fixture file");
        pack.insert(rel, bytes);
    }
    let app = app_with(Arc::new(pack.clone()), None);
    // The picture disappears after the story loaded (e.g. deleted while the app runs).
    let mut broken = pack;
    broken.insert("images/a.svg", b"<svg this is broken".to_vec());
    let story = app.reader().story().clone();
    let mut h = harness(LanternApp::new(story, Arc::new(broken), None));
    h.run();
    h.key_press(Key::ArrowRight);
    for _ in 0..20 {
        h.run();
        if h.query_by_label("Picture missing").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    h.get_by_label("Picture missing");
    h.get_by_label("Hunters in a forest.");
}

#[test]
fn the_chapter_map_jumps_to_a_chapter() {
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), None));
    h.run();
    h.get_by_label("Chapters").click();
    h.run();
    assert_eq!(h.state().reader().place(), Place::Chapters);
    h.get_by_label("Chapter 2: Chapter Two").click();
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("q1"));
}

#[test]
fn text_size_keys_change_the_text_scale() {
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), None));
    h.run();
    let before = h.state().text_scale();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Plus);
    h.run();
    assert!(h.state().text_scale() > before);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Minus);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Minus);
    h.run();
    assert!(h.state().text_scale() < before);
}

#[test]
fn the_map_through_time_opens_at_the_chapter_year_and_moves_with_keys() {
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), None));
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    h.get_by_label("Book").click();
    h.run();
    h.get_by_label("Map through time (M)").click();
    h.run();
    assert_eq!(h.state().open_map(), Some(1115));
    h.get_by_label("Map through time: 1115");
    h.get_by_label("The Jin begin in the north-east.");
    // Turning keys move through time while the map is open, not through the book.
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(h.state().open_map(), Some(1120));
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(h.state().open_map(), Some(1120), "stops at the last map");
    h.get_by_label("1115").click();
    h.run();
    assert_eq!(h.state().open_map(), Some(1115));
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().open_map(), None);
    assert_eq!(page_key(&h).as_deref(), Some("p1"));
    h.key_press(Key::M);
    h.run();
    assert_eq!(h.state().open_map(), Some(1115));
}

#[test]
fn projection_blanks_jumps_to_a_page_number_and_shows_the_presenter_view() {
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), None));
    h.run();
    h.key_press(Key::F5);
    h.run();
    assert!(h.state().projecting());
    // The presenter view (its own window on a real screen) follows the reader.
    h.get_by_label("The title screen is showing.");
    // Small controls are gone from the projected page.
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p1"));
    assert!(h.query_by_label("A+").is_none());
    h.get_by_label("Teacher notes");
    h.get_by_label("Point at the north-east on a map.");
    h.get_by_label("Let's discuss");
    h.get_by_label("• Why?");
    // B blanks the screen; any key brings it back without turning the page.
    h.key_press(Key::B);
    h.run();
    assert!(h.state().blanked());
    h.key_press(Key::ArrowRight);
    h.run();
    assert!(!h.state().blanked());
    assert_eq!(page_key(&h).as_deref(), Some("p1"));
    h.key_press(Key::Period);
    h.run();
    assert!(h.state().blanked());
    h.key_press(Key::Space);
    h.run();
    assert!(!h.state().blanked());
    // Typing a page number and Enter jumps there.
    h.key_press(Key::Num5);
    h.run();
    assert_eq!(h.state().typed(), "5");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("q2"));
    h.key_press(Key::Num2);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p2"));
    // Esc leaves projection.
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().projecting());
}

#[test]
fn a_class_vote_is_counted_with_keys_and_buttons_then_revealed() {
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), None));
    h.run();
    h.key_press(Key::F5);
    h.run();
    for _ in 0..3 {
        h.key_press(Key::ArrowRight);
        h.run();
    }
    let p2 = h.state().reader().story().page_by_key("p2").expect("p2");
    assert!(matches!(h.state().reader().place(), Place::Prompt(_)));
    // Number keys count hands; Shift takes one back.
    for _ in 0..4 {
        h.key_press(Key::Num2);
    }
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Num2);
    h.key_press(Key::Num1);
    h.run();
    assert_eq!(h.state().reader().votes(p2), &[1, 3, 0]);
    // The presenter sees the true answer and the tally before the reveal.
    h.get_by_label("1. He rebelled against the Liao. ✓ really happened — 1 hands");
    // With one screen the presenter window floats over the page: F6 hides it.
    h.key_press(Key::F6);
    h.run();
    h.get_all_by_label("+").next().expect("a + button").click();
    h.run();
    assert_eq!(h.state().reader().votes(p2), &[2, 3, 0]);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().reader().answer(p2), Some(1), "the most hands win");
    h.get_by_label("✓ What really happened");
    assert_eq!(h.state().reader().class_score(), (1, 0));
}

#[test]
fn whos_who_timeline_and_glossary_lists_link_to_their_pages() {
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), None));
    h.run();
    h.get_by_label("Chapters").click();
    h.run();
    h.get_by_label("Who's who").click();
    h.run();
    h.get_by_label("Wanyan Aguda");
    h.get_by_label("He founded the Jin in 1115.");
    h.get_by_label("Chapter 1, page 2").click();
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p3"));
    h.key_press(Key::T);
    h.run();
    h.get_by_label("1115: Aguda founds the Jin (chapter 1)")
        .click();
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p3"));
    h.key_press(Key::G);
    h.run();
    h.get_by_label("(JER-chen)");
    h.get_by_label("Jurchen").click();
    h.run();
    assert_eq!(h.state().open_card(), Some("Jurchen"));
    h.key_press(Key::Escape);
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(
        page_key(&h).as_deref(),
        Some("p3"),
        "Esc closes the list and returns to the page"
    );
    h.get_by_label("Aguda on a throne.");
}

#[test]
fn profiles_keep_their_own_place_and_the_summary_shows_everyone() {
    let dir = temp_dir("profiles");
    let pack: Arc<dyn Pack> = Arc::new(DirPack::new(fixture()));
    let mut h = harness(app_with(pack.clone(), Some(SaveStore::new(&dir))));
    h.run();
    h.key_press(Key::ArrowRight);
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p2"));
    h.key_press(Key::Home);
    h.run();
    h.get_by_label("Reading as Reader · change").click();
    h.run();
    // Add a second reader: type a name, pick a colour, Add.
    h.get_by_label("New reader's name").focus();
    h.get_by_label("New reader's name").type_text("Mia");
    h.run();
    h.get_by_label("Colour 3").click();
    h.get_by_label("Add").click();
    h.run();
    assert_eq!(h.state().profiles().current, "mia");
    assert_eq!(h.state().profiles().current().colour, 2);
    assert_eq!(
        h.state().reader().place(),
        Place::Title,
        "a new reader starts at the beginning"
    );
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p1"));
    // Back to the first reader: their place is where they left it.
    h.key_press(Key::Home);
    h.run();
    h.get_by_label("Reading as Mia · change").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Reader")
        .click();
    h.run();
    assert_eq!(h.state().profiles().current, "reader");
    h.get_by_label("Continue →").click();
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p2"));
    // The summary lists both readers with what they read today.
    h.key_press(Key::Home);
    h.run();
    h.get_by_label("Reading as Reader · change").click();
    h.run();
    h.get_by_label("For parents and teachers");
    assert_eq!(
        h.get_all_by_label("Mia").count(),
        2,
        "a button and a summary line"
    );
    h.get_by_label("2 of 5");
    h.get_by_label("1 of 5");
    assert_eq!(
        h.state().profiles().profiles[1].log.values().sum::<u32>(),
        1
    );
    drop(h);
    // Everything survives a restart.
    let h = harness(app_with(pack, Some(SaveStore::new(&dir))));
    assert_eq!(h.state().profiles().profiles.len(), 2);
    assert_eq!(h.state().profiles().current, "reader");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The label of the control that has keyboard focus, if any.
fn focused_label(h: &Harness<'_, LanternApp>) -> Option<String> {
    use egui_kittest::kittest::NodeT as _;
    let by = egui_kittest::kittest::By::new().predicate(|n| n.is_focused());
    h.query_all(by)
        .next()
        .and_then(|n| n.accesskit_node().label())
}

#[test]
fn every_control_is_reachable_with_tab_and_works_with_enter() {
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), None));
    h.run();
    // Tab moves focus through the title screen's controls; Enter presses the focused one.
    let mut reached = Vec::new();
    for _ in 0..6 {
        h.key_press(Key::Tab);
        h.run();
        reached.extend(focused_label(&h));
    }
    assert!(reached.iter().any(|l| l == "Start →"), "{reached:?}");
    assert!(reached.iter().any(|l| l == "Chapters"), "{reached:?}");
    for _ in 0..10 {
        if focused_label(&h).as_deref() == Some("Chapters") {
            break;
        }
        h.key_press(Key::Tab);
        h.run();
    }
    // Enter presses the focused "Chapters": the chapter map opens, no page is turned.
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().reader().place(), Place::Chapters);
}

/// A small deterministic generator so soak runs are repeatable.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Soak: a seeded random reader drives the real UI with keys, window sizes, panels,
/// projection, votes, saves, quitting and resuming. Short in CI; set LANTERN_SOAK_ACTIONS
/// for a long run (e.g. 10000).
#[test]
fn soak_random_reading_never_panics_or_loses_its_place() {
    let actions: usize = std::env::var("LANTERN_SOAK_ACTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let dir = temp_dir("soak");
    let pack: Arc<dyn Pack> = Arc::new(DirPack::new(fixture()));
    let keys = [
        Key::ArrowRight,
        Key::ArrowRight,
        Key::ArrowRight,
        Key::ArrowLeft,
        Key::Space,
        Key::Enter,
        Key::PageDown,
        Key::PageUp,
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Home,
        Key::Escape,
        Key::M,
        Key::W,
        Key::T,
        Key::G,
        Key::B,
        Key::F5,
        Key::F6,
        Key::Tab,
    ];
    let sizes = [
        [1280.0, 720.0],
        [640.0, 480.0],
        [1920.0, 1080.0],
        [1024.0, 768.0],
        [3840.0, 2160.0],
    ];
    let mut rng = XorShift(0x5eed_1a17_e4a0_0001);
    let new_app = |pack: &Arc<dyn Pack>| {
        let mut app = app_with(pack.clone(), Some(SaveStore::new(&dir)));
        app.use_narrator(Box::new(lantern::narration::ClockNarrator::default()));
        harness(app)
    };
    let mut h = new_app(&pack);
    for step in 0..actions {
        match rng.below(40) {
            0 => {
                h.set_size(sizes[rng.below(sizes.len())].into());
            }
            1 => {
                // Quit and start again: the place must come back.
                let before = h.state().reader().to_save();
                drop(h);
                h = new_app(&pack);
                let after = h.state().reader().to_save();
                assert_eq!(
                    after.now, before.now,
                    "step {step}: the place was not restored"
                );
            }
            2 => h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Num2),
            _ => h.key_press(keys[rng.below(keys.len())]),
        }
        h.run();
        let r = h.state().reader();
        match r.place() {
            Place::Page(p) | Place::Prompt(p) => assert!(p.0 < r.story().pages.len()),
            _ => {}
        }
        let (read, total) = r.progress();
        assert!(read <= total);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_chapter_quiz_marks_answers_and_points_back_to_the_page() {
    let mut h = harness(app_with(Arc::new(DirPack::new(fixture())), None));
    h.run();
    h.key_press(Key::ArrowRight);
    h.key_press(Key::ArrowRight);
    h.key_press(Key::ArrowRight);
    h.key_press(Key::Num1);
    h.key_press(Key::ArrowRight);
    h.key_press(Key::ArrowRight);
    h.run();
    assert!(matches!(h.state().reader().place(), Place::ChapterEnd(_)));
    h.get_by_label("Check what you remember:");
    h.get_by_label("Aguda").click();
    h.run();
    h.get_by_label("✓ Right!");
    h.get_by_label("Silver").click();
    h.run();
    h.get_by_label("Not quite. The answer is in the story:");
    h.get_by_label("Look again →").click();
    h.run();
    assert_eq!(
        page_key(&h).as_deref(),
        Some("p3"),
        "the page that has the answer"
    );
    h.key_press(Key::ArrowLeft);
    h.run();
    assert!(
        matches!(h.state().reader().place(), Place::ChapterEnd(_)),
        "Back returns to the quiz"
    );
    assert_eq!(h.state().reader().quiz_score(), (1, 2));
}

#[test]
fn read_aloud_lights_words_in_turn_and_turns_the_page_by_itself() {
    let mut app = app_with(Arc::new(DirPack::new(fixture())), None);
    app.use_narrator(Box::new(lantern::narration::ClockNarrator::default()));
    let mut h = harness(app);
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("p1"));
    // A: auto read-aloud. The silent clock stands in for the sound device.
    h.key_press(Key::A);
    h.run();
    assert!(h.state().settings().read_aloud);
    let mut lit = Vec::new();
    let mut latency = None;
    let started = std::time::Instant::now();
    while page_key(&h).as_deref() == Some("p1")
        && started.elapsed() < std::time::Duration::from_secs(10)
    {
        std::thread::sleep(std::time::Duration::from_millis(15));
        let _ = h.try_run();
        let ra = h.state().read_aloud();
        latency = latency.or(ra.start_latency());
        if let Some(w) = ra.highlight(h.state().reader().story().page_by_key("p1").expect("p1")) {
            lit.push(w);
        }
    }
    // The clip (0.6 s) was read, the words lit in order, and the page turned by itself.
    assert_eq!(
        page_key(&h).as_deref(),
        Some("p2"),
        "auto read-aloud turns the page"
    );
    assert!(lit.len() >= 5, "{lit:?}");
    assert!(
        lit.windows(2).all(|w| w[0] <= w[1]),
        "words light up in order: {lit:?}"
    );
    assert!(lit.last() > lit.first(), "{lit:?}");
    let latency = latency.expect("a start");
    assert!(latency < std::time::Duration::from_secs(5), "{latency:?}");
    // p2 has no clip: auto mode waits there. A turns it off.
    h.key_press(Key::A);
    h.run();
    assert!(!h.state().settings().read_aloud);
}

#[test]
fn a_line_that_begins_with_a_glossary_word_is_spaced_like_the_others() {
    // At 1920×1080 the bundled page below wraps so that its glossary word "Yanjing" begins the
    // last line of the second paragraph.
    let pack = lantern::story::bundled_pack();
    let mut h = Harness::builder()
        .with_size([1920.0, 1080.0])
        .with_max_steps(500)
        .with_context_setup(style::install)
        .build_ui_state(
            |ui, app: &mut LanternApp| app.show(ui),
            app_with(Arc::new(pack), None),
        );
    h.run();
    let story = h.state().reader().story().clone();
    let page = story
        .pages
        .iter()
        .position(|p| p.key == "c02-jin-change-minds")
        .expect("the page is in the story");
    let (index, _) = story
        .main_position(lantern::story::PageId(page))
        .expect("a main page");
    for d in (index + 1).to_string().bytes() {
        h.key_press(lantern::ui::commands::DIGITS[usize::from(d - b'0')]);
        h.run();
    }
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(page_key(&h).as_deref(), Some("c02-jin-change-minds"));
    // Bottoms, not tops: a word that wraps to a new line also holds the end of the line above.
    let bottom = |label: &str| h.get_by_label(label).rect().bottom();
    let rows = [bottom("Central"), bottom("Southern"), bottom("Yanjing.")];
    let gaps = [rows[1] - rows[0], rows[2] - rows[1]];
    assert!(gaps[0] > 10.0, "the words are on separate lines: {rows:?}");
    assert!(
        (gaps[1] - gaps[0]).abs() < 1.0,
        "lines {gaps:?} apart: the glossary word's line stands further down"
    );
}

#[test]
fn a_corrupt_profile_list_loses_no_reader() {
    let dir = temp_dir("corrupt-profiles");
    std::fs::create_dir_all(&dir).expect("dir");
    let pack: Arc<dyn Pack> = Arc::new(DirPack::new(fixture()));
    // Mia reads two pages, then the list of readers is cut short (a crash, a full disk).
    {
        let mut h = harness(app_with(pack.clone(), Some(SaveStore::new(&dir))));
        h.run();
        h.get_by_label("Reading as Reader · change").click();
        h.run();
        h.get_by_label("New reader's name").focus();
        h.get_by_label("New reader's name").type_text("Mia");
        h.run();
        h.get_by_label("Add").click();
        h.run();
        h.key_press(Key::ArrowRight);
        h.key_press(Key::ArrowRight);
        h.run();
        h.state().flush_saves();
    }
    let list = dir.join("profiles.json");
    let full = std::fs::read_to_string(&list).expect("profiles written");
    assert!(full.contains("Mia"), "{full}");
    let truncated = &full[..full.len() / 2];
    std::fs::write(&list, truncated).expect("truncate");
    assert!(dir.join("mia.json").exists());
    // Start, read one page, quit.
    {
        let mut h = harness(app_with(pack.clone(), Some(SaveStore::new(&dir))));
        h.run();
        let notice = h.state().notice().expect("the reader is told").to_owned();
        assert!(notice.contains("Mia"), "{notice}");
        h.key_press(Key::ArrowRight);
        h.run();
        h.state().flush_saves();
    }
    // The unreadable list was kept, and Mia is still a reader with her place.
    assert_eq!(
        std::fs::read_to_string(dir.join("profiles.json.bak")).expect("kept"),
        truncated
    );
    let mut h = harness(app_with(pack, Some(SaveStore::new(&dir))));
    h.run();
    assert!(
        h.state().profiles().profiles.iter().any(|p| p.id == "mia"),
        "{:?}",
        h.state().profiles()
    );
    h.key_press(Key::Home);
    h.run();
    h.get_by_label("Reading as Reader · change").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Mia")
        .click();
    h.run();
    assert_eq!(h.state().profiles().current, "mia");
    assert_eq!(
        page_key(&h).as_deref(),
        Some("p2"),
        "Mia is back where she was"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The bundled book's prompt with the most to show: the longest question and choices, or
/// (`reveal`) the longest responses.
fn longest_prompt(story: &lantern::story::Story, reveal: bool) -> lantern::story::PageId {
    let size = |p: &lantern::story::Page| {
        p.prompt.as_ref().map_or(0, |q| {
            q.question.len()
                + q.choices
                    .iter()
                    .map(|c| c.text.len() + if reveal { c.response.len() } else { 0 })
                    .sum::<usize>()
        })
    };
    let page = story
        .pages
        .iter()
        .filter(|p| p.detour.is_none())
        .max_by_key(|p| size(p))
        .expect("a prompt");
    story.page_by_key(&page.key).expect("its id")
}

#[test]
fn projected_prompts_show_every_choice_and_the_reveal_without_scrolling() {
    let pack: Arc<dyn Pack> = Arc::new(lantern::story::bundled_pack());
    let loaded = load(pack.as_ref(), LoadOptions::default());
    let story = Arc::new(loaded.story.expect("the bundled story loads"));
    for reveal in [false, true] {
        let page = longest_prompt(&story, reveal);
        let prompt = story.page(page).prompt.clone().expect("a prompt");
        let (n, _) = story.main_position(page).expect("a main page");
        for (w, h_px) in [
            (1024.0, 768.0),
            (1280.0, 720.0),
            (1920.0, 1080.0),
            (3840.0, 2160.0),
        ] {
            let app = LanternApp::new(story.clone(), pack.clone(), None);
            let mut h = Harness::builder()
                .with_size([w, h_px])
                .with_max_steps(500)
                .with_context_setup(style::install)
                .build_ui_state(|ui, app: &mut LanternApp| app.show(ui), app);
            h.run();
            h.key_press(Key::F5);
            h.run();
            for d in (n + 1).to_string().bytes() {
                h.key_press(lantern::ui::commands::DIGITS[usize::from(d - b'0')]);
            }
            h.key_press(Key::Enter);
            h.run();
            h.key_press(Key::ArrowRight);
            h.run();
            assert!(matches!(h.state().reader().place(), Place::Prompt(_)));
            // A class of 25: hands for every choice.
            for (i, k) in [Key::Num1, Key::Num2, Key::Num3, Key::Num4]
                .into_iter()
                .take(prompt.choices.len())
                .enumerate()
            {
                for _ in 0..=i * 3 {
                    h.key_press(k);
                }
            }
            h.run();
            if reveal {
                h.key_press(Key::Enter);
                h.run();
            }
            let bottom = h_px;
            for (i, c) in prompt.choices.iter().enumerate() {
                let label = format!("{}  {}", i + 1, c.text);
                let node = h.get_by_label(&label);
                let r = node.rect();
                assert!(
                    r.max.y <= bottom && r.min.y >= 0.0,
                    "{w}×{h_px}, reveal {reveal}: choice {} ends at {:.0} of {bottom}",
                    i + 1,
                    r.max.y
                );
            }
            // The class's hands stay on screen, before and after the reveal.
            for i in 0..prompt.choices.len() {
                let hands = i * 3 + 1;
                let label = format!("{hands} {}", if hands == 1 { "hand" } else { "hands" });
                let r = h.get_by_label(&label).rect();
                assert!(
                    r.max.y <= bottom,
                    "{w}×{h_px}, reveal {reveal}: {label} is off screen"
                );
            }
            if reveal {
                let right = prompt.choices.iter().find(|c| c.correct).expect("one");
                let r = h.get_by_label(&right.response).rect();
                assert!(
                    r.max.y <= bottom,
                    "{w}×{h_px}: what happened ends at {:.0}",
                    r.max.y
                );
            }
        }
    }
}
