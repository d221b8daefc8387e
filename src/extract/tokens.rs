//! Tokens of a paragraph with byte offsets, the quoted spans they fall in, and sentence bounds.

mod periods;
mod runs;
mod spans;

use crate::lexicon::{Verbs, reporting_verbs};
use periods::{is_dotted, keeps_period, keeps_period_alnum};
pub(crate) use runs::has_lowercase;
use runs::{
    ALNUM, ASCII_CLASS, SPACE, alnum_run, digit_run, is_web_suffix, letter_run, letters_at,
};
#[cfg(test)]
pub(crate) use spans::sentences;
pub(crate) use spans::{quote_spans_at, sentences_at};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum T {
    /// A word (letters, digits, inner `-'’.&`, abbreviation periods, possessive `’s`).
    Word,
    /// Any other single mark.
    Punct,
    /// An opening double quotation mark.
    Open,
    /// A closing double quotation mark.
    Close,
}

/// One token, in 24 bytes: the article's token list is written and read by every pass, and
/// the smaller it is, the fewer cache lines they touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    pub s: &'a str,
    /// Where it starts in its paragraph (see [`Tok::start`]; no paragraph is 4 GB long).
    start: u32,
    pub t: T,
    /// Inside a quotation (marks themselves excluded).
    pub quoted: bool,
    /// What the tokenizer settled of the token's text, one bit each ([`Tok::CAP`] …), asked
    /// by later passes without reading its bytes.
    flags: u8,
    /// The first byte of a word opening with an ASCII lower-case letter; for other tokens a
    /// byte that is no such letter (0 for a mark and a plain word of another kind): what the
    /// vocabulary's search of the whole article for lower-case words reads first, without
    /// following the word's pointer.
    first: u8,
}

// (its end is `start + s.len()`, not stored, and its start a `u32`)
const _: () = assert!(size_of::<Tok<'_>>() == 24);

impl<'a> Tok<'a> {
    /// A word starting with an upper-case letter (asked of most tokens by several passes, so
    /// settled once here).
    const CAP: u8 = 1;
    /// A word with a possessive ending ([`strip_possessive`] shortens it): asked by every pass
    /// that reads a word's base, and known for free of the plain words the tokenizer's fast
    /// path pushes.
    const POSS: u8 = 2;
    /// A word of ASCII letters and digits only, as the tokenizer's fast path pushes: the name
    /// finder settles it without reading its bytes for marks.
    const PLAIN: u8 = 4;
    /// A quotation mark, or a word that may cue reported speech where it does not open its
    /// sentence (see [`may_cue_within`]): where the attribution's search for cues, a pass over
    /// every token, stops. Settled here, where the word's bytes are at hand.
    const STOP: u8 = 8;

    /// Where the token starts in its paragraph's text (a byte offset).
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Where the token ends (one past its last byte).
    #[inline]
    pub fn end(&self) -> usize {
        self.start() + self.s.len()
    }

    /// True for a word starting with an upper-case letter.
    #[inline]
    pub fn is_cap(&self) -> bool {
        self.flags & Self::CAP != 0
    }

    /// The word without a possessive ending (`Kerry’s` → `Kerry`).
    #[inline]
    pub fn base(&self) -> &'a str {
        if self.is_possessive() {
            strip_possessive(self.s)
        } else {
            self.s
        }
    }

    /// True when the word ends with a possessive `’s` / `'s` (or `s’`).
    #[inline]
    pub fn is_possessive(&self) -> bool {
        self.flags & Self::POSS != 0
    }

    /// True for a word known to hold ASCII letters and digits only (false is no proof of the
    /// contrary: only the tokenizer's fast path sets it).
    #[inline]
    pub fn is_plain(&self) -> bool {
        self.flags & Self::PLAIN != 0
    }

    /// True for a quotation mark or a word that may cue reported speech within its sentence
    /// (see [`may_cue_within`]).
    #[inline]
    pub fn is_stop(&self) -> bool {
        self.flags & Self::STOP != 0
    }

    /// The first byte of a word opening with an ASCII lower-case letter; for any other token a
    /// byte that is no such letter.
    #[inline]
    pub fn lower_first(&self) -> u8 {
        self.first
    }

    /// True for this exact punctuation mark.
    #[inline]
    pub fn is(&self, p: &str) -> bool {
        self.s == p
    }
}

