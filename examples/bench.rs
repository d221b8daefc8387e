//! Benchmark of indexing and searching (not a timed test): run on a folder of articles with
//!
//! ```sh
//! cargo run --release --example bench -- ../shared/articles [--queries benches/queries.txt] [--rounds 20]
//! ```
//!
//! The folder is first copied to a temporary folder (so one file can be touched and modified
//! safely), then: a full index, a run with nothing changed, a run after touching one file (new
//! mtime, same content), a run after modifying one file; then search latency over the committed
//! query list (p50 / p99 / max, in-process, 10 hits with snippets per query). Reports MB/s and
//! records/s end to end, peak memory (VmHWM), and the index size.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use whosaid::index::{Index, IndexOptions, SyncSummary};
use whosaid::search::{Filters, SearchOptions};

/// mimalloc: parsing allocates many small strings; it makes the pipeline about 10 % faster.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir = None;
    let mut queries = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries.txt"));
    let mut rounds = 20usize;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--queries" => queries = args.next().expect("--queries FILE").into(),
            "--rounds" => rounds = args.next().expect("--rounds N").parse().expect("a number"),
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: bench DIR [--queries FILE] [--rounds N]");
        std::process::exit(2);
    };
    let tmp = tempfile::tempdir().expect("temp dir");
    let corpus = tmp.path().join("corpus");
    let (files, bytes) = copy_tree(&dir, &corpus);
    println!(
        "corpus {}: {files} files, {:.1} MB of content ({:.1} MB on disk by du)",
        dir.display(),
        bytes as f64 / 1e6,
        du(&dir) as f64 / 1e6
    );
    let idx_path = tmp.path().join("idx");
    let opts = IndexOptions::default();
    let roots = [corpus.clone()];
    let index = Index::open_or_create(&idx_path, false).expect("index");

    let full = index.sync(&roots, &opts, &mut |_| {}).expect("full index");
    report("full index", &full);
    let hwm_index = vm_hwm_mb();
    println!(
        "  throughput {:.1} MB/s, {:.0} records/s; peak memory {hwm_index:.0} MB; index size {:.1} MB",
        full.mb_per_s,
        full.records_per_s,
        index.size_on_disk() as f64 / 1e6
    );

    let same = index
        .sync(&roots, &opts, &mut |_| {})
        .expect("no-change run");
    report("no change", &same);
    println!(
        "  no-change run / full run = 1/{:.0}",
        full.seconds / same.seconds.max(1e-9)
    );

    let one = first_article(&corpus);
    std::fs::File::options()
        .write(true)
        .open(&one)
        .and_then(|f| f.set_modified(SystemTime::now() + Duration::from_secs(2)))
        .expect("touch");
    let touched = index.sync(&roots, &opts, &mut |_| {}).expect("touched run");
    report("one file touched (mtime only)", &touched);

    let mut text = std::fs::read(&one).expect("read");
    text.extend_from_slice(b"\n\nA paragraph added by the benchmark.\n");
    std::fs::write(&one, text).expect("modify");
    let modified = index
        .sync(&roots, &opts, &mut |_| {})
        .expect("modified run");
    report("one file modified", &modified);

    let list = std::fs::read_to_string(&queries).expect("queries file");
    let searches: Vec<SearchOptions> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(parse_query_line)
        .collect();
    let t = Instant::now();
    let reopened = Index::open(&idx_path).expect("open");
    let searcher = reopened.searcher().expect("searcher");
    let open_ms = t.elapsed().as_secs_f64() * 1e3;
    let mut hits = 0usize;
    for s in &searches {
        hits += searcher.search(s).expect("warm-up search").total.min(1);
    }
    let mut samples = Vec::with_capacity(searches.len() * rounds);
    for _ in 0..rounds {
        for s in &searches {
            let t = Instant::now();
            let r = searcher.search(s).expect("search");
            samples.push(t.elapsed().as_secs_f64() * 1e3);
            std::hint::black_box(r);
        }
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| samples[((samples.len() - 1) as f64 * p).round() as usize];
    println!(
        "search: {} queries ({hits} with hits) × {rounds} rounds: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; opening the index {open_ms:.1} ms",
        searches.len(),
        pct(0.50),
        pct(0.99),
        samples[samples.len() - 1]
    );
    println!(
        "peak memory (VmHWM) over the whole run: {:.0} MB",
        vm_hwm_mb()
    );
}

/// `query | speaker=NAME | location=PLACE | kind=K`
fn parse_query_line(line: &str) -> SearchOptions {
    let mut parts = line.split(" | ");
    let mut s = SearchOptions::new(parts.next().unwrap_or("").trim());
    s.filters = Filters::default();
    for p in parts {
        match p.trim().split_once('=') {
            Some(("speaker", v)) => s.filters.speaker = Some(v.into()),
            Some(("location", v)) => s.filters.location = Some(v.into()),
            Some(("kind", v)) => s.filters.kinds.push(v.parse().expect("kind")),
            _ => panic!("bad query line: {line}"),
        }
    }
    s
}

fn report(what: &str, s: &SyncSummary) {
    println!(
        "{what}: {:.3} s; seen {}, indexed {}, unchanged {} (touched {}), removed {}, skipped {}, records {} written / {} total",
        s.seconds,
        s.files_seen,
        s.indexed,
        s.unchanged,
        s.touched,
        s.removed,
        s.skipped.len(),
        s.records_written,
        s.records_total
    );
    let t = &s.timings;
    println!(
        "  phases: walk {:.3} s, plan {:.3} s, parse+write {:.3} s, commit {:.3} s, merge {:.3} s",
        t.walk, t.plan, t.parse_and_write, t.commit, t.merge
    );
}

fn copy_tree(from: &Path, to: &Path) -> (usize, u64) {
    let (mut files, mut bytes) = (0, 0);
    for e in walkdir::WalkDir::new(from) {
        let e = e.expect("walk");
        let dest = to.join(e.path().strip_prefix(from).expect("prefix"));
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
        } else if e.file_type().is_file() {
            bytes += std::fs::copy(e.path(), &dest).expect("copy");
            files += 1;
        }
    }
    (files, bytes)
}

fn du(dir: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.blocks() * 512)
        .sum()
}

fn first_article(dir: &Path) -> PathBuf {
    whosaid::walk::walk(&[dir.to_path_buf()], &Default::default())
        .into_iter()
        .find_map(|s| match s {
            whosaid::walk::Seen::Article(p) => Some(p),
            _ => None,
        })
        .expect("an article")
}

fn vm_hwm_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}
