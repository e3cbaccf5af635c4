//! Passives and quotation verbs: the agent of "a report issued by X" and
//! "carried by state TV"; "X quoted Y as saying" and "Y was quoted by X as
//! saying" (Y speaks, X is the channel); "Asked by the agency, ..." (the
//! agency carried the answer).

use super::super::record::add;
use super::super::{Cue, Found};
use crate::annotation::SourceKind;
use crate::attribution::channels::{
    channel, channel_remembered, quoted_as_at, recent_channel, JOURNALISTS,
};
use crate::attribution::memory::Memory;
use crate::attribution::mentions::{is_cap, Ctx, BE, OUTLET_NOUNS};
use crate::attribution::tokens::Kind;
use crate::lexicon::{class, EntryKind};

/// Where "as" follows a passive "was quoted (by X) as saying", if the verb
/// at `i` is one.
pub(super) fn quoted_as(cx: &Ctx, i: usize) -> Option<usize> {
    let r = cx.r.clone();
    let w = cx.lw(i);
    let prev = if i > r.start { cx.lw(i - 1) } else { "" };
    // "The minister was quoted by the agency as saying": the minister
    // speaks, the agency is the channel (below).
    (BE.contains(&prev) && matches!(w, "quoted" | "cited" | "paraphrased"))
        .then(|| quoted_as_at(cx, i))
        .flatten()
}

/// "a report issued by the UN", "footage aired by state television": the
/// agent of a verb of classes `cls` at `i` is its source. Whether the verb
/// was handled (an agent found or ruled out).
pub(super) fn by_agent(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    i: usize,
    cls: u32,
    quoted_passive: bool,
) -> bool {
    let doc = cx.doc;
    let r = cx.r.clone();
    let w = cx.lw(i);
    let prev = if i > r.start { cx.lw(i - 1) } else { "" };
    // "the Global Times, a tabloid published by the People's Daily,
    // acknowledged": who publishes an outlet owns it; the outlet speaks.
    if w == "published" && OUTLET_NOUNS.contains(&prev) {
        return true;
    }
    // In a main-clause passive ("are being published by"), only speech
    // verbs attribute: "he was told by the minister".
    // "The remarks were carried by the official IRNA news agency": an
    // outlet that carried or aired words is their channel, passive or not.
    // Not a relative clause: "The paper, which is published by Dow Jones".
    let channel_passive = BE.contains(&prev)
        && matches!(
            w,
            "carried" | "aired" | "broadcast" | "published" | "released"
        )
        && !(i >= r.start + 2 && matches!(cx.lw(i - 2), "which" | "that" | "who"));
    let main_passive = BE.contains(&prev)
        && !channel_passive
        && !matches!(
            w,
            "told"
                | "informed"
                | "briefed"
                | "reported"
                | "quoted"
                | "cited"
                | "announced"
                | "estimated"
                | "revealed"
                | "disclosed"
                | "confirmed"
                | "assessed"
        );
    if cls & class::BY_AGENT != 0 && !main_passive && !quoted_passive {
        // "an official quoted in the state-run China Daily": the outlet
        // a quotation appeared in carried it (outlets only, below).
        let quoted_in =
            matches!(w, "quoted" | "cited") && cx.lw(i + 1) == "in" && !BE.contains(&prev);
        let by = if cx.lw(i + 1) == "by" || quoted_in {
            Some(i + 1)
        } else if cx.lw(i + 1).ends_with("ly") && cx.lw(i + 2) == "by" {
            Some(i + 2)
        } else if cx.lw(i + 1) == "to" && intelligence_product(cx, i) {
            // "an intelligence briefing given to lawmakers by senior
            // officials": the receivers between the participle and its
            // agent (only for intelligence: "support given to Israel by"
            // hands over no words).
            (i + 3..(i + 6).min(r.end))
                .take_while(|&k| cx.word(k))
                .find(|&k| cx.lw(k) == "by")
        } else {
            None
        };
        // "data gathered by Netcraft", "intelligence collected by Kyiv";
        // not "a low drive gathered by the keeper".
        let intelligence = by.is_some() && intelligence_product(cx, i);
        let gathered = matches!(w, "gathered" | "collected")
            && !(i > r.start && doc.class(i - 1) & class::DOCUMENT != 0 || intelligence);
        if let (Some(by), false) = (by, gathered) {
            if let Some((a, b)) = cx.np_right(by + 1) {
                // "was briefed by intelligence officers before the summit":
                // being told is an act unless what was told follows.
                let told = matches!(w, "told" | "informed" | "briefed");
                let content = (b..(b + 3).min(r.end)).any(|k| {
                    matches!(cx.lw(k), "that" | ":") || doc.toks[k].kind == Kind::OpenQuote
                });
                if told && !content {
                    return true;
                }
                let outlet = || {
                    cx.classify(a, b, mem).is_some_and(|np| {
                        matches!(np.kind, SourceKind::Media | SourceKind::StateMedia)
                    })
                };
                // ("quoted in a broadcast monitored by the BBC": the
                // broadcast is another outlet's, unnamed.)
                let nested = || (a..b).any(|k| cx.lw(k) == "by");
                if (channel_passive || quoted_in) && !outlet() || quoted_in && nested() {
                    return true;
                }
                // "If confirmed by the Senate", "has not been confirmed by a
                // court": a confirmation yet to come, or none, attributes
                // nothing.
                let unconfirmed = matches!(w, "confirmed" | "assessed")
                    && (i.saturating_sub(4).max(r.start)..i)
                        .any(|k| matches!(cx.lw(k), "if" | "unless" | "not" | "never" | "yet"));
                if unconfirmed {
                    return true;
                }
                if !cx.is_own(a, b) {
                    let cue = Cue::new(cx.bytes(i, by + 1), "by-agent", r.start..i, b..r.end);
                    let before = found.len();
                    add(cx, mem, found, (a, b), &cue);
                    // "an intelligence report compiled by the defence
                    // ministry", "intelligence gathered by Ukraine": what a
                    // state body hands over as intelligence is intelligence.
                    if intelligence {
                        for f in &mut found[before..] {
                            if f.kind == SourceKind::Official {
                                f.kind = SourceKind::Intelligence;
                                f.also_official = true;
                            }
                        }
                    }
                }
            }
            return true;
        }
    }
    false
}

