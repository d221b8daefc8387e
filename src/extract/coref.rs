//! Who a subject refers to: names through the article's people table, `he`/`she` to the most
//! salient person of fitting gender, `it` and `the company` to the organisation in view, `the
//! mayor` to the person in view (one who holds that role first).

use crate::lexicon::Gender;
use crate::split::Kind;

use super::names::{MKind, Mention};
use super::nominal::{Class, Det, Nominal};
use super::people::People;
use super::speakers::Para;
use super::tokens::T;

mod bodies;
mod cataphora;
mod roles;
mod salience;

pub(crate) use roles::RoleHolders;
pub(crate) use salience::WholeSalience;
use salience::{SALIENCE_SENTENCES, SALIENCE_SPOKEN, SALIENCE_TOKENS, by_salience};

/// A subject found for a reporting verb.
#[derive(Debug, Clone)]
pub(crate) enum Subject {
    /// A name mention of the paragraph, by index.
    Mention(usize),
    /// `he`, `she` or `it`, with its token index.
    Pronoun(&'static str, usize),
    /// A noun phrase (`the mayor`, `the company`, `her statement`), with the token index where
    /// it starts.
    Nominal(Nominal, usize),
}

/// One attributed speaker, as a canonical name.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Spoken {
    pub name: String,
    /// The person in the article's table, when known.
    pub person: Option<usize>,
    /// A person (known or a lone name), not an organisation or place: `he`/`she` may refer to it.
    pub animate: bool,
}

impl Spoken {
    fn person(people: &People, i: usize) -> Self {
        Spoken {
            name: people.people[i].name.clone(),
            person: Some(i),
            animate: true,
        }
    }
    fn named(name: String, animate: bool) -> Self {
        Spoken {
            name,
            person: None,
            animate,
        }
    }
    /// An organisation named by mention `m` (`The Kestrel Trust` speaks as `Kestrel Trust`).
    fn organisation(m: &Mention) -> Self {
        Spoken::named(super::names::without_the(&m.name).to_owned(), false)
    }
}

/// A candidate antecedent from [`Ctx::persons`]: a speaker found before or a person of the
/// table. Most are looked at and dropped, so a name is copied only for the one chosen.
#[derive(Clone, Copy)]
enum Cand<'c> {
    Found(&'c Spoken),
    Person(usize),
}

impl Cand<'_> {
    fn person(self) -> Option<usize> {
        match self {
            Cand::Found(s) => s.person,
            Cand::Person(i) => Some(i),
        }
    }
    fn spoken(self, people: &People) -> Spoken {
        match self {
            Cand::Found(s) => s.clone(),
            Cand::Person(i) => Spoken::person(people, i),
        }
    }
}

/// A candidate organisation from [`Ctx::organisation`]: one quoted before or a mention.
#[derive(Clone, Copy)]
enum OrgCand<'c> {
    Found(&'c Spoken),
    Named(&'c Mention),
}

impl OrgCand<'_> {
    /// The name it would speak as.
    fn name(&self) -> &str {
        match self {
            OrgCand::Found(s) => &s.name,
            OrgCand::Named(m) => super::names::without_the(&m.name),
        }
    }
    fn spoken(self) -> Spoken {
        match self {
            OrgCand::Found(s) => s.clone(),
            OrgCand::Named(m) => Spoken::organisation(m),
        }
    }
}

/// What resolution looks at: the article so far.
pub(crate) struct Ctx<'a, 'p> {
    pub paras: &'a [Para<'p>],
    pub people: &'a People,
    /// Speakers of the paragraphs before the current one.
    pub found: &'a [Vec<Spoken>],
    /// Who holds each role where, built once per article when first asked.
    pub roles: &'a RoleHolders,
    /// Each earlier paragraph's mentions in antecedent order, worked out once per article.
    pub salience: &'a WholeSalience,
}

/// Heads of `X’s …` phrases that speak for X (`Trudeau’s office said`).
const REPRESENTATIVES: &[&str] = &[
    "office",
    "campaign",
    "team",
    "staff",
    "lawyer",
    "aide",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "representative",
    "family",
];

/// Heads of descriptions that many in a story may share (`the resident`, `the official`): a
/// second one need not be whom the first stood for.
const SHARED_HEADS: &[&str] = &[
    "resident",
    "man",
    "woman",
    "person",
    "boy",
    "girl",
    "child",
    "teen",
    "teenager",
    "victim",
    "driver",
    "passenger",
    "worker",
    "student",
    "fan",
    "neighbour",
    "neighbor",
    "witness",
    "customer",
    "patient",
    "member",
    "voter",
    "official",
    "source",
    "parent",
    "mother",
    "father",
    "owner",
    "player",
    "officer",
    "analyst",
    "expert",
];

