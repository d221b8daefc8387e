//! The subject after a reporting verb, in inverted attribution: `“…,” said Andrew J. Tabler`,
//! `said the Pentagon`, `asks Policy Options editor Jennifer Ditchburn`.

use crate::lexicon;

use super::super::coref::Subject;
use super::super::names::MKind;
use super::super::nominal;
use super::super::tokens::T;
use super::super::verbs::AUXILIARIES;
use super::{Para, mention_starting_at};

/// The subject after the verb: `“…,” said Andrew J. Tabler` / `said the Pentagon`.
pub(super) fn right(para: &Para<'_>, v: usize, end: usize) -> Option<Subject> {
    let toks = &para.toks;
    let mut held: Option<usize> = None;
    let stop = end.min(v + 10);
    let mut k = v + 1;
    while k < stop {
        let t = &toks[k];
        if t.t == T::Open || t.s == "." || t.s == ";" || t.s == "," && held.is_some() {
            break;
        }
        if k == v + 1 && mention_starting_at(para, k).is_none() {
            // `said ferry captain Ilse Marrow-Dunne`: a role in lower case, then the name.
            let mut r = k;
            while r < stop && toks[r].t == T::Word && !toks[r].is_cap() && !toks[r].quoted {
                r += 1;
            }
            if r > k
                && let Some(m) = mention_starting_at(para, r)
                && !para.mentions[m].quoted
                && !para.mentions[m].possessive
            {
                // (`said the Halvern Board had …`: what is said, as below)
                if toks
                    .get(para.mentions[m].end)
                    .is_some_and(|t| AUXILIARIES.contains(&t.s))
                {
                    return None;
                }
                if para.mentions[m].kind == MKind::Person {
                    return Some(Subject::Mention(m));
                }
                // `said a spokesman for Ofcom`, `said an official at the Harbour Authority`: the body
                // the spokesman speaks for.
                let prep = if toks[r - 1].s == "the" { r - 2 } else { r - 1 };
                let body = matches!(para.mentions[m].kind, MKind::Org | MKind::Unknown);
                if body
                    && prep > k
                    && matches!(toks[prep].s, "for" | "of" | "at")
                    && toks[k..prep].iter().any(|t| super::is_spokes_noun(t.s))
                {
                    return Some(Subject::Mention(m));
                }
                // `said a Honda spokesman`: the body named before an unnamed spokesman (`the
                // Drexel spokesman` may be one the article named).
                if body
                    && matches!(toks[k].s, "a" | "an" | "one")
                    && toks
                        .get(para.mentions[m].end)
                        .is_some_and(|t| super::is_spokes_noun(t.s))
                {
                    return Some(Subject::Mention(m));
                }
            }
            // (Not a name the head only opens: `says the Office for National Statistics`.)
            if let Some(n) = nominal::starting_at(para, k, end)
                && para
                    .mention_over(n.end - 1)
                    .is_none_or(|m| para.mentions[m].end <= n.end)
            {
                // (`said the board had …`: what is said)
                if toks.get(n.end).is_some_and(|t| AUXILIARIES.contains(&t.s)) {
                    return None;
                }
                // `said tournament doctor Hamish Osborne`: the name right after the description.
                let named = mention_starting_at(para, n.end).filter(|&m| {
                    let mm = &para.mentions[m];
                    mm.kind == MKind::Person && !mm.quoted && !mm.possessive
                });
                return Some(
                    named
                        .map(Subject::Mention)
                        .or_else(|| named_after(para, n.end, end))
                        .unwrap_or(Subject::Nominal(n, k)),
                );
            }
        }
        if k == v + 1 && matches!(t.s, "he" | "she" | "He" | "She") {
            return Some(Subject::Pronoun(
                if t.s.eq_ignore_ascii_case("he") {
                    "he"
                } else {
                    "she"
                },
                k,
            ));
        }
        if let Some(m) = mention_starting_at(para, k).filter(|&m| !para.mentions[m].quoted) {
            let mm = &para.mentions[m];
            // `said the White House had debated …`, `said Ada Quint would resign`: the subject
            // of what is said, before its verb, not who says it.
            if toks.get(mm.end).is_some_and(|t| AUXILIARIES.contains(&t.s)) {
                return None;
            }
            // `asks Policy Options editor Jennifer Ditchburn`, `said Ulster man Humphreys`,
            // `said Iron Horses head coach Darrell Fehr`: the name after the role (a surname
            // alone too), of up to three words in lower case.
            let role_end = toks[mm.end..]
                .iter()
                .take(3)
                .take_while(|t| {
                    t.t == T::Word && !t.is_cap() && !t.quoted && !lexicon::is_function_word(t.s)
                })
                .count()
                + mm.end;
            let after_role = role_end > mm.end && nominal::is_person_head(toks[role_end - 1].s);
            if after_role
                && let Some(n) = mention_starting_at(para, role_end).filter(|&n| {
                    let nn = &para.mentions[n];
                    matches!(nn.kind, MKind::Person | MKind::Unknown)
                        && !nn.quoted
                        && !nn.possessive
                })
            {
                return Some(Subject::Mention(n));
            }
            if mm.kind == MKind::Person && !mm.possessive {
                return Some(Subject::Mention(m));
            }
            // (`said Ottawa expects about 140,000 households`: a place before a word in lower
            // case is what is said's subject, or a description's, `said Wales physio NAME`;
            // no one who speaks)
            let place_before_word = || {
                mm.kind == MKind::Place
                    && toks.get(mm.end).is_some_and(|t| {
                        t.t == T::Word
                            && t.lower_first().is_ascii_lowercase()
                            && !t.quoted
                            && !lexicon::is_function_word(t.s)
                    })
            };
            if !mm.possessive && !place_before_word() {
                held = held.or(Some(m));
            }
            k = mm.end;
            continue;
        }
        if t.t == T::Word
            && matches!(
                t.s,
                "about"
                    | "of"
                    | "for"
                    | "to"
                    | "in"
                    | "on"
                    | "with"
                    | "at"
                    | "from"
                    | "by"
                    | "over"
                    | "after"
                    | "that"
                    | "if"
                    | "whether"
                    | "why"
                    | "how"
                    | "what"
            )
        {
            break;
        }
        if t.t == T::Word && t.is_cap() {
            break;
        }
        k += 1;
    }
    held.map(Subject::Mention)
}

