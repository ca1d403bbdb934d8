//! Where a pack's files come from: a folder on disk, or the copy embedded in the binary.
//!
//! Both answer the same questions through [`Pack`], so the loader, the checker and the app never
//! care which one they read. Paths are always pack-relative with forward slashes; anything that
//! could reach outside the pack is refused here, once, for every caller.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Component, Path, PathBuf};

/// Largest file a pack may hold; a guard against reading something huge by mistake.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a pack file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// The path is not a clean relative path inside the pack.
    BadPath(String),
    /// No such file.
    NotFound,
    /// The path or one of its folders is a symbolic link.
    Symlink,
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge(u64),
    /// Reading failed for another reason.
    Io(String),
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BadPath(why) => write!(f, "{why}"),
            Self::NotFound => write!(f, "not found"),
            Self::Symlink => write!(
                f,
                "is (or is inside) a symbolic link; packs may not contain links"
            ),
            Self::TooLarge(n) => {
                write!(f, "file is {n} bytes, over the {MAX_FILE_BYTES}-byte limit")
            }
            Self::Io(e) => write!(f, "cannot be read: {e}"),
        }
    }
}

/// Checks that `path` is a clean pack-relative path: not empty, not absolute, forward slashes,
/// no `.` or `..` parts.
///
/// # Errors
/// [`PackError::BadPath`] saying what is wrong.
pub fn check_relative_path(path: &str) -> Result<(), PackError> {
    let bad = |why: &str| Err(PackError::BadPath(format!("path \"{path}\" {why}")));
    if path.is_empty() {
        return bad("is empty");
    }
    if path.starts_with('/') || path.starts_with('\\') || path.contains(':') {
        return bad("is absolute; write it relative to the pack root, e.g. \"images/cover.svg\"");
    }
    if path.contains('\\') {
        return bad("uses '\\'; use forward slashes");
    }
    for part in path.split('/') {
        match part {
            "" => return bad("has an empty part ('//' or a trailing '/')"),
            ".." => return bad("goes up with '..' and may escape the pack"),
            "." => return bad("has a '.' part; write the path without it"),
            _ => {}
        }
    }
    Ok(())
}

/// A source of pack files.
pub trait Pack: Send + Sync {
    /// Reads a whole file.
    ///
    /// # Errors
    /// When the path is not clean, the file is missing, a link, too large or unreadable.
    fn read(&self, path: &str) -> Result<Vec<u8>, PackError>;

    /// Whether a file exists (and is a regular file reachable without links).
    fn exists(&self, path: &str) -> bool;

    /// A name for messages, e.g. the folder path or "the bundled story".
    fn describe(&self) -> String;
}

/// A pack in a folder on disk.
#[derive(Debug, Clone)]
pub struct DirPack {
    root: PathBuf,
}

impl DirPack {
    /// A pack rooted at `root`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The pack's folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Resolves a pack path to a file path, refusing links anywhere below the root.
    fn resolve(&self, path: &str) -> Result<PathBuf, PackError> {
        check_relative_path(path)?;
        let mut full = self.root.clone();
        for part in Path::new(path).components() {
            let Component::Normal(name) = part else {
                return Err(PackError::BadPath(format!("path \"{path}\" is not plain")));
            };
            full.push(name);
            match std::fs::symlink_metadata(&full) {
                Ok(meta) if meta.file_type().is_symlink() => return Err(PackError::Symlink),
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err(PackError::NotFound);
                }
                Err(e) => return Err(PackError::Io(e.to_string())),
            }
        }
        Ok(full)
    }
}

impl Pack for DirPack {
    fn read(&self, path: &str) -> Result<Vec<u8>, PackError> {
        let full = self.resolve(path)?;
        let meta = std::fs::metadata(&full).map_err(|e| PackError::Io(e.to_string()))?;
        if !meta.is_file() {
            return Err(PackError::Io("not a regular file".into()));
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(PackError::TooLarge(meta.len()));
        }
        std::fs::read(&full).map_err(|e| PackError::Io(e.to_string()))
    }

