//! Index stage: paragraph [`Record`](crate::Record)s → a Tantivy index kept in sync with a folder.
//!
//! [`Index::sync`] walks a folder, re-parses only the files that are new or changed (size and
//! mtime as the fast check, an xxh3 content hash to confirm), deletes the records of files that
//! changed or disappeared and commits once, with the [`manifest`] of indexed files named in the
//! commit payload, so the index on disk is always one complete earlier or later state. A run that
//! finds nothing to do opens no writer and commits nothing. An index whose manifest was written
//! by another version of the parsing pipeline ([`manifest::PIPELINE`]) is rebuilt whole.
//!
//! The default index is the folder [`DEFAULT_DIR`] (`.whosaid`) in the current directory; it is
//! left out of the walk. One writer at a time: a second gets [`Error::Locked`]; searches never
//! take the writer lock and keep working during an index run.
//!
//! ```
//! use whosaid::index::{Index, IndexOptions};
//! use whosaid::search::{SearchOptions};
//!
//! let dir = tempfile::tempdir().unwrap();
//! std::fs::write(dir.path().join("a.txt"), "Ferries back\n\nThe ferries run again.\n").unwrap();
//! let index = Index::open_or_create(&dir.path().join("idx"), false).unwrap();
//! let summary = index
//!     .sync(&[dir.path().to_path_buf()], &IndexOptions::default(), &mut |_| {})
//!     .unwrap();
//! assert_eq!(summary.indexed, 1);
//! let hits = index.search(&SearchOptions::new("ferry")).unwrap();
//! assert_eq!(hits.total, 2);
//! ```

pub mod manifest;
pub mod names;
pub mod schema;
pub mod stem;
mod sync;
pub mod words;

use std::path::{Path, PathBuf};

use tantivy::Directory;
use tantivy::directory::error::LockError;
use tantivy::{IndexReader, ReloadPolicy, TantivyDocument, TantivyError};

use crate::article::Article;
use crate::error::{Error, Result};
pub use schema::Fields;
pub use sync::{IndexOptions, Progress, SkippedFile, SyncSummary, Timings};

/// The default index folder, relative to the current directory.
pub const DEFAULT_DIR: &str = ".whosaid";

/// A whosaid index on disk.
pub struct Index {
    path: PathBuf,
    index: tantivy::Index,
    fields: Fields,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index").field("path", &self.path).finish()
    }
}

/// Converts a Tantivy error about the index at `path` into the library's error.
pub(crate) fn tantivy_error(path: &Path, e: TantivyError) -> Error {
    match e {
        TantivyError::LockFailure(LockError::LockBusy, _) => Error::Locked(path.to_path_buf()),
        other => Error::Index {
            path: path.to_path_buf(),
            message: other.to_string(),
        },
    }
}

