//! Subjects set off by commas and conjunctions: appositives (`NAME, the ministry spokeswoman,
//! told`), relative clauses (`X, which had a bid rejected, said`), coordinated names (`Anna
//! Berg and Karl Holm said`), and places that only say where a subject is (`traders in London
//! said`).

use crate::lexicon;

use super::coref::Subject;
use super::names::{MKind, Mention};
use super::nominal;
use super::speakers::{Para, mention_ending_at, opening_adverb};
use super::tokens::{T, Tok};
use super::words;

/// `Anna Berg and Karl Holm said`, `Acme Inc and Brill Ltd said`, `Anna Berg, Karl Holm and
/// Ida Lund told`, `France and Germany said`, `Morrisons, Woolworths and Big Food said`: the
/// names joined by commas and `and` to subject mention `m` (nearest first), when the whole list
/// opens the sentence; empty otherwise.
pub(super) fn coordinated_partners(para: &Para<'_>, m: usize, start: usize) -> Vec<usize> {
    let b = &para.mentions[m];
    let toks = &para.toks;
    // (`the Seychelles`, `the Netherlands`, `the Acme Group`: a place's or a body's article
    // stands outside its name)
    let opening = |x: usize, kind: MKind| {
        if matches!(kind, MKind::Place | MKind::Org) && x > start && toks[x - 1].s == "the" {
            x - 1
        } else {
            x
        }
    };
    let mut s = opening(b.start, b.kind);
    // (past a title in lower case: `Robert Byrd and Republican leader Bob Dole both told`)
    let mut title = 0;
    while title < 3
        && s > start + 2
        && toks[s - 1].t == T::Word
        && !toks[s - 1].quoted
        && (toks[s - 1].is_cap() && toks[s - 1].s != "and"
            || nominal::is_person_head(toks[s - 1].s))
    {
        s -= 1;
        title += 1;
    }
    if title > 0
        && !toks[s..b.start]
            .iter()
            .any(|t| nominal::is_person_head(t.s))
    {
        s = opening(b.start, b.kind);
    }
    if s < start + 2 || toks[s - 1].s != "and" {
        return Vec::new();
    }
    // `the Ferry School District and the Ferry Police Department said`: `the` after `and`
    // opens a second body's name, so the body before ends there whatever its form.
    let second_body = b.kind == MKind::Org && toks[s].s == "the";
    // Full names only: `and` also joins words inside one name (`Food and Drug
    // Administration`, `Great Atlantic and Pacific Tea Co`), which the run finder may split.
    let whole = |a: &Mention| match a.kind {
        MKind::Person => a.end - a.name_start >= 2,
        MKind::Org => super::words::is_company_suffix(toks[a.end - 1].s),
        MKind::Place => true,
        _ => false,
    };
    // (`loose`: any names, for a list of three or more, below)
    let walk = |loose: bool| {
        let mut partners = Vec::new();
        let mut last = s - 2;
        loop {
            // (past a ticker: `Toyota Motor Corp <TOYO.T> and Nissan … both said`)
            match super::markers::past_brackets(para, last, start) {
                Some(k) if k == last => last -= 1,
                Some(k) => last = k - 1,
                None => {}
            }
            let Some(k) = mention_ending_at(para, last) else {
                return Vec::new();
            };
            let a = &para.mentions[k];
            // (`second_body` says where the name right before `and the` ends, no other's)
            let before_and_the = second_body && partners.is_empty();
            if a.possessive || !(loose || (whole(a) || before_and_the) && a.kind == b.kind) {
                return Vec::new();
            }
            partners.push(k);
            let x = opening(a.start, a.kind);
            if x == start || (x == start + 1 && matches!(toks[start].s, "The" | "Both")) {
                return partners;
            }
            // `Anna Berg, Karl Holm and …`: another name before a comma.
            if x < start + 2 || toks[x - 1].s != "," {
                return Vec::new();
            }
            last = x - 2;
        }
    };
    let partners = walk(false);
    if !partners.is_empty() || b.possessive {
        return partners;
    }
    // `Morrisons, Woolworths, House of Fraser and Big Food all said`: three names or more set
    // off by commas are separate, whatever their form.
    let partners = walk(true);
    if partners.len() >= 2 {
        partners
    } else {
        Vec::new()
    }
}

