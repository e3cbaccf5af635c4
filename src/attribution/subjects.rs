//! Where a source phrase starts and ends around its verb when it is not a
//! plain subject: an apposition ("Shaheen, a member of the Senate, said"),
//! a restrictive relative clause ("Analysts who follow the Kremlin
//! closely said"), the antecedent of ", which said", and the apposition
//! after a name that gives its office.

use super::cues::PREPOSITIONS;
use super::memory::{Memory, BODY_NOUNS};
use super::mentions::{is_cap, is_role_head, Ctx, Np, BE, DETERMINERS, INTRO_WORDS, STOP_LEFT};
use super::tokens::Kind;
use super::weak::AUXILIARIES;
use crate::annotation::SourceKind;
use crate::attribution::word_list::WordList;
use crate::lexicon::{class, EntryKind};

/// "Shaheen, a member of the Senate Armed Services Committee, said": the
/// subject before the first comma, typed by the apposition when the name
/// alone says nothing; "A previous estimate, contained in a Department of
/// Transport document, suggested": the apposition names the owner. An
/// apposition between dashes reads the same ("Jones — a former CIA
/// officer — said"): `comma` is then the first dash of the closing pair.
pub(super) fn apposition_subject(cx: &Ctx, comma: usize, mem: &Memory) -> Option<Np> {
    // "The National Cyber Security Centre, part of GCHQ, said".
    Some(cx.with_parent_kind(apposed(cx, comma, mem)?, mem))
}

