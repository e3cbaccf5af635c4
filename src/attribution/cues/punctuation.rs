//! Cues that are punctuation: a colon before a quotation ("X: “...”"), and
//! wire headlines that end in their source (": Iraqi FM", "- police").

use super::record::{add, push};
use super::PREPOSITIONS;
use super::{Cue, Found};
use crate::attribution::memory::Memory;
use crate::attribution::mentions::{is_cap, Ctx, BE, DETERMINERS};
use crate::attribution::subjects::apposition_subject;
use crate::attribution::tokens::Kind;
use crate::lexicon::{class, EntryKind};

/// "X: “...”" and headlines "...: Iraqi FM".
pub(super) fn colon(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let r = &cx.r;
    let opens_quote = cx.r.contains(&(i + 1)) && cx.doc.toks[i + 1].kind == Kind::OpenQuote;
    if opens_quote && i > r.start {
        if cx.doc.class(i - 1) & class::SPEECH != 0 {
            return; // "said:" is the verb's
        }
        // "the attorney general responded: “...”": the verb's subject;
        // "the opposition leader was scathing: “...”", "he had a warning:
        // “...”": the subject of a short predicate.
        let end = if cx.doc.class(i - 1) & class::WEAK != 0 && i - 1 > r.start {
            match cx.skip_between_left(i - 2) {
                Some(j) => j + 1,
                None => return,
            }
        } else if let Some(v) = short_predicate(cx, i) {
            let Some(j) = cx.skip_between_left(v - 1) else {
                return;
            };
            // "The opposition leader, Diana Morant, was scathing:".
            if cx.punct(j, ",") {
                if let Some(np) = apposition_subject(cx, j, mem) {
                    let cue = Cue::new(
                        cx.bytes(i, i + 1),
                        "colon-quote",
                        r.start..np.t0,
                        i + 1..r.end,
                    );
                    push(cx, mem, found, np, &cue);
                }
                return;
            }
            j + 1
        } else {
            i
        };
        if let Some((a, b)) = cx.np_left(end) {
            let cue = Cue::new(cx.bytes(i, i + 1), "colon-quote", r.start..a, i + 1..r.end);
            add(cx, mem, found, (a, b), &cue);
        }
        return;
    }
    // A headline ending in ": Source"; not a picture's credit ("Image:
    // DOJ", "Photo: Reuters").
    let last = cx.doc.text(r.end - 1);
    let credit = i == r.start + 1
        && matches!(
            cx.lw(r.start),
            "image"
                | "photo"
                | "photograph"
                | "picture"
                | "credit"
                | "illustration"
                | "graphic"
                | "video"
                | "file"
        );
    if !credit && !matches!(last, "." | "!" | "?") && i + 1 < r.end {
        if let Some((a, b)) = cx.np_right(i + 1) {
            if b == r.end {
                let cue = Cue::new(cx.bytes(i, i + 1), "headline-colon", r.start..i, b..b);
                add(cx, mem, found, (a, b), &cue);
            }
        }
    }
}

/// The verb of a short predicate ending at the colon `i`: "was scathing",
/// "was more blunt", "had a stark warning", "has a message".
fn short_predicate(cx: &Ctx, i: usize) -> Option<usize> {
    let r = &cx.r;
    let lower_word = |k: usize| {
        cx.doc.toks[k].kind == Kind::Word && !is_cap(cx.doc.text(k)) && !cx.lw(k).is_empty()
    };
    let message = matches!(
        cx.lw(i - 1),
        "warning" | "message" | "reply" | "response" | "answer" | "verdict"
    );
    let mut k = i;
    while k > r.start + 1 && i - k < 4 && lower_word(k - 1) {
        k -= 1;
        let v = cx.lw(k);
        // An adjective after "was", not a phrase ("was on the theme:",
        // "were in trouble:").
        let adjective = || {
            (k + 1..i)
                .all(|a| !PREPOSITIONS.contains(&cx.lw(a)) && !DETERMINERS.contains(&cx.lw(a)))
        };
        if (BE.contains(&v) && k + 1 < i && adjective()) || (matches!(v, "had" | "has") && message)
        {
            return (k > r.start).then_some(k);
        }
    }
    None
}

/// A wire headline ending in "- source": "Bus plunges into ravine, killing
/// 23 - police"; and a credit line, a dash and an outlet alone on a line
/// ("– Xinhua" after a story): the story the outlet supplied.
pub(super) fn headline_dash(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let r = &cx.r;
    let last = cx.doc.text(r.end - 1);
    let t = cx.doc.toks[i];
    let before = &cx.doc.src[..t.start];
    let credit = i == r.start && (before.is_empty() || before.ends_with('\n'));
    if matches!(last, "." | "!" | "?") || i == r.start && !credit || i + 1 >= r.end {
        return;
    }
    // Inside a word ("Russia-Ukraine") a hyphen is no dash; a space before
    // it is enough ("Leader visits factory -KCNA"), and two hyphens are one
    // dash ("... -- KCNA").
    if !before.ends_with(' ') && !credit {
        return;
    }
    let double = i + 2 < r.end && cx.doc.text(i + 1) == "-" && cx.doc.toks[i + 1].start == t.end;
    let next = if double { i + 2 } else { i + 1 };
    if let Some((a, b)) = cx.np_right(next) {
        let listed = (a..b).any(|k| {
            cx.doc.mention(k).is_some_and(|m| {
                !credit || matches!(m.kind, EntryKind::StateMedia | EntryKind::Media)
            })
        });
        if b == r.end && listed && b - a <= 4 {
            let cue = Cue::new(cx.bytes(i, next), "headline-dash", r.start..i, b..b);
            add(cx, mem, found, (a, b), &cue);
        }
    }
}
