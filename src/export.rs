//! Exporting matching sentences with all their fields: NDJSON (canonical,
//! one object per sentence, the shape `deploy/quickwit/sentences.yaml`
//! declares), Elasticsearch/Quickwit bulk (`es-bulk`, an action line with a
//! deterministic `_id` before each document) and CSV for spreadsheets.
//! Output may be split into files of at most a given size.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use tantivy::collector::DocSetCollector;
use tantivy::{DocAddress, Searcher, TantivyDocument};

use crate::annotation::{Evidence, Source};
use crate::article::Article;
use crate::index::SentenceIndex;
use crate::render::{csv_field as csv, one_line};
use crate::search::{Search, SearchError};

/// One exported sentence: every field the index holds.
#[derive(Debug, Clone, Serialize)]
pub struct Record {
    /// `{article_id}:{sentence}`, stable across exports.
    pub id: String,
    pub article_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// `YYYY-MM-DD`; absent for undated articles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub path: String,
    pub sentence: u64,
    pub start: u64,
    pub end: u64,
    pub text: String,
    pub tags: Vec<String>,
    pub attributed: bool,
    /// Source names as written (and resolved names), for full-text search.
    pub source_names: Vec<String>,
    /// The kinds of the sources.
    pub kinds: Vec<String>,
    pub sources: Vec<Source>,
    pub quote: bool,
    pub hedged: bool,
    pub figure: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Ndjson,
    EsBulk,
    Csv,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Ndjson => "ndjson",
            Format::EsBulk => "bulk.ndjson",
            Format::Csv => "csv",
        }
    }
}

/// Every sentence matching `search`, in index order (the sentences of one
/// article together, in order).
pub fn records(
    index: &SentenceIndex,
    searcher: &Searcher,
    search: &Search,
    mut each: impl FnMut(Record) -> io::Result<()>,
) -> Result<usize, ExportError> {
    let err = |e| ExportError::Search(SearchError::Index(index.error(e)));
    let mut addrs: Vec<DocAddress> = searcher
        .search(search.query(), &DocSetCollector)
        .map_err(err)?
        .into_iter()
        .collect();
    addrs.sort();
    let mut articles: HashMap<String, Article> = HashMap::new();
    let mut n = 0;
    for addr in addrs {
        let d: TantivyDocument = searcher.doc(addr).map_err(err)?;
        let article_id = index.stored_article_id(&d).unwrap_or_default();
        if !articles.contains_key(&article_id) {
            if articles.len() > 64 {
                articles.clear(); // sentences come grouped: keep the cache small
            }
            let a = index
                .article_or_empty(searcher, &article_id)
                .map_err(|e| ExportError::Search(e.into()))?;
            articles.insert(article_id.clone(), a);
        }
        let a = &articles[&article_id];
        let Some(stored) = index.stored_sentence(&d, &a.text) else {
            continue; // a damaged record: nothing to export
        };
        let sources = stored.sources;
        let evidence = stored.evidence;
        let mut source_names: Vec<String> = Vec::new();
        for s in &sources {
            source_names.push(one_line(&s.text));
            if let Some(r) = &s.resolved {
                source_names.push(r.clone());
            }
        }
        let mut kinds: Vec<String> = sources
            .iter()
            .map(|s| s.kind.as_str().to_string())
            .collect();
        kinds.dedup();
        let tags: Vec<String> = stored.tags.iter().map(|t| t.as_str().to_string()).collect();
        let rec = Record {
            id: format!("{article_id}:{}", stored.sentence),
            title: a.title.clone(),
            outlet: a.outlet.clone(),
            date: a.date.clone(),
            url: a.url.clone(),
            path: a.doc.clone(),
            sentence: stored.sentence as u64,
            start: stored.start as u64,
            end: stored.end as u64,
            text: stored.text,
            attributed: !tags.is_empty(),
            tags,
            source_names,
            kinds,
            sources,
            quote: stored.quote,
            hedged: stored.hedged,
            figure: stored.figure,
            speaker: stored.speaker,
            via: stored.via,
            evidence,
            article_id,
        };
        each(rec).map_err(ExportError::Io)?;
        n += 1;
    }
    Ok(n)
}

