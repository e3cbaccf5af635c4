//! `provenance export`: matching sentences with all their fields, for jq,
//! spreadsheets and a search cluster.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::ValueEnum;

use super::search::FilterArgs;
use super::{finish_output, IndexArgs, EXIT_OK, EXIT_PARTIAL};
use crate::export::{self, Format, SplitWriter, CSV_HEADER};
use crate::index::SentenceIndex;
use crate::search::Search;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Ndjson,
    EsBulk,
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Optional query (tantivy syntax); with none, every sentence.
    pub query: Option<String>,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub index: IndexArgs,
    #[arg(long, short = 'f', value_enum, default_value_t = FormatArg::Ndjson)]
    pub format: FormatArg,
    /// Write to FILE, or into the directory DIR as files of at most
    /// --split-mb MB (part-00000.ndjson, ...); default: stdout.
    #[arg(long, short = 'o', value_name = "FILE|DIR")]
    pub output: Option<PathBuf>,
    /// With -o DIR: the largest file, in MB.
    #[arg(long, default_value_t = 10, value_name = "MB")]
    pub split_mb: u64,
}

pub fn run(args: ExportArgs) -> Result<i32> {
    let index = SentenceIndex::open(&args.index.dir())?;
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let search = Search::new(
        &index,
        args.query.as_deref(),
        &super::with_entity_names(args.filters.filters())?,
    )?;
    let format = match args.format {
        FormatArg::Ndjson => Format::Ndjson,
        FormatArg::EsBulk => Format::EsBulk,
        FormatArg::Csv => Format::Csv,
    };
    let to_dir = args
        .output
        .as_ref()
        .is_some_and(|o| o.is_dir() || o.to_string_lossy().ends_with('/'));
    let n = if to_dir {
        let dir = args.output.clone().unwrap_or_default();
        let mut w = SplitWriter::new(&dir, format, args.split_mb.max(1) << 20)?;
        let n = export::records(&index, &searcher, &search, |r| w.write(&r))?;
        let files = w
            .finish()
            .with_context(|| format!("writing into {}", dir.display()))?;
        eprintln!(
            "exported {n} sentences into {} file(s) in {}",
            files.len(),
            dir.display()
        );
        n
    } else {
        let mut out: Box<dyn Write> = match &args.output {
            Some(p) => Box::new(io::BufWriter::new(
                std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
            )),
            None => Box::new(io::BufWriter::new(io::stdout().lock())),
        };
        if format == Format::Csv {
            finish_output(writeln!(out, "{CSV_HEADER}"))?;
        }
        let r = export::records(&index, &searcher, &search, |r| {
            export::write_record(&mut out, &r, format)
        });
        let n = match r {
            Err(export::ExportError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
                return Ok(EXIT_OK)
            }
            other => other?,
        };
        finish_output(out.flush())?;
        if let Some(p) = &args.output {
            eprintln!("exported {n} sentences to {}", p.display());
        }
        n
    };
    Ok(if n > 0 { EXIT_OK } else { EXIT_PARTIAL })
}
