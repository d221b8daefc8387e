//! Where a run's name proper starts: after titles, roles, places and demonyms (`Defense
//! Secretary Ashton B. Carter`, `U.S. President Donald Trump`), unless a given name that is
//! also a place opens it (`Sydney Brackenridge`).

use crate::lexicon;

use super::super::people::FirstNames;
use super::super::places::Gazetteer;
use super::super::tokens::{T, Tok};
use super::super::words;
use super::word_kinds::is_plural_person_noun;
use super::{
    Mention, Vocab, is_acronym, is_demonym, is_hyphenated_role, is_plural_title, is_role,
    is_role_but_honorific,
};

/// Titles that are also a company's legal form (`New York AG Leona Pratt`, `Brennholt AG`):
/// titles only where the name proper may start, not after a company's name (`Brennholt AG
/// Chief Executive Lena Vogt`).
const LEGAL_FORM_TITLES: &[&str] = &["AG"];

/// `Sydney Brackenridge`, `Jordan Whitfield`: a one-word place that is also a given name,
/// followed by one word that can only be a surname, and that the article uses alone as
/// surnames are (`Brackenridge said`; not `Paris Accord`, `France Telecom`) or describes as a
/// person (`person_follows`: `Regina Thibodeau-Marsh, whose husband …`), names a person; so
/// does one followed by a city's name ([`given_name_and_city`]: `Victoria Hamilton`). A
/// surname that is also a feature's or a title's word (`Jordan Hall`, `Jordan Keeper`) only
/// where the run is plainly one person's (`person_named`: `…, a spokesperson for …`, `said
/// Jordan Keeper`; not `Victoria Park, the city's largest`).
fn given_name_like_a_place(
    ws: &[&str],
    gaz: &Gazetteer,
    first_names: &FirstNames,
    vocab: &Vocab<'_, '_>,
    (person_follows, person_named): (&dyn Fn() -> bool, &dyn Fn() -> bool),
) -> bool {
    // (`Austin C. Marshall`, `Constantine S. Nicandros`: a place's one word before middle
    // initials and a surname is a given name, as no place is written before initials; not
    // `Washington D.C.`, a place of two words)
    if let [_, middle @ .., _] = ws
        && !middle.is_empty()
        && middle.iter().all(|w| super::is_dotted_initials(w))
        && gaz.place_prefix(ws) == Some(1)
    {
        return true;
    }
    // (`Florence Ngo Mbarga, her husband …`: a given name, then a surname of two words,
    // plainly a person's (not `China Aviation Oil, the Singapore-listed arm`), none of them a
    // place's, title's, body's or demonym)
    if let [given, rest @ ..] = ws
        && rest.len() == 2
        && first_names.get(given).is_some()
        && gaz.place_prefix(&ws[..1]) == Some(1)
        && gaz.place_prefix(rest).is_none()
        && rest.iter().all(|w| {
            !is_acronym(w)
                && !is_role(w)
                && !words::is_org_word(w)
                && !words::is_feature_word(w)
                && !is_demonym(w, gaz, first_names)
        })
    {
        return person_named();
    }
    let [given, surname] = ws else {
        return false;
    };
    if given_name_and_city(ws, gaz.place_prefix(ws), gaz, first_names) {
        return true;
    }
    if first_names.get(given).is_none()
        || gaz.place_prefix(&ws[..1]) != Some(1)
        || is_acronym(surname)
        || words::is_direction(surname)
        || is_demonym(surname, gaz, first_names)
        || lexicon::is_calendar(surname)
    {
        return false;
    }
    // (`Hall` is a building's word and a body's: `City Hall`)
    if words::is_feature_word(surname) || is_role(surname) {
        return person_named() && !gaz.is_city(surname);
    }
    if words::is_org_word(surname) {
        return false;
    }
    // Team names are plural (`Dallas Cowboys`); `-ss` surnames are not (`Florence Hess`).
    let plural = surname.ends_with('s') && !surname.ends_with("ss");
    let place = gaz.place_prefix(&ws[1..]).is_some();
    // Described or named as a person (`Victoria Salas, a dentist,`), the surname may end in
    // `s` or be a small town's name (`Lourdes Paredes, a vendor,`), not a city's or country's.
    (!plural && !place && vocab.is_lone(surname))
        || (person_follows() && !gaz.is_city(surname) && !gaz.is_country(&ws[1..]))
}

