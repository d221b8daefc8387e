//! Role nouns written around a person's name (`political scientist NAME`, `NAME, the ministry
//! spokeswoman,`), kept on the mention so that a description met later can find its holder.

use crate::lexicon;

use super::super::tokens::{T, Tok};
use super::super::words;
use super::Mention;

/// Role nouns around a person's name: `political scientist Hamish Telford`, `Maria Zakharova,
/// the ministry spokeswoman,` (so that `the spokeswoman said` can find her later).
// (Inlined at its one call site, in the loop over a paragraph's people.)
#[inline(always)]
pub(super) fn context_roles(toks: &[Tok<'_>], m: &mut Mention) {
    // The lower-case words right before the name, nearest first; up to eight words after a
    // comma after it. (Read as one list: one call site for the lookup.)
    let before = toks[m.start.saturating_sub(3)..m.start]
        .iter()
        .rev()
        .take_while(|t| t.t == T::Word && !t.is_cap());
    let comma = toks.get(m.end).is_some_and(|t| t.s == ",");
    // (up to a preposition or a relative word: a person noun in its object or clause is
    // someone else's, or no one's: `NAME, a maker of wing parts,`, `NAME, the daughter of a
    // fisherman,`, `NAME, a retired teacher whose husband …`)
    let after = toks[if comma { m.end + 1 } else { toks.len() }..]
        .iter()
        .take(8)
        .take_while(|t| {
            t.t == T::Word
                && !matches!(
                    t.s,
                    "of" | "for" | "at" | "with" | "from" | "who" | "whose" | "whom" | "that"
                )
        });
    // `his girlfriend Beyonce Knowles`, `actress Kate Winslet`: a gendered role noun right
    // before a name tells the gender its given name may not.
    if m.gender.is_none()
        && let Some(g) = before.clone().next().and_then(|t| words::role_gender(t.s))
    {
        // (as sure as an honorific's)
        m.gender = Some(g);
        m.titled_gender = true;
    }
    // …and so does one in an appositive after it that describes the name (`Kim Hye-jin, a
    // spokeswoman for the company,`, `NAME, her husband,`; not `NAME, whose wife …`).
    if m.gender.is_none()
        && let Some(first) = after.clone().next()
        && (matches!(
            first.s,
            "a" | "an" | "the" | "his" | "her" | "their" | "its"
        ) || first.is_possessive())
        && let Some(g) = after.clone().take(5).find_map(|t| words::role_gender(t.s))
    {
        m.gender = Some(g);
        m.titled_gender = true;
    }
    // …and one set off before it by a comma after a possessive (`Her brother, Taras
    // Hrynchuk,`, `The boy's older sister, Ada Lima,`; not `Unlike her brother, Ada …`, read
    // as no appositive, nor `A cousin, …`).
    if m.gender.is_none()
        && m.start >= 3
        && toks[m.start - 1].s == ","
        && let Some(g) = words::role_gender(toks[m.start - 2].s)
        && kin_owner_opens(toks, m.start - 2)
    {
        m.gender = Some(g);
        m.titled_gender = true;
    }
    age_role(toks, m);
    for (k, t) in before.enumerate() {
        // (Asked once of each word: most are no person noun, and need nothing else.)
        if !words::is_person_noun_any_case(t.s) {
            continue;
        }
        // `A third arbitrageur noted Mark IV had …`, `between the chancellor and Tony Blair`: a
        // role before a verb or a conjunction is someone else's; so is one before a
        // preposition (`a spokesperson for Hamilton Tenants United`).
        if k > 0
            && toks[m.start - k..m.start].iter().any(|v| {
                matches!(
                    v.s,
                    "and" | "or" | "nor" | "but" | "for" | "of" | "at" | "with"
                ) || lexicon::is_reporting_verb_any_case(v.s)
                    // (`a lawyer representing NAME`, `a man named NAME`: a participle's
                    // object)
                    || v.s.ends_with("ing")
                    || v.s.ends_with("ed")
            })
        {
            break;
        }
        add_person_noun(t.s, &mut m.roles);
    }
    // (not one modifying a body's noun after it, the appositive's head: `NAME, a volunteer
    // monitoring group,`; not `NAME, a lawyer representing the company,`)
    let mut held = None;
    for t in after {
        if words::is_person_noun_any_case(t.s) {
            if let Some(h) = held.replace(t.s) {
                add_person_noun(h, &mut m.roles);
            }
        } else if let Some(h) = held
            && (t.is_cap() || lexicon::is_function_word(t.s))
        {
            add_person_noun(h, &mut m.roles);
            held = None;
        } else if held.is_some() && words::is_org_noun(t.s) {
            held = None;
        }
    }
    if let Some(h) = held {
        add_person_noun(h, &mut m.roles);
    }
    // `Her father, Harjit Singh Bhullar, drove …`, `The club's new coach, Ada Lund,`: a person
    // noun before a comma, after a determiner or a possessive and a word or two (or two joined
    // by `and`: `Latvia's climate and energy minister, NAME,`), names the role of the person
    // the comma pair holds.
    if comma
        && m.start >= 3
        && toks[m.start - 1].s == ","
        && let k = m.start - 2
        && toks[k].t == T::Word
        && !toks[k].is_cap()
        && words::is_person_noun(toks[k].s)
        && (k.saturating_sub(4)..k).rev().any(|d| {
            let between = &toks[d + 1..k];
            toks[d].t == T::Word
                && (toks[d].is_possessive()
                    || matches!(toks[d].s, "the" | "The")
                    || super::super::nominal::possessive_pronoun(toks[d].s).is_some())
                && between.len() <= 3
                && between.iter().enumerate().all(|(j, t)| {
                    t.t == T::Word
                        // (a demonym may open the role: `The Polish deputy energy minister,
                        // NAME,`)
                        && (!t.is_cap() || j == 0)
                        && (!lexicon::is_function_word(t.s)
                            // (`and` between two modifiers only)
                            || t.s == "and" && j > 0 && j + 1 < between.len())
                })
        })
    {
        add_person_noun(toks[k].s, &mut m.roles);
        // (`Her older brother, Reuben Flett,`: which bearer `the older Flett` is)
        if let Some(w) = toks[k.saturating_sub(3)..k]
            .iter()
            .find_map(|t| age_word(t.s))
        {
            words::push_role(&mut m.roles, w.to_owned());
        }
    }
}

/// `the younger Mr. Ait Brahim`, `the older Flett`: which of two bearers of a surname, kept
/// among the mention's roles (asked of a lone surname too).
#[inline(always)]
pub(super) fn age_role(toks: &[Tok<'_>], m: &mut Mention) {
    // (most names follow no word of five letters or more ending in `r`: settled unread)
    if m.start >= 2
        && toks[m.start - 1].s.len() >= 5
        && toks[m.start - 1].s.ends_with('r')
        && matches!(toks[m.start - 2].s, "the" | "The")
        && let Some(w) = age_word(toks[m.start - 1].s)
    {
        words::push_role(&mut m.roles, w.to_owned());
    }
}

/// `younger` for `younger`, `elder` for `older` and `elder`: which of two bearers of a surname
/// (roles carrying these words are no role nouns).
fn age_word(w: &str) -> Option<&'static str> {
    match w {
        "younger" => Some("younger"),
        "older" | "elder" => Some("elder"),
        _ => None,
    }
}

/// Adds person noun `w` in lower case to `roles` when it is not there yet.
fn add_person_noun(w: &str, roles: &mut Vec<String>) {
    // (Most words are ASCII: lowered without the Unicode tables.)
    let w = if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        w.to_lowercase()
    };
    if !roles.contains(&w) {
        words::push_role(roles, w);
    }
}

/// `Her brother,` / `The boy's older sister,`: the noun at `noun` is owned by a possessive that
/// opens its sentence, with at most one lower-case word between.
fn kin_owner_opens(toks: &[Tok<'_>], noun: usize) -> bool {
    let owner =
        |t: &Tok<'_>| matches!(t.s, "His" | "Her" | "Their" | "My" | "Our") || t.is_possessive();
    (noun.saturating_sub(2)..noun).rev().any(|k| {
        owner(&toks[k])
            && toks[k + 1..noun].iter().all(|t| t.t == T::Word && !t.is_cap())
            // (the possessive's own words, back to the sentence's start: `The boy's`)
            && {
                let from = toks[..k]
                    .iter()
                    .rposition(|t| matches!(t.s, "." | "!" | "?" | "“" | "\"" | ";"))
                    .map_or(0, |i| i + 1);
                toks[from..k].iter().all(|t| t.t == T::Word) && k - from <= 3
            }
    })
}
