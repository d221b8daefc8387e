//! Paragraphs signed with a name rather than attributed by a verb: a pulled quote signed at its
//! end (`… life. Niagara County District Attorney Caroline Wojtaszek`) and an embedded tweet
//! signed `— Name (@handle) date`.

use super::names::MKind;
use super::speakers::Para;
use super::tokens::T;

/// A pulled quote signed at its end: the last sentence is a person's name alone, perhaps with
/// a title and an outlet (`… life. Niagara County District Attorney Caroline Wojtaszek`). Not
/// the last name of a list (`… M Horan. F Sheahan, J Hayes.`, a team's line-up): no other
/// person is named after it, and what comes before holds more lower-case words than names.
pub(crate) fn signature(para: &Para<'_>) -> Option<usize> {
    let last = para.sentences.last()?;
    if para.sentences.len() < 2 {
        return None;
    }
    // (mentions are disjoint and in text order: binary searches find them)
    let person = super::speakers::mention_starting_at(para, last.start).filter(|&m| {
        let m = &para.mentions[m];
        m.kind == MKind::Person && !m.quoted && !m.possessive
    })?;
    // After the name only punctuation, the names of bodies or a web address (`, Rentals.ca`).
    let tail_ok = (para.mentions[person].end..last.end).all(|i| {
        let t = &para.toks[i];
        t.t == T::Punct
            || para
                .mention_over(i)
                .is_some_and(|m| para.mentions[m].kind != MKind::Person)
            || t.s.contains('.')
    });
    // (asked only then: most paragraphs end otherwise)
    let prose = || {
        let before = &para.toks[..last.start];
        let lower = before
            .iter()
            .filter(|t| t.t == T::Word && t.s.as_bytes()[0].is_ascii_lowercase())
            .count();
        let (_, names) = para.mentions_within(0, last.start);
        lower > names.iter().filter(|m| m.kind == MKind::Person).count()
    };
    (tail_ok && prose()).then_some(person)
}

/// An embedded tweet: its text, then a dash, the author's name and `(@handle)`. The author
/// speaks, besides anyone the tweet itself quotes.
pub(crate) fn tweet_author(para: &Para<'_>) -> Option<usize> {
    // (the bracket after the name first: the rarest sign, asked of every mention)
    para.mentions.iter().rposition(|m| {
        para.toks.get(m.end).is_some_and(|t| t.s == "(")
            && m.start > 0
            && matches!(para.toks[m.start - 1].s, "—" | "–" | "-")
            && matches!(m.kind, MKind::Person | MKind::Unknown)
            && !m.quoted
            && !m.possessive
            && para
                .toks
                .get(m.end + 1)
                .is_some_and(|t| t.s.starts_with('@'))
    })
}