/// `Victoria Hamilton`, `Chelsea Clinton`: a given name that names a place, then a city's or a
/// town's name with no comma between them, name a person (two places are not written so).
/// `lead` is the place opening the words ([`Gazetteer::place_prefix`]).
pub(super) fn given_name_and_city(
    ws: &[&str],
    lead: Option<usize>,
    gaz: &Gazetteer,
    first_names: &FirstNames,
) -> bool {
    let [given, surname] = ws else {
        return false;
    };
    lead == Some(1)
        && first_names.get(given).is_some()
        && gaz.is_city(surname)
        && !words::is_feature_word(surname)
}

/// `said Mike Lake`, `Mike Lake, a spokesman`, `presenter Stuart Hall`, `predicts Oliver
/// Irish`: a gendered given name (no place's, no title's) and a surname that is also another
/// kind of word (a feature's head, `Hall`, `Lake`; a demonym, `Irish`, `French`) name a person
/// where the run is one's: after a title, role or person noun, after a reporting verb,
/// described as a person after a comma, or before a reporting verb when the article uses the
/// surname alone (`Hall said`; not `Echo Bay said`, a company's short name). Not after `the`,
/// `of`, a preposition or a possessive (`at the Albert Hall`, `Gateshead's Sage Centre`), where
/// a place or a body is meant.
pub(super) fn given_name_named_as_person(
    toks: &[Tok<'_>],
    (start, end): (usize, usize),
    ws: &[&str],
    gaz: &Gazetteer,
    first_names: &FirstNames,
    vocab: &Vocab<'_, '_>,
) -> bool {
    let [titles @ .., given, surname] = ws else {
        return false;
    };
    if !matches!(first_names.get(given), Some(Some(_)))
        || is_role(given)
        || !titles.iter().all(|w| is_role(w))
    {
        return false;
    }
    // (A given name that is also a place's, only where the run is described as a person's:
    // `Jordan Hall, a spokesperson for …`; not `at Jordan Hall`, `told Victoria Hall`.)
    if gaz.place_prefix(std::slice::from_ref(given)).is_some() {
        return titles.is_empty() && super::placed::described_as_person(toks, end);
    }
    let before = start.checked_sub(1).map(|k| &toks[k]);
    if before.is_some_and(|t| {
        t.is_possessive()
            || lexicon::with_lower(t.s, |w| {
                matches!(
                    w,
                    "the" | "of" | "at" | "in" | "on" | "to" | "near" | "from" | "into" | "outside"
                )
            })
    }) {
        return false;
    }
    let verb = |t: Option<&Tok<'_>>| t.is_some_and(|t| lexicon::is_reporting_verb_any_case(t.s));
    let described = toks.get(end).is_some_and(|t| t.s == ",")
        && toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.s, "a" | "an" | "who" | "whose"));
    // (`senator John Tower`, `analyst Mike Lake`: a role or person noun in lower case before)
    let role_before = before.is_some_and(|t| {
        t.t == T::Word && !t.is_cap() && (is_role(t.s) || words::is_person_noun_any_case(t.s))
    });
    !titles.is_empty()
        || role_before
        || verb(before)
        || described
        || (verb(toks.get(end)) && vocab.is_lone(surname))
}

/// A compound joined by a lower-case preposition or article, or ending in a title, a title or
/// description before a name (`Man-of-the-match`, `Editor-in-chief`, `Under-Secretary`,
/// `Chairman-elect`), never part of it.
#[inline]
fn is_compound_title(w: &str) -> bool {
    // (A short word's bytes are read at once, without a call to search them.)
    w.bytes().any(|b| b == b'-')
        && (w
            .split('-')
            .skip(1)
            .any(|p| matches!(p, "of" | "the" | "in" | "on" | "at" | "for" | "upon"))
            || w.rsplit('-').next().is_some_and(words::is_role_word)
            || w.strip_suffix("-elect").is_some_and(words::is_role_word))
}

/// `Institute of Public Policy Research`, `Department of Energy Secretary …`: the word at `j`
/// follows `of` or `for` after a body's word with no title before it, so it is a word of the
/// body's name, not a title (`Secretary of State John Kerry` has its title first).
fn inside_body_name(ws: &[&str], j: usize) -> bool {
    j >= 2
        && matches!(ws[j - 1], "of" | "for")
        && ws[..j - 1].iter().any(|w| words::is_org_word(w))
        && !ws[..j - 1].iter().any(|w| is_role(w))
        // (or opening a French body's name: `Centre de services scolaire de Montréal`)
        || j == 0
            && ws.get(1).is_some_and(|n| matches!(*n, "de" | "des" | "du"))
            && words::is_org_word(ws[0])
}