/// How many paragraphs back an antecedent is looked for.
const WINDOW: usize = 3;

/// How many paragraphs back an organisation stays in view for `it` and `the board`.
const ORG_WINDOW: usize = 6;

/// How many paragraphs back the article-wide look-backs go: an organisation named or quoted
/// earlier, an unnamed source brought in earlier (a whole news article).
const FAR_ORG_WINDOW: usize = 120;

/// Heads that may stand for any organisation (`the company`), unlike `the party`.
const GENERIC_ORG_HEADS: &[&str] = &[
    "company",
    "firm",
    "group",
    "agency",
    "organization",
    "organisation",
    "corporation",
    "business",
    // (`the software giant`: a company described by its standing)
    "giant",
];

/// True for a head that fits any organisation (`the company`, `the firms`; not `the union`).
pub(crate) fn is_generic_org_head(head: &str) -> bool {
    GENERIC_ORG_HEADS.contains(&head)
}

impl Ctx<'_, '_> {
    /// True when person `i` is named in paragraph `p` after the reporting verb after token
    /// `at`, before its sentence ends or a quotation opens.
    fn named_later_in_sentence(&self, p: usize, at: usize, i: usize) -> bool {
        let para = &self.paras[p];
        // (past the verb: `the aide to Lyng said` is Lyng's; up to a quotation too: what is
        // quoted is the speaker's own words)
        let Some(verb) = para.toks[at..]
            .iter()
            .position(|t| t.t == T::Word && crate::lexicon::is_reporting_verb_any_case(t.s))
            .map(|k| at + k)
        else {
            return false;
        };
        let sentence_end = para
            .sentences
            .iter()
            .find(|r| r.contains(&verb))
            .map_or(para.toks.len(), |r| r.end);
        let end = para.toks[verb..sentence_end]
            .iter()
            .position(|t| t.t == T::Open)
            .map_or(sentence_end, |k| verb + k);
        para.mentions
            .iter()
            .any(|m| m.person == Some(i) && m.start > verb && m.start < end && !m.quoted)
    }

