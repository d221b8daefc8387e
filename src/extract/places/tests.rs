//! Tests of the place filter and the gazetteer.

use super::super::names::{Vocab, mentions};
use super::super::people::FirstNames;
use super::super::tokens::{
    Notes, is_joined_score, sentences, small_number, tokenize, tokenize_noting,
};
use super::*;

fn find(text: &str) -> Vec<String> {
    let gaz = Gazetteer::bundled();
    let fnames = FirstNames::load();
    let toks = tokenize(text, false);
    let starts: Vec<usize> = sentences(&toks).iter().map(|r| r.start).collect();
    let ms = mentions(&toks, &starts, gaz, &fnames, &Vocab::of(&toks));
    let mut ms = ms;
    let people = People::build(std::iter::once(ms.as_mut_slice()), &fnames);
    let view = ArticleView::new(gaz, &people, false);
    let heads: Vec<usize> = (0..toks.len())
        .filter(|&k| super::super::tokens::is_name_head(&toks[k]))
        .collect();
    places(&toks, &heads, &ms, &[], &view)
}

#[test]
fn the_tokenizer_counts_scores_as_the_rule_says() {
    for text in [
        "Sweden beat Korea 1 – 0.",
        "Sweden beat Korea 1 – 0 and 2-1.",
        "It was 7-4, 3 - 1 and 1-2/8.",
        "In 2014 2 - x, 100-1 and 4.5-2",
    ] {
        let mut notes = Notes::default();
        let toks = tokenize_noting(text, false, &mut notes).0;
        let rule = is_sports_report(std::iter::once(&toks[..]));
        assert_eq!(notes.scores >= 2, rule, "{text}");
    }
}

#[test]
fn the_sketch_lets_every_first_word_through() {
    let mut sketch = Sketch::new();
    let words = ["New", "York", "A", "Ab", "São", "Côte", "Rio"];
    for w in words {
        sketch.insert(w);
    }
    assert!(words.iter().all(|w| sketch.may_hold(w)));
    assert!(!sketch.may_hold(""));
    // Nearly empty, it rules out other words (these miss by its bits, checked once).
    assert!(!sketch.may_hold("Said"));
    let gaz = Gazetteer::bundled();
    for key in gaz.prefixes.keys() {
        let first = std::str::from_utf8(key).unwrap().split(' ').next().unwrap();
        assert!(gaz.may_open(first), "{first}");
    }
}

#[test]
fn canonical_places_longest_first() {
    assert_eq!(
        find("Talks in the United Arab Emirates and the U.S. began in London."),
        ["United Arab Emirates", "United States", "London"]
    );
}

#[test]
fn places_inside_names_are_not_places() {
    assert!(find("Andrea Ruiz of the Washington Institute for Near East Policy spoke.").is_empty());
    assert!(find("The Toronto Star reported it.").is_empty());
    assert!(find("Jordan Henderson scored twice.").is_empty());
    assert_eq!(find("Jordan Henderson flew to Jordan."), ["Jordan"]);
}

#[test]
fn places_in_titles_count_and_demonyms_do_not() {
    assert_eq!(
        find("U.S. President Donald Trump spoke."),
        ["United States"]
    );
    assert!(find("The Russian minister spoke.").is_empty());
}

/// True when an article reports at least two match scores (`1 – 0`, `7-4`): the rule the
/// tokenizer's count of scores follows, stated plainly for tests.
fn is_sports_report<'a>(paras: impl Iterator<Item = &'a [Tok<'a>]>) -> bool {
    let mut scores = 0;
    let number = |t: &Tok<'_>| t.s.as_bytes().first().is_some_and(u8::is_ascii_digit);
    for toks in paras {
        // Numbers are found by a search over the tokens: a tighter loop than one visiting each.
        let mut next = toks.iter().position(number);
        while let Some(i) = next {
            next = toks[i + 1..].iter().position(number).map(|k| i + 1 + k);
            let t = &toks[i];
            let joined = is_joined_score(t.s);
            let spaced = small_number(t.s)
                && toks.get(i + 1).is_some_and(|d| matches!(d.s, "-" | "–"))
                && toks.get(i + 2).is_some_and(|n| small_number(n.s));
            scores += usize::from(joined || spaced);
            // Two scores settle it.
            if scores >= 2 {
                return true;
            }
        }
    }
    false
}

#[test]
fn the_channel_alone_is_the_english_channel() {
    assert_eq!(
        find("Migrants crossed the Channel in small boats."),
        ["English Channel"]
    );
    assert!(find("She watched the Channel 4 news.").is_empty());
    assert!(find("Channel hopping bores him.").is_empty());
}

#[test]
fn locatives_are_told_in_any_case() {
    for w in ["in", "In", "IN", "throughout", "Towards", "of", "visiting"] {
        assert!(is_locative(w), "{w}");
    }
    for w in ["", "i", "inn", "the", "throughouts", "\u{212A}", "İn", "ın"] {
        assert!(!is_locative(w), "{w}");
    }
}

#[test]
fn short_prefixes_answer_as_the_prefixes_do() {
    let gaz = Gazetteer::bundled();
    for (k, e) in &gaz.prefixes {
        assert_eq!(gaz.prefix(k), Some(*e), "{k:?}");
    }
    for w in [
        "The", "I", "Thx", "Londo", "Lond", "LondonX", "Berlin", "X", "",
    ] {
        assert_eq!(
            gaz.prefix(w.as_bytes()),
            gaz.prefixes.get(w.as_bytes()).copied(),
            "{w}"
        );
    }
}

#[test]
fn locatives_are_told_as_lowered_words_are() {
    let locatives = [
        "in",
        "to",
        "from",
        "at",
        "near",
        "across",
        "throughout",
        "into",
        "outside",
        "inside",
        "via",
        "toward",
        "towards",
        "around",
        "within",
        "visit",
        "visited",
        "visiting",
        "of",
    ];
    for w in locatives {
        for v in [
            w.to_owned(),
            w.to_ascii_uppercase(),
            w[..1].to_ascii_uppercase() + &w[1..],
        ] {
            assert!(is_locative(&v), "{v}");
        }
    }
    for w in [
        "",
        "i",
        "inn",
        "on",
        "In.",
        "i\u{2c}",
        "throughouts",
        "visitings",
        "\u{212a}",
        "IN ",
        "i@",
        "I\u{e}",
        "toWARDs!",
        "fro",
        "ofF",
        "vía",
        "Within-",
    ] {
        let lower = w.to_ascii_lowercase();
        assert_eq!(is_locative(w), locatives.contains(&lower.as_str()), "{w:?}");
    }
}
