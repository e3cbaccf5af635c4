//! `provenance search` and `provenance stats`: query the index.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Parser, ValueEnum};

use super::{finish_output, palette, ColorChoice, IndexArgs, EXIT_OK, EXIT_PARTIAL};
use crate::annotation::{SourceKind, Tag};
use crate::attribution::Annotator;
use crate::index::ingest::Options;
use crate::index::SentenceIndex;
use crate::render::Palette;
use crate::search::{self, By, Filters, Hit, Search, Sort};
use crate::sources::{self, SortBy};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Jsonl,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Score,
    Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ByArg {
    Tag,
    Source,
    Kind,
    Outlet,
}

fn parse_tag(s: &str) -> Result<Tag, String> {
    Tag::parse(s).ok_or_else(|| {
        let all: Vec<&str> = Tag::ALL.iter().map(|t| t.as_str()).collect();
        format!("unknown tag {s:?} (one of: {})", all.join(", "))
    })
}

fn parse_kind(s: &str) -> Result<SourceKind, String> {
    SourceKind::parse(s).ok_or_else(|| {
        let all: Vec<&str> = SourceKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("unknown source kind {s:?} (one of: {})", all.join(", "))
    })
}

/// The filters shared by `search` and `stats`.
#[derive(Debug, Clone, clap::Args)]
pub struct FilterArgs {
    /// Sentences with this tag (repeatable: all must hold).
    #[arg(long = "tag", value_name = "TAG", value_parser = parse_tag)]
    pub tags: Vec<Tag>,
    /// Sentences with any tag (attributed).
    #[arg(long, conflicts_with = "unattributed")]
    pub any_tag: bool,
    /// Sentences with no tag (the article's own voice).
    #[arg(long)]
    pub unattributed: bool,
    /// A source named so (a word or phrase of its name, any case).
    #[arg(long, value_name = "TEXT")]
    pub source: Option<String>,
    /// Sources of this kind (repeatable).
    #[arg(long = "kind", value_name = "KIND", value_parser = parse_kind)]
    pub kinds: Vec<SourceKind>,
    /// The article's outlet (any case).
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// Articles dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Articles dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Sentences with a direct quote.
    #[arg(long)]
    pub quote: bool,
    /// Hedged sentences.
    #[arg(long)]
    pub hedged: bool,
    /// Sentences stating a figure.
    #[arg(long)]
    pub figure: bool,
    /// Sentences of one article.
    #[arg(long, value_name = "ID")]
    pub article: Option<String>,
}

impl FilterArgs {
    pub fn filters(&self) -> Filters {
        Filters {
            tags: self.tags.clone(),
            any_tag: self.any_tag,
            unattributed: self.unattributed,
            source: self.source.clone(),
            kinds: self.kinds.clone(),
            outlet: self.outlet.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            quote: self.quote,
            hedged: self.hedged,
            figure: self.figure,
            article: self.article.clone(),
            ..Filters::default()
        }
    }
}

#[derive(Debug, Clone, clap::Args)]
pub struct SearchArgs {
    /// Query in tantivy syntax: words (all must match), "phrases",
    /// field:value (text, title, source, tags, kind, outlet), AND/OR/NOT.
    pub query: Option<String>,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub index: IndexArgs,
    /// Maximum number of hits.
    #[arg(long, short = 'n', default_value_t = 20, value_name = "N")]
    pub limit: usize,
    /// Order of hits.
    #[arg(long, value_enum, default_value_t = SortArg::Score)]
    pub sort: SortArg,
    /// Print the number of matching sentences only.
    #[arg(long)]
    pub count: bool,
    /// Show N sentences of context around each hit.
    #[arg(short = 'C', long = "context", default_value_t = 0, value_name = "N")]
    pub context: u64,
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Run the saved queries of FILE, one per line (a query and filters as
    /// on the command line, e.g. `troops --tag state-media`; `#` comments).
    #[arg(long, value_name = "FILE", conflicts_with = "query")]
    pub queries: Option<PathBuf>,
}

/// One line of a saved-queries file, parsed like the command line.
#[derive(Debug, clap::Parser)]
#[command(no_binary_name = true)]
struct SavedQuery {
    #[command(flatten)]
    args: SearchArgs,
}

/// Splits a line into words, honouring double and single quotes.
fn words(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut any = false;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                any = true;
            }
            (None, c) if c.is_whitespace() => {
                if any || !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            (None, c) => cur.push(c),
        }
    }
    if quote.is_some() {
        return Err("unclosed quote".into());
    }
    if any || !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

