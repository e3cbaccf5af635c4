//! A service or state outlet that speaks inside a quotation: the quoted
//! speaker reports what the service said.

use super::record::push;
use super::{Cue, Found};
use crate::annotation::SourceKind;
use crate::attribution::memory::Memory;
use crate::attribution::mentions::{Ctx, DETERMINERS};
use crate::lexicon::EntryKind;

/// A service or state outlet that speaks inside a quotation: "saying,
/// “The National Security Agency said it did not monitor the calls”". The
/// quoted speaker reports what the service said, so the service is a source
/// too. Only named services and state outlets count: "my father said" inside
/// a quote is the speaker's own story.
pub(super) fn nested_speaker(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let r = cx.r.clone();
    if i == r.start || cx.lw(i).ends_with("ing") || DETERMINERS.contains(&cx.lw(i - 1)) {
        return;
    }
    // Cheap test first: a service or state outlet named just before.
    let named = (i.saturating_sub(8).max(r.start)..i).any(|k| {
        cx.doc
            .mention(k)
            .is_some_and(|m| matches!(m.kind, EntryKind::Intelligence | EntryKind::StateMedia))
    });
    if !named {
        return;
    }
    let Some(j) = cx.skip_between_left(i - 1) else {
        return;
    };
    let Some((a, b)) = cx.np_left(j + 1) else {
        return;
    };
    if !(a..b).all(|k| cx.inside_quote[k - r.start]) {
        return;
    }
    let Some(np) = cx.classify(a, b, mem) else {
        return;
    };
    if np.resolved.is_none() && matches!(np.kind, SourceKind::Intelligence | SourceKind::StateMedia)
    {
        let cue = Cue::new(cx.bytes(i, i + 1), "nested-speaker", a..a, i + 1..r.end);
        push(cx, mem, found, np, &cue);
    }
}
