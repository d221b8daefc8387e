//! Who holds each role where, and the unnamed sources an article brings in: tables built for
//! the whole article when first asked.

use std::cell::{OnceCell, RefCell};

use super::super::people::People;
use super::super::speakers::Para;

/// For each role noun, the paragraphs that name someone holding it, in order, each with the
/// last such person the paragraph names: `the mayor` then costs a binary search, not a scan of
/// every earlier mention.
/// Both tables are built for the whole article when first asked: most articles never ask.
#[derive(Debug, Default)]
pub(crate) struct RoleHolders {
    by_role: OnceCell<rustc_hash::FxHashMap<String, Vec<(usize, usize)>>>,
    /// Unnamed sources brought in by an indefinite article next to a reporting verb (`A
    /// government spokesman said`, `said a western diplomat`), in text order: for each, the
    /// words that may be its head.
    unnamed: OnceCell<Vec<Unnamed>>,
    /// The police services the article names (`Peel Regional Police`, `RCMP`), in text order,
    /// each as (paragraph, mention): gathered once for `police said`, however often it comes.
    pub(super) police: OnceCell<Vec<(usize, usize)>>,
    /// The heads of definite descriptions resolved to a person so far (`the Ballymena-born
    /// actor` → Liam Neeson), in text order: a later description with the same head (`the
    /// Oscar-nominated actor`) is the same person.
    described: RefCell<Vec<(String, usize)>>,
}

/// A word within four after an indefinite article (`a`, `an`) next to a reporting verb: the
/// head, perhaps, of an unnamed source.
#[derive(Debug)]
pub(super) struct Unnamed {
    pub para: usize,
    /// Token of the article word.
    pub article: usize,
    /// Token of the word.
    pub head: usize,
    pub word: String,
    /// A reporting verb follows the word (`a spokesman said`).
    pub verb_after: bool,
    /// A reporting verb precedes the article (`said a diplomat`).
    pub verb_before: bool,
}

impl RoleHolders {
    /// Indexes the people holding a role in every paragraph of the article.
    fn by_role(
        paras: &[Para<'_>],
        people: &People,
    ) -> rustc_hash::FxHashMap<String, Vec<(usize, usize)>> {
        let mut by_role: rustc_hash::FxHashMap<String, Vec<(usize, usize)>> =
            rustc_hash::FxHashMap::default();
        for (q, para) in paras.iter().enumerate() {
            for m in para.mentions.iter().rev() {
                let Some(i) = m.person else { continue };
                for role in &people.people[i].roles {
                    // (a role seen before is not copied again for the look-up)
                    if !by_role.contains_key(role) {
                        by_role.insert(role.clone(), Vec::new());
                    }
                    let list = by_role.get_mut(role).expect("inserted above");
                    // The last holder named in the paragraph comes first from the reverse scan.
                    if list.last().is_none_or(|&(last_q, _)| last_q != q) {
                        list.push((q, i));
                    }
                }
            }
        }
        by_role
    }

    /// Who holds `role`, by the paragraph each is named in (the table built when first asked).
    fn holders(
        &self,
        paras: &[Para<'_>],
        people: &People,
        role: &str,
    ) -> Option<&[(usize, usize)]> {
        self.by_role
            .get_or_init(|| Self::by_role(paras, people))
            .get(role)
            .map(Vec::as_slice)
    }

    /// The person holding `role` named last before token `at` of paragraph `p` (one named
    /// only after it, `… said the comedian. … comedian NAME`, is not yet in view).
    pub(super) fn holder(
        &self,
        paras: &[Para<'_>],
        people: &People,
        p: usize,
        at: usize,
        role: &str,
    ) -> Option<usize> {
        let list = self.holders(paras, people, role)?;
        let k = list.partition_point(|&(q, _)| q <= p);
        let &(q, i) = list.get(k.checked_sub(1)?)?;
        let named_before = || {
            paras[p]
                .mentions
                .iter()
                .any(|m| m.person == Some(i) && m.start < at)
        };
        if q < p || named_before() {
            return Some(i);
        }
        // (the paragraph's holder is named after `at`: the one of an earlier paragraph)
        k.checked_sub(2).map(|k| list[k].1)
    }

    /// The person holding `role` named first in paragraph `p` or one of the next three (a
    /// lead's context may come between), when none is named before: whom a lead's description
    /// stands for before the story names them (`Ontario's health minister says …` / `Health
    /// Minister Laura Pellegrini said …`).
    pub(super) fn next_holder(
        &self,
        paras: &[Para<'_>],
        people: &People,
        p: usize,
        role: &str,
    ) -> Option<usize> {
        let list = self.holders(paras, people, role)?;
        // (none named before `p`: the first holder, if named in `p` or soon after)
        if list.partition_point(|&(q, _)| q < p) > 0 {
            return None;
        }
        let &(q, i) = list.first()?;
        (q <= p + 3).then_some(i)
    }

    /// The person the last description with head `head` stood for, if any.
    pub(super) fn described(&self, head: &str) -> Option<usize> {
        let described = self.described.borrow();
        described
            .iter()
            .rev()
            .find(|(h, _)| h == head)
            .map(|&(_, i)| i)
    }

    /// Notes that a description with head `head` stood for person `i`.
    pub(super) fn note_described(&self, head: &str, i: usize) {
        let mut described = self.described.borrow_mut();
        if described.last().is_none_or(|(h, j)| h != head || *j != i) {
            described.push((head.to_owned(), i));
        }
    }

    /// The unnamed sources of the article ([`unnamed_sources`]), found when first asked.
    pub(super) fn unnamed(&self, paras: &[Para<'_>]) -> &[Unnamed] {
        self.unnamed.get_or_init(|| unnamed_sources(paras))
    }
}

/// Every candidate head of an unnamed source in the article, once (see `Ctx::introduced_unnamed`).
fn unnamed_sources(paras: &[Para<'_>]) -> Vec<Unnamed> {
    let verb = |t: Option<&super::super::tokens::Tok<'_>>| {
        t.is_some_and(|t| crate::lexicon::is_reporting_verb_any_case(t.s))
    };
    let mut out = Vec::new();
    // (`said one arbitrageur`, `another dealer said`: as indefinite as `a`)
    let article = |t: &super::super::tokens::Tok<'_>| {
        matches!(
            t.s,
            "a" | "A" | "an" | "An" | "one" | "One" | "another" | "Another"
        )
    };
    for (q, para) in paras.iter().enumerate() {
        let toks = &para.toks;
        // Found by a search over the tokens: a tighter loop than one visiting each.
        let mut next = toks.iter().position(article);
        while let Some(d) = next {
            next = toks[d + 1..].iter().position(article).map(|k| d + 1 + k);
            let verb_before = d > 0 && verb(toks.get(d - 1));
            for k in d + 1..toks.len().min(d + 5) {
                let verb_after = verb(toks.get(k + 1));
                if verb_after || verb_before {
                    out.push(Unnamed {
                        para: q,
                        article: d,
                        head: k,
                        word: toks[k].s.to_owned(),
                        verb_after,
                        verb_before,
                    });
                }
            }
        }
    }
    out
}
