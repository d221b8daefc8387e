//! Speakers: who each paragraph reports. Reporting verbs outside quotations are tied to their
//! subject (before the verb, after an appositive, or after the verb when it follows the quote),
//! `according to X`, pronouns resolved to the nearest fitting person, and quote-only paragraphs
//! carried on from the paragraph before.

use std::borrow::Cow;
use std::ops::Range;

use crate::lexicon;
use crate::split::Kind;

use super::appositive::coordinated_partners;
use super::coref::{
    Ctx, RoleHolders, Spoken, Subject, WholeSalience, is_filler, is_generic_org_head,
};
use super::names::{MKind, Mention};
use super::nominal;
use super::people::People;
use super::signed;
use super::tokens::{T, Tok};
use super::verbs::verb_ok;
use super::words;

mod cues;
mod inverted;
mod left;
mod nouns;

use cues::{may_cue, may_lower, next_stop};
use inverted::{partners_after, right};
use left::left;

/// Everything the attribution needs about one paragraph.
pub(crate) struct Para<'a> {
    pub kind: Kind,
    pub toks: super::tokens::Toks<'a>,
    pub sentences: &'a [Range<usize>],
    pub mentions: Vec<Mention>,
    /// Opens inside a quotation left open by the previous paragraph.
    pub continues_quote: bool,
}

impl Para<'_> {
    /// The mentions lying wholly within tokens `from..to`, with the index of the first.
    /// Mentions are disjoint and in text order, so two binary searches find them: a paragraph
    /// thousands of sentences long costs no more per question than a short one.
    pub fn mentions_within(&self, from: usize, to: usize) -> (usize, &[Mention]) {
        let lo = self.mentions.partition_point(|m| m.start < from);
        let hi = lo + self.mentions[lo..].partition_point(|m| m.end <= to);
        (lo, &self.mentions[lo..hi])
    }

    /// The index of the mention that holds token `k`, if any (mentions are disjoint and in
    /// text order: the only one that may is the first ending after `k`).
    pub fn mention_over(&self, k: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.end <= k);
        self.mentions.get(i).filter(|m| m.start <= k).map(|_| i)
    }
}

/// How far into a sentence [`sentence_subject`] looks, in tokens.
const SUBJECT_REACH: usize = 400;

/// Nouns for people who speak for an organisation.
const SPOKES_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "official",
    "officials",
    "spokespeople",
    "statement",
    "release",
];

/// One of [`SPOKES_NOUNS`] in any case (lowered on the stack once its first byte fits: each
/// opens with `s`, `r` or `o`, which only those letters lower to).
fn is_spokes_noun(w: &str) -> bool {
    let first = w.as_bytes().first().map(|b| b | 0x20);
    matches!(first, Some(b's' | b'r' | b'o'))
        && lexicon::with_lower(w, |w| SPOKES_NOUNS.contains(&w))
}