    /// Turns a subject of paragraph `p` into a speaker; `here` holds the paragraph's speakers so
    /// far.
    pub fn resolve(&self, p: usize, s: Subject, here: &[Spoken]) -> Option<Spoken> {
        let people = self.people;
        match s {
            // (`Police said` opening a sentence: the common noun, as `police said` is)
            Subject::Mention(m) if self.paras[p].mentions[m].name == "Police" => self
                .police_service(p)
                .or_else(|| self.mention(&self.paras[p].mentions[m])),
            Subject::Mention(m) => self.mention(&self.paras[p].mentions[m]),
            Subject::Pronoun("it", at) => self
                .sentence_organisation(p, at)
                .or_else(|| self.organisation(p, at, here, None))
                .or_else(|| self.lone_named(p, here)),
            Subject::Pronoun("they", at) => self.group(p, at),
            Subject::Pronoun(pron, at) => {
                let want = if pron == "he" {
                    Gender::Male
                } else {
                    Gender::Female
                };
                // (the order of this paragraph's mentions, worked out once for both uses)
                let mut sal = by_salience(&self.paras[p], at);
                sal.retain(|&m| !salience::in_a_list(&self.paras[p], m));
                let gender = |i: Option<usize>| i.and_then(|i| people.people[i].gender);
                // The subject just named, unless of the other gender; then close by: the right
                // gender, else a person of unknown gender; further back: the right gender, in
                // view or anywhere earlier in the article.
                // (a name inside a quotation is none: `"… the birthplace of Adam Smith …" He
                // continued`)
                let para = &self.paras[p];
                let same_paragraph =
                    sal.iter()
                        .find(|&&m| !para.mentions[m].quoted)
                        .and_then(|&m| {
                            // (a capitalised word that names no one before a role and a name is
                            // part of the description: `Defence lawyer NAME asked …`)
                            let x = &para.mentions[m];
                            let next = para.mentions.get(m + 1).filter(|n| {
                                x.kind == MKind::Unknown
                                    && x.person.is_none()
                                    && n.start == x.end + 1
                                    && n.kind == MKind::Person
                                    && para.toks[x.end].t == T::Word
                                    && !para.toks[x.end].is_cap()
                                    && super::words::is_person_noun(para.toks[x.end].s)
                            });
                            next.unwrap_or(x).person
                        });
                // A gender guessed from a given name alone does not overrule the subject just
                // named (`spokesperson Lu Kang gave no details. But he said`).
                let guessed = |i: usize| {
                    let person = &people.people[i];
                    if person.gender_sure || person.gender_learned {
                        return false;
                    }
                    let para = &self.paras[p];
                    let prev_subject = para
                        .sentences
                        .partition_point(|r| r.start <= at)
                        .checked_sub(2)
                        .and_then(|k| {
                            let r = &para.sentences[k];
                            para.mentions_within(r.start, r.end).1.iter().find(|m| {
                                !m.quoted && matches!(m.kind, MKind::Person | MKind::Unknown)
                            })
                        })
                        .and_then(|m| m.person);
                    prev_subject == Some(i)
                };
                // `Stéphane Ouellet-Ruiz, an engineer, said … ¶ “…,” he said`: in a paragraph
                // that opens on a quotation or on the pronoun, with no one named before it, the
                // one speaker of the paragraph just before, named there as a person whose gender
                // the article never gave, goes on speaking (rather than an earlier person of
                // that gender).
                // (Past a paragraph between that names no one and quotes no one: `Asked
                // whether …, she paused.`)
                let last_speaker = || {
                    let mut q = p.checked_sub(1)?;
                    let silent = |q: usize| {
                        self.found[q].is_empty()
                            && !self.paras[q]
                                .mentions
                                .iter()
                                .any(|m| matches!(m.kind, MKind::Person | MKind::Unknown))
                    };
                    if q > 0 && self.paras[q].kind == Kind::Body && silent(q) {
                        q -= 1;
                    }
                    let (before, para) = (&self.paras[q], &self.paras[p]);
                    // (or on the pronoun itself: `He also said that …`)
                    let opens = para.toks.first().is_some_and(|t| t.t == T::Open) || at == 0;
                    if before.kind != Kind::Body || !opens {
                        return None;
                    }
                    let [one] = &self.found[q][..] else {
                        return None;
                    };
                    let i = one.person?;
                    (gender(Some(i)).is_none()
                        && before
                            .mentions
                            .iter()
                            .any(|m| m.person == Some(i) && !m.quoted))
                    .then(|| Spoken::person(people, i))
                };
                // `Amélie Joseph, 16, attended the school until Grade 6. ¶ “My mom went here,”
                // she said.`: in a paragraph that opens on a quotation, the person the paragraph
                // just before opened on by naming for the first time, as its subject, whose
                // gender the article never gave, and no one else there.
                let introduced_before = || {
                    let q = p.checked_sub(1)?;
                    let (before, para) = (&self.paras[q], &self.paras[p]);
                    let opens = para.toks.first().is_some_and(|t| t.t == T::Open);
                    if before.kind != Kind::Body || !opens || !self.found[q].is_empty() {
                        return None;
                    }
                    let m = before.mentions.first().filter(|m| {
                        m.start == 0
                            && m.kind == MKind::Person
                            && before.toks.get(m.end).is_some_and(|t| t.s == ",")
                    })?;
                    let i = m.person?;
                    // (someone else named there; not a capitalised word that names no one:
                    // `Grade 6`)
                    let others = before.mentions[1..].iter().any(|n| {
                        matches!(n.kind, MKind::Person | MKind::Unknown)
                            && n.person.is_some_and(|k| k != i)
                    });
                    (gender(Some(i)).is_none() && !others && !self.named_before(q, i))
                        .then(|| Spoken::person(people, i))
                };
                // `Asked whether …, the premier paused before answering. “Not this year,” she
                // said.`: with no one named in the paragraph before the pronoun, the subject of
                // the sentence before, a role the article gave someone of that gender.
                let described = || {
                    let para = &self.paras[p];
                    let k = para
                        .sentences
                        .partition_point(|r| r.start <= at)
                        .checked_sub(2)?;
                    let r = &para.sentences[k];
                    let opens = std::iter::once(r.start).chain(
                        (r.start..r.end)
                            .filter(|&c| para.toks[c].s == ",")
                            .map(|c| c + 1),
                    );
                    let n = opens
                        .filter_map(|o| super::nominal::opening_subject(para, o, r.end))
                        .find(|n| n.class == Class::Person)?;
                    let i = self.roles.holder(self.paras, people, p, n.start, &n.head)?;
                    (gender(Some(i)) == Some(want)).then(|| Spoken::person(people, i))
                };
                same_paragraph
                    .filter(|&i| gender(Some(i)).is_none_or(|g| g == want) || guessed(i))
                    .map(|i| Spoken::person(people, i))
                    .or_else(|| same_paragraph.is_none().then(described).flatten())
                    .or_else(|| {
                        let i = same_paragraph
                            .is_none()
                            .then(|| self.named_next(p, at, want))??;
                        Some(Spoken::person(people, i))
                    })
                    .or_else(|| same_paragraph.is_none().then(last_speaker).flatten())
                    .or_else(|| same_paragraph.is_none().then(introduced_before).flatten())
                    .or_else(|| {
                        // (the candidates gathered only now: most pronouns are the subject
                        // just named; then the three nearest, most of the rest, without the
                        // paragraphs before being read)
                        let mut all = self.persons(p, here, &sal);
                        let near: [Option<Cand<'_>>; 3] = std::array::from_fn(|_| all.next());
                        let found = near
                            .iter()
                            .flatten()
                            .find(|c| gender(c.person()) == Some(want))
                            .or_else(|| {
                                near.iter().flatten().find(|c| gender(c.person()).is_none())
                            });
                        if let Some(c) = found {
                            return Some(c.spoken(people));
                        }
                        let cands: Vec<Cand<'_>> = near.into_iter().flatten().chain(all).collect();
                        cands
                            .iter()
                            .find(|c| gender(c.person()) == Some(want))
                            .map(|c| c.spoken(people))
                            .or_else(|| self.earlier_person(p, want))
                            .or_else(|| {
                                let c = cands.iter().find(|c| gender(c.person()).is_none())?;
                                Some(c.spoken(people))
                            })
                    })
            }
            // (`The spokesman said Paemen will continue`: who is named later in the sentence
            // is spoken of, not the speaker)
            // (not one spoken for: `A spokesman for the governor said the company made
            // amendments to Perpich`)
            Subject::Nominal(n, at) => {
                let toks = &self.paras[p].toks;
                let speaks_for = toks[n.start.saturating_sub(2)..n.start]
                    .iter()
                    .any(|t| matches!(t.s, "for" | "of" | "to"));
                self.nominal(p, n, at, here).filter(|s| {
                    speaks_for
                        || s.person
                            .is_none_or(|i| !self.named_later_in_sentence(p, at, i))
                })
            }
        }
    }

    fn mention(&self, m: &Mention) -> Option<Spoken> {
        let people = self.people;
        let known = m.person;
        match m.kind {
            MKind::Unknown if m.role_only && known.is_none() => None,
            MKind::Person | MKind::Unknown => Some(match known {
                Some(i) => Spoken::person(people, i),
                None => Spoken::named(m.name.clone(), true),
            }),
            // A place-named word that is someone's name here (`Telford said`).
            MKind::Place if known.is_some() => known.map(|i| Spoken::person(people, i)),
            MKind::Org | MKind::Place => Some(Spoken::organisation(m)),
        }
    }

    fn nominal(&self, p: usize, n: Nominal, at: usize, here: &[Spoken]) -> Option<Spoken> {
        // `police said` in a story that named one police service: that service.
        if n.head == "police" && !n.has_cap && matches!(n.det, Det::Bare | Det::Definite) {
            return self.police_service(p);
        }
        let as_named = |n: &Nominal, animate: bool| {
            let text = if animate {
                std::borrow::Cow::Borrowed(n.text.as_str())
            } else {
                super::nominal::org_name(&self.paras[p], n)
            };
            (n.has_cap && !text.is_empty()).then(|| Spoken::named(text.into_owned(), animate))
        };
        match (n.class, &n.det) {
            // `the analysts said`: a group, not one analyst named before.
            (Class::Person, Det::Definite) if n.plural => as_named(&n, true),
            // (`The Harbour Centre spokeswoman said`: the phrase names its speaker well enough.)
            (Class::Person, Det::Definite) if super::nominal::is_spokes_head(&n.head) => self
                .role_holder(p, at, &n.head)
                .or_else(|| as_named(&n, true)),
            (Class::Person, Det::Definite) => {
                let sal = by_salience(&self.paras[p], at);
                // (walked as asked rather than gathered into a list: the walk ends at the first
                // that holds the role, and the one in view is the first)
                let cands = || self.persons(p, here, &sal);
                let holds_role = |c: &Cand<'_>| {
                    c.person()
                        .is_some_and(|i| self.people.people[i].roles.contains(&n.head))
                };
                // Someone holding that role; else the speaker just quoted (`“…,” the rookie
                // defenceman said` after a paragraph about him).
                let speaker_here = here.iter().rev().find(|s| s.animate);
                let speaker_before = p
                    .checked_sub(1)
                    .map_or(&[][..], |q| &self.found[q][..])
                    .iter()
                    .rev()
                    .find(|s| s.animate);
                // (a description by age brings in the one this paragraph has just named,
                // before the last one's speaker: `For Oksana Hrytsenko, the day was
                // bittersweet. The 61-year-old retired accountant said …`)
                let aged = n.text.contains("-year-old");
                // …or the person this paragraph names before (`I’m talking about X, who … “…,”
                // says the 39-year-old founder`).
                // (both copied only when asked for)
                let named_here = || {
                    sal.iter()
                        .map(|&m| &self.paras[p].mentions[m])
                        .filter(|m| matches!(m.kind, MKind::Person | MKind::Unknown))
                        .find_map(|m| m.person)
                        .map(|i| Spoken::person(self.people, i))
                };
                let described = n.text.split_whitespace().count() > 1;
                let found = cands()
                    .find(holds_role)
                    .map(|c| c.spoken(self.people))
                    .or_else(|| self.role_holder(p, at, &n.head))
                    // …or whom the last description with this head stood for (`the
                    // Ballymena-born actor` … `the Oscar-nominated actor`).
                    // (not one an indefinite brought in: `a diplomat said` … `the diplomat`)
                    .or_else(|| {
                        // (a head many share is no one's: `the Cambridge resident`)
                        if SHARED_HEADS.contains(&n.head.as_str()) {
                            return None;
                        }
                        let i = self.roles.described(&n.head)?;
                        (!self.introduced_unnamed(p, at, &n.head))
                            .then(|| Spoken::person(self.people, i))
                    })
                    .or_else(|| speaker_here.cloned())
                    .or_else(|| aged.then(named_here)?)
                    .or_else(|| speaker_before.cloned())
                    .or_else(named_here)
                    // …or the person last in view (`Mitch McConnell blamed … “…,” the Kentucky
                    // Republican said`).
                    .or_else(|| {
                        if !n.proper_head {
                            return None;
                        }
                        Some(cands().next()?.spoken(self.people))
                    })
                    // (A description with a name in it stands as one: `the EuroSky
                    // Coordination Centre`.)
                    .or_else(|| (!n.has_cap).then(|| self.identified_next(p, &n))?)
                    .or_else(|| as_named(&n, true))
                    // A described one (`the lanky, bespectacled professor`) is the person in
                    // view too: a description adds to someone known, a bare role may be new,
                    // and one an indefinite brought in (`A government spokesman said … the
                    // government spokesman said`) is nobody named.
                    .or_else(|| {
                        let c = cands().next().filter(|c| c.person().is_some())?;
                        (described && !self.introduced_unnamed(p, at, &n.head))
                            .then(|| c.spoken(self.people))
                    });
                if let Some(i) = found.as_ref().and_then(|s| s.person) {
                    self.roles.note_described(&n.head, i);
                }
                found
            }
            (Class::Person, Det::Bare) => as_named(&n, true),
            (Class::Org, Det::Definite) => self
                .described_here(p, at, &n.head)
                .or_else(|| self.organisation(p, at, here, Some(&n.head)))
                // (`Boeing … The US company said`: a company described only by where it is
                // from is the one in view; asked below.)
                .or_else(|| (!self.placed_company(p, &n)).then(|| as_named(&n, false))?)
                // `the group says` after `Rally Canada said`: the organisation just quoted
                // (for heads that fit any organisation, not `the party`).
                .or_else(|| {
                    GENERIC_ORG_HEADS.contains(&n.head.as_str()).then_some(())?;
                    here.iter()
                        .rev()
                        .chain(
                            self.before(p)
                                .take(2)
                                .flat_map(|q| self.found[q].iter().rev()),
                        )
                        .find(|s| !s.animate && bodies::head_fits(&n.head, &s.name))
                        .cloned()
                })
                // …else the organisation the story is about (`Acme Corp cut its forecast, …
                // The company said`); `the firms` are more than one.
                .or_else(|| {
                    GENERIC_ORG_HEADS.contains(&n.head.as_str()).then_some(())?;
                    (!n.plural).then_some(())?;
                    self.subject_organisation(p, at, &n)
                })
                // `Shares in Cairn Energy rose after the UK firm announced`: a company described
                // by where it is from is the one body named earlier in its sentence…
                .or_else(|| {
                    (n.has_cap && self.placed_company(p, &n) && !n.plural).then_some(())?;
                    self.named_in_sentence(p, n.start)
                })
                // (…else the placed company as written: `the US company`.)
                .or_else(|| as_named(&n, false))
                // `according to the city` long after `the City of Surrey`: an organisation
                // named earlier whose name has the phrase's head as its own head.
                .or_else(|| self.earlier_organisation(p, &n.head))
                // `Mackenzie County issued an order … The county said`: a place whose name ends
                // in the head speaks as its government.
                .or_else(|| (!n.plural).then(|| self.place_headed(p, at, &n.head))?)
                // `GenCorp said … The company said`: the lone name just quoted, as for `it`.
                .or_else(|| {
                    GENERIC_ORG_HEADS.contains(&n.head.as_str()).then_some(())?;
                    (!n.plural).then(|| self.lone_named(p, here))?
                })
                // `A Calgary startup that makes batteries … has raised $85 million, the company
                // said` opening the story, then `Saltline Energy, founded in 2020, …`: the body
                // the next paragraph opens with, named there first.
                .or_else(|| {
                    GENERIC_ORG_HEADS.contains(&n.head.as_str()).then_some(())?;
                    (!n.plural).then(|| self.identified_next_org(p))?
                })
                .or_else(|| {
                    matches!(n.head.as_str(), "company" | "firm").then_some(())?;
                    (!n.plural).then(|| self.company_named_before(p, at))?
                }),
            // `Trudeau’s office`, `Norman’s lawyers`: people speaking for someone named.
            (_, Det::Owner(_)) if REPRESENTATIVES.contains(&n.head.as_str()) => {
                Some(Spoken::named(n.text.clone(), n.class == Class::Person))
            }
            // `Ontario's health minister says …` in a story that names her just after: the
            // holder of the role named before, or else next.
            // (A place's officer, one person, whose roles hold every word of the description
            // past its owner: not `Scotland's justice minister` for `First Minister NAME`, nor
            // `Emery's chairman` for another company's.)
            (Class::Person, Det::Owner(o))
                if !n.plural && self.paras[p].mentions[*o].kind == MKind::Place =>
            {
                let fits = |i: usize| {
                    let roles = &self.people.people[i].roles;
                    n.text
                        .split_whitespace()
                        .filter(|w| !w.ends_with("'s") && !w.ends_with("’s"))
                        // (words that are no title's, as `international`, are not asked)
                        .filter(|w| super::words::may_be_role_any_case(w))
                        .all(|w| roles.iter().any(|r| r.eq_ignore_ascii_case(w)))
                };
                let back = self.roles.holder(self.paras, self.people, p, at, &n.head);
                back.or_else(|| self.roles.next_holder(self.paras, self.people, p, &n.head))
                    .filter(|&i| fits(i))
                    .map(|i| Spoken::person(self.people, i))
                    .or_else(|| self.identified_next(p, &n))
            }
            // `Her father, Harjit Singh Bhullar, …` / `“…,” her father said`: the one the
            // article named in that role, last before.
            (Class::Person, Det::Pronoun(..)) if !n.plural => self
                .roles
                .holder(self.paras, self.people, p, at, &n.head)
                .map(|i| Spoken::person(self.people, i)),
            // `A Windsor auto parts maker says …` opening the story, then `Lakeshore Components
            // Inc. told employees …`: the body the next paragraph names first.
            (Class::Org, Det::Indefinite) if !n.plural => self.identified_next_org(p),
            // (`Tehran radio`; `North Korea's state-run KCNA news agency`: named past its owner)
            (Class::Org, Det::Bare | Det::Owner(_)) => as_named(&n, false)
                .or_else(|| (!n.has_cap && !n.plural).then(|| self.identified_next_org(p))?),
            (Class::Document, Det::Pronoun(pron, k)) => {
                self.resolve(p, Subject::Pronoun(pron, *k), here)
            }
            (Class::Document, Det::Owner(m)) => self.mention(&self.paras[p].mentions[*m]),
            // `the parole board decision said`, `a company statement said`: the organisation
            // named by the word before it.
            (Class::Document, Det::Definite | Det::Indefinite) => {
                // `"…," the post read` after `X stated in the company's blog post that …`: the
                // document named just before, in a paragraph with a speaker, is that speaker's.
                let last_speaker = || {
                    (n.det == Det::Definite).then_some(())?;
                    let names = |q: usize, to: usize| {
                        self.paras[q].toks[..to.min(self.paras[q].toks.len())]
                            .iter()
                            .any(|t| t.t == T::Word && !t.is_cap() && t.base() == n.head)
                    };
                    if names(p, n.start) {
                        return here.last().cloned();
                    }
                    // (in the paragraph before, or the one before it when the one between
                    // quotes the same speaker: `… NAME wrote in a memo` / `“…,” NAME wrote.` /
                    // `The memo said …`)
                    let mut before = self.before(p).take(2);
                    let q = before.next()?;
                    if names(q, usize::MAX) {
                        return self.found[q].last().cloned();
                    }
                    let r = before.next()?;
                    let speaker = self.found[r].last()?;
                    let same = |s: &Spoken| s.name == speaker.name;
                    (names(r, usize::MAX)
                        && !self.found[q].is_empty()
                        && self.found[q].iter().all(same))
                    .then(|| speaker.clone())
                };
                let Some(modifier) = n.text.split_whitespace().rev().nth(1) else {
                    return last_speaker();
                };
                let head = crate::lexicon::lower(modifier).into_owned();
                if !super::words::is_org_noun(&head) {
                    return last_speaker();
                }
                // (`a company statement` is the company in view's, as `the company` is; `a World
                // Bank report` is the World Bank's)
                let text = n.text.rsplit_once(' ').map_or("", |(t, _)| t).to_owned();
                let org = Nominal {
                    det: Det::Definite,
                    head,
                    class: Class::Org,
                    text,
                    ..n.clone()
                };
                self.nominal(p, org, at, here)
            }
            _ => None,
        }
    }

