//! The bundled sample corpus against its own gold (`tests/gold/corpus`), scored in the manner of
//! `../shared/tools/eval_extraction.py` but without it, so that a fresh clone tests extraction too.

use std::path::Path;

mod common;

use common::same_person;

use serde_json::Value;
use whosaid::Article;
use whosaid::extract::default_extractor;

fn norm(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars: Vec<char> = s.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            !(c == ' ' && chars.get(i + 1).is_some_and(|n| ",.;:!?’'”)]".contains(*n)))
        })
        .map(|(_, c)| *c)
        .collect()
}

fn place_key(p: &str) -> String {
    let p = p.split(',').next().unwrap_or("").to_lowercase();
    let k: String = p
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let k = k.strip_prefix("the ").unwrap_or(&k).to_owned();
    match k.as_str() {
        "us" | "u s" | "usa" | "america" => "united states".into(),
        "uk" | "u k" | "britain" | "great britain" => "united kingdom".into(),
        "uae" => "united arab emirates".into(),
        "new york city" => "new york".into(),
        _ => k,
    }
}

#[derive(Default)]
struct Tally {
    gold: usize,
    found: usize,
    extra_body: usize,
    kinds_ok: usize,
    speakers: usize,
    speakers_ok: usize,
    loc_tp: usize,
    loc_fp: usize,
    loc_fn: usize,
}

/// Split F1, kind accuracy, paragraph speaker accuracy and place F1 of the articles whose gold
/// files are in `dir` (under the crate's root), at least `min_files` of them.
fn scores(dir: &str, min_files: usize) -> (f64, f64, f64, f64) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut t = Tally::default();
    let mut golds: Vec<_> = std::fs::read_dir(root.join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    golds.sort();
    assert!(golds.len() >= min_files, "{dir} has its gold files");
    for g in golds {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&g).unwrap()).unwrap();
        let file = root.join(gold["file"].as_str().unwrap());
        let article = Article::from_file(&file, default_extractor()).unwrap();
        let mut matched = vec![false; article.records.len()];
        for gp in gold["paragraphs"].as_array().unwrap() {
            t.gold += 1;
            let starts = norm(gp["starts"].as_str().unwrap());
            let kind = gp["kind"].as_str().unwrap();
            let Some(i) = article
                .records
                .iter()
                .position(|r| norm(&r.text).starts_with(&starts))
            else {
                eprintln!("{}: not found: {starts}", g.display());
                continue;
            };
            let r = &article.records[i];
            matched[i] = true;
            t.found += 1;
            t.kinds_ok += usize::from(r.kind.as_str() == kind);
            t.loc(gp, &r.locations);
            // (Some gold leaves a paragraph's speakers out, or marks them ambiguous.)
            let Some(want) = gp["speakers"].as_array() else {
                continue;
            };
            if gp.get("ambiguous_speaker").and_then(Value::as_bool) == Some(true) {
                continue;
            }
            let want: Vec<&str> = want.iter().filter_map(Value::as_str).collect();
            let allowed: Vec<&str> = want
                .iter()
                .copied()
                .chain(
                    gp.get("also_ok")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str),
                )
                .collect();
            t.speakers += 1;
            let ok = want
                .iter()
                .all(|w| r.speakers.iter().any(|s| same_person(w, s)))
                && r.speakers
                    .iter()
                    .all(|s| allowed.iter().any(|w| same_person(s, w)));
            t.speakers_ok += usize::from(ok);
        }
        t.extra_body += article
            .records
            .iter()
            .zip(&matched)
            .filter(|(r, m)| !**m && r.kind.as_str() == "body")
            .count();
    }
    let f1 = |tp: usize, fp: usize, fn_: usize| {
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    };
    let split_f1 = f1(t.found, t.extra_body, t.gold - t.found);
    let kinds = t.kinds_ok as f64 / t.gold as f64;
    let speakers = t.speakers_ok as f64 / t.speakers as f64;
    let places = f1(t.loc_tp, t.loc_fp, t.loc_fn);
    eprintln!(
        "{dir}: split_f1={split_f1:.3} kinds={kinds:.3} para_speaker_acc={speakers:.3} location_f1={places:.3}"
    );
    (split_f1, kinds, speakers, places)
}

impl Tally {
    /// Counts a paragraph's places `got` against its gold `gp`.
    fn loc(&mut self, gp: &Value, got: &[String]) {
        let want: Vec<String> = gp["locations"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .map(place_key)
            .collect();
        let got: Vec<String> = got.iter().map(|l| place_key(l)).collect();
        self.loc_tp += want.iter().filter(|w| got.contains(w)).count();
        self.loc_fn += want.iter().filter(|w| !got.contains(w)).count();
        self.loc_fp += got.iter().filter(|g| !want.contains(g)).count();
    }
}

#[test]
fn corpus_scores_stay_above_their_bars() {
    let (split_f1, kinds, speakers, places) = scores("tests/gold/corpus", 12);
    assert!(split_f1 >= 0.98, "split_f1 {split_f1}");
    assert!(kinds >= 0.95, "kinds {kinds}");
    assert!(speakers >= 0.90, "para_speaker_acc {speakers}");
    assert!(places >= 0.89, "location_f1 {places}");
}

/// Articles written for whosaid by helpers who had not seen its code (fiction, real places), in
/// the scraped and Wikinews layouts (`tests/blind`): a check on rules fitted to the corpus above.
#[test]
fn blind_set_scores_stay_above_their_bars() {
    let (split_f1, _, speakers, places) = scores("tests/gold/blind", 292);
    assert!(split_f1 >= 0.97, "split_f1 {split_f1}");
    assert!(speakers >= 0.88, "para_speaker_acc {speakers}");
    assert!(places >= 0.88, "location_f1 {places}");
}
