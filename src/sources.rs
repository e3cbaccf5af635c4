//! Sources as entities across an index: which outlets, services, bodies
//! and people a collection's sentences rest on, each once, with its kind,
//! country, sentences per tag, articles, citing outlets, first and last
//! date and the forms the articles name it by (`provenance sources`).
//!
//! Counting reads columns only (no stored document is opened): each
//! sentence's `source_entity` values (entity, kind, surface form), its
//! tags, outlet, article id and date. Entities group case-insensitively:
//! "the China Daily" and "The China Daily" are one China Daily because the
//! annotator gave both the lexicon's name, and "Officials" at the start of
//! a sentence is the same entity as "officials".

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::schema::Field;
use tantivy::{DateTime, DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

use crate::index::blocks::Blocks;
use crate::index::{format_date, split_entity_column};
use crate::lexicon::Lexicon;
use crate::search::{Search, SearchError};

/// One source entity of the matching sentences.
#[derive(Debug, Clone, Serialize)]
pub struct EntityRow {
    /// The entity's name (the form most often given, case-insensitively
    /// grouped).
    pub entity: String,
    /// Its kind: the kind most of its mentions have.
    pub kind: String,
    /// ISO country code (or body) where the lexicon knows the entity.
    pub country: Option<String>,
    /// Sentences that cite it.
    pub sentences: u64,
    /// Those sentences per tag.
    pub tags: Vec<(String, u64)>,
    /// Articles that cite it.
    pub articles: u64,
    /// Outlets whose articles cite it, most sentences first.
    pub outlets: Vec<(String, u64)>,
    /// First and last article date (YYYY-MM-DD), where articles have dates.
    pub first: Option<String>,
    pub last: Option<String>,
    /// The forms the articles name it by, most frequent first.
    pub aliases: Vec<(String, u64)>,
}

/// The order of `sources` rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Most sentences first.
    Sentences,
    Name,
    /// Earliest first date first.
    First,
    /// Latest last date first.
    Last,
}

/// What one entity gathered, with string keys (mergeable across segments).
#[derive(Debug, Default)]
struct Acc {
    names: HashMap<String, u64>,
    kinds: HashMap<String, u64>,
    surfaces: HashMap<String, u64>,
    sentences: u64,
    tags: HashMap<String, u64>,
    articles: HashSet<String>,
    outlets: HashMap<String, u64>,
    first: Option<i64>,
    last: Option<i64>,
}

impl Acc {
    fn merge(&mut self, o: Acc) {
        for (into, from) in [
            (&mut self.names, o.names),
            (&mut self.kinds, o.kinds),
            (&mut self.surfaces, o.surfaces),
            (&mut self.tags, o.tags),
            (&mut self.outlets, o.outlets),
        ] {
            for (k, v) in from {
                *into.entry(k).or_default() += v;
            }
        }
        self.sentences += o.sentences;
        self.articles.extend(o.articles);
        self.first = min_opt(self.first, o.first);
        self.last = max_opt(self.last, o.last);
    }
}

