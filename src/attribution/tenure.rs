//! Tenure: whether each well-known office-holder an article names holds
//! the office in that story.
//!
//! The office-holder lexicon knows who held an office, not when the story
//! was written. The story says it: "former President Barack Obama", "Trump,
//! the Republican presidential nominee", "presidential hopeful X". The spec
//! makes former office-holders and candidates other sources unless the text
//! names a current office ("U.S. President-elect Donald Trump", "President
//! Trump"). An office-holder the article only ever describes out of office
//! speaks as a person all through it, by bare surname and by "he" too.
//! When the article's date is known and the lexicon gives the holder's
//! terms of office, a date outside them says it as well, for a holder the
//! article names with no title of its own.

use super::mentions::is_role_head;
use super::tokens::Kind;
use super::Doc;
use crate::attribution::word_list::WordList;
use crate::dates::Day;
use crate::lexicon::{EntryKind, Lexicon};

/// Words before a name that put its holder out of office (with the
/// candidate words below).
const OUT_BEFORE: WordList =
    WordList::new(&["former", "ex", "retired", "onetime", "one-time", "late"]);

/// Words of an apposition that make its name a candidate: "Trump, the
/// Republican presidential nominee,".
const CANDIDATE: WordList = WordList::new(&[
    "candidate",
    "nominee",
    "hopeful",
    "contender",
    "challenger",
    "frontrunner",
    "front-runner",
]);

/// Offices a "former" in an apposition must name to say the holder left
/// it: "Obama, a former president," (not "Putin, a former KGB officer").
const OFFICES: WordList = WordList::new(&[
    "president",
    "prime",
    "premier",
    "chancellor",
    "secretary",
    "minister",
    "leader",
    "senator",
    "governor",
    "mayor",
]);

/// Lower-case words a name's title may hold besides the tenure words.
const MODIFIERS: WordList = WordList::new(&[
    "the",
    "a",
    "an",
    "presidential",
    "vice",
    "prime",
    "deputy",
    "party",
    "parliamentary",
    "mayoral",
    "gubernatorial",
    "leadership",
    "senate",
    "democratic",
    "republican",
    "then",
]);

/// What one mention of an office-holder says of their tenure.
#[derive(Debug, PartialEq, Eq)]
enum Status {
    /// "former President X", "X, the Democratic candidate,".
    Out,
    /// "President X", "President-elect X".
    Current,
    /// A bare name.
    Silent,
}

