//! Pictures: decoded and rasterised on a worker thread, cached as textures, prefetched.
//!
//! The UI thread only uploads finished images, so a page turn never waits on resvg or a PNG
//! decoder. SVGs are rasterised at the size they are shown (rounded up to a step, so a small
//! window change does not redraw everything), which keeps them sharp on a 4K projector.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui::{ColorImage, TextureHandle, TextureOptions};
use resvg::tiny_skia;

use crate::story::Pack;
use crate::story::picture::{MAX_SIDE, decode_raster, is_svg, parse_svg};

/// Widths are rounded up to a multiple of this many pixels.
const WIDTH_STEP: u32 = 256;
/// Decoding threads.
const WORKERS: usize = 2;
/// Textures kept at once: the page, its neighbours and the chapter map's 14 cards. Each page
/// picture at 1080p is about 3.5 MB, so this bounds picture memory near 60 MB.
const MAX_TEXTURES: usize = 24;
/// Prefetches waiting at once. Older ones are dropped: a reader who jumps around has moved on
/// from them, and each would hold up the picture wanted now by one rasterisation.
const MAX_WAITING_PREFETCHES: usize = 6;
/// How long a background prefetch waits after the frame it is handed over in: long enough for
/// that frame to be painted even by a software renderer (a 1080p page takes about 45 ms on
/// llvmpipe), short next to the seconds a reader spends on a page.
const PAINT_ALLOWANCE: Duration = Duration::from_millis(100);

/// What a picture looks like right now.
#[derive(Clone)]
pub enum PictureState {
    /// Ready to draw.
    Ready(TextureHandle),
    /// Being decoded.
    Loading,
    /// Cannot be shown; the message says why.
    Failed(String),
}

type Key = (String, u32);

struct Job {
    key: Key,
    /// The GPU's largest texture side: nothing bigger may be uploaded.
    max_side: u32,
    /// Set when it is handed to a worker as a background prefetch ([`Want::Later`]): it waits
    /// until then, so it does not compete with painting the frame it was handed over in.
    not_before: Option<Instant>,
}

/// How much a picture is wanted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// Drawn on screen now and not ready.
    Now,
    /// Asked for by what the reader is doing (a page number being typed): wanted in a moment.
    Soon,
    /// A page the reader may turn to later: made in the background, one at a time, once the
    /// frame that asked for it has been painted.
    Later,
}

/// The pictures waiting for a worker, most wanted first. It lives on the UI thread, which hands
/// a job to a worker only when one is free: the window never waits on a lock a worker holds,
/// and what is wanted is decided as late as possible.
///
/// A picture on screen now comes before one asked for soon, and that before background
/// prefetches; within each, newer before older: after a jump, the pictures around the old page
/// are no longer the ones a reader turns to.
#[derive(Default)]
struct Queue {
    /// [`Want::Now`], newest first.
    now: VecDeque<Job>,
    /// [`Want::Soon`]: only the newest is kept (the digits typed so far name one page).
    soon: Option<Job>,
    /// [`Want::Later`], newest first.
    later: VecDeque<Job>,
    /// Jobs dropped unstarted, for the window to forget it asked for them.
    dropped: Vec<Key>,
}

impl Queue {
    fn push(&mut self, job: Job, want: Want) {
        match want {
            Want::Now => self.now.push_front(job),
            Want::Soon => {
                if let Some(old) = self.soon.replace(job) {
                    self.dropped.push(old.key);
                }
            }
            Want::Later => {
                self.later.push_front(job);
                while self.later.len() > MAX_WAITING_PREFETCHES {
                    if let Some(old) = self.later.pop_back() {
                        self.dropped.push(old.key);
                    }
                }
            }
        }
    }

