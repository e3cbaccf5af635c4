//! What every cue ends in: its source phrase classified (each part of a
//! coordination apart), the attributed content and its figure test, and
//! what the article memory learns from the attribution.

use super::{Cue, Found};
use crate::annotation::SourceKind;
use crate::attribution::memory::{Memory, Referent, WRITTEN_NOUNS};
use crate::attribution::mentions::{is_cap, is_role_head, Ctx, Np, DETERMINERS};
use crate::attribution::subjects::appositive_end;
use crate::attribution::tokens::Kind;
use crate::attribution::word_list::WordList;
use crate::lexicon::EntryKind;

/// Verbs of judgement: what their subject judged is a later "the
/// assessment", "the conclusion" or "the findings".
const JUDGING: WordList = WordList::new(&[
    "concluded",
    "concludes",
    "conclude",
    "assessed",
    "assesses",
    "assess",
    "judged",
    "judges",
    "found",
    "finds",
    "determined",
]);

/// A cue whose source follows it: "according to X", "citing X".
pub(super) fn after_np(
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
pub(super) fn add(
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

/// Records `np` as the source of `cue`: its content span and figure test,
/// and what the article memory learns (who was cited, who holds an office,
/// who wrote the documents the sentence names).
pub(super) fn push(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, np: Np, cue: &Cue) {
    if bound_pronoun(cx, found, &np) {
        return;
    }
    // "a statement issued on Friday by the interior ministry": a document
    // speaks for its author, also when the article named an earlier
    // author for a document like it ("The assessment, drawn up by X,
    // says": X, whoever "the assessment" recalls).
    let document = np.kind == SourceKind::Document
        || np.resolved.is_some()
            && np.t1 > np.t0
            && cx
                .doc
                .mention(np.t1 - 1)
                .is_some_and(|m| m.kind == EntryKind::Document);
    let mut np = if document {
        let mut authors = cx.document_authors(&np, mem).into_iter();
        match authors.next() {
            Some(first) => {
                // The other authors of a list, each a source of the cue.
                for other in authors {
                    push(cx, mem, found, other, cue);
                }
                first
            }
            None => np,
        }
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
    // An author named after the document ("according to the order,
    // signed by five ministers"): what follows the cue starts after them.
    let moved;
    let cue = if np.t0 > cue.after.start && np.t0 < cue.after.end {
        let end = cue.after.end;
        let start = np.t1.min(end);
        let words = (start..end).any(|k| cx.word(k) || cx.doc.toks[k].kind == Kind::Number);
        moved = Cue {
            after: if words { start..end } else { end..end },
            ..cue.clone()
        };
        &moved
    } else {
        cue
    };
    let ranges = cx.content_ranges(&np, cue);
    // A ruling, an identification or a link states no count of its source
    // ("police identified him as the gunman who killed 50 people").
    let verdict = matches!(
        cx.lw_at_byte(cue.span.0),
        "ruled" | "rules" | "rule" | "identified" | "identifies" | "identify" | "linked" | "links"
    );
    let figure = !verdict && (cx.figure_in(&ranges) || cx.share_of_respondents(&np));
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
    // sentence ("according to", "in an interview with", "a statement
    // carried by") is a channel, not what a later "it" means.
    let carried = cue.rule == "by-agent"
        && matches!(
            cx.lw_at_byte(cue.span.0),
            "carried" | "published" | "broadcast" | "aired" | "relayed"
        );
    let channel = (carried || matches!(cue.rule, "according-to" | "channel"))
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
        // "Its director, Erik Akerboom, said": a later "he" is that
        // director, by name too (after a title: "Alan Moore, Lloyds
        // Treasurer," is no title and a name).
        let titled = is_role_head(cx.doc.text(np.t1 - 1));
        let cited = match cx.trailing_name_end(&np) {
            Some(b) if np.personal && titled && np.resolved.is_none() => {
                let (_, ne) = cx.bytes(b - 1, b);
                Referent {
                    name: cx.doc.src[s..ne].to_string(),
                    ..referent.clone()
                }
            }
            _ => referent.clone(),
        };
        // "Reuters said", "The Associated Press reported": a wire service
        // that heads the phrase (not "a circular released to Reuters").
        let wire = np.kind == SourceKind::Media
            && np.t1 > np.t0
            && (np.t0..np.t1).all(|k| cx.doc.toks[k].kind != Kind::Punct)
            && cx
                .doc
                .mention(np.t1 - 1)
                .is_some_and(|m| m.t1 == np.t1 && cx.lx.entry(m.entry).news_agency);
        if wire {
            mem.cited_news_agency(cited.clone(), s);
        }
        mem.cited(cited, np.personal, np.plural, s);
        if np.personal && !np.plural {
            mem.person_sentence_end = cx.bytes(cx.r.end - 1, cx.r.end).1;
        }
    }
    mem.untitled = cx.unnamed_office(&np).then(|| referent.clone());
    // A channel wrote none of the documents the sentence names ("a
    // statement carried by IRNA" is the ministry's).
    if np.kind != SourceKind::Document && !channel {
        let author = referent;
        // "..., the broadcaster reported. According to the report, ...";
        // not "seizures reported by other countries", which writes no
        // report.
        if cx.lw_at_byte(cue.span.0).starts_with("report") && cue.rule != "by-agent" {
            mem.authored(s, "report", author.clone());
        }
        // "U.S. agencies have concluded that ... The assessment, shared
        // with lawmakers, found ...": the judgement is theirs.
        // So is an intelligence service's belief: "Western intelligence
        // officials believe ... The assessment says ...".
        let verb = cx.lw_at_byte(cue.span.0);
        if JUDGING.contains(&verb)
            || author.kind == SourceKind::Intelligence
                && matches!(verb, "believe" | "believes" | "believed")
        {
            mem.judged(s, author.clone());
        }
        // "X said in a statement": later "the statement" is X's.
        for k in cx.r.clone() {
            if let Some(m) = cx.doc.mention(k).filter(|m| m.t0 == k) {
                let noun = &cx.doc.src[m.start..m.end];
                let written = WRITTEN_NOUNS.contains(&noun);
                // "The report, which quoted sources, said": the document
                // before a quoting cue is the quoter's, not the quoted's.
                let quoter = cue.rule == "quoted-as" && m.start < cue.span.0;
                if written && (m.t0 < np.t0 || m.t0 >= np.t1) && !quoter {
                    if spoken_in(cx, cue, m.t0) {
                        mem.spoke_in(m.start, noun, author.clone());
                    } else {
                        mem.authored(m.start, noun, author.clone());
                    }
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

/// Whether the document whose name starts at token `t` is the one the
/// cue's verb spoke in: "said in a report", "wrote in its annual review",
/// "warned in a new assessment" (the verb, "in", then only a determiner or
/// a possessive pronoun and words in lower case before the document).
fn spoken_in(cx: &Ctx, cue: &Cue, t: usize) -> bool {
    let verb = cx.doc.token_from(cue.span.0);
    let Some(within) = t.checked_sub(verb + 2) else {
        return false;
    };
    cx.lw(verb + 1) == "in"
        && within <= 3
        && matches!(
            cx.lw(verb + 2),
            "a" | "an" | "its" | "their" | "his" | "her" | "the"
        )
        && (verb + 3..t).all(|k| cx.word(k) && !is_cap(cx.doc.text(k)))
}

/// Whether `np` is a pronoun opening the content of a source found before
/// it in the sentence, and so that source again: "Facebook said it
/// believed ...", "The minister said he believes ...", "Officials said
/// that they believed ..." (whoever the article named last). Not a
/// pronoun of another person or number: "He said she believed ...",
/// "Smith said they believed ...".
fn bound_pronoun(cx: &Ctx, found: &[Found], np: &Np) -> bool {
    if np.t1 != np.t0 + 1 {
        return false;
    }
    let pronoun = cx.lw(np.t0);
    if !matches!(pronoun, "he" | "she" | "it" | "they") {
        return false;
    }
    let (s, _) = cx.bytes(np.t0, np.t1);
    let src = cx.doc.src;
    found.iter().any(|f| {
        let Some((cs, _)) = f.content else {
            return false;
        };
        let gap = src.get(cs.min(s)..s).unwrap_or("x").trim();
        let opens = cs <= s && (gap.is_empty() || gap.eq_ignore_ascii_case("that"));
        let speaker = src[f.source.0..f.source.1].to_ascii_lowercase();
        let first = speaker.split_whitespace().next().unwrap_or_default();
        let fits = match pronoun {
            "he" => first != "she" && person_like(f, &speaker),
            "she" => first != "he" && person_like(f, &speaker),
            "it" => !matches!(first, "he" | "she" | "they"),
            _ => !matches!(first, "he" | "she" | "it") && !person_like(f, &speaker),
        };
        opens && f.cue.1 <= s && fits
    })
}

/// Whether a found source can be one person, by its kind and its phrase's
/// last word: "Smith", "the minister", "he"; not "The reports", "Business
/// sources", "they", an outlet or a document.
fn person_like(f: &Found, phrase: &str) -> bool {
    let last = phrase.split_whitespace().last().unwrap_or_default();
    matches!(
        f.kind,
        SourceKind::Person | SourceKind::Official | SourceKind::Intelligence | SourceKind::Expert
    ) && !last.ends_with('s')
        && !matches!(last, "they" | "it" | "we")
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
            && (is_cap(t) || t.contains('-') && crate::attribution::names::is_particle(t))
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
