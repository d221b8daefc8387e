//! Split and extract throughput on one thread over `../shared/articles/bbc` and `reuters`.
//!
//! `cargo bench --bench pipeline` prints MB/s for the split stage alone and for split + extract,
//! and for split + extract of one very long paragraph.
//! The articles are read from `../shared` (or `$WHOSAID_SHARED`) at run time; without them the
//! benchmark says so and measures nothing. `WHOSAID_BENCH_FILES` caps the number of files
//! (default: all of them).

use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use whosaid::extract::Extractor;
use whosaid::split::split;

mod articles;

/// mimalloc: parsing allocates many small strings; it makes the pipeline about 10 % faster.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn pipeline(c: &mut Criterion) {
    let Some(shared) = articles::shared() else {
        eprintln!("SKIPPED: ../shared/articles not found (set WHOSAID_SHARED); nothing measured");
        return;
    };
    let cap = std::env::var("WHOSAID_BENCH_FILES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(usize::MAX);
    let texts = articles::load(&shared, cap);
    let bytes: usize = texts.iter().map(String::len).sum();
    eprintln!("{} articles, {:.1} MB", texts.len(), bytes as f64 / 1e6);
    let extractor = Extractor::new();
    let mut g = c.benchmark_group("bbc+reuters");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(20));
    g.bench_function("split", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| split(t).paragraphs.len())
                .sum::<usize>()
        })
    });
    g.bench_function("split+extract", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| extractor.extract(&split(t)).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

/// One paragraph of 5,000 sentences (a file without line breaks): throughput must stay that of
/// ordinary articles, not fall with the paragraph's length. Needs no `../shared`.
fn long_paragraph(c: &mut Criterion) {
    let names = ["Ida Marsh", "Tomas Berg", "Lena Okafor"];
    let body: Vec<String> = (0..5000)
        .map(|i| {
            format!(
                "“We sail at dawn,” {} said in Halifax on Monday. He added that Canada and France agreed.",
                names[i % 3]
            )
        })
        .collect();
    let text = format!("Ferries\n\n{}\n", body.join(" "));
    let extractor = Extractor::new();
    let mut g = c.benchmark_group("long paragraph");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("split+extract", |b| {
        b.iter(|| extractor.extract(&split(&text)).len())
    });
    g.finish();
}

criterion_group!(benches, pipeline, long_paragraph);
criterion_main!(benches);