/// The speakers of every paragraph of an article.
pub(crate) fn attribute(
    paras: &[Para<'_>],
    people: &People,
    excluded: &[String],
) -> Vec<Vec<String>> {
    let mut found: Vec<Vec<Spoken>> = Vec::with_capacity(paras.len());
    // Each paragraph's last speaker of a main clause (not `…, which the union says …`), by index
    // into its speakers: the one a quotation carried on in the next paragraph goes on with.
    let mut mains: Vec<Option<usize>> = Vec::with_capacity(paras.len());
    let roles = RoleHolders::default();
    let salience = WholeSalience::new(paras.len());
    // Whether the last body paragraph's last reporting verb had one unnamed person for its
    // subject (`A paramedic who asked not to be named said …`), whom a pronoun opening the next
    // paragraph's attribution, with no one named between, goes on with (`“…,” she said.`).
    let mut unnamed_last = false;
    // A pull quote repeats a paragraph of the story: read there, in the story's context, not
    // before anyone is named (where its `the minister said` would find the wrong one).
    let mut pulled: Vec<(usize, usize)> = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        let mut here: Vec<Spoken> = Vec::new();
        let mut main = None;
        let repeated = (para.kind == Kind::Summary)
            .then(|| repeated_in_body(paras, p))
            .flatten();
        if let Some(b) = repeated {
            pulled.push((p, b));
        }
        // A photo caption that says someone speaks (`Dana Roe says … (Photo/Outlet)`) repeats
        // the story beside it: no speakers there.
        if repeated.is_none() && matches!(para.kind, Kind::Body | Kind::Summary) {
            let ctx = Ctx {
                paras,
                people,
                found: &found,
                roles: &roles,
                salience: &salience,
            };
            let mut state = ParaState {
                // (in a paragraph that opens with the quotation: `He was quoted as saying` after
                // `The spokesman said` may be whom the spokesman speaks for)
                unnamed: (unnamed_last && para.toks.first().is_some_and(|t| t.t == T::Open))
                    .then_some(0),
                ..ParaState::default()
            };
            let mut any_verb = false;
            for s in para.sentences {
                any_verb |= sentence(&ctx, p, s.clone(), &mut here, &mut state);
            }
            unnamed_last = state.unnamed.is_some() && here.is_empty();
            let first_open = state.open;
            main = state.main;
            if here.is_empty()
                && let Some(signed) = signed::signature(para)
            {
                here.extend(ctx.resolve(p, Subject::Mention(signed), &here));
            }
            if let Some(author) = signed::tweet_author(para)
                && let Some(spoken) = ctx.resolve(p, Subject::Mention(author), &here)
                && !here.contains(&spoken)
            {
                here.push(spoken);
            }
            // `But early on, he did … “When somebody dies, you remember that.”`: a quotation
            // with no verb of saying belongs to the person the paragraph is about.
            if here.is_empty()
                && !any_verb
                && para.kind == Kind::Body
                && !is_quote_paragraph(para)
                // (outside a quotation carried on, words are quoted only after an opening mark)
                && first_open.is_some_and(|o| has_full_quote(&para.toks[o..]))
                && let Some(subject) = para
                    .sentences
                    .first()
                    .and_then(|s| sentence_subject(para, s.start, s.end))
                && matches!(subject, Subject::Pronoun(..))
                && let Some(spoken) = ctx.resolve(p, subject, &here)
                && spoken.animate
            {
                here.push(spoken);
            }
            if here.is_empty()
                && !any_verb
                && para.kind == Kind::Body
                && is_quote_paragraph(para)
                && let Some(q) = previous_body(paras, &found, p)
                && let Some(last) = mains[q].map(|i| &found[q][i]).or(found[q].last())
            {
                here.push(last.clone());
            }
        }
        // (most paragraphs have no speaker, most articles no excluded name: no call then)
        if !here.is_empty() && !excluded.is_empty() {
            here.retain(|s| !excluded.iter().any(|x| same_name(x, &s.name)));
        }
        found.push(here);
        mains.push(main);
    }
    for (p, b) in pulled {
        found[p] = found[b].clone();
    }
    found
        .into_iter()
        .map(|v| {
            // The names in the speakers' place (no new list), each kept once, in order.
            let mut names: Vec<String> = v.into_iter().map(|s| s.name).collect();
            let mut kept = 0;
            for i in 0..names.len() {
                if !names[..kept].contains(&names[i]) {
                    names.swap(kept, i);
                    kept += 1;
                }
            }
            names.truncate(kept);
            names
        })
        .collect()
}

/// The two names share their first and last words (compared in place, without word lists).
fn same_name(a: &str, b: &str) -> bool {
    let (mut wa, mut wb) = (a.split_whitespace(), b.split_whitespace());
    wa.clone().next_back() == wb.clone().next_back() && wa.next() == wb.next()
}