    fn exists(&self, path: &str) -> bool {
        self.resolve(path).is_ok_and(|p| p.is_file())
    }

    fn describe(&self) -> String {
        self.root.display().to_string()
    }
}

/// A pack held in memory: the bundled story compiled into the binary, or a test fixture.
#[derive(Debug, Clone, Default)]
pub struct MemPack {
    name: String,
    files: BTreeMap<String, &'static [u8]>,
    owned: BTreeMap<String, Vec<u8>>,
}

impl MemPack {
    /// A pack of static files, e.g. from `include_bytes!`.
    pub fn from_static(name: &str, files: &[(&str, &'static [u8])]) -> Self {
        Self {
            name: name.to_owned(),
            files: files.iter().map(|(p, b)| ((*p).to_owned(), *b)).collect(),
            owned: BTreeMap::new(),
        }
    }

    /// Adds or replaces a file (for tests and generated packs).
    pub fn insert(&mut self, path: &str, bytes: impl Into<Vec<u8>>) {
        self.files.remove(path);
        self.owned.insert(path.to_owned(), bytes.into());
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len() + self.owned.len()
    }

    /// Whether the pack has no files.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Reads every file under `root` into memory (tests and fuzzing change files of a copy
    /// without touching the disk). Unreadable entries are skipped.
    pub fn from_dir(root: &Path) -> Self {
        let mut pack = Self {
            name: root.display().to_string(),
            ..Self::default()
        };
        let mut dirs = vec![root.to_path_buf()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if let (Ok(rel), Ok(bytes)) = (path.strip_prefix(root), std::fs::read(&path))
                {
                    pack.insert(&rel.to_string_lossy().replace('\\', "/"), bytes);
                }
            }
        }
        pack
    }
}

impl Pack for MemPack {
    fn read(&self, path: &str) -> Result<Vec<u8>, PackError> {
        check_relative_path(path)?;
        if let Some(b) = self.owned.get(path) {
            return Ok(b.clone());
        }
        self.files
            .get(path)
            .map(|b| b.to_vec())
            .ok_or(PackError::NotFound)
    }

    fn exists(&self, path: &str) -> bool {
        check_relative_path(path).is_ok()
            && (self.owned.contains_key(path) || self.files.contains_key(path))
    }

    fn describe(&self) -> String {
        self.name.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_paths_pass_and_escapes_fail() {
        assert!(check_relative_path("images/ch01/a.svg").is_ok());
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../../x",
            "a//b",
            "a/./b",
            "C:/x",
            "a\\b",
            "a/",
        ] {
            assert!(
                check_relative_path(bad).is_err(),
                "{bad:?} should be refused"
            );
        }
    }

    #[test]
    fn mem_pack_reads_what_it_holds() {
        let mut p = MemPack::from_static("t", &[("a.txt", b"hi")]);
        p.insert("b.txt", "yo");
        assert_eq!(p.read("a.txt").as_deref(), Ok(&b"hi"[..]));
        assert_eq!(p.read("b.txt").as_deref(), Ok(&b"yo"[..]));
        assert_eq!(p.read("c.txt"), Err(PackError::NotFound));
        assert!(p.exists("a.txt") && !p.exists("../a.txt"));
        assert_eq!(p.len(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn dir_pack_refuses_symlinks() {
        let dir = std::env::temp_dir().join(format!("lantern-pack-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("images")).expect("temp dir");
        std::fs::write(dir.join("images/real.svg"), "<svg/>").expect("write");
        std::os::unix::fs::symlink(dir.join("images/real.svg"), dir.join("images/link.svg"))
            .expect("symlink");
        let pack = DirPack::new(&dir);
        assert!(pack.read("images/real.svg").is_ok());
        assert_eq!(pack.read("images/link.svg"), Err(PackError::Symlink));
        assert!(!pack.exists("images/link.svg"));
        assert_eq!(pack.read("images/none.svg"), Err(PackError::NotFound));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
