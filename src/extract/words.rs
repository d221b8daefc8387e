//! Word lists of the extractor, kept as text files under `words/` (one word per line, `#`
//! comments) and loaded once into sets.

use std::sync::OnceLock;

use crate::lexicon::{Gender, ShapeFilter, WordSet};

/// The words of a list's text: its lines, bar blank ones and `#` comments.
fn list(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn parse(text: &'static str) -> WordSet {
    WordSet::new(list(text))
}

macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        // A module of the same name holds the set the functions read.
        mod $name {
            #[inline]
            pub(super) fn set() -> &'static super::WordSet {
                static SET: super::OnceLock<super::WordSet> = super::OnceLock::new();
                SET.get_or_init(|| super::parse(include_str!($file)))
            }
        }
        $(#[$doc])*
        #[inline]
        pub(crate) fn $name(w: &str) -> bool {
            $name::set().contains(w)
        }
    };
    // With a second function that lowers the word first (`Mayor`).
    ($(#[$doc:meta])* $name:ident / $any_case:ident, $file:literal) => {
        word_set!($(#[$doc])* $name, $file);
        #[doc = concat!("[`", stringify!($name), "`] of the word in lower case.")]
        #[inline]
        pub(crate) fn $any_case(w: &str) -> bool {
            $name::set().contains_lowered(w)
        }
    };
}

word_set!(
    /// Title and role words that stand before a name (`Secretary`, `Sgt.`).
    is_role_word,
    "words/roles.txt"
);
word_set!(
    /// Words that make a name an organisation (`Institute`, `Star`).
    is_org_word,
    "words/organisations.txt"
);
word_set!(
    /// Demonyms not derivable from a place name (`British`, `Dutch`).
    is_listed_demonym,
    "words/demonyms.txt"
);
word_set!(
    /// Directions that may precede a place (`Northern`, `Greater`).
    is_direction,
    "words/directions.txt"
);

word_set!(
    /// Words skipped between a subject and its verb (`also`, `has`, `repeatedly`).
    is_between,
    "words/between.txt"
);
word_set!(
    /// Reporting verbs that are also nouns or have other senses (`state`, `report`).
    is_ambiguous_verb,
    "words/ambiguous_verbs.txt"
);
word_set!(
    /// Role nouns that name a person (`mayor`, `professor`, `defenceman`).
    is_person_noun / is_person_noun_any_case,
    "words/person_nouns.txt"
);
word_set!(
    /// Nouns that name an organisation (`company`, `agency`).
    is_org_noun / is_org_noun_any_case,
    "words/org_nouns.txt"
);

word_set!(
    /// Head words of named buildings and natural features (`Hall`, `Arena`, `River`).
    is_feature_word,
    "words/features.txt"
);

/// An auxiliary verb in lower case (`is`, `has`, `will`): a verb, though a function word.
pub(crate) fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "does"
            | "did"
    )
}

/// A word opening a feature's or a street's name (`Lake Louise`, `Mount Logan`, `Fort Bragg`,
/// `Rue Saint-Denis`, `Boulevard René-Lévesque`).
pub(crate) fn is_feature_head(w: &str) -> bool {
    matches!(
        w,
        "Lake"
            | "Mount"
            | "Mt."
            | "Isle"
            | "Cape"
            | "River"
            | "Fort"
            | "County"
            | "Rue"
            | "Boulevard"
            | "Chemin"
            // (a French station: `the Gare du Nord`, `Gare de Lyon`)
            | "Gare"
    )
}

/// A French street's or station's head, or a Spanish or Portuguese feature's, whose name may
/// hold particles (`Rue de Rivoli`, `Gare du Nord`, `Serra da Estrela`) as no other feature's
/// does (`Jeroen van Dam` is a person).
pub(crate) fn opens_name_with_particles(w: &str) -> bool {
    matches!(w, "Rue" | "Gare") || is_iberian_feature_head(w)
}

/// The head of a Spanish or Portuguese mountain range's, peak's, island's, lake's, bay's or
/// cape's name, which a particle follows (`Sierra de Gredos`, `Cerro de Pasco`, `Isla de
/// Margarita`): alone, some are given names or towns (`Sierra`, `Serra`).
fn is_iberian_feature_head(w: &str) -> bool {
    matches!(
        w,
        "Sierra"
            | "Serra"
            | "Cerro"
            | "Isla"
            | "Ilha"
            | "Lago"
            | "Laguna"
            | "Bahía"
            | "Golfo"
            | "Cabo"
    )
}

