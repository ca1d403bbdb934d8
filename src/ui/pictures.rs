//! Pictures: decoded and rasterised on a worker thread, cached as textures, prefetched.
//!
//! The UI thread only uploads finished images, so a page turn never waits on resvg or a PNG
//! decoder. SVGs are rasterised at the size they are shown (rounded up to a step, so a small
//! window change does not redraw everything), which keeps them sharp on a 4K projector.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use egui::{ColorImage, TextureHandle, TextureOptions};
use resvg::tiny_skia;

use crate::story::Pack;
use crate::story::picture::{MAX_SIDE, decode_raster, is_svg, parse_svg};

/// Widths are rounded up to a multiple of this many pixels.
const WIDTH_STEP: u32 = 256;
/// Decoding threads.
const WORKERS: usize = 2;
/// Textures kept at once; enough for the page, its neighbours and a chapter map's cards.
const MAX_TEXTURES: usize = 40;

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
}

struct Done {
    key: Key,
    result: Result<ColorImage, String>,
}

/// The picture cache of one window.
pub struct Pictures {
    jobs: Sender<Job>,
    done: Receiver<Done>,
    textures: HashMap<Key, TextureHandle>,
    failed: HashMap<String, String>,
    pending: HashSet<Key>,
    /// Least recently used first.
    order: VecDeque<Key>,
    max_side: u32,
}

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
        let job_rx = Arc::new(std::sync::Mutex::new(job_rx));
        for n in 0..WORKERS {
            let (pack, job_rx, done_tx, ctx) =
                (pack.clone(), job_rx.clone(), done_tx.clone(), ctx.clone());
            let spawned = std::thread::Builder::new()
                .name(format!("lantern-pictures-{n}"))
                .spawn(move || {
                    loop {
                        let job = match job_rx.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => break,
                        };
                        let Ok(job) = job else { break };
                        let (path, width) = &job.key;
                        let result = pack
                            .read(path)
                            .map_err(|e| e.to_string())
                            .and_then(|bytes| render(path, &bytes, *width, job.max_side));
                        if done_tx
                            .send(Done {
                                key: job.key,
                                result,
                            })
                            .is_err()
                        {
                            break;
                        }
                        ctx.request_repaint();
                    }
                });
            if let Err(e) = spawned {
                eprintln!("lantern: cannot start a picture thread: {e}");
            }
        }
        Self {
            jobs,
            done,
            textures: HashMap::new(),
            failed: HashMap::new(),
            pending: HashSet::new(),
            order: VecDeque::new(),
            max_side: MAX_SIDE,
        }
    }

    /// Takes finished pictures from the worker and uploads them. Call once per frame.
    pub fn poll(&mut self, ctx: &egui::Context) {
        self.max_side = u32::try_from(ctx.input(|i| i.max_texture_side)).unwrap_or(MAX_SIDE);
        while let Ok(done) = self.done.try_recv() {
            self.pending.remove(&done.key);
            match done.result {
                Ok(image) => {
                    let name = format!("{}@{}", done.key.0, done.key.1);
                    let tex = ctx.load_texture(name, image, TextureOptions::LINEAR);
                    self.textures.insert(done.key.clone(), tex);
                    self.touch(&done.key);
                }
                Err(msg) => {
                    eprintln!("lantern: warning: picture \"{}\" {msg}", done.key.0);
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
    }

    fn touch(&mut self, key: &Key) {
        self.order.retain(|k| k != key);
        self.order.push_back(key.clone());
    }

    /// The picture at `path` for showing `width_px` pixels wide; starts decoding if needed.
    pub fn get(&mut self, path: &str, width_px: f32) -> PictureState {
        if let Some(msg) = self.failed.get(path) {
            return PictureState::Failed(msg.clone());
        }
        let key = (path.to_owned(), bucket(width_px).min(self.max_side));
        if let Some(tex) = self.textures.get(&key).cloned() {
            self.touch(&key);
            return PictureState::Ready(tex);
        }
        self.request(key.clone());
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

    /// Starts decoding `path` at `width_px` so it is ready when needed.
    pub fn prefetch(&mut self, path: &str, width_px: f32) {
        if path.is_empty() || self.failed.contains_key(path) {
            return;
        }
        let key = (path.to_owned(), bucket(width_px).min(self.max_side));
        if !self.textures.contains_key(&key) {
            self.request(key);
        }
    }

    fn request(&mut self, key: Key) {
        let job = Job {
            key: key.clone(),
            max_side: self.max_side,
        };
        if self.pending.insert(key.clone()) && self.jobs.send(job).is_err() {
            self.pending.remove(&key);
        }
    }

    /// Whether any picture is still being decoded.
    pub fn busy(&self) -> bool {
        !self.pending.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
