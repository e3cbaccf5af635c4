//! One annotated sentence as a line of JSON, written by hand: the row is
//! the hot path of `annotate --format jsonl`, and serde's generic writer
//! escapes every key and goes through a map for the flattened `doc`. The
//! bytes are exactly serde_json's for the same row (a test holds them to
//! it): fields in declaration order, optional fields left out when absent,
//! and serde_json's string escapes.

use crate::annotation::{Sentence, Span, SpanText};

/// Appends `{"doc":…,"sentence":…,…}` and a line break to `out`.
pub fn row(out: &mut Vec<u8>, doc: &str, s: &Sentence) {
    out.extend_from_slice(b"{\"doc\":");
    string(out, doc);
    out.extend_from_slice(b",\"sentence\":");
    number(out, s.sentence);
    out.push(b',');
    offsets(out, s.start, s.end);
    out.extend_from_slice(b",\"text\":");
    string(out, &s.text);
    out.extend_from_slice(b",\"tags\":[");
    for (i, t) in s.tags.iter().enumerate() {
        comma(out, i);
        string(out, t.as_str());
    }
    out.extend_from_slice(b"],\"quote\":");
    boolean(out, s.quote);
    out.extend_from_slice(b",\"hedged\":");
    boolean(out, s.hedged);
    out.extend_from_slice(b",\"sources\":[");
    for (i, src) in s.sources.iter().enumerate() {
        comma(out, i);
        out.extend_from_slice(b"{\"text\":");
        string(out, &src.text);
        out.extend_from_slice(b",\"kind\":");
        string(out, src.kind.as_str());
        out.push(b',');
        offsets(out, src.start, src.end);
        if let Some(r) = &src.resolved {
            out.extend_from_slice(b",\"resolved\":");
            string(out, r);
        }
        if let Some(c) = &src.canonical {
            out.extend_from_slice(b",\"canonical\":");
            string(out, c);
        }
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"evidence\":[");
    for (i, e) in s.evidence.iter().enumerate() {
        comma(out, i);
        out.extend_from_slice(b"{\"tag\":");
        string(out, e.tag.as_str());
        out.extend_from_slice(b",\"rule\":");
        string(out, &e.rule);
        out.extend_from_slice(b",\"cue\":");
        span_text(out, &e.cue);
        out.extend_from_slice(b",\"source\":");
        span_text(out, &e.source);
        if let Some(c) = &e.content {
            out.extend_from_slice(b",\"content\":");
            span(out, *c);
        }
        out.push(b'}');
    }
    out.extend_from_slice(b"]}\n");
}

fn span_text(out: &mut Vec<u8>, s: &SpanText) {
    out.extend_from_slice(b"{\"text\":");
    string(out, &s.text);
    out.push(b',');
    offsets(out, s.start, s.end);
    out.push(b'}');
}

fn span(out: &mut Vec<u8>, s: Span) {
    out.push(b'{');
    offsets(out, s.start, s.end);
    out.push(b'}');
}

/// `"start":…,"end":…`
fn offsets(out: &mut Vec<u8>, start: usize, end: usize) {
    out.extend_from_slice(b"\"start\":");
    number(out, start);
    out.extend_from_slice(b",\"end\":");
    number(out, end);
}

fn comma(out: &mut Vec<u8>, i: usize) {
    if i > 0 {
        out.push(b',');
    }
}

fn boolean(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

fn number(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

/// A JSON string as serde_json writes it: `"` and `\` escaped, the
/// control characters as `\b \t \n \f \r` or `\u00XX`, everything else
/// (non-ASCII included) as is.
fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let mut rest = s.as_bytes();
    loop {
        let plain = plain_prefix(rest);
        out.extend_from_slice(&rest[..plain]);
        let Some(&b) = rest.get(plain) else {
            break;
        };
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[(b >> 4) as usize]);
                out.push(HEX[(b & 0xf) as usize]);
            }
        }
        rest = &rest[plain + 1..];
    }
    out.push(b'"');
}

/// How many leading bytes of `bytes` need no escape, eight at a time: a
/// word has a byte to escape when one of its bytes is below 0x20 or equals
/// `"` or `\`.
fn plain_prefix(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        if below_space | zero_byte(x ^ (ONES * b'"' as u64)) | zero_byte(x ^ (ONES * b'\\' as u64))
            != 0
        {
            break;
        }
        i += 8;
    }
    i + bytes[i..]
        .iter()
        .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
        .unwrap_or(bytes.len() - i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{Evidence, Source, SourceKind, Tag};
    use serde::Serialize;

    /// The reference: serde_json over the same row.
    #[derive(Serialize)]
    struct Row<'a> {
        doc: &'a str,
        #[serde(flatten)]
        sentence: &'a Sentence,
    }

    fn by_serde(doc: &str, s: &Sentence) -> String {
        serde_json::to_string(&Row { doc, sentence: s }).unwrap() + "\n"
    }

    fn by_hand(doc: &str, s: &Sentence) -> String {
        let mut out = Vec::new();
        row(&mut out, doc, s);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_escape_as_serde_json_at_every_position() {
        for c in (0u8..0x80).map(char::from).chain(['é', '“', '北', '😀']) {
            for at in 0..20 {
                let s: String = (0..20).map(|k| if k == at { c } else { 'a' }).collect();
                let mut out = Vec::new();
                string(&mut out, &s);
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    serde_json::to_string(&s).unwrap()
                );
            }
        }
    }

    #[test]
    fn rows_are_byte_for_byte_serde_json() {
        let odd = "Quote \"marks\", a back\\slash, tab\t, line\nbreak\r, \u{8}\u{c}\u{1}\u{1f}\u{7f} and “Ünïcode” — 北";
        let span = |t: &str, start| SpanText {
            text: t.to_string(),
            start,
            end: start + t.len(),
        };
        let full = Sentence {
            sentence: 12,
            start: 0,
            end: 18_446_744,
            text: odd.to_string(),
            tags: vec![Tag::StateMedia, Tag::OtherSource],
            quote: true,
            hedged: false,
            sources: vec![
                Source {
                    text: "the agency".into(),
                    kind: SourceKind::StateMedia,
                    start: 4,
                    end: 14,
                    resolved: Some("KCNA \"x\"".into()),
                    canonical: Some("KCNA".into()),
                },
                Source {
                    text: odd.into(),
                    kind: SourceKind::Unknown,
                    start: 0,
                    end: 1,
                    resolved: None,
                    canonical: None,
                },
            ],
            evidence: vec![
                Evidence {
                    tag: Tag::StateMedia,
                    rule: "speaker-verb".into(),
                    cue: span("said", 20),
                    source: span(odd, 0),
                    content: Some(Span { start: 1, end: 9 }),
                },
                Evidence {
                    tag: Tag::OtherSource,
                    rule: "r\"ule".into(),
                    cue: span("", 0),
                    source: span("x", usize::MAX - 1),
                    content: None,
                },
            ],
            ..Sentence::default()
        };
        for (doc, s) in [
            ("a/b.txt", Sentence::default()),
            ("dir\\odd \"name\".jsonl#7", full.clone()),
            ("", full),
        ] {
            assert_eq!(by_hand(doc, &s), by_serde(doc, &s));
        }
    }
}