/// [`is_feature_head`] of `first` opening a name whose next word is `second`: not `River`
/// before a plural (`River Severn`; not `River Oaks`, an estate's or a firm's name); or an
/// Iberian feature's head before a particle (`Serra da Estrela`).
pub(crate) fn opens_feature(first: &str, second: &str) -> bool {
    is_feature_head(first)
        && !(first == "River" && second.ends_with('s') && !second.ends_with("ss"))
        || is_iberian_feature_head(first)
            && matches!(second, "de" | "da" | "do" | "del" | "dos" | "das")
}

/// A word placing a part of a place or the place among others, between a locative
/// preposition and the place's name (`in downtown Mobile`, `in neighbouring Austria`, `in
/// northern Chile`).
pub(crate) fn is_placing_word(w: &str) -> bool {
    matches!(
        w,
        "downtown"
            | "uptown"
            | "central"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "rural"
            | "coastal"
            | "suburban"
            | "neighboring"
            | "neighbouring"
            | "nearby"
    )
}

/// A street's word that a direction may follow in its name (`King Street East`, `Yonge
/// Street North`, `Jasper Avenue NW`).
pub(crate) fn is_street_word(w: &str) -> bool {
    matches!(
        w,
        "Street" | "St." | "Avenue" | "Ave." | "Road" | "Rd." | "Boulevard" | "Blvd." | "Drive"
    )
}

/// False when `w` in lower case is no role word, honorific nor person noun in lower case: a
/// single lookup that rules out most words before each list is asked (`Mayor`, `Sgt.`, `Dr`).
pub(crate) fn may_be_role_any_case(w: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        let lowered = list(include_str!("words/roles.txt"))
            .chain(crate::lexicon::HONORIFICS.iter().map(|(h, _)| *h))
            .map(|w| crate::lexicon::lower(w).into_owned());
        // Built once: the lowered words live as long as the set.
        let lowered: Vec<&'static str> = lowered.map(|w| &*Box::leak(w.into_boxed_str())).collect();
        WordSet::new(
            lowered
                .into_iter()
                .chain(list(include_str!("words/person_nouns.txt"))),
        )
    })
    .contains_lowered(w)
}

/// False when `w` is no honorific ([`crate::lexicon::honorific`]) by its shape: the filter it
/// asks first, inlined where most words asked are ruled out.
#[inline]
pub(crate) fn may_be_honorific(w: &str) -> bool {
    static SHAPES: OnceLock<ShapeFilter> = OnceLock::new();
    let shapes = SHAPES.get_or_init(|| {
        let mut shapes = ShapeFilter::new();
        crate::lexicon::HONORIFICS
            .iter()
            .for_each(|(h, _)| shapes.insert(h));
        shapes
    });
    // (`Mr.` is asked as `Mr`.)
    shapes.may_hold(if w.ends_with('.') {
        w.trim_end_matches('.')
    } else {
        w
    })
}

/// An organisation word that is no feature word (`Police`, `Council`; not `Hall`): it makes a
/// body's name of a run that would otherwise name a building or a feature.
pub(crate) fn names_a_body(w: &str) -> bool {
    is_org_word(w) && !is_feature_word(w)
}

/// A noun a work's title follows (`the film Vera Drake`, `the album Final Straw`); not `show`,
/// `play` or `hit`, verbs as often (`play Cyril Saulnier`).
#[inline]
pub(crate) fn is_work_noun(w: &str) -> bool {
    // (Most words before a name, `the`, `said`, `,`, are ruled out by their length, inlined.)
    (4..=11).contains(&w.len()) && is_work_noun_word(w)
}

/// [`is_work_noun`] of a word its length leaves in.
fn is_work_noun_word(w: &str) -> bool {
    WORK_NOUNS.contains(&w)
}

/// The nouns of [`is_work_noun`], of 4 to 11 bytes each (its length filter; a test checks).
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "album",
    "song",
    "single",
    "novel",
    "musical",
    "sitcom",
    "documentary",
    "drama",
    "series",
    "track",
    "opera",
];

/// The legal form closing a company's name (`Inc`, `Corp.`, `Co`, `Ltd`, `PLC`; in lower case
/// as some styles write it: `plc`, `inc`).
pub(crate) fn is_company_suffix(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    matches!(
        w,
        "Inc"
            | "Corp"
            | "Co"
            | "Cos"
            | "Ltd"
            | "LLC"
            | "PLC"
            | "Plc"
            | "plc"
            | "inc"
            | "corp"
            | "co"
            | "ltd"
            | "Company"
            | "Corporation"
            | "LP"
            | "LLP"
    ) || is_foreign_legal_form(w)
}