/// The object of an active quotation verb at `i`: whom X quotes speaks.
pub(super) fn quoted_object(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let r = cx.r.clone();
    let w = cx.lw(i);
    let prev = if i > r.start { cx.lw(i - 1) } else { "" };
    // "X quoted Y as saying": Y is the speaker (X is found as the subject);
    // "the report, which quoted unidentified sources from Tencent, said":
    // the sources quoted are sources too.
    if matches!(w, "quoted" | "cited" | "paraphrased" | "quotes" | "cites") && !BE.contains(&prev) {
        if let Some((a, b)) = cx.np_right(i + 1) {
            // "quoted the intelligence minister, Esmail Khatib, as saying":
            // the words go on past a name in commas.
            let k = apposition_end(cx, b).unwrap_or(b);
            // "quoted Mr Clarke telling activists", and in a relative clause
            // "the report, which quoted unidentified sources, said": whom
            // a report or an outlet quotes speaks too. ("cited X" alone
            // gives a reason: "S and P cited the bank's decision".)
            let saying = matches!(cx.lw(k), "saying" | "telling");
            let relative = matches!(w, "quoted" | "cited")
                && i > r.start
                && matches!(prev, "which" | "who" | "that")
                && (b >= r.end || cx.punct(b, ","));
            // "which cited local officials": people cited are sources; a
            // decision or a body cited is a reason ("which cited the
            // bank's decision").
            let quoted_source = || {
                cx.classify(a, b, mem).is_some_and(|np| {
                    !matches!(np.kind, SourceKind::Document)
                        && (w == "quoted" || np.personal || np.plural)
                })
            };
            if cx.lw(k) == "as" || (saying || relative) && quoted_source() {
                let cue = Cue::new(cx.bytes(i, i + 1), "quoted-as", r.start..i, k..r.end);
                add(cx, mem, found, (a, b), &cue);
            }
        }
    }
}

