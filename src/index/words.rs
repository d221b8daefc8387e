//! The word tokenizer of the index's analyzers, in one pass: the same tokens as Tantivy's
//! `SimpleTokenizer` followed by `RemoveLongFilter`, `LowerCaser` and `AsciiFoldingFilter`,
//! without walking each word four times. Plain ASCII words (almost all of English news) are
//! split and lower-cased from their bytes; the rare word with other characters goes through
//! Tantivy's own lower-casing and folding, so both paths give exactly the chain's output.

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, TextAnalyzer, Token, TokenStream, Tokenizer,
};

/// Words (runs of alphanumeric characters) of at most `max_len - 1` bytes, lower-cased and
/// folded to ASCII (`Sergueï` → `serguei`). Longer runs are dropped but keep their position.
#[derive(Clone)]
pub struct FoldedWords {
    max_len: usize,
    token: Token,
    /// Lower-cases and folds one whole word with Tantivy's filters (non-ASCII words only).
    fold: TextAnalyzer,
}

impl FoldedWords {
    /// Drops words of `max_len` bytes or more, as `RemoveLongFilter::limit(max_len)` does.
    pub fn new(max_len: usize) -> Self {
        FoldedWords {
            max_len,
            token: Token::default(),
            fold: TextAnalyzer::builder(RawTokenizer::default())
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .build(),
        }
    }
}

impl Tokenizer for FoldedWords {
    type TokenStream<'a> = FoldedWordsStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FoldedWordsStream<'a> {
        self.token.reset();
        FoldedWordsStream {
            text,
            at: 0,
            max_len: self.max_len,
            token: &mut self.token,
            fold: &mut self.fold,
        }
    }
}

/// The token stream of [`FoldedWords`].
pub struct FoldedWordsStream<'a> {
    text: &'a str,
    at: usize,
    max_len: usize,
    token: &'a mut Token,
    fold: &'a mut TextAnalyzer,
}

/// Whether the non-ASCII char at byte `i` of `text` is alphanumeric, and its length in bytes.
#[cold]
fn wide_class(text: &str, i: usize) -> (bool, usize) {
    let c = text[i..].chars().next().unwrap_or(' ');
    (c.is_alphanumeric(), c.len_utf8())
}

impl TokenStream for FoldedWordsStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        let (text, bytes) = (self.text, self.text.as_bytes());
        let n = bytes.len();
        let mut i = self.at;
        loop {
            // Skip to the next word.
            while i < n {
                let b = bytes[i];
                if b < 0x80 {
                    if b.is_ascii_alphanumeric() {
                        break;
                    }
                    i += 1;
                } else {
                    let (alnum, w) = wide_class(text, i);
                    if alnum {
                        break;
                    }
                    i += w;
                }
            }
            if i >= n {
                self.at = n;
                return false;
            }
            let start = i;
            let mut ascii = true;
            while i < n {
                let b = bytes[i];
                if b < 0x80 {
                    if !b.is_ascii_alphanumeric() {
                        break;
                    }
                    i += 1;
                } else {
                    let (alnum, w) = wide_class(text, i);
                    if !alnum {
                        break;
                    }
                    ascii = false;
                    i += w;
                }
            }
            // Every word takes a position, even one dropped for its length.
            self.token.position = self.token.position.wrapping_add(1);
            if i - start >= self.max_len {
                continue;
            }
            self.at = i;
            self.token.offset_from = start;
            self.token.offset_to = i;
            let word = &text[start..i];
            if ascii {
                self.token.text.push_str(word);
                self.token.text.make_ascii_lowercase();
            } else {
                let out = &mut self.token.text;
                self.fold
                    .token_stream(word)
                    .process(&mut |t| out.push_str(&t.text));
            }
            return true;
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{RemoveLongFilter, SimpleTokenizer};

    use super::*;

    /// (text, position, offsets) of every token.
    pub(crate) fn tokens(mut a: TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut out = Vec::new();
        a.token_stream(text)
            .process(&mut |t| out.push((t.text.clone(), t.position, t.offset_from, t.offset_to)));
        out
    }

    /// The chain of Tantivy filters that [`FoldedWords`] stands for.
    pub(crate) fn chain() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build()
    }

    #[test]
    fn same_tokens_as_tantivys_chain() {
        let text = "“We’re NOT leaving,” Sergueï Lavrov told Reuters in São Paulo on Jan. 5, \
                    2024 — U.S.-led talks (Ⅻ round) at 9:30am; Ÿves ÉCOLE straße İstanbul \
                    ﬁnance ½ 2nd x² Ωmega naïve-café \
                    Pneumonoultramicroscopicsilicovolcanoconiosis-and-more \
                    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \
                    éééééééééééééééééééé end";
        let ours = TextAnalyzer::from(FoldedWords::new(40));
        let theirs = tokens(chain(), text);
        assert_eq!(tokens(ours.clone(), text), theirs);
        // One analyzer reused across texts starts afresh on each (positions, offsets).
        let mut reused = TextAnalyzer::from(FoldedWords::new(40));
        let mut run = |text: &str| {
            let mut out = Vec::new();
            reused.token_stream(text).process(&mut |t| {
                out.push((t.text.clone(), t.position, t.offset_from, t.offset_to))
            });
            out
        };
        assert_eq!(run(text), theirs);
        assert_eq!(run("Kerry said"), tokens(chain(), "Kerry said"));
        assert_eq!(run(""), Vec::new());
        assert_eq!(run("said Kerry")[0], ("said".to_string(), 0, 0, 4));
        assert!(theirs.iter().any(|t| t.0 == "serguei"), "{theirs:?}");
        // A 39-byte word stays, a 40-byte one goes but keeps its position.
        assert!(
            theirs
                .iter()
                .any(|t| t.0.len() == 39 && t.0.starts_with('a'))
        );
        assert!(!theirs.iter().any(|t| t.0.len() >= 40));
    }
}