fn index_error(path: &Path, message: impl Into<String>) -> Error {
    Error::Index {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

impl Index {
    /// Opens an existing index for searching (or writing).
    pub fn open(path: &Path) -> Result<Index> {
        if !path.join("meta.json").is_file() {
            return Err(index_error(
                path,
                "no index here; build one with `whosaid index DIR` (or give --index PATH)",
            ));
        }
        let index = tantivy::Index::open_in_dir(path).map_err(|e| tantivy_error(path, e))?;
        let fields = schema::fields_of(&index.schema()).ok_or_else(|| {
            index_error(
                path,
                "not a whosaid index, or one built by an incompatible version; \
                 rebuild it with `whosaid index --rebuild DIR`",
            )
        })?;
        schema::register_analyzers(&index);
        Ok(Index {
            path: path.to_path_buf(),
            index,
            fields,
        })
    }

    /// Opens the index at `path`, creating it (and its folder) when there is none.
    ///
    /// With `rebuild`, an existing Tantivy index whose schema is not whosaid's is removed and
    /// created anew (its records are rebuilt by the next [`sync`](Index::sync) anyway). A folder
    /// that holds other files but no index is never touched.
    pub fn open_or_create(path: &Path, rebuild: bool) -> Result<Index> {
        if path.join("meta.json").is_file() {
            match Index::open(path) {
                Err(Error::Index { .. }) if rebuild => {
                    // Not one of ours (or an old schema): only remove it when no writer is on it.
                    let probe =
                        tantivy::Index::open_in_dir(path).map_err(|e| tantivy_error(path, e))?;
                    let lock = probe
                        .directory()
                        .acquire_lock(&tantivy::directory::INDEX_WRITER_LOCK)
                        .map_err(|e| tantivy_error(path, e.into()))?;
                    drop(lock);
                    drop(probe);
                    std::fs::remove_dir_all(path).map_err(|e| Error::io(path, e))?;
                }
                other => return other,
            }
        } else if path.exists() {
            let non_empty = std::fs::read_dir(path)
                .map_err(|e| Error::io(path, e))?
                .next()
                .is_some();
            if non_empty {
                return Err(index_error(
                    path,
                    "the folder exists, is not empty and holds no index; choose another --index",
                ));
            }
        }
        std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
        let (schema, fields) = schema::build();
        let index =
            tantivy::Index::create_in_dir(path, schema).map_err(|e| tantivy_error(path, e))?;
        schema::register_analyzers(&index);
        Ok(Index {
            path: path.to_path_buf(),
            index,
            fields,
        })
    }

    /// The index folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema's fields.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// The underlying Tantivy index.
    pub fn tantivy(&self) -> &tantivy::Index {
        &self.index
    }

    /// A reader on the index's latest commit. Readers never take the writer lock.
    pub fn reader(&self) -> Result<IndexReader> {
        self.index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| tantivy_error(&self.path, e))
    }

    /// Number of records in the latest commit.
    pub fn num_records(&self) -> Result<u64> {
        Ok(self.reader()?.searcher().num_docs())
    }

    /// Total size in bytes of the files in the index folder.
    pub fn size_on_disk(&self) -> u64 {
        std::fs::read_dir(&self.path)
            .map(|rd| {
                rd.flatten()
                    .filter_map(|e| e.metadata().ok())
                    .filter(|m| m.is_file())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    }

    /// Takes the index's write lock and returns a writer for adding ready-made articles.
    ///
    /// Fails with [`Error::Locked`] when another writer holds the lock. Articles added this way
    /// are not in the [`manifest`], so [`sync`](Index::sync) neither skips nor removes them.
    pub fn writer(&self, opts: &IndexOptions) -> Result<Writer<'_>> {
        // (retried for a moment: this process's own last lock may live on in a child that
        // another thread forked and has not yet exec'd, see `sync::retry_locked`)
        let inner = sync::retry_locked(|| {
            self.index
                .writer_with_num_threads(
                    opts.num_threads(),
                    opts.heap_bytes.max(15_000_000 * opts.num_threads()),
                )
                .map_err(|e| tantivy_error(&self.path, e))
        })?;
        Ok(Writer { index: self, inner })
    }
}

/// Writes records into an [`Index`]; holds the write lock until dropped.
pub struct Writer<'a> {
    index: &'a Index,
    inner: tantivy::IndexWriter<TantivyDocument>,
}

impl std::fmt::Debug for Writer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Writer")
            .field("index", &self.index.path)
            .finish()
    }
}

impl Writer<'_> {
    /// Adds every record of an article, as one batch (so they land in one segment). Returns the
    /// number of records added. Nothing is visible to searches before [`commit`](Writer::commit).
    pub fn add_article(&self, article: &Article) -> Result<usize> {
        let f = &self.index.fields;
        let ops: Vec<_> = article
            .records
            .iter()
            .map(|r| tantivy::indexer::UserOperation::Add(schema::document(f, r)))
            .collect();
        let n = ops.len();
        if n > 0 {
            self.inner
                .run(ops)
                .map_err(|e| tantivy_error(&self.index.path, e))?;
        }
        Ok(n)
    }

    /// Deletes every record of the file at `path` (as given when it was indexed).
    pub fn remove_file(&self, path: &str) {
        self.inner
            .delete_term(schema::path_term(&self.index.fields, path));
    }

    /// Commits what was added and removed, and waits for background merges to end.
    pub fn commit(mut self) -> Result<()> {
        let path = &self.index.path;
        self.inner.commit().map_err(|e| tantivy_error(path, e))?;
        self.finish()
    }

    /// Waits for background merges to end and releases the lock, committing nothing more.
    pub fn finish(self) -> Result<()> {
        self.inner
            .wait_merging_threads()
            .map_err(|e| tantivy_error(&self.index.path, e))
    }

    pub(crate) fn inner_mut(&mut self) -> &mut tantivy::IndexWriter<TantivyDocument> {
        &mut self.inner
    }
}
