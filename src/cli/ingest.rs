//! `provenance ingest` and `provenance rm`: build and maintain the index.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};

use super::{IndexArgs, EXIT_OK, EXIT_PARTIAL};
use crate::attribution::Annotator;
use crate::index::ingest::{self, Event, Options, Report};
use crate::index::{IndexError, SentenceIndex};

#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Files and directories (recursive) of .txt, .md, .json, .jsonl, .html
    /// articles [default: corpus/]; a named file of any other name is plain
    /// text; `-` reads one plain-text article from stdin.
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub index: IndexArgs,
    /// Start over: replace everything the index holds.
    #[arg(long)]
    pub rebuild: bool,
    /// Extra lexicon file (TSV); repeatable.
    #[arg(long = "lexicon", value_name = "FILE")]
    pub lexicons: Vec<PathBuf>,
    /// Writer memory budget in MB (all indexing threads together).
    #[arg(long, default_value_t = 200, value_name = "MB")]
    pub memory: usize,
    /// Also commit after this many new or changed articles.
    #[arg(long, value_name = "N")]
    pub commit_every: Option<usize>,
    /// Commit after this many seconds of work (a killed ingest loses at
    /// most that much work; a re-run skips what was committed).
    #[arg(long, default_value_t = 60, value_name = "SECS")]
    pub commit_secs: u64,
    /// The outlet that published the articles, for inputs that name none
    /// (JSON `outlet`, an HTML page's site name): its own name being told
    /// something, and its correspondents' words, add no attribution.
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// No progress bar, no summary.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Debug, clap::Args)]
pub struct RmArgs {
    /// Article ids, as `search` prints them.
    #[arg(required = true)]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub index: IndexArgs,
}

pub fn run(args: IngestArgs) -> Result<i32> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        args.paths.clone()
    };
    let lexicon = super::lexicon(&args.lexicons)?;
    let annotator = Annotator::new(lexicon);
    let dir = args.index.dir();
    let commit_every = args.commit_every.unwrap_or(usize::MAX).max(1);
    let opts = Options {
        rebuild: args.rebuild,
        memory_budget: args.memory.max(16) << 20,
        commit_every,
        commit_secs: args.commit_secs,
        batch: Options::default().batch.min(commit_every),
        outlet: args.outlet.clone(),
        ..Options::default()
    };
    let (report, secs) = ingest_paths(&dir, &annotator, &paths, &opts, args.quiet)?;
    if !args.quiet {
        summary(&report, secs);
    }
    Ok(if report.failed > 0 {
        EXIT_PARTIAL
    } else {
        EXIT_OK
    })
}

/// Ingests `paths` into the index at `dir` (created if needed), with a
/// progress bar on a terminal; returns the report and the seconds taken.
pub(crate) fn ingest_paths(
    dir: &Path,
    annotator: &Annotator,
    paths: &[PathBuf],
    opts: &Options,
    quiet: bool,
) -> Result<(Report, f64)> {
    let start = Instant::now();
    let index = match SentenceIndex::open_or_create(dir) {
        Err(IndexError::Schema { .. }) if opts.rebuild => SentenceIndex::recreate(dir)?,
        other => other?,
    };
    let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
        let b = ProgressBar::new(0);
        b.set_style(
            ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    });
    let report = ingest::ingest(&index, annotator, paths, opts, |ev| match ev {
        Event::Failed(e) => {
            let msg = format!("provenance: {e}");
            match &bar {
                Some(b) => b.println(msg),
                None => eprintln!("{msg}"),
            }
        }
        Event::Skipped(p) => {
            if !quiet {
                eprintln!(
                    "provenance: {}: skipped (not an article format)",
                    p.display()
                );
            }
        }
        Event::Progress { done, total } => {
            if let Some(b) = &bar {
                b.set_length(total);
                b.set_position(done);
            }
        }
    })?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok((report, start.elapsed().as_secs_f64()))
}

fn summary(r: &Report, secs: f64) {
    let mb = r.bytes as f64 / 1e6;
    eprintln!(
        "articles: {} added, {} updated, {} unchanged, {} failed; {} sentences; {:.2} s, {:.1} MB/s",
        r.added,
        r.updated,
        r.unchanged,
        r.failed,
        r.sentences,
        secs,
        if secs > 0.0 { mb / secs } else { 0.0 }
    );
}

pub fn rm(args: RmArgs) -> Result<i32> {
    let index = SentenceIndex::open(&args.index.dir())?;
    let removed = ingest::remove(&index, &args.ids)?;
    for id in &args.ids {
        if !removed.contains(id) {
            eprintln!("provenance: {id}: no such article in the index");
        }
    }
    eprintln!("removed {} article(s)", removed.len());
    Ok(if removed.len() == args.ids.len() {
        EXIT_OK
    } else {
        EXIT_PARTIAL
    })
}
