//! Word lists of English news prose shared by the split and extract stages: reporting verbs in all
//! their inflections, pronouns, honorifics and calendar words.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

mod case;
mod shapes;
pub use case::{lower, lower_in, with_lower};
pub(crate) use shapes::{ShapeFilter, WordSet};

/// Reporting verbs: base form, then irregular past and participle forms when they have them.
/// Regular inflections (`-s`, `-ed`, `-ing`) are generated.
const REPORTING_VERBS: &[&[&str]] = &[
    &["say", "said"],
    &["tell", "told"],
    &["write", "wrote", "written"],
    &["forecast", "forecast"],
    &["add"],
    &["express"],
    &["call"],
    &["note"],
    &["explain"],
    &["argue"],
    &["claim"],
    &["warn"],
    &["insist"],
    &["confirm"],
    &["deny"],
    &["announce"],
    &["acknowledge"],
    &["admit"],
    &["agree"],
    &["ask"],
    &["assert"],
    &["believe"],
    &["complain"],
    &["concede"],
    &["conclude"],
    &["contend"],
    &["declare"],
    &["describe"],
    &["estimate"],
    &["hope"],
    &["maintain"],
    &["mention"],
    &["observe"],
    &["predict"],
    &["promise"],
    &["recall"],
    &["reply"],
    &["report"],
    &["respond"],
    &["state"],
    &["stress"],
    &["dismiss"],
    &["suggest"],
    &["testify"],
    &["tweet"],
    &["post"],
    &["urge"],
    &["hint"],
    &["accuse"],
    &["read", "read"],
    &["allege"],
    &["answer"],
    &["boast"],
    &["caution"],
    &["comment"],
    &["counter"],
    &["cry"],
    &["disclose"],
    &["emphasize"],
    &["emphasise"],
    &["exclaim"],
    &["implore"],
    &["indicate"],
    &["inform"],
    &["joke"],
    &["lament"],
    &["muse"],
    &["plead"],
    &["point"],
    // (only with `back`: `shot back that …`, `fired back`; not `hit back`, a side's goal as
    // often)
    &["shoot", "shot"],
    &["fire"],
    &["pledge"],
    &["proclaim"],
    &["quip"],
    &["reason"],
    &["recount"],
    &["reiterate"],
    &["remark"],
    &["remind"],
    &["repeat"],
    &["retort"],
    &["reveal"],
    &["scoff"],
    &["shout"],
    &["signal"],
    &["snap"],
    &["speculate"],
    &["stipulate"],
    &["summarize"],
    &["underline"],
    &["underscore"],
    &["vow"],
    &["demand"],
    &["advise"],
    &["acknowledge"],
    &["affirm"],
    &["blast"],
    &["criticize"],
    &["criticise"],
    &["elaborate"],
    &["highlight"],
    &["object"],
    &["propose"],
    &["question"],
    &["recommend"],
    &["reckon"],
    &["rule"],
    &["suspect"],
    &["threaten"],
    &["worry"],
    &["yell"],
    &["murmur"],
    &["whisper"],
    &["grumble"],
    &["concur"],
    &["assure"],
    &["contradict"],
    &["dispute"],
    &["mourn"],
    &["brag"],
    &["gush"],
    &["insinuate"],
    &["recollect"],
    &["relate"],
    &["confide"],
    &["confess"],
    &["recognize"],
    &["recognise"],
    &["posit"],
    &["chime"],
    &["interject"],
    &["lament"],
    // (only right after a quotation: `“It’s B.C.,” shrugged X`, `“…,” she laughed`)
    &["shrug"],
    &["laugh"],
    &["sigh"],
    &["chuckle"],
    &["smile"],
    &["grin"],
];

/// Words other than verbs that cue reported speech (`according to X`, `in the words of X`):
/// the filters of [`may_be_reporting_verb`] let them through too, so that a scan for every cue
/// asks a word one filter (the forms, and so [`reporting_verb_base`], do not hold them).
pub const OTHER_CUES: &[&str] = &["according", "words"];

/// Verbs whose final consonant doubles before `-ed`/`-ing`.
const DOUBLING: &[&str] = &[
    "admit", "quip", "snap", "concur", "brag", "posit", "commit", "regret", "refer", "rebut",
    "signal", "shrug", "grin",
];

/// Personal pronouns (lower case).
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Grammatical gender carried by a word (honorific or pronoun).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// he, Mr., Sir …
    Male,
    /// she, Mrs., Ms. …
    Female,
}

