//! Acronyms that stand for an organisation the article names in full: defined in parentheses
//! (`Society of Motor Manufacturers and Traders (SMMT)`) or just made of its initials.

use std::borrow::Cow;

use super::names::{MKind, Mention, is_acronym};
use super::people::has_space;
use super::tokens::{T, Tok};
use super::words::is_company_suffix;

/// `Society of Motor Manufacturers and Traders (SMMT)`: the acronyms an article defines, each
/// with the organisation's full name, so that `the SMMT said` names it in full.
///
/// The paragraphs are read twice: first for the definitions and the acronyms used, then, only
/// when some are used (in few articles), for the organisations they may stand for.
pub(crate) fn defined_acronyms<'m>(
    paras: impl Iterator<Item = (&'m [Tok<'m>], &'m [Mention])> + Clone,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    // (An article uses few: a list, cheaper than hashing them.)
    // (its letters, as written, and whether in angle brackets)
    let mut used: Vec<(Cow<'_, str>, &str, bool)> = Vec::new();
    // The initials of one name at a time (most are compared, few kept).
    let mut buf = String::new();
    for (toks, mentions) in paras.clone() {
        for m in mentions {
            // (A name in capitals has no space: no organisation named in full. Most names
            // are ruled out by their second byte.)
            let b = m.name.as_bytes();
            // (whether it stands in angle brackets, as a stock symbol: `<CMB>`)
            let bracketed = || m.start > 0 && toks[m.start - 1].s == "<";
            if b.len() >= 3 && b[1].is_ascii_uppercase() && b.iter().all(u8::is_ascii_uppercase) {
                used.push((Cow::Borrowed(&m.name), &m.name, bracketed()));
            } else if is_dotted_capitals(b) {
                // (`the R.S.F.`, the style of some papers, for `RSF`)
                let letters = m.name.replace('.', "");
                used.push((Cow::Owned(letters), &m.name, bracketed()));
            }
        }
        for pair in mentions.windows(2) {
            let [m, next] = pair else {
                continue;
            };
            // (The token is read only once the mentions' kind and places allow a definition.)
            let acronym = || &toks[next.start.min(toks.len() - 1)];
            // (`Electronic Arts (EA)`: a name read as a person's but defined by its initials is
            // a body's; one with a title before it is no body's.)
            let body = m.kind == MKind::Org
                || (m.kind == MKind::Person && m.name_start == m.start && has_space(&m.name));
            let defined = body
                && next.start == m.end + 1
                && next.end == next.start + 1
                && toks[m.end].s == "("
                && toks.get(next.end).is_some_and(|t| t.s == ")")
                && is_acronym(acronym().s);
            if !defined {
                continue;
            }
            let acronym = acronym();
            let letters: String = acronym.s.chars().filter(|c| c.is_alphabetic()).collect();
            initials(&m.name, &mut buf);
            // (`Applied Circuit Technology Inc (ACT)`: the legal form has no letter in it)
            let legal = || m.name.rsplit(' ').next().is_some_and(is_company_suffix);
            let but_last = buf.char_indices().last().map_or("", |(i, _)| &buf[..i]);
            let stands = buf == letters || (legal() && but_last == letters);
            if stands && !out.iter().any(|(a, _)| *a == letters) {
                out.push((letters, super::names::without_the(&m.name).to_owned()));
            }
        }
    }
    // `the Parliamentary Budget Officer … the PBO said`: an acronym the article uses without
    // defining it, made of the initials of an organisation it names in three words or more.
    if used.is_empty() {
        return out;
    }
    let spaces = |s: &str| s.bytes().filter(|&b| b == b' ').count();
    for (toks, mentions) in paras {
        for m in mentions {
            // (a byte loop: names are too short for a `memchr` search to pay)
            if m.kind != MKind::Org || !has_space(&m.name) || m.quoted {
                continue;
            }
            // `Society of Motor Manufacturers` + `and Traders`
            let and_follows = toks.get(m.end).is_some_and(|t| t.s == "and");
            let name = if and_follows {
                let mut name = m.name.clone();
                let more = toks[m.end + 1..]
                    .iter()
                    .take(4)
                    .take_while(|t| t.t == T::Word && t.is_cap() && !t.is_possessive());
                for (k, t) in more.enumerate() {
                    name.push_str(if k == 0 { " and " } else { " " });
                    name.push_str(t.s);
                }
                Cow::Owned(name)
            } else {
                Cow::Borrowed(m.name.as_str())
            };
            // (A two-word name with nothing to add is no full name.)
            if spaces(&name) < 2 {
                continue;
            }
            // A name opening with a capital (not `The`) has it for its first initial: most are
            // ruled out by it, before their initials are gathered.
            let b = name.as_bytes();
            if b.first().is_some_and(u8::is_ascii_uppercase)
                && !(b.starts_with(b"The") && b.get(3).is_none_or(|&c| c == b' '))
                && !used.iter().any(|u| u.0.as_bytes()[0] == b[0])
            {
                continue;
            }
            initials(&name, &mut buf);
            // (`Independent Investigation Unit of Manitoba` … `the IIU`: the initials of the
            // name before the place it serves, `of` and one or two words, used in the text; not
            // a stock symbol's, `Chase Manhattan Bank of Canada` … `<CMB>`)
            let is_used = |b: &str| used.iter().any(|u| u.0 == b);
            if !is_used(&buf)
                && let Some((head, place)) = name.rsplit_once(" of ")
                && spaces(head) >= 2
                && spaces(place) <= 1
            {
                initials(head, &mut buf);
                if !used.iter().any(|u| u.0 == buf && !u.2) {
                    continue;
                }
            }
            // (`Société de transport de Montréal (STM)`: a French name's words in lower case
            // have their initials too, its articles and prepositions none)
            if !is_used(&buf) && name.contains(" de ") {
                content_initials(&name, &mut buf);
            }
            // (keyed by the acronym as written: `R.S.F.` for `Rapid Support Forces`)
            if let Some(u) = used.iter().find(|u| u.0 == buf)
                && !out.iter().any(|(a, _)| a == u.1)
            {
                out.push((u.1.to_owned(), super::names::without_the(&name).to_owned()));
            }
        }
    }
    out
}

