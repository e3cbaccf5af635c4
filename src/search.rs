//! Searching the sentence index: tantivy's query syntax for the text,
//! filters for tags, sources, outlets, dates and flags, highlighting,
//! context sentences, counts and aggregations.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;

use serde::Serialize;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::AggregationCollector;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DateTime, DocAddress, DocId, Score, Searcher, SegmentReader, TantivyDocument, Term};

use crate::annotation::{Source, SourceKind, Tag};
use crate::article::Article;
use crate::index::blocks::{Blocks, InArticles};
use crate::index::{parse_date, term_query as term, IndexError, SentenceIndex};

/// Errors of a search.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("query syntax error in {query:?}: {message}")]
    Syntax { query: String, message: String },
    #[error("invalid date {0:?}: expected YYYY-MM-DD")]
    Date(String),
    #[error("--limit must be at least 1")]
    Limit,
    #[error(transparent)]
    Index(#[from] IndexError),
}

/// Filters that narrow a search; all that are set must hold.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Every one of these tags.
    pub tags: Vec<Tag>,
    /// At least one tag (attributed sentences).
    pub any_tag: bool,
    /// No tag at all.
    pub unattributed: bool,
    /// A source name matching this text (any case, as a phrase).
    pub source: Option<String>,
    /// Sources of every one of these kinds.
    pub kinds: Vec<SourceKind>,
    /// The article's outlet (any case).
    pub outlet: Option<String>,
    /// Articles dated on or after / on or before (YYYY-MM-DD).
    pub since: Option<String>,
    pub until: Option<String>,
    pub quote: bool,
    pub hedged: bool,
    /// Sentences stating a figure.
    pub figure: bool,
    pub article: Option<String>,
    /// Quotes: the speaker named so (a word or phrase of the name).
    pub speaker: Option<String>,
    /// Quotes: carried by an outlet named so.
    pub via: Option<String>,
    /// Other names of the entities `source`, `speaker` and `via` name
    /// (from [`Filters::with_aliases`]): any of them matches too.
    pub other_names: [Vec<String>; 3],
}

impl Filters {
    /// Adds the lexicon's other names of the named entities: `--source
    /// "New China News Agency"` then also finds "Xinhua", and `--via Tass`
    /// finds "TASS" and "ITAR-TASS".
    pub fn with_aliases(mut self, lexicon: &crate::lexicon::Lexicon) -> Filters {
        for (i, v) in [&self.source, &self.speaker, &self.via]
            .into_iter()
            .enumerate()
        {
            if let Some(v) = v {
                self.other_names[i] = lexicon
                    .alias_group(v)
                    .into_iter()
                    .filter(|a| !a.eq_ignore_ascii_case(v.trim()))
                    .collect();
            }
        }
        self
    }
}

/// The order of hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Score,
    Date,
}

/// One sentence found.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub article_id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub path: Option<String>,
    pub sentence: u64,
    pub start: u64,
    pub end: u64,
    pub text: String,
    pub tags: Vec<String>,
    pub sources: Vec<Source>,
    pub quote: bool,
    pub hedged: bool,
    /// Who speaks, and through which outlet.
    pub speaker: Option<String>,
    pub via: Option<String>,
    pub score: Option<f32>,
    /// Byte ranges of `text` that matched the query.
    pub highlights: Vec<[usize; 2]>,
    /// Neighbouring sentences (`-C N`), in order, with their numbers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<ContextSentence>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContextSentence {
    pub sentence: u64,
    pub text: String,
}

/// A prepared search over one index.
pub struct Search<'a> {
    index: &'a SentenceIndex,
    query: Box<dyn Query>,
    /// The text query alone (for highlighting), if one was given.
    text_query: Option<Box<dyn Query>>,
}

fn flag(field: tantivy::schema::Field, v: bool) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_bool(field, v),
        IndexRecordOption::Basic,
    ))
}

/// The query parser for the sentence text: bare terms combine with AND
/// (as in Quickwit), phrases and `field:value` as in tantivy.
pub fn parser(index: &SentenceIndex) -> QueryParser {
    let mut p = QueryParser::for_index(index.tantivy(), vec![index.fields.text]);
    p.set_conjunction_by_default();
    p
}

/// A phrase query for `text` on one field (any case): "Kim" finds "Kim
/// Jong Un".
fn phrase(
    index: &SentenceIndex,
    field: tantivy::schema::Field,
    text: &str,
) -> Result<Box<dyn Query>, SearchError> {
    let p = QueryParser::for_index(index.tantivy(), vec![field]);
    let quoted = format!("\"{}\"", text.replace(['"', '\\'], " "));
    p.parse_query(&quoted).map_err(|e| SearchError::Syntax {
        query: text.to_string(),
        message: e.to_string(),
    })
}

