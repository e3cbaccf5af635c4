//! What a weak verb needs after it to report something: "found" counts
//! with a finding ("found no evidence"), "urged" with an appeal ("urged X
//! to"), "called" with a label in quotation marks, any of them with a
//! clause, a quotation or a colon; a measure verb ("recorded", "raised")
//! with a figure. Alone these verbs are acts ("called a meeting", "found a
//! job"). Used by [`super::cues`] before it looks for the subject.

use super::cues::FRAME_NOUNS;
use super::cues::PREPOSITIONS;
use super::mentions::{is_cap, Ctx, Np, BE, EXPRESSED};
use super::tokens::Kind;
use crate::annotation::SourceKind;
use crate::attribution::word_list::WordList;
use crate::lexicon::{class, EntryKind};

/// Subject pronouns: a finding needs a named finder.
const SUBJECT_PRONOUNS: WordList = WordList::new(&["he", "she", "it", "they", "we", "i", "you"]);

/// Words that open what was found, when no clause follows "found": "found
/// no evidence", "found a way", "finds 4,000 exposed cameras".
const FOUND_OBJECTS: WordList = WordList::new(&[
    "a",
    "an",
    "the",
    "no",
    "nothing",
    "some",
    "any",
    "evidence",
    "traces",
    "signs",
    "more",
    "several",
    "many",
    "few",
    "little",
    "widespread",
    "its",
    "their",
]);

/// Whether "found"/"finds" at `i` takes an object that is a finding: a
/// determiner or a figure right after the verb, not "found himself" or
/// "found it hard".
pub(super) fn finding_object(cx: &Ctx, i: usize) -> bool {
    matches!(cx.lw(i), "found" | "finds")
        && cx.r.contains(&(i + 1))
        && (FOUND_OBJECTS.contains(&cx.lw(i + 1)) || cx.doc.toks[i + 1].kind == Kind::Number)
}

/// Whether `np` can be the source of a finding with no clause: a body, a
/// study or a group of researchers, not a person ("López Obrador found a
/// novel way"), a pronoun ("She woke up and found the bus") or a country
/// ("Nigeria found its crude uncompetitive").
pub(super) fn finder(cx: &Ctx, np: &Np) -> bool {
    let place = (np.t0..np.t1).all(|k| {
        cx.doc
            .mention(k)
            .is_some_and(|m| m.kind == EntryKind::Place)
            || !cx.word(k)
    });
    // An office named by its title alone finds as its office does: "The
    // inspector general found no wrongdoing", "the coroner found".
    let office = matches!(np.kind, SourceKind::Official | SourceKind::Intelligence)
        && np.resolved.is_none()
        && (np.t0..np.t1).all(|k| !is_cap(cx.doc.text(k)) || k == cx.r.start);
    let one_person = np.personal && !np.plural && !cx.lw(np.t1 - 1).ends_with('s') && !office;
    np.kind != SourceKind::Person
        && !one_person
        && !place
        && !(np.t0..np.t1).any(|k| SUBJECT_PRONOUNS.contains(&cx.lw(k)))
}

/// Verbs that open a clause after its subject pronoun.
pub(super) const AUXILIARIES: WordList = WordList::new(&[
    "was", "is", "were", "are", "would", "will", "had", "has", "have", "could", "should", "can",
    "did", "does", "must", "may", "might",
]);