#[derive(serde::Serialize)]
struct Labelled<'a> {
    query: &'a str,
    #[serde(flatten)]
    hit: &'a Hit,
}

/// `search --queries FILE`: every saved query, with its count and hits.
fn saved_queries(args: &SearchArgs, file: &std::path::Path) -> Result<i32> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let index = open_or_build(&args.index)?;
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let pal = palette(args.color);
    let mut total = 0usize;
    let mut results = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parsed = words(line)
            .map_err(|e| anyhow::anyhow!("{}:{}: {e}", file.display(), n + 1))
            .and_then(|w| {
                SavedQuery::try_parse_from(w).map_err(|e| {
                    anyhow::anyhow!(
                        "{}:{}: {}",
                        file.display(),
                        n + 1,
                        e.to_string().lines().next().unwrap_or("")
                    )
                })
            })?;
        let q = parsed.args;
        let search = Search::new(
            &index,
            q.query.as_deref(),
            &super::with_entity_names(q.filters.filters())?,
        )
        .map_err(|e| anyhow::anyhow!("{}:{}: {e}", file.display(), n + 1))?;
        let count = search.count(&searcher)?;
        total += count;
        let sort = match q.sort {
            SortArg::Score => Sort::Score,
            SortArg::Date => Sort::Date,
        };
        let hits = if args.count {
            Vec::new()
        } else {
            search.hits(&searcher, q.limit, sort)?
        };
        results.push((line.to_string(), count, hits));
    }
    let written = (|| -> io::Result<()> {
        match args.format {
            Format::Text => {
                for (q, count, hits) in &results {
                    writeln!(out, "{}== {q}: {count}{}", pal.bold(), pal.reset())?;
                    for h in hits {
                        text_hit(&mut out, h, pal)?;
                    }
                }
            }
            Format::Jsonl => {
                for (q, count, hits) in &results {
                    if args.count {
                        writeln!(out, "{}", serde_json::json!({"query": q, "count": count}))?;
                    }
                    for h in hits {
                        serde_json::to_writer(&mut out, &Labelled { query: q, hit: h })?;
                        writeln!(out)?;
                    }
                }
            }
            Format::Json => {
                let v: Vec<serde_json::Value> = results
                    .iter()
                    .map(|(q, count, hits)| serde_json::json!({"query": q, "count": count, "hits": hits}))
                    .collect();
                serde_json::to_writer_pretty(&mut out, &v)?;
                writeln!(out)?;
            }
        }
        out.flush()
    })();
    finish_output(written)?;
    Ok(if total > 0 { EXIT_OK } else { EXIT_PARTIAL })
}

#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Optional query restricting what is counted.
    pub query: Option<String>,
    /// What to count by.
    #[arg(long, value_enum, default_value_t = ByArg::Tag)]
    pub by: ByArg,
    /// Number of rows.
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: usize,
    /// With `--by source`: the forms each source is named by, under it.
    #[arg(long)]
    pub surface: bool,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub index: IndexArgs,
    /// JSON output.
    #[arg(long)]
    pub json: bool,
}

