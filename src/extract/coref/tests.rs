use super::lowered_holds;

#[test]
fn a_name_holds_a_part_as_it_does_lowered() {
    for (name, part) in [
        ("Teamsters Union", "union"),
        ("Teamsters Union", "Union"),
        ("City of Surrey", "city"),
        ("City of Surrey", "board"),
        ("Acme", "acme corp"),
        ("Acme", ""),
        ("", ""),
        ("ÉTAT Union", "union"),
        ("Zürich Group", "zürich"),
    ] {
        assert_eq!(
            lowered_holds(name, part),
            crate::lexicon::with_lower(name, |n| n.contains(part)),
            "{name:?} {part:?}"
        );
    }
}
