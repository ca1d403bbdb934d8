//! `lantern check` and `lantern export` over good and broken packs, run as the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

fn lantern(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(args)
        .output()
        .expect("the lantern binary runs")
}

fn check(name: &str) -> (i32, String) {
    let out = lantern(&["check", fixture(name).to_str().expect("utf-8 path")]);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Asserts the check fails and prints exactly these problem lines (the summary line aside).
fn assert_problems(name: &str, expected: &[&str]) {
    let (code, out) = check(name);
    assert_eq!(code, 1, "{name} must fail:\n{out}");
    let lines: Vec<&str> = out.lines().filter(|l| l.starts_with("story/")).collect();
    assert_eq!(lines, expected, "{name}:\n{out}");
}

#[test]
fn the_mini_fixture_checks_clean() {
    let (code, out) = check("mini");
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("ok — 2 chapters, 5 pages (+3 in 2 detours), 1 prompts"),
        "{out}"
    );
}

#[test]
fn the_bundled_story_checks_clean() {
    let out = lantern(&["check", root().to_str().expect("utf-8 path")]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(!text.contains(": warning:"), "{text}");
}

#[test]
fn syntax_errors_in_every_file_are_reported_together() {
    assert_problems(
        "broken-syntax",
        &[
            "story/chapters/one.toml:3:14: TOML syntax: invalid basic string, expected `\"`",
            "story/chapters/two.toml:2:9: TOML syntax: extra `=`, expected nothing",
            "story/chapters/two.toml:2:11: TOML syntax: unexpected key or value, expected newline, `#`",
        ],
    );
}

#[test]
fn bad_references_keys_and_prompts_are_all_reported_with_positions() {
    assert_problems(
        "broken-refs",
        &[
            "story/chapters/one.toml:12:30: glossary term \"Khitan\" is not in story/glossary.toml",
            "story/chapters/one.toml:19:1: unknown key `alt_text` in a page; expected one of: id, kind, text, image, alt, narration, notes, detour, map_year, prompt",
            "story/chapters/one.toml:20:10: no detour has the id \"sidee\"",
            "story/chapters/one.toml:32:1: a prompt needs exactly one choice with `correct = true` (what really happened), not 2",
            "story/chapters/one.toml:52:6: duplicate page id \"p2\" (first at story/chapters/one.toml:23:6)",
            "story/chapters/one.toml:60:13: audio clip \"audio/p3.ogg\" not found",
            "story/chapters/one.toml:95:10: `answer` is 3 but must be 1–2 (the number of the right choice)",
            "story/chapters/one.toml:96:8: no page has the id \"p3\"",
            "story/chapters/two.toml:23:9: picture \"images/sunset.svg\" not found",
            "story/chapters/two.toml:29:10: no page has the id \"q9\"",
            "story/people.toml:7:16: no page has the id \"p3\"",
            "story/timeline.toml:4:8: no page has the id \"nowhere\"",
        ],
    );
}

#[test]
fn paths_that_escape_the_pack_are_refused() {
    assert_problems(
        "broken-paths",
        &[
            "story/chapters/one.toml:16:9: picture \"/etc/passwd.svg\" is absolute; write it relative to the pack root, e.g. \"images/cover.svg\"",
            "story/chapters/one.toml:28:9: picture \"../mini/images/a.svg\" goes up with '..' and may escape the pack",
            "story/story.toml:7:34: path \"../../mini/story/chapters/two.toml\" goes up with '..' and may escape the pack",
        ],
    );
}

#[test]
fn a_file_that_is_not_utf8_is_pinned_to_its_bad_byte() {
    assert_problems(
        "broken-utf8",
        &["story/chapters/two.toml:2:18: file is not valid UTF-8 text; save it as UTF-8"],
    );
}

#[test]
fn pictures_that_lie_about_their_size_or_do_not_parse_are_refused() {
    let (_, out) = check("broken-pictures");
    assert!(
        out.contains("story/chapters/two.toml:12:9: picture \"images/huge.png\" header declares 5000×5000 pixels, over the 4096×4096 limit"),
        "{out}"
    );
    assert!(
        out.contains("story/chapters/two.toml:23:9: picture \"images/broken.svg\" not a valid SVG"),
        "{out}"
    );
}

#[test]
fn unreachable_detours_and_short_prompts_are_errors() {
    assert_problems(
        "broken-graph",
        &[
            "story/chapters/one.toml:31:1: a prompt needs 2–4 choices, not 1",
            "story/chapters/two.toml:25:1: detour \"side2\" is never offered, so its pages cannot be reached; add `detour = \"side2\"` to a page or a choice",
        ],
    );
}

#[test]
fn empty_packs_and_packs_without_chapters_are_refused() {
    let (code, out) = check("empty");
    assert_eq!(code, 1);
    assert!(
        out.starts_with("story/story.toml:1:1: no story here"),
        "{out}"
    );
    assert_problems(
        "broken-no-chapters",
        &["story/story.toml:1:1: the story has no chapters: list chapter files in `chapters`"],
    );
}

#[cfg(unix)]
#[test]
fn symlinks_inside_a_pack_are_refused() {
    let dir = std::env::temp_dir().join(format!("lantern-cli-symlink-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&fixture("mini"), &dir);
    std::fs::remove_file(dir.join("images/a.svg")).expect("remove");
    std::os::unix::fs::symlink(
        fixture("mini").join("images/a.svg"),
        dir.join("images/a.svg"),
    )
    .expect("link");
    let out = lantern(&["check", dir.to_str().expect("utf-8")]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("story/chapters/one.toml:5:8: picture \"images/a.svg\" is (or is inside) a symbolic link"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir") {
        let e = e.expect("entry");
        let dest = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).expect("copy");
        }
    }
}

#[test]
fn bad_usage_exits_with_two() {
    assert_eq!(lantern(&["check", "--bogus"]).status.code(), Some(2));
    assert_eq!(lantern(&["export"]).status.code(), Some(2));
    assert_eq!(
        lantern(&["export", "--format", "pdf"]).status.code(),
        Some(2)
    );
    assert_eq!(
        lantern(&["--size", "10x10", "check"]).status.code(),
        Some(2)
    );
}

#[test]
fn export_json_keeps_the_contract_and_strips_markup() {
    let out = lantern(&[
        "export",
        "--format",
        "json",
        fixture("mini").to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(doc["title"], "The Mini Story");
    let ch = &doc["chapters"][0];
    assert_eq!(ch["id"], "one");
    assert_eq!(ch["title"], "Chapter One");
    let page = &ch["pages"][0];
    assert_eq!(page["id"], "p1");
    assert!(
        page["text"]
            .as_str()
            .expect("text")
            .starts_with("The Jurchens lived")
    );
    assert!(!page["text"].as_str().expect("text").contains("[["));
    assert_eq!(page["image"], "images/a.svg");
    assert_eq!(page["alt"], "Hunters in a forest.");
    assert_eq!(page["narration"], "audio/p1.ogg");
    assert!(ch["pages"][1]["narration"].is_null());
    let prompt = &ch["pages"][1]["prompt"];
    assert_eq!(prompt["question"], "What do you think Aguda did next?");
    assert_eq!(prompt["choices"][0]["correct"], true);
    assert_eq!(
        prompt["choices"][1]["response"],
        "No. The Jurchens stayed in their homeland."
    );
    // Detour pages are exported with their chapter, marked as such.
    assert!(
        ch["pages"]
            .as_array()
            .expect("pages")
            .iter()
            .any(|p| p["detour"] == "side")
    );
    assert_eq!(doc["glossary"][0]["term"], "Jurchen");
    assert_eq!(
        doc["glossary"][0]["definition"],
        "A people of the north-east who founded the Jin."
    );
}

#[test]
fn export_markdown_is_a_handout_with_answers_and_glossary() {
    let out = lantern(&[
        "export",
        "--format",
        "markdown",
        fixture("mini").to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let md = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "# The Mini Story",
        "## Chapter 1: Chapter One (1115)",
        "**What do you think happened next?** What do you think Aguda did next?",
        "- Answer 1 (what really happened): Yes. The tribes were united and ready to fight.",
        "### Side trip: A closer look",
        "## Glossary",
        "- **Jurchen** (JER-chen): A people of the north-east who founded the Jin.",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in:\n{md}");
    }
}

#[test]
fn export_of_a_broken_pack_fails_with_its_problems() {
    let out = lantern(&[
        "export",
        "--format",
        "json",
        fixture("broken-utf8").to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("story/chapters/two.toml:2:18"));
}

#[test]
fn without_a_display_the_app_says_why_and_what_still_works() {
    let data = std::env::temp_dir().join(format!("lantern-nodisplay-{}", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_lantern"))
        .arg("--data-dir")
        .arg(&data)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .output()
        .expect("the lantern binary runs");
    let _ = std::fs::remove_dir_all(&data);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot open a window"), "{err}");
    assert!(err.contains("no screen to show the window on"), "{err}");
    assert!(err.contains("`lantern check`"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
