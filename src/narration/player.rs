//! Playing clips: through the sound device when there is one, on a silent clock when not.
//!
//! Both implement [`Narrator`], so read-aloud (and the word highlight) work the same either way:
//! with no sound device the words still light up in time, just silently.

use std::io::Cursor;
use std::num::NonZero;
use std::sync::Arc;
use std::time::Instant;

use rodio::Source as _;

/// A decoded clip, ready to play at once.
#[derive(Clone, Debug)]
pub struct Clip {
    /// Interleaved samples.
    pub samples: Arc<[f32]>,
    /// Channels (1 for mono narration).
    pub channels: u16,
    /// Samples a second per channel.
    pub rate: u32,
}

impl Clip {
    /// Length in seconds.
    pub fn duration(&self) -> f64 {
        self.samples.len() as f64 / f64::from(self.channels.max(1)) / f64::from(self.rate.max(1))
    }
}

/// Decodes an OGG Vorbis clip completely (off the UI thread), so playback starts instantly.
///
/// # Errors
/// When the bytes are not a clip rodio can decode.
pub fn decode(bytes: Vec<u8>) -> Result<Clip, String> {
    let decoder =
        rodio::Decoder::new(Cursor::new(bytes)).map_err(|e| format!("cannot decode: {e}"))?;
    let channels = decoder.channels().get();
    let rate = decoder.sample_rate().get();
    let samples: Vec<f32> = decoder.collect();
    if samples.is_empty() {
        return Err("the clip has no sound".into());
    }
    Ok(Clip {
        samples: samples.into(),
        channels,
        rate,
    })
}

/// Something that can play narration and say where it is.
pub trait Narrator {
    /// Plays `clip` from `from` seconds, replacing whatever was playing.
    fn play(&mut self, clip: &Clip, from: f64);
    /// Pauses, keeping the position.
    fn pause(&mut self);
    /// Goes on after a pause.
    fn resume(&mut self);
    /// Stops and forgets the clip.
    fn stop(&mut self);
    /// Seconds into the current clip, if one is loaded.
    fn position(&self) -> Option<f64>;
    /// Whether a loaded clip has played to its end.
    fn finished(&self) -> bool;
    /// Whether it is paused.
    fn paused(&self) -> bool;
    /// Sets the volume, 0.0–1.0.
    fn set_volume(&mut self, volume: f32);
    /// Whether sound actually comes out (false: the silent clock).
    fn audible(&self) -> bool;
}

/// A silent narrator that only keeps time, for machines with no sound device.
#[derive(Debug, Default)]
pub struct ClockNarrator {
    duration: Option<f64>,
    offset: f64,
    started: Option<Instant>,
}

impl ClockNarrator {
    fn elapsed(&self) -> f64 {
        self.started.map_or(0.0, |s| s.elapsed().as_secs_f64())
    }
}

impl Narrator for ClockNarrator {
    fn play(&mut self, clip: &Clip, from: f64) {
        self.duration = Some(clip.duration());
        self.offset = from;
        self.started = Some(Instant::now());
    }

    fn pause(&mut self) {
        if self.started.is_some() {
            self.offset += self.elapsed();
            self.started = None;
        }
    }

    fn resume(&mut self) {
        if self.duration.is_some() && self.started.is_none() {
            self.started = Some(Instant::now());
        }
    }

    fn stop(&mut self) {
        *self = Self::default();
    }

    fn position(&self) -> Option<f64> {
        let d = self.duration?;
        Some((self.offset + self.elapsed()).min(d))
    }

    fn finished(&self) -> bool {
        matches!((self.duration, self.position()), (Some(d), Some(p)) if p >= d)
    }

    fn paused(&self) -> bool {
        self.duration.is_some() && self.started.is_none()
    }

    fn set_volume(&mut self, _volume: f32) {}

    fn audible(&self) -> bool {
        false
    }
}

/// Plays through the default sound device with rodio.
pub struct RodioNarrator {
    sink: rodio::MixerDeviceSink,
    player: Option<rodio::Player>,
    offset: f64,
    duration: f64,
    volume: f32,
}