fn min_opt(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

fn max_opt(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

/// The collector: per segment, counts by column ordinals; strings only at
/// the end of each segment.
struct EntitiesCollector(Field);

/// One segment's counts, by ordinals of its columns.
struct SegmentEntities {
    entity: Option<StrColumn>,
    tags: Option<StrColumn>,
    /// Each sentence's article document, which holds the outlet, article
    /// and date columns.
    blocks: Blocks,
    outlet: Option<StrColumn>,
    article: Option<StrColumn>,
    date: Option<Column<DateTime>>,
    /// The entity column's terms, by ordinal (read once per segment).
    entity_terms: Vec<String>,
    /// Entity-column ordinal -> entity group (its lower-cased entity name).
    group_of: Vec<u32>,
    groups: Vec<String>,
    /// Per group: sentences, tags, articles, outlets, dates.
    sentences: Vec<u64>,
    tags_by: HashMap<(u32, u64), u64>,
    articles_by: HashSet<(u32, u64)>,
    outlets_by: HashMap<(u32, u64), u64>,
    dates: Vec<(Option<i64>, Option<i64>)>,
    /// Per entity-column ordinal: mentions (for names, kinds, forms).
    per_ord: HashMap<u64, u64>,
    /// Groups of the sentence being collected (reused buffer).
    seen: Vec<u32>,
}

/// Every term of a column's dictionary, by ordinal.
fn all_terms(col: &StrColumn) -> tantivy::Result<Vec<String>> {
    let mut out = Vec::with_capacity(col.num_terms());
    let mut stream = col.dictionary().stream()?;
    while stream.advance() {
        out.push(String::from_utf8_lossy(stream.key()).into_owned());
    }
    Ok(out)
}

impl Collector for EntitiesCollector {
    type Fruit = HashMap<String, Acc>;
    type Child = SegmentEntities;

    fn for_segment(
        &self,
        _ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentEntities> {
        let ff = segment.fast_fields();
        let entity = ff.str("source_entity")?;
        let entity_terms = match &entity {
            Some(col) => all_terms(col)?,
            None => Vec::new(),
        };
        let mut groups: Vec<String> = Vec::new();
        let mut index: HashMap<String, u32> = HashMap::new();
        let group_of = entity_terms
            .iter()
            .map(|term| {
                let key = entity_key(split_entity_column(term).0);
                let next = index.len() as u32;
                *index.entry(key.clone()).or_insert_with(|| {
                    groups.push(key);
                    next
                })
            })
            .collect();
        let n = groups.len();
        Ok(SegmentEntities {
            entity,
            tags: ff.str("tags")?,
            blocks: Blocks::of(segment, self.0)?,
            outlet: ff.str("outlet")?,
            article: ff.str("article_id")?,
            date: ff.date("date").ok(),
            entity_terms,
            group_of,
            groups,
            sentences: vec![0; n],
            tags_by: HashMap::new(),
            articles_by: HashSet::new(),
            outlets_by: HashMap::new(),
            dates: vec![(None, None); n],
            per_ord: HashMap::new(),
            seen: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HashMap<String, Acc>>) -> tantivy::Result<Self::Fruit> {
        let mut all: HashMap<String, Acc> = HashMap::new();
        for fruit in fruits {
            for (k, acc) in fruit {
                all.entry(k).or_default().merge(acc);
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentEntities {
    type Fruit = HashMap<String, Acc>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let Some(col) = &self.entity else {
            return;
        };
        self.seen.clear();
        for ord in col.term_ords(doc) {
            *self.per_ord.entry(ord).or_default() += 1;
            let g = self.group_of[ord as usize];
            if !self.seen.contains(&g) {
                self.seen.push(g);
            }
        }
        if self.seen.is_empty() {
            return;
        }
        let of_article = self.blocks.article_of(doc);
        let date = of_article
            .and_then(|a| self.date.as_ref()?.first(a))
            .map(|d| d.into_timestamp_secs());
        let article = of_article.and_then(|a| self.article.as_ref()?.term_ords(a).next());
        let outlet = of_article.and_then(|a| self.outlet.as_ref()?.term_ords(a).next());
        for &g in &self.seen {
            self.sentences[g as usize] += 1;
            if let Some(tags) = &self.tags {
                for t in tags.term_ords(doc) {
                    *self.tags_by.entry((g, t)).or_default() += 1;
                }
            }
            if let Some(a) = article {
                self.articles_by.insert((g, a));
            }
            if let Some(o) = outlet {
                *self.outlets_by.entry((g, o)).or_default() += 1;
            }
            let d = &mut self.dates[g as usize];
            *d = (min_opt(d.0, date), max_opt(d.1, date));
        }
    }

    fn harvest(self) -> HashMap<String, Acc> {
        let mut out: HashMap<String, Acc> = HashMap::new();
        if self.entity.is_none() {
            return out;
        }
        let terms = |c: &Option<StrColumn>| {
            c.as_ref()
                .and_then(|c| all_terms(c).ok())
                .unwrap_or_default()
        };
        let (entity_terms, tag_terms) = (&self.entity_terms, terms(&self.tags));
        let (outlet_terms, article_terms) = (terms(&self.outlet), terms(&self.article));
        let name = |v: &[String], o: u64| v.get(o as usize).cloned().unwrap_or_default();
        for (g, key) in self.groups.iter().enumerate() {
            if self.sentences[g] == 0 {
                continue;
            }
            let acc = out.entry(key.clone()).or_default();
            acc.sentences = self.sentences[g];
            (acc.first, acc.last) = self.dates[g];
        }
        for (&ord, &n) in &self.per_ord {
            let term = name(entity_terms, ord);
            let (entity, kind, surface) = split_entity_column(&term);
            // The term's group key was made once, in `for_segment`.
            let key = &self.groups[self.group_of[ord as usize] as usize];
            let Some(acc) = out.get_mut(key) else {
                continue;
            };
            *acc.names.entry(entity.to_string()).or_default() += n;
            *acc.kinds.entry(kind.to_string()).or_default() += n;
            *acc.surfaces.entry(surface.to_string()).or_default() += n;
        }
        let key = |g: u32| &self.groups[g as usize];
        for (&(g, t), &n) in &self.tags_by {
            if let Some(acc) = out.get_mut(key(g)) {
                *acc.tags.entry(name(&tag_terms, t)).or_default() += n;
            }
        }
        for &(g, a) in &self.articles_by {
            if let Some(acc) = out.get_mut(key(g)) {
                acc.articles.insert(name(&article_terms, a));
            }
        }
        for (&(g, o), &n) in &self.outlets_by {
            if let Some(acc) = out.get_mut(key(g)) {
                *acc.outlets.entry(name(&outlet_terms, o)).or_default() += n;
            }
        }
        out
    }
}

/// The key that groups one source's names across a collection, so that
/// what varies between its mentions does not split it: case, leading
/// honorifics, a plural ("U.S. intelligence expert(s)"), a document noun
/// after the author ("CIA-DIA report"), and the vowels of long words, so
/// that transliterations meet ("Seyyed Esmaeil Khatib", "Esmail Khatib").
/// The key only groups; rows show the most frequent name.
pub fn entity_key(entity: &str) -> String {
    let lower = entity.to_lowercase();
    let mut words: Vec<&str> = lower
        .split_whitespace()
        .skip_while(|w| HONORIFICS.contains(w))
        .collect();
    if words.is_empty() {
        return lower;
    }
    if words.len() > 1 && DOCUMENTS.contains(words.last().unwrap_or(&"")) {
        words.pop();
    }
    let last = words.len() - 1;
    words
        .iter()
        .map(|w| match *w {
            // Generic outlets written several ways: "state TV", "state
            // television", "state-run television".
            "tv" => "television",
            "state-run" | "state-owned" | "state-controlled" => "state",
            w => w,
        })
        .enumerate()
        .map(|(k, w)| {
            let w = if k == last && last > 0 && w.ends_with('s') && !w.ends_with("ss") {
                &w[..w.len() - 1]
            } else {
                w
            };
            if w.chars().count() < 5 {
                return w.to_string();
            }
            let mut out = String::new();
            for c in w.chars().filter(|c| !"aeiouy".contains(*c)) {
                if !out.ends_with(c) {
                    out.push(c);
                }
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Documents whose author is the source.
const DOCUMENTS: &[&str] = &[
    "report",
    "reports",
    "assessment",
    "assessments",
    "study",
    "memo",
    "statement",
    "statements",
];

/// Honorifics that open a person's name in some articles and not others.
const HONORIFICS: &[&str] = &[
    "seyyed",
    "sayyed",
    "sayed",
    "seyed",
    "hojatoleslam",
    "ayatollah",
    "sheikh",
    "sheik",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "gen.",
    "gen",
];

/// The most frequent key (ties: the first in order).
fn top(m: &HashMap<String, u64>) -> String {
    let mut v: Vec<(&String, &u64)> = m.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.first().map(|(k, _)| (*k).clone()).unwrap_or_default()
}

fn ranked(m: HashMap<String, u64>) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

/// The source entities of the sentences `search` matches, with kinds in
/// `kinds` (all when empty), sorted as asked. The lexicon, if given, gives
/// countries.
pub fn entities(
    search: &Search,
    searcher: &Searcher,
    lexicon: Option<&Lexicon>,
    kinds: &[String],
    sort: SortBy,
) -> Result<Vec<EntityRow>, SearchError> {
    let all = searcher
        .search(
            search.query(),
            &EntitiesCollector(search.index().fields.doc_type),
        )
        .map_err(|e| SearchError::from(search.index().error(e)))?;
    let day = |t: Option<i64>| {
        t.map(|s| {
            let d = format_date(DateTime::from_timestamp_secs(s));
            d.get(..10).unwrap_or(&d).to_string()
        })
    };
    let mut rows: Vec<EntityRow> = all
        .into_values()
        .map(|acc| {
            let entity = top(&acc.names);
            let kind = top(&acc.kinds);
            let country = lexicon
                .and_then(|lx| lx.named_entry(&entity))
                .and_then(|e| e.country.clone());
            EntityRow {
                country,
                sentences: acc.sentences,
                tags: ranked(acc.tags),
                articles: acc.articles.len() as u64,
                outlets: ranked(acc.outlets),
                first: day(acc.first),
                last: day(acc.last),
                aliases: ranked(acc.surfaces),
                entity,
                kind,
            }
        })
        .filter(|r| kinds.is_empty() || kinds.iter().any(|k| k == &r.kind))
        .collect();
    match sort {
        SortBy::Sentences => rows.sort_by(|a, b| {
            b.sentences
                .cmp(&a.sentences)
                .then_with(|| a.entity.cmp(&b.entity))
        }),
        SortBy::Name => rows.sort_by(|a, b| {
            a.entity
                .to_lowercase()
                .cmp(&b.entity.to_lowercase())
                .then_with(|| a.entity.cmp(&b.entity))
        }),
        SortBy::First => rows.sort_by(|a, b| {
            (a.first.is_none(), &a.first, &a.entity).cmp(&(b.first.is_none(), &b.first, &b.entity))
        }),
        SortBy::Last => rows.sort_by(|a, b| {
            (b.last.is_some(), &b.last, &a.entity).cmp(&(a.last.is_some(), &a.last, &b.entity))
        }),
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::entity_key;

    #[test]
    fn transliterations_and_honorifics_share_a_key() {
        let k = entity_key("Esmail Khatib");
        assert_eq!(entity_key("Seyyed Esmaeil Khatib"), k);
        assert_eq!(entity_key("Esmaeil Khatib"), k);
        assert_eq!(
            entity_key("China Daily"),
            entity_key("the China Daily".trim_start_matches("the "))
        );
        // Short names keep their vowels; organisations keep their words.
        assert_ne!(entity_key("Ali Khan"), entity_key("Ola Khan"));
        assert_ne!(
            entity_key("Central Intelligence Agency"),
            entity_key("Defense Intelligence Agency")
        );
        assert_eq!(entity_key("Xinhua"), entity_key("XINHUA"));
        // One group, singular or plural; a report is its author's.
        assert_eq!(
            entity_key("U.S. intelligence experts"),
            entity_key("U.S. intelligence expert")
        );
        assert_eq!(entity_key("CIA-DIA report"), entity_key("CIA-DIA"));
        assert_eq!(entity_key("state TV"), entity_key("state-run television"));
        assert_eq!(
            entity_key("Syrian Arab News Agency"),
            entity_key("syrian arab news agency")
        );
        assert_ne!(entity_key("Esmail Khatib"), entity_key("Esmail Karimi"));
    }
}
