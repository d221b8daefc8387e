//! Quoted spans and sentence bounds of a paragraph's tokens, from what the tokenizer noted.

#[cfg(test)]
use super::ends_like_sentence;
use super::{T, Tok};

/// Quoted spans as byte ranges of the paragraph (without the marks), with whether each closed,
/// given the tokens that are quotation marks (in order): the words and other marks between
/// them do not matter, and the tokenizer noted them. Written into `spans` in place of what it
/// held (one list for an article's paragraphs).
pub(crate) fn quote_spans_at(
    text: &str,
    toks: &[Tok<'_>],
    quote_marks: &[usize],
    continues_quote: bool,
    spans: &mut Vec<(usize, usize, bool)>,
) {
    spans.clear();
    let mut open: Option<usize> = if continues_quote && toks.first().is_none_or(|t| t.t != T::Open)
    {
        Some(0)
    } else {
        None
    };
    for t in quote_marks.iter().map(|&k| &toks[k]) {
        match t.t {
            T::Open if open.is_none() => open = Some(t.end()),
            T::Close => {
                if let Some(s) = open.take() {
                    spans.push((s, t.start(), true));
                }
            }
            _ => {}
        }
    }
    if let Some(s) = open {
        spans.push((s, text.len(), false));
    }
}

/// [`sentences_at`] of tokens whose possible ends are found by a scan (tests).
#[cfg(test)]
pub(crate) fn sentences(toks: &[Tok<'_>]) -> Vec<std::ops::Range<usize>> {
    let marks: Vec<usize> = (0..toks.len())
        .filter(|&k| ends_like_sentence(&toks[k]))
        .collect();
    let mut out = Vec::new();
    sentences_at(toks, &marks, &mut out);
    out
}

/// Sentence ranges (token index ranges) split at `.`, `!`, `?` outside quotations when the next
/// token opens a new sentence, given the tokens that may end one
/// ([`super::ends_like_sentence`], in order): only `<` and a token ending in `.`, `!` or `?`
/// matter, and the tokenizer noted them. Pushed onto `out` (one list for an article's
/// paragraphs: a list of each paragraph's own was an allocation each).
pub(crate) fn sentences_at(
    toks: &[Tok<'_>],
    marks: &[usize],
    out: &mut Vec<std::ops::Range<usize>>,
) {
    let mut start = 0;
    // A newswire's ticker in angle brackets (`<FISN.L>`) holds no sentence's end.
    let mut ticker_end = 0;
    for &i in marks {
        let t = &toks[i];
        if t.s == "<"
            && let Some(k) = toks[i + 1..toks.len().min(i + 7)]
                .iter()
                .position(|n| n.s == ">")
        {
            ticker_end = i + 1 + k;
        }
        // A quotation's closed last sentence ends the sentence around it where a capitalised
        // word follows the mark (`… was good." France coach Ada Lund said …`), unless a short
        // attribution follows (`"No." Lund said.`).
        if t.quoted
            && (t.is(".") || t.is("!") || t.is("?"))
            && toks.get(i + 1).is_some_and(|n| n.t == T::Close)
            && toks
                .get(i + 2)
                .is_some_and(|n| n.t == T::Word && n.is_cap() && !n.quoted)
            && !short_attribution(&toks[i + 2..])
        {
            out.push(start..i + 2);
            start = i + 2;
            continue;
        }
        // Only a token outside quotations ending in `.`, `!` or `?` can end a sentence.
        if t.quoted || i < ticker_end || !matches!(t.s.as_bytes().last(), Some(b'.' | b'!' | b'?'))
        {
            continue;
        }
        // `in Washington, D.C. The team …`: an abbreviation's period ends a sentence when a
        // capitalised function word follows.
        let abbreviation_end = t.t == T::Word
            && t.s.len() > 1
            && t.s.ends_with('.')
            && toks
                .get(i + 1)
                .is_some_and(|n| n.is_cap() && crate::lexicon::is_function_word_any_case(n.s));
        if abbreviation_end {
            out.push(start..i + 1);
            start = i + 1;
            continue;
        }
        if !(t.is(".") || t.is("!") || t.is("?")) {
            continue;
        }
        // A closing quote right after the period belongs to this sentence.
        let mut end = i + 1;
        while toks.get(end).is_some_and(|n| n.t == T::Close) {
            end += 1;
        }
        let next = toks.get(end);
        if next.is_none_or(|n| {
            n.is_cap() || n.t == T::Open || n.s.chars().next().is_some_and(|c| c.is_ascii_digit())
        }) {
            out.push(start..end);
            start = end;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
}

/// A short attribution opens `toks`: a reporting verb among its first words, up to four and
/// before any mark (`Lund said.`, `he added,`, `said Ada Lund.`).
fn short_attribution(toks: &[Tok<'_>]) -> bool {
    toks.iter()
        .take(4)
        .take_while(|t| t.t == T::Word)
        .any(|t| crate::lexicon::is_reporting_verb_any_case(t.s))
}
