//! Checking and measuring pictures without decoding more than needed.
//!
//! Raster headers are read before any pixel is decoded, so a small file that claims to be
//! enormous (a "decompression bomb") is refused cheaply.

use std::io::Cursor;
use std::sync::{Arc, OnceLock};

use resvg::usvg;

/// Largest width or height a picture may declare.
pub const MAX_SIDE: u32 = 4096;

/// The SVG options every part of Lantern uses: the embedded Andika font and nothing from the
/// system, so pictures look the same on every machine and nothing is read from disk.
pub fn svg_options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(crate::fonts::ANDIKA_REGULAR.to_vec());
        db.load_font_data(crate::fonts::ANDIKA_BOLD.to_vec());
        db.set_sans_serif_family("Andika");
        db.set_serif_family("Andika");
        usvg::Options {
            font_family: "Andika".into(),
            fontdb: Arc::new(db),
            ..usvg::Options::default()
        }
    })
}

/// Whether a path names an SVG picture.
pub fn is_svg(path: &str) -> bool {
    path.rsplit('.')
        .next()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"))
}

/// Parses an SVG, refusing sizes over [`MAX_SIDE`].
///
/// # Errors
/// A message saying why the picture cannot be shown.
pub fn parse_svg(bytes: &[u8]) -> Result<usvg::Tree, String> {
    let tree =
        usvg::Tree::from_data(bytes, svg_options()).map_err(|e| format!("not a valid SVG: {e}"))?;
    let size = tree.size();
    if size.width() > MAX_SIDE as f32 || size.height() > MAX_SIDE as f32 {
        return Err(format!(
            "declares {}×{} pixels, over the {MAX_SIDE}×{MAX_SIDE} limit",
            size.width(),
            size.height()
        ));
    }
    Ok(tree)
}

/// Reads a raster picture's size from its header only.
///
/// # Errors
/// When the format is unknown or the header is broken or declares more than [`MAX_SIDE`].
pub fn raster_size(bytes: &[u8]) -> Result<(u32, u32), String> {
    let reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("cannot be read: {e}"))?;
    if reader.format().is_none() {
        return Err("is not a PNG, JPEG or SVG picture".into());
    }
    let (w, h) = reader
        .into_dimensions()
        .map_err(|e| format!("has a broken header: {e}"))?;
    if w > MAX_SIDE || h > MAX_SIDE {
        return Err(format!(
            "header declares {w}×{h} pixels, over the {MAX_SIDE}×{MAX_SIDE} limit"
        ));
    }
    Ok((w, h))
}

/// Decodes a raster picture after checking its header.
///
/// # Errors
/// When the header is refused or the pixels do not decode.
pub fn decode_raster(bytes: &[u8]) -> Result<image::RgbaImage, String> {
    raster_size(bytes)?;
    let mut reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("cannot be read: {e}"))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    reader.limits(limits);
    reader
        .decode()
        .map(|img| img.to_rgba8())
        .map_err(|e| format!("does not decode: {e}"))
}

/// Fully checks that a picture can be shown: SVGs parse, rasters decode.
///
/// # Errors
/// A message saying why not.
pub fn check_picture(path: &str, bytes: &[u8]) -> Result<(), String> {
    if is_svg(path) {
        if svg_is_plainly_fine(bytes) {
            return Ok(());
        }
        parse_svg(bytes).map(|_| ())
    } else {
        decode_raster(bytes).map(|_| ())
    }
}

