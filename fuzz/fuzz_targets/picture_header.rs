//! Any bytes as a PNG, JPEG or SVG picture: refused or rendered within limits, never a panic;
//! and the quick SVG check never passes a picture the renderer would refuse.
#![no_main]

use lantern::story::picture::{check_picture, parse_svg, raster_size, svg_is_plainly_fine};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = raster_size(data);
    let _ = check_picture("x.png", data);
    let _ = check_picture("x.svg", data);
    if svg_is_plainly_fine(data) {
        assert!(
            parse_svg(data).is_ok(),
            "the quick check passed an SVG the renderer refuses"
        );
    }
    if check_picture("x.png", data).is_ok() {
        let _ = lantern::ui::pictures::render("x.png", data, 256, 512);
    }
});
