//! Participle cues: ", vowing ..." takes the main clause's subject (or the
//! finite cue's source before it: "he said, adding that"); "with officials
//! saying" takes the phrase after "with". They give way to a finite cue
//! naming another source.

use super::super::record::{add, push};
use super::super::{Cue, Found};
use crate::attribution::memory::Memory;
use crate::attribution::mentions::{Ctx, Np};

/// A participle cue at `i` (`j` is the token before it, past adverbs):
/// ", vowing ..." takes the main clause's subject; "with officials saying"
/// takes the phrase after "with".
pub(super) fn participle_cue(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    i: usize,
    j: usize,
) {
    let r = cx.r.clone();
    let tjt = cx.doc.text(j);
    let cue = Cue {
        weak: true,
        ..Cue::new(
            cx.bytes(i, i + 1),
            "participle",
            r.start..r.start,
            i + 1..r.end,
        )
    };
    if matches!(tjt, "," | "—" | "–" | "-") {
        // "he said, adding that": the finite cue's source again.
        if let Some(f) = found.iter().rev().find(|f| !f.weak).cloned() {
            let np = Np::new(f.kind, i, i + 1);
            let figure = cx.content_figure(&np, &cue) || f.figure;
            found.push(Found {
                cue: cue.span,
                rule: "participle",
                figure,
                ..f
            });
            return;
        }
        if let Some(np) = cx.main_subject(mem) {
            push(cx, mem, found, np, &cue);
        }
        return;
    }
    // "with officials reporting 150 dead"
    if let Some((a, b)) = cx.np_left(j + 1) {
        if a > r.start && cx.lw(a - 1) == "with" {
            let cue = Cue {
                weak: false,
                before: r.start..r.start,
                ..cue
            };
            add(cx, mem, found, (a, b), &cue);
        }
    }
}
