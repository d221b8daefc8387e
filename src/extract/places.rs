//! Places: the bundled GeoNames gazetteer (`data/gazetteer.tsv`) matched longest-first on word
//! boundaries, keeping only matches that stand as places in their sentence: not inside a
//! person's or organisation's name (`Washington Institute`, `Toronto Star`, `Jordan Henderson`).

use std::borrow::Cow;
use std::cell::RefCell;

use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::sync::OnceLock;

mod compass;
mod short;
mod sketch;
mod sports;
mod towns;

use super::names::{MKind, Mention, is_particle};
use super::people::People;
use super::tokens::{T, Tok, tokenize};
use super::words;
use crate::lexicon::ShapeFilter;
use compass::{compass_before, compass_region, with_compass};
use short::{ShortKeys, short_key};
use sketch::Sketch;
use sports::{lost_to, names_a_team};
use towns::{
    based_in, council_place, division_of_place, list_opening_at, listed_with_place, named_division,
    port_or_fort_town, settlement_appositive, settlement_of, state_after_town,
    town_after_preposition, town_before_division, town_by_given_name, town_listed_with_place,
    water_or_isle,
};

/// A surface form as the tokenizer splits it, tokens joined by single spaces (borrowed when it
/// already is).
fn normalise(s: &str) -> Cow<'_, str> {
    // Most names are words of letters joined by single spaces: already as the tokenizer splits
    // them (and tokenizing all thirty thousand at start-up showed).
    let plain = !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && s.chars().all(|c| c == ' ' || c.is_alphanumeric());
    if plain {
        return Cow::Borrowed(s);
    }
    let toks = tokenize(s, false);
    let joined: Vec<&str> = toks.iter().map(|t| t.s).collect();
    let owned = joined.join(" ");
    if owned == s {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(owned)
    }
}

/// Suffix rewrites that turn a demonym back into its place (`Syrian` → `Syria`, `Texan` →
/// `Texas`).
const DEMONYM_SUFFIXES: &[(&str, &str)] = &[
    ("n", ""),
    ("ian", "a"),
    ("ian", ""),
    ("ian", "y"),
    ("ian", "e"),
    ("ian", "ia"),
    ("an", "a"),
    ("an", "o"),
    ("an", "any"),
    ("an", "as"),
    ("an", ""),
    ("ese", "a"),
    ("ese", ""),
    ("i", ""),
    ("ean", "e"),
    ("vian", ""),
    ("er", ""),
    ("ite", ""),
];

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceKind {
    Country,
    Region,
    Admin1,
    City,
    /// A smaller place, a place only after a locative preposition (`in Coleraine`).
    Town,
}

#[derive(Debug, Clone)]
struct Entry {
    canonical: &'static str,
    kind: PlaceKind,
}

/// The place names whosaid knows, with their canonical forms.
pub(crate) struct Gazetteer {
    entries: Vec<Entry>,
    /// Every leading run of words of a surface form (`New`, `New York`, `New York City`),
    /// with the entry it names when it is a whole surface form: matching stops as soon as the
    /// words so far lead nowhere.
    prefixes: HashMap<Vec<u8>, Option<usize>>,
    /// The keys of `prefixes` of up to seven bytes, by [`short_key`]: most words looked up
    /// alone are that short.
    short_prefixes: ShortKeys<Option<usize>>,
    /// The first words of all surface forms: most words open none and are ruled out unhashed.
    first_words: Sketch,
    /// The other words of all surface forms: a name goes on only through one of these.
    later_words: Sketch,
    max_words: usize,
    /// Words a demonym suffix rewrite turns into a country, region or province (`Syrian`).
    demonyms: FxHashSet<String>,
    /// Rule out most words `demonyms` does not hold without hashing them (the shapes by the
    /// few last letters of a demonym, the sketch the others).
    demonym_shapes: ShapeFilter,
    demonym_sketch: Sketch,
    /// Towns by surface form (words joined by single spaces). Kept apart from `prefixes`:
    /// many are named like people or things, so only [`town_after_preposition`] asks here.
    towns: HashMap<Vec<u8>, usize>,
}