/// A weak verb counts when reported content follows it: a clause with
/// "that", a quotation or a colon; for some verbs also an infinitive ("urged
/// X to"), "for" ("called for"), "of" ("accused X of"), a question word
/// ("asked whether"); for "expressed" a stance noun ("expressed regret").
pub(super) fn weak_has_content(cx: &Ctx, i: usize) -> bool {
    let w = cx.lw(i);
    let end = (i + 9).min(cx.r.end);
    if w.starts_with("express") || w.starts_with("voice") {
        return (i + 1..end.min(i + 5)).any(|j| EXPRESSED.contains(&cx.lw(j)))
            || cx.lw(i + 1) == "that";
    }
    let stem = |p: &[&str]| p.iter().any(|x| w.starts_with(x));
    // "If GAO determines that ...": a finding yet to come states nothing.
    if stem(&["determin"])
        && (i.saturating_sub(3).max(cx.r.start)..i)
            .any(|k| matches!(cx.lw(k), "if" | "unless" | "once" | "until" | "whether"))
    {
        return false;
    }
    // "urged restraint", "urged further attacks": what one urges is the
    // content, a call with or without its addressee.
    if stem(&["urg"]) && !matches!(cx.lw(i + 1), "" | "," | "." | "on" | "by") {
        return true;
    }
    // "pointed out that", "traders point out, the number ...".
    if stem(&["point"]) {
        return cx.lw(i + 1) == "out";
    }
    // "ruled out a deal", "the court ruled on Tuesday that": a ruling needs
    // "out" or a clause ("EU rules" before a quotation are a noun; "ruled
    // out of the match" is a player's injury).
    if stem(&["rule"]) {
        return if cx.lw(i + 1) == "out" {
            cx.lw(i + 2) != "of"
        } else {
            (i + 1..end).any(|j| cx.lw(j) == "that")
        };
    }
    // "shot back that", "hit back at critics", "brushed aside suggestions
    // it was involved", "joined calls for an inquiry": idioms of replying,
    // dismissing and criticising.
    if stem(&["shot"]) {
        return cx.lw(i + 1) == "back";
    }
    if stem(&["brush"]) {
        return matches!(cx.lw(i + 1), "aside" | "off");
    }
    // "HK BANK EXPECTED TO POST PROFIT RISE": a headline's participle is
    // the passive, with its "is" left out.
    if w == "expected" && shouting(cx) {
        return false;
    }
    // "Analysts had expected inflation of 4.3%", "economists expect 500
    // job losses": a figure expected is a forecast (not "is expected to").
    if stem(&["expect"])
        && !matches!(cx.lw(i + 1), "to" | "that")
        && !(i > cx.r.start && BE.contains(&cx.lw(i - 1)))
    {
        let object = (i + 1)..(i + 5).min(cx.r.end);
        if cx.figure_in(&[object]) {
            return true;
        }
    }
    // "Four agencies lean toward natural transmission", "the agency leans
    // towards the view that": a judgement held, not a body bending ("leaned
    // towards the microphone": a thing after "the" is no view).
    if stem(&["lean"]) {
        if !matches!(cx.lw(i + 1), "toward" | "towards") {
            return false;
        }
        let held = |j: usize| {
            cx.doc.class(j) & class::DOCUMENT != 0
                || matches!(
                    cx.lw(j),
                    "idea" | "theory" | "hypothesis" | "explanation" | "position" | "possibility"
                )
        };
        return !matches!(cx.lw(i + 2), "the" | "his" | "her" | "their" | "its") || held(i + 3);
    }
    if stem(&["join"]) {
        return (i + 1..(i + 4).min(cx.r.end)).any(|j| {
            matches!(
                cx.lw(j),
                "calls"
                    | "criticism"
                    | "chorus"
                    | "condemnation"
                    | "appeals"
                    | "demands"
                    | "warnings"
            )
        });
    }
    // Not a team scoring back: "Italy hit back in the 11th minute".
    if stem(&["hit"]) && cx.lw(i + 1) == "back" {
        return matches!(cx.lw(i + 2), "at" | "by" | "with" | "that" | "," | ":");
    }
    // "lashed out at the government", "hit out at critics".
    if stem(&["lash", "hit"]) {
        return cx.lw(i + 1) == "out" && (w.starts_with("lash") || cx.lw(i + 2) == "at");
    }
    // "requested 500 more ventilators", "outlined targets, putting X at N":
    // an amount asked for or set out is content.
    if stem(&["request", "outlin"]) {
        let toks = &cx.doc.toks;
        return (i + 1..end.min(i + 6))
            .any(|j| toks[j].kind == Kind::Number || cx.doc.class(j) & class::COUNT != 0)
            || cx.lw(i + 1) == "that";
    }
    // "KCNA carried a commentary saying ...", "carried a statement by the
    // ministry": an outlet carries the content of a document it runs (not
    // "carried out strikes").
    if stem(&["carr"]) {
        return carries_document(cx, i);
    }
    // "called Barack Obama, a Democrat, the most “ignorant” president": a
    // label in quotation marks, past an apposition.
    let verb_form = w.ends_with("ed") || w.ends_with('s') || w.ends_with("ing");
    if verb_form && stem(&["call", "dub", "brand", "label", "term", "describ"]) {
        let label = (i + 1..(i + 16).min(cx.r.end))
            .take_while(|&j| !cx.punct(j, ".") && !cx.punct(j, ";") && cx.lw(j) != "and")
            .any(|j| cx.doc.toks[j].kind == Kind::OpenQuote);
        if label || stem(&["call"]) && labels_object(cx, i) {
            return true;
        }
    }
    // An act done in a statement is said: "welcomed the ruling in a
    // statement", "highlighted these efforts in a tweet".
    let in_document = (i + 1..(i + 14).min(cx.r.end)).any(|j| {
        cx.lw(j) == "in"
            && matches!(cx.lw(j + 1), "a" | "an" | "its" | "his" | "her" | "their")
            && (FRAME_NOUNS.contains(&cx.lw(j + 2))
                || matches!(
                    cx.lw(j + 2),
                    "speech" | "interview" | "video" | "communique"
                ))
    });
    if in_document && !stem(&["request", "outlin", "lash", "hit", "point", "rule"]) {
        return true;
    }
    // A relative clause whose verb takes the clause's gap: "a firm that
    // officials suspect is a front", "the man whom police think was the
    // driver".
    if matches!(
        cx.lw(i + 1),
        "is" | "was" | "are" | "were" | "has" | "had" | "will" | "would"
    ) && (i.saturating_sub(6).max(cx.r.start + 1)..i)
        .any(|j| matches!(cx.lw(j), "that" | "which" | "whom" | "who"))
    {
        return true;
    }
    // A clause with no "that": a pronoun and an auxiliary ("agreed it was
    // not unusual", "hopes they will return").
    if matches!(cx.lw(i + 1), "it" | "they" | "he" | "she" | "we" | "there")
        && AUXILIARIES.contains(&cx.lw(i + 2))
    {
        return true;
    }
    for j in i + 1..end {
        let t = cx.doc.toks[j];
        let lw = cx.lw(j);
        if t.kind == Kind::OpenQuote || cx.punct(j, ":") {
            return true;
        }
        let near = j <= i + 5;
        let fits = match lw {
            "that" => true,
            // Intent ("hoped to conclude", "wants to build") is no content;
            // an appeal to someone or a pledge is; a link, an advice or
            // an expectation only with its object between ("linked Russia
            // to the hack", "expect the bank to raise rates", not "a link
            // to", "expect to finish").
            "to" => {
                // ("called the meeting to order" is no appeal.)
                stem(&[
                    "urg", "ask", "call", "warn", "demand", "appeal", "press", "threat", "vow",
                    "pledg", "promis", "attribut",
                ]) && cx.lw(j + 1) != "order"
                    || stem(&["link", "advis", "expect"]) && j >= i + 2 && cx.lw(i + 1) != "to"
            }
            "for" => stem(&["call", "appeal", "ask", "press", "plead", "blast", "slam"]),
            // "blasted the ruling as a disgrace": criticism, not a shot.
            // "considered the request a sign of power" needs "as" here;
            // "identified the man as the gunman".
            "as" => stem(&["blast", "slam", "consider", "identif"]),
            // "called on the government to", not "called them back on
            // Monday".
            "on" => stem(&["call"]) && j == i + 1,
            "of" => stem(&["accus", "suspect", "warn"]),
            "whether" | "how" | "why" | "what" | "if" => stem(&["ask", "question", "wonder"]),
            _ => false,
        };
        // "accused the prime minister and Mr Brown of", "attributed a
        // cyberattack on the port of Amsterdam to": the accused, or what
        // is attributed, may take more words than an appeal's addressee.
        if fits {
            return near || lw == "of" || lw == "to" && stem(&["attribut"]);
        }
        if cx.punct(j, ",") || cx.punct(j, ".") || cx.punct(j, ";") {
            return false;
        }
        if !cx.word(j) && t.kind != Kind::Possessive && t.kind != Kind::Number {
            return false;
        }
    }
    false
}