    /// Moves a waiting job for `key` up to `want` when that is sooner than where it waits.
    /// A page number asked for again as it is typed stays [`Want::Soon`], where a newer number
    /// replaces it.
    fn promote(&mut self, key: &Key, want: Want) {
        let in_soon = self.soon.as_ref().is_some_and(|j| &j.key == key);
        let job = match want {
            Want::Later => None,
            Want::Soon if in_soon => None,
            Want::Now if in_soon => self.soon.take(),
            Want::Soon | Want::Now => self
                .later
                .iter()
                .position(|j| &j.key == key)
                .and_then(|i| self.later.remove(i)),
        };
        if let Some(job) = job {
            self.push(job, want);
        }
    }

    /// The most wanted job; background ones only when `background_free`.
    fn pop(&mut self, background_free: bool) -> Option<(Job, Want)> {
        if let Some(job) = self.now.pop_front() {
            return Some((job, Want::Now));
        }
        if let Some(job) = self.soon.take() {
            return Some((job, Want::Soon));
        }
        if background_free {
            return self.later.pop_front().map(|j| (j, Want::Later));
        }
        None
    }
}

struct Done {
    key: Key,
    result: Result<ColorImage, String>,
    /// It was a background prefetch.
    later: bool,
}

/// The picture cache of one window.
pub struct Pictures {
    queue: Queue,
    /// Jobs handed to the workers.
    jobs: Sender<Job>,
    /// Jobs a worker has taken and not finished.
    in_flight: usize,
    /// Whether one of those is a background prefetch: only one runs at a time, so the other
    /// core is left to the window.
    later_in_flight: bool,
    done: Receiver<Done>,
    textures: HashMap<Key, TextureHandle>,
    failed: HashMap<String, String>,
    pending: HashSet<Key>,
    /// Least recently used first.
    order: VecDeque<Key>,
    max_side: u32,
    /// Pictures asked for since the last [`Pictures::poll`] that could not be drawn sharp.
    missing: usize,
    /// Width over height of each picture decoded so far.
    aspects: HashMap<String, f32>,
    /// Pictures started before the window existed (see [`Warm`]).
    warming: Vec<Warm>,
}

/// A picture rasterised on its own thread while the window and its OpenGL context are still
/// being created, so the first frame can show it: the title screen's cover.
pub struct Warm {
    key: Key,
    done: Receiver<Result<ColorImage, String>>,
}

impl Warm {
    /// Starts rasterising `path` at `width` pixels (a guess at the shown size; anything up to
    /// twice the size finally needed is used as it is).
    pub fn start(pack: Arc<dyn Pack>, path: &str, width: f32) -> Self {
        // 2048: every OpenGL 2 driver takes a texture this wide; the GPU's limit is not known yet.
        let key = (path.to_owned(), bucket(width.min(2048.0)));
        let (tx, done) = channel();
        let job = key.clone();
        let spawned = std::thread::Builder::new()
            .name("lantern-warm".into())
            .spawn(move || {
                let result = pack
                    .read(&job.0)
                    .map_err(|e| e.to_string())
                    .and_then(|bytes| render(&job.0, &bytes, job.1, MAX_SIDE));
                let _ = tx.send(result);
            });
        if let Err(e) = spawned {
            log::error!("cannot start a picture thread: {e}");
        }
        Self { key, done }
    }
}

/// The shape pictures are assumed to have until one is decoded: Lantern's house format.
const USUAL_ASPECT: f32 = 4.0 / 3.0;

/// Rounds a wanted pixel width up to the cache step, within limits.
pub fn bucket(width_px: f32) -> u32 {
    let w = width_px.clamp(64.0, MAX_SIDE as f32).ceil() as u32;
    w.div_ceil(WIDTH_STEP)
        .saturating_mul(WIDTH_STEP)
        .min(MAX_SIDE)
}

