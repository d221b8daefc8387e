//! The subject before a reporting verb: a name, a pronoun, a description, or an appositive's
//! head (`Ana Voss, the ministry's spokeswoman, said`), past the words that may stand between
//! (`also`, `on Monday`, `Traders in London`).

use crate::lexicon;

use super::super::appositive::{
    appositive, asker_before, locative_before, opens_clause_at, person_of_body,
    short_form_in_brackets,
};
use super::super::coref::Subject;
use super::super::names::MKind;
use super::super::nominal;
use super::super::tokens::T;
use super::super::words;
use super::nouns::{noun_phrase, person_before_body};
use super::{Left, Para, mention_ending_at};

pub(super) fn left(para: &Para<'_>, v: usize, start: usize) -> Left {
    let toks = &para.toks;
    // (the progressive's auxiliary stands between the subject and the verb too: `is warning`,
    // `has been saying`)
    let progressive = toks[v].s.ends_with("ing");
    // `Or so says Home Secretary Charles Clarke`, `thus spoke X`: the speaker after the verb.
    // (Not `if so recommend …`: the adverb opens the clause or follows `or`, `and` or a mark.)
    if v > start
        && matches!(toks[v - 1].s, "so" | "So" | "thus" | "Thus")
        && (v - 1 == start
            || toks[v - 2].t != T::Word
            || matches!(toks[v - 2].s, "or" | "Or" | "and" | "And"))
    {
        return Left::Inverted;
    }
    let mut j = v;
    // The mention ending at `j`, looked up once where the walk stops (asked again below).
    let mut ending;
    loop {
        if j == start {
            return Left::Inverted;
        }
        j -= 1;
        ending = mention_ending_at(para, j);
        if ending.is_some() {
            break;
        }
        // `the United Nations Economic Commission for Europe (UNECE) said`: the name an acronym
        // in brackets stands for, where their first and last initials agree (else the acronym:
        // `the Automobile Constructors' Association (CSCA) said`).
        if j >= start + 3
            && short_form_in_brackets(toks, j)
            && super::super::names::is_acronym(toks[j - 1].s)
            && let Some(name) = mention_ending_at(para, j - 3)
            && let Some(acronym) = mention_ending_at(para, j - 1)
        {
            let n = &para.mentions[name];
            let initial = |k: usize| toks[k].s.chars().next();
            let letters = toks[j - 1].s.chars().filter(|c| c.is_alphabetic());
            let fits = letters.clone().next() == initial(n.name_start)
                && letters.clone().next_back() == initial(n.end - 1);
            return Left::Found(Subject::Mention(if fits { name } else { acronym }));
        }
        // `<Tennex Industries Inc> said`, `Fisons Plc <FISN.L> said`.
        if let Some(k) = super::super::markers::past_brackets(para, j, start) {
            j = k;
            continue;
        }
        let calendar = lexicon::is_calendar(toks[j].s);
        // Lowered on the stack: a name here would otherwise be copied to the heap.
        let passed = lexicon::with_lower(toks[j].s, |w| {
            let on_calendar =
                w == "on" && toks.get(j + 1).is_some_and(|n| lexicon::is_calendar(n.s));
            // `he was quoted as saying`
            let quoted_as = (w == "as" && j > start && toks[j - 1].s == "quoted")
                || w == "quoted"
                || (matches!(w, "was" | "is" | "were" | "been")
                    && toks.get(j + 1).is_some_and(|n| n.s == "quoted"));
            words::is_between(w)
                || (progressive && super::super::verbs::PASSIVES.contains(&w))
                || calendar
                || on_calendar
                || quoted_as
                || w.ends_with("ly") && toks[j].t == T::Word && !toks[j].is_cap()
        });
        if passed && !toks[j].quoted {
            continue;
        }
        break;
    }
    let t = &toks[j];
    if t.t == T::Close || t.quoted {
        return Left::Inverted;
    }
    // `Ana Voss - then adviser to the president - told`: the subject is before the aside.
    if let Some(open) = super::super::appositive::aside_opening(toks, j, start) {
        return left(para, open, start);
    }
    if t.s == "," || t.s == ":" || t.s == "—" || t.s == "–" {
        if j > start && (toks[j - 1].t == T::Close) {
            return Left::Inverted;
        }
        return appositive(para, j, start).map_or(Left::Inverted, Left::Found);
    }
    if let Some(m) = ending {
        let m_ref = &para.mentions[m];
        if m_ref.possessive {
            // A name in `'s` right before the verb is no owner (`Harold Bixby of Moody's
            // said`): the person it is tied to speaks.
            return person_of_body(para, m_ref.start, start)
                .map_or(Left::None, |p| Left::Found(Subject::Mention(p)));
        }
        // `Traders in London said`, `a spokesman for X in London said`: a place after a
        // preposition only says where the subject is.
        if let Some(prep) = locative_before(para, m, start) {
            return left(para, prep, start);
        }
        // `Economists polled by Reuters said`: who asks is not who answers; the subject is
        // the noun the participle describes.
        if let Some(asked) = asker_before(para, m, start) {
            return left(para, asked, start);
        }
        // `the Kentucky Republican said`: a description of someone, not a name.
        if m_ref.start > start
            && matches!(toks[m_ref.start - 1].s, "the" | "this")
            && nominal::is_person_head(toks[j].s)
            && toks[m_ref.start..j].iter().all(|t| t.is_cap())
            && let Some(n) = nominal::ending_at(para, &para.mentions, j, start)
        {
            return Left::Found(Subject::Nominal(n, j));
        }
        // `Jingyi Pan of IG said`, `Tim Guest with the health authority says`: the person,
        // not the organisation.
        if let Some(p) = person_of_body(para, m_ref.start, start) {
            return Left::Found(Subject::Mention(p));
        }
        let mut k = m_ref.start;
        if k > start && matches!(para.toks[k - 1].s, "the" | "The") {
            k -= 1;
        }
        // `Jon Hale, editor of Gamesweek told …`: the person an unclosed appositive describes.
        if k >= start + 4
            && matches!(para.toks[k - 1].s, "of" | "at" | "with" | "from" | "for")
            && let Some(c) = (k.saturating_sub(5).max(start + 1)..k - 1)
                .rev()
                .find(|&c| para.toks[c].s == ",")
            && para.toks[c + 1..k - 1]
                .iter()
                .all(|t| t.t == T::Word && !t.is_cap() && !t.quoted)
            && para.toks[c + 1..k - 1]
                .iter()
                .any(|t| nominal::is_person_head(t.s))
            && let Some(p) = mention_ending_at(para, c - 1)
            && para.mentions[p].kind == MKind::Person
            && !para.mentions[p].possessive
            // …who opens the clause (not `After meeting Tomas Vik, officials at X said`).
            && opens_clause_at(para, para.mentions[p].start, start)
        {
            return Left::Found(Subject::Mention(p));
        }
        // `the former director of the FBI said`: the person described, not the organisation.
        if let Some(found) = person_before_body(para, k, start) {
            return found;
        }
        return Left::Found(Subject::Mention(m));
    }
    // The few words asked about here, lowered on the stack.
    let w = lexicon::with_lower(t.s, |w| {
        ["he", "she", "it", "they", "and", "but", "who", "which"]
            .into_iter()
            .find(|&k| k == w)
    });
    match w {
        Some(p @ ("he" | "she" | "it" | "they")) => Left::Found(Subject::Pronoun(p, j)),
        Some("and" | "but") => Left::Coordinated,
        Some("who" | "which") => {
            let k = if j > start && toks[j - 1].s == "," {
                j - 1
            } else {
                j
            };
            if k > start
                && let Some(m) = mention_ending_at(para, k - 1)
            {
                // `X, an economist at the Grain Exchange, who …`: `who` is a person, so the
                // body is where the one described works.
                let body_of_person = w == Some("who") && para.mentions[m].kind == MKind::Org;
                let Some(prep) = locative_before(para, m, start)
                    .or_else(|| body_of_person.then(|| affiliation_before(para, m, start))?)
                else {
                    return Left::Found(Subject::Mention(m));
                };
                // `Orbita Northern, a firm based in Luxembourg, which said`: the name the
                // appositive describes.
                if let Some(c) = (prep.saturating_sub(8).max(start)..prep)
                    .rev()
                    .find(|&c| toks[c].s == "," || toks[c].t != T::Word)
                    .filter(|&c| toks[c].s == "," && c > start)
                    && let Some(a) = mention_ending_at(para, c - 1)
                    && locative_before(para, a, start).is_none()
                    && para.mentions[a].kind != MKind::Place
                {
                    return Left::Found(Subject::Mention(a));
                }
                if body_of_person {
                    return Left::Found(Subject::Mention(m));
                }
                return left(para, prep, start);
            }
            // `Wendell Pike, 81, who said …`, `Ada Roy, a retired farmer, who said …`: the
            // person the appositive between the commas describes.
            if k > start
                && toks[k].s == ","
                && let Some(m) = appositive_holder(para, k, start)
                && (para.mentions[m].kind == MKind::Person) == (w == Some("who"))
            {
                return Left::Found(Subject::Mention(m));
            }
            // `many Green supporters who said …`
            if k > start
                && let Some(n) = nominal::ending_at(para, &para.mentions, k - 1, start)
            {
                return Left::Found(Subject::Nominal(n, k - 1));
            }
            Left::None
        }
        _ if t.t == T::Word => {
            relative_head(para, j, start).map_or_else(|| noun_phrase(para, j, start), Left::Found)
        }
        _ => Left::None,
    }
}

