//! The `index`, `search`, `speakers` and `places` commands: clap options → library options,
//! library results → text or JSON.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use whosaid::index::{DEFAULT_DIR, Index, IndexOptions, SyncSummary};
use whosaid::search::{CountOptions, Counts, Facet, Filters, SearchOptions, SearchResults};
use whosaid::split::Kind;

#[derive(clap::Args, Debug)]
pub struct IndexArgs {
    /// Folders (or files) to index; the index mirrors them, dropping files indexed before that
    /// are no longer under them.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The index folder.
    #[arg(long, default_value = DEFAULT_DIR)]
    index: PathBuf,
    /// Print the summary as one JSON object.
    #[arg(long)]
    json: bool,
    /// Re-index every file, even unchanged ones.
    #[arg(long)]
    rebuild: bool,
    /// Indexing threads (0: one per core, at most 4).
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Memory for the index writer, in MB (bounds the run's memory).
    #[arg(long, default_value_t = 256)]
    heap_mb: usize,
}

#[derive(clap::Args, Debug)]
pub struct SearchArgs {
    /// Query in Tantivy's query language: words, "phrases", AND/OR/NOT, field:value
    /// (fields: text, title, summary, quote, speaker, location, author, dateline, kind, path,
    /// paragraph); `*` for everything.
    query: String,
    #[command(flatten)]
    filters: FilterArgs,
    /// Hits to show.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Hits to skip (for paging).
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Print one JSON document: {query, filters, total, offset, limit, hits}.
    #[arg(long)]
    json: bool,
    /// The index folder.
    #[arg(long, default_value = DEFAULT_DIR)]
    index: PathBuf,
    /// Colour the matched words: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto)]
    color: ColorWhen,
}

#[derive(clap::Args, Debug)]
pub struct CountArgs {
    /// Count only among the paragraphs matching this query (default: the whole index).
    query: Option<String>,
    #[command(flatten)]
    filters: FilterArgs,
    /// Names to show.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Print one JSON document: {query, filters, facet, records, distinct, values}.
    #[arg(long)]
    json: bool,
    /// The index folder.
    #[arg(long, default_value = DEFAULT_DIR)]
    index: PathBuf,
}

#[derive(clap::Args, Debug)]
struct FilterArgs {
    /// Only paragraphs where this speaker speaks: full name or surname, any case or accents.
    #[arg(long)]
    speaker: Option<String>,
    /// Only paragraphs naming this place, any case or accents.
    #[arg(long)]
    location: Option<String>,
    /// Only paragraphs of these kinds (repeat or separate with commas): title, summary,
    /// byline, dateline, caption, heading, credit, body.
    #[arg(long, value_delimiter = ',')]
    kind: Vec<Kind>,
}

impl FilterArgs {
    fn into_filters(self) -> Filters {
        Filters {
            speaker: self.speaker,
            location: self.location,
            kinds: self.kind,
        }
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

pub fn cmd_index(a: IndexArgs) -> anyhow::Result<ExitCode> {
    let opts = IndexOptions {
        threads: a.threads,
        heap_bytes: a.heap_mb.max(1) << 20,
        rebuild: a.rebuild,
    };
    let index = Index::open_or_create(&a.index, a.rebuild)?;
    let bar = if io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} {msg}",
            )
            .expect("valid template"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let summary = index.sync(&a.paths, &opts, &mut |p| {
        bar.set_length(p.bytes_total);
        bar.set_position(p.bytes_done);
        bar.set_message(format!("{}/{} files", p.files_done, p.files_total));
    });
    bar.finish_and_clear();
    let summary = summary?;
    emit(a.json, &summary, |out| print_summary(out, &summary)).context("writing the summary")?;
    Ok(ExitCode::SUCCESS)
}

/// Writes `value` to standard output as pretty JSON, or as text with `text`.
fn emit<T: serde::Serialize>(
    json: bool,
    value: &T,
    text: impl FnOnce(&mut io::BufWriter<io::StdoutLock<'static>>) -> io::Result<()>,
) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    if json {
        serde_json::to_writer_pretty(&mut out, value).map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        text(&mut out)?;
    }
    out.flush()
}

fn print_summary(out: &mut impl Write, s: &SyncSummary) -> io::Result<()> {
    writeln!(out, "index {}", s.index.display())?;
    if let Some(why) = &s.rebuilt {
        writeln!(out, "  rebuilt      ({why})")?;
    }
    writeln!(out, "  files seen   {}", s.files_seen)?;
    writeln!(
        out,
        "  indexed      {} ({} new, {} changed)",
        s.indexed, s.added, s.changed
    )?;
    if s.touched > 0 {
        writeln!(
            out,
            "  unchanged    {} ({} with a new timestamp only)",
            s.unchanged, s.touched
        )?;
    } else {
        writeln!(out, "  unchanged    {}", s.unchanged)?;
    }
    writeln!(out, "  removed      {}", s.removed)?;
    writeln!(out, "  skipped      {}", s.skipped.len())?;
    for k in &s.skipped {
        writeln!(out, "    {}: {}", k.path, k.reason)?;
    }
    writeln!(
        out,
        "  records      {} written, {} deleted, {} in the index",
        s.records_written, s.records_deleted, s.records_total
    )?;
    writeln!(
        out,
        "  time         {:.2} s, {} parsed: {:.1} MB/s, {:.0} records/s{}",
        s.seconds,
        human_bytes(s.bytes_indexed),
        s.mb_per_s,
        s.records_per_s,
        if s.committed { "" } else { " (nothing to do)" }
    )
}

fn human_bytes(n: u64) -> String {
    match n {
        0..1_000 => format!("{n} B"),
        1_000..1_000_000 => format!("{:.1} kB", n as f64 / 1e3),
        _ => format!("{:.1} MB", n as f64 / 1e6),
    }
}

fn use_color(when: ColorWhen) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

pub fn cmd_search(a: SearchArgs) -> anyhow::Result<ExitCode> {
    let index = Index::open(&a.index)?;
    let opts = SearchOptions {
        query: a.query,
        filters: a.filters.into_filters(),
        limit: a.limit,
        offset: a.offset,
        snippet_chars: 200,
    };
    let results = index.search(&opts)?;
    let color = use_color(a.color);
    emit(a.json, &results, |out| print_hits(out, &results, color)).context("writing results")?;
    Ok(if results.total == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

const HIGHLIGHT: &str = "\x1b[1;31m";
const DIM: &str = "\x1b[2m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

fn print_hits(out: &mut impl Write, r: &SearchResults, color: bool) -> io::Result<()> {
    let (hl, dim, bold, reset) = if color {
        (HIGHLIGHT, DIM, BOLD, RESET)
    } else {
        ("", "", "", "")
    };
    for h in &r.hits {
        writeln!(
            out,
            "{bold}{}.{reset} {dim}[{:.2}]{reset} {bold}{}{reset} ¶{} ({})",
            h.rank, h.score, h.path, h.paragraph, h.kind
        )?;
        let mut about = Vec::new();
        if !h.speakers.is_empty() {
            about.push(format!("speakers: {}", h.speakers.join("; ")));
        }
        if !h.locations.is_empty() {
            about.push(format!("places: {}", h.locations.join("; ")));
        }
        if !about.is_empty() {
            writeln!(out, "    {dim}{}{reset}", about.join("  |  "))?;
        }
        let s = &h.snippet;
        let mut line = String::from("    ");
        if s.start > 0 {
            line.push('…');
        }
        let mut at = 0;
        for span in &s.highlights {
            line.push_str(&s.text[at..span.start]);
            line.push_str(hl);
            line.push_str(&s.text[span.start..span.end]);
            line.push_str(reset);
            at = span.end;
        }
        line.push_str(&s.text[at..]);
        if s.end < h.text.len() {
            line.push('…');
        }
        writeln!(out, "{line}")?;
        writeln!(out)?;
    }
    let shown = if r.hits.is_empty() {
        String::from("none shown")
    } else {
        format!(
            "showing {}–{}",
            r.hits[0].rank,
            r.hits[r.hits.len() - 1].rank
        )
    };
    writeln!(
        out,
        "{dim}{} paragraph{} match{}; {shown}{reset}",
        r.total,
        if r.total == 1 { "" } else { "s" },
        if r.total == 1 { "es" } else { "" },
    )
}

pub fn cmd_count(a: CountArgs, facet: Facet) -> anyhow::Result<ExitCode> {
    let index = Index::open(&a.index)?;
    let opts = CountOptions {
        query: a.query,
        filters: a.filters.into_filters(),
        limit: a.limit,
    };
    let counts = index.searcher()?.count(facet, &opts)?;
    emit(a.json, &counts, |out| print_counts(out, &counts)).context("writing counts")?;
    Ok(if counts.values.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_counts(out: &mut impl Write, c: &Counts) -> io::Result<()> {
    let what = match c.facet {
        Facet::Speakers => "speaker",
        Facet::Locations => "place",
    };
    writeln!(out, "{:>10} {:>9}  {what}", "paragraphs", "articles")?;
    for v in &c.values {
        writeln!(out, "{:>10} {:>9}  {}", v.records, v.articles, v.name)?;
    }
    writeln!(
        out,
        "{} distinct {what}s in {} matching paragraphs",
        c.distinct, c.records
    )
}