/// Finds where the name proper starts after titles, roles, places and demonyms (`Defense
/// Secretary Ashton B. Carter`, `U.S. President Donald Trump`), noting roles and gender in `m`.
#[inline]
pub(super) fn strip_titles(
    ws: &[&str],
    lead: Option<usize>,
    gaz: &Gazetteer,
    first_names: &FirstNames,
    vocab: &Vocab<'_, '_>,
    person: (&dyn Fn() -> bool, &dyn Fn() -> bool),
    m: &mut Mention,
) -> usize {
    let mut name_from = 0;
    for (j, w) in ws.iter().enumerate().take(ws.len().saturating_sub(1)) {
        // Places opening the run come before any title (`U.S. President …`).
        if m.roles.is_empty()
            && j == name_from
            && let Some(len) = gaz.place_prefix_at(ws, j, lead)
            && j + len < ws.len()
            && !given_name_like_a_place(&ws[j..], gaz, first_names, vocab, person)
        {
            name_from = j + len;
            m.lead_place_end = m.start + name_from;
            continue;
        }
        if j < name_from {
            continue;
        }
        // (The honorifics' shapes, inlined, rule out most words without a call.)
        if words::may_be_honorific(w)
            && let Some((_, g)) = lexicon::honorific(w)
        {
            m.gender = m.gender.or(g);
            words::push_role_words(w, &mut m.roles);
            name_from = j + 1;
        } else if ((is_role_but_honorific(w) && (j == name_from || !LEGAL_FORM_TITLES.contains(w)))
            || (j == name_from
                && (is_plural_title(w) || is_compound_title(w) || is_hyphenated_role(w)))
            || is_demonym(w, gaz, first_names)
            || (j == name_from && nationality_before_given_name(ws, j, first_names)))
            && !inside_body_name(ws, j)
        {
            words::push_role_words(w, &mut m.roles);
            name_from = j + 1;
        } else if j == name_from
            && matches!(*w, "First" | "Second" | "Third" | "Fourth" | "Fifth")
            && given_name_follows(ws, j, first_names)
        {
            // `Third Jess Tannahill`, `Second baseman …`: a position or a rank before a full
            // name (not `First Minister …`, a title: asked above)
            name_from = j + 1;
        } else if j == name_from && plural_before_full_name(ws, j, first_names) {
            // (the end of what went before: no role of the person's)
            name_from = j + 1;
        // With no roles yet, the loop's first test asked just this and failed: ask only after one.
        } else if j == name_from
            && !m.roles.is_empty()
            // (after an honorific, a name: `Dr. Rania Nasser`)
            && lexicon::honorific(ws[j - 1]).is_none()
            && let Some(len) = gaz.place_prefix_at(ws, j, lead)
            && j + len < ws.len()
            && !given_name_like_a_place(&ws[j..], gaz, first_names, vocab, person)
        {
            name_from = j + len;
        }
    }
    // `Minister for Aviation Michael Spicer`, `Undersecretary of Commerce Bruce Smart`: after a
    // person's title and `for`/`of`, the portfolio's words run up to the given name (not after
    // a body's word: `City of Surrey`).
    if let Some(k) = ws[..ws.len().saturating_sub(2)]
        .iter()
        .position(|w| matches!(*w, "for" | "of"))
        .filter(|&k| k >= 1 && is_role(ws[k - 1]) && !words::is_org_word(ws[k - 1]))
        && let Some(g) = ws[k + 2..ws.len() - 1]
            .iter()
            .position(|w| first_names.get(w).is_some())
    {
        name_from = name_from.max(k + 2 + g);
    }
    // `NPPC Ray Hankes`, `EADS Philippe Camus`: a body's acronym before a given name (or a
    // word, then a surname the article uses alone) is the person's affiliation (not `KLM Royal
    // Dutch Airlines`, `SMC Hong Kong`).
    if ws.len() == name_from + 3
        && ws[name_from].len() >= 3
        && is_acronym(ws[name_from])
        && gaz.place_prefix(&ws[name_from + 1..]).is_none()
        && !ws.iter().any(|w| words::is_org_word(w))
        && (first_names.get(ws[name_from + 1]).is_some() || vocab.is_lone(ws[name_from + 2]))
    {
        name_from += 1;
    }
    // A given name later in the run opens the name (`Crown-Indigenous Relations Carolyn Bennett`).
    if ws.len() - name_from > 2
        && first_names.get(ws[name_from]).is_none()
        && let Some(off) = ws[name_from + 1..ws.len() - 1]
            .iter()
            .position(|w| first_names.get(w).is_some())
        && off >= 1
    {
        name_from += off + 1;
    }
    name_from
}

