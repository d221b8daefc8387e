//! The people of an article: given names and their gender, and the table that resolves short
//! mentions to the fullest name the article gives (`Mr. Cook` → `Peter Cook`, `Kim` → `Kim
//! Jong-un`).

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::{Gender, ShapeFilter};

use super::names::{MKind, Mention, is_particle};

/// Given names with their usual gender, from `data/first_names.tsv`.
pub(crate) struct FirstNames {
    map: HashMap<&'static str, Option<Gender>>,
    /// Rules out most other words without hashing them.
    shapes: ShapeFilter,
}

impl FirstNames {
    pub fn load() -> Self {
        let mut map = HashMap::default();
        for line in include_str!("../../data/first_names.tsv").lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some((name, g)) = line.split_once('\t') {
                let g = match g {
                    "M" => Some(Gender::Male),
                    "F" => Some(Gender::Female),
                    _ => None,
                };
                map.insert(name, g);
            }
        }
        let mut shapes = ShapeFilter::new();
        map.keys().for_each(|n| shapes.insert(n));
        FirstNames { map, shapes }
    }

    /// `Some(gender)` for a known given name (`Some(None)` when it is unisex). The table is in
    /// ASCII: a name written with diacritics is looked up without them (`Tomás`, `José`).
    pub fn get(&self, w: &str) -> Option<Option<Gender>> {
        let found = if self.shapes.may_hold(w) {
            self.map.get(w).copied()
        } else {
            None
        };
        if found.is_none() && !w.is_ascii() {
            return self.get_folded(w);
        }
        found
    }

    /// [`FirstNames::get`], or a compound given name's gender (see [`FirstNames::compound`]):
    /// asked where a name's gender is settled, not of every word (most have no hyphen).
    pub fn get_or_compound(&self, w: &str) -> Option<Option<Gender>> {
        self.get(w).or_else(|| self.compound(w))
    }

    /// A compound given name of two known ones (`Marie-Ève`, `Anne-Sophie`; not
    /// `Wilson-Raybould`), or of a known one and one written with accents the table, from the
    /// United States, lacks (`Jean-François`), of the first one's gender as French names have it
    /// (`Jean` opens a man's, though the table has it a woman's).
    fn compound(&self, w: &str) -> Option<Option<Gender>> {
        let dash = w.bytes().position(|c| c == b'-')?;
        let (a, b) = (&w[..dash], &w[dash + 1..]);
        if !b.starts_with(char::is_uppercase) || b.contains('-') {
            return None;
        }
        let first = if a == "Jean" {
            Some(Gender::Male)
        } else {
            self.get(a)?
        };
        if b.is_ascii() && self.get(b).is_none() {
            return None;
        }
        Some(first)
    }

    /// [`FirstNames::get`] of a word with a character outside ASCII (rare: out of line).
    #[inline(never)]
    fn get_folded(&self, w: &str) -> Option<Option<Gender>> {
        use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
        let folded: String = w.nfd().filter(|c| !is_combining_mark(*c)).collect();
        if !folded.is_ascii() || !self.shapes.may_hold(&folded) {
            return None;
        }
        // (a given name, but of no gender the table can tell: it records the names as the
        // United States writes them, and `Stephane` there is a woman's where `Stéphane` is a
        // man's)
        self.map.get(folded.as_str()).map(|_| None)
    }
}

/// A name word reduced for comparison: lower case, no possessive, no Arabic article
/// (`al-Moallem` ~ `Moallem`), no elided particle (`d’Entremont` ~ `D’Entremont`, capitalised
/// where it opens a sentence or follows a title).
pub(crate) fn name_key(w: &str) -> &str {
    let w = super::tokens::strip_possessive(w);
    let b = w.as_bytes();
    // `al-`, `el-`, `ad-`, `as-`, `an-`, `ar-`, `at-`, `az-`
    if b.len() > 3
        && b[2] == b'-'
        && matches!(b[0] | 0x20, b'a' | b'e')
        && b[1].is_ascii_alphabetic()
    {
        return &w[3..];
    }
    if b.len() > 2 && b[0] | 0x20 == b'd' {
        return elided_rest(w);
    }
    w
}

/// `w` past an elided `d’` or `d'` (either case) before a capital, else `w`.
#[inline(never)]
fn elided_rest(w: &str) -> &str {
    let rest = w[1..]
        .strip_prefix('’')
        .or_else(|| w[1..].strip_prefix('\''));
    match rest {
        Some(r) if r.starts_with(char::is_uppercase) => r,
        _ => w,
    }
}

/// `ONES * b`: byte `b` in each of a word's eight bytes.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit set in each of the eight bytes of `chunk` that is a space, and only there.
#[inline(always)]
fn space_lanes(chunk: &[u8]) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(chunk);
    let x = u64::from_le_bytes(word) ^ (ONES * u64::from(b' '));
    // (a byte of `x` is not zero when its low seven bits carry into the high one or it is set)
    !(((x & !HIGH) + !HIGH) | x) & HIGH
}

