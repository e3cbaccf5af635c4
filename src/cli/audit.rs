//! `provenance audit` and `provenance quotes`: a story's sourcing profile,
//! and direct quotes across the index.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::ValueEnum;

use super::search::FilterArgs;
use super::{finish_output, IndexArgs, EXIT_OK, EXIT_PARTIAL};
use crate::article::{self, Article, Format as InputFormat};
use crate::attribution::Annotator;
use crate::audit::{self, html, Audit};
use crate::index::SentenceIndex;
use crate::render::{csv_field as csv, one_line};
use crate::search::{Search, Sort};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuditFormat {
    Text,
    Json,
    Html,
}

#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    /// Articles to audit (any input format); or use --article.
    pub files: Vec<PathBuf>,
    /// Audit an indexed article by id (its stored text, annotated again with
    /// the current lexicon).
    #[arg(long, value_name = "ID", conflicts_with = "files")]
    pub article: Vec<String>,
    #[command(flatten)]
    pub index: IndexArgs,
    #[arg(long, short = 'f', value_enum, default_value_t = AuditFormat::Text)]
    pub format: AuditFormat,
    /// Write to FILE (or, for several articles, into the directory FILE).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Extra lexicon file (TSV); repeatable.
    #[arg(long = "lexicon", value_name = "FILE")]
    pub lexicons: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuotesFormat {
    Text,
    Jsonl,
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct QuotesArgs {
    /// Optional query on the quoted sentences (tantivy syntax).
    pub query: Option<String>,
    /// The speaker (a word or phrase of the name: "Kim").
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// The outlet that carried the words ("KCNA").
    #[arg(long, value_name = "OUTLET")]
    pub via: Option<String>,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub index: IndexArgs,
    #[arg(long, short = 'n', default_value_t = 100)]
    pub limit: usize,
    #[arg(long, short = 'f', value_enum, default_value_t = QuotesFormat::Text)]
    pub format: QuotesFormat,
}

/// The articles to audit, with errors reported and counted.
fn articles(args: &AuditArgs, failed: &mut usize) -> Result<Vec<Article>> {
    let mut out = Vec::new();
    if !args.article.is_empty() {
        let index = SentenceIndex::open(&args.index.dir())?;
        let reader = index.reader()?;
        let searcher = reader.searcher();
        for id in &args.article {
            match index.stored_article(&searcher, id)? {
                Some(a) => out.push(a),
                None => {
                    *failed += 1;
                    eprintln!("provenance: {id}: no such article in the index");
                }
            }
        }
        return Ok(out);
    }
    if args.files.is_empty() {
        bail!("nothing to audit: give files or --article ID");
    }
    for path in article::input_paths(&args.files, InputFormat::EXTENSIONS) {
        let read = article::read_input(&path);
        for a in read {
            match a {
                Ok(a) => out.push(a),
                Err(e) => {
                    *failed += 1;
                    eprintln!("provenance: {e}");
                }
            }
        }
    }
    Ok(out)
}

fn render(a: &Audit, format: AuditFormat, out: &mut impl Write) -> io::Result<()> {
    match format {
        AuditFormat::Text => audit::text(out, a),
        AuditFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, a)?;
            writeln!(out)
        }
        AuditFormat::Html => out.write_all(html::render(a).as_bytes()),
    }
}

fn file_name(a: &Audit, format: AuditFormat) -> String {
    let stem: String = a
        .article
        .id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let ext = match format {
        AuditFormat::Text => "txt",
        AuditFormat::Json => "json",
        AuditFormat::Html => "html",
    };
    format!("{stem}.{ext}")
}

pub fn run(args: AuditArgs) -> Result<i32> {
    let lexicon = super::lexicon(&args.lexicons)?;
    let annotator = Annotator::new(lexicon);
    let mut failed = 0;
    let arts = articles(&args, &mut failed)?;
    let audits: Vec<Audit> = arts
        .iter()
        .map(|a| {
            audit::audit(
                a,
                annotator.annotate_article(&a.text, a.outlet.as_deref(), a.date.as_deref()),
            )
        })
        .collect();
    match &args.output {
        Some(o) if audits.len() > 1 || o.is_dir() => {
            std::fs::create_dir_all(o).with_context(|| format!("creating {}", o.display()))?;
            for a in &audits {
                write_file(&o.join(file_name(a, args.format)), a, args.format)?;
            }
        }
        Some(o) => {
            if let Some(a) = audits.first() {
                write_file(o, a, args.format)?;
            }
        }
        None => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            for (i, a) in audits.iter().enumerate() {
                if i > 0 && args.format == AuditFormat::Text {
                    finish_output(writeln!(out, "\n----\n"))?;
                }
                if !finish_output(render(a, args.format, &mut out))? {
                    return Ok(EXIT_OK);
                }
            }
            finish_output(out.flush())?;
        }
    }
    Ok(if failed > 0 { EXIT_PARTIAL } else { EXIT_OK })
}

fn write_file(path: &Path, a: &Audit, format: AuditFormat) -> Result<()> {
    let mut f = io::BufWriter::new(
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
    );
    render(a, format, &mut f).with_context(|| format!("writing {}", path.display()))?;
    f.flush()
        .with_context(|| format!("writing {}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

pub fn quotes(args: QuotesArgs) -> Result<i32> {
    let index = SentenceIndex::open(&args.index.dir())?;
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut filters = args.filters.filters();
    filters.quote = true;
    filters.speaker = args.speaker.clone();
    filters.via = args.via.clone();
    let filters = super::with_entity_names(filters)?;
    let search = Search::new(&index, args.query.as_deref(), &filters)?;
    let hits = search.hits(&searcher, args.limit, Sort::Date)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = (|| -> io::Result<()> {
        if args.format == QuotesFormat::Csv {
            writeln!(out, "speaker,via,article_id,title,date,sentence,text")?;
        }
        for h in &hits {
            let text = one_line(&h.text);
            match args.format {
                QuotesFormat::Jsonl => {
                    let v = serde_json::json!({
                        "speaker": h.speaker, "via": h.via, "article_id": h.article_id,
                        "title": h.title, "outlet": h.outlet, "date": h.date,
                        "sentence": h.sentence, "text": text, "tags": h.tags,
                    });
                    writeln!(out, "{v}")?;
                }
                QuotesFormat::Csv => writeln!(
                    out,
                    "{},{},{},{},{},{},{}",
                    csv(h.speaker.as_deref().unwrap_or("")),
                    csv(h.via.as_deref().unwrap_or("")),
                    csv(&h.article_id),
                    csv(h.title.as_deref().unwrap_or("")),
                    h.date.as_deref().unwrap_or(""),
                    h.sentence,
                    csv(&text)
                )?,
                QuotesFormat::Text => {
                    let who = match (&h.speaker, &h.via) {
                        (Some(s), Some(v)) => format!("{s}, via {v}"),
                        (Some(s), None) => s.clone(),
                        (None, Some(v)) => format!("(speaker not identified), via {v}"),
                        (None, None) => "(speaker not identified)".into(),
                    };
                    writeln!(
                        out,
                        "{who} — {} [{} #{}]{}\n  {text}\n",
                        h.title.as_deref().unwrap_or("(untitled)"),
                        h.article_id,
                        h.sentence,
                        h.date
                            .as_deref()
                            .map(|d| format!(" {d}"))
                            .unwrap_or_default()
                    )?;
                }
            }
        }
        out.flush()
    })();
    finish_output(written)?;
    Ok(if hits.is_empty() {
        EXIT_PARTIAL
    } else {
        EXIT_OK
    })
}
