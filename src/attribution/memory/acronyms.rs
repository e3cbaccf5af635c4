//! Acronyms an article defines, with or without brackets ("the Federal
//! Security Service (FSB)", or initials of a name given in full), with the
//! kind of the name they stand for.

use super::Memory;
use crate::annotation::SourceKind;
use crate::attribution::mentions::{is_cap, listed_head_kind, state_body_name};
use crate::attribution::tokens::Kind;
use crate::attribution::Doc;
use crate::lexicon::Lexicon;

/// Acronyms of bodies the article names in full: "the National Disaster
/// Risk Reduction and Management Council (NDRRMC)", or without brackets
/// by their initials ("the Environmental Inspection Bureau" ... "EIB").
/// Only bodies whose kind is known (a listed body inside the name, or the
/// shape of a state body's name) are remembered.
pub(super) fn acronyms(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    // "the statistics office CBS": a listed outlet's acronym given to a
    // state body (see `place_mentions`).
    for (a, full) in &doc.body_acronyms {
        mem.acronyms
            .insert(a.clone(), (SourceKind::Official, full.clone()));
    }
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        if !(doc.toks[i].kind == Kind::Word && is_cap(doc.text(i))) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        // A comma between capitalised words stays inside a name: "State
        // Administration of Radio, Film and Television (SARFT)".
        let listed_comma = |k: usize| {
            doc.text(k) == ","
                && k > start
                && is_cap(doc.text(k - 1))
                && doc.toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word)
                && is_cap(doc.text(k + 1))
        };
        while end < n
            && (doc.toks[end].kind == Kind::Word || listed_comma(end))
            && (is_cap(doc.text(end))
                || listed_comma(end)
                || matches!(doc.text(end), "of" | "and" | "for" | "the" | "on"))
            && (end == start || !doc.src[doc.toks[end - 1].end..doc.toks[end].start].contains('\n'))
        {
            end += 1;
        }
        while end > start && !is_cap(doc.text(end - 1)) {
            end -= 1;
        }
        i = end.max(start + 1);
        // One word is no name to take initials from (most runs: a name,
        // a sentence's first word).
        if end - start < 2 {
            continue;
        }
        let words: Vec<&str> = (start..end)
            .map(|k| doc.text(k))
            .filter(|w| *w != ",")
            .collect();
        if words.len() < 2 {
            continue;
        }
        let listed = listed_head_kind(doc, lx, start, end);
        let kind = listed.or_else(|| state_body_name(&words).then_some(SourceKind::Official));
        let Some(kind) = kind else {
            continue;
        };
        let full = doc.src[doc.toks[start].start..doc.toks[end - 1].end].to_string();
        let initials: String = words
            .iter()
            .filter(|w| is_cap(w) && **w != "The")
            .filter_map(|w| w.chars().next())
            .collect();
        // "(NDRRMC)" right after the name, else its initials.
        let bracketed = (end + 2 < n && doc.text(end) == "(" && doc.text(end + 2) == ")")
            .then(|| doc.text(end + 1))
            .filter(|a| a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()));
        for a in bracketed.into_iter().chain([initials.as_str()]) {
            if a.len() >= 2 && doc.mention_free_word(a) {
                mem.acronyms
                    .entry(a.to_string())
                    .or_insert((kind, full.clone()));
            }
        }
    }
}
