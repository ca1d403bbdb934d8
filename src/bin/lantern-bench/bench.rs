//! The measurements: the real app driven the way a reader drives it, with key events through
//! egui's input, each figure printed as a `lantern-bench NAME VALUE` line on stdout.

use std::time::{Duration, Instant};

use egui::{Event, Key, Modifiers};

use lantern::reader::{Action, Place, Reader};
use lantern::ui::LanternApp;
use lantern::ui::commands::DIGITS;

use crate::BenchKind;

/// Time between page turns: a quick reader, and room for the neighbours to be prefetched.
const GAP: Duration = Duration::from_millis(250);
/// Time between the keys of a typed page number: 0.12 s is the keystroke time of the best
/// typists in the keystroke-level model (Card, Moran and Newell); a teacher at a classroom
/// keyboard is slower. Typing a key per frame instead would be 30 keys a second.
const TYPING_GAP: Duration = Duration::from_millis(120);
/// Frames measured by the frame-cost kinds.
const FRAMES: usize = 300;
/// How long the narration kind reads.
const NARRATE_FOR: Duration = Duration::from_secs(30);
/// How long the frame-cost kinds let the view settle first (pictures, fonts).
const SETTLE: Duration = Duration::from_secs(2);

#[derive(Clone, Copy, Debug)]
enum Step {
    /// Waiting for the first complete frame.
    Starting,
    /// A complete frame was drawn at the end of the last update; the next update shows it is on
    /// screen. The instant is when the measured thing began; the flag says whether it is a
    /// measured turn.
    Drawn(Instant, bool),
    /// Idle until then.
    Wait(Instant),
    /// Keys were pressed then; waiting for a complete frame of what they asked for.
    Pressed(Instant, u64),
    /// Frame-cost kinds: painting continuously until then, then measuring.
    Settle(Instant),
    /// Frame-cost kinds: measuring since then, with the process CPU ticks at that moment.
    Measure(Instant, u64),
    /// Narration: reading aloud, noting the highlight.
    Narrating,
    /// Nothing more to do.
    Done,
}

/// A running measurement.
pub struct Bench {
    kind: BenchKind,
    step: Step,
    /// Page-turn latencies, milliseconds.
    turns: Vec<f64>,
    /// Time spent in the app's update, milliseconds.
    updates: Vec<f64>,
    /// When each measured frame began.
    frame_starts: Vec<Instant>,
    /// Pages (1-based, as typed) still to jump to, last first.
    jumps: Vec<usize>,
    /// Completed passes through the book.
    pass: u32,
    /// The last turn ended a pass: report it once that turn is measured.
    pass_over: bool,
    /// Resident memory after each turn, MB.
    rss: Vec<f64>,
    /// How late the highlight reached each word, milliseconds.
    lags: Vec<f64>,
    last_word: Option<usize>,
    narrate_from: Option<(Instant, u64)>,
    /// Keys still to press, [`TYPING_GAP`] apart, as a hand types them (last first).
    typing: Vec<Key>,
    /// The app's own time in the update that took each turn's key, milliseconds: the part of
    /// a turn that does not depend on how fast the renderer paints.
    turn_updates: Vec<f64>,
    /// The current turn's key-taking update was noted.
    noted: bool,
    /// How long each clip took to start, milliseconds.
    starts: Vec<f64>,
    last_start: Option<Duration>,
    /// The window should close (the first-frame kind is over).
    close: bool,
}

impl Bench {
    /// A measurement of `kind`, not yet started.
    pub fn new(kind: BenchKind) -> Self {
        Self {
            kind,
            step: Step::Starting,
            turns: Vec::new(),
            updates: Vec::new(),
            frame_starts: Vec::new(),
            jumps: Vec::new(),
            pass: 0,
            pass_over: false,
            rss: Vec::new(),
            lags: Vec::new(),
            last_word: None,
            narrate_from: None,
            typing: Vec::new(),
            turn_updates: Vec::new(),
            noted: false,
            starts: Vec::new(),
            last_start: None,
            close: false,
        }
    }

