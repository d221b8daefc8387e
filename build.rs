//! Fingerprints the code and data that turn an article file into indexed records, so that an
//! index built by another version of them is rebuilt instead of keeping stale speakers and places
//! for files that did not change (see `index::manifest::PIPELINE`).

use std::path::{Path, PathBuf};

/// Sources and data whose every change can change a record or its indexed terms. Test modules
/// in their own files (`tests/` folders, `tests.rs`) are left out: they change no output.
const INPUTS: &[&str] = &[
    "src/article.rs",
    "src/decode.rs",
    "src/lexicon.rs",
    "src/lexicon",
    "src/split",
    "src/extract",
    "src/index/schema.rs",
    "src/index/words.rs",
    "src/index/stem.rs",
    "src/index/names.rs",
    "data",
];

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut files: Vec<PathBuf> = Vec::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        for e in walkdir::WalkDir::new(root.join(input))
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.file_name() != "tests" && e.file_name() != "tests.rs")
        {
            let e = e.unwrap_or_else(|err| panic!("reading {input}: {err}"));
            if e.file_type().is_file() {
                files.push(e.into_path());
            }
        }
    }
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for f in &files {
        let rel = f.strip_prefix(&root).unwrap_or(f);
        // Path and length first, so that moving bytes between files changes the hash too.
        let bytes = std::fs::read(f).unwrap_or_else(|err| panic!("reading {}: {err}", f.display()));
        hasher.update(slash_path(rel).as_bytes());
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    println!(
        "cargo:rustc-env=WHOSAID_PIPELINE_FINGERPRINT={:016x}",
        hasher.digest()
    );
}

/// `a/b/c.rs` on every platform.
fn slash_path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
