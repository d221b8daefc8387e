//! The search for words that may cue reported speech: the one pass of the attribution over
//! every word of the article's prose, kept tight.

use crate::lexicon::Verbs;

use super::super::tokens::Tok;

/// A word that may be a cue: a reporting verb's form or one of the other cues (`according`,
/// `words`), its verbs' filter lets through. Reporting verbs are lower case, bar a sentence's
/// `first` word (`According to …`); each has three letters or more, and under 32 bytes (nor
/// does a longer word lower to one): most short words are settled by the length the token
/// holds, before their text is read, and the filter need not cap the length it keys on.
#[inline]
pub(super) fn may_cue(t: &Tok<'_>, first: bool, verbs: &Verbs) -> bool {
    (3..32).contains(&t.s.len())
        && !t.quoted
        && (first || t.s.as_bytes()[0].is_ascii_lowercase())
        && verbs.may_hold_any_case(t.s)
}

/// How many tokens of `toks` come before the first that is a quotation mark or a word that
/// [`may_cue`] (not opening its sentence): all of them when there is none. The tokenizer
/// settled which tokens those are ([`Tok::is_stop`]): a tight loop over most of the article's
/// words reads one byte of each, four tokens a step (most steps hold no stop, settled by one
/// branch). Kept out of line.
#[inline(never)]
pub(super) fn next_stop(toks: &[Tok<'_>]) -> usize {
    let mut k = 0;
    for c in toks.as_chunks::<4>().0 {
        if c[0].is_stop() | c[1].is_stop() | c[2].is_stop() | c[3].is_stop() {
            break;
        }
        k += 4;
    }
    k + toks[k..]
        .iter()
        .position(Tok::is_stop)
        .unwrap_or(toks.len() - k)
}

/// True when word `b` holds an ASCII capital or a non-ASCII byte: bytes that lowering may
/// change. Read a machine word at a time rather than byte by byte (most words asked are lower
/// case throughout).
pub(super) fn may_lower(b: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Of ASCII bytes, adding 0x3f sets the high bit of those from `A` (0x41) on, adding 0x25
    // that of those past `Z` (0x5a); no byte carries into the next.
    let changes = |x: u64| {
        x & HIGH != 0
            || x.wrapping_add(0x3f3f_3f3f_3f3f_3f3f) & !x.wrapping_add(0x2525_2525_2525_2525) & HIGH
                != 0
    };
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().expect("eight bytes"));
    let half = |c: &[u8]| u64::from(u32::from_le_bytes(c.try_into().expect("four bytes")));
    // (the last eight or four bytes overlap the ones before: every byte is read)
    match b.len() {
        n @ 8.. => {
            b.as_chunks::<8>()
                .0
                .iter()
                .any(|c| changes(u64::from_le_bytes(*c)))
                || changes(word(&b[n - 8..]))
        }
        n @ 4..8 => changes(half(&b[..4]) | half(&b[n - 4..]) << 32),
        _ => b.iter().any(|&c| c.is_ascii_uppercase() || c >= 0x80),
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tokens::{T, tokenize};
    use super::{may_cue, may_lower, next_stop};

    #[test]
    fn the_search_for_cues_stops_at_quotation_marks_and_words_that_may_cue() {
        let verbs = crate::lexicon::reporting_verbs();
        let text = "He said, “we told them” and Added: \"it warned, says, adds…\" Told, \
                    according to people (“claimed”) who noted ‘saying’ stated-as said. Says \
                    it, said’s tells 12 reports, an abcdefghijklmnopqrstuvwxyzabcdefgh said.";
        for continues in [false, true] {
            let toks = tokenize(text, continues);
            for k in 0..=toks.len() {
                let stop = toks[k..]
                    .iter()
                    .position(|t| match t.t {
                        T::Word => may_cue(t, false, verbs),
                        T::Punct => false,
                        T::Open | T::Close => true,
                    })
                    .unwrap_or(toks.len() - k);
                assert_eq!(next_stop(&toks[k..]), stop, "{k}");
            }
            let first = if continues { "“" } else { "said" };
            assert_eq!(toks[next_stop(&toks)].s, first);
        }
    }

    #[test]
    fn a_word_may_lower_when_it_holds_a_capital_or_a_non_ascii_byte() {
        for w in [
            "",
            "a",
            "ab",
            "say",
            "said",
            "added",
            "according",
            "acknowledging",
            "well-known",
            "1990s",
            "[at]",
            "z{@`",
        ] {
            assert!(!may_lower(w.as_bytes()), "{w}");
        }
        for w in [
            "A",
            "sAy",
            "saiD",
            "Added",
            "addeD",
            "accordinG",
            "acknowledgiNg",
            "café",
            "naïve",
            "Zebra",
            "x\u{212a}",
        ] {
            assert!(may_lower(w.as_bytes()), "{w}");
        }
        // Every byte is read, whatever the length.
        for n in 1..20 {
            for k in 0..n {
                let mut w = vec![b'a'; n];
                w[k] = b'Q';
                assert!(may_lower(&w), "{n} {k}");
                w[k] = 0xc3;
                assert!(may_lower(&w), "{n} {k}");
                w[k] = b'@';
                assert!(!may_lower(&w), "{n} {k}");
                w[k] = b'[';
                assert!(!may_lower(&w), "{n} {k}");
            }
        }
    }
}
