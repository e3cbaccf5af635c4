//! The compact stored form of a sentence's sources and evidence: kinds,
//! rules and byte offsets only. Texts are sliced from the article body when
//! read back, so the index does not store them twice.

use serde::{Deserialize, Serialize};

use crate::annotation::{Evidence, Source, SourceKind, SpanText, Tag};

#[derive(Serialize, Deserialize)]
struct S(SourceKind, usize, usize, #[serde(default)] Option<String>);

#[derive(Serialize, Deserialize)]
struct E(Tag, String, usize, usize, usize, usize);

/// Sources as compact JSON.
pub fn sources(src: &[Source]) -> String {
    let v: Vec<S> = src
        .iter()
        .map(|s| S(s.kind, s.start, s.end, s.resolved.clone()))
        .collect();
    serde_json::to_string(&v).unwrap_or_default()
}

/// Evidence as compact JSON.
pub fn evidence(ev: &[Evidence]) -> String {
    let v: Vec<E> = ev
        .iter()
        .map(|e| {
            E(
                e.tag,
                e.rule.clone(),
                e.cue.start,
                e.cue.end,
                e.source.start,
                e.source.end,
            )
        })
        .collect();
    serde_json::to_string(&v).unwrap_or_default()
}

fn slice(body: &str, s: usize, e: usize) -> String {
    body.get(s..e).unwrap_or_default().to_string()
}

/// Sources read back against the article body.
pub fn read_sources(json: &str, body: &str) -> Vec<Source> {
    let v: Vec<S> = serde_json::from_str(json).unwrap_or_default();
    v.into_iter()
        .map(|S(kind, start, end, resolved)| Source {
            text: slice(body, start, end),
            kind,
            start,
            end,
            resolved,
        })
        .collect()
}

/// Evidence read back against the article body.
pub fn read_evidence(json: &str, body: &str) -> Vec<Evidence> {
    let v: Vec<E> = serde_json::from_str(json).unwrap_or_default();
    v.into_iter()
        .map(|E(tag, rule, cs, ce, ss, se)| Evidence {
            tag,
            rule,
            cue: SpanText {
                text: slice(body, cs, ce),
                start: cs,
                end: ce,
            },
            source: SpanText {
                text: slice(body, ss, se),
                start: ss,
                end: se,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_against_the_body() {
        let body = "Title\nKim said so, according to KCNA.";
        let ann = crate::Annotator::new(crate::Lexicon::builtin()).annotate(body);
        let s = &ann[1];
        assert_eq!(read_sources(&sources(&s.sources), body), s.sources);
        assert_eq!(read_evidence(&evidence(&s.evidence), body), s.evidence);
    }
}
