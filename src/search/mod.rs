//! Search stage: a query in Tantivy's query language, plus speaker, place and kind filters →
//! ranked paragraphs with highlighted snippets ([`Searcher::search`]), or the most frequent
//! speakers and places among the matching paragraphs ([`Searcher::count`]).
//!
//! The query language is Tantivy's: words (all required by default), `"phrases"`, `AND`, `OR`,
//! `NOT` / `-word`, `+word`, `(groups)`, `field:value` with the fields of
//! [`Fields`] (`text`, `title`, `summary`, `quote`, `speaker`, `location`,
//! `author`, `dateline`, `kind`, `path`, `paragraph`), `word^2` boosts, `paragraph:[0 TO 3]`
//! ranges and `*` for everything. Words without a field look in the paragraph's text, quotes,
//! speakers and places; `title:`, `summary:`, `author:` and `dateline:` match every paragraph of
//! the articles they fit. Ranking is BM25.
//!
//! Filters ([`Filters`]) match names case- and accent-insensitively, by full name or by surname:
//! `--speaker kerry` finds `John Kerry`; see [`names`](crate::index::names).

mod counts;
mod query;

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::Query;
use tantivy::schema::Value;
use tantivy::snippet::SnippetGenerator;
use tantivy::{IndexReader, TantivyDocument};

pub use counts::{CountOptions, Counts, Facet, ValueCount};

use crate::error::Result;
use crate::index::{Fields, Index, tantivy_error};
use crate::split::Kind;

/// Filters applied on top of the query. All given filters must hold.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Filters {
    /// Only paragraphs where this speaker speaks (full name or surname, any case or accents).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Only paragraphs naming this place (any case or accents).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Only paragraphs of one of these kinds (any when empty).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<Kind>,
}

/// A search.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// The query, in Tantivy's query language; empty or `*` matches every paragraph.
    pub query: String,
    /// Filters.
    pub filters: Filters,
    /// Hits to return.
    pub limit: usize,
    /// Hits to skip first (for paging).
    pub offset: usize,
    /// Longest snippet, in characters.
    pub snippet_chars: usize,
}

impl SearchOptions {
    /// A search for `query` with no filters, the first 10 hits and 200-character snippets.
    pub fn new(query: &str) -> Self {
        SearchOptions {
            query: query.to_owned(),
            filters: Filters::default(),
            limit: 10,
            offset: 0,
            snippet_chars: 200,
        }
    }
}

/// A byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// Byte just past the end.
    pub end: usize,
}

/// The best passage of a hit's text, with the matched words marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// The passage, plain text.
    pub text: String,
    /// Where the passage lies in the paragraph text (bytes).
    pub start: usize,
    /// Where the passage ends in the paragraph text (bytes).
    pub end: usize,
    /// The matched words, as byte ranges of `text`, in order and not overlapping.
    pub highlights: Vec<Span>,
}

/// One matching paragraph.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// 1 for the best hit (counting from the first hit, before `offset`).
    pub rank: usize,
    /// BM25 score.
    pub score: f32,
    /// Record id: the document id (hex) and paragraph number, `doc:paragraph`.
    pub id: String,
    /// The file, as given when indexed.
    pub path: String,
    /// The paragraph's number in its article, from 0.
    pub paragraph: u64,
    /// The paragraph kind.
    pub kind: String,
    /// Byte offset of the paragraph in the file.
    pub start: u64,
    /// Byte offset just past the paragraph.
    pub end: u64,
    /// The article's title.
    pub title: Option<String>,
    /// Who speaks.
    pub speakers: Vec<String>,
    /// The places named.
    pub locations: Vec<String>,
    /// The quoted passages.
    pub quotes: Vec<String>,
    /// The paragraph's full text.
    pub text: String,
    /// The best passage, highlighted.
    pub snippet: Snippet,
}

/// The answer to a search.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// The query as given.
    pub query: String,
    /// The filters applied.
    pub filters: Filters,
    /// Paragraphs matching the query and filters.
    pub total: usize,
    /// Hits skipped.
    pub offset: usize,
    /// Hits asked for.
    pub limit: usize,
    /// The hits, best first.
    pub hits: Vec<Hit>,
}

/// Runs searches on the latest commit of an index (one snapshot for its lifetime).
pub struct Searcher {
    fields: Fields,
    reader: IndexReader,
    parser: tantivy::query::QueryParser,
    path: std::path::PathBuf,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Searcher")
            .field("index", &self.path)
            .finish()
    }
}