/// Whether the sentence is written all in capitals (a wire headline).
fn shouting(cx: &Ctx) -> bool {
    let toks = &cx.doc.toks;
    let text = &cx.doc.src[toks[cx.r.start].start..toks[cx.r.end - 1].end];
    !text.bytes().any(|b| b.is_ascii_lowercase())
}

/// Whether the verb at `i` has a document as its object, with the
/// document's content or author after it: "carried a commentary saying",
/// "carried the full text of a statement by the ministry".
fn carries_document(cx: &Ctx, i: usize) -> bool {
    if shows_scene(cx, i) {
        return true;
    }
    let end = (i + 7).min(cx.r.end);
    let Some(n) = (i + 1..end).find(|&j| {
        let w = cx.lw(j);
        FRAME_NOUNS.contains(&w)
            || cx.doc.class(j) & class::DOCUMENT != 0
            || matches!(
                w,
                "commentary"
                    | "article"
                    | "articles"
                    | "editorial"
                    | "editorials"
                    | "dispatch"
                    | "text"
                    | "story"
                    | "stories"
            )
    }) else {
        return false;
    };
    let after = cx.lw(n + 1);
    // "a commentary saying", "an editorial praising the launch": a
    // reporting verb's participle says what the document says.
    let reports = after.ends_with("ing") && cx.doc.class(n + 1) & class::SPEECH != 0;
    reports
        || matches!(after, "that" | "which" | "by" | "from")
        || (n + 1 < cx.r.end
            && (cx.doc.toks[n + 1].kind == Kind::OpenQuote || cx.punct(n + 1, ":")))
}