/// Token `k`, or the `the` right before it (not before `start`).
fn past_the(toks: &[Tok<'_>], k: usize, start: usize) -> usize {
    if k > start && matches!(toks[k - 1].s, "the" | "The") {
        k - 1
    } else {
        k
    }
}

/// Person nouns of those who speak for whoever they work for (`a spokesman for Acme said`).
const SPEAK_FOR: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "counsel",
    "representative",
    "representatives",
    "agent",
    "official",
    "officials",
    "source",
    "sources",
];

/// Words for a share of a group or a part of a body before `of` (`one of the Springboks said`,
/// `most of Acme's directors`, `the New York branch of Kestrel Bank said`).
const SHARES: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "either",
    "neither",
    "none",
    "several",
    "few",
    "any",
    "half",
    "majority",
    "minority",
    "number",
    "dozens",
    "hundreds",
    "thousands",
    "handful",
    "rest",
    "part",
    "parts",
    "much",
    "lot",
    "lots",
    "couple",
    "pair",
    "members",
    "member",
    // (a body's own parts speak for it: `the research arm of Nomura said`, `the Surrey local
    // of the teachers' federation said`, `the Ontario chapter of the Sierra Club said`)
    "branch",
    "arm",
    "affiliate",
    "wing",
    "headquarters",
    "chapter",
    "local",
];

/// The index of the preposition before mention `m` when it is a place in a locative phrase
/// (`in London`, `based in Luxembourg`), or the last of a list of places there (`in Japan,
/// Sydney and Hong Kong`) or a part of one (`in the rest of Europe`, `in parts of Asia`); also
/// the `close` of `close to X`, whoever X is; the `for` or `to` after a post (`MP for X`) and
/// the `of` after a thing's noun (`the dismantling of X`).
pub(super) fn locative_before(para: &Para<'_>, m: usize, start: usize) -> Option<usize> {
    let toks = &para.toks;
    let mm = &para.mentions[m];
    let the_before = |k: usize| past_the(toks, k, start);
    let mut k = the_before(mm.start);
    if mm.kind == MKind::Place {
        // (back over the places listed before it, then over a part of a place)
        while k >= start + 2
            && matches!(toks[k - 1].s, "," | "and" | "or")
            && let Some(p) = mention_ending_at(para, k - 2)
            && para.mentions[p].kind == MKind::Place
        {
            k = the_before(para.mentions[p].start);
        }
        if k >= start + 2
            && toks[k - 1].s == "of"
            && matches!(toks[k - 2].s, "rest" | "part" | "parts" | "much" | "most")
        {
            k = the_before(k - 2);
        }
        // (`in neighbouring Austria and Switzerland`, `in northern Chile`, `in the central
        // Philippines`)
        if k >= start + 2 && words::is_placing_word(toks[k - 1].s) {
            k = the_before(k - 1);
        }
    }
    if k == start {
        return None;
    }
    let prep = toks[k - 1].s;
    // `Sources close to Kerry said`: those close to someone speak, not that someone.
    if prep == "to" && k >= start + 2 && toks[k - 2].s == "close" {
        return Some(k - 2);
    }
    // (Only for a phrase opened by an article or an owner: not `NAME, oil analyst for Acme
    // said`, `NAME, head of Acme, told`, where the name before speaks.)
    let determined = |h: usize| {
        (h.saturating_sub(3).max(start)..h).rev().any(|d| {
            (matches!(toks[d].s, "the" | "The" | "a" | "A" | "an" | "An")
                || toks[d].is_possessive())
                && toks[d + 1..h].iter().all(|t| t.t == T::Word && !t.quoted)
        })
    };
    if k >= start + 2 && toks[k - 2].t == T::Word && !toks[k - 2].quoted && determined(k - 2) {
        let w = toks[k - 2].s;
        // `The envoy for Ealing North claimed`, `the High Commissioner to Britain said`: a post's
        // holder speaks, not its seat or host (but `a spokesman for Acme said` speaks for it).
        if matches!(prep, "for" | "to")
            && words::is_person_noun_any_case(w)
            && !lexicon::with_lower(w, |l| SPEAK_FOR.contains(&l))
        {
            return Some(k - 1);
        }
        // `The dismantling of the Springboks suggested`: a thing's noun before `of` is the
        // subject (not a person, body or writing, nor a share of a group: `one of`).
        if prep == "of"
            && !toks[k - 2].is_cap()
            && !nominal::names_someone(w)
            && !lexicon::with_lower(w, |l| SHARES.contains(&l))
            && !w.bytes().any(|b| b.is_ascii_digit())
        {
            return Some(k - 1);
        }
    }
    // A lone unknown name after `in` is a place the gazetteer lacks (`based in Oban`).
    let place = mm.kind == MKind::Place || (mm.kind == MKind::Unknown && prep == "in");
    (place
        && matches!(
            prep,
            "in" | "at"
                | "on"
                | "near"
                | "from"
                | "across"
                | "outside"
                | "inside"
                | "throughout"
                | "around"
                | "within"
                | "beside"
                | "along"
                | "alongside"
                | "behind"
                | "off"
                | "into"
                | "toward"
                | "towards"
        ))
    .then(|| k - 1)
    .or_else(|| {
        // `L.M. Ericsson of Sweden said`, `<Saab-Scania AB> of Sweden said`: the place a named
        // body is of (its name perhaps in a newswire's brackets).
        if mm.kind != MKind::Place || prep != "of" || k < start + 2 {
            return None;
        }
        let body_end = if k >= start + 3 && para.toks[k - 2].s == ">" {
            k - 3
        } else {
            k - 2
        };
        mention_ending_at(para, body_end)
            .is_some_and(|b| matches!(para.mentions[b].kind, MKind::Org | MKind::Unknown))
            .then_some(k - 1)
    })
}

