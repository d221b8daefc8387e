//! Which words keep a period after them: initials, dotted acronyms (`U.S.`) and the known
//! abbreviations (`Mr.`, `Inc.`).

/// Abbreviations that keep their period (`Mr.`, `Inc.`, `Sept.`, `Ont.`).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Jr", "Sr", "St", "Ste", "Sen", "Rep", "Gov", "Gen", "Lt",
    "Col", "Capt", "Sgt", "Maj", "Adm", "Cmdr", "Prof", "Rev", "Supt", "Insp", "Const", "Cpl",
    "Det", "Coun", "Amb", "Atty", "Pte", "Inc", "Corp", "Co", "Ltd", "Bros", "No", "Nos", "vs",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt",
    "Ft", "Ave", "Blvd", "Rd", "Dept", "Univ", "Ont", "Que", "Sask", "Alta", "Nfld", "Calif",
    "Mass", "Fla", "Ill", "Tex", "Pa", "Wash", "Ariz", "Colo", "Conn", "Mich", "Minn", "Ore", "Va",
    "Wis", "Ky", "Tenn", "Okla", "Ga", "La", "Md", "Mo", "Miss", "Ala", "Ark", "Kan", "Neb", "Nev",
    "Del", "Vt", "Man", "approx", "est", "etc", "Hon", "Msgr", "Fr", "Brig", "Pvt",
];

/// `U.S` so far (letters separated by periods): the next `.x` continues it.
pub(super) fn is_dotted(s: &str) -> bool {
    s.split('.').all(|p| p.chars().count() == 1)
}

/// True when a word before a period keeps it: an initial, a dotted acronym or one of the
/// [`ABBREVIATIONS`].
pub(super) fn keeps_period(w: &str) -> bool {
    // Most words before a period are lower-case ones ending a sentence: of the abbreviations
    // only four are lower case (a lone letter or `e.g` is settled below).
    let b = w.as_bytes();
    // (a loop: `contains` calls `memchr`, a long way round for a word's few bytes)
    #[allow(clippy::manual_contains)]
    let dotted = b.iter().any(|&c| c == b'.');
    if b.len() > 1 && b[0].is_ascii_lowercase() && !dotted {
        return matches!(w, "vs" | "approx" | "est" | "etc");
    }
    // An initial (one letter), a dotted acronym, or a listed abbreviation (all ASCII, without
    // a period, six letters at most), each told by its bytes before any is counted or hashed.
    if dotted {
        return is_dotted(w);
    }
    if !w.is_ascii() {
        let mut chars = w.chars();
        return chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
    }
    match b.len() {
        1 => b[0].is_ascii_alphabetic(),
        // (most words here are names and numbers ending a sentence: their first letter and
        // length rule them out unhashed)
        n @ 2..=6 => {
            b[0].is_ascii_uppercase()
                && ABBREVIATION_SHAPES[usize::from(b[0] - b'A')] & 1 << n != 0
                && is_abbreviation(w)
        }
        _ => false,
    }
}

/// [`keeps_period`] of a word of ASCII letters and digits only (the tokenizer's fast path): no
/// dotted acronym, so an initial or a listed abbreviation.
#[inline]
pub(super) fn keeps_period_alnum(w: &str) -> bool {
    let b = w.as_bytes();
    match b {
        [c] => c.is_ascii_alphabetic(),
        // Most words before a period are lower-case ones or numbers ending a sentence.
        [c, ..] if c.is_ascii_lowercase() => matches!(w, "vs" | "approx" | "est" | "etc"),
        [c, ..]
            if b.len() <= 6
                && c.is_ascii_uppercase()
                && ABBREVIATION_SHAPES[usize::from(c - b'A')] & 1 << b.len() != 0 =>
        {
            is_abbreviation(w)
        }
        _ => false,
    }
}

/// One of the [`ABBREVIATIONS`] (asked of the few words their shapes let through).
fn is_abbreviation(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| ABBREVIATIONS.iter().copied().collect())
        .contains(w)
}

/// For each capital letter, a bit for each length of the [`ABBREVIATIONS`] opening with it.
static ABBREVIATION_SHAPES: [u8; 26] = {
    let mut t = [0u8; 26];
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        let a = ABBREVIATIONS[k].as_bytes();
        if a[0].is_ascii_uppercase() {
            t[(a[0] - b'A') as usize] |= 1 << a.len();
        }
        k += 1;
    }
    t
};
