//! Which words may be part of a name run: capitalised words bar a few (`I`, `OK`, months,
//! contractions, describing compounds), and lower-case ones only as `al-Assad`, `d’Estaing`.

use crate::lexicon;

use super::super::tokens::{T, Tok};
use super::bytes::{APOSTROPHE, BYTE_CLASS, DIGIT, HYPHEN};
use super::word_kinds::{is_contraction, is_describing_compound};

/// Can this token be part of a name run?
#[inline(always)]
pub(super) fn is_name_tok(t: &Tok<'_>) -> bool {
    // The tokenizer's plain words (most words) are settled by their case and letters alone.
    if t.is_plain() {
        return t.is_cap() && is_plain_name_word(t.s);
    }
    if t.t != T::Word {
        return false;
    }
    // Most other words are plain lower-case ASCII: settle them from their bytes, without a call.
    let b = t.s.as_bytes();
    if b[0].is_ascii_lowercase() && b.get(2) != Some(&b'-') {
        // (`d’Entremont`, `d'Alembert`: a surname after an elided particle)
        return b[0] == b'd' && elided_surname(t.s);
    }
    is_name_word(t.s)
}

/// A word of an elided `d’` or `d'` and a capitalised surname (`d’Entremont`).
#[inline(never)]
fn elided_surname(s: &str) -> bool {
    ["d’", "d'"].iter().any(|p| {
        s.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

/// [`is_name_tok`] of a capitalised word of ASCII letters and digits only: no contraction and
/// no compound, so a name word unless it holds a digit or is `I`, `OK` or a calendar word.
#[inline(never)]
fn is_plain_name_word(s: &str) -> bool {
    no_digit(s) && !matches!(s, "I" | "OK") && !lexicon::is_calendar_word(s)
}

/// No byte of a word of ASCII letters and digits is a digit: of them, only a digit has bit 6
/// clear. (Read as [`lanes`], not byte by byte.)
#[inline]
fn no_digit(s: &str) -> bool {
    const BIT6: u64 = 0x4040_4040_4040_4040;
    match lanes(s.as_bytes()) {
        Some((lo, hi)) => !(lo & hi) & BIT6 == 0,
        None => s.bytes().all(|c| c & 0x40 != 0),
    }
}

/// True when some byte of `s` (any word) is an ASCII digit. (Read as [`lanes`], not byte by
/// byte: a digit is a byte below 10 once its bits are flipped by `0x30`.)
#[inline]
pub(super) fn has_digit(s: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Some byte of `x` is below 10: an exact test of whether any is (a borrow from one byte
    // into the next only follows a byte that is).
    let below_ten = |x: u64| x.wrapping_sub(ONES * 10) & !x & (ONES * 0x80) != 0;
    match lanes(s.as_bytes()) {
        Some((lo, hi)) => below_ten(lo ^ (ONES * 0x30)) || below_ten(hi ^ (ONES * 0x30)),
        None => s.bytes().any(|c| c.is_ascii_digit()),
    }
}

/// The bytes of a word of 1 to 16 bytes as two lanes of eight that hold every byte between
/// them, repeated where they overlap (most words, read at once); `None` for other lengths.
#[inline]
fn lanes(b: &[u8]) -> Option<(u64, u64)> {
    let n = b.len();
    let lane = |b: &[u8]| <[u8; 8]>::try_from(b).map_or(0, u64::from_le_bytes);
    let half = |b: &[u8]| <[u8; 4]>::try_from(b).map_or(0, u32::from_le_bytes);
    match n {
        8..=16 => Some((lane(&b[..8]), lane(&b[n - 8..]))),
        4..=7 => {
            let x = u64::from(half(&b[..4])) | u64::from(half(&b[n - 4..])) << 32;
            Some((x, x))
        }
        1..=3 => {
            let x = u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16;
            let x = x | x << 24 | x << 48;
            Some((x, x))
        }
        _ => None,
    }
}

/// [`is_name_tok`] of a word that is not plain lower-case (out of line: the test of plain words
/// stays small where it is inlined).
#[inline(never)]
fn is_name_word(s: &str) -> bool {
    let b = s.as_bytes();
    if b[0].is_ascii_lowercase() {
        // (`al-Assad`, `el-Sisi`; not `ex-Wallaby`, `co-Founder`: English prefixes describe.)
        return b.len() > 3
            && b[2] == b'-'
            && b[3].is_ascii_uppercase()
            && !matches!(&b[..2], b"ex" | b"co" | b"re")
            && !b.iter().any(u8::is_ascii_digit);
    }
    // A word opening on an ASCII capital is settled by what its bytes hold, without decoding:
    // one without an apostrophe is no contraction (`I’m`), one without a hyphen no describing
    // compound.
    if b[0].is_ascii_uppercase() {
        let class = b.iter().fold(0, |acc, &c| acc | BYTE_CLASS[usize::from(c)]);
        let apostrophe = class & APOSTROPHE != 0;
        return !(class & DIGIT != 0
            || matches!(s, "I" | "OK")
            || (apostrophe && is_contraction(s))
            || lexicon::is_calendar(s)
            || (class & HYPHEN != 0 && is_describing_compound(s)));
    }
    is_other_name_word(s)
}

/// [`is_name_word`] of a word that opens on neither an ASCII lower-case letter nor an ASCII
/// capital (out of line: the common words' test keeps a small frame).
#[inline(never)]
fn is_other_name_word(s: &str) -> bool {
    let b = s.as_bytes();
    let first = s.chars().next().unwrap_or(' ');
    // Other lower-case words are names only as `d’Estaing`: an article and a capital.
    let article = first.is_lowercase()
        && b[..b.len().min(5)]
            .iter()
            .any(|&c| matches!(c, b'-' | b'\'' | 0xE2));
    if !first.is_uppercase() && !article {
        return false;
    }
    if is_contraction(s) || s.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if first.is_uppercase() {
        return !lexicon::is_calendar(s)
            && !is_describing_compound(s)
            && !matches!(
                s,
                "I" | "I’m" | "I'm" | "I’ve" | "I've" | "I’d" | "I'd" | "I’ll" | "I'll" | "OK"
            );
    }
    // `al-Assad`, `bin` handled by the caller; `de-Gaulle` style with a capital after a hyphen.
    s.split(['-', '’', '\''])
        .skip(1)
        .any(|p| p.chars().next().is_some_and(char::is_uppercase))
}

/// A lower-case word that may sit inside a person's name (`van`, `de`, `bin`): a run holding
/// one is a person's name, not a feature's that ends in a surname-like word (`Jeroen van Dam`).
/// (Most words are ruled out by their first letter and length, inlined, before the `match`.)
#[inline]
pub(crate) fn is_particle(w: &str) -> bool {
    let b = w.as_bytes();
    b.first()
        .is_some_and(|&c| PARTICLE_LENGTHS[usize::from(c & 31)] & 1 << b.len().min(7) != 0)
        && is_particle_word(w)
}

/// A bit per length (below seven) of the particles opening with each letter, by the low five
/// bits of their first byte: `d` has `de`, `den`, `della`.
const PARTICLE_LENGTHS: [u8; 32] = {
    let mut t = [0u8; 32];
    t[(b'a' & 31) as usize] = 1 << 2; // al, ap, ag
    t[(b'b' & 31) as usize] = 1 << 3 | 1 << 4; // bin, ben, bint
    t[(b'd' & 31) as usize] = 1 << 2 | 1 << 3 | 1 << 4 | 1 << 5; // de, der, dela, della
    t[(b'e' & 31) as usize] = 1 << 2; // el
    t[(b'i' & 31) as usize] = 1 << 3; // ibn
    t[(b'l' & 31) as usize] = 1 << 2 | 1 << 3; // la, le, lo, los, las
    t[(b'o' & 31) as usize] = 1 << 4; // ould
    t[(b't' & 31) as usize] = 1 << 3; // ter, ten
    t[(b'v' & 31) as usize] = 1 << 3; // van, von
    t[(b'y' & 31) as usize] = 1 << 1; // y
    t
};

/// [`is_particle`] of a word its first letter leaves in.
pub(super) fn is_particle_word(w: &str) -> bool {
    matches!(
        w,
        "van"
            | "von"
            | "de"
            | "der"
            | "den"
            | "da"
            | "del"
            | "della"
            | "dela"
            | "delos"
            | "di"
            | "du"
            | "la"
            | "le"
            | "lo"
            // (Spanish, after `de`: `María de los Ángeles`, `Bartolomé de las Casas`)
            | "los"
            | "las"
            | "bin"
            | "ibn"
            | "al"
            // (Welsh: `Rhodri ap Iorwerth`)
            | "ap"
            // (Mauritanian, Tuareg and Arabic `son of`, `daughter of`: `Sidi Mahmoud ould
            // Ebbeidi`, `Ibrahim ag Illiyas`)
            | "ould"
            | "ag"
            | "ben"
            | "bint"
            | "el"
            | "dos"
            | "das"
            | "ter"
            | "ten"
            | "y"
    )
}

/// Words that may join two runs into one organisation name (`Bank of Canada`).
#[inline(always)]
pub(super) fn is_org_joiner(w: &str) -> bool {
    // Asked of every word of a name: most are ruled out by their first letter, inlined.
    matches!(
        w.as_bytes().first(),
        Some(b'o' | b'f' | b'a' | b'&' | b'd' | b't')
    ) && is_org_joiner_word(w)
}

/// [`is_org_joiner`] of a word its first letter leaves in.
fn is_org_joiner_word(w: &str) -> bool {
    matches!(
        w,
        "of" | "for" | "and" | "on" | "&" | "de" | "du" | "des" | "the"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_are_settled_as_the_general_test_settles_them() {
        for w in [
            "Kerry", "I", "OK", "Monday", "May", "G7", "A380", "Ok", "IBM", "Sept", "Xi",
        ] {
            assert_eq!(is_plain_name_word(w), is_name_word(w), "{w}");
        }
    }

    #[test]
    fn any_word_holds_a_digit_as_its_bytes_say() {
        for w in [
            "",
            "7",
            "A",
            "Ab7",
            "Zürich",
            "C-74",
            "A380",
            "O’Brien",
            "/:;",
            "Abcdefghijklmnop",
            "Abcdefghijklmnop9",
            "Boeing 737",
            "0",
            "9",
            "Éé",
            "@[`{",
        ] {
            assert_eq!(has_digit(w), w.bytes().any(|c| c.is_ascii_digit()), "{w}");
        }
        for n in 1..=20 {
            for i in 0..n {
                for d in [b'0', b'9', b'/', b':', 0xFF] {
                    let mut b = vec![b'k'; n];
                    b[i] = d;
                    let w = String::from_utf8_lossy(&b);
                    assert_eq!(has_digit(&w), d.is_ascii_digit(), "{w}");
                }
            }
        }
    }

    #[test]
    fn a_digit_is_found_wherever_it_is() {
        for w in [
            "",
            "A",
            "Ab",
            "Abc",
            "Abcd",
            "Abcdefg",
            "Abcdefgh",
            "Abcdefghijklmnop",
            "Abcdefghijklmnopq",
        ] {
            assert!(no_digit(w), "{w}");
            for i in 0..w.len() {
                let mut d = w.to_owned();
                d.replace_range(i..=i, "7");
                assert!(!no_digit(&d), "{d}");
            }
        }
    }
}