/// Decodes a picture to pixels, rasterising SVGs at `width` pixels; neither side exceeds
/// `max_side` (the GPU's texture limit), so a 4K window on an old laptop still works.
///
/// # Errors
/// A message saying why the picture cannot be shown.
pub fn render(path: &str, bytes: &[u8], width: u32, max_side: u32) -> Result<ColorImage, String> {
    let max_side = max_side.clamp(64, MAX_SIDE);
    if is_svg(path) {
        let tree = parse_svg(bytes)?;
        let size = tree.size();
        let fit = (max_side as f32 / size.width()).min(max_side as f32 / size.height());
        let scale = (width as f32 / size.width()).min(fit);
        let w = ((size.width() * scale).round() as u32).clamp(1, max_side);
        let h = ((size.height() * scale).round() as u32).clamp(1, max_side);
        let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("picture has no area")?;
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        Ok(ColorImage::from_rgba_premultiplied(
            [w as usize, h as usize],
            pixmap.data(),
        ))
    } else {
        let mut img = decode_raster(bytes)?;
        if img.width() > max_side || img.height() > max_side {
            let k =
                (max_side as f32 / img.width() as f32).min(max_side as f32 / img.height() as f32);
            let (w, h) = (
                (img.width() as f32 * k) as u32,
                (img.height() as f32 * k) as u32,
            );
            img = image::imageops::resize(
                &img,
                w.max(1),
                h.max(1),
                image::imageops::FilterType::Triangle,
            );
        }
        let size = [img.width() as usize, img.height() as usize];
        Ok(ColorImage::from_rgba_unmultiplied(size, img.as_raw()))
    }
}

