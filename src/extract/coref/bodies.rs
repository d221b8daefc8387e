//! Bodies a description or `it` stands for: `the company` (no union), a lead's `A Windsor auto
//! parts maker`, `the county`, the body a paragraph described (`X, a cycling advocacy group, …
//! the group wrote`), the one its sentence opened with (`Tarnwick Corp … after it said`), and
//! the bodies that spoke together (`The companies said`).

use crate::split::Kind;

use super::super::names::{MKind, Mention, is_dateline_head};
use super::super::nominal::Nominal;
use super::super::tokens::{T, Tok};
use super::{
    Ctx, FAR_ORG_WINDOW, ORG_WINDOW, OrgCand, SALIENCE_SENTENCES, SALIENCE_SPOKEN, SALIENCE_TOKENS,
    Spoken, lowered_holds,
};

/// Whether a generic head may stand for the body named `name`: `the company` is no union,
/// ministry, council or police service (`Larkspur Hospitality Group said … Workers Union
/// Local 88 said … the company said`): a name headed by such a word (its last, the one before
/// `of`, or before `Local`) or a union's numbered local (`Local 222`), unless a legal form
/// makes it a company's (`Union Carbide Corp`, `Hospital Corp of America`).
pub(super) fn head_fits(head: &str, name: &str) -> bool {
    if !matches!(head, "company" | "firm" | "corporation" | "business") {
        return true;
    }
    let ws: Vec<&str> = name.split(' ').collect();
    if ws.iter().any(|w| super::super::words::is_company_suffix(w)) {
        return true;
    }
    // (nor a national department of portfolios: `Fisheries and Oceans Canada`; `Air Canada`
    // may be a company)
    if ws.contains(&"and") && national("department", name) {
        return false;
    }
    // (nor a union's numbered local: `Local 222`)
    if ws
        .windows(2)
        .any(|p| p[0] == "Local" && p[1].bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let heads = ws
        .iter()
        .enumerate()
        .filter(|&(i, _)| i + 1 == ws.len() || matches!(ws.get(i + 1), Some(&("of" | "Local"))));
    !heads.into_iter().any(|(_, w)| {
        matches!(
            *w,
            "Union"
                | "Council"
                | "Ministry"
                | "Department"
                | "Police"
                | "Commission"
                | "Committee"
                | "Government"
                | "Federation"
                | "Party"
                | "University"
                | "School"
                | "Court"
                | "Agency"
        )
    })
}

/// `Fisheries and Oceans Canada said … the department said`: a national body named by its
/// portfolio and its country (`Health Canada`, `Sport England`, `Tourism Australia`) is the
/// department, ministry or agency a description names.
pub(super) fn national(head: &str, name: &str) -> bool {
    matches!(head, "department" | "ministry" | "agency")
        && name.rsplit_once(' ').is_some_and(|(portfolio, country)| {
            matches!(
                country,
                "Canada" | "England" | "Scotland" | "Wales" | "Australia"
            ) && portfolio.starts_with(char::is_uppercase)
        })
}

/// `the gallery` for `Galerie Lumen-Ouest`, `the museum` for `Musée …`: a French body's word
/// in `name` that is the English head's cognate (the name's words as written).
pub(super) fn cognate(head: &str, name: &str) -> bool {
    let foreign: &[&str] = match head {
        "gallery" => &["Galerie"],
        "museum" => &["Musée"],
        "university" => &["Université"],
        "theatre" | "theater" => &["Théâtre"],
        "institute" => &["Institut"],
        "foundation" => &["Fondation"],
        "publisher" => &["Éditions", "Editions"],
        _ => return false,
    };
    name.split(' ').any(|w| foreign.contains(&w))
}

impl Ctx<'_, '_> {
    /// The one police service the article names up to paragraph `p` (`Peel Regional Police`,
    /// `Toronto Police Service`, `RCMP`), for `police said`; none when it names two or none.
    pub(super) fn police_service(&self, p: usize) -> Option<Spoken> {
        let services = self.roles.police.get_or_init(|| {
            // (not `Police` alone, opening a sentence: the common noun)
            let police = |m: &Mention| {
                m.kind == MKind::Org
                    && !m.quoted
                    && m.name != "Police"
                    && m.name
                        .split(' ')
                        .any(|w| matches!(w, "Police" | "RCMP" | "OPP"))
            };
            // (in the story's own paragraphs: a related story's link, `READ MORE: … RCMP
            // says`, names another)
            (self.paras.iter().enumerate())
                .filter(|(_, para)| matches!(para.kind, Kind::Body | Kind::Summary))
                .flat_map(|(q, para)| {
                    (para.mentions.iter().enumerate())
                        .filter(move |(_, m)| police(m))
                        .map(move |(i, _)| (q, i))
                })
                .collect()
        });
        let mention = |&(q, i): &(usize, usize)| &self.paras[q].mentions[i];
        let mut found = services.iter().take_while(|(q, _)| *q <= p).map(mention);
        let first = found.next()?;
        found
            .all(|m| m.name == first.name)
            .then(|| Spoken::organisation(first))
    }

    /// The organisation a lead's indefinite description stands for (`A Windsor auto parts
    /// maker says …`): in the article's first body paragraph, the organisation that opens the
    /// next body paragraph, named there for the first time.
    pub(super) fn identified_next_org(&self, p: usize) -> Option<Spoken> {
        let q = self.after_lead(p)?;
        let para = &self.paras[q];
        let m = para.mentions.first()?;
        let opens = m.start == 0 || (m.start == 1 && matches!(para.toks[0].s, "The" | "the"));
        let named_before = (0..q).any(|r| {
            self.paras[r]
                .mentions
                .iter()
                .any(|x| x.kind == MKind::Org && x.name == m.name)
        });
        (opens && m.kind == MKind::Org && !m.quoted && !m.possessive && !named_before)
            .then(|| Spoken::organisation(m))
    }

    /// `… are owned by Calgary-based Larkspur Hospitality Group.` / `The company said`: the one
    /// company this paragraph names before token `at`, when it names no other body there, or,
    /// naming none, the one company the paragraph before names, wherever it stands there, when
    /// it names no other and no one else speaks there (a name that a legal form or a
    /// group's word closes is a company's; other names there, as the company's hotels, are
    /// none).
    pub(super) fn company_named_before(&self, p: usize, at: usize) -> Option<Spoken> {
        // A body named in this paragraph before: the one company it names, and no other
        // (`… built by Boreal Water Solutions Inc., a Winnipeg-based firm. The company said`;
        // not `Citgo said …, the company said`, no company's name).
        let is_company = |m: &Mention| {
            m.name.contains(' ')
                && m.name.rsplit(' ').next().is_some_and(|w| {
                    super::super::words::is_company_suffix(w) || matches!(w, "Group" | "Holdings")
                })
        };
        let mut here = (self.paras[p].mentions.iter())
            .filter(|m| m.start < at && matches!(m.kind, MKind::Org | MKind::Unknown));
        if let Some(m) = here.next() {
            let one = here.next().is_none()
                && m.kind == MKind::Org
                && is_company(m)
                && !m.quoted
                && !m.possessive;
            return one.then(|| Spoken::organisation(m));
        }
        let q = self.before(p).next()?;
        if !matches!(self.paras[q].kind, Kind::Body | Kind::Summary) {
            return None;
        }
        let toks = &self.paras[q].toks;
        let mut companies = (self.paras[q].mentions.iter())
            .filter(|m| matches!(m.kind, MKind::Org | MKind::Unknown) && is_company(m));
        let m = companies.next()?;
        // (nor the tail of a longer name cut short: `Health Research and Management Group`)
        let cut = m.start > 0 && matches!(toks[m.start - 1].s, "and" | "of" | "&");
        // (nor when someone else speaks there: `Acme Inc said … the sale of Genstar Corp.` /
        // `The company, which …, said`)
        let others_speak = self.found[q].iter().any(|s| s.name != m.name);
        (m.kind == MKind::Org
            && !m.quoted
            && !m.possessive
            && !cut
            && !others_speak
            && companies.next().is_none())
        .then(|| Spoken::organisation(m))
    }

    /// The place named last before token `at` of paragraph `p` (within [`ORG_WINDOW`]
    /// paragraphs) whose name ends in `head` (`Mackenzie County` for `the county`), for the
    /// heads of local governments.
    pub(super) fn place_headed(&self, p: usize, at: usize, head: &str) -> Option<Spoken> {
        if !matches!(head, "county" | "municipality" | "district" | "township") {
            return None;
        }
        let headed = |m: &&Mention| {
            m.kind == MKind::Place
                && !m.quoted
                && m.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(head))
                && m.name.contains(' ')
        };
        let here = &self.paras[p].mentions;
        here[..here.partition_point(|m| m.end <= at)]
            .iter()
            .rev()
            .find(headed)
            .or_else(|| {
                (p.saturating_sub(ORG_WINDOW)..p)
                    .rev()
                    .find_map(|q| self.paras[q].mentions.iter().rev().find(headed))
            })
            .map(Spoken::organisation)
    }
}