/// A paragraph's tokens: its slice of the article's (see [`tokenize_into`]), read as a slice.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Toks<'a>(pub &'a [Tok<'a>]);

impl<'a> std::ops::Deref for Toks<'a> {
    type Target = [Tok<'a>];

    #[inline]
    fn deref(&self) -> &[Tok<'a>] {
        self.0
    }
}

impl<'a> IntoIterator for &Toks<'a> {
    type Item = &'a Tok<'a>;
    type IntoIter = std::slice::Iter<'a, Tok<'a>>;

    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Removes a possessive ending.
pub(crate) fn strip_possessive(s: &str) -> &str {
    // Most words do not end in `s`: read from the last byte, without decoding a char.
    let b = s.as_bytes();
    let [rest @ .., last] = b else {
        return s;
    };
    if !matches!(last, b's' | b'S') {
        return s;
    }
    // Then the mark before it, straight or curly, from the bytes too: this runs for most tokens.
    let mark = if rest.last() == Some(&b'\'') {
        1
    } else if rest.ends_with("’".as_bytes()) {
        "’".len()
    } else {
        return s;
    };
    // A bare `’s` is no possessive.
    if b.len() > mark + 1 {
        &s[..b.len() - mark - 1]
    } else {
        s
    }
}

/// A word `s` that may cue reported speech where it does not open its sentence: a reporting
/// verb's form or another cue, which the verbs' filter lets through, lower case (bar a
/// sentence's first word, which the attribution asks itself), outside quotations, of three
/// bytes or more and under 32.
#[inline(always)]
fn may_cue_within(s: &str, quoted: bool, verbs: &Verbs) -> bool {
    (3..32).contains(&s.len())
        && !quoted
        && s.as_bytes()[0].is_ascii_lowercase()
        && verbs.may_hold_any_case(s)
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&' | '\u{2011}')
}

/// Splits a paragraph into tokens and marks which are quoted.
///
/// `continues_quote` says the paragraph opens inside a quotation left open by the previous one.
/// Quoted tokens are marked as they are pushed: opening and closing marks pair in order, and an
/// opening mark left unclosed runs to the end of the paragraph (a quote that goes on in the next
/// one). An unbalanced mark is passed over (a paragraph that continues a quote and re-opens it at
/// once, the usual style, stays inside).
pub(crate) fn tokenize(text: &str, continues_quote: bool) -> Vec<Tok<'_>> {
    tokenize_noting(text, continues_quote, &mut Notes::default()).0
}

/// What the tokenizer notes of an article's paragraphs on its way: what later passes would
/// otherwise search every token for.
#[derive(Debug, Default)]
pub(crate) struct Notes {
    /// The tokens where a sentence may end ([`ends_like_sentence`], for [`sentences_at`]), of
    /// the paragraph tokenized last.
    pub marks: Vec<usize>,
    /// The words a name may start at ([`is_name_head`]), of every paragraph in turn.
    heads: Vec<usize>,
    /// The quotation marks (opening or closing, for [`quote_spans_at`]), of every paragraph in
    /// turn.
    quote_marks: Vec<usize>,
    /// Where each paragraph's `heads` and `quote_marks` end.
    ends: Vec<(usize, usize)>,
    /// The match scores seen (`1 – 0`, `7-4`: [`ends_score`]).
    pub scores: usize,
    /// Where the paragraph tokenized last starts in the article's tokens (see
    /// [`tokenize_into`]).
    base: usize,
}

impl Notes {
    /// Empties the notes for an article of `bytes` bytes in `paragraphs` paragraphs, with room
    /// for its lists at once (grown a step at a time from nothing, they were copied some ten
    /// times an article). The lists keep their room from article to article: written where the
    /// article before wrote, warm in the cache, rather than in fresh memory.
    pub fn reset(&mut self, bytes: usize, paragraphs: usize) {
        // (a capitalised word or a number every 16 bytes is more than news text holds)
        for (list, room) in [
            (&mut self.marks, bytes / 64 + 4),
            (&mut self.heads, bytes / 16 + 8),
            (&mut self.quote_marks, bytes / 64 + 4),
        ] {
            list.clear();
            list.reserve(room);
        }
        self.ends.clear();
        self.ends.reserve(paragraphs);
        self.scores = 0;
        self.base = 0;
    }

