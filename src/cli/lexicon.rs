//! `provenance lexicon`: list the lexicon, check a user lexicon file.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Result;
use clap::Subcommand;

use super::{finish_output, EXIT_ERROR, EXIT_OK, EXIT_PARTIAL};
use crate::lexicon::{EntryKind, Lexicon};

#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// List entries (built-in, plus --lexicon files) as TSV.
    #[command(after_help = "Examples:
  provenance lexicon list --kind state-media --country KP
  provenance lexicon list --lexicon State_Media_Matrix.csv --kind state-media | wc -l")]
    List {
        /// Only entries of this kind.
        #[arg(long, value_parser = parse_kind)]
        kind: Option<EntryKind>,
        /// Only entries of this country code.
        #[arg(long, value_name = "CC")]
        country: Option<String>,
        /// Extra lexicon files (TSV, or the State Media Monitor CSV).
        #[arg(long = "lexicon", value_name = "FILE")]
        lexicons: Vec<PathBuf>,
    },
    /// Validate a user lexicon: parse errors, duplicates, conflicts with
    /// built-in entries, acronyms without a country.
    #[command(after_help = "Examples:
  provenance lexicon check my-outlets.tsv
  provenance lexicon check State_Media_Matrix.csv")]
    Check { file: PathBuf },
}

fn parse_kind(s: &str) -> Result<EntryKind, String> {
    EntryKind::parse(s).ok_or_else(|| format!("unknown kind {s:?}"))
}

pub fn run(cmd: LexiconCommand) -> Result<i32> {
    match cmd {
        LexiconCommand::List {
            kind,
            country,
            lexicons,
        } => {
            let lx = super::lexicon(&lexicons)?;
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            let written = (|| -> io::Result<usize> {
                writeln!(out, "kind\tname\taliases\tcountry\torigin")?;
                let mut n = 0;
                for e in lx.entries() {
                    if kind.is_some_and(|k| k != e.kind) {
                        continue;
                    }
                    if let Some(c) = &country {
                        if !e
                            .country
                            .as_deref()
                            .is_some_and(|ec| ec.eq_ignore_ascii_case(c))
                        {
                            continue;
                        }
                    }
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}",
                        e.kind.as_str(),
                        e.name,
                        e.aliases.join("|"),
                        e.country.as_deref().unwrap_or(""),
                        e.origin
                    )?;
                    n += 1;
                }
                out.flush()?;
                Ok(n)
            })();
            let n = match written {
                Ok(n) => n,
                Err(e) => {
                    finish_output(Err(e))?;
                    return Ok(EXIT_OK);
                }
            };
            Ok(if n > 0 { EXIT_OK } else { EXIT_PARTIAL })
        }
        LexiconCommand::Check { file } => match Lexicon::check(&file) {
            Err(e) => {
                eprintln!("provenance: {e}");
                Ok(EXIT_ERROR)
            }
            Ok(findings) => {
                for f in &findings {
                    println!("{}: {}: {}", file.display(), f.kind, f.message);
                }
                if findings.is_empty() {
                    println!("{}: ok", file.display());
                    Ok(EXIT_OK)
                } else {
                    eprintln!("{} finding(s)", findings.len());
                    Ok(EXIT_PARTIAL)
                }
            }
        },
    }
}
