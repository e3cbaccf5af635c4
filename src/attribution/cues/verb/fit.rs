//! Which subjects a verb takes: "figures show" and "state TV aired" need a
//! document, an outlet or a body; verbs that measure ("estimated", "put
//! ... at") need an official body; "heard" needs a court or an inquiry; a
//! verb of finding with a bare object needs a finder.

use crate::annotation::SourceKind;
use crate::attribution::memory::Memory;
use crate::attribution::mentions::{is_role_head, Ctx, Np};
use crate::attribution::weak::finder;
use crate::attribution::word_list::WordList;
use crate::lexicon::{class, EntryKind};

use super::super::PREPOSITIONS;

/// Keeps the subjects `nps` the verb at `i`, of classes `cls`, may have
/// (and adds the court of "The court in Lyon heard").
pub(super) fn fit(
    cx: &Ctx,
    mem: &mut Memory,
    i: usize,
    cls: u32,
    finding: bool,
    nps: &mut Vec<Np>,
) {
    let doc = cx.doc;
    let r = cx.r.clone();
    let w = cx.lw(i);
    if finding {
        nps.retain(|np| finder(cx, np));
    }
    if cls & class::CONTENT_ONLY != 0 {
        // "figures show", "state TV aired": a document, an outlet or a body,
        // never an event or (most verbs) a person ("the event showed Kim
        // ..."); "show" needs a document ("UN figures show", not "talk
        // show").
        let shows = w.starts_with("show");
        // "official data showed": figures of an official owner.
        let figures_np = |np: &Np| {
            (np.t0..np.t1).any(|k| {
                matches!(
                    cx.lw(k),
                    "figures" | "data" | "statistics" | "numbers" | "estimates" | "results"
                )
            })
        };
        // "Quebecor publishes three daily newspapers": a publisher's
        // products are no content of its own.
        if matches!(w, "publish" | "publishes")
            && (i + 1..(i + 5).min(r.end)).any(|k| PUBLICATIONS.contains(&cx.lw(k)))
        {
            nps.clear();
            return;
        }
        // "put imports at about 10 mln tonnes": anyone may put a figure;
        // "He suggested the claim was a mistake": a person who suggests
        // says so (figures and events that suggest are evidence).
        let person_may = w.starts_with("suggest")
            || w.starts_with("put") && (i + 2..(i + 10).min(r.end)).any(|k| cx.lw(k) == "at");
        nps.retain(|np| {
            if shows
                && !figures_np(np)
                && !matches!(
                    np.kind,
                    SourceKind::Intelligence | SourceKind::StateMedia | SourceKind::Media
                )
                && !(np.t0..np.t1).any(|k| {
                    doc.mention(k)
                        .is_some_and(|m| m.kind == EntryKind::Document)
                })
            {
                return false;
            }
            matches!(
                np.kind,
                SourceKind::Document
                    | SourceKind::Media
                    | SourceKind::StateMedia
                    | SourceKind::Official
                    | SourceKind::Intelligence
                    | SourceKind::Organization
                    | SourceKind::Unknown
            ) && (!np.personal || person_may)
        });
    }
    if cls & class::MEASURE != 0 {
        // A body counts; people, companies, indexes and events do not
        // ("the band recorded 12 songs", "the index registered 174.2"),
        // nor a preposition's object ("exports to
        // Myanmar tallied $4 billion").
        nps.retain(|np| {
            let role = np.personal && is_role_head(doc.text(np.t1 - 1));
            let object = np.t0 > r.start && PREPOSITIONS.contains(&cx.lw(np.t0 - 1));
            !role
                && !object
                && matches!(
                    np.kind,
                    SourceKind::Official | SourceKind::Intelligence | SourceKind::StateMedia
                )
        });
    }
    if w == "heard"
        && !nps
            .iter()
            .any(|np| (np.t0..np.t1).any(|k| cx.lw(k) == "court"))
    {
        // "The court in Lyon heard": the subject before a place phrase.
        if let Some(k) = (i.saturating_sub(6).max(r.start)..i)
            .rev()
            .find(|&k| matches!(cx.lw(k), "court" | "tribunal" | "inquiry" | "inquest"))
        {
            if let Some((a, b)) = cx.np_left(k + 1) {
                nps.extend(cx.classify(a, b, mem));
            }
        }
    }
    if w == "heard" {
        // "the court heard that ...": what a hearing was told.
        nps.retain(|np| {
            (np.t0..np.t1).any(|k| {
                matches!(
                    cx.lw(k),
                    "court" | "tribunal" | "inquiry" | "jury" | "hearing" | "inquest"
                )
            })
        });
    }
}

/// What a publisher publishes as products, not as words of its own.
const PUBLICATIONS: WordList = WordList::new(&[
    "newspaper",
    "newspapers",
    "magazine",
    "magazines",
    "papers",
    "titles",
    "books",
    "directories",
    "journals",
    "dailies",
    "weeklies",
    "tabloids",
]);