    /// The words a name may start at in paragraph `i` (the `i`-th tokenized).
    pub fn heads(&self, i: usize) -> &[usize] {
        let from = i.checked_sub(1).map_or(0, |j| self.ends[j].0);
        &self.heads[from..self.ends[i].0]
    }

    /// The index of the last token of `toks` in the paragraph tokenized last (see
    /// [`tokenize_into`]), what the notes hold.
    #[inline(always)]
    fn last(&self, toks: &[Tok<'_>]) -> usize {
        toks.len() - 1 - self.base
    }

    /// The quotation marks of paragraph `i` (the `i`-th tokenized).
    pub fn quote_marks(&self, i: usize) -> &[usize] {
        let from = i.checked_sub(1).map_or(0, |j| self.ends[j].1);
        &self.quote_marks[from..self.ends[i].1]
    }
}

/// [`tokenize`], with whether the paragraph ends inside an unclosed quotation (what the tests'
/// `ends_in_quote` says of the tokens), noting on the way in `notes` what later passes would
/// otherwise search every token for (the paragraph's `marks` replace those of the previous one).
pub(crate) fn tokenize_noting<'a>(
    text: &'a str,
    continues_quote: bool,
    notes: &mut Notes,
) -> (Vec<Tok<'a>>, bool) {
    // About one token in five bytes: room for more, so that few paragraphs copy their tokens
    // to a larger buffer as they grow.
    let mut toks = Vec::with_capacity(text.len() / 4 + 8);
    let inside = tokenize_into(text, continues_quote, &mut toks, notes);
    (toks, inside)
}

/// [`tokenize_noting`] onto the end of `buffer`, the tokens of the article's paragraphs before
/// (one buffer an article: a buffer of each paragraph's own took an allocation too large for
/// the allocator's fast path, some 150 instructions each). The notes' indices count from the
/// paragraph's first token.
pub(crate) fn tokenize_into<'a>(
    text: &'a str,
    continues_quote: bool,
    buffer: &mut Vec<Tok<'a>>,
    notes: &mut Notes,
) -> bool {
    // (a local vector while the tokens are pushed: behind a reference, its length and capacity
    // were read and written in memory at every token)
    let mut toks = std::mem::take(buffer);
    let bytes = text.as_bytes();
    let n = bytes.len();
    // (no text is that long: said here, the word loop's bounds checks need no overflow test,
    // and a token's start fits its `u32`)
    assert!(n <= u32::MAX as usize);
    notes.base = toks.len();
    let mut inside = continues_quote;
    notes.marks.clear();
    // (fetched once a paragraph: each fetch checks a lock)
    let verbs = reporting_verbs();
    let mut i = 0;
    while i < n {
        // Plain ASCII spaces, words and marks are most of the text: settle them from bytes.
        let b = bytes[i];
        match ASCII_CLASS[b as usize] {
            SPACE => {
                i += 1;
                continue;
            }
            ALNUM => {
                // Most words are ASCII letters and digits that end before a space or a mark
                // joining nothing: pushed here, the general path only for the others. Words
                // one space (or a comma or a sentence's period and a space) apart are read on
                // in this loop.
                let mut b = b;
                // (letters first, and digits only when one stops them: most words hold none)
                let mut end = letter_run(bytes, i + 1);
                loop {
                    let stop = bytes.get(end).copied();
                    // (where the space after the word, or after its comma, lies)
                    let space;
                    if stop == Some(b' ') {
                        // Most words end before a space: settled by that byte alone (a branch
                        // of its own, where the word's bounds need no more checks), and the
                        // word after it read here rather than by another round when it opens
                        // with a letter.
                        push_alnum(text, i, end, b, inside, &mut toks, notes, verbs);
                        space = end;
                    } else if stop.is_some_and(|c| c.is_ascii_digit()) {
                        // (what stops the digits is no letter or digit: settled on the next
                        // round)
                        end = digit_run(bytes, end + 1);
                        continue;
                    } else if stop == Some(b',') && bytes.get(end + 1) == Some(&b' ') {
                        // Many others before a comma (a mark of its own, no sentence's end) and
                        // a space.
                        push_alnum(text, i, end, b, inside, &mut toks, notes, verbs);
                        push_mark(text, end, end + 1, T::Punct, &mut inside, &mut toks);
                        space = end + 1;
                    } else if stop == Some(b'.')
                        && bytes.get(end + 1) == Some(&b' ')
                        && !keeps_period_alnum(&text[i..end])
                    {
                        // And many before a sentence's final period (a token where a sentence
                        // may end) and a space.
                        push_alnum(text, i, end, b, inside, &mut toks, notes, verbs);
                        push_mark(text, end, end + 1, T::Punct, &mut inside, &mut toks);
                        notes.marks.push(notes.last(&toks));
                        space = end + 1;
                    } else {
                        if ends_at(bytes, end)
                            && !(stop == Some(b'.') && keeps_period_alnum(&text[i..end]))
                        {
                            push_alnum(text, i, end, b, inside, &mut toks, notes, verbs);
                            i = end;
                        } else {
                            i = push_word(text, i, b as char, end, inside, &mut toks, verbs);
                            note(&toks, notes);
                            if b.is_ascii_digit() {
                                notes.scores += usize::from(ends_score(&toks[notes.base..]));
                            }
                        }
                        break;
                    }
                    i = space + 1;
                    match letters_at(bytes, i) {
                        Some((first, e)) => (b, end) = (first, e),
                        None => break,
                    }
                }
                continue;
            }
            _ if b < 0x80 && b != b'\'' => {
                // Any other ASCII byte is a one-byte mark (a straight double quote opens or
                // closes by what stands before it).
                if b == b'"' {
                    if let Some(e) = nickname_end(text, i, &toks) {
                        i = e;
                        continue;
                    }
                    let t = straight_quote(text, i, inside);
                    push_mark(text, i, i + 1, t, &mut inside, &mut toks);
                    notes.quote_marks.push(notes.last(&toks));
                } else {
                    push_mark(text, i, i + 1, T::Punct, &mut inside, &mut toks);
                }
                // (the mark is this byte: see `ends_like_sentence`)
                if matches!(b, b'.' | b'!' | b'?' | b'<') {
                    notes.marks.push(notes.last(&toks));
                }
                // Most marks (a comma, a period) come before a space: passed over here.
                i += 1 + usize::from(bytes.get(i + 1) == Some(&b' '));
                continue;
            }
            _ => {}
        }
        i = push_other(text, i, &mut inside, &mut toks, notes, verbs);
    }
    notes
        .ends
        .push((notes.heads.len(), notes.quote_marks.len()));
    *buffer = toks;
    inside
}

