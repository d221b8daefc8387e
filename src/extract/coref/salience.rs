//! The order in which a paragraph's mentions are looked at as antecedents ([`by_salience`]),
//! and a per-article store of it for whole paragraphs.

use std::cell::OnceCell;

use super::super::names::{MKind, Mention};
use super::super::speakers::Para;
use super::super::tokens::T;

/// How many sentences back [`by_salience`] looks within one paragraph.
pub(super) const SALIENCE_SENTENCES: usize = 60;
/// How many tokens back [`by_salience`] looks within one paragraph.
pub(super) const SALIENCE_TOKENS: usize = 3000;
/// How many of a paragraph's statements so far [`super::Ctx::organisation`] looks back through.
pub(super) const SALIENCE_SPOKEN: usize = 200;

/// [`by_salience`] of each whole paragraph of an article, worked out when first asked: every
/// pronoun and role of the next few paragraphs looks back at the same ones.
pub(crate) struct WholeSalience(Vec<OnceCell<Vec<usize>>>);

impl WholeSalience {
    /// An empty store for an article of `n` paragraphs.
    pub fn new(n: usize) -> Self {
        WholeSalience((0..n).map(|_| OnceCell::new()).collect())
    }

    /// `by_salience(para, usize::MAX)` for paragraph `q` (`para`).
    pub(super) fn of<'m>(&self, q: usize, para: &'m Para<'_>) -> impl Iterator<Item = &'m Mention> {
        self.0[q]
            .get_or_init(|| salience_order(para, usize::MAX))
            .iter()
            .map(|&i| &para.mentions[i])
    }
}

/// The mentions of a paragraph that end before token `at`, most likely antecedents first: the
/// subject of each sentence (its first name not after a preposition), latest sentence first,
/// then every other mention, latest first. Given as indices into the paragraph's mentions.
pub(super) fn by_salience(para: &Para<'_>, at: usize) -> Vec<usize> {
    salience_order(para, at)
}

/// [`by_salience`], worked out.
fn salience_order(para: &Para<'_>, at: usize) -> Vec<usize> {
    // Mentions and sentences are both in text order: one pass pairs each mention with its
    // sentence. Only the last `SALIENCE_SENTENCES` sentences (and `SALIENCE_TOKENS`
    // tokens) before `at` count, so that a paragraph thousands of sentences long (a file without
    // line breaks) costs no more per pronoun than a news paragraph does.
    let here = para
        .sentences
        .partition_point(|r| r.start <= at.min(para.toks.len()));
    let s_lo = here.saturating_sub(SALIENCE_SENTENCES);
    let from_tok = para
        .sentences
        .get(s_lo)
        .map_or(0, |r| r.start)
        .max(at.min(para.toks.len()).saturating_sub(SALIENCE_TOKENS));
    let (lo, before) = para.mentions_within(from_tok, at);
    let sentences = &para.sentences[s_lo..];
    // Each sentence's first person, by index into `before` (`NONE` for none); on the stack:
    // this runs for every pronoun and role.
    const NONE: usize = usize::MAX;
    let mut first_of = [NONE; SALIENCE_SENTENCES + 1];
    let first_of = &mut first_of[..sentences.len().min(SALIENCE_SENTENCES + 1)];
    let mut s = 0;
    for (i, m) in before.iter().enumerate() {
        while s < first_of.len() && sentences[s].end <= m.start {
            s += 1;
        }
        if s == first_of.len() {
            break;
        }
        let range = &sentences[s];
        // The sentence's first person (an organisation or place before it is no antecedent:
        // `Chinese Foreign Ministry spokesperson Lu Kang`; nor is a name modifying a noun).
        if first_of[s] == NONE
            && range.start <= m.start
            && !m.quoted
            && (matches!(m.kind, MKind::Person | MKind::Unknown) || m.person.is_some())
            && !modifies_noun(para, m)
            && !owns_the_described(para, m)
        {
            first_of[s] = i;
        }
    }
    let mut order: Vec<usize> = Vec::with_capacity(before.len());
    // Sentences come later and later, so their first persons do too: the subjects are pushed
    // latest first, each once.
    for &i in first_of.iter().rev().filter(|&&i| i != NONE) {
        let m = &before[i];
        // (a locative in any case: `On Rue Jacques-Cartier, NAME, 67, watched …`; not `For
        // Espinos, he's …`, the sentence's topic)
        let after_prep = m.start > 0
            && matches!(
                para.toks[m.start - 1].s,
                "of" | "from"
                    | "with"
                    | "to"
                    | "by"
                    | "for"
                    | "about"
                    | "at"
                    | "in"
                    | "on"
                    | "At"
                    | "In"
                    | "On"
            );
        if !after_prep {
            order.push(lo + i);
        }
    }
    // Then every other mention, latest first: the subjects, latest first too, are met in the
    // same order and passed over.
    let subjects = order.len();
    let mut next_subject = 0;
    for i in (0..before.len()).rev() {
        if next_subject < subjects && order[next_subject] == lo + i {
            next_subject += 1;
        } else {
            order.push(lo + i);
        }
    }
    order
}

