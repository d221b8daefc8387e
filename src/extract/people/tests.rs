//! Tests of the people table and the given names.

use super::*;

#[test]
fn keys_that_are_the_same_name_have_one_fingerprint() {
    for (a, b) in [
        ("MacFarquhar", "MACFARQUHAR"),
        ("Émile", "émile"),
        // The Kelvin sign lowers to an ASCII `k`.
        ("\u{212A}im", "Kim"),
        ("", ""),
    ] {
        assert!(same_key(a, b));
        assert_eq!(folded_print(a), folded_print(b), "{a} {b}");
    }
    assert_ne!(folded_print("Kim"), folded_print("Kin"));
    assert_ne!(folded_print("Kim"), folded_print("Kiim"));
}

#[test]
fn equal_keys_have_one_bit() {
    assert_eq!(key_bit("Berg"), key_bit("Berg"));
    assert_eq!(key_bit("").count_ones(), 1);
    let mut index = KeyIndex::default();
    index.add(Key::Surname, "Berg", 0);
    assert_eq!(index.sketch, [key_bit("Berg"), 0]);
}

#[test]
fn key_index_gives_the_people_of_a_key_in_order() {
    let mut index = KeyIndex::default();
    index.add(Key::Surname, "Berg", 0);
    index.add(Key::Surname, "Holm", 1);
    index.add(Key::Given, "Berg", 3);
    index.add(Key::Surname, "Berg", 2);
    // (a key of the same slot: `key_slot` reads only the ends and the length)
    index.add(Key::Surname, "Bong", 4);
    assert_eq!(key_slot("Bong"), key_slot("Berg"));
    let get = |kind, key| index.get(kind, key).collect::<Vec<_>>();
    assert_eq!(get(Key::Surname, "Berg"), [0, 2]);
    assert_eq!(get(Key::Surname, "Bong"), [4]);
    assert_eq!(get(Key::Surname, "Holm"), [1]);
    assert_eq!(get(Key::Given, "Berg"), [3]);
    assert!(get(Key::Given, "Holm").is_empty());
    assert!(get(Key::Surname, "berg").is_empty());
}

#[test]
fn spaces_are_found_as_a_byte_loop_finds_them() {
    for name in [
        "",
        " ",
        "Kim",
        "Peter Cook",
        "Marta Toledo Arrieta",
        "Bartholomew",
        "Bartholomew Fitzgerald-Smythe",
        "Hans-Christian Andersen Jr",
        "A B C D E F G H I J",
        "Émile Zola!! ",
        "        x",
        "x        ",
        "Ab!!!!!!!!!!!! c",
    ] {
        let b = name.as_bytes();
        assert_eq!(
            first_space(b),
            b.iter().position(|&c| c == b' '),
            "{name:?}"
        );
        assert_eq!(
            last_space(b),
            b.iter().rposition(|&c| c == b' '),
            "{name:?}"
        );
    }
}

#[test]
fn found_slots_lie_within_the_cache() {
    for name in ["", "Kim", "Peter Cook", "Émile Zola", &"x".repeat(300)] {
        assert!(found_slot(name) < 32, "{name:?}");
    }
}

#[test]
fn words_are_counted_between_the_first_and_last() {
    for name in [
        "Kim",
        "Peter Cook",
        "Marta Toledo Arrieta",
        "A  B",
        " A",
        "A ",
        "",
        " ",
    ] {
        assert_eq!(
            word_count_within(name, first_word(name), last_word(name)),
            word_count(name),
            "{name:?}"
        );
    }
}

#[test]
fn given_names_written_with_diacritics_are_known() {
    let names = FirstNames::load();
    assert_eq!(names.get("Jose"), Some(Some(Gender::Male)));
    // Known as given names, of no gender the table can tell (`Stephane` is a woman's name in
    // the United States, `Stéphane` a man's in French).
    assert_eq!(names.get("José"), Some(None));
    assert_eq!(names.get("Inés"), Some(None));
    assert_eq!(names.get("Tomás"), Some(None));
    assert_eq!(names.get("Stéphane"), Some(None));
    // (a word that is no name, with or without its marks)
    assert_eq!(names.get("Élysée"), None);
}

#[test]
fn compound_given_names_have_their_first_name_s_gender() {
    let names = FirstNames::load();
    assert_eq!(
        names.get_or_compound("Marie-Eve"),
        Some(Some(Gender::Female))
    );
    assert_eq!(
        names.get_or_compound("Jean-François"),
        Some(Some(Gender::Male))
    );
    assert_eq!(
        names.get_or_compound("Anne-Sophie"),
        Some(Some(Gender::Female))
    );
    // (a surname joined to a given name is no given name; nor is a lower-case second part)
    assert_eq!(names.get_or_compound("Wilson-Raybould"), None);
    assert_eq!(names.get_or_compound("Kwok-wai"), None);
}
