//! What a whole article says about its words, gathered before names are found: which
//! sentence-initial capitals are common words the article also writes in lower case, and which
//! capitalised words it uses alone, as surnames are.

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon;

use super::names::is_initial;
use super::tokens::{T, Tok};

/// What the whole article says about its words, gathered before names are found.
#[derive(Debug, Default)]
pub(crate) struct Vocab<'a, 'p> {
    /// Sentence-initial capitalised words the article also writes in lower case, in lower case
    /// (`shortly`, `man`): their capital marks no name. Function words are left out: callers
    /// check them first. (The article's own lower-case words, borrowed from its text: a list,
    /// for an article finds few and the list is asked only of words [`Vocab::build`] did not
    /// judge.)
    lower: Vec<&'p str>,
    /// The shapes of the words of `lower`, which rule out most words without lowering them.
    lower_shapes: FewShapes,
    /// The article's paragraphs, for the rarer questions (see [`Vocab::is_lone`]), each with
    /// where its words end in `initials`.
    paras: Vec<(&'a [Tok<'p>], usize)>,
    /// What [`Vocab::build`] found of each capitalised word opening a sentence, by token index,
    /// paragraph after paragraph (see [`Vocab::initials`]): the names pass asks the same of the
    /// same words.
    initials: Vec<(usize, Initial)>,
    /// Each paragraph's words a name may start at (see [`Vocab::names_alone_within`]; none in
    /// the tests' vocabulary of one text, which looks at every word).
    heads: Vec<&'a [usize]>,
    /// Every word the article writes in lower case, gathered when first asked (see
    /// [`Vocab::writes_lower_anywhere`]: few articles ask).
    lower_words: std::cell::OnceCell<rustc_hash::FxHashSet<&'p str>>,
    /// Every word the article uses alone, as a surname is (see [`Vocab::is_lone`]), gathered
    /// when first asked.
    lone_words: std::cell::OnceCell<rustc_hash::FxHashSet<&'p str>>,
    /// How many questions [`Vocab::is_lone`] answered by a scan, before it gathers the words.
    lone_asked: std::cell::Cell<u8>,
    /// The same for [`Vocab::writes_lower_anywhere`].
    lower_asked: std::cell::Cell<u8>,
}

/// What [`Vocab::build`] found of a capitalised word opening a sentence: whether it is a
/// function word (`The`, `But`), and whether the article also writes it in lower case
/// ([`Vocab::writes_lower`], asked of no function word).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Initial(u8);

impl Initial {
    const FUNCTION: u8 = 1;
    const LOWER: u8 = 2;

    /// A function word ([`lexicon::is_function_word_any_case`]).
    pub(crate) fn is_function_word(self) -> bool {
        self.0 & Self::FUNCTION != 0
    }

    /// No function word, and one the article also writes in lower case.
    pub(crate) fn written_lower(self) -> bool {
        self.0 & Self::LOWER != 0
    }
}

/// How many [`Vocab::is_lone`] (or [`Vocab::writes_lower_anywhere`]) questions an article
/// answers by scanning its words before it gathers the words it uses alone (or in lower case).
const LONE_SCANS: u8 = 8;