/// The lexicon entries of the office-holders the article describes out of
/// office and never in it, and of those it names only bare while the
/// article's date (`day`, `yyyymmdd`) falls outside every term of office
/// the lexicon gives them, when it names them in full once ("Barack
/// Obama ... Obama said" in a 2019 story; a candidate before taking
/// office).
pub(super) fn out_of_office(doc: &Doc, lx: &Lexicon, day: Option<Day>) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    // Only a holder the article names in full is dated: a bare "Abe" in a
    // 1987 story is Shinzo Abe's father, "Powell" in 2019 the Fed's chair.
    let named_in_full = |entry: usize| {
        doc.mentions
            .iter()
            .any(|m| m.entry == entry && doc.src[m.start..m.end].contains(' '))
    };
    for m in &doc.mentions {
        let e = lx.entry(m.entry);
        if e.office.is_none() {
            continue;
        }
        match status(doc, lx, m.t0, m.t1) {
            Status::Out => out.push(m.entry),
            Status::Current => current.push(m.entry),
            Status::Silent => {
                if day.is_some_and(|d| out_of_terms(&e.terms, d)) && named_in_full(m.entry) {
                    out.push(m.entry);
                }
            }
        }
    }
    out.retain(|e| !current.contains(e));
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `day` falls outside every one of `terms` (never when the
/// lexicon gives none).
fn out_of_terms(terms: &[(Day, Day)], day: Day) -> bool {
    !terms.is_empty() && !terms.iter().any(|&(from, to)| (from..=to).contains(&day))
}

/// The tenure one mention (tokens `t0..t1`) states.
fn status(doc: &Doc, lx: &Lexicon, t0: usize, t1: usize) -> Status {
    // Before the name, back to the phrase's start: "Republican
    // presidential nominee Donald Trump", "U.S. President-elect".
    let mut k = t0;
    let mut titled = false;
    while k > 0 && t0 - k < 5 {
        let j = k - 1;
        let t = doc.toks[j];
        if t.kind != Kind::Word {
            // "ex-National Intelligence Director James Clapper".
            if doc.text(j) == "-" && j > 0 && doc.lower(j - 1) == "ex" {
                return Status::Out;
            }
            break;
        }
        let w = doc.lower(j);
        if w.ends_with("-elect") || w == "elect" {
            return Status::Current;
        }
        // "then-President Obama" left office; "then-candidate Trump" won.
        if let Some(then) = w.strip_prefix("then-") {
            return if CANDIDATE.contains(&then) {
                Status::Silent
            } else {
                Status::Out
            };
        }
        if OUT_BEFORE.contains(&w) || CANDIDATE.contains(&w) || w.starts_with("ex-") {
            return if j > 0 && doc.lower(j - 1) == "then" && CANDIDATE.contains(&w) {
                Status::Silent
            } else {
                Status::Out
            };
        }
        // Only the name's own modifiers: capitalised words and a few
        // lower-case ones ("Republican presidential nominee").
        if !doc.text(j).starts_with(char::is_uppercase) && !MODIFIERS.contains(&w) {
            break;
        }
        // A title right before the name ("President Obama"), not a role
        // of someone else's ("a spokesman for Trump").
        if doc.mention(j).is_some_and(|b| {
            let e = lx.entry(b.entry);
            b.t1 == t0 && b.kind == EntryKind::Official && e.office.is_none() && !e.party
        }) {
            titled = true;
        }
        k = j;
    }
    // An apposition after it: "Trump, the Republican presidential nominee,".
    let opens_apposition = |j: usize| {
        doc.toks.get(j).is_some_and(|t| t.kind == Kind::Word)
            && (matches!(doc.lower(j), "the" | "a" | "an")
                || doc.text(j).starts_with(char::is_uppercase))
    };
    if doc.toks.get(t1).is_some_and(|_| doc.text(t1) == ",") && opens_apposition(t1 + 1) {
        let end = (t1 + 9).min(doc.toks.len());
        let words: Vec<&str> = (t1 + 1..end)
            .take_while(|&j| !matches!(doc.text(j), "," | "." | ";"))
            .map(|j| doc.lower(j))
            .take_while(|w| !matches!(*w, "who" | "which" | "said" | "says" | "told"))
            .collect();
        // "the former director of national intelligence", "a former
        // senior minister": any role after "former".
        let office = |w: &str| OFFICES.contains(&w) || is_role_head(w);
        let former_office = words
            .windows(2)
            .any(|p| matches!(p[0], "former" | "ex" | "retired") && office(p[1]))
            || words.windows(3).any(|p| p[0] == "former" && office(p[2]));
        if former_office || words.iter().any(|w| CANDIDATE.contains(w)) {
            return Status::Out;
        }
    }
    if private_post(doc, t1) || served_before(doc, t1) {
        return Status::Out;
    }
    if titled {
        Status::Current
    } else {
        Status::Silent
    }
}

/// Whether a relative clause after a holder's name at `t1` says the office
/// was held before: "Bolton, who served as national security adviser under
/// Trump," (not "who serves as").
fn served_before(doc: &Doc, t1: usize) -> bool {
    let word = |k: usize| doc.toks.get(k).map_or("", |_| doc.lower(k));
    word(t1) == ","
        && word(t1 + 1) == "who"
        && (word(t1 + 2) == "served" || word(t1 + 2) == "had" && word(t1 + 3) == "served")
}

/// Whether the apposition after a holder's name at `t1` gives a post in a
/// union or a company: "Ramaphosa, who is president of the National Union
/// of Mineworkers", "Carney, chairman of Brookfield Asset Management
/// Inc". The story is from before (or after) the holder's term.
fn private_post(doc: &Doc, t1: usize) -> bool {
    if doc.toks.get(t1).is_none_or(|_| doc.text(t1) != ",") {
        return false;
    }
    let mut j = t1 + 1;
    if doc.toks.get(j).is_some() && doc.lower(j) == "who" && j + 1 < doc.toks.len() {
        if !matches!(doc.lower(j + 1), "is" | "was") {
            return false;
        }
        j += 2;
    }
    let end = (j + 14).min(doc.toks.len());
    let words: Vec<&str> = (j..end)
        .take_while(|&k| !matches!(doc.text(k), "," | "." | ";"))
        .map(|k| doc.lower(k))
        .collect();
    let Some(of) = words.windows(2).position(|p| {
        matches!(
            p[0],
            "president" | "chairman" | "leader" | "head" | "secretary" | "director" | "founder"
        ) && matches!(p[1], "of" | "at")
    }) else {
        return false;
    };
    words[of + 2..].iter().any(|w| PRIVATE_BODIES.contains(w))
}

/// Nouns that end the name of a union or a company.
const PRIVATE_BODIES: WordList = WordList::new(&[
    "union",
    "mineworkers",
    "workers",
    "corp",
    "inc",
    "co",
    "company",
    "ltd",
    "plc",
    "llc",
    "holdings",
    "management",
    "partners",
    "associates",
]);