fn date_bound(s: &str, end_of_day: bool) -> Result<DateTime, SearchError> {
    let dt = parse_date(s).ok_or_else(|| SearchError::Date(s.to_string()))?;
    Ok(if end_of_day && !s.contains('T') {
        DateTime::from_timestamp_secs(dt.into_timestamp_secs() + 86_399)
    } else {
        dt
    })
}

impl<'a> Search<'a> {
    /// Builds the query: the text query (if any) and every filter.
    pub fn new(
        index: &'a SentenceIndex,
        text: Option<&str>,
        f: &Filters,
    ) -> Result<Search<'a>, SearchError> {
        let fl = &index.fields;
        // Sentences are the documents that are not articles.
        let mut must: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::MustNot, term(fl.doc_type, "article"))];
        let text_query = match text.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => {
                let q = parser(index)
                    .parse_query(t)
                    .map_err(|e| SearchError::Syntax {
                        query: t.to_string(),
                        message: e.to_string(),
                    })?;
                must.push((Occur::Must, q.box_clone()));
                Some(q)
            }
            None => None,
        };
        for t in &f.tags {
            must.push((Occur::Must, term(fl.tags, t.as_str())));
        }
        if f.any_tag {
            must.push((Occur::Must, flag(fl.attributed, true)));
        }
        if f.unattributed {
            // The flag is indexed only where true (indexes built before
            // also hold false).
            must.push((Occur::MustNot, flag(fl.attributed, true)));
        }
        for k in &f.kinds {
            must.push((Occur::Must, term(fl.kind, k.as_str())));
        }
        for (i, (field, value)) in [
            (fl.source, &f.source),
            (fl.speaker, &f.speaker),
            (fl.via, &f.via),
        ]
        .into_iter()
        .enumerate()
        {
            if let Some(v) = value.as_deref().filter(|s| !s.trim().is_empty()) {
                let mut any = vec![(Occur::Should, phrase(index, field, v)?)];
                for other in &f.other_names[i] {
                    any.push((Occur::Should, phrase(index, field, other)?));
                }
                let q: Box<dyn Query> = if any.len() == 1 {
                    any.pop().map(|(_, q)| q).expect("one query")
                } else {
                    Box::new(BooleanQuery::new(any))
                };
                must.push((Occur::Must, q));
            }
        }
        // Outlet, date and article are indexed on article documents: the
        // filter keeps the sentences of the articles that match.
        let mut of_article: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(o) = &f.outlet {
            of_article.push((Occur::Must, term(fl.outlet, &o.to_lowercase())));
        }
        if f.since.is_some() || f.until.is_some() {
            let lower = match &f.since {
                Some(s) => Bound::Included(Term::from_field_date_for_search(
                    fl.date,
                    date_bound(s, false)?,
                )),
                None => Bound::Unbounded,
            };
            let upper = match &f.until {
                Some(s) => Bound::Included(Term::from_field_date_for_search(
                    fl.date,
                    date_bound(s, true)?,
                )),
                None => Bound::Unbounded,
            };
            of_article.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
        }
        if let Some(a) = &f.article {
            of_article.push((Occur::Must, term(fl.article_id, a)));
        }
        if !of_article.is_empty() {
            let articles = Box::new(BooleanQuery::new(of_article));
            must.push((
                Occur::Must,
                Box::new(InArticles::sentences(articles, fl.doc_type)),
            ));
        }
        if f.quote {
            must.push((Occur::Must, flag(fl.quote, true)));
        }
        if f.hedged {
            must.push((Occur::Must, flag(fl.hedged, true)));
        }
        if f.figure {
            must.push((Occur::Must, flag(fl.figure, true)));
        }
        if !must.iter().any(|(o, _)| *o == Occur::Must) {
            must.push((Occur::Must, Box::new(AllQuery)));
        }
        Ok(Search {
            index,
            query: Box::new(BooleanQuery::new(must)),
            text_query,
        })
    }

    /// The index searched.
    pub fn index(&self) -> &SentenceIndex {
        self.index
    }

    pub fn query(&self) -> &dyn Query {
        &*self.query
    }

    /// The number of matching sentences.
    pub fn count(&self, searcher: &Searcher) -> Result<usize, SearchError> {
        searcher
            .search(&*self.query, &Count)
            .map_err(|e| self.index.error(e).into())
    }

    /// The top `limit` hits, by score or by date (newest first).
    pub fn hits(
        &self,
        searcher: &Searcher,
        limit: usize,
        sort: Sort,
    ) -> Result<Vec<Hit>, SearchError> {
        if limit == 0 {
            return Err(SearchError::Limit);
        }
        let err = |e| SearchError::from(self.index.error(e));
        // Never ask tantivy for more slots than documents.
        let limit = limit.min(searcher.num_docs().max(1) as usize);
        let addrs: Vec<(Option<f32>, DocAddress)> = match sort {
            Sort::Score => searcher
                .search(&*self.query, &TopDocs::with_limit(limit).order_by_score())
                .map_err(err)?
                .into_iter()
                .map(|(s, a)| (Some(s), a))
                .collect(),
            Sort::Date => searcher
                .search(&*self.query, &by_article_date(self.index, limit))
                .map_err(err)?
                .into_iter()
                .map(|(_, a)| (None, a))
                .collect(),
        };
        let snippets = match &self.text_query {
            Some(q) => {
                let mut g = SnippetGenerator::create(searcher, &**q, self.index.fields.text)
                    .map_err(err)?;
                g.set_max_num_chars(100_000);
                Some(g)
            }
            None => None,
        };
        let mut out = Vec::with_capacity(addrs.len());
        let mut articles = Articles::default();
        for (score, addr) in addrs {
            let doc: TantivyDocument = searcher.doc(addr).map_err(err)?;
            let id = self.index.stored_article_id(&doc).unwrap_or_default();
            let art = articles.get(self.index, searcher, &id)?;
            let mut hit = hit_from_doc(self.index, &doc, art, score);
            if let Some(g) = &snippets {
                let snip = g.snippet(&hit.text);
                let base = snip.fragment_range().start;
                hit.highlights = snip
                    .highlighted()
                    .iter()
                    .map(|r| [base + r.start, base + r.end])
                    .collect();
            }
            out.push(hit);
        }
        Ok(out)
    }
}

