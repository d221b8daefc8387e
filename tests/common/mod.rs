//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The shared data folder (`../shared` beside the repo, or `$WHOSAID_SHARED`), if present.
pub fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("WHOSAID_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    if p.join("eval").is_dir() && p.join("articles").is_dir() {
        Some(p)
    } else {
        eprintln!(
            "SKIPPED: {} not found (set WHOSAID_SHARED); tests against the shared gold did not run",
            p.display()
        );
        None
    }
}

/// The whosaid binary built for these tests.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_whosaid"))
}

/// Runs `eval_extraction.py` with `gold` folders and returns its summary line's `key=value` pairs,
/// or `None` (with a message) when python3 is missing.
pub fn eval_scores(
    shared: &Path,
    gold: &[&str],
    root: Option<&Path>,
) -> Option<HashMap<String, f64>> {
    let mut cmd = Command::new("python3");
    cmd.arg(shared.join("tools/eval_extraction.py"))
        .arg("--bin")
        .arg(bin())
        .arg("--gold");
    for g in gold {
        cmd.arg(g);
    }
    if let Some(r) = root {
        cmd.arg("--root").arg(r);
    }
    let out = match cmd.output() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("SKIPPED: cannot run python3 ({e}); evaluation did not run");
            return None;
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "eval failed: {}\n{}",
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    let last = stdout.lines().last().unwrap_or_default();
    eprintln!("eval {gold:?}: {last}");
    Some(
        last.split_whitespace()
            .filter_map(|kv| kv.split_once('='))
            .filter_map(|(k, v)| Some((k.to_owned(), v.parse().ok()?)))
            .collect(),
    )
}

/// Lower-case name words, without honorifics, titles and one-letter words.
pub fn name_tokens(name: &str) -> Vec<String> {
    const DROPPED: &[&str] = &[
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "sen",
        "rep",
        "gov",
        "gen",
        "president",
        "secretary",
        "minister",
        "premier",
        "mayor",
        "judge",
        "justice",
        "chief",
        "pm",
        "mp",
        "hon",
        "the",
    ];
    name.to_lowercase()
        .replace('’', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|t| t.trim_matches('\'').chars().count() > 1 && !DROPPED.contains(t))
        .map(str::to_owned)
        .collect()
}

/// Same first and last name words (a middle name may be left out), as `eval_extraction.py`
/// compares a found speaker with the gold one.
pub fn same_person(a: &str, b: &str) -> bool {
    let (ta, tb) = (name_tokens(a), name_tokens(b));
    !ta.is_empty() && !tb.is_empty() && (ta == tb || (ta[0] == tb[0] && ta.last() == tb.last()))
}
