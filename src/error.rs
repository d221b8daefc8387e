//! The library's error type.

use std::path::PathBuf;

/// Everything that can go wrong in the library, each naming the file or index involved.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A file was seen but is not an article (binary, empty, metadata…).
    #[error("{path}: skipped: {reason}")]
    Skipped {
        /// The file.
        path: PathBuf,
        /// Why it is not an article.
        reason: String,
    },
    /// The search index could not be opened, read or written.
    #[error("index {path}: {message}")]
    Index {
        /// The index folder.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// Another process holds the index's write lock.
    #[error("index {0} is being written by another process; try again when it has finished")]
    Locked(PathBuf),
    /// A search query could not be parsed.
    #[error("bad query: {0}")]
    Query(String),
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
