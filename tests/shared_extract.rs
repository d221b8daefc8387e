//! Speaker and place extraction scored by `../shared/tools/eval_extraction.py` against the dev
//! gold in `../shared/eval` (skipped with a message where `../shared` or python3 is absent).

mod common;

fn scores(gold: &str) -> Option<std::collections::HashMap<String, f64>> {
    let shared = common::shared()?;
    let dir = shared.join("eval").join(gold);
    common::eval_scores(&shared, &[dir.to_str().unwrap()], None)
}

#[test]
fn seed_speakers_are_all_right_and_places_nearly() {
    let Some(s) = scores("seed") else { return };
    assert_eq!(s["para_speaker_acc"], 1.0, "seed para_speaker_acc");
    assert!(
        s["location_f1"] >= 0.95,
        "seed location_f1 {}",
        s["location_f1"]
    );
    assert!(s["split_f1"] >= 0.98, "seed split_f1 {}", s["split_f1"]);
}

#[test]
fn ggt_speaker_accuracy_and_precision() {
    let Some(s) = scores("ggt") else { return };
    // Issue bar: speaker_acc and speaker_prec both at least 0.85.
    assert!(
        s["speaker_acc"] >= 0.85,
        "ggt speaker_acc {}",
        s["speaker_acc"]
    );
    assert!(
        s["speaker_prec"] >= 0.85,
        "ggt speaker_prec {}",
        s["speaker_prec"]
    );
}

#[test]
fn gum_news_places() {
    let Some(s) = scores("gum_places") else {
        return;
    };
    assert!(
        s["location_f1"] >= 0.85,
        "gum location_f1 {}",
        s["location_f1"]
    );
    assert!(s["split_f1"] >= 0.98, "gum split_f1 {}", s["split_f1"]);
}