/// Where the first space of `b` lies. Eight bytes at a time: names are read again and again
/// by every pass, too short for a `memchr` search to pay but long for a byte loop.
#[inline]
fn first_space(b: &[u8]) -> Option<usize> {
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        let spaces = space_lanes(chunk);
        if spaces != 0 {
            return Some(at + (spaces.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&c| c == b' ')
        .map(|i| at + i)
}

/// Where the last space of `b` lies (see [`first_space`]).
#[inline]
fn last_space(b: &[u8]) -> Option<usize> {
    let mut chunks = b.rchunks_exact(8);
    let mut end = b.len();
    for chunk in chunks.by_ref() {
        end -= 8;
        let spaces = space_lanes(chunk);
        if spaces != 0 {
            return Some(end + 7 - (spaces.leading_zeros() / 8) as usize);
        }
    }
    chunks.remainder().iter().rposition(|&c| c == b' ')
}

/// The words of a name are joined by single spaces: these read them without a splitter.
pub(crate) fn first_word(name: &str) -> &str {
    first_space(name.as_bytes()).map_or(name, |i| &name[..i])
}

/// See [`first_word`].
fn last_word(name: &str) -> &str {
    last_space(name.as_bytes()).map_or(name, |i| &name[i + 1..])
}

/// True for a name of two words whose last is a Chinese, Korean or Vietnamese given name of
/// two syllables romanised with a hyphen, in lower case after it (`Lam Kwok-wai`, `Park
/// Ji-hoon`): such a name puts its surname first (not `Hye-jin Park`, `Jean-Pierre Roy`, `Ali
/// Adebayo-Clarke`).
fn surname_first(name: &str, first: &str, last: &str) -> bool {
    // (the given name's test first, from its bytes: most names have no hyphen)
    first.len() + 1 + last.len() == name.len()
        && is_hyphened_given_name(last)
        && !first.as_bytes().contains(&b'-')
}

/// True for a word shaped as a Chinese, Korean or Vietnamese given name of two syllables
/// romanised with a hyphen, in lower case after it (`Kwok-wai`, `Hye-jin`).
pub(crate) fn is_hyphened_given_name(w: &str) -> bool {
    // (asked of every name: a byte scan, not a char search)
    let b = w.as_bytes();
    b.iter().position(|&c| c == b'-').is_some_and(|dash| {
        let (a, rest) = (&b[..dash], &b[dash + 1..]);
        a.len() >= 2
            && a.iter().all(u8::is_ascii_alphabetic)
            && rest.len() >= 2
            && rest.iter().all(u8::is_ascii_lowercase)
    })
}

/// The only item of `items`, if there is exactly one.
fn only(mut items: impl Iterator<Item = usize>) -> Option<usize> {
    match (items.next(), items.next()) {
        (Some(i), None) => Some(i),
        _ => None,
    }
}

/// The surname and given-name words of `name`: its last and first words (the last before a
/// generation's mark), bar a name that puts its surname first ([`surname_first`]).
fn surname_and_given(name: &str) -> (&str, &str) {
    let (first, mut last) = (first_word(name), last_word(name));
    // `Angus MacIsaac Jr.`: a generation's mark closes the name after the surname.
    if matches!(last, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV")
        && first.len() + 1 + last.len() < name.len()
    {
        last = last_word(&name[..name.len() - last.len() - 1]);
    }
    if surname_first(name, first, last) {
        (first, last)
    } else {
        (last, first)
    }
}

/// See [`first_word`].
pub(crate) fn has_space(name: &str) -> bool {
    first_space(name.as_bytes()).is_some()
}

/// Where [`People::build`] keeps what `name` found: by its length and its last byte.
fn found_slot(name: &str) -> usize {
    let b = name.as_bytes();
    (b.len() ^ usize::from(b.last().copied().unwrap_or(0))) & 31
}

/// See [`first_word`].
fn word_count(name: &str) -> usize {
    1 + name.bytes().filter(|&b| b == b' ').count()
}

/// [`word_count`] of a name whose [`first_word`] and [`last_word`] are known: only what lies
/// between them is read (for most names, the one space).
fn word_count_within(name: &str, first: &str, last: &str) -> usize {
    if first.len() == name.len() {
        return 1;
    }
    // (the spaces around the middle words included: one word more than the middle has)
    word_count(&name[first.len()..name.len() - last.len()])
}

/// True when `full` is longer than `tail` and ends in its words (`Carlos Baez Silva`, `Baez
/// Silva`), letters compared in any case.
pub(crate) fn ends_in_words(full: &str, tail: &str) -> bool {
    full.len() > tail.len()
        && full.is_char_boundary(full.len() - tail.len())
        && full[full.len() - tail.len()..].eq_ignore_ascii_case(tail)
        && full[..full.len() - tail.len()].ends_with(' ')
}

/// A lower-case particle after a name's first word (`Ruiz de la Peña`, `Anneke van der
/// Berg`): the words after it are one surname, not a given name and another's surname.
fn particle_inside(name: &str) -> bool {
    name.split(' ')
        .skip(1)
        .any(|w| w.starts_with(|c: char| c.is_lowercase()) && opens_with_particle(w))
}

/// True for a name whose first word (`first`, as [`first_word`] gives it) is a surname's
/// particle, capitalised as a sentence's first word (`Van der Berg`, `De Mel`).
fn opens_with_particle(first: &str) -> bool {
    // (Irish surnames' particles are capitalised wherever they stand: `Ní Bhriain`, `Ó Sé`)
    if matches!(first, "Ní" | "Nic" | "Ó" | "Ua" | "Mac" | "Mhic") {
        return true;
    }
    // A particle is short: the first word is lowered on the stack, not copied to the heap.
    // (Every particle opens with one of these letters: most words are ruled out unlowered.)
    let first = first.as_bytes();
    if !first.first().is_some_and(|b| {
        matches!(
            b | 0x20,
            b'v' | b'd' | b'l' | b'b' | b'i' | b'a' | b'e' | b't' | b'y' | b'o'
        )
    }) {
        return false;
    }
    let mut buf = [0u8; 4];
    let Some(lowered) = buf.get_mut(..first.len()) else {
        return false;
    };
    lowered.copy_from_slice(first);
    lowered.make_ascii_lowercase();
    std::str::from_utf8(lowered).is_ok_and(is_particle)
}

/// Two name keys are the same name whatever the case (`MacFarquhar`, `MACFARQUHAR`).
// Inlined: most keys compared are settled by their first bytes, cheaper than a call.
#[inline(always)]
fn same_key(a: &str, b: &str) -> bool {
    // Most keys compared differ in their first letter: two ASCII first bytes that differ in any
    // case settle it before either key is scanned.
    if let (Some(&x), Some(&y)) = (a.as_bytes().first(), b.as_bytes().first())
        && x.is_ascii()
        && y.is_ascii()
        && !x.eq_ignore_ascii_case(&y)
    {
        return false;
    }
    same_key_throughout(a, b)
}

/// [`same_key`] past the first bytes. Kept out of line, so that the quick test inlined at every
/// comparison stays small.
#[inline(never)]
fn same_key_throughout(a: &str, b: &str) -> bool {
    // Equal but for ASCII case is equal in lower case, whatever else the keys hold. (Most keys
    // compared are written alike: one comparison of their bytes settles them.)
    if a == b || a.eq_ignore_ascii_case(b) {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return false;
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// A fingerprint of a name key in lower case (its length in characters, first and last): keys
/// that are [`same_key`] have the same, so that a scan compares numbers and reads only the keys
/// whose fingerprints agree.
// Inlined: asked twice for every full name registered, most of them short ASCII keys (the
// others are folded out of line).
#[inline]
fn folded_print(key: &str) -> u64 {
    let b = key.as_bytes();
    match b {
        [first, .., last] if key.is_ascii() => pack_print(
            b.len(),
            u32::from(first.to_ascii_lowercase()),
            u32::from(last.to_ascii_lowercase()),
        ),
        _ => folded_print_chars(key),
    }
}

/// A fingerprint's parts packed in one number.
#[inline(always)]
fn pack_print(n: usize, first: u32, last: u32) -> u64 {
    (n as u64) << 42 | u64::from(first) << 21 | u64::from(last)
}

/// [`folded_print`] of a key of fewer than two bytes or not ASCII.
#[inline(never)]
fn folded_print_chars(key: &str) -> u64 {
    let pack = pack_print;
    let b = key.as_bytes();
    if key.is_ascii() {
        let lower = |i: usize| b.get(i).map_or(0, |c| u32::from(c.to_ascii_lowercase()));
        return pack(b.len(), lower(0), lower(b.len().wrapping_sub(1)));
    }
    // Lowered char by char, as `same_key` compares them.
    let mut lowered = key.chars().flat_map(char::to_lowercase);
    let first = lowered.next().map_or(0, u32::from);
    let (n, last) = lowered.fold((1, first), |(n, _), c| (n + 1, u32::from(c)));
    pack(n, first, last)
}

/// Name keys as written → people, in the order added, each under its [`Key`] kind (surname
/// or given name). The keys share one string and the entries of a slot are chained (a slot
/// per [`key_bit`], which most keys have to themselves): no allocations per person, as a map
/// of strings to lists made (and one index for both kinds, not one each: half the allocations
/// an article), and no hashing: an article has few keys.
#[derive(Debug)]
struct KeyIndex {
    text: String,
    /// For each kind and [`key_slot`], the first and last entries of its keys, chained by
    /// [`KeyEntry::next`] ([`NO_ENTRY`] for none).
    heads: [[(u32, u32); 64]; 2],
    entries: Vec<KeyEntry>,
    /// [`key_bit`] of every key of each kind: most words looked up are no one's name, and are
    /// ruled out here.
    sketch: [u64; 2],
}

impl Default for KeyIndex {
    fn default() -> Self {
        KeyIndex {
            text: String::new(),
            heads: [[(NO_ENTRY, NO_ENTRY); 64]; 2],
            entries: Vec::new(),
            sketch: [0; 2],
        }
    }
}

/// What a key of a [`KeyIndex`] is of a person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Surname = 0,
    Given = 1,
}

#[derive(Debug)]
struct KeyEntry {
    /// The key, in `text`.
    key: Range<usize>,
    person: usize,
    /// The next entry of the same kind and slot ([`NO_ENTRY`] for none).
    next: u32,
}

const NO_ENTRY: u32 = u32::MAX;

/// One of 64 slots for a key, from its length and its first and last bytes: keys that are
/// equal have the same.
#[inline]
fn key_slot(key: &str) -> usize {
    let b = key.as_bytes();
    let (first, last) = (b.first().copied(), b.last().copied());
    let mix = u32::from(first.unwrap_or(0)) * 31 + u32::from(last.unwrap_or(0)) * 7;
    ((mix + b.len() as u32) & 63) as usize
}

/// One of 64 bits for a key, its [`key_slot`]: keys that are equal have the same.
pub(crate) fn key_bit(key: &str) -> u64 {
    1 << key_slot(key)
}

impl KeyIndex {
    /// Room for `n` keys of `bytes` bytes in all. (Made at that size when empty: reserved
    /// from nothing, a list takes a longer way to its room.)
    fn reserve(&mut self, n: usize, bytes: usize) {
        if self.entries.capacity() == 0 {
            self.entries = Vec::with_capacity(n);
        } else {
            self.entries.reserve(n);
        }
        if self.text.capacity() == 0 {
            self.text = String::with_capacity(bytes);
        } else {
            self.text.reserve(bytes);
        }
    }

    fn add(&mut self, kind: Key, key: &str, person: usize) {
        let e = u32::try_from(self.entries.len()).expect("fewer keys than a u32 counts");
        let start = self.text.len();
        self.text.push_str(key);
        let slot = key_slot(key);
        self.sketch[kind as usize] |= 1 << slot;
        self.entries.push(KeyEntry {
            key: start..self.text.len(),
            person,
            next: NO_ENTRY,
        });
        let (first, last) = &mut self.heads[kind as usize][slot];
        if *first == NO_ENTRY {
            *first = e;
        } else {
            self.entries[*last as usize].next = e;
        }
        *last = e;
    }

    /// The people filed under `key` of kind `kind` exactly, in the order added.
    #[inline]
    fn get<'a>(&'a self, kind: Key, key: &'a str) -> impl Iterator<Item = usize> + Clone + 'a {
        let slot = key_slot(key);
        let mut e = if self.sketch[kind as usize] & (1 << slot) == 0 {
            NO_ENTRY
        } else {
            self.heads[kind as usize][slot].0
        };
        std::iter::from_fn(move || {
            while let Some(entry) = self.entries.get(e as usize) {
                e = entry.next;
                if &self.text[entry.key.clone()] == key {
                    return Some(entry.person);
                }
            }
            None
        })
    }
}

/// A person the article names, under the fullest name it gives.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub name: String,
    /// How many words `name` has.
    words: usize,
    pub gender: Option<Gender>,
    /// The gender was given by an honorific, not guessed.
    pub gender_sure: bool,
    /// The gender was learned from the pronouns that follow the name in the article.
    pub gender_learned: bool,
    /// A mention of the full name carried a gender (a known given name or an honorific): the
    /// name is a person's, not a company's or a team's.
    gendered_name: bool,
    /// The name opens with a known given name, perhaps one of no gender (`Guadalupe`).
    known_given: bool,
    pub roles: Vec<String>,
    /// Where the keys of the surname and the given name lie in `name` (slices of it: a
    /// rename copies one string, not three).
    surname: Range<usize>,
    given: Range<usize>,
    /// [`folded_print`] of the surname and given-name keys (a rename keeps them: it only ever
    /// gives a fuller name with the same keys).
    folded_surname: u64,
    folded_given: u64,
}

/// Where `key`, a slice of `name`, lies in it.
fn within(name: &str, key: &str) -> Range<usize> {
    let start = key.as_ptr() as usize - name.as_ptr() as usize;
    start..start + key.len()
}

impl Person {
    /// A person under the name of `m` of `words` words, whose surname and given-name keys
    /// (slices of it) and their fingerprints the caller has worked out already.
    fn new(
        m: &Mention,
        words: usize,
        (surname, given): (&str, &str),
        (folded_surname, folded_given): (u64, u64),
        known_given: bool,
    ) -> Self {
        Person {
            name: m.name.clone(),
            words,
            gender: m.gender,
            gender_sure: m.titled_gender,
            gender_learned: false,
            gendered_name: m.gender.is_some(),
            known_given,
            // (most people come without a title: no call to copy an empty list)
            roles: if m.roles.is_empty() {
                Vec::new()
            } else {
                m.roles.clone()
            },
            surname: within(&m.name, surname),
            given: within(&m.name, given),
            folded_surname,
            folded_given,
        }
    }

    fn rename(&mut self, name: &str) {
        self.name.clear();
        self.name.push_str(name);
        self.words = word_count(name);
        let (surname, given) = surname_and_given(name);
        self.surname = within(name, name_key(surname));
        self.given = within(name, name_key(given));
    }
    fn surname(&self) -> &str {
        &self.name[self.surname.clone()]
    }
    fn given(&self) -> &str {
        &self.name[self.given.clone()]
    }

    /// The capitalised words of three letters or more between the first and last of a
    /// person's name (`Toledo` in `Marta Toledo Arrieta`; not the initial `F.`, nor a
    /// lower-case particle such as `de`). Only for a name that came with a gender or opens
    /// with a known given name of none (`Guadalupe Ortiz Mendoza`): one without a known given
    /// name may be a company's or a team's.
    fn inner_words(&self) -> impl Iterator<Item = &str> {
        // (Most names have none: no splitter is made for them.)
        let inner = (self.words >= 3 && (self.gendered_name || self.known_given)).then(|| {
            let (first, last) = (first_word(&self.name), last_word(&self.name));
            self.name[first.len()..self.name.len() - last.len()].split(' ')
        });
        inner.into_iter().flatten().filter(|w| {
            w.len() >= 3 && w.starts_with(|c: char| c.is_uppercase()) && !w.contains('.')
        })
    }
}

/// The people of one article, for resolving short mentions to full names.
#[derive(Debug, Default)]
pub(crate) struct People {
    pub people: Vec<Person>,
    /// Surname and given-name keys → people, in article order (the keys as they were when
    /// filed).
    keys: KeyIndex,
    /// Keys of the words inside full names ([`Person::inner_words`]), in `inner_text`, and
    /// whose they are, in article order.
    inner: Vec<(Range<usize>, usize)>,
    inner_text: String,
}

impl People {
    /// Registers every person mention of the article (full names first, in order), then links
    /// every mention to its person (`Mention::person`; a name asked again is answered from a
    /// small cache) and learns genders and roles from them.
    /// The mentions come paragraph by paragraph.
    pub fn build<'m>(
        all: impl Iterator<Item = &'m mut [Mention]>,
        first_names: &FirstNames,
    ) -> Self {
        let mut p = People::default();
        // (Sized for most articles at once: the mentions of paragraphs chained say nothing of
        // their number, and the list grew step by step.)
        let mut mentions: Vec<&mut Mention> = Vec::with_capacity(64);
        // Where each paragraph's mentions start in the list.
        let mut para_starts: Vec<usize> = Vec::with_capacity(32);
        // (the people list made room for at once: grown person by person, it was copied again
        // and again)
        let mut persons = 0;
        for ms in all {
            para_starts.push(mentions.len());
            for m in ms {
                persons += usize::from(m.kind == MKind::Person);
                mentions.push(m);
            }
        }
        p.people = Vec::with_capacity(persons);
        let all = mentions;
        // (the titled speakers noted on the way, for the pass below: most articles have none)
        let mut titled = Vec::new();
        for (k, m) in all.iter().enumerate() {
            if m.kind == MKind::Person {
                if has_space(&m.name) {
                    p.register(m, first_names);
                }
                if m.titled_speaker {
                    titled.push(k);
                }
            }
        }
        p.index();
        // `Hereditary Chief Na'moks said`: a one-word name the article quotes is someone too,
        // when no fuller name in the article has it (so that `he said` after it finds them).
        for m in titled.into_iter().map(|k| &all[k]) {
            let n = p.people.len();
            if p.find(&m.name).is_none() && !p.titled_inner(&m.name) {
                p.register(m, first_names);
                if let Some(person) = p.people.get(n) {
                    p.keys.add(Key::Surname, person.surname(), n);
                    p.keys.add(Key::Given, person.given(), n);
                }
            }
        }
        // The names looked up so far, each with the person it found, one per slot: the table no
        // longer changes, and an article names the same people again and again (a third of
        // the names asked were asked before).
        let mut found: [(&str, Option<usize>); 32] = [("", None); 32];
        // The paragraph each person was last named in full in (kept only once one is, and only
        // where two people share a surname: most articles have none).
        let mut named_in: Vec<Option<usize>> = Vec::new();
        let shared = p.people.iter().any(|q| p.surname_shared(q.surname()));
        let mut para = 0;
        for (k, m) in all.into_iter().enumerate() {
            while para_starts.get(para + 1).is_some_and(|&s| s <= k) {
                para += 1;
            }
            let Mention {
                name,
                kind,
                person,
                gender,
                titled_gender,
                roles,
                start,
                name_start,
                ..
            } = m;
            let name: &str = name;
            // `House said` after `Christopher House`: a lone word that looks like an
            // organisation's is a surname when someone in the article bears it.
            if *kind == MKind::Org
                && !has_space(name)
                && p.keys
                    .get(Key::Surname, name_key(name))
                    .any(|i| p.people[i].gender.is_some())
            {
                *kind = MKind::Unknown;
            }
            if *kind != MKind::Org {
                let slot = &mut found[found_slot(name)];
                if slot.0 != name || name.is_empty() {
                    *slot = (name, p.find(name));
                }
                *person = slot.1;
                // `Ms. Kikoak` beside `Albert Kikoak` and `Janice Kikoak`: an honorific's
                // gender picks the one bearer of the surname it fits.
                if *titled_gender
                    && let Some(g) = *gender
                    && person.is_none_or(|i| p.people[i].gender != Some(g))
                    && let Some(i) = p.bearer_of_gender(name, g)
                {
                    *person = Some(i);
                }
                // `Dr. Kane` beside `Dr. Oumar Kane` and `Aïssata Kane`: a title that tells no
                // gender picks the one bearer of the surname it was given before.
                let mut settled = *titled_gender
                    && gender
                        .is_some_and(|g| person.is_some_and(|i| p.people[i].gender == Some(g)));
                if !*titled_gender
                    && *name_start != *start
                    && !roles.is_empty()
                    && let Some(i) = p.bearer_of_role(name, roles)
                {
                    *person = Some(i);
                    settled = true;
                }
                // `the older Flett` after `Her older brother, Reuben Flett`: of two bearers,
                // the one brought in so; or else, for `the younger Mr. Ait Brahim`, the one
                // named in full last (a child, brought in after the parent), and for `the
                // elder`, the one named first.
                if shared
                    && let Some(age) = roles
                        .iter()
                        .find(|r| matches!(r.as_str(), "younger" | "elder"))
                {
                    let bearers = p.keys.get(Key::Surname, name_key(last_word(name)));
                    let pick = p
                        .bearer_of_role(name, std::slice::from_ref(age))
                        .or_else(|| {
                            if age == "younger" {
                                bearers.max()
                            } else {
                                bearers.min()
                            }
                        });
                    if let Some(i) = pick.filter(|_| p.surname_shared(last_word(name))) {
                        *person = Some(i);
                        settled = true;
                    }
                }
                // (`Mr. Ait Brahim`: a surname of two words after an honorific, whose first is
                // no one's given name, is one of several bearers' too)
                let lone = !has_space(name)
                    || *titled_gender
                        && *name_start != *start
                        && p.keys
                            .get(Key::Given, name_key(first_word(name)))
                            .next()
                            .is_none();
                // …else `Dr. Rojas, who is not related to the harbour master,` after `Paula
                // Rojas, an economist,`: the one bearer named in full earlier in the paragraph.
                if shared
                    && lone
                    && !settled
                    && !named_in.is_empty()
                    && let Some(i) =
                        p.bearer_named_in(name, gender.filter(|_| *titled_gender), &named_in, para)
                {
                    *person = Some(i);
                }
                // …and failing all, an honorific's surname two bearers of its gender share is
                // the one named first, the story's own (`Mr. Ait Brahim` after his son's
                // name).
                if shared
                    && person.is_none()
                    && *titled_gender
                    && let Some(g) = *gender
                {
                    *person = p
                        .keys
                        .get(Key::Surname, name_key(last_word(name)))
                        .filter(|&i| p.people[i].gender.is_none_or(|h| h == g))
                        .min();
                }
                if shared
                    && !lone
                    && let Some(i) = *person
                {
                    if named_in.len() <= i {
                        named_in.resize(p.people.len(), None);
                    }
                    named_in[i] = Some(para);
                }
            }
            // Genders and roles carried by short mentions (`Mr. Kerry`, `Ms. Roe`).
            if matches!(*kind, MKind::Person | MKind::Unknown)
                && let Some(i) = *person
            {
                let person = &mut p.people[i];
                if *titled_gender && !person.gender_sure {
                    person.gender = *gender;
                    person.gender_sure = true;
                } else if person.gender.is_none() && has_space(name) {
                    // (a lone word is the surname: `Reagan said` gives no given name's gender)
                    person.gender = *gender;
                }
                for r in roles.iter() {
                    if !person.roles.contains(r) {
                        super::words::push_role(&mut person.roles, r.clone());
                    }
                }
            }
        }
        p
    }

    fn index(&mut self) {
        // Sized once for everyone (the maps are only looked up, never walked): rehashing as
        // they grew cost more than filling them.
        // (the keys' text too: grown name by name, it was copied again and again)
        let n = self.people.len();
        let (surnames, givens) = self
            .people
            .iter()
            .fold((0, 0), |(s, g), p| (s + p.surname.len(), g + p.given.len()));
        self.keys.reserve(2 * n, surnames + givens);
        for (i, p) in self.people.iter().enumerate() {
            self.keys.add(Key::Surname, p.surname(), i);
            self.keys.add(Key::Given, p.given(), i);
            for w in p.inner_words() {
                let start = self.inner_text.len();
                self.inner_text.push_str(name_key(w));
                self.inner.push((start..self.inner_text.len(), i));
            }
        }
    }

    /// `Mr. Nchare` for `Salifou Nchare Pefoura`: a one-word name after a title that is a word
    /// inside one fuller name of three words or more, whatever its given name (the title says
    /// it is a person's), is filed as that person's inner word; true when it was.
    fn titled_inner(&mut self, name: &str) -> bool {
        if has_space(name) {
            return false;
        }
        let mut bearers = self.people.iter().enumerate().filter(|(_, q)| {
            q.words >= 3 && {
                let (first, last) = (first_word(&q.name), last_word(&q.name));
                q.name[first.len()..q.name.len() - last.len()]
                    .split(' ')
                    .any(|w| w == name)
            }
        });
        let (Some((i, _)), None) = (bearers.next(), bearers.next()) else {
            return false;
        };
        let start = self.inner_text.len();
        self.inner_text.push_str(name_key(name));
        self.inner.push((start..self.inner_text.len(), i));
        true
    }

    fn register(&mut self, m: &Mention, first_names: &FirstNames) {
        // Keys as `Person::rename` makes them, without building a person for a name seen before.
        let (first, last) = (first_word(&m.name), last_word(&m.name));
        let (surname_word, given_word) = surname_and_given(&m.name);
        let (surname, given) = (name_key(surname_word), name_key(given_word));
        let words = word_count_within(&m.name, first, last);
        // Compared by fingerprint first: most people are passed over without their keys read.
        let folded = (folded_print(surname), folded_print(given));
        let same = self.people.iter().position(|p| {
            (p.folded_surname, p.folded_given) == folded
                && same_key(p.surname(), surname)
                && same_key(p.given(), given)
        });
        // (`Baez Silva` after `Carlos Baez Silva`: the same person, under the fuller name, when
        // that is surely a person's, or the shorter is titled as one, `Mr. Ouazzani Chahdi`:
        // not `New Zealand` after `Air New Zealand`)
        let fuller = || {
            (words > 1)
                .then(|| {
                    self.people.iter().position(|p| {
                        p.folded_surname == folded.0
                            && (p.gendered_name || m.titled_gender || particle_inside(&m.name))
                            && p.words > words
                            && ends_in_words(&p.name, &m.name)
                    })
                })
                .flatten()
        };
        // (`Teodoro Quispe` and `Teodoro Quispe Huamaní`, in either order: a given name and
        // the first of two surnames open the same person's name, one with a known given name)
        let opens = || {
            // (the second surname not the given name again, nor an initial or a form: `Courtesy
            // of Gerard Hynes Gerard and …`, `Johnson Geneva U.S.A.`)
            let opens = |short: &str, long: &str| {
                long.len() > short.len()
                    && long.starts_with(short)
                    && long.as_bytes()[short.len()] == b' '
                    && !long[short.len() + 1..].contains([' ', '.'])
                    && long[short.len() + 1..] != *first
            };
            // (the given name asked last: most names open no other)
            let i = (2..=3).contains(&words).then(|| {
                self.people.iter().position(|p| {
                    p.words + 1 == words && opens(&p.name, &m.name)
                        || p.words == words + 1 && opens(&m.name, &p.name)
                })
            })??;
            first_names.get(first).is_some().then_some(i)
        };
        if let Some(i) = same.or_else(fuller).or_else(opens) {
            let existing = &mut self.people[i];
            if words > existing.words {
                existing.rename(&m.name);
            }
            existing.gender = existing.gender.or(m.gender);
            existing.gendered_name |= m.gender.is_some();
            existing.gender_sure |= m.titled_gender;
            return;
        }
        self.people.push(Person::new(
            m,
            words,
            (surname, given),
            folded,
            words >= 3 && first_names.get(first).is_some(),
        ));
    }

    /// The person a name refers to: same given name and surname, or a bare surname (or, failing
    /// that, a bare given name such as `Kim` for `Kim Jong-un`).
    pub fn find(&self, name: &str) -> Option<usize> {
        if self.people.is_empty() {
            return None;
        }
        let first_w = first_word(name);
        // Two words or more when a space follows the first (the words are counted only when
        // asked below).
        let several = first_w.len() < name.len();
        // (the given name's key and the surname's: the first and last words, bar a name that
        // puts its surname first)
        let (first, last) = if several {
            let (surname, given) = surname_and_given(name);
            (name_key(given), name_key(surname))
        } else {
            let first = name_key(first_w);
            (first, first)
        };
        // Keys are compared as written: news capitalises names the same way throughout.
        let same_surname = self.keys.get(Key::Surname, last);
        // The one person whose longer name ends in these words: `Van der Berg said` opening a
        // sentence for `Anneke van der Berg` (not `Ingrid Berg`; `Al Gore` is no `Tipper
        // Gore`), and the two surnames of Spanish and Portuguese names (`Baez Silva` for
        // `Carlos Baez Silva`).
        let ends_so = || {
            // (not the short form itself, gathered as a person of its own)
            only(same_surname.clone().filter(|&i| {
                self.people[i].name.len() > name.len() && ends_in_words(&self.people[i].name, name)
            }))
        };
        if several && opens_with_particle(first_w) {
            if let Some(i) = ends_so() {
                return Some(i);
            }
            // …or, when no one else bears the last word as a surname, holds them inside: the
            // first of two surnames, `de la Cruz` for `Rosa Elvira de la Cruz Huamaní` (the
            // one person whose name does, as whole words).
            if same_surname.clone().all(|i| self.people[i].name == name) {
                let inside = |full: &str| {
                    full.match_indices(name).any(|(at, _)| {
                        full[..at].ends_with(' ') && full[at + name.len()..].starts_with(' ')
                    })
                };
                let mut holders = (self.people.iter().enumerate()).filter(|(_, p)| inside(&p.name));
                if let (Some((i, _)), None) = (holders.next(), holders.next()) {
                    return Some(i);
                }
            }
        }
        if several {
            // (The first candidate read once: most surnames are one person's.)
            let mut rest = same_surname.clone();
            let same_given = |i: &usize| same_key(self.people[*i].given(), first);
            let Some(first_cand) = rest.next() else {
                // `Teodoro Quispe` for `Teodoro Quispe Huamaní`: a given name and the first of
                // two surnames open one person's name.
                return self.one_inside(last, |i| {
                    same_given(&i) && self.people[i].words == word_count(name) + 1
                });
            };
            return std::iter::once(first_cand)
                .chain(rest)
                .find(same_given)
                // (whatever the given name, where a particle inside says the words are one
                // surname: `Ruiz de la Peña` for `Ximena Ruiz de la Peña`)
                .or_else(|| {
                    ends_so().filter(|&i| self.people[i].gendered_name || particle_inside(name))
                })
                .or_else(|| {
                    let n = word_count(name);
                    same_surname.clone().find(|&i| self.people[i].words < n)
                });
        }
        let mut same_surname = same_surname;
        same_surname
            .next()
            // A bare given name: Asian names put the family name first (`Kim` for `Kim Jong-un`).
            .or_else(|| self.keys.get(Key::Given, last).next())
            // A word inside a longer name: Spanish and Portuguese names carry two surnames and
            // the first is used alone (`Toledo` for `Marta Toledo Arrieta`).
            .or_else(|| {
                let inner =
                    (self.inner.iter()).find(|(k, _)| same_key(&self.inner_text[k.clone()], last));
                inner.map(|&(_, i)| i)
            })
    }

    /// The one person whose surname is the last word of `name` and who `fits`, when more than
    /// one bears it (see [`People::build`]).
    fn one_bearer(&self, name: &str, fits: impl Fn(usize) -> bool) -> Option<usize> {
        let bearers = self.keys.get(Key::Surname, name_key(last_word(name)));
        bearers.clone().nth(1)?;
        only(bearers.filter(|&i| fits(i)))
    }

    /// The one person whose name holds `word` inside ([`Person::inner_words`]) and who `fits`.
    fn one_inside(&self, word: &str, fits: impl Fn(usize) -> bool) -> Option<usize> {
        only(
            (self.inner.iter())
                .filter(|(k, i)| same_key(&self.inner_text[k.clone()], word) && fits(*i))
                .map(|&(_, i)| i),
        )
    }

    /// [`People::one_bearer`] whose gender is `g` (or, failing one, the one not known to be of
    /// the other).
    fn bearer_of_gender(&self, name: &str, g: Gender) -> Option<usize> {
        let gender = |i: usize| self.people[i].gender;
        self.one_bearer(name, |i| gender(i) == Some(g))
            .or_else(|| self.one_bearer(name, |i| gender(i).is_none_or(|h| h == g)))
            // (`Ms. Quispe` beside `Rosa Quispe Mamani` and `Teodoro Quispe Huamaní`: the first
            // of two surnames, inside the names, the one of that gender)
            .or_else(|| self.one_inside(name, |i| gender(i) == Some(g)))
    }

    /// [`People::one_bearer`] given one of `roles` before.
    fn bearer_of_role(&self, name: &str, roles: &[String]) -> Option<usize> {
        self.one_bearer(name, |i| {
            self.people[i].roles.iter().any(|r| roles.contains(r))
        })
    }

    /// [`People::one_bearer`] last named in full in paragraph `para` (by `named_in`), of no
    /// gender other than `g`, the one a title gave the name.
    fn bearer_named_in(
        &self,
        name: &str,
        g: Option<Gender>,
        named_in: &[Option<usize>],
        para: usize,
    ) -> Option<usize> {
        self.one_bearer(name, |i| {
            named_in.get(i).copied().flatten() == Some(para)
                && g.is_none_or(|g| self.people[i].gender.is_none_or(|h| h == g))
        })
    }

    /// True when more than one person of the article bears surname `word`.
    pub fn surname_shared(&self, word: &str) -> bool {
        self.keys.get(Key::Surname, name_key(word)).nth(1).is_some()
    }

    /// True when `word` is a given name or surname of someone in the article.
    pub fn has_name_word(&self, word: &str) -> bool {
        let k = name_key(word);
        // Compared by fingerprint first: most people are passed over without their keys read.
        let folded = folded_print(k);
        self.people.iter().any(|p| {
            (p.folded_given == folded && same_key(p.given(), k))
                || (p.folded_surname == folded && same_key(p.surname(), k))
        }) || (self.inner.iter()).any(|(w, _)| same_key(&self.inner_text[w.clone()], k))
    }
}

#[cfg(test)]
mod tests;
