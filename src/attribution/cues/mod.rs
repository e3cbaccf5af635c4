//! Cues and their sources: the patterns that attribute a sentence's content
//! and the noun phrase each cue points at, classified into a source kind.
//! [`analyze`] walks a sentence and hands each cue word to the module that
//! owns its construction:
//!
//! - [`verb`]: reporting verbs ("X said", "said X", "a report issued by X",
//!   ", vowing ...");
//! - [`possessive`]: owners of documents ("X's estimate", "their belief
//!   that");
//! - [`punctuation`]: "X: “...”", headlines ending in ": X" or "- X";
//! - [`stance`]: stances ("are concerned that") and judgements in the
//!   passive ("was hailed by X");
//! - [`frames`]: sentences framed by a document ("In a letter to ...") and
//!   statements a state outlet carries unsigned;
//! - [`nested`]: services and state outlets speaking inside a quotation;
//! - [`record`]: what every cue ends in: the source classified, its content
//!   span and figure test, and what the article memory learns from it.
//!
//! "according to X", "citing X", channels ("in an interview with X") and
//! vague reports ("reports that ...") are dispatched here directly.

mod frames;
mod nested;
mod possessive;
mod punctuation;
mod record;
mod stance;
mod verb;

use crate::attribution::word_list::WordList;
use std::ops::Range;

use super::channels::{channel, quoted_title, said_on_outlet};
use super::memory::{Memory, Referent};
use super::mentions::{is_cap, Ctx, STOP_RIGHT, SUBJECT_PRONOUNS};
use super::quotes::QuoteInfo;
use super::subjects::is_dash;
use super::tokens::Kind;
use super::weak::AUXILIARIES;
use super::Doc;
use crate::annotation::SourceKind;
use crate::lexicon::{class, EntryKind, Lexicon};

pub(super) use frames::FRAME_NOUNS;
use record::{add, after_np};

/// One attribution found in a sentence.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: SourceKind,
    /// Byte span of the source mention.
    pub source: (usize, usize),
    /// Byte span of the cue.
    pub cue: (usize, usize),
    pub rule: &'static str,
    /// The attributed content states a figure.
    pub figure: bool,
    /// An office-holder of an intelligence service.
    pub also_official: bool,
    pub resolved: Option<String>,
    /// Taken over from the quotation this sentence continues.
    pub inherited: bool,
    /// A participle cue (", vowing ..."): dropped when a finite cue in the
    /// sentence names another source.
    pub weak: bool,
    /// Byte span of the attributed content, when the cue has one.
    pub content: Option<(usize, usize)>,
}

/// A cue: its span, the rule that found it, and the token ranges before
/// and after it where its content may stand.
#[derive(Debug, Clone)]
pub(super) struct Cue {
    pub(super) span: (usize, usize),
    pub(super) rule: &'static str,
    pub(super) before: Range<usize>,
    pub(super) after: Range<usize>,
    /// A participle: gives way to a finite cue naming another source.
    pub(super) weak: bool,
}

impl Cue {
    pub(super) fn new(
        span: (usize, usize),
        rule: &'static str,
        before: Range<usize>,
        after: Range<usize>,
    ) -> Cue {
        Cue {
            span,
            rule,
            before,
            after,
            weak: false,
        }
    }
}

/// "Four other agencies judge that", "the FBI still judges that": a
/// one-word noun the lexicon lists ("judge", a court's) is a verb between
/// a subject's end (a plural, an acronym, an adverb) and "that".
fn verb_not_noun(cx: &Ctx, i: usize) -> bool {
    let doc = cx.doc;
    if i == cx.r.start
        || cx.lw(i + 1) != "that"
        || is_cap(doc.text(i))
        || doc.mention(i).is_none_or(|m| m.t1 - m.t0 != 1)
    {
        return false;
    }
    let prev = doc.text(i - 1);
    let plural = doc.toks[i - 1].kind == Kind::Word
        && !is_cap(prev)
        && prev.len() > 3
        && prev.ends_with('s')
        && !prev.ends_with("ss");
    let acronym = prev.len() >= 2 && prev.bytes().all(|b| b.is_ascii_uppercase());
    plural
        || acronym
        || matches!(
            cx.lw(i - 1),
            "still" | "also" | "now" | "largely" | "broadly"
        )
}

