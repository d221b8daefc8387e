//! `whosaid index` and [`Index::sync`]: first run, incremental runs (nothing changed, touched,
//! modified, added, deleted), skipped files, the manifest, the write lock, and the bundled corpus.

mod search_support;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use predicates::prelude::*;
use search_support::{json, whosaid, write_fixtures};
use whosaid::index::{Index, IndexOptions, SyncSummary};

fn sync(root: &Path, idx: &Path) -> SyncSummary {
    let index = Index::open_or_create(idx, false).unwrap();
    index
        .sync(&[root.to_path_buf()], &IndexOptions::default(), &mut |_| {})
        .unwrap()
}

fn index_cli(root: &Path, idx: &Path) -> serde_json::Value {
    let out = whosaid()
        .arg("index")
        .arg(root)
        .arg("--index")
        .arg(idx)
        .arg("--json")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "no progress bar on a pipe");
    json(&out)
}

fn total(idx: &Path, query: &str) -> u64 {
    let out = whosaid()
        .args(["search", "--json", query, "--index"])
        .arg(idx)
        .output()
        .unwrap();
    json(&out)["total"].as_u64().unwrap()
}

fn set_mtime(path: &Path, t: SystemTime) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

fn meta_json(idx: &Path) -> String {
    std::fs::read_to_string(idx.join("meta.json")).unwrap()
}

#[test]
fn first_run_indexes_articles_and_reports_skipped_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("news");
    write_fixtures(&root);
    let idx = dir.path().join("idx");
    let v = index_cli(&root, &idx);
    assert_eq!(v["files_seen"], 4);
    assert_eq!(v["indexed"], 2);
    assert_eq!(v["added"], 2);
    assert_eq!(v["unchanged"], 0);
    assert_eq!(v["removed"], 0);
    assert_eq!(v["records_written"], 9);
    assert_eq!(v["records_total"], 9);
    assert_eq!(v["committed"], true);
    let skipped = v["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 2, "{v:#}");
    let reasons: Vec<String> = skipped
        .iter()
        .map(|s| {
            format!(
                "{}: {}",
                s["path"].as_str().unwrap(),
                s["reason"].as_str().unwrap()
            )
        })
        .collect();
    assert!(
        reasons.iter().any(|r| r.contains("empty.txt")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("notes.md") && r.contains("not an article"))
    );
    for key in ["mb_per_s", "records_per_s", "seconds", "bytes_indexed"] {
        assert!(v[key].as_f64().unwrap() > 0.0, "{key}: {v:#}");
    }
    assert_eq!(total(&idx, "spokeswoman"), 1);
    // The human summary names every figure and every skipped file.
    let out = whosaid()
        .arg("index")
        .arg(&root)
        .arg("--index")
        .arg(&idx)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for word in [
        "files seen",
        "indexed",
        "unchanged",
        "removed",
        "skipped",
        "records",
        "MB/s",
        "notes.md:",
    ] {
        assert!(text.contains(word), "{word} missing from\n{text}");
    }
}

#[test]
fn nothing_changed_means_no_work_and_no_commit() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("news");
    write_fixtures(&root);
    let idx = dir.path().join("idx");
    sync(&root, &idx);
    let before = meta_json(&idx);
    let s = sync(&root, &idx);
    assert_eq!(
        (s.indexed, s.unchanged, s.removed, s.skipped.len()),
        (0, 2, 0, 2)
    );
    assert!(!s.committed);
    assert_eq!(s.records_total, 9);
    assert_eq!(meta_json(&idx), before, "no commit on a no-change run");
    // A file whose timestamp changed but not its content is re-hashed, not re-indexed.
    let talks = root.join("world/talks.txt");
    set_mtime(&talks, SystemTime::now() + Duration::from_secs(5));
    let s = sync(&root, &idx);
    assert_eq!((s.indexed, s.unchanged, s.touched), (0, 2, 1));
    assert_eq!(s.records_written, 0);
    // …and its new timestamp is remembered: the next run does nothing again.
    let s = sync(&root, &idx);
    assert_eq!((s.indexed, s.touched, s.committed), (0, 0, false));
}

