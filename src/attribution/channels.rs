//! Channels: the outlet that carried a source's words, not a source of
//! its own content ("told TASS", "in an interview with Der Spiegel", "was
//! quoted by the state news agency as saying", "in Bangladesh newspapers,
//! including the Dhaka Tribune"), and the outlet a later agentless "was
//! quoted as saying" goes back to.

use super::cues::Found;
use super::memory::Memory;
use super::mentions::{is_cap, Ctx, Np, DETERMINERS};
use super::tokens::Kind;
use crate::annotation::SourceKind;
use crate::attribution::word_list::WordList;

/// Where "as" follows a passive "quoted" at `i`: right after it, or
/// before "saying" further on ("were quoted on Tuesday in newspapers as
/// saying").
pub(super) fn quoted_as_at(cx: &Ctx, i: usize) -> Option<usize> {
    (i + 1..(i + 24).min(cx.r.end))
        .take_while(|&k| !cx.punct(k, ".") && !cx.punct(k, ";"))
        .find(|&k| {
            cx.lw(k) == "as"
                && (k == i + 1
                    || matches!(cx.lw(k + 1), "saying" | "telling" | "writing" | "stating"))
        })
}

/// "Warmbier was quoted as saying", with no agent: the words came through
/// the outlet cited last, when it was cited in the last few sentences
/// ("..., KCNA quoted Warmbier as saying. ... Warmbier was quoted as
/// saying").
pub(super) fn recent_channel(cx: &Ctx, mem: &Memory, found: &mut Vec<Found>, i: usize) {
    let Some((at, r)) = mem.recent_outlet(cx.doc.toks[i].start) else {
        return;
    };
    // Where the outlet was cited: its name as written, the listed mention
    // there, or the word (a pronoun, a description) resolved to it.
    let end = at + r.name.len();
    let k = cx.doc.token_from(at);
    let (source, resolved) = if cx.doc.src.get(at..end) == Some(r.name.as_str()) {
        ((at, end), None)
    } else if let Some(m) = cx.doc.mention(k).filter(|m| m.start == at) {
        ((m.start, m.end), Some(r.name.clone()))
    } else {
        let span = cx
            .doc
            .toks
            .get(k)
            .filter(|t| t.start == at)
            .map_or(cx.bytes(i, i + 1), |t| (t.start, t.end));
        (span, Some(r.name.clone()))
    };
    found.push(Found {
        kind: r.kind,
        source,
        cue: cx.bytes(i, i + 1),
        rule: "channel",
        figure: false,
        also_official: false,
        resolved,
        inherited: false,
        weak: false,
        content: None,
    });
}

/// Nouns of journalists in general: they carry words but are no outlet
/// ("told reporters", "Asked by Japanese reporters").
pub(super) const JOURNALISTS: WordList = WordList::new(&[
    "reporters",
    "journalists",
    "press",
    "newsmen",
    "correspondents",
]);

/// The channel that carried the words ("told TASS", "in an interview with
/// Der Spiegel"): tagged by its kind when it is an outlet that is not the
/// article's own.
pub(super) fn channel(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    a: usize,
    b: usize,
    cue: (usize, usize),
) {
    channel_remembered(cx, mem, found, (a, b), cue, false);
}

/// [`channel`]; with `remember`, the outlet is also what a later agentless
/// "was quoted as saying" or "the agency" means ("The minister was quoted
/// by the state news agency as saying ... He was quoted as saying").
pub(super) fn channel_remembered(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    (a, b): (usize, usize),
    cue: (usize, usize),
    remember: bool,
) {
    let np = match cx.classify(a, b, mem) {
        Some(np) if matches!(np.kind, SourceKind::Media | SourceKind::StateMedia) => np,
        // "told The War Zone", "told The Jordan Times": inside a sentence,
        // a capitalised "The" opens a publication's title.
        _ if titled(cx, a, b) => Np {
            personal: false,
            ..Np::new(SourceKind::Media, a, b)
        },
        _ => return,
    };
    // "told reporters", "told the press": journalists in general carry
    // nothing of their own.
    // Also when the phrase ran on into the reported clause: "told
    // reporters growth would resume".
    let journalists = (a..b)
        .find(|&j| !DETERMINERS.contains(&cx.lw(j)))
        .is_some_and(|j| JOURNALISTS.contains(&cx.lw(j)) || cx.lw(j) == "media");
    if journalists || cx.is_own(a, b) {
        return;
    }
    let (s, e) = cx.bytes(np.t0, np.t1);
    // Remembered as a channel: a later "it" still means the source.
    if remember {
        mem.cited_channel(cx.referent(&np), s);
    }
    found.push(Found {
        kind: np.kind,
        source: (s, e),
        cue: cx.bytes(cue.0, cue.1),
        rule: "channel",
        figure: false,
        also_official: false,
        resolved: np.resolved,
        inherited: false,
        weak: false,
        content: None,
    });
}

/// "the minister said on state television", "said on Monday on Rossiya
/// 1", "announced over state radio": a state outlet after a verb of speech
/// at `i` carried the words (past a day or a time of day between them).
/// Only state media: the gold sets leave "He added on CBS" the speaker's
/// alone. "called on X to" asks, it carries nothing.
pub(super) fn said_on_outlet(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    if cx.lw(i).starts_with("call") {
        return;
    }
    let time = |k: usize| super::mentions::TIME_WORDS.contains(&cx.lw(k));
    let mut k = i + 1;
    while k < cx.r.end {
        if cx.lw(k) == "on" && time(k + 1) {
            k += 2;
        } else if time(k) || matches!(cx.lw(k), "late" | "early") && cx.lw(k + 1) == "on" {
            k += 1;
        } else {
            break;
        }
    }
    if k + 1 >= cx.r.end || !matches!(cx.lw(k), "on" | "over") {
        return;
    }
    let Some((a, b)) = cx.np_right(k + 1) else {
        return;
    };
    // "said on its website", "on his Telegram channel": the speaker's own
    // page, no outlet cited before.
    if matches!(cx.lw(a), "its" | "his" | "her" | "their" | "our" | "my") {
        return;
    }
    let before = found.len();
    channel(cx, mem, found, a, b, (i, k + 1));
    if found[before..]
        .iter()
        .any(|f| f.kind != SourceKind::StateMedia)
    {
        found.truncate(before);
    }
}

/// A title in quotation marks at `at`, capitalised: "“Meet the Press”".
/// Returns the words inside the marks.
pub(super) fn quoted_title(cx: &Ctx, at: usize) -> Option<(usize, usize)> {
    let toks = &cx.doc.toks;
    if !cx.r.contains(&at) || toks[at].kind != Kind::OpenQuote {
        return None;
    }
    let a = at + 1;
    let close = (a..(a + 7).min(cx.r.end)).find(|&k| toks[k].kind == Kind::CloseQuote)?;
    // The title may end with the sentence's full stop inside the marks.
    let b = if close > a && cx.doc.text(close - 1) == "." {
        close - 1
    } else {
        close
    };
    let words = (a..b).all(|k| toks[k].kind == Kind::Word);
    (b > a && words && is_cap(cx.doc.text(a)) && is_cap(cx.doc.text(b - 1))).then_some((a, b))
}

/// Whether `a..b` is "The" and capitalised words no list holds, inside a
/// sentence: a title ("The War Zone").
fn titled(cx: &Ctx, a: usize, b: usize) -> bool {
    a > cx.r.start
        && b > a + 1
        && cx.doc.text(a) == "The"
        && (a + 1..b).all(|k| is_cap(cx.doc.text(k)) && cx.doc.mention(k).is_none())
}
