//! Owners of documents: "X's estimate", "the agencies’ conclusion that",
//! "her belief that": the owner speaks through what it wrote or holds.

use super::record::{add, push};
use super::{Cue, Found, PREPOSITIONS};
use crate::attribution::memory::Memory;
use crate::attribution::mentions::{Ctx, Np, STATE_BODY_HEADS};
use crate::attribution::tokens::Kind;
use crate::lexicon::{class, EntryKind};

/// "U.S. intelligence agencies’ conclusion that", "analysts' forecasts
/// of": the owner is the plural before the apostrophe, a listed source
/// noun, with its modifiers but no preposition ("ahead of analysts'
/// forecasts": the analysts).
pub(super) fn plural_owner(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let listed = cx.doc.mention(i - 1).is_some_and(|m| {
        !matches!(
            m.kind,
            EntryKind::Place | EntryKind::None | EntryKind::Person
        )
    });
    let Some((a, b)) = cx.np_left(i).filter(|_| listed) else {
        return;
    };
    let a = (a..b)
        .rev()
        .find(|&k| {
            PREPOSITIONS.contains(&cx.lw(k))
                || matches!(
                    cx.lw(k),
                    "ahead" | "above" | "below" | "than" | "meet" | "end"
                )
                || cx.doc.toks[k].kind == Kind::Number
        })
        .map_or(a, |k| k + 1);
    if a < b {
        owner_of_document(cx, mem, found, (i, i + 1), (a, b));
    }
}

/// Whether token `i` is the apostrophe of a plural's possessive before a
/// document noun ("agencies’ conclusion"): right after a word in "s",
/// before a word.
#[inline]
pub(super) fn plural_possessive(cx: &Ctx, i: usize) -> bool {
    cx.plural_possessive_mark(i)
        && (cx.cls(i + 1) & class::DOCUMENT != 0 || claim_with_clause(cx, i + 1))
}

/// A claim noun at `k` that a clause follows: "claim that ...".
pub(super) fn claim_with_clause(cx: &Ctx, k: usize) -> bool {
    cx.cls(k) & class::CLAIM_NOUN != 0 && cx.lw(k + 1) == "that"
}

/// "X's estimate", "the intelligence community's conclusion": the owner of
/// a document noun is a source.
/// Also past words that only modify nouns ("the embassy's annual report").
pub(super) fn possessive(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    if i == cx.r.start {
        return;
    }
    let noun = (i + 1..(i + 4).min(cx.r.end))
        .take_while(|&k| k == i + 1 || cx.is_noun_modifier(k - 1))
        .find(|&k| cx.cls(k) & class::DOCUMENT != 0 || claim_with_clause(cx, k));
    let Some(noun) = noun else {
        return;
    };
    // "Brazil's statistics agency said": a document noun before a body's
    // head names the body, which speaks for itself.
    if STATE_BODY_HEADS.contains(&cx.lw(noun + 1)) {
        return;
    }
    if let Some(np) = cx.np_left(i) {
        owner_of_document(cx, mem, found, (i, noun), np);
    }
}

/// "her belief that", "their conclusion that": the document noun at `i`
/// belongs to the source the possessive pronoun before it stands for.
pub(super) fn possessive_pronoun(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let word = match cx.lw(i - 1) {
        "his" => "he",
        "her" => "she",
        "their" => "they",
        _ => "it",
    };
    // The sentence's own subject first ("Clinton has made no secret of her
    // belief"), else what the pronoun refers to.
    let subject = cx
        .main_subject(mem)
        .filter(|np| np.t1 < i - 1 && (np.personal || word == "it" || word == "they"));
    let np = match subject {
        Some(np) => np,
        None => {
            let Some(owner) = mem.pronoun(word, cx.doc.toks[i - 1].start) else {
                return;
            };
            Np {
                resolved: Some(owner.name.clone()),
                also_official: owner.also_official,
                personal: matches!(word, "he" | "she"),
                plural: word == "they",
                ..Np::new(owner.kind, i - 1, i)
            }
        }
    };
    let cue = Cue::new(
        cx.bytes(i, i + 2),
        "possessive",
        cx.r.start..np.t0,
        i + 2..cx.r.end,
    );
    push(cx, mem, found, np, &cue);
}

/// The owner `a..b` of the document after the possessive at `i` is the
/// source of what the document says.
fn owner_of_document(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    (i, noun): (usize, usize),
    (a, b): (usize, usize),
) {
    let cue = Cue::new(
        cx.bytes(i, noun + 1),
        "possessive",
        cx.r.start..a,
        noun + 1..cx.r.end,
    );
    add(cx, mem, found, (a, b), &cue);
}
