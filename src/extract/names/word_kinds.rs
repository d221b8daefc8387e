//! What single words are, as the name finder asks: acronyms, contractions, describing
//! compounds, sentence adverbs and common nouns.

use crate::lexicon;

use super::super::people::FirstNames;
use super::super::places::Gazetteer;
use super::super::tokens::{T, Tok};
use super::super::vocab::Vocab;
use super::super::words;
use super::is_role;
use super::name_words::is_name_tok;

/// Capitals (two or more), dots, `&` and digits: `BBC`, `U.S.`, `AT&T`, `G7`.
#[inline]
pub(crate) fn is_acronym(w: &str) -> bool {
    // Most words asked are capitalised, lower case from their second letter: ruled out by it,
    // inlined. (An ASCII second byte is a second letter: no character is split.)
    !w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) && is_acronym_word(w)
}

/// [`is_acronym`] of a word its second letter leaves in.
fn is_acronym_word(w: &str) -> bool {
    // Most words are ASCII: one pass over the bytes, no char decoding unless a non-ASCII byte
    // comes first.
    let mut letters = 0;
    for &c in w.as_bytes() {
        if c >= 0x80 {
            return is_acronym_decoded(w);
        }
        if c.is_ascii_uppercase() {
            letters += 1;
        } else if !(c == b'.' || c == b'&' || c.is_ascii_digit()) {
            return false;
        }
    }
    letters >= 2
}

