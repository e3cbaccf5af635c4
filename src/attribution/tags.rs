//! Tags: a sentence's attributions (source, cue, content) turned into its
//! tags, sources, evidence, speaker and channel, as the output shows them.

use super::cues::Found;
use super::Doc;
use crate::annotation::{Evidence, Sentence, Source, SourceKind, SpanText, Tag};
use crate::render::one_line;

/// Who speaks in the sentence and through which outlet: the first source
/// that is not an outlet or a document speaks (else a participle hint, else
/// the outlet itself); outlets that carried the words are the channel.
pub(super) fn speaker(doc: &Doc, s: &mut Sentence, found: &[Found], hints: &[Found]) {
    let name = |f: &Found| {
        f.resolved
            .clone()
            .unwrap_or_else(|| one_line(&doc.src[f.source.0..f.source.1]))
    };
    let outlet = |f: &&Found| matches!(f.kind, SourceKind::Media | SourceKind::StateMedia);
    let person = |f: &&Found| !outlet(f) && f.kind != SourceKind::Document;
    let speaker = found
        .iter()
        .find(person)
        .or_else(|| hints.iter().find(person));
    let outlets: Vec<String> = found.iter().filter(outlet).map(name).collect();
    match speaker {
        Some(sp) => {
            s.speaker = Some(name(sp));
            s.via = (!outlets.is_empty()).then(|| outlets.join(", "));
        }
        None => {
            s.speaker = found.first().map(name);
            s.via = None;
        }
    }
}

/// Turns a sentence's found attributions into tags, sources and evidence.
pub(super) fn fill(doc: &Doc, s: &mut Sentence, found: &[Found]) {
    for f in found {
        let source_span = SpanText {
            text: doc.src[f.source.0..f.source.1].to_string(),
            start: f.source.0,
            end: f.source.1,
        };
        let cue = SpanText {
            text: doc.src[f.cue.0..f.cue.1].to_string(),
            start: f.cue.0,
            end: f.cue.1,
        };
        if !s
            .sources
            .iter()
            .any(|x| x.start == f.source.0 && x.end == f.source.1)
        {
            s.sources.push(Source {
                text: source_span.text.clone(),
                kind: f.kind,
                start: f.source.0,
                end: f.source.1,
                resolved: f.resolved.clone(),
            });
        }
        for tag in f.tags() {
            if !s.tags.contains(&tag) {
                s.tags.push(tag);
            }
            s.evidence.push(Evidence {
                tag,
                rule: f.rule.to_string(),
                cue: cue.clone(),
                source: source_span.clone(),
            });
        }
    }
    s.tags.sort();
}

impl Found {
    /// The tags this attribution gives its sentence.
    pub fn tags(&self) -> Vec<Tag> {
        let mut t = Vec::new();
        match self.kind {
            SourceKind::StateMedia => t.push(Tag::StateMedia),
            SourceKind::Intelligence => {
                t.push(Tag::Intelligence);
                if self.figure {
                    t.push(Tag::OfficialEstimate);
                } else if self.also_official {
                    t.push(Tag::OfficialStatement);
                }
            }
            SourceKind::Official => t.push(if self.figure {
                Tag::OfficialEstimate
            } else {
                Tag::OfficialStatement
            }),
            _ => t.push(Tag::OtherSource),
        }
        t
    }
}
