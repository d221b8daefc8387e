//! Tests of the name mentions and the people table.

use super::super::tokens::{sentences, tokenize};
use super::*;
use crate::extract::people::{FirstNames, People};

/// [`mentions_at`] of a paragraph whose words a name may start at are found by a scan (tests).
pub(crate) fn mentions(
    toks: &[Tok<'_>],
    sentence_starts: &[usize],
    gaz: &Gazetteer,
    first_names: &FirstNames,
    vocab: &Vocab<'_, '_>,
) -> Vec<Mention> {
    let heads: Vec<usize> = (0..toks.len())
        .filter(|&k| super::super::tokens::is_name_head(&toks[k]))
        .collect();
    let mut buffers = Buffers::default();
    mentions_at(
        toks,
        &heads,
        Initials::default(),
        sentence_starts,
        gaz,
        first_names,
        vocab,
        &mut buffers,
    )
}

fn found(text: &str) -> Vec<(MKind, String)> {
    let gaz = Gazetteer::bundled();
    let fnames = FirstNames::load();
    let toks = tokenize(text, false);
    let starts: Vec<usize> = sentences(&toks).iter().map(|r| r.start).collect();
    mentions(&toks, &starts, gaz, &fnames, &Vocab::of(&toks))
        .into_iter()
        .filter(|m| !m.role_only)
        .map(|m| (m.kind, m.name))
        .collect()
}

#[test]
fn titles_and_places_are_stripped_from_names() {
    assert_eq!(
        found("Secretary of State John Kerry met Defense Secretary Ashton B. Carter."),
        [
            (MKind::Person, "John Kerry".to_owned()),
            (MKind::Person, "Ashton B. Carter".to_owned())
        ]
    );
    assert_eq!(
        found(
            "He praised U.S. President Donald Trump and Minister of Crown-Indigenous Relations Carolyn Bennett."
        ),
        [
            (MKind::Person, "Donald Trump".to_owned()),
            (MKind::Person, "Carolyn Bennett".to_owned())
        ]
    );
}

#[test]
fn organisations_places_and_sentence_starts() {
    let got = found(
        "Shortly after, the Pentagon said the Washington Institute for Near East Policy and RIA Novosti met in Moscow shortly before.",
    );
    assert_eq!(
        got,
        [
            (MKind::Org, "Pentagon".to_owned()),
            (
                MKind::Org,
                "Washington Institute for Near East Policy".to_owned()
            ),
            (MKind::Org, "RIA Novosti".to_owned()),
            (MKind::Place, "Moscow".to_owned()),
        ]
    );
}

#[test]
fn an_auxiliary_opening_a_question_is_no_part_of_a_name() {
    let got: Vec<String> = found("Is Okonkwo leaving? Did Marsh agree? Has Tessa Vance left?")
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    assert_eq!(got, ["Okonkwo", "Marsh", "Tessa Vance"]);
}

#[test]
fn people_resolve_short_mentions() {
    let gaz = Gazetteer::bundled();
    let fnames = FirstNames::load();
    let paras = [
        "Secretary of State John Kerry arrived. Andrew J. Tabler spoke.",
        "Mr. Kerry said it. Mr. Tabler added more. Kim Jong-un waved.",
    ];
    let mut all: Vec<Vec<Mention>> = paras
        .iter()
        .map(|p| {
            let toks = tokenize(p, false);
            let starts: Vec<usize> = sentences(&toks).iter().map(|r| r.start).collect();
            mentions(&toks, &starts, gaz, &fnames, &Vocab::of(&toks))
        })
        .collect();
    let people = People::build(all.iter_mut().map(Vec::as_mut_slice), &fnames);
    let kerry = people.find("Kerry").unwrap();
    assert_eq!(people.people[kerry].name, "John Kerry");
    assert_eq!(people.people[kerry].gender, Some(Gender::Male));
    assert_eq!(
        people.people[people.find("Tabler").unwrap()].name,
        "Andrew J. Tabler"
    );
    assert_eq!(
        people.people[people.find("Kim").unwrap()].name,
        "Kim Jong-un"
    );
    assert!(people.find("Smith").is_none());
}

#[test]
fn a_demonym_after_an_honorific_is_a_surname() {
    assert_eq!(
        found("Later Mr French and Ms English met the Irish envoy."),
        [
            (MKind::Person, "French".to_owned()),
            (MKind::Person, "English".to_owned())
        ]
    );
}

#[test]
fn one_word_runs_are_classified_as_longer_runs_are() {
    let gaz = Gazetteer::bundled();
    let fnames = FirstNames::load();
    let text = "Trump said Officials and MPs met Russians at the Pentagon in Northern Canada. \
        The BBC, Reports, Judge, King, Green, TransLink, Of, the Kestrel, the Smith, Mr. Paris, \
        Monday, Maria, Darian, Bancorp, Chinese, the Canadians, Hall, Inc and the Mr met.";
    let toks = tokenize(text, false);
    let vocab = Vocab::of(&toks);
    let mut ws = Vec::new();
    let mut checked = 0;
    for start in (0..toks.len()).filter(|&k| toks[k].is_cap()) {
        // (one core for the word's places, as the article's table keeps it)
        let mut core = lone::Core::Unasked;
        for initial in [false, true] {
            let mut out = Vec::new();
            let run = (start, start + 1, initial);
            classify(&toks, run, gaz, &fnames, &vocab, &mut ws, &mut out);
            let after_the = after_the(&toks, start);
            let one = classify_one(toks[start].base(), after_the, initial, gaz, &fnames);
            let w = toks[start].base();
            let shared = lone::classify_placed(w, after_the, initial, &mut core, gaz, &fnames);
            assert_eq!(one, shared, "{w}");
            let one = one.map(|o| o.mention(&toks[start], start));
            let key = |m: &Mention| (m.kind, m.name.clone(), m.gender, m.role_only, m.possessive);
            assert_eq!(
                one.as_ref().map(key),
                out.first().map(key),
                "{}",
                toks[start].s
            );
            assert!(out.iter().all(|m| m.roles.is_empty() && !m.titled_gender));
            checked += 1;
        }
    }
    assert!(checked > 40);
}

#[test]
fn particle_filter_never_rules_out_a_particle() {
    let particles = [
        "van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin",
        "ibn", "al", "el", "dos", "das", "ter", "ten", "y", "los", "las",
    ];
    for w in particles {
        assert!(is_particle(w), "{w}");
    }
    for w in [
        "", "v", "va", "vans", "d", "dell", "Van", "De", "ibn3", "a", "and", "yes", "the", "6an",
        "Dan", "lady", "x",
    ] {
        assert_eq!(is_particle(w), is_particle_word(w), "{w}");
    }
}

#[test]
fn contractions_are_told_by_the_tail_after_the_last_apostrophe() {
    use super::word_kinds::is_contraction;
    let by_split = |s: &str| {
        s.rsplit_once(['’', '\'']).is_some_and(|(_, tail)| {
            matches!(
                tail,
                "re" | "ve" | "ll" | "d" | "m" | "t" | "RE" | "VE" | "LL" | "D" | "M" | "T"
            )
        })
    };
    for w in [
        "We’re",
        "It’s",
        "Don’t",
        "don't",
        "I'M",
        "They’LL",
        "O’Brien",
        "Trump’s",
        "’t",
        "'d",
        "t",
        "re",
        "",
        "d’Estaing",
        "Rock'n'roll",
        "ę",
        "Ką’re",
        "x’’ve",
        "we\\'re",
        "’",
        "''t",
    ] {
        assert_eq!(is_contraction(w), by_split(w), "{w}");
    }
}
