//! Any bytes as a PNG, JPEG or SVG picture: refused or rendered within limits, never a panic.
#![no_main]

use lantern::story::picture::{check_picture, raster_size};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = raster_size(data);
    let _ = check_picture("x.png", data);
    let _ = check_picture("x.svg", data);
    if check_picture("x.png", data).is_ok() {
        let _ = lantern::ui::pictures::render("x.png", data, 256, 512);
    }
});