/// Honorifics and titles that may stand before a name, with the gender they imply if any.
/// Periods are stripped before lookup (`Mr.` → `Mr`).
pub const HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("Mr", Some(Gender::Male)),
    ("Mrs", Some(Gender::Female)),
    ("Ms", Some(Gender::Female)),
    ("Miss", Some(Gender::Female)),
    ("Mx", None),
    ("Dr", None),
    ("Prof", None),
    ("Professor", None),
    ("Sir", Some(Gender::Male)),
    ("Dame", Some(Gender::Female)),
    ("Lord", Some(Gender::Male)),
    ("Lady", Some(Gender::Female)),
    ("Rev", None),
    ("Reverend", None),
    ("Father", Some(Gender::Male)),
    ("Sister", Some(Gender::Female)),
    ("Sen", None),
    ("Senator", None),
    ("Rep", None),
    ("Representative", None),
    ("Gov", None),
    ("Governor", None),
    ("Gen", None),
    ("General", None),
    ("Lt", None),
    ("Col", None),
    ("Capt", None),
    ("Captain", None),
    ("Sgt", None),
    ("Sergeant", None),
    ("Maj", None),
    ("Brig", None),
    ("Brigadier", None),
    ("Pvt", None),
    ("Adm", None),
    ("Cmdr", None),
    ("Supt", None),
    ("Insp", None),
    ("Const", None),
    ("Cpl", None),
    ("Pte", None),
    ("President", None),
    ("Vice-President", None),
    ("Premier", None),
    ("Mayor", None),
    ("Deputy", None),
    ("Secretary", None),
    ("Minister", None),
    ("Chancellor", None),
    ("Judge", None),
    ("Justice", None),
    ("Chief", None),
    ("Ambassador", None),
    ("Amb", None),
    ("Pope", Some(Gender::Male)),
    ("King", Some(Gender::Male)),
    ("Queen", Some(Gender::Female)),
    ("Prince", Some(Gender::Male)),
    ("Princess", Some(Gender::Female)),
    ("Councillor", None),
    ("Councilor", None),
    ("Coun", None),
    // (British and Australian councillors: `Cllr Ada Lund`, `Cr Kirkpatrick`)
    ("Cllr", None),
    ("Cr", None),
    ("Coroner", None),
    ("Coach", None),
    ("Detective", None),
    ("Det", None),
    ("Constable", None),
    ("Officer", None),
    ("Pastor", None),
    ("Bishop", None),
    ("Archbishop", None),
    ("Rabbi", None),
    ("Imam", None),
    ("Sheikh", None),
    ("Dean", None),
    ("Commissioner", None),
    ("Superintendent", None),
    ("Inspector", None),
    ("Trustee", None),
    ("MP", None),
    ("MEP", None),
    ("MSP", None),
    ("MPP", None),
    ("MLA", None),
    ("MNA", None),
    ("MHA", None),
    ("Hon", None),
    ("Attorney", None),
    ("Speaker", None),
];

/// Calendar words that are capitalised but never names.
pub const CALENDAR: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Christmas",
    "Easter",
    "Thanksgiving",
    "Hanukkah",
    "Ramadan",
    "Eid",
    "Diwali",
    "Halloween",
    "Passover",
    "Lent",
    "Day",
    "Eve",
    "Boxing",
    "Valentine’s",
    "Valentine's",
];

/// A form of a reporting verb: its base, and the base's place among the verbs (a key for
/// tables built over [`reporting_verb_bases`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Verb {
    pub base: &'static str,
    pub id: usize,
}

/// The base of every reporting verb, in the order of [`Verb::id`].
pub(crate) fn reporting_verb_bases() -> impl Iterator<Item = &'static str> {
    REPORTING_VERBS.iter().map(|entry| entry[0])
}

/// The forms of the reporting verbs behind their filters (see [`reporting_verbs`]).
pub(crate) struct Verbs {
    forms: HashMap<String, Verb>,
    /// The form of `said`, most verbs of news prose: found without hashing.
    said: Verb,
    /// Rules out most words without hashing them.
    shapes: ShapeFilter,
    /// Rules out most of the rest by their second and second-last bytes: the verbs are many,
    /// and first and last letters alone let an eighth of all words through.
    inner: ShapeFilter,
    /// A bit per length for each pair of first two bytes (ASCII case ignored) that some form
    /// opens with: rules out most of the common words the other filters let through (`people`,
    /// `part`) before they are hashed.
    prefixes: Box<[u32; 1024]>,
}

/// The slot of a word's first two bytes in [`Verbs::prefixes`] (ASCII case ignored).
fn prefix_slot(b: &[u8]) -> usize {
    usize::from(b[0] & 31) << 5 | usize::from(b[1] & 31)
}

