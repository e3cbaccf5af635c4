//! Article blocks: an article's documents sit together in one segment,
//! its sentences in order and then the article document. What belongs to
//! the whole article (id, outlet, date) is indexed once, on the article
//! document; a sentence finds its article as the next article document of
//! its segment, and its number as its place in the block.
//!
//! The ingest keeps blocks whole (all of an article's documents go to
//! tantivy in one operation group, which tantivy writes to one segment);
//! merges keep document order, and an article is deleted block and all.
//! [`InArticles`] turns a query on article documents into one on their
//! sentences (filters by outlet, date or article; deletes).

use std::ops::Range;

use tantivy::query::{
    BitSetDocSet, ConstScorer, EnableScoring, Explanation, Query, Scorer, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{BitSet, DocId, DocSet, Score, SegmentReader, TantivyError, Term, TERMINATED};

/// The term that marks article documents in the `type` field.
pub const ARTICLE: &str = "article";

/// The article documents of one segment, in document order (deleted ones
/// included: they still bound their blocks).
#[derive(Debug, Default, Clone)]
pub struct Blocks {
    articles: Vec<DocId>,
}

impl Blocks {
    /// Reads the article documents of `segment` from the postings of
    /// `doc_type:article`.
    pub fn of(segment: &SegmentReader, doc_type: Field) -> tantivy::Result<Blocks> {
        let inverted = segment.inverted_index(doc_type)?;
        let term = Term::from_field_text(doc_type, ARTICLE);
        let mut articles = Vec::new();
        if let Some(mut postings) = inverted.read_postings(&term, IndexRecordOption::Basic)? {
            let mut d = postings.doc();
            while d != TERMINATED {
                articles.push(d);
                d = postings.advance();
            }
        }
        Ok(Blocks { articles })
    }

    /// The article document that sentence document `doc` belongs to (the
    /// article document itself for an article document).
    pub fn article_of(&self, doc: DocId) -> Option<DocId> {
        let i = self.articles.partition_point(|&a| a < doc);
        self.articles.get(i).copied()
    }

    /// The sentence documents of article document `article`, in order
    /// (`None` if `article` is no article document).
    pub fn sentences(&self, article: DocId) -> Option<Range<DocId>> {
        let i = self.articles.binary_search(&article).ok()?;
        let start = if i == 0 { 0 } else { self.articles[i - 1] + 1 };
        Some(start..article)
    }

    /// The number of sentence document `doc` in its article: its place
    /// in the block.
    pub fn sentence_number(&self, doc: DocId) -> Option<u32> {
        let article = self.article_of(doc).filter(|&a| a != doc)?;
        Some(doc - self.sentences(article)?.start)
    }
}

/// The sentences of the articles an inner query matches (and, for
/// deletes, the article documents too). The inner query runs on article
/// documents: `outlet:…`, a date range, `article_id:…`.
#[derive(Debug)]
pub struct InArticles {
    articles: Box<dyn Query>,
    doc_type: Field,
    with_articles: bool,
}

impl Clone for InArticles {
    fn clone(&self) -> Self {
        InArticles {
            articles: self.articles.box_clone(),
            doc_type: self.doc_type,
            with_articles: self.with_articles,
        }
    }
}

impl InArticles {
    /// The sentences of the articles `articles` matches.
    pub fn sentences(articles: Box<dyn Query>, doc_type: Field) -> InArticles {
        InArticles {
            articles,
            doc_type,
            with_articles: false,
        }
    }

    /// Every document of the articles `articles` matches: their sentences
    /// and the article documents themselves.
    pub fn documents(articles: Box<dyn Query>, doc_type: Field) -> InArticles {
        InArticles {
            with_articles: true,
            ..InArticles::sentences(articles, doc_type)
        }
    }
}

impl Query for InArticles {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        // The inner query only selects articles: it is never scored.
        let inner = self
            .articles
            .weight(EnableScoring::disabled_from_schema(scoring.schema()))?;
        Ok(Box::new(InArticlesWeight {
            inner,
            doc_type: self.doc_type,
            with_articles: self.with_articles,
        }))
    }
}

struct InArticlesWeight {
    inner: Box<dyn Weight>,
    doc_type: Field,
    with_articles: bool,
}

impl Weight for InArticlesWeight {
    fn scorer(&self, segment: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let blocks = Blocks::of(segment, self.doc_type)?;
        let mut bits = BitSet::with_max_value(segment.max_doc());
        let mut inner = self.inner.scorer(segment, 1.0)?;
        let mut d = inner.doc();
        while d != TERMINATED {
            if let Some(range) = blocks.sentences(d) {
                for s in range {
                    bits.insert(s);
                }
                if self.with_articles {
                    bits.insert(d);
                }
            }
            d = inner.advance();
        }
        Ok(Box::new(ConstScorer::new(BitSetDocSet::from(bits), boost)))
    }

    fn explain(&self, segment: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(segment, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(TantivyError::InvalidArgument(format!(
                "document {doc} is not in a matching article"
            )));
        }
        Ok(Explanation::new("in a matching article", 1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(articles: &[DocId]) -> Blocks {
        Blocks {
            articles: articles.to_vec(),
        }
    }

    #[test]
    fn a_sentence_belongs_to_the_next_article_document() {
        // Two articles: sentences 0..3 then article 3; sentences 4..6 then
        // article 6; an article without sentences at 7.
        let b = blocks(&[3, 6, 7]);
        assert_eq!(b.article_of(0), Some(3));
        assert_eq!(b.article_of(2), Some(3));
        assert_eq!(b.article_of(3), Some(3));
        assert_eq!(b.article_of(4), Some(6));
        assert_eq!(b.article_of(8), None, "past the last article");
        assert_eq!(b.sentences(3), Some(0..3));
        assert_eq!(b.sentences(6), Some(4..6));
        assert_eq!(b.sentences(7), Some(7..7));
        assert_eq!(b.sentences(5), None, "a sentence is no article");
        assert_eq!(b.sentence_number(0), Some(0));
        assert_eq!(b.sentence_number(5), Some(1));
        assert_eq!(b.sentence_number(6), None);
    }
}
