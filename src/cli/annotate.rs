//! `provenance annotate`: annotate files or stdin and print the result.

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::{mpsc, Arc};

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
const BATCH_BYTES: usize = 1 << 20;

/// Batches read ahead of those being annotated: the reader fills them
/// while the lexicon is built (on a core that would otherwise idle: the
/// whole of a few MB is read by the time the lexicon is ready), and memory
/// stays bounded (at most `READ_AHEAD + IN_FLIGHT + 1` batches of text).
const READ_AHEAD: usize = 32;

/// Batches handed to the thread pool and not yet written, at most besides
/// the one being written: the pool goes on to the next batch while the
/// last articles of one finish, with no wait between batches.
const IN_FLIGHT: usize = 4;

/// Articles read in input order: each with its name in the output, or
/// the error that kept it from being read.
type Batch = Vec<Result<(String, Article), ArticleError>>;

pub fn run(args: Args) -> Result<i32> {
    // Three stages, each on its own thread: a reader reads the input into
    // batches while the lexicon is built; a dispatcher hands each batch to
    // the thread pool as a task of its own, so that the cores go on to the
    // next batch while the last articles of one finish; this thread writes
    // the batches in input order as they are done. Reader and dispatcher
    // are not joined: when output stops (a closed pipe) the process ends
    // even if they still wait on the input.
    let (tx, rx) = mpsc::sync_channel::<Batch>(READ_AHEAD);
    let files = args.files.clone();
    std::thread::spawn(move || read_batches(&files, &tx));
    let lexicon = super::lexicon(&args.lexicons)?;
    let annotator = Arc::new(Annotator::new(lexicon));
    let style = Style {
        format: args.format,
        explain: args.explain,
        outlet: args.outlet.clone(),
        pal: palette(args.color),
    };
    let (tx_done, rx_done) = mpsc::sync_channel::<mpsc::Receiver<Rendered>>(IN_FLIGHT);
    std::thread::spawn(move || dispatch(rx, &annotator, &Arc::new(style), &tx_done));
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for done in rx_done {
        // A task sends before it ends; a panic in one ends the process.
        let rendered = done.recv().expect("an annotating task sends its batch");
        if !write_batch(rendered, &mut out, &mut failed)? {
            return Ok(EXIT_OK);
        }
    }
    finish_output(out.flush())?;
    Ok(if failed > 0 { EXIT_PARTIAL } else { EXIT_OK })
}

/// How articles are rendered: what the options of `annotate` say.
struct Style {
    format: Format,
    explain: bool,
    outlet: Option<String>,
    pal: Palette,
}

/// Hands each batch to the thread pool, in input order, and sends the
/// writer where its result will arrive; stops when the writer has gone.
fn dispatch(
    batches: mpsc::Receiver<Batch>,
    annotator: &Arc<Annotator>,
    style: &Arc<Style>,
    writer: &mpsc::SyncSender<mpsc::Receiver<Rendered>>,
) {
    for batch in batches {
        let (tx, done) = mpsc::sync_channel(1);
        let (annotator, style) = (Arc::clone(annotator), Arc::clone(style));
        rayon::spawn(move || {
            let _ = tx.send(render_batch(&annotator, &style, batch));
        });
        if writer.send(done).is_err() {
            return;
        }
    }
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

/// A batch's articles rendered in input order, or the error that kept
/// each from being read.
type Rendered = Vec<Result<Vec<u8>, ArticleError>>;

/// Annotates and renders a batch's articles in parallel.
fn render_batch(annotator: &Annotator, style: &Style, batch: Batch) -> Rendered {
    batch
        .into_par_iter()
        .map(|art| {
            let (doc, art) = art?;
            let outlet = art.outlet.as_deref().or(style.outlet.as_deref());
            let sentences = annotator.annotate_article(&art.text, outlet, art.date.as_deref());
            // JSON Lines output runs to about four times the text.
            let mut buf = Vec::with_capacity(4 * art.text.len() + 256);
            // Writing to memory cannot fail.
            let _ = match style.format {
                Format::Jsonl => render::jsonl(&mut buf, &doc, &sentences),
                Format::Json => render::json(&mut buf, &doc, &sentences),
                Format::Text => render::text(&mut buf, &doc, &sentences, style.explain, style.pal),
            };
            Ok(buf)
        })
        .collect()
}

/// Writes a rendered batch, each error to stderr where its article would
/// have been. Returns false when the reader has gone (a closed pipe).
fn write_batch(rendered: Rendered, out: &mut impl Write, failed: &mut usize) -> Result<bool> {
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
