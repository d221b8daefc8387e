//! The manifest: what the index holds of each file (size, mtime, content hash, records), kept
//! consistent with the index by naming it in the commit payload.
//!
//! The manifest is a JSON file `manifest-<id>.json` inside the index folder, written (and
//! fsynced) under a fresh name *before* the commit; the commit's payload — stored by Tantivy in
//! `meta.json`, which it replaces atomically — names that file and its hash. So the manifest in
//! force is always the one of the commit in force: a crash before the commit leaves the earlier
//! `meta.json` naming the earlier manifest (still on disk), a crash after it leaves the new pair.
//! Manifests no commit names are removed after a successful commit. The files are written with
//! `std::fs`, not through Tantivy's managed directory, whose garbage collector would delete them.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Version of the index layout (schema + manifest). An index of another version is rebuilt.
pub const FORMAT: u32 = 1;

/// Fingerprint of the code and data that turn a file into records (decoding, splitting,
/// extraction, word lists, the gazetteer, the index's analyzers), computed by `build.rs`. An
/// index whose manifest names another fingerprint was built by another version of them: its
/// records of unchanged files would keep old speakers and places, so it is rebuilt.
pub const PIPELINE: &str = env!("WHOSAID_PIPELINE_FINGERPRINT");

/// What the index knows of one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Size in bytes when indexed.
    pub size: u64,
    /// Modification time when indexed, nanoseconds since the Unix epoch.
    pub mtime_ns: u64,
    /// 128-bit xxh3 hash of the content, hexadecimal.
    pub hash: String,
    /// Records written for the file.
    pub records: usize,
    /// Why the file was not indexed, when it was not (empty, binary …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
}

/// The files an index was built from, by path as given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// [`FORMAT`] of the index that wrote it.
    pub format: u32,
    /// [`PIPELINE`] of the whosaid that wrote the records (empty in manifests older than it).
    #[serde(default)]
    pub pipeline: String,
    /// Every file the index accounts for.
    pub files: BTreeMap<String, FileEntry>,
}

/// The commit payload: which manifest file goes with the commit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payload {
    /// [`FORMAT`] of the index.
    pub format: u32,
    /// The manifest's file name inside the index folder.
    pub manifest: String,
    /// xxh3-128 of the manifest file's bytes, hexadecimal.
    pub hash: String,
}

/// What was found when loading the manifest of a commit.
#[derive(Debug)]
pub enum Loaded {
    /// No commit payload: a new (or foreign) index.
    Fresh,
    /// The manifest of the commit in force.
    Current(Manifest),
    /// The commit names a manifest that cannot be used; the index must be rebuilt.
    Unusable(String),
}

/// Content hash of a file's bytes.
pub fn hash(bytes: &[u8]) -> String {
    hex(xxhash_rust::xxh3::xxh3_128(bytes))
}

/// A content hash as the manifest writes it (see [`crate::Article::content_hash`]).
pub fn hex(hash: u128) -> String {
    format!("{hash:032x}")
}

/// Size and modification time (ns since the epoch) of a file.
pub fn stat(path: &Path) -> std::io::Result<(u64, u64)> {
    let m = std::fs::metadata(path)?;
    let mtime = m
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as u64);
    Ok((m.len(), mtime))
}

/// Loads the manifest named by a commit payload.
pub fn load(dir: &Path, payload: Option<&str>) -> Loaded {
    let Some(payload) = payload else {
        return Loaded::Fresh;
    };
    let p: Payload = match serde_json::from_str(payload) {
        Ok(p) => p,
        Err(_) => return Loaded::Unusable("the commit payload is not whosaid's".into()),
    };
    if p.format != FORMAT {
        return Loaded::Unusable(format!(
            "the index has format {}, this whosaid writes format {FORMAT}",
            p.format
        ));
    }
    let bytes = match std::fs::read(dir.join(&p.manifest)) {
        Ok(b) => b,
        Err(e) => return Loaded::Unusable(format!("manifest {}: {e}", p.manifest)),
    };
    if hash(&bytes) != p.hash {
        return Loaded::Unusable(format!("manifest {} is corrupt", p.manifest));
    }
    match serde_json::from_slice::<Manifest>(&bytes) {
        Ok(m) => Loaded::Current(m),
        Err(e) => Loaded::Unusable(format!("manifest {}: {e}", p.manifest)),
    }
}

/// Writes `manifest` durably under a new name in `dir` and returns the commit payload naming it.
pub fn save(dir: &Path, manifest: &Manifest) -> Result<String> {
    let bytes = serde_json::to_vec(manifest).map_err(|e| Error::Index {
        path: dir.to_path_buf(),
        message: format!("serialising the manifest: {e}"),
    })?;
    let nanos = std::time::SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let name = format!("manifest-{nanos:x}-{}.json", std::process::id());
    let tmp = dir.join(format!("{name}.tmp"));
    let write = || -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(&bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, dir.join(&name))?;
        // Make the new directory entry durable before meta.json can name it.
        std::fs::File::open(dir)?.sync_all()
    };
    write().map_err(|e| Error::io(dir.join(&name), e))?;
    let payload = Payload {
        format: FORMAT,
        manifest: name,
        hash: hash(&bytes),
    };
    Ok(serde_json::to_string(&payload).expect("payload serialises"))
}

/// Removes manifest files (and leftovers of interrupted writes) other than the one `payload`
/// names. Errors are ignored: a stale manifest is harmless.
pub fn remove_stale(dir: &Path, payload: &str) {
    let keep = serde_json::from_str::<Payload>(payload)
        .map(|p| p.manifest)
        .unwrap_or_default();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("manifest-") && name != keep {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_load_round_trip_and_corruption() {
        let dir = tempfile::tempdir().unwrap();
        let mut m = Manifest {
            format: FORMAT,
            ..Manifest::default()
        };
        m.files.insert(
            "a.txt".into(),
            FileEntry {
                size: 3,
                mtime_ns: 7,
                hash: hash(b"abc"),
                records: 1,
                skipped: None,
            },
        );
        let payload = save(dir.path(), &m).unwrap();
        match load(dir.path(), Some(&payload)) {
            Loaded::Current(got) => assert_eq!(got, m),
            other => panic!("{other:?}"),
        }
        let p: Payload = serde_json::from_str(&payload).unwrap();
        std::fs::write(dir.path().join(&p.manifest), b"{}").unwrap();
        assert!(matches!(
            load(dir.path(), Some(&payload)),
            Loaded::Unusable(_)
        ));
        assert!(matches!(load(dir.path(), None), Loaded::Fresh));
        std::fs::write(dir.path().join("manifest-old.json"), b"{}").unwrap();
        remove_stale(dir.path(), &payload);
        assert!(!dir.path().join("manifest-old.json").exists());
        assert!(dir.path().join(&p.manifest).exists());
    }
}