/// The subject of [`apposition_subject`], typed by its head or apposition.
fn apposed(cx: &Ctx, comma: usize, mem: &Memory) -> Option<Np> {
    let r = &cx.r;
    // The punctuation that opens the apposition: a comma, or a dash for a
    // dash (any of "-", "–", "—", a doubled "--" read as one).
    let dashed = is_dash(cx.doc.text(comma));
    let sep = |k: usize| {
        if dashed {
            is_dash(cx.doc.text(k))
        } else {
            cx.doc.text(k) == ","
        }
    };
    // "However, Jane Miller, ...": an opening adverb and its comma are no
    // part of the subject.
    let start = if INTRO_WORDS.contains(&cx.lw(r.start)) && cx.punct(r.start + 1, ",") {
        r.start + 2
    } else {
        r.start
    };
    // "Mr Mates, who is a member of ... and was part of ..., told": a
    // sentence that opens with a name and a comma.
    let lead_end = (start..comma).find(|&k| sep(k))?;
    // Where the apposition starts (past a doubled dash, "--").
    let ap_at = lead_end + 1 + usize::from(dashed && sep(lead_end + 1));
    if lead_end > start && lead_end <= start + 4 && lead_end < comma {
        let name_word = |k: usize| is_cap(cx.doc.text(k)) || cx.doc.mention(k).is_some();
        // "Friends of the Earth", "Citizens for Fair Taxes": small words
        // inside a name.
        let inner = |k: usize| {
            k > start && k + 1 < lead_end && matches!(cx.lw(k), "of" | "for" | "and" | "the")
        };
        let all_caps = (start..lead_end).all(name_word);
        let group = group_apposition(cx, start, lead_end)
            && !PREPOSITIONS.contains(&cx.lw(start))
            && (start..lead_end).all(|k| name_word(k) || inner(k));
        if group {
            if let Some(np) = cx.classify(start, lead_end, mem) {
                return Some(Np {
                    kind: SourceKind::Organization,
                    ..np
                });
            }
        }
        if all_caps {
            if let Some(np) = cx.classify(start, lead_end, mem) {
                // A title before the name ("Dr John Kuma") says less than
                // the office after it ("Deputy Minister for Finance").
                let titled = np.kind == SourceKind::Expert
                    && matches!(cx.doc.text(start), "Dr" | "Prof" | "Professor");
                let appo = || {
                    gives_office(cx, start, ap_at)
                        .then(|| cx.classify(office_phrase_start(cx, ap_at), comma, mem))
                        .flatten()
                };
                // "Colonel Ivan Petrov, a former officer of military
                // intelligence": a rank names no office, and the
                // apposition says the office is past.
                let ranked_former = np.kind == SourceKind::Official
                    && MILITARY_RANKS.contains(&cx.lw(start))
                    && matches!(cx.lw(ap_at), "a" | "an" | "the")
                    && former_word(cx.lw(ap_at + 1));
                if ranked_former {
                    return Some(Np {
                        kind: SourceKind::Person,
                        also_official: false,
                        ..np
                    });
                }
                if np.kind != SourceKind::Person && !titled {
                    // A rank says less than the service the apposition
                    // names: "Admiral Jan Smit, the director of the AIVD".
                    return Some(match appo() {
                        Some(ap) if np.kind == SourceKind::Official && office_noun(cx, ap_at) => {
                            np.serving(&ap)
                        }
                        _ => np,
                    });
                }
                return Some(match appo() {
                    Some(ap) if ap.kind != SourceKind::Document => Np {
                        kind: ap.kind,
                        ..np
                    },
                    _ => np,
                });
            }
        }
    }
    // A long apposition ("Liu Zhongrui, a senior official from the
    // statistics and risk assessment department of the China Banking and
    // Insurance Regulatory Commission (CBIRC), said") is a noun phrase
    // with an article and no verb of its own, or a relative clause giving
    // an office ("Michael Mates, who is a member of ... and was part of
    // ..., told").
    let lo = comma.saturating_sub(28).max(r.start);
    let first = (lo..comma).rev().find(|&k| sep(k))?;
    // Where the phrase before it ends (before a doubled dash, "--").
    let open = first - usize::from(dashed && first > r.start && sep(first - 1));
    // ", seen by Reuters,": a participle and its agent describe the
    // document before them; the phrase ends before them.
    // ", which first identified Volt Typhoon in 2023,": a relative clause
    // describes the body before it too.
    let described = cx.doc.class(first + 1) & class::NOT_AGENT != 0 && cx.lw(first + 2) == "by"
        || cx.lw(first + 1) == "which";
    let long_ok = comma - first <= 16
        || matches!(cx.lw(first + 1), "a" | "an" | "the")
            && (first + 1..comma)
                .all(|k| !AUXILIARIES.contains(&cx.lw(k)) && !BE.contains(&cx.lw(k)))
        || cx.lw(first + 1) == "who" && gives_office(cx, first + 1, first + 1);
    if !long_ok {
        return None;
    }
    let (a, b) = cx.np_left(open)?;
    // Dashes also set off asides inside a clause ("a post on her blog -
    // web diary - says"): the phrase before them is the subject only when
    // it opens its clause.
    if dashed && !opens_clause(cx, start, a) {
        return None;
    }
    let main = cx.classify(a, b, mem);
    // "The trilogy - Northern Lights, ... - tell": no source before the
    // dashes but a name the aside describes ("Jones - a former CIA
    // officer - said").
    if dashed && main.is_none() && !(a..b).all(|k| is_cap(cx.doc.text(k))) {
        return None;
    }
    let appo = cx.classify(office_phrase_start(cx, first + 1), comma, mem);
    let gives = gives_office(cx, a, first + 1);
    // The source is written as "X, Y": name and apposition together.
    let np = match (main, appo) {
        (Some(m), _) if described && m.kind != SourceKind::Person => Np { t1: open, ..m },
        // "A second document, an affidavit from an agent of the Homeland
        // Security department, alleges": the document the apposition
        // names speaks for its author.
        (Some(m), Some(ap))
            if m.kind == SourceKind::Document
                && names_document(cx, first + 1)
                && !matches!(ap.kind, SourceKind::Document | SourceKind::Person) =>
        {
            Np {
                kind: ap.kind,
                t1: comma,
                ..m
            }
        }
        (Some(m), Some(ap)) if m.kind == SourceKind::Person && gives => Np {
            kind: ap.kind,
            t1: comma,
            ..m
        },
        // An official's rank and the service the noun phrase after it
        // names ("General Tom Berg, the head of military intelligence").
        (Some(m), Some(ap))
            if m.kind == SourceKind::Official && gives && office_noun(cx, first + 1) =>
        {
            Np {
                t1: comma,
                ..m.clone().serving(&ap)
            }
        }
        (Some(m), _) => Np { t1: comma, ..m },
        // "Jones, a former CIA officer, said": no office now.
        (None, Some(ap)) if former_in(cx, first + 1) => Np {
            t0: a,
            t1: comma,
            kind: SourceKind::Person,
            also_official: false,
            ..ap
        },
        (None, Some(ap)) => Np {
            t0: a,
            t1: comma,
            ..ap
        },
        (None, None) => return None,
    };
    // "The UN's relief coordinator, Jan Egeland": a person, whatever the
    // head before the name.
    let person = cx.named_in_apposition(&np);
    Some(Np {
        personal: np.personal || person,
        plural: np.plural && !person,
        ..np
    })
}

