//! `provenance sources`: the sources of the index (or of the sentences a
//! query and filters match) as entities, one row each.

use std::io::{self, Write};

use anyhow::Result;
use clap::ValueEnum;

use super::search::FilterArgs;
use super::{finish_output, IndexArgs, EXIT_OK, EXIT_PARTIAL};
use crate::index::SentenceIndex;
use crate::render::csv_field as csv;
use crate::search::Search;
use crate::sources::{self, EntityRow, SortBy};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Most sentences first.
    Sentences,
    /// By name.
    Name,
    /// Earliest first date first.
    First,
    /// Latest last date first.
    Last,
}

#[derive(Debug, clap::Args)]
pub struct SourcesArgs {
    /// Optional query: the sources of the sentences it matches.
    pub query: Option<String>,
    /// Order of the rows.
    #[arg(long, value_enum, default_value_t = SortArg::Sentences)]
    pub sort: SortArg,
    /// Number of rows (0: all).
    #[arg(long, short = 'n', default_value_t = 50)]
    pub limit: usize,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Filters; `--kind` keeps the entities of that kind.
    #[command(flatten)]
    pub filters: FilterArgs,
    #[command(flatten)]
    pub index: IndexArgs,
}

pub fn run(args: SourcesArgs) -> Result<i32> {
    let index = SentenceIndex::open(&args.index.dir())?;
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let lexicon = super::lexicon(&[])?;
    let filters = args.filters.filters().with_aliases(&lexicon);
    let search = Search::new(&index, args.query.as_deref(), &filters)?;
    let kinds: Vec<String> = args
        .filters
        .kinds
        .iter()
        .map(|k| k.as_str().to_string())
        .collect();
    let sort = match args.sort {
        SortArg::Sentences => SortBy::Sentences,
        SortArg::Name => SortBy::Name,
        SortArg::First => SortBy::First,
        SortArg::Last => SortBy::Last,
    };
    let mut rows = sources::entities(&search, &searcher, Some(&lexicon), &kinds, sort)?;
    let found = rows.len();
    if args.limit > 0 {
        rows.truncate(args.limit);
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = match args.format {
        Format::Text => text(&mut out, &rows, found),
        Format::Jsonl => rows.iter().try_for_each(|r| {
            serde_json::to_writer(&mut out, &json(r))?;
            writeln!(out)
        }),
        Format::Csv => csv_rows(&mut out, &rows),
    };
    finish_output(written.and_then(|_| out.flush()))?;
    Ok(if found > 0 { EXIT_OK } else { EXIT_PARTIAL })
}

/// A JSON object with named counts (`{"state-media": 3}`), not pairs.
fn json(r: &EntityRow) -> serde_json::Value {
    let map = |v: &[(String, u64)]| {
        v.iter()
            .map(|(k, n)| (k.clone(), serde_json::json!(n)))
            .collect::<serde_json::Map<_, _>>()
    };
    serde_json::json!({
        "entity": r.entity,
        "kind": r.kind,
        "country": r.country,
        "sentences": r.sentences,
        "tags": map(&r.tags),
        "articles": r.articles,
        "outlets": map(&r.outlets),
        "first": r.first,
        "last": r.last,
        "aliases": map(&r.aliases),
    })
}

/// `name (n), name (n)`, the first `max`, and how many more.
fn list(v: &[(String, u64)], max: usize) -> String {
    let mut s: Vec<String> = v
        .iter()
        .take(max)
        .map(|(k, n)| format!("{k} ({n})"))
        .collect();
    if v.len() > max {
        s.push(format!("+{} more", v.len() - max));
    }
    s.join(", ")
}

fn text(out: &mut impl Write, rows: &[EntityRow], found: usize) -> io::Result<()> {
    writeln!(out, "{found} sources; {} shown", rows.len())?;
    for r in rows {
        let place = r
            .country
            .as_deref()
            .map(|c| format!(", {c}"))
            .unwrap_or_default();
        let dates = match (&r.first, &r.last) {
            (Some(f), Some(l)) if f == l => format!("  {f}"),
            (Some(f), Some(l)) => format!("  {f} .. {l}"),
            _ => String::new(),
        };
        writeln!(
            out,
            "{:>7}  {} [{}{place}]  {} articles{dates}",
            r.sentences, r.entity, r.kind, r.articles
        )?;
        writeln!(out, "         tags: {}", list(&r.tags, 6))?;
        if !r.outlets.is_empty() && !r.outlets.iter().all(|(o, _)| o.is_empty()) {
            writeln!(out, "         cited by: {}", list(&r.outlets, 4))?;
        }
        if r.aliases.len() > 1 || r.aliases.first().is_some_and(|(a, _)| a != &r.entity) {
            writeln!(out, "         named as: {}", list(&r.aliases, 5))?;
        }
    }
    Ok(())
}

fn csv_rows(out: &mut impl Write, rows: &[EntityRow]) -> io::Result<()> {
    writeln!(
        out,
        "entity,kind,country,sentences,tags,articles,outlets,first,last,aliases"
    )?;
    let joined = |v: &[(String, u64)]| {
        v.iter()
            .map(|(k, n)| format!("{k}={n}"))
            .collect::<Vec<_>>()
            .join("; ")
    };
    for r in rows {
        writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{}",
            csv(&r.entity),
            csv(&r.kind),
            csv(r.country.as_deref().unwrap_or("")),
            r.sentences,
            csv(&joined(&r.tags)),
            r.articles,
            csv(&joined(&r.outlets)),
            r.first.as_deref().unwrap_or(""),
            r.last.as_deref().unwrap_or(""),
            csv(&joined(&r.aliases)),
        )?;
    }
    Ok(())
}
