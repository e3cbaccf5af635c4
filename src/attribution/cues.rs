//! Cues and their sources: the patterns that attribute a sentence's content
//! ("X said", "said X", "according to X", "citing X", "X told Y", "a report
//! issued by X", "X's estimate", "X: “...”", ", vowing ...") and the noun
//! phrase each cue points at, classified into a source kind.

use std::ops::Range;

use super::channels::{
    channel, channel_remembered, quoted_as_at, quoted_title, recent_channel, JOURNALISTS,
};
use super::memory::{Memory, Referent};
use super::mentions::{is_cap, is_role_head, Ctx, Np, BE, DETERMINERS};
use super::quotes::QuoteInfo;
use super::subjects::{antecedent_start, apposition_subject, appositive_end, relative_head};
use super::tokens::Kind;
use super::weak::{finder, finding_object, measures_figure, weak_has_content, AUXILIARIES};
use super::Doc;
use crate::annotation::SourceKind;
use crate::lexicon::{class, EntryKind, Lexicon};

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
    let fiction = r.clone().any(|i| doc.class(i) & class::FICTION != 0);
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
            possessive(&cx, mem, &mut found, i);
            continue;
        }
        // A plural's possessive before a document: "the agencies’
        // conclusion that".
        if plural_possessive(&cx, i) {
            plural_owner(&cx, mem, &mut found, i);
            continue;
        }
        if !cx.inside_quote[i - r.start] && matches!(doc.text(i), "-" | "–" | "—") {
            headline_dash(&cx, mem, &mut found, i);
            continue;
        }
        if cx.inside_quote[i - r.start] {
            if t.kind == Kind::Word && doc.class(i) & class::SPEECH != 0 {
                nested_speaker(&cx, mem, &mut found, i);
            }
            continue;
        }
        if t.kind != Kind::Word && doc.text(i) != ":" {
            continue;
        }
        if Doc::covered(&doc.no_content, t.start, t.end) {
            continue;
        }
        let w = cx.lw(i);
        let next = cx.lw(i + 1);
        let cls = doc.class(i);
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
            colon(&cx, mem, &mut found, i);
        } else if matches!(
            w,
            "concerned" | "worried" | "aware" | "confident" | "convinced" | "adamant"
        ) && next == "that"
            || matches!(w, "concerned" | "worried") && next == "about"
        {
            // "was worried about extending special powers": a worry with
            // its object is a stance too.
            stance_adjective(&cx, mem, &mut found, i);
        } else if cls & class::RUMOUR_NOUN != 0
            && next == "that"
            && !cx.inside_quote[i - r.start]
            // A clause, not a relative one: "intelligence that the plot
            // was imminent", not "reports that were published".
            && !AUXILIARIES.contains(&cx.lw(i + 2))
        {
            // "unconfirmed reports that 15 people were hurt": the reports
            // are the (vague) source of the clause.
            if let Some((a, b)) = cx.np_left(i + 1) {
                let cue = Cue::new(cx.bytes(i, i + 2), "noun-that", r.start..a, i + 2..r.end);
                add(&cx, mem, &mut found, (a, b), &cue);
            }
        } else if cls & class::DOCUMENT != 0
            && next == "that"
            && i > r.start
            && matches!(cx.lw(i - 1), "his" | "her" | "their" | "its")
            && !AUXILIARIES.contains(&cx.lw(i + 2))
        {
            // "Clinton has made no secret of her belief that ...": the
            // owner a possessive pronoun names holds the belief.
            possessive_pronoun(&cx, mem, &mut found, i);
        } else if cls & class::DOCUMENT != 0
            && (matches!(next, "from" | "by")
                || next == "of"
                    && ((i + 2..r.end.min(i + 10)).any(|k| cx.lw(k) == "that")
                        || opens_sentence_in(&cx, i)))
        {
            // "figures from X", "the view of British intelligence that ...".
            after_np(&cx, mem, &mut found, i, i + 2, "figures-from");
        } else {
            // A verb form inside a named source ("state media") is no verb,
            // except a one-word document noun used as a verb ("X reports").
            // So is a capitalised one inside a name that a verb of speech
            // follows: "The Jakarta Post reported".
            let in_name = doc.mention(i).is_some_and(|m| {
                m.t1 - m.t0 > 1 || !matches!(m.kind, EntryKind::Document | EntryKind::Unknown)
            }) || (i > r.start
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
            let nested = cls & class::WEAK != 0
                && !by_agent
                && found.iter().any(|f| !f.weak && f.cue.1 <= t.start);
            if !in_name && !nested && cls & (class::SPEECH | class::BY_AGENT | class::MEASURE) != 0
            {
                verb(&cx, mem, &mut found, i, cls);
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
    unsigned_statement(&cx, mem, &mut found);
    if found.is_empty() {
        document_frame(&cx, mem, &mut found);
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
        }
    }
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

/// A service or state outlet that speaks inside a quotation: "saying,
/// “The National Security Agency said it did not monitor the calls”". The
/// quoted speaker reports what the service said, so the service is a source
/// too. Only named services and state outlets count: "my father said" inside
/// a quote is the speaker's own story.
fn nested_speaker(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
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

/// What [`analyze`] finds in one sentence.
pub(crate) struct Analysis {
    /// The attributions that tag the sentence.
    pub found: Vec<Found>,
    /// Sources named by participle cues that gave way to another source
    /// ("..., expressing his “condolences”, state media reported"): they
    /// tag nothing but tell who speaks.
    pub hints: Vec<Found>,
}

/// "U.S. intelligence agencies’ conclusion that", "analysts' forecasts
/// of": the owner is the plural before the apostrophe, a listed source
/// noun, with its modifiers but no preposition ("ahead of analysts'
/// forecasts": the analysts).
fn plural_owner(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let listed = cx.doc.mention(i - 1).is_some_and(|m| {
        !matches!(
            m.kind,
            EntryKind::Place | EntryKind::None | EntryKind::Person
        )
    });
    let Some((a, b)) = cx.np_left(i).filter(|_| listed) else {
        return;
    };
    let a = (a..b)
        .rev()
        .find(|&k| {
            PREPOSITIONS.contains(&cx.lw(k))
                || matches!(
                    cx.lw(k),
                    "ahead" | "above" | "below" | "than" | "meet" | "end"
                )
                || cx.doc.toks[k].kind == Kind::Number
        })
        .map_or(a, |k| k + 1);
    if a < b {
        owner_of_document(cx, mem, found, (i, i + 1), (a, b));
    }
}

/// Whether token `i` is the apostrophe of a plural's possessive before a
/// document noun ("agencies’ conclusion"): right after a word in "s",
/// before a word.
fn plural_possessive(cx: &Ctx, i: usize) -> bool {
    let doc = cx.doc;
    let t = doc.toks[i];
    i > cx.r.start
        && i + 1 < cx.r.end
        && matches!(doc.text(i), "'" | "’")
        && doc.toks[i - 1].kind == Kind::Word
        && doc.toks[i - 1].end == t.start
        && doc.text(i - 1).ends_with('s')
        && doc.toks[i + 1].kind == Kind::Word
        && doc.toks[i + 1].start == t.end + 1
        && cx.cls(i + 1) & class::DOCUMENT != 0
}

/// "X's estimate", "the intelligence community's conclusion": the owner of
/// a document noun is a source.
/// Also past words that only modify nouns ("the embassy's annual report").
fn possessive(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    if i == cx.r.start {
        return;
    }
    let noun = (i + 1..(i + 4).min(cx.r.end))
        .take_while(|&k| k == i + 1 || cx.is_noun_modifier(k - 1))
        .find(|&k| cx.cls(k) & class::DOCUMENT != 0);
    let Some(noun) = noun else {
        return;
    };
    if let Some(np) = cx.np_left(i) {
        owner_of_document(cx, mem, found, (i, noun), np);
    }
}

/// "her belief that", "their conclusion that": the document noun at `i`
/// belongs to the source the possessive pronoun before it stands for.
fn possessive_pronoun(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let word = match cx.lw(i - 1) {
        "his" => "he",
        "her" => "she",
        "their" => "they",
        _ => "it",
    };
    // The sentence's own subject first ("Clinton has made no secret of her
    // belief"), else what the pronoun refers to.
    let subject = cx
        .main_subject(mem)
        .filter(|np| np.t1 < i - 1 && (np.personal || word == "it" || word == "they"));
    let np = match subject {
        Some(np) => np,
        None => {
            let Some(owner) = mem.pronoun(word, cx.doc.toks[i - 1].start) else {
                return;
            };
            Np {
                resolved: Some(owner.name.clone()),
                also_official: owner.also_official,
                personal: matches!(word, "he" | "she"),
                plural: word == "they",
                ..Np::new(owner.kind, i - 1, i)
            }
        }
    };
    let cue = Cue::new(
        cx.bytes(i, i + 2),
        "possessive",
        cx.r.start..np.t0,
        i + 2..cx.r.end,
    );
    push(cx, mem, found, np, &cue);
}

/// The owner `a..b` of the document after the possessive at `i` is the
/// source of what the document says.
fn owner_of_document(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    (i, noun): (usize, usize),
    (a, b): (usize, usize),
) {
    let cue = Cue::new(
        cx.bytes(i, noun + 1),
        "possessive",
        cx.r.start..a,
        noun + 1..cx.r.end,
    );
    add(cx, mem, found, (a, b), &cue);
}

/// "Qi Zhenhong, China's ambassador in Colombo, told ...": a name cited
/// with its office in its own phrase or apposition is that office's holder
/// for the rest of the article ("Qi urged ...").
fn remember_office_holder(cx: &Ctx, mem: &mut Memory, np: &Np) {
    if !matches!(np.kind, SourceKind::Official | SourceKind::Intelligence)
        || !np.personal
        || np.plural
        || np.resolved.is_some()
    {
        return;
    }
    // The office named in the phrase itself (its role or apposition), not
    // taken from an earlier guess.
    let office_named = (np.t0..appositive_end(cx, np.t1)).any(|k| {
        cx.doc
            .mention(k)
            .is_some_and(|m| matches!(m.kind, EntryKind::Official | EntryKind::Intelligence))
    });
    if !office_named {
        return;
    }
    // The name: the last run of capitalised words no list holds
    // ("Kuwait's Oil Minister, Sheikh Ali al-Khalifa al-Sabah": not "Oil").
    let name_word = |k: usize| {
        let t = cx.doc.text(k);
        cx.doc.toks[k].kind == Kind::Word
            && cx.doc.mention(k).is_none()
            && !DETERMINERS.contains(&cx.lw(k))
            && (is_cap(t) || t.contains('-') && super::names::is_particle(t))
    };
    let mut end = np.t1;
    while end > np.t0 && !name_word(end - 1) {
        end -= 1;
    }
    let mut start = end;
    while start > np.t0 && name_word(start - 1) {
        start -= 1;
    }
    if end >= start + 2 {
        let (a, _) = cx.bytes(start, start + 1);
        let (_, b) = cx.bytes(end - 1, end);
        mem.remember_name(&cx.doc.src[a..b], np.kind);
    }
}

/// Verbs of judgement whose passive names the judge with "by": "were
/// hailed as a success by KCNA", "was condemned by the UN". Not
/// "questioned", which is mostly "interrogated" in the passive.
const EVALUATIVE: &[&str] = &[
    "hailed",
    "praised",
    "criticised",
    "criticized",
    "condemned",
    "denounced",
    "decried",
    "described",
    "branded",
    "labelled",
    "labeled",
    "dismissed",
    "rejected",
    "slammed",
    "lambasted",
    "welcomed",
    "disputed",
    "accused",
];

/// "The strikes were hailed as a success by KCNA": the agent after "by",
/// in the same clause, judges the subject.
fn evaluative_passive(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let r = cx.r.clone();
    // Not the agent of another passive in between: "criticised for being
    // thrown into defensive mode by Mr Howard".
    let Some(by) = (i + 1..(i + 10).min(r.end))
        .take_while(|&k| {
            !cx.punct(k, ",")
                && !cx.punct(k, ".")
                && !cx.punct(k, ";")
                && !matches!(cx.lw(k), "being" | "been")
        })
        .find(|&k| cx.lw(k) == "by")
    else {
        return;
    };
    let Some((a, b)) = cx.np_right(by + 1) else {
        return;
    };
    if !cx.is_own(a, b) {
        let cue = Cue::new(cx.bytes(i, by + 1), "by-agent", r.start..by, b..r.end);
        add(cx, mem, found, (a, b), &cue);
    }
}

/// A cue whose source follows it: "according to X", "citing X".
fn after_np(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    i: usize,
    np_at: usize,
    rule: &'static str,
) {
    if np_at >= cx.r.end {
        return;
    }
    if let Some((a, b)) = cx.np_right(np_at) {
        let cue = Cue::new(cx.bytes(i, np_at), rule, cx.r.start..i, b..cx.r.end);
        add(cx, mem, found, (a, b), &cue);
    }
}

/// Classifies the noun phrase `a..b` (each part of a coordination "X and
/// Y" separately) and records it as the source of `cue`.
fn add(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    (a, b): (usize, usize),
    cue: &Cue,
) -> bool {
    let mut any = false;
    for np in cx.classify_coordinated(a, b, mem) {
        push(cx, mem, found, np, cue);
        any = true;
    }
    any
}

fn push(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, np: Np, cue: &Cue) {
    // "a statement issued on Friday by the interior ministry": a document
    // speaks for its author.
    let mut np = if np.kind == SourceKind::Document {
        cx.document_author(&np, mem).unwrap_or(np)
    } else {
        np
    };
    // A name with a stock ticker after it is a listed company ("Swissair
    // <SWSZ.Z> said"), and so is a wire's name in brackets ("<E-tron>
    // said").
    let bracketed = |t1| np.t0 > cx.r.start && cx.doc.text(np.t0 - 1) == "<" && t1 == ">";
    if cx.r.contains(&np.t1)
        && (cx.doc.text(np.t1) == "<" || bracketed(cx.doc.text(np.t1)))
        && matches!(
            np.kind,
            SourceKind::Person | SourceKind::Unknown | SourceKind::Document
        )
    {
        np.kind = SourceKind::Organization;
        np.personal = false;
    }
    // The article's own correspondents: the article's voice. (The outlet's
    // own earlier reporting, "Reuters reported last week", still counts.)
    if cx.is_own(np.t0, np.t1) && cx.own_correspondent(np.t0, np.t1) {
        return;
    }
    let ranges = cx.content_ranges(&np, cue);
    // A ruling, an identification or a link states no count of its source
    // ("police identified him as the gunman who killed 50 people").
    let verdict = matches!(
        cx.lw_at_byte(cue.span.0),
        "ruled" | "rules" | "rule" | "identified" | "identifies" | "identify" | "linked" | "links"
    );
    let figure = !verdict && cx.figure_in(&ranges);
    let content = match (ranges.first(), ranges.last()) {
        (Some(a), Some(b)) if a.start < b.end => {
            let (cs, _) = cx.bytes(a.start, a.start + 1);
            let (_, ce) = cx.bytes(b.end - 1, b.end);
            Some((cs, ce))
        }
        _ => None,
    };
    let (s, e) = cx.bytes(np.t0, np.t1);
    let referent = cx.referent(&np);
    if np.names_title {
        mem.remember_name(&referent.name, np.kind);
    } else {
        remember_office_holder(cx, mem, &np);
    }
    // An outlet that carried the words of a source found before it in the
    // sentence is a channel, not what a later "it" means.
    let channel = matches!(cue.rule, "according-to" | "channel")
        && matches!(np.kind, SourceKind::Media | SourceKind::StateMedia)
        && found.iter().any(|f| {
            !matches!(
                f.kind,
                SourceKind::Media | SourceKind::StateMedia | SourceKind::Person
            )
        });
    if channel {
        mem.cited_channel(referent.clone(), s);
    } else {
        mem.cited(referent.clone(), np.personal, np.plural, s);
        if np.personal && !np.plural {
            mem.person_sentence_end = cx.bytes(cx.r.end - 1, cx.r.end).1;
        }
    }
    mem.untitled = cx.unnamed_office(&np).then(|| referent.clone());
    if np.kind != SourceKind::Document {
        let author = referent;
        // "..., the broadcaster reported. According to the report, ...";
        // not "seizures reported by other countries", which writes no
        // report.
        if cx.lw_at_byte(cue.span.0).starts_with("report") && cue.rule != "by-agent" {
            mem.authored(s, "report", author.clone());
        }
        // "X said in a statement": later "the statement" is X's.
        for k in cx.r.clone() {
            if let Some(m) = cx.doc.mention(k).filter(|m| m.t0 == k) {
                let noun = &cx.doc.src[m.start..m.end];
                let written = matches!(
                    noun,
                    "statement"
                        | "letter"
                        | "memo"
                        | "report"
                        | "communique"
                        | "communiqué"
                        | "assessment"
                        | "study"
                        | "survey"
                        | "review"
                        | "filing"
                        | "release"
                );
                // "The report, which quoted sources, said": the document
                // before a quoting cue is the quoter's, not the quoted's.
                let quoter = cue.rule == "quoted-as" && m.start < cue.span.0;
                if written && (m.t0 < np.t0 || m.t0 >= np.t1) && !quoter {
                    mem.authored(m.start, noun, author.clone());
                }
            }
        }
    }
    found.push(Found {
        kind: np.kind,
        source: (s, e),
        cue: cue.span,
        rule: cue.rule,
        figure,
        also_official: np.also_official,
        resolved: np.resolved,
        inherited: false,
        weak: cue.weak,
        content,
    });
}

/// "X: “...”" and headlines "...: Iraqi FM".
fn colon(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let r = &cx.r;
    let opens_quote = cx.r.contains(&(i + 1)) && cx.doc.toks[i + 1].kind == Kind::OpenQuote;
    if opens_quote && i > r.start {
        if cx.doc.class(i - 1) & class::SPEECH != 0 {
            return; // "said:" is the verb's
        }
        // "the attorney general responded: “...”": the verb's subject.
        let end = if cx.doc.class(i - 1) & class::WEAK != 0 && i - 1 > r.start {
            match cx.skip_between_left(i - 2) {
                Some(j) => j + 1,
                None => return,
            }
        } else {
            i
        };
        if let Some((a, b)) = cx.np_left(end) {
            let cue = Cue::new(cx.bytes(i, i + 1), "colon-quote", r.start..a, i + 1..r.end);
            add(cx, mem, found, (a, b), &cue);
        }
        return;
    }
    // A headline ending in ": Source"; not a picture's credit ("Image:
    // DOJ", "Photo: Reuters").
    let last = cx.doc.text(r.end - 1);
    let credit = i == r.start + 1
        && matches!(
            cx.lw(r.start),
            "image"
                | "photo"
                | "photograph"
                | "picture"
                | "credit"
                | "illustration"
                | "graphic"
                | "video"
                | "file"
        );
    if !credit && !matches!(last, "." | "!" | "?") && i + 1 < r.end {
        if let Some((a, b)) = cx.np_right(i + 1) {
            if b == r.end {
                let cue = Cue::new(cx.bytes(i, i + 1), "headline-colon", r.start..i, b..b);
                add(cx, mem, found, (a, b), &cue);
            }
        }
    }
}

/// Prepositions: a phrase right after one is their object, no subject.
pub(super) const PREPOSITIONS: &[&str] = &[
    "to", "for", "of", "in", "on", "at", "by", "with", "from", "into",
];

/// Prepositions whose object is what a document is about, not who speaks
/// ("on" and "over" also name channels: "a statement read over state TV").
const TOPIC_PREPOSITIONS: &[&str] = &["into", "about", "concerning", "regarding"];

/// A reporting verb at `i`: find its subject (before it, after it, or the
/// sentence's main subject for a participle) and record it.
fn verb(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize, cls: u32) {
    let doc = cx.doc;
    let r = cx.r.clone();
    let w = cx.lw(i);
    let prev = if i > r.start { cx.lw(i - 1) } else { "" };
    // "Senators put off the vote": a phrasal verb, not a figure put at a
    // number.
    if w.starts_with("put")
        && matches!(
            cx.lw(i + 1),
            "off" | "on" | "up" | "out" | "down" | "in" | "forward" | "together" | "aside" | "back"
        )
    {
        return;
    }
    // "who now hosts a radio show": a show of radio or television is a
    // noun, not a verb.
    if matches!(w, "show" | "shows")
        && matches!(
            prev,
            "radio"
                | "tv"
                | "television"
                | "talk"
                | "chat"
                | "game"
                | "quiz"
                | "news"
                | "breakfast"
                | "morning"
                | "cookery"
                | "road"
                | "trade"
                | "fashion"
                | "air"
        )
    {
        return;
    }
    // "footage aired by state television", "figures provided anonymously
    // by officials", "a report issued by the UN".
    // A speech act denied or withheld carries no content: "did not say",
    // "would not confirm", "declined comment".
    let mut k = i;
    while k > r.start && matches!(cx.lw(k - 1), "immediately" | "publicly" | "yet" | "to") {
        k -= 1;
    }
    if k > r.start
        && matches!(
            cx.lw(k - 1),
            "not" | "n't" | "never" | "declined" | "refused" | "without"
        )
    {
        return;
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
        );
    if BE.contains(&prev) && EVALUATIVE.contains(&w) {
        evaluative_passive(cx, mem, found, i);
        return;
    }
    // "The minister was quoted by the agency as saying": the minister
    // speaks, the agency is the channel (below).
    let quoted_as = (BE.contains(&prev) && matches!(w, "quoted" | "cited" | "paraphrased"))
        .then(|| quoted_as_at(cx, i))
        .flatten();
    let quoted_passive = quoted_as.is_some();
    if cls & class::BY_AGENT != 0 && !main_passive && !quoted_passive {
        let by = if cx.lw(i + 1) == "by" {
            Some(i + 1)
        } else if cx.lw(i + 1).ends_with("ly") && cx.lw(i + 2) == "by" {
            Some(i + 2)
        } else {
            None
        };
        if let Some(by) = by {
            if let Some((a, b)) = cx.np_right(by + 1) {
                // "was briefed by intelligence officers before the summit":
                // being told is an act unless what was told follows.
                let told = matches!(w, "told" | "informed" | "briefed");
                let content = (b..(b + 3).min(r.end)).any(|k| {
                    matches!(cx.lw(k), "that" | ":") || doc.toks[k].kind == Kind::OpenQuote
                });
                if told && !content {
                    return;
                }
                let outlet = || {
                    cx.classify(a, b, mem).is_some_and(|np| {
                        matches!(np.kind, SourceKind::Media | SourceKind::StateMedia)
                    })
                };
                if channel_passive && !outlet() {
                    return;
                }
                if !cx.is_own(a, b) {
                    let cue = Cue::new(cx.bytes(i, by + 1), "by-agent", r.start..i, b..r.end);
                    add(cx, mem, found, (a, b), &cue);
                }
            }
            return;
        }
    }
    if cls & (class::SPEECH | class::MEASURE) == 0 {
        return;
    }
    // "the victims hail from Fouka": where they come from.
    if w.starts_with("hail") && cx.lw(i + 1) == "from" {
        return;
    }
    // "The DOJ charges announced today also came as ...": a participle
    // after its noun, the sentence's verb still to come.
    if w.ends_with("ed") {
        let mut k = i + 1;
        while r.contains(&k) && matches!(cx.lw(k), "today" | "yesterday" | "earlier" | "recently") {
            k += 1;
        }
        if k > i + 1 && r.contains(&k) && (AUXILIARIES.contains(&cx.lw(k)) || cx.lw(k) == "also") {
            return;
        }
    }
    // "the man said to be behind the attack": a hedge, no one speaking.
    if w == "said" && cx.lw(i + 1) == "to" && matches!(cx.lw(i + 2), "be" | "have") {
        return;
    }
    // "Russian state hackers", "member states": "state" is a verb only
    // before what it states.
    if matches!(w, "state" | "states")
        && !(matches!(cx.lw(i + 1), "that" | ":" | "in")
            || cx.r.contains(&(i + 1)) && doc.toks[i + 1].kind == Kind::OpenQuote)
    {
        return;
    }
    if cls & class::MEASURE != 0 && !measures_figure(cx, i) {
        return;
    }
    // "X quoted Y as saying": Y is the speaker (X is found as the subject);
    // "the report, which quoted unidentified sources from Tencent, said":
    // the sources quoted are sources too.
    if matches!(w, "quoted" | "cited" | "paraphrased" | "quotes" | "cites") && !BE.contains(&prev) {
        if let Some((a, b)) = cx.np_right(i + 1) {
            // "quoted Mr Clarke telling activists", and in a relative clause
            // "the report, which quoted unidentified sources, said": whom
            // a report or an outlet quotes speaks too. ("cited X" alone
            // gives a reason: "S and P cited the bank's decision".)
            let saying = matches!(cx.lw(b), "saying" | "telling");
            let relative = w == "quoted"
                && i > r.start
                && matches!(prev, "which" | "who" | "that")
                && (b >= r.end || cx.punct(b, ","));
            let quoted_source = || {
                cx.classify(a, b, mem)
                    .is_some_and(|np| !matches!(np.kind, SourceKind::Document))
            };
            if cx.lw(b) == "as" || (saying || relative) && quoted_source() {
                let cue = Cue::new(cx.bytes(i, i + 1), "quoted-as", r.start..i, b..r.end);
                add(cx, mem, found, (a, b), &cue);
            }
        }
    }
    if BE.contains(&prev) {
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
                if let Some(by) =
                    (i + 1..(i + 5).max(as_at + 4).min(r.end)).find(|&k| cx.lw(k) == "by")
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
        return; // a passive without an agent: "is believed", "was said to"
    }
    if DETERMINERS.contains(&prev) {
        return; // a noun: "the report", "his claims"
    }
    // "The company's annual report", "its latest estimates": a word that
    // only modifies nouns between a determiner or an owner and a document
    // noun makes it a noun ("The daily said" keeps its verb).
    // "deny the Yonhap forecast, saying ...": a document noun after a
    // name and its article, in the object's place and with a comma after
    // it, is a noun ("The IMF forecast growth of 3 pct", "..., the IMF
    // forecast." keep their verb).
    if i >= r.start + 2
        && cls & class::DOCUMENT != 0
        && is_cap(doc.text(i - 1))
        && DETERMINERS.contains(&cx.lw(i - 2))
        && i >= r.start + 3
        && doc.toks[i - 3].kind == Kind::Word
        && i + 1 < r.end
        && matches!(doc.text(i + 1), "," | ";")
    {
        return;
    }
    if i >= r.start + 2
        && cls & class::DOCUMENT != 0
        && cx.is_noun_modifier(i - 1)
        && (DETERMINERS.contains(&cx.lw(i - 2)) || cx.doc.toks[i - 2].kind == Kind::Possessive)
    {
        return;
    }
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
        participle_cue(cx, mem, found, i, j);
        return;
    }
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
    let spoken =
        cls & class::SPEECH != 0 && cls & (class::WEAK | class::MEASURE | class::BY_AGENT) == 0;
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
        return;
    } else {
        j
    };
    if j < r.start || j >= r.end {
        return;
    }
    let tj = doc.toks[j];
    let tjt = doc.text(j);
    let cue = Cue::new(
        cx.bytes(i, i + 1),
        "speaker-verb",
        r.start..r.start,
        i + 1..r.end,
    );
    let mut nps: Vec<Np> = Vec::new();
    if tj.is_quote() || tjt == "," {
        // An apposition between subject and verb: "Shaheen, a member of
        // ..., said".
        // "Security, stability and prosperity would be the themes, said Mr
        // Straw.": a name after the verb that ends the clause is the
        // speaker, whatever stands before the first comma.
        let inverted = matches!(w, "said" | "says" | "added" | "adds")
            && cx.np_right(i + 1).is_some_and(|(a, b)| {
                let named = (a..b).all(|k| {
                    is_cap(doc.text(k))
                        || doc.mention(k).is_some()
                        || DETERMINERS.contains(&cx.lw(k))
                });
                // The name ends the sentence, or an apposition after it does.
                let ends = b >= r.end
                    || (b + 1 == r.end && cx.punct(b, "."))
                    || cx.punct(b, ",")
                        && (b + 1..r.end)
                            .all(|k| doc.class(k) & class::SPEECH == 0 && cx.lw(k) != "that");
                named && ends
            });
        if let Some(np) = (tjt == "," && !inverted)
            .then(|| apposition_subject(cx, j, mem))
            .flatten()
        {
            nps.push(np);
        } else {
            // Inverted: "“...,” said Kim" / "..., said the ministry"; after
            // a quotation any speech verb ("“...,” admits Boulton").
            let after_quote =
                tj.is_quote() || (tjt == "," && j > r.start && doc.toks[j - 1].is_quote());
            // "..., reports Brian Krebs" but not "On Saturday, reports from
            // the region said": the present forms are nouns too, so a name
            // or a determiner must follow.
            let present = PRESENT_INVERTING.contains(&w);
            let named_next = r.contains(&(i + 1))
                && (is_cap(doc.text(i + 1)) || DETERMINERS.contains(&cx.lw(i + 1)));
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
            return;
        }
    } else {
        let np_end = if tjt == ")" {
            // "the Federal Security Service (FSB) said": skip the acronym.
            (r.start..j)
                .rev()
                .find(|&k| doc.text(k) == "(")
                .unwrap_or(j + 1)
        } else if tj.kind == Kind::Punct && !matches!(tjt, "." | ">") {
            // (">" closes a wire's ticker or bracketed name, see `np_left`.)
            return;
        } else {
            j + 1
        };
        let Some((a, b)) = cx.np_left(np_end) else {
            return;
        };
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
            return;
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
    }
    if finding {
        nps.retain(|np| finder(cx, np));
    }
    if cls & class::CONTENT_ONLY != 0 {
        // "figures show", "state TV aired": a document, an outlet or a body,
        // never an event or a person ("the event showed Kim ..."); "show"
        // needs a document ("UN figures show", not "talk show").
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
        // "put imports at about 10 mln tonnes": anyone may put a figure.
        let puts_at =
            w.starts_with("put") && (i + 2..(i + 10).min(r.end)).any(|k| cx.lw(k) == "at");
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
            ) && (!np.personal || puts_at)
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
    if nps.is_empty() {
        return;
    }
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

/// Verbs that may stand before their subject: "“...,” said Kim".
const INVERTING: &[&str] = &[
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
];

/// The present of a story's narration ("..., writes Brian Krebs"): also
/// inverting, but most are nouns too ("reports", "notes").
const PRESENT_INVERTING: &[&str] = &[
    "writes", "reports", "adds", "notes", "explains", "warns", "insists", "argues", "recalls",
];

/// A participle cue at `i` (`j` is the token before it, past adverbs):
/// ", vowing ..." takes the main clause's subject; "with officials saying"
/// takes the phrase after "with".
fn participle_cue(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize, j: usize) {
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

/// "The decree was announced in a statement carried by the state news
/// agency": a statement no one in the sentence signs that a state outlet
/// carries is the state's (a commentary is the outlet's own). So are
/// figures a state outlet carries: "Figures in the party newspaper Pravda
/// show", "Statistics published by KCNA show" are official figures.
fn unsigned_statement(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>) {
    if found.is_empty() || found.iter().any(|f| f.kind != SourceKind::StateMedia) {
        return;
    }
    let r = &cx.r;
    let figures = |k: usize| matches!(cx.lw(k), "figures" | "data" | "statistics");
    // "a statement carried by" / "statistics published by": the noun
    // before the participle.
    let carried = found.iter().filter(|f| f.rule == "by-agent").find_map(|f| {
        let i = cx.doc.token_from(f.cue.0);
        let statement = i >= r.start + 2
            && matches!(cx.lw(i - 2), "a" | "an")
            && matches!(
                cx.lw(i - 1),
                "statement" | "communique" | "communiqué" | "decree"
            );
        let noun = if statement {
            Some((i - 2, i))
        } else if i > r.start && figures(i - 1) {
            Some((i - 1, i))
        } else {
            None
        };
        noun.map(|(n0, n1)| (n0, n1, f.cue))
    });
    // "Figures in the party newspaper Pravda show": the noun before "in"
    // and the outlet, the outlet being the verb's subject.
    let inside = || {
        found
            .iter()
            .filter(|f| f.rule == "speaker-verb")
            .find_map(|f| {
                let i = cx.doc.token_from(f.source.0);
                (i >= r.start + 2 && cx.lw(i - 1) == "in" && figures(i - 2)).then_some((
                    i - 2,
                    i - 1,
                    f.cue,
                ))
            })
    };
    let Some((n0, n1, span)) = carried.or_else(inside) else {
        return;
    };
    let np = Np::new(SourceKind::Official, n0, n1);
    let cue = Cue::new(span, "by-agent", r.start..n0, n1..r.end);
    push(cx, mem, found, np, &cue);
}

/// "In a letter to the court, Senators Reed and Hill listed the documents":
/// a sentence framed by the document its subject wrote speaks for the
/// subject, whatever its verb ("listed", "set out", "called for"); the
/// document is the subject's for a later "the letter said".
fn document_frame(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>) {
    let r = &cx.r;
    let mut k = r.start;
    // An opening adverb or dateline-free "But"/"And".
    if matches!(cx.lw(k), "but" | "and" | "also" | "separately") {
        k += 1;
    }
    let framed = cx.lw(k) == "in"
        && matches!(
            cx.lw(k + 1),
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "one"
        );
    if !framed {
        return;
    }
    // The document noun: within a few words ("In a joint statement", "In
    // a two-page letter").
    let Some(noun) = (k + 2..(k + 5).min(r.end))
        .take_while(|&j| cx.word(j))
        .find(|&j| FRAME_NOUNS.contains(&cx.lw(j)))
    else {
        return;
    };
    // The frame ends at the first comma; its object may have an
    // apposition ("to Kushner's attorney, Abbe Lowell,").
    let Some(first_comma) = (noun + 1..r.end).find(|&j| cx.punct(j, ",")) else {
        return;
    };
    // The verb: the first word after the frame that reads as a finite verb
    // (a reporting verb, or a past form) with no determiner before it.
    let Some(verb_at) = (first_comma + 2..r.end)
        .take_while(|&j| !cx.inside_quote[j - r.start])
        .find(|&j| frame_verb(cx, j))
    else {
        return;
    };
    // Its subject: the words before it after the last comma ("Senators A
    // and B listed"), or, when a comma stands right before it, the phrase
    // before the apposition that comma closes ("Senators A and B, the
    // committee's leaders, listed").
    let commas: Vec<usize> = (first_comma..verb_at)
        .filter(|&j| cx.punct(j, ","))
        .collect();
    let last = *commas.last().unwrap_or(&first_comma);
    let (a, b) = if last + 1 < verb_at {
        (last + 1, verb_at)
    } else if commas.len() >= 3 {
        (commas[commas.len() - 3] + 1, commas[commas.len() - 2])
    } else if commas.len() == 2 {
        (commas[0] + 1, commas[1])
    } else {
        return;
    };
    if a >= b || b - a > 12 || !(is_cap(cx.doc.text(a)) || DETERMINERS.contains(&cx.lw(a))) {
        return;
    }
    // The subject is a noun phrase: names, titles, roles and the words
    // that join them; a lower-case word of another kind means the verb
    // was misread ("the OECD cut its growth predictions ... industrialised").
    let phrase_word = |j: usize| {
        let w = cx.lw(j);
        cx.doc.mention(j).is_some()
            || is_cap(cx.doc.text(j))
            || is_role_head(cx.doc.text(j))
            || !cx.word(j)
            || DETERMINERS.contains(&w)
            || matches!(
                w,
                "of" | "and" | "for" | "at" | "former" | "top" | "chief" | "senior"
            )
    };
    if !(a..b).all(phrase_word) {
        return;
    }
    let cue = Cue::new(
        cx.bytes(k, noun + 1),
        "document-frame",
        r.start..k,
        verb_at..r.end,
    );
    let before = found.len();
    add(cx, mem, found, (a, b), &cue);
    // Only a source that can write counts ("In a statement, it said" is
    // found by its verb; a place or an event here is no author).
    found.truncate(
        before
            + found[before..]
                .iter()
                .take_while(|f| !matches!(f.kind, SourceKind::Document))
                .count(),
    );
    if let Some(f) = found[before..].first() {
        let author = Referent {
            kind: f.kind,
            name: f
                .resolved
                .clone()
                .unwrap_or_else(|| cx.doc.src[f.source.0..f.source.1].to_string()),
            also_official: f.also_official,
        };
        let (s, e) = cx.bytes(noun, noun + 1);
        mem.authored(s, &cx.doc.src[s..e], author);
    }
}

/// Documents that frame a sentence's content ("In a letter to ...").
pub(super) const FRAME_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "memo",
    "memorandum",
    "filing",
    "report",
    "post",
    "tweet",
    "message",
    "email",
    "note",
    "submission",
    "complaint",
    "affidavit",
    "declaration",
    "communique",
    "communiqué",
    "op-ed",
    "column",
    "editorial",
    "essay",
    "speech",
    "address",
    "testimony",
];

/// Whether the word at `j` reads as a finite verb after a subject: a
/// reporting verb, or a lower-case past form ("listed", "set out") with
/// no determiner or possessive before it ("a retired general" is none).
fn frame_verb(cx: &Ctx, j: usize) -> bool {
    let w = cx.lw(j);
    let text = cx.doc.text(j);
    if !cx.word(j) || !text.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let prev = cx.lw(j - 1);
    if DETERMINERS.contains(&prev) || cx.doc.toks[j - 1].kind == Kind::Possessive {
        return false;
    }
    let past = w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed");
    cx.doc.class(j) & class::SPEECH != 0
        || past
        || matches!(
            w,
            "set" | "laid" | "wrote" | "gave" | "made" | "sent" | "sought" | "spelt"
        )
}

/// "Border police are concerned that ...": a stance adjective with a
/// content clause reports its subject's view.
fn stance_adjective(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let r = &cx.r;
    let Some(be) = (i > r.start).then(|| cx.skip_between_left(i - 1)).flatten() else {
        return;
    };
    if !BE.contains(&cx.lw(be)) || be == r.start {
        return;
    }
    let Some(j) = cx.skip_between_left(be - 1) else {
        return;
    };
    if let Some((a, b)) = cx.np_left(j + 1) {
        let cue = Cue::new(cx.bytes(i, i + 2), "stance", r.start..a, i + 2..r.end);
        add(cx, mem, found, (a, b), &cue);
    }
}

/// A wire headline ending in "- source": "Bus plunges into ravine, killing
/// 23 - police".
fn headline_dash(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let r = &cx.r;
    let last = cx.doc.text(r.end - 1);
    if matches!(last, "." | "!" | "?") || i == r.start || i + 1 >= r.end {
        return;
    }
    // Inside a word ("Russia-Ukraine") a hyphen is no dash; a space before
    // it is enough ("Leader visits factory -KCNA"), and two hyphens are one
    // dash ("... -- KCNA").
    let t = cx.doc.toks[i];
    if !cx.doc.src[..t.start].ends_with(' ') {
        return;
    }
    let double = i + 2 < r.end && cx.doc.text(i + 1) == "-" && cx.doc.toks[i + 1].start == t.end;
    let next = if double { i + 2 } else { i + 1 };
    if let Some((a, b)) = cx.np_right(next) {
        let listed = (a..b).any(|k| cx.doc.mention(k).is_some());
        if b == r.end && listed && b - a <= 4 {
            let cue = Cue::new(cx.bytes(i, next), "headline-dash", r.start..i, b..b);
            add(cx, mem, found, (a, b), &cue);
        }
    }
}
