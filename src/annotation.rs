//! The annotator's output: tags, flags, sources and evidence per sentence,
//! as serialisable values. The JSON field names are a contract
//! (`../shared/eval/score.py` and the index read them): do not rename them.

use serde::{Deserialize, Serialize};

use crate::lexicon::EntryKind;

/// What a sentence's content rests on (the taxonomy's tags).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tag {
    StateMedia,
    Intelligence,
    OfficialEstimate,
    OfficialStatement,
    OtherSource,
}

impl Tag {
    pub const ALL: [Tag; 5] = [
        Tag::StateMedia,
        Tag::Intelligence,
        Tag::OfficialEstimate,
        Tag::OfficialStatement,
        Tag::OtherSource,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Tag::StateMedia => "state-media",
            Tag::Intelligence => "intelligence",
            Tag::OfficialEstimate => "official-estimate",
            Tag::OfficialStatement => "official-statement",
            Tag::OtherSource => "other-source",
        }
    }

    pub fn parse(s: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of a source mention (the taxonomy's source kinds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    StateMedia,
    Intelligence,
    Official,
    Media,
    Expert,
    Person,
    Organization,
    Document,
    Unknown,
}

impl SourceKind {
    pub const ALL: [SourceKind; 9] = [
        SourceKind::StateMedia,
        SourceKind::Intelligence,
        SourceKind::Official,
        SourceKind::Media,
        SourceKind::Expert,
        SourceKind::Person,
        SourceKind::Organization,
        SourceKind::Document,
        SourceKind::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::StateMedia => "state-media",
            SourceKind::Intelligence => "intelligence",
            SourceKind::Official => "official",
            SourceKind::Media => "media",
            SourceKind::Expert => "expert",
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Document => "document",
            SourceKind::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<SourceKind> {
        SourceKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The source kind a lexicon entry stands for, if it is a source.
    pub fn from_entry(kind: EntryKind) -> Option<SourceKind> {
        Some(match kind {
            EntryKind::StateMedia => SourceKind::StateMedia,
            EntryKind::Intelligence => SourceKind::Intelligence,
            EntryKind::Official | EntryKind::Place => SourceKind::Official,
            EntryKind::Media => SourceKind::Media,
            EntryKind::Expert => SourceKind::Expert,
            EntryKind::Organization => SourceKind::Organization,
            EntryKind::Document => SourceKind::Document,
            EntryKind::Person => SourceKind::Person,
            EntryKind::Unknown => SourceKind::Unknown,
            EntryKind::City | EntryKind::None => return None,
        })
    }
}

impl std::fmt::Display for SourceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text span with its byte offsets into the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanText {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A source mention the sentence's attribution rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub text: String,
    pub kind: SourceKind,
    pub start: usize,
    pub end: usize,
    /// The name an anaphor stands for ("the agency" -> "KCNA").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub resolved: Option<String>,
    /// The source's one name in the article: a person's fullest name, the
    /// lexicon's name of an outlet or service, else the phrase trimmed.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub canonical: Option<String>,
}

impl Source {
    /// The entity the source stands for, as collections group it: its
    /// canonical name, else the name it was resolved to or its phrase,
    /// trimmed of determiners, appositions and possessives.
    pub fn entity(&self) -> String {
        match self.canonical.as_deref().map(str::trim) {
            Some(c) if !c.is_empty() => c.to_string(),
            _ => crate::attribution::names::trim(self.resolved.as_deref().unwrap_or(&self.text)),
        }
    }
}

/// A byte range of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Why a sentence carries a tag: the rule, the cue and the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub tag: Tag,
    pub rule: String,
    pub cue: SpanText,
    pub source: SpanText,
    /// The attributed content: what the cue says the source said.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub content: Option<Span>,
}

/// One annotated sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub tags: Vec<Tag>,
    pub quote: bool,
    pub hedged: bool,
    pub sources: Vec<Source>,
    pub evidence: Vec<Evidence>,
    /// The sentence states a figure (a count or amount). Not part of the
    /// `annotate` output contract; the index and the audit use it.
    #[serde(skip)]
    pub figure: bool,
    /// Who speaks (the first non-outlet source), if anyone; with `via`, the
    /// outlets that carried the words ("Kim Jong Un", via "KCNA"). Not part
    /// of the `annotate` output contract.
    #[serde(skip)]
    pub speaker: Option<String>,
    #[serde(skip)]
    pub via: Option<String>,
}

impl Sentence {
    pub fn has_tag(&self, tag: Tag) -> bool {
        self.tags.contains(&tag)
    }
}