    /// Frame start, before egui sees the input: presses the keys this step calls for.
    pub fn input(&mut self, reader: &Reader, events: &mut Vec<Event>) {
        let now = Instant::now();
        match self.step {
            Step::Drawn(at, measured) => {
                // The previous update ended with a complete frame, and eframe has painted and
                // presented it before starting this one.
                let ms = at.elapsed().as_secs_f64() * 1000.0;
                match self.kind {
                    BenchKind::FirstFrame => {
                        println!("lantern-bench first-frame");
                        // Closing (not exiting) lets the app finish as it would for a reader.
                        self.close = true;
                        self.step = Step::Done;
                        return;
                    }
                    BenchKind::Turns | BenchKind::Jumps if measured => {
                        self.turns.push(ms);
                        self.rss.push(rss_mb());
                    }
                    _ => {}
                }
                self.step = Step::Wait(now + GAP);
            }
            Step::Wait(until) if now >= until => {
                if self.typing.is_empty() {
                    self.typing = self.next_keys(reader);
                    self.typing.reverse();
                }
                let Some(key) = self.typing.pop() else {
                    return;
                };
                events.push(Event::Key {
                    key,
                    physical_key: None,
                    pressed: true,
                    repeat: false,
                    modifiers: Modifiers::NONE,
                });
                if !self.typing.is_empty() {
                    // A page number is typed key by key; its Enter starts the clock.
                    self.step = Step::Wait(now + TYPING_GAP);
                    return;
                }
                self.step = if self.kind == BenchKind::Narrate {
                    Step::Narrating
                } else {
                    Step::Pressed(now, reader.revision())
                };
            }
            _ => {}
        }
    }

    /// The keys for the next measured turn; empty when the step set up something instead.
    fn next_keys(&mut self, reader: &Reader) -> Vec<Key> {
        match self.kind {
            BenchKind::Turns => match reader.place() {
                Place::Prompt(p) if reader.answer(p).is_none() => vec![Key::Num1],
                _ => vec![Key::ArrowRight],
            },
            BenchKind::Jumps => match self.jumps.pop() {
                Some(n) => {
                    let mut keys: Vec<Key> = n
                        .to_string()
                        .bytes()
                        .map(|b| DIGITS[usize::from(b - b'0')])
                        .collect();
                    keys.push(Key::Enter);
                    keys
                }
                None => Vec::new(),
            },
            BenchKind::Narrate => vec![Key::A],
            _ => Vec::new(),
        }
    }

