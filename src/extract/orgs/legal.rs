//! A legal form the capitalised-run reading left alone, joined to the company it closes:
//! after a bracket or a comma (`Yamaichi International (Europe) Ltd`, `Orsk Holdings, Inc`),
//! or after words that open no run of capitals (`3Com Corp`, `K mart Corp`, `Spectrum 2000
//! Inc`, `Jacobs Engineering group Inc`). Alone, `Ltd` or `Corp` named no one: the subject
//! of `… Ltd said`, and what a later `it` took up.

use super::super::names::{MKind, Mention};
use super::super::speakers::{Para, mention_ending_at};
use super::super::tokens::T;
use super::super::words;
use crate::lexicon;

/// Names every legal form standing alone in `para` after the company it closes, when the
/// text shows one.
pub(super) fn join_lone_legal_forms(para: &mut Para<'_>) {
    let mut i = 0;
    while i < para.mentions.len() {
        let m = &para.mentions[i];
        // (a legal form alone is read as a body's name: most mentions are ruled out by kind)
        let lone = m.kind == MKind::Org
            && m.end == m.start + 1
            && !m.quoted
            && m.start > 0
            && words::is_company_suffix(para.toks[m.start].s)
            // (`Company` and `Corporation` open sentences and titles too: `the U.S., Company
            // spokesmen told`)
            && !matches!(para.toks[m.start].s, "Company" | "Corporation")
            // (not an acronym the article defined: `the American Soybean Association, ASA,`)
            && words::is_company_suffix(&m.name);
        if lone {
            if let Some(owner) = owner_before_mark(para, i) {
                // (the company's own mention keeps its place: the bracket between may hold
                // one too)
                let name = para.mentions[owner].name.clone();
                para.mentions[owner].kind = MKind::Org;
                become_company(&mut para.mentions[i], name);
            } else if let Some((from, absorbed)) = run_before(para, i) {
                // (the mention among the words, taken out: it is part of the company's name)
                let absorbed = absorbed.map(|a| para.mentions.remove(a));
                if absorbed.is_some() {
                    i -= 1;
                }
                let legal_at = para.mentions[i].start;
                let mut name = absorbed
                    .as_ref()
                    .map_or_else(String::new, |a| a.name.clone());
                let words_from = absorbed.as_ref().map_or(from, |a| a.end);
                for t in &para.toks[words_from..legal_at] {
                    if !name.is_empty() {
                        name.push(' ');
                    }
                    name.push_str(t.s);
                }
                name.push(' ');
                name.push_str(para.toks[legal_at].base());
                let m = &mut para.mentions[i];
                m.name_start = from;
                match absorbed {
                    // (its titles too: `lead manager NAME 2 Inc`)
                    Some(a) => {
                        (m.start, m.lead_place_end, m.roles) = (a.start, a.lead_place_end, a.roles)
                    }
                    None => (m.start, m.lead_place_end) = (from, from),
                }
                become_company(m, name);
            }
        }
        i += 1;
    }
}

/// Mention `m` named as the company `name`.
fn become_company(m: &mut Mention, name: String) {
    m.name = name;
    m.kind = MKind::Org;
    m.gender = None;
    m.titled_gender = false;
    m.role_only = false;
}

/// The mention before a bracket of a few words (`(Europe)`, `(U.K.)`) or a comma that the
/// lone legal form `m` follows: the company it closes (before a bracket, a name read as a
/// person's or a place's too, `Yamaichi International`, and so before a comma and an English
/// legal form, `Makita U.S.A., Inc`; but another country's there may be an acronym, `NAME, ASA
/// president`; not a name in `'s`).
fn owner_before_mark(para: &Para<'_>, m: usize) -> Option<usize> {
    let toks = &para.toks;
    let start = para.mentions[m].start;
    let mut k = start - 1;
    let bracket = toks[k].s == ")";
    match toks[k].s {
        "," => {}
        ")" => {
            k = (k.saturating_sub(4)..k).rev().find(|&i| toks[i].s == "(")?;
        }
        _ => return None,
    }
    let owner = mention_ending_at(para, k.checked_sub(1)?)?;
    let o = &para.mentions[owner];
    // (an English legal form closes any name: `Makita U.S.A., Inc`; another country's after a
    // comma may be an acronym, `NAME, ASA president`)
    let english = !words::is_foreign_legal_form(toks[start].s.trim_end_matches('.'));
    (!o.possessive && (matches!(o.kind, MKind::Org | MKind::Unknown) || bracket || english))
        .then_some(owner)
}

/// The words before the lone legal form `m` that name its company though they open no run of
/// capitals: where they start, and the mention among them (its name read as written), if any.
/// Words with a digit, capitalised words and single letters, and one lower-case word right
/// before the legal form (`K mart Corp`, `Engineering group Inc`); no function word, no mark,
/// nothing quoted, and at most one mention, which ends the walk (a name in `'s` before it
/// is another's: `Westcorp's Western Financial Auto Loans 2 Inc`).
fn run_before(para: &Para<'_>, m: usize) -> Option<(usize, Option<usize>)> {
    let toks = &para.toks;
    let legal = para.mentions[m].start;
    let mut from = legal;
    let mut absorbed = None;
    while from > 0 && legal - from < 5 {
        let k = from - 1;
        let t = &toks[k];
        if t.t != T::Word || t.quoted || t.is_possessive() {
            break;
        }
        if let Some(a) = mention_ending_at(para, k) {
            let am = &para.mentions[a];
            if am.possessive || !matches!(am.kind, MKind::Org | MKind::Unknown | MKind::Person) {
                break;
            }
            absorbed = Some(a);
            from = am.name_start;
            break;
        }
        let b = t.s.as_bytes();
        let lower = b[0].is_ascii_lowercase();
        let fits = if lower {
            k + 1 == legal && !lexicon::is_function_word(t.s)
        } else {
            b.iter().any(u8::is_ascii_digit)
                || (t.is_cap() && !lexicon::is_function_word_any_case(t.s))
        };
        if !fits {
            break;
        }
        from = k;
    }
    // (a lower-case word alone names no company, `the group Inc`, nor a number, `Loans 2 Inc`
    // after a name in `'s`)
    let first = toks.get(from).filter(|_| from < legal)?;
    (absorbed.is_some()
        || (!first.s.as_bytes()[0].is_ascii_lowercase()
            && first.s.bytes().any(|b| b.is_ascii_alphabetic())))
    .then_some((from, absorbed))
}
