//! One article through the pipeline: bytes → [`crate::decode`] →
//! [`crate::split`] → [`crate::extract`] → paragraph [`Record`]s.

use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use crate::decode::{self, NotText};
use crate::error::{Error, Result};
use crate::extract::{self, Extractor};
use crate::split::{self, DocMeta, Kind, Layout};

/// What every record of one article shares: its metadata and how it was read.
#[derive(Debug, Clone, Serialize)]
pub struct DocInfo {
    /// Title, summary, authors, contributors, dateline, photo credits.
    #[serde(flatten)]
    pub meta: DocMeta,
    /// The layout recognised.
    pub layout: Layout,
    /// The encoding the file was decoded from.
    pub encoding: &'static str,
}

/// One paragraph of an article with everything known about it: the unit that is indexed and
/// returned by searches.
#[derive(Debug, Clone, Serialize)]
pub struct Record {
    /// The file's path, exactly as it was given.
    pub path: String,
    /// The paragraph's number in the article, from 0.
    pub paragraph: usize,
    /// What the paragraph is.
    pub kind: Kind,
    /// Byte offset of the paragraph in the original file.
    pub start: usize,
    /// Byte offset just past the paragraph in the original file.
    pub end: usize,
    /// The clean text.
    pub text: String,
    /// Who is speaking: full canonical names of people and organisations.
    pub speakers: Vec<String>,
    /// Places named, canonical.
    pub locations: Vec<String>,
    /// The quoted passages.
    pub quotes: Vec<String>,
    /// The article's metadata.
    pub doc: Arc<DocInfo>,
}

/// A parsed article: its records and any warning worth reporting.
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as given.
    pub path: String,
    /// Shared metadata.
    pub doc: Arc<DocInfo>,
    /// One record per paragraph, in order.
    pub records: Vec<Record>,
    /// Warnings (such as a fallback decoding) that did not stop parsing.
    pub warnings: Vec<String>,
    /// 128-bit xxh3 hash of the bytes parsed, so that an index records exactly what it read.
    pub content_hash: u128,
}

impl Article {
    /// Parses an article from its bytes. `path` is kept as given in every record.
    ///
    /// Fails only when the bytes are not text at all (binary or empty), with the reason.
    pub fn from_bytes(path: &str, bytes: &[u8], extractor: &Extractor) -> Result<Article> {
        let decoded = decode::decode(bytes).map_err(|e: NotText| Error::Skipped {
            path: path.into(),
            reason: e.to_string(),
        })?;
        let split = split::split(&decoded.text);
        let found = extractor.extract(&split);
        let doc = Arc::new(DocInfo {
            meta: split.meta,
            layout: split.layout,
            encoding: decoded.encoding,
        });
        let records = split
            .paragraphs
            .into_iter()
            .zip(found)
            .enumerate()
            .map(|(i, (p, x))| Record {
                path: path.to_owned(),
                paragraph: i,
                kind: p.kind,
                start: decoded.file_offset(p.start),
                end: decoded.file_offset(p.end),
                text: p.text,
                speakers: x.speakers,
                locations: x.locations,
                quotes: x.quotes,
                doc: Arc::clone(&doc),
            })
            .collect();
        Ok(Article {
            path: path.to_owned(),
            doc,
            records,
            warnings: decoded.warning.into_iter().collect(),
            content_hash: xxhash_rust::xxh3::xxh3_128(bytes),
        })
    }

    /// Reads and parses an article file.
    pub fn from_file(path: &Path, extractor: &Extractor) -> Result<Article> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Self::from_bytes(&path.to_string_lossy(), &bytes, extractor)
    }
}

/// Parses an article's text with the default extractor (a shortcut for tests and examples).
pub fn parse_str(path: &str, text: &str) -> Article {
    Article::from_bytes(path, text.as_bytes(), extract::default_extractor()).unwrap_or_else(|_| {
        Article {
            path: path.to_owned(),
            doc: Arc::new(DocInfo {
                meta: DocMeta::default(),
                layout: Layout::BlankLines,
                encoding: "UTF-8",
            }),
            records: Vec::new(),
            warnings: Vec::new(),
            content_hash: xxhash_rust::xxh3::xxh3_128(text.as_bytes()),
        }
    })
}

/// What became of one file seen by the walk.
#[derive(Debug)]
pub enum Outcome {
    /// Parsed into records.
    Parsed(Article),
    /// Not parsed, and why.
    Skipped {
        /// The path as given.
        path: String,
        /// Why it was skipped.
        reason: String,
    },
}

/// Parses what a walk saw, in parallel, handing each outcome to `each` in walk order.
///
/// Files are parsed in chunks so that memory stays bounded whatever the number of files.
pub fn parse_many(
    seen: Vec<crate::walk::Seen>,
    extractor: &Extractor,
    mut each: impl FnMut(Outcome) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    const CHUNK: usize = 512;
    let parse = |chunk: &[crate::walk::Seen]| -> Vec<Outcome> {
        chunk
            .par_iter()
            .map(|s| match s {
                crate::walk::Seen::Article(p) => guarded(p, || Article::from_file(p, extractor)),
                crate::walk::Seen::Skipped { path, reason } => Outcome::Skipped {
                    path: path.to_string_lossy().into_owned(),
                    reason: reason.clone(),
                },
            })
            .collect()
    };
    // While `each` takes one chunk's outcomes, the next chunk is parsed: the cores never wait
    // for the consumer. At most two chunks are held at once.
    let mut chunks = seen.chunks(CHUNK);
    let mut ready = chunks.next().map(parse);
    while let Some(outcomes) = ready.take() {
        let next = chunks.next();
        let fed = std::thread::scope(|scope| {
            let parsing = next.map(|c| scope.spawn(move || parse(c)));
            let fed = outcomes.into_iter().try_for_each(&mut each);
            // A parse that panicked is re-raised here.
            ready = parsing.map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
            fed
        });
        fed?;
    }
    Ok(())
}

/// The outcome of `parse` on the file at `path`. A bug in a rule must cost one file, not the
/// whole run: a panic becomes a skip with the panic's message.
fn guarded(path: &Path, parse: impl FnOnce() -> Result<Article>) -> Outcome {
    let skipped = |reason| Outcome::Skipped {
        path: path.to_string_lossy().into_owned(),
        reason,
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(parse)) {
        Ok(Ok(a)) => Outcome::Parsed(a),
        Ok(Err(e)) => skipped(skip_reason(e)),
        Err(panic) => skipped(format!(
            "internal error while parsing (please report it): {}",
            panic_message(&*panic)
        )),
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> &str {
    panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic")
}

fn skip_reason(e: Error) -> String {
    match e {
        Error::Skipped { reason, .. } => reason,
        Error::Io { source, .. } => source.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_parsing_skips_that_file_only() {
        let path = Path::new("news/odd.txt");
        let out = guarded(path, || panic!("rule {} broke", 7));
        match out {
            Outcome::Skipped { path, reason } => {
                assert_eq!(path, "news/odd.txt");
                assert!(reason.contains("internal error") && reason.contains("rule 7 broke"));
            }
            Outcome::Parsed(_) => panic!("a panic parsed"),
        }
        let ok = guarded(path, || {
            Ok(parse_str("news/odd.txt", "Title\n\nBody text.\n"))
        });
        assert!(matches!(ok, Outcome::Parsed(a) if a.records.len() == 2));
    }
}