/// `… colleagues Paolo Rossi and Marco Bianchi. “…,” he said`: a person named in a list with
/// others (`A and B`, `A, B and C`), whom a plural pronoun takes up, is no antecedent of `he`
/// or `she`. (`m` indexes the paragraph's mentions.)
pub(super) fn in_a_list(para: &Para<'_>, m: usize) -> bool {
    let ms = &para.mentions;
    let toks = &para.toks;
    let person = |x: &Mention| matches!(x.kind, MKind::Person | MKind::Unknown) && !x.quoted;
    // The word joining mention `k` to the next, when the next is a person's name right after it.
    let link = |k: usize| {
        let (a, b) = (&ms[k], ms.get(k + 1)?);
        (person(a) && person(b) && b.start == a.end + 1)
            .then(|| toks[a.end].s)
            .filter(|s| matches!(*s, "and" | ","))
    };
    if !person(&ms[m]) {
        return false;
    }
    // The list's links on either side of `m`: one of them must be `and`.
    let mut k = m;
    let mut and = false;
    while let Some(s) = link(k) {
        and |= s == "and";
        k += 1;
    }
    let mut k = m;
    while k > 0
        && let Some(s) = link(k - 1)
    {
        and |= s == "and";
        k -= 1;
    }
    and
}

/// `The Peter Hain "mongrel" attack`, `a Tony Blair speech`: a person's name between an
/// article and a quotation or a word in lower case, no verb of speech nor function word, modifies
/// a noun and is no subject. (Not after a title: `the Rev Jesse Jackson said`.)
fn modifies_noun(para: &Para<'_>, m: &Mention) -> bool {
    let toks = &para.toks;
    m.start > 0
        && m.kind == MKind::Person
        && m.roles.is_empty()
        && matches!(toks[m.start - 1].s, "the" | "The" | "a" | "A" | "an" | "An")
        && toks.get(m.end).is_some_and(|t| {
            t.t == T::Open
                || (t.t == T::Word
                    && !t.is_cap()
                    && !t.quoted
                    && !crate::lexicon::is_function_word_any_case(t.s)
                    && !crate::lexicon::is_reporting_verb_any_case(t.s))
        })
}

/// True for possessive mention `m` before a role and the name it describes between commas
/// (`Mr. Ferreyra’s campaign manager, Rodrigo Salaverry, rejected …`): the sentence's subject
/// is the one named after it.
fn owns_the_described(para: &Para<'_>, m: &Mention) -> bool {
    let toks = &para.toks;
    m.possessive
        && toks[m.end..]
            .iter()
            .take(5)
            .position(|t| t.s == ",")
            .is_some_and(|k| {
                let comma = m.end + k;
                k > 0
                    && toks[m.end..comma]
                        .iter()
                        .all(|t| t.t == T::Word && !t.is_cap())
                    && para.mention_over(comma + 1).is_some_and(|n| {
                        let n = &para.mentions[n];
                        n.kind == MKind::Person && toks.get(n.end).is_some_and(|t| t.s == ",")
                    })
            })
}
