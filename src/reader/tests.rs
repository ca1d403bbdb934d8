use std::sync::Arc;

use super::*;
use crate::story::{LoadOptions, load, mini_pack};

fn mini() -> Arc<Story> {
    let loaded = load(&mini_pack(), LoadOptions::default());
    Arc::new(
        loaded
            .story
            .unwrap_or_else(|| panic!("mini pack must load: {:#?}", loaded.diagnostics)),
    )
}

fn id(r: &Reader, key: &str) -> PageId {
    r.story()
        .page_by_key(key)
        .unwrap_or_else(|| panic!("no page {key}"))
}

fn at_page(r: &Reader, key: &str) -> bool {
    r.place() == Place::Page(id(r, key))
}

#[test]
fn starts_at_the_title_and_next_opens_the_first_page() {
    let mut r = Reader::new(mini());
    assert_eq!(r.place(), Place::Title);
    assert!(!r.can_go_back());
    let ev = r.apply(Action::Next);
    assert_eq!(ev, vec![Event::PageShown(id(&r, "p1"))]);
    assert!(at_page(&r, "p1"));
    assert_eq!(r.progress(), (1, 5));
}

#[test]
fn a_prompt_blocks_next_until_answered_then_reveals_and_goes_on() {
    let mut r = Reader::new(mini());
    r.apply(Action::Start);
    r.apply(Action::Next);
    assert!(at_page(&r, "p2"));
    let p2 = id(&r, "p2");
    assert_eq!(r.apply(Action::Next), vec![Event::PromptShown(p2)]);
    assert_eq!(r.apply(Action::Next), vec![Event::Ignored]);
    assert_eq!(r.apply(Action::Choose(7)), vec![Event::Ignored]);
    assert_eq!(
        r.apply(Action::Choose(1)),
        vec![Event::Revealed {
            page: p2,
            correct: false
        }]
    );
    // The first guess is the prediction; it cannot be changed after the reveal.
    assert_eq!(r.apply(Action::Choose(0)), vec![Event::Ignored]);
    assert_eq!(r.answer(p2), Some(1));
    assert_eq!(
        r.score(),
        Score {
            correct: 0,
            answered: 1,
            total: 1
        }
    );
    r.apply(Action::Next);
    assert!(at_page(&r, "p3"));
}

#[test]
fn back_retraces_every_step_including_the_prompt() {
    let mut r = Reader::new(mini());
    r.apply(Action::Start);
    r.apply(Action::Next);
    r.apply(Action::Next);
    r.apply(Action::Choose(0));
    r.apply(Action::Next);
    assert!(at_page(&r, "p3"));
    let p2 = id(&r, "p2");
    assert_eq!(
        r.apply(Action::Back),
        vec![Event::Revealed {
            page: p2,
            correct: true
        }]
    );
    assert_eq!(r.apply(Action::Back), vec![Event::PageShown(p2)]);
    r.apply(Action::Back);
    assert!(at_page(&r, "p1"));
    r.apply(Action::Back);
    assert_eq!(r.place(), Place::Title);
    assert_eq!(r.apply(Action::Back), vec![Event::Ignored]);
}

#[test]
fn a_page_detour_returns_to_the_page_after_the_one_that_offered_it() {
    let mut r = Reader::new(mini());
    r.apply(Action::Start);
    assert!(r.offered_detour().is_some());
    r.apply(Action::TakeDetour);
    assert!(at_page(&r, "s1"));
    assert!(r.current_detour().is_some());
    r.apply(Action::Next);
    assert!(at_page(&r, "s2"));
    r.apply(Action::Next);
    assert!(at_page(&r, "p2"));
    assert_eq!(r.current_detour(), None);
    // Back re-enters the side trip with its return point intact.
    r.apply(Action::Back);
    assert!(at_page(&r, "s2"));
    r.apply(Action::Next);
    assert!(at_page(&r, "p2"));
}

#[test]
fn a_choice_detour_is_offered_only_after_that_choice() {
    let mut r = Reader::new(mini());
    r.apply(Action::Start);
    r.apply(Action::Next);
    r.apply(Action::Next);
    assert_eq!(r.offered_detour(), None);
    assert_eq!(r.apply(Action::TakeDetour), vec![Event::Ignored]);
    r.apply(Action::Choose(1));
    assert!(r.offered_detour().is_some());
    r.apply(Action::TakeDetour);
    assert!(at_page(&r, "s1"));
    r.apply(Action::Next);
    r.apply(Action::Next);
    assert!(at_page(&r, "p3"), "rejoins after the prompt's page");
}