/// Past a phrase that ends at `b`, the end of a name in commas after it
/// when "as saying", "saying" or "telling" follows: "the intelligence
/// minister, Esmail Khatib, as saying" (the token after the second comma).
fn apposition_end(cx: &Ctx, b: usize) -> Option<usize> {
    if !cx.punct(b, ",") {
        return None;
    }
    let (c, d) = cx.np_right(b + 1)?;
    // A name: capitalised, words joined by hyphens and dots at most
    // ("Lee Seong-kweun", "Esmail Khatib").
    let name = is_cap(cx.doc.text(c))
        && (c..d).all(|t| cx.word(t) || cx.punct(t, "-") || cx.punct(t, "."));
    (name && cx.punct(d, ",") && matches!(cx.lw(d + 1), "as" | "saying" | "telling"))
        .then_some(d + 1)
}

/// "X was quoted (by the agency) as saying": the subject speaks; the outlet
/// named on the way, or the one that quoted someone last, is the channel.
/// `as_at` is where "as" stands ([`quoted_as`]).
pub(super) fn quoted_subject(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    i: usize,
    quoted_as: Option<usize>,
) {
    let r = cx.r.clone();
    // "X was quoted as saying": the subject is the speaker; also with
    // where and when in between ("The owners were quoted on Tuesday in
    // Bangladesh newspapers, including the Dhaka Tribune, as saying").
    if let Some(as_at) = quoted_as {
        if let Some(j) = cx.skip_between_left(i.saturating_sub(2)) {
            if let Some((a, b)) = cx.np_left(j + 1) {
                let cue = Cue::new(cx.bytes(i, i + 1), "quoted-as", r.start..a, as_at..r.end);
                add(cx, mem, found, (a, b), &cue);
            }
            // "... in Bangladesh newspapers, including the Dhaka Tribune,
            // as saying": the outlets named on the way.
            if as_at > i + 1 {
                if let Some(p) = (i + 1..as_at).find(|&k| cx.lw(k) == "in") {
                    if let Some((ca, cb)) = cx.np_right(p + 1) {
                        // "in Bangladesh newspapers, including the Dhaka
                        // Tribune": the outlet named.
                        let named = (cx.punct(cb, ",") && cx.lw(cb + 1) == "including")
                            .then(|| cx.np_right(cb + 2))
                            .flatten();
                        let (ca, cb) = named.unwrap_or((ca, cb));
                        channel(cx, mem, found, ca, cb, (i, p + 1));
                    }
                }
            }
            // "... was quoted as saying by the official news agency".
            if let Some(by) = (i + 1..(i + 5).max(as_at + 4).min(r.end)).find(|&k| cx.lw(k) == "by")
            {
                if let Some((ca, cb)) = cx.np_right(by + 1) {
                    channel_remembered(cx, mem, found, (ca, cb), (i, by + 1), true);
                }
            } else {
                // No agent: the outlet that quoted the speaker last.
                recent_channel(cx, mem, found, i);
            }
        }
    }
}

/// "Asked by the agency about prices, the minister said": the outlet that
/// asked is the channel. Whether the verb at `i` was this construction.
pub(super) fn asked_by(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) -> bool {
    let w = cx.lw(i);
    // "Asked by the agency about prices, the minister said": the outlet
    // that asked carried the answer.
    // Reporters in general are no outlet ("Asked by Japanese reporters").
    if matches!(w, "asked" | "interviewed") && cx.lw(i + 1) == "by" {
        if let Some((a, b)) = cx.np_right(i + 2) {
            let journalists = (a..b).any(|k| JOURNALISTS.contains(&cx.lw(k)));
            if !journalists {
                channel(cx, mem, found, a, b, (i, i + 2));
            }
        }
        return true;
    }
    false
}

/// Whether the phrase before the participle at `i` names intelligence as
/// what was made or handed over ("an intelligence report compiled by",
/// "intelligence gathered by").
fn intelligence_product(cx: &Ctx, i: usize) -> bool {
    cx.np_left(i).is_some_and(|(a, _)| {
        (a..i).any(|k| {
            cx.doc
                .mention(k)
                .is_some_and(|m| m.kind == EntryKind::Intelligence)
        })
    })
}
