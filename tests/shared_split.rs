//! Paragraph splitting against the gold in `../shared` (skipped when it is absent).

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use serde_json::Value;

fn norm(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let stray = c == ' ' && chars.get(i + 1).is_some_and(|n| ",.;:!?’'”)]".contains(*n));
        if !stray {
            out.push(c);
        }
    }
    out
}

#[test]
fn split_f1_on_seed_and_gum_meets_the_bar() {
    let Some(shared) = common::shared() else {
        return;
    };
    let seed = shared.join("eval/seed");
    let gum = shared.join("eval/gum_places");
    let Some(s) = common::eval_scores(
        &shared,
        &[seed.to_str().unwrap(), gum.to_str().unwrap()],
        None,
    ) else {
        return;
    };
    assert!(s["split_f1"] >= 0.98, "split_f1 {} < 0.98", s["split_f1"]);
}

#[test]
fn every_seed_paragraph_is_found_with_its_kind() {
    let Some(shared) = common::shared() else {
        return;
    };
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("eval/seed/000_e02db9c07778dfbb.gold.json")).unwrap(),
    )
    .unwrap();
    let file = shared.join(gold["file"].as_str().unwrap());
    let out = Command::new(common::bin())
        .args(["parse", "--json"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let recs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut missing = Vec::new();
    for gp in gold["paragraphs"].as_array().unwrap() {
        let starts = norm(gp["starts"].as_str().unwrap());
        let kind = gp["kind"].as_str().unwrap();
        let found = recs
            .iter()
            .any(|r| norm(r["text"].as_str().unwrap()).starts_with(&starts) && r["kind"] == kind);
        if !found {
            missing.push(format!("{kind}: {starts}"));
        }
    }
    assert!(
        missing.is_empty(),
        "not found with their kind: {missing:#?}"
    );
    let body = recs.iter().filter(|r| r["kind"] == "body").count();
    assert_eq!(body, 17, "the reference article has 17 body paragraphs");
    let doc = &recs[0]["doc"];
    assert_eq!(doc["authors"], serde_json::json!(gold["authors"]));
    assert_eq!(doc["contributors"], serde_json::json!(gold["contributors"]));
    let summary = doc["summary"].as_str().unwrap();
    assert!(summary.starts_with(gold["summary_starts"].as_str().unwrap()));
    // Offsets point at the paragraph in the original bytes.
    let raw = std::fs::read(&file).unwrap();
    for r in &recs {
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        let slice = String::from_utf8_lossy(&raw[s..e]);
        let first_word = r["text"].as_str().unwrap().split(' ').next().unwrap();
        assert!(
            norm(&slice).trim_start_matches('[').starts_with(first_word),
            "record {} offsets {s}..{e} do not hold its text",
            r["paragraph"]
        );
    }
}

#[test]
fn every_shared_article_is_accounted_for() {
    let Some(shared) = common::shared() else {
        return;
    };
    let articles = shared.join("articles");
    let out = Command::new(common::bin())
        .args(["parse", "--json"])
        .arg(&articles)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut parsed: BTreeMap<String, usize> = BTreeMap::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        *parsed
            .entry(v["path"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    let stderr = String::from_utf8(out.stderr).unwrap();
    let skipped = stderr
        .lines()
        .filter(|l| l.starts_with("whosaid: skipped: "))
        .count();
    let files = walkdir::WalkDir::new(&articles)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .count();
    assert!(parsed.len() > 21_000, "only {} files parsed", parsed.len());
    // (the tests' build checks arithmetic overflow: a slip there is reported as an internal
    // error, which no real article may meet)
    let internal: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("internal error"))
        .collect();
    assert!(internal.is_empty(), "{internal:#?}");
    assert_eq!(
        parsed.len() + skipped,
        files,
        "every file is parsed or reported skipped"
    );
    assert!(
        stderr.contains("sport/199.txt: not valid UTF-8"),
        "fallback decoding is reported"
    );
}
