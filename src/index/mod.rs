//! The on-disk index of attributed sentences: opening and creating it,
//! the single-writer lock, and turning annotated articles into tantivy
//! documents. Ingesting ([`ingest`]) and searching ([`crate::search`]) are
//! built on this.
//!
//! Safety rests on tantivy's design: a commit is atomic (a new `meta.json`
//! replaces the old), readers see the last commit, and one process at a
//! time holds the writer lock. A killed ingest leaves the last commit
//! readable; re-running it skips what that commit holds.

pub mod blocks;
pub mod compact;
pub mod feed;
pub mod ingest;
pub mod schema;
pub mod words;

use std::path::{Path, PathBuf};

use tantivy::collector::TopDocs;
use tantivy::directory::error::LockError;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::{
    DateTime, DocAddress, Index, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, Searcher,
    TantivyDocument, TantivyError, Term,
};

use crate::annotation::Sentence;
use crate::article::Article;
pub use schema::Fields;

/// The default index directory, relative to the working directory.
pub const DEFAULT_DIR: &str = "index";

/// Errors opening, writing or reading the index.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("index {} is being written by another process; try again when it has finished", dir.display())]
    Locked { dir: PathBuf },
    #[error("no index at {}: run `provenance ingest` first", dir.display())]
    Missing { dir: PathBuf },
    #[error(
        "index {} was built by another version of provenance (its schema differs); rebuild it with `provenance ingest --rebuild`",
        dir.display()
    )]
    Schema { dir: PathBuf },
    #[error(
        "index {}: no space left on the device; the index keeps its last commit (free some space and run the ingest again)",
        dir.display()
    )]
    DiskFull { dir: PathBuf },
    #[error("index {}: {source}", dir.display())]
    Tantivy {
        dir: PathBuf,
        #[source]
        source: TantivyError,
    },
    #[error("index {}: {source}", dir.display())]
    Io {
        dir: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// An opened sentence index.
pub struct SentenceIndex {
    index: Index,
    pub fields: Fields,
    dir: PathBuf,
}

impl std::fmt::Debug for SentenceIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SentenceIndex")
            .field("dir", &self.dir)
            .finish()
    }
}

impl SentenceIndex {
    /// Whether `dir` holds an index (a committed `meta.json`).
    pub fn exists(dir: &Path) -> bool {
        dir.join("meta.json").is_file()
    }

    /// Opens an existing index.
    pub fn open(dir: &Path) -> Result<SentenceIndex, IndexError> {
        if !Self::exists(dir) {
            return Err(IndexError::Missing {
                dir: dir.to_path_buf(),
            });
        }
        let index = Index::open_in_dir(dir).map_err(|e| tantivy_error(dir, e))?;
        Self::wrap(index, dir)
    }

    /// Opens the index at `dir`, creating it (and the directory) if needed.
    pub fn open_or_create(dir: &Path) -> Result<SentenceIndex, IndexError> {
        if Self::exists(dir) {
            return Self::open(dir);
        }
        std::fs::create_dir_all(dir).map_err(|source| IndexError::Io {
            dir: dir.to_path_buf(),
            source,
        })?;
        // zstd over 64 KiB blocks: sentences of one article sit together
        // and compress well together. Level 1: measured at 250 MB, level 6
        // made the index 5% smaller and indexing 8% slower; lz4 was no
        // faster than level 1.
        let settings = IndexSettings {
            docstore_compression: Compressor::Zstd(ZstdCompressor {
                compression_level: Some(1),
            }),
            docstore_blocksize: 64 << 10,
            ..IndexSettings::default()
        };
        let index = Index::builder()
            .schema(schema::build())
            .settings(settings)
            .create_in_dir(dir)
            .map_err(|e| tantivy_error(dir, e))?;
        Self::wrap(index, dir)
    }

