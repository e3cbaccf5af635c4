//! `provenance annotate`: annotate files or stdin and print the result.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Result;
use clap::ValueEnum;

use super::{finish_output, palette, ColorChoice, EXIT_OK, EXIT_PARTIAL};
use crate::article::{self, Format as InputFormat};
use crate::attribution::Annotator;
use crate::render;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Jsonl,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles (.txt: first line the title; also .md, .json, .jsonl, .html)
    /// or directories of them; `-` or none reads plain text from stdin.
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

pub fn run(args: Args) -> Result<i32> {
    let lexicon = super::lexicon(&args.lexicons)?;
    let annotator = Annotator::new(lexicon);
    let pal = palette(args.color);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for path in article::input_paths(&args.files, InputFormat::EXTENSIONS) {
        let multi = matches!(
            InputFormat::of(&path),
            Some(InputFormat::Json | InputFormat::JsonLines)
        );
        let articles = article::read_input(&path);
        for art in articles {
            let art = match art {
                Ok(a) => a,
                Err(e) => {
                    failed += 1;
                    out.flush().ok();
                    eprintln!("provenance: {e}");
                    continue;
                }
            };
            // Several articles in one file: name each by file and id.
            let doc = if multi {
                format!("{}#{}", art.doc, art.id)
            } else {
                art.doc.clone()
            };
            let outlet = art.outlet.as_deref().or(args.outlet.as_deref());
            let sentences = annotator.annotate_with_outlet(&art.text, outlet);
            let written = match args.format {
                Format::Jsonl => render::jsonl(&mut out, &doc, &sentences),
                Format::Json => render::json(&mut out, &doc, &sentences),
                Format::Text => render::text(&mut out, &doc, &sentences, args.explain, pal),
            };
            if !finish_output(written)? {
                return Ok(EXIT_OK);
            }
        }
    }
    finish_output(out.flush())?;
    Ok(if failed > 0 { EXIT_PARTIAL } else { EXIT_OK })
}