/// Whether the apposition at `k` calls its holder former ("a former CIA
/// officer", "the retired general").
fn former_in(cx: &Ctx, k: usize) -> bool {
    (k..(k + 3).min(cx.r.end)).any(|j| former_word(cx.lw(j)))
}

/// "former", "retired", "ex": a post held no more.
fn former_word(w: &str) -> bool {
    matches!(w, "former" | "retired" | "ex")
}

/// Whether the apposition at `k` is another document noun phrase ("an
/// affidavit from ...", "the ministry's annual report").
fn names_document(cx: &Ctx, k: usize) -> bool {
    matches!(cx.lw(k), "a" | "an" | "the")
        && (k + 1..(k + 4).min(cx.r.end)).any(|j| {
            cx.doc.class(j) & class::DOCUMENT != 0
                || cx
                    .doc
                    .mention(j)
                    .is_some_and(|m| m.kind == EntryKind::Document)
        })
}

/// Whether the noun phrase at `a` opens its clause: the sentence's start
/// (`start`, past an opening adverb), a comma before it, or only "but",
/// "and", "yet" or "so" before it; and no preposition heads it.
fn opens_clause(cx: &Ctx, start: usize, a: usize) -> bool {
    let lead = a == start
        || a > start && cx.punct(a - 1, ",")
        || (start..a).all(|k| matches!(cx.lw(k), "but" | "and" | "yet" | "so"));
    lead && !PREPOSITIONS.contains(&cx.lw(a))
}

/// Whether a token is a dash that can set off an apposition.
pub(super) fn is_dash(t: &str) -> bool {
    matches!(t, "-" | "–" | "—")
}

/// Whether the apposition at token `k` is a noun phrase of an office
/// ("the head of ...", "a director at ...", "head of ..."), which may place
/// an official in an intelligence service; a relative clause may name a
/// service the holder does not serve ("who ... was part of an inquiry into
/// pre-war intelligence"), and a list goes on with other people
/// ("Secretary of State X, acting Secretary Y and Director of National
/// Intelligence Z").
fn office_noun(cx: &Ctx, k: usize) -> bool {
    matches!(cx.lw(k), "a" | "an" | "the")
        || is_role_head(cx.lw(k))
        || office_phrase_start(cx, k) != k
}

/// Whether the apposition starting at token `ap` can give the name at
/// `name` an office: not for a former holder ("Former minister Clare
/// Short, who resigned from the government,", "Jones, a former CIA
/// officer,"), and of relative clauses only "who is/was/chairs/heads/leads
/// ..." (not "who resigned from").
pub(super) fn gives_office(cx: &Ctx, name: usize, ap: usize) -> bool {
    let former = (name..ap).any(|k| former_word(cx.lw(k))) || former_in(cx, ap);
    // "Prince Abdullah, in an interview carried by the official agency,
    // said": a phrase with a preposition is no apposition.
    let prepositional = matches!(
        cx.lw(ap),
        "in" | "at" | "on" | "with" | "for" | "by" | "during" | "after" | "before"
    );
    let relative_ok = cx.lw(ap) != "who"
        || matches!(cx.lw(ap + 1), "is" | "was" | "serves" | "sits")
        || HEADS.contains(&cx.lw(ap + 1));
    !former && !prepositional && relative_ok
}

/// Military ranks before a name: a rank, unlike a title of office, stays
/// with a person who has left the service.
const MILITARY_RANKS: WordList = WordList::new(&[
    "colonel",
    "col",
    "general",
    "gen",
    "major",
    "maj",
    "captain",
    "capt",
    "admiral",
    "lieutenant",
    "lt",
    "brigadier",
    "sergeant",
    "sgt",
    "commander",
    "cmdr",
]);

/// Verbs by which a person holds the office of heading a body: "who heads
/// the agency", "who runs the CIA's Russia desk".
pub(super) const HEADS: WordList = WordList::new(&[
    "chairs", "heads", "leads", "runs", "directs", "oversees", "commands",
]);

/// Where the phrase of an office given at `ap` starts: past "who" and its
/// verb of heading ("who heads the country's spy service": the service,
/// not "heads", a plural of the role), else at `ap`.
pub(super) fn office_phrase_start(cx: &Ctx, ap: usize) -> usize {
    if cx.lw(ap) == "who" && HEADS.contains(&cx.lw(ap + 1)) {
        ap + 2
    } else {
        ap
    }
}

