//! Tests of the shared word lists.

use super::*;

#[test]
fn inner_shape_filter_never_rules_out_an_inserted_word() {
    let mut f = ShapeFilter::new();
    for w in ["said", "Told", "ok", "x", "añadió"] {
        f.insert_inner(w);
    }
    // Second and second-last bytes, ASCII case ignored; short words always pass.
    assert!(f.may_hold_inner("said") && f.may_hold_inner("SAID") && f.may_hold_inner("told"));
    assert!(f.may_hold_inner("añadió") && f.may_hold_inner("no") && f.may_hold_inner("y"));
    assert!(!f.may_hold_inner("sand") && !f.may_hold_inner("seed") && !f.may_hold_inner("saids"));
    // Every form of every reporting verb passes both filters in any ASCII case.
    let v = reporting_verbs();
    for form in v.forms.keys() {
        assert!(may_be_reporting_verb(form), "{form}");
        assert!(may_be_reporting_verb(&form.to_uppercase()), "{form}");
        assert!(is_reporting_verb_any_case(&form.to_uppercase()), "{form}");
        assert!(
            form.len() >= 3 && reporting_verb_base(form).is_some(),
            "{form}"
        );
    }
    assert!(!may_be_reporting_verb("seed") && !may_be_reporting_verb("the"));
}

#[test]
fn inflections_are_generated() {
    for w in [
        "says",
        "said",
        "saying",
        "told",
        "tells",
        "added",
        "adding",
        "noted",
        "noting",
        "denied",
        "denies",
        "denying",
        "replied",
        "admitted",
        "admitting",
        "argued",
        "arguing",
        "testified",
        "tweeted",
        "wrote",
        "written",
        "agreed",
        "agreeing",
        "quipped",
        "insists",
    ] {
        assert!(is_reporting_verb_form(w), "{w}");
    }
    assert_eq!(reporting_verb_base("told"), Some("tell"));
    assert!(!is_reporting_verb_form("table"));
    assert!(!is_reporting_verb_form("sad"));
}

#[test]
fn honorifics_carry_gender() {
    assert_eq!(honorific("Mr."), Some(("Mr", Some(Gender::Male))));
    assert_eq!(honorific("Ms."), Some(("Ms", Some(Gender::Female))));
    assert_eq!(honorific("Sen."), Some(("Sen", None)));
    assert_eq!(honorific("Kerry"), None);
}

#[test]
fn function_word_filter_never_rules_out_a_listed_word() {
    for w in FUNCTION_WORDS {
        let cap = format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]);
        for form in [w.to_string(), cap, w.to_ascii_uppercase()] {
            assert!(is_function_word_any_case(&form), "{form}");
        }
    }
    // Unlisted words, and words whose length changes when lowered (the Kelvin sign lowers to
    // `k`), answer as the lowered word does.
    for w in [
        "Smith",
        "Such",
        "Suchs",
        "Thee",
        "Mayor",
        "Asks",
        "Ünder",
        "İn",
        "Li\u{212A}e",
        "LIKE",
        "Ba\u{212A}",
        "Ed",
        "X",
        "Overs",
        "Während",
    ] {
        assert_eq!(
            is_function_word_any_case(w),
            with_lower(w, is_function_word),
            "{w}"
        );
    }
    assert!(is_function_word_any_case("Li\u{212A}e") && !is_function_word_any_case("Suchs"));
}

#[test]
fn the_ascii_verb_filter_agrees_with_the_filter_for_any_case() {
    let v = reporting_verbs();
    let forms = v.forms.keys().map(String::as_str);
    let others = [
        "people",
        "part",
        "sand",
        "seed",
        "x",
        "ok",
        "according",
        "words",
        "2024",
    ];
    for w in forms.chain(others) {
        for w in [
            w.to_owned(),
            w.to_uppercase(),
            w[..1].to_uppercase() + &w[1..],
        ] {
            assert_eq!(v.may_hold_ascii(&w), v.may_hold_any_case(&w), "{w}");
        }
    }
}