/// `Belgian Willy de Clercq`, `Swede Daniel Persson`, `German Bernd Maier`: a nationality
/// before a given name (and more words) describes the person, even one that is a given name
/// too (which [`is_demonym`] turns down).
fn nationality_before_given_name(ws: &[&str], j: usize, first_names: &FirstNames) -> bool {
    given_name_follows(ws, j, first_names)
        && (words::is_listed_demonym(ws[j]) || super::super::nominal::is_person_demonym(ws[j]))
}

/// `Minister for Children, Young People and Families Margaret Hodge`, `leader of the Commons
/// Oliver Heald`, `Tories Ken Clarke`: a plural noun right before a given name and a surname
/// (no more: `Avions Marcel Dassault-Breguet Aviation`) ends what went before. Only a plural
/// that is plainly one (`-ies`, a person noun's, a body's word in `-s`): many given names end
/// in `s` (`Klaus Peter Schmitz`).
fn plural_before_full_name(ws: &[&str], j: usize, first_names: &FirstNames) -> bool {
    let w = ws[j];
    ws.len() == j + 3
        && w.len() > 3
        && w.ends_with('s')
        && given_name_follows(ws, j, first_names)
        && (w.len() > 4
            && (w.ends_with("ies")
                || is_plural_person_noun(w)
                || words::is_org_word(w)
                // (`Vice-Premiers Li Peng and Tian Jiyun`: titles in the plural)
                || is_compound_title(&w[..w.len() - 1]))
            // (`the Lib Dems David Laws`: a party's or a people's word in the plural)
            || words::is_listed_demonym(&w[..w.len() - 1]))
        && first_names.get(w).is_none()
}

/// A given name (no function word) and at least one more word after word `j`.
fn given_name_follows(ws: &[&str], j: usize, first_names: &FirstNames) -> bool {
    j + 2 < ws.len()
        && first_names.get(ws[j + 1]).is_some()
        && !lexicon::is_function_word_any_case(ws[j + 1])
}

/// Letters after a name that are no part of it (`Frank Bellwood MP`, `Guy Carver QC`).
fn is_post_nominal(w: &str) -> bool {
    matches!(
        w,
        "MP" | "MEP"
            | "MSP"
            | "MLA"
            | "MPP"
            | "MHA"
            | "MNA"
            | "QC"
            | "KC"
            // (Ireland's senior counsel: `Eoghan de Paor SC`)
            | "SC"
            | "OBE"
            | "MBE"
            | "CBE"
            | "KBE"
    )
}

/// The words `ws` of a run end in letters after a person's name: a given name, a surname,
/// then the letters (`Frank Bellwood MP`; not a body's `Plaid Cymru MP`).
#[inline]
pub(super) fn has_post_nominal(ws: &[&str], first_names: &FirstNames) -> bool {
    let last = ws[ws.len() - 1];
    ws.len() >= 3
        && is_post_nominal(last)
        // (a counsel's or an honour's letters follow no body's name: a given name the list
        // lacks may open it, `Eoghan de Paor SC`)
        && (first_names.get(ws[0]).is_some()
            || matches!(last, "QC" | "KC" | "SC" | "OBE" | "MBE" | "CBE" | "KBE"))
        && !is_role(ws[ws.len() - 2])
}

/// `Howard Dean`, `Labour MP Oona King`, `Lawyer Louise Christian`: a title that is a surname
/// as well, after a given name or after a person's title, or a demonym after a person's title
/// (the honorifics' titles only: `Toronto Police`, `Young Labour`, `Royal Dutch` stay bodies).
/// A given name that is a place's too (`Georgia Police`) does not count.
pub(super) fn titled_surname(
    name_words: &[&str],
    title: &[&str],
    gaz: &Gazetteer,
    first_names: &FirstNames,
) -> bool {
    let [first, middle @ .., last] = name_words else {
        return false;
    };
    // (A demonym alone is no person's title: `the Indonesian Economics Minister`.)
    let titled = title.iter().any(|w| is_role(w));
    // (A demonym only after a title: given names such as `Royal` open bodies' names too.)
    let surname = if lexicon::honorific(last).is_some() {
        !is_acronym(last) && (titled || first_names.get(first).is_some())
    } else {
        titled && is_demonym(last, gaz, first_names)
    };
    surname
        && gaz.place_prefix(&name_words[..1]).is_none()
        && !middle.iter().any(|w| words::is_role_word(w))
}
