//! provenance: where each sentence of a news story comes from.
//!
//! The library splits articles into sentences ([`segment`]), tags each
//! sentence with the kind of source its content rests on ([`attribution`],
//! driven by the data in [`lexicon`]) and exposes the result as serialisable
//! values ([`annotation`]). [`article`] reads inputs, [`index`] stores
//! annotated sentences in a tantivy index, [`search`] queries it, [`sources`] counts its sources as entities, [`render`]
//! prints results and [`cli`] is the command line.

pub mod allocator;
pub mod annotation;
pub mod article;
pub mod attribution;
pub mod audit;
pub mod cli;
pub mod config;
pub mod dates;
pub mod export;
pub mod index;
pub mod lexicon;
pub mod render;
pub mod search;
pub mod segment;
pub mod sources;

pub use annotation::{Sentence, SourceKind, Tag};
pub use attribution::Annotator;
pub use lexicon::Lexicon;
