//! The tantivy schema: one document per sentence, plus one per article
//! (full text and metadata, for `audit` and context display). A sentence
//! document stores one value, its record ([`super::compact`]); everything
//! else it holds is indexed or columnar, for filters and counts. What
//! belongs to a whole article (its id, outlet and date) is indexed on the
//! article document only: sentences reach it through their block
//! ([`super::blocks`]).
//!
//! Field names are part of the query syntax (`tags:intelligence`,
//! `source:KCNA`) and of the exports: keep them stable.

use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, STORED, TEXT,
};
use tantivy::tokenizer::{LowerCaser, RawTokenizer, TextAnalyzer};
use tantivy::Index;

/// Tokenizer for keyword fields matched in any case (tags, kinds, outlets).
pub const KEYWORD: &str = "keyword";

/// The fields, resolved once.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `article` on article documents; sentence documents have no type
    /// (they are the documents that are not articles).
    pub doc_type: Field,
    /// Article documents: id, outlet and date, for filters and counts
    /// (indexed and columnar, not stored).
    pub article_id: Field,
    pub title: Field,
    pub outlet: Field,
    pub date: Field,
    pub article_outlet: Field,
    pub article_date: Field,
    pub url: Field,
    pub path: Field,
    pub text: Field,
    pub tags: Field,
    pub attributed: Field,
    /// Source names (and resolved names), full-text.
    pub source: Field,
    /// Each source as `entity \x1f kind \x1f surface form`, a column for
    /// `sources` and `stats --surface`.
    pub source_entity: Field,
    pub kind: Field,
    pub quote: Field,
    pub hedged: Field,
    pub figure: Field,
    /// Who speaks, and the outlet that carried the words (quotes).
    pub speaker: Field,
    pub via: Field,
    /// Everything a sentence hit shows, as one compact stored record
    /// (see [`super::compact`]).
    pub record: Field,
    /// Article documents: content hash and full text.
    pub hash: Field,
    pub body: Field,
}

/// An exact-match field: no positions, no field norms (nothing scores on it).
fn exact(tokenizer: &str) -> TextFieldIndexing {
    TextFieldIndexing::default()
        .set_tokenizer(tokenizer)
        .set_index_option(IndexRecordOption::Basic)
        .set_fieldnorms(false)
}

fn keyword() -> TextOptions {
    TextOptions::default()
        .set_indexing_options(exact(KEYWORD))
        // The column keeps the value as written, for counts by outlet.
        .set_fast("raw")
}

/// A phrase-searchable filter field (source names, speakers): positions,
/// but no field norms (it filters, it does not score).
fn phrase_filter() -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("default")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions)
            .set_fieldnorms(false),
    )
}

/// A flag: indexed (filters ask for true), no field norms.
fn flag() -> NumericOptions {
    NumericOptions::default().set_indexed()
}

/// Builds the schema.
pub fn build() -> Schema {
    let mut b = Schema::builder();
    b.add_text_field(
        "type",
        TextOptions::default().set_indexing_options(exact("raw")),
    );
    // Also a column: `sources` counts articles per entity (on article
    // documents: a sentence reads its article's).
    b.add_text_field(
        "article_id",
        TextOptions::default()
            .set_indexing_options(exact("raw"))
            .set_fast("raw"),
    );
    b.add_text_field("title", TEXT | STORED);
    b.add_text_field("outlet", keyword());
    // Date ranges run on the fast column; no terms needed.
    b.add_date_field(
        "date",
        DateOptions::default()
            .set_fast()
            .set_precision(DateTimePrecision::Seconds),
    );
    b.add_text_field("article_outlet", STORED);
    b.add_date_field(
        "article_date",
        DateOptions::default()
            .set_stored()
            .set_precision(DateTimePrecision::Seconds),
    );
    b.add_text_field("url", STORED);
    b.add_text_field("path", STORED);
    // Not stored: a sentence's text is the article body at start..end.
    b.add_text_field("text", TEXT);
    b.add_text_field("tags", keyword());
    // Indexed only where true, like the flags below.
    b.add_bool_field("attributed", flag());
    b.add_text_field("source", phrase_filter());
    b.add_text_field("source_entity", TextOptions::default().set_fast("raw"));
    b.add_text_field("kind", keyword());
    // Flags are indexed only where true (filters ask for true).
    b.add_bool_field("quote", flag());
    b.add_bool_field("hedged", flag());
    b.add_bool_field("figure", flag());
    b.add_text_field("speaker", phrase_filter());
    b.add_text_field("via", phrase_filter());
    b.add_bytes_field("record", STORED);
    b.add_u64_field("hash", STORED);
    b.add_text_field("body", STORED);
    b.build()
}

impl Fields {
    pub fn resolve(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |n: &str| schema.get_field(n);
        Ok(Fields {
            doc_type: f("type")?,
            article_id: f("article_id")?,
            title: f("title")?,
            outlet: f("outlet")?,
            date: f("date")?,
            article_outlet: f("article_outlet")?,
            article_date: f("article_date")?,
            url: f("url")?,
            path: f("path")?,
            text: f("text")?,
            tags: f("tags")?,
            attributed: f("attributed")?,
            source: f("source")?,
            source_entity: f("source_entity")?,
            kind: f("kind")?,
            quote: f("quote")?,
            hedged: f("hedged")?,
            figure: f("figure")?,
            speaker: f("speaker")?,
            via: f("via")?,
            record: f("record")?,
            hash: f("hash")?,
            body: f("body")?,
        })
    }
}

/// Registers the project's tokenizers on an index: the keyword analyzer,
/// and [`super::words::Words`] in place of tantivy's `default` (same
/// tokens, one pass).
pub fn register_tokenizers(index: &Index) {
    index
        .tokenizers()
        .register("default", super::words::Words::default());
    index.tokenizers().register(
        KEYWORD,
        TextAnalyzer::builder(RawTokenizer::default())
            .filter(LowerCaser)
            .build(),
    );
}