    /// Drops the index at `dir` (the files tantivy manages there, nothing
    /// else) and creates an empty one: for `ingest --rebuild` over an index
    /// of another schema.
    pub fn recreate(dir: &Path) -> Result<SentenceIndex, IndexError> {
        let io = |source| IndexError::Io {
            dir: dir.to_path_buf(),
            source,
        };
        let managed = dir.join(".managed.json");
        if let Ok(list) = std::fs::read_to_string(&managed) {
            let files: Vec<String> = serde_json::from_str(&list).unwrap_or_default();
            for f in files {
                let p = dir.join(&f);
                if p.parent() == Some(dir) && p.is_file() {
                    std::fs::remove_file(&p).map_err(io)?;
                }
            }
        }
        for f in ["meta.json", ".managed.json"] {
            let p = dir.join(f);
            if p.exists() {
                std::fs::remove_file(&p).map_err(io)?;
            }
        }
        Self::open_or_create(dir)
    }

    fn wrap(index: Index, dir: &Path) -> Result<SentenceIndex, IndexError> {
        if index.schema() != schema::build() {
            return Err(IndexError::Schema {
                dir: dir.to_path_buf(),
            });
        }
        schema::register_tokenizers(&index);
        let fields = Fields::resolve(&index.schema()).map_err(|e| tantivy_error(dir, e))?;
        Ok(SentenceIndex {
            index,
            fields,
            dir: dir.to_path_buf(),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn tantivy(&self) -> &Index {
        &self.index
    }

    /// The writer, with `threads` indexing threads sharing `budget` bytes
    /// of memory; a second process gets [`IndexError::Locked`].
    pub fn writer(&self, threads: usize, budget: usize) -> Result<IndexWriter, IndexError> {
        self.index
            .writer_with_num_threads(threads, budget)
            .map_err(|e| match e {
                TantivyError::LockFailure(LockError::LockBusy, _) => IndexError::Locked {
                    dir: self.dir.clone(),
                },
                e => tantivy_error(&self.dir, e),
            })
    }

    /// A reader at the last commit (reloaded by hand).
    pub fn reader(&self) -> Result<IndexReader, IndexError> {
        self.index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| tantivy_error(&self.dir, e))
    }

    pub fn error(&self, e: TantivyError) -> IndexError {
        tantivy_error(&self.dir, e)
    }

    /// The stored content hash of article `id`, if the index holds it.
    pub fn article_hash(&self, searcher: &Searcher, id: &str) -> Result<Option<u64>, IndexError> {
        let Some(doc) = self.article_doc(searcher, id)? else {
            return Ok(None);
        };
        Ok(doc.get_first(self.fields.hash).and_then(|v| v.as_u64()))
    }

    /// The address of the article document of `id`, if any.
    pub fn article_address(
        &self,
        searcher: &Searcher,
        id: &str,
    ) -> Result<Option<DocAddress>, IndexError> {
        let f = &self.fields;
        let q = BooleanQuery::new(vec![
            (Occur::Must, term_query(f.article_id, id)),
            (Occur::Must, term_query(f.doc_type, blocks::ARTICLE)),
        ]);
        let hits = searcher
            .search(&q, &TopDocs::with_limit(1).order_by_score())
            .map_err(|e| self.error(e))?;
        Ok(hits.first().map(|&(_, addr)| addr))
    }

    /// The stored article document of `id`, if any.
    pub fn article_doc(
        &self,
        searcher: &Searcher,
        id: &str,
    ) -> Result<Option<TantivyDocument>, IndexError> {
        match self.article_address(searcher, id)? {
            Some(addr) => Ok(Some(searcher.doc(addr).map_err(|e| self.error(e))?)),
            None => Ok(None),
        }
    }

    /// The documents for one annotated article, in the order they form its
    /// block ([`blocks`]): its sentences, then the article itself, which
    /// alone carries the article's id, outlet and date.
    pub fn documents(
        &self,
        a: &Article,
        hash: u64,
        sentences: &[Sentence],
    ) -> Vec<TantivyDocument> {
        let f = &self.fields;
        let mut docs = Vec::with_capacity(sentences.len() + 1);
        let mut record = Vec::new();
        for s in sentences {
            record.clear();
            compact::encode(&a.id, s, &mut record);
            // Room for the values (tantivy's default is 1 KiB a document,
            // which a queue of sentences, or a huge article, multiplies).
            let room = 64
                + s.text.len()
                + record.len()
                + s.sources
                    .iter()
                    .map(|x| 3 * x.text.len() + 96)
                    .sum::<usize>()
                + [&s.speaker, &s.via]
                    .iter()
                    .flat_map(|v| v.as_deref())
                    .map(str::len)
                    .sum::<usize>();
            let mut d = TantivyDocument::with_capacity(room);
            d.add_text(f.text, &s.text);
            for t in &s.tags {
                d.add_text(f.tags, t.as_str());
            }
            if !s.tags.is_empty() {
                d.add_bool(f.attributed, true);
            }
            for src in &s.sources {
                let entity = src.entity();
                d.add_text(f.source, &src.text);
                if let Some(r) = &src.resolved {
                    d.add_text(f.source, r);
                }
                // The entity's name is searchable too: "Xinhua" finds the
                // sentences that call it "New China News Agency".
                if !src.text.contains(entity.as_str()) {
                    d.add_text(f.source, &entity);
                }
                d.add_text(
                    f.source_entity,
                    entity_column(&entity, src.kind.as_str(), &src.text),
                );
                d.add_text(f.kind, src.kind.as_str());
            }
            for (field, on) in [
                (f.quote, s.quote),
                (f.hedged, s.hedged),
                (f.figure, s.figure),
            ] {
                if on {
                    d.add_bool(field, true);
                }
            }
            for (field, v) in [(f.speaker, &s.speaker), (f.via, &s.via)] {
                if let Some(v) = v {
                    d.add_text(field, v);
                }
            }
            d.add_bytes(f.record, &record);
            docs.push(d);
        }
        let mut d = TantivyDocument::default();
        d.add_text(f.doc_type, blocks::ARTICLE);
        d.add_text(f.article_id, &a.id);
        if let Some(o) = &a.outlet {
            d.add_text(f.outlet, o);
            d.add_text(f.article_outlet, o);
        }
        if let Some(dt) = a.date.as_deref().and_then(parse_date) {
            d.add_date(f.date, dt);
            d.add_date(f.article_date, dt);
        }
        if let Some(t) = &a.title {
            d.add_text(f.title, t);
        }
        if let Some(u) = &a.url {
            d.add_text(f.url, u);
        }
        d.add_text(f.path, &a.doc);
        d.add_u64(f.hash, hash);
        d.add_text(f.body, &a.text);
        docs.push(d);
        docs
    }

    /// The id of the article a stored sentence document belongs to.
    pub fn stored_article_id(&self, doc: &TantivyDocument) -> Option<String> {
        let bytes = doc.get_first(self.fields.record)?.as_bytes()?;
        compact::article_id(bytes).map(str::to_string)
    }

    /// The annotated sentence a stored sentence document holds, its texts
    /// sliced from the article `body`; `None` if it holds no valid record.
    pub fn stored_sentence(&self, doc: &TantivyDocument, body: &str) -> Option<Sentence> {
        let bytes = doc.get_first(self.fields.record)?.as_bytes()?;
        compact::decode(bytes, body)
    }

    /// The stored article `id` as an [`Article`] (its text is the body).
    pub fn stored_article(
        &self,
        searcher: &Searcher,
        id: &str,
    ) -> Result<Option<Article>, IndexError> {
        Ok(self
            .article_doc(searcher, id)?
            .map(|d| self.article_from_doc(id, &d)))
    }

    /// The article `id` its stored article document `d` holds (its text is
    /// the body).
    pub fn article_from_doc(&self, id: &str, d: &TantivyDocument) -> Article {
        let f = &self.fields;
        let text = |field| {
            d.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        Article {
            id: id.to_string(),
            doc: text(f.path).unwrap_or_else(|| id.to_string()),
            title: text(f.title),
            outlet: text(f.article_outlet),
            date: d
                .get_first(f.article_date)
                .and_then(|v| v.as_datetime())
                .map(format_date),
            url: text(f.url),
            text: text(f.body).unwrap_or_default(),
        }
    }

    /// The stored article `id`, or an empty article of that id when the
    /// index does not hold it.
    pub fn article_or_empty(&self, searcher: &Searcher, id: &str) -> Result<Article, IndexError> {
        Ok(self
            .stored_article(searcher, id)?
            .unwrap_or_else(|| Article {
                id: id.to_string(),
                ..Article::default()
            }))
    }

    /// Every document of article `id` (its block), for deletes.
    pub fn article_documents(&self, id: &str) -> Box<dyn Query> {
        Box::new(blocks::InArticles::documents(
            term_query(self.fields.article_id, id),
            self.fields.doc_type,
        ))
    }
}

/// A query for one exact term of a text field (keywords, ids, types).
pub(crate) fn term_query(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

fn tantivy_error(dir: &Path, source: TantivyError) -> IndexError {
    // ENOSPC arrives wrapped in tantivy's IO errors; name it plainly.
    if source.to_string().contains("os error 28") {
        return IndexError::DiskFull {
            dir: dir.to_path_buf(),
        };
    }
    IndexError::Tantivy {
        dir: dir.to_path_buf(),
        source,
    }
}

/// Parses `YYYY-MM-DD`, optionally followed by `THH:MM[:SS]` (and a zone,
/// read as UTC).
pub fn parse_date(s: &str) -> Option<DateTime> {
    let s = s.trim();
    let (date, time) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let mut it = date.splitn(3, '-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let d: i64 = it.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1000..=9999).contains(&y) {
        return None;
    }
    let mut secs = days_from_civil(y, m, d) * 86_400;
    if let Some(t) = time {
        let t = t.trim_end_matches('Z');
        let t = t.split(['+', 'Z']).next().unwrap_or(t);
        let mut parts = t.split(':');
        let h: i64 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
        let mi: i64 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
        let se: i64 = parts
            .next()
            .and_then(|p| p.split('.').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        secs += h * 3600 + mi * 60 + se;
    }
    Some(DateTime::from_timestamp_secs(secs))
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(dt: DateTime) -> String {
    let days = dt.into_timestamp_secs().div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Separates the parts of a `source_entity` value.
pub const ENTITY_SEP: char = '\x1f';

/// A `source_entity` value: entity, kind and the surface form (on one
/// line), separated by [`ENTITY_SEP`].
pub fn entity_column(entity: &str, kind: &str, surface: &str) -> String {
    let surface = surface.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("{entity}{ENTITY_SEP}{kind}{ENTITY_SEP}{surface}")
}

/// The parts of a `source_entity` value: entity, kind, surface form.
pub fn split_entity_column(v: &str) -> (&str, &str, &str) {
    let mut parts = v.splitn(3, ENTITY_SEP);
    let entity = parts.next().unwrap_or_default();
    let kind = parts.next().unwrap_or_default();
    let surface = parts.next().unwrap_or(entity);
    (entity, kind, surface)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for s in ["1987-02-26", "2019-01-04", "2000-02-29", "1970-01-01"] {
            assert_eq!(format_date(parse_date(s).unwrap()), s);
        }
        let t = parse_date("1987-02-26T15:01:01").unwrap();
        assert_eq!(t.into_timestamp_secs() % 86_400, 15 * 3600 + 61);
        assert!(parse_date("yesterday").is_none());
        assert!(parse_date("2019-13-01").is_none());
    }
}