/// The reporting verbs, fetched once for a scan of many words (each fetch checks a lock).
pub(crate) fn reporting_verbs() -> &'static Verbs {
    static V: OnceLock<Verbs> = OnceLock::new();
    V.get_or_init(|| {
        let mut forms = HashMap::default();
        for (id, entry) in REPORTING_VERBS.iter().enumerate() {
            let base = entry[0];
            for f in inflect(base)
                .into_iter()
                .chain(entry[1..].iter().map(|s| (*s).to_owned()))
            {
                forms.entry(f).or_insert(Verb { base, id });
            }
        }
        let said = forms["said"];
        let mut shapes = ShapeFilter::new();
        let mut inner = ShapeFilter::new();
        let mut prefixes = Box::new([0u32; 1024]);
        for f in forms.keys() {
            shapes.insert(f);
            inner.insert_inner(f);
            // Every form has three bytes or more.
            prefixes[prefix_slot(f.as_bytes())] |= 1 << f.len().min(31);
        }
        for cue in OTHER_CUES {
            shapes.insert(cue);
            inner.insert_inner(cue);
        }
        Verbs {
            forms,
            said,
            shapes,
            inner,
            prefixes,
        }
    })
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The regular forms of a verb: base, `-s`, `-ed`, `-ing`.
fn inflect(base: &str) -> Vec<String> {
    let b = base.as_bytes();
    let n = b.len();
    let last = b[n - 1];
    let cons_y = last == b'y' && n > 1 && !is_vowel(b[n - 2]);
    let s = if cons_y {
        format!("{}ies", &base[..n - 1])
    } else if base.ends_with(['s', 'x', 'z', 'o']) || base.ends_with("ch") || base.ends_with("sh") {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    let double = DOUBLING.contains(&base);
    let ed = if cons_y {
        format!("{}ied", &base[..n - 1])
    } else if last == b'e' {
        format!("{base}d")
    } else if double {
        format!("{base}{}ed", last as char)
    } else {
        format!("{base}ed")
    };
    let ing = if base.ends_with("ie") {
        format!("{}ying", &base[..n - 2])
    } else if last == b'e' && !base.ends_with("ee") {
        format!("{}ing", &base[..n - 1])
    } else if double {
        format!("{base}{}ing", last as char)
    } else {
        format!("{base}ing")
    };
    vec![base.to_owned(), s, ed, ing]
}

impl Verbs {
    /// [`reporting_verb_base`] with the verbs at hand, for a word that passed
    /// [`Verbs::may_hold_any_case`] (whose filters are not asked again).
    #[inline]
    pub(crate) fn base(&self, word: &str) -> Option<Verb> {
        let b = word.as_bytes();
        // A word no form opens like, at its length, is none (most words the filters of
        // `may_hold_any_case` let through).
        if b.len() < 3 || self.prefixes[prefix_slot(b)] & (1 << b.len().min(31)) == 0 {
            return None;
        }
        self.hashed(word)
    }

    /// The hashed lookup behind [`Verbs::base`], kept out of line: the filters, inlined where
    /// a word is asked, settle most words without a call.
    #[inline(never)]
    fn hashed(&self, word: &str) -> Option<Verb> {
        // Most verbs of news prose are `said`: settled without hashing.
        if word == "said" {
            return Some(self.said);
        }
        self.forms.get(word).copied()
    }

    /// [`Verbs::may_hold_any_case`] of a word of ASCII letters and digits only (the tokenizer's
    /// plain words), whose end bytes need no test for lowering.
    #[inline]
    pub(crate) fn may_hold_ascii(&self, word: &str) -> bool {
        self.shapes
            .may_hold_with_inner(&self.inner, word.as_bytes())
    }

    /// [`may_be_reporting_verb`] with the verbs at hand.
    #[inline]
    pub(crate) fn may_hold_any_case(&self, word: &str) -> bool {
        let b = word.as_bytes();
        match (b.first(), b.last()) {
            // The filter ignores ASCII case; other end bytes may change when lower-cased.
            (Some(&f), Some(&l)) if f < 0x80 && l < 0x80 => {
                self.shapes.may_hold(word)
                    && (b.len() < 3
                        || b[1] >= 0x80
                        || b[b.len() - 2] >= 0x80
                        || self.inner.may_hold_inner(word))
            }
            (Some(_), _) => true,
            _ => false,
        }
    }
}

/// The base form of a reporting verb (`told` → `tell`), for a lower-case word.
pub fn reporting_verb_base(word: &str) -> Option<&'static str> {
    let v = reporting_verbs();
    // (filters settle most words before the hashed lookup)
    if !v.shapes.may_hold(word) || !v.inner.may_hold_inner(word) {
        return None;
    }
    v.base(word).map(|verb| verb.base)
}

/// False when `word`, in any case, cannot be a reporting verb (nor one of [`OTHER_CUES`]): a
/// check on its end and inner bytes and length that settles most words before they are
/// lower-cased and hashed.
pub fn may_be_reporting_verb(word: &str) -> bool {
    reporting_verbs().may_hold_any_case(word)
}