    /// The person holding `role` (`Mayor Doug McCallum` for `the mayor`) named last before
    /// token `at` of paragraph `p`, however far back.
    fn role_holder(&self, p: usize, at: usize, role: &str) -> Option<Spoken> {
        self.roles
            .holder(self.paras, self.people, p, at, role)
            .map(|i| Spoken::person(self.people, i))
    }

    /// The person a lead's description stands for (`The new health minister for Wales says …`,
    /// then `Dr Brian Gibbons, on his first full day in the job, …`): in the article's first
    /// body paragraph, one person described, whom nothing before names, is the first person the
    /// next body paragraph names, if it names them for the first time.
    fn identified_next(&self, p: usize, n: &Nominal) -> Option<Spoken> {
        if n.plural {
            return None;
        }
        let q = self.after_lead(p)?;
        let m = self.paras[q]
            .mentions
            .iter()
            .find(|m| m.kind == MKind::Person && !m.quoted && !m.possessive)?;
        let i = m.person?;
        (!self.named_before(q, i)).then(|| Spoken::person(self.people, i))
    }

    /// The body paragraph after paragraph `p`, when `p` is the story's first body paragraph
    /// (its lead): where a lead's description is named (see [`Ctx::identified_next`]).
    fn after_lead(&self, p: usize) -> Option<usize> {
        let body = |q: &usize| self.paras[*q].kind == Kind::Body;
        if (0..p).any(|q| body(&q)) {
            return None;
        }
        (p + 1..self.paras.len()).find(body)
    }

