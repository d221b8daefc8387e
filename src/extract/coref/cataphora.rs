//! A person brought in by description and named only after speaking: `The man who has made the
//! ice for 22 years noticed it first. ¶ “I came in at six,” he said. ¶ Wes Kowalchuk said …`.

use crate::lexicon::Gender;
use crate::split::Kind;

use super::super::names::MKind;
use super::super::nominal::{self, Class, Det};
use super::super::tokens::T;
use super::{Ctx, Spoken};

impl Ctx<'_, '_> {
    /// The person the paragraph after `p` opens by naming, for `he`/`she` (`want`) in
    /// paragraph `p`, when that person is new to the article and the paragraph before `p`
    /// brought someone in only by description (`A retired teacher who …`, `The longtime coach
    /// of …`, `One of the youngest beekeepers …`) and named no one.
    ///
    /// Asked only where paragraph `p` names no one before the pronoun and opens on a quotation
    /// or the pronoun itself.
    pub(super) fn named_next(&self, p: usize, at: usize, want: Gender) -> Option<usize> {
        let q = p.checked_sub(1)?;
        let (before, here, next) = (&self.paras[q], &self.paras[p], self.paras.get(p + 1)?);
        if [before.kind, here.kind, next.kind] != [Kind::Body; 3] {
            return None;
        }
        let opens = here.toks.first().is_some_and(|t| t.t == T::Open) || at == 0;
        if !opens || !self.found[q].is_empty() {
            return None;
        }
        let person_named =
            |m: &super::Mention| !m.quoted && matches!(m.kind, MKind::Person | MKind::Unknown);
        if before.mentions.iter().any(person_named) {
            return None;
        }
        // (the description opens the paragraph before: `One of the …` or a determiner)
        let first = before.sentences.first()?;
        let one_of = before.toks.len() > 3
            && matches!(before.toks[0].s, "One" | "one")
            && before.toks[1].s == "of"
            && matches!(before.toks[2].s, "the" | "The");
        let n = nominal::starting_at(before, if one_of { 2 } else { 0 }, first.end)?;
        let gendered = match n.head.as_str() {
            "man" | "father" | "husband" | "son" | "brother" => Some(Gender::Male),
            "woman" | "mother" | "wife" | "daughter" | "sister" => Some(Gender::Female),
            _ => None,
        };
        // (a definite description brings someone in only with what follows it: `The man
        // who …`, `The longtime coach of …`; `The family had …` is someone's named before)
        let introduces = one_of
            || match n.det {
                Det::Indefinite => true,
                Det::Definite => {
                    (before.toks.get(n.end)).is_some_and(|t| matches!(t.s, "who" | "whose" | "of"))
                }
                _ => false,
            };
        if n.class != Class::Person
            || !introduces
            || n.plural != one_of
            || gendered.is_some_and(|g| g != want)
        {
            return None;
        }
        // The paragraph after opens on a person's name the article has not given before.
        let m = next
            .mentions
            .first()
            .filter(|m| m.start == 0 && person_named(m))?;
        let i = m.person?;
        let gender = self.people.people[i].gender;
        (gender.is_none_or(|g| g == want) && !self.named_before(p + 1, i)).then_some(i)
    }

    /// The person the paragraph after `p` opens by naming in apposition to the head of the
    /// description of one unnamed person opening the clause at token `start` before the verb
    /// at `v` (`A senior official at the ministry … said …` / `The official, Vadim Ceban, who
    /// …`), new to the article.
    pub(crate) fn named_in_apposition_next(
        &self,
        p: usize,
        start: usize,
        v: usize,
    ) -> Option<Spoken> {
        // (the two paragraphs' shapes first, from their tokens: most clauses open otherwise)
        let para = &self.paras[p];
        if !matches!(para.toks.get(start)?.s, "A" | "An") {
            return None;
        }
        let next = self.paras.get(p + 1).filter(|q| q.kind == Kind::Body)?;
        let t = &next.toks;
        let m = next.mentions.first()?;
        let opens = t.len() > 4
            && t[0].s == "The"
            && t[2].s == ","
            && m.start == 3
            && t.get(m.end).is_some_and(|t| t.s == ",")
            && m.kind == MKind::Person
            && !m.quoted;
        if !opens {
            return None;
        }
        let n = nominal::starting_at(para, start, v)?;
        if n.class != Class::Person || n.det != Det::Indefinite || n.plural || t[1].s != n.head {
            return None;
        }
        let i = m.person?;
        (!self.named_before(p + 1, i)).then(|| Spoken::person(self.people, i))
    }

    /// The person a lead's indefinite description stands for (`A farmer in eastern P.E.I. says
    /// …`, then `Jonah MacLean, 46, grows potatoes …`): in the article's first body paragraph,
    /// the person the next body paragraph opens by naming, set off by a comma (an apposition
    /// or a clause that brings them in), when nothing before names them.
    pub(crate) fn introduced_next(&self, p: usize) -> Option<Spoken> {
        let q = self.after_lead(p)?;
        let para = &self.paras[q];
        let m = para.mentions.first()?;
        // (set off by an apposition or a clause, not listed with others: `Nelson Bunker, W.
        // Herbert and Lamar Hunt sued`)
        let set_off = para.toks.get(m.end).is_some_and(|t| t.s == ",")
            && para.mentions.get(1).is_none_or(|n| {
                n.start != m.end + 1
                    || n.kind != MKind::Person
                    || !para
                        .toks
                        .get(n.end)
                        .is_some_and(|t| matches!(t.s, "," | "and"))
            });
        let i = m.person?;
        (m.start == 0
            && set_off
            && m.kind == MKind::Person
            && !m.quoted
            && !m.possessive
            && !self.named_before(q, i))
        .then(|| Spoken::person(self.people, i))
    }
}
