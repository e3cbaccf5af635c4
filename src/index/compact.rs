//! The stored form of a sentence document: one compact binary record with
//! everything a hit shows (number, offsets, tags, flags, speaker, sources,
//! evidence), byte offsets instead of texts. Texts are sliced from the
//! article body when read back, so the index does not store them twice, and
//! one stored value per sentence keeps the document store cheap to write.
//!
//! Layout (integers as LEB128 varints, strings as length + UTF-8):
//! `article-id sentence start end tags-bits flag-bits [speaker] [via]
//!  n-sources (kind start end has-resolved [resolved])*
//!  n-evidence (tag rule cue-start cue-end source-start source-end)*
//!  [canonical* content*]`: the tail (one string per source, empty for
//! none; one `has content-start content-end` per evidence item) was added
//! later, so records written without it still read.

use crate::annotation::{Evidence, Sentence, Source, SourceKind, Span, SpanText, Tag};

const QUOTE: u8 = 1;
const HEDGED: u8 = 2;
const FIGURE: u8 = 4;
const SPEAKER: u8 = 8;
const VIA: u8 = 16;

fn put_uint(out: &mut Vec<u8>, mut v: usize) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_uint(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

fn tag_code(t: Tag) -> u8 {
    Tag::ALL.iter().position(|&x| x == t).unwrap_or(0) as u8
}

fn kind_code(k: SourceKind) -> u8 {
    SourceKind::ALL.iter().position(|&x| x == k).unwrap_or(0) as u8
}

/// Appends the record of sentence `s` of article `article_id` to `out`.
pub fn encode(article_id: &str, s: &Sentence, out: &mut Vec<u8>) {
    put_str(out, article_id);
    put_uint(out, s.sentence);
    put_uint(out, s.start);
    put_uint(out, s.end);
    out.push(s.tags.iter().fold(0u8, |m, &t| m | 1 << tag_code(t)));
    let flags = [
        (s.quote, QUOTE),
        (s.hedged, HEDGED),
        (s.figure, FIGURE),
        (s.speaker.is_some(), SPEAKER),
        (s.via.is_some(), VIA),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .fold(0u8, |m, (_, bit)| m | bit);
    out.push(flags);
    for v in [&s.speaker, &s.via].into_iter().flatten() {
        put_str(out, v);
    }
    put_uint(out, s.sources.len());
    for src in &s.sources {
        out.push(kind_code(src.kind));
        put_uint(out, src.start);
        put_uint(out, src.end);
        match &src.resolved {
            Some(r) => {
                out.push(1);
                put_str(out, r);
            }
            None => out.push(0),
        }
    }
    put_uint(out, s.evidence.len());
    for e in &s.evidence {
        out.push(tag_code(e.tag));
        put_str(out, &e.rule);
        for v in [e.cue.start, e.cue.end, e.source.start, e.source.end] {
            put_uint(out, v);
        }
    }
    encode_tail(s, out);
}

/// The part of a record added later: canonical names and content spans.
fn encode_tail(s: &Sentence, out: &mut Vec<u8>) {
    for src in &s.sources {
        put_str(out, src.canonical.as_deref().unwrap_or_default());
    }
    for e in &s.evidence {
        match e.content {
            Some(c) => {
                out.push(1);
                put_uint(out, c.start);
                put_uint(out, c.end);
            }
            None => out.push(0),
        }
    }
}

/// A reader over a record; every read is bounds-checked (a damaged record
/// reads as `None`, never a panic).
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn uint(&mut self) -> Option<usize> {
        let mut v = 0usize;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as usize) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    fn str_ref(&mut self) -> Option<&'a str> {
        let n = self.uint()?;
        let end = self.pos.checked_add(n)?;
        let s = std::str::from_utf8(self.bytes.get(self.pos..end)?).ok()?;
        self.pos = end;
        Some(s)
    }

    fn str(&mut self) -> Option<String> {
        self.str_ref().map(str::to_string)
    }
}

fn span(body: &str, start: usize, end: usize) -> SpanText {
    SpanText {
        text: body.get(start..end).unwrap_or_default().to_string(),
        start,
        end,
    }
}