/// The token at `i`, a character that is neither ASCII white space, an ASCII letter or digit
/// nor a one-byte ASCII mark (the tokenizer's general path, out of its hot loop); returns
/// where the next one starts.
#[inline(never)]
fn push_other<'a>(
    text: &'a str,
    i: usize,
    inside: &mut bool,
    toks: &mut Vec<Tok<'a>>,
    notes: &mut Notes,
    verbs: &Verbs,
) -> usize {
    let c = char_at(text, i);
    let w = c.len_utf8();
    if c.is_whitespace() || is_invisible(c) {
        return i + w;
    }
    if is_word_char(c) {
        let run = alnum_run(text.as_bytes(), i + c.len_utf8());
        let end = push_word(text, i, c, run, *inside, toks, verbs);
        note(toks, notes);
        return end;
    }
    // Doubled single marks stand for double ones in some typesetting (`creators,’’ says`).
    if matches!(c, '‘' | '’' | '\'') && text[i + w..].starts_with(c) {
        let t = match c {
            '‘' => T::Open,
            '’' => T::Close,
            _ if prev_char(text, i).is_none_or(char::is_whitespace) => T::Open,
            _ => T::Close,
        };
        push_mark(text, i, i + 2 * w, t, inside, toks);
        notes.quote_marks.push(notes.last(toks));
        note_mark(toks, notes);
        return i + 2 * w;
    }
    if c == '“'
        && let Some(e) = nickname_end(text, i, toks)
    {
        return e;
    }
    let t = match c {
        '“' | '«' => T::Open,
        '”' | '»' => T::Close,
        '"' => straight_quote(text, i, *inside),
        _ => T::Punct,
    };
    push_mark(text, i, i + w, t, inside, toks);
    if t != T::Punct {
        notes.quote_marks.push(notes.last(toks));
    }
    note_mark(toks, notes);
    i + w
}

