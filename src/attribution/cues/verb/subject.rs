//! Who speaks for a finite reporting verb: the phrase before it (past
//! relative pronouns, appositions, places and topics: "Analysts in both
//! countries said", "Lord Butler's report into Iraq intelligence said"),
//! the clause's subject for a verb after "and" or "but", or, for an
//! inverted verb, the name after it ([`super::inverted`]).

use super::super::record::push;
use super::super::{Cue, Found, PREPOSITIONS};
use super::inverted;
use crate::annotation::SourceKind;
use crate::attribution::memory::Memory;
use crate::attribution::mentions::{is_cap, is_role_head, Ctx, Np, DETERMINERS, STATIONED};
use crate::attribution::subjects::{antecedent_start, apposition_subject, is_dash, relative_head};
use crate::attribution::tokens::Kind;
use crate::attribution::weak::finder;
use crate::attribution::word_list::WordList;
use crate::lexicon::{class, EntryKind};

/// Prepositions whose object is what a document is about, not who speaks
/// ("on" and "over" also name channels: "a statement read over state TV").
const TOPIC_PREPOSITIONS: WordList = WordList::new(&["into", "about", "concerning", "regarding"]);

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
    // So is "that" after a listed body, or a document it names right
    // before ("an MI5 memo that said", "a Pentagon study that concluded",
    // "the SEC, that alleged"), before a verb that reports a claim. Not
    // after another noun ("companies that report improvements", "a leader
    // that believes"; a bare "a report" is the document of whoever issued
    // it), and not a verb that acts on an object or describes ("a group
    // that published emails", "the record that shows the times"), unless a
    // clause with "that" follows.
    let claim_verb = cls & (class::MEASURE | class::BY_AGENT) == 0 && !w.starts_with("show")
        || cx.lw(i + 1) == "that";
    let body = |k: usize| {
        // A body that speaks, save companies ("companies that report").
        doc.mention(k).is_some_and(|m| {
            m.kind.is_body() && m.kind != EntryKind::Organization && !cx.lx.entry(m.entry).role
        })
    };
    let document = |k: usize| {
        doc.mention(k)
            .is_some_and(|m| m.kind == EntryKind::Document)
    };
    let that = lj == "that"
        && j > r.start + 2
        && claim_verb
        && (body(j - 1) || document(j - 1) && body(j - 2));
    let relative = (that || matches!(lj, "which" | "who")) && j > r.start + 1 && cx.word(j - 1);
    // "backed by the CIA, which said": the phrase before the comma, for a
    // verb of speech proper ("the Gramm-Rudman Act, which calls for" and
    // "Fox TV, which shows the series" are no one speaking).
    // (Verbs that also take an agent are speech proper when they reveal:
    // "Eircom, which recently revealed that".)
    // So are they before "that": "the Estonian intelligence service,
    // which estimated that".
    let reveals =
        matches!(w, "revealed" | "disclosed" | "detailed" | "documented") || cx.lw(i + 1) == "that";
    let spoken = cls & class::SPEECH != 0
        && cls & (class::WEAK | class::MEASURE) == 0
        && (cls & class::BY_AGENT == 0 || reveals);
    let comma_which = lj == "which" && spoken && j > r.start && cx.punct(j - 1, ",");
    let j = if (lj == "who" || comma_which) && j > r.start && cx.punct(j - 1, ",") {
        j - 2
    } else if relative {
        // "a U.N.-backed body which estimates damage at $90 billion".
        j - 1
    } else if matches!(lj, "but" | "and")
        && j > r.start
        && (cx.word(j - 1)
            || cx.punct(j - 1, ",") && (w.ends_with("ed") || matches!(w, "said" | "told"))
            // "refers to the ISI - the spy service - and says": a dash
            // closing an aside.
            || spoken && is_dash(doc.text(j - 1)))
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
            // "Another U.S. official, briefed on the intelligence, said":
            // what the speaker read speaks through them.
            let read = read_in_apposition(cx, np.t1, j, mem);
            return Some(std::iter::once(np).chain(read).collect());
        }
        inverted::speaker_after(cx, mem, found, i, j);
        return None;
    }
    // "Jones — a former CIA officer — said": an apposition between dashes
    // (the closing dash may be doubled, "--"). Not when a phrase after
    // "said" is its subject ("... – said the 22-year-old, who ...").
    let inverted = || {
        inverted::inverted(cx, i)
            || matches!(w, "said" | "says" | "added" | "adds")
                && cx.np_right(i + 1).is_some_and(|(_, b)| cx.punct(b, ","))
    };
    if is_dash(tjt) && !inverted() {
        let close = if j > r.start && is_dash(doc.text(j - 1)) {
            j - 1
        } else {
            j
        };
        if let Some(np) = apposition_subject(cx, close, mem) {
            let read = read_in_apposition(cx, np.t1, close, mem);
            return Some(std::iter::once(np).chain(read).collect());
        }
    }
    before_verb(cx, mem, i, j, relative, comma_which)
}

