//! The index schema: one Tantivy document per [`Record`], and the analyzers it uses.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{TantivyDocument, Term};

use super::names;
use super::words::FoldedWords;
use crate::article::Record;

/// Name of the analyzer of prose fields: words, lower case, accents folded, English stemming.
pub const PROSE: &str = "whosaid_en";
/// Name of the analyzer of name fields: words, lower case, accents folded, no stemming.
pub const NAME: &str = "whosaid_name";

/// The schema's fields. Field names are those of the query language (`speaker:kerry`).
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `text`: the paragraph's clean text (stemmed, positions, stored).
    pub text: Field,
    /// `title`: the article's headline (stemmed, stored).
    pub title: Field,
    /// `summary`: the article's summary (stemmed).
    pub summary: Field,
    /// `quote`: the quoted passages of the paragraph (stemmed, stored).
    pub quote: Field,
    /// `speaker`: who speaks, as words (`speaker:kerry`; stored, canonical names).
    pub speaker: Field,
    /// `location`: the places named, as words (stored, canonical names).
    pub location: Field,
    /// `author`: the article's authors and contributors, as words.
    pub author: Field,
    /// `dateline`: the article's dateline, as words.
    pub dateline: Field,
    /// `speaker_key`: exact normalised speaker keys ([`names::speaker_keys`]) for filters.
    pub speaker_key: Field,
    /// `location_key`: exact normalised place keys ([`names::place_keys`]) for filters.
    pub location_key: Field,
    /// `speaker_name`: canonical speaker names, a fast column for counts.
    pub speaker_name: Field,
    /// `location_name`: canonical place names, a fast column for counts.
    pub location_name: Field,
    /// `kind`: the paragraph kind, exact (`kind:body`).
    pub kind: Field,
    /// `path`: the file's path as given, exact; records are deleted by it.
    pub path: Field,
    /// `doc`: the document id shared by every record of one file ([`doc_id`]).
    pub doc: Field,
    /// `paragraph`: the paragraph's number in its article.
    pub paragraph: Field,
    /// `start`: byte offset of the paragraph in the file.
    pub start: Field,
    /// `end`: byte offset just past the paragraph.
    pub end: Field,
}

fn text_options(analyzer: &str, stored: bool) -> TextOptions {
    let opts = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    if stored { opts.set_stored() } else { opts }
}

/// Builds the schema and its field handles.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        text: b.add_text_field("text", text_options(PROSE, true)),
        title: b.add_text_field("title", text_options(PROSE, true)),
        summary: b.add_text_field("summary", text_options(PROSE, false)),
        quote: b.add_text_field("quote", text_options(PROSE, true)),
        speaker: b.add_text_field("speaker", text_options(NAME, true)),
        location: b.add_text_field("location", text_options(NAME, true)),
        author: b.add_text_field("author", text_options(NAME, false)),
        dateline: b.add_text_field("dateline", text_options(NAME, false)),
        speaker_key: b.add_text_field("speaker_key", STRING),
        location_key: b.add_text_field("location_key", STRING),
        speaker_name: b.add_text_field("speaker_name", FAST),
        location_name: b.add_text_field("location_name", FAST),
        kind: b.add_text_field("kind", STRING | STORED),
        path: b.add_text_field("path", STRING | STORED),
        doc: b.add_u64_field("doc", INDEXED | STORED | FAST),
        paragraph: b.add_u64_field("paragraph", INDEXED | STORED),
        start: b.add_u64_field("start", STORED),
        end: b.add_u64_field("end", STORED),
    };
    (b.build(), fields)
}

/// Looks the fields up in an existing index's schema; `None` when one is missing (not a whosaid
/// index, or one built by an incompatible version).
pub fn fields_of(schema: &Schema) -> Option<Fields> {
    let f = |name: &str| schema.get_field(name).ok();
    Some(Fields {
        text: f("text")?,
        title: f("title")?,
        summary: f("summary")?,
        quote: f("quote")?,
        speaker: f("speaker")?,
        location: f("location")?,
        author: f("author")?,
        dateline: f("dateline")?,
        speaker_key: f("speaker_key")?,
        location_key: f("location_key")?,
        speaker_name: f("speaker_name")?,
        location_name: f("location_name")?,
        kind: f("kind")?,
        path: f("path")?,
        doc: f("doc")?,
        paragraph: f("paragraph")?,
        start: f("start")?,
        end: f("end")?,
    })
}

/// Registers the analyzers the schema names with an index (needed on every open).
pub fn register_analyzers(index: &tantivy::Index) {
    // Words of up to 39 bytes, lower-cased and folded to ASCII (as Tantivy's SimpleTokenizer,
    // RemoveLongFilter, LowerCaser and AsciiFoldingFilter would do, in one pass).
    let prose = TextAnalyzer::builder(FoldedWords::new(40))
        .filter(super::stem::CachedEnglishStemmer)
        .build();
    let name = TextAnalyzer::from(FoldedWords::new(40));
    index.tokenizers().register(PROSE, prose);
    index.tokenizers().register(NAME, name);
}

/// The document id of a file: a 64-bit hash of its path as given, shared by all its records.
pub fn doc_id(path: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(path.as_bytes())
}

/// The term that selects every record of the file at `path` (for deletion).
pub fn path_term(fields: &Fields, path: &str) -> Term {
    Term::from_field_text(fields.path, path)
}

/// The Tantivy document for one record.
pub fn document(fields: &Fields, r: &Record) -> TantivyDocument {
    let mut d = TantivyDocument::new();
    d.add_text(fields.text, &r.text);
    let meta = &r.doc.meta;
    if let Some(t) = &meta.title {
        d.add_text(fields.title, t);
    }
    if let Some(s) = &meta.summary {
        d.add_text(fields.summary, s);
    }
    for q in &r.quotes {
        d.add_text(fields.quote, q);
    }
    let mut keys = Vec::new();
    for s in &r.speakers {
        d.add_text(fields.speaker, s);
        d.add_text(fields.speaker_name, s);
        for k in names::speaker_keys(s) {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    for k in keys.drain(..) {
        d.add_text(fields.speaker_key, k);
    }
    for l in &r.locations {
        d.add_text(fields.location, l);
        d.add_text(fields.location_name, l);
        for k in names::place_keys(l) {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    for k in keys {
        d.add_text(fields.location_key, k);
    }
    for a in meta.authors.iter().chain(&meta.contributors) {
        d.add_text(fields.author, a);
    }
    if let Some(dl) = &meta.dateline {
        d.add_text(fields.dateline, dl);
    }
    d.add_text(fields.kind, r.kind.as_str());
    d.add_text(fields.path, &r.path);
    d.add_u64(fields.doc, doc_id(&r.path));
    d.add_u64(fields.paragraph, r.paragraph as u64);
    d.add_u64(fields.start, r.start as u64);
    d.add_u64(fields.end, r.end as u64);
    d
}
