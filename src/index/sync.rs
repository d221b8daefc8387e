//! [`Index::sync`]: bring the index in line with the files under some folders.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;
use tantivy::Directory;
use tantivy::directory::{INDEX_WRITER_LOCK, Lock};

use super::manifest::{self, FileEntry, Loaded, Manifest};
use super::{Index, tantivy_error};
use crate::article::{Outcome, parse_many};
use crate::error::{Error, Result};
use crate::extract::default_extractor;
use crate::walk::{Seen, WalkOptions, walk};

/// How an index run works.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Indexing threads; 0 means one per core, at most 4.
    pub threads: usize,
    /// Memory for the writer's in-memory segments, all threads together, in bytes. Bounds the
    /// run's memory whatever the corpus size (parsing is chunked too).
    pub heap_bytes: usize,
    /// Re-index every file, whatever the manifest says.
    pub rebuild: bool,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            threads: 0,
            heap_bytes: 256 << 20,
            rebuild: false,
        }
    }
}

impl IndexOptions {
    /// The number of indexing threads to use.
    pub fn num_threads(&self) -> usize {
        if self.threads > 0 {
            self.threads
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
        }
    }
}

/// How far an index run has got: reported after each file parsed.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Progress {
    /// Files to parse this run that have been handled.
    pub files_done: usize,
    /// Files to parse this run.
    pub files_total: usize,
    /// Bytes of those files handled.
    pub bytes_done: u64,
    /// Bytes of the files to parse.
    pub bytes_total: u64,
}

/// A file that was seen but not indexed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedFile {
    /// The path, as given.
    pub path: String,
    /// Why it was not indexed.
    pub reason: String,
}

/// What an index run did. Every file seen is counted exactly once among `indexed`, `unchanged`
/// and `skipped`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncSummary {
    /// The index folder.
    pub index: PathBuf,
    /// Files the walk saw (articles and others).
    pub files_seen: usize,
    /// Files parsed and written this run (`added` + `changed`).
    pub indexed: usize,
    /// Of those, files the index did not have.
    pub added: usize,
    /// Of those, files whose content changed.
    pub changed: usize,
    /// Files already indexed with the same content.
    pub unchanged: usize,
    /// Of the unchanged, files whose timestamp changed but not their content (re-hashed only).
    pub touched: usize,
    /// Files the index had that are gone; their records were deleted.
    pub removed: usize,
    /// Files not indexed, with the reason.
    pub skipped: Vec<SkippedFile>,
    /// Records written this run.
    pub records_written: usize,
    /// Records deleted this run (of changed and removed files).
    pub records_deleted: usize,
    /// Records in the index after the run.
    pub records_total: u64,
    /// Bytes of the files parsed this run.
    pub bytes_indexed: u64,
    /// Wall-clock time of the run, in seconds.
    pub seconds: f64,
    /// `bytes_indexed` per second, in MB (10^6 bytes).
    pub mb_per_s: f64,
    /// `records_written` per second.
    pub records_per_s: f64,
    /// Whether the whole index was rebuilt, and why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rebuilt: Option<String>,
    /// Whether the run committed (false when there was nothing to do).
    pub committed: bool,
    /// Where the time went.
    pub timings: Timings,
}

/// Seconds spent in each phase of an index run.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Timings {
    /// Walking the folders.
    pub walk: f64,
    /// Comparing with the manifest: stat, and hashing files whose size or mtime changed.
    pub plan: f64,
    /// Parsing and handing records to the writer's threads.
    pub parse_and_write: f64,
    /// Flushing segments, writing the manifest, committing.
    pub commit: f64,
    /// Waiting for background segment merges.
    pub merge: f64,
}

/// What [`Index::apply`] did.
#[derive(Debug, Default)]
struct Applied {
    written: usize,
    deleted: usize,
    bytes: u64,
    added: usize,
    changed: usize,
}

