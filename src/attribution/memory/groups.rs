//! Bodies the article itself calls non-state groups: "The Democratic
//! Council, an opposition umbrella group, said" makes the council, and a
//! later "Ali Hamid of the Democratic Council", speak for a group
//! (`other-source`), though a council or committee reads as a state body.
//! The article's own description outweighs the word list.

use super::Memory;
use crate::attribution::mentions::is_cap;
use crate::attribution::tokens::Kind;
use crate::attribution::word_list::WordList;
use crate::attribution::Doc;

/// Remembers each name that an apposition describes as a non-state group:
/// "X, a rebel alliance", "X, the main opposition bloc", "X, an
/// independent think tank".
pub(super) fn groups(doc: &Doc, mem: &mut Memory) {
    for r in &doc.sentences {
        for c in r.start + 1..r.end {
            if doc.toks[c].kind != Kind::Punct
                || doc.text(c) != ","
                || !described_as_group(doc, c + 1, r.end)
            {
                continue;
            }
            let Some(name) = name_before(doc, r.start, c) else {
                continue;
            };
            if !mem.groups.contains(&name) {
                mem.groups.push(name);
            }
        }
    }
}

/// The capitalised name of the sentence starting at token `first` that
/// ends at token `end` ("Higher Negotiations Committee", "Friends of the
/// Earth"), without a leading "The"; none for a lone capitalised word
/// opening the sentence ("However, ...").
fn name_before(doc: &Doc, first: usize, end: usize) -> Option<String> {
    let word = |k: usize| doc.toks[k].kind == Kind::Word;
    let mut start = end;
    while start > first {
        let k = start - 1;
        let inner = k > first
            && start < end
            && matches!(doc.lower(k), "of" | "for" | "and" | "the")
            && word(k - 1)
            && is_cap(doc.text(k - 1));
        if word(k) && is_cap(doc.text(k)) || inner {
            start = k;
        } else {
            break;
        }
    }
    while start < end && matches!(doc.lower(start), "the" | "of" | "for" | "and") {
        start += 1;
    }
    if start == end || end - start == 1 && start == first {
        return None;
    }
    Some(doc.src[doc.toks[start].start..doc.toks[end - 1].end].to_string())
}

/// Whether an apposition that starts at token `d` (in a sentence that ends
/// before token `n`) calls what it follows a non-state group: a
/// determiner, a few words, and a noun of groups that is not a part of
/// something else ("a group of officials", "the group's leader").
fn described_as_group(doc: &Doc, d: usize, n: usize) -> bool {
    if d >= n || !matches!(doc.lower(d), "a" | "an" | "the") {
        return false;
    }
    // The group noun ends the apposition's phrase: punctuation or a word
    // that opens what describes it follows, not another noun ("a Nakasone
    // faction leader"), a possessive ("the group's leader"), "of" ("a
    // group of officials") or a verb ("On Friday, an environmental group
    // said").
    let whole = |k: usize| {
        k >= n
            || matches!(doc.toks[k].kind, Kind::Punct | Kind::CloseQuote)
            || AFTER_GROUP.contains(&doc.lower(k))
    };
    let mut non_state = false;
    for k in d + 1..(d + 6).min(n) {
        if doc.toks[k].kind != Kind::Word {
            return false;
        }
        let w = doc.lower(k);
        // "the president of a business group": the group is another's.
        if matches!(w, "of" | "for" | "at" | "with" | "in" | "from" | "to") {
            return false;
        }
        if w == "think" && k + 1 < n && doc.lower(k + 1) == "tank" {
            return whole(k + 2);
        }
        if NON_STATE_GROUPS.contains(&w) {
            return whole(k + 1);
        }
        // "a campaign group": a group noun before another is a modifier.
        let next = if k + 1 < n { doc.lower(k + 1) } else { "" };
        if GROUPS.contains(&w) && !GROUPS.contains(&next) {
            return non_state && whole(k + 1);
        }
        non_state |= NON_STATE.contains(&w);
    }
    false
}

/// Words after a group noun that go on describing the group.
const AFTER_GROUP: WordList = WordList::new(&[
    "that",
    "which",
    "whose",
    "representing",
    "based",
    "founded",
    "formed",
    "backed",
    "funded",
    "led",
    "for",
    "in",
    "from",
    "with",
]);

/// Nouns of groups that are never a state's.
const NON_STATE_GROUPS: WordList = WordList::new(&[
    "charity",
    "ngo",
    "nonprofit",
    "non-profit",
    "militia",
    "faction",
    "lobby",
]);

/// Nouns of groups of any kind: a state's too ("a government body", "the
/// ruling coalition") unless a word before says otherwise.
const GROUPS: WordList = WordList::new(&[
    "group",
    "organisation",
    "organization",
    "coalition",
    "alliance",
    "association",
    "network",
    "foundation",
    "campaign",
    "bloc",
    "body",
    "movement",
    "front",
]);

/// Words that make a group a non-state one.
const NON_STATE: WordList = WordList::new(&[
    "opposition",
    "rebel",
    "militant",
    "armed",
    "insurgent",
    "jihadist",
    "advocacy",
    "rights",
    "campaign",
    "campaigning",
    "activist",
    "pressure",
    "lobbying",
    "umbrella",
    "non-governmental",
    "nongovernmental",
    "civil",
    "independent",
    "private",
    "industry",
    "trade",
    "business",
    "student",
    "environmental",
]);
