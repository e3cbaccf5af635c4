//! Canonical names: the one name an article's source goes by. A person is
//! named by the fullest name the article gives them ("Professor Allsop" ->
//! "Richard Allsop", "Ms Dunwoody, who chairs ..." -> "Gwyneth Dunwoody");
//! an outlet or service the lexicon knows by the lexicon's name ("New China
//! News Agency" -> "Xinhua"); anything else by its phrase without leading
//! determiners, appositions and relative clauses.

use crate::attribution::word_list::WordList;
use rustc_hash::FxHashMap as HashMap;
use std::cell::{OnceCell, RefCell};

use super::mentions::{is_role_head, STATIONED};
use super::tokens::Kind;
use super::Doc;
use crate::lexicon::{EntryKind, Lexicon};

/// Words before a name that are no part of it.
pub(super) const HONORIFICS: WordList = WordList::new(&[
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
    "Sheik",
    "Chief",
    "Gen",
    "Lt",
    "Col",
    "Colonel",
    "Maj",
    "Capt",
    "Captain",
    "Adm",
    "Admiral",
    "Brig",
    "Lieutenant",
    "Hojatoleslam",
    "Ayatollah",
    "Seyyed",
    "Emir",
    "Rev",
]);

/// Capitalised words that are days and months, not names.
const CALENDAR: WordList = WordList::new(&[
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
]);

/// Particles inside names ("Mohammad bin Salman", "Ursula von der Leyen").
const PARTICLES: WordList = WordList::new(&[
    "bin", "bint", "ibn", "al", "el", "de", "da", "del", "der", "van", "von", "la", "le", "di",
    "du", "Abou", "Abu", "Al", "El",
]);

/// Whether every word is capitalised or a name particle: "Vice Admiral
/// Peter Reesink", "Ali bin Tamim".
pub(super) fn capitalised_words(words: &[&str]) -> bool {
    words
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) || is_particle(w))
}

/// Whether a word is a name particle, alone ("bin") or joined to the next
/// part ("al-Sabah").
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
        || word
            .split_once('-')
            .is_some_and(|(p, rest)| PARTICLES.contains(&p) && rest.starts_with(char::is_uppercase))
}

/// Surname -> the fullest person name the article gives, looked up where
/// the surname occurs when first asked for (most sources are not people),
/// and remembered.
#[derive(Default)]
pub struct NameIndex<'d, 'a> {
    article: Option<(&'d Doc<'a>, &'d Lexicon)>,
    /// Tokens that start with a capital letter (or a non-ASCII byte),
    /// grouped by their first byte, collected on first use: a surname and
    /// every spelling of it one letter off start with the same byte.
    capitals: OnceCell<Vec<Vec<u32>>>,
    by_last: RefCell<HashMap<String, Option<String>>>,
    /// Source phrase -> its canonical name: an article cites one source
    /// in the same words many times.
    by_phrase: RefCell<HashMap<String, String>>,
}

impl<'d, 'a> NameIndex<'d, 'a> {
    /// The index of one article.
    pub(crate) fn of(doc: &'d Doc<'a>, lx: &'d Lexicon) -> Self {
        NameIndex {
            article: Some((doc, lx)),
            capitals: OnceCell::new(),
            by_last: RefCell::default(),
            by_phrase: RefCell::default(),
        }
    }

    /// [`canonical`] of `phrase`, remembered for the article.
    pub fn canonical(&self, phrase: &str) -> String {
        if let Some(known) = self.by_phrase.borrow().get(phrase) {
            return known.clone();
        }
        let name = canonical(phrase, self);
        self.by_phrase
            .borrow_mut()
            .insert(phrase.to_string(), name.clone());
        name
    }

    /// Whether `text` is a place the lexicon lists, and nothing more
    /// ("Italy", "Russia").
    fn is_place(&self, text: &str) -> bool {
        let text = text.trim_start_matches(|c: char| c.is_lowercase() || c == ' ');
        self.article.is_some_and(|(_, lx)| {
            let found = lx.mentions(text, false);
            found.len() == 1
                && found[0].start == 0
                && found[0].end == text.len()
                && matches!(
                    lx.entry(found[0].entry).kind,
                    EntryKind::Place | EntryKind::City
                )
        })
    }