/// One article file that needs a look beyond size and mtime.
struct Candidate {
    key: String,
    path: PathBuf,
    size: u64,
    mtime_ns: u64,
    old: Option<FileEntry>,
}

/// The result of hashing a candidate.
enum Checked {
    Same {
        key: String,
        entry: FileEntry,
    },
    Parse {
        path: PathBuf,
        entry: FileEntry,
        is_new: bool,
    },
    Unreadable {
        key: String,
        reason: String,
    },
}

/// The work a run has to do, worked out without the write lock.
struct Plan {
    manifest: Manifest,
    rebuilt: Option<String>,
    to_parse: Vec<(PathBuf, FileEntry, bool)>,
    removed: Vec<String>,
    touched_entries: Vec<(String, FileEntry)>,
    touched: usize,
    unchanged: usize,
    skipped: Vec<SkippedFile>,
    files_seen: usize,
    payload: Option<String>,
}

impl Plan {
    fn is_empty(&self) -> bool {
        self.rebuilt.is_none()
            && self.to_parse.is_empty()
            && self.removed.is_empty()
            && self.touched_entries.is_empty()
    }
}

impl Index {
    /// Brings the index in line with the article files under `roots`: parses new and changed
    /// files in parallel, deletes the records of changed and vanished files, and commits once
    /// with the new manifest. The index mirrors `roots`: files indexed from other roots before
    /// are removed. `progress` is called as files are parsed.
    ///
    /// Fails with [`Error::Locked`] when another process is writing the index, and with
    /// [`Error::Io`] (changing nothing) when a root cannot be read.
    pub fn sync(
        &self,
        roots: &[PathBuf],
        opts: &IndexOptions,
        progress: &mut dyn FnMut(&Progress),
    ) -> Result<SyncSummary> {
        // A root that cannot be read would look like a folder emptied: refuse, remove nothing.
        for root in roots {
            std::fs::metadata(root).map_err(|e| Error::io(root, e))?;
        }
        let t0 = Instant::now();
        let mut timings = Timings::default();
        let seen = walk(
            roots,
            &WalkOptions {
                exclude: vec![self.path.clone()],
            },
        );
        // Plan under a probe of the write lock: a run while another writes fails clearly
        // instead of reporting a state that is about to change.
        timings.walk = t0.elapsed().as_secs_f64();
        let probe = self.probe_lock()?;
        let mut plan = self.plan(&seen, opts)?;
        timings.plan = t0.elapsed().as_secs_f64() - timings.walk;
        if plan.is_empty() {
            drop(probe);
            return Ok(self.summary(plan, t0, None, timings));
        }
        drop(probe);
        let mut writer = self.writer_after_probe(opts)?;
        // Another run may have committed between the probe and the writer: plan again if so.
        if self.payload()? != plan.payload {
            plan = self.plan(&seen, opts)?;
        }
        let applied = self.apply(&mut writer, &mut plan, progress, &mut timings)?;
        let t = Instant::now();
        writer.finish()?;
        timings.merge = t.elapsed().as_secs_f64();
        Ok(self.summary(plan, t0, Some(applied), timings))
    }

