//! A place's name before words that name no person: the name of a body of that place
//! (`Toronto Hydro`, `Alberta Wildfire`), told apart from a person's name after a place, an
//! event held there and a description.

use crate::lexicon;

use super::super::people::FirstNames;
use super::super::places::Gazetteer;
use super::super::tokens::{T, Tok};
use super::super::vocab::Vocab;
use super::super::words;
use super::{Mention, is_demonym, is_particle, is_role};

/// `Garuda Indonesia`, `Telkom Kenya`: a word that is no given name, title or place before a
/// country's name that is none either, with nothing before them, names a body of that country
/// (a person's surname is no country's name; not `Michael Jordan`, `Hakim Chad`, `Mount Kenya`).
pub(super) fn names_a_national_body(
    toks: &[Tok<'_>],
    end: usize,
    ws: &[&str],
    (gaz, first_names): (&Gazetteer, &FirstNames),
) -> bool {
    let [first, country] = ws else {
        return false;
    };
    gaz.is_country(&ws[1..])
        && first_names.get(country).is_none()
        && first_names.get(first).is_none()
        && gaz.place_prefix(&ws[..1]).is_none()
        && lexicon::honorific(first).is_none()
        && !is_role(first)
        && !is_particle(first)
        && !words::is_person_noun_any_case(first)
        && !words::is_feature_word(first)
        && !words::is_feature_head(first)
        && !described_as_person(toks, end)
        && !aged(toks, end)
}

/// Whether the run `start..end` of words `ws`, whose name proper starts at `name_from` after a
/// place (mention `m` so far), names a body of that place.
pub(super) fn names_a_body(
    toks: &[Tok<'_>],
    (start, end): (usize, usize),
    ws: &[&str],
    name_from: usize,
    m: &Mention,
    (gaz, first_names, vocab): (&Gazetteer, &FirstNames, &Vocab<'_, '_>),
) -> bool {
    let name_words = &ws[name_from..];
    let last = name_words[name_words.len() - 1];
    // A word that may be part of a person's name or description.
    // (`U.S. Official`, `U.S. Banks`, `U.S. Dollars` in text that capitalises after `U.S.`: a
    // person noun, or a plural the article writes in lower case)
    // (A plural before more words names the group: `Hamilton Tenants United`.)
    let person_word = |w: &str| {
        let plural_inside = w.ends_with('s') && !std::ptr::eq(w, last);
        is_particle(w)
            || first_names.get(w).is_some()
            || lexicon::honorific(w).is_some()
            || is_demonym(w, gaz, first_names)
            || !plural_inside
                && (words::is_person_noun_any_case(w.strip_suffix('s').unwrap_or(w))
                    || (w.ends_with('s') && vocab.writes_lower_anywhere(w)))
    };
    // (`the Afghan envoy to the United States NAME`: after a preposition, a place may close a
    // description, and two words or more after it that the article never writes in lower case
    // are a person's name)
    let closes_description = || {
        let prep = |k: usize| matches!(toks[k].s, "to" | "of" | "for" | "in" | "at" | "from");
        let after_prep = start
            .checked_sub(1)
            .is_some_and(|k| prep(k) || (toks[k].s == "the" && k > 0 && prep(k - 1)));
        name_words.len() >= 2
            && after_prep
            && !name_words.iter().any(|w| words::is_org_word(w))
            && !name_words.iter().any(|w| vocab.writes_lower_anywhere(w))
            // (`a spokesperson for Hamilton Tenants United`: a group's plural opens no name)
            && !super::word_kinds::is_plural_person_noun(name_words[0])
    };
    // `Toronto Hydro`, `Alberta Wildfire`, `Nova Scotia Health`, `Toronto Raptors`: a place's
    // name, then words with no title, no honorific and no given name among them, name a body
    // of that place (a person's name after a place has its title between: `Toronto Mayor John
    // Tory`).
    name_from > 0
        && m.roles.is_empty()
        && m.lead_place_end == start + name_from
        // (not after a place that is also a given name, `Jordan Lafond`, `Georgia Tech`,
        // unless what follows are words the article also writes in lower case, `Alberta
        // Wildfire`; nor an event's name, `U.S. Open`, `Berlin Film Festival`, `Vietnam War`)
        && (first_names.get(ws[0]).is_none()
            || name_words.iter().all(|w| vocab.writes_lower_anywhere(w)))
        && !words::is_event_word(last)
        && !is_event_of_place(last)
        && !name_words.iter().any(|w| person_word(w))
        // (`… and the Caribbean Rainer Steckhan`: a given name the list lacks, before a
        // surname the article uses alone)
        && !(name_words.len() >= 2 && vocab.is_lone(last))
        // (`U.S. Retailers`, `U.K. Governments`: a plural capitalised after an
        // abbreviation's period, as some wire text does)
        && !(ws[name_from - 1].ends_with('.') && last.ends_with('s') && !last.ends_with("ss"))
        // (described as a person: `…, 45,`, `…, a dentist,`; not `Nova Scotia Health, the
        // provincial health authority,`)
        && !described_as_person(toks, end)
        && !aged(toks, end)
        && !closes_description()
}

/// `…, 45,`: an age between commas right after the run ending at token `end`.
pub(super) fn aged(toks: &[Tok<'_>], end: usize) -> bool {
    toks.get(end).is_some_and(|t| t.s == ",")
        && toks
            .get(end + 1)
            .is_some_and(|t| t.s.len() <= 3 && t.s.bytes().all(|b| b.is_ascii_digit()))
        && toks.get(end + 2).is_some_and(|c| c.s == ",")
}

/// A word closing the name of an event held in a place (`Berlin Film Festival`, `U.S. Open`,
/// `Vietnam War`), which [`words::is_event_word`] does not list: after a place, no body's name.
fn is_event_of_place(w: &str) -> bool {
    matches!(
        w,
        "Festival"
            | "Fair"
            | "Expo"
            | "Marathon"
            | "Open"
            | "Games"
            | "Week"
            | "Show"
            | "War"
            | "Summit"
            | "Conference"
            | "Accord"
            | "Agreement"
            | "Treaty"
            | "Round"
    )
}

/// `…, an associate professor`, `…, her husband`, `…, who`, `…, executive director of …`,
/// `…, chairman,`: the run ending at token `end` is described as a person right after its comma
/// (`a`/`an`/`his`/`her` and a role or person noun within three words, or such a title and the
/// body it is held in or a comma closing it; not `Stanley Park, the city's largest`, nor
/// `Hasbrouck Heights, the spokesman added`).
pub(super) fn described_as_person(toks: &[Tok<'_>], end: usize) -> bool {
    let person_noun_within = |from: usize| {
        toks.get(from..).is_some_and(|rest| {
            rest.iter()
                .take(3)
                .take_while(|t| t.t == T::Word && !t.is_cap())
                .any(|t| is_role(t.s) || words::is_person_noun(t.s))
        })
    };
    toks.get(end).is_some_and(|t| t.s == ",")
        && (toks.get(end + 1).is_some_and(|t| t.s == "who")
            // (`…, her husband Serge …`: whose the noun is says so too)
            || toks.get(end + 1).is_some_and(|t| matches!(t.s, "a" | "an" | "his" | "her"))
                && person_noun_within(end + 2)
            // (`Jordan Keeper, executive director of the Prairie Film Society,`: a title
            // without an article, then the body it is held in)
            || person_noun_within(end + 1)
                && toks[end + 1..]
                    .iter()
                    .take(4)
                    .any(|t| matches!(t.s, "of" | "for" | "at" | "with"))
            // (`C.J. Silas, chairman, told …`: a bare title between commas)
            || person_noun_within(end + 1)
                && toks[end + 1..]
                    .iter()
                    .take(4)
                    .position(|t| t.t != T::Word || t.is_cap())
                    .is_some_and(|k| k > 0 && toks[end + 1 + k].s == ","))
}

/// True when the run on tokens `start..end` is plainly a person's by its context: described
/// as one right after (`Hye-jin Park, a nurse`, `…, who`) or named as one (`said Jordan
/// Keeper`, `spokeswoman Victoria Szabo`), whatever its words may also name.
pub(crate) fn plainly_persons(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    described_as_person(toks, end) || named_as_person(toks, start)
}

/// True when the run at `start` follows a reporting verb (`said Sydney Okafor`) or a role or
/// person noun in lower case, with or without a comma (`spokeswoman Victoria Szabo`, `her
/// spokeswoman, Victoria Szabo`, `one of his drivers, Sharon Lake`): where a person is named.
pub(super) fn named_as_person(toks: &[Tok<'_>], start: usize) -> bool {
    let before = |k: usize| start.checked_sub(k).map(|k| &toks[k]);
    let noun = |t: Option<&Tok<'_>>| {
        t.is_some_and(|t| {
            t.t == T::Word && !t.is_cap() && (is_role(t.s) || words::is_person_noun_any_case(t.s))
        })
    };
    // (`One of his drivers, Sharon Lake,`: one of several, named)
    let one_of_several = || {
        before(2).is_some_and(|t| {
            t.t == T::Word
                && !t.is_cap()
                && t.s.strip_suffix('s').is_some_and(words::is_person_noun)
        }) && [3, 4]
            .iter()
            .any(|&k| before(k).is_some_and(|t| t.s == "of"))
    };
    before(1).is_some_and(|t| t.t == T::Word && lexicon::is_reporting_verb_any_case(t.s))
        || noun(before(1))
        || (before(1).is_some_and(|t| t.s == ",")
            && (noun(before(2)) || noun_of_body(toks, start) || one_of_several()))
}

/// `A spokesman for Harlan, Chad Merriweather,`, `A spokeswoman for the American Embassy,
/// Savannah Ames,`: a person noun and its body (`for`, `of`, `at`, `with` and a few words, no
/// mark between) right before the comma that opens the name at `start`.
fn noun_of_body(toks: &[Tok<'_>], start: usize) -> bool {
    let comma = start - 1;
    (comma.saturating_sub(7)..comma.saturating_sub(1))
        .rev()
        .take_while(|&k| toks[k].t == T::Word)
        .any(|k| {
            !toks[k].is_cap()
                && words::is_person_noun_any_case(toks[k].s)
                && matches!(toks[k + 1].s, "for" | "of" | "at" | "with")
        })
}
