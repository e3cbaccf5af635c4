//! The command line: argument definitions (clap) and the commands they run,
//! one submodule per command family. Exit codes follow grep and ripgrep.

mod annotate;
mod audit;
mod export;
mod ingest;
mod lexicon;
mod search;
mod sources;

use std::io::{self, IsTerminal};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use crate::config;
use crate::index::DEFAULT_DIR;
use crate::lexicon::Lexicon;
use crate::render::Palette;

/// Exit code: success (for `search`: some hits).
pub const EXIT_OK: i32 = 0;
/// Exit code: `search` found nothing; `annotate`/`ingest` finished but some
/// inputs failed (each reported on stderr).
pub const EXIT_PARTIAL: i32 = 1;
/// Exit code: an error (bad arguments or query, index locked or unreadable).
pub const EXIT_ERROR: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "provenance",
    version,
    about = "Where each sentence of a news story comes from",
    long_about = "Splits news articles into sentences and tags each one with the kind of source \
its content rests on: state-media, intelligence, official-estimate, official-statement, \
other-source, or none (unattributed), with the evidence for every tag. Index collections \
and search them by tag, source, outlet and date."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Split articles into sentences and tag where each claim comes from.
    #[command(after_help = "Examples:
  provenance annotate corpus/kim-condolences.txt
  provenance annotate --explain story.txt
  provenance annotate --format jsonl articles/*.txt > sentences.jsonl
  cat story.txt | provenance annotate --format json -")]
    Annotate(annotate::Args),
    /// Annotate articles and add them to the index (incremental).
    #[command(after_help = "Examples:
  provenance ingest                      # corpus/ into index/
  provenance ingest ../shared/data/ --index /tmp/news
  provenance ingest --rebuild corpus/")]
    Ingest(ingest::IngestArgs),
    /// Remove articles from the index by id.
    #[command(after_help = "Examples:
  provenance rm corpus/kim-condolences
  provenance rm --index /tmp/news reuters21578/17 reuters21578/18")]
    Rm(ingest::RmArgs),
    /// Search indexed sentences by text, tag, source, outlet and date.
    #[command(after_help = "Examples:
  provenance search --tag intelligence
  provenance search '\"troops\"' --source KCNA -C 1
  provenance search casualties --tag state-media --since 2024-01-01 --format jsonl
  provenance search --hedged --outlet Reuters --count")]
    Search(search::SearchArgs),
    /// A story's sourcing profile: shares per tag, sources, quotes, figures,
    /// hedged claims and warnings, as text, JSON or a self-contained HTML report.
    #[command(after_help = "Examples:
  provenance audit corpus/kim-condolences.txt
  provenance audit --format html -o report.html corpus/kim-condolences.txt
  provenance audit --article corpus/kim-condolences --format json")]
    Audit(audit::AuditArgs),
    /// Direct quotes across the index, with speaker and channel.
    #[command(after_help = "Examples:
  provenance quotes --speaker Kim --via KCNA
  provenance quotes troops --tag official-statement --since 2024-01-01
  provenance quotes --format csv > quotes.csv")]
    Quotes(audit::QuotesArgs),
    /// Export matching sentences with all fields: NDJSON, Elasticsearch/Quickwit bulk or CSV.
    #[command(after_help = "Examples:
  provenance export --tag state-media > state-media.ndjson
  provenance export --format es-bulk -o bulk/ --split-mb 10
  provenance export troops --format csv -o troops.csv")]
    Export(export::ExportArgs),
    /// List the lexicon or check a user lexicon file.
    #[command(subcommand)]
    Lexicon(lexicon::LexiconCommand),
    /// Print shell completions (bash, zsh, fish, powershell).
    #[command(after_help = "Examples:
  provenance completions bash > /etc/bash_completion.d/provenance
  provenance completions zsh > ~/.zfunc/_provenance")]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write one page per command into DIR.
    #[command(after_help = "Examples:
  provenance man > provenance.1 && man ./provenance.1
  provenance man --dir man/")]
    Man {
        /// Write provenance.1 and provenance-COMMAND.1 pages into DIR.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// The sources of the index as entities: kind, country, sentences per
    /// tag, articles, citing outlets, first and last date, the forms used.
    #[command(after_help = "Examples:
  provenance sources
  provenance sources --kind state-media -n 20
  provenance sources troops --since 2024-01-01 --format csv
  provenance sources --sort last --format jsonl")]
    Sources(sources::SourcesArgs),
    /// Count indexed sentences by tag, source, kind or outlet.
    #[command(after_help = "Examples:
  provenance stats
  provenance stats --by source --tag state-media
  provenance stats --by outlet troops")]
    Stats(search::StatsArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Where the index lives: `--index DIR`, else `$PROVENANCE_INDEX`, else
/// `index/` in the working directory.
#[derive(Debug, Clone, clap::Args)]
pub struct IndexArgs {
    /// Index directory [env: PROVENANCE_INDEX; default: index/].
    #[arg(long = "index", value_name = "DIR", env = "PROVENANCE_INDEX")]
    pub index: Option<PathBuf>,
}

impl IndexArgs {
    pub fn dir(&self) -> PathBuf {
        self.index
            .clone()
            .or_else(|| config::get().index.clone())
            .unwrap_or_else(|| PathBuf::from(DEFAULT_DIR))
    }

    /// True when neither the flag, the environment nor the configuration
    /// named a directory.
    pub fn is_default(&self) -> bool {
        self.index.is_none() && config::get().index.is_none()
    }
}

/// Runs the parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Annotate(a) => annotate::run(a),
        Command::Ingest(a) => ingest::run(a),
        Command::Rm(a) => ingest::rm(a),
        Command::Search(a) => search::run(a),
        Command::Stats(a) => search::stats(a),
        Command::Sources(a) => sources::run(a),
        Command::Audit(a) => audit::run(a),
        Command::Export(a) => export::run(a),
        Command::Lexicon(c) => lexicon::run(c),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "provenance", &mut io::stdout());
            Ok(EXIT_OK)
        }
        Command::Man { dir } => {
            let cmd = <Cli as clap::CommandFactory>::command();
            match dir {
                Some(dir) => {
                    std::fs::create_dir_all(&dir)?;
                    clap_mangen::generate_to(cmd, &dir)?;
                    eprintln!("wrote manual pages into {}", dir.display());
                }
                None => {
                    let mut out = Vec::new();
                    clap_mangen::Man::new(cmd).render(&mut out)?;
                    finish_output(io::Write::write_all(&mut io::stdout(), &out))?;
                }
            }
            Ok(EXIT_OK)
        }
        Command::Quotes(a) => audit::quotes(a),
    }
}

/// The lexicon: built-in, then the configuration's files, then `--lexicon`.
pub(crate) fn lexicon(files: &[PathBuf]) -> Result<Lexicon> {
    let mut all = config::get().lexicons.clone();
    all.extend_from_slice(files);
    Lexicon::with_files(&all).context("loading lexicons")
}

/// The filters with the other names of the entities they name (see
/// [`crate::search::Filters::with_aliases`]); the lexicon is loaded only
/// when a source, speaker or channel is asked for.
pub(crate) fn with_entity_names(f: crate::search::Filters) -> Result<crate::search::Filters> {
    if f.source.is_none() && f.speaker.is_none() && f.via.is_none() {
        return Ok(f);
    }
    Ok(f.with_aliases(&lexicon(&[])?))
}

pub(crate) fn palette(choice: ColorChoice) -> Palette {
    let choice = match (choice, config::get().color) {
        (ColorChoice::Auto, Some(config::Color::Always)) => ColorChoice::Always,
        (ColorChoice::Auto, Some(config::Color::Never)) => ColorChoice::Never,
        (c, _) => c,
    };
    let enabled = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stdout().is_terminal()
        }
    };
    Palette { enabled }
}

/// Ends a write to stdout: a closed pipe (`| head`) is not an error.
pub(crate) fn finish_output(r: io::Result<()>) -> Result<bool> {
    match r {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(anyhow::Error::new(e).context("writing output")),
    }
}
