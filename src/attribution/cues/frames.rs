//! Sentences a document frames: "In a letter to the court, Senators A and B
//! listed ..." speaks for the letter's writers whatever its verb; and a
//! statement or figures a state outlet carries unsigned are the state's.

use super::record::{add, push};
use super::{Cue, Found};
use crate::annotation::SourceKind;
use crate::attribution::memory::{Memory, Referent};
use crate::attribution::mentions::{is_cap, is_role_head, Ctx, Np, DETERMINERS};
use crate::attribution::tokens::Kind;
use crate::attribution::word_list::WordList;
use crate::lexicon::class;

/// "The decree was announced in a statement carried by the state news
/// agency": a statement no one in the sentence signs that a state outlet
/// carries is the state's (a commentary is the outlet's own). So are
/// figures a state outlet carries: "Figures in the party newspaper Pravda
/// show", "Statistics published by KCNA show" are official figures.
pub(super) fn unsigned_statement(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>) {
    if found.is_empty() || found.iter().any(|f| f.kind != SourceKind::StateMedia) {
        return;
    }
    let r = &cx.r;
    let figures = |k: usize| matches!(cx.lw(k), "figures" | "data" | "statistics");
    // "a statement carried by" / "statistics published by": the noun
    // before the participle.
    let carried = found.iter().filter(|f| f.rule == "by-agent").find_map(|f| {
        let i = cx.doc.token_from(f.cue.0);
        let statement = i >= r.start + 2
            && matches!(cx.lw(i - 2), "a" | "an")
            && matches!(
                cx.lw(i - 1),
                "statement" | "communique" | "communiqué" | "decree"
            );
        let noun = if statement {
            Some((i - 2, i))
        } else if i > r.start && figures(i - 1) {
            Some((i - 1, i))
        } else {
            None
        };
        noun.map(|(n0, n1)| (n0, n1, f.cue))
    });
    // "Figures in the party newspaper Pravda show": the noun before "in"
    // and the outlet, the outlet being the verb's subject.
    let inside = || {
        found
            .iter()
            .filter(|f| f.rule == "speaker-verb")
            .find_map(|f| {
                let i = cx.doc.token_from(f.source.0);
                (i >= r.start + 2 && cx.lw(i - 1) == "in" && figures(i - 2)).then_some((
                    i - 2,
                    i - 1,
                    f.cue,
                ))
            })
    };
    let Some((n0, n1, span)) = carried.or_else(inside) else {
        return;
    };
    let np = Np::new(SourceKind::Official, n0, n1);
    let cue = Cue::new(span, "by-agent", r.start..n0, n1..r.end);
    push(cx, mem, found, np, &cue);
}

/// "KCNA carried a statement by Kim Yo Jong criticising the drills", "the
/// agency published a letter from the foreign ministry saying ...": an
/// outlet that carries a signed document is the channel; its signatory
/// speaks too.
pub(super) fn carried_document(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>) {
    let r = &cx.r;
    let outlet_cue = found.iter().find_map(|f| {
        let i = cx.doc.token_from(f.cue.0);
        (matches!(f.kind, SourceKind::StateMedia | SourceKind::Media)
            && f.rule == "speaker-verb"
            && matches!(
                cx.lw(i),
                "carried" | "carries" | "published" | "publishes" | "released" | "ran" | "aired"
            ))
        .then_some(i)
    });
    let Some(i) = outlet_cue else {
        return;
    };
    // "a statement by", "the full text of a letter from": the document
    // noun right after the verb, its author after "by", "from" or "of".
    let noun = i + 2;
    if noun + 1 >= r.end
        || !matches!(cx.lw(i + 1), "a" | "an" | "the")
        || !SIGNED_NOUNS.contains(&cx.lw(noun))
        || !matches!(cx.lw(noun + 1), "by" | "from" | "of")
    {
        return;
    }
    let Some((a, b)) = cx.np_right(noun + 2) else {
        return;
    };
    let Some(np) = cx.classify(a, b, mem) else {
        return;
    };
    if matches!(
        np.kind,
        SourceKind::Document | SourceKind::Media | SourceKind::StateMedia
    ) {
        return;
    }
    let cue = Cue::new(cx.bytes(i, noun + 1), "by-agent", r.start..i, b..r.end);
    push(cx, mem, found, np, &cue);
}

/// Documents a person or body signs and an outlet carries.
const SIGNED_NOUNS: WordList = WordList::new(&[
    "statement",
    "letter",
    "message",
    "communique",
    "communiqué",
    "decree",
    "speech",
    "address",
    "article",
    "essay",
]);

