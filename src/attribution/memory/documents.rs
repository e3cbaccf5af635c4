//! Documents and their owners: "a Defense Intelligence Agency study", "a
//! report by the UN", "the annual report of the commission" ... "the study" or "it" speaks for the owner; the
//! report an article is about, when it names its owner once.

use super::{Memory, Referent};
use crate::annotation::SourceKind;
use crate::attribution::mentions::{is_cap, state_body_name};
use crate::attribution::tokens::Kind;
use crate::attribution::word_list::WordList;
use crate::attribution::{Doc, DocMention};
use crate::lexicon::{EntryKind, Lexicon};

/// Documents the article introduces with their owner ("a Defense
/// Intelligence Agency study", "a report by the UN"): a later "the study"
/// or "it" speaks for the owner.
pub(super) fn documents_with_owners(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    let owner_kind = |k: EntryKind| {
        matches!(
            k,
            EntryKind::Intelligence | EntryKind::Official | EntryKind::StateMedia
        )
    };
    for m in doc
        .mentions
        .iter()
        .filter(|m| m.kind == EntryKind::Document)
    {
        // "The Interior Ministry released new figures ... The figures
        // show": the subject of a verb that puts a document out owns it.
        let clause = |k: usize| doc.toks[k].kind != Kind::Punct;
        let publisher = (m.t0.saturating_sub(4)..m.t0)
            .rev()
            .take_while(|&k| clause(k))
            .find(|&k| PUBLISHING.contains(&doc.lower(k)))
            .and_then(|v| {
                (v.saturating_sub(4)..v)
                    .rev()
                    .take_while(|&k| clause(k))
                    .find_map(|k| doc.mention(k))
            })
            .filter(|o| owner_kind(o.kind));
        if lx.entry(m.entry).needs_owner && publisher.is_none() {
            continue;
        }
        // "an official statement": the adjective names no owner.
        let adjective = |o: &DocMention| o.t1 == m.t0 && doc.lower(o.t0) == "official";
        let before = (m.t0.saturating_sub(3)..m.t0)
            .rev()
            .take_while(|&k| doc.toks[k].kind != Kind::Punct)
            .find_map(|k| doc.mention(k))
            .filter(|o| owner_kind(o.kind) && !adjective(o));
        let after = owner_after(doc, lx, m, 4, 2);
        let owner = before
            .or(after)
            .or(publisher)
            .map(|o| (o, o.start))
            .or_else(|| possessor(doc, m).filter(|(o, _)| owner_kind(o.kind)));
        if let Some((o, start)) = owner {
            let Some(kind) = SourceKind::from_entry(o.kind) else {
                continue;
            };
            mem.authored(
                m.start,
                &doc.src[m.start..m.end],
                Referent {
                    kind,
                    name: doc.src[start..o.end].to_string(),
                    also_official: false,
                },
            );
        }
    }
}

/// The body "its" or "their" before document `m` stands for: its
/// sentence's subject, when that is the last body named before it
/// ("Norwegian military intelligence reached a similar conclusion in its
/// annual threat assessment", "But the OECD, in its half-yearly report,
/// forecast"; not "X said a court confirmed its plan", "Dome said in the
/// SEC filing that its plan"). "its record" is seldom a document ("its
/// record high"). With the body, where its name starts (the country
/// before it included).
fn possessor<'d>(doc: &'d Doc, m: &DocMention) -> Option<(&'d DocMention, usize)> {
    if doc.lower(m.t0) == "record" {
        return None;
    }
    let p = (m.t0.saturating_sub(3)..m.t0)
        .rev()
        .take_while(|&k| doc.toks[k].kind != Kind::Punct)
        .find(|&k| matches!(doc.lower(k), "its" | "their"))?;
    // The last body before "its", within its sentence.
    let from = doc
        .sentences
        .get(doc.sentences.partition_point(|r| r.end <= p))?
        .start;
    let last = (from..p)
        .rev()
        .filter_map(|k| doc.mention(k))
        .find(|o| o.kind.is_body())?;
    // The subject: the sentence opens with it, after at most a
    // conjunction, a determiner and its country ("Norwegian military
    // intelligence").
    let opening = (from..last.t0).all(|k| {
        matches!(
            doc.lower(k),
            "but" | "and" | "the" | "a" | "an" | "meanwhile" | "separately"
        ) || doc.mention(k).is_some_and(|x| x.kind == EntryKind::Place)
    });
    let country = (from..last.t0)
        .find(|&k| doc.mention(k).is_some_and(|x| x.kind == EntryKind::Place))
        .map_or(last.start, |k| doc.toks[k].start);
    opening.then_some((last, country))
}

