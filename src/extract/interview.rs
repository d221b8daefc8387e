//! Interviews in question-and-answer form: the answers are the interviewee's words.
//!
//! An article is read as an interview when its title or a heading says so (`Wikinews interviews
//! …`, `An interview with …`, `X tells Wikinews …`) and at least two of its paragraphs are
//! unattributed questions followed by an answer. Every answer paragraph without a speaker of its
//! own is then given to the interviewee (and one in the first person that quotes someone else
//! is theirs too): the people the title names, else the person named in full last before the
//! first question.

use super::names::MKind;
use super::people::People;
use super::speakers::Para;
use super::tokens::T;
use crate::split::Kind;

/// Gives unattributed answer paragraphs of an interview to the interviewee.
pub(crate) fn attribute_answers(
    paras: &[Para<'_>],
    people: &People,
    excluded: &[String],
    speakers: &mut [Vec<String>],
) {
    // (most articles ask no two questions: settled without a list)
    let unanswered = |(para, s): (&Para<'_>, &Vec<String>)| is_question(para) && s.is_empty();
    if paras
        .iter()
        .zip(speakers.iter())
        .filter(|&x| unanswered(x))
        .nth(1)
        .is_none()
    {
        return;
    }
    let asks: Vec<bool> = paras.iter().zip(speakers.iter()).map(unanswered).collect();
    let question = |p: usize| asks[p];
    let bodies: Vec<usize> = (0..paras.len())
        .filter(|&p| paras[p].kind == Kind::Body)
        .collect();
    let answered = bodies
        .windows(2)
        .filter(|w| question(w[0]) && !question(w[1]))
        .count();
    // (asked first: a question is told by its last token, the article's call by its words)
    if answered < 2 || !says_interview(paras) {
        return;
    }
    let Some(&first_question) = bodies.iter().find(|&&p| question(p)) else {
        return;
    };
    let interviewees = interviewees(paras, people, excluded, first_question);
    if interviewees.is_empty() {
        return;
    }
    for &p in bodies.iter().filter(|&&p| p > first_question) {
        if question(p) || !is_answer(&paras[p]) {
            continue;
        }
        if speakers[p].is_empty() {
            speakers[p].clone_from(&interviewees);
        } else if first_person(&paras[p]) && !interviewees.iter().any(|i| speakers[p].contains(i)) {
            // An answer in the first person that quotes someone (`Ghislaine saw a reading and
            // emailed me. She wrote, ‘…’`) is still the interviewee's.
            speakers[p].splice(0..0, interviewees.iter().cloned());
        }
    }
}

/// The title or a heading calls the article an interview, or the editors' note of one opens it
/// (`The following has been edited for length and clarity.`, `This interview has been edited
/// and condensed.`).
fn says_interview(paras: &[Para<'_>]) -> bool {
    paras.iter().any(|p| p.kind == Kind::Body && edited_note(p))
        || paras.iter().any(|p| {
            let heading = matches!(p.kind, Kind::Title | Kind::Heading)
                || (p.kind == Kind::Body && p.toks.len() <= 3);
            heading
                && p.toks.iter().enumerate().any(|(i, t)| {
                    // Compared ignoring ASCII case, as a lowered copy would be, without the copy.
                    let is = |k: &[&str]| k.iter().any(|k| t.s.eq_ignore_ascii_case(k));
                    // Every word asked about opens with `i`, `q`, `t` or `s` and has 1, 5, 6 or 9 to
                    // 11 letters: most are ruled out by their first byte and length.
                    let first = t.s.as_bytes().first().map(|b| b | 0x20);
                    matches!(first, Some(b'i' | b'q' | b't' | b's'))
                        && matches!(t.s.len(), 1 | 5 | 6 | 9..=11)
                        && (is(&["interview", "interviews", "interviewed"])
                            || (is(&["q"]) && p.toks.get(i + 1).is_some_and(|n| n.s == "&"))
                            || (is(&["tells", "talks", "speaks"])
                                && p.toks
                                    .get(i + 1)
                                    .is_some_and(|n| n.is_cap() || matches!(n.s, "to" | "with"))))
                })
        })
}

/// `edited for length`, `edited for clarity`, `edited and condensed`, outside a quotation.
fn edited_note(para: &Para<'_>) -> bool {
    para.toks.windows(3).any(|w| {
        w[0].s == "edited"
            && !w[0].quoted
            && matches!(
                (w[1].s, w[2].s),
                ("for", "length" | "clarity" | "brevity") | ("and", "condensed")
            )
    })
}

/// A paragraph that asks: it ends with a question mark and opens with no quotation mark.
fn is_question(para: &Para<'_>) -> bool {
    let last = para
        .toks
        .iter()
        .rev()
        .find(|t| !matches!(t.s, ")" | "]"))
        .map(|t| t.s);
    last == Some("?") && para.toks.first().is_some_and(|t| t.t != T::Open)
}

/// A paragraph of speech, not a heading or a caption: it ends a sentence or runs long.
fn is_answer(para: &Para<'_>) -> bool {
    let words = para.toks.iter().filter(|t| t.t == T::Word).count();
    let ends_sentence = para.toks.last().is_some_and(|t| {
        matches!(t.s, "." | "!" | "?" | "…" | "”" | "\"" | ")" | "’") || t.t == T::Close
    });
    words >= 12 || (ends_sentence && words >= 2)
}

/// The people the title names (before any `on …`/`about …`: `Wikinews interviews X on Y`),
/// else the person last named in full before the first question (`Wikinews spoke with William
/// Evans, president of …`).
fn interviewees(
    paras: &[Para<'_>],
    people: &People,
    excluded: &[String],
    first_question: usize,
) -> Vec<String> {
    let allowed = |i: usize| !excluded.iter().any(|x| *x == people.people[i].name);
    let person = |m: &super::names::Mention| {
        m.person
            .filter(|&i| m.kind == MKind::Person && !m.quoted && !m.possessive && allowed(i))
    };
    let mut named: Vec<usize> = Vec::new();
    for p in paras.iter().filter(|p| p.kind == Kind::Title) {
        let topic = p
            .toks
            .iter()
            .position(|t| matches!(t.s, "on" | "about"))
            .unwrap_or(p.toks.len());
        // `… of Heaven Sent Gaming`, `the 'Mets Poet'`: an affiliation or a nickname.
        let described = |m: &&super::names::Mention| {
            m.start > 0 && matches!(p.toks[m.start - 1].s, "of" | "the" | "'" | "‘" | "“" | "\"")
        };
        for i in p
            .mentions
            .iter()
            .filter(|m| m.end <= topic && !described(m))
            .filter_map(person)
        {
            if !named.contains(&i) {
                named.push(i);
            }
        }
    }
    // The person the paragraph of the editors' note names first (`Dr. NAME is a family
    // physician … CBC News asked him … The following has been edited for length and
    // clarity.`), whatever their given name.
    if named.is_empty()
        && let Some(i) = paras[..first_question]
            .iter()
            .rev()
            .find(|p| p.kind == Kind::Body && edited_note(p))
            .and_then(|p| {
                // (by a surname alone too: `Raman-Castillo answered three questions … Her
                // answers have been edited for length.`)
                (p.mentions.iter())
                    .filter(|m| matches!(m.kind, MKind::Person | MKind::Unknown))
                    .find_map(|m| {
                        m.person
                            .filter(|&i| !m.quoted && !m.possessive && allowed(i))
                    })
            })
    {
        named.push(i);
    }
    if named.is_empty()
        && let Some(i) = paras[..first_question]
            .iter()
            // The introduction, in the third person (an answer says `I`).
            .filter(|p| p.kind != Kind::Title && !first_person(p))
            .flat_map(|p| &p.mentions)
            .filter(|m| m.name.contains(' '))
            .filter_map(person)
            // A given name the census knows: a person's full name, not `Hey John`.
            .rfind(|&i| people.people[i].gender.is_some())
    {
        named.push(i);
    }
    named
        .into_iter()
        .map(|i| people.people[i].name.clone())
        .collect()
}

/// The paragraph speaks in the first person outside quotations (`I`, `my`, `we`).
fn first_person(para: &Para<'_>) -> bool {
    para.toks.iter().any(|t| {
        !t.quoted
            && matches!(
                t.s,
                "I" | "I’m" | "I'm" | "my" | "My" | "me" | "we" | "We" | "our"
            )
    })
}