impl Pictures {
    /// Starts the worker thread; it asks for a repaint when a picture is ready.
    pub fn new(pack: Arc<dyn Pack>, ctx: &egui::Context) -> Self {
        let (jobs, job_rx) = channel::<Job>();
        let (done_tx, done) = channel::<Done>();
        // Two workers: a slow map at 4K must not hold up the next page's picture.
        let job_rx = Arc::new(Mutex::new(job_rx));
        for n in 0..WORKERS {
            let (pack, job_rx, done_tx, ctx) =
                (pack.clone(), job_rx.clone(), done_tx.clone(), ctx.clone());
            let spawned = std::thread::Builder::new()
                .name(format!("lantern-pictures-{n}"))
                .spawn(move || {
                    loop {
                        // Only workers take this lock; the window's side of the channel never
                        // waits for it.
                        let job = match job_rx.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => break,
                        };
                        let Ok(job) = job else { break };
                        if let Some(at) = job.not_before {
                            std::thread::sleep(at.saturating_duration_since(Instant::now()));
                        }
                        let (path, width) = &job.key;
                        // A picture that panics the rasteriser is reported like any broken one:
                        // its Done must still arrive, or the window would wait for it forever.
                        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            pack.read(path)
                                .map_err(|e| e.to_string())
                                .and_then(|bytes| render(path, &bytes, *width, job.max_side))
                        }))
                        .unwrap_or_else(|_| {
                            Err("could not be drawn (the rasteriser failed)".into())
                        });
                        if done_tx
                            .send(Done {
                                key: job.key,
                                result,
                                later: job.not_before.is_some(),
                            })
                            .is_err()
                        {
                            break;
                        }
                        ctx.request_repaint();
                    }
                });
            if let Err(e) = spawned {
                log::error!("cannot start a picture thread: {e}");
            }
        }
        Self {
            queue: Queue::default(),
            jobs,
            in_flight: 0,
            later_in_flight: false,
            done,
            textures: HashMap::new(),
            failed: HashMap::new(),
            pending: HashSet::new(),
            order: VecDeque::new(),
            max_side: MAX_SIDE,
            missing: 0,
            aspects: HashMap::new(),
            warming: Vec::new(),
        }
    }

    /// Takes over a picture started before the window: it is not asked of the workers again.
    pub fn adopt(&mut self, warm: Warm) {
        self.pending.insert(warm.key.clone());
        self.warming.push(warm);
    }

    /// Takes finished pictures from the worker and uploads them. Call once per frame.
    pub fn poll(&mut self, ctx: &egui::Context) {
        self.missing = 0;
        self.max_side = u32::try_from(ctx.input(|i| i.max_texture_side)).unwrap_or(MAX_SIDE);
        let mut finished = Vec::new();
        self.warming.retain(|w| match w.done.try_recv() {
            Ok(result) => {
                finished.push(Done {
                    key: w.key.clone(),
                    result,
                    later: false,
                });
                false
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => true,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                finished.push(Done {
                    key: w.key.clone(),
                    result: Err("could not be drawn".into()),
                    later: false,
                });
                false
            }
        });
        if !self.warming.is_empty() {
            // Its thread cannot wake the window: look again shortly.
            ctx.request_repaint_after(std::time::Duration::from_millis(5));
        }
        let from_workers: Vec<Done> = self.done.try_iter().collect();
        self.in_flight = self.in_flight.saturating_sub(from_workers.len());
        if from_workers.iter().any(|d| d.later) {
            self.later_in_flight = false;
        }
        let ready: Vec<Done> = finished.into_iter().chain(from_workers).collect();
        for done in ready {
            self.pending.remove(&done.key);
            match done.result {
                Ok(image) => {
                    let [w, h] = image.size;
                    self.aspects
                        .insert(done.key.0.clone(), w as f32 / h.max(1) as f32);
                    let name = format!("{}@{}", done.key.0, done.key.1);
                    let tex = ctx.load_texture(name, image, TextureOptions::LINEAR);
                    self.textures.insert(done.key.clone(), tex);
                    self.touch(&done.key);
                }
                Err(msg) => {
                    log::warn!("picture \"{}\" {msg}", done.key.0);
                    self.failed.insert(done.key.0, msg);
                }
            }
        }
        while self.textures.len() > MAX_TEXTURES {
            let Some(old) = self.order.pop_front() else {
                break;
            };
            self.textures.remove(&old);
        }
        self.dispatch();
    }

    /// Hands the most wanted jobs to idle workers.
    fn dispatch(&mut self) {
        while self.in_flight < WORKERS {
            let Some((mut job, want)) = self.queue.pop(!self.later_in_flight) else {
                break;
            };
            if want == Want::Later {
                // Counted from now, not from the request: a prefetch handed over in the middle
                // of a page turn's frame waits for that frame too.
                job.not_before = Some(Instant::now() + PAINT_ALLOWANCE);
            }
            let key = job.key.clone();
            if self.jobs.send(job).is_ok() {
                self.in_flight += 1;
                self.later_in_flight |= want == Want::Later;
            } else {
                // No worker thread could be started: the picture stays a placeholder.
                self.pending.remove(&key);
                self.failed
                    .insert(key.0, "could not be drawn (no picture thread)".into());
            }
        }
    }

    fn touch(&mut self, key: &Key) {
        self.order.retain(|k| k != key);
        self.order.push_back(key.clone());
    }

    /// The pixel width `path` is drawn at when fitted into a box of `box_px` pixels: a picture
    /// is rasterised at the size it is shown, not the size of the space around it.
    fn fitted(&self, path: &str, box_px: egui::Vec2) -> u32 {
        let aspect = self.aspects.get(path).copied().unwrap_or(USUAL_ASPECT);
        bucket(box_px.x.min(box_px.y * aspect)).min(self.max_side)
    }

    /// The picture at `path` for showing in a box of `box_px` pixels; starts decoding if needed.
    pub fn get(&mut self, path: &str, box_px: egui::Vec2) -> PictureState {
        if let Some(msg) = self.failed.get(path) {
            return PictureState::Failed(msg.clone());
        }
        let key = (path.to_owned(), self.fitted(path, box_px));
        if let Some(tex) = self.textures.get(&key).cloned() {
            self.touch(&key);
            return PictureState::Ready(tex);
        }
        // A copy up to twice as wide shrinks well (a prompt shows its page's picture smaller),
        // so it is used as it is instead of rasterising again.
        if let Some(bigger) = self
            .textures
            .keys()
            .filter(|k| k.0 == path && k.1 > key.1 && k.1 <= key.1 * 2)
            .min_by_key(|k| k.1)
            .cloned()
        {
            self.touch(&bigger);
            return self
                .textures
                .get(&bigger)
                .map_or(PictureState::Loading, |t| PictureState::Ready(t.clone()));
        }
        let warming = self
            .warming
            .iter()
            .any(|w| w.key.0 == path && w.key.1 >= key.1 && w.key.1 <= key.1 * 2);
        if !warming {
            self.request(key.clone(), Want::Now);
        }
        self.missing += 1;
        // While the sharp one decodes, show any size we already have rather than nothing.
        if let Some(tex) = self
            .textures
            .iter()
            .find(|(k, _)| k.0 == path)
            .map(|(_, t)| t.clone())
        {
            return PictureState::Ready(tex);
        }
        PictureState::Loading
    }

    /// Starts decoding `path` for a box of `box_px` pixels so it is ready when needed; `want`
    /// says how soon ([`Want::Soon`] or [`Want::Later`]).
    pub fn prefetch(&mut self, path: &str, box_px: egui::Vec2, want: Want) {
        if path.is_empty() || self.failed.contains_key(path) {
            return;
        }
        let key = (path.to_owned(), self.fitted(path, box_px));
        let covered = self
            .textures
            .keys()
            .any(|k| k.0 == path && k.1 >= key.1 && k.1 <= key.1 * 2);
        if !covered {
            self.request(key, want);
        }
    }

    /// Puts `key` in the queue, or moves it up when it is waiting there and is now wanted
    /// sooner.
    fn request(&mut self, key: Key, want: Want) {
        if self.pending.contains(&key) {
            self.queue.promote(&key, want);
            self.forget_dropped();
            return;
        }
        self.pending.insert(key.clone());
        let job = Job {
            key,
            max_side: self.max_side,
            not_before: None,
        };
        self.queue.push(job, want);
        self.forget_dropped();
        self.dispatch();
    }

    /// Forgets the jobs the queue dropped unstarted, so they can be asked for again.
    fn forget_dropped(&mut self) {
        for old in std::mem::take(&mut self.queue.dropped) {
            self.pending.remove(&old);
        }
    }

    /// Whether every picture drawn since the last [`Pictures::poll`] was shown sharp (or, when it
    /// cannot be shown, as its labelled placeholder): the frame is complete.
    pub fn all_shown(&self) -> bool {
        self.missing == 0
    }

    /// Whether `path` is decoded at some size, ready to draw.
    pub fn has(&self, path: &str) -> bool {
        self.textures.keys().any(|k| k.0 == path)
    }

    /// Whether any picture is still being decoded.
    pub fn busy(&self) -> bool {
        !self.pending.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(path: &str) -> Job {
        Job {
            key: (path.to_owned(), 512),
            max_side: 4096,
            not_before: None,
        }
    }

    fn order(q: &mut Queue, background_free: bool) -> Vec<String> {
        std::iter::from_fn(|| q.pop(background_free))
            .map(|(j, _)| j.key.0)
            .collect()
    }

    #[test]
    fn pictures_on_screen_go_first_then_the_typed_page_then_the_newest_prefetch() {
        let mut q = Queue::default();
        q.push(job("next"), Want::Later);
        q.push(job("around the jump"), Want::Later);
        q.push(job("typed"), Want::Soon);
        q.push(job("shown"), Want::Now);
        assert_eq!(
            order(&mut q, true),
            ["shown", "typed", "around the jump", "next"]
        );
    }

    #[test]
    fn background_prefetches_wait_while_one_is_running() {
        let mut q = Queue::default();
        q.push(job("later"), Want::Later);
        q.push(job("shown"), Want::Now);
        assert_eq!(order(&mut q, false), ["shown"]);
        assert_eq!(order(&mut q, true), ["later"]);
    }

    #[test]
    fn a_waiting_prefetch_moves_up_when_it_is_shown() {
        let mut q = Queue::default();
        q.push(job("a"), Want::Later);
        q.push(job("b"), Want::Later);
        q.push(job("now"), Want::Now);
        q.promote(&("a".to_owned(), 512), Want::Now);
        assert_eq!(order(&mut q, true), ["a", "now", "b"]);
    }

    #[test]
    fn a_typed_page_asked_for_again_can_still_be_replaced() {
        let mut q = Queue::default();
        q.push(job("page 1"), Want::Soon);
        // The window asks for the typed page on every frame while it is typed.
        q.promote(&("page 1".to_owned(), 512), Want::Soon);
        q.push(job("page 12"), Want::Soon);
        assert_eq!(q.dropped, [("page 1".to_owned(), 512)]);
        assert_eq!(order(&mut q, true), ["page 12"]);
    }

    #[test]
    fn a_neighbour_being_typed_moves_to_the_typed_slot() {
        let mut q = Queue::default();
        q.push(job("next"), Want::Later);
        q.push(job("typed"), Want::Soon);
        q.promote(&("next".to_owned(), 512), Want::Soon);
        assert_eq!(q.dropped, [("typed".to_owned(), 512)]);
        assert_eq!(order(&mut q, false), ["next"]);
    }

    #[test]
    fn only_the_newest_typed_page_is_kept() {
        let mut q = Queue::default();
        q.push(job("page 1"), Want::Soon);
        q.push(job("page 12"), Want::Soon);
        assert_eq!(q.dropped, [("page 1".to_owned(), 512)]);
        assert_eq!(order(&mut q, true), ["page 12"]);
    }

    #[test]
    fn old_prefetches_are_dropped_and_reported() {
        let mut q = Queue::default();
        for i in 0..MAX_WAITING_PREFETCHES + 2 {
            q.push(job(&i.to_string()), Want::Later);
        }
        assert_eq!(
            q.dropped.iter().map(|k| k.0.as_str()).collect::<Vec<_>>(),
            ["0", "1"]
        );
        let left = order(&mut q, true);
        assert_eq!(left.len(), MAX_WAITING_PREFETCHES);
        assert_eq!(left[0], (MAX_WAITING_PREFETCHES + 1).to_string());
    }

    #[test]
    fn widths_round_up_to_steps_within_limits() {
        assert_eq!(bucket(10.0), 256);
        assert_eq!(bucket(700.0), 768);
        assert_eq!(bucket(768.0), 768);
        assert_eq!(bucket(100_000.0), MAX_SIDE);
    }

    #[test]
    fn svgs_render_at_the_asked_width_keeping_their_shape() {
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="90"><rect width="120" height="90" fill="red"/></svg>"#;
        let img = render("a.svg", svg, 512, 4096).expect("renders");
        assert_eq!(img.size, [512, 384]);
        assert_eq!(img.pixels[0], egui::Color32::RED);
        assert!(render("a.svg", b"nope", 512, 4096).is_err());
        assert!(render("a.png", b"nope", 512, 4096).is_err());
    }

    #[test]
    fn nothing_is_made_bigger_than_the_gpu_allows() {
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="160"><rect width="120" height="160" fill="red"/></svg>"#;
        let img = render("tall.svg", svg, 3072, 2048).expect("renders");
        assert!(img.size[0] <= 2048 && img.size[1] <= 2048, "{:?}", img.size);
        assert_eq!(img.size[1], 2048);
        let mut png = Vec::new();
        image::RgbaImage::new(3000, 1000)
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .expect("encode");
        let img = render("wide.png", &png, 3000, 1024).expect("renders");
        assert_eq!(img.size, [1024, 341]);
    }
}