/// Capitals each followed by a period, three or more (`R.S.F.`, `F.B.I.`; not `U.S.`, a place).
fn is_dotted_capitals(b: &[u8]) -> bool {
    b.len() >= 6
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// The initials of a name's capitalised words (`Society of Motor Manufacturers` → `SMM`),
/// written into `out` in place of what it held.
fn initials(name: &str, out: &mut String) {
    out.clear();
    let b = name.as_bytes();
    // Each word starts the name or follows a space (read in place: no search for the spaces).
    let mut starts_word = true;
    for (i, &c) in b.iter().enumerate() {
        if starts_word {
            // (an ASCII letter is told by its byte; another is decoded)
            if c.is_ascii_uppercase() {
                let the = c == b'T'
                    && b[i..].starts_with(b"The")
                    && b.get(i + 3).is_none_or(|&c| c == b' ');
                if !the {
                    out.push(char::from(c));
                }
            } else if !c.is_ascii()
                && let Some(c) = name[i..].chars().next()
                && c.is_uppercase()
            {
                out.push(c);
            }
        }
        starts_word = c == b' ';
    }
}

/// The initials of a name's words bar French articles and prepositions, upper-cased, an elided
/// article's word by its own first letter (`Société de transport de Montréal` → `STM`,
/// `Commission d’accès à l’information` → `CAI`), written into `out` in place of what it held.
fn content_initials(name: &str, out: &mut String) {
    out.clear();
    for w in name.split(' ') {
        let elided = ["d’", "d'", "l’", "l'"]
            .iter()
            .find_map(|p| w.strip_prefix(p).filter(|rest| !rest.is_empty()));
        let word = match elided {
            Some(rest) => rest,
            None if super::names::is_french_joiner(w) => continue,
            None => w,
        };
        if let Some(c) = word.chars().next() {
            out.extend(c.to_uppercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{content_initials, initials};

    /// The acronyms defined or used in `paras`, as the extractor finds them.
    fn acronyms_of(paras: &[&str]) -> Vec<(String, String)> {
        use super::super::names::{Vocab, mentions};
        use super::super::people::FirstNames;
        use super::super::places::Gazetteer;
        use super::super::tokens::{sentences, tokenize};
        let (gaz, first_names) = (Gazetteer::bundled(), FirstNames::load());
        let toks: Vec<_> = paras.iter().map(|p| tokenize(p, false)).collect();
        let ms: Vec<_> = toks
            .iter()
            .map(|t| {
                let starts: Vec<usize> = sentences(t).iter().map(|r| r.start).collect();
                mentions(t, &starts, gaz, &first_names, &Vocab::of(t))
            })
            .collect();
        super::defined_acronyms(toks.iter().zip(&ms).map(|(t, m)| (&t[..], &m[..])))
    }

    #[test]
    fn initials_before_the_place_a_body_serves_stand_for_it_where_used_in_the_text() {
        let full = "Independent Review Office of Manitoba";
        let got = acronyms_of(&[
            "The Independent Review Office of Manitoba said so.",
            "The IRO said so.",
        ]);
        assert_eq!(got, vec![("IRO".to_owned(), full.to_owned())]);
        // (a stock symbol in angle brackets is no use of it)
        let got = acronyms_of(&[
            "The Independent Review Office of Manitoba said so.",
            "Shares of Alder Corp <IRO> rose.",
        ]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn initials_skip_a_leading_the_and_lower_case_words() {
        let mut out = String::new();
        for (name, want) in [
            ("Society of Motor Manufacturers and Traders", "SMMT"),
            ("The Parliamentary Budget Officer", "PBO"),
            ("Theatre Royal", "TR"),
            ("Agence France-Presse", "AF"),
            ("Électricité de France", "ÉF"),
            ("", ""),
        ] {
            initials(name, &mut out);
            assert_eq!(out, want, "{name}");
        }
        // (a French name's words in lower case count, its articles and prepositions do not)
        content_initials("Société de transport de Montréal", &mut out);
        assert_eq!(out, "STM");
        content_initials(
            "Commission de la santé et de la sécurité du travail",
            &mut out,
        );
        assert_eq!(out, "CSST");
        content_initials("Commission d’accès à l’information", &mut out);
        assert_eq!(out, "CAI");
    }
}