impl<'a, 'p> Vocab<'a, 'p> {
    /// Gathers the vocabulary of one text (tests): every lower-case word counts.
    #[cfg(test)]
    pub(crate) fn of(toks: &'a [Tok<'p>]) -> Self {
        Self::with_lower(
            toks.iter()
                .filter(|t| t.t == T::Word && t.s.starts_with(|c: char| c.is_lowercase()))
                .map(|t| t.s)
                .collect(),
            vec![(toks, 0)],
        )
    }

    fn with_lower(lower: Vec<&'p str>, paras: Vec<(&'a [Tok<'p>], usize)>) -> Self {
        let mut lower_shapes = FewShapes::default();
        for w in &lower {
            lower_shapes.insert(w);
        }
        Vocab {
            lower,
            lower_shapes,
            paras,
            initials: Vec::new(),
            heads: Vec::new(),
            lower_words: std::cell::OnceCell::new(),
            lone_words: std::cell::OnceCell::new(),
            lone_asked: std::cell::Cell::new(0),
            lower_asked: std::cell::Cell::new(0),
        }
    }

    /// Gathers the vocabulary of an article from its paragraphs' tokens, sentences and the
    /// words a name may start at (as the tokenizer notes them: every capitalised word is one),
    /// and what it finds of those that open a sentence (see [`Vocab::initials`]).
    pub(crate) fn build<'s>(paras: impl Iterator<Item = Para<'a, 'p, 's>>) -> Self {
        let n = paras.size_hint().0;
        let mut toks = Vec::with_capacity(n);
        // (About one sentence-initial capital for each sentence.)
        let mut initials = Vec::with_capacity(2 * n + 8);
        let mut heads = Vec::with_capacity(n);
        let lower = initial_vocab(paras, &mut toks, &mut initials, &mut heads);
        Vocab {
            initials,
            heads,
            ..Self::with_lower(lower, toks)
        }
    }

    /// What [`Vocab::build`] found of the capitalised words opening a sentence
    /// ([`super::names::is_initial`]) among the heads of paragraph `i`: what [`Vocab::initial`]
    /// says of each.
    pub(crate) fn initials(&self, i: usize) -> Initials<'_> {
        let from = i.checked_sub(1).map_or(0, |j| self.paras[j].1);
        Initials(&self.initials[from..self.paras[i].1])
    }

    /// [`Initial`] of `word` worked out afresh, for words [`Vocab::build`] did not judge (rare:
    /// kept out of the names pass's loop).
    #[inline(never)]
    pub(crate) fn initial(&self, word: &str) -> Initial {
        if lexicon::is_function_word_any_case(word) {
            Initial(Initial::FUNCTION)
        } else if self.writes_lower(word) {
            Initial(Initial::LOWER)
        } else {
            Initial::default()
        }
    }

    /// True when `lower` holds `word` in lower case (`Man` for `man`). An ASCII word keeps its
    /// shape when lowered: most are ruled out before they are.
    pub(crate) fn writes_lower(&self, word: &str) -> bool {
        if word.is_ascii() && !self.lower_shapes.may_hold(word) {
            return false;
        }
        lexicon::with_lower(word, |lower| self.lower.contains(&lower))
    }

    /// True when the article uses `word` alone, as a surname is (`Spieth said`, `Mr. Healey`):
    /// no capitalised word beside it, bar an honorific before.
    /// (The first few questions are answered by a scan, as most articles ask few; then the
    /// words so used are gathered once, so that a long file that asks of many names stays
    /// linear.)
    pub(crate) fn is_lone(&self, word: &str) -> bool {
        let lone_at = |toks: &[Tok<'_>], i: usize| {
            toks[i].t == T::Word
                && (i == 0 || !toks[i - 1].is_cap() || lexicon::honorific(toks[i - 1].s).is_some())
                && toks.get(i + 1).is_none_or(|n| !n.is_cap())
        };
        if self.lone_words.get().is_none() && self.lone_asked.get() < LONE_SCANS {
            self.lone_asked.set(self.lone_asked.get() + 1);
            return self.paras.iter().any(|&(toks, _)| {
                toks.iter()
                    .enumerate()
                    .any(|(i, t)| t.base() == word && lone_at(toks, i))
            });
        }
        let words = self.lone_words.get_or_init(|| {
            let mut words = rustc_hash::FxHashSet::default();
            for &(toks, _) in &self.paras {
                for (i, t) in toks.iter().enumerate() {
                    if lone_at(toks, i) {
                        words.insert(t.base());
                    }
                }
            }
            words
        });
        words.contains(word)
    }
}

impl Vocab<'_, '_> {
    /// True when the article writes `word` in lower case anywhere (`wildfire` for `Wildfire`),
    /// not only at a sentence's start as [`Vocab::writes_lower`] knows.
    /// (Asked of few words: the first few questions are answered by a scan; then the
    /// article's lower-case words are gathered once, so that a long file asking often stays
    /// linear.)
    #[inline(never)]
    pub(crate) fn writes_lower_anywhere(&self, word: &str) -> bool {
        if self.lower_words.get().is_none() && self.lower_asked.get() < LONE_SCANS {
            self.lower_asked.set(self.lower_asked.get() + 1);
            return lexicon::with_lower(word, |lower| {
                lower != word
                    && self
                        .paras
                        .iter()
                        .any(|&(toks, _)| toks.iter().any(|t| t.s == lower))
            });
        }
        let words = self.lower_words.get_or_init(|| {
            self.paras
                .iter()
                .flat_map(|&(toks, _)| toks.iter())
                .filter(|t| t.t == T::Word && t.s.starts_with(|c: char| c.is_lowercase()))
                .map(|t| t.s)
                .collect()
        });
        lexicon::with_lower(word, |lower| lower != word && words.contains(lower))
    }