    /// The writer, right after this run held the lock as a probe. A process forked by another
    /// thread of ours between the probe and its release can keep the probe's lock alive until
    /// it execs (a lock belongs to the open file, which the fork shares), so a busy lock is
    /// retried for a moment before it counts as another writer.
    fn writer_after_probe(&self, opts: &IndexOptions) -> Result<super::Writer<'_>> {
        self.writer(opts)
    }

    /// The write lock, held while planning (retried like the writer: the lock of this
    /// process's previous run may still be alive in such a child).
    fn probe_lock(&self) -> Result<tantivy::directory::DirectoryLock> {
        let lock = Lock {
            filepath: INDEX_WRITER_LOCK.filepath.clone(),
            is_blocking: false,
        };
        retry_locked(|| {
            self.index
                .directory()
                .acquire_lock(&lock)
                .map_err(|e| tantivy_error(&self.path, e.into()))
        })
    }

    fn payload(&self) -> Result<Option<String>> {
        Ok(self
            .index
            .load_metas()
            .map_err(|e| tantivy_error(&self.path, e))?
            .payload)
    }

    fn plan(&self, seen: &[Seen], opts: &IndexOptions) -> Result<Plan> {
        let payload = self.payload()?;
        let (old, mut rebuilt) = match manifest::load(&self.path, payload.as_deref()) {
            Loaded::Fresh => (Manifest::default(), None),
            // Records of unchanged files are only as good as the pipeline that wrote them.
            Loaded::Current(m) if m.pipeline != manifest::PIPELINE => (
                m,
                Some(
                    "the index was built by another version of whosaid's parsing and \
                     extraction; every file is parsed again"
                        .into(),
                ),
            ),
            Loaded::Current(m) => (m, None),
            Loaded::Unusable(why) => (Manifest::default(), Some(why)),
        };
        if opts.rebuild {
            rebuilt = Some("--rebuild asked for".into());
        }
        let old = if rebuilt.is_some() {
            Manifest::default()
        } else {
            old
        };
        let mut skipped = Vec::new();
        let mut candidates = Vec::new();
        let mut present = HashSet::new();
        let mut keys = HashSet::new();
        let mut duplicates = 0;
        let mut unchanged = 0;
        for s in seen {
            match s {
                Seen::Skipped { path, reason } => skipped.push(SkippedFile {
                    path: path.to_string_lossy().into_owned(),
                    reason: reason.clone(),
                }),
                Seen::Article(path) => {
                    let key = path.to_string_lossy().into_owned();
                    if !keys.insert(key.clone()) {
                        duplicates += 1; // seen under two overlapping roots
                        continue;
                    }
                    let old_entry = old.files.get(&key);
                    match manifest::stat(path) {
                        Err(e) => skipped.push(SkippedFile {
                            path: key,
                            reason: e.to_string(),
                        }),
                        Ok((size, mtime_ns)) => {
                            present.insert(key.clone());
                            match old_entry {
                                Some(e) if e.size == size && e.mtime_ns == mtime_ns => {
                                    match &e.skipped {
                                        Some(reason) => skipped.push(SkippedFile {
                                            path: key,
                                            reason: reason.clone(),
                                        }),
                                        None => unchanged += 1,
                                    }
                                }
                                _ => candidates.push(Candidate {
                                    key,
                                    path: path.clone(),
                                    size,
                                    mtime_ns,
                                    old: old_entry.cloned(),
                                }),
                            }
                        }
                    }
                }
            }
        }
        // Hash the candidates in parallel: changed size or mtime is only a hint.
        let checked: Vec<Checked> = candidates.into_par_iter().map(check).collect();
        let mut to_parse = Vec::new();
        let mut touched = Vec::new();
        for c in checked {
            match c {
                Checked::Same { key, entry } => {
                    if let Some(reason) = &entry.skipped {
                        skipped.push(SkippedFile {
                            path: key.clone(),
                            reason: reason.clone(),
                        });
                    } else {
                        unchanged += 1;
                    }
                    touched.push((key, entry));
                }
                Checked::Parse {
                    path,
                    entry,
                    is_new,
                } => to_parse.push((path, entry, is_new)),
                Checked::Unreadable { key, reason } => {
                    present.remove(&key);
                    skipped.push(SkippedFile { path: key, reason });
                }
            }
        }
        let removed = old
            .files
            .keys()
            .filter(|k| !present.contains(*k))
            .cloned()
            .collect();
        Ok(Plan {
            manifest: old,
            rebuilt,
            to_parse,
            removed,
            touched: touched.len(),
            touched_entries: touched,
            unchanged,
            skipped,
            files_seen: seen.len() - duplicates,
            payload,
        })
    }

    /// Writes the plan: deletions, parsed records, the manifest, one commit.
    fn apply(
        &self,
        writer: &mut super::Writer<'_>,
        plan: &mut Plan,
        progress: &mut dyn FnMut(&Progress),
        timings: &mut Timings,
    ) -> Result<Applied> {
        let t = Instant::now();
        let w = writer.inner_mut();
        if plan.rebuilt.is_some() {
            w.delete_all_documents()
                .map_err(|e| tantivy_error(&self.path, e))?;
        }
        let mut deleted = 0;
        for key in &plan.removed {
            w.delete_term(super::schema::path_term(&self.fields, key));
            deleted += plan.manifest.files.remove(key).map_or(0, |e| e.records);
        }
        for (key, entry) in plan.touched_entries.drain(..) {
            plan.manifest.files.insert(key, entry);
        }
        let mut entries: BTreeMap<String, (FileEntry, bool)> = BTreeMap::new();
        let mut seen = Vec::with_capacity(plan.to_parse.len());
        let mut prog = Progress {
            files_total: plan.to_parse.len(),
            ..Progress::default()
        };
        for (path, entry, is_new) in plan.to_parse.drain(..) {
            let key = path.to_string_lossy().into_owned();
            if let Some(old) = plan.manifest.files.get(&key) {
                w.delete_term(super::schema::path_term(&self.fields, &key));
                deleted += old.records;
            }
            prog.bytes_total += entry.size;
            entries.insert(key, (entry, is_new));
            seen.push(Seen::Article(path));
        }
        progress(&prog);
        let (mut written, mut added, mut changed) = (0, 0, 0);
        let mut failure: Option<Error> = None;
        let fields = self.fields;
        let w = &*w;
        let result = parse_many(seen, default_extractor(), |outcome| {
            let (key, records, hash) = match outcome {
                Outcome::Parsed(article) => {
                    let ops: Vec<_> = article
                        .records
                        .iter()
                        .map(|r| {
                            tantivy::indexer::UserOperation::Add(super::schema::document(
                                &fields, r,
                            ))
                        })
                        .collect();
                    let n = ops.len();
                    if n > 0
                        && let Err(e) = w.run(ops)
                    {
                        failure = Some(tantivy_error(&self.path, e));
                        return Err(std::io::Error::other("indexing failed"));
                    }
                    (article.path, Ok(n), Some(article.content_hash))
                }
                Outcome::Skipped { path, reason } => (path, Err(reason), None),
            };
            if let Some((mut entry, is_new)) = entries.remove(&key) {
                prog.files_done += 1;
                prog.bytes_done += entry.size;
                // New files are hashed as they are parsed (or, when skipped, read again here).
                if entry.hash.is_empty() {
                    let read = || std::fs::read(&key).ok().map(|b| manifest::hash(&b));
                    match hash.map(manifest::hex).or_else(read) {
                        Some(h) => entry.hash = h,
                        // Unreadable (no permission …): reported, and kept out of the manifest
                        // so that the next run tries it again.
                        None => {
                            if let Err(reason) = records {
                                plan.skipped.push(SkippedFile { path: key, reason });
                            }
                            progress(&prog);
                            return Ok(());
                        }
                    }
                }
                match records {
                    Ok(n) => {
                        entry.records = n;
                        written += n;
                        if is_new {
                            added += 1;
                        } else {
                            changed += 1;
                        }
                    }
                    Err(reason) => {
                        plan.skipped.push(SkippedFile {
                            path: key.clone(),
                            reason: reason.clone(),
                        });
                        entry.skipped = Some(reason);
                    }
                }
                plan.manifest.files.insert(key, entry);
            }
            progress(&prog);
            Ok(())
        });
        if let Some(e) = failure {
            return Err(e);
        }
        result.map_err(|e| Error::io(&self.path, e))?;
        // Files that vanished between the walk and the parse.
        for (key, _) in entries {
            plan.skipped.push(SkippedFile {
                path: key,
                reason: "disappeared during the run".into(),
            });
        }
        timings.parse_and_write = t.elapsed().as_secs_f64();
        let t = Instant::now();
        plan.manifest.format = manifest::FORMAT;
        plan.manifest.pipeline = manifest::PIPELINE.to_owned();
        let payload = manifest::save(&self.path, &plan.manifest)?;
        let w = writer.inner_mut();
        let mut prepared = w
            .prepare_commit()
            .map_err(|e| tantivy_error(&self.path, e))?;
        prepared.set_payload(&payload);
        prepared
            .commit()
            .map_err(|e| tantivy_error(&self.path, e))?;
        manifest::remove_stale(&self.path, &payload);
        timings.commit = t.elapsed().as_secs_f64();
        Ok(Applied {
            written,
            deleted,
            bytes: prog.bytes_done,
            added,
            changed,
        })
    }

    fn summary(
        &self,
        plan: Plan,
        t0: Instant,
        done: Option<Applied>,
        timings: Timings,
    ) -> SyncSummary {
        let committed = done.is_some();
        let Applied {
            written,
            deleted,
            bytes,
            added,
            changed,
        } = done.unwrap_or_default();
        let seconds = t0.elapsed().as_secs_f64();
        let mut s = SyncSummary {
            index: self.path.clone(),
            files_seen: plan.files_seen,
            unchanged: plan.unchanged,
            indexed: added + changed,
            added,
            changed,
            touched: plan.touched,
            removed: plan.removed.len(),
            records_written: written,
            records_deleted: deleted,
            records_total: self.num_records().unwrap_or(0),
            bytes_indexed: bytes,
            seconds,
            mb_per_s: if seconds > 0.0 {
                bytes as f64 / 1e6 / seconds
            } else {
                0.0
            },
            records_per_s: if seconds > 0.0 {
                written as f64 / seconds
            } else {
                0.0
            },
            rebuilt: plan.rebuilt,
            committed,
            timings,
            ..SyncSummary::default()
        };
        s.skipped = plan.skipped;
        s
    }
}