/// Article documents read during one search, by id (an unknown id reads
/// as an empty article).
#[derive(Default)]
struct Articles(BTreeMap<String, Article>);

impl Articles {
    fn get(
        &mut self,
        index: &SentenceIndex,
        searcher: &Searcher,
        id: &str,
    ) -> Result<&Article, SearchError> {
        if !self.0.contains_key(id) {
            let a = index.article_or_empty(searcher, id)?;
            self.0.insert(id.to_string(), a);
        }
        Ok(&self.0[id])
    }
}

/// A hit from a stored sentence document and its article.
pub fn hit_from_doc(
    index: &SentenceIndex,
    doc: &TantivyDocument,
    art: &Article,
    score: Option<f32>,
) -> Hit {
    let s = index.stored_sentence(doc, &art.text).unwrap_or_default();
    Hit {
        article_id: art.id.clone(),
        title: art.title.clone(),
        outlet: art.outlet.clone(),
        date: art.date.clone(),
        path: Some(art.doc.clone()),
        sentence: s.sentence as u64,
        start: s.start as u64,
        end: s.end as u64,
        text: s.text,
        tags: s.tags.iter().map(|t| t.as_str().to_string()).collect(),
        sources: s.sources,
        quote: s.quote,
        hedged: s.hedged,
        speaker: s.speaker,
        via: s.via,
        score,
        highlights: Vec::new(),
        context: Vec::new(),
    }
}

/// Newest first: the top `limit` sentences by their article's date
/// (undated articles last).
fn by_article_date(
    index: &SentenceIndex,
    limit: usize,
) -> impl tantivy::collector::Collector<Fruit = Vec<(i64, DocAddress)>> {
    let doc_type = index.fields.doc_type;
    TopDocs::with_limit(limit).tweak_score(move |segment: &SegmentReader| {
        let blocks = Blocks::of(segment, doc_type).unwrap_or_default();
        let dates = segment.fast_fields().date("date").ok();
        move |doc: DocId, _score: Score| {
            blocks
                .article_of(doc)
                .and_then(|a| dates.as_ref()?.first(a))
                .map_or(i64::MIN, |d| d.into_timestamp_secs())
        }
    })
}

/// The sentences `n - c ..= n + c` of an article (the hit's context): the
/// article document's block, by place.
pub fn context(
    index: &SentenceIndex,
    searcher: &Searcher,
    article_id: &str,
    n: u64,
    c: u64,
) -> Result<Vec<ContextSentence>, SearchError> {
    let err = |e| SearchError::from(index.error(e));
    let Some(addr) = index.article_address(searcher, article_id)? else {
        return Ok(Vec::new());
    };
    let segment = searcher.segment_reader(addr.segment_ord);
    let blocks = Blocks::of(segment, index.fields.doc_type).map_err(err)?;
    let Some(block) = blocks.sentences(addr.doc_id) else {
        return Ok(Vec::new());
    };
    let art = index.article_from_doc(article_id, &searcher.doc(addr).map_err(err)?);
    let (start, end) = (u64::from(block.start), u64::from(block.end));
    let first = start.saturating_add(n.saturating_sub(c));
    let last = start.saturating_add(n.saturating_add(c)).saturating_add(1);
    let mut out: Vec<ContextSentence> = Vec::new();
    for doc in first..last.min(end) {
        let d: TantivyDocument = searcher
            .doc(DocAddress::new(addr.segment_ord, doc as DocId))
            .map_err(err)?;
        if let Some(s) = index.stored_sentence(&d, &art.text) {
            out.push(ContextSentence {
                sentence: s.sentence as u64,
                text: s.text,
            });
        }
    }
    Ok(out)
}