/// True when the tokens quote a sentence or more (not a word or two in scare quotes).
fn has_full_quote(toks: &[Tok<'_>]) -> bool {
    let mut words = 0;
    for t in toks {
        if t.quoted && t.t == T::Word {
            words += 1;
            if words >= 8 {
                return true;
            }
        } else if t.t == T::Close {
            words = 0;
        }
    }
    false
}

/// The subject of the sentence opening at `start`, else the description opening it (only an
/// organisation's when `org_only`).
fn subject_or_description(
    para: &Para<'_>,
    start: usize,
    v: usize,
    org_only: bool,
) -> Option<Subject> {
    sentence_subject(para, start, v).or_else(|| {
        let n = nominal::opening_subject(para, start, v)
            .filter(|n| !org_only || n.class == nominal::Class::Org)?;
        Some(Subject::Nominal(n, start))
    })
}

/// `Among those listening was Joseph Kalaba, 46, who has run a winch for 22 years and said …`:
/// the person a relative clause describes, when the reporting verb at `v` is coordinated with
/// the clause's first verb.
// (kept out of line: asked of few verbs, it would otherwise swell `sentence` past inlining)
#[inline(never)]
fn relative_antecedent(para: &Para<'_>, start: usize, v: usize) -> Option<Subject> {
    let toks = &para.toks;
    let w = (v.saturating_sub(25).max(start + 1)..v)
        .rev()
        // (a clause closed by a comma is no longer the subject's: `Officials met Ada Roy, who
        // runs the mill, and said`)
        .take_while(|&k| toks[k].t == T::Word && !toks[k].quoted)
        .find(|&k| toks[k].s == "who")?;
    match left(para, w + 1, start) {
        Left::Found(s @ Subject::Mention(_)) => Some(s),
        _ => None,
    }
}

/// A paragraph that is a quotation: it opens with a quote mark or goes on with one.
fn is_quote_paragraph(para: &Para<'_>) -> bool {
    para.continues_quote || para.toks.first().is_some_and(|t| t.t == T::Open)
}

/// How many opening tokens a pull quote shares with the story's paragraph it repeats.
const PULLED_TOKENS: usize = 8;

/// The later body paragraph that summary paragraph `p` repeats, opening on the same
/// [`PULLED_TOKENS`] tokens.
fn repeated_in_body(paras: &[Para<'_>], p: usize) -> Option<usize> {
    let toks = paras[p].toks.get(..PULLED_TOKENS)?;
    let same = |q: &Para<'_>| {
        q.toks
            .get(..PULLED_TOKENS)
            .is_some_and(|t| t.iter().zip(toks).all(|(a, b)| a.s == b.s))
    };
    (p + 1..paras.len()).find(|&q| paras[q].kind == Kind::Body && same(&paras[q]))
}

/// The nearest body paragraph before `p` that is no filler.
fn previous_body(paras: &[Para<'_>], found: &[Vec<Spoken>], p: usize) -> Option<usize> {
    (0..p)
        .rev()
        .find(|&q| paras[q].kind == Kind::Body && !is_filler(&paras[q], &found[q]))
}

/// What [`sentence`] carries from one sentence of a paragraph to the next.
#[derive(Default)]
struct ParaState {
    /// The paragraph's first opening quotation mark.
    open: Option<usize>,
    /// The token of the paragraph's last reporting verb whose subject was one unnamed person
    /// (`One resident said`); `None` when that verb's subject was anyone else.
    unnamed: Option<usize>,
    /// The last speaker of a main clause, by index into the paragraph's speakers.
    main: Option<usize>,
}

/// Attributes the reporting verbs of one sentence; returns whether it had any, and brings
/// `state` up to date.
// (inlined at its one call site: out of line it cost some 2 M instructions more over the first
// 4,000 articles)
#[inline(always)]
fn sentence(
    ctx: &Ctx<'_, '_>,
    p: usize,
    range: Range<usize>,
    here: &mut Vec<Spoken>,
    state: &mut ParaState,
) -> bool {
    let ParaState {
        open: para_open,
        unnamed,
        main,
    } = state;
    let mut any_verb = false;
    let para = &ctx.paras[p];
    let toks = &para.toks;
    // The speaker of the sentence's last verb, by index into `here` (a copy cost more).
    let mut last: Option<usize> = None;
    // The last verb with a subject, its speaker if the subject was anyone's, and whether the
    // subject was one unnamed person.
    let mut clause: Option<(usize, Option<usize>, bool)> = None;
    // Whether a closing quotation mark came before the token at hand, and the sentence's first
    // opening one: the search for cues also stops at quotation marks (few), so that the
    // sentence is read once for all three.
    let (mut closed, mut first_open) = (false, None);
    // Fetched once for the sentence's words, not at each.
    let verbs = lexicon::reporting_verbs();
    // The first stop from token `k` on: a cue or a quotation mark (most tokens are neither).
    let stop_from = |k: usize| k + next_stop(&toks[k..range.end]);
    // The sentence's first word may be a cue in a capital (`According to …`); the search finds
    // the others, each asked once.
    let mut v = range.start;
    if let Some(t) = toks[..range.end].get(v)
        && !matches!(t.t, T::Open | T::Close)
        && !(t.t == T::Word && may_cue(t, true, verbs))
    {
        v = stop_from(v + 1);
    }
    let mut buf = [0u8; 32];
    while v < range.end {
        let t = &toks[v];
        match t.t {
            T::Open => first_open = first_open.or(Some(v)),
            T::Close => closed = true,
            _ => {}
        }
        if t.t != T::Word {
            v = stop_from(v + 1);
            continue;
        }
        // Most candidates are lower case: a form is found as written, without reading the
        // word's bytes for capitals; the others are lowered on the stack.
        let written = if t.s.as_bytes()[0].is_ascii_lowercase() {
            verbs.base(t.s)
        } else {
            None
        };
        let lower = match written {
            // (every form is in lower case: the word is its own)
            Some(_) => Cow::Borrowed(t.s),
            None if may_lower(t.s.as_bytes()) => lexicon::lower_in(t.s, &mut buf),
            None => Cow::Borrowed(t.s),
        };
        // (a word lower case already was asked as written, if it opens in lower case)
        let verb = written.or_else(|| {
            let asked = t.s.as_bytes()[0].is_ascii_lowercase() && lower.as_ptr() == t.s.as_ptr();
            if asked { None } else { verbs.base(&lower) }
        });
        let mut coordinated = None;
        let mut subject = if lower == "according" && toks.get(v + 1).is_some_and(|n| n.s == "to") {
            super::markers::according(para, v + 2, range.end)
        } else if t.s == "words" {
            super::markers::words_of(para, v)
        } else if let Some(agent) =
            super::markers::passive_naming_agent(para, v, range.start, range.end)
        {
            any_verb = true;
            Some(agent)
        } else if let Some(verb) = verb {
            let base = verb.base;
            if verb_ok(toks, v, verb, &lower, range.start, closed) {
                any_verb = true;
                let stated =
                    lower.ends_with("ing") && super::markers::after_statement(toks, range.start, v);
                match if stated {
                    Left::Inverted
                } else {
                    left(para, v, range.start)
                } {
                    Left::Found(s) => Some(s),
                    Left::Coordinated => {
                        coordinated = last.map(|i| here[i].clone());
                        // `X praised … and said …`: X is the subject of the whole sentence.
                        if coordinated.is_none() {
                            // …or an organisation described opening it (`The company cut …
                            // and said`; a person's role may be someone else's).
                            subject_or_description(para, range.start, v, true)
                                .or_else(|| relative_antecedent(para, range.start, v))
                        } else {
                            None
                        }
                    }
                    Left::Inverted => {
                        let after = if base == "point" { v + 1 } else { v };
                        // `X applied for review, arguing that …`: a participle after a comma
                        // speaks for the sentence's subject.
                        // So does one after a statement (`X issued a statement saying …`).
                        let participle = stated
                            || lower.ends_with("ing") && v > range.start && toks[v - 1].s == ",";
                        if participle {
                            subject_or_description(para, range.start, v, false)
                        } else if matches!(base, "tell" | "accuse") {
                            // `told Reuters`, `accused an Evening Standard journalist of …`:
                            // who is told or accused, not who speaks.
                            None
                        } else {
                            right(para, after, range.end)
                        }
                    }
                    Left::None => None,
                }
            } else {
                None
            }
        } else {
            None
        };
        // `Durham said he would …`, `A bank spokesman told Reuters he believed …`: a pronoun
        // opening the clause of the verb just before is that verb's subject: its speaker when
        // it fits the pronoun, no one when an unnamed one.
        if let Some(Subject::Pronoun(pronoun, k)) = subject
            && let Some((u, who, unnamed_one)) = clause
            && u < k
            && k - u <= 6
            && toks[u + 1..k].iter().all(|t| t.t == T::Word)
        {
            let fits = |i: usize| here[i].animate == (pronoun != "it");
            match who {
                Some(i) if fits(i) => {
                    subject = None;
                    coordinated = Some(here[i].clone());
                }
                None if unnamed_one && pronoun != "it" => subject = None,
                _ => {}
            }
        }
        // `One resident said the line was a tradition. “…,” he said.`: `he` after a sentence
        // whose speaker was one unnamed person, with no one named between, is that person.
        if let Some(Subject::Pronoun(pronoun, k)) = subject
            && pronoun != "it"
            && pronoun != "they"
            && clause.is_none()
            && let Some(u) = *unnamed
            && u < k
            && !para
                .mentions_within(u, k)
                .1
                .iter()
                .any(|m| !m.quoted && matches!(m.kind, MKind::Person | MKind::Unknown))
        {
            subject = None;
        }
        // `A worker leaving the afternoon shift, who did not want to give his name, said`,
        // `Outside a shelter on Leon Avenue, a man who … said`: a clause opening on one unnamed
        // person whose description runs up to the verb. No name in the description speaks.
        let opened_unnamed = verb.is_some()
            // (`A spokesman for Acme Corp said` speaks for the body)
            && !matches!(&subject, Some(Subject::Mention(m))
                if matches!(para.mentions[*m].kind, MKind::Person | MKind::Org))
            // (`A former critic of the Lords, he has said`: the pronoun is the subject)
            && !matches!(&subject, Some(Subject::Pronoun(..)))
            && opens_on_unnamed_person(para, range.start, v);
        // `A senior official at the energy ministry … said` / `The official, Vadim Ceban, …`:
        // one unnamed person opening the clause, whom the next paragraph names in apposition
        // to the same head, speaks under that name (the subject found may be the end of the
        // description: `the energy ministry`).
        if verb.is_some()
            && !matches!(&subject, Some(Subject::Mention(_) | Subject::Pronoun(..)))
            && let Some(spoken) = ctx.named_in_apposition_next(p, range.start, v)
        {
            if !here.contains(&spoken) {
                here.push(spoken);
            }
            v = stop_from(v + 1);
            continue;
        }
        // `A Halifax café owner says she never expected …` opening the story, then `Marisol
        // Fenwick, who has run the café for six years, …`: the one person described is the
        // one the next paragraph brings in.
        // (the description the verb's own subject: no clause, quotation or second person
        // between, no passive, no participle: not `A broker and an investor who pleaded guilty
        // …`, `An attorney was named in an indictment alleging …`, `A driver accused of … was
        // “…,” a prosecutor told`)
        if opened_unnamed
            && range.start == 0
            && matches!(toks[0].s, "A" | "An")
            && !toks[v].s.ends_with("ing")
            && !toks
                .get(v + 1)
                .is_some_and(|t| matches!(t.s, "of" | "with" | "by"))
            && !super::verbs::PASSIVES.contains(&toks[v - 1].s)
            && !toks[..v].iter().any(|t| {
                t.t != T::Word && t.s != "." && t.s != "-"
                    || matches!(t.s, "who" | "whose" | "which" | "that" | "and" | "or")
            })
            && let Some(spoken) = ctx.introduced_next(p)
        {
            if !here.contains(&spoken) {
                here.push(spoken);
            }
            v = stop_from(v + 1);
            continue;
        }
        if opened_unnamed {
            subject = None;
            coordinated = None;
        }
        // (an unnamed person the subject: `A bank spokesman`, `One analyst`)
        let unnamed_one = opened_unnamed
            || matches!(&subject, Some(Subject::Nominal(n, _))
            if n.det == nominal::Det::Indefinite && !n.plural && n.class == nominal::Class::Person);
        let verb_at = v;
        let subject_start = match &subject {
            Some(Subject::Mention(m)) => Some(para.mentions[*m].start),
            Some(Subject::Pronoun(_, k) | Subject::Nominal(_, k)) => Some(*k),
            None => None,
        };
        v = stop_from(v + 1);
        if subject.is_none() && coordinated.is_none() {
            // (most candidates: no verb of saying, or one without a subject)
            if verb.is_some() && (opened_unnamed || one_of_them(toks, range.start, verb_at)) {
                *unnamed = Some(verb_at);
            }
            continue;
        }
        // `Anna Berg and Karl Holm said`, `Anna Berg, Karl Holm and Ida Lund told`, `said Anna
        // Berg and Karl Holm`: all speak, in the order named.
        let (before, after) = match subject {
            Some(Subject::Mention(m)) if para.mentions[m].start > verb_at => {
                (Vec::new(), partners_after(para, m, range.end))
            }
            Some(Subject::Mention(m)) => (coordinated_partners(para, m, range.start), Vec::new()),
            _ => (Vec::new(), Vec::new()),
        };
        for &m in before.iter().rev() {
            if let Some(spoken) = ctx.resolve(p, Subject::Mention(m), here)
                && !here.contains(&spoken)
            {
                here.push(spoken);
            }
        }
        // `The companies said` after `Acme Inc and Brill Ltd said`: the organisations that
        // spoke together just before.
        if let Some(Subject::Nominal(n, _)) = &subject
            && n.class == nominal::Class::Org
            && n.plural
            && is_generic_org_head(&n.head)
        {
            let together = ctx.organisations_together(p);
            if !together.is_empty() {
                subject = None;
            }
            for spoken in together {
                if !here.contains(&spoken) {
                    here.push(spoken);
                }
            }
        }
        let spoken = subject
            .and_then(|s| ctx.resolve(p, s, here))
            .or(coordinated);
        let who = spoken.map(|spoken| {
            here.iter().position(|s| *s == spoken).unwrap_or_else(|| {
                here.push(spoken);
                here.len() - 1
            })
        });
        last = who.or(last);
        clause = Some((verb_at, who, unnamed_one));
        *unnamed = (who.is_none() && (unnamed_one || one_of_them(toks, range.start, verb_at)))
            .then_some(verb_at);
        if who.is_some() && !in_relative_clause(para, subject_start, verb_at) {
            *main = who;
        }
        for &m in &after {
            if let Some(spoken) = ctx.resolve(p, Subject::Mention(m), here)
                && !here.contains(&spoken)
            {
                here.push(spoken);
            }
        }
    }
    if para_open.is_none() {
        *para_open = first_open;
    }
    // `- Blackburn boss Mark Hughes: “…”`: a quotation under a name that heads it.
    if !any_verb
        && let Some(open) = first_open
        && let Some(m) = super::markers::heading_name(para, range.clone(), open)
        && let Some(spoken) = ctx.resolve(p, Subject::Mention(m), here)
    {
        if !here.contains(&spoken) {
            here.push(spoken);
        }
        return true;
    }
    // `Martell … is more blunt: “…”`: a colon opening a quotation gives it to the subject.
    // (searched from the first opening mark; the mark is asked first, a byte the token holds,
    // before the colon's text is read)
    if !any_verb
        && let Some(open) = first_open
        && let Some(c) = toks[open.max(range.start + 1) - 1..range.end]
            .windows(2)
            .position(|w| w[1].t == T::Open && w[0].s == ":" && !w[0].quoted)
            .map(|k| open.max(range.start + 1) - 1 + k)
        && let Some(spoken) =
            sentence_subject(para, range.start, c).and_then(|s| ctx.resolve(p, s, here))
        && !here.contains(&spoken)
    {
        here.push(spoken);
        return true;
    }
    any_verb
}

/// `wages, which the union says have fallen`: the subject opening at `start` before the verb at
/// `v` opens a relative or complement clause, not the sentence's main one.
fn in_relative_clause(para: &Para<'_>, start: Option<usize>, v: usize) -> bool {
    let relative = |k: usize| matches!(para.toks[k].s, "which" | "who" | "whom" | "that");
    start.is_some_and(|s| {
        s > 0
            && s < v
            && (relative(s - 1)
                || (s > 1
                    && matches!(para.toks[s - 1].s, "the" | "its" | "their" | "his" | "her")
                    && relative(s - 2)))
    })
}

/// Whether the sentence opening at `start`, or its clause after a short opening phrase and a
/// comma (`Down the street, a neighbour …`), opens on `a`, `an` or `one` and a noun for one
/// person within four words (`A Grade 12 student`), with the verb at `v` at most twenty tokens
/// on and no person named between (`A spokesperson, Jo Ames, said` names one).
fn opens_on_unnamed_person(para: &Para<'_>, start: usize, v: usize) -> bool {
    let toks = &para.toks;
    // (an opening phrase that names no one: `Paul, a retired fisherman, says` is Paul's)
    let after_opener = toks[start..v.min(start + 7)]
        .iter()
        .position(|t| t.s == ",")
        .map(|k| start + k + 1)
        .filter(|&c| {
            !para
                .mentions_within(start, c)
                .1
                .iter()
                .any(|m| matches!(m.kind, MKind::Person | MKind::Unknown))
        });
    [Some(start), after_opener].into_iter().flatten().any(|c| {
        c + 1 < v
            && matches!(toks[c].s, "A" | "An" | "One" | "a" | "an" | "one")
            && v - c <= 20
            && toks[c + 1..v.min(c + 5)]
                .iter()
                // (up to a preposition: `X, a maker of wing parts, will …` opens on no one)
                .take_while(|t| {
                    t.t == T::Word && !matches!(t.s, "of" | "for" | "at" | "with" | "from")
                })
                .position(|t| !t.is_cap() && nominal::is_one_person(t.s))
                // (`A spokesman for the institute said`, `A Fed spokesman said`: the body
                // speaks, as the subject's own rules say)
                .filter(|&h| !is_spokes_noun(toks[c + 1 + h].s))
                .is_some_and(|h| {
                    !para
                        .mentions_within(c + 1 + h, v)
                        .1
                        .iter()
                        .any(|m| m.kind == MKind::Person && !m.quoted)
                })
    })
}

/// `One of them said`, `One of the former players told`: the sentence opening at `start` has one
/// unnamed person of a group for the subject of the verb at `v`.
fn one_of_them(toks: &[Tok<'_>], start: usize, v: usize) -> bool {
    v >= start + 3
        && v <= start + 6
        && matches!(toks[start].s, "One" | "one")
        && toks[start + 1].s == "of"
        && matches!(
            toks[start + 2].s,
            "them" | "those" | "the" | "these" | "his" | "her" | "their"
        )
        && toks[start + 2..v]
            .iter()
            .all(|t| t.t == T::Word && !t.is_cap())
}

/// The subject of a sentence: its first name that opens a clause (not after a preposition).
fn sentence_subject(para: &Para<'_>, start: usize, v: usize) -> Option<Subject> {
    // A subject opens its sentence: a run-on sentence thousands of words long (a file without
    // punctuation) is not searched to its end for one.
    let v = v.min(start + SUBJECT_REACH);
    let opens_clause = |k: usize| {
        k == start
            || matches!(para.toks[k - 1].s, "," | "—" | "–" | ":" | ";")
            || (k == start + 1 && lexicon::is_function_word_any_case(para.toks[start].s))
            || labelled(para, start, k)
            || described_before(para, start, k)
    };
    // `Industry` in `Industry body the Rural Broadband Forum` is only its label.
    let label = (start + 2..=start + 4).any(|k| labelled(para, start, k));
    let (lo, within) = para.mentions_within(start, v);
    // (`Crown` in `Crown prosecutor Daniel Osei` is only part of the description)
    let described = within
        .iter()
        .any(|m| described_before(para, start, m.start));
    let name = within
        .iter()
        .position(|m| {
            !m.quoted
                && !m.possessive
                && (matches!(m.kind, MKind::Person | MKind::Unknown | MKind::Org)
                    // (a place-named word that is someone's name here: `Leeds expects`)
                    || m.person.is_some())
                && opens_clause(m.start)
                && !opening_adverb(para, m, start, true)
                && (m.start != start || !(label || described))
                && !is_dateline(para, m)
        })
        .map(|i| lo + i);
    // `He also accused …, adding that …`; `But early on, he did …`
    let pronoun = (start..v).find(|&k| {
        let t = &para.toks[k];
        !t.quoted && matches!(t.s, "He" | "She" | "he" | "she") && opens_clause(k)
    });
    match (name, pronoun) {
        (Some(m), Some(k)) if para.mentions[m].start > k => Some(pronoun_subject(para, k)),
        (Some(m), _) => Some(Subject::Mention(m)),
        (None, Some(k)) => Some(pronoun_subject(para, k)),
        (None, None) => None,
    }
}

/// `HALIFAX — Nova Scotia's Court of Appeal has ordered …`: a place's name in capitals before a
/// dash, the dateline that opens a wire story's first paragraph, is no subject.
fn is_dateline(para: &Para<'_>, m: &Mention) -> bool {
    let toks = &para.toks;
    toks.get(m.end)
        .is_some_and(|t| matches!(t.s, "—" | "–" | "-" | "--"))
        && toks[m.start..m.end]
            .iter()
            .all(|t| !super::tokens::has_lowercase(t.s.as_bytes()))
}

/// `Crown prosecutor Daniel Osei …`, `Defence lawyer Ada Lund …`: a name at token `k` after a
/// short description opening the sentence at `start`, a word or two ending in a person noun in
/// lower case.
fn described_before(para: &Para<'_>, start: usize, k: usize) -> bool {
    let toks = &para.toks;
    (start + 2..=start + 3).contains(&k)
        && toks[start..k].iter().all(|t| t.t == T::Word && !t.quoted)
        && !toks[k - 1].is_cap()
        && words::is_person_noun(toks[k - 1].s)
}

/// `Industry body the Rural Broadband Forum …`, `Rights group the Kestrel Trust …`: a name
/// at token `k` after a short label of what it is, opening the sentence at `start`.
fn labelled(para: &Para<'_>, start: usize, k: usize) -> bool {
    let toks = &para.toks;
    (start + 2..=start + 4).contains(&k)
        && k < toks.len()
        && toks[k - 1].s == "the"
        && toks[start].is_cap()
        && toks[start + 1..k - 1]
            .iter()
            .all(|t| t.t == T::Word && !t.is_cap())
        && lexicon::with_lower(toks[k - 2].s, |w| {
            words::is_org_noun(w)
                || words::is_person_noun(w)
                || matches!(w, "body" | "watchdog" | "lobby")
        })
}

fn pronoun_subject(para: &Para<'_>, k: usize) -> Subject {
    let he = para.toks[k].s.eq_ignore_ascii_case("he");
    Subject::Pronoun(if he { "he" } else { "she" }, k)
}

enum Left {
    Found(Subject),
    Coordinated,
    Inverted,
    None,
}

/// `Especially …`, `However, …`, `Speaking to …`: a lone capital opening the sentence, an
/// adverb or a participle that names no one the article knows, is no subject.
/// A comma after it counts as a sign only where no appositive may follow (`Chrysler, the No. 3
/// automaker, said`).
pub(super) fn opening_adverb(
    para: &Para<'_>,
    m: &Mention,
    start: usize,
    comma_tells: bool,
) -> bool {
    m.kind == MKind::Unknown
        && m.person.is_none()
        && m.end == m.start + 1
        && m.start == start
        && ((comma_tells && para.toks.get(m.end).is_some_and(|t| t.s == ","))
            || para.toks[m.start].s.ends_with("ly")
            || para.toks[m.start].s.ends_with("ing"))
}

/// The mention that starts at token `k` (mentions are disjoint and in text order).
pub(crate) fn mention_starting_at(para: &Para<'_>, k: usize) -> Option<usize> {
    let i = para.mentions.partition_point(|m| m.start < k);
    para.mentions.get(i).filter(|m| m.start == k).map(|_| i)
}

/// The unquoted mention that ends at token `j` (mentions are disjoint and in text order).
pub(crate) fn mention_ending_at(para: &Para<'_>, j: usize) -> Option<usize> {
    // Mentions are disjoint and in text order.
    let i = para.mentions.partition_point(|m| m.end < j + 1);
    para.mentions
        .get(i)
        .filter(|m| m.end == j + 1 && !m.quoted)
        .map(|_| i)
}