/// `said the chairman of the committee, Labour MP Ana Voss.`: the person named in an appositive
/// that closes the clause of a description ending at token `from`.
fn named_after(para: &Para<'_>, from: usize, end: usize) -> Option<Subject> {
    let toks = &para.toks;
    let c = (from..end.min(from + 20))
        .take_while(|&k| {
            let t = &toks[k];
            !matches!(t.t, T::Open | T::Close) && !matches!(t.s, "." | ";" | ":")
        })
        .find(|&k| toks[k].s == ",")?;
    let m = mention_starting_at(para, c + 1)?;
    let mm = &para.mentions[m];
    let closes = toks
        .get(mm.end)
        .is_none_or(|t| matches!(t.s, "." | ";" | ",") || matches!(t.t, T::Open | T::Close));
    (mm.kind == MKind::Person && !mm.quoted && !mm.possessive && closes)
        .then_some(Subject::Mention(m))
}

/// `said Anna Berg and Karl Holm.`, `said Anna Berg, Karl Holm and Ida Lund`: the people named
/// in full after subject mention `m` (in text order), joined by commas and a last `and`, when
/// the list ends the clause (`said Anna Berg and Karl Holm would go` is no such list); empty
/// otherwise.
pub(super) fn partners_after(para: &Para<'_>, m: usize, end: usize) -> Vec<usize> {
    let toks = &para.toks;
    let full = |k: usize| {
        let x = &para.mentions[k];
        x.kind == MKind::Person && !x.quoted && !x.possessive && x.end - x.name_start >= 2
    };
    if !full(m) {
        return Vec::new();
    }
    let mut partners = Vec::new();
    let mut k = para.mentions[m].end;
    loop {
        let Some(sep) = toks[..end].get(k) else {
            return Vec::new();
        };
        let and = sep.s == "and";
        if !and && sep.s != "," {
            return Vec::new();
        }
        let Some(n) = mention_starting_at(para, k + 1).filter(|&n| full(n)) else {
            return Vec::new();
        };
        partners.push(n);
        k = para.mentions[n].end;
        if and {
            break;
        }
    }
    let ends = toks[..end]
        .get(k)
        .is_none_or(|t| matches!(t.s, "." | "," | ";" | ":") || t.t != T::Word);
    if ends { partners } else { Vec::new() }
}