impl Index {
    /// A searcher on the index's latest commit.
    pub fn searcher(&self) -> Result<Searcher> {
        Ok(Searcher {
            fields: *self.fields(),
            reader: self.reader()?,
            parser: query::parser(self),
            path: self.path().to_path_buf(),
        })
    }

    /// Runs one search (see [`Searcher::search`]).
    pub fn search(&self, opts: &SearchOptions) -> Result<SearchResults> {
        self.searcher()?.search(opts)
    }
}

impl Searcher {
    /// The query with the filters applied, and the user's query alone (for snippets).
    fn build(&self, query: &str, filters: &Filters) -> Result<(Box<dyn Query>, Box<dyn Query>)> {
        let user = query::parse(&self.parser, query)?;
        let full = query::with_filters(&self.fields, user.box_clone(), filters)?;
        Ok((full, user))
    }

    /// Runs a search: the `limit` best paragraphs after `offset`, and the total count.
    pub fn search(&self, opts: &SearchOptions) -> Result<SearchResults> {
        let (full, user) = self.build(&opts.query, &opts.filters)?;
        let searcher = self.reader.searcher();
        let err = |e| tantivy_error(&self.path, e);
        let (top, total) = if opts.limit == 0 {
            (Vec::new(), searcher.search(&full, &Count).map_err(err)?)
        } else {
            let top = TopDocs::with_limit(opts.limit)
                .and_offset(opts.offset)
                .order_by_score();
            searcher.search(&full, &(top, Count)).map_err(err)?
        };
        let mut snippets = SnippetGenerator::create(&searcher, &*user, self.fields.text)
            .map_err(|e| tantivy_error(&self.path, e))?;
        snippets.set_max_num_chars(opts.snippet_chars.max(20));
        let f = &self.fields;
        let mut hits = Vec::with_capacity(top.len());
        for (i, (score, addr)) in top.into_iter().enumerate() {
            let d: TantivyDocument = searcher
                .doc(addr)
                .map_err(|e| tantivy_error(&self.path, e))?;
            let s = |field| {
                d.get_first(field)
                    .and_then(|v| v.as_str().map(str::to_owned))
            };
            let u = |field| d.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0);
            let all = |field| {
                d.get_all(field)
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect::<Vec<_>>()
            };
            let text = s(f.text).unwrap_or_default();
            let snippet = make_snippet(&snippets, &text, opts.snippet_chars.max(20));
            let paragraph = u(f.paragraph);
            hits.push(Hit {
                rank: opts.offset + i + 1,
                score,
                id: format!("{:016x}:{paragraph}", u(f.doc)),
                path: s(f.path).unwrap_or_default(),
                paragraph,
                kind: s(f.kind).unwrap_or_default(),
                start: u(f.start),
                end: u(f.end),
                title: s(f.title),
                speakers: all(f.speaker),
                locations: all(f.location),
                quotes: all(f.quote),
                text,
                snippet,
            });
        }
        Ok(SearchResults {
            query: opts.query.clone(),
            filters: opts.filters.clone(),
            total,
            offset: opts.offset,
            limit: opts.limit,
            hits,
        })
    }
}

/// The best passage of `text`, or its opening when no query word is in it.
fn make_snippet(generator: &SnippetGenerator, text: &str, max_chars: usize) -> Snippet {
    let s = generator.snippet(text);
    if !s.is_empty() {
        let r = s.fragment_range();
        // Keep closing punctuation (`.”`) rather than cut it off.
        let end = if text[r.end..].chars().any(char::is_alphanumeric) {
            r.end
        } else {
            text.len()
        };
        return Snippet {
            text: text[r.start..end].to_owned(),
            start: r.start,
            end,
            highlights: tantivy::snippet::collapse_overlapped_ranges(s.highlighted())
                .into_iter()
                .map(|h| Span {
                    start: h.start,
                    end: h.end,
                })
                .collect(),
        };
    }
    let mut end = text
        .char_indices()
        .nth(max_chars)
        .map_or(text.len(), |(i, _)| i);
    if end < text.len()
        && let Some(space) = text[..end].rfind(' ').filter(|&i| i > end / 2)
    {
        end = space;
    }
    Snippet {
        text: text[..end].to_owned(),
        start: 0,
        end,
        highlights: Vec::new(),
    }
}