#[test]
fn modified_added_and_deleted_files_are_synced() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("news");
    write_fixtures(&root);
    let idx = dir.path().join("idx");
    index_cli(&root, &idx);
    assert_eq!(total(&idx, "zeppelin"), 0);
    // Modify: the old words go, the new ones come, other files are untouched.
    std::fs::write(
        root.join("ferries"),
        "Harbour ferries replaced\n\nA zeppelin now carries passengers across the harbour.\n",
    )
    .unwrap();
    let v = index_cli(&root, &idx);
    assert_eq!(
        (v["indexed"].as_u64(), v["changed"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(v["unchanged"], 1);
    assert_eq!(v["records_deleted"], 4);
    assert_eq!(v["records_written"], 2);
    assert_eq!(total(&idx, "zeppelin"), 1);
    assert_eq!(total(&idx, "spokeswoman"), 0);
    assert_eq!(total(&idx, "ankara"), 1);
    // Add.
    std::fs::write(
        root.join("world/new.txt"),
        "Zeppelin museum opens\n\nCrowds came.\n",
    )
    .unwrap();
    let v = index_cli(&root, &idx);
    assert_eq!(
        (v["indexed"].as_u64(), v["added"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(total(&idx, "zeppelin"), 2);
    // Delete.
    std::fs::remove_file(root.join("world/talks.txt")).unwrap();
    let v = index_cli(&root, &idx);
    assert_eq!(v["removed"], 1);
    assert_eq!(v["indexed"], 0);
    assert_eq!(v["records_deleted"], 5);
    assert_eq!(total(&idx, "ankara"), 0);
    assert_eq!(v["records_total"], 4);
    // A skipped file that becomes an article is indexed; an article that becomes empty is
    // skipped and its records deleted.
    std::fs::write(root.join("empty.txt"), "Now with words\n\nHello harbour.\n").unwrap();
    std::fs::write(root.join("world/new.txt"), "").unwrap();
    let v = index_cli(&root, &idx);
    assert_eq!(v["indexed"], 1, "{v:#}");
    assert_eq!(total(&idx, "museum"), 0);
    assert_eq!(total(&idx, "hello"), 1);
}

#[test]
fn manifest_is_named_by_the_commit_and_a_broken_one_forces_a_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("news");
    write_fixtures(&root);
    let idx = dir.path().join("idx");
    sync(&root, &idx);
    std::fs::write(root.join("extra.txt"), "Extra\n\nMore text.\n").unwrap();
    sync(&root, &idx);
    let manifests: Vec<PathBuf> = std::fs::read_dir(&idx)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("manifest-")
        })
        .collect();
    assert_eq!(
        manifests.len(),
        1,
        "stale manifests are removed: {manifests:?}"
    );
    let name = manifests[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(
        meta_json(&idx).contains(&name),
        "the commit payload names the manifest"
    );
    // A manifest that does not match its hash is not trusted: everything is re-indexed.
    std::fs::write(&manifests[0], b"{\"format\":1,\"files\":{}}").unwrap();
    let s = sync(&root, &idx);
    assert!(s.rebuilt.is_some());
    assert_eq!(s.indexed, 3);
    assert_eq!(s.records_total, 11, "no duplicates after a rebuild");
    // --rebuild re-indexes everything on request.
    let v = json(
        &whosaid()
            .arg("index")
            .arg(&root)
            .arg("--index")
            .arg(&idx)
            .args(["--json", "--rebuild"])
            .output()
            .unwrap(),
    );
    assert_eq!(v["indexed"], 3);
    assert_eq!(v["records_total"], 11);
}

#[test]
fn second_writer_gets_a_clear_error_while_searches_keep_working() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("news");
    write_fixtures(&root);
    let idx = dir.path().join("idx");
    sync(&root, &idx);
    std::fs::write(root.join("extra.txt"), "Extra\n\nMore text.\n").unwrap();
    // Hold the write lock in this process, as a running `whosaid index` would.
    let index = Index::open(&idx).unwrap();
    let writer = index.writer(&IndexOptions::default()).unwrap();
    whosaid()
        .arg("index")
        .arg(&root)
        .arg("--index")
        .arg(&idx)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "is being written by another process",
        ));
    // Even a run with nothing to do refuses, rather than report a state about to change.
    let err = Index::open(&idx)
        .unwrap()
        .sync(
            std::slice::from_ref(&root),
            &IndexOptions::default(),
            &mut |_| {},
        )
        .unwrap_err();
    assert!(matches!(err, whosaid::Error::Locked(_)), "{err}");
    // Searches do not take the lock.
    assert_eq!(total(&idx, "spokeswoman"), 1);
    whosaid()
        .args(["speakers", "--index"])
        .arg(&idx)
        .assert()
        .success();
    drop(writer);
    let v = index_cli(&root, &idx);
    assert_eq!(v["added"], 1);
}

#[test]
fn index_inside_the_folder_is_not_walked_and_bad_index_paths_fail() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("news");
    write_fixtures(&root);
    // A visible index folder inside the indexed folder is excluded from the walk.
    let idx = root.join("idx");
    let v = index_cli(&root, &idx);
    assert_eq!(v["files_seen"], 4, "{v:#}");
    let v = index_cli(&root, &idx);
    assert_eq!(
        (v["files_seen"].as_u64(), v["indexed"].as_u64()),
        (Some(4), Some(0))
    );
    // The default index is `.whosaid` in the current directory.
    whosaid()
        .current_dir(dir.path())
        .args(["index", "news"])
        .assert()
        .success()
        .stdout(predicate::str::contains("index .whosaid"));
    assert!(dir.path().join(".whosaid/meta.json").is_file());
    whosaid()
        .current_dir(dir.path())
        .args(["search", "ferry"])
        .assert()
        .success()
        .stdout(predicate::str::contains("news/ferries ¶1"));
    // Overlapping roots index each file once.
    let out = whosaid()
        .arg("index")
        .arg(&root)
        .arg(root.join("world"))
        .arg("--index")
        .arg(dir.path().join("idx2"))
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(json(&out)["records_total"], 9);
    // A mistyped folder is an error, not an emptied folder: the index keeps its records.
    whosaid()
        .arg("index")
        .arg(dir.path().join("newz"))
        .arg("--index")
        .arg(&idx)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("newz"));
    assert_eq!(total(&idx, "spokeswoman"), 1);
    // A folder that holds something else is never used as an index.
    whosaid()
        .arg("index")
        .arg(&root)
        .arg("--index")
        .arg(root.join("world"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("holds no index"));
}