/// The id of the article a record's sentence belongs to.
pub fn article_id(bytes: &[u8]) -> Option<&str> {
    Reader { bytes, pos: 0 }.str_ref()
}

/// The sentence a record describes, its texts sliced from the article
/// `body`; `None` for a damaged record.
pub fn decode(bytes: &[u8], body: &str) -> Option<Sentence> {
    let mut r = Reader { bytes, pos: 0 };
    r.str_ref()?;
    let (sentence, start, end) = (r.uint()?, r.uint()?, r.uint()?);
    let tag_bits = r.byte()?;
    let flags = r.byte()?;
    let speaker = if flags & SPEAKER != 0 { r.str() } else { None };
    let via = if flags & VIA != 0 { r.str() } else { None };
    let n = r.uint()?;
    let mut sources = Vec::with_capacity(n.min(64));
    for _ in 0..n {
        let kind = *SourceKind::ALL.get(r.byte()? as usize)?;
        let (s, e) = (r.uint()?, r.uint()?);
        let resolved = if r.byte()? == 1 { Some(r.str()?) } else { None };
        sources.push(Source {
            text: span(body, s, e).text,
            kind,
            start: s,
            end: e,
            resolved,
            canonical: None,
        });
    }
    let n = r.uint()?;
    let mut evidence = Vec::with_capacity(n.min(64));
    for _ in 0..n {
        let tag = *Tag::ALL.get(r.byte()? as usize)?;
        let rule = r.str()?;
        let (cs, ce, ss, se) = (r.uint()?, r.uint()?, r.uint()?, r.uint()?);
        evidence.push(Evidence {
            tag,
            rule,
            cue: span(body, cs, ce),
            source: span(body, ss, se),
            content: None,
        });
    }
    // The tail, when the record has one.
    if r.pos < bytes.len() {
        for src in &mut sources {
            let c = r.str()?;
            src.canonical = (!c.is_empty()).then_some(c);
        }
        for e in &mut evidence {
            if r.byte()? == 1 {
                e.content = Some(Span {
                    start: r.uint()?,
                    end: r.uint()?,
                });
            }
        }
    }
    Some(Sentence {
        sentence,
        start,
        end,
        text: span(body, start, end).text,
        tags: Tag::ALL
            .into_iter()
            .filter(|&t| tag_bits & (1 << tag_code(t)) != 0)
            .collect(),
        quote: flags & QUOTE != 0,
        hedged: flags & HEDGED != 0,
        sources,
        evidence,
        figure: flags & FIGURE != 0,
        speaker,
        via,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_against_the_body() {
        let body = "Title\nKim said so, according to KCNA. \"We will win,\" he said.";
        let ann = crate::Annotator::new(crate::Lexicon::builtin()).annotate(body);
        assert!(ann.iter().any(|s| !s.evidence.is_empty()));
        for s in &ann {
            let mut rec = Vec::new();
            encode("a/1", s, &mut rec);
            assert_eq!(article_id(&rec), Some("a/1"));
            assert_eq!(decode(&rec, body).as_ref(), Some(s));
        }
    }

    #[test]
    fn a_damaged_record_reads_as_none() {
        let body = "Kim said so, according to KCNA.";
        let s = &crate::Annotator::new(crate::Lexicon::builtin()).annotate(body)[0];
        let mut rec = Vec::new();
        encode("a/1", s, &mut rec);
        let mut tail = Vec::new();
        encode_tail(s, &mut tail);
        let tail_start = rec.len() - tail.len();
        for cut in 0..rec.len() {
            let read = decode(&rec[..cut], body);
            if cut == tail_start {
                // A record written before the tail existed still reads.
                let old = read.expect("a record without the tail");
                assert!(old.sources.iter().all(|x| x.canonical.is_none()));
                assert!(old.evidence.iter().all(|e| e.content.is_none()));
            } else {
                assert!(read.is_none(), "cut at {cut}");
            }
        }
        assert!(decode(&[0xff; 20], body).is_none());
    }
}