impl Gazetteer {
    /// The gazetteer compiled into the binary.
    pub fn bundled() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(include_str!("../../data/gazetteer.tsv")))
    }

    fn parse(tsv: &'static str) -> Gazetteer {
        let mut entries = Vec::new();
        let mut prefixes: HashMap<Vec<u8>, Option<usize>> = HashMap::default();
        let mut max_words = 1;
        let mut first_words = Sketch::new();
        let mut later_words = Sketch::new();
        let mut towns = HashMap::default();
        for line in tsv.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').collect();
            let kind = match cols.get(1).copied() {
                Some("country") => PlaceKind::Country,
                Some("region") => PlaceKind::Region,
                Some("admin1") => PlaceKind::Admin1,
                Some("town") => PlaceKind::Town,
                _ => PlaceKind::City,
            };
            let idx = entries.len();
            entries.push(Entry {
                canonical: cols[0],
                kind,
            });
            let aliases = cols.get(4).copied().unwrap_or("");
            let surfaces =
                std::iter::once(cols[0]).chain(aliases.split('|').filter(|a| !a.is_empty()));
            // Both apostrophes: `People's Republic of China`, `People’s Republic of China`.
            let other_mark = |s: &str| match (s.contains('\''), s.contains('’')) {
                (true, _) => Some(s.replace('\'', "’")),
                (_, true) => Some(s.replace('’', "'")),
                _ => None,
            };
            let variants = surfaces.flat_map(|s| {
                let other = other_mark(s).map(|o| normalise(&o).into_owned());
                std::iter::once(normalise(s)).chain(other.map(Cow::Owned))
            });
            for key in variants {
                if kind == PlaceKind::Town {
                    towns.entry(key.as_bytes().to_vec()).or_insert(idx);
                    continue;
                }
                // Keyed as the tokenizer sees it: `Washington, D.C.` → `Washington , D.C.`.
                assert!(key.len() <= MAX_SURFACE, "gazetteer name too long: {key}");
                let words: Vec<&str> = key.split(' ').collect();
                first_words.insert(words[0]);
                for w in &words[1..] {
                    later_words.insert(w);
                }
                for n in 1..words.len() {
                    prefixes
                        .entry(words[..n].join(" ").into_bytes())
                        .or_insert(None);
                }
                let whole = prefixes.entry(key.as_bytes().to_vec()).or_insert(None);
                whole.get_or_insert(idx);
                max_words = max_words.max(words.len());
            }
        }
        // Built once from the large places' names rather than by rewriting every word looked up.
        let mut demonyms = FxHashSet::default();
        let mut demonym_shapes = ShapeFilter::new();
        let mut demonym_sketch = Sketch::new();
        for (surface, e) in &prefixes {
            if !e.is_some_and(|i| !matches!(entries[i].kind, PlaceKind::City | PlaceKind::Town)) {
                continue;
            }
            for (suf, add) in DEMONYM_SUFFIXES {
                if let Some(stem) = surface
                    .strip_suffix(add.as_bytes())
                    .filter(|stem| stem.len() >= 3)
                {
                    // Keys are whole `str`s and an ASCII suffix is cut off: still UTF-8.
                    let Ok(stem) = std::str::from_utf8(stem) else {
                        continue;
                    };
                    let form = format!("{stem}{suf}");
                    demonym_shapes.insert(&form);
                    demonym_sketch.insert(&form);
                    demonyms.insert(form);
                }
            }
        }
        let short: Vec<_> = (prefixes.iter())
            .filter_map(|(k, &e)| Some((short_key(k)?, e)))
            .collect();
        let short_prefixes = ShortKeys::new(&short);
        Gazetteer {
            entries,
            prefixes,
            short_prefixes,
            first_words,
            later_words,
            max_words,
            demonyms,
            demonym_shapes,
            demonym_sketch,
            towns,
        }
    }

    /// The canonical name of the town named by exactly `name`, its words joined by spaces.
    fn town_named(&self, name: &str) -> Option<&'static str> {
        self.towns
            .get(name.as_bytes())
            .map(|&i| self.entries[i].canonical)
    }

    /// The canonical name of the town named by exactly the words of `run`.
    fn town(&self, run: &[Tok<'_>]) -> Option<&'static str> {
        let mut key = Joined::new();
        for (n, t) in run.iter().enumerate() {
            if !key.push(n > 0, t.s) {
                return None;
            }
        }
        self.towns
            .get(key.as_bytes())
            .map(|&i| self.entries[i].canonical)
    }

    /// True for a word that a demonym suffix rewrite turns into a country, region or province
    /// (`Syrian` → `Syria`, `Albertan` → `Alberta`).
    /// Most words are ruled out here, inlined where asked; the others are hashed.
    #[inline]
    /// True for a demonym the gazetteer's forms or the listed demonyms know (`Syrian`,
    /// `Kazakh`): no town's or region's name.
    pub fn is_demonym_word(&self, w: &str) -> bool {
        self.is_demonym_form(w) || words::is_listed_demonym(w)
    }

    pub fn is_demonym_form(&self, w: &str) -> bool {
        self.demonym_shapes.may_hold(w) && self.demonym_sketch.may_hold(w) && self.is_demonym(w)
    }

    /// The hashed lookup behind [`Gazetteer::is_demonym_form`].
    #[inline(never)]
    fn is_demonym(&self, w: &str) -> bool {
        self.demonyms.contains(w)
    }

    /// True when `word` alone names a city or a town (`Hamilton`), not a larger place.
    pub fn is_city(&self, word: &str) -> bool {
        self.entry_named(word)
            .is_some_and(|i| matches!(self.entries[i].kind, PlaceKind::City | PlaceKind::Town))
    }

    /// True when the capitalised words right before token `end` name a country, a region, a
    /// division or a city (not a town: a word elsewhere).
    pub fn city_or_wider_ends_at(&self, toks: &[Tok<'_>], end: usize) -> bool {
        (end.saturating_sub(4)..end).any(|k| {
            self.match_at(&toks[k..end])
                .is_some_and(|(len, i)| k + len == end && self.entries[i].kind != PlaceKind::Town)
        })
    }

    /// True when `words` name a country (`US`, `United Kingdom`).
    pub fn is_country(&self, words: &[&str]) -> bool {
        self.entry_named(&words.join(" "))
            .is_some_and(|i| self.entries[i].kind == PlaceKind::Country)
    }

    /// The longest place name opening `toks`: how many tokens it takes and its entry.
    /// (Inlined at every call: the scan of every capital calls it, and with more callers the
    /// compiler called it out of line there, 40 M instructions more over bbc + reuters.)
    #[inline(always)]
    fn match_at(&self, toks: &[Tok<'_>]) -> Option<(usize, usize)> {
        // Asked at every token: most are settled here, without a call.
        let first = toks.first()?;
        // (the base is asked only when it differs: most words have no possessive)
        if !first.is_cap() {
            return None;
        }
        let opens = self.may_open(first.s);
        if !(opens || first.is_possessive() && self.may_open(first.base())) {
            return None;
        }
        self.longest_from(toks, opens)
    }

    /// The entry of the place the gazetteer matches anywhere on exactly tokens `from..to`
    /// (whole, and no longer: not `Newfoundland` before `and Labrador`).
    fn whole_at(&self, toks: &[Tok<'_>], from: usize, to: usize) -> Option<usize> {
        self.match_at(&toks[from..])
            .filter(|&(n, _)| from + n == to)
            .map(|(_, e)| e)
    }

    /// False when no surface form opens with the word `w` (no false negatives): most words
    /// are ruled out here, without hashing.
    #[inline]
    fn may_open(&self, w: &str) -> bool {
        self.first_words.may_hold(w)
    }

    /// [`Gazetteer::match_at`] for a first word that may open a place name (as itself when
    /// `opens`, [`Gazetteer::may_open`] of it, or as its base).
    fn longest_from(&self, toks: &[Tok<'_>], opens: bool) -> Option<(usize, usize)> {
        let first = toks.first()?;
        let mut best = None;
        // The first word is looked up in place, without copying it to a buffer: most capitals
        // open no name and stop here. (A key longer than any surface form is simply not
        // found, as the buffer would have refused it.)
        let base = first.base();
        if base.len() != first.s.len()
            && self.may_open(base)
            && let Some(Some(e)) = self.prefix(base.as_bytes())
        {
            best = Some((1, e));
        }
        if !opens {
            return best;
        }
        match self.prefix(first.s.as_bytes()) {
            None => return best,
            Some(Some(e)) => best = Some((1, e)),
            Some(None) => {}
        }
        // Most names end at the first word: the next is no word a name goes on through.
        if !toks.get(1).is_some_and(|t| self.may_go_on(t)) {
            return best;
        }
        self.longer_from(toks, best)
    }

    /// The rest of [`Gazetteer::longest_from`], for a name that may go on past its first word
    /// (`best` its match so far). Kept out of line: most names end at the first word, and the
    /// buffer and loop cost those a larger call.
    #[inline(never)]
    fn longer_from(
        &self,
        toks: &[Tok<'_>],
        mut best: Option<(usize, usize)>,
    ) -> Option<(usize, usize)> {
        let mut joined = Joined::new();
        joined.push(false, toks[0].s);
        for (n, t) in toks.iter().take(self.max_words).enumerate().skip(1) {
            // A possessive (`Russia’s`) ends the name, unless the name goes on through it
            // (`People’s Republic of China`).
            let base = t.base();
            if base.len() != t.s.len() && self.later_words.may_hold(base) {
                let mark = joined.len;
                if joined.push(true, base)
                    && let Some(&Some(e)) = self.prefixes.get(joined.as_bytes())
                {
                    best = Some((n + 1, e));
                }
                joined.len = mark;
            }
            if !self.later_words.may_hold(t.s) || !joined.push(true, t.s) {
                break;
            }
            match self.prefixes.get(joined.as_bytes()) {
                None => break,
                Some(Some(e)) => best = Some((n + 1, *e)),
                Some(None) => {}
            }
        }
        best
    }

    /// The entry named by exactly `name` (`Birmingham`, `New York`).
    fn entry_named(&self, name: &str) -> Option<usize> {
        self.prefix(name.as_bytes()).flatten()
    }

    /// `prefixes.get(w)`: a short word by its [`short_key`].
    #[inline]
    fn prefix(&self, w: &[u8]) -> Option<Option<usize>> {
        match short_key(w) {
            Some(k) => self.short_prefixes.get(k),
            None => self.long_prefix(w),
        }
    }

    /// [`Gazetteer::prefix`] of a word too long for a short key (kept out of line: few are).
    #[inline(never)]
    fn long_prefix(&self, w: &[u8]) -> Option<Option<usize>> {
        self.prefixes.get(w).copied()
    }

    /// `place_prefix(&words[j..])`, with `lead` its answer at 0 (the caller asks that once for
    /// several passes over the same run).
    pub fn place_prefix_at(&self, words: &[&str], j: usize, lead: Option<usize>) -> Option<usize> {
        if j == 0 {
            lead
        } else {
            self.place_prefix(&words[j..])
        }
    }

    /// True when token `t` may carry on a name after its first word (as itself or its base).
    #[inline]
    fn may_go_on(&self, t: &Tok<'_>) -> bool {
        self.later_words.may_hold(t.s) || t.is_possessive() && self.later_words.may_hold(t.base())
    }

    /// How many of `words` (from the first) form the longest place name, if any. Most words
    /// open none and are ruled out here, inlined where asked.
    #[inline]
    pub fn place_prefix(&self, words: &[&str]) -> Option<usize> {
        if !words.first().is_some_and(|w| self.may_open(w)) {
            return None;
        }
        self.place_prefix_from(words)
    }

    /// [`Gazetteer::place_prefix`] for a first word that may open a place name.
    fn place_prefix_from(&self, words: &[&str]) -> Option<usize> {
        // The first word in place, as in `longest_from`.
        let mut best = match self.prefix(words[0].as_bytes()) {
            None => return None,
            Some(e) => e.map(|_| 1),
        };
        if !words.get(1).is_some_and(|w| self.later_words.may_hold(w)) {
            return best;
        }
        let mut joined = Joined::new();
        joined.push(false, words[0]);
        for (n, w) in words.iter().take(self.max_words).enumerate().skip(1) {
            if !self.later_words.may_hold(w) || !joined.push(true, w) {
                break;
            }
            match self.prefixes.get(joined.as_bytes()) {
                None => break,
                Some(Some(_)) => best = Some(n + 1),
                Some(None) => {}
            }
        }
        best
    }
}

/// Longest surface form the gazetteer may hold, in bytes (checked when it is parsed).
const MAX_SURFACE: usize = 192;

/// Words joined by single spaces in a buffer on the stack: the gazetteer is asked about a few
/// words at almost every capital, and a heap string for each was a tenth of its cost.
struct Joined {
    buf: [u8; MAX_SURFACE],
    len: usize,
}

impl Joined {
    fn new() -> Self {
        Joined {
            buf: [0; MAX_SURFACE],
            len: 0,
        }
    }

    /// Appends `w` (after a space if `space`); false when the result is longer than any
    /// surface form, so that no prefix can match.
    fn push(&mut self, space: bool, w: &str) -> bool {
        let add = w.len() + usize::from(space);
        if self.len + add > MAX_SURFACE {
            return false;
        }
        if space {
            self.buf[self.len] = b' ';
            self.len += 1;
        }
        self.buf[self.len..self.len + w.len()].copy_from_slice(w.as_bytes());
        self.len += w.len();
        true
    }

    /// The words so far.
    fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// True for a locative preposition in any case (`in`, `In`): a place word after one of these
/// is a place even when someone in the article bears that name (`in Jordan` vs `Jordan said`).
fn is_locative(w: &str) -> bool {
    // Every locative opens with one of these letters: most other words (and all marks) are
    // ruled out unlowered. (Only ASCII letters lower to them.)
    if !w.as_bytes().first().is_some_and(|b| {
        matches!(
            b | 0x20,
            b'i' | b't' | b'f' | b'a' | b'n' | b'o' | b'v' | b'w'
        )
    }) {
        return false;
    }
    let b = w.as_bytes();
    // (the locatives of eight letters or more)
    if b.len() >= 8 {
        return b.eq_ignore_ascii_case(b"visiting") || b.eq_ignore_ascii_case(b"throughout");
    }
    // The others are told as short keys, lowered by setting each byte's 0x20 bit: a byte so
    // set is a lower-case letter only when it was that letter in either case, and every
    // locative is of lower-case letters. (No copy of the word is lowered.)
    let Some(key) = short_key(b) else {
        return false;
    };
    let lowered = key | 0x2020_2020_2020_2020 & ((1 << (8 * b.len())) - 1);
    SHORT_LOCATIVES.contains(&lowered)
}

/// The [`short_key`]s of the locatives of up to seven letters.
const SHORT_LOCATIVES: [u64; 18] = {
    const fn key(w: &[u8]) -> u64 {
        let mut k = (w.len() as u64) << 56;
        let mut i = 0;
        while i < w.len() {
            k |= (w[i] as u64) << (8 * i);
            i += 1;
        }
        k
    }
    [
        key(b"in"),
        key(b"to"),
        key(b"from"),
        key(b"at"),
        key(b"near"),
        key(b"across"),
        key(b"into"),
        key(b"outside"),
        key(b"inside"),
        key(b"via"),
        key(b"toward"),
        key(b"towards"),
        key(b"around"),
        key(b"within"),
        key(b"visit"),
        key(b"visited"),
        key(b"of"),
        key(b"through"),
    ]
};

/// What the place filter knows of the whole article.
pub(crate) struct ArticleView<'a> {
    pub gazetteer: &'a Gazetteer,
    pub people: &'a People,
    /// A sports report (several scores such as `3 – 0`): there a country or city names a team
    /// unless a locative preposition makes it a place (`in Sochi`).
    pub sports: bool,
    /// The words asked of [`People::has_name_word`] so far, with its answers: an article names
    /// the same places again and again, and the question walks the whole people table.
    name_words: RefCell<Vec<(&'a str, bool)>>,
    /// The list [`places`] gathers a paragraph's places in, kept for the next paragraph's.
    found: RefCell<Vec<(usize, Cow<'static, str>)>>,
    /// The words of each town a locative or its division has shown to be one earlier in the
    /// article, and of each river named with its word (`Jamuna` for `Jamuna River`), with its
    /// name (see [`ArticleView::confirmed_place`]).
    shown: RefCell<Vec<(String, String)>>,
}

impl<'a> ArticleView<'a> {
    pub fn new(gazetteer: &'a Gazetteer, people: &'a People, sports: bool) -> Self {
        ArticleView {
            gazetteer,
            people,
            sports,
            name_words: RefCell::default(),
            // (room for a paragraph's places: grown from nothing, it was copied about twice an
            // article)
            found: RefCell::new(Vec::with_capacity(16)),
            shown: RefCell::default(),
        }
    }

    /// Notes that the words `run` name the town or river `name` (`in Alice Springs`, `Eureka
    /// Springs, Ark.`; `Jamuna` for `the Jamuna River`).
    fn confirm_place(&self, run: &[Tok<'_>], name: &str) {
        let words = joined(run);
        let mut shown = self.shown.borrow_mut();
        if !shown.iter().any(|(w, _)| *w == words) {
            shown.push((words, name.to_owned()));
        }
    }

    /// One sense per article: the town that mention `m`'s words were shown to name earlier
    /// (`west of Alice Springs`, `the bureau said Alice Springs had` after `in Alice Springs`),
    /// read by its words alone where nothing else marks them as a place; so is a river's after
    /// `the` (`the Jamuna` after `the Jamuna River`). Not a mention after
    /// an honorific or with a title (`Mayor Alice Springs`), nor a word someone bears or one
    /// opening its sentence.
    fn confirmed_place(&self, toks: &[Tok<'a>], m: &Mention) -> Option<Cow<'static, str>> {
        if m.name_start != m.start
            || !m.roles.is_empty()
            || m.start
                .checked_sub(1)
                .is_some_and(|k| crate::lexicon::honorific(toks[k].s).is_some())
        {
            return None;
        }
        let name = (self.shown.borrow().iter())
            .find(|(w, _)| *w == m.name)
            .map(|(_, name)| Cow::<'static, str>::Owned(name.clone()))?;
        // A river's name alone takes `the`, which makes it read as a body's (`lost to the
        // Jamuna`; not `Jamuna Barta said`, nor the end of a longer name, `the Grand Canyon of
        // the Yellowstone`); a town's is no body's.
        let river = name.ends_with(" River");
        let the = || {
            m.start
                .checked_sub(1)
                .is_some_and(|k| matches!(toks[k].s, "the" | "The"))
                && !(m.start >= 3 && toks[m.start - 2].s == "of" && toks[m.start - 3].is_cap())
        };
        let refused = if river { !the() } else { m.kind == MKind::Org };
        if refused {
            return None;
        }
        // A one-word name someone in the article bears is theirs; one opening its sentence
        // may be a word (`Nice people came` after `in Nice`). (After `the`, a river's.)
        if !river
            && m.end == m.start + 1
            && (m.start == 0
                || matches!(
                    toks[m.start - 1].s,
                    "." | "!" | "?" | ":" | "“" | "\"" | "‘"
                )
                || self.has_name_word(toks[m.start].base()))
        {
            return None;
        }
        Some(name)
    }

    /// [`People::has_name_word`], each word asked of the people table once.
    fn has_name_word(&self, word: &'a str) -> bool {
        if let Some(&(_, known)) = self.name_words.borrow().iter().find(|(w, _)| *w == word) {
            return known;
        }
        let known = self.people.has_name_word(word);
        self.name_words.borrow_mut().push((word, known));
        known
    }
}

/// The words of a run, without a possessive ending, joined by spaces.
fn joined(run: &[Tok<'_>]) -> String {
    run.iter().map(|t| t.base()).collect::<Vec<_>>().join(" ")
}

/// The canonical places a paragraph names, in order of first mention, given the words a name may
/// start at (`heads`, which hold every capitalised word).
pub(crate) fn places<'a>(
    toks: &[Tok<'a>],
    heads: &[usize],
    mentions: &[Mention],
    name_ends: &[usize],
    view: &ArticleView<'a>,
) -> Vec<String> {
    let gaz = view.gazetteer;
    // (token position, canonical name), sorted by position at the end. A gazetteer name is
    // borrowed: only the first mention of each place is copied into the answer. (The list is
    // the article's, one for all its paragraphs.)
    let mut found = std::mem::take(&mut *view.found.borrow_mut());
    let (head, region) = dateline_head(toks, gaz);
    if let Some(place) = head {
        found.push((0, place.into()));
    }
    if let Some((at, place)) = region {
        found.push((at, place.into()));
    }
    if let Some((town, at, region, end)) = town_and_region_dateline(toks, gaz) {
        found.push((0, as_written(&toks[..at - 1], town)));
        found.push((at, as_written(&toks[at..end], region)));
    }
    for m in mentions.iter().filter(|m| is_feature_run(toks, m)) {
        let name = joined(&toks[m.start..m.end]);
        // (`the Jamuna River`, then `the Jamuna`: the river, wherever its words come back)
        if toks[m.end - 1].base() == "River" && m.end - m.start <= 3 {
            view.confirm_place(&toks[m.start..m.end - 1], &name);
        }
        found.push((m.start, name.into()));
    }
    for m in mentions {
        if let Some(town) = town_after_preposition(toks, m, view) {
            let town = as_written(&toks[m.start..m.end], town);
            view.confirm_place(&toks[m.start..m.end], &town);
            found.push((m.start, town));
        } else if matches!(toks[m.start].s, "Port" | "Fort")
            && let Some(town) = port_or_fort_town(toks, m, view)
        {
            found.push((m.start, as_written(&toks[m.start..m.end], town)));
        } else if matches!(m.kind, MKind::Unknown | MKind::Person)
            && toks.get(m.end).is_some_and(|t| t.s == ",")
            && let Some(town) = town_before_division(toks, m, view)
        {
            let town: Cow<'static, str> = town.into();
            // (a town the gazetteer knows: the rule also names unknown ones)
            if view.gazetteer.town(&toks[m.start..m.end]).is_some() {
                view.confirm_place(&toks[m.start..m.end], &town);
            }
            found.push((m.start, town));
        } else if matches!(m.kind, MKind::Unknown | MKind::Person | MKind::Org)
            && !view.shown.borrow().is_empty()
            && let Some(town) = view.confirmed_place(toks, m)
        {
            found.push((m.start, town));
        } else if m.start >= 2
            && (matches!(toks[m.start - 1].s, "of" | "as" | "including")
                // (an item of a list after `of`: `the districts of Idukki, Wayanad and …`)
                || matches!(toks[m.start - 1].s, "," | "and")
                    && toks[m.start.saturating_sub(12)..m.start - 1]
                        .iter()
                        .any(|t| matches!(t.s, "of" | "as" | "including")))
            && let Some(town) = settlement_of(toks, m, view)
        {
            found.push((m.start, town.into()));
        } else if m.end - m.start <= 3
            && m.start >= 2
            && matches!(m.kind, MKind::Unknown | MKind::Person)
            && (matches!(toks[m.start - 1].s, "," | "and" | "or")
                || toks
                    .get(m.end)
                    .is_some_and(|t| matches!(t.s, "," | "and" | "or")))
            && let Some(town) = town_listed_with_place(toks, m, view)
        {
            found.push((m.start, town.into()));
        } else if toks.get(m.end).is_some_and(|t| t.s == ",")
            && let Some(town) = settlement_appositive(toks, m, view)
        {
            found.push((m.start, town.into()));
        } else if toks
            .get(m.end)
            .is_some_and(|t| super::names::is_division_noun(t.s))
            && let Some(division) = named_division(toks, m, view)
        {
            found.push((m.start, division.into()));
        } else if m.kind == MKind::Place
            && let Some(region) = compass_region(toks, m, view)
        {
            found.push((m.start, region.into()));
        } else if let Some((division, place)) = division_of_place(toks, m, view) {
            if let Some(d) = division {
                found.push((m.start, d.into()));
            }
            found.push((m.end - 1, place.into()));
        }
    }
    // Place names open with a capital, and every capital is one of `heads`: the other tokens
    // are passed over unread. Tokens before `next` belong to a name already found.
    let mut next = 0;
    for &i in heads {
        if i < next || !toks[i].is_cap() {
            continue;
        }
        next = i + 1;
        // The context rules below each need a sign at this token (`X of`, `Miss.`,
        // `-based`): asked once here, most capitals skip the calls.
        let of_next = toks.get(i + 1).is_some_and(|t| t.s == "of");
        if of_next && let Some((at, place)) = council_place(toks, i, gaz) {
            found.push((at, place.into()));
        }
        if toks[i].s == "Miss."
            && let Some(e) = state_after_town(toks, i, gaz)
        {
            found.push((i, gaz.entries[e].canonical.into()));
            continue;
        }
        // `crossing the Channel`: the English Channel's usual short name (not `the Channel 4
        // news`, `the Channel Islands`).
        if toks[i].s == "Channel"
            && i > 0
            && toks[i - 1].s == "the"
            && toks.get(i + 1).is_none_or(|t| {
                t.t != T::Word || !(t.is_cap() || t.s.as_bytes()[0].is_ascii_digit())
            })
        {
            found.push((i, "English Channel".into()));
            continue;
        }
        if of_next && let Some((n, place)) = water_or_isle(toks, i, gaz) {
            found.push((i, place.into()));
            next = i + n;
            continue;
        }
        // (`-based` and `-born`: a dash five or four bytes before the last)
        if matches!(
            toks[i].s.as_bytes(),
            [.., b'-', _, _, _, _, b'd'] | [.., b'-', _, _, _, b'n']
        ) && let Some(place) = based_in(toks, i, gaz)
        {
            found.push((i, place.into()));
            continue;
        }
        let Some((n, entry)) = gaz.match_at(&toks[i..]) else {
            continue;
        };
        // `San Pedro de Atacama`: a town whose name goes on past a city's with a particle (the
        // town's whole name, not the other country's `San Pedro`).
        if toks
            .get(i + n)
            .is_some_and(|t| matches!(t.s, "de" | "del" | "do" | "da" | "dos" | "das"))
            && let Some((k, town)) = (i + n + 2..=(i + n + 4).min(toks.len()))
                .rev()
                .find_map(|k| gaz.town(&toks[i..k]).map(|c| (k, c)))
        {
            found.push((i, as_written(&toks[i..k], town)));
            next = k;
            continue;
        }
        let (ti, tj) = (i, i + n);
        next = tj;
        // `US$ 20`, `500 B.C.`: currency and era marks, not places.
        let money = toks.get(tj).is_some_and(|t| t.s == "$");
        // (the year before read only after the mark)
        let era = || ti > 0 && toks[ti - 1].s.bytes().all(|b| b.is_ascii_digit());
        if money || (toks[tj - 1].s == "B.C." && era()) {
            continue;
        }
        let last = &toks[tj - 1];
        let end = last.start() + last.base().len();
        let kind = gaz.entries[entry].kind;
        // (The scrape's stray space after a linked name says a name ends there, not whose:
        // `Mr. Aydın ,` is a person's.)
        let hinted = name_ends.contains(&end) && !in_persons_name(toks, ti, tj, mentions);
        if !hinted && !stands_as_place(toks, ti, tj, kind, mentions, view) {
            continue;
        }
        let name = as_written(&toks[ti..tj], gaz.entries[entry].canonical);
        match compass_before(toks, ti) {
            Some(d) => {
                // (a region of a sea named as written: `the North Atlantic`, not `North
                // Atlantic Ocean`)
                let written = last.base();
                let name =
                    if tj == ti + 1 && name.len() > written.len() && name.starts_with(written) {
                        written
                    } else {
                        &name
                    };
                found.push((ti - 1, with_compass(d, name, toks.get(tj)).into()));
            }
            None => found.push((ti, name)),
        }
    }
    found.sort_by_key(|(at, _)| *at);
    let mut out: Vec<String> = Vec::with_capacity(found.len());
    for (_, name) in found.drain(..) {
        if !out.iter().any(|o| *o == name) {
            out.push(name.into_owned());
        }
    }
    *view.found.borrow_mut() = found;
    out
}

/// True when tokens `ti..tj` lie in a person's name or follow an honorific (`Mr. Aydın`).
fn in_persons_name(toks: &[Tok<'_>], ti: usize, tj: usize, mentions: &[Mention]) -> bool {
    ti.checked_sub(1)
        .is_some_and(|k| crate::lexicon::honorific(toks[k].s).is_some())
        || mentions
            .iter()
            .any(|m| m.kind == MKind::Person && m.start <= ti && tj <= m.end)
}

/// The canonical name of the place the words `run` name, or the words themselves where they
/// only add its diacritics (`Malmö`, `São Paulo`, `České Budějovice` for the gazetteer's ASCII
/// `Malmo` …): the place's own spelling, as the article writes it (search folds them alike).
/// Not another name (`Köln` is `Cologne`). Most runs are plain ASCII words: settled at once.
/// So does a peninsula's full name (`Sinai Peninsula` for the gazetteer's `Sinai`), a sea's
/// written in full where the gazetteer names it short, or a division's with its noun
/// (`Cauca Department`, `Kunene Region` for `Cauca`, `Kunene`), or a city's (`Zamboanga City`;
/// not `New York State`, the state's usual name in full).
#[inline]
fn as_written(run: &[Tok<'_>], canonical: &'static str) -> Cow<'static, str> {
    if run.len() >= 2
        && matches!(
            run[run.len() - 1].s,
            "Ocean"
                | "Sea"
                | "Peninsula"
                | "Province"
                | "Region"
                | "County"
                | "Department"
                | "District"
                | "Prefecture"
                | "Governorate"
                | "Oblast"
                | "Krai"
                | "City"
        )
        && run[..run.len() - 1]
            .iter()
            .map(|t| t.s)
            .eq(canonical.split(' '))
    {
        let words: Vec<&str> = run.iter().map(|t| t.s).collect();
        return words.join(" ").into();
    }
    if run.iter().all(|t| t.s.is_ascii()) {
        return canonical.into();
    }
    accented_as_written(run, canonical)
}

/// [`as_written`] of a run holding a character that is not ASCII.
#[inline(never)]
fn accented_as_written(run: &[Tok<'_>], canonical: &'static str) -> Cow<'static, str> {
    let written = joined(run);
    let accented = written.chars().count() == canonical.len()
        && written
            .chars()
            .zip(canonical.chars())
            .all(|(w, c)| w == c || (!w.is_ascii() && c.is_ascii_alphabetic()));
    if accented {
        written.into()
    } else {
        canonical.into()
    }
}

/// `in Finnish Lapland`, `in Indian Kashmir`: a region or division after a people's adjective
/// and a locative, which the names pass read as a person named after a demonym (no given
/// name).
fn demonym_before_region(
    toks: &[Tok<'_>],
    ti: usize,
    tj: usize,
    kind: PlaceKind,
    m: &Mention,
    gaz: &Gazetteer,
) -> bool {
    matches!(kind, PlaceKind::Region | PlaceKind::Admin1)
        && (m.name_start, m.end) == (ti, tj)
        && m.start < ti
        && m.gender.is_none()
        && toks[m.start..ti].iter().all(|t| gaz.is_demonym_word(t.s))
        // (after a locative, not `at` or `of`: `Canadian Pacific said`, `the headquarters of
        // the British Rhine army` name no place)
        && m.start.checked_sub(1).is_some_and(|k| {
            let locative = |w: &str| is_locative(w) && !matches!(w, "at" | "At" | "of");
            locative(toks[k].s)
                || (k > 0 && matches!(toks[k].s, "the" | "The") && locative(toks[k - 1].s))
        })
}

/// A run of capitalised words naming a building, venue or natural feature: `Volgograd Arena`,
/// `Chiang Kai-shek Memorial Hall`, `Lake Louise`, `Mount Logan` (not a person's name).
/// Most mentions are one word, or a gendered person's name: settled here, in the caller,
/// without a call.
#[inline]
fn is_feature_run(toks: &[Tok<'_>], m: &Mention) -> bool {
    m.end - m.start >= 2
        && !(m.kind == MKind::Person && m.gender.is_some())
        && is_long_feature_run(toks, m)
}

/// `Livingstone, Zambia — A team …`, `Telavi, Georgia — Organisers …`: a paragraph opening
/// with a town or city, a comma, a country or region and a dash is a dateline, whose two names
/// are places whoever else bears them in the article. The town's and the region's canonical
/// names, and where the region starts and ends.
fn town_and_region_dateline(
    toks: &[Tok<'_>],
    gaz: &Gazetteer,
) -> Option<(&'static str, usize, &'static str, usize)> {
    let cap_run = |from: usize| {
        from + toks[from..]
            .iter()
            .take(3)
            .take_while(|t| t.t == T::Word && t.is_cap() && !t.is_possessive())
            .count()
    };
    let k = cap_run(0);
    if k == 0 || toks.get(k).is_none_or(|t| t.s != ",") {
        return None;
    }
    let j = cap_run(k + 1);
    if j == k + 1 || !toks.get(j).is_some_and(|t| matches!(t.s, "—" | "–" | "--")) {
        return None;
    }
    let whole = |from: usize, to: usize| {
        gaz.whole_at(toks, from, to)
            .map(|e| gaz.entries[e].canonical)
    };
    let region = whole(k + 1, j)?;
    let town = whole(0, k).or_else(|| gaz.town(&toks[..k]))?;
    Some((town, k + 1, region, j))
}

/// `FRANKFURT — A strike …`, `WINDSOR, Ont. -- …`: the place in capitals a paragraph opens
/// with before a dash (within four tokens, no lower-case word between), which the gazetteer
/// knows written in the usual case.
/// The region after a comma is read so too, with where it starts (`FLIN FLON, SASK. —`), and a
/// town's name before it.
fn dateline_head(
    toks: &[Tok<'_>],
    gaz: &Gazetteer,
) -> (Option<&'static str>, Option<(usize, &'static str)>) {
    // (the opening words, all in capitals by the names pass's own test of a dateline's head)
    let end = toks.iter().take(4).take_while(|t| t.t == T::Word).count();
    if end == 0 || !super::names::is_dateline_head(toks, end) {
        return (None, None);
    }
    let title_cased = |run: &[Tok<'_>]| {
        run.iter()
            .map(|t| {
                // (initials stay as written: `N.S.`)
                if super::names::is_dotted_initials(t.s) {
                    return t.s.to_owned();
                }
                let mut cs = t.s.chars();
                cs.next().map_or_else(String::new, |c| {
                    c.to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect()
                })
            })
            .collect::<Vec<String>>()
            .join(" ")
    };
    let name = title_cased(&toks[..end]);
    let region = (toks.get(end).is_some_and(|t| t.s == ","))
        .then(|| {
            let from = end + 1;
            let to = from
                + toks[from..]
                    .iter()
                    .take(3)
                    .take_while(|t| t.t == T::Word && !super::names::is_dash(t.s))
                    .count();
            // (an abbreviation's period, split from a word in capitals: `SASK .`)
            let period = toks.get(to).is_some_and(|t| t.s == ".");
            let dash = to + usize::from(period);
            if from == to || !toks.get(dash).is_some_and(|t| super::names::is_dash(t.s)) {
                return None;
            }
            let mut region = title_cased(&toks[from..to]);
            if period {
                region.push('.');
            }
            let i = gaz.entry_named(&region)?;
            Some((from, gaz.entries[i].canonical))
        })
        .flatten();
    let head = match gaz.entry_named(&name) {
        Some(i) => Some(gaz.entries[i].canonical),
        // (a town, only before its region)
        None => region.and_then(|_| gaz.town_named(&name)),
    };
    (head, region)
}

/// [`is_feature_run`] for a mention of two words or more.
fn is_long_feature_run(toks: &[Tok<'_>], m: &Mention) -> bool {
    if m.end - m.start < 2 || m.kind == MKind::Person && m.gender.is_some() {
        return false;
    }
    let run = &toks[m.start..m.end];
    // A feature word closing the run (`Memorial Hall`) or a feature's head opening it (`Fort
    // Bragg`, `Lake Louise`) makes one: most runs have neither, settled before the rarer tests
    // below are asked.
    let closes = words::is_feature_word(run[run.len() - 1].base())
        // (`King Street East`)
        || run.len() >= 3
            && words::is_street_word(run[run.len() - 2].s)
            && words::is_direction(run[run.len() - 1].s);
    let opens = words::opens_feature(run[0].s, run[1].s);
    if !closes && !opens {
        return false;
    }
    // (`said Hye-jin Park, a nurse`: a person's name, whatever its last word; so is one whose
    // given name is of hyphened syllables, `Hye-jin Park runs the shop`)
    if m.kind == MKind::Person
        && (super::names::plainly_persons(toks, m.start, m.end)
            || run.len() == 2 && super::people::is_hyphened_given_name(run[0].s))
    {
        return false;
    }
    // A name that fills its quotation is a title (`“Brokeback Mountain”`); one inside a quoted
    // sentence is named as anywhere else (`“When the Ohio River is low …”`).
    // (`“Mystic River.”`, `“Silent Valley,” which …`: American style puts the mark inside)
    let close_at = match toks.get(m.end) {
        Some(t) if matches!(t.s, "," | "." | "?" | "!") => m.end + 1,
        _ => m.end,
    };
    let title = m.quoted
        && (m.start == 0 || toks[m.start - 1].t == T::Open)
        && toks.get(close_at).is_none_or(|t| t.t == T::Close);
    if title {
        return false;
    }
    // `Court of Common Pleas for Allegheny County`: a name saying what it is for is a body's;
    // `Jeroen van Dam`: a particle makes it a person's.
    if run
        .iter()
        .any(|t| t.s == "for" || is_particle(t.s) && !words::opens_name_with_particles(run[0].s))
    {
        return false;
    }
    // `Disaster Management Centre`, `Civic Monitoring Centre`: a centre named by the work it
    // does is a body, not a building (not `Convention Centre`, `Rogers Centre`).
    if run.len() >= 2
        && matches!(run[run.len() - 1].s, "Centre" | "Center")
        && matches!(
            run[run.len() - 2].s,
            "Management"
                | "Monitoring"
                | "Research"
                | "Control"
                | "Coordination"
                | "Information"
                | "Policy"
                | "Studies"
                | "Prevention"
                | "Forecasting"
                | "Response"
                | "Analysis"
                | "Development"
        )
    {
        return false;
    }
    // `Computer Terminal said`: a building or feature that speaks is the body of that name.
    if super::names::speaks_as_subject(toks, m.start, m.end) {
        return false;
    }
    // Not `Fort Worth Police Department`, `County Council`, where an organisation word makes a
    // body's name.
    closes || !run.iter().any(|t| words::names_a_body(t.base()))
}

/// Whether the match on tokens `ti..tj` is a place in its context.
fn stands_as_place<'a>(
    toks: &[Tok<'a>],
    ti: usize,
    tj: usize,
    kind: PlaceKind,
    mentions: &[Mention],
    view: &ArticleView<'a>,
) -> bool {
    let locative_at = |k: usize| is_locative(toks[k].s);
    let after_locative = ti.checked_sub(1).is_some_and(locative_at)
        || (ti >= 2 && matches!(toks[ti - 1].s, "the" | "The") && locative_at(ti - 2));
    // (In a sports report, the items of a list after a locative too: `fans from Brazil and
    // Argentina`, `flights from Porto Alegre, Curitiba and Florianópolis`.)
    let listed_after_locative = || {
        matches!(toks[ti.saturating_sub(1)].s, "," | "and" | "or")
            && list_opening_at(toks, ti, tj).is_some_and(locative_at)
    };
    // (…and the state or country after a place a locative names and a comma, before a mark:
    // `grew up in El Paso, Texas,`, no team; not `the first game of Group G, Belgium faced`,
    // `a blustery day in Dublin, Ireland tore into`.)
    let region_of_placed = || {
        ti >= 3
            && toks[ti - 1].s == ","
            && matches!(kind, PlaceKind::Admin1 | PlaceKind::Country)
            && toks
                .get(tj)
                .is_none_or(|t| matches!(t.s, "," | "." | ")" | ";" | ":" | "—" | "–"))
            && {
                let run = toks[..ti - 1]
                    .iter()
                    .rev()
                    .take(4)
                    .take_while(|t| t.t == T::Word && t.is_cap())
                    .count();
                let from = ti - 1 - run;
                run > 0
                    && from > 0
                    && locative_at(from - 1)
                    && toks[from - 1].s != "of"
                    && (view.gazetteer.whole_at(toks, from, ti - 1).is_some()
                        || view.gazetteer.town(&toks[from..ti - 1]).is_some())
            }
    };
    if (view.sports && !after_locative && !listed_after_locative() && !region_of_placed())
        || names_a_team(toks, ti, tj)
    {
        return false;
    }
    // `rescued by the Aurora was`, `the Aurora was sailing north`, `the Halifax has said`: a
    // city's name after `the` and before a verb names a ship, a building or a company, not the
    // city (`the Toronto area`, `the Cupertino, Calif.-based company` are the city's).
    if matches!(kind, PlaceKind::City | PlaceKind::Town)
        && ti > 0
        && matches!(toks[ti - 1].s, "the" | "The")
        && toks.get(tj).is_some_and(|t| {
            matches!(
                t.s,
                "is" | "was" | "has" | "had" | "will" | "would" | "said" | "says"
            )
        })
    {
        return false;
    }
    if lost_to(toks, ti, view.sports) {
        return false;
    }
    // Mentions are disjoint and in text order: the only one that may hold or overlap the match
    // is the first that ends after its start.
    let near = mentions.get(mentions.partition_point(|m| m.end <= ti));
    if let Some(m) = near.filter(|m| m.start <= ti && tj <= m.end) {
        // A place inside a building's or feature's name is part of it (`Metro Toronto
        // Convention Centre`), unless it is the whole name.
        if is_feature_run(toks, m) && (m.start, m.end) != (ti, tj) {
            return false;
        }
        match m.kind {
            MKind::Place => {}
            // The place opens the title before a person's name (`U.S. President Donald Trump`),
            // not `Captain America`.
            MKind::Person => {
                if tj > m.lead_place_end
                    && !((m.start, m.end) == (ti, tj)
                        && town_by_given_name(toks, m, view.gazetteer))
                    && !demonym_before_region(toks, ti, tj, kind, m, view.gazetteer)
                {
                    return false;
                }
            }
            // `U.S. Department of Agriculture`: a country opening an organisation's name is
            // named as a place; other places inside names are not (`Toronto Star`).
            MKind::Org => {
                if !(kind == PlaceKind::Country && ti == m.start && tj < m.end) {
                    return false;
                }
            }
            MKind::Unknown => {
                if m.start != ti || m.end != tj {
                    return false;
                }
            }
        }
    } else if near.is_some_and(|m| m.start < tj && ti < m.end) {
        // Overlaps a name without lying inside it: part of something longer, unless the
        // place holds every name it touches, runs joined by lower-case words (`Gulf of
        // Mexico`, `Trinidad and Tobago`).
        let first = mentions.partition_point(|m| m.end <= ti);
        let holds_all = mentions[first..]
            .iter()
            .take_while(|m| m.start < tj)
            .all(|m| ti <= m.start && m.end <= tj);
        if !holds_all {
            return false;
        }
    }
    // A single word that is someone's name in this article names that person.
    // (unless listed with a place: `between Adelaide and Darwin` beside `Greg Darwin said`;
    // not in a sports report, whose lists are of teams: `Southampton or Brentford`)
    if tj == ti + 1
        && !after_locative
        && view.has_name_word(toks[ti].base())
        && (view.sports || !listed_with_place(toks, ti, tj, view.gazetteer))
    {
        return false;
    }
    true
}

#[cfg(test)]
mod tests;
