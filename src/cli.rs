//! The command line: argument definitions (clap) and the commands they run.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use crate::article;
use crate::attribution::Annotator;
use crate::lexicon::Lexicon;
use crate::render::{self, Palette};

/// Exit code when every input was handled.
pub const EXIT_OK: i32 = 0;
/// Exit code for errors (and, like ripgrep, when some inputs failed).
pub const EXIT_ERROR: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "provenance",
    version,
    about = "Where each sentence of a news story comes from",
    long_about = "Splits news articles into sentences and tags each one with the kind of source \
its content rests on: state-media, intelligence, official-estimate, official-statement, \
other-source, or none (unattributed), with the evidence for every tag."
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
  provenance annotate --explain --format text story.txt
  provenance annotate --format jsonl articles/*.txt > sentences.jsonl
  cat story.txt | provenance annotate --format json -")]
    Annotate(AnnotateArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Jsonl,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, clap::Args)]
pub struct AnnotateArgs {
    /// Plain-text articles (first line: the title) or directories of `.txt`
    /// files; `-` or none reads stdin.
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// In the text format, print the evidence (rule, cue, source) of every tag.
    #[arg(long)]
    pub explain: bool,
    /// Extra lexicon file (TSV, see lexicons/README.md); repeatable.
    #[arg(long = "lexicon", value_name = "FILE")]
    pub lexicons: Vec<PathBuf>,
    /// Colour the text format: auto (when a terminal and NO_COLOR is unset).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// Runs the parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Annotate(args) => annotate(args),
    }
}

fn palette(choice: ColorChoice) -> Palette {
    let enabled = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stdout().is_terminal()
        }
    };
    Palette { enabled }
}

fn annotate(args: AnnotateArgs) -> Result<i32> {
    let lexicon = Lexicon::with_files(&args.lexicons).context("loading lexicons")?;
    let annotator = Annotator::new(lexicon);
    let pal = palette(args.color);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for path in article::input_paths(&args.files, &["txt"]) {
        let art = if path.as_os_str() == "-" {
            article::read_stdin()
        } else {
            article::read_text_file(&path)
        };
        let art = match art {
            Ok(a) => a,
            Err(e) => {
                failed += 1;
                out.flush().ok();
                eprintln!("provenance: {e}");
                continue;
            }
        };
        let sentences = annotator.annotate_with_outlet(&art.text, art.outlet.as_deref());
        let written = match args.format {
            Format::Jsonl => render::jsonl(&mut out, &art.doc, &sentences),
            Format::Json => render::json(&mut out, &art.doc, &sentences),
            Format::Text => render::text(&mut out, &art.doc, &sentences, args.explain, pal),
        };
        if let Err(e) = written {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Ok(EXIT_OK);
            }
            return Err(e).context("writing output");
        }
    }
    match out.flush() {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e).context("writing output"),
        _ => {}
    }
    Ok(if failed > 0 { EXIT_ERROR } else { EXIT_OK })
}