impl Ctx<'_, '_> {
    /// The organisation named last before the window of [`Ctx::organisations`], however far
    /// back, whose name is headed by `head`: its last word (`Teamsters Union`) or the word
    /// before `of` (`City of Surrey`), not any word (`Surrey City Council` is no `city`).
    /// A settlement word ends a place's name, not a council's (`Langley City`, `Quebec City`).
    pub(super) fn earlier_organisation(&self, p: usize, head: &str) -> Option<Spoken> {
        let settlement = matches!(head, "city" | "town" | "village" | "township");
        // Compared without lower-casing copies: this may look over a whole article.
        let headed = |name: &str| {
            // (a French body's word opens its name: `Galerie Lumen-Ouest`, `Musée d'Orsay`)
            if name
                .split_once(' ')
                .is_some_and(|(first, _)| cognate(head, first))
            {
                return true;
            }
            let mut words = name.split_whitespace().peekable();
            while let Some(w) = words.next() {
                if w.eq_ignore_ascii_case(head) {
                    match words.peek() {
                        None if !settlement => return true,
                        Some(&"of") => return true,
                        _ => {}
                    }
                }
            }
            false
        };
        (p.saturating_sub(FAR_ORG_WINDOW)..p.saturating_sub(ORG_WINDOW))
            .rev()
            .filter(|&q| matches!(self.paras[q].kind, Kind::Body | Kind::Summary))
            .find_map(|q| {
                self.paras[q]
                    .mentions
                    .iter()
                    .rev()
                    .find(|m| m.kind == MKind::Org && !m.quoted && !m.possessive && headed(&m.name))
            })
            .map(Spoken::organisation)
    }