/// Errors of an export.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error("writing the export: {0}")]
    Io(#[source] io::Error),
    #[error("{}: {source}", path.display())]
    File {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// The CSV header.
pub const CSV_HEADER: &str =
    "id,article_id,title,outlet,date,sentence,start,end,text,tags,sources,quote,hedged,figure,speaker,via";

/// Writes one record in `format`.
pub fn write_record(out: &mut impl Write, r: &Record, format: Format) -> io::Result<()> {
    match format {
        Format::Ndjson => {
            serde_json::to_writer(&mut *out, r)?;
            out.write_all(b"\n")
        }
        Format::EsBulk => {
            let action = serde_json::json!({ "index": { "_id": r.id } });
            serde_json::to_writer(&mut *out, &action)?;
            out.write_all(b"\n")?;
            serde_json::to_writer(&mut *out, r)?;
            out.write_all(b"\n")
        }
        Format::Csv => {
            let sources: Vec<String> = r
                .sources
                .iter()
                .map(|s| {
                    let name = s.resolved.clone().unwrap_or_else(|| one_line(&s.text));
                    format!("{name} ({})", s.kind)
                })
                .collect();
            writeln!(
                out,
                "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
                csv(&r.id),
                csv(&r.article_id),
                csv(r.title.as_deref().unwrap_or("")),
                csv(r.outlet.as_deref().unwrap_or("")),
                r.date.as_deref().unwrap_or(""),
                r.sentence,
                r.start,
                r.end,
                csv(&one_line(&r.text)),
                csv(&r.tags.join(";")),
                csv(&sources.join("; ")),
                r.quote,
                r.hedged,
                r.figure,
                csv(r.speaker.as_deref().unwrap_or("")),
                csv(r.via.as_deref().unwrap_or(""))
            )
        }
    }
}

/// Files of at most `max_bytes` each in `dir`, named `part-00000.<ext>`;
/// a record is never split across files.
pub struct SplitWriter {
    dir: PathBuf,
    format: Format,
    max_bytes: u64,
    part: usize,
    written: u64,
    current: Option<io::BufWriter<std::fs::File>>,
    pub files: Vec<PathBuf>,
}

impl SplitWriter {
    pub fn new(dir: &Path, format: Format, max_bytes: u64) -> Result<SplitWriter, ExportError> {
        std::fs::create_dir_all(dir).map_err(|source| ExportError::File {
            path: dir.to_path_buf(),
            source,
        })?;
        Ok(SplitWriter {
            dir: dir.to_path_buf(),
            format,
            max_bytes: max_bytes.max(1024),
            part: 0,
            written: 0,
            current: None,
            files: Vec::new(),
        })
    }

    pub fn write(&mut self, r: &Record) -> io::Result<()> {
        let mut buf = Vec::with_capacity(1024);
        write_record(&mut buf, r, self.format)?;
        let header = if self.format == Format::Csv {
            CSV_HEADER.len() as u64 + 1
        } else {
            0
        };
        if self.current.is_none() || self.written + buf.len() as u64 > self.max_bytes {
            self.open_next()?;
            self.written = header;
        }
        let f = self.current.as_mut().expect("a file is open");
        f.write_all(&buf)?;
        self.written += buf.len() as u64;
        Ok(())
    }

    fn open_next(&mut self) -> io::Result<()> {
        if let Some(mut f) = self.current.take() {
            f.flush()?;
        }
        let path = self
            .dir
            .join(format!("part-{:05}.{}", self.part, self.format.extension()));
        self.part += 1;
        let mut f = io::BufWriter::new(std::fs::File::create(&path)?);
        if self.format == Format::Csv {
            writeln!(f, "{CSV_HEADER}")?;
        }
        self.files.push(path);
        self.current = Some(f);
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<Vec<PathBuf>> {
        if let Some(mut f) = self.current.take() {
            f.flush()?;
        }
        Ok(self.files)
    }
}