/// Reads and hashes a candidate to tell a real change from a touched timestamp. A new file is
/// not read here: it is parsed anyway, and hashed as it is parsed.
fn check(c: Candidate) -> Checked {
    if c.old.is_none() {
        return Checked::Parse {
            path: c.path,
            entry: FileEntry {
                size: c.size,
                mtime_ns: c.mtime_ns,
                hash: String::new(),
                records: 0,
                skipped: None,
            },
            is_new: true,
        };
    }
    let bytes = match std::fs::read(&c.path) {
        Ok(b) => b,
        Err(e) => {
            return Checked::Unreadable {
                key: c.key,
                reason: e.to_string(),
            };
        }
    };
    let hash = manifest::hash(&bytes);
    let mut entry = FileEntry {
        size: bytes.len() as u64,
        mtime_ns: c.mtime_ns,
        hash,
        records: 0,
        skipped: None,
    };
    match c.old {
        Some(old) if old.hash == entry.hash => {
            entry.records = old.records;
            entry.skipped = old.skipped;
            Checked::Same { key: c.key, entry }
        }
        old => Checked::Parse {
            path: c.path,
            entry,
            is_new: old.is_none(),
        },
    }
}

/// `f`, tried again for up to a second while the write lock is busy: a lock of ours may live
/// on for a moment in a child another thread forked and has not yet exec'd (longer on a loaded
/// machine: 200 ms was once too short under a parallel test run). Another process's writer
/// holds it longer and is still reported as [`Error::Locked`].
pub(super) fn retry_locked<T>(mut f: impl FnMut() -> Result<T>) -> Result<T> {
    let mut tries = 0;
    loop {
        match f() {
            Err(Error::Locked(_)) if tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}
