//! `whosaid search`, `speakers` and `places` on an index whose speakers and places were filled
//! in by hand (so the filters are tested whatever the extractor does), plus the library API.

mod search_support;

use predicates::prelude::*;
use search_support::{hand_index, json, whosaid};
use whosaid::index::Index;
use whosaid::search::{CountOptions, Facet, Filters, SearchOptions};
use whosaid::split::Kind;

fn search(idx: &std::path::Path, args: &[&str]) -> std::process::Output {
    whosaid()
        .arg("search")
        .args(args)
        .arg("--index")
        .arg(idx)
        .output()
        .unwrap()
}

fn hit_texts(v: &serde_json::Value) -> Vec<String> {
    v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["text"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn json_document_has_query_total_and_hits_with_highlights() {
    let dir = tempfile::tempdir().unwrap();
    let idx = hand_index(dir.path());
    let out = search(&idx, &["--json", "truce"]);
    assert!(out.status.success());
    let v = json(&out);
    assert_eq!(v["query"], "truce");
    // The title paragraph and the Kerry paragraph say it (the other paragraphs of the article
    // only have it in their `title:` field, which is searched when named).
    assert_eq!(v["total"], 2, "{v:#}");
    let hits = v["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 2);
    for (i, h) in hits.iter().enumerate() {
        assert_eq!(h["rank"], i + 1);
        assert!(h["score"].as_f64().unwrap() > 0.0);
        assert_eq!(h["path"], "world/talks.txt");
        assert!(h["paragraph"].is_u64());
        assert!(h["speakers"].is_array() && h["locations"].is_array());
        let snip = &h["snippet"];
        let text = snip["text"].as_str().unwrap();
        assert!(!text.contains("<b>"), "{text}");
        let spans = snip["highlights"].as_array().unwrap();
        assert!(!spans.is_empty(), "{h:#}");
        for s in spans {
            let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
            assert_eq!(text[a as usize..b as usize].to_lowercase(), "truce");
        }
    }
    // Scores are BM25, best first.
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn speaker_filter_matches_surname_case_and_accents() {
    let dir = tempfile::tempdir().unwrap();
    let idx = hand_index(dir.path());
    for name in ["kerry", "KERRY", "John Kerry", "Mr. Kerry", "john  kerry"] {
        let v = json(&search(&idx, &["--json", "winter", "--speaker", name]));
        assert_eq!(v["total"], 1, "--speaker {name}: {v:#}");
        assert_eq!(v["hits"][0]["speakers"][0], "John Kerry");
    }
    // Accents folded both ways; surname alone; a first name alone is not a surname.
    for name in ["lavrov", "Sergueï Lavrov", "serguei lavrov"] {
        let v = json(&search(&idx, &["--json", "*", "--speaker", name]));
        assert_eq!(v["total"], 1, "--speaker {name}");
    }
    let out = search(&idx, &["*", "--speaker", "sergueï"]);
    assert_eq!(out.status.code(), Some(1));
    // `Kerry` in the text of a paragraph he does not speak in is not a speaker match.
    let v = json(&search(&idx, &["--json", "Ankara", "--speaker", "kerry"]));
    assert_eq!(v["total"], 0);
}

#[test]
fn location_and_kind_filters() {
    let dir = tempfile::tempdir().unwrap();
    let idx = hand_index(dir.path());
    let v = json(&search(
        &idx,
        &["--json", "talks", "--location", "sao paulo"],
    ));
    assert_eq!(v["total"], 1, "{v:#}");
    assert_eq!(v["hits"][0]["locations"][0], "São Paulo");
    let v = json(&search(&idx, &["--json", "*", "--location", "HALIFAX"]));
    assert_eq!(v["total"], 1);
    let v = json(&search(&idx, &["--json", "*", "--kind", "title"]));
    assert_eq!(v["total"], 2);
    assert!(
        v["hits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["kind"] == "title")
    );
    let v = json(&search(&idx, &["--json", "*", "--kind", "title,body"]));
    assert_eq!(v["total"], 9);
    let v = json(&search(
        &idx,
        &[
            "--json",
            "*",
            "--kind",
            "body",
            "--speaker",
            "marsh",
            "--location",
            "halifax",
        ],
    ));
    assert_eq!(v["total"], 1);
    whosaid()
        .args(["search", "x", "--kind", "poem", "--index"])
        .arg(&idx)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown kind"));
}

#[test]
fn limit_and_offset_page_through_hits() {
    let dir = tempfile::tempdir().unwrap();
    let idx = hand_index(dir.path());
    let all = json(&search(&idx, &["--json", "talks OR ferry OR corridor"]));
    let total = all["total"].as_u64().unwrap();
    assert!(total >= 4, "{all:#}");
    let first = json(&search(
        &idx,
        &["--json", "talks OR ferry OR corridor", "--limit", "2"],
    ));
    let second = json(&search(
        &idx,
        &[
            "--json",
            "talks OR ferry OR corridor",
            "--limit",
            "2",
            "--offset",
            "2",
        ],
    ));
    assert_eq!(first["total"], total);
    assert_eq!(first["hits"].as_array().unwrap().len(), 2);
    assert_eq!(second["hits"][0]["rank"], 3);
    let expected: Vec<String> = hit_texts(&all)[2..4].to_vec();
    assert_eq!(hit_texts(&second), expected);
}

#[test]
fn query_language_phrases_booleans_fields_and_stemming() {
    let dir = tempfile::tempdir().unwrap();
    let idx = hand_index(dir.path());
    let total = |q: &str| {
        json(&search(&idx, &["--json", q]))["total"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(total("\"grain corridor\""), 1);
    assert_eq!(total("corridor"), 2);
    assert_eq!(total("corridor AND union"), 1);
    assert_eq!(total("corridor NOT union"), 1);
    assert_eq!(total("corridor -union"), 1);
    assert_eq!(total("ankara OR halifax"), 2);
    assert_eq!(total("ankara halifax"), 0, "words are ANDed by default");
    assert_eq!(total("speaker:kerry"), 1);
    assert_eq!(total("speaker:marsh AND location:halifax"), 1);
    assert_eq!(total("quote:geneva"), 1);
    assert_eq!(
        total("title:ferries"),
        4,
        "the title is on every record of its article"
    );
    assert_eq!(total("kind:title"), 2);
    assert_eq!(total("path:ferries"), 4);
    assert_eq!(total("winters"), 1, "English stemming");
    assert_eq!(total("truce"), 2);
    assert_eq!(
        total("title:truce"),
        5,
        "title: matches every record of the article"
    );
    assert_eq!(total("text:truce"), 2);
    assert_eq!(total("sao"), 1, "accents folded in the text");
    assert_eq!(total("Kerry"), 2, "words also match speakers");
}

#[test]
fn terminal_colour_on_request_only() {
    let dir = tempfile::tempdir().unwrap();
    let idx = hand_index(dir.path());
    let plain = search(&idx, &["ferry"]);
    assert!(plain.status.success());
    let text = String::from_utf8(plain.stdout).unwrap();
    assert!(!text.contains('\x1b'), "no colour on a pipe: {text}");
    assert!(text.contains("1. ["), "{text}");
    assert!(text.contains("ferries ¶1 (body)"), "{text}");
    let coloured = String::from_utf8(search(&idx, &["ferry", "--color", "always"]).stdout).unwrap();
    assert!(coloured.contains("\x1b[1;31mferry\x1b[0m"), "{coloured}");
    let out = whosaid()
        .args(["search", "ferry", "--index"])
        .arg(&idx)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\x1b'));
    // Speakers and places are shown.
    let text = String::from_utf8(search(&idx, &["spokeswoman"]).stdout).unwrap();
    assert!(text.contains("speakers: Ida Marsh"), "{text}");
    assert!(text.contains("places: Halifax"), "{text}");
}

#[test]
fn exit_codes_for_no_hits_bad_queries_and_missing_index() {
    let dir = tempfile::tempdir().unwrap();
    let idx = hand_index(dir.path());
    whosaid()
        .args(["search", "zeppelin", "--index"])
        .arg(&idx)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("0 paragraphs match"));
    let v = json(&search(&idx, &["--json", "zeppelin"]));
    assert_eq!(v["total"], 0);
    assert_eq!(v["hits"].as_array().unwrap().len(), 0);
    // Syntax errors name the problem and the column.
    for (q, what, col) in [
        ("\"grain corridor", "missing delimiter", "column 16"),
        ("(ferry OR talks", "expected ')'", "column 16"),
        ("nosuchfield:x", "unknown field `nosuchfield`", "column 1"),
        ("ferry paragraph:abc", "number is expected", "column 7"),
    ] {
        whosaid()
            .args(["search", q, "--index"])
            .arg(&idx)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("bad query"))
            .stderr(predicate::str::contains(what))
            .stderr(predicate::str::contains(col));
    }
    whosaid()
        .args(["search", "ferry", "--index"])
        .arg(dir.path().join("nowhere"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no index here"));
}

#[test]
fn speakers_and_places_counts() {
    let dir = tempfile::tempdir().unwrap();
    let idx = hand_index(dir.path());
    let out = whosaid()
        .args(["speakers", "--json", "--index"])
        .arg(&idx)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = json(&out);
    assert_eq!(v["facet"], "speakers");
    assert_eq!(v["records"], 9);
    let names: Vec<&str> = v["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ida Marsh", "John Kerry", "Sergueï Lavrov"]);
    assert_eq!(v["values"][0]["records"], 1);
    assert_eq!(v["values"][0]["articles"], 1);
    // Within a query's hits, and with a place filter.
    let v = json(
        &whosaid()
            .args(["speakers", "winter", "--json", "--index"])
            .arg(&idx)
            .output()
            .unwrap(),
    );
    assert_eq!(v["values"].as_array().unwrap().len(), 1);
    assert_eq!(v["values"][0]["name"], "John Kerry");
    let v = json(
        &whosaid()
            .args(["speakers", "--location", "geneva", "--json", "--index"])
            .arg(&idx)
            .output()
            .unwrap(),
    );
    assert_eq!(v["values"][0]["name"], "Sergueï Lavrov");
    // Places, whole index and filtered by speaker; text output.
    whosaid()
        .args(["places", "--index"])
        .arg(&idx)
        .assert()
        .success()
        .stdout(predicate::str::contains("São Paulo"))
        .stdout(predicate::str::contains("5 distinct places"));
    let v = json(
        &whosaid()
            .args(["places", "--speaker", "KERRY", "--json", "--index"])
            .arg(&idx)
            .output()
            .unwrap(),
    );
    assert_eq!(v["values"].as_array().unwrap().len(), 1);
    assert_eq!(v["values"][0]["name"], "Syria");
    // Nothing to count: exit 1.
    whosaid()
        .args(["places", "zeppelin", "--index"])
        .arg(&idx)
        .assert()
        .code(1);
}

#[test]
fn library_search_and_count() {
    let dir = tempfile::tempdir().unwrap();
    let idx = hand_index(dir.path());
    let index = Index::open(&idx).unwrap();
    let searcher = index.searcher().unwrap();
    let mut opts = SearchOptions::new("geneva");
    opts.filters = Filters {
        speaker: Some("LAVROV".into()),
        location: None,
        kinds: vec![Kind::Body],
    };
    let r = searcher.search(&opts).unwrap();
    assert_eq!(r.total, 1);
    let h = &r.hits[0];
    assert_eq!(
        (h.path.as_str(), h.paragraph, h.kind.as_str()),
        ("world/talks.txt", 2, "body")
    );
    assert_eq!(h.quotes, ["We will not give up on Geneva,"]);
    assert_eq!(
        h.title.as_deref(),
        Some("Envoys meet in Geneva over Syria truce")
    );
    // Offsets point into the file.
    let text = search_support::TALKS;
    assert!(text[h.start as usize..h.end as usize].starts_with("“We will not"));
    let mark = &h.snippet.highlights[0];
    assert_eq!(&h.snippet.text[mark.start..mark.end], "Geneva");
    let counts = searcher
        .count(
            Facet::Locations,
            &CountOptions {
                query: None,
                filters: Filters::default(),
                limit: 2,
            },
        )
        .unwrap();
    assert_eq!(counts.values.len(), 2);
    assert_eq!(counts.distinct, 5);
    let err = searcher
        .search(&SearchOptions::new("(unbalanced"))
        .unwrap_err();
    assert!(matches!(err, whosaid::Error::Query(_)), "{err}");
}

/// The acceptance check: over an index of `../shared/articles/seed`,
/// `whosaid search --json 'Syria' --speaker Kerry` returns the seed's Kerry paragraphs about
/// Syria first, with snippets. Skips when `../shared` is absent or the extractor finds no
/// speakers yet.
#[test]
fn seed_kerry_paragraphs_about_syria_come_first() {
    let shared = std::env::var_os("WHOSAID_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let seed = shared.join("articles/seed");
    let gold_dir = shared.join("eval/seed");
    if !seed.is_dir() || !gold_dir.is_dir() {
        eprintln!("SKIPPED: {} not found", seed.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("idx");
    whosaid()
        .arg("index")
        .arg(&seed)
        .arg("--index")
        .arg(&idx)
        .assert()
        .success();
    let out = search(
        &idx,
        &["--json", "Syria", "--speaker", "Kerry", "--limit", "50"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    let hits = v["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    // Gold paragraphs spoken by Kerry that mention Syria.
    let mut gold_starts = Vec::new();
    for e in std::fs::read_dir(&gold_dir).unwrap() {
        let g: serde_json::Value =
            serde_json::from_slice(&std::fs::read(e.unwrap().path()).unwrap()).unwrap();
        for p in g["paragraphs"].as_array().unwrap() {
            let kerry = p["speakers"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s == "John Kerry");
            let syria = p["locations"]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l == "Syria");
            let ambiguous = p["ambiguous_speaker"].as_bool().unwrap_or(false);
            if kerry && syria && !ambiguous {
                gold_starts.push(p["starts"].as_str().unwrap().to_owned());
            }
        }
    }
    let about_syria: Vec<bool> = hits
        .iter()
        .map(|h| h["text"].as_str().unwrap().contains("Syria"))
        .collect();
    let first_other = about_syria
        .iter()
        .position(|s| !s)
        .unwrap_or(about_syria.len());
    assert!(
        about_syria[first_other..].iter().all(|s| !s),
        "paragraphs about Syria rank before the others: {about_syria:?}"
    );
    for h in &hits[..first_other] {
        let s = &h["snippet"];
        let text = s["text"].as_str().unwrap();
        assert!(s["highlights"].as_array().unwrap().iter().any(|r| &text
            [r["start"].as_u64().unwrap() as usize..r["end"].as_u64().unwrap() as usize]
            == "Syria"));
        assert!(
            h["speakers"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x == "John Kerry")
        );
    }
    let found = gold_starts
        .iter()
        .filter(|g| {
            hits[..first_other]
                .iter()
                .any(|h| h["text"].as_str().unwrap().starts_with(g.as_str()))
        })
        .count();
    eprintln!(
        "seed: {found} of {} gold Kerry-on-Syria paragraphs among the {first_other} first hits",
        gold_starts.len()
    );
    assert!(!gold_starts.is_empty());
    assert_eq!(
        found,
        gold_starts.len(),
        "every gold Kerry-on-Syria paragraph comes first"
    );
}