/// Whether the fiction word at `i` sets the sentence in a story: a frame
/// ("in the film", "in a novel", "on this episode") or a made-up person
/// ("a fictional MI6 agent", "his character"). An actor, a film or an
/// episode merely named in the news ("The actress died, state media
/// reported") sets nothing.
fn sets_in_fiction(doc: &Doc, i: usize) -> bool {
    let w = doc.lower(i);
    let framed = i >= 2
        && matches!(
            doc.lower(i - 1),
            "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their"
        )
        && matches!(doc.lower(i - 2), "in" | "on");
    framed || matches!(w, "fictional" | "character" | "characters")
}

/// Finds the attributions of one sentence.
pub(crate) fn analyze(
    doc: &Doc,
    lx: &Lexicon,
    r: Range<usize>,
    mem: &mut Memory,
    qi: &QuoteInfo,
) -> Analysis {
    let mut inside = Vec::with_capacity(r.len());
    let mut open = qi.continues;
    for i in r.clone() {
        match doc.toks[i].kind {
            Kind::OpenQuote => {
                open = true;
                inside.push(true);
            }
            Kind::CloseQuote => {
                inside.push(true);
                open = false;
            }
            _ => inside.push(open),
        }
    }
    let fiction = r
        .clone()
        .any(|i| doc.class(i) & class::FICTION != 0 && sets_in_fiction(doc, i));
    let cx = Ctx {
        doc,
        lx,
        r: r.clone(),
        inside_quote: inside,
        fiction,
    };
    let mut found: Vec<Found> = Vec::new();
    for i in r.clone() {
        let t = doc.toks[i];
        if t.kind == Kind::Possessive && !cx.inside_quote[i - r.start] {
            possessive::possessive(&cx, mem, &mut found, i);
            continue;
        }
        // A plural's possessive before a document: "the agencies’
        // conclusion that".
        if possessive::plural_possessive(&cx, i) {
            possessive::plural_owner(&cx, mem, &mut found, i);
            continue;
        }
        if !cx.inside_quote[i - r.start] && is_dash(doc.text(i)) {
            punctuation::headline_dash(&cx, mem, &mut found, i);
            continue;
        }
        if cx.inside_quote[i - r.start] {
            if t.kind == Kind::Word && doc.class(i) & class::SPEECH != 0 {
                nested::nested_speaker(&cx, mem, &mut found, i);
            }
            continue;
        }
        if t.kind != Kind::Word && doc.text(i) != ":" {
            continue;
        }
        let cls = doc.class(i);
        // Most words are no cue: no word class, and none of the few words
        // the branches below test by name.
        if cls == 0
            && t.kind == Kind::Word
            && !matches!(
                cx.lw(i),
                "according"
                    | "citing"
                    | "concerned"
                    | "worried"
                    | "aware"
                    | "confident"
                    | "convinced"
                    | "adamant"
            )
        {
            continue;
        }
        if Doc::covered(&doc.no_content, t.start, t.end) {
            continue;
        }
        let w = cx.lw(i);
        let next = cx.lw(i + 1);
        if w == "according" && next == "to" {
            after_np(&cx, mem, &mut found, i, i + 2, "according-to");
        } else if w == "citing" || w == "quoting" {
            // "declined to comment, citing the investigation": a reason
            // for saying nothing, not a source.
            let declined = w == "citing"
                && doc
                    .no_content
                    .iter()
                    .any(|&(a, b)| a >= doc.toks[r.start].start && b <= t.start);
            if !declined {
                after_np(&cx, mem, &mut found, i, i + 1, "citing");
            }
        } else if cls & class::CHANNEL_NOUN != 0
            && matches!(next, "with" | "to" | "on" | "for" | "in")
        {
            // "in an interview with Der Spiegel", "speaking on state TV",
            // "in an article for the Times newspaper".
            if let Some((a, b)) = quoted_title(&cx, i + 2) {
                // "in an interview with “Meet the Press”": a programme.
                let (s, e) = cx.bytes(a, b);
                found.push(Found {
                    kind: SourceKind::Media,
                    source: (s, e),
                    cue: cx.bytes(i, i + 2),
                    rule: "channel",
                    figure: false,
                    also_official: false,
                    resolved: None,
                    inherited: false,
                    weak: false,
                    content: None,
                });
            } else if let Some((a, b)) = cx.np_right(i + 2) {
                channel(&cx, mem, &mut found, a, b, (i, i + 2));
            }
        } else if doc.text(i) == ":" {
            punctuation::colon(&cx, mem, &mut found, i);
        } else if matches!(
            w,
            "concerned" | "worried" | "aware" | "confident" | "convinced" | "adamant"
        ) && next == "that"
            || matches!(w, "concerned" | "worried") && next == "about"
        {
            // "was worried about extending special powers": a worry with
            // its object is a stance too.
            stance::stance_adjective(&cx, mem, &mut found, i);
        } else if cls & class::RUMOUR_NOUN != 0
            && next == "that"
            && !cx.inside_quote[i - r.start]
            // A clause, not a relative one: "intelligence that the plot
            // was imminent", not "reports that were published".
            && !AUXILIARIES.contains(&cx.lw(i + 2))
        {
            // "unconfirmed reports that 15 people were hurt": the reports
            // are the (vague) source of the clause; a gerund before them is
            // no part of it ("examining allegations that").
            let gerund = |a: usize| {
                let w = cx.lw(a);
                w.len() > 5
                    && w.ends_with("ing")
                    && !is_cap(doc.text(a))
                    && doc.mention(a).is_none()
            };
            let np = cx.np_left(i + 1).map(|(a, b)| {
                if gerund(a) && a + 1 < b {
                    (a + 1, b)
                } else {
                    (a, b)
                }
            });
            if let Some((a, b)) = np {
                let cue = Cue::new(cx.bytes(i, i + 2), "noun-that", r.start..a, i + 2..r.end);
                add(&cx, mem, &mut found, (a, b), &cue);
            }
        } else if let Some((a, b)) = denied_reports(&cx, i, cls) {
            // "Blair has dismissed reports he told Brown he would quit":
            // the reports denied are a (vague) source of what they say.
            let cue = Cue::new(cx.bytes(a, b), "noun-that", r.start..a, b..r.end);
            add(&cx, mem, &mut found, (a, b), &cue);
        } else if let Some(that) = rumour_surfaced(&cx, i, cls) {
            // "Reports surfaced midweek that ...", "Rumours circulated on
            // Monday that ...": the reports are the (vague) source.
            if let Some((a, b)) = cx.np_left(i + 1) {
                let cue = Cue::new(cx.bytes(i, i + 2), "noun-that", r.start..a, that + 1..r.end);
                add(&cx, mem, &mut found, (a, b), &cue);
            }
        } else if cls & class::CLAIM_NOUN != 0 && matches!(next, "by" | "from") {
            // "the claim by X that ...": X holds the claim, if a clause
            // follows its name.
            claimed_by(&cx, mem, &mut found, i);
        } else if cls & (class::DOCUMENT | class::CLAIM_NOUN) != 0
            && next == "that"
            && i > r.start
            && matches!(cx.lw(i - 1), "his" | "her" | "their" | "its")
            && !AUXILIARIES.contains(&cx.lw(i + 2))
        {
            // "Clinton has made no secret of her belief that ...": the
            // owner a possessive pronoun names holds the belief.
            possessive::possessive_pronoun(&cx, mem, &mut found, i);
        } else if cls & class::DOCUMENT != 0
            && (matches!(next, "from" | "by")
                || next == "of"
                    && ((i + 2..r.end.min(i + 10)).any(|k| cx.lw(k) == "that")
                        || opens_sentence_in(&cx, i)))
        {
            // "figures from X", "the view of British intelligence that ...".
            after_np(&cx, mem, &mut found, i, i + 2, "figures-from");
        } else if cls & (class::SPEECH | class::BY_AGENT | class::MEASURE) != 0 {
            // A verb form inside a named source ("state media") is no verb,
            // except a one-word document noun used as a verb ("X reports").
            // So is a capitalised one inside a name that a verb of speech
            // follows: "The Jakarta Post reported".
            let in_name = doc.mention(i).is_some_and(|m| {
                m.t1 - m.t0 > 1 || !matches!(m.kind, EntryKind::Document | EntryKind::Unknown)
            }) && !verb_not_noun(&cx, i)
                || (i > r.start
                    && is_cap(doc.text(i))
                    && is_cap(doc.text(i - 1))
                    && r.contains(&(i + 1))
                    && !is_cap(doc.text(i + 1))
                    && doc.class(i + 1) & class::SPEECH != 0);
            // A belief or wish inside content already attributed ("experts
            // say Pyongyang believes ...") is part of that content.
            // A channel named by its agent is no belief: "said in a
            // statement carried by the state news agency".
            let by_agent = cls & class::BY_AGENT != 0 && next == "by";
            // ("Following a warning from the unions that prices could
            // rise, the government agreed that ...": a claim in a fronted
            // phrase ends at its comma.)
            let nested = cls & class::WEAK != 0
                && !by_agent
                && found.iter().any(|f| {
                    !f.weak
                        && f.cue.1 <= t.start
                        && !(f.rule == "claim-by" && doc.src[f.cue.1..t.start].contains(", "))
                });
            if !in_name && !nested {
                let before = found.len();
                verb::verb(&cx, mem, &mut found, i, cls);
                if cls & class::SPEECH != 0 && found.len() > before {
                    said_on_outlet(&cx, mem, &mut found, i);
                }
            }
        }
    }
    // Participle cues give way to a finite cue naming another source; what
    // they name is kept as a hint of who speaks in a quote.
    let strong: Vec<(usize, usize)> = found.iter().filter(|f| !f.weak).map(|f| f.source).collect();
    let mut hints = Vec::new();
    if !strong.is_empty() {
        let (keep, drop): (Vec<Found>, Vec<Found>) = found
            .into_iter()
            .partition(|f| !f.weak || strong.contains(&f.source));
        found = keep;
        hints = drop;
    }
    frames::unsigned_statement(&cx, mem, &mut found);
    frames::carried_document(&cx, mem, &mut found);
    if found.is_empty() {
        frames::document_frame(&cx, mem, &mut found);
    }
    // A sentence that cites no one may still name who a later "he", "it",
    // "they" or "the officials" means: a role of a body ("A spokesman for
    // the cooperative toured the farms"), or a body or group as its
    // subject ("The CIA declined to comment.", "Two CIA officials spoke to
    // reporters.").
    if found.is_empty() {
        if let Some(np) = cx.role_subject(mem) {
            let (s, e) = cx.bytes(np.t0, np.t1);
            let name = doc.src[s..e].to_string();
            let referent = Referent {
                kind: np.kind,
                name,
                also_official: np.also_official,
            };
            mem.named_person(s, referent, false);
        } else if let Some(np) = cx.body_subject(mem).filter(|np| {
            (!np.personal || np.plural)
                && !matches!(np.kind, SourceKind::Document | SourceKind::Unknown)
        }) {
            let (s, _) = cx.bytes(np.t0, np.t1);
            mem.cited(cx.referent(&np), np.personal, np.plural, s);
        } else if let Some(np) = cx.person_subject(mem) {
            // "Opposition politician Ekuru Aukot filed the case. He argued
            // ...": the person the story turned to.
            let (s, _) = cx.bytes(np.t0, np.t1);
            let mut referent = cx.referent(&np);
            // "Mr McConnell" after "First Minister Jack McConnell": the
            // office-holder the article named.
            if np.kind == SourceKind::Person {
                let last = referent.name.split_whitespace().last().unwrap_or_default();
                if let Some((kind, full)) = mem.holder_of(last) {
                    referent.kind = kind;
                    referent.name = full.to_string();
                }
            }
            mem.named_person(s, referent, false);
        }
    }
    // "according to a report by the agency", "a briefing by the NIS": a
    // document whose author is found inside its phrase rests on the author
    // alone, one source, not two; the author keeps the figure the
    // document's cue found ("4.1 million robots ..., said the report by
    // the UN commission").
    let inside = |a: &Found, d: &Found| {
        (d.kind == SourceKind::Document || d.kind == a.kind)
            && a.kind != SourceKind::Document
            && a.source != d.source
            && a.source.0 >= d.source.0
            && a.source.1 <= d.source.1
    };
    let mut authored: Vec<(usize, usize)> = Vec::new();
    for k in 0..found.len() {
        let Some(a) = (0..found.len()).find(|&a| inside(&found[a], &found[k])) else {
            continue;
        };
        authored.push(found[k].source);
        if found[k].figure {
            found[a].figure = true;
            if found[a].content.is_none() {
                found[a].content = found[k].content;
            }
        }
    }
    found.retain(|f| !authored.contains(&f.source));
    // "According to a classified assessment, U.S. spy agencies concluded
    // that ...": a document no one is named for, whose content is a state
    // body's, a service's or a state outlet's attribution, is theirs.
    let carries = |d: &Found, a: &Found| {
        matches!(
            a.kind,
            SourceKind::Official | SourceKind::Intelligence | SourceKind::StateMedia
        ) && a.rule != "according-to"
            && d.content
                .is_some_and(|(cs, ce)| a.cue.0 >= cs && a.cue.1 <= ce)
    };
    let unowned: Vec<(usize, usize)> = found
        .iter()
        .filter(|d| {
            d.kind == SourceKind::Document
                && d.resolved.is_none()
                && d.rule == "according-to"
                && found.iter().any(|a| carries(d, a))
        })
        .map(|d| d.source)
        .collect();
    found.retain(|f| !unowned.contains(&f.source));
    closing_attribution_ends_content(&cx, &mut found);
    // The same source found by two cues: keep the first.
    let mut seen: Vec<((usize, usize), SourceKind)> = Vec::new();
    found.retain(|f| {
        let key = (f.source, f.kind);
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    Analysis { found, hints }
}

/// "U.S. agencies have concluded that the jet was downed, two officials
/// said.": an attribution closing the sentence after a comma is no part of
/// the content of a cue before it, and the figure test of that content is
/// read again without it (the officials' "two" is no figure the agencies
/// concluded).
fn closing_attribution_ends_content(cx: &Ctx, found: &mut [Found]) {
    let doc = cx.doc;
    let sentence_end = cx.bytes(cx.r.end - 1, cx.r.end).1;
    // The closing attribution ends the sentence: a few words may follow
    // ("on Friday", "on condition of anonymity"), no clause of its own, and
    // its content stands before it.
    let ends = |g: &Found| {
        let tail = &doc.src[g.source.1.max(g.cue.1)..sentence_end];
        g.content
            .is_some_and(|(gs, _)| gs < g.source.0.min(g.cue.0))
            && !tail.contains([',', ';', ':', '"', '“', '”'])
            && tail.split_whitespace().count() <= 5
            && !tail
                .split_whitespace()
                .any(|w| AUXILIARIES.contains(&w.to_ascii_lowercase().as_str()))
    };
    if found.len() < 2 {
        return;
    }
    for k in 0..found.len() {
        let Some((cs, ce)) = found[k].content else {
            continue;
        };
        if cs < found[k].cue.1 {
            continue;
        }
        let closing = found
            .iter()
            .filter(|g| ends(g))
            .map(|g| g.source.0.min(g.cue.0))
            .filter(|&g| g > cs && g < ce)
            .filter(|&g| doc.src[cs..g].trim_end().ends_with(','))
            .min();
        let Some(g) = closing else {
            continue;
        };
        let end = cs + doc.src[cs..g].trim_end().len() - 1;
        found[k].content = Some((cs, end));
        if found[k].figure {
            let (t0, t1) = (doc.token_from(cs), doc.token_from(end));
            let (all, kept) = (t0..doc.token_from(ce), t0..t1);
            if cx.figure_in(std::slice::from_ref(&all))
                && !cx.figure_in(std::slice::from_ref(&kept))
            {
                found[k].figure = false;
            }
        }
    }
}

/// Whether the document noun at `i` stands in a phrase opening the
/// sentence with "In": "In a situational report of NDRRMC, the tremor
/// damaged 143 buildings" rests on the report's author.
fn opens_sentence_in(cx: &Ctx, i: usize) -> bool {
    let r = &cx.r;
    cx.lw(r.start) == "in"
        && i <= r.start + 4
        && (r.start + 1..i).all(|k| cx.doc.toks[k].kind == Kind::Word)
        && (i + 2..r.end.min(i + 10)).any(|k| cx.punct(k, ","))
}

/// The phrase of the vague reports at `i` that the verb before them
/// denies, dismisses or confirms ("denied media reports", "has dismissed
/// reports he told ..."), when a clause or an "of" phrase says what they
/// report.
fn denied_reports(cx: &Ctx, i: usize, cls: u32) -> Option<(usize, usize)> {
    if cls & class::RUMOUR_NOUN == 0 || i + 1 >= cx.r.end || !cx.word(i + 1) {
        return None;
    }
    let (a, b) = cx.np_left(i + 1)?;
    let verb = a.checked_sub(1).filter(|&v| v >= cx.r.start)?;
    let denial = matches!(
        cx.lw(verb),
        "denied"
            | "denies"
            | "deny"
            | "dismissed"
            | "dismisses"
            | "dismiss"
            | "rejected"
            | "rejects"
            | "refuted"
            | "refutes"
            | "confirmed"
            | "confirms"
    );
    // What they report follows: "of a row", "that ...", "he told ...";
    // not "and ..." or "those claims" taken up from before.
    let next = cx.lw(i + 1);
    let stated = matches!(next, "that" | "of" | "about" | "linking" | "suggesting");
    let clause = !STOP_RIGHT.contains(&next) || SUBJECT_PRONOUNS.contains(&next);
    let taken_up = matches!(cx.lw(a), "those" | "these" | "such" | "the");
    (denial && (stated || clause && !taken_up)).then_some((a, b))
}

/// Where "that" stands after a vague report that surfaced ("Reports
/// surfaced midweek that", "rumours circulated on Monday that"): the
/// noun at `i`, a verb of emerging, at most four words of time or place,
/// then "that".
fn rumour_surfaced(cx: &Ctx, i: usize, cls: u32) -> Option<usize> {
    if cls & class::RUMOUR_NOUN == 0
        || !matches!(
            cx.lw(i + 1),
            "surfaced" | "emerged" | "circulated" | "spread" | "swirled" | "mounted" | "grew"
        )
    {
        return None;
    }
    (i + 2..(i + 7).min(cx.r.end))
        .take_while(|&k| cx.word(k))
        .find(|&k| cx.lw(k) == "that")
}

/// What [`analyze`] finds in one sentence.
pub(crate) struct Analysis {
    /// The attributions that tag the sentence.
    pub found: Vec<Found>,
    /// Sources named by participle cues that gave way to another source
    /// ("..., expressing his “condolences”, state media reported"): they
    /// tag nothing but tell who speaks.
    pub hints: Vec<Found>,
}

/// Prepositions: a phrase right after one is their object, no subject.
pub(super) const PREPOSITIONS: WordList = WordList::new(&[
    "to", "for", "of", "in", "on", "at", "by", "with", "from", "into",
]);

/// "The claim by Iran's intelligence ministry that it had arrested 30
/// spies", "assertions from the company that ...": the holder after "by" or
/// "from" is the source of the clause that follows its name, and only then
/// ("asylum claims by families" names no source).
fn claimed_by(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let Some((a, b)) = cx.np_right(i + 2) else {
        return;
    };
    if b >= cx.r.end || cx.lw(b) != "that" {
        return;
    }
    let cue = Cue::new(
        cx.bytes(i, i + 2),
        "claim-by",
        cx.r.start..i,
        b + 1..cx.r.end,
    );
    // Another source in the sentence ("Kuma rejected the claim by Forson
    // that ...") stays the one later pronouns mean.
    if found.is_empty() {
        add(cx, mem, found, (a, b), &cue);
    } else {
        mem.aside(|mem| add(cx, mem, found, (a, b), &cue));
    }
}