    /// Whether person `i` is named in a paragraph before `q`.
    fn named_before(&self, q: usize, i: usize) -> bool {
        self.paras[..q]
            .iter()
            .any(|para| para.mentions.iter().any(|m| m.person == Some(i)))
    }

    /// The last person of gender `want` named before paragraph `p` (beyond the usual window).
    fn earlier_person(&self, p: usize, want: Gender) -> Option<Spoken> {
        (0..p.saturating_sub(WINDOW)).rev().find_map(|q| {
            self.paras[q].mentions.iter().rev().find_map(|m| {
                let i = m.person?;
                (matches!(m.kind, MKind::Person | MKind::Unknown)
                    && !m.quoted
                    && self.people.people[i].gender == Some(want))
                .then(|| Spoken::person(self.people, i))
            })
        })
    }

    /// The group `they` at token `at` refers to: the subject of its own sentence or the one
    /// before when that is an affiliation named by its capitalised plural (`The Conservatives
    /// believe …; they say`). Not one named inside a clause (`say the Conservatives cannot win
    /// what they predict`), nor an unnamed group (`officials`, `traders`) or people listed one
    /// by one.
    fn group(&self, p: usize, at: usize) -> Option<Spoken> {
        let para = &self.paras[p];
        let s = para
            .sentences
            .partition_point(|r| r.start <= at)
            .checked_sub(1)?;
        let affiliation = |start: usize| -> Option<Spoken> {
            let k = start + 1;
            let t = para.toks.get(k)?;
            let word = t.s.trim_end_matches(['’', '\'']);
            let plural = word.len() > 3 && word.ends_with('s') && !word.ends_with("ss");
            (para.toks[start].s == "The"
                && !t.quoted
                && t.is_cap()
                && plural
                && super::nominal::is_person_head(word))
            .then(|| Spoken::named(word.to_owned(), false))
        };
        (s.saturating_sub(1)..=s).rev().find_map(|i| {
            let r = &para.sentences[i];
            let end = if i == s { at } else { r.end };
            (r.start + 1 < end).then(|| affiliation(r.start))?
        })
    }