    /// The fullest name ending in `last`, if the article gives one.
    pub fn full(&self, last: &str) -> Option<String> {
        if let Some(known) = self.by_last.borrow().get(last) {
            return known.clone();
        }
        let found = self.article.and_then(|(d, lx)| {
            let capitals = self.capitals.get_or_init(|| {
                let mut by_byte = vec![Vec::new(); 256];
                for (i, t) in d.toks.iter().enumerate() {
                    let first = d.src.as_bytes()[t.start];
                    if t.kind == Kind::Word && first != d.lower_src.as_bytes()[t.start]
                        || !first.is_ascii()
                    {
                        by_byte[usize::from(first)].push(i as u32);
                    }
                }
                by_byte
            });
            let first = usize::from(*last.as_bytes().first()?);
            longest_run(d, lx, &capitals[first], last)
        });
        self.by_last
            .borrow_mut()
            .insert(last.to_string(), found.clone());
        found
    }
}

/// Whether a well-known office-holder's one-word alias at `start..end` of
/// `text` follows another given name: "Michelle Obama", "Hanns Schroeder"
/// are other people. Titles, honorifics, days, listed words (places,
/// bodies: "Saudi Arabia Biden") and words in capitals are no given names
/// ("President Obama", "Mr Schroeder", "MILLER SAYS REAGAN").
pub(super) fn other_given_name(
    text: &str,
    (from, start, end): (usize, usize, usize),
    full: &str,
    spans: &[(usize, usize, usize)],
) -> bool {
    if text[start..end].contains(char::is_whitespace) {
        return false;
    }
    let Some((mut prev, mut prev_start)) = word_before(text, from, start) else {
        return false;
    };
    // A word on the line before (a headline) is no given name.
    if text[prev_start + prev.len()..start].contains('\n') {
        return false;
    }
    // "Gabriela de Bukele": past a particle to the given name.
    if PARTICLES.contains(&prev) {
        match word_before(text, from, prev_start) {
            Some(w) => (prev, prev_start) = w,
            None => return false,
        }
    }
    let mut letters = prev.chars();
    let title_case = letters.next().is_some_and(char::is_uppercase)
        && prev.len() >= 2
        && !prev.ends_with('-')
        && letters.zip(prev.chars()).all(|(c, before_c)| {
            c.is_lowercase() || before_c == '-' && c.is_uppercase() || c == '-'
        });
    title_case
        && !same_given_name(prev, full)
        && !HONORIFICS.contains(&prev)
        && !CALENDAR.contains(&prev)
        && !NOT_GIVEN_NAMES.contains(&prev)
        && !is_role_head(prev)
        && !covered(spans, prev_start)
}

/// The word right before byte `start` of `text` (looking back no further
/// than `from`) and where it starts, when whitespace separates them.
pub(super) fn word_before(text: &str, from: usize, start: usize) -> Option<(&str, usize)> {
    let before = &text[from..start];
    if !before.ends_with(char::is_whitespace) {
        return None;
    }
    let end = before.trim_end().len();
    let word = before[..end].split_whitespace().next_back()?;
    Some((word, from + end - word.len()))
}

/// Whether byte `at` lies inside one of the mention `spans`.
pub(super) fn covered(spans: &[(usize, usize, usize)], at: usize) -> bool {
    spans.iter().any(|&(a, b, _)| a <= at && at < b)
}

/// Capitalised words before a surname that are no given name: function
/// words that open a sentence ("As Mattis met ...", "When Obama spoke")
/// and royal titles.
pub(super) const NOT_GIVEN_NAMES: WordList = WordList::new(&[
    "The",
    "A",
    "An",
    "As",
    "In",
    "On",
    "At",
    "For",
    "With",
    "After",
    "Before",
    "While",
    "When",
    "If",
    "Since",
    "Though",
    "Although",
    "But",
    "And",
    "So",
    "Yet",
    "Or",
    "Then",
    "Now",
    "Today",
    "Yesterday",
    "Meanwhile",
    "However",
    "Also",
    "Still",
    "Even",
    "Only",
    "Both",
    "Some",
    "Many",
    "Most",
    "All",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "What",
    "Why",
    "How",
    "Where",
    "Who",
    "Under",
    "Over",
    "During",
    "Despite",
    "Asked",
    "Like",
    "Unlike",
    "By",
    "From",
    "To",
    "Of",
    "Because",
    "Once",
    "Later",
    "Earlier",
    "Last",
    "Next",
    "Former",
    "Not",
    "No",
    "Every",
    "Each",
    "Another",
    "Other",
    "Such",
    "Several",
    "Without",
    "Against",
    "Prince",
    "Princess",
    "King",
    "Queen",
    "Crown",
    "Emperor",
]);

/// Whether `prev` is a part of the office-holder's `full` name, or its
/// given name spelt otherwise: "George W Bush" (W.), "Abdel-Fattah
/// El-Sisi", "Steve Mnuchin" (Steven), "Anthony Blinken" (Antony).
fn same_given_name(prev: &str, full: &str) -> bool {
    let prev = prev.trim_end_matches('.');
    let words: Vec<&str> = full
        .split_whitespace()
        .map(|w| w.trim_end_matches('.'))
        .collect();
    let part_of = |p: &str| words.iter().any(|w| w.eq_ignore_ascii_case(p));
    if part_of(prev) || prev.split('-').any(part_of) {
        return true;
    }
    let Some(given) = words.first() else {
        return false;
    };
    let prefix = |a: &str, b: &str| a.len() >= 3 && b.starts_with(a);
    prefix(prev, given) || prefix(given, prev) || one_edit_apart(prev, given)
}

/// The longest run of capitalised name words (two to five) that ends in
/// `last` anywhere in the article: "Richard Allsop" for "Allsop".
fn longest_run(doc: &Doc, lx: &Lexicon, capitals: &[u32], last: &str) -> Option<String> {
    // A surname spelt once with a letter more or less ("Jefferies" for
    // "Hakeem Jeffries") is the same person when no run has it exactly.
    run_ending(doc, lx, capitals, |w| w == last)
        .or_else(|| run_ending(doc, lx, capitals, |w| w != last && one_edit_apart(w, last)))
}

/// Whether two words of six letters or more, with the same first letter,
/// differ by one inserted, deleted or replaced letter.
pub(super) fn one_edit_apart(a: &str, b: &str) -> bool {
    // Cheap tests first: this runs over every capitalised word of an
    // article for a surname it does not have.
    if a.len().abs_diff(b.len()) > 4 || a.as_bytes().first() != b.as_bytes().first() {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return one_edit(a.as_bytes(), b.as_bytes());
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    one_edit(&a, &b)
}

/// [`one_edit_apart`] over letters.
fn one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 6 || long.len() - short.len() > 1 || short[0] != long[0] {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if prefix == short.len() {
        return long.len() == short.len() + 1;
    }
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// The longest run of name words ending in a word that `fits`.
fn run_ending(
    doc: &Doc,
    lx: &Lexicon,
    capitals: &[u32],
    fits: impl Fn(&str) -> bool,
) -> Option<String> {
    let mut best: Option<(usize, usize)> = None;
    for &end in capitals {
        let end = end as usize;
        if !fits(doc.text(end)) || !name_word(doc, lx, end) {
            continue;
        }
        let mut start = end;
        while start > 0
            && !HONORIFICS.contains(&doc.text(start))
            && (name_word(doc, lx, start - 1) || PARTICLES.contains(&doc.text(start - 1)))
            && !HONORIFICS.contains(&doc.text(start - 1))
            && end - start < 4
        {
            start -= 1;
        }
        while start < end && PARTICLES.contains(&doc.text(start)) {
            start += 1;
        }
        if end > start && best.is_none_or(|(s, e)| e - s < end - start) {
            best = Some((start, end));
        }
    }
    let (s, e) = best?;
    let full = &doc.src[doc.toks[s].start..doc.toks[e].end];
    Some(full.split_whitespace().collect::<Vec<_>>().join(" "))
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

/// Words that join the capitalised words of a body's name ("Welt am
/// Sonntag", "Business and Finance", "Lupa por la Vida").
pub(crate) const NAME_JOINERS: WordList = WordList::new(&[
    "and", "am", "und", "et", "y", "la", "le", "el", "der", "des", "du", "por",
]);

/// Whether `words` are a body's name: capitalised words, with joining
/// words inside ([`NAME_JOINERS`]).
pub fn body_name(words: &[&str]) -> bool {
    let cap = |w: &&str| w.starts_with(char::is_uppercase);
    words.first().is_some_and(cap)
        && words.last().is_some_and(cap)
        && words.iter().all(|w| cap(w) || NAME_JOINERS.contains(w))
}

/// Whether `words` are a body's name with a joining word inside, which a
/// person's name lookup would cut ("Welt am Sonntag" is no Mr Sonntag).
pub fn joined_body_name(words: &[&str]) -> bool {
    body_name(words) && words.iter().any(|w| NAME_JOINERS.contains(w))
}

/// The canonical name of a source phrase (or of the name an anaphor was
/// resolved to): a person's fullest name, else the phrase trimmed.
pub fn canonical(phrase: &str, names: &NameIndex) -> String {
    person(phrase, names).unwrap_or_else(|| trim(phrase))
}

/// The fullest name of the person a phrase names, if it names one.
pub fn person(phrase: &str, names: &NameIndex) -> Option<String> {
    if !phrase.chars().any(char::is_uppercase) {
        return None; // "the ministry", "officials": no name
    }
    let mut phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
    // "Shaheen's": the owner.
    drop_possessive(&mut phrase);
    // "Shaheen's letter": a document speaks for its owner.
    for apos in ["’s ", "'s "] {
        if let Some(i) = phrase.find(apos) {
            let rest = &phrase[i + apos.len()..];
            let no_name = rest
                .split(' ')
                .all(|w| !w.chars().next().is_some_and(char::is_uppercase));
            // "Algeria's state news agency" speaks for itself, not for
            // Algeria; so do "China's coast guard", "Pakistan's
            // meteorological department", "Italy's information
            // commissioner" and "Mr Begg's father". A document, a spokesman
            // or a body's officer speaks for the owner.
            let state_body = || {
                rest.split(' ')
                    .any(|w| super::mentions::STATE_BODY_HEADS.contains(&w))
                    && names.is_place(&phrase[..i])
            };
            let body = rest.split(' ').any(|w| OWN_VOICE.contains(&w)) || state_body();
            let last = rest.rsplit(' ').next().unwrap_or_default();
            let person = KIN.contains(&last)
                || is_role_head(last)
                    && !matches!(last, "spokesman" | "spokeswoman" | "spokesperson")
                    && names.is_place(&phrase[..i]);
            if no_name && !body && !person {
                phrase.truncate(i);
                break;
            }
        }
    }
    // "Ms Dunwoody, who chairs ...": the name before the apposition;
    // "EAAT legal spokesman, Taher Abou Al Nasr": the name after it.
    // "State Administration of Radio, Film and Television": a list
    // inside a name is one part.
    let (first, second) = match phrase.find(", ") {
        Some(i) if !listed_in_name(&phrase[i + 1..]) => {
            let mut parts = phrase.split(", ");
            // "Researchers at Microsoft, which first identified Volt
            // Typhoon": a relative clause names no one the phrase is.
            let relative = |p: &&str| {
                let w = p.split(' ').next().unwrap_or_default();
                !matches!(w, "which" | "who" | "whose" | "whom" | "that" | "where")
            };
            (
                parts.next().unwrap_or_default(),
                parts.next().filter(relative),
            )
        }
        _ => (phrase.as_str(), None),
    };
    for part in [Some(first), second].into_iter().flatten() {
        if let Some(name) = person_name(part) {
            // A name given in full ("Richard Allsop") is its own fullest
            // form; a surname alone ("Allsop") is looked up.
            if name.contains(' ') {
                return Some(name);
            }
            return Some(names.full(&name).unwrap_or(name));
        }
    }
    None
}

/// The last run of capitalised words of a phrase's head (before "of",
/// "from", "at"), honorifics dropped: "Professor Allsop" -> "Allsop",
/// "David Noone from Intervoice" -> "David Noone".
fn person_name(part: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for w in part.split(' ') {
        // "Iran's mission to the United Nations": where a post sits.
        let posted = w == "to"
            && words
                .last()
                .is_some_and(|p| STATIONED.contains(&p.to_ascii_lowercase().as_str()));
        let stop = matches!(
            w,
            "of" | "from" | "at" | "for" | "in" | "with" | "who" | "which"
        );
        if !words.is_empty() && (stop || posted) {
            break;
        }
        words.push(w);
    }
    let is_name = |w: &str| {
        let w = w.trim_end_matches(['’', '\'', 's']).trim_end_matches('’');
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && !HONORIFICS.contains(&w)
            && !w.ends_with("-elect")
            && !CALENDAR.contains(&w)
    };
    // The name ends the phrase; a lower-case head after a name ("the
    // Moscow-based firm") is no person.
    let end = words.len().checked_sub(1)?;
    if !is_name(words[end]) {
        return None;
    }
    let mut start = end;
    while start > 0 && (is_name(words[start - 1]) || PARTICLES.contains(&words[start - 1])) {
        start -= 1;
    }
    // "National Bureau of Statistics", "Bank of America": a run of capitals
    // that ends in a body's noun and goes on with "of" or "for" names the
    // body, with what follows.
    let all: Vec<&str> = part.split(' ').collect();
    if body_head(words[end])
        && all
            .get(words.len())
            .is_some_and(|w| matches!(*w, "of" | "for"))
    {
        return body_with_complement(&all, start, words.len());
    }
    // "the Cybersecurity and Infrastructure Security Agency", "Marks &
    // Spencer": names joined inside one run of capitals name a body, unless
    // two full names are joined ("JP McManus and John Magnier": the last
    // person).
    if start >= 2 && matches!(words[start - 1], "and" | "&") && is_name(words[start - 2]) {
        let body_head = body_head(words[end]);
        let two_names = end > start && start >= 3 && is_name(words[start - 3]);
        if body_head || !two_names {
            return None;
        }
    }
    // "The Ministry", "the Kremlin": one capitalised word after a
    // determiner names a body, not a person.
    let determined = words
        .first()
        .is_some_and(|w| matches!(*w, "the" | "The" | "a" | "A" | "an" | "An"));
    if determined && start == end {
        return None;
    }
    // "Officials in other U.S. intelligence agencies", "Sources close to
    // him": a role or a plural of people opening the sentence is no name.
    if start == end
        && (is_role_head(words[end])
            || matches!(
                words[end],
                "Sources" | "Experts" | "Diplomats" | "Witnesses" | "Residents" | "Analysts"
            ))
    {
        return None;
    }
    // "The National Office of Roads": a capitalised run from "The" that
    // goes on with "of" names a body.
    let cut = words.len() < part.split(' ').count();
    if cut && matches!(words[start], "The" | "A" | "An") {
        return None;
    }
    // "the International Institute for Strategic Studies": a determined
    // run of capitals that "of" or "for" continues is a body's name.
    let joined = part
        .split(' ')
        .nth(words.len())
        .is_some_and(|w| matches!(w, "of" | "for"));
    if cut && determined && joined {
        return None;
    }
    // "The International Monetary Fund": the determiner is no word of the
    // name.
    if matches!(words[start], "The" | "A" | "An") {
        start += 1;
    }
    Some(words[start..=end].join(" "))
}

/// The name of a body whose words `start..of` end in its noun and go on
/// with "of" or "for" at `of`: "National Bureau of Statistics", "Department
/// of Trade and Industry". A role and a name after it are the person who
/// speaks for the body ("Bank of Japan chief Toshihiko Fukui").
fn body_with_complement(all: &[&str], start: usize, of: usize) -> Option<String> {
    let mut last = None;
    for (k, w) in all.iter().enumerate().skip(of + 1) {
        // "Department of Agriculture Undersecretary Daniel Amstutz": a
        // title ends the name.
        if is_role_head(w) {
            break;
        }
        if w.starts_with(char::is_uppercase) {
            last = Some(k);
            // "Bank of Tokyo's Kimura": the owner ends the name.
            if is_owner(w) {
                break;
            }
        } else if !matches!(*w, "of" | "for" | "and" | "the" | "on" | "&") {
            break;
        }
    }
    let last = last?;
    // "Bank of Japan chief Toshihiko Fukui": the person; "a Ministry of
    // Agriculture official": the phrase as it stands.
    let rest = &all[last + 1..];
    if let [role, name @ ..] = rest {
        if is_role_head(role) || matches!(*role, "source" | "sources") {
            return (!name.is_empty() && capitalised_words(name)).then(|| name.join(" "));
        }
        // "Bank of Tokyo's Kimura": the person; "Ministry of Culture's
        // Bureau of Cultural Heritage": the phrase as it stands.
        let owner = is_owner(all[last]);
        if owner && role.starts_with(char::is_uppercase) {
            return capitalised_words(rest).then(|| rest.join(" "));
        }
    }
    // The name's first words: capitals in any case, joined by "and" ("U.S.
    // Department of Transportation", "National Security and Defense
    // Council of Ukraine").
    let cap = |w: &str| {
        w.starts_with(char::is_uppercase)
            && !matches!(w, "The" | "A" | "An")
            && !CALENDAR.contains(&without_possessive(w))
    };
    let mut start = start;
    while start > 0
        && (cap(all[start - 1])
            || matches!(all[start - 1], "and" | "&") && start >= 2 && cap(all[start - 2]))
    {
        start -= 1;
    }
    let start = start + usize::from(matches!(all[start], "The" | "A" | "An"));
    Some(all[start..=last].join(" "))
}

/// The entity name of a phrase that names no person and nothing the
/// lexicon knows: without a leading "including" or determiner, a trailing
/// apposition or relative clause, or a possessive ending, its spaces
/// collapsed ("the officials, who spoke on condition of anonymity" ->
/// "officials").
pub fn trim(phrase: &str) -> String {
    let mut p = phrase.trim();
    for lead in ["including ", "Including "] {
        p = p.strip_prefix(lead).unwrap_or(p);
    }
    let p = head(p);
    let mut words: Vec<&str> = p.split_whitespace().collect();
    // Determiners and quantifiers: "the officials", "One Chinese
    // journalist", "other U.S. intelligence agencies".
    // "report by Chinese media outlet Jiemian": the author.
    if words.len() > 2 && words[1] == "by" && DOCUMENT_NOUNS.contains(&words[0]) {
        words.drain(..2);
    }
    // Quantifiers and time words: "the officials", "One Chinese
    // journalist", "what U.S. intelligence agencies", "January four U.S.
    // intelligence agencies".
    while words.len() > 1 {
        let lower = words[0].to_lowercase();
        let w = without_possessive(&lower);
        if QUANTIFIERS.contains(&w)
            || OPENERS.contains(&w)
            || super::mentions::TIME_WORDS.contains(&w)
            || w.chars().all(|c| c.is_ascii_digit())
        {
            words.remove(0);
        } else {
            break;
        }
    }
    // "the judiciary's Mizan news agency": a common owner before a name
    // says whose it is, not what it is called.
    if words.len() > 1
        && words[0].starts_with(char::is_lowercase)
        && is_owner(words[0])
        && words[1].starts_with(char::is_uppercase)
    {
        words.remove(0);
    }
    // "Chinese media outlet Jiemian": the name after the noun that
    // describes it.
    // So does "the newspaper Welt am Sonntag" ([`body_name`]).
    if let Some(k) = words
        .iter()
        .rposition(|w| super::memory::BODY_NOUNS.contains(w))
    {
        if body_name(&words[k + 1..]) {
            words.drain(..=k);
        }
    }
    let mut out = words.join(" ");
    drop_possessive(&mut out);
    if out.is_empty() {
        phrase.trim().to_string()
    } else {
        out
    }
}

/// Whether a word ends in a possessive "'s" ("Tokyo's", "Culture’s").
fn is_owner(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// A word without its possessive "'s" ("October's" -> "October").
fn without_possessive(word: &str) -> &str {
    word.trim_end_matches("'s").trim_end_matches("’s")
}

/// Drops a possessive ending: "the ministry's" -> "the ministry".
fn drop_possessive(phrase: &mut String) {
    for poss in ["'s", "’s"] {
        if phrase.len() > poss.len() + 1 && phrase.ends_with(poss) {
            phrase.truncate(phrase.len() - poss.len());
        }
    }
}

/// Nouns of outlets and bodies that speak with their own voice, whoever
/// owns them ("Algeria's state news agency", "Nicaragua's state television
/// channel").
const OWN_VOICE: WordList = WordList::new(&[
    "agency",
    "television",
    "radio",
    "channel",
    "newspaper",
    "paper",
    "daily",
    "media",
    "broadcaster",
    "TV",
    "press",
    "ministry",
    "service",
    "office",
    "embassy",
    "army",
    "military",
    "police",
    "guard",
    "force",
    "forces",
    "navy",
    "command",
    "intelligence",
    "bank",
    "bureau",
    "commission",
    "government",
    "parliament",
]);

/// Whether `word` heads a body's name, so that a run of names ending in it
/// names a body ("World Travel and Tourism Council", "Goodyear Tire and
/// Rubber Co"): a state body's head, an organisation's or outlet's noun, a
/// company suffix, or one of a few heads no list has.
fn body_head(word: &str) -> bool {
    const OTHER_HEADS: WordList = WordList::new(&[
        "associates",
        "bank",
        "center",
        "centre",
        "conference",
        "executive",
        "fund",
    ]);
    let lower = word.trim_end_matches('.').to_lowercase();
    super::mentions::STATE_BODY_HEADS.contains(&lower.as_str())
        || super::memory::BODY_NOUNS.contains(&lower.as_str())
        || OTHER_HEADS.contains(&lower.as_str())
        || super::mentions::ORG_SUFFIX.contains(&word)
}

/// People named by whose they are ("Akena's mother", "Brown's aides"):
/// no one's words but their own.
const KIN: WordList = WordList::new(&[
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "family",
    "friend",
    "friends",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "ally",
    "allies",
    "entourage",
    "lawyer",
    "lawyers",
    "team",
]);

/// Documents whose "by" names their author.
const DOCUMENT_NOUNS: WordList = WordList::new(&[
    "report",
    "reports",
    "statement",
    "study",
    "article",
    "survey",
]);

/// Words that open a phrase without saying who, besides the time words
/// of [`super::mentions::TIME_WORDS`]: "what U.S. intelligence agencies",
/// "last month U.S. intelligence sources".
const OPENERS: WordList =
    WordList::new(&["what", "last", "this", "that", "next", "yesterday", "today"]);

/// Words before a source that say which or how many, not who.
pub(super) const QUANTIFIERS: WordList = WordList::new(&[
    "the", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "some", "several", "many", "other", "another", "most", "all", "both", "few", "these",
    "those", "senior", "top",
]);

/// A phrase up to its first apposition or relative clause: "Ms Dunwoody,
/// who chairs ..." -> "Ms Dunwoody"; "officials who asked not to be named"
/// -> "officials".
pub fn head(phrase: &str) -> &str {
    const MARKS: [&str; 8] = [
        ", ", " who ", " which ", " whose ", " that ", " (", " - ", " — ",
    ];
    // One pass: the first space or comma that starts a mark.
    let b = phrase.as_bytes();
    let end = (0..b.len())
        .filter(|&i| matches!(b[i], b' ' | b','))
        .find(|&i| {
            MARKS.iter().any(|m| b[i..].starts_with(m.as_bytes()))
                && !(b[i] == b',' && listed_in_name(&phrase[i + 1..]))
        })
        .unwrap_or(b.len());
    phrase[..end].trim_end()
}

/// Whether the text after a comma goes on listing capitalised words up to
/// a capitalised "and" member: "Radio, Film and Television" is one name,
/// "Ms Dunwoody, who chairs" and "Mr Kim, Seoul's envoy" are not.
fn listed_in_name(rest: &str) -> bool {
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut words = rest.split_whitespace();
    loop {
        match words.next() {
            Some(w) if cap(w) && !w.ends_with(',') => {
                return words.next() == Some("and") && words.next().is_some_and(cap)
            }
            Some(w) if cap(w) => continue,
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_more_or_less_in_a_long_surname_is_a_typo() {
        assert!(one_edit_apart("Jefferies", "Jeffries"));
        assert!(one_edit_apart("Jeffries", "Jefferies"));
        assert!(one_edit_apart("Khashogi", "Khashoggi"));
        assert!(one_edit_apart("Mattiss", "Mattias"));
        assert!(!one_edit_apart("Jordan", "Gordan"));
        assert!(!one_edit_apart("Allen", "Allan"));
        assert!(!one_edit_apart("Johnson", "Jackson"));
        // Letters, not bytes, outside ASCII.
        assert!(one_edit_apart("Schröder", "Schroder"));
        assert!(!one_edit_apart("Schröder", "Schrödinger"));
        assert!(!one_edit_apart("Schröder", "Schraeder"));
        assert!(!one_edit_apart("Jeffries", "Jeffries"));
    }

    #[test]
    fn a_list_inside_a_name_is_no_apposition() {
        assert_eq!(
            head("State Administration of Radio, Film and Television, which regulates"),
            "State Administration of Radio, Film and Television"
        );
        assert_eq!(head("Ms Dunwoody, who chairs the committee"), "Ms Dunwoody");
        assert_eq!(head("Mr Kim, Seoul's envoy"), "Mr Kim");
        assert_eq!(head("Anna Berg, Oslo, said"), "Anna Berg");
    }

    fn index(pairs: &[(&str, &str)]) -> NameIndex<'static, 'static> {
        NameIndex {
            article: None,
            capitals: OnceCell::new(),
            by_phrase: RefCell::default(),
            by_last: RefCell::new(
                pairs
                    .iter()
                    .map(|(l, f)| (l.to_string(), Some(f.to_string())))
                    .collect::<HashMap<_, _>>(),
            ),
        }
    }

    #[test]
    fn a_body_named_with_of_or_for_keeps_its_whole_name() {
        let ix = index(&[("Kimura", "Haruo Kimura")]);
        for (phrase, name) in [
            (
                "National Bureau of Statistics",
                "National Bureau of Statistics",
            ),
            (
                "the U.S. Department of Trade and Industry",
                "U.S. Department of Trade and Industry",
            ),
            (
                "the National Security and Defense Council of Ukraine",
                "National Security and Defense Council of Ukraine",
            ),
            // Its people: the named one, or the phrase as it stands.
            ("Bank of Japan chief Toshihiko Fukui", "Toshihiko Fukui"),
            ("Bank of Tokyo's Kimura", "Haruo Kimura"),
            (
                "a Ministry of Agriculture official",
                "Ministry of Agriculture official",
            ),
            // What the body wrote is the body's.
            ("Ministry of Agriculture figures", "Ministry of Agriculture"),
        ] {
            assert_eq!(canonical(phrase, &ix), name, "{phrase}");
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
        assert_eq!(canonical("the Shanghai official", &ix), "Shanghai official");
        assert_eq!(canonical("including the ministry", &ix), "ministry");
        assert_eq!(
            canonical("officials who spoke on condition of anonymity", &ix),
            "officials"
        );
        assert_eq!(
            canonical("the   Foreign Ministry's", &ix),
            "Foreign Ministry"
        );
        assert_eq!(canonical("the ministry (MOFA)", &ix), "ministry");
        assert_eq!(
            canonical("three other U.S. intelligence officials", &ix),
            "U.S. intelligence officials"
        );
    }
}
