//! Names spelled out before a listed acronym: "The State Security
//! Department (VSD)" is the service the lexicon lists as VSD, though the
//! lexicon spells its name "State Security Department of Lithuania". The
//! article's own spelling becomes a mention of that entry, so that the
//! phrase, its "Its head" and "the department" take the service's kind.

use crate::lexicon::{EntryKind, Lexicon, Mention};

/// Words that may sit inside a body's name between capitalised ones.
const JOINERS: [&str; 5] = ["of", "and", "for", "the", "on"];

/// `raw` (sorted by start) with a mention added for every capitalised name
/// right before a bracketed listed acronym whose entry's name or aliases
/// hold each of the name's words.
pub(super) fn add(src: &str, raw: Vec<Mention>, lx: &Lexicon) -> Vec<Mention> {
    let mut added: Vec<Mention> = Vec::new();
    for m in &raw {
        let e = lx.entry(m.entry);
        let body = matches!(
            e.kind,
            EntryKind::Intelligence | EntryKind::StateMedia | EntryKind::Official
        );
        let acronym = &src[m.start..m.end];
        let bracketed = src[..m.start].ends_with(" (") && src[m.end..].starts_with(')');
        if !body
            || !bracketed
            || !(2..=6).contains(&acronym.len())
            || !acronym.bytes().all(|b| b.is_ascii_uppercase())
        {
            continue;
        }
        let Some((start, words)) = name_before(src, m.start - 2) else {
            continue;
        };
        // A name the lexicon matched across the start is another name;
        // words it matched inside the name ("Department") give way.
        if raw.iter().any(|o| o.start < start && o.end > start) {
            continue;
        }
        let spelled = std::iter::once(&e.name)
            .chain(&e.aliases)
            .any(|a| holds_all(a, &words));
        if spelled {
            added.push(Mention {
                start,
                end: m.start - 2,
                entry: m.entry,
                named: true,
            });
        }
    }
    if added.is_empty() {
        return raw;
    }
    // The name spelled so once names the entry wherever the article
    // repeats it ("Officials at the State Security Department said").
    for k in 0..added.len() {
        let (name, entry) = (&src[added[k].start..added[k].end], added[k].entry);
        for (at, _) in src.match_indices(name) {
            let end = at + name.len();
            let bounded = !src[..at].ends_with(char::is_alphanumeric)
                && !src[end..].starts_with(char::is_alphanumeric);
            let taken = added
                .iter()
                .chain(&raw)
                .any(|o| o.start < end && o.end > at && !(o.start >= at && o.end <= end))
                || added.iter().any(|o| o.start == at);
            if bounded && !taken {
                added.push(Mention {
                    start: at,
                    end,
                    entry,
                    named: true,
                });
            }
        }
    }
    let mut all = raw;
    all.retain(|o| !added.iter().any(|a| o.start >= a.start && o.end <= a.end));
    all.extend(added);
    all.sort_by_key(|m| m.start);
    all
}

/// The capitalised name that ends at byte `end` of `src` (two words at
/// least, joined by lower-case joiners, on one line): its start and words.
fn name_before(src: &str, end: usize) -> Option<(usize, Vec<&str>)> {
    let line = &src[src[..end].rfind('\n').map_or(0, |n| n + 1)..end];
    let base = end - line.len();
    let mut start = end;
    let mut words: Vec<&str> = Vec::new();
    for (at, w) in word_starts(line).into_iter().rev() {
        let cap = w.starts_with(|c: char| c.is_uppercase());
        if !cap && !JOINERS.contains(&w) {
            break;
        }
        start = base + at;
        words.push(w);
    }
    // Joiners and an article open no name: "of the State Security
    // Department", "The State Security Department".
    while words
        .last()
        .is_some_and(|w| JOINERS.contains(w) || *w == "The")
    {
        let w = words.pop()?;
        start += w.len() + 1;
    }
    words.reverse();
    let capitals = words.iter().filter(|w| !JOINERS.contains(w)).count();
    (capitals >= 2).then_some((start, words))
}

/// The words of `line` split at single spaces, with their byte offsets;
/// a word with other punctuation than a hyphen ends the list there.
fn word_starts(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for w in line.split(' ') {
        if !w.is_empty() {
            out.push((at, w));
        }
        at += w.len() + 1;
    }
    // Only the words after the last punctuation mark can be the name.
    let cut = out
        .iter()
        .rposition(|(_, w)| !w.chars().all(|c| c.is_alphanumeric() || c == '-'))
        .map_or(0, |k| k + 1);
    out.split_off(cut)
}

/// Whether `name` holds every capitalised word of `words` (any case), "The"
/// aside.
fn holds_all(name: &str, words: &[&str]) -> bool {
    let name: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .collect();
    words
        .iter()
        .filter(|w| !JOINERS.contains(w) && **w != "The")
        .all(|w| name.iter().any(|n| n == &w.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_ends_before_its_bracket() {
        let s = "after The State Security Department (VSD) said";
        let end = s.find(" (").unwrap();
        let (start, words) = name_before(s, end).unwrap();
        assert_eq!(&s[start..end], "State Security Department");
        assert_eq!(words, ["State", "Security", "Department"]);
        let s = "Lithuania's service, the State Security Department (VSD)";
        let end = s.find(" (").unwrap();
        assert_eq!(
            &s[name_before(s, end).unwrap().0..end],
            "State Security Department"
        );
        // One capitalised word is no name.
        let s = "the agency (VSD)";
        assert!(name_before(s, s.find(" (").unwrap()).is_none());
    }

    #[test]
    fn every_word_must_be_in_the_listed_name() {
        let w = ["State", "Security", "Department"];
        assert!(holds_all("State Security Department of Lithuania", &w));
        assert!(!holds_all("State Security Service", &w));
    }
}
