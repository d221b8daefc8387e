//! Fixtures and helpers for the index and search tests: fictional articles, hand-filled
//! speakers and places, and the binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use whosaid::article::{Article, parse_str};
use whosaid::index::{Index, IndexOptions};

/// The whosaid binary under test, as an `assert_cmd` command.
pub fn whosaid() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::new(env!("CARGO_BIN_EXE_whosaid"));
    c.env_remove("NO_COLOR");
    c
}

/// Fictional article about talks, one paragraph per blank-line block.
pub const TALKS: &str = "Envoys meet in Geneva over Syria truce\n\n\
Secretary of State John Kerry said on Monday that the Syria truce would hold through the winter.\n\n\
“We will not give up on Geneva,” said Sergueï Lavrov, the foreign minister, after the talks.\n\n\
Residents of São Paulo followed the talks on television late into the night.\n\n\
Kerry later flew to Ankara for talks with officials about the grain corridor.\n";

/// Fictional article about ferries.
pub const FERRIES: &str = "Harbour ferries return to the water\n\n\
The ferry service resumed on Tuesday after a two-week strike, the operator said.\n\n\
“We are on time again,” said Ida Marsh, a spokeswoman for the operator in Halifax.\n\n\
Corridor talks between the union and the operator had stalled for a week.\n";

/// Writes the fixture articles (and two files that are not articles) under `dir`.
pub fn write_fixtures(dir: &Path) {
    std::fs::create_dir_all(dir.join("world")).unwrap();
    std::fs::write(dir.join("world/talks.txt"), TALKS).unwrap();
    std::fs::write(dir.join("ferries"), FERRIES).unwrap();
    std::fs::write(dir.join("notes.md"), "# not an article\n").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
}

/// Parses a fixture and fills in speakers and places by hand, as the extractor would.
pub fn talks_article(path: &str) -> Article {
    let mut a = parse_str(path, TALKS);
    assert_eq!(a.records.len(), 5, "{:#?}", a.records);
    a.records[1].speakers = vec!["John Kerry".into()];
    a.records[1].locations = vec!["Syria".into()];
    a.records[2].speakers = vec!["Sergueï Lavrov".into()];
    a.records[2].locations = vec!["Geneva".into()];
    a.records[2].quotes = vec!["We will not give up on Geneva,".into()];
    a.records[3].locations = vec!["São Paulo".into()];
    a.records[4].locations = vec!["Ankara".into()];
    a
}

/// The ferries fixture with speakers and places filled in by hand.
pub fn ferries_article(path: &str) -> Article {
    let mut a = parse_str(path, FERRIES);
    assert_eq!(a.records.len(), 4, "{:#?}", a.records);
    a.records[2].speakers = vec!["Ida Marsh".into()];
    a.records[2].locations = vec!["Halifax".into()];
    a.records[2].quotes = vec!["We are on time again,".into()];
    a
}

/// An index in `dir/idx` holding the two fixtures with hand-filled speakers and places, built
/// through the library (independent of the extractor).
pub fn hand_index(dir: &Path) -> PathBuf {
    let path = dir.join("idx");
    let index = Index::open_or_create(&path, false).unwrap();
    let w = index.writer(&IndexOptions::default()).unwrap();
    assert_eq!(w.add_article(&talks_article("world/talks.txt")).unwrap(), 5);
    assert_eq!(w.add_article(&ferries_article("ferries")).unwrap(), 4);
    w.commit().unwrap();
    path
}

/// Parses stdout as JSON.
pub fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}