/// [`is_acronym`] of a word with non-ASCII letters, char by char.
fn is_acronym_decoded(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// A contraction such as `We’re`, `It’s`, `Don’t` (not `O’Brien`, not a possessive `’s`): an
/// apostrophe, straight or curly, then one of the tails. (Told from the last bytes: the tails
/// hold no apostrophe, so one before them is the word's last.)
pub(super) fn is_contraction(s: &str) -> bool {
    let b = s.as_bytes();
    let after_apostrophe = |tail: usize| {
        let head = &b[..b.len() - tail];
        head.ends_with(b"'") || head.ends_with("’".as_bytes())
    };
    let two = b.len() >= 2
        && matches!(
            &b[b.len() - 2..],
            b"re" | b"ve" | b"ll" | b"RE" | b"VE" | b"LL"
        );
    let one = b
        .last()
        .is_some_and(|c| matches!(c, b'd' | b'm' | b't' | b'D' | b'M' | b'T'));
    (two && after_apostrophe(2)) || (one && after_apostrophe(1))
}

/// `London-based`, `State-owned`, `Zürich-born`, `Privately-held`, `Award-winning`,
/// `Oscar-winner`, `English-language`, `Long-term`: a compound that describes the name after it
/// and is no part of it (nor a name on its own: `Low-cost airlines said`).
pub(crate) fn is_describing_compound(s: &str) -> bool {
    // Asked of every capitalised word: most are settled by their last letters, unsearched.
    // (Past participles, a few nouns of kind and measure, and agents: no romanised given name
    // ends in them, as `Min-seo`, `Pei-yuan`, `Xiao-ming` do in lower case.)
    const TAILS: &[&str] = &[
        "born",
        "run",
        "made",
        "built",
        "bound",
        "style",
        "wide",
        "held",
        "known",
        "grown",
        "cost",
        "state",
        "sector",
        "language",
        "colour",
        "color",
        "form",
        "time",
        "class",
        "scale",
        "level",
        "term",
        "range",
        "winner",
        "maker",
        "holder",
        "designate",
    ];
    if !(s.ends_with("ed") || s.ends_with("ing") || TAILS.iter().any(|t| s.ends_with(t))) {
        return false;
    }
    let Some((_, tail)) = s.rsplit_once('-') else {
        return false;
    };
    tail.len() >= 3
        && tail.bytes().all(|b| b.is_ascii_lowercase())
        && (tail.ends_with("ed")
            // (`Award-winning`, `Long-serving`; not `Xiao-ming`)
            || tail.len() >= 6 && tail.ends_with("ing")
            || TAILS.contains(&tail))
}

/// Adverbs that open a sentence before a name (`Earlier Tony Blair said …`), never part of it,
/// in any case. (No word lowers to one of them but their ASCII case variants.)
pub(super) fn is_sentence_adverb_any_case(w: &str) -> bool {
    const ADVERBS: &[&str] = &[
        "earlier",
        "later",
        "yesterday",
        "separately",
        "previously",
        "recently",
        "afterwards",
        "elsewhere",
    ];
    // Most words are settled by their length.
    matches!(w.len(), 5 | 7..=10) && ADVERBS.iter().any(|a| a.eq_ignore_ascii_case(w))
}

/// A person or organisation noun in any case, singular or plural (`Officials`, `Company`).
pub(super) fn is_common_noun(w: &str) -> bool {
    if !w.is_ascii() {
        // (Lowered first: a final sigma lowers by what follows it.)
        return lexicon::with_lower(w, |lower| {
            let singular = lower.strip_suffix('s').unwrap_or(lower);
            words::is_person_noun(singular) || words::is_org_noun(singular)
        });
    }
    // An ASCII word lowers letter by letter: its lists' filters rule out most words unlowered.
    let singular = w.strip_suffix(['s', 'S']).unwrap_or(w);
    words::is_person_noun_any_case(singular) || words::is_org_noun_any_case(singular)
}

/// A document noun in the plural, in any case (`Reports`): only the plural, as a firm may be
/// called `Decision`.
pub(super) fn is_plural_document(w: &str) -> bool {
    w.len() > 1
        && w.strip_suffix(['s', 'S'])
            .is_some_and(|one| lexicon::with_lower(one, crate::extract::nominal::is_document))
}

/// A noun of evidence or hearsay, in any case, singular or plural (`Speculation suggests`,
/// `Research shows`, `Polls indicate`): what it says comes from no one it names.
pub(super) fn is_evidence_noun(w: &str) -> bool {
    // (singular or plural: `-s`, and `-ies` for `-y`, as for the person nouns)
    let listed = |w: &str| EVIDENCE_NOUNS.contains(&w);
    (4..=13).contains(&w.len())
        && lexicon::with_lower(w, |l| {
            listed(l)
                || l.strip_suffix('s').is_some_and(listed)
                || l.strip_suffix("ies")
                    .is_some_and(|stem| with_ending(stem, "y", listed))
        })
}

/// The nouns of [`is_evidence_noun`], singular.
const EVIDENCE_NOUNS: &[&str] = &[
    "speculation",
    "research",
    "evidence",
    "data",
    "analysis",
    "experience",
    "history",
    "logic",
    "tradition",
    "gossip",
    "consensus",
    "sentiment",
    "figure",
    "statistic",
    "survey",
    "poll",
    "rumour",
    "rumor",
    "study",
    "finding",
    "estimate",
    "forecast",
    "projection",
    "indicator",
];

/// A word that a number after it makes a broadcaster's name (`Radio 1`, `Channel 4`).
pub(super) fn is_broadcaster_word(w: &str) -> bool {
    matches!(w, "Radio" | "Channel")
}

/// A capitalised subject pronoun, `Others`, or an article, conjunction or preposition, alone
/// (`…, He added`, `…, The spokesman said`, where the text lost a sentence start): no one's
/// name wherever it stands (in a longer run some open one: `The Hague`).
pub(super) fn is_stray_capital(w: &str) -> bool {
    matches!(
        w,
        "He" | "She" | "They" | "We" | "Others" | "The" | "A" | "An" | "It" | "But" | "In" | "This"
    )
}

/// A French street's article after its first word, the run's only one so far (`Rue des
/// Forges`, `Chemin du Roy`; `de` is a name's particle anyway).
pub(super) fn street_article(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    end == start + 1 && matches!(toks[end].s, "des" | "du") && words::is_feature_head(toks[start].s)
}

/// `Friends of the Earth`, `Friends of Riversdale Library`: supporters banded together under
/// `Friends of` and a capitalised name (with or without `the`) are a body.
fn friends_of(toks: &[Tok<'_>], i: usize) -> bool {
    toks[i].s == "Friends"
        && toks.get(i + 1).is_some_and(|t| t.s == "of")
        && toks.get(i + 2).is_some_and(|t| {
            t.is_cap() || (t.s == "the" && toks.get(i + 3).is_some_and(|t| t.is_cap()))
        })
}

/// `Parents for Safe Schools`, `Families for Better Care Ontario`, `Doctors for Clean Air`: the
/// plural of those who band together in a cause, before `for` and a capitalised word, opens a
/// body's name (not `Lawyers for Google argued`, `Officials for Acme said`: people who speak
/// for someone).
pub(super) fn opens_group_name(toks: &[Tok<'_>], i: usize) -> bool {
    friends_of(toks, i)
        || toks.get(i + 1).is_some_and(|t| t.s == "for")
            && toks.get(i + 2).is_some_and(|t| t.is_cap())
            && matches!(
                toks[i].s,
                "Parents"
                    | "Families"
                    | "Doctors"
                    | "Physicians"
                    | "Nurses"
                    | "Mothers"
                    | "Fathers"
                    | "Grandmothers"
                    | "Citizens"
                    | "Residents"
                    | "Students"
                    | "Teachers"
                    | "Scientists"
                    | "Veterans"
                    | "Women"
                    | "Friends"
                    | "Workers"
                    | "Seniors"
                    | "Neighbours"
                    | "Neighbors"
                    | "Canadians"
                    | "Americans"
            )
}

/// A person noun in the plural, in any case (`Officials`, `Producers`, `Congressmen`,
/// `Deputies`, `Witnesses`; not `Airlines`, which ends many a company's name).
pub(super) fn is_plural_person_noun(w: &str) -> bool {
    let person = |one: &str| lexicon::with_lower(one, words::is_person_noun);
    match w.strip_suffix('s') {
        // (`Deputies`: `-y` becomes `-ies`; `Witnesses`: a hissing ending takes `-es`)
        Some(one) => {
            person(one)
                || one
                    .strip_suffix("ie")
                    .is_some_and(|stem| with_ending(stem, "y", person))
                || one.strip_suffix('e').is_some_and(|stem| {
                    (stem.ends_with(['s', 'x', 'z'])
                        || stem.ends_with("ch")
                        || stem.ends_with("sh"))
                        && person(stem)
                })
        }
        // `Congressmen`, `Policewomen`: `-man` becomes `-men`.
        None => w
            .strip_suffix("men")
            .is_some_and(|stem| with_ending(stem, "man", person)),
    }
}

/// A plural group of people that owns a body's name in `'s` (`People's Daily`, `Workers'
/// Party`, `Children's Hospital`): no one person's possessive.
pub(super) fn is_group_owner(w: &str) -> bool {
    matches!(w, "People" | "Children" | "Women" | "Men") || is_plural_person_noun(w)
}

/// `f` of `stem` followed by `ending`, joined on the stack (names come here by the thousand).
fn with_ending(stem: &str, ending: &str, f: impl FnOnce(&str) -> bool) -> bool {
    let mut buf = [0u8; 32];
    let n = stem.len() + ending.len();
    n <= buf.len() && {
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()..n].copy_from_slice(ending.as_bytes());
        std::str::from_utf8(&buf[..n]).is_ok_and(f)
    }
}

/// `Jan Egeland`, `Ard Jan Vetham`, `Eve Ensler`: a short calendar word that is a given name
/// too, before another name word (no place's or body's), opens or goes on with a name (not
/// `Jan 5`, `May Day`, `in Jan Japan's output`; nor a month in full, which dates what
/// follows: `June Venice summit`, `May Dubai`).
/// (Asked only of words the name tests turned down; most are ruled out by their length.)
#[inline(always)]
pub(super) fn calendar_given_name(
    toks: &[Tok<'_>],
    k: usize,
    gaz: &Gazetteer,
    first_names: &FirstNames,
) -> bool {
    toks[k].s.len() <= 3 && toks[k].is_cap() && short_calendar_given_name(toks, k, gaz, first_names)
}

/// [`calendar_given_name`] of a short capitalised word.
#[inline(never)]
fn short_calendar_given_name(
    toks: &[Tok<'_>],
    k: usize,
    gaz: &Gazetteer,
    first_names: &FirstNames,
) -> bool {
    let t = &toks[k];
    t.s != "May"
        && lexicon::is_calendar(t.s)
        && first_names.get(t.s).is_some()
        && surname_after(toks, k, gaz).is_some()
}

/// The word right after the calendar word at `k` when it may be a surname: a name word, one
/// space on, no calendar word, place or body's word (not `Jan 5`, `May Day`, `June Venice`).
fn surname_after<'t, 'a>(toks: &'t [Tok<'a>], k: usize, gaz: &Gazetteer) -> Option<&'t Tok<'a>> {
    toks.get(k + 1).filter(|n| {
        n.start() == toks[k].end() + 1
            && is_name_tok(n)
            && !lexicon::is_calendar(n.s)
            && gaz.place_prefix(&[n.base()]).is_none()
            && !words::is_org_word(n.base())
    })
}

/// `June Castillo said`, `Health Minister April Dunmore`: a month that is also a given name
/// opens a person's name before a surname the article uses alone (`Castillo said`), where no
/// preposition or number dates it (`in June Smith resigned`, `June 5`). Asked only of words the
/// name tests turned down.
pub(super) fn month_given_name(
    toks: &[Tok<'_>],
    k: usize,
    gaz: &Gazetteer,
    vocab: &Vocab<'_, '_>,
) -> bool {
    let t = &toks[k];
    // (The months that are given names: `May` too often dates a name, `Theresa May`'s; `Jun`
    // is a Chinese, Japanese and Korean given name, `Jun Takahashi`.)
    matches!(t.s, "April" | "June" | "August" | "Jun")
        && k.checked_sub(1).is_none_or(|j| {
            let p = &toks[j];
            // (a compound's head too, `co-author`; and `according to`)
            let head = p.s.rsplit('-').next().unwrap_or(p.s);
            p.t != T::Word
                || is_role(p.s)
                || words::is_person_noun_any_case(head)
                || lexicon::is_reporting_verb_any_case(p.s)
                || (p.s == "to" && j > 0 && toks[j - 1].s == "according")
        })
        && surname_after(toks, k, gaz).is_some_and(|n| vocab.is_lone(n.base()))
}
