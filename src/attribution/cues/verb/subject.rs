//! Who speaks for a finite reporting verb: the phrase before it (past
//! relative pronouns, appositions, places and topics: "Analysts in both
//! countries said", "Lord Butler's report into Iraq intelligence said"),
//! the clause's subject for a verb after "and" or "but", or, for an
//! inverted verb, the name after it ([`super::inverted`]).

use super::super::record::push;
use super::super::{Cue, Found, PREPOSITIONS};
use super::inverted;
use crate::attribution::memory::Memory;
use crate::attribution::mentions::{is_cap, is_role_head, Ctx, Np, DETERMINERS};
use crate::attribution::subjects::{antecedent_start, apposition_subject, relative_head};
use crate::attribution::tokens::Kind;
use crate::attribution::weak::finder;
use crate::lexicon::{class, EntryKind};

/// Prepositions whose object is what a document is about, not who speaks
/// ("on" and "over" also name channels: "a statement read over state TV").
const TOPIC_PREPOSITIONS: &[&str] = &["into", "about", "concerning", "regarding"];

/// The subjects of the finite reporting verb at `i`, of classes `cls`
/// (`j`: the token before it, past adverbs; `finding`: a verb of finding
/// with a bare object). `None` when there is none, or when the verb's
/// source was recorded here already (an inverted speaker, or the clause's
/// subject for a verb after "and" or "but").
pub(super) fn subjects(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    i: usize,
    j: usize,
    cls: u32,
    finding: bool,
) -> Option<Vec<Np>> {
    let doc = cx.doc;
    let r = cx.r.clone();
    let w = cx.lw(i);
    // "Mr Blair, who said": the subject stands before the relative pronoun;
    // "He accepted the ruling but argued": the sentence's subject.
    let lj = cx.lw(j);
    // A restrictive relative ("a body which estimates"): its head noun is
    // the subject, unless it is a place a preposition governs ("women
    // living in Israel who say": not Israel).
    let relative = matches!(lj, "which" | "who") && j > r.start + 1 && cx.word(j - 1);
    // "backed by the CIA, which said": the phrase before the comma, for a
    // verb of speech proper ("the Gramm-Rudman Act, which calls for" and
    // "Fox TV, which shows the series" are no one speaking).
    // (Verbs that also take an agent are speech proper when they reveal:
    // "Eircom, which recently revealed that".)
    let reveals = matches!(w, "revealed" | "disclosed" | "detailed" | "documented");
    let spoken = cls & class::SPEECH != 0
        && cls & (class::WEAK | class::MEASURE) == 0
        && (cls & class::BY_AGENT == 0 || reveals);
    let comma_which = lj == "which" && spoken && j > r.start && cx.punct(j - 1, ",");
    let j = if (lj == "who" || comma_which) && j > r.start && cx.punct(j - 1, ",") {
        j - 2
    } else if matches!(lj, "which" | "who") && j > r.start + 1 && cx.word(j - 1) {
        // "a U.N.-backed body which estimates damage at $90 billion".
        j - 1
    } else if matches!(lj, "but" | "and")
        && j > r.start
        && (cx.word(j - 1)
            || cx.punct(j - 1, ",") && (w.ends_with("ed") || matches!(w, "said" | "told"))
            // "refers to the ISI - the spy service - and says": a dash
            // closing an aside.
            || spoken && matches!(doc.text(j - 1), "-" | "–" | "—"))
    {
        if let Some(np) = cx.main_subject(mem) {
            if np.t1 <= j && (!finding || finder(cx, &np)) {
                let cue = Cue::new(
                    cx.bytes(i, i + 1),
                    "speaker-verb",
                    r.start..r.start,
                    i + 1..r.end,
                );
                push(cx, mem, found, np, &cue);
            }
        }
        return None;
    } else {
        j
    };
    if j < r.start || j >= r.end {
        return None;
    }
    let tj = doc.toks[j];
    let tjt = doc.text(j);
    if tj.is_quote() || tjt == "," {
        // An apposition between subject and verb: "Shaheen, a member of
        // ..., said".
        // "Security, stability and prosperity would be the themes, said Mr
        // Straw.": a name after the verb that ends the clause is the
        // speaker, whatever stands before the first comma.
        let inverted = inverted::inverted(cx, i);
        if let Some(np) = (tjt == "," && !inverted)
            .then(|| apposition_subject(cx, j, mem))
            .flatten()
        {
            return Some(vec![np]);
        }
        inverted::speaker_after(cx, mem, found, i, j);
        return None;
    }
    before_verb(cx, mem, j, relative, comma_which)
}

