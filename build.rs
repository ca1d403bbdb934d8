//! Embeds the bundled pack (the repository's `story/`, `images/` and `audio/` files that the app
//! reads) into the binary, so one file runs offline from any folder.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// File types the app reads at run time; generator scripts and map source data stay out.
const SHIPPED: &[&str] = &["toml", "svg", "png", "jpg", "jpeg", "ogg", "json"];

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::path);
    for e in entries {
        let path = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            // Screenshots for the README are documentation, not part of the story.
            if path.file_name().is_some_and(|n| n == "screenshots") {
                continue;
            }
            walk(&path, out);
        } else if ft.is_file()
            && path
                .extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| SHIPPED.contains(&x.to_ascii_lowercase().as_str()))
        {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut files = Vec::new();
    for top in ["story", "images", "audio"] {
        println!("cargo:rerun-if-changed={top}");
        walk(&root.join(top), &mut files);
    }
    let mut code = String::from(
        "/// The bundled pack's files: (pack path, bytes).\npub static FILES: &[(&str, &[u8])] = &[\n",
    );
    for f in &files {
        let rel = f.strip_prefix(&root).expect("under root");
        let rel = rel.to_string_lossy().replace('\\', "/");
        println!("cargo:rerun-if-changed={}", f.display());
        writeln!(
            code,
            "    ({rel:?}, include_bytes!({:?})),",
            f.display().to_string()
        )
        .expect("write");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("embedded.rs");
    std::fs::write(out, code).expect("write embedded.rs");
}