impl RodioNarrator {
    /// Opens the default sound device.
    ///
    /// # Errors
    /// When there is no usable device (then use [`ClockNarrator`]).
    pub fn open() -> Result<Self, String> {
        let mut sink = rodio::DeviceSinkBuilder::open_default_sink().map_err(|e| e.to_string())?;
        sink.log_on_drop(false);
        Ok(Self {
            sink,
            player: None,
            offset: 0.0,
            duration: 0.0,
            volume: 1.0,
        })
    }
}

impl Narrator for RodioNarrator {
    fn play(&mut self, clip: &Clip, from: f64) {
        // A fresh player per clip: stopping and refilling one player waits for its queue to
        // drain, and the UI thread must never wait.
        if let Some(old) = self.player.take() {
            old.stop();
        }
        let channels = NonZero::new(clip.channels.max(1)).unwrap_or(NonZero::<u16>::MIN);
        let rate = NonZero::new(clip.rate.max(1)).unwrap_or(NonZero::<u32>::MIN);
        let start = ((from.max(0.0) * f64::from(clip.rate)) as usize
            * usize::from(clip.channels.max(1)))
        .min(clip.samples.len());
        let player = rodio::Player::connect_new(self.sink.mixer());
        player.set_volume(self.volume);
        player.append(rodio::buffer::SamplesBuffer::new(
            channels,
            rate,
            clip.samples[start..].to_vec(),
        ));
        player.play();
        self.offset = from;
        self.duration = clip.duration();
        self.player = Some(player);
    }

    fn pause(&mut self) {
        if let Some(p) = &self.player {
            p.pause();
        }
    }

    fn resume(&mut self) {
        if let Some(p) = &self.player {
            p.play();
        }
    }

    fn stop(&mut self) {
        if let Some(p) = self.player.take() {
            p.stop();
        }
    }

    fn position(&self) -> Option<f64> {
        self.player
            .as_ref()
            .map(|p| (self.offset + p.get_pos().as_secs_f64()).min(self.duration))
    }

    fn finished(&self) -> bool {
        self.player.as_ref().is_some_and(rodio::Player::empty)
    }

    fn paused(&self) -> bool {
        self.player.as_ref().is_some_and(rodio::Player::is_paused)
    }

    fn set_volume(&mut self, volume: f32) {
        self.volume = volume.clamp(0.0, 1.0);
        if let Some(p) = &self.player {
            p.set_volume(self.volume);
        }
    }

    fn audible(&self) -> bool {
        true
    }
}

/// The best narrator this machine has: the sound device, else the silent clock (and why).
pub fn open_best() -> (Box<dyn Narrator + Send>, Option<String>) {
    match RodioNarrator::open() {
        Ok(n) => (Box::new(n), None),
        Err(e) => (Box::new(ClockNarrator::default()), Some(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clip(seconds: f64) -> Clip {
        let rate = 1000;
        Clip {
            samples: vec![0.0; (seconds * f64::from(rate)) as usize].into(),
            channels: 1,
            rate,
        }
    }

    #[test]
    fn the_silent_clock_keeps_time_pauses_and_finishes() {
        let mut n = ClockNarrator::default();
        assert_eq!(n.position(), None);
        assert!(!n.finished() && !n.audible());
        n.play(&clip(100.0), 0.0);
        std::thread::sleep(std::time::Duration::from_millis(10));
        let p = n.position().expect("playing");
        assert!(p > 0.0 && p < 100.0, "{p}");
        n.pause();
        assert!(n.paused());
        let held = n.position();
        std::thread::sleep(std::time::Duration::from_millis(10));
        assert_eq!(n.position(), held, "pause freezes the clock");
        n.resume();
        assert!(!n.paused() && !n.finished());
        n.play(&clip(0.02), 0.0);
        std::thread::sleep(std::time::Duration::from_millis(40));
        assert!(n.finished());
        assert_eq!(n.position(), Some(0.02));
        n.play(&clip(10.0), 4.0);
        assert!(n.position().expect("playing") >= 4.0);
        n.stop();
        assert_eq!(n.position(), None);
    }

    #[test]
    fn decoding_garbage_fails_cleanly() {
        assert!(decode(b"not audio".to_vec()).is_err());
        assert!(decode(Vec::new()).is_err());
    }

    #[test]
    fn clip_duration_counts_frames() {
        let c = Clip {
            samples: vec![0.0; 32_000].into(),
            channels: 2,
            rate: 16_000,
        };
        assert!((c.duration() - 1.0).abs() < 1e-9);
    }
}
