//! The index's one-pass word tokenizer gives exactly the tokens of the Tantivy filter chain it
//! replaces, on every article of `../shared` (skipped with a message where it is absent).

mod common;

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};
use whosaid::index::words::FoldedWords;

fn tokens(a: &mut TextAnalyzer, text: &str, out: &mut Vec<(String, usize, usize, usize)>) {
    out.clear();
    a.token_stream(text)
        .process(&mut |t| out.push((t.text.clone(), t.position, t.offset_from, t.offset_to)));
}

#[test]
fn folded_words_match_tantivys_chain_on_every_shared_article() {
    let Some(shared) = common::shared() else {
        return;
    };
    let mut ours = TextAnalyzer::from(FoldedWords::new(40));
    let mut theirs = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    let (mut a, mut b) = (Vec::new(), Vec::new());
    let (mut files, mut non_ascii) = (0, 0);
    for e in walkdir::WalkDir::new(shared.join("articles")) {
        let e = e.unwrap();
        if !e.file_type().is_file() {
            continue;
        }
        let bytes = std::fs::read(e.path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        tokens(&mut ours, &text, &mut a);
        tokens(&mut theirs, &text, &mut b);
        assert_eq!(a, b, "{}", e.path().display());
        files += 1;
        non_ascii += usize::from(!text.is_ascii());
    }
    assert!(
        files > 1000 && non_ascii > 100,
        "{files} files, {non_ascii} not ASCII"
    );
}