/// Verbs that put a document out: their subject owns it.
const PUBLISHING: WordList = WordList::new(&[
    "released",
    "published",
    "issued",
    "sent",
    "produced",
    "compiled",
    "prepared",
    "presented",
    "unveiled",
    "circulated",
    "releases",
    "publishes",
    "issues",
]);

/// The report an article is about, when it names its owner once: "The
/// CIA-DIA report", "a report prepared by the Central Intelligence Agency".
pub(super) fn report_owner(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    let owner_kind = |k: EntryKind| {
        matches!(
            k,
            EntryKind::Intelligence | EntryKind::StateMedia | EntryKind::Official
        )
    };
    // Listed owners by entry, others by name.
    let mut owners: Vec<(Result<usize, String>, SourceKind, String)> = Vec::new();
    for m in doc
        .mentions
        .iter()
        .filter(|m| m.kind == EntryKind::Document)
    {
        let word = doc.src[m.start..m.end].to_lowercase();
        if !matches!(
            word.as_str(),
            "report" | "assessment" | "study" | "analysis"
        ) {
            continue;
        }
        let before = (m.t0.saturating_sub(2)..m.t0)
            .rev()
            .find_map(|k| doc.mention(k))
            .filter(|o| owner_kind(o.kind));
        let after = owner_after(doc, lx, m, 6, 3);
        if let Some(o) = before.or(after) {
            if let Some(kind) = SourceKind::from_entry(o.kind) {
                owners.push((Ok(o.entry), kind, doc.src[o.start..o.end].to_string()));
            }
        } else if let Some(name) = state_body_after(doc, m) {
            owners.push((Err(name.to_lowercase()), SourceKind::Official, name));
        }
    }
    owners.sort_by(|a, b| a.0.cmp(&b.0));
    owners.dedup_by(|a, b| a.0 == b.0);
    if owners.len() == 1 {
        let (_, kind, name) = owners.remove(0);
        mem.report_owner = Some(Referent {
            kind,
            name,
            also_official: false,
        });
    }
}

/// The state body a report is "of" or "by" when no list names it: "the
/// annual report of the U.S.-China Economic and Security Review
/// Commission" (a capitalised name shaped like a state body's).
fn state_body_after(doc: &Doc, m: &DocMention) -> Option<String> {
    let n = doc.toks.len();
    let k = m.t1;
    if k >= n || !matches!(doc.lower(k), "of" | "by") {
        return None;
    }
    let mut start = k + 1;
    while start < n && matches!(doc.lower(start), "the" | "a" | "an") {
        start += 1;
    }
    // Wire text wraps names across lines: a line break does not end one
    // here (unlike an acronym's name, which a heading above must not join).
    let mut end = start;
    while end < n
        && end - start < 12
        && (is_cap(doc.text(end)) || matches!(doc.text(end), "of" | "and" | "for" | "on"))
    {
        end += 1;
    }
    while end > start && !is_cap(doc.text(end - 1)) {
        end -= 1;
    }
    let words: Vec<&str> = (start..end).map(|j| doc.text(j)).collect();
    (words.len() >= 2 && state_body_name(&words))
        .then(|| doc.src[doc.toks[start].start..doc.toks[end - 1].end].to_string())
}

/// The owner named after the document `m`: "a report by the UN" (within
/// `window` tokens, the owner within `reach` tokens of "by"), "the report
/// of / from the commission" (right after the noun). "of" and "from" give
/// an owner only when a body follows: "an analysis of anti-Biden memes"
/// is about Biden.
fn owner_after<'d>(
    doc: &'d Doc,
    lx: &Lexicon,
    m: &DocMention,
    window: usize,
    reach: usize,
) -> Option<&'d DocMention> {
    let n = doc.toks.len();
    let k = (m.t1..(m.t1 + window).min(n))
        .find(|&k| doc.lower(k) == "by" || k == m.t1 && matches!(doc.lower(k), "of" | "from"))?;
    let o = (k + 1..(k + 1 + reach).min(n)).find_map(|x| doc.mention(x))?;
    let body = matches!(
        o.kind,
        EntryKind::Intelligence | EntryKind::Official | EntryKind::StateMedia
    );
    (body && (doc.lower(k) == "by" || lx.entry(o.entry).office.is_none())).then_some(o)
}