    /// The organisation that opens the latest sentence before token `at` of paragraph `p`, or
    /// of the paragraphs in view before it, as the sentence's subject; one the article has
    /// quoted before, however far back, comes first; `n` after a comma looks at its own
    /// sentence too.
    pub(super) fn subject_organisation(&self, p: usize, at: usize, n: &Nominal) -> Option<Spoken> {
        let own = super::super::nominal::after_comma(&self.paras[p], n);
        let quoted_before = (p.saturating_sub(FAR_ORG_WINDOW)..p).rev().find_map(|q| {
            self.found[q]
                .iter()
                .rev()
                .find(|s| !s.animate && head_fits(&n.head, &s.name))
        });
        if let Some(s) = quoted_before {
            return Some(s.clone());
        }
        let opening = |q: usize, r: &std::ops::Range<usize>| -> Option<Spoken> {
            let para = &self.paras[q];
            // (past a wire story's dateline: `CALGARY -- Acme Ltd. swung to a profit`)
            // (a dash of two hyphens is two tokens)
            let dash = |t: &Tok<'_>| matches!(t.s, "--" | "—" | "–" | "-");
            let from = if r.start == 0 && is_dateline_head(&para.toks, 1) {
                let toks = &para.toks[..r.end];
                toks.iter()
                    .take(6)
                    .position(dash)
                    .map_or(0, |d| d + toks[d..].iter().take_while(|t| dash(t)).count())
            } else {
                r.start
            };
            // (the first body named, perhaps after a label's capital: `Mid-tier iron ore miner`)
            let m = para
                .mentions_within(from, r.end)
                .1
                .iter()
                .take(2)
                .find(|m| m.kind == MKind::Org)?;
            // (or after a label of what it is: `Mid-tier iron ore miner Acme Resources will`)
            let labelled = || {
                m.start <= from + 5
                    && para.toks[from..m.start]
                        .iter()
                        .all(|t| t.t == T::Word && !t.quoted)
                    && !para.toks[m.start - 1].is_cap()
                    && crate::lexicon::with_lower(para.toks[m.start - 1].s, |w| {
                        super::super::words::is_org_noun(w)
                            || super::super::words::is_person_noun(w)
                    })
            };
            let lead = m.start == from
                || (m.start == from + 1
                    && crate::lexicon::is_function_word_any_case(para.toks[from].s))
                || (m.start > from + 1 && labelled());
            // …followed by its verb, an appositive or a ticker (not `News of the deal`).
            // (an auxiliary is a verb too after a name that says it is a body's, `Acme Inc. is
            // laying off …`, `Humberview College will …`; not a product's, `The Sterling was
            // designed …`)
            let verb_next = para.toks.get(m.end).is_some_and(|t| {
                matches!(t.s, "," | "<" | "(")
                    || (t.t == T::Word
                        && t.s.starts_with(|c: char| c.is_ascii_lowercase())
                        && (!crate::lexicon::is_function_word_any_case(t.s)
                            || super::super::words::is_auxiliary(t.s)
                                && m.name.split(' ').any(|w| {
                                    super::super::words::is_company_suffix(w)
                                        || super::super::words::is_org_word(w)
                                })))
            });
            (lead
                && verb_next
                && m.kind == MKind::Org
                && !m.quoted
                && !m.possessive
                && head_fits(&n.head, &m.name))
            .then(|| Spoken::organisation(m))
        };
        let here = &self.paras[p];
        // Only the last sentences before `at`: a paragraph thousands of sentences long costs
        // no more per question than a news paragraph.
        // With `own`, the sentence of `at` counts up to `at` (`Acme Corp will …, the company
        // said`).
        let upto = here
            .sentences
            .partition_point(|r| r.start < at && (own || r.end <= at));
        here.sentences[upto.saturating_sub(SALIENCE_SENTENCES)..upto]
            .iter()
            .rev()
            .find_map(|r| {
                let o = opening(p, &(r.start..r.end.min(at)))?;
                // (after a conjunction, only the one body of its clause: not `X is run by the
                // RNID, but the organisation says`)
                let joined = own && here.toks[n.start - 2].s != ",";
                let others = || {
                    here.mentions_within(r.start, n.start)
                        .1
                        .iter()
                        .filter(|m| m.kind == MKind::Org)
                        .count()
                };
                (!joined || others() == 1).then_some(o)
            })
            .or_else(|| {
                (p.saturating_sub(ORG_WINDOW)..p)
                    .rev()
                    .filter(|&q| matches!(self.paras[q].kind, Kind::Body | Kind::Summary))
                    .find_map(|q| {
                        self.paras[q]
                            .sentences
                            .iter()
                            .rev()
                            .take(SALIENCE_SENTENCES)
                            .find_map(|r| opening(q, r))
                    })
            })
    }

