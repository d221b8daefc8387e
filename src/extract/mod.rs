//! Extract stage: paragraphs → who is speaking, what they said, and which places are named.
//!
//! Rules of the language, not of any one article: tokens and quotations (`tokens`), runs of
//! capitalised words told apart as people, organisations and places, with the article's people
//! table resolving `Mr. Cook` to `Peter Cook` (`names`), reporting verbs tied to their
//! subjects (`speakers`, with `verbs` telling speech from other uses of a reporting verb) with
//! pronouns and quote-only paragraphs carried on, the answers of a
//! question-and-answer interview given to the interviewee (`interview`), and the bundled
//! GeoNames gazetteer filtered by context (`places`).

mod acronyms;
mod appositive;
mod coref;
mod genders;
mod interview;
mod markers;
mod names;
mod nominal;
mod orgs;
mod people;
mod places;
mod signed;
mod speakers;
mod tokens;
mod verbs;
mod vocab;
mod words;

#[cfg(test)]
mod tests;

use std::sync::OnceLock;

use crate::split::{Kind, Split};

use people::{FirstNames, People};
use places::Gazetteer;
use speakers::Para;

/// What the extractor found in one paragraph.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// Speakers, full canonical names.
    pub speakers: Vec<String>,
    /// Places, canonical names.
    pub locations: Vec<String>,
    /// Quoted passages.
    pub quotes: Vec<String>,
}

/// Finds speakers, quotes and places. Built once (it holds the gazetteer) and shared.
pub struct Extractor {
    gazetteer: &'static Gazetteer,
    first_names: FirstNames,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Extractor")
    }
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

/// Kinds whose text is the article's own prose (names there feed the people table).
fn is_prose(kind: Kind) -> bool {
    !matches!(kind, Kind::Byline | Kind::Credit | Kind::Dateline)
}

/// Text in capitals only (a wire headline, a table row) tells names from words by nothing.
fn all_caps(text: &str) -> bool {
    !tokens::has_lowercase(text.as_bytes())
}

/// True when `q`, trimmed of white space, holds two words or more: some white space inside
/// parts them (most quotes are told by a plain space, found without decoding a char).
fn has_two_words(q: &str) -> bool {
    q.bytes().any(|b| b == b' ') || q.contains(char::is_whitespace)
}

impl Extractor {
    /// Builds an extractor with the bundled gazetteer and given-name list.
    pub fn new() -> Self {
        Extractor {
            gazetteer: Gazetteer::bundled(),
            first_names: FirstNames::load(),
        }
    }