/// The subject before the verb, `j` being the token right before it:
/// past an acronym in brackets, a relative pronoun, "seen by X", "in a
/// report", a place or a topic.
fn before_verb(
    cx: &Ctx,
    mem: &mut Memory,
    i: usize,
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
    let (a0, b0) = (a, b);
    let (a, mut b) = relative_head(cx, a).unwrap_or((a, b));
    // "Officials who have seen the intelligence say": what they read
    // speaks through them, beside them.
    let read = (a, b) != (a0, b0) && read_intelligence(cx, b, a0);
    // "..., a charge Islamabad denies", "something Moscow denies": the
    // noun is the object of a clause without "that"; its name speaks.
    let a = object_before_name(cx, a, b).unwrap_or(a);
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
    // "A hacker arrested in Spain said": the phrase the participle
    // modifies speaks, if it names someone.
    let head = participle_head(cx, i, a).and_then(|(h0, h1)| {
        let nps = cx.classify_coordinated(h0, h1, mem);
        if nps.is_empty() {
            unlisted_person(cx, h0, h1).map(|np| vec![np])
        } else {
            Some(nps)
        }
    });
    if head.is_some() {
        return head;
    }
    let (a, b) = if a > r.start + 1
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
    } else if a > r.start + 1 && cx.lw(a - 1) == "in" && role_in_body(cx, a, b) {
        // "Officials in other U.S. intelligence agencies said": a role
        // in a body belongs to it, and the whole phrase is typed.
        cx.np_left(a - 1).map_or((a, b), |(a2, _)| (a2, b))
    } else if a > r.start + 1
        && matches!(cx.lw(a - 1), "in" | "across" | "throughout")
        && ((a..b).any(|k| {
            doc.mention(k).is_some_and(|m| m.kind == EntryKind::Place)
                || matches!(cx.lw(k), "countries" | "nations" | "states")
        }) || (a..b).all(|k| is_cap(doc.text(k)) && doc.mention(k).is_none())
            // "The Chinese embassy in Brussels": a capital that stands
            // for a body elsewhere is where the mission sits.
            || a > r.start + 2 && STATIONED.contains(&cx.lw(a - 2)))
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
    if read {
        nps.extend(
            cx.classify(a0, b0, mem)
                .filter(|np| np.kind == SourceKind::Intelligence),
        );
    }
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

/// Whether the relative clause between a subject ending at `b` and the
/// phrase at `a0` says the subject read that phrase: "who have seen",
/// "who reviewed", "who were briefed on" (then the phrase, if it is
/// intelligence, is a source too).
fn read_intelligence(cx: &Ctx, b: usize, a0: usize) -> bool {
    a0 > b && (b..a0).any(|k| reads(cx, k))
}