/// Another country's legal form closing a company's name (`Hoechst AG`, `Volvo AB`, `Broken
/// Hill Pty`): never part of a place's name after it (`Boliden AB of Sweden`).
pub(crate) fn is_foreign_legal_form(w: &str) -> bool {
    matches!(
        w,
        "AG" | "SA"
            | "NV"
            | "BV"
            | "SpA"
            | "SPA"
            | "GmbH"
            | "AB"
            | "Pty"
            | "Bhd"
            | "Oy"
            | "Oyj"
            | "ASA"
    )
}

/// The gender a role noun in lower case gives whoever holds it (`wife`, `actress`, `father`).
pub(crate) fn role_gender(w: &str) -> Option<Gender> {
    match w {
        "wife" | "mother" | "daughter" | "sister" | "girlfriend" | "actress" | "spokeswoman"
        | "chairwoman" | "congresswoman" | "businesswoman" | "grandmother" | "aunt" | "niece"
        | "queen" | "princess" | "duchess" | "widow" | "granddaughter" | "waitress" => {
            Some(Gender::Female)
        }
        "husband" | "father" | "son" | "brother" | "boyfriend" | "spokesman" | "chairman"
        | "congressman" | "businessman" | "grandfather" | "uncle" | "nephew" | "king"
        | "prince" | "duke" | "widower" | "grandson" => Some(Gender::Male),
        _ => None,
    }
}

/// A word that ends the name of an event (`World Cup`, `Dubai Tennis Championships`): no
/// person's name nor a body's.
pub(crate) fn is_event_word(w: &str) -> bool {
    matches!(
        w,
        "Championships"
            | "Championship"
            | "Cup"
            | "Prix"
            | "Olympics"
            | "Paralympics"
            | "Trophy"
            | "Tournament"
            | "Awards"
    )
}

/// A word shaped like a company's or a brand's, not a person's: a capital inside it after three
/// lower-case letters or more (`TransLink`, `RentCorp`, `PlayStation`; not `McCallum`,
/// `DeSantis`, `MacLeod`, `FitzGerald`), or ending in `corp` (`Bancorp`).
pub(crate) fn is_brand_word(w: &str) -> bool {
    let b = w.as_bytes();
    // (Either shape takes five letters or more.)
    if b.len() < 5 || !b[0].is_ascii_uppercase() {
        return false;
    }
    // Most words are a capital and lower-case letters: told so at once, and settled by their end.
    if all_lower_ascii(&b[1..]) {
        return w.ends_with("corp");
    }
    // The end of the lower-case letters after the capital.
    let k = b[1..]
        .iter()
        .position(|c| !c.is_ascii_lowercase())
        .map_or(b.len(), |p| p + 1);
    if k == b.len() {
        return k > 4 && w.ends_with("corp");
    }
    k >= 4
        && b[k].is_ascii_uppercase()
        && b.get(k + 1).is_some_and(u8::is_ascii_lowercase)
        // (`Mc`, `Mac`, `De`, `Van` are shorter than four letters already)
        && !matches!(&b[..k], b"Fitz" | b"Vander" | b"Della")
}

/// True when `b` is 4 to 16 ASCII lower-case letters, read as two lanes of eight bytes that
/// overlap (a shorter word's bytes repeated); false for other lengths.
fn all_lower_ascii(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let n = b.len();
    let lane = |b: &[u8]| <[u8; 8]>::try_from(b).map_or(0, u64::from_le_bytes);
    let half = |b: &[u8]| <[u8; 4]>::try_from(b).map_or(0, u32::from_le_bytes);
    let (lo, hi) = match n {
        8..=16 => (lane(&b[..8]), lane(&b[n - 8..])),
        4..=7 => {
            let x = u64::from(half(&b[..4])) | u64::from(half(&b[n - 4..])) << 32;
            (x, x)
        }
        _ => return false,
    };
    // A byte is `a` to `z` when it is ASCII, at least `a` (0x61) and below `{` (0x7B): the top
    // bit of each sum (with no carry out of a 7-bit byte) tells.
    let lower = |x: u64| {
        let low7 = x & (ONES * 0x7F);
        (low7 + ONES * 0x1F) & !(low7 + ONES * 0x05) & !x & (ONES * 0x80) == ONES * 0x80
    };
    lower(lo) && lower(hi)
}