#[test]
fn a_detour_with_rejoin_skips_to_its_rejoin_page() {
    let mut r = Reader::new(mini());
    r.apply(Action::JumpToChapter(ChapterId(1)));
    assert!(at_page(&r, "q1"));
    r.apply(Action::TakeDetour);
    assert!(at_page(&r, "t1"));
    r.apply(Action::Next);
    assert!(at_page(&r, "q2"));
}

#[test]
fn chapters_end_with_a_recap_and_the_book_ends_with_a_score() {
    let mut r = Reader::new(mini());
    r.apply(Action::Start);
    r.apply(Action::Next);
    r.apply(Action::Next);
    r.apply(Action::Choose(0));
    r.apply(Action::Next);
    r.apply(Action::Next);
    let c0 = ChapterId(0);
    assert_eq!(r.place(), Place::ChapterEnd(c0));
    assert_eq!(
        r.apply(Action::AnswerRecap {
            question: 0,
            choice: 0
        }),
        vec![Event::RecapAnswered { correct: true }]
    );
    assert_eq!(
        r.apply(Action::AnswerRecap {
            question: 1,
            choice: 0
        }),
        vec![Event::RecapAnswered { correct: false }]
    );
    assert_eq!(
        r.apply(Action::AnswerRecap {
            question: 5,
            choice: 0
        }),
        vec![Event::Ignored]
    );
    assert_eq!(r.recap_answer(c0, 1), Some(0));
    r.apply(Action::Next);
    assert!(at_page(&r, "q1"));
    r.apply(Action::Next);
    r.apply(Action::Next);
    assert_eq!(r.place(), Place::ChapterEnd(ChapterId(1)));
    assert_eq!(r.apply(Action::Next), vec![Event::StoryEnded]);
    assert_eq!(r.apply(Action::Next), vec![Event::Ignored]);
    assert_eq!(
        r.score(),
        Score {
            correct: 1,
            answered: 1,
            total: 1
        }
    );
    assert_eq!(r.progress(), (5, 5));
}

#[test]
fn menus_and_continue_return_to_where_reading_stopped() {
    let mut r = Reader::new(mini());
    assert_eq!(r.apply(Action::Continue), vec![Event::Ignored]);
    r.apply(Action::Start);
    r.apply(Action::Next);
    r.apply(Action::Home);
    assert_eq!(r.place(), Place::Title);
    assert_eq!(r.apply(Action::Home), vec![Event::Ignored]);
    r.apply(Action::Continue);
    assert!(at_page(&r, "p2"));
    r.apply(Action::OpenChapters);
    assert_eq!(r.place(), Place::Chapters);
    assert_eq!(r.apply(Action::Next), vec![Event::Ignored]);
    assert_eq!(
        r.apply(Action::JumpToChapter(ChapterId(9))),
        vec![Event::Ignored]
    );
    r.apply(Action::JumpToChapter(ChapterId(1)));
    assert!(at_page(&r, "q1"));
    assert_eq!(r.chapter_progress(ChapterId(0)), (2, 3));
}

#[test]
fn save_and_resume_restore_everything() {
    let story = mini();
    let mut r = Reader::new(story.clone());
    r.apply(Action::Start);
    r.apply(Action::TakeDetour);
    r.apply(Action::Next);
    r.apply(Action::Next);
    r.apply(Action::Next);
    r.apply(Action::Choose(2));
    let data = r.to_save();
    let back = Reader::from_save(story.clone(), &data).expect("resumes");
    assert_eq!(back.place(), r.place());
    assert_eq!(back.score(), r.score());
    assert_eq!(back.progress(), r.progress());
    assert_eq!(back.to_save(), data);
    // History survives: Back walks the same way.
    let mut a = r.clone();
    let mut b = back;
    for _ in 0..6 {
        a.apply(Action::Back);
        b.apply(Action::Back);
        assert_eq!(a.place(), b.place());
    }
}

