//! Query parsing with errors that say where and what, and the filters.

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, QueryParser, QueryParserError, TermQuery,
};
use tantivy::schema::IndexRecordOption;

use super::Filters;
use crate::error::{Error, Result};
use crate::index::{Fields, Index, names};

/// Fields a word without `field:` is looked up in, with their boosts: the paragraph's own
/// fields, so that the total counts paragraphs that say (or are said by, or name) the words.
/// The article-level fields (`title:`, `summary:`, `author:`, `dateline:`) are searched when
/// named.
fn default_fields(f: &Fields) -> [(tantivy::schema::Field, f32); 4] {
    [
        (f.text, 1.0),
        (f.quote, 0.5),
        (f.speaker, 1.5),
        (f.location, 1.0),
    ]
}

/// Field names of the query language, for error messages.
const FIELD_NAMES: &str =
    "text, title, summary, quote, speaker, location, author, dateline, kind, path, paragraph, doc";

/// The query parser for an index: default fields, boosts, words joined by AND.
pub(super) fn parser(index: &Index) -> QueryParser {
    let defaults = default_fields(index.fields());
    let mut p = QueryParser::for_index(
        index.tantivy(),
        defaults.iter().map(|(field, _)| *field).collect(),
    );
    for (field, boost) in defaults {
        p.set_field_boost(field, boost);
    }
    p.set_conjunction_by_default();
    p
}

/// Parses a user query; an error names the position (1-based character column) and the problem.
pub(super) fn parse(parser: &QueryParser, query: &str) -> Result<Box<dyn Query>> {
    let trimmed = query.trim();
    if trimmed.is_empty() || trimmed == "*" {
        return Ok(Box::new(AllQuery));
    }
    let (q, errors) = parser.parse_query_lenient(query);
    match errors.into_iter().next() {
        None => Ok(q),
        Some(e) => Err(Error::Query(describe(query, &e))),
    }
}

/// Turns a query parser error into a message with the position and a caret under it.
fn describe(query: &str, e: &QueryParserError) -> String {
    let (problem, pos) = match e {
        QueryParserError::SyntaxError(msg) => match msg.rsplit_once(" at position ") {
            Some((what, pos)) => (what.to_owned(), pos.trim().parse::<usize>().ok()),
            None => (msg.clone(), None),
        },
        QueryParserError::FieldDoesNotExist(field) => (
            format!("unknown field `{field}` (fields are {FIELD_NAMES})"),
            query.find(&format!("{field}:")),
        ),
        QueryParserError::AllButQueryForbidden => (
            "the query only excludes words; add something to look for".into(),
            None,
        ),
        QueryParserError::ExpectedInt(_) => (
            "a number is expected after `paragraph:` and `doc:`".into(),
            query.find("paragraph:").or_else(|| query.find("doc:")),
        ),
        other => (other.to_string(), None),
    };
    match pos {
        Some(byte) if byte <= query.len() => {
            let col = query[..floor_char(query, byte)].chars().count();
            format!(
                "{problem} at column {}\n    {query}\n    {}^",
                col + 1,
                " ".repeat(col)
            )
        }
        _ => format!("{problem} in `{query}`"),
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn filter_term(field: tantivy::schema::Field, key: String) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, &key),
        IndexRecordOption::Basic,
    ))
}

/// `user` restricted by `filters`; filters do not change the score.
pub(super) fn with_filters(
    f: &Fields,
    user: Box<dyn Query>,
    filters: &Filters,
) -> Result<Box<dyn Query>> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, user)];
    let mut add = |q: Box<dyn Query>| {
        clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(q, 0.0))));
    };
    if let Some(s) = &filters.speaker {
        let key = names::filter_key(s);
        if key.is_empty() {
            return Err(Error::Query(format!("--speaker {s:?} names no one")));
        }
        add(filter_term(f.speaker_key, key));
    }
    if let Some(l) = &filters.location {
        let key = names::filter_key(l);
        if key.is_empty() {
            return Err(Error::Query(format!("--location {l:?} names no place")));
        }
        add(filter_term(f.location_key, key));
    }
    if !filters.kinds.is_empty() {
        let kinds = filters
            .kinds
            .iter()
            .map(|k| (Occur::Should, filter_term(f.kind, k.as_str().to_owned())))
            .collect();
        add(Box::new(BooleanQuery::new(kinds)));
    }
    if clauses.len() == 1 {
        return Ok(clauses.pop().expect("one clause").1);
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}
