//! Fonts compiled into the binary: SIL Andika (OFL 1.1, see `OFL.txt` beside this file),
//! a typeface designed for beginning readers. Pictures use it for map labels too.

/// Andika Regular.
pub const ANDIKA_REGULAR: &[u8] = include_bytes!("Andika-Regular.ttf");
/// Andika Bold.
pub const ANDIKA_BOLD: &[u8] = include_bytes!("Andika-Bold.ttf");
/// Atkinson Hyperlegible Regular (OFL 1.1, see `OFL-AtkinsonHyperlegible.txt`): the
/// high-legibility choice.
pub const ATKINSON_REGULAR: &[u8] = include_bytes!("AtkinsonHyperlegible-Regular.ttf");
/// Atkinson Hyperlegible Bold.
pub const ATKINSON_BOLD: &[u8] = include_bytes!("AtkinsonHyperlegible-Bold.ttf");
