//! People's genders learned from the pronouns that follow them in the article, for resolving
//! `he said` and `she said`.

use crate::lexicon::Gender;
use crate::split::Kind;

use super::names::MKind;
use super::people::People;
use super::speakers::Para;
use super::tokens::T;

/// Learns people's gender from the pronouns that follow them: in a sentence whose first person
/// is P, `he`/`his`/`him` or `she`/`her` before anyone else is named count as votes for P.
/// An honorific (`Ms.`) outranks the votes; the votes outrank a guess from the given name (but
/// `her`, an object's pronoun too, is no vote against a man's given name).
pub(crate) fn learn(paras: &[Para<'_>], people: &mut People) {
    // (No one to vote for: no sentence need be read.)
    if people.people.is_empty() {
        return;
    }
    // (each person's votes for him and for her, and those for her but `her`)
    let mut votes = vec![[0u32; 3]; people.people.len()];
    for para in paras
        .iter()
        .filter(|p| matches!(p.kind, Kind::Body | Kind::Summary))
    {
        // Sentences and mentions are both in text order: the first mention of each sentence is
        // found by walking on from the last, not by a search.
        let mut lo = 0;
        for s in para.sentences {
            while para.mentions.get(lo).is_some_and(|m| m.start < s.start) {
                lo += 1;
            }
            // (No mention left: neither this sentence nor the rest has a first person.)
            if lo == para.mentions.len() {
                break;
            }
            let mut ms = para.mentions[lo..]
                .iter()
                .take_while(|m| m.end <= s.end)
                .filter(|m| !m.quoted);
            let Some(first) = ms.next() else { continue };
            // (An honorific's gender outranks the votes: none are counted for its bearer.)
            let Some(i) = first.person.filter(|&i| !people.people[i].gender_sure) else {
                continue;
            };
            // `After Kody died, she urged …`: the pronoun is someone else.
            let opens_subordinate = para
                .toks
                .get(s.start)
                .is_some_and(|t| crate::lexicon::with_lower(t.s, is_subordinator));
            // (but `After the race, Ada Roe posted a photo of her medal`: a first person past
            // the opening phrase's comma is the main clause's subject)
            let in_opening = || {
                !para.toks[s.start..first.start]
                    .iter()
                    .any(|t| t.s == "," && !t.quoted)
            };
            if opens_subordinate && (first.possessive || in_opening()) {
                continue;
            }
            // (`Belkacemi says she …` where two Belkacemis are named: whose the votes are is
            // not known)
            if !first.name.contains(' ') && people.surname_shared(&first.name) {
                continue;
            }
            // Only a subject: not `He told them killers such as Dylann Roof were his idols`.
            let before = &para.toks[s.start..first.start];
            let object = before.iter().any(|t| {
                matches!(
                    t.s,
                    "he" | "He" | "she" | "She" | "they" | "They" | "I" | "we" | "We"
                )
            }) || before.last().is_some_and(|t| {
                matches!(
                    t.s,
                    "of" | "from"
                        | "with"
                        | "to"
                        | "by"
                        | "for"
                        | "about"
                        | "at"
                        | "in"
                        | "on"
                        | "as"
                        | "than"
                        | "like"
                )
            });
            if object {
                continue;
            }
            let stop = ms
                .find(|m| matches!(m.kind, MKind::Person | MKind::Unknown))
                .map_or(s.end, |m| m.start);
            // (nor past someone unnamed opening a clause of their own: `Sunamani Majhi said
            // villagers listened as a teenager read the news from his screen`; not `Oleg
            // Gordievsky, a senior KGB officer who became a secret agent, said he`)
            let stop = (first.end..stop)
                .find(|&k| {
                    matches!(para.toks[k].s, "a" | "an")
                        && (is_subordinator(para.toks[k - 1].s)
                            || matches!(para.toks[k - 1].s, "and" | "but" | "where"))
                        && para.toks[k + 1..stop.min(k + 3)].iter().any(|t| {
                            t.t == T::Word && !t.is_cap() && super::nominal::is_person_head(t.s)
                        })
                })
                .unwrap_or(stop);
            for t in &para.toks[first.end..stop] {
                // Every pronoun counted opens with `h` or `s`: most words are passed over on
                // their first byte.
                // (and has two to seven letters)
                if !matches!(t.s.as_bytes().first(), Some(b'h' | b'H' | b's' | b'S'))
                    || !(2..=7).contains(&t.s.len())
                    || t.quoted
                {
                    continue;
                }
                // (not `him`, an object: someone else than the subject, who would be
                // `himself`: `Tessa Wiebe, who farms with him, said`)
                match t.s {
                    "he" | "He" | "his" | "His" | "himself" => votes[i][0] += 1,
                    "she" | "She" | "hers" | "herself" => {
                        votes[i][1] += 1;
                        votes[i][2] += 1;
                    }
                    "her" | "Her" => votes[i][1] += 1,
                    _ => {}
                }
            }
        }
    }
    for (person, [m, f, f_but_her]) in people.people.iter_mut().zip(votes) {
        if person.gender_sure {
            continue;
        }
        // `her`, an object's pronoun as well as a possessive, is often someone else's (`Marc
        // Ouellet disputes her account`): no vote against a man's given name.
        let f = if person.gender == Some(Gender::Male) {
            f_but_her
        } else {
            f
        };
        if m > 2 * f {
            person.gender = Some(Gender::Male);
            person.gender_learned = true;
        } else if f > 2 * m {
            person.gender = Some(Gender::Female);
            person.gender_learned = true;
        }
    }
}

/// A word in lower case that opens a subordinate clause (`after`, `when`, `as` …), whose
/// subject is someone else than the main clause's.
fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "after"
            | "when"
            | "before"
            | "although"
            | "though"
            | "if"
            | "as"
            | "since"
            | "while"
            | "because"
            | "once"
            | "until"
            | "unless"
            | "whether"
    )
}