/// Whether the verb at `i` carries pictures of a scene: "carried photos of
/// Kim smiling with troops", "aired footage showing the launch" (what the
/// pictures show rests on the outlet).
fn shows_scene(cx: &Ctx, i: usize) -> bool {
    let end = (i + 5).min(cx.r.end);
    let Some(n) = (i + 1..end).find(|&j| {
        matches!(
            cx.lw(j),
            "photos" | "photographs" | "pictures" | "images" | "footage" | "video" | "videos"
        )
    }) else {
        return false;
    };
    cx.lw(n + 1) == "showing"
        || cx.lw(n + 1) == "of"
            && (n + 2..(n + 7).min(cx.r.end)).any(|j| cx.word(j) && cx.lw(j).ends_with("ing"))
}

/// Whether the measure verb at `i` states a figure: a count right after it
/// ("recorded 611 aftershocks"), or, for a change ("raised", "revised"), a
/// toll, tally or estimate as its object with a figure after it ("raised
/// the death toll to six").
pub(super) fn measures_figure(cx: &Ctx, i: usize) -> bool {
    let r = cx.r.clone();
    let w = cx.lw(i);
    let window = |a: usize, n: usize| a..(a + n).min(r.end);
    // "gave no figures for": nothing given.
    if matches!(w, "gave" | "give" | "gives") && matches!(cx.lw(i + 1), "no" | "few") {
        return false;
    }
    let change = !matches!(
        w,
        "recorded" | "registered" | "counted" | "tallied" | "logged" | "measured" | "detected"
    );
    if change {
        let Some(obj) = window(i + 1, 6).find(|&k| cx.doc.class(k) & class::DOCUMENT != 0) else {
            return false;
        };
        let after = window(obj + 1, 6);
        cx.figure_in(&[after])
    } else {
        // "recorded 611 aftershocks", not "recorded the testimonies of 16".
        !matches!(cx.lw(i + 1), "the" | "its" | "their" | "his" | "her")
            && cx.figure_in(&[window(i + 1, 4)])
    }
}

/// "called the verdict a travesty", "called it an act of terror", "called
/// this dubious": a definite object and a label after it (an article or a
/// word of no other class), the label being the content. Not "called the
/// police", "called the meeting to order", "called them back".
fn labels_object(cx: &Ctx, i: usize) -> bool {
    let definite = matches!(
        cx.lw(i + 1),
        "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "him"
            | "her"
            | "them"
            | "his"
            | "its"
            | "their"
    );
    if !definite || i > cx.r.start && BE.contains(&cx.lw(i - 1)) {
        return false;
    }
    // The object: a pronoun alone, or a determiner and up to four words.
    let object_end = if matches!(
        cx.lw(i + 1),
        "it" | "him" | "her" | "them" | "this" | "that"
    ) {
        i + 2
    } else {
        match (i + 2..(i + 6).min(cx.r.end)).find(|&j| matches!(cx.lw(j), "a" | "an")) {
            Some(j) => j,
            None => return false,
        }
    };
    let label = object_end;
    // "called the hotline a dozen times": a count or a time is no label.
    let counted = matches!(
        cx.lw(label + 1),
        "few"
            | "dozen"
            | "couple"
            | "lot"
            | "number"
            | "second"
            | "minute"
            | "hour"
            | "day"
            | "week"
            | "month"
            | "year"
            | "time"
            | "while"
            | "bit"
    );
    label + 1 < cx.r.end
        && cx.word(label)
        && (matches!(cx.lw(label), "a" | "an") && !counted
            || cx.doc.class(label) == 0
                && !PREPOSITIONS.contains(&cx.lw(label))
                && !matches!(
                    cx.lw(label),
                    "and" | "or" | "but" | "back" | "off" | "up" | "out" | "again" | "over"
                ))
}