/// `Oluwaseun “Seun” Adebayo`, `Robert "Bobby" Lalonde`: where a nickname quoted between a
/// name's words ends (past its closing mark and the space after it), the mark at
/// `i` opening it. Its marks and word are passed over, so that the name reads whole and no
/// quotation is found.
fn nickname_end(text: &str, i: usize, toks: &[Tok<'_>]) -> Option<usize> {
    let prev = toks.last()?;
    // (not after `In`, `The`: `In “Frozen” Elsa sings`)
    if !prev.is_cap()
        || prev.quoted
        || text.as_bytes().get(i.checked_sub(1)?) != Some(&b' ')
        || crate::lexicon::is_function_word_any_case(prev.s)
    {
        return None;
    }
    let open = text[i..].chars().next()?;
    let close = if open == '“' { '”' } else { '"' };
    let from = i + open.len_utf8();
    let rest = &text[from..];
    let len = rest.find(close)?;
    let word = &rest[..len];
    let after = &rest[len + close.len_utf8()..];
    // (one letter is no nickname: `Toys "R" Us`)
    (word.starts_with(|c: char| c.is_uppercase())
        && (2..=20).contains(&len)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
        && after.starts_with(' ')
        && after[1..].starts_with(|c: char| c.is_uppercase()))
    .then(|| from + len + close.len_utf8() + 1)
}

/// A number of one or two digits (a side's goals, points or sets).
pub(crate) fn small_number(s: &str) -> bool {
    (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// A score written as one word (`7-4`, `2–1`). Most words asked open with no digit and are
/// settled here, inlined where asked.
#[inline]
pub(crate) fn is_joined_score(s: &str) -> bool {
    s.as_bytes().first().is_some_and(u8::is_ascii_digit) && splits_into_score(s)
}

/// [`is_joined_score`] of a word opening with a digit.
fn splits_into_score(s: &str) -> bool {
    s.split_once(['-', '–'])
        .is_some_and(|(a, b)| small_number(a) && small_number(b))
}

/// True when the last token (one opening with a digit) ends a match score: one word (`7-4`),
/// or small numbers either side of a dash (`1 – 0`).
fn ends_score(toks: &[Tok<'_>]) -> bool {
    ends_spaced_score(toks) || toks.last().is_some_and(|b| is_joined_score(b.s))
}

/// [`ends_score`] of a last token of letters and digits only, which is no joined score:
/// small numbers either side of a dash.
fn ends_spaced_score(toks: &[Tok<'_>]) -> bool {
    matches!(toks, [.., a, dash, b]
        if small_number(b.s) && matches!(dash.s, "-" | "–") && small_number(a.s))
}

/// Notes the last token pushed in `marks` or `heads` (see [`tokenize_noting`]).
#[inline(always)]
fn note(toks: &[Tok<'_>], notes: &mut Notes) {
    note_mark(toks, notes);
    if is_name_head(&toks[toks.len() - 1]) {
        notes.heads.push(notes.last(toks));
    }
}

/// [`note`] for a mark, which is no word a name may start at.
#[inline]
fn note_mark(toks: &[Tok<'_>], notes: &mut Notes) {
    if ends_like_sentence(&toks[toks.len() - 1]) {
        notes.marks.push(notes.last(toks));
    }
}

/// Pushes the word `start..end` of ASCII letters and digits opening with `first`, which ends
/// where it does (see [`ends_at`]), and notes it: no sentence's end, a name's start if
/// capitalised, and a score's end if a small number (`verbs` say whether it may cue speech).
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn push_alnum<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    first: u8,
    quoted: bool,
    toks: &mut Vec<Tok<'a>>,
    notes: &mut Notes,
    verbs: &Verbs,
) {
    // (of ASCII letters and digits, the digits lie below 0x40, the upper-case letters below
    // 0x60 and the lower-case ones above: one comparison each)
    let lower = first >= 0x60;
    let s = &text[start..end];
    toks.push(Tok {
        s,
        start: start as u32,
        t: T::Word,
        quoted,
        // (letters and digits only: no apostrophe, no possessive; whether it may cue speech
        // set below for the few that may)
        flags: if !lower && first >= 0x40 {
            Tok::CAP | Tok::PLAIN
        } else {
            Tok::PLAIN
        },
        // (only the first bytes of lower-case words are asked)
        first: if lower { first } else { 0 },
    });
    if lower {
        // ([`may_cue_within`], its first byte's test settled by `lower`, and the verbs' filter
        // asked as of ASCII bytes; asked once the token is pushed, its other fields no longer
        // held. Its tests, whose branches mispredicted often, are combined into the flag
        // without one.)
        if let Some(t) = toks.last_mut() {
            let cue = !quoted & (3..32).contains(&s.len()) & verbs.may_hold_ascii(s);
            t.flags |= Tok::STOP * u8::from(cue);
        }
    } else if first >= 0x40 {
        notes.heads.push(notes.last(toks));
    } else if end - start <= 2 {
        // (no joined score without a dash: only a small number may end one)
        notes.scores += usize::from(ends_spaced_score(&toks[notes.base..]));
    }
}

/// A token that may end a sentence or open a ticker: one ending in `.`, `!`, `?` or `<` (a word
/// or a mark ends in `<` only when it is one).
fn ends_like_sentence(t: &Tok<'_>) -> bool {
    matches!(t.s.as_bytes().last(), Some(b'.' | b'!' | b'?' | b'<'))
}

/// Whether the first third-person pronoun within `reach` tokens from `from`, in the same
/// sentence and outside quotations, is a person's (`…, a drill operator, said his family`,
/// `Jericho Dimaculangan decided he was done`), not a thing's or a group's (`its`, `they`).
pub(crate) fn taken_up_as_person(toks: &[Tok<'_>], from: usize, reach: usize) -> bool {
    toks[from.min(toks.len())..]
        .iter()
        .take(reach)
        .take_while(|t| !matches!(t.s, "." | "!" | "?" | ";"))
        .filter(|t| t.t == T::Word && !t.quoted)
        .find(|t| {
            matches!(
                t.s,
                "he" | "she" | "his" | "her" | "him" | "it" | "its" | "they" | "their" | "them"
            )
        })
        .is_some_and(|t| matches!(t.s, "he" | "she" | "his" | "her" | "him"))
}

/// A word a name may start at: any but a plain lower-case one (`said`; `al-Assad` is one) or
/// a number (no name opens with a digit: every pass that reads the heads passed them over).
pub(crate) fn is_name_head(t: &Tok<'_>) -> bool {
    let b = t.s.as_bytes();
    t.t == T::Word
        && !(b[0].is_ascii_lowercase() && b.get(2) != Some(&b'-'))
        && !b[0].is_ascii_digit()
}

/// Whether the straight double quote at `i` opens (after a space or an opening mark) or closes.
/// One standing apart, with a space after it too, closes the quotation `inside` (`… across
/// Europe, " Eric Abensur said`).
fn straight_quote(text: &str, i: usize, inside: bool) -> T {
    let before_space = prev_char(text, i).is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | '“' | '‘')
    });
    let apart = || text[i + 1..].chars().next().is_none_or(char::is_whitespace);
    if before_space && !(inside && apart()) {
        T::Open
    } else {
        T::Close
    }
}

/// Pushes the mark `start..end` of kind `t`, quoted when `inside` a quotation (marks that open
/// and close one are not), and moves `inside` on.
#[inline(always)]
fn push_mark<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    t: T,
    inside: &mut bool,
    toks: &mut Vec<Tok<'a>>,
) {
    let quoted = match t {
        T::Open => {
            *inside = true;
            false
        }
        T::Close => {
            *inside = false;
            false
        }
        _ => *inside,
    };
    toks.push(Tok {
        s: &text[start..end],
        start: start as u32,
        t,
        quoted,
        flags: if matches!(t, T::Open | T::Close) {
            Tok::STOP
        } else {
            0
        },
        first: 0,
    });
}

/// Zero-width and soft-hyphen characters: invisible in the text, they split nothing.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// The visible character before byte `i`, if any (asked only at a straight quote mark).
fn prev_char(text: &str, i: usize) -> Option<char> {
    // Most marks follow an ASCII byte, a char of its own and no invisible one.
    match text.as_bytes()[..i].last() {
        Some(&b) if b < 0x80 => Some(b as char),
        _ => text[..i].chars().rev().find(|&c| !is_invisible(c)),
    }
}

/// Pushes the word starting at `i` with `first`, whose first run of ASCII letters and digits
/// ends at `run` (`verbs` say whether it may cue speech); returns where it ends.
fn push_word<'a>(
    text: &'a str,
    i: usize,
    first: char,
    run: usize,
    quoted: bool,
    toks: &mut Vec<Tok<'a>>,
    verbs: &Verbs,
) -> usize {
    let mut end = word_end(text, i, run);
    // A final period belongs to initials, dotted acronyms and known abbreviations.
    if text.as_bytes().get(end) == Some(&b'.') && keeps_period(&text[i..end]) {
        end += 1;
        // French joined initials are one word: `J.-P. Gauthier` (ASCII ones; not `U.K.-U.S.`,
        // two acronyms).
        if end == i + 2
            && let [b'-', c, b'.', ref rest @ ..] = text.as_bytes()[end..]
            && c.is_ascii_uppercase()
            && !rest.first().is_some_and(u8::is_ascii_alphabetic)
        {
            end += 3;
        }
    }
    let cap = if first.is_ascii() {
        first.is_ascii_uppercase()
    } else {
        first.is_uppercase()
    };
    let s = &text[i..end];
    let poss = strip_possessive(s).len() != s.len();
    let stop = may_cue_within(s, quoted, verbs);
    toks.push(Tok {
        s,
        start: i as u32,
        t: T::Word,
        quoted,
        flags: (Tok::CAP * u8::from(cap))
            | (Tok::POSS * u8::from(poss))
            | (Tok::STOP * u8::from(stop)),
        first: text.as_bytes()[i],
    });
    end
}

/// The char at byte `i` (an ASCII byte needs no decoding).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        b as char
    } else {
        text[i..].chars().next().unwrap_or(' ')
    }
}

