//! Walk stage: command-line paths → the article files below them, and every other file seen with
//! the reason it is skipped.
//!
//! Article files are `.txt` (any case) and extension-less files. Hidden entries, the index folder
//! and repository metadata (`README`, `LICENSE` …) are passed over; symlinks are followed, but a
//! loop is reported instead of walked forever. Nothing is dropped silently: every file seen comes
//! back either as an article or as [`Seen::Skipped`] with its reason.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// What the walk found at one path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    /// A file to parse, with its path as given (root as typed, joined with the relative path).
    Article(PathBuf),
    /// A file or folder that is not parsed, and why.
    Skipped {
        /// The path, as given.
        path: PathBuf,
        /// Why it is skipped.
        reason: String,
    },
}

/// Options for [`walk`].
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    /// Folders never to descend into (the index folder), compared after canonicalisation.
    pub exclude: Vec<PathBuf>,
}

/// File names (without extension, lower case) that are repository metadata, not articles.
const METADATA_STEMS: &[&str] = &[
    "readme",
    "license",
    "licence",
    "copying",
    "changelog",
    "authors",
    "notice",
];

/// Walks each root in order and returns what it holds, sorted by path within each root.
///
/// A root that is a file is taken as an article whatever its name: the user asked for it.
pub fn walk(roots: &[PathBuf], opts: &WalkOptions) -> Vec<Seen> {
    let exclude: Vec<PathBuf> = opts
        .exclude
        .iter()
        .filter_map(|p| p.canonicalize().ok())
        .collect();
    let mut out = Vec::new();
    for root in roots {
        match std::fs::metadata(root) {
            Err(e) => out.push(Seen::Skipped {
                path: root.clone(),
                reason: io_reason(&e),
            }),
            Ok(m) if m.is_file() => out.push(Seen::Article(root.clone())),
            Ok(_) => walk_dir(root, &exclude, &mut out),
        }
    }
    out
}

fn walk_dir(root: &Path, exclude: &[PathBuf], out: &mut Vec<Seen>) {
    let it = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0
                || !(is_hidden(e.file_name())
                    || (e.file_type().is_dir() && is_excluded(e.path(), exclude)))
        });
    for entry in it {
        match entry {
            Ok(e) if e.file_type().is_file() => out.push(classify(e.into_path())),
            Ok(_) => {}
            Err(err) => {
                let path = err
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| root.to_path_buf());
                let reason = if let Some(anc) = err.loop_ancestor() {
                    format!("symlink loop back to {}", anc.display())
                } else if let Some(io) = err.io_error() {
                    io_reason(io)
                } else {
                    err.to_string()
                };
                out.push(Seen::Skipped { path, reason });
            }
        }
    }
}

fn classify(path: PathBuf) -> Seen {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if METADATA_STEMS.contains(&stem.as_str()) {
        return Seen::Skipped {
            path,
            reason: "repository metadata (README/LICENSE…), not an article".into(),
        };
    }
    match ext.as_deref() {
        None | Some("txt") => Seen::Article(path),
        Some(other) => Seen::Skipped {
            path,
            reason: format!(
                "not an article file (.{other}; articles are .txt or have no extension)"
            ),
        },
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn is_excluded(path: &Path, exclude: &[PathBuf]) -> bool {
    !exclude.is_empty() && path.canonicalize().is_ok_and(|c| exclude.contains(&c))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn names(seen: &[Seen]) -> Vec<String> {
        seen.iter()
            .map(|s| match s {
                Seen::Article(p) => format!("A {}", p.file_name().unwrap().to_string_lossy()),
                Seen::Skipped { path, .. } => {
                    format!("S {}", path.file_name().unwrap().to_string_lossy())
                }
            })
            .collect()
    }

    #[test]
    fn picks_articles_and_reports_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::write(d.join("b.txt"), "x").unwrap();
        fs::write(d.join("a.TXT"), "x").unwrap();
        fs::write(d.join("story"), "x").unwrap();
        fs::write(d.join("notes.md"), "x").unwrap();
        fs::write(d.join("LICENSE"), "x").unwrap();
        fs::write(d.join(".hidden.txt"), "x").unwrap();
        fs::create_dir(d.join(".git")).unwrap();
        fs::write(d.join(".git/c.txt"), "x").unwrap();
        fs::create_dir(d.join("idx")).unwrap();
        fs::write(d.join("idx/meta.txt"), "x").unwrap();
        fs::create_dir(d.join("sub")).unwrap();
        fs::write(d.join("sub/c.txt"), "x").unwrap();
        let opts = WalkOptions {
            exclude: vec![d.join("idx")],
        };
        let seen = walk(&[d.to_path_buf()], &opts);
        assert_eq!(
            names(&seen),
            [
                "S LICENSE",
                "A a.TXT",
                "A b.txt",
                "S notes.md",
                "A story",
                "A c.txt"
            ]
        );
    }

    #[test]
    fn paths_keep_the_root_as_given() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "x").unwrap();
        let seen = walk(&[dir.path().to_path_buf()], &WalkOptions::default());
        assert_eq!(seen, vec![Seen::Article(dir.path().join("a.txt"))]);
    }

    #[test]
    fn missing_root_is_reported() {
        let seen = walk(&[PathBuf::from("/no/such/dir")], &WalkOptions::default());
        assert!(matches!(&seen[0], Seen::Skipped { reason, .. } if reason.contains("no such")));
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_reported_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("sub/a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
        let seen = walk(&[dir.path().to_path_buf()], &WalkOptions::default());
        assert!(seen.contains(&Seen::Article(dir.path().join("sub/a.txt"))));
        assert!(
            seen.iter().any(
                |s| matches!(s, Seen::Skipped { reason, .. } if reason.contains("symlink loop"))
            )
        );
    }
}
