//! Inverted speakers: "“...,” said Kim", "..., said the ministry", "...,
//! reports Brian Krebs": the name after the verb speaks, typed by its
//! apposition when it has one ("says Damtew Dessalegne, a representative
//! at UNHCR").

use super::super::record::{add, push};
use super::super::{Cue, Found};
use crate::annotation::SourceKind;
use crate::attribution::memory::Memory;
use crate::attribution::mentions::{is_cap, Ctx, Np, DETERMINERS};
use crate::attribution::word_list::WordList;
use crate::lexicon::class;

/// Verbs that may stand before their subject: "“...,” said Kim".
const INVERTING: WordList = WordList::new(&[
    "said",
    "says",
    "added",
    "wrote",
    "asked",
    "reported",
    "continued",
    "explained",
    "warned",
    "insisted",
    "noted",
    "told",
    "stated",
    "declared",
    "announced",
    "claimed",
    "argued",
    "recalled",
]);

/// The present of a story's narration ("..., writes Brian Krebs"): also
/// inverting, but most are nouns too ("reports", "notes").
const PRESENT_INVERTING: WordList = WordList::new(&[
    "writes", "reports", "adds", "notes", "explains", "warns", "insists", "argues", "recalls",
]);

/// Whether the verb at `i` is "said" or "added" with a name after it that
/// ends the clause: "Security, stability and prosperity would be the
/// themes, said Mr Straw." (a name, not an apposition, before the verb).
pub(super) fn inverted(cx: &Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let r = cx.r.clone();
    let w = cx.lw(i);
    matches!(w, "said" | "says" | "added" | "adds")
        && cx.np_right(i + 1).is_some_and(|(a, b)| {
            let named = (a..b).all(|k| {
                is_cap(doc.text(k)) || doc.mention(k).is_some() || DETERMINERS.contains(&cx.lw(k))
            });
            // The name ends the sentence, or an apposition after it does.
            let ends = b >= r.end
                || (b + 1 == r.end && cx.punct(b, "."))
                || cx.punct(b, ",")
                    && (b + 1..r.end)
                        .all(|k| doc.class(k) & class::SPEECH == 0 && cx.lw(k) != "that");
            named && ends
        })
}

/// The speaker named after the verb at `i` (`j`: the quotation mark or
/// comma before it), recorded when the verb may invert.
pub(super) fn speaker_after(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    i: usize,
    j: usize,
) {
    let doc = cx.doc;
    let r = cx.r.clone();
    let w = cx.lw(i);
    let tj = doc.toks[j];
    let tjt = doc.text(j);
    let cue = Cue::new(
        cx.bytes(i, i + 1),
        "speaker-verb",
        r.start..r.start,
        i + 1..r.end,
    );
    // Inverted: "“...,” said Kim" / "..., said the ministry"; after
    // a quotation any speech verb ("“...,” admits Boulton").
    let after_quote = tj.is_quote() || (tjt == "," && j > r.start && doc.toks[j - 1].is_quote());
    // "..., reports Brian Krebs" but not "On Saturday, reports from
    // the region said": the present forms are nouns too, so a name
    // or a determiner must follow.
    let present = PRESENT_INVERTING.contains(&w);
    let named_next =
        r.contains(&(i + 1)) && (is_cap(doc.text(i + 1)) || DETERMINERS.contains(&cx.lw(i + 1)));
    // "Kim sets five-year plan, vows restraint": in a headline, a present
    // verb after a comma, with no name after it, shares the clause's
    // subject.
    let headline = !matches!(doc.text(r.end - 1), "." | "!" | "?" | "\"" | "”");
    if headline
        && tjt == ","
        && !after_quote
        && !named_next
        && w.ends_with('s')
        && !present
        && !INVERTING.contains(&w)
    {
        if let Some(np) = cx.main_subject(mem).filter(|np| np.t1 < j) {
            push(cx, mem, found, np, &cue);
        }
        return;
    }
    if INVERTING.contains(&w) || present && named_next || after_quote {
        if let Some((a, b)) = cx.np_right(i + 1) {
            let cue = Cue {
                rule: "verb-speaker",
                before: r.start..i,
                after: b..b,
                ..cue
            };
            // "says Damtew Dessalegne, a representative at UNHCR":
            // the apposition types the name.
            let appo = cx
                .punct(b, ",")
                .then(|| cx.np_right(b + 1))
                .flatten()
                .and_then(|(c, d)| cx.classify(c, d, mem));
            let named = cx.classify(a, b, mem);
            // "“It's chaos,” said one truck driver": after a quotation,
            // whoever the verb names speaks, listed or not.
            if named.is_none() && after_quote {
                if let Some(np) = super::subject::unlisted_person(cx, a, b) {
                    push(cx, mem, found, np, &cue);
                    return;
                }
            }
            match (named, appo) {
                (Some(np), Some(ap))
                    if np.kind == SourceKind::Person
                        && matches!(
                            ap.kind,
                            SourceKind::Official
                                | SourceKind::Intelligence
                                | SourceKind::Expert
                                | SourceKind::Organization
                                | SourceKind::Media
                        ) =>
                {
                    let np = Np {
                        kind: ap.kind,
                        also_official: ap.also_official,
                        ..np
                    };
                    push(cx, mem, found, np, &cue);
                }
                // "said EAAT legal spokesman, Taher Abou Al Nasr": the
                // role speaks, under the name that follows it.
                (Some(np), Some(ap))
                    if ap.kind == SourceKind::Person && np.kind != SourceKind::Person =>
                {
                    let np = Np { t1: ap.t1, ..np };
                    push(cx, mem, found, np, &cue);
                }
                _ => {
                    add(cx, mem, found, (a, b), &cue);
                }
            }
        }
    }
}