/// "In a letter to the court, Senators Reed and Hill listed the documents":
/// a sentence framed by the document its subject wrote speaks for the
/// subject, whatever its verb ("listed", "set out", "called for"); the
/// document is the subject's for a later "the letter said".
pub(super) fn document_frame(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>) {
    let r = &cx.r;
    let mut k = r.start;
    // An opening adverb or dateline-free "But"/"And".
    if matches!(cx.lw(k), "but" | "and" | "also" | "separately") {
        k += 1;
    }
    let framed = cx.lw(k) == "in"
        && matches!(
            cx.lw(k + 1),
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "one"
        );
    if !framed {
        return;
    }
    // The document noun: within a few words ("In a joint statement", "In
    // a two-page letter").
    let Some(noun) = (k + 2..(k + 5).min(r.end))
        .take_while(|&j| cx.word(j))
        .find(|&j| FRAME_NOUNS.contains(&cx.lw(j)))
    else {
        return;
    };
    // The frame ends at the first comma; its object may have an
    // apposition ("to Kushner's attorney, Abbe Lowell,").
    let Some(first_comma) = (noun + 1..r.end).find(|&j| cx.punct(j, ",")) else {
        return;
    };
    // The verb: the first word after the frame that reads as a finite verb
    // (a reporting verb, or a past form) with no determiner before it.
    let Some(verb_at) = (first_comma + 2..r.end)
        .take_while(|&j| !cx.inside_quote[j - r.start])
        .find(|&j| frame_verb(cx, j))
    else {
        return;
    };
    // Its subject: the words before it after the last comma ("Senators A
    // and B listed"), or, when a comma stands right before it, the phrase
    // before the apposition that comma closes ("Senators A and B, the
    // committee's leaders, listed").
    let commas: Vec<usize> = (first_comma..verb_at)
        .filter(|&j| cx.punct(j, ","))
        .collect();
    let last = *commas.last().unwrap_or(&first_comma);
    let (a, b) = if last + 1 < verb_at {
        (last + 1, verb_at)
    } else if commas.len() >= 3 {
        (commas[commas.len() - 3] + 1, commas[commas.len() - 2])
    } else if commas.len() == 2 {
        (commas[0] + 1, commas[1])
    } else {
        return;
    };
    if a >= b || b - a > 12 || !(is_cap(cx.doc.text(a)) || DETERMINERS.contains(&cx.lw(a))) {
        return;
    }
    // The subject is a noun phrase: names, titles, roles and the words
    // that join them; a lower-case word of another kind means the verb
    // was misread ("the OECD cut its growth predictions ... industrialised").
    let phrase_word = |j: usize| {
        let w = cx.lw(j);
        cx.doc.mention(j).is_some()
            || is_cap(cx.doc.text(j))
            || is_role_head(cx.doc.text(j))
            || !cx.word(j)
            || DETERMINERS.contains(&w)
            || matches!(
                w,
                "of" | "and" | "for" | "at" | "former" | "top" | "chief" | "senior"
            )
    };
    if !(a..b).all(phrase_word) {
        return;
    }
    let cue = Cue::new(
        cx.bytes(k, noun + 1),
        "document-frame",
        r.start..k,
        verb_at..r.end,
    );
    let before = found.len();
    add(cx, mem, found, (a, b), &cue);
    // Only a source that can write counts ("In a statement, it said" is
    // found by its verb; a place or an event here is no author).
    found.truncate(
        before
            + found[before..]
                .iter()
                .take_while(|f| !matches!(f.kind, SourceKind::Document))
                .count(),
    );
    if let Some(f) = found[before..].first() {
        let author = Referent {
            kind: f.kind,
            name: f
                .resolved
                .clone()
                .unwrap_or_else(|| cx.doc.src[f.source.0..f.source.1].to_string()),
            also_official: f.also_official,
        };
        let (s, e) = cx.bytes(noun, noun + 1);
        mem.authored(s, &cx.doc.src[s..e], author);
    }
}

/// Documents that frame a sentence's content ("In a letter to ...").
pub(crate) const FRAME_NOUNS: WordList = WordList::new(&[
    "statement",
    "letter",
    "memo",
    "memorandum",
    "filing",
    "report",
    "post",
    "tweet",
    "message",
    "email",
    "note",
    "submission",
    "complaint",
    "affidavit",
    "declaration",
    "communique",
    "communiqué",
    "op-ed",
    "column",
    "editorial",
    "essay",
    "speech",
    "address",
    "testimony",
]);

/// Whether the word at `j` reads as a finite verb after a subject: a
/// reporting verb, or a lower-case past form ("listed", "set out") with
/// no determiner or possessive before it ("a retired general" is none).
fn frame_verb(cx: &Ctx, j: usize) -> bool {
    let w = cx.lw(j);
    let text = cx.doc.text(j);
    if !cx.word(j) || !text.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let prev = cx.lw(j - 1);
    if DETERMINERS.contains(&prev) || cx.doc.toks[j - 1].kind == Kind::Possessive {
        return false;
    }
    let past = w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed");
    cx.doc.class(j) & class::SPEECH != 0
        || past
        || matches!(
            w,
            "set" | "laid" | "wrote" | "gave" | "made" | "sent" | "sought" | "spelt"
        )
}
