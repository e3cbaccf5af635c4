//! `provenance annotate`: annotate files or stdin and print the result.

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::mpsc;

use anyhow::Result;
use clap::ValueEnum;
use rayon::prelude::*;

use super::{finish_output, palette, ColorChoice, EXIT_OK, EXIT_PARTIAL};
use crate::article::{self, Article, ArticleError, Format as InputFormat};
use crate::attribution::Annotator;
use crate::render::{self, Palette};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Jsonl,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles (.txt: first line the title; also .md, .json, .jsonl, .html;
    /// a file of any other name, a pipe or `<(...)` is plain text) or
    /// directories of them; `-` or none reads plain text from stdin.
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
    /// The outlet that published the articles, for inputs that name none
    /// (JSON `outlet`, an HTML page's site name): its own name being told
    /// something, and its correspondents' words, add no attribution.
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// Colour the text format: auto (when a terminal and NO_COLOR is unset).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// Articles annotated together, on all cores, before their output is
/// written in input order: enough to keep the cores busy, few enough to
/// keep memory small and the first lines prompt.
const BATCH_ARTICLES: usize = 64;
/// A batch also ends once its articles hold this much text.
const BATCH_BYTES: usize = 4 << 20;

/// Batches read ahead of the one being annotated: the reader fills them
/// while the lexicon is built (on a core that would idle), and memory
/// stays bounded (at most this many times `BATCH_BYTES` of text).
const READ_AHEAD: usize = 8;

/// Articles read in input order: each with its name in the output, or
/// the error that kept it from being read.
type Batch = Vec<Result<(String, Article), ArticleError>>;

pub fn run(args: Args) -> Result<i32> {
    // Input is read on its own thread while the lexicon is built and the
    // batch before is annotated. The thread is not joined: when output
    // stops (a closed pipe) the process ends even if the reader still waits
    // on its input.
    let (tx, rx) = mpsc::sync_channel::<Batch>(READ_AHEAD);
    let files = args.files.clone();
    std::thread::spawn(move || read_batches(&files, &tx));
    let lexicon = super::lexicon(&args.lexicons)?;
    let annotator = Annotator::new(lexicon);
    let pal = palette(args.color);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for batch in rx {
        if !write_batch(&annotator, &args, pal, batch, &mut out, &mut failed)? {
            return Ok(EXIT_OK);
        }
    }
    finish_output(out.flush())?;
    Ok(if failed > 0 { EXIT_PARTIAL } else { EXIT_OK })
}

/// Reads the articles of `files` (stdin when none) into batches and sends
/// them in order; stops when the receiver has gone.
fn read_batches(files: &[PathBuf], tx: &mpsc::SyncSender<Batch>) {
    let mut batch: Batch = Vec::new();
    let mut batch_bytes = 0;
    for path in article::input_paths(files, InputFormat::EXTENSIONS) {
        let multi = matches!(
            InputFormat::of(&path),
            Some(InputFormat::Json | InputFormat::JsonLines)
        );
        for art in article::read_input(&path) {
            // Several articles in one file: name each by file and id.
            let art = art.map(|a| {
                let doc = if multi {
                    format!("{}#{}", a.doc, a.id)
                } else {
                    a.doc.clone()
                };
                (doc, a)
            });
            batch_bytes += art.as_ref().map_or(0, |(_, a)| a.text.len());
            batch.push(art);
            if batch.len() >= BATCH_ARTICLES || batch_bytes >= BATCH_BYTES {
                batch_bytes = 0;
                if tx.send(std::mem::take(&mut batch)).is_err() {
                    return;
                }
            }
        }
    }
    if !batch.is_empty() {
        let _ = tx.send(batch);
    }
}

/// Annotates and renders a batch in parallel, then writes it in input
/// order, each error to stderr where its article would have been. Returns
/// false when the reader has gone (a closed pipe).
fn write_batch(
    annotator: &Annotator,
    args: &Args,
    pal: Palette,
    batch: Batch,
    out: &mut impl Write,
    failed: &mut usize,
) -> Result<bool> {
    let rendered: Vec<Result<Vec<u8>, ArticleError>> = batch
        .into_par_iter()
        .map(|art| {
            let (doc, art) = art?;
            let outlet = art.outlet.as_deref().or(args.outlet.as_deref());
            let sentences = annotator.annotate_article(&art.text, outlet, art.date.as_deref());
            // JSON Lines output runs to about four times the text.
            let mut buf = Vec::with_capacity(4 * art.text.len() + 256);
            // Writing to memory cannot fail.
            let _ = match args.format {
                Format::Jsonl => render::jsonl(&mut buf, &doc, &sentences),
                Format::Json => render::json(&mut buf, &doc, &sentences),
                Format::Text => render::text(&mut buf, &doc, &sentences, args.explain, pal),
            };
            Ok(buf)
        })
        .collect();
    for r in rendered {
        match r {
            Ok(bytes) => {
                if !finish_output(out.write_all(&bytes))? {
                    return Ok(false);
                }
            }
            Err(e) => {
                *failed += 1;
                out.flush().ok();
                eprintln!("provenance: {e}");
            }
        }
    }
    Ok(true)
}