    /// The organisation `it`/`the company` refers to: the one last quoted or named; with a head
    /// noun, the nearest whose name holds it (`the union` → `Teamsters Union`). In this
    /// paragraph only the last `SALIENCE_TOKENS` tokens and `SALIENCE_SPOKEN` statements count,
    /// so that a paragraph without line breaks is not read again at every verb.
    pub(super) fn organisation(
        &self,
        p: usize,
        at: usize,
        here: &[Spoken],
        head: Option<&str>,
    ) -> Option<Spoken> {
        // (`the festival` is also a name of two words or more read as no body's that ends with
        // its head: `Riverbend Sound Festival`, an event's name)
        let ends_with_head = |m: &Mention| {
            head.is_some_and(|h| {
                m.kind != MKind::Place
                    && m.name
                        .rsplit_once(' ')
                        .is_some_and(|(_, w)| w.len() == h.len() && w.eq_ignore_ascii_case(h))
            })
        };
        let org = |m: &&Mention| {
            (m.kind == MKind::Org || ends_with_head(m)) && !m.quoted && !m.possessive
        };
        let mentions = &self.paras[p].mentions;
        let before = mentions.partition_point(|m| m.end <= at);
        let window = at.saturating_sub(SALIENCE_TOKENS);
        // Candidates are borrowed (a speaker, or an organisation's mention): with a head many
        // are looked at, and only the one chosen is copied.
        let spoken_here = here.iter().rev().take(SALIENCE_SPOKEN);
        let named_here = mentions[..before]
            .iter()
            .rev()
            .take_while(|m| m.start >= window)
            .filter(org)
            .map(OrgCand::Named);
        let earlier = (p.saturating_sub(ORG_WINDOW)..p)
            .rev()
            .filter(|&q| matches!(self.paras[q].kind, Kind::Body | Kind::Summary))
            .flat_map(|q| {
                let spoken = self.found[q]
                    .iter()
                    .rev()
                    .filter(|s| !s.animate)
                    .map(OrgCand::Found);
                spoken.chain(
                    self.paras[q]
                        .mentions
                        .iter()
                        .rev()
                        .filter(org)
                        .map(OrgCand::Named),
                )
            });
        let mut all = spoken_here
            .filter(|s| !s.animate)
            .map(OrgCand::Found)
            .chain(named_here)
            .chain(earlier);
        let chosen = match head {
            // `the union` must name one in view; `it` takes the organisation last quoted.
            // (lowered on the stack: most names are looked at and dropped)
            Some(h) => all.find(|c| {
                lowered_holds(c.name(), h) || national(h, c.name()) || cognate(h, c.name())
            }),
            None => all.next(),
        };
        chosen.map(OrgCand::spoken)
    }