/// Opens the index; on a fresh checkout (default index missing) builds it
/// from `corpus/` first and says so.
fn open_or_build(args: &IndexArgs) -> Result<SentenceIndex> {
    let dir = args.dir();
    if args.is_default() && !SentenceIndex::exists(&dir) && PathBuf::from("corpus").is_dir() {
        eprintln!(
            "provenance: no index at {}: building it from corpus/ first",
            dir.display()
        );
        let annotator = Annotator::new(super::lexicon(&[])?);
        super::ingest::ingest_paths(
            &dir,
            &annotator,
            &[PathBuf::from("corpus")],
            &Options::default(),
            true,
        )?;
    }
    Ok(SentenceIndex::open(&dir)?)
}

pub fn run(args: SearchArgs) -> Result<i32> {
    if let Some(file) = &args.queries {
        return saved_queries(&args, file);
    }
    let index = open_or_build(&args.index)?;
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let search = Search::new(
        &index,
        args.query.as_deref(),
        &super::with_entity_names(args.filters.filters())?,
    )?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if args.count {
        let n = search.count(&searcher)?;
        finish_output(writeln!(out, "{n}").and_then(|_| out.flush()))?;
        return Ok(if n > 0 { EXIT_OK } else { EXIT_PARTIAL });
    }
    let sort = match args.sort {
        SortArg::Score => Sort::Score,
        SortArg::Date => Sort::Date,
    };
    let mut hits = search.hits(&searcher, args.limit, sort)?;
    if args.context > 0 {
        for h in &mut hits {
            h.context =
                search::context(&index, &searcher, &h.article_id, h.sentence, args.context)?;
        }
    }
    let pal = palette(args.color);
    let written = match args.format {
        Format::Jsonl => hits.iter().try_for_each(|h| {
            serde_json::to_writer(&mut out, h)?;
            writeln!(out)
        }),
        Format::Json => serde_json::to_writer_pretty(&mut out, &hits)
            .map_err(io::Error::from)
            .and_then(|_| writeln!(out)),
        Format::Text => hits.iter().try_for_each(|h| text_hit(&mut out, h, pal)),
    };
    if finish_output(written.and_then(|_| out.flush()))? {
        // fallthrough: exit code by hits
    }
    Ok(if hits.is_empty() {
        EXIT_PARTIAL
    } else {
        EXIT_OK
    })
}

fn text_hit(out: &mut impl Write, h: &Hit, pal: Palette) -> io::Result<()> {
    let meta: Vec<String> = [h.date.clone(), h.outlet.clone()]
        .into_iter()
        .flatten()
        .collect();
    writeln!(
        out,
        "{}{}{}  {}{}  [{} #{}]{}",
        pal.bold(),
        h.title
            .as_deref()
            .unwrap_or("(untitled)")
            .replace('\n', " "),
        pal.reset(),
        pal.dim(),
        meta.join(" · "),
        h.article_id,
        h.sentence,
        pal.reset()
    )?;
    // Context before the hit, the hit, context after (dimmed).
    let (before, after): (Vec<_>, Vec<_>) = h
        .context
        .iter()
        .filter(|c| c.sentence != h.sentence)
        .partition(|c| c.sentence < h.sentence);
    for c in before {
        context_line(out, c, pal)?;
    }
    writeln!(
        out,
        "  {:>4}  {}",
        h.sentence,
        highlighted(&h.text, &h.highlights, pal).replace('\n', " ")
    )?;
    for c in after {
        context_line(out, c, pal)?;
    }
    let mut line = String::from("        ");
    if h.tags.is_empty() {
        line.push_str("unattributed");
    }
    for t in &h.tags {
        let tag = Tag::parse(t);
        line.push_str(tag.map(|t| pal.tag(t)).unwrap_or(""));
        line.push_str(t);
        line.push_str(pal.reset());
        line.push(' ');
    }
    if h.quote {
        line.push_str(" [quote]");
    }
    if h.hedged {
        line.push_str(" [hedged]");
    }
    if !h.sources.is_empty() {
        let names: Vec<String> = h
            .sources
            .iter()
            .map(|s| {
                format!(
                    "{} ({})",
                    s.resolved.as_deref().unwrap_or(&s.text).replace('\n', " "),
                    s.kind
                )
            })
            .collect();
        line.push_str("  sources: ");
        line.push_str(&names.join("; "));
    }
    writeln!(out, "{}\n", line.trim_end())
}

