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

use std::cell::RefCell;
use std::ops::Range;
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

/// A credit line (`Yuki Tanabe contributed reporting from Tokyo.`) names its places after
/// `from` or `in`: the names before are its reporters', whose words the gazetteer may hold as
/// places too (`Tanabe`), and no names pass reads them.
fn credit_places(text: &str, found: &mut Vec<String>) {
    let at = [" from ", " in "]
        .iter()
        .filter_map(|w| text.find(w))
        .min()
        .unwrap_or(text.len());
    let (before, after) = text.split_at(at);
    // (a place written otherwise than its canonical name is found in neither: kept)
    found.retain(|place| !before.contains(place.as_str()) || after.contains(place.as_str()));
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
        SCRATCH.with_borrow_mut(|scratch| {
            let found = self.in_scratch(split, scratch);
            // (a thread keeps no huge lists for good)
            if scratch.toks.capacity() > KEPT_TOKENS {
                *scratch = Scratch::default();
            }
            found
        })
    }

    /// [`Extractor::extract`], in the lists of `scratch` (left empty). (No name of these helpers
    /// opens with `extract`: the profilers' `*Extractor::extract*` toggle would stop at them.)
    fn in_scratch(&self, split: &Split, scratch: &mut Scratch) -> Vec<Found> {
        let Scratch {
            toks: kept_toks,
            sentences,
            notes,
            parts,
            starts,
            spans,
        } = scratch;
        let mut open_quote = false;
        // What the tokenizer notes: the tokens where a sentence may end (of one paragraph at a
        // time), the words a name may start at and the quotation marks of every paragraph, and
        // the match scores of the article.
        let n = split.paragraphs.len();
        let bytes: usize = split.paragraphs.iter().map(|p| p.text.len()).sum();
        notes.reset(bytes, n);
        // The article's tokens in one buffer, each paragraph's a slice of it (about one token
        // in five bytes: room for more, so that few articles copy them to a larger one).
        let mut toks = recycle(std::mem::take(kept_toks));
        toks.reserve(bytes / 4 + 8 * n);
        // The article's sentences in one list too (a sentence in some 64 bytes is more than
        // news text holds), each paragraph's a slice of it.
        sentences.clear();
        sentences.reserve(bytes / 64 + n);
        parts.clear();
        for p in &split.paragraphs {
            let continues = open_quote && p.kind == Kind::Body;
            let (start, first) = (toks.len(), sentences.len());
            let ends_inside = tokens::tokenize_into(&p.text, continues, &mut toks, notes);
            open_quote = p.kind == Kind::Body && ends_inside;
            tokens::sentences_at(&toks[start..], &notes.marks, sentences);
            parts.push((start..toks.len(), first..sentences.len(), continues));
        }
        // (a list of the article's own: kept between articles, it cost as much to turn to
        // another lifetime as to allocate)
        let mut paras: Vec<Para<'_>> = parts
            .drain(..)
            .zip(&split.paragraphs)
            .map(|((range, within, continues), p)| Para {
                kind: p.kind,
                toks: tokens::Toks(&toks[range]),
                sentences: &sentences[within],
                mentions: Vec::new(),
                continues_quote: continues,
            })
            .collect();
        let found = self.find_in(split, &mut paras, notes, starts, spans);
        drop(paras);
        // (the token list kept empty, as of no text)
        *kept_toks = recycle(toks);
        found
    }

    /// What [`Extractor::extract`] finds in the paragraphs `paras` of `split`, once tokenized
    /// (`notes`: what the tokenizer noted; `starts`, `spans`: lists to work in).
    fn find_in(
        &self,
        split: &Split,
        paras: &mut [Para<'_>],
        notes: &tokens::Notes,
        starts: &mut Vec<usize>,
        spans: &mut Vec<(usize, usize, bool)>,
    ) -> Vec<Found> {
        // (The vocabulary borrows the article's tokens, not the paragraphs: their mentions are
        // set in place below.)
        let vocab = names::Vocab::build(
            paras
                .iter()
                .enumerate()
                .map(|(i, p)| (p.toks.0, p.sentences, notes.heads(i))),
        );
        // One buffer for every paragraph's sentence starts, one set for the names pass's lists.
        let mut buffers = names::Buffers::default();
        for (i, (para, p)) in paras.iter_mut().zip(&split.paragraphs).enumerate() {
            // (a credit line's names too: the towns it was reported from are told by them)
            if !(is_prose(para.kind) || para.kind == Kind::Credit) || all_caps(&p.text) {
                continue;
            }
            starts.clear();
            starts.extend(para.sentences.iter().map(|r| r.start));
            para.mentions = names::mentions_at(
                &para.toks,
                notes.heads(i),
                vocab.initials(i),
                starts,
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
        orgs::reclassify(paras, &self.first_names, self.gazetteer);
        // (a headline's names last: `Fuming Robinson blasts referee` names no one before the
        // story's `Andy Robinson`, whom `Robinson said` means)
        // (nor a pull quote's, the copy of a later paragraph: `Mr. Mendes Té said` is no one
        // before the story's `Cristiano Mendes Té`)
        // (and a credit line's reporters are no one the story names)
        let (later, body): (Vec<_>, Vec<_>) = paras
            .iter_mut()
            .filter(|p| p.kind != Kind::Credit)
            .partition(|p| matches!(p.kind, Kind::Title | Kind::Summary));
        let mut people = People::build(
            body.into_iter()
                .chain(later)
                .map(|p| p.mentions.as_mut_slice()),
            &self.first_names,
        );
        genders::learn(paras, &mut people);
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
        let mut speakers = speakers::attribute(paras, &people, excluded);
        interview::attribute_answers(paras, &people, excluded, &mut speakers);
        let view = places::ArticleView::new(self.gazetteer, &people, notes.scores >= 2);
        split
            .paragraphs
            .iter()
            .zip(paras.iter())
            .zip(speakers)
            .enumerate()
            .map(|(i, ((p, para), speakers))| {
                let locations = if is_prose(p.kind) || p.kind == Kind::Credit {
                    let mut found = places::places(
                        &para.toks,
                        notes.heads(i),
                        &para.mentions,
                        &p.name_ends,
                        &view,
                    );
                    if p.kind == Kind::Credit {
                        credit_places(&p.text, &mut found);
                    }
                    found
                } else {
                    Vec::new()
                };
                let quote_marks = notes.quote_marks(i);
                // Most paragraphs quote nothing: settled without looking for spans.
                let quotes = if quote_marks.is_empty() && !para.continues_quote {
                    Vec::new()
                } else {
                    let (text, toks) = (&p.text, &para.toks);
                    tokens::quote_spans_at(text, toks, quote_marks, para.continues_quote, spans);
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

/// The lists an article is worked out in, kept from article to article by each thread: filled
/// where the article before filled them, warm in the cache, rather than in fresh memory (the
/// token list, allocated for each article, made half the writes that missed the data cache).
/// Empty between articles; the token list, which borrows an article's text, is kept as of
/// none (`'static`, see [`recycle`]).
#[derive(Default)]
struct Scratch {
    toks: Vec<tokens::Tok<'static>>,
    sentences: Vec<Range<usize>>,
    notes: tokens::Notes,
    /// Each paragraph's tokens, sentences, and whether it opens inside a quotation.
    parts: Vec<(Range<usize>, Range<usize>, bool)>,
    starts: Vec<usize>,
    spans: Vec<(usize, usize, bool)>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// The most tokens whose room a thread keeps for the next article (1.5 MB; a longer article's
/// lists are given back).
const KEPT_TOKENS: usize = 1 << 16;

/// An empty list of `U` in the allocation of `v` (emptied), `U` of the size and alignment of
/// `T`: std's in-place collect keeps the allocation (see the test), so that a list of
/// `Tok<'a>` is kept as one of `Tok<'static>` between articles.
fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().map(|_| unreachable!()).collect()
}

/// A process-wide extractor, built on first use.
pub fn default_extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(Extractor::new)
}

#[cfg(test)]
mod scratch {
    use super::tokens::{Tok, tokenize};

    #[test]
    fn recycling_keeps_the_allocation() {
        let text = String::from("Kept lists are \"warm\", he said.");
        let mut toks: Vec<Tok<'static>> = Vec::with_capacity(100);
        let (ptr, cap) = (toks.as_ptr() as usize, toks.capacity());
        let mut local: Vec<Tok<'_>> = super::recycle(std::mem::take(&mut toks));
        assert_eq!((local.as_ptr() as usize, local.capacity()), (ptr, cap));
        local.extend(tokenize(&text, false));
        assert!(!local.is_empty());
        let kept: Vec<Tok<'static>> = super::recycle(local);
        assert_eq!(
            (kept.as_ptr() as usize, kept.capacity(), kept.len()),
            (ptr, cap, 0)
        );
        let paras: Vec<super::Para<'static>> = Vec::with_capacity(8);
        let ptr = paras.as_ptr() as usize;
        let paras: Vec<super::Para<'_>> = super::recycle(paras);
        assert_eq!((paras.as_ptr() as usize, paras.capacity()), (ptr, 8));
    }
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
        let people =
            super::people::People::build(all.iter_mut().map(Vec::as_mut_slice), &e.first_names);
        for p in &people.people {
            eprintln!("person {:?} {:?} roles {:?}", p.name, p.gender, p.roles);
        }
        for (i, (p, f)) in split.paragraphs.iter().zip(e.extract(&split)).enumerate() {
            eprintln!(
                "¶{i} {:?} {}",
                f.speakers,
                p.text.chars().take(90).collect::<String>()
            );
            let found = all.get(i).map(|ms| {
                ms.iter()
                    .map(|m| format!("{}:{:?}", m.name, m.kind))
                    .collect::<Vec<_>>()
            });
            eprintln!("   mentions (names pass alone) {found:?}");
        }
    }
}