/// Whether the word at `k` says its subject read what follows: "seen",
/// "reviewed", "briefed on".
fn reads(cx: &Ctx, k: usize) -> bool {
    matches!(
        cx.lw(k),
        "seen" | "saw" | "reviewed" | "read" | "studied" | "examined" | "viewed"
    ) || cx.lw(k) == "briefed" && cx.lw(k + 1) == "on"
}

/// The intelligence a subject read, named in its apposition `t1..comma`
/// ("officials, briefed on the intelligence,", "a diplomat, who has seen
/// the CIA's assessment,").
fn read_in_apposition(cx: &Ctx, t1: usize, comma: usize, mem: &Memory) -> Option<Np> {
    let k = (t1..comma).find(|&k| reads(cx, k))?;
    let start = k + 1 + usize::from(cx.lw(k + 1) == "on");
    let (a, b) = cx.np_right(start)?;
    cx.classify(a, b.min(comma), mem)
        .filter(|np| np.kind == SourceKind::Intelligence)
}

/// Verbs of speech that are finite wherever they stand (not participles
/// or nouns too).
const FINITE_SPEECH: WordList = WordList::new(&[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "warned",
    "warns",
    "insisted",
    "insists",
    "argued",
    "argues",
    "stressed",
    "stresses",
    "explained",
    "explains",
    // Findings: "A U.S. intelligence assessment prepared for Congress
    // concluded" (not "estimates", "finds" or "notes": nouns too; not
    // "estimated", mostly a participle: "tonnes estimated for 1987").
    "concluded",
    "concludes",
    "found",
    "noted",
]);

/// The phrase a participle modifies, when the phrase found before a verb
/// at `a` is the object of the participle's preposition (up to three
/// prepositional phrases): "A hacker arrested in Spain on a U.S. warrant
/// said", "officials contacted by Reuters said", "a memo seen by Reuters
/// says". The phrase before the participle speaks. With "by", only
/// participles whose agent is no source (`not-agent` in `cues.tsv`: "a
/// report issued by the UN says" keeps the UN); with other prepositions,
/// any `-ed` form but those of speech and channels ("video posted on
/// social media showed", "a report published in the Lancet"), and only
/// before a verb that is no noun (`i`). Only a phrase that names a
/// source: the caller keeps what it found otherwise.
fn participle_head(cx: &Ctx, i: usize, mut a: usize) -> Option<(usize, usize)> {
    let r = cx.r.clone();
    let doc = cx.doc;
    // Past other prepositions, only a finite verb of speech ends the
    // phrase: "Bouteflika balked at the calls for change" has no
    // participle, nor "a quarter compared to the loss reported in"
    // ("a document seen by Reuters showed" needs no such verb).
    let finite = FINITE_SPEECH.contains(&cx.lw(i));
    for _ in 0..3 {
        if a < r.start + 3 {
            return None;
        }
        let p = a - 1;
        let by = cx.lw(p) == "by";
        if !(by || PREPOSITIONS.contains(&cx.lw(p)) || matches!(cx.lw(p), "near" | "over")) {
            return None;
        }
        let m = p - 1;
        let cls = doc.class(m);
        // "an official quoted by (in) the state news agency said": the
        // official speaks, and the outlet (found as the agent) carried it.
        let quoted = matches!(cx.lw(m), "quoted" | "cited") && (by || cx.lw(p) == "in");
        let participle = cx.word(m)
            && !is_cap(doc.text(m))
            && (quoted
                || if by {
                    cls & class::NOT_AGENT != 0
                } else {
                    finite
                        && (cx.lw(m).ends_with("ed") || cls & class::NOT_AGENT != 0)
                        && cls & (class::BY_AGENT | class::SPEECH) == 0
                });
        if participle {
            if m > r.start && matches!(cx.lw(m - 1), "who" | "which" | "that") {
                return None;
            }
            let (h0, h1) = cx.np_left(m)?;
            // "Residents in the Copperbelt contacted by telephone", "a
            // spokesman for the ministry reached by Reuters": the phrase
            // with its own prepositional phrase.
            if h0 > r.start + 1 && matches!(cx.lw(h0 - 1), "in" | "at" | "from" | "of" | "for") {
                if let Some((g0, _)) = cx.np_left(h0 - 1) {
                    return Some((g0, h1));
                }
            }
            return Some((h0, h1));
        }
        // Another prepositional phrase before this one ("arrested in
        // Spain on a warrant"), or none.
        a = cx.np_left(p)?.0;
    }
    None
}

