//! Canonical names: the one name an article's source goes by. A person is
//! named by the fullest name the article gives them ("Professor Allsop" ->
//! "Richard Allsop", "Ms Dunwoody, who chairs ..." -> "Gwyneth Dunwoody");
//! an outlet or service the lexicon knows by the lexicon's name ("New China
//! News Agency" -> "Xinhua"); anything else by its phrase without leading
//! determiners, appositions and relative clauses.

use std::collections::HashMap;

use super::tokens::Kind;
use super::Doc;
use crate::lexicon::{EntryKind, Lexicon};

/// Words before a name that are no part of it.
const HONORIFICS: &[&str] = &[
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Dr",
    "Dr.",
    "Prof",
    "Prof.",
    "Professor",
    "Sir",
    "Dame",
    "Sen.",
    "Rep.",
    "Gov.",
    "Gen.",
    "Col.",
    "Capt.",
    "Lt.",
    "Maj.",
    "Adm.",
    "Sgt.",
    "President",
    "Minister",
    "Senator",
    "Representative",
    "Secretary",
    "General",
    "Chancellor",
    "Judge",
    "Justice",
    "Mayor",
    "Governor",
    "Ambassador",
    "Director",
    "Chairman",
    "Commissioner",
    "Premier",
    "Speaker",
    "Reverend",
    "Rev.",
    "Father",
    "Sheikh",
];

/// Capitalised words that are days and months, not names.
const CALENDAR: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "High",
    "Low",
];

/// Particles inside names ("Mohammad bin Salman", "Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "de", "da", "del", "der", "van", "von", "la", "le", "di",
    "du", "Abou", "Abu", "Al", "El",
];

/// Surname -> the fullest person name the article gives.
#[derive(Debug, Default)]
pub struct NameIndex {
    by_last: HashMap<String, String>,
}

impl NameIndex {
    /// Collects the runs of capitalised words that name people: two words
    /// or more, no listed institution, outlet or place inside.
    pub(crate) fn build(doc: &Doc, lx: &Lexicon) -> NameIndex {
        let mut by_last: HashMap<String, String> = HashMap::new();
        let n = doc.toks.len();
        let mut i = 0;
        while i < n {
            if !name_word(doc, lx, i) || HONORIFICS.contains(&doc.text(i)) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            while end < n
                && (name_word(doc, lx, end)
                    || (PARTICLES.contains(&doc.text(end)) && name_word(doc, lx, end + 1)))
                && !HONORIFICS.contains(&doc.text(end))
            {
                end += 1;
            }
            let words = end - start;
            if (2..=5).contains(&words) {
                let full = doc.src[doc.toks[start].start..doc.toks[end - 1].end].to_string();
                let full = full.split_whitespace().collect::<Vec<_>>().join(" ");
                let last = doc.text(end - 1).to_string();
                let longer = by_last
                    .get(&last)
                    .is_none_or(|old| old.split(' ').count() < words);
                if longer {
                    by_last.insert(last, full);
                }
            }
            i = end;
        }
        NameIndex { by_last }
    }

    /// The fullest name ending in `last`, if the article gives one.
    pub fn full(&self, last: &str) -> Option<&str> {
        self.by_last.get(last).map(String::as_str)
    }
}

/// A capitalised word that may be part of a person's name: not a listed
/// institution, outlet, service or place, not the first word of a line.
fn name_word(doc: &Doc, lx: &Lexicon, i: usize) -> bool {
    let Some(t) = doc.toks.get(i) else {
        return false;
    };
    if t.kind != Kind::Word {
        return false;
    }
    let w = doc.text(i);
    let cap = w.chars().next().is_some_and(char::is_uppercase);
    let shouting = w.len() > 1 && w.chars().all(|c| !c.is_lowercase());
    if !cap || shouting {
        return false;
    }
    doc.mention(i).is_none_or(|m| {
        let e = lx.entry(m.entry);
        e.office.is_some() || matches!(m.kind, EntryKind::Person)
    })
}

/// The canonical name of a source phrase (or of the name an anaphor was
/// resolved to): a person's fullest name, else the phrase trimmed.
pub fn canonical(phrase: &str, names: &NameIndex) -> String {
    person(phrase, names).unwrap_or_else(|| trim(phrase.split(", ").next().unwrap_or(phrase)))
}