    /// `Velo Halifax, a cycling advocacy group, … “…,” the group wrote`: the body this
    /// paragraph named before `at`, opening a sentence, with an appositive headed by `head` (the
    /// nearest such).
    pub(super) fn described_here(&self, p: usize, at: usize, head: &str) -> Option<Spoken> {
        let para = &self.paras[p];
        let toks = &para.toks;
        let before = para.mentions.partition_point(|m| m.end <= at);
        para.mentions[..before]
            .iter()
            .rev()
            .filter(|m| {
                matches!(m.kind, MKind::Org | MKind::Person | MKind::Unknown)
                    && m.roles.is_empty()
                    && !m.quoted
                    && !m.possessive
                    && toks.get(m.end).is_some_and(|t| t.s == ",")
                    && toks
                        .get(m.end + 1)
                        .is_some_and(|t| matches!(t.s, "a" | "an"))
                    // (the subject opening its sentence, not a body named on the way: `… will
                    // be run by CFC Leasing, an independent company, …, the company said`)
                    && para.sentences.iter().any(|r| {
                        r.start == m.start
                            || (r.start + 1 == m.start && matches!(toks[r.start].s, "The" | "the"))
                    })
            })
            .find(|m| {
                // (the appositive's words in lower case up to its closing comma, its head last)
                let from = m.end + 2;
                let n = toks[from..toks.len().min(from + 6)]
                    .iter()
                    .take_while(|t| t.t == T::Word && !t.is_cap())
                    .count();
                n > 0
                    && toks[from + n - 1].s == head
                    && toks.get(from + n).is_some_and(|t| t.s == ",")
            })
            .map(Spoken::organisation)
    }

    /// `the US company`, `the Houston-based firm`, `the Dutch electronics group`, `the software
    /// giant`: a company whose capitalised words only say where it is from (places and
    /// demonyms, no name).
    /// (Generic heads bar `agency` and `organisation`: `the Qatar news agency` is one of its own.)
    pub(super) fn placed_company(&self, p: usize, n: &Nominal) -> bool {
        let para = &self.paras[p];
        matches!(
            n.head.as_str(),
            "company" | "firm" | "group" | "corporation" | "business" | "giant"
        ) && (n.start..n.end).all(|k| {
            !para.toks[k].is_cap()
                || para
                    .mention_over(k)
                    .is_none_or(|m| para.mentions[m].kind == MKind::Place)
        })
    }

    /// `Tarnwick Corp saw its shares rise after it said …`: the organisation opening the
    /// sentence of `at`.
    pub(super) fn sentence_organisation(&self, p: usize, at: usize) -> Option<Spoken> {
        let para = &self.paras[p];
        let r = &para.sentences[para.sentences.partition_point(|r| r.end <= at)];
        let m = para.mentions_within(r.start, at).1.first()?;
        let opens = m.start == r.start
            || (m.start == r.start + 1 && matches!(para.toks[r.start].s, "The" | "the"));
        (opens && m.kind == MKind::Org && !m.quoted && !m.possessive)
            .then(|| Spoken::organisation(m))
    }

    /// The one organisation named in the sentence of token `at` before it (none when two are).
    pub(super) fn named_in_sentence(&self, p: usize, at: usize) -> Option<Spoken> {
        let para = &self.paras[p];
        let r = para
            .sentences
            .get(para.sentences.partition_point(|r| r.end <= at))?;
        let mut orgs = para
            .mentions_within(r.start, at)
            .1
            .iter()
            .filter(|m| m.kind == MKind::Org && !m.quoted && !m.possessive);
        let m = orgs.next()?;
        orgs.next().is_none().then(|| Spoken::organisation(m))
    }

    /// The organisations that spoke together in the nearest paragraph before `p` where two or
    /// more did (`Acme Inc and Brill Ltd said …` before `The companies said`).
    pub fn organisations_together(&self, p: usize) -> Vec<Spoken> {
        self.before(p)
            .map(|q| {
                self.found[q]
                    .iter()
                    .filter(|s| !s.animate)
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .find(|orgs| orgs.len() >= 2)
            .unwrap_or_default()
    }
}
