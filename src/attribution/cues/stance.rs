//! Stances and judgements: a stance adjective with a content clause ("are
//! concerned that"), and the judge of a passive judgement ("was hailed as a
//! success by KCNA").

use super::record::add;
use super::{Cue, Found};
use crate::attribution::memory::Memory;
use crate::attribution::mentions::{Ctx, BE};
use crate::attribution::word_list::WordList;

/// "Border police are concerned that ...": a stance adjective with a
/// content clause reports its subject's view.
pub(super) fn stance_adjective(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let r = &cx.r;
    let Some(be) = (i > r.start).then(|| cx.skip_between_left(i - 1)).flatten() else {
        return;
    };
    if !BE.contains(&cx.lw(be)) || be == r.start {
        return;
    }
    let Some(j) = cx.skip_between_left(be - 1) else {
        return;
    };
    if let Some((a, b)) = cx.np_left(j + 1) {
        let cue = Cue::new(cx.bytes(i, i + 2), "stance", r.start..a, i + 2..r.end);
        add(cx, mem, found, (a, b), &cue);
    }
}

/// Verbs of judgement whose passive names the judge with "by": "were
/// hailed as a success by KCNA", "was condemned by the UN". Not
/// "questioned", which is mostly "interrogated" in the passive.
pub(super) const EVALUATIVE: WordList = WordList::new(&[
    "hailed",
    "praised",
    "criticised",
    "criticized",
    "condemned",
    "denounced",
    "decried",
    "described",
    "branded",
    "labelled",
    "labeled",
    "dismissed",
    "rejected",
    "slammed",
    "lambasted",
    "welcomed",
    "disputed",
    "accused",
]);

/// "The strikes were hailed as a success by KCNA": the agent after "by",
/// in the same clause, judges the subject.
pub(super) fn evaluative_passive(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let r = cx.r.clone();
    // Not the agent of another passive in between: "criticised for being
    // thrown into defensive mode by Mr Howard".
    let Some(by) = (i + 1..(i + 10).min(r.end))
        .take_while(|&k| {
            !cx.punct(k, ",")
                && !cx.punct(k, ".")
                && !cx.punct(k, ";")
                && !matches!(cx.lw(k), "being" | "been")
        })
        .find(|&k| cx.lw(k) == "by")
    else {
        return;
    };
    let Some((a, b)) = cx.np_right(by + 1) else {
        return;
    };
    if !cx.is_own(a, b) {
        let cue = Cue::new(cx.bytes(i, by + 1), "by-agent", r.start..by, b..r.end);
        add(cx, mem, found, (a, b), &cue);
    }
}