/// `A Waterloo-based software company that sells booking systems to clinics says`: the noun
/// phrase opening the sentence before a relative clause that runs, without a mark, up to the
/// verb after word `j` (not the clause's last noun, `clinics`).
fn relative_head(para: &Para<'_>, j: usize, start: usize) -> Option<Subject> {
    let toks = &para.toks;
    let k = (start + 2..j)
        .rev()
        .take(20)
        .take_while(|&k| toks[k].t == T::Word && !toks[k].quoted)
        .find(|&k| matches!(toks[k].s, "that" | "who"))?;
    // (the phrase opens the sentence, or follows a dateline's dash)
    let opens =
        |s: usize| s == start || (s > start && matches!(toks[s - 1].s, "—" | "–" | "-" | "--"));
    let n = nominal::ending_at(para, &para.mentions, k - 1, start)?;
    // (its start is past its determiner)
    (matches!(n.det, nominal::Det::Definite | nominal::Det::Indefinite) && opens(n.start - 1))
        .then_some(Subject::Nominal(n, k - 1))
}

/// `an economist at the Grain Exchange`: the preposition tying organisation mention `m` to the
/// noun before it, if any.
fn affiliation_before(para: &Para<'_>, m: usize, start: usize) -> Option<usize> {
    let mut k = para.mentions[m].start;
    if k > start && matches!(para.toks[k - 1].s, "the" | "The") {
        k -= 1;
    }
    (k > start && matches!(para.toks[k - 1].s, "at" | "of" | "for" | "with" | "from"))
        .then(|| k - 1)
}

/// `Wendell Pike, 81,` / `Ada Roy, a retired farmer,`: the name (not a place's, nor one after
/// a preposition: `tenants at 2150 Brimley Gate, a rental tower, who say`) before an appositive
/// of up to twelve words closed by the comma at `k`.
fn appositive_holder(para: &Para<'_>, k: usize, start: usize) -> Option<usize> {
    let toks = &para.toks;
    let c = (k.saturating_sub(13).max(start + 1)..k)
        .rev()
        .find(|&c| toks[c].t != T::Word || toks[c].quoted)
        .filter(|&c| toks[c].s == "," && c + 1 < k)?;
    let m = mention_ending_at(para, c - 1)?;
    let held = &para.mentions[m];
    let before = toks[start..held.start]
        .iter()
        .rev()
        .find(|t| !(t.s == "the" || t.s.starts_with(|c: char| c.is_ascii_digit())));
    let after_preposition = before.is_some_and(|t| {
        matches!(
            t.s,
            "at" | "in" | "on" | "of" | "from" | "near" | "to" | "for" | "with" | "by"
        )
    });
    (held.kind != MKind::Place && !held.possessive && !after_preposition).then_some(m)
}