/// True when a word whose letters and digits run to `end` ends there, as [`word_end`] would
/// find: what follows is neither a letter or digit nor a mark joining the word to one. Settled
/// from a byte or three for most words (before a space, a comma, a period ending a sentence, a
/// curly quote or a dash); false for the others, which `word_end` reads.
#[inline]
fn ends_at(bytes: &[u8], end: usize) -> bool {
    let at = |k: usize| bytes.get(k).copied();
    // (the joiners `-'.&` as a mask of bits, tested at once: as a `match` of bytes, they and
    // the caller's tests of the same byte made a jump table, whose jumps mispredicted often)
    const JOINERS: u64 = 1 << b'-' | 1 << b'\'' | 1 << b'.' | 1 << b'&';
    match at(end) {
        None => true,
        // A joiner joins only a letter or digit after it.
        Some(c) if c < 64 && JOINERS >> c & 1 != 0 => {
            at(end + 1).is_none_or(|a| a < 0x80 && ASCII_CLASS[a as usize] != ALNUM)
        }
        Some(c) if c < 0x80 => true,
        // General punctuation (U+2000 to U+203F: dashes, curly quotes, the ellipsis) holds no
        // letter or digit; its joiners are the non-breaking hyphen and `’`.
        Some(0xE2) => {
            at(end + 1) == Some(0x80) && at(end + 2).is_some_and(|x| x != 0x91 && x != 0x99)
        }
        Some(_) => false,
    }
}