#[test]
fn saves_that_do_not_fit_the_story_are_refused() {
    let story = mini();
    let mut r = Reader::new(story.clone());
    r.apply(Action::Start);
    let good = r.to_save();
    let mut bad = good.clone();
    bad.now.place = save::SavedPlace::Page("gone".into());
    assert!(Reader::from_save(story.clone(), &bad).is_err());
    let mut bad = good.clone();
    bad.answers.insert("p2".into(), 9);
    assert!(Reader::from_save(story.clone(), &bad).is_err());
    let mut bad = good.clone();
    bad.version = 99;
    assert!(Reader::from_save(story.clone(), &bad).is_err());
    let mut bad = good;
    bad.now.place = save::SavedPlace::Prompt("p1".into());
    assert!(Reader::from_save(story, &bad).is_err());
}

#[test]
fn the_store_writes_atomically_and_sets_corrupt_saves_aside() {
    let story = mini();
    let dir = std::env::temp_dir().join(format!("lantern-save-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store = SaveStore::new(&dir);
    assert!(matches!(store.load("kid", &story), SaveLoaded::Fresh(_)));
    let mut r = Reader::new(story.clone());
    r.apply(Action::Start);
    r.apply(Action::Next);
    store.save("kid", &r).expect("save");
    assert!(!store.path("kid").with_extension("json.tmp").exists());
    match store.load("kid", &story) {
        SaveLoaded::Resumed(back) => assert_eq!(back.place(), r.place()),
        other => panic!("expected a resume, got {other:?}"),
    }
    std::fs::write(store.path("kid"), b"{ not json").expect("corrupt it");
    match store.load("kid", &story) {
        SaveLoaded::SetAside {
            reader,
            backup,
            reason,
        } => {
            assert_eq!(reader.place(), Place::Title);
            assert!(reason.contains("not a valid save"), "{reason}");
            let backup = backup.expect("moved aside");
            assert_eq!(std::fs::read(&backup).expect("backup kept"), b"{ not json");
            assert!(!store.path("kid").exists());
        }
        other => panic!("expected the save set aside, got {other:?}"),
    }
    let _ = std::fs::remove_dir_all(&dir);
    // A data folder that cannot exist (its parent is a file) holds no save: a fresh start.
    let blocker = dir.with_extension("file");
    std::fs::write(&blocker, "not a folder").expect("write");
    let store = SaveStore::new(blocker.join("saves"));
    assert!(matches!(store.load("kid", &story), SaveLoaded::Fresh(_)));
    let _ = std::fs::remove_file(&blocker);
}

/// A small deterministic generator so the random walks are repeatable.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn random_action(rng: &mut XorShift) -> Action {
    match rng.below(14) {
        0 => Action::Start,
        1 => Action::Continue,
        2..=4 => Action::Next,
        5 => Action::Back,
        6 => Action::Choose(rng.below(5)),
        7 => Action::TakeDetour,
        8 => Action::JumpToChapter(ChapterId(rng.below(3))),
        11 => Action::GoTo(PageId(rng.below(10))),
        12 => Action::Vote {
            choice: rng.below(4),
            delta: [1, 1, 3, -1][rng.below(4)],
        },
        13 => Action::RevealVotes,
        9 => [Action::OpenChapters, Action::Home][rng.below(2)],
        _ => Action::AnswerRecap {
            question: rng.below(4),
            choice: rng.below(4),
        },
    }
}

fn assert_valid(r: &Reader) {
    let s = r.story();
    match r.place() {
        Place::Page(p) => assert!(p.0 < s.pages.len()),
        Place::Prompt(p) => assert!(s.page(p).prompt.is_some()),
        Place::ChapterEnd(c) => assert!(c.0 < s.chapters.len()),
        Place::Title | Place::Chapters | Place::End => {}
    }
    if let Some(d) = r.current_detour() {
        assert!(d.0 < s.detours.len());
    }
    let (read, total) = r.progress();
    assert!(read <= total);
    let score = r.score();
    assert!(score.correct <= score.answered && score.answered <= score.total);
}

#[test]
fn thousands_of_random_action_sequences_never_panic_and_stay_valid() {
    let story = mini();
    for seed in 1..=2000_u64 {
        let mut rng = XorShift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let mut r = Reader::new(story.clone());
        for _ in 0..60 {
            r.apply(random_action(&mut rng));
            assert_valid(&r);
        }
        // Every session survives a save round trip.
        let back = Reader::from_save(story.clone(), &r.to_save()).expect("round trip");
        assert_eq!(back.place(), r.place());
    }
}

#[test]
fn a_reader_who_keeps_pressing_next_and_answering_reaches_the_end() {
    let story = mini();
    let mut r = Reader::new(story);
    for _ in 0..100 {
        if r.place() == Place::End {
            break;
        }
        if matches!(r.place(), Place::Prompt(p) if r.answer(p).is_none()) {
            r.apply(Action::Choose(0));
        } else {
            r.apply(Action::Next);
        }
    }
    assert_eq!(r.place(), Place::End);
}

#[test]
fn go_to_jumps_to_any_page_and_back_returns() {
    let mut r = Reader::new(mini());
    r.apply(Action::Start);
    let q2 = id(&r, "q2");
    assert_eq!(r.apply(Action::GoTo(q2)), vec![Event::PageShown(q2)]);
    assert_eq!(r.apply(Action::GoTo(q2)), vec![Event::Ignored]);
    assert_eq!(r.apply(Action::GoTo(PageId(999))), vec![Event::Ignored]);
    r.apply(Action::Back);
    assert!(at_page(&r, "p1"));
}

#[test]
fn a_class_vote_tallies_hands_and_the_most_hands_become_the_guess() {
    let mut r = Reader::new(mini());
    r.apply(Action::Start);
    r.apply(Action::Next);
    assert_eq!(
        r.apply(Action::Vote {
            choice: 0,
            delta: 1
        }),
        vec![Event::Ignored],
        "not at a prompt"
    );
    r.apply(Action::Next);
    let p2 = id(&r, "p2");
    assert_eq!(
        r.apply(Action::RevealVotes),
        vec![Event::Ignored],
        "nobody voted yet"
    );
    r.apply(Action::Vote {
        choice: 0,
        delta: 5,
    });
    r.apply(Action::Vote {
        choice: 1,
        delta: 9,
    });
    r.apply(Action::Vote {
        choice: 1,
        delta: -2,
    });
    r.apply(Action::Vote {
        choice: 2,
        delta: 4,
    });
    assert_eq!(
        r.apply(Action::Vote {
            choice: 7,
            delta: 1
        }),
        vec![Event::Ignored]
    );
    assert_eq!(r.votes(p2), &[5, 7, 4]);
    assert_eq!(
        r.apply(Action::RevealVotes),
        vec![Event::Revealed {
            page: p2,
            correct: false
        }]
    );
    assert_eq!(r.answer(p2), Some(1));
    assert_eq!(r.class_score(), (1, 0));
    // Votes are closed once revealed, and survive a save.
    assert_eq!(
        r.apply(Action::Vote {
            choice: 0,
            delta: 1
        }),
        vec![Event::Ignored]
    );
    let back = Reader::from_save(r.story().clone(), &r.to_save()).expect("resumes");
    assert_eq!(back.votes(p2), &[5, 7, 4]);
}

#[test]
fn a_tied_vote_goes_to_the_first_tied_choice() {
    let mut r = Reader::new(mini());
    r.apply(Action::Start);
    r.apply(Action::Next);
    r.apply(Action::Next);
    let p2 = id(&r, "p2");
    r.apply(Action::Vote {
        choice: 2,
        delta: 3,
    });
    r.apply(Action::Vote {
        choice: 0,
        delta: 3,
    });
    r.apply(Action::RevealVotes);
    assert_eq!(r.answer(p2), Some(0));
    assert_eq!(r.class_score(), (1, 1));
}

#[test]
fn next_place_always_names_where_next_goes_without_moving() {
    // Walk the whole story several ways (first choice, last choice, every side trip taken) and
    // compare the forecast with the real step at every place.
    for (choice, take_detours) in [(0, false), (1, true), (2, true)] {
        let mut r = Reader::new(mini());
        for _ in 0..200 {
            if let Place::Prompt(p) = r.place()
                && r.answer(p).is_none()
            {
                let n = r.story().page(p).choice_count();
                r.apply(Action::Choose(choice.min(n - 1)));
            }
            if take_detours && r.offered_detour().is_some() && r.current_detour().is_none() {
                r.apply(Action::TakeDetour);
            }
            let forecast = r.next_place();
            let revision = r.revision();
            let before = r.place();
            assert_eq!(r.place(), before, "looking ahead must not move");
            assert_eq!(r.revision(), revision);
            let events = r.apply(Action::Next);
            match forecast {
                Some(place) => assert_eq!(r.place(), place, "from {before:?}"),
                None => {
                    assert_eq!(events, vec![Event::Ignored], "from {before:?}");
                    break;
                }
            }
        }
        assert_eq!(r.place(), Place::End);
    }
}
