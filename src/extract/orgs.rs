//! Organisations the capitalised-run reading takes for people, set right once the whole article
//! is in view: a name without a given name beside a description of a body (`Nordvik Air, a
//! regional carrier, …`, `the company behind the plan, Tamarack Ridge Midstream,`), the name
//! opening a story that then quotes `the company` (`Stanley Works said …`), and the short form
//! of an organisation named in full before (`Corvane` after `Corvane Energy Corp`, `Tamarack
//! Ridge` after `Tamarack Ridge Midstream`; `Pillsbury` beside `Pillsbury Corp` keeps its name).

mod heads;
mod legal;
mod tails;

use std::cell::{Cell, OnceCell};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::split::Kind;

use super::names::{MKind, Mention};
use super::people::FirstNames;
use super::people::{first_word, has_space, key_bit};
use super::places::Gazetteer;
use super::speakers::Para;
use super::tokens::{T, Tok, taken_up_as_person};
use super::words;

/// How many tokens an appositive next to a name may span (`, a regional carrier based in X,`).
const APPOSITIVE_REACH: usize = 12;

/// Words that end the head part of an appositive (`a carrier based in …`, `a firm that …`).
fn ends_head(w: &str) -> bool {
    matches!(
        w,
        "of" | "for"
            | "at"
            | "in"
            | "on"
            | "with"
            | "from"
            | "behind"
            | "based"
            | "which"
            | "that"
            | "who"
            | "whose"
            | "and"
            | "or"
    )
}