/// Where the word starting at `i`, whose first run of ASCII letters and digits (after its first
/// char) ends at `run`, ends. Letters and digits, with `-'’.&` inside a word when a word
/// character follows (`al-Assad`, `don’t`, `U.S`, `4.5`).
fn word_end(text: &str, i: usize, run: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = run;
    while let Some(&b) = bytes.get(end) {
        if b < 0x80 && !matches!(b, b'-' | b'\'' | b'.' | b'&') {
            break;
        }
        // Most joiners are ASCII marks before an ASCII byte (`4.5`, `al-Assad`): settled from
        // the two bytes, as the chars below would.
        if let Some(&a) = bytes.get(end + 1)
            && b < 0x80
            && a < 0x80
        {
            let joins = if b == b'.' {
                (a.is_ascii_digit() && bytes[end - 1].is_ascii_digit())
                    || (a.is_ascii_alphabetic() && is_dotted(&text[i..end]))
                    || (a.is_ascii_lowercase() && is_web_suffix(bytes, end + 1))
            } else {
                a.is_ascii_alphanumeric()
            };
            if !joins {
                break;
            }
            end = alnum_run(bytes, end + 1);
            continue;
        }
        let d = char_at(text, end);
        let dw = d.len_utf8();
        if is_word_char(d) {
            end += dw;
        } else if is_joiner(d) {
            let after = text.get(end + dw..).and_then(|r| r.chars().next());
            let joins = match d {
                // A digit is one byte: the word's last byte says whether it ends in one.
                '.' => after.is_some_and(|a| {
                    (a.is_ascii_digit() && bytes[end - 1].is_ascii_digit())
                        || (a.is_alphabetic() && is_dotted(&text[i..end]))
                }),
                _ => after.is_some_and(is_word_char),
            };
            if !joins {
                break;
            }
            end += dw;
        } else {
            break;
        }
        // Runs of ASCII letters and digits are most of a word: skip them in one go.
        end = alnum_run(bytes, end);
    }
    end
}

#[cfg(test)]
mod tests;