/// Words joined by single spaces, in a string allocated once at its final size (what
/// `join(" ")` gives, for less work on the one or two words most names have). An apostrophe
/// stays on the word before it (`Nurses’ Union`).
pub(crate) fn join_words(ws: &[&str]) -> String {
    let [first, rest @ ..] = ws else {
        return String::new();
    };
    if rest.is_empty() {
        return (*first).to_owned();
    }
    let len = ws.iter().map(|w| w.len()).sum::<usize>() + rest.len();
    let mut s = String::with_capacity(len);
    s.push_str(first);
    for w in rest {
        // (no space before a possessive's mark or a comma inside a name: `Immigration,
        // Refugees and Citizenship Canada`)
        if !matches!(*w, "'" | "’" | ",") {
            s.push(' ');
        }
        s.push_str(w);
    }
    s
}

/// Pushes `role` onto `roles`, the first one into room for a few (a list grown from nothing
/// takes a longer way to its first room).
#[inline]
pub(crate) fn push_role(roles: &mut Vec<String>, role: String) {
    if roles.capacity() == 0 {
        *roles = Vec::with_capacity(4);
    }
    roles.push(role);
}

/// Pushes a title as role nouns: abbreviations spelled out (`Prof.` → `professor`; `AG` →
/// `attorney`, `general`, the two role words `Attorney General` gives).
pub(crate) fn push_role_words(w: &str, roles: &mut Vec<String>) {
    let w = w.trim_end_matches('.');
    // (Most titles are ASCII: lowered without the Unicode tables.)
    let w = if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        w.to_lowercase()
    };
    let full = match w.as_str() {
        "prof" => "professor",
        "sen" => "senator",
        "gov" => "governor",
        "gen" => "general",
        "rep" => "representative",
        "dr" => "doctor",
        "sgt" => "sergeant",
        "capt" => "captain",
        "lt" => "lieutenant",
        "col" => "colonel",
        "det" => "detective",
        "insp" => "inspector",
        "supt" => "superintendent",
        "const" => "constable",
        "cpl" => "corporal",
        "amb" => "ambassador",
        "coun" => "councillor",
        "ag" => "attorney general",
        // The lowered word itself, split as a spelled-out title is (it is one word).
        _ if !w.contains(' ') => {
            push_role(roles, w);
            return;
        }
        _ => {
            roles.extend(w.split(' ').map(str::to_owned));
            return;
        }
    };
    roles.extend(full.split(' ').map(str::to_owned));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_work_noun_passes_the_length_filter() {
        for w in WORK_NOUNS {
            assert!(is_work_noun(w), "{w}");
        }
        assert!(!is_work_noun("show"));
    }

    #[test]
    fn brand_words_and_lower_case_letters() {
        for w in ["TransLink", "Bancorp", "PlayStation", "Ameribancorp"] {
            assert!(is_brand_word(w), "{w}");
        }
        for w in [
            "McCallum",
            "Smith",
            "FitzGerald",
            "Fitzgerald",
            "Corp",
            "Zürichcorp",
        ] {
            assert!(!is_brand_word(w), "{w}");
        }
        for n in 4..=16 {
            for i in 0..n {
                for c in [b'a', b'z', b'`', b'{', b'A', b'Z', b'-', 0xE1, 0xFA] {
                    let mut b = vec![b'm'; n];
                    b[i] = c;
                    assert_eq!(all_lower_ascii(&b), c.is_ascii_lowercase(), "{b:?}");
                }
            }
        }
        assert!(!all_lower_ascii(b"abc") && !all_lower_ascii(b"abcdefghijklmnopq"));
    }

    #[test]
    fn the_first_filters_let_every_listed_word_through() {
        // `is_role` asks `may_be_role_any_case` before the role words.
        for w in list(include_str!("words/roles.txt")) {
            assert!(may_be_role_any_case(w), "{w}");
        }
        for (h, _) in crate::lexicon::HONORIFICS {
            for w in [h.to_string(), format!("{h}."), format!("{h}..")] {
                assert!(may_be_honorific(&w), "{w}");
                assert!(crate::lexicon::honorific(&w).is_some(), "{w}");
            }
        }
        assert!(!may_be_honorific("Kerry") && !may_be_honorific(""));
    }

    #[test]
    fn lists_load() {
        assert!(is_role_word("Secretary"));
        assert!(is_org_word("Institute"));
        assert!(is_listed_demonym("British"));
        assert!(is_direction("Northern"));
        assert!(!is_role_word("Kerry"));
    }
}