/// Whether the phrase `a..b` after "in" is a body (its last word a listed
/// official body, service or state outlet, or a body noun after one: "in
/// other U.S. intelligence agencies", "in the Defence Ministry"; not "in
/// Kabul") and a role stands before "in" ("Officials", "analysts").
fn role_in_body(cx: &Ctx, a: usize, b: usize) -> bool {
    let doc = cx.doc;
    let body = |k: usize| {
        doc.mention(k).is_some_and(|m| {
            matches!(
                m.kind,
                EntryKind::Official | EntryKind::Intelligence | EntryKind::StateMedia
            )
        })
    };
    let body_noun = matches!(
        cx.lw(b - 1),
        "agency" | "agencies" | "ministry" | "ministries" | "service" | "services" | "department"
    );
    // The role opens the phrase: lower case, or first after punctuation.
    let role = is_role_head(doc.text(a - 2))
        && (!is_cap(doc.text(a - 2)) || a - 2 == cx.r.start || !cx.word(a - 3));
    // "Analysts in both countries": countries are places here.
    let places = matches!(
        cx.lw(b - 1),
        "countries" | "country" | "nations" | "nation" | "states" | "state"
    );
    !places && (body(b - 1) || body_noun && (a..b - 1).any(body)) && role
}

/// The name after an object noun that opens the phrase `a..b` ("a charge
/// Islamabad denies", "something Moscow denies", "claims Beijing
/// rejects"): where the subject starts, or `None`.
fn object_before_name(cx: &Ctx, a: usize, b: usize) -> Option<usize> {
    let k = if DETERMINERS.contains(&cx.lw(a)) {
        a + 1
    } else {
        a
    };
    let object = matches!(
        cx.lw(k),
        "something"
            | "charge"
            | "charges"
            | "claim"
            | "claims"
            | "allegation"
            | "allegations"
            | "accusation"
            | "accusations"
            | "assertion"
            | "suggestion"
            | "version"
            | "view"
            | "finding"
            | "findings"
            | "conclusion"
            | "figure"
            | "account"
            | "report"
            | "reports"
    );
    (object && k + 1 < b && cx.word(k + 1) && is_cap(cx.doc.text(k + 1))).then_some(k + 1)
}

/// A phrase no list holds that names someone: a determiner or a number,
/// then lower-case words or demonyms ("A Russian hacker", "two local
/// traders"): a speaker of unknown kind.
pub(super) fn unlisted_person(cx: &Ctx, a: usize, b: usize) -> Option<Np> {
    let doc = cx.doc;
    let opens = matches!(
        cx.lw(a),
        "a" | "an" | "the" | "one" | "another" | "two" | "three"
    ) || doc.toks[a].kind == Kind::Number;
    let words = (a + 1..b).all(|k| {
        cx.word(k)
            && (!is_cap(doc.text(k))
                || doc
                    .mention(k)
                    .is_some_and(|m| m.kind == EntryKind::Place && cx.demonym(m)))
    });
    let head = cx.lw(b - 1);
    (opens && b > a + 1 && words && !is_cap(doc.text(b - 1)) && head.len() > 2).then(|| Np {
        personal: true,
        plural: head.ends_with('s') && !head.ends_with("ss"),
        ..Np::new(SourceKind::Unknown, a, b)
    })
}
