//! A common-noun subject before the verb: `a Pentagon spokesman`, `a spokesman for the
//! ministry`, `the mayor`, `her statement`.

use crate::lexicon;

use super::super::appositive::{described_by_appositive, person_of_body};
use super::super::coref::Subject;
use super::super::names::MKind;
use super::super::nominal;
use super::super::tokens::T;
use super::{Left, Para, is_spokes_noun, mention_ending_at};

/// A common-noun subject: `a Pentagon spokesman`, `a spokesman for the ministry`, `the mayor`.
pub(super) fn noun_phrase(para: &Para<'_>, j: usize, start: usize) -> Left {
    let toks = &para.toks;
    if is_spokes_noun(toks[j].s) {
        // `a Pentagon spokesman said`
        if j > start
            && let Some(m) = mention_ending_at(para, j - 1)
            && matches!(para.mentions[m].kind, MKind::Org | MKind::Unknown)
        {
            return Left::Found(Subject::Mention(m));
        }
    }
    // `a spokesman for the city's police department said`: `for|of|at X` (2–4 letters) before.
    let lo = j.saturating_sub(8).max(start);
    // The first spokes noun from `lo`, looked for once (at the first preposition) rather than
    // again at each.
    let mut first_spokes: Option<Option<usize>> = None;
    for k in (lo..j).rev() {
        if (2..=4).contains(&toks[k].s.len())
            && lexicon::with_lower(toks[k].s, |w| matches!(w, "for" | "of" | "at" | "from"))
            && first_spokes
                .get_or_insert_with(|| (lo..j).find(|&i| is_spokes_noun(toks[i].s)))
                .is_some_and(|i| i < k)
            && let Some(m) = first_mention_after(para, k, j)
            && matches!(para.mentions[m].kind, MKind::Org | MKind::Unknown)
        {
            return Left::Found(Subject::Mention(m));
        }
        if toks[k].t != T::Word {
            break;
        }
    }
    // `the mayor said`, `the company said`, `her statement said`, `Canadian officials said`.
    let n = nominal::ending_at(para, &para.mentions, j, start);
    // `The former director of the charity told a jury`: the person the phrase describes, not
    // the body named after `of` (not an unnamed one's: `the general manager of an oil company
    // told Reuters`).
    // (`start` is the first token after the body's article)
    if let Some(body) = &n
        && body.class != nominal::Class::Person
        && body.det == nominal::Det::Definite
        && let Some(found) = person_before_body(para, body.start - 1, start)
    {
        return found;
    }
    match n {
        // `Harold Bixby of the ratings agency said`: the person, not the body described.
        Some(n) if n.det == nominal::Det::Definite => person_of_body(para, n.start, start)
            .map_or(Left::Found(Subject::Nominal(n, j)), |p| {
                Left::Found(Subject::Mention(p))
            }),
        // `John Connors, Microsoft's chief financial officer said`, `NAME, an aide to X said`:
        // the person described.
        Some(n) => described_by_appositive(para, &n, start)
            .map_or(Left::Found(Subject::Nominal(n, j)), |p| {
                Left::Found(Subject::Mention(p))
            }),
        // `Lorne Hiebert of the homicide section said`: the person, of a body a noun names
        // that the nominal classes lack.
        None => (j.saturating_sub(4).max(start)..j)
            .rev()
            .take_while(|&k| toks[k].t == T::Word && !toks[k].is_cap() && !toks[k].quoted)
            .find(|&k| toks[k].s == "the")
            .and_then(|d| person_of_body(para, d + 1, start))
            .map_or(Left::None, |p| Left::Found(Subject::Mention(p))),
    }
}

/// `the former director of the FBI said`, `The former director of the charity told`: the
/// definite description of a person right before a preposition and the body's name or phrase
/// opening at token `k` (but `a spokesman for the FBI said` and `economists at X said` give
/// the body).
pub(super) fn person_before_body(para: &Para<'_>, k: usize, start: usize) -> Option<Left> {
    let toks = &para.toks;
    if k < start + 2 || !matches!(toks[k - 1].s, "of" | "at" | "with" | "from" | "for") {
        return None;
    }
    let h = k - 2;
    (toks[h].t == T::Word
        && !toks[h].is_cap()
        && nominal::is_person_head(toks[h].s)
        && !is_spokes_noun(toks[h].s))
    .then(|| nominal::ending_at(para, &para.mentions, h, start))
    .flatten()
    .filter(|n| n.det == nominal::Det::Definite)
    .map(|n| Left::Found(Subject::Nominal(n, h)))
}

/// The first unquoted mention starting within three tokens after token `k` and ending by token
/// `j` (mentions are disjoint and in text order: found from a binary search).
fn first_mention_after(para: &Para<'_>, k: usize, j: usize) -> Option<usize> {
    let from = para.mentions.partition_point(|m| m.start <= k);
    para.mentions[from..]
        .iter()
        .take_while(|m| m.start <= k + 3)
        .position(|m| m.end <= j + 1 && !m.quoted)
        .map(|i| from + i)
}