/// The fullest name of the person a phrase names, if it names one.
pub fn person(phrase: &str, names: &NameIndex) -> Option<String> {
    let mut phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
    // "Shaheen's letter": a document speaks for its owner.
    for apos in ["’s ", "'s "] {
        if let Some(i) = phrase.find(apos) {
            let rest = &phrase[i + apos.len()..];
            let no_name = rest
                .split(' ')
                .all(|w| !w.chars().next().is_some_and(char::is_uppercase));
            if no_name {
                phrase.truncate(i);
                break;
            }
        }
    }
    // "Ms Dunwoody, who chairs ...": the name before the apposition;
    // "EAAT legal spokesman, Taher Abou Al Nasr": the name after it.
    let mut parts = phrase.split(", ");
    let first = parts.next().unwrap_or_default();
    let second = parts.next();
    for part in [Some(first), second].into_iter().flatten() {
        if let Some(name) = person_name(part) {
            let last = name.rsplit(' ').next().unwrap_or(&name);
            if let Some(full) = names.full(last) {
                if full.contains(name.as_str()) || name.split(' ').count() == 1 {
                    return Some(full.to_string());
                }
            }
            return Some(name);
        }
    }
    None
}

/// The last run of capitalised words of a phrase's head (before "of",
/// "from", "at"), honorifics dropped: "Professor Allsop" -> "Allsop",
/// "David Noone from Intervoice" -> "David Noone".
fn person_name(part: &str) -> Option<String> {
    let head = ["of", "from", "at", "for", "in", "with", "who", "which"]
        .iter()
        .filter_map(|p| part.find(&format!(" {p} ")))
        .min()
        .map_or(part, |i| &part[..i]);
    let words: Vec<&str> = head.split(' ').collect();
    let is_name = |w: &str| {
        let w = w.trim_end_matches(['’', '\'', 's']).trim_end_matches('’');
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && !HONORIFICS.contains(&w)
            && !w.ends_with("-elect")
            && !CALENDAR.contains(&w)
    };
    let end = words.iter().rposition(|w| is_name(w))?;
    if end + 1 != words.len() {
        return None; // a lower-case head after the name: "the Moscow-based firm"
    }
    let mut start = end;
    while start > 0 && (is_name(words[start - 1]) || PARTICLES.contains(&words[start - 1])) {
        start -= 1;
    }
    // "The Ministry", "the Kremlin": one capitalised word after a
    // determiner names a body, not a person.
    let determined = words
        .first()
        .is_some_and(|w| matches!(*w, "the" | "The" | "a" | "A" | "an" | "An"));
    if determined && start == end {
        return None;
    }
    Some(words[start..=end].join(" "))
}

/// A phrase without a leading determiner or "including".
fn trim(phrase: &str) -> String {
    let mut p = phrase.trim();
    for lead in ["including ", "Including "] {
        p = p.strip_prefix(lead).unwrap_or(p);
    }
    p.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(pairs: &[(&str, &str)]) -> NameIndex {
        NameIndex {
            by_last: pairs
                .iter()
                .map(|(l, f)| (l.to_string(), f.to_string()))
                .collect(),
        }
    }

    #[test]
    fn people_get_their_fullest_name() {
        let ix = index(&[
            ("Allsop", "Richard Allsop"),
            ("Dunwoody", "Gwyneth Dunwoody"),
        ]);
        assert_eq!(canonical("Professor Allsop", &ix), "Richard Allsop");
        assert_eq!(
            canonical(
                "Ms Dunwoody, who chairs the Transport Select Committee",
                &ix
            ),
            "Gwyneth Dunwoody"
        );
        assert_eq!(canonical("David Noone from Intervoice", &ix), "David Noone");
        assert_eq!(
            canonical("EAAT legal spokesman, Taher Abou Al Nasr", &ix),
            "Taher Abou Al Nasr"
        );
    }

    #[test]
    fn roles_and_bodies_keep_their_phrase() {
        let ix = NameIndex::default();
        assert_eq!(
            canonical("the Shanghai official", &ix),
            "the Shanghai official"
        );
        assert_eq!(canonical("including the ministry", &ix), "the ministry");
    }
}