    /// One [`Found`] per paragraph of `split`, in order.
    pub fn extract(&self, split: &Split) -> Vec<Found> {
        let mut open_quote = false;
        // What the tokenizer notes: the tokens where a sentence may end (of one paragraph at a
        // time), the words a name may start at and the quotation marks of every paragraph, and
        // the match scores of the article.
        let n = split.paragraphs.len();
        let bytes: usize = split.paragraphs.iter().map(|p| p.text.len()).sum();
        let mut notes = tokens::Notes::with_capacity(bytes, n);
        // The article's tokens in one buffer, each paragraph's a slice of it (about one token
        // in five bytes: room for more, so that few articles copy them to a larger one).
        let mut toks = Vec::with_capacity(bytes / 4 + 8 * n);
        // The article's sentences in one list too (a sentence in some 64 bytes is more than
        // news text holds), each paragraph's a slice of it.
        let mut sentences = Vec::with_capacity(bytes / 64 + n);
        let mut parts = Vec::with_capacity(n);
        for p in &split.paragraphs {
            let continues = open_quote && p.kind == Kind::Body;
            let (start, first) = (toks.len(), sentences.len());
            let ends_inside = tokens::tokenize_into(&p.text, continues, &mut toks, &mut notes);
            open_quote = p.kind == Kind::Body && ends_inside;
            tokens::sentences_at(&toks[start..], &notes.marks, &mut sentences);
            parts.push((start..toks.len(), first..sentences.len(), continues));
        }
        let mut paras: Vec<Para<'_>> = parts
            .into_iter()
            .zip(&split.paragraphs)
            .map(|((range, within, continues), p)| Para {
                kind: p.kind,
                toks: tokens::Toks(&toks[range]),
                sentences: &sentences[within],
                mentions: Vec::new(),
                continues_quote: continues,
            })
            .collect();
        // (The vocabulary borrows the article's tokens, not the paragraphs: their mentions are
        // set in place below.)
        let vocab = names::Vocab::build(
            paras
                .iter()
                .enumerate()
                .map(|(i, p)| (p.toks.0, p.sentences, notes.heads(i))),
        );
        // One buffer for every paragraph's sentence starts (room for the most at once: grown as
        // it went, it was reallocated some six thousand times in four thousand articles), one
        // set for the names pass's lists.
        let mut starts =
            Vec::with_capacity(paras.iter().map(|p| p.sentences.len()).max().unwrap_or(0));
        let mut buffers = names::Buffers::default();
        for (i, (para, p)) in paras.iter_mut().zip(&split.paragraphs).enumerate() {
            if !is_prose(para.kind) || all_caps(&p.text) {
                continue;
            }
            starts.clear();
            starts.extend(para.sentences.iter().map(|r| r.start));
            para.mentions = names::mentions_at(
                &para.toks,
                notes.heads(i),
                vocab.initials(i),
                &starts,
                self.gazetteer,
                &self.first_names,
                &vocab,
                &mut buffers,
            );
        }
        let acronyms =
            acronyms::defined_acronyms(paras.iter().map(|p| (&p.toks[..], &p.mentions[..])));
        if !acronyms.is_empty() {
            for m in paras.iter_mut().flat_map(|p| &mut p.mentions) {
                if let Some((_, full)) = acronyms.iter().find(|(a, _)| *a == m.name) {
                    m.name.clone_from(full);
                    m.kind = names::MKind::Org;
                } else if m.kind == names::MKind::Person
                    && m.name_start == m.start
                    && acronyms.iter().any(|(_, full)| *full == m.name)
                {
                    // The name it stands for is a body's wherever it is used.
                    m.kind = names::MKind::Org;
                }
            }
        }
        orgs::reclassify(&mut paras, &self.first_names, self.gazetteer);
        let mut people = People::build(paras.iter_mut().flat_map(|p| &mut p.mentions));
        genders::learn(&paras, &mut people);
        // The authors and contributors, copied into one list only when there are both.
        let (authors, contributors) = (&split.meta.authors, &split.meta.contributors);
        let both: Vec<String>;
        let excluded: &[String] = if contributors.is_empty() {
            authors
        } else if authors.is_empty() {
            contributors
        } else {
            both = authors.iter().chain(contributors).cloned().collect();
            &both
        };
        let mut speakers = speakers::attribute(&paras, &people, excluded);
        interview::attribute_answers(&paras, &people, excluded, &mut speakers);
        let view = places::ArticleView::new(self.gazetteer, &people, notes.scores >= 2);
        // (one list for the quoted spans of every paragraph that quotes)
        let mut spans = Vec::new();
        split
            .paragraphs
            .iter()
            .zip(paras.iter())
            .zip(speakers)
            .enumerate()
            .map(|(i, ((p, para), speakers))| {
                let locations = if is_prose(p.kind) || p.kind == Kind::Credit {
                    places::places(
                        &para.toks,
                        notes.heads(i),
                        &para.mentions,
                        &p.name_ends,
                        &view,
                    )
                } else {
                    Vec::new()
                };
                let quote_marks = notes.quote_marks(i);
                // Most paragraphs quote nothing: settled without looking for spans.
                let quotes = if quote_marks.is_empty() && !para.continues_quote {
                    Vec::new()
                } else {
                    let (text, toks) = (&p.text, &para.toks);
                    tokens::quote_spans_at(
                        text,
                        toks,
                        quote_marks,
                        para.continues_quote,
                        &mut spans,
                    );
                    spans
                        .iter()
                        .map(|&(s, e, _)| text[s..e].trim())
                        .filter(|q| has_two_words(q))
                        .map(str::to_owned)
                        .collect()
                };
                Found {
                    speakers,
                    locations,
                    quotes,
                }
            })
            .collect()
    }
}

/// A process-wide extractor, built on first use.
pub fn default_extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(Extractor::new)
}

#[cfg(test)]
mod quotes {
    #[test]
    fn two_words_are_told_as_a_split_tells_them() {
        for q in [
            "",
            "Go",
            "Go on",
            "Go\u{a0}on",
            "Go\ton",
            "Élise\u{2009}dit",
            "“Go”",
        ] {
            let q = q.trim();
            assert_eq!(
                super::has_two_words(q),
                q.split_whitespace().nth(1).is_some(),
                "{q:?}"
            );
        }
    }
}

#[cfg(test)]
mod explain {
    /// Development aid: `WHOSAID_EXPLAIN=path cargo test --lib explain -- --ignored --nocapture`
    /// prints the people table and every paragraph's mentions and speakers.
    #[test]
    #[ignore]
    fn explain() {
        let Ok(path) = std::env::var("WHOSAID_EXPLAIN") else {
            return;
        };
        let text = std::fs::read_to_string(path).unwrap();
        let split = crate::split::split(&text);
        let e = super::Extractor::new();
        let vocab = super::names::Vocab::default();
        let mut all = Vec::new();
        for p in &split.paragraphs {
            let toks = super::tokens::tokenize(&p.text, false);
            let starts: Vec<usize> = super::tokens::sentences(&toks)
                .iter()
                .map(|r| r.start)
                .collect();
            all.push(super::names::mentions(
                &toks,
                &starts,
                e.gazetteer,
                &e.first_names,
                &vocab,
            ));
        }
        let people = super::people::People::build(all.iter_mut().flatten());
        for p in &people.people {
            eprintln!("person {:?} {:?} roles {:?}", p.name, p.gender, p.roles);
        }
        for (i, (p, f)) in split.paragraphs.iter().zip(e.extract(&split)).enumerate() {
            eprintln!("¶{i} {:?} {}", f.speakers, &p.text[..p.text.len().min(90)]);
            let found = all.get(i).map(|ms| {
                ms.iter()
                    .map(|m| format!("{}:{:?}", m.name, m.kind))
                    .collect::<Vec<_>>()
            });
            eprintln!("   mentions (names pass alone) {found:?}");
        }
    }
}
