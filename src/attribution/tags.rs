//! Tags: a sentence's attributions (source, cue, content) turned into its
//! tags, sources, evidence, speaker and channel, as the output shows them.

use super::cues::Found;
use super::names::NameIndex;
use super::Doc;
use crate::annotation::{Evidence, Sentence, Source, SourceKind, Span, SpanText, Tag};
use crate::lexicon::Lexicon;
use crate::render::one_line;

/// Who speaks in the sentence and through which outlet: the first source
/// that is not an outlet or a document speaks (else a participle hint, else
/// the outlet itself); outlets that carried the words are the channel.
pub(super) fn speaker(
    doc: &Doc,
    lx: &Lexicon,
    ix: &NameIndex,
    s: &mut Sentence,
    found: &[Found],
    hints: &[Found],
) {
    // The name `fill` gave the source, else (a participle hint) its own.
    let sources = &s.sources;
    let name = |f: &Found| {
        sources
            .iter()
            .find(|x| (x.start, x.end) == f.source)
            .and_then(|x| x.canonical.clone())
            .unwrap_or_else(|| canonical(doc, lx, ix, f))
    };
    let outlet = |f: &&Found| matches!(f.kind, SourceKind::Media | SourceKind::StateMedia);
    let person = |f: &&Found| !outlet(f) && f.kind != SourceKind::Document;
    let speaker = found
        .iter()
        .find(person)
        .or_else(|| hints.iter().find(person));
    // The channel as the text names it ("KCNA", "state media").
    let surface = |f: &Found| {
        f.resolved
            .clone()
            .unwrap_or_else(|| one_line(&doc.src[f.source.0..f.source.1]))
    };
    let outlets: Vec<String> = found.iter().filter(outlet).map(surface).collect();
    let (who, via) = match speaker {
        Some(sp) => (
            Some(name(sp)),
            (!outlets.is_empty()).then(|| outlets.join(", ")),
        ),
        None => (found.first().map(name), None),
    };
    s.speaker = who;
    s.via = via;
}

/// The one name of a found source: the lexicon's name for a named outlet,
/// service or office-holder, else the fullest name the article gives the
/// person or the phrase trimmed ([`super::names::canonical`]).
fn canonical(doc: &Doc, lx: &Lexicon, ix: &NameIndex, f: &Found) -> String {
    let phrase = f
        .resolved
        .clone()
        .unwrap_or_else(|| doc.src[f.source.0..f.source.1].to_string());
    // A named outlet, service or office-holder heading the phrase ("The New
    // China News Agency", not "former CIA director Leon Panetta").
    // Mentions are in text order: look only at those inside the phrase.
    let first = doc.mentions.partition_point(|m| m.start < f.source.0);
    let named = doc.mentions[first..]
        .iter()
        .take_while(|m| m.start < f.source.1)
        .filter(|m| m.end == f.source.1)
        .find(|m| {
            let e = lx.entry(m.entry);
            let proper = doc.src[m.start..m.end]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            proper
                && !e.name.contains("(generic)")
                && (e.office.is_some()
                    || matches!(
                        SourceKind::from_entry(m.kind),
                        Some(SourceKind::StateMedia | SourceKind::Intelligence | SourceKind::Media)
                    ))
        });
    match named {
        Some(m) if f.resolved.is_none() => lx.entry(m.entry).name.clone(),
        _ => ix.canonical(&phrase),
    }
}

/// Turns a sentence's found attributions into tags, sources and evidence.
pub(super) fn fill(doc: &Doc, lx: &Lexicon, ix: &NameIndex, s: &mut Sentence, found: &[Found]) {
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
                canonical: Some(canonical(doc, lx, ix, f)),
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
                content: f.content.map(|(start, end)| Span { start, end }),
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