    /// Whether an unnamed source headed by `head` spoke before token `at` of paragraph `p` or
    /// anywhere in the article before it: an indefinite phrase next to a reporting verb (`A
    /// government spokesman said`, `said a western diplomat`).
    fn introduced_unnamed(&self, p: usize, at: usize, head: &str) -> bool {
        let is_head = |w: &str| {
            w.get(..head.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(head))
                && matches!(&w[head.len()..], "" | "s")
        };
        let sources = self.roles.unnamed(self.paras);
        let from = sources.partition_point(|u| u.para < p.saturating_sub(FAR_ORG_WINDOW));
        // In this paragraph, only the last `SALIENCE_TOKENS` tokens before `at` count.
        let window = at.saturating_sub(SALIENCE_TOKENS);
        sources[from..]
            .iter()
            .take_while(|u| u.para <= p)
            .filter(|u| {
                u.para < p
                    || (u.article >= window
                        && u.head < at
                        && ((u.verb_after && u.head + 1 < at)
                            || (u.verb_before && u.article > window)))
            })
            .any(|u| is_head(&u.word))
    }

    /// People `he`/`she`/`the mayor` may refer to, most likely first: speakers of this
    /// paragraph, its sentence subjects and other names before the subject (`sal`, this
    /// paragraph's [`by_salience`]), then the same for up to three paragraphs before.
    /// (Gathered as they are asked for: a paragraph before is read only when the nearer
    /// candidates did not do.)
    fn persons<'c>(
        &'c self,
        p: usize,
        here: &'c [Spoken],
        sal: &'c [usize],
    ) -> impl Iterator<Item = Cand<'c>> + 'c {
        let as_person = |para: &Para<'_>, m: &'c Mention| -> Option<Cand<'c>> {
            if !matches!(m.kind, MKind::Person | MKind::Unknown | MKind::Place)
                || m.quoted
                || names_a_body(para, m)
            {
                return None;
            }
            m.person.map(Cand::Person)
        };
        let para = &self.paras[p];
        here.iter()
            .rev()
            .filter(|s| s.animate)
            .map(Cand::Found)
            .chain(
                sal.iter()
                    .filter_map(move |&m| as_person(para, &para.mentions[m])),
            )
            .chain(self.before(p).flat_map(move |q| {
                let para = &self.paras[q];
                self.found[q]
                    .iter()
                    .rev()
                    .filter(|s| s.animate)
                    .map(Cand::Found)
                    .chain(
                        self.salience
                            .of(q, para)
                            .filter_map(move |m| as_person(para, m)),
                    )
            }))
    }

    /// `Irvam said … it said`, `Borussia Dortmund has warned … after it said` (or `the
    /// company said`): with no
    /// organisation in view, the name last quoted here or in the paragraph before, when it is
    /// no one in the article's table (no given name, no title) and a name rather than a
    /// description (`Australian officials`), is the body `it` stands for.
    fn lone_named(&self, p: usize, here: &[Spoken]) -> Option<Spoken> {
        // (nor a name cut to a letter or a legal form: `M`, `Cos`)
        let proper = |name: &str| {
            name.len() > 1
                && !super::words::is_company_suffix(name)
                && name
                    .split(' ')
                    .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "the"))
        };
        here.iter()
            .rev()
            .chain(
                self.before(p)
                    .take(1)
                    .flat_map(|q| self.found[q].iter().rev()),
            )
            .next()
            .filter(|s| s.animate && s.person.is_none() && proper(&s.name))
            .map(|s| Spoken::named(s.name.clone(), false))
    }

    /// The paragraphs an antecedent may come from, nearest first (fillers such as `Story
    /// continues below advertisement.` neither count nor widen the window).
    fn before(&self, p: usize) -> impl Iterator<Item = usize> + '_ {
        let mut lo = p;
        let mut counted = 0;
        while lo > 0 && counted < WINDOW {
            lo -= 1;
            if !is_filler(&self.paras[lo], &self.found[lo]) {
                counted += 1;
            }
        }
        (lo..p).rev().filter(|&q| {
            matches!(self.paras[q].kind, Kind::Body | Kind::Summary)
                && !is_filler(&self.paras[q], &self.found[q])
        })
    }
}