/// The subject before the verb, `j` being the token right before it:
/// past an acronym in brackets, a relative pronoun, "seen by X", "in a
/// report", a place or a topic.
fn before_verb(
    cx: &Ctx,
    mem: &mut Memory,
    j: usize,
    relative: bool,
    comma_which: bool,
) -> Option<Vec<Np>> {
    let doc = cx.doc;
    let r = cx.r.clone();
    let tj = doc.toks[j];
    let tjt = doc.text(j);
    let mut nps: Vec<Np> = Vec::new();
    let np_end = if tjt == ")" {
        // "the Federal Security Service (FSB) said": skip the acronym.
        (r.start..j)
            .rev()
            .find(|&k| doc.text(k) == "(")
            .unwrap_or(j + 1)
    } else if tj.kind == Kind::Punct && !matches!(tjt, "." | ">") {
        // (">" closes a wire's ticker or bracketed name, see `np_left`.)
        return None;
    } else {
        j + 1
    };
    let (a, b) = cx.np_left(np_end)?;
    // "Analysts who follow the Kremlin closely said": the phrase found
    // is the object of a relative clause; its head before "who" speaks.
    let (a, mut b) = relative_head(cx, a).unwrap_or((a, b));
    // ", which said" means a body, not a person: "a spokesman for
    // Midland Bank, which said" is the bank.
    let mut a = a;
    if comma_which {
        // The nearest phrase only: "shortcomings of the Treasury's
        // Barker Review, which said" is the review.
        a = a.max(antecedent_start(cx, b));
        let role_of = |k: usize| {
            matches!(cx.lw(k), "of" | "for" | "at" | "from")
                && !is_cap(doc.text(k - 1))
                && is_role_head(doc.text(k - 1))
        };
        if let Some(p) = (a + 1..b).rev().find(|&k| role_of(k)) {
            a = p + 1;
        }
        b = b.max(a + 1);
    }
    let place = doc
        .mention(b - 1)
        .is_some_and(|m| m.kind == EntryKind::Place);
    if relative && a > r.start && PREPOSITIONS.contains(&cx.lw(a - 1)) && place {
        return None;
    }
    // "A Defence Ministry memo seen by Reuters says": the document
    // speaks, not the outlet that saw it.
    let (a, b) = if a >= r.start + 3
        && cx.lw(a - 1) == "by"
        && matches!(cx.lw(a - 2), "seen" | "obtained" | "reviewed" | "viewed")
    {
        cx.np_left(a - 2).unwrap_or((a, b))
    } else if a > r.start + 1
        && cx.lw(a - 1) == "in"
        && matches!(cx.lw(a), "a" | "an" | "the" | "its" | "their")
        && doc
            .mention(b - 1)
            .is_some_and(|m| m.kind == EntryKind::Document)
    {
        // "U.S. intelligence agencies in a report in January called":
        // the report is where its authors said it.
        cx.np_left(a - 1)
            .filter(|&(a2, b2)| (a2..b2).any(|k| doc.mention(k).is_some()))
            .unwrap_or((a, b))
    } else if a > r.start + 1
        && matches!(cx.lw(a - 1), "in" | "across" | "throughout")
        && ((a..b).any(|k| {
            doc.mention(k).is_some_and(|m| m.kind == EntryKind::Place)
                || matches!(cx.lw(k), "countries" | "nations" | "states")
        }) || (a..b).all(|k| is_cap(doc.text(k)) && doc.mention(k).is_none()))
    {
        // "Media reports in China said", "Analysts in both countries
        // said", "the Brookehill Group in New York said": the place
        // says nothing; the phrase before it speaks, if it names a
        // source or someone.
        let names = |(a2, b2): (usize, usize)| {
            (a2..b2).any(|k| doc.mention(k).is_some())
                || (a2..b2).all(|k| is_cap(doc.text(k)) && !DETERMINERS.contains(&cx.lw(k)))
        };
        cx.np_left(a - 1).filter(|&np| names(np)).unwrap_or((a, b))
    } else if a > r.start + 1 && TOPIC_PREPOSITIONS.contains(&cx.lw(a - 1)) {
        // "Lord Butler's report into Iraq intelligence said": the phrase
        // after "into" is the topic; the subject stands before it.
        // Only a document's topic: "the inquiry into", "Lord Butler's
        // report earlier this year into".
        let doc_head = |&(a2, b2): &(usize, usize)| {
            let determined = DETERMINERS.contains(&cx.lw(a2))
                || (a2..b2).any(|k| doc.toks[k].kind == Kind::Possessive);
            determined
                && (a2..b2).any(|k| {
                    doc.mention(k)
                        .is_some_and(|m| m.kind == EntryKind::Document)
                        || matches!(
                            cx.lw(k),
                            "inquiry" | "investigation" | "probe" | "review" | "study"
                        )
                })
        };
        cx.np_left(a - 1).filter(doc_head).unwrap_or((a, b))
    } else {
        (a, b)
    };
    nps.extend(cx.classify_coordinated(a, b, mem));
    // "The defence ministry in the capital said": the subject stands
    // before a prepositional phrase that names no source itself.
    if nps.is_empty()
        && a > r.start + 1
        && matches!(
            cx.lw(a - 1),
            "in" | "at"
                | "from"
                | "of"
                | "for"
                | "after"
                | "before"
                | "during"
                | "since"
                | "behind"
                | "among"
        )
    {
        if let Some((a2, b2)) = cx.np_left(a - 1) {
            // Only a listed source: "Advances in AI said" names none;
            // and no object of a preposition ("a request to the NSA for
            // copies of the archive described in ...").
            let object = a2 > r.start && PREPOSITIONS.contains(&cx.lw(a2 - 1));
            if !object && (a2..b2).any(|k| doc.mention(k).is_some()) {
                nps.extend(cx.classify(a2, b2, mem));
            }
        }
    }
    Some(nps)
}
