//! Genders of the people an article names, where the text gives them: an
//! honorific ("Mr Lind", "Ms Berg") or a female role word ("spokeswoman",
//! "chairwoman"), so that "she" does not resolve to "Mr Jonas Lind".

use super::Memory;
use crate::attribution::mentions::is_cap;
use crate::attribution::tokens::Kind;
use crate::attribution::word_list::WordList;
use crate::attribution::Doc;

/// A person's gender, as the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// The gender a word gives the name it stands in or before.
fn of_word(w: &str) -> Option<Gender> {
    let w = w.trim_end_matches('.');
    if MALE.contains(&w) {
        Some(Gender::Male)
    } else if FEMALE.contains(&w) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Records the surnames the article gives an honorific ("Mr Lind",
/// "Mrs. Haumono"): a later full name with that surname has its gender.
pub(super) fn surnames(doc: &Doc, mem: &mut Memory) {
    let n = doc.toks.len();
    for i in 0..n {
        if doc.toks[i].kind != Kind::Word || !HONORIFICS.contains(&doc.text(i)) {
            continue;
        }
        let Some(g) = of_word(doc.text(i)) else {
            continue;
        };
        // "Mr. Lind": the period is a token of its own.
        let mut k = i + 1;
        if k < n && doc.text(k) == "." && doc.toks[k].start == doc.toks[i].end {
            k += 1;
        }
        // The surname: the last of the capitalised words after it.
        let mut last = None;
        while k < n && doc.toks[k].kind == Kind::Word && is_cap(doc.text(k)) {
            last = Some(k);
            k += 1;
        }
        if let Some(s) = last {
            mem.genders.insert(doc.text(s).to_string(), g);
        }
    }
}

impl Memory {
    /// The gender of the person `name` names, where the text gave it: an
    /// honorific or gendered role word in the name, or its surname's
    /// honorific elsewhere in the article.
    pub fn gender_of(&self, name: &str) -> Option<Gender> {
        // Not an owner's honorific: "Mr Eavis' daughter Emily".
        let owner = |w: Option<&str>| {
            w.is_some_and(|w| w.ends_with('\'') || w.ends_with("'s") || w.ends_with("’s"))
        };
        let given = name
            .split_whitespace()
            .zip(name.split_whitespace().map(Some).skip(1).chain([None]))
            .filter(|&(_, next)| !owner(next))
            .find_map(|(w, _)| of_word(&w.to_lowercase()));
        if given.is_some() {
            return given;
        }
        let last = name
            .split_whitespace()
            .rev()
            .find(|w| w.starts_with(char::is_uppercase))?;
        self.genders.get(last.trim_end_matches([',', '.'])).copied()
    }
}

/// Honorifics as written before a name.
const HONORIFICS: WordList = WordList::new(&[
    "Mr", "Mrs", "Ms", "Miss", "Mr.", "Mrs.", "Ms.", "Sir", "Dame", "Lady", "Lord",
]);

/// Words (lower case) that make a named person male ("spokesman" and
/// "chairman" name women too: "UKIP chairman Petrina Holdsworth").
const MALE: WordList = WordList::new(&["mr", "sir", "lord", "king", "prince"]);

/// Words (lower case) that make a named person female.
const FEMALE: WordList = WordList::new(&[
    "mrs",
    "ms",
    "miss",
    "dame",
    "lady",
    "queen",
    "princess",
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "businesswoman",
    "councilwoman",
    "assemblywoman",
]);