/// Whether tokens `from..to` read as a description headed by an organisation noun: a determiner,
/// then words up to a preposition or clause word among which an organisation noun comes before
/// any person noun (`a regional carrier based in …`, `the company behind the project`; not `a
/// spokesman for the company`).
fn org_description(toks: &[Tok<'_>], from: usize, to: usize) -> bool {
    let Some(first) = toks.get(from) else {
        return false;
    };
    if !matches!(first.s, "a" | "an" | "the" | "A" | "An" | "The") {
        return false;
    }
    // The last noun of either kind heads it: a body's noun modifies a person's after it (`the
    // charity board chair, NAME,`), and a person's noun a body's (`a volunteer monitoring
    // group`).
    let mut org_head = false;
    for t in &toks[from + 1..to] {
        // (where the head ends: `the company behind the project`)
        if t.t != T::Word || t.quoted || ends_head(t.s) {
            return org_head;
        }
        let (person, org) = crate::lexicon::with_lower(t.s, |lower| {
            (words::is_person_noun(lower), words::is_org_noun(lower))
        });
        if person {
            org_head = false;
        } else if !t.is_cap() && org {
            org_head = true;
        }
    }
    org_head
}

/// Whether an appositive opening at the comma `c` and closed by another within reach describes
/// an organisation (`, a regional carrier,`), or its head does up to a relative clause or a
/// participle (`, a private company that runs …`, `, a firm based in …`).
fn org_appositive(toks: &[Tok<'_>], c: usize) -> bool {
    (c + 1..toks.len().min(c + 1 + APPOSITIVE_REACH))
        .find(|&k| matches!(toks[k].s, "," | "that" | "which" | "based"))
        .is_some_and(|close| org_description(toks, c + 1, close))
}

/// [`org_appositive`] headed by a noun that names no person too (`, a software firm,`; not
/// `, a software developer,`): what a name opening with a given name needs.
fn company_appositive(toks: &[Tok<'_>], c: usize) -> bool {
    org_appositive(toks, c)
        && toks[c + 2..toks.len().min(c + 1 + APPOSITIVE_REACH)]
            .iter()
            .take_while(|t| t.t == T::Word && !ends_head(t.s))
            .any(|t| {
                matches!(
                    t.s,
                    "company"
                        | "firm"
                        | "corporation"
                        | "maker"
                        | "manufacturer"
                        | "retailer"
                        | "chain"
                        | "bank"
                        | "lender"
                        | "insurer"
                        | "airline"
                        | "carrier"
                        | "startup"
                        | "subsidiary"
                        | "conglomerate"
                        | "brokerage"
                        | "charity"
                        | "gallery"
                        | "publisher"
                )
            })
}

/// Whether the name `m` shows itself an organisation where it stands: an appositive beside it
/// is headed by an organisation noun (`X, a regional carrier,`, `the company behind the
/// project, X,`). (`X said it …` tells nothing: `it` may open the clause said.)
fn acts_as_organisation(toks: &[Tok<'_>], m: &Mention) -> bool {
    if toks.get(m.end).is_some_and(|t| t.s == ",") && org_appositive(toks, m.end) {
        return true;
    }
    // `the company behind the project, X,`: the description before the comma opening the name.
    if m.start >= 2 && toks[m.start - 1].s == "," && toks.get(m.end).is_some_and(|t| t.s == ",") {
        let c = m.start - 1;
        let lo = c.saturating_sub(8);
        // The description opens its clause: not `A spokeswoman for the company, NAME,`.
        let opens = |d: usize| {
            d == 0 || matches!(toks[d - 1].s, "," | ";" | ":" | "(" | "—" | "–" | "." | "“")
        };
        return (lo..c).any(|d| opens(d) && org_description(toks, d, c));
    }
    false
}

/// A person's mention that may be an organisation's name read as a person's: two words or more,
/// no title before it, a first word that is no given name.
fn maybe_org(m: &Mention, first_names: &FirstNames) -> bool {
    maybe_org_named(m) && first_names.get(first_word(&m.name)).is_none()
}

/// [`maybe_org`] whatever its first word: a person's mention of two words or more, no title
/// before it.
fn maybe_org_named(m: &Mention) -> bool {
    m.kind == MKind::Person && m.roles.is_empty() && m.name_start == m.start && has_space(&m.name)
}

/// Whether token `k` is a reporting verb, perhaps after `also` (`The company also said`).
fn reporting_verb_at(toks: &[Tok<'_>], k: usize) -> bool {
    let k = if toks.get(k).is_some_and(|t| t.s == "also") {
        k + 1
    } else {
        k
    };
    toks.get(k).is_some_and(|t| {
        !t.quoted
            && t.t == T::Word
            && crate::lexicon::with_lower(t.s, crate::lexicon::reporting_verb_base).is_some()
    })
}

/// The name that opens a news story (past a wire dateline) as the subject of its first
/// reporting verb (`Stanley Works said it expects record sales …`) or of a sentence that
/// `, the company said` closes, read as a person's (no title, two words or more),
/// when the story goes on to quote `the company`, `the firm` or a sentence's `It` and names no
/// organisation before: the company the story is about, whatever its first word (`Stanley`).
fn lead_company(paras: &[Para<'_>], first_names: &FirstNames) -> Option<String> {
    let (f, para) = paras
        .iter()
        .enumerate()
        .find(|(_, p)| p.kind == Kind::Body && !p.mentions.is_empty())?;
    // (past a dateline: `HAMILTON — Ridgeline Steel Fabricators will …`)
    let toks = &para.toks;
    let from = if super::names::is_dateline_head(toks, 1) {
        let dash = |t: &Tok<'_>| super::names::is_dash(t.s);
        toks.iter()
            .take(6)
            .position(dash)
            .map_or(0, |d| d + toks[d..].iter().take_while(|t| dash(t)).count())
    } else {
        0
    };
    let m = para.mentions.iter().find(|m| m.start >= from)?;
    let opens = m.start == from || (m.start == from + 1 && para.toks[from].s == "<");
    let after = m.end + usize::from(para.toks.get(m.end).is_some_and(|t| t.s == ">"));
    // (or `X will lay off 210 workers at its plant, the company confirmed`: its sentence's
    // `, the company` and a reporting verb, X its subject and set off by no comma: `Marta
    // Kowalczyk, 45, will run its plant, the company said` is someone it names)
    let company_said = || {
        let end = para
            .sentences
            .iter()
            .find(|r| r.start <= m.start && m.start < r.end)
            .map_or(para.toks.len(), |r| r.end);
        para.toks.get(after).is_some_and(|t| t.s != ",")
            && (after + 1..end.saturating_sub(2)).any(|k| {
                para.toks[k - 1].s == ","
                    && para.toks[k].s == "the"
                    && matches!(para.toks[k + 1].s, "company" | "firm")
                    && reporting_verb_at(&para.toks, k + 2)
            })
    };
    // A name opening with a given name (`Stanley Works`) needs `the company` or `the firm`:
    // `It said` may be a report's words after a person's (`John Smith said … It said …`).
    let it_counts = maybe_org(m, first_names);
    if m.kind != MKind::Person
        || !opens
        || m.quoted
        || !m.roles.is_empty()
        || m.name_start != m.start
        || !has_space(&m.name)
        || !(reporting_verb_at(&para.toks, after) || company_said())
    {
        return None;
    }
    for p in &paras[f..] {
        if p.kind != Kind::Body {
            continue;
        }
        let company = (0..p.toks.len()).find(|&k| {
            let t = &p.toks[k];
            let the_company = k > 0
                && matches!(t.s, "company" | "firm")
                && matches!(p.toks[k - 1].s, "The" | "the");
            // `It said …` opening a sentence: no person's words.
            let it = it_counts && t.s == "It" && p.sentences.iter().any(|r| r.start == k);
            (the_company || it) && !t.quoted && reporting_verb_at(&p.toks, k + 1)
        });
        // An organisation named before it may be the one meant.
        let org = p
            .mentions
            .iter()
            .find(|o| o.kind == MKind::Org)
            .map(|o| o.start);
        match (company, org) {
            (Some(c), o) if o.is_none_or(|o| c < o) => return Some(m.name.clone()),
            (_, Some(_)) => return None,
            _ => {}
        }
    }
    None
}

/// Sets right the organisations of an article read as people, then gives a short form of an
/// organisation named in full earlier that full name.
pub(crate) fn reclassify(paras: &mut [Para<'_>], first_names: &FirstNames, gaz: &Gazetteer) {
    for para in paras.iter_mut() {
        legal::join_lone_legal_forms(para);
    }
    let mut org_names: FxHashSet<String> = FxHashSet::default();
    for para in paras.iter() {
        for m in &para.mentions {
            // (An appositive or a name set off needs a comma after the name: most mentions
            // are passed over there, before their first word is looked up.)
            // (a name opening with a given name too, when the appositive right after it says
            // what body it is: `Opal Dynamics, a software firm,`)
            if para.toks.get(m.end).is_some_and(|t| t.s == ",")
                && !m.quoted
                && (maybe_org(m, first_names)
                    && acts_as_organisation(&para.toks, m)
                    // (`Benoît Lalonde-Cyr, a jumbo drill operator, said his family …`: the
                    // appositive's noun names a trade, not a body; not `…, a grid operator,
                    // said its …`)
                    && !taken_up_as_person(&para.toks, m.end, 40)
                    || maybe_org_named(m) && company_appositive(&para.toks, m.end))
                && !org_names.contains(&m.name)
            {
                org_names.insert(m.name.clone());
            }
        }
    }
    if let Some(name) = lead_company(paras, first_names) {
        org_names.insert(name);
    }
    initialled_people(paras);
    // (Most articles have none: no name need be hashed then.)
    if !org_names.is_empty() {
        for m in paras.iter_mut().flat_map(|p| &mut p.mentions) {
            if m.kind == MKind::Person
                && m.roles.is_empty()
                && m.name_start == m.start
                && org_names.contains(&m.name)
            {
                m.kind = MKind::Org;
            }
        }
    }
    expand_short_forms(paras, first_names);
    tails::expand_tails(paras, gaz);
    tails::expand_place_led_tails(paras, gaz);
    heads::expand_head_words(paras, first_names);
}

/// `D.J. Kaminski said`: initials opening a name read as a company's where nothing says
/// otherwise (`E.F. Hutton`), but a person's wherever the article names that person so
/// elsewhere (`said D.J. Kaminski, a lawyer`).
fn initialled_people(paras: &mut [Para<'_>]) {
    // (most names have no period for their second byte: ruled out before they are split)
    let initialled = |m: &Mention| {
        m.name.as_bytes().get(1) == Some(&b'.')
            && m.name
                .split_once(' ')
                .is_some_and(|(first, _)| super::names::is_dotted_initials(first))
    };
    // (Most articles name no one so: nothing is gathered then.)
    let people: Vec<String> = paras
        .iter()
        .flat_map(|p| &p.mentions)
        .filter(|m| m.kind == MKind::Person && initialled(m))
        .map(|m| m.name.clone())
        .collect();
    if people.is_empty() {
        return;
    }
    for m in paras.iter_mut().flat_map(|p| &mut p.mentions) {
        if m.kind == MKind::Org && initialled(m) && people.contains(&m.name) {
            m.kind = MKind::Person;
        }
    }
}

/// A name's words without the legal form closing it, last first (`Corvane Energy Corp.` →
/// `Energy`, `Corvane`).
fn proper_words(f: &str) -> Vec<&str> {
    f.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '&')
        .split(' ')
        .rev()
        .skip_while(|w| super::words::is_company_suffix(w))
        .collect()
}

/// The names of the article's people, joined by spaces: their words, split from it by
/// [`person_words`], are no organisation's short form (`Morgan` beside `Dana Morgan`). (One
/// string for all, not one per word; `None` when the article names no one.)
fn person_names(paras: &[Para<'_>]) -> Option<String> {
    // (Written into one string as they are found: no list of them is gathered first.)
    let mut names: Option<String> = None;
    for m in paras.iter().flat_map(|p| &p.mentions) {
        if m.kind != MKind::Person {
            continue;
        }
        match &mut names {
            Some(names) => {
                names.push(' ');
                names.push_str(&m.name);
            }
            None => {
                let mut first = String::with_capacity(256);
                first.push_str(&m.name);
                names = Some(first);
            }
        }
    }
    names
}

/// The words of [`person_names`], looked for in the names themselves for the first few
/// questions and split into a set only when asked more: most articles ask about a word or two,
/// and splitting every name cost more than those few searches.
struct PersonWords<'n> {
    names: Option<&'n str>,
    /// The questions answered by a search so far.
    searched: Cell<u32>,
    set: OnceCell<FxHashSet<&'n str>>,
}

/// How many questions [`PersonWords`] answers by searching the names before it splits them.
const SEARCHES_BEFORE_SET: u32 = 4;

impl<'n> PersonWords<'n> {
    fn new(names: Option<&'n str>) -> Self {
        PersonWords {
            names,
            searched: Cell::new(0),
            set: OnceCell::new(),
        }
    }

    fn contains(&self, w: &str) -> bool {
        if self.set.get().is_none() && self.searched.get() < SEARCHES_BEFORE_SET {
            self.searched.set(self.searched.get() + 1);
            return self.names.is_some_and(|names| holds_word(names, w));
        }
        self.set
            .get_or_init(|| person_words(self.names))
            .contains(w)
    }
}

/// Whether `w` is one of the words of `names` split at single spaces (as [`person_words`]
/// splits them).
fn holds_word(names: &str, w: &str) -> bool {
    // (A word of a split holds no space. Without one, matches of `w` cannot overlap where one
    // is a whole word: none is passed over.)
    if w.contains(' ') {
        return false;
    }
    let b = names.as_bytes();
    names
        .match_indices(w)
        .any(|(i, _)| (i == 0 || b[i - 1] == b' ') && b.get(i + w.len()).is_none_or(|&c| c == b' '))
}

/// The words of [`person_names`].
fn person_words(names: Option<&str>) -> FxHashSet<&str> {
    let Some(names) = names else {
        return FxHashSet::default();
    };
    let mut words = FxHashSet::with_capacity_and_hasher(
        names.bytes().filter(|&b| b == b' ').count() + 1,
        Default::default(),
    );
    words.extend(names.split(' '));
    words
}

/// The bits of the first words of the organisations named in full ([`short_form_heads`]):
/// every word asked about as one has its bits among them.
#[derive(Clone, Copy)]
struct HeadBits {
    /// The [`key_bit`]s of the words.
    keys: u64,
    /// The [`first_byte_bit`]s of the words.
    firsts: u64,
}

impl HeadBits {
    /// False for a word that is none of the first words, and for a name that opens with none
    /// (told by its first byte, without finding where its first word ends).
    #[inline]
    fn may_open(self, name: &str) -> bool {
        self.firsts & first_byte_bit(name) != 0
    }
}

/// One of 64 bits for a word's first byte (every bit for an empty word): a name and its first
/// word have the same, and words with different bits differ.
fn first_byte_bit(w: &str) -> u64 {
    w.as_bytes().first().map_or(!0, |&b| 1 << (b & 63))
}

/// Whether some name's first word opens an organisation's full name in the article (else no
/// short form can be expanded, and [`expand_short_forms`] need not gather anything). When
/// one may, the bits of those first words: every word [`expand_short_forms`] looks up as one
/// has its bits among them.
fn short_form_heads(paras: &[Para<'_>]) -> Option<HeadBits> {
    let full = |m: &Mention| m.kind == MKind::Org && !m.quoted && has_space(&m.name);
    // (An article names few: a list, cheaper than hashing them. A head listed already has
    // its bit set: only then is the list read.)
    let mut heads: Vec<&str> = Vec::new();
    let mut bits = HeadBits { keys: 0, firsts: 0 };
    for p in paras {
        if matches!(p.kind, Kind::Body | Kind::Summary) {
            for m in p.mentions.iter().filter(|m| full(m)) {
                let head = first_word(super::names::without_the(&m.name));
                let bit = key_bit(head);
                if bits.keys & bit == 0 || !heads.contains(&head) {
                    heads.push(head);
                }
                bits.keys |= bit;
                bits.firsts |= first_byte_bit(head);
            }
        }
    }
    if heads.is_empty() {
        return None;
    }
    // (most words are ruled out by their first byte and bit, unhashed)
    let is_head = |w: &str| bits.may_open(w) && bits.keys & key_bit(w) != 0 && heads.contains(&w);
    for p in paras {
        for m in &p.mentions {
            // (or one whose run a head opens: `Maryland National`, see [`placed_short_forms`])
            if !full(m)
                && ((bits.may_open(&m.name) && is_head(first_word(&m.name)))
                    || is_head(p.toks[m.start].base()))
            {
                return Some(bits);
            }
        }
        if p.sentences.iter().any(|r| {
            p.toks
                .get(r.start)
                .is_some_and(|t| t.is_cap() && is_head(t.s))
        }) {
            return Some(bits);
        }
    }
    None
}

/// The one full name among `cands` that `short` opens and that adds more than a legal form
/// (`TransCanada` is `TransCanada Corp.` already), with the rest after `short` passing `fits`;
/// names that differ only in their legal form are one. Not for a name the article gave
/// (`given_at`) before the full one (`Barclays`, then `Barclays Capital`): a body of its own;
/// nor for one it gave with just a legal form (`Williams Cos`, then `Williams Gas Marketing`:
/// `Williams` is the first).
fn only_longer_name<'c>(
    cands: &'c [(String, usize)],
    short: &str,
    given_at: Option<usize>,
    fits: impl Fn(&str) -> bool,
) -> Option<&'c String> {
    if cands.iter().any(|(f, _)| but_legal_form(f, short)) {
        return None;
    }
    let mut longer = cands
        .iter()
        .filter(|(_, before)| given_at.is_none_or(|i| i >= *before))
        .map(|(f, _)| f)
        .filter(|f| after_short(f, short).is_some_and(|rest| !is_legal_form(rest) && fits(rest)));
    let first = longer.next()?;
    (!longer.any(|g| proper_words(g) != proper_words(first))).then_some(first)
}

/// `Digital said …` after `Digital Equipment Corp`: a capitalised word opening a sentence as
/// the subject of a reporting verb, which the name reading passes over as a common word
/// (`digital`), a demonym (`American`), a title (`Ambassador`) or a place, stands for the one
/// organisation named in full before whose name it opens (and which adds more than a legal
/// form to it), unless the article gave the word as a name before the full one (`Nintendo`,
/// then `Nintendo DS`). `heads` holds the bits of the full names' first words
/// ([`short_form_heads`]).
fn sentence_initial_short_forms(
    para: &mut Para<'_>,
    full: &FxHashMap<String, Vec<(String, usize)>>,
    seen: &FxHashMap<String, usize>,
    people: &PersonWords<'_>,
    first_names: &FirstNames,
    heads: u64,
) {
    // No organisation named in full yet: no short form either.
    if full.is_empty() {
        return;
    }
    for si in 0..para.sentences.len() {
        let s = para.sentences[si].start;
        let Some(t) = para.toks.get(s) else {
            continue;
        };
        if t.t != T::Word || !t.is_cap() || t.quoted {
            continue;
        }
        // (The full names first: one lookup rules out most words before the verb is read, and
        // a word whose bit is no head's needs none.)
        if heads & key_bit(t.s) == 0 {
            continue;
        }
        let Some(cands) = full.get(t.s) else {
            continue;
        };
        if !reporting_verb_at(&para.toks, s + 1) {
            continue;
        }
        if people.contains(t.s) || first_names.get(t.s).is_some() {
            continue;
        }
        // A body by its last word (`Corp`, `Airlines`), not one side of a pair (`Italy and
        // Canada`).
        let Some(name) = only_longer_name(cands, t.s, seen.get(t.s).copied(), |rest| {
            !rest.starts_with("and ")
                && rest
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| words::is_company_suffix(w) || words::names_a_body(w))
        }) else {
            continue;
        };
        let k = para.mentions.partition_point(|m| m.start < s);
        match para.mentions.get_mut(k) {
            // A one-word place or title read there: the organisation instead.
            Some(m) if m.start == s => {
                if m.end == s + 1 && (m.kind == MKind::Place || m.role_only) {
                    m.name.clone_from(name);
                    m.kind = MKind::Org;
                    m.roles.clear();
                    m.role_only = false;
                    m.gender = None;
                }
            }
            _ => para.mentions.insert(
                k,
                Mention {
                    start: s,
                    end: s + 1,
                    name_start: s,
                    lead_place_end: s,
                    kind: MKind::Org,
                    name: name.clone(),
                    gender: None,
                    titled_gender: false,
                    roles: Vec::new(),
                    possessive: false,
                    quoted: false,
                    person: None,
                    role_only: false,
                    titled_speaker: false,
                },
            ),
        }
    }
}

/// `Maryland National said` after `Maryland National Corp`, `Oregon Pacific said` after `Oregon
/// Pacific Corp`, `American Express said` after `American Express Co`: a run that gives a full
/// name before but for its legal form, which the name reading took for a place or for a name
/// after a place or title (`National`, `Express`), stands for that organisation.
fn placed_short_forms(para: &mut Para<'_>, full: &FxHashMap<String, Vec<(String, usize)>>) {
    if full.is_empty() {
        return;
    }
    for i in 0..para.mentions.len() {
        let m = &para.mentions[i];
        // (the whole run, of two words or more: its name may leave out a place opening it; one
        // word is [`sentence_initial_short_forms`]'s, and `U.K.` is no `U.K. Company`)
        if m.quoted
            || m.end - m.start < 2
            || !(matches!(m.kind, MKind::Place | MKind::Unknown)
                // (a person's name whole stays: `Barnett Banks` may be someone; `American
                // Express`, read as `Express` with a title, or as a body's name past its
                // demonym, `American Express said`, is not)
                || (m.kind == MKind::Person && m.name_start > m.start)
                || (m.kind != MKind::Place && m.name_start > m.start))
        {
            continue;
        }
        let Some(cands) = full.get(para.toks[m.start].base()) else {
            continue;
        };
        let written: Vec<&str> = para.toks[m.start..m.end].iter().map(|t| t.base()).collect();
        let written = written.join(" ");
        let Some((f, _)) = cands.iter().find(|(f, _)| but_legal_form(f, &written)) else {
            continue;
        };
        let m = &mut para.mentions[i];
        m.name_start = m.start;
        m.lead_place_end = m.start;
        m.roles.clear();
        become_org(m, f);
    }
}

/// What full name `f` adds after `short` and a space (`Energy Corp` after `Corvane`), if it
/// opens with it.
fn after_short<'f>(f: &'f str, short: &str) -> Option<&'f str> {
    f.strip_prefix(short)?.strip_prefix(' ')
}

/// A body's word naming one of its organs (`Council`, `Board`): `X Board` is no name of X.
fn is_organ(w: &str) -> bool {
    matches!(
        w,
        "Council" | "Committee" | "Commission" | "Board" | "Assembly" | "Cabinet" | "Secretariat"
    )
}

/// Words that are all legal forms (`Corp`, `Co Inc`).
fn is_legal_form(words: &str) -> bool {
    words.split(' ').all(words::is_company_suffix)
}

/// True when full name `f` is `short` and a legal form (`Pillsbury Corp` for `Pillsbury`).
fn but_legal_form(f: &str, short: &str) -> bool {
    after_short(f, short).is_some_and(is_legal_form)
}

/// Mention `m` read as the organisation named `name` in full.
fn become_org(m: &mut Mention, name: &str) {
    name.clone_into(&mut m.name);
    m.kind = MKind::Org;
    m.person = None;
    m.gender = None;
    m.role_only = false;
}

/// `Jones and Vining said` after `Jones and Vining Inc`: two lone names joined by `and` that
/// give a full name before but for its legal form are that organisation (not `Saab and
/// Vauxhall`, which the article never names as one).
fn paired_short_forms(para: &mut Para<'_>, full: &FxHashMap<String, Vec<(String, usize)>>) {
    if full.is_empty() {
        return;
    }
    let lone = |m: &Mention| {
        m.end == m.start + 1
            && !m.quoted
            && m.roles.is_empty()
            && matches!(m.kind, MKind::Unknown | MKind::Org | MKind::Person)
    };
    let mut i = 1;
    while i < para.mentions.len() {
        let (a, b) = (&para.mentions[i - 1], &para.mentions[i]);
        let pair = a.end + 1 == b.start && para.toks[a.end].s == "and" && !a.possessive;
        // (read from the tokens, only for a pair: the first may already stand for the full
        // name alone)
        let found = (pair && lone(a) && lone(b))
            .then(|| {
                let (wa, wb) = (para.toks[a.start].base(), para.toks[b.start].base());
                let cands = full.get(wa)?;
                let written = format!("{wa} and {wb}");
                cands.iter().find(|(f, _)| but_legal_form(f, &written))
            })
            .flatten();
        let Some((f, _)) = found else {
            i += 1;
            continue;
        };
        let name = f.clone();
        let b = para.mentions.remove(i);
        let a = &mut para.mentions[i - 1];
        a.end = b.end;
        a.possessive = b.possessive;
        become_org(a, &name);
    }
}

/// `Corvane` after `Corvane Energy Corp`: a name whose words open exactly one organisation's
/// name given earlier in the article, and that is no place and no word of a person's name,
/// stands for that organisation under its full name (one that adds more than a legal form).
fn expand_short_forms(paras: &mut [Para<'_>], first_names: &FirstNames) {
    let Some(heads) = short_form_heads(paras) else {
        return;
    };
    let names = person_names(paras);
    let people = PersonWords::new(names.as_deref());
    // Full names by their first word, each with how many names the article had given before
    // it; the names given whose first word may open a full name (the only ones asked about),
    // each with its place among all names given (hashed: a file may hold thousands). A name
    // given after a full name is later in either count, so that the places, unlike a count of
    // distinct names, need no map of every name.
    let mut full: FxHashMap<String, Vec<(String, usize)>> = FxHashMap::default();
    let mut seen: FxHashMap<String, usize> = FxHashMap::default();
    let mut given = 0;
    for para in paras.iter_mut() {
        // A headline's words are no name given in full (`UKIP MEP attacked …`).
        let prose = matches!(para.kind, Kind::Body | Kind::Summary);
        for m in &mut para.mentions {
            if m.kind == MKind::Org && has_space(&m.name) && !m.quoted {
                if !prose {
                    continue;
                }
                let name = super::names::without_the(&m.name);
                let head = first_word(name);
                // `Gannet Point, a Yarmouth company, said` after `Gannet Point Marine
                // Services`: a name of several words may be a short form too (not one given
                // before the full name, `General Motors`, then `General Motors Canada`: listed
                // then as a full name itself). One closed by a body's word or a legal form
                // names a body already: only its place may follow (`Royal Bank of Canada`; not
                // `Federal Reserve Bank of New York`, `Lloyds Bank Canada`, `Swiss Bank Corp
                // International Ltd`).
                // (…or, after a body's word, its legal form: `Houston Metals` is `Houston Metals
                // Corp`, `International Minerals` `International Minerals and Chemical Corp`)
                let last = name.rsplit(' ').next().unwrap_or(name);
                let closed = || words::is_org_word(last) || words::is_company_suffix(last);
                let legal_form_after = |rest: &str| {
                    !words::is_company_suffix(last)
                        && rest
                            .rsplit(' ')
                            .next()
                            .is_some_and(words::is_company_suffix)
                };
                if let Some(list) = full.get(head)
                    && !list.iter().any(|(f, _)| f == name)
                    && let Some(f) = only_longer_name(list, name, None, |rest| {
                        (rest.starts_with("of ") || !closed() || legal_form_after(rest))
                            && !rest.rsplit(' ').next().is_some_and(|w| {
                                words::is_role_word(w) && (!words::is_org_word(w) || is_organ(w))
                            })
                    })
                {
                    m.name.clone_from(f);
                    continue;
                }
                // (The head copied only the first time: most full names are given again.)
                match full.get_mut(head) {
                    Some(list) => {
                        if !list.iter().any(|(f, _)| f == name) {
                            list.push((name.to_owned(), given));
                        }
                    }
                    None => {
                        full.insert(head.to_owned(), vec![(name.to_owned(), given)]);
                    }
                }
                continue;
            }
            if !matches!(m.kind, MKind::Person | MKind::Unknown | MKind::Org)
                || !m.roles.is_empty()
                || m.name.is_empty()
            {
                continue;
            }
            // (most names ruled out by their first byte, before their first word is found)
            let may_open =
                heads.may_open(&m.name) && heads.keys & key_bit(first_word(&m.name)) != 0;
            if prose {
                if may_open && !seen.contains_key(&m.name) {
                    seen.insert(m.name.clone(), given);
                }
                given += 1;
            }
            // (The full names first: most names open none, and are settled unread.)
            if !may_open {
                continue;
            }
            let first = first_word(&m.name);
            let Some(cands) = full.get(first) else {
                continue;
            };
            if first_names.get(first).is_some()
                || (m.kind != MKind::Person && m.name.split(' ').any(|w| people.contains(w)))
            {
                continue;
            }
            // Not for a role (`UKIP MEP`), but for a portfolio that is a body's word too
            // (`Saltline Energy`, `Norvale Plata Resources`), unless it names one of the
            // body's organs (`U.N.` is no `U.N. Security Council`).
            let longer = only_longer_name(cands, &m.name, seen.get(&m.name).copied(), |rest| {
                !rest.rsplit(' ').next().is_some_and(|w| {
                    words::is_role_word(w) && (!words::is_org_word(w) || is_organ(w))
                })
            });
            if let Some(f) = longer {
                m.name.clone_from(f);
                m.kind = MKind::Org;
            } else if m.kind == MKind::Unknown
                && cands.iter().any(|(f, _)| but_legal_form(f, &m.name))
            {
                // `Pillsbury` after `Pillsbury Corp`: the company under the name it goes by,
                // so that `it` and `the company` may refer to it.
                m.kind = MKind::Org;
            }
        }
        if prose {
            placed_short_forms(para, &full);
            paired_short_forms(para, &full);
            sentence_initial_short_forms(para, &full, &seen, &people, first_names, heads.keys);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_has_the_first_byte_bit_of_its_first_word() {
        for name in [
            "Corvane Energy",
            "Corvane",
            "",
            " Corvane",
            "Électricité de France",
        ] {
            let first = first_word(name);
            assert_ne!(first_byte_bit(name) & first_byte_bit(first), 0, "{name:?}");
        }
        assert_ne!(first_byte_bit("Alpha"), first_byte_bit("Beta"));
    }

    #[test]
    fn a_word_is_held_as_the_split_holds_it() {
        let names = "Dana Morgan Al Morganstern  Lee";
        for w in [
            "Dana",
            "Morgan",
            "Al",
            "Morganstern",
            "Lee",
            "",
            "Morg",
            "organ",
            "a M",
            "x",
        ] {
            assert_eq!(
                holds_word(names, w),
                names.split(' ').any(|n| n == w),
                "{w:?}"
            );
        }
        assert!(!holds_word("Dana", ""));
        assert!(holds_word("", ""));
    }
}