/// The phrase a restrictive relative clause ending at `a` belongs to, when
/// it is the sentence's subject: "Diplomats who met the president last week
/// said" and "Bankers who attended the meeting with the minister said" give
/// the diplomats and the bankers; "loans which were made on terms
/// Washington considers" is no subject.
pub(super) fn relative_head(cx: &Ctx, a: usize) -> Option<(usize, usize)> {
    let r = &cx.r;
    let k = (a.saturating_sub(8).max(r.start)..a)
        .rev()
        .take_while(|&k| cx.word(k))
        .find(|&k| match cx.lw(k) {
            "who" | "which" => true,
            // "that" relates only to a source's noun ("A federal judge that
            // heard the case said"); after other words it opens a clause
            // or determines ("warned that the minister", "ordered that
            // change").
            "that" => {
                k > r.start
                    && (cx.doc.mention(k - 1).is_some()
                        || is_role_head(cx.doc.text(k - 1))
                        || BODY_NOUNS.contains(&cx.lw(k - 1)))
            }
            _ => false,
        })?;
    // A verb of the clause between the pronoun and the phrase, a noun
    // before the pronoun ("following which" is no relative of a noun).
    if k + 1 >= a || k == r.start {
        return None;
    }
    let w = cx.lw(k - 1);
    if STOP_LEFT.contains(&w) || PREPOSITIONS.contains(&w) || DETERMINERS.contains(&w) {
        return None;
    }
    let (h0, h1) = cx.np_left(k)?;
    let mut first = r.start;
    while first < k && matches!(cx.lw(first), "but" | "and" | "yet" | "so") {
        first += 1;
    }
    let subject = h0 == first || cx.main_subject_span().is_some_and(|(s, _)| s == h0);
    (h1 == k && subject).then_some((h0, h1))
}

/// Where the phrase ending at `b` starts, read strictly leftwards:
/// words of a noun phrase (names, mentions, possessives, numbers,
/// modifiers), with "of", "for" or "and" inside a capitalised name, back to
/// a determiner.
pub(super) fn antecedent_start(cx: &Ctx, b: usize) -> usize {
    let doc = cx.doc;
    let mut a = b;
    while a > cx.r.start {
        let j = a - 1;
        let t = doc.toks[j];
        let w = cx.lw(j);
        if DETERMINERS.contains(&w) {
            return j;
        }
        let inner = matches!(w, "of" | "for" | "and")
            && j > cx.r.start
            && is_cap(doc.text(j - 1))
            && is_cap(doc.text(j + 1));
        // A common noun or adjective ("the splinter group"), not a
        // function word or a verb ("should recognise shortcomings of").
        let modifier = t.kind == Kind::Word
            && !STOP_LEFT.contains(&w)
            && doc.class(j) & class::SPEECH == 0
            && !w.ends_with("ed")
            && !matches!(
                w,
                "of" | "for" | "and" | "in" | "on" | "at" | "from" | "with" | "to" | "by"
            );
        let ok = doc.mention(j).is_some()
            || t.kind == Kind::Possessive
            || t.kind == Kind::Number
            || (t.kind == Kind::Word && is_cap(doc.text(j)))
            || inner
            || modifier;
        if !ok {
            break;
        }
        a = j;
    }
    a
}

/// Where the apposition after a phrase ending at `t1` ends ("Qi Zhenhong,
/// China's ambassador in Colombo, told"): its closing comma, or `t1`.
/// Whether an unlisted name is a group by its apposition: "Open
/// Government Watch, a group representing ...", "Citizens for Fair Taxes,
/// an advocacy group," (a word of the name says nothing then).
fn group_apposition(cx: &Ctx, start: usize, comma: usize) -> bool {
    let listed = cx.doc.mention(start).is_some_and(|m| m.t1 >= comma);
    !listed
        && matches!(cx.lw(comma + 1), "a" | "an")
        && (comma + 2..(comma + 5).min(cx.r.end))
            .take_while(|&k| !cx.punct(k, ","))
            .any(|k| GROUP_NOUNS.contains(&cx.lw(k)))
}

/// Nouns that make an apposition's name a non-governmental body.
const GROUP_NOUNS: WordList = WordList::new(&[
    "group",
    "organisation",
    "organization",
    "coalition",
    "association",
    "charity",
    "alliance",
    "network",
    "foundation",
    "campaign",
    "lobby",
    "ngo",
    "nonprofit",
    "non-profit",
    "firm",
    "company",
]);

pub(super) fn appositive_end(cx: &Ctx, t1: usize) -> usize {
    if !(cx.r.contains(&t1) && cx.punct(t1, ",")) {
        return t1;
    }
    (t1 + 1..(t1 + 14).min(cx.r.end))
        .find(|&k| cx.punct(k, ","))
        .unwrap_or(t1)
}
