//! Checks narration against the story: every clip's word timings must match the words they
//! were made for, and end within the clip. Text edited after its clip was made is a warning
//! (regenerate with `bash audio/generate.sh`).

use super::read_aloud::{Speed, for_speed, timings_path};
use super::timings::Timings;
use crate::story::{Diagnostic, Loc, Pack, Severity, Story};

/// Length in seconds of an OGG Vorbis file, read from its headers and last page only.
pub fn ogg_duration(bytes: &[u8]) -> Option<f64> {
    // The identification header (first packet) holds the sample rate at byte 12 of the packet;
    // the last page's granule position is the total number of samples.
    let first = bytes.windows(7).position(|w| w == b"\x01vorbis")?;
    let rate = u32::from_le_bytes(bytes.get(first + 12..first + 16)?.try_into().ok()?);
    let last = bytes.windows(4).rposition(|w| w == b"OggS")?;
    let granule = u64::from_le_bytes(bytes.get(last + 6..last + 14)?.try_into().ok()?);
    (rate > 0).then(|| granule as f64 / f64::from(rate))
}

fn words_of(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

/// Problems with the narration of a loaded story, as warnings pinned to the clip.
pub fn check_story(story: &Story, pack: &dyn Pack) -> Vec<Diagnostic> {
    let mut clips: Vec<(String, Vec<String>, String)> = Vec::new();
    for page in &story.pages {
        if let Some(n) = &page.narration {
            let words = page
                .text
                .words()
                .into_iter()
                .flatten()
                .map(|w| w.text)
                .collect();
            clips.push((n.clone(), words, format!("page \"{}\"", page.key)));
        }
        if let Some(p) = &page.prompt {
            if let Some(n) = &p.narration {
                clips.push((
                    n.clone(),
                    words_of(&p.question),
                    format!("the question on \"{}\"", page.key),
                ));
            }
            for (i, c) in p.choices.iter().enumerate() {
                if let Some(n) = &c.narration {
                    clips.push((
                        n.clone(),
                        words_of(&c.response),
                        format!("response {} on \"{}\"", i + 1, page.key),
                    ));
                }
            }
        }
    }
    for t in &story.glossary {
        if let Some(n) = &t.narration {
            let text = format!("{}. {}", t.term, t.definition);
            clips.push((
                n.clone(),
                words_of(&text),
                format!("glossary term \"{}\"", t.term),
            ));
        }
    }
    let mut out = Vec::new();
    for (clip, words, what) in clips {
        for speed in [Speed::Normal, Speed::Slow] {
            let audio = for_speed(&clip, speed);
            let at = Loc::file_start(&audio);
            let warn = |message: String| Diagnostic {
                loc: at.clone(),
                severity: Severity::Warning,
                message,
            };
            let Ok(ogg) = pack.read(&audio) else {
                if speed == Speed::Slow {
                    out.push(warn(format!("no slower clip for {what}")));
                }
                continue;
            };
            let duration = ogg_duration(&ogg);
            if duration.is_none() {
                out.push(warn(format!(
                    "the clip for {what} is not an OGG Vorbis file"
                )));
            }
            match pack
                .read(&timings_path(&audio))
                .map_err(|e| e.to_string())
                .and_then(|b| Timings::parse(&b))
            {
                Ok(t) => {
                    let problems = t.check(&words, duration);
                    if let Some(first) = problems.first() {
                        out.push(warn(format!(
                            "the narration of {what} does not match its text ({first}); the text may have changed since the clip was made: run `bash audio/generate.sh`"
                        )));
                    }
                }
                Err(e) => out.push(warn(format!("no word timings for {what}: {e}"))),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(granule: u64, payload: &[u8]) -> Vec<u8> {
        let mut p = b"OggS\x00\x00".to_vec();
        p.extend_from_slice(&granule.to_le_bytes());
        p.extend_from_slice(&[0; 12]);
        p.extend_from_slice(payload);
        p
    }

    #[test]
    fn the_duration_comes_from_the_rate_and_the_last_granule() {
        let mut id = b"\x01vorbis".to_vec();
        id.extend_from_slice(&0u32.to_le_bytes()); // version
        id.push(1); // channels
        id.extend_from_slice(&16_000u32.to_le_bytes());
        let mut bytes = page(0, &id);
        bytes.extend(page(8_000, b"audio"));
        bytes.extend(page(40_000, b"audio"));
        assert_eq!(ogg_duration(&bytes), Some(2.5));
        assert_eq!(ogg_duration(b"not ogg"), None);
    }
}
