//! Reporting verbs: for a verb at a word, rule out the uses that are no
//! cue ([`guards`]), take the agent of a passive or the object of a
//! quotation verb ([`passive`]), a participle's subject ([`participle`]),
//! else find the verb's subjects ([`subject`], [`inverted`]), keep those the
//! verb may have ([`fit`]) and record them with the channel after "told".

mod fit;
mod guards;
mod inverted;
mod participle;
mod passive;
mod subject;

use super::record::push;
use super::stance::{evaluative_passive, EVALUATIVE};
use super::{Cue, Found};
use crate::attribution::channels::channel;
use crate::attribution::memory::Memory;
use crate::attribution::mentions::{is_cap, Ctx, BE, SUBJECT_PRONOUNS};
use crate::attribution::tokens::Kind;
use crate::attribution::weak::{finding_object, weak_has_content};
use crate::lexicon::class;

/// A reporting verb at `i`, of classes `cls`: find its subject (before it,
/// after it, or the sentence's main subject for a participle) and record
/// it.
pub(super) fn verb(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize, cls: u32) {
    let r = cx.r.clone();
    let w = cx.lw(i);
    let prev = if i > r.start { cx.lw(i - 1) } else { "" };
    if guards::not_a_verb(cx, i) {
        return;
    }
    if BE.contains(&prev) && EVALUATIVE.contains(&w) {
        evaluative_passive(cx, mem, found, i);
        return;
    }
    let quoted_as = passive::quoted_as(cx, i);
    if passive::by_agent(cx, mem, found, i, cls, quoted_as.is_some()) {
        return;
    }
    if guards::no_content(cx, i, cls) {
        return;
    }
    passive::quoted_object(cx, mem, found, i);
    // "Moody's said the outlook ...", "China's said it would": a name
    // ending in "'s" (or contracting "has") before a verb of speech with
    // content is its subject, not "is" ("it's said that", "Kim's said to
    // be ill" stay passives).
    let named_s = i >= r.start + 2
        && cx.doc.toks[i - 1].kind == Kind::Possessive
        && is_cap(cx.doc.text(i - 2))
        && !SUBJECT_PRONOUNS.contains(&cx.lw(i - 2))
        && !matches!(cx.lw(i - 2), "that" | "there" | "what" | "who")
        && matches!(w, "said" | "says" | "added" | "adds" | "told")
        && cx.lw(i + 1) != "to";
    if BE.contains(&prev) && !named_s {
        passive::quoted_subject(cx, mem, found, i, quoted_as);
        return; // a passive without an agent: "is believed", "was said to"
    }
    if guards::noun_use(cx, i, cls) {
        return;
    }
    if passive::asked_by(cx, mem, found, i) {
        return;
    }
    // "Researchers found a way to ...", "The review finds no wrongdoing":
    // what a body or a study found is its claim, a clause or not; a person
    // who finds something acts ("She found a job"), and so is not kept
    // below.
    let weak_bare = cls & class::WEAK != 0 && !weak_has_content(cx, i);
    let finding = weak_bare && finding_object(cx, i);
    if weak_bare && !finding {
        return;
    }
    let participle = w.ends_with("ing");
    let Some(j) = (if i > r.start {
        cx.skip_between_left(i - 1)
    } else {
        None
    }) else {
        return;
    };
    if participle {
        participle::participle_cue(cx, mem, found, i, j);
        return;
    }
    let Some(mut nps) = subject::subjects(cx, mem, found, i, j, cls, finding) else {
        return;
    };
    fit::fit(cx, mem, i, cls, finding, &mut nps);
    if nps.is_empty() {
        return;
    }
    let cue = Cue::new(
        cx.bytes(i, i + 1),
        "speaker-verb",
        r.start..r.start,
        i + 1..r.end,
    );
    // Content: after the verb (after the channel for "told X"), or before
    // the subject when the verb closes the sentence.
    let mut after_start = i + 1;
    let mut channel_found = Vec::new();
    if cls & class::CHANNEL != 0 {
        if let Some((ca, cb)) = cx.np_right(i + 1) {
            channel(cx, mem, &mut channel_found, ca, cb, (i, i + 1));
            after_start = cb;
        }
    }
    for np in nps {
        let cue = Cue {
            before: r.start..np.t0,
            after: after_start..r.end,
            ..cue.clone()
        };
        push(cx, mem, found, np, &cue);
    }
    found.extend(channel_found);
}