fn context_line(out: &mut impl Write, c: &search::ContextSentence, pal: Palette) -> io::Result<()> {
    let text = c.text.replace('\n', " ");
    writeln!(
        out,
        "  {}{:>4}  {text}{}",
        pal.dim(),
        c.sentence,
        pal.reset()
    )
}

/// The sentence with its matched ranges marked: coloured, or in [brackets]
/// when colour is off.
fn highlighted(text: &str, ranges: &[[usize; 2]], pal: Palette) -> String {
    let (open, close) = if pal.enabled {
        ("\x1b[1;4m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let mut out = String::with_capacity(text.len() + ranges.len() * 8);
    let mut at = 0;
    for &[s, e] in ranges {
        if s < at || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        out.push_str(&text[at..s]);
        out.push_str(open);
        out.push_str(&text[s..e]);
        out.push_str(close);
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

pub fn stats(args: StatsArgs) -> Result<i32> {
    let index = open_or_build(&args.index)?;
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let search = Search::new(
        &index,
        args.query.as_deref(),
        &super::with_entity_names(args.filters.filters())?,
    )?;
    let by = match args.by {
        ByArg::Tag => By::Tag,
        ByArg::Source => By::Source,
        ByArg::Kind => By::Kind,
        ByArg::Outlet => By::Outlet,
    };
    let total = search.count(&searcher)?;
    // Sources count as entities, each once whatever the form it was given
    // (see `sources`); the forms, with --surface, under each.
    let mut forms: Vec<Vec<(String, u64)>> = Vec::new();
    let rows = if by == By::Source {
        let mut entities = sources::entities(&search, &searcher, None, &[], SortBy::Sentences)?;
        entities.truncate(args.limit.max(1));
        forms = entities.iter().map(|e| e.aliases.clone()).collect();
        entities
            .into_iter()
            .map(|e| (e.entity, e.sentences))
            .collect()
    } else {
        search::stats(&search, &searcher, by, args.limit.max(1))?
    };
    let surface = args.surface && by == By::Source;
    let totals = search::totals(&index, &searcher)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = if args.json {
        let v = serde_json::json!({
            "index": totals,
            "matching_sentences": total,
            "by": format!("{:?}", args.by).to_lowercase(),
            "counts": rows.iter().enumerate().map(|(i, (k, n))| {
                let mut v = serde_json::json!({"value": k, "sentences": n});
                if surface {
                    v["forms"] = forms[i].iter().map(|(f, c)| serde_json::json!({"form": f, "mentions": c})).collect();
                }
                v
            }).collect::<Vec<_>>(),
        });
        serde_json::to_writer_pretty(&mut out, &v)
            .map_err(io::Error::from)
            .and_then(|_| writeln!(out))
    } else {
        (|| {
            writeln!(
                out,
                "{} articles, {} sentences in the index; {} matching",
                totals["articles"], totals["sentences"], total
            )?;
            for (i, (k, n)) in rows.iter().enumerate() {
                let share = if total > 0 {
                    100.0 * *n as f64 / total as f64
                } else {
                    0.0
                };
                writeln!(out, "{n:>9}  {share:>5.1}%  {}", k.replace('\n', " "))?;
                if surface {
                    for (f, c) in &forms[i] {
                        writeln!(out, "{:>9}          {c:>6}  {f}", "")?;
                    }
                }
            }
            Ok(())
        })()
    };
    finish_output(written.and_then(|_| out.flush()))?;
    Ok(if total > 0 { EXIT_OK } else { EXIT_PARTIAL })
}