    /// True when the article also writes `word` capitalised on its own inside a sentence
    /// ([`alone_within`]: `giant Orange launched`), as a name is written, not a common word at
    /// a sentence's start.
    /// (Asked of few words, after the rest: a scan of the words a name may start at.)
    pub(crate) fn names_alone_within(&self, word: &str) -> bool {
        let alone = |toks: &[Tok<'_>], i: usize| toks[i].s == word && alone_within(toks, i);
        if self.heads.is_empty() {
            return self
                .paras
                .iter()
                .any(|&(toks, _)| (0..toks.len()).any(|i| alone(toks, i)));
        }
        self.paras
            .iter()
            .zip(&self.heads)
            .any(|(&(toks, _), heads)| heads.iter().any(|&i| alone(toks, i)))
    }
}

/// True when the capitalised word `toks[i]` stands on its own inside a sentence: after a
/// lower-case word (no `and`, `of` or `for`, which join a body's name: `Trade and Industry
/// (MITI)`), with no capitalised word after it.
fn alone_within(toks: &[Tok<'_>], i: usize) -> bool {
    i > 0
        && toks[i - 1].t == T::Word
        && toks[i - 1].lower_first().is_ascii_lowercase()
        && !matches!(toks[i - 1].s, "and" | "of" | "for")
        && toks.get(i + 1).is_none_or(|n| !n.is_cap())
}

/// What [`Vocab::build`] found of one paragraph's sentence-initial capitals, by token index in
/// order.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Initials<'v>(&'v [(usize, Initial)]);

impl Initials<'_> {
    /// What was found of token `i` (none unless it is a capitalised word opening a sentence).
    /// (A paragraph has few sentences: a short scan, asked only of sentence starts; a binary
    /// search for long lists, where a scan would be quadratic.)
    pub(crate) fn at(self, i: usize) -> Option<Initial> {
        if self.0.len() > 16 {
            let k = self.0.binary_search_by_key(&i, |&(k, _)| k).ok()?;
            return Some(self.0[k].1);
        }
        let &(k, v) = self.0.iter().find(|(k, _)| *k >= i)?;
        (k == i).then_some(v)
    }
}

/// A paragraph as [`Vocab::build`] reads it: tokens and words a name may start at (kept), and
/// sentences (read only while it builds).
pub(crate) type Para<'a, 'p, 's> = (&'a [Tok<'p>], &'s [std::ops::Range<usize>], &'a [usize]);

/// Of the words that open a sentence with a capital, those the article also writes in lower
/// case (`Shortly`, `Man`), in lower case (as the article writes them, each once).
///
/// The paragraphs are read once: their tokens are pushed to `all` (with where each one's words
/// end in `initials`), where the lower-case words are then looked for. What is found of each
/// capitalised word opening a sentence is pushed to `initials` (see [`Vocab::initials`]).
fn initial_vocab<'a, 'p: 'a, 's>(
    paras: impl Iterator<Item = Para<'a, 'p, 's>>,
    all: &mut Vec<(&'a [Tok<'p>], usize)>,
    initials: &mut Vec<(usize, Initial)>,
    kept_heads: &mut Vec<&'a [usize]>,
) -> Vec<&'p str> {
    // The words wanted, lowered one after another into one buffer (`ends` says where each
    // ends): copied to the heap one by one, they cost more than their lookups. (Room for the
    // few of most articles.)
    let mut lowered = String::with_capacity(256);
    // (with the index in `initials` of each word's head)
    let mut ends = Vec::with_capacity(32);
    // Most words are ruled out by their shape without hashing.
    let mut shapes = LowerShapes([0; 256]);
    for (toks, sentences, heads) in paras {
        // The sentences are passed in step with the heads (both in text order): `next` is the
        // first that does not open before the head asked about.
        let mut next = sentences;
        for &i in heads {
            let t = &toks[i];
            if !t.is_cap() {
                continue;
            }
            while let [s, rest @ ..] = next
                && s.start < i
            {
                next = rest;
            }
            if is_initial(toks, i, next.first().map(|s| s.start).as_slice()) {
                // Function words (`The`, `But`) are told apart without the article's help.
                if lexicon::is_function_word_any_case(t.s) {
                    initials.push((i, Initial(Initial::FUNCTION)));
                    continue;
                }
                initials.push((i, Initial::default()));
                let from = lowered.len();
                // (an ASCII word lowers byte by byte, in place)
                if t.s.is_ascii() {
                    lowered.push_str(t.s);
                    lowered[from..].make_ascii_lowercase();
                } else {
                    lowered.push_str(&lexicon::lower(t.s));
                }
                shapes.insert(&lowered[from..]);
                ends.push((lowered.len(), initials.len() - 1));
            }
        }
        kept_heads.push(heads);
        all.push((toks, initials.len()));
    }
    if ends.is_empty() {
        Vec::new()
    } else if ends.len() <= FEW {
        find_few(all, &shapes, &lowered, &ends, initials)
    } else {
        find_many(all, &shapes, &lowered, &ends, initials)
    }
}

