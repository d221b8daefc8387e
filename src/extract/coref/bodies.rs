//! Bodies a description stands for: `the company` (no union), a lead's `A Windsor auto parts
//! maker`, `the county`.

use crate::split::Kind;

use super::super::names::{MKind, Mention};
use super::{Ctx, ORG_WINDOW, Spoken};

/// Whether a generic head may stand for the body named `name`: `the company` is no union,
/// ministry, council or police service (`Larkspur Hospitality Group said … Workers Union
/// Local 88 said … the company said`): a name headed by such a word (its last, the one before
/// `of`, or before `Local`), unless a legal form makes it a company's (`Union Carbide Corp`,
/// `Hospital Corp of America`).
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

impl Ctx<'_, '_> {
    /// The one police service the article names up to paragraph `p` (`Peel Regional Police`,
    /// `Toronto Police Service`, `RCMP`), for `police said`; none when it names two or none.
    pub(super) fn police_service(&self, p: usize) -> Option<Spoken> {
        let services = self.roles.police.get_or_init(|| {
            let police = |m: &Mention| {
                m.kind == MKind::Org
                    && !m.quoted
                    && m.name
                        .split(' ')
                        .any(|w| matches!(w, "Police" | "RCMP" | "OPP"))
            };
            (self.paras.iter().enumerate())
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
        let body = |q: &usize| self.paras[*q].kind == Kind::Body;
        if (0..p).any(|q| body(&q)) {
            return None;
        }
        let q = (p + 1..self.paras.len()).find(body)?;
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
