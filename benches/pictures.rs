//! How long every picture of the bundled story takes to rasterise, at the sizes a page shows
//! it on a 1920×1080 screen and on a 4K projector, and how long a narration clip takes to
//! decode (the wait before read-aloud starts when a clip was not decoded ahead).
//! Run: `cargo bench --bench pictures`.

use std::time::{Duration, Instant};

use lantern::narration::player::decode;
use lantern::story::{self, LoadOptions, Pack};
use lantern::ui::pictures::render;

fn main() {
    let pack = story::bundled_pack();
    let started = Instant::now();
    let loaded = story::load(&pack, LoadOptions::default());
    let load_time = started.elapsed();
    let Some(story) = loaded.story else {
        eprintln!("the bundled story does not load");
        std::process::exit(1);
    };
    let mut paths: Vec<String> = story.pages.iter().map(|p| p.picture.path.clone()).collect();
    paths.extend(story.maps.iter().map(|m| m.picture.path.clone()));
    paths.extend(
        story
            .chapters
            .iter()
            .filter_map(|c| c.card.as_ref().map(|p| p.path.clone())),
    );
    paths.push(story.cover.path.clone());
    paths.sort();
    paths.dedup();
    println!(
        "story load (embedded, no picture decoding): {:.1} ms",
        load_time.as_secs_f64() * 1e3
    );
    for width in [1088_u32, 2176] {
        let mut times: Vec<(Duration, &str)> = Vec::new();
        for path in &paths {
            let bytes = pack.read(path).expect("bundled picture");
            let t = Instant::now();
            let img = render(path, &bytes, width, 4096).expect("renders");
            times.push((t.elapsed(), path));
            std::hint::black_box(img);
        }
        times.sort();
        let total: Duration = times.iter().map(|t| t.0).sum();
        let median = times[times.len() / 2].0;
        let (slowest, which) = times[times.len() - 1];
        println!(
            "{} pictures at {width} px wide: median {:.1} ms, slowest {:.1} ms ({which}), total {:.2} s",
            times.len(),
            median.as_secs_f64() * 1e3,
            slowest.as_secs_f64() * 1e3,
            total.as_secs_f64()
        );
    }
    let mut clips: Vec<(Duration, &str)> = Vec::new();
    for page in &story.pages {
        let Some(path) = &page.narration else {
            continue;
        };
        let bytes = pack.read(path).expect("bundled clip");
        let t = Instant::now();
        let clip = decode(bytes).expect("decodes");
        clips.push((t.elapsed(), path));
        std::hint::black_box(clip);
    }
    if !clips.is_empty() {
        clips.sort();
        let (slowest, which) = clips[clips.len() - 1];
        println!(
            "{} page clips decoded: median {:.1} ms, slowest {:.1} ms ({which})",
            clips.len(),
            clips[clips.len() / 2].0.as_secs_f64() * 1e3,
            slowest.as_secs_f64() * 1e3
        );
    }
}