/// Up to how many words wanted [`find_few`] looks for (comparing each word that passes the
/// shapes with every one), not [`find_many`] (hashing it): most articles want a handful, and
/// pass few words.
const FEW: usize = 12;

/// Marks [`Initial::LOWER`] on the heads in `initials` of the words wanted (`lowered`, each
/// ending at `ends` with its head) that the paragraphs' tokens hold, and returns those words
/// (borrowed from the tokens, each once). A word wanted twice is simply compared twice: no set of words is built.
fn find_few<'p>(
    paras: &[(&[Tok<'p>], usize)],
    shapes: &LowerShapes,
    lowered: &str,
    ends: &[(usize, usize)],
    initials: &mut [(usize, Initial)],
) -> Vec<&'p str> {
    let mut found = Vec::new();
    // (the heads not marked yet: the scan stops when none are left)
    let mut left = ends.len();
    // (Loops over each paragraph's tokens in turn: a flattened iterator cost more than the
    // test it fed.)
    'scan: for &(toks, _) in paras {
        for t in toks {
            // (No mark opens with an ASCII letter: the first byte tells words without the kind.)
            if !shapes.may_hold(t) {
                continue;
            }
            let mut from = 0;
            let mut hit = false;
            for &(end, head) in ends {
                if lowered.as_bytes()[from..end] == *t.s.as_bytes()
                    && !initials[head].1.written_lower()
                {
                    initials[head].1 = Initial(Initial::LOWER);
                    left -= 1;
                    hit = true;
                }
                from = end;
            }
            if hit {
                found.push(t.s);
                if left == 0 {
                    break 'scan;
                }
            }
        }
    }
    found
}

/// [`find_few`] of many words wanted: each is looked for in a map, and a word wanted twice is
/// looked for once.
fn find_many<'p>(
    paras: &[(&[Tok<'p>], usize)],
    shapes: &LowerShapes,
    lowered: &str,
    ends: &[(usize, usize)],
    initials: &mut [(usize, Initial)],
) -> Vec<&'p str> {
    // Sized for the words of an article at once: grown step by step, the map's rehashing
    // cost more than its lookups. Each word maps to its first head in `initials`; the heads of
    // its other copies are paired with that one.
    let mut wanted: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(ends.len(), Default::default());
    let mut copies = Vec::new();
    let mut from = 0;
    for &(end, head) in ends {
        let first = *wanted.entry(&lowered[from..end]).or_insert(head);
        if first != head {
            copies.push((head, first));
        }
        from = end;
    }
    // Each word is looked up once: the map of words still wanted shrinks as they are found.
    let mut found = Vec::new();
    'scan: for &(toks, _) in paras {
        for t in toks {
            if shapes.may_hold(t)
                && let Some(head) = wanted.remove(t.s)
            {
                found.push(t.s);
                initials[head].1 = Initial(Initial::LOWER);
                if wanted.is_empty() {
                    break 'scan;
                }
            }
        }
    }
    for (head, first) in copies {
        initials[head].1 = initials[first].1;
    }
    found
}

/// [`FewShapes`] for the scan of [`initial_vocab`], by first byte: only words opening with an
/// ASCII lower-case letter are held, and a token's first byte picks its slot without being
/// tested (most tokens are ruled out by that one load).
struct LowerShapes([u64; 256]);

impl LowerShapes {
    /// Adds `w` unless it opens with anything but an ASCII lower-case letter (the scan looks
    /// for no other).
    fn insert(&mut self, w: &str) {
        if w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            let bit = FewShapes::slot(w).1;
            self.0[usize::from(w.as_bytes()[0])] |= bit;
        }
    }

    /// False when no inserted word has the first byte, length and last letter's low bits of
    /// token `t`. Most tokens are ruled out by the first byte the token holds (see
    /// [`Tok::lower_first`]: no other token's byte is a slot's here) and their length, before
    /// their text is read. (A slot's bits for a length, not whether it holds any: a test that
    /// fails for most tokens, and so seldom mispredicts.)
    #[inline]
    fn may_hold(&self, t: &Tok<'_>) -> bool {
        let slot = self.0[usize::from(t.lower_first())];
        slot & FewShapes::length_bits(t.s.len()) != 0 && slot & FewShapes::slot(t.s).1 != 0
    }
}

