//! The articles the parsing benchmark and the profiling example read: the decoded texts of
//! `../shared/articles/bbc` then `reuters` (or `$WHOSAID_SHARED`), in file-name order.

use std::path::{Path, PathBuf};

use whosaid::decode::decode;

/// The shared data folder, when it holds `articles/`.
pub fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("WHOSAID_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    p.join("articles").is_dir().then_some(p)
}

/// The decoded texts of the first `cap` bbc + reuters articles.
pub fn load(shared: &Path, cap: usize) -> Vec<String> {
    let mut texts = Vec::new();
    for sub in ["bbc", "reuters"] {
        for e in walkdir::WalkDir::new(shared.join("articles").join(sub))
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        {
            if let Ok(bytes) = std::fs::read(e.path())
                && let Ok(d) = decode(&bytes)
            {
                texts.push(d.text);
            }
        }
    }
    texts.truncate(cap);
    texts
}
