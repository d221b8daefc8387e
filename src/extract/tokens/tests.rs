//! Tests of the tokenizer, quotations and sentence bounds.

use super::*;

/// Quoted spans as byte ranges of the paragraph (without the marks), with whether each closed
/// (tests; the extractor has the quotation marks from the tokenizer).
fn quote_spans(text: &str, toks: &[Tok<'_>], continues_quote: bool) -> Vec<(usize, usize, bool)> {
    let quote_marks: Vec<usize> = (0..toks.len())
        .filter(|&k| matches!(toks[k].t, T::Open | T::Close))
        .collect();
    let mut spans = vec![(0, 0, false)];
    quote_spans_at(text, toks, &quote_marks, continues_quote, &mut spans);
    spans
}

/// True when the paragraph ends inside an unclosed quotation (the extractor has it from
/// [`tokenize_noting`]; kept as the plain statement of the rule that tests compare with).
fn ends_in_quote(toks: &[Tok<'_>], continues_quote: bool) -> bool {
    let mut inside = continues_quote && toks.first().is_none_or(|t| t.t != T::Open);
    for t in toks {
        match t.t {
            T::Open => inside = true,
            T::Close => inside = false,
            _ => {}
        }
    }
    inside
}

fn words(t: &str) -> Vec<&str> {
    tokenize(t, false).iter().map(|t| t.s).collect()
}

#[test]
fn words_keep_abbreviations_initials_and_possessives() {
    assert_eq!(
        words("Mr. Kerry’s aide, Andrew J. Tabler, met U.S. and al-Assad officials."),
        [
            "Mr.",
            "Kerry’s",
            "aide",
            ",",
            "Andrew",
            "J.",
            "Tabler",
            ",",
            "met",
            "U.S.",
            "and",
            "al-Assad",
            "officials",
            "."
        ]
    );
    assert_eq!(
        words("It rose 4.5 per cent."),
        ["It", "rose", "4.5", "per", "cent", "."]
    );
    assert_eq!(
        words("in Washington, D.C. on"),
        ["in", "Washington", ",", "D.C.", "on"]
    );
    // (French joined initials)
    assert_eq!(
        words("Dr. J.-P. Gauthier and A. -B. Roy in the U.K.-U.S. talks"),
        [
            "Dr.", "J.-P.", "Gauthier", "and", "A.", "-", "B.", "Roy", "in", "the", "U.K.", "-",
            "U.S.", "talks"
        ]
    );
}

#[test]
fn alnum_runs_end_where_a_byte_by_byte_scan_does() {
    let text = "abcXYZ09 mid-word_x\u{e9}t\u{2019}s 0123456789abcdefghij@[`{/:";
    let b = text.as_bytes();
    for from in 0..b.len() {
        let slow = from
            + b[from..]
                .iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(b.len() - from);
        assert_eq!(alnum_run(b, from), slow, "from {from}");
    }
    for c in 0..=255u8 {
        let b = [c; 9];
        let want = if c.is_ascii_alphanumeric() { 9 } else { 0 };
        assert_eq!(alnum_run(&b, 0), want, "byte {c}");
    }
}

#[test]
fn letter_runs_end_where_a_byte_by_byte_scan_does() {
    let text = "abcXYZ09 mid-word_x\u{e9}t abcdefghijKLMNOPQRST@[`{/:";
    let b = text.as_bytes();
    for from in 0..b.len() {
        let slow = from
            + b[from..]
                .iter()
                .position(|c| !c.is_ascii_alphabetic())
                .unwrap_or(b.len() - from);
        assert_eq!(runs::letter_run(b, from), slow, "from {from}");
    }
    for c in 0..=255u8 {
        let want = if c.is_ascii_alphabetic() { 9 } else { 0 };
        assert_eq!(runs::letter_run(&[c; 9], 0), want, "byte {c}");
    }
}

#[test]
fn lower_case_is_found_where_a_byte_by_byte_scan_finds_it() {
    let text = "ABC XYZ 09 \u{e9}\u{2019} MID-WORD_@[`{/: QRSTUVWXYZ ABCDEFGHIJ x";
    let b = text.as_bytes();
    for from in 0..b.len() {
        for to in from..=b.len() {
            let slow = b[from..to].iter().any(u8::is_ascii_lowercase);
            assert_eq!(has_lowercase(&b[from..to]), slow, "{from}..{to}");
        }
    }
    for c in 0..=255u8 {
        for n in [1, 8, 9, 17] {
            assert_eq!(
                has_lowercase(&vec![c; n]),
                c.is_ascii_lowercase(),
                "byte {c} × {n}"
            );
        }
    }
}

#[test]
fn words_end_where_word_end_says_when_ends_at_says_so() {
    let text = "said. U.S. a.m. al-Assad’s don't don’t non\u{2011}stop x-ray 4.5 done,” \
                end— A&P R&D&. rock & roll Kerry’ Mr. Roe.\u{200B}e rock-’n’ Café. so.é e.g. end-";
    let b = text.as_bytes();
    let mut stops = 0;
    for i in (0..b.len()).filter(|&i| b[i].is_ascii_alphanumeric()) {
        let end = alnum_run(b, i + 1);
        if ends_at(b, end) {
            stops += 1;
            assert_eq!(word_end(text, i, end), end, "at {i}");
        }
    }
    assert!(stops > 20);
}

#[test]
fn quotes_are_paired_and_marked() {
    let t = "“We agree,” Ms. Roe said. \"Fine\" he said, “and";
    let toks = tokenize(t, false);
    let quoted: Vec<&str> = toks.iter().filter(|t| t.quoted).map(|t| t.s).collect();
    assert_eq!(quoted, ["We", "agree", ",", "Fine", "and"]);
    let spans = quote_spans(t, &toks, false);
    assert_eq!(spans.len(), 3);
    assert_eq!(&t[spans[0].0..spans[0].1], "We agree,");
    assert!(!spans[2].2, "the last quote runs on");
    assert!(ends_in_quote(&toks, false));
    for (text, cont) in [
        (t, false),
        (t, true),
        ("“a” b", true),
        ("“a", true),
        ("a”", true),
    ] {
        let (toks, inside) = tokenize_noting(text, cont, &mut Notes::default());
        assert_eq!(inside, ends_in_quote(&toks, cont), "{text}");
    }
}

#[test]
fn noted_tokens_are_those_a_scan_finds() {
    let first = "“Go,” he said: 3 – 1 and 2-2.";
    let t = "Mr. Roe’s al-Assad said: “Go!” <FISN.L> 4.5 per cent? Élise, über U.S. and ’’x \"so\"";
    let mut notes = Notes::default();
    tokenize_noting(first, false, &mut notes);
    let (toks, _) = tokenize_noting(t, false, &mut notes);
    let scan = |f: fn(&Tok<'_>) -> bool| -> Vec<usize> {
        (0..toks.len()).filter(|&k| f(&toks[k])).collect()
    };
    // The marks of the last paragraph, the rest of each paragraph in turn.
    assert_eq!(notes.marks, scan(ends_like_sentence));
    assert_eq!(notes.heads(1), scan(is_name_head));
    assert_eq!(
        notes.quote_marks(1),
        scan(|t| matches!(t.t, T::Open | T::Close))
    );
    assert_eq!(notes.quote_marks(0), [0, 3]);
    // (`Go`: no number is a name's head)
    assert_eq!(notes.heads(0).len(), 1);
    assert!(notes.heads(1).len() > 4 && notes.marks.len() > 4);
    assert_eq!(notes.scores, 2);
}

#[test]
fn scores_are_counted_as_a_scan_counts_them() {
    for (text, want) in [
        ("Sweden beat Korea 1 – 0, then 7-4.", 2),
        ("1 - 2 - 3 and 10-11 and 100-1 and 3 -", 3),
        ("It cost 4.5 per cent, 1-2/8 and 2 – x.", 1),
    ] {
        let mut notes = Notes::default();
        tokenize_noting(text, false, &mut notes);
        assert_eq!(notes.scores, want, "{text}");
    }
}

#[test]
fn a_continued_quote_starts_inside() {
    let t = "and we will win.” Then she left.";
    let toks = tokenize(t, true);
    assert!(toks[0].quoted);
    assert!(!toks.iter().find(|t| t.s == "Then").unwrap().quoted);
    assert_eq!(quote_spans(t, &toks, true)[0], (0, 16, true));
}

#[test]
fn sentences_split_outside_quotes_only() {
    let t = "“It is done. We won,” Mr. Roe said. He left. It was 5 p.m. when";
    let toks = tokenize(t, false);
    let s = sentences(&toks);
    let first: Vec<&str> = toks[s[0].clone()].iter().map(|t| t.s).collect();
    assert_eq!(first.last(), Some(&"."));
    assert!(first.contains(&"Roe"));
    assert_eq!(s.len(), 3);
}

#[test]
fn a_closed_quotation_ends_its_sentence_before_a_capital() {
    // (the quotation's last sentence, closed, then a new subject)
    let t = "Berg said: \"We lost. \"It was hard.\" France coach Ada Lund accepted it.";
    let toks = tokenize(t, false);
    let s = sentences(&toks);
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(toks[s[1].start].s, "France");
    // (not before a short attribution: `"No." Lund said.`)
    let t = "\"No.\" Lund said. He left.";
    let toks = tokenize(t, false);
    assert_eq!(sentences(&toks).len(), 2);
}

#[test]
fn plain_words_keep_their_period_as_keeps_period_says() {
    let words = [
        "Mr", "Mrs", "Sept", "Calif", "approx", "vs", "etc", "est", "A", "x", "Z", "9", "said",
        "Reuters", "Smith", "No", "Nos", "Mt", "MrX", "Sep", "Capt", "Const", "2015", "10", "man",
        "Man", "ill", "Ill", "pa", "Pa", "Mx", "Mz", "Dec", "DEC",
    ];
    for w in words {
        assert_eq!(keeps_period_alnum(w), keeps_period(w), "{w}");
    }
    assert!(keeps_period_alnum("Mr") && keeps_period_alnum("x") && !keeps_period_alnum("said"));
}

#[test]
fn letters_at_reads_a_letter_word_as_letter_run_does() {
    let text = "said Reuters x9 a1b 1ab \u{e9}t abcdefghijKLMNOPQRST, end.";
    let b = text.as_bytes();
    for from in 0..=b.len() {
        let want = (from + 8 <= b.len() && b[from].is_ascii_alphabetic())
            .then(|| (b[from], runs::letter_run(b, from)));
        assert_eq!(runs::letters_at(b, from), want, "from {from}");
    }
}

#[test]
fn words_read_on_after_spaces_commas_and_periods_are_as_a_scan_finds_them() {
    let t = "Shares of A320 maker Airbus, up 4.5 pct, rose 1,234 dlrs to 12 mln, \
             “said Mr. Roe, the chief, ” and x, y,z 3, 4 A, b, C. d e fell. Then it rose";
    assert_eq!(
        words(t),
        [
            "Shares", "of", "A320", "maker", "Airbus", ",", "up", "4.5", "pct", ",", "rose", "1",
            ",", "234", "dlrs", "to", "12", "mln", ",", "“", "said", "Mr.", "Roe", ",", "the",
            "chief", ",", "”", "and", "x", ",", "y", ",", "z", "3", ",", "4", "A", ",", "b", ",",
            "C.", "d", "e", "fell", ".", "Then", "it", "rose"
        ]
    );
    let mut notes = Notes::default();
    let (toks, _) = tokenize_noting(t, false, &mut notes);
    for k in &toks {
        let first = k.s.chars().next().unwrap();
        assert_eq!(
            k.is_cap(),
            k.t == T::Word && first.is_uppercase(),
            "{}",
            k.s
        );
        let quoted = (20..27).contains(&toks.iter().position(|x| std::ptr::eq(x, k)).unwrap());
        assert_eq!(k.quoted, quoted, "{}", k.s);
    }
    let heads: Vec<usize> = (0..toks.len())
        .filter(|&k| is_name_head(&toks[k]))
        .collect();
    assert_eq!(notes.heads(0), heads);
    let marks: Vec<usize> = (0..toks.len())
        .filter(|&k| ends_like_sentence(&toks[k]))
        .collect();
    assert_eq!(notes.marks, marks);
}

#[test]
fn web_addresses_are_one_word_and_end_no_sentence() {
    assert_eq!(
        words("Ada Quint, Rentals.ca and bbc.co.uk. Then ended.com.au here."),
        [
            "Ada",
            "Quint",
            ",",
            "Rentals.ca",
            "and",
            "bbc.co.uk",
            ".",
            "Then",
            "ended.com",
            ".",
            "au",
            "here",
            "."
        ]
    );
}

#[test]
fn a_straight_quote_standing_apart_closes_an_open_quotation() {
    let text = "He agreed. \"Prices will rise, \" Ada Quint said. \"Not \" is a word.";
    let toks = tokenize(text, false);
    let marks: Vec<T> = toks.iter().filter(|t| t.s == "\"").map(|t| t.t).collect();
    // The second closes the first; the third, after a space with none open, opens; the
    // fourth, standing apart with one open, closes it.
    assert_eq!(marks, [T::Open, T::Close, T::Open, T::Close]);
    let spans = quote_spans(text, &toks, false);
    assert_eq!(&text[spans[0].0..spans[0].1], "Prices will rise, ");
    assert!(!ends_in_quote(&toks, false));
}