/// A filter for the few words of one article: a bit per length and last letter for each first
/// letter, ASCII case ignored. Small enough to build on the stack for every article (the word lists' 4 KB
/// `ShapeFilter` cost more to clear than it saved here).
#[derive(Debug, Default)]
struct FewShapes([u64; 32]);

impl FewShapes {
    fn slot(w: &str) -> (usize, u64) {
        let b = w.as_bytes();
        // (Lengths modulo 16: one instruction fewer than a cap, for a filter as good.)
        let bit = ((b.len() & 15) << 2) | usize::from(b[b.len() - 1] & 3);
        (usize::from(b[0] & 31), 1 << bit)
    }

    /// The bits of [`FewShapes::slot`] that words of length `n` may set (one for each low
    /// bits of a last letter).
    fn length_bits(n: usize) -> u64 {
        0b1111 << ((n & 15) << 2)
    }

    fn insert(&mut self, w: &str) {
        if !w.is_empty() {
            let (slot, bit) = Self::slot(w);
            self.0[slot] |= bit;
        }
    }

    /// False when no inserted word has `w`'s first letter, length and last letter's low bits.
    fn may_hold(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let Some(&first) = b.first() else {
            return false;
        };
        // Most words share no first letter with the few inserted: one load rules them out.
        let slot = self.0[usize::from(first & 31)];
        slot != 0 && slot & Self::slot(w).1 != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_initials_agree_with_the_words_judged_afresh() {
        use super::super::tokens::{is_name_head, sentences, tokenize};
        let texts = [
            "Shortly after, Man United won. The man said so. Shortly. Ellison left.",
            "Is Ellison here? He left shortly. But Rome is, is it not? Rome fell; Man fell.",
        ];
        let toks: Vec<_> = texts.iter().map(|t| tokenize(t, false)).collect();
        let sentences: Vec<_> = toks.iter().map(|t| sentences(t)).collect();
        let heads: Vec<Vec<usize>> = toks
            .iter()
            .map(|t| (0..t.len()).filter(|&k| is_name_head(&t[k])).collect())
            .collect();
        let vocab = Vocab::build(
            (0..texts.len()).map(|i| (&toks[i][..], &sentences[i][..], &heads[i][..])),
        );
        let mut lower = vec![];
        for (i, toks) in toks.iter().enumerate() {
            let starts: Vec<usize> = sentences[i].iter().map(|r| r.start).collect();
            for &k in &heads[i] {
                let found = vocab.initials(i).at(k);
                if toks[k].is_cap() && is_initial(toks, k, &starts) {
                    let found = found.expect("a sentence-initial capital is judged");
                    assert_eq!(found, vocab.initial(toks[k].s), "{}", toks[k].s);
                    if found.written_lower() {
                        lower.push(toks[k].s);
                    }
                } else {
                    assert_eq!(found, None, "{}", toks[k].s);
                }
            }
        }
        assert_eq!(lower, ["Shortly", "Shortly", "Man"]);
    }

    #[test]
    fn few_shapes_never_rule_out_an_inserted_word() {
        let mut f = FewShapes::default();
        let words = [
            "shortly",
            "man",
            "x",
            "über",
            "an-extraordinarily-long-word",
        ];
        for w in words {
            f.insert(w);
        }
        for w in words {
            assert!(f.may_hold(w), "{w}");
            assert_ne!(
                FewShapes::slot(w).1 & FewShapes::length_bits(w.len()),
                0,
                "{w}"
            );
        }
        assert!(!f.may_hold("") && !f.may_hold("woman") && !f.may_hold("shortlz"));
    }

    #[test]
    fn lower_shapes_hold_words_opening_in_lower_case_only() {
        use super::super::tokens::tokenize;
        let mut f = LowerShapes([0; 256]);
        for w in [
            "shortly", "man", "x", "zoo", "Man", "über", "", "{", "don’t",
        ] {
            f.insert(w);
        }
        let toks = tokenize("shortly man x zoo don’t Man über { woman Shortly", false);
        let held: Vec<&str> = toks.iter().filter(|t| f.may_hold(t)).map(|t| t.s).collect();
        assert_eq!(held, ["shortly", "man", "x", "zoo", "don’t"]);
    }
}