    /// Frame end: checks what the frame showed and prints results. `started` is when the
    /// frame began, `update` the time the app's update took.
    pub fn frame(
        &mut self,
        app: &mut LanternApp,
        ctx: &egui::Context,
        started: Instant,
        update: Duration,
    ) {
        if self.close {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        self.after(app, ctx, started, update);
    }

    fn after(
        &mut self,
        app: &mut LanternApp,
        ctx: &egui::Context,
        started: Instant,
        update: Duration,
    ) {
        let complete = app.pictures_shown();
        match self.step {
            Step::Starting => {
                if complete && app.reader().place() == Place::Title {
                    self.start(app, started);
                }
                ctx.request_repaint();
            }
            Step::Pressed(at, revision) => {
                if !std::mem::replace(&mut self.noted, true) {
                    self.turn_updates.push(update.as_secs_f64() * 1000.0);
                }
                if complete && app.reader().revision() != revision {
                    self.noted = false;
                    self.step = Step::Drawn(at, true);
                    self.pass_over = match self.kind {
                        BenchKind::Turns => app.reader().place() == Place::End,
                        _ => self.jumps.is_empty(),
                    };
                }
                ctx.request_repaint();
            }
            Step::Wait(_) => {
                if std::mem::take(&mut self.pass_over) {
                    self.end_pass(app);
                }
                // Idle between turns, as a real window is: the next frame is the next turn's.
                if let Step::Wait(until) = self.step {
                    ctx.request_repaint_after(until.saturating_duration_since(Instant::now()));
                }
            }
            Step::Narrating => self.narrate(app, ctx),
            Step::Drawn(..) => ctx.request_repaint(),
            Step::Settle(until) => {
                if complete && Instant::now() >= until {
                    self.step = Step::Measure(Instant::now(), cpu_ticks());
                }
                ctx.request_repaint();
            }
            Step::Measure(from, ticks) => {
                self.updates.push(update.as_secs_f64() * 1000.0);
                self.frame_starts.push(started);
                if self.updates.len() > FRAMES {
                    let name = match self.kind {
                        BenchKind::FramesMap => "frames-map",
                        _ => "frames-page",
                    };
                    let wall = from.elapsed().as_secs_f64();
                    let n = self.updates.len() as f64;
                    let intervals: Vec<f64> = self
                        .frame_starts
                        .windows(2)
                        .map(|w| (w[1] - w[0]).as_secs_f64() * 1000.0)
                        .collect();
                    report(&format!("{name}.update"), &self.updates);
                    report(&format!("{name}.interval"), &intervals);
                    let cpu_ms = (cpu_ticks() - ticks) as f64 * 10.0;
                    println!("lantern-bench {name}.cpu_per_frame_ms {:.2}", cpu_ms / n);
                    println!("lantern-bench {name}.fps {:.1}", n / wall);
                    println!("lantern-bench done");
                    self.step = Step::Done;
                } else {
                    ctx.request_repaint();
                }
            }
            Step::Done => {}
        }
    }

    /// The first complete frame of the title screen: set up what the kind measures.
    fn start(&mut self, app: &mut LanternApp, started: Instant) {
        let story = app.reader().story().clone();
        let first_page = story
            .chapters
            .first()
            .and_then(|c| c.pages.first().copied());
        match self.kind {
            BenchKind::FirstFrame => self.step = Step::Drawn(started, true),
            BenchKind::Turns => self.step = Step::Drawn(started, false),
            BenchKind::Idle => {
                println!("lantern-bench ready");
                self.step = Step::Done;
            }
            BenchKind::Jumps => {
                let count: usize = story.chapters.iter().map(|c| c.pages.len()).sum();
                self.jumps = shuffled(count, 0x5eed);
                self.step = Step::Drawn(started, false);
            }
            BenchKind::FramesPage => {
                // A page with a long text and a picture, halfway through the book.
                let page = story
                    .chapters
                    .get(story.chapters.len() / 2)
                    .and_then(|c| c.pages.first().copied());
                if let Some(p) = page {
                    app.with_reader(|r| r.apply(Action::GoTo(p)));
                }
                self.step = Step::Settle(Instant::now() + SETTLE);
            }
            BenchKind::FramesMap => {
                // 1130 has a close-up inset and the most arrows: the slowest map to draw.
                let slowest = story.maps.iter().position(|m| m.year == 1130);
                app.show_map(slowest.unwrap_or(story.maps.len() / 2));
                self.step = Step::Settle(Instant::now() + SETTLE);
            }
            BenchKind::Narrate => {
                if let Some(p) = first_page {
                    app.with_reader(|r| r.apply(Action::GoTo(p)));
                }
                self.step = Step::Wait(Instant::now() + GAP);
            }
        }
    }

    /// A pass through the book is over and its last turn measured: report it.
    fn end_pass(&mut self, app: &mut LanternApp) {
        self.pass += 1;
        let turns = self.turns.clone();
        let name = if self.kind == BenchKind::Jumps {
            "jumps".to_owned()
        } else {
            format!("turns.pass{}", self.pass)
        };
        report(&name, &turns);
        report(&format!("{name}.app_update"), &self.turn_updates);
        let first = self.rss.get(10).copied().unwrap_or_default();
        println!("lantern-bench {name}.rss_after_10_mb {first:.1}");
        println!("lantern-bench {name}.rss_end_mb {:.1}", rss_mb());
        let max = self.rss.iter().copied().fold(0.0, f64::max);
        println!("lantern-bench {name}.rss_max_mb {max:.1}");
        if self.kind == BenchKind::Turns && self.pass < 2 {
            // Read the whole book again: memory must not grow on a second reading.
            self.turns.clear();
            self.turn_updates.clear();
            let story = app.reader().story().clone();
            if let Some(p) = story
                .chapters
                .first()
                .and_then(|c| c.pages.first().copied())
            {
                app.with_reader(|r| r.apply(Action::GoTo(p)));
            }
            return;
        }
        println!("lantern-bench done");
        self.step = Step::Done;
    }

    /// Narration: reads from the first page with auto read-aloud, noting how late the highlight
    /// reaches each word, then reports.
    fn narrate(&mut self, app: &mut LanternApp, ctx: &egui::Context) {
        let ra = app.read_aloud();
        if let Some(latency) = ra.start_latency()
            && self.last_start != Some(latency)
        {
            self.last_start = Some(latency);
            self.starts.push(latency.as_secs_f64() * 1000.0);
        }
        let (from, ticks) = match self.narrate_from {
            Some(x) => x,
            None if ra.active() => {
                let x = (Instant::now(), cpu_ticks());
                self.narrate_from = Some(x);
                println!("lantern-bench ready");
                x
            }
            None => {
                ctx.request_repaint_after(Duration::from_millis(50));
                return;
            }
        };
        if let Place::Page(p) = app.reader().place()
            && let Some((word, lag)) = ra.clock(p).and_then(|(timings, pos)| {
                // How late the highlight is when it first shows a word, by the voice's clock.
                let word = timings.word_at(pos)?;
                Some((word, pos - timings.start_of(word)?))
            })
            && self.last_word != Some(word)
        {
            self.last_word = Some(word);
            self.lags.push(lag * 1000.0);
        }
        if from.elapsed() >= NARRATE_FOR {
            let secs = from.elapsed().as_secs_f64();
            let cpu = (cpu_ticks() - ticks) as f64 * 10.0 / 1000.0;
            report("narrate.highlight_lag", &self.lags);
            report("narrate.start_latency", &self.starts);
            println!(
                "lantern-bench narrate.cpu_percent {:.2}",
                100.0 * cpu / secs
            );
            println!("lantern-bench narrate.audible {}", ra.audible());
            println!("lantern-bench done");
            self.step = Step::Done;
        }
        // Read-aloud schedules its own frames; the bench adds none.
    }
}

/// Prints the count, median, p95, p99 and maximum of `ms`.
fn report(name: &str, ms: &[f64]) {
    let mut v = ms.to_vec();
    v.sort_by(f64::total_cmp);
    let pick = |q: f64| {
        if v.is_empty() {
            return 0.0;
        }
        // Nearest rank: the smallest value with at least q of the samples at or below it.
        let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len());
        v[rank - 1]
    };
    println!("lantern-bench {name}.count {}", v.len());
    for (label, q) in [("p50", 0.5), ("p95", 0.95), ("p99", 0.99), ("max", 1.0)] {
        println!("lantern-bench {name}.{label}_ms {:.2}", pick(q));
    }
}

/// 1..=n in a fixed random order (xorshift, Fisher–Yates).
fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut v: Vec<usize> = (1..=n).collect();
    let mut x = seed | 1;
    for i in (1..v.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.swap(i, (x % (i as u64 + 1)) as usize);
    }
    v
}

fn rss_mb() -> f64 {
    lantern::procstat::rss_mb()
}

fn cpu_ticks() -> u64 {
    lantern::procstat::cpu_ticks("self")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jumps_visit_every_page_once_in_a_mixed_order() {
        let v = shuffled(133, 0x5eed);
        let mut sorted = v.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (1..=133).collect::<Vec<_>>());
        let in_place = v.iter().enumerate().filter(|(i, n)| i + 1 == **n).count();
        assert!(in_place < 10, "{in_place} pages kept their place");
    }
}
