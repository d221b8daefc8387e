//! Phrases other than a reporting verb that give a sentence's words to someone: `in her words`,
//! `in his own words`, `in the words of Ada Roe`.

use super::coref::Subject;
use super::names::MKind;
use super::speakers::Para;

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
