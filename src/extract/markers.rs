//! Phrases other than a reporting verb that give a sentence's words to someone: `in her words`,
//! `in his own words`, `in the words of Ada Roe`; and the statements a participle may follow
//! (`issued a statement saying …`).

use super::coref::Subject;
use super::names::MKind;
use super::speakers::Para;
use super::tokens::{T, Tok};

/// Whose words token `v` (`words`) of a paragraph stands in: `in his (own) words` gives them to
/// `he`, `in the words of NAME` to the name; anything else (`in other words`) to nobody.
pub(crate) fn words_of(para: &Para<'_>, v: usize) -> Option<Subject> {
    let toks = &para.toks;
    let mut k = v.checked_sub(1)?;
    if toks[k].s == "own" {
        k = k.checked_sub(1)?;
    }
    if !toks[k.checked_sub(1)?].s.eq_ignore_ascii_case("in") {
        return None;
    }
    match toks[k].s {
        "his" => Some(Subject::Pronoun("he", k)),
        "her" => Some(Subject::Pronoun("she", k)),
        "the" if toks.get(v + 1).is_some_and(|t| t.s == "of") => para
            .mentions
            .iter()
            .position(|m| {
                m.start == v + 2 && !m.quoted && matches!(m.kind, MKind::Person | MKind::Org)
            })
            .map(Subject::Mention),
        _ => None,
    }
}

/// What someone issues, gives or posts that a participle after it reports (`gave an interview
/// noting …`, `posted a video saying …`).
const STATEMENTS: &[&str] = &[
    "statement",
    "interview",
    "release",
    "letter",
    "email",
    "e-mail",
    "video",
    "post",
    "tweet",
    "message",
    "speech",
    "memo",
    "note",
];

/// Whether the participle at token `v` follows a statement (`issued a statement saying`,
/// `released a statement on Friday saying`): a statement noun a few plain words back, after
/// an article or a possessive, with no punctuation between (not `a statement, saying`).
pub(crate) fn after_statement(toks: &[Tok<'_>], start: usize, v: usize) -> bool {
    (v.saturating_sub(4).max(start + 1)..v).any(|j| {
        STATEMENTS.contains(&toks[j].s)
            && matches!(
                toks[j - 1].s,
                "a" | "an" | "the" | "its" | "his" | "her" | "their"
            )
            && toks[j + 1..v].iter().all(|t| t.t == T::Word && !t.quoted)
    })
}