/// `the Tower commission`, `the Reagan administration`: a name (no possessive) before a
/// lower-case word naming a body qualifies the body; it is no one a pronoun may stand for.
fn names_a_body(para: &Para<'_>, m: &Mention) -> bool {
    !m.possessive
        && para.toks.get(m.end).is_some_and(|t| {
            t.t == T::Word && !t.is_cap() && super::words::is_org_noun_any_case(t.base())
        })
}

/// Whether `name` in lower case (as [`crate::lexicon::with_lower`] gives it) holds `part`. An
/// ASCII name is read in place, byte by byte: no copy, and no searcher to set up for names
/// this short.
fn lowered_holds(name: &str, part: &str) -> bool {
    if !name.is_ascii() {
        return crate::lexicon::with_lower(name, |n| n.contains(part));
    }
    let part = part.as_bytes();
    part.is_empty()
        || name.as_bytes().windows(part.len()).any(|w| {
            w.iter()
                .zip(part)
                .all(|(c, p)| c.to_ascii_lowercase() == *p)
        })
}

/// A line of page furniture between paragraphs (`Story continues below advertisement.`): a
/// short body paragraph that names no one, quotes nothing and has no speaker.
pub(crate) fn is_filler(para: &Para<'_>, found: &[Spoken]) -> bool {
    para.kind == Kind::Body
        && found.is_empty()
        // (counting stops at seven: a paragraph may be thousands of words long)
        && para.toks.iter().filter(|t| t.t == T::Word).take(7).count() <= 6
        && para
            .mentions
            .iter()
            .all(|m| m.kind == MKind::Unknown && m.person.is_none())
        && !para.toks.iter().any(|t| matches!(t.t, T::Open | T::Close))
}

#[cfg(test)]
mod tests;