#[test]
fn indexes_the_bundled_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    if !corpus.is_dir() {
        eprintln!("SKIPPED: corpus/ not found");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("idx");
    let v = index_cli(&corpus, &idx);
    let articles = whosaid::walk::walk(std::slice::from_ref(&corpus), &Default::default())
        .iter()
        .filter(|s| matches!(s, whosaid::walk::Seen::Article(_)))
        .count();
    assert!(articles > 0);
    let skipped = v["skipped"].as_array().unwrap().len();
    assert_eq!(
        v["indexed"].as_u64().unwrap() as usize + skipped,
        v["files_seen"].as_u64().unwrap() as usize
    );
    assert!(v["indexed"].as_u64().unwrap() as usize >= articles - skipped);
    assert!(v["records_total"].as_u64().unwrap() > 0);
    assert!(total(&idx, "said") > 0);
    let v = index_cli(&corpus, &idx);
    assert_eq!(v["indexed"], 0);
    assert_eq!(v["committed"], false);
    // The README's example search, once the extractor attributes quotes in the corpus.
    let speakers = whosaid()
        .args(["speakers", "--json", "--index"])
        .arg(&idx)
        .output()
        .unwrap();
    assert!(
        !json(&speakers)["values"].as_array().unwrap().is_empty(),
        "the corpus has speakers"
    );
    let out = whosaid()
        .args([
            "search",
            "--json",
            "sovereignty",
            "--speaker",
            "brassard",
            "--index",
        ])
        .arg(&idx)
        .output()
        .unwrap();
    let v = json(&out);
    assert!(v["total"].as_u64().unwrap() >= 1, "{v:#}");
    assert_eq!(v["hits"][0]["speakers"][0], "Odile Brassard");
}

#[test]
fn a_foreign_index_is_refused_unless_rebuilt() {
    use tantivy::schema::{STORED, Schema, TEXT};
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("news");
    write_fixtures(&root);
    let idx = dir.path().join("idx");
    std::fs::create_dir(&idx).unwrap();
    let mut b = Schema::builder();
    b.add_text_field("body", TEXT | STORED);
    tantivy::Index::create_in_dir(&idx, b.build()).unwrap();
    whosaid()
        .arg("index")
        .arg(&root)
        .arg("--index")
        .arg(&idx)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("incompatible"))
        .stderr(predicate::str::contains("--rebuild"));
    whosaid()
        .args(["search", "ferry", "--index"])
        .arg(&idx)
        .assert()
        .code(2);
    let out = whosaid()
        .arg("index")
        .arg(&root)
        .arg("--index")
        .arg(&idx)
        .args(["--rebuild", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json(&out)["indexed"], 2);
    assert_eq!(total(&idx, "spokeswoman"), 1);
}

#[test]
fn an_index_written_by_another_pipeline_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("news");
    write_fixtures(&root);
    let idx = dir.path().join("idx");
    let first = sync(&root, &idx);
    // Make the index look written by an older whosaid: another pipeline fingerprint in a
    // manifest whose hash the commit payload still vouches for.
    let mut meta: serde_json::Value = serde_json::from_str(&meta_json(&idx)).unwrap();
    let mut payload: serde_json::Value =
        serde_json::from_str(meta["payload"].as_str().unwrap()).unwrap();
    let path = idx.join(payload["manifest"].as_str().unwrap());
    let mut m: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(m["pipeline"], whosaid::index::manifest::PIPELINE);
    m["pipeline"] = "0123456789abcdef".into();
    let bytes = serde_json::to_vec(&m).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    payload["hash"] = whosaid::index::manifest::hash(&bytes).into();
    meta["payload"] = payload.to_string().into();
    std::fs::write(idx.join("meta.json"), meta.to_string()).unwrap();

    let s = sync(&root, &idx);
    let why = s.rebuilt.expect("another pipeline's records are not kept");
    assert!(why.contains("another version"), "{why}");
    assert_eq!(s.unchanged, 0);
    assert_eq!(s.indexed, first.indexed, "every article parsed again");
    assert_eq!(s.records_total, first.records_total, "no duplicates");
    // Written by this pipeline now: the next run has nothing to do.
    let again = sync(&root, &idx);
    assert!(again.rebuilt.is_none());
    assert_eq!(again.unchanged, first.indexed);
}
