//! How long loading and validating a story pack takes: the bundled story, and synthetic packs
//! 10× and 100× its size, to show the time grows in step with the size (no quadratic checks).
//!
//! Run: `cargo bench --bench load` (`-- --quick` for fewer repeats, as CI does).
//!
//! A synthetic pack repeats every chapter of the bundled story N times with its page and chapter
//! ids renamed, and the glossary N times with its terms renamed, so each copy is as rich as the
//! original (prompts, detours, glossary links) and the whole pack is still valid. Pictures and
//! narration are shared between copies, as a pack that reuses art would do.

use std::time::{Duration, Instant};

use lantern::story::{self, LoadOptions, MemPack, Pack, Severity};

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let repeats = if quick { 3 } else { 15 };
    let bundled = story::bundled_pack();
    let base = bundled.clone();

    // What `lantern check` does on the bundled pack: every picture decoded too.
    let check = time(repeats, || load(&bundled, true));
    let app = time(repeats, || load(&bundled, false));
    println!(
        "lantern-bench load.bundled_check_ms {:.1}",
        ms(check.median)
    );
    println!("lantern-bench load.bundled_app_ms {:.1}", ms(app.median));
    println!(
        "lantern-bench load.bundled_check_vs_target {:.2}",
        ms(check.median) / 200.0
    );

    let mut rows = Vec::new();
    for n in [1_usize, 10, 100] {
        let pack = scaled(&base, n);
        let pages = load(&pack, false);
        let reps = if n == 100 { repeats.min(5) } else { repeats };
        let t = time(reps, || load(&pack, false));
        println!("lantern-bench load.x{n}.pages {pages}");
        println!("lantern-bench load.x{n}.median_ms {:.1}", ms(t.median));
        println!(
            "lantern-bench load.x{n}.us_per_page {:.1}",
            ms(t.median) * 1000.0 / pages as f64
        );
        rows.push((n, pages, t.median));
    }
    let per_page = |i: usize| rows[i].2.as_secs_f64() / rows[i].1 as f64;
    println!(
        "lantern-bench load.growth_x10_per_page {:.2}",
        per_page(1) / per_page(0)
    );
    println!(
        "lantern-bench load.growth_x100_per_page {:.2}",
        per_page(2) / per_page(0)
    );
}

/// Loads `pack` and returns its page count; exits if it does not load, since a timing of a
/// failed load would mean nothing.
fn load(pack: &dyn Pack, decode_pictures: bool) -> usize {
    let loaded = story::load(pack, LoadOptions { decode_pictures });
    let errors: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    match loaded.story {
        Some(s) if errors.is_empty() => s.pages.len(),
        _ => {
            for e in errors.iter().take(10) {
                eprintln!("{e}");
            }
            eprintln!("the pack {} does not load", pack.describe());
            std::process::exit(1);
        }
    }
}

struct Timing {
    median: Duration,
}

fn time(repeats: usize, mut f: impl FnMut() -> usize) -> Timing {
    f(); // warm-up: first touches of the allocator and caches
    let mut v: Vec<Duration> = (0..repeats)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    v.sort();
    Timing {
        median: v[v.len() / 2],
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The repo's pack with its chapters and glossary repeated `n` times.
fn scaled(base: &MemPack, n: usize) -> MemPack {
    let mut pack = base.clone();
    let story_toml = text(base, "story/story.toml");
    let (head, rest) = story_toml
        .split_once("chapters = [")
        .expect("story.toml lists chapters");
    let (list, tail) = rest.split_once(']').expect("the chapter list ends");
    let chapters: Vec<String> = list
        .split(',')
        .map(|s| s.trim().trim_matches('"').to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    // Every id defined in a chapter file; copies rename each one wherever it is quoted.
    let ids: Vec<String> = chapters
        .iter()
        .flat_map(|c| {
            text(base, &format!("story/{c}"))
                .lines()
                .filter_map(|l| l.strip_prefix("id = \""))
                .map(|l| l.trim_end_matches('"').to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    let mut all = Vec::new();
    for k in 0..n {
        for c in &chapters {
            if k == 0 {
                all.push(c.clone());
                continue;
            }
            let mut src = text(base, &format!("story/{c}"));
            for id in &ids {
                src = src.replace(&format!("\"{id}\""), &format!("\"{id}-copy{k}\""));
            }
            let name = c.replace(".toml", &format!("-copy{k}.toml"));
            pack.insert(&format!("story/{name}"), src);
            all.push(name);
        }
    }
    let list: Vec<String> = all.iter().map(|c| format!("  \"{c}\",")).collect();
    pack.insert(
        "story/story.toml",
        format!("{head}chapters = [\n{}\n]{tail}", list.join("\n")),
    );
    let glossary = text(base, "story/glossary.toml");
    let mut more = glossary.clone();
    for k in 1..n {
        more.push('\n');
        more.push_str(
            &glossary
                .lines()
                .map(|l| match l.strip_prefix("term = \"") {
                    Some(t) => format!("term = \"{} {k}", t.trim_end_matches('"')) + "\"",
                    None if l.starts_with("aliases = ") => String::new(),
                    None => l.to_owned(),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    pack.insert("story/glossary.toml", more);
    pack
}

fn text(pack: &MemPack, path: &str) -> String {
    String::from_utf8(
        pack.read(path)
            .unwrap_or_else(|_| panic!("{path} is in the repo")),
    )
    .unwrap_or_else(|_| panic!("{path} is UTF-8"))
}
