//! People named with their body: "Shami Chakrabarti, from human rights
//! group Liberty" (a later "she" has Liberty's kind), names after a body
//! and a role no list holds ("Mossad chief David Barnea"), and a role that
//! opens a sentence ("The minister visited ...").

use super::{object_position, Memory, Referent};
use crate::annotation::SourceKind;
use crate::attribution::mentions::{body_kind, is_cap, STOP_LEFT};
use crate::attribution::tokens::Kind;
use crate::attribution::word_list::WordList;
use crate::attribution::Doc;
use crate::lexicon::{class, EntryKind, Lexicon};

/// People named in full with their body in an apposition: "Shami
/// Chakrabarti, from human rights group Liberty, joined calls ...". A
/// later "she" can stand for them, with the body's kind (another source's
/// for a rights group, official for a ministry).
pub(super) fn affiliated_people(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    let n = doc.toks.len();
    for i in 1..n.saturating_sub(3) {
        if doc.text(i + 1) != "," || !matches!(doc.lower(i + 2), "from" | "of" | "at") {
            continue;
        }
        // Two to four capitalised words, none a listed body or place.
        let word = |k: usize| {
            doc.toks[k].kind == Kind::Word
                && is_cap(doc.text(k))
                && !super::CONNECTIVES.contains(&doc.lower(k))
                && doc
                    .mention(k)
                    .is_none_or(|m| matches!(m.kind, EntryKind::Person | EntryKind::None))
        };
        let mut start = i + 1;
        while start > 0 && i + 1 - start < 4 && word(start - 1) {
            start -= 1;
        }
        if i + 1 - start < 2 {
            continue;
        }
        // The body: the first listed mention before the apposition ends.
        let kind = (i + 3..(i + 10).min(n))
            .take_while(|&k| !matches!(doc.text(k), "," | "." | ";"))
            .filter_map(|k| doc.mention(k))
            .find(|m| m.kind != EntryKind::Place)
            .and_then(|m| SourceKind::from_entry(lx.entry(m.entry).kind));
        let Some(kind) = kind else {
            continue;
        };
        let name = &doc.src[doc.toks[start].start..doc.toks[i].end];
        mem.remember_name(name, kind);
        name_person(doc, mem, start, i, kind);
    }
}

/// Words that open a noun phrase before a role.
const DETERMINERS: [&str; 5] = ["the", "a", "an", "this", "that"];

/// Word classes of verbs that take a clause: no modifier of a role.
const VERBS: u32 = class::SPEECH | class::CONTENT_ONLY | class::BY_AGENT | class::MEASURE;

/// Where the noun phrase ending with the role at `t0..t1` starts, when it
/// opens a sentence and a verb follows: "The minister visited", "Iran's
/// intelligence minister held" (at most four words before the role).
pub(super) fn sentence_subject(doc: &Doc, t0: usize, t1: usize) -> Option<usize> {
    let next = doc.toks.get(t1)?;
    // "A spokesman for the association": the body decides, and the
    // phrase is cited as a whole.
    if next.kind != Kind::Word
        || is_cap(doc.text(t1))
        || matches!(doc.lower(t1), "of" | "for" | "at" | "from" | "with")
    {
        return None;
    }
    // Before the role: a determiner, an owner ("Iran's"), a listed name
    // ("Iranian") or a modifier; not a capitalised word of a body's name
    // ("the Scottish Executive"), nor a verb ("Microsoft is saving the
    // official ...").
    let mut start = t0;
    while start > 0 && t0 - start < 4 {
        // A determiner opens the phrase: "The minister met the ambassador"
        // has no subject before "the ambassador", nor "Intelligence
        // suggests that the commander" before "the commander".
        if start < t0 && DETERMINERS.contains(&doc.lower(start)) {
            break;
        }
        let k = start - 1;
        let t = &doc.toks[k];
        let gap = &doc.src[t.end..doc.toks[start].start];
        let fits = match t.kind {
            Kind::Possessive => true,
            Kind::Word => {
                let w = doc.lower(k);
                DETERMINERS.contains(&w)
                    || doc.mention(k).is_some()
                    || doc.toks.get(k + 1).is_some_and(|n| n.kind == Kind::Possessive)
                    // "the interior minister": a modifier, not a verb
                    // ("Intelligence suggests that the commander").
                    || !is_cap(doc.text(k))
                        && !STOP_LEFT.contains(&w)
                        && !w.ends_with("ing")
                        && !w.ends_with("ed")
                        && doc.class(k) & VERBS == 0
            }
            _ => false,
        };
        if gap.contains('\n') || !fits {
            break;
        }
        start = k;
    }
    let opens = start == 0
        || doc.src[doc.toks[start - 1].end..doc.toks[start].start].contains('\n')
        || matches!(doc.text(start - 1), "." | "!" | "?");
    (opens && is_cap(doc.text(start)) && doc.lower(t0) != "official").then_some(start)
}

/// A name after a body and a role no lexicon lists as a title: "Mossad
/// chief David Barnea", "the spy agency's director, Ali Khan,". A later
/// "Barnea" or "Khan" speaks for the body (a service's people are
/// intelligence, a ministry's official, a company's another source).
pub(super) fn body_role_names(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    let n = doc.toks.len();
    for m in &doc.mentions {
        let Some(head) = SourceKind::from_entry(m.kind) else {
            continue;
        };
        if !matches!(
            m.kind,
            EntryKind::Intelligence | EntryKind::Official | EntryKind::Organization
        ) || lx.entry(m.entry).role
        {
            continue;
        }
        let mut j = m.t1;
        if j < n && doc.toks[j].kind == Kind::Possessive {
            j += 1;
        }
        // One role word: "chief", "director", "spokesman".
        if j >= n || !ROLE_HEADS_BEFORE_NAMES.contains(&doc.lower(j)) {
            continue;
        }
        j += 1;
        if j < n && doc.text(j) == "," {
            j += 1;
        }
        let start = j;
        while j < n
            && j < start + 4
            && doc.toks[j].kind == Kind::Word
            && is_cap(doc.text(j))
            && doc.mention(j).is_none()
        {
            j += 1;
        }
        if j < start + 2 {
            continue; // a first and last name at least
        }
        let kind = body_kind(lx, m, head).unwrap_or(head);
        let s = doc.toks[start].start;
        let name = doc.src[s..doc.toks[j - 1].end].to_string();
        if mem.holder(doc.text(j - 1)).is_some() {
            continue;
        }
        mem.remember_name(&name, kind);
        name_person(doc, mem, start, j - 1, kind);
    }
}

/// Role words that stand between a body and a person's name ("Mossad chief
/// David Barnea").
const ROLE_HEADS_BEFORE_NAMES: WordList = WordList::new(&[
    "chief",
    "director",
    "head",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "deputy",
    "commander",
    "chairman",
    "president",
]);

/// Records the person named by tokens `start..=last` as one a later "he"
/// or "she" may mean.
pub(super) fn name_person(
    doc: &Doc,
    mem: &mut Memory,
    start: usize,
    last: usize,
    kind: SourceKind,
) {
    let name = doc.src[doc.toks[start].start..doc.toks[last].end].to_string();
    mem.named_person(
        doc.toks[start].start,
        Referent {
            kind,
            name,
            also_official: false,
        },
        object_position(doc, start),
    );
}