/// `, the Japanese drugmaker Hoshino Biologics,`: a short label of what a name is, from token
/// `from` up to the name at `name`: perhaps `the`, then words no function word, the last a
/// noun for a body or a person in lower case (not `, including Acme,`).
fn labelled_after(toks: &[Tok<'_>], from: usize, name: usize) -> bool {
    let from = from + usize::from(toks.get(from).is_some_and(|t| matches!(t.s, "the" | "The")));
    name > from
        && name - from <= 3
        && toks[from..name]
            .iter()
            // (no number: the comma inside one opens no label, `the 20,000 member Letter
            // Carriers Union`)
            .all(|t| {
                t.t == T::Word
                    && !t.quoted
                    && !t.s.starts_with(|c: char| c.is_ascii_digit())
                    && !lexicon::is_function_word_any_case(t.s)
            })
        && !toks[name - 1].is_cap()
        && (words::is_org_noun(toks[name - 1].s) || words::is_person_noun(toks[name - 1].s))
}

/// `, a Hong Kong company called Tai Fung Bulk Shipping,`: a short description of what a name
/// is, from token `from`, ending in a noun for a body or a person and `called` or `named`
/// before the name at `name`.
fn called_after(toks: &[Tok<'_>], from: usize, name: usize) -> bool {
    name >= from + 3
        && name - from <= 6
        && matches!(toks[name - 1].s, "called" | "named")
        && matches!(toks[from].s, "a" | "an" | "the")
        && toks[from + 1..name - 1]
            .iter()
            .all(|t| t.t == T::Word && !t.quoted)
        && (words::is_org_noun(toks[name - 2].s) || words::is_person_noun(toks[name - 2].s))
}

/// `Jingyi Pan of IG`, `Tim Guest with the health authority`, `Ana Voss at the agency`: the
/// person mention tied by `of|at|with|from` to the body whose name or description starts at
/// token `b` (the person speaks for it, the body does not), perhaps through a part of it
/// (`Ana Voss of the research unit at the agency`).
pub(super) fn person_of_body(para: &Para<'_>, b: usize, start: usize) -> Option<usize> {
    // (back over names joined to it by a slash: `of the North Cowichan/Duncan RCMP`)
    let toks = &para.toks;
    let mut b = b;
    while b >= start + 2 && toks[b - 1].s == "/" && toks[b - 2].is_cap() {
        b -= 2;
        while b > start && toks[b - 1].t == T::Word && toks[b - 1].is_cap() {
            b -= 1;
        }
    }
    let tied = |k: usize| k >= start + 2 && matches!(toks[k - 1].s, "of" | "at" | "with" | "from");
    let mut k = past_the(toks, b, start);
    // (back over a part of the body: `Jose Melicias from the research department of Drexel`)
    if tied(k) && mention_ending_at(para, k - 2).is_none() {
        let mut d = k - 1;
        while d > start && d + 4 > k && toks[d - 1].t == T::Word && !toks[d - 1].is_cap() {
            d -= 1;
            if matches!(toks[d].s, "the" | "its" | "their") {
                break;
            }
        }
        if d + 2 < k && matches!(toks[d].s, "the" | "its" | "their") && tied(d) {
            k = d;
        }
    }
    tied(k)
        .then(|| mention_ending_at(para, k - 2))
        .flatten()
        .filter(|&p| para.mentions[p].kind == MKind::Person && !para.mentions[p].possessive)
}

/// Participles of asking: who does them asks, the one they describe answers.
const ASKED: &[&str] = &[
    "asked",
    "canvassed",
    "consulted",
    "contacted",
    "interviewed",
    "polled",
    "queried",
    "questioned",
    "sampled",
    "surveyed",
];

/// The index of the participle before mention `m` when the mention is its agent
/// (`economists polled by Reuters`, `traders contacted by the agency`): the one asking, not
/// the subject that speaks.
pub(super) fn asker_before(para: &Para<'_>, m: usize, start: usize) -> Option<usize> {
    let toks = &para.toks;
    let k = past_the(toks, para.mentions[m].start, start);
    (k >= start + 3
        && toks[k - 1].s == "by"
        && toks[k - 2].t == T::Word
        && !toks[k - 2].quoted
        && ASKED.contains(&toks[k - 2].s))
    .then(|| k - 2)
}

/// `NAME, the ministry spokeswoman, told` and `A spokesman for X, NAME, confirmed`: the comma
/// at `j` closes an appositive.
pub(super) fn appositive(para: &Para<'_>, j: usize, start: usize) -> Option<Subject> {
    let toks = &para.toks;
    let lo = j.saturating_sub(30).max(start);
    // The clause runs back to the sentence start or a quotation mark.
    let from = (lo..j)
        .rev()
        .find(|&k| matches!(toks[k].t, T::Open | T::Close) || toks[k].quoted)
        .map_or(lo, |k| k + 1);
    // (not the comma before an English legal form: `vice president of Cargill, Inc.,
    // testified`; another country's may be an acronym, `the American Soybean Association, ASA,`)
    let legal_form = |t: &Tok<'_>| {
        words::is_company_suffix(t.s) && !words::is_foreign_legal_form(t.s.trim_end_matches('.'))
    };
    // `A report last year by the Geneva Accountability Project, a monitoring group, said`: a
    // writing opening the clause speaks for its author, whatever describes the author.
    if from + 1 < j
        && matches!(toks[from].s, "A" | "An" | "The" | "a" | "an" | "the")
        && let Some(author) = super::markers::author(para, from + 1, j)
        // (not a lone word left of a body's name read as a person's: `the Preferential Trade
        // Area`)
        && !matches!(author, Subject::Mention(m)
            if para.mentions[m].kind == MKind::Person && !para.mentions[m].name.contains(' '))
    {
        return Some(author);
    }
    let commas: Vec<usize> = (from..j)
        .filter(|&k| toks[k].s == "," && !toks.get(k + 1).is_some_and(legal_form))
        .collect();
    let usable = |m: &Mention| !m.possessive && !m.quoted;
    // Where a name before the comma at `k` ends: past a ticker or a bracketed name
    // (`<Larkspur Mining Ltd>, a unit of …, said`, `Orvel Corp <ORV>, which …, said`).
    let name_end_before = |k: usize| {
        if k > start + 1 && toks[k - 1].s == ">" {
            super::markers::past_brackets(para, k - 1, start).unwrap_or(k)
        } else {
            k
        }
    };
    // `Kestrel Corp, which had a bid rejected, said`: the name (or description: `The
    // Birmingham-based firm, which …, said`) that a relative clause after the clause's first
    // comma describes, unless it hangs on another (`X, head of Tiga, which …, said`).
    // (past an opening phrase that names no one, or only where: `In a statement, the Nurses
    // Collective, which …, said`, `In Rimouski, Catherine Lavoie, who …, said`, `Across the
    // water in Pogradec, Albania, Arben Çela, who …, said`: the last of its commas)
    let opens_on_preposition = matches!(
        toks[from].s,
        "In" | "On"
            | "At"
            | "After"
            | "Before"
            | "During"
            | "Under"
            | "Since"
            | "Across"
            | "Near"
            | "Outside"
            | "Inside"
            | "Along"
            | "Around"
            | "Beyond"
    );
    let opening_commas = if opens_on_preposition {
        commas[..commas.len().saturating_sub(1)]
            .iter()
            .take_while(|&&k| {
                para.mentions_within(from, k)
                    .1
                    .iter()
                    .all(|m| matches!(m.kind, MKind::Place | MKind::Unknown))
            })
            .count()
    } else {
        0
    };
    let opener = opening_commas.checked_sub(1).map(|i| commas[i]);
    if let Some(&k) = commas.get(opening_commas)
        && k > start
        && matches!(toks[k + 1].s, "which" | "who")
    {
        // (`One woman leaving a pharmacy on Rue des Forges, who asked not to be named, said`:
        // someone unnamed opening the clause, whatever names come after)
        if toks[k + 1].s == "who"
            && let Some(n) = nominal::starting_at(para, from, k)
            && n.det == nominal::Det::Indefinite
            && n.class == nominal::Class::Person
        {
            return Some(Subject::Nominal(n, from));
        }
        if let Some(m) = mention_ending_at(para, name_end_before(k) - 1) {
            let mut b = para.mentions[m].start;
            if b > start && matches!(toks[b - 1].s, "the" | "The") {
                b -= 1;
            }
            let hangs = b > start
                && Some(b - 1) != opener
                && matches!(
                    toks[b - 1].s,
                    "," | "of" | "at" | "for" | "in" | "from" | "with" | "by"
                );
            if !hangs && usable(&para.mentions[m]) && para.mentions[m].kind != MKind::Place {
                return Some(Subject::Mention(m));
            }
        } else if let Some(n) = nominal::ending_at(para, &para.mentions, k - 1, start)
            && n.det == nominal::Det::Definite
            && n.class == nominal::Class::Org
            && n.start <= start + 1
        {
            return Some(Subject::Nominal(n, k - 1));
        }
    }
    // `A spokesman for X, NAME, said`: a name filling the last comma pair.
    // (Not `a dealer in Davenport, Iowa, said`: a place after a place is its state.)
    // (…nor `NAME, MP for Henley-on-Thames, Oxfordshire, said`: the same after a name the
    // gazetteer lacks, where a preposition opens it.)
    let after_place = |k: usize| {
        mention_ending_at(para, k - 1).is_some_and(|p| {
            para.mentions[p].kind == MKind::Place || locative_before(para, p, start).is_some()
        }) || {
            let mut s = k;
            while s > from && toks[s - 1].t == T::Word && toks[s - 1].is_cap() {
                s -= 1;
            }
            s < k && s > from && matches!(toks[s - 1].s, "in" | "of" | "for" | "from" | "near")
        }
    };
    // (`, the National Grain Agency (NGA), said`: after `the`, before an acronym in brackets)
    let name_end = if j >= from + 3 && short_form_in_brackets(toks, j - 1) {
        j - 3
    } else {
        j
    };
    if let Some(&k) = commas.last()
        // (mentions are disjoint and in text order: one at most ends at `name_end`)
        && let m = para.mentions.partition_point(|m| m.end < name_end)
        && para.mentions.get(m).is_some_and(|m| {
            // (`The owner, Toronto-based Larchmont Partners, says`: where it is based may come
            // first)
            let lead = &toks[k + 1].s;
            let opens = m.start == k + 1
                || (m.start == k + 2
                    && (matches!(*lead, "the" | "The") || lead.ends_with("-based")))
                || labelled_after(toks, k + 1, m.start)
                || called_after(toks, k + 1, m.start);
            opens && m.end == name_end && usable(m)
        })
        && !(para.mentions[m].kind == MKind::Place && k > start && after_place(k))
    {
        return Some(Subject::Mention(m));
    }
    // `NAME, the role, said` / `NAME, father of X, 42, says`: the leftmost name that opens the
    // clause and is followed by appositives only.
    // …after a description (`Mississauga accountant NAME, 50, says`).
    let described = |mut s: usize| {
        while s > from
            && toks[s - 1].t == T::Word
            && !toks[s - 1].quoted
            && (toks[s - 1].is_cap()
                || nominal::is_person_head(toks[s - 1].s)
                // `Mississauga accountant`: an occupation after a place or an organisation.
                || (s >= from + 2 && toks[s - 2].is_cap() && toks[s - 2].t == T::Word))
            && !lexicon::is_function_word_any_case(toks[s - 1].s)
        {
            s -= 1;
        }
        s
    };
    // A clause may open after a quotation, with an article or a sentence's first word (`"…,"
    // the Kansas senator NAME, a likely candidate, said`, `"…." And NAME, the party's
    // spokesman, said`; not `"…" in Syria, NAME, the press secretary, said`).
    let after_quote = from > start && matches!(toks[from - 1].t, T::Open | T::Close);
    let clause_initial = |s: usize| {
        // (a body's name after its article and a comma: `In a post, the Royal City Cycling
        // Union, a volunteer group, called …`; not `In the Senate, a senator, …`)
        let s = described(s);
        let s = if s >= from + 2
            && toks[s - 1].s == "the"
            && (toks[s - 2].s == ","
                || s - 2 == start && matches!(toks[s - 2].s, "But" | "And" | "Yet"))
        {
            s - 1
        } else {
            s
        };
        s == from
            || s == start
            || matches!(toks[s - 1].s, "," | ";" | ":" | "—" | "–" | "(" | "<")
            || (s - 1 == start && lexicon::is_function_word_any_case(toks[s - 1].s))
            || (after_quote
                && s - 1 == from
                && (matches!(toks[s - 1].s, "the" | "a" | "an")
                    || (toks[s - 1].is_cap() && lexicon::is_function_word_any_case(toks[s - 1].s))))
    };
    let speech_between = |a: usize| {
        toks[a..j].iter().any(|t| {
            matches!(
                t.s,
                "said" | "says" | "say" | "told" | "tells" | "added" | "adds"
            )
        })
    };
    // `Sen. Richard Shelby of Alabama, the chairman …, said`, `Chief NAME of the Tribal
    // Council, which …, said`: the person before `of PLACE` or `of (the) BODY`.
    let person_of = |m: usize| -> usize {
        let mm = &para.mentions[m];
        let k = if mm.kind == MKind::Org {
            past_the(toks, mm.start, from)
        } else {
            mm.start
        };
        // (or a name left unsettled, a town's: `Jane Roe of Rimouski, a retired nurse, said`)
        if matches!(mm.kind, MKind::Place | MKind::Org | MKind::Unknown)
            && k >= from + 2
            && matches!(toks[k - 1].s, "of" | "from")
            && let Some(p) = para
                .mentions
                .iter()
                .position(|p| p.end == k - 1 && p.kind == MKind::Person && usable(p))
        {
            p
        } else {
            m
        }
    };
    // `The study's co-author, NAME of McGill University, said`: a person of a body or place
    // filling the last comma pair.
    if let Some(&k) = commas.last()
        && let m = para.mentions.partition_point(|m| m.end < name_end)
        && para
            .mentions
            .get(m)
            .is_some_and(|m| m.end == name_end && usable(m))
        && let p = person_of(m)
        && p != m
        && para.mentions[p].start == k + 1
    {
        return Some(Subject::Mention(p));
    }
    commas
        .iter()
        .filter_map(|&k| {
            let e = name_end_before(k);
            para.mentions
                .iter()
                .position(|m| m.end == e && usable(m) && !opening_adverb(para, m, start, false))
        })
        // (`In Piura, NAME, a dentist, said`: a place after a preposition opening the sentence
        // says where, and the name after it is the subject; so do its state or province and
        // other places listed after it, `In Brampton, Ont., NAME, …, said`)
        .filter(|&m| {
            let located = |mm: &Mention| {
                mm.start > from
                    && lexicon::with_lower(toks[mm.start - 1].s, |w| {
                        matches!(
                            w,
                            "in" | "on"
                                | "at"
                                | "near"
                                | "from"
                                | "outside"
                                | "across"
                                | "inside"
                                | "along"
                                | "around"
                        )
                    })
            };
            // (back along places listed after commas to the first)
            let mut k = m;
            while k > 0
                && para.mentions[k].start >= 2
                && matches!(toks[para.mentions[k].start - 1].s, "," | "and")
                && para.mentions[k - 1].end == para.mentions[k].start - 1
                && para.mentions[k - 1].kind == MKind::Place
            {
                k -= 1;
            }
            // (so does a name the names pass left unsettled right after the preposition: `In
            // Rimouski, a mother who …, said`; not after a place: `near Havana, Granma, the
            // official newspaper, said`)
            match para.mentions[m].kind {
                MKind::Place => !located(&para.mentions[k]),
                MKind::Unknown => !located(&para.mentions[m]),
                _ => true,
            }
        })
        .map(person_of)
        .find(|&m| clause_initial(para.mentions[m].start) && !speech_between(para.mentions[m].end))
        .map(Subject::Mention)
        // `The company, controlled by X, said`: a description opening the clause.
        .or_else(|| nominal::described_subject(para, from, j).map(|n| Subject::Nominal(n, from)))
}

/// `NAME, Acme's chief financial officer said`, `NAME, an aide to Senator NAME said`: the
/// person mention opening the clause that an unclosed appositive, a role after its owner or
/// its article (description `n`), describes.
pub(super) fn described_by_appositive(
    para: &Para<'_>,
    n: &nominal::Nominal,
    start: usize,
) -> Option<usize> {
    let s = match n.det {
        nominal::Det::Owner(o) => para.mentions[o].start,
        // (the article before the phrase)
        nominal::Det::Indefinite => n.start.checked_sub(1)?,
        _ => return None,
    };
    if n.class != nominal::Class::Person || s < start + 2 || para.toks[s - 1].s != "," {
        return None;
    }
    let p = mention_ending_at(para, s - 2)?;
    let pm = &para.mentions[p];
    (pm.kind == MKind::Person
        && !pm.possessive
        && !pm.quoted
        && opens_clause_at(para, pm.start, start))
    .then_some(p)
}

/// Whether a name starting at token `k` opens its clause: at the sentence start `start` or
/// after `But`/`And`/`Yet`/`Meanwhile` there, or after a comma, semicolon, colon or quotation
/// mark (not `After meeting Tomas Vik, officials …`, which opens after other words).
pub(super) fn opens_clause_at(para: &Para<'_>, k: usize, start: usize) -> bool {
    let toks = &para.toks;
    k == start
        || (k == start + 1 && matches!(toks[start].s, "But" | "And" | "Yet" | "Meanwhile"))
        || matches!(toks[k - 1].s, "," | ";" | ":")
        || matches!(toks[k - 1].t, T::Open | T::Close)
}

/// `(UNECE)`, `(Pemex)` closing at token `close`: one word in brackets, as a name may follow
/// itself with its short form.
pub(super) fn short_form_in_brackets(toks: &[super::tokens::Tok<'_>], close: usize) -> bool {
    close >= 2 && toks[close].s == ")" && toks[close - 2].s == "("
}

/// The dash opening an aside that the dash at `j` closes (`X - one of the creditors - said`,
/// `X — then an adviser — told`), within the clause and with words between.
pub(super) fn aside_opening(toks: &[Tok<'_>], j: usize, start: usize) -> Option<usize> {
    let is_dash = |t: &Tok<'_>| t.t == T::Punct && matches!(t.s, "-" | "—" | "–");
    if !is_dash(&toks[j]) {
        return None;
    }
    let lo = j.saturating_sub(30).max(start);
    (lo..j.saturating_sub(1))
        .rev()
        .take_while(|&k| {
            let t = &toks[k];
            !t.quoted && !matches!(t.t, T::Open | T::Close) && !matches!(t.s, ";" | ":")
        })
        .find(|&k| is_dash(&toks[k]))
        .filter(|&k| k > start)
}