/// True for any inflection of a reporting verb, in any case (`Said`, `told`).
pub fn is_reporting_verb_any_case(word: &str) -> bool {
    may_be_reporting_verb(word) && with_lower(word, is_reporting_verb_form)
}

/// True for any inflection of a reporting verb (lower case).
pub fn is_reporting_verb_form(word: &str) -> bool {
    reporting_verb_base(word).is_some()
}

/// The honorific a word is (`Mr.` → `Mr`), with the gender it implies.
pub fn honorific(word: &str) -> Option<(&'static str, Option<Gender>)> {
    type Honorifics = (ShapeFilter, HashMap<&'static str, Option<Gender>>);
    static MAP: OnceLock<Honorifics> = OnceLock::new();
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let w = without_periods(word);
    let (shapes, map) = MAP.get_or_init(|| {
        let mut shapes = ShapeFilter::new();
        HONORIFICS.iter().for_each(|(h, _)| shapes.insert(h));
        (shapes, HONORIFICS.iter().copied().collect())
    });
    if !shapes.may_hold(w) {
        return None;
    }
    map.get_key_value(w).map(|(h, g)| (*h, *g))
}

/// `word` without the periods closing it (`Sept.` → `Sept`); most words have none.
#[inline]
fn without_periods(word: &str) -> &str {
    if word.ends_with('.') {
        word.trim_end_matches('.')
    } else {
        word
    }
}

/// True for capitalised calendar words (`Monday`, `Sept.`). (Inlined: most words are ruled
/// out by the set's filter without a call.)
#[inline(always)]
pub fn is_calendar(word: &str) -> bool {
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    is_calendar_word(without_periods(word))
}

/// [`is_calendar`] of a word known to open on an ASCII capital and to end in no period (the
/// name finder's plain words: letters and digits only).
#[inline]
pub fn is_calendar_word(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(CALENDAR.iter().copied()))
        .contains(word)
}

/// Lower-case function words that are capitalised only at a sentence start.
pub fn is_function_word(word_lower: &str) -> bool {
    function_words().contains(word_lower)
}

/// [`is_function_word`] of `word` in lower case (`The`, `However`).
pub fn is_function_word_any_case(word: &str) -> bool {
    // (Most words are ruled out by their shape, inlined; the commonest openers left are told
    // at once, the rest packed into a number and looked up without hashing their bytes.)
    let set = function_words();
    set.may_hold_lowered(word)
        && (matches!(word, "The" | "He" | "She" | "It" | "But" | "In") || set.holds_lowered(word))
}

fn function_words() -> &'static WordSet {
    static W: OnceLock<WordSet> = OnceLock::new();
    W.get_or_init(|| WordSet::new(FUNCTION_WORDS.iter().copied()))
}

/// The words of [`is_function_word`].
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "then",
    "so",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "onto",
    "to",
    "with",
    "without",
    "after",
    "before",
    "since",
    "until",
    "while",
    "when",
    "where",
    "why",
    "how",
    "what",
    "who",
    "whom",
    "which",
    "that",
    "this",
    "these",
    "those",
    "there",
    "here",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "not",
    "no",
    "yes",
    "all",
    "some",
    "many",
    "most",
    "both",
    "each",
    "every",
    "any",
    "one",
    "also",
    "still",
    "yet",
    "even",
    "just",
    "only",
    "about",
    "over",
    "under",
    "between",
    "among",
    "against",
    "during",
    "through",
    "per",
    "via",
    "than",
    "because",
    "although",
    "though",
    "despite",
    "instead",
    "meanwhile",
    "however",
    "now",
    "today",
    "last",
    "next",
    "once",
    "like",
    "unlike",
    "asked",
    "according",
    "more",
    "less",
    "few",
    "several",
    // (counts of people or things, never names: `Hundreds of farmers blocked roads, demanding`)
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    // (indefinite pronouns, never names: `Everyone said it was fine`)
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "nobody",
    "such",
    "other",
    "another",
    "whether",
    "either",
    "neither",
    "nor",
    "around",
    "across",
    "behind",
    "beyond",
    "near",
    "outside",
    "inside",
    "within",
    "upon",
    "toward",
    "towards",
    "amid",
    "out",
    "up",
    "down",
    "off",
    "back",
    "away",
    "rather",
    "perhaps",
    "indeed",
    "already",
    "again",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "therefore",
    "thus",
    "otherwise",
    "almost",
    "often",
    "sometimes",
    "never",
    "always",
    "unless",
    "whereas",
    "besides",
    "except",
    // Auxiliaries (`Is Ellison …`); not `May`, `Will`, `Can`, which are names too.
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "having",
    "would",
    "could",
    "should",
    "must",
    "might",
    "shall",
];

#[cfg(test)]
mod tests;
