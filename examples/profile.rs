//! Split + extract driver for profilers (not a timed test): runs the parsing pipeline on one
//! thread over the first `N` articles of `../shared/articles/bbc` then `reuters`, `ROUNDS` times,
//! printing MB/s per round.
//!
//! ```sh
//! cargo run --release --example profile -- [N] [ROUNDS] [full|split]
//! # exact instruction count inside the extractor over the first 1,500 bbc articles:
//! cargo build --release --example profile
//! valgrind --tool=callgrind --toggle-collect='*Extractor::extract*' \
//!     target/release/examples/profile 1500 1
//! ```
//!
//! The articles are read from `../shared` (or `$WHOSAID_SHARED`); without them it says so.

use std::time::Instant;

use whosaid::extract::Extractor;
use whosaid::split::split;

#[path = "../benches/articles/mod.rs"]
mod articles;

/// mimalloc, as in the benchmarks.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let split_only = args.next().is_some_and(|m| m == "split");
    let Some(shared) = articles::shared() else {
        eprintln!("SKIPPED: ../shared/articles not found (set WHOSAID_SHARED)");
        return;
    };
    let texts = articles::load(&shared, n);
    let bytes: usize = texts.iter().map(String::len).sum();
    let extractor = Extractor::new();
    for _ in 0..rounds {
        let t = Instant::now();
        let mut records = 0usize;
        for text in &texts {
            let s = split(text);
            records += if split_only {
                s.paragraphs.len()
            } else {
                extractor.extract(&s).len()
            };
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{}: {} articles, {:.1} MB, {records} records, {secs:.3} s, {:.1} MB/s",
            if split_only { "split" } else { "split+extract" },
            texts.len(),
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs
        );
    }
}