/// Whether an SVG will certainly load: it parses as XML, its root is `<svg>` with a plain
/// width and height within [`MAX_SIDE`], and it is not too big for the renderer. Building the
/// render tree finds nothing more (its other errors are about compression, UTF-8, XML and
/// size), and costs about ten times as much, since every path is measured and all text is
/// turned into outlines. Anything less plain (units, percentages, only a viewBox, a parse
/// error) goes to [`parse_svg`], which gives the same answer and message as the renderer.
pub fn svg_is_plainly_fine(bytes: &[u8]) -> bool {
    use usvg::roxmltree;
    /// The renderer refuses documents with more elements than this.
    const MAX_ELEMENTS: usize = 1_000_000;
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let Ok(doc) = roxmltree::Document::parse_with_options(text, options) else {
        return false;
    };
    let root = doc.root_element();
    let side = |name: &str| {
        root.attribute(name)
            .map(|v| v.trim().trim_end_matches("px"))
            .and_then(|v| v.parse::<f32>().ok())
            .filter(|v| v.is_finite() && *v > 0.0 && *v <= MAX_SIDE as f32)
    };
    root.tag_name().name() == "svg"
        && root.tag_name().namespace() == Some("http://www.w3.org/2000/svg")
        && side("width").is_some()
        && side("height").is_some()
        && doc
            .descendants()
            .filter(roxmltree::Node::is_element)
            .count()
            < MAX_ELEMENTS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let mut out = Vec::new();
        image::RgbaImage::new(w, h)
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .expect("encode");
        out
    }

    #[test]
    fn good_pictures_pass() {
        assert!(check_picture("a.png", &png(4, 3)).is_ok());
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><text x="1" y="20">Hi</text></svg>"#;
        assert!(check_picture("a.svg", svg).is_ok());
    }

    #[test]
    fn the_quick_svg_check_agrees_with_the_renderer() {
        let cases: [&[u8]; 11] = [
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"/>"#,
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="40px" height="30px"><rect width="4" height="3"/></svg>"#,
            br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"/>"#,
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="5000" height="30"/>"#,
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="0" height="30"/>"#,
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><g></svg>"#,
            br#"<html width="40" height="30"/>"#,
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="10cm" height="5cm"/>"#,
            b"\xff\xfe<svg/>",
            br#"<svg width="40" height="30"/>"#,
            br#"<!DOCTYPE svg [<!ENTITY w "40">]><svg xmlns="http://www.w3.org/2000/svg" width="&w;" height="30"/>"#,
        ];
        for bytes in cases {
            let full = parse_svg(bytes).is_ok();
            let quick = svg_is_plainly_fine(bytes);
            // The quick check may only say yes where the renderer does.
            assert!(!quick || full, "{}", String::from_utf8_lossy(bytes));
            assert_eq!(check_picture("a.svg", bytes).is_ok(), full);
        }
        assert!(svg_is_plainly_fine(cases[0]) && svg_is_plainly_fine(cases[1]));
    }

    #[test]
    fn broken_and_huge_pictures_fail() {
        assert!(check_picture("a.png", b"not a picture").is_err());
        let mut truncated = png(64, 64);
        truncated.truncate(60);
        assert!(check_picture("a.png", &truncated).is_err());
        let big = br#"<svg xmlns="http://www.w3.org/2000/svg" width="5000" height="30"/>"#;
        assert!(
            check_picture("a.svg", big)
                .expect_err("too big")
                .contains("4096")
        );
        assert!(check_picture("a.svg", b"<svg").is_err());
    }

    /// A PNG whose header claims `w`×`h` pixels, followed by a tiny (wrong-sized) image body.
    pub(crate) fn lying_png(w: u32, h: u32) -> Vec<u8> {
        fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            let mut crc_input = kind.to_vec();
            crc_input.extend_from_slice(data);
            c.extend_from_slice(&crc32(&crc_input).to_be_bytes());
            c
        }
        let mut ihdr = w.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&h.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        out.extend(chunk(b"IHDR", &ihdr));
        // A zlib stream of one empty stored block: valid framing, nowhere near w×h pixels.
        out.extend(chunk(
            b"IDAT",
            &[
                0x78, 0x01, 0x01, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01,
            ],
        ));
        out.extend(chunk(b"IEND", &[]));
        out
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xffff_ffff_u32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn a_huge_png_header_is_refused_before_decoding() {
        let err = raster_size(&lying_png(100_000, 100_000)).expect_err("refused");
        assert!(err.contains("100000×100000"), "{err}");
        let err = check_picture("x.png", &lying_png(5000, 10)).expect_err("refused");
        assert!(err.contains("over the 4096×4096 limit"), "{err}");
    }
}