/// What `stats` counts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Tag,
    Source,
    Kind,
    Outlet,
}

impl By {
    /// The keyword column counted by; sources count as entities instead
    /// (their `source_entity` column, see [`crate::sources`]).
    fn field(self) -> &'static str {
        match self {
            By::Tag => "tags",
            By::Source => "source_entity",
            By::Kind => "kind",
            By::Outlet => "outlet",
        }
    }
}

/// Counts of matching sentences per value of a field (a tantivy terms
/// aggregation), largest first; per source entity for [`By::Source`].
pub fn stats(
    search: &Search,
    searcher: &Searcher,
    by: By,
    size: usize,
) -> Result<Vec<(String, u64)>, SearchError> {
    if by == By::Source {
        let mut rows = crate::sources::entities(
            search,
            searcher,
            None,
            &[],
            crate::sources::SortBy::Sentences,
        )?;
        rows.truncate(size);
        return Ok(rows.into_iter().map(|e| (e.entity, e.sentences)).collect());
    }
    if by == By::Outlet {
        let counts = searcher
            .search(
                search.query(),
                &ArticleOutlets(search.index.fields.doc_type),
            )
            .map_err(|e| SearchError::from(search.index.error(e)))?;
        let mut out: Vec<(String, u64)> = counts.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out.truncate(size);
        return Ok(out);
    }
    let req = serde_json::json!({
        "by": { "terms": { "field": by.field(), "size": size, "min_doc_count": 1 } }
    });
    let aggs: Aggregations = serde_json::from_value(req).map_err(|e| SearchError::Syntax {
        query: by.field().into(),
        message: e.to_string(),
    })?;
    let collector = AggregationCollector::from_aggs(aggs, Default::default());
    let res = searcher
        .search(search.query(), &collector)
        .map_err(|e| SearchError::from(search.index.error(e)))?;
    let v = serde_json::to_value(&res).unwrap_or_default();
    let mut out: Vec<(String, u64)> = v["by"]["buckets"]
        .as_array()
        .map(|b| {
            b.iter()
                .filter_map(|b| {
                    let key = match &b["key"] {
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    Some((key, b["doc_count"].as_u64()?))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Ok(out)
}

/// Counts of matching sentences by the outlet of their article (the
/// outlet column is on article documents).
struct ArticleOutlets(tantivy::schema::Field);

/// One segment's counts by ordinal of its outlet column.
struct SegmentOutlets {
    blocks: Blocks,
    outlets: Option<tantivy::columnar::StrColumn>,
    counts: HashMap<u64, u64>,
}

impl tantivy::collector::Collector for ArticleOutlets {
    type Fruit = HashMap<String, u64>;
    type Child = SegmentOutlets;

    fn for_segment(
        &self,
        _ord: tantivy::SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentOutlets> {
        Ok(SegmentOutlets {
            blocks: Blocks::of(segment, self.0)?,
            outlets: segment.fast_fields().str("outlet")?,
            counts: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HashMap<String, u64>>) -> tantivy::Result<Self::Fruit> {
        let mut all = HashMap::new();
        for (k, n) in fruits.into_iter().flatten() {
            *all.entry(k).or_default() += n;
        }
        Ok(all)
    }
}

impl tantivy::collector::SegmentCollector for SegmentOutlets {
    type Fruit = HashMap<String, u64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let Some(col) = &self.outlets else {
            return;
        };
        if let Some(o) = self
            .blocks
            .article_of(doc)
            .and_then(|a| col.term_ords(a).next())
        {
            *self.counts.entry(o).or_default() += 1;
        }
    }

    fn harvest(self) -> HashMap<String, u64> {
        let mut out = HashMap::new();
        let Some(col) = &self.outlets else {
            return out;
        };
        let mut name = String::new();
        for (ord, n) in self.counts {
            name.clear();
            if col.ord_to_str(ord, &mut name).unwrap_or(false) {
                *out.entry(name.clone()).or_default() += n;
            }
        }
        out
    }
}

/// Totals of the index: articles and sentences.
pub fn totals(
    index: &SentenceIndex,
    searcher: &Searcher,
) -> Result<BTreeMap<&'static str, usize>, SearchError> {
    let f = &index.fields;
    let err = |e| SearchError::from(index.error(e));
    let mut m = BTreeMap::new();
    let articles = searcher
        .search(&*term(f.doc_type, "article"), &Count)
        .map_err(err)?;
    m.insert("articles", articles);
    m.insert(
        "sentences",
        (searcher.num_docs() as usize).saturating_sub(articles),
    );
    Ok(m)
}
