//! `whosaid` command line: a thin adapter from clap options to the library.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

use whosaid::article::{Outcome, parse_many};
use whosaid::extract::default_extractor;
use whosaid::walk::{WalkOptions, walk};

/// mimalloc: parsing allocates many small strings; it makes the pipeline about 10 % faster.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli_index;

/// The crate version and the fingerprint of the parsing pipeline (which an index records).
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (pipeline ",
    env!("WHOSAID_PIPELINE_FINGERPRINT"),
    ")"
);

/// Who said what, and where: search news articles by speaker, place and words.
#[derive(Parser, Debug)]
#[command(name = "whosaid", version = VERSION, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Split articles into paragraph records and print them.
    Parse(ParseArgs),
    /// Build or update the search index of a folder (only new and changed files are parsed).
    Index(cli_index::IndexArgs),
    /// Search the index: ranked paragraphs with highlighted snippets (exit 1 when none match).
    Search(cli_index::SearchArgs),
    /// The most frequent speakers, in the whole index or among a query's hits.
    Speakers(cli_index::CountArgs),
    /// The most frequent places, in the whole index or among a query's hits.
    Places(cli_index::CountArgs),
}

#[derive(clap::Args, Debug)]
struct ParseArgs {
    /// Article files or folders.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// One JSON object per record per line.
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(a) => cmd_parse(a),
        Command::Index(a) => cli_index::cmd_index(a),
        Command::Search(a) => cli_index::cmd_search(a),
        Command::Speakers(a) => cli_index::cmd_count(a, whosaid::search::Facet::Speakers),
        Command::Places(a) => cli_index::cmd_count(a, whosaid::search::Facet::Locations),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("whosaid: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn cmd_parse(a: ParseArgs) -> anyhow::Result<ExitCode> {
    let seen = walk(&a.paths, &WalkOptions::default());
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed_roots = 0usize;
    let (mut parsed, mut skipped) = (0usize, 0usize);
    parse_many(seen, default_extractor(), |o| {
        match o {
            Outcome::Parsed(article) => {
                parsed += 1;
                for w in &article.warnings {
                    eprintln!("whosaid: warning: {}: {w}", article.path);
                }
                if a.json {
                    for r in &article.records {
                        serde_json::to_writer(&mut out, r)?;
                        out.write_all(b"\n")?;
                    }
                } else {
                    print_article(&mut out, &article)?;
                }
            }
            Outcome::Skipped { path, reason } => {
                skipped += 1;
                if a.paths.iter().any(|p| p.as_os_str() == path.as_str()) {
                    failed_roots += 1;
                }
                eprintln!("whosaid: skipped: {path}: {reason}");
            }
        }
        Ok(())
    })
    .context("writing records")?;
    out.flush().context("writing records")?;
    if !a.json {
        eprintln!("whosaid: {parsed} files parsed, {skipped} skipped");
    }
    Ok(if failed_roots > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_article(out: &mut impl Write, a: &whosaid::Article) -> io::Result<()> {
    let d = &a.doc;
    writeln!(
        out,
        "== {}  [{}, {}]",
        a.path,
        serde_json::to_value(d.layout)
            .map_or_else(|_| String::new(), |v| v.as_str().unwrap_or("").to_owned()),
        d.encoding
    )?;
    if !d.meta.authors.is_empty() {
        writeln!(out, "   authors: {}", d.meta.authors.join("; "))?;
    }
    if !d.meta.contributors.is_empty() {
        writeln!(out, "   contributors: {}", d.meta.contributors.join("; "))?;
    }
    if let Some(dl) = &d.meta.dateline {
        writeln!(out, "   dateline: {dl}")?;
    }
    for r in &a.records {
        writeln!(
            out,
            "¶{:<3} {:<8} {}..{}  {}",
            r.paragraph, r.kind, r.start, r.end, r.text
        )?;
        if !r.speakers.is_empty() {
            writeln!(out, "       speakers: {}", r.speakers.join("; "))?;
        }
        if !r.locations.is_empty() {
            writeln!(out, "       places: {}", r.locations.join("; "))?;
        }
    }
    writeln!(out)
}
