//! Mentions: the noun phrases a cue points at, found by scanning left or
//! right from the cue, and typed into a source kind from their structure
//! (the head, the body a role belongs to, former/retired, a name after a
//! title) and the lexicons; pronouns and definite descriptions are typed
//! from the article memory ([`super::memory`]).
//!
//! [`Ctx`] is one sentence as the rules see it: its tokens, what lies inside
//! quotation marks, and the scanning and typing operations on them.

use std::ops::Range;

use super::cues::Cue;
use super::figures::is_figure;
use super::memory::{Memory, Referent};
use super::names::{self, HONORIFICS};
use super::tokens::Kind;
use super::Doc;
use crate::annotation::SourceKind;
use crate::lexicon::{class, Entry, EntryKind, Lexicon};

/// A classified noun phrase.
#[derive(Debug, Clone)]
pub(super) struct Np {
    pub(super) kind: SourceKind,
    pub(super) t0: usize,
    pub(super) t1: usize,
    pub(super) resolved: Option<String>,
    pub(super) also_official: bool,
    pub(super) personal: bool,
    pub(super) plural: bool,
    /// A new name that gives the name of the unnamed office-holder cited
    /// just before ("Iran's intelligence minister announced ... Esmaeil
    /// Khatib told"): the name takes the office's kind from now on.
    pub(super) names_title: bool,
}

pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "such", "any", "no", "every", "each", "some", "another",
];
pub(super) const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "'s", "’s",
];
/// Auxiliaries and adverbs that stand between a subject and its verb.
pub(super) const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "did",
    "does",
    "do",
    "also",
    "previously",
    "earlier",
    "later",
    "again",
    "then",
    "already",
    "once",
    "now",
    "initially",
    "instead",
    "recently",
    "separately",
    "further",
    "still",
    "just",
    "first",
    "yet",
    "never",
    "often",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "shall",
    "not",
    "n't",
    "even",
    "however",
    "too",
    "subsequently",
    "meanwhile",
    "today",
    "yesterday",
    "tonight",
    "on",
    "last",
    "this",
];
pub(super) const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "day",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "earlier",
    "later",
    "time",
];
/// Words that end a noun phrase when scanning left from a verb.
pub(super) const STOP_LEFT: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "while", "as", "because", "if", "but", "or",
    "after", "before", "since", "although", "though", "where", "so", "than", "to", "in", "on",
    "at", "by", "with", "from", "into", "about", "over", "under", "during", "without", "against",
    "for", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "and",
    "not", "what", "how", "why", "whether", "also", "it", "he", "she", "they", "we", "i", "you",
    "amid", "despite", "among", "between", "through", "via", "per", "upon", "until", "unless",
    "then",
];
/// Words that end a noun phrase when scanning right from a cue.
pub(super) const STOP_RIGHT: &[&str] = &[
    "that",
    "who",
    "which",
    "whom",
    "on",
    "in",
    "at",
    "to",
    "for",
    "with",
    "as",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "and",
    "but",
    "when",
    "while",
    "after",
    "before",
    "since",
    "about",
    "over",
    "during",
    "this",
    "last",
    "earlier",
    "late",
    "early",
    "because",
    "if",
    "although",
    "though",
    "where",
    "from",
    "amid",
    "until",
    "via",
    "today",
    "yesterday",
    "tonight",
    "did",
    "does",
    "do",
    "not",
    "also",
    "can",
    "could",
    "may",
    "might",
];
/// Words that open an introductory phrase before the subject.
pub(super) const INTRO_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "last",
    "that",
    "this",
    "however",
    "meanwhile",
    "earlier",
    "later",
    "with",
    "for",
    "by",
    "following",
    "during",
    "separately",
    "still",
    "now",
    "then",
    "also",
    "moreover",
    "instead",
    "yet",
    "so",
    "but",
    "and",
    "according",
    "speaking",
    "nonetheless",
];
/// Words that open a subordinate clause before the main one.
pub(super) const SUBORDINATORS: &[&str] = &[
    "as", "while", "when", "after", "before", "although", "though", "if", "because", "since",
    "despite", "whereas", "once", "until", "unless",
];
pub(super) const PRONOUNS: &[&str] = &["he", "she", "it", "they", "him", "her", "them"];
/// Nouns after "expressed" that carry reported content.
pub(super) const EXPRESSED: &[&str] = &[
    "condolences",
    "regret",
    "concern",
    "concerns",
    "hope",
    "support",
    "sympathy",
    "gratitude",
    "confidence",
    "doubt",
    "doubts",
    "satisfaction",
    "frustration",
    "anger",
    "disappointment",
    "opposition",
    "solidarity",
    "thanks",
    "willingness",
    "readiness",
    "interest",
    "optimism",
    "pessimism",
    "reservations",
    "dismay",
    "outrage",
    "shock",
    "surprise",
    "appreciation",
];
/// Org-name endings: a capitalised name ending so is an organisation.
/// Honours and degrees written after a name.
const POST_NOMINALS: &[&str] = &[
    "AM", "AO", "AC", "MBE", "OBE", "CBE", "KBE", "DBE", "QC", "KC", "MP", "MEP", "MSP", "PhD",
];

/// Endings of website names: a capitalised name with one is an outlet.
const WEB_SUFFIXES: &[&str] = &[
    ".com", ".ru", ".org", ".net", ".co.uk", ".info", ".ua", ".cn", ".io", ".news", ".de", ".fr",
    ".in", ".kz", ".by", ".ir", ".tv", ".az", ".am", ".ge",
];

pub(super) const ORG_SUFFIX: &[&str] = &[
    "Inc",
    "Inc.",
    "Co",
    "Co.",
    "Corp",
    "Corp.",
    "Ltd",
    "Ltd.",
    "Plc",
    "PLC",
    "plc",
    "Group",
    "Bank",
    "Company",
    "Corporation",
    "LLC",
    "AG",
    "SA",
    "Institute",
    "University",
    "Trust",
    "Association",
    "Foundation",
    "Society",
    "Motors",
    "Airlines",
    "Holdings",
    "Partners",
    "Fund",
    "Agency",
    "Organisation",
    "Organization",
    "College",
    "Center",
    "Centre",
];

pub(super) fn is_cap(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The kind a generic role ("spokesman", "officials") takes from the words
/// before it: a company's spokesman is an organisation's.
pub(super) fn role_kind(doc: &Doc, lx: &Lexicon, t0: usize, role: usize) -> Option<SourceKind> {
    // "officials" name government people even after an unknown name
    // ("Shanghai officials"); a spokesman after one speaks for a company.
    let governmental = doc.lower(role).starts_with("official");
    for j in (t0..role).rev() {
        if let Some(m) = doc.mention(j) {
            let e = lx.entry(m.entry);
            return match m.kind {
                EntryKind::Organization if e.party => Some(SourceKind::Official),
                EntryKind::Organization
                | EntryKind::Media
                | EntryKind::Expert
                | EntryKind::Person => SourceKind::from_entry(m.kind),
                EntryKind::None => None,
                _ => Some(SourceKind::Official),
            };
        }
        let t = doc.text(j);
        // A capitalised word opening the phrase may just open the sentence
        // ("Senior officials"); an acronym no lexicon lists names a body
        // there ("EAAT spokesman").
        let acronym = t.len() >= 2 && t.chars().all(|c| c.is_ascii_uppercase());
        if doc.toks[j].kind == Kind::Word
            && is_cap(t)
            && (j > t0 || acronym)
            && !DETERMINERS.contains(&t.to_lowercase().as_str())
        {
            return Some(if governmental {
                SourceKind::Official
            } else {
                SourceKind::Organization
            });
        }
        if doc.toks[j].kind != Kind::Word {
            break;
        }
    }
    None
}

/// Everything the rules need about one sentence.
pub(super) struct Ctx<'d, 'a> {
    pub(super) doc: &'d Doc<'a>,
    pub(super) lx: &'d Lexicon,
    pub(super) r: Range<usize>,
    pub(super) inside_quote: Vec<bool>,
    pub(super) fiction: bool,
}

impl Ctx<'_, '_> {
    /// The lower-cased token `i`, or "" outside the sentence.
    pub(super) fn lw(&self, i: usize) -> &str {
        if self.r.contains(&i) {
            self.doc.lower(i)
        } else {
            ""
        }
    }

    /// Token `i`'s word classes; none outside the sentence.
    pub(super) fn cls(&self, i: usize) -> u32 {
        if self.r.contains(&i) {
            self.doc.class(i)
        } else {
            0
        }
    }

    pub(super) fn word(&self, i: usize) -> bool {
        self.r.contains(&i) && self.doc.toks[i].kind == Kind::Word
    }

    pub(super) fn punct(&self, i: usize, p: &str) -> bool {
        self.r.contains(&i) && self.doc.text(i) == p
    }

    pub(super) fn bytes(&self, t0: usize, t1: usize) -> (usize, usize) {
        (self.doc.toks[t0].start, self.doc.toks[t1 - 1].end)
    }

    /// Skips auxiliaries, adverbs and time phrases leftwards from `j`.
    pub(super) fn skip_between_left(&self, mut j: usize) -> Option<usize> {
        let start = self.r.start;
        loop {
            if j < start || !self.r.contains(&j) {
                return None;
            }
            let w = self.lw(j);
            let t = &self.doc.toks[j];
            if t.kind == Kind::Word
                && (BETWEEN.contains(&w)
                    || TIME_WORDS.contains(&w)
                    || (w.ends_with("ly") && w.len() > 4 && self.doc.mention(j).is_none()))
            {
                if j == start {
                    return None;
                }
                j -= 1;
                // "in January", "on Monday": the preposition goes with it.
                if TIME_WORDS.contains(&w)
                    && j > start
                    && matches!(self.lw(j), "in" | "on" | "during" | "since" | "until")
                {
                    j -= 1;
                }
                continue;
            }
            // "on March 5", "in April 2019"
            if t.kind == Kind::Number && j > start {
                let prev = self.lw(j - 1);
                if TIME_WORDS.contains(&prev) {
                    j -= 1;
                    continue;
                }
            }
            return Some(j);
        }
    }

    /// "The defendant told the court", "one tourist said": a common noun
    /// no list holds, with a determiner, right before a verb of speech, is
    /// a person or body of no known kind.
    fn unlisted_speaker(&self, mut np: Np, words: &[&str]) -> Option<Np> {
        let doc = self.doc;
        let head = *words.last()?;
        let verb = self.r.contains(&np.t1)
            && matches!(
                self.lw(np.t1),
                "said" | "says" | "told" | "added" | "explained" | "insisted" | "stressed"
            );
        let det = matches!(words[0], "the" | "a" | "an" | "one" | "another");
        // "The defence ministry in the capital said": a preposition's
        // object is no subject.
        let object = np.t0 > self.r.start
            && matches!(
                self.lw(np.t0 - 1),
                "in" | "at"
                    | "on"
                    | "of"
                    | "for"
                    | "from"
                    | "with"
                    | "by"
                    | "near"
                    | "outside"
                    | "inside"
                    | "to"
                    | "into"
                    | "over"
                    | "under"
                    | "about"
                    | "across"
            );
        if object {
            return None;
        }
        let noun = words.len() <= 4
            && head.len() >= 3
            && head.bytes().all(|b| b.is_ascii_lowercase())
            && !head.ends_with("ly")
            && !STOP_LEFT.contains(&head)
            && !NOT_NOUNS.contains(&head)
            && (np.t0..np.t1).all(|i| doc.toks[i].kind == Kind::Word);
        if !(verb && det && noun) {
            return None;
        }
        np.kind = SourceKind::Unknown;
        np.personal = !head.ends_with('s');
        np.plural = head.ends_with('s') && !head.ends_with("ss");
        Some(np)
    }

    /// The last outlet or service named by its name (not a generic
    /// phrase) before byte `at` whose entry `fits`, with where it was
    /// named.
    fn named_outlet_before(
        &self,
        at: usize,
        fits: impl Fn(&Entry) -> bool,
    ) -> Option<(usize, &Entry)> {
        let doc = self.doc;
        let before = doc.mentions.partition_point(|m| m.start < at);
        doc.mentions[..before]
            .iter()
            .rev()
            .filter(|m| {
                matches!(
                    m.kind,
                    EntryKind::StateMedia | EntryKind::Media | EntryKind::Intelligence
                ) && doc.src[m.start..].starts_with(char::is_uppercase)
            })
            .map(|m| (m.start, self.lx.entry(m.entry)))
            .find(|(_, e)| e.name.starts_with(char::is_uppercase) && fits(e))
    }

    /// Whether the "and" at `k` joins two named sources: a name or listed
    /// source on each side.
    pub(super) fn joins_names(&self, k: usize) -> bool {
        let named = |i: usize| {
            self.r.contains(&i) && (self.doc.mention(i).is_some() || is_cap(self.doc.text(i)))
        };
        let mut right = k + 1;
        while self.r.contains(&right) && DETERMINERS.contains(&self.lw(right)) {
            right += 1;
        }
        // "the official news agency and foreign media", "students and
        // university officials": an outlet, a service or a group after a
        // modifier or two. A singular role there describes the same person
        // again ("the Labour peer and former minister said").
        let listed_soon = (right..right + 3)
            .take_while(|&i| self.r.contains(&i) && self.doc.toks[i].kind == Kind::Word)
            .find_map(|i| self.doc.mention(i))
            .is_some_and(|m| {
                matches!(
                    m.kind,
                    EntryKind::Media | EntryKind::StateMedia | EntryKind::Intelligence
                ) || matches!(
                    m.kind,
                    EntryKind::Official | EntryKind::Expert | EntryKind::Person
                ) && self.doc.src[m.start..m.end].ends_with('s')
            });
        // "Rights groups and exiles say": a listed group and a bare plural
        // noun of people.
        let plural_noun = |i: usize| {
            let w = self.lw(i);
            self.r.contains(&i)
                && self.doc.toks[i].kind == Kind::Word
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !STOP_LEFT.contains(&w)
                && !NOT_NOUNS.contains(&w)
        };
        let groups = k > self.r.start
            && right == k + 1
            && plural_noun(right)
            && self.doc.mention(k - 1).is_some_and(|m| {
                matches!(
                    m.kind,
                    EntryKind::Official
                        | EntryKind::Expert
                        | EntryKind::Person
                        | EntryKind::Organization
                ) && self.doc.src[m.start..m.end].ends_with('s')
            });
        k > self.r.start && named(k - 1) && (named(right) || listed_soon || groups)
    }

    /// Whether the "and" at `k` stands inside a capitalised title or
    /// body name: "Economy and Labour Minister Wolfgang Clement", "the
    /// Trade and Industry Secretary", "the Health and Safety Executive".
    /// The phrase goes on across it, as one source.
    pub(super) fn and_in_title(&self, k: usize) -> bool {
        // Not after "of the" ("Vice Minister of the Environment and
        // Executive Director of ...": two titles of one person).
        let after_of = k >= self.r.start + 3 && self.lw(k - 3) == "of";
        k > self.r.start
            && !after_of
            && self.doc.mention(k - 1).is_none()
            && is_cap(self.doc.text(k - 1))
            && self.r.contains(&(k + 1))
            && is_cap(self.doc.text(k + 1))
            && (k + 2..k + 4)
                .take_while(|&i| self.r.contains(&i))
                .any(|i| {
                    is_cap(self.doc.text(i))
                        && (is_role_head(self.doc.text(i))
                            || ORG_SUFFIX.contains(&self.doc.text(i)))
                })
    }

    /// A noun phrase ending at token `end - 1`, scanning left.
    pub(super) fn np_left(&self, end: usize) -> Option<(usize, usize)> {
        // A pronoun right before the verb is the whole subject: "he said".
        if end > self.r.start && PRONOUNS.contains(&self.lw(end - 1)) {
            return Some((end - 1, end));
        }
        let mut t0 = end;
        while t0 > self.r.start {
            let j = t0 - 1;
            let t = &self.doc.toks[j];
            let w = self.lw(j);
            let ok = match t.kind {
                Kind::Word if w == "and" => self.joins_names(j) || self.and_in_title(j),
                Kind::Word => {
                    self.doc.mention(j).is_some()
                        || !(STOP_LEFT.contains(&w)
                            || self.doc.class(j) & class::SPEECH != 0 && !is_cap(self.doc.text(j)))
                }
                Kind::Possessive | Kind::Number => true,
                // An acronym in brackets: "the Federal Security Service (FSB)".
                Kind::Punct if self.doc.text(j) == ")" => {
                    j >= self.r.start + 2 && self.doc.text(j - 2) == "(" && self.word(j - 1)
                }
                Kind::Punct => match self.doc.text(j) {
                    "(" => self.doc.text(j + 2) == ")",
                    "&" | "." => true,
                    // "U.N.-backed": a hyphen inside a word.
                    "-" => {
                        let toks = &self.doc.toks;
                        j > self.r.start
                            && j + 1 < end
                            && toks[j - 1].end == toks[j].start
                            && toks[j].end == toks[j + 1].start
                    }
                    _ => false,
                },
                _ => false,
            };
            if !ok || end - j > 14 {
                break;
            }
            t0 = j;
            // A determiner starts the phrase ("told the press | the
            // officers claimed"), unless "of" joins it to a head before.
            if matches!(w, "the" | "a" | "an") && j > self.r.start && self.lw(j - 1) != "of" {
                break;
            }
        }
        // Drop a leading conjunction or dangling punctuation.
        while t0 < end && matches!(self.doc.toks[t0].kind, Kind::Punct | Kind::Possessive) {
            t0 += 1;
        }
        // "a spokesman for | the port authority", "people familiar with |
        // the plans": the phrase goes on left of the preposition when a
        // role, a name or "familiar"/"close" stands before it.
        if t0 >= self.r.start + 2 && t0 < end {
            let p = t0 - 1;
            let before = self.lw(p - 1);
            let joins = match self.lw(p) {
                "for" | "at" | "within" | "from" => {
                    is_role_head(self.doc.text(p - 1))
                        || self.doc.mention(p - 1).is_some_and(|m| {
                            self.lx.entry(m.entry).role
                                || is_role_head(&self.doc.src[m.start..m.end])
                                || matches!(m.kind, EntryKind::Unknown)
                        })
                        || (is_cap(self.doc.text(p - 1))
                            && self.doc.mention(p - 1).is_none()
                            && self.lw(p) == "from")
                }
                "with" => before == "familiar",
                "to" => before == "close",
                _ => false,
            };
            if joins {
                if let Some((a, _)) = self.np_left(p) {
                    return Some((a, end));
                }
            }
        }
        (t0 < end).then_some((t0, end))
    }

    /// A noun phrase starting at `start`, scanning right.
    pub(super) fn np_right(&self, start: usize) -> Option<(usize, usize)> {
        let mut t1 = start;
        while t1 < self.r.end {
            let t = &self.doc.toks[t1];
            let w = self.lw(t1);
            let ok = match t.kind {
                Kind::Word if w == "and" => self.joins_names(t1) || self.and_in_title(t1),
                // "told Reuters the talks ...": a new determiner after a
                // name starts the content.
                // So does a quantifier with "of" ("the official news agency
                // most of the cafes") or an honorific ("The Peninsula Dr.
                // Ali").
                Kind::Word
                    if t1 > start
                        && (matches!(w, "the" | "a" | "an")
                            || matches!(
                                w,
                                "most" | "many" | "some" | "all" | "several" | "few"
                            ) && self.lw(t1 + 1) == "of"
                            || matches!(
                                self.doc.text(t1),
                                "Dr" | "Mr" | "Mrs" | "Ms" | "Miss" | "Prof" | "Professor"
                            ))
                        && self.lw(t1 - 1) != "of"
                        && (is_cap(self.doc.text(t1 - 1))
                            || self.doc.mention(t1 - 1).is_some()) =>
                {
                    false
                }
                Kind::Word => {
                    self.doc.mention(t1).is_some()
                        || !(STOP_RIGHT.contains(&w)
                            || (t1 > start
                                && self.doc.class(t1) & class::SPEECH != 0
                                && !is_cap(self.doc.text(t1))))
                }
                Kind::Possessive | Kind::Number => true,
                Kind::Punct => matches!(self.doc.text(t1), "-" | "&") && t1 > start,
                _ => false,
            };
            if !ok || t1 - start >= 12 {
                break;
            }
            t1 += 1;
        }
        while t1 > start && matches!(self.lw(t1 - 1), "of" | "and" | "the" | "a") {
            t1 -= 1;
        }
        (t1 > start).then_some((start, t1))
    }

    /// Splits a noun phrase at a coordinating "and" between two named
    /// sources ("The Investigative Committee and the FSB").
    pub(super) fn coordinated(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let mut parts = Vec::new();
        let mut start = a;
        for k in a + 1..b.saturating_sub(1) {
            // Never inside one listed name ("the Food and Agriculture
            // Organization").
            if self.lw(k) == "and"
                && self.doc.mention(k).is_none()
                && self.joins_names(k)
                && !self.and_in_title(k)
            {
                parts.push((start, k));
                start = k + 1;
            }
        }
        parts.push((start, b));
        parts
    }

    /// Classifies a noun phrase as a source, if it is one.
    pub(super) fn classify(&self, t0: usize, t1: usize, mem: &Memory) -> Option<Np> {
        let doc = self.doc;
        let mut t0 = t0;
        while t0 < t1 && matches!(self.lw(t0), "and" | "but" | "or" | "then") {
            t0 += 1;
        }
        if t0 >= t1 {
            return None;
        }
        // "two of the officials", "some of these officials": a part of the
        // group the rest names (not "<role> of <body>").
        if t1 > t0 + 3
            && self.lw(t0 + 1) == "of"
            && matches!(self.lw(t0 + 2), "the" | "these" | "those")
            && (doc.toks[t0].kind == Kind::Number
                || doc.class(t0) & class::COUNT != 0
                || PARTITIVES.contains(&self.lw(t0)))
        {
            if let Some(np) = self.classify(t0 + 2, t1, mem) {
                return Some(Np { t0, ..np });
            }
        }
        // "<role> of/for/at <body>": the role is the head, the body its kind.
        if let Some(p) = self.body_preposition(t0, t1) {
            if let Some(np) = self.classify_role_of(t0, p, t1, mem) {
                return Some(np);
            }
        }
        let mut ms: Vec<&super::DocMention> = Vec::new();
        let mut j = t0;
        while j < t1 {
            if let Some(m) = doc.mention(j) {
                if m.t0 >= t0 && m.t1 <= t1 {
                    ms.push(m);
                }
                j = m.t1.max(j + 1);
            } else {
                j += 1;
            }
        }
        let words: Vec<&str> = (t0..t1).map(|i| self.lw(i)).collect();
        // "Former welfare minister Frank Field MP": a current seat after
        // the name outweighs the former office.
        let seated = (t0..t1).any(|i| matches!(doc.text(i), "MP" | "MEP" | "MSP" | "TD"));
        let former = !seated
            && words
                .iter()
                .any(|&w| w == "former" || w == "ex" || w.starts_with("ex-") || w == "retired");
        let last_lower = words.last().cloned().unwrap_or_default();
        let plural_word = |w: &str| w.ends_with('s') && !w.ends_with("ss") && w.len() > 3;
        let mut np = Np {
            kind: SourceKind::Unknown,
            t0,
            t1,
            resolved: None,
            also_official: false,
            personal: false,
            plural: plural_word(last_lower) && !is_cap(doc.text(t1 - 1)),
            names_title: false,
        };
        // The head: the rightmost mention that is not a place or a bare title.
        let head = ms.iter().rev().find(|m| {
            let e = self.lx.entry(m.entry);
            m.kind != EntryKind::Place && m.kind != EntryKind::None && !(e.title && m.t1 == t1)
        });
        let Some(head) = head else {
            return self.classify_unlisted(np, &ms, mem);
        };
        let e = self.lx.entry(head.entry);
        if let Some(np) = self.definite_anaphor(&np, head, mem) {
            return Some(np);
        }
        // Capitalised words after the head: a name ("Minister Fuad Hussein").
        let named_after =
            (head.t1..t1).any(|i| doc.toks[i].kind == Kind::Word && is_cap(doc.text(i)));
        np.personal = named_after
            || e.role
            || is_role_head(&doc.src[head.start..head.end])
            || matches!(head.kind, EntryKind::Expert | EntryKind::Person)
            || e.office.is_some()
            || e.title;
        if e.office.is_some() || named_after {
            np.plural = false;
        }
        let mut kind = SourceKind::from_entry(head.kind)?;
        // A former holder or a candidate speaks as a person, unless this
        // phrase gives a current title ("President Obama").
        if e.office.is_some()
            && mem.out_of_office.contains(&head.entry)
            && !ms.iter().any(|m| {
                m.t1 <= head.t0
                    && m.kind == EntryKind::Official
                    && self.lx.entry(m.entry).office.is_none()
            })
        {
            kind = SourceKind::Person;
        }
        if head.kind == EntryKind::Document {
            // A document takes the kind of its owner: "UN figures", "a
            // Finance Ministry estimate"; bare figures are no source.
            let owner = ms.iter().rev().find(|m| {
                m.t1 <= head.t0 && m.kind != EntryKind::None && m.kind != EntryKind::Document
            });
            // A place owns the document unless a name stands before it
            // ("University College London research" is the college's).
            let named_org = self.capitalised_owner(t0, head.t0, mem);
            let name_first = ms.first().is_none_or(|m| {
                (t0..m.t0).any(|k| {
                    doc.toks[k].kind == Kind::Word && is_cap(doc.text(k)) && k != self.r.start
                })
            });
            if let Some(o) =
                owner.filter(|o| o.kind != EntryKind::Place || named_org.is_none() || !name_first)
            {
                kind = SourceKind::from_entry(o.kind)?;
            } else if let Some(k) = named_org {
                kind = k;
            } else if let Some(r) = (t0..head.t0)
                .all(|i| matches!(self.lw(i), "the" | "this" | "that"))
                .then(|| mem.author_of(&doc.src[head.start..head.end], head.start))
                .flatten()
            {
                // "the statement added": the statement's author speaks.
                kind = r.kind;
                np.resolved = Some(r.name.clone());
                np.also_official = r.also_official;
            } else if let Some(r) = mem.report_owner.as_ref().filter(|_| !e.needs_owner) {
                // "the report" of an article about one agency's report.
                kind = r.kind;
                np.resolved = Some(r.name.clone());
            } else if e.needs_owner {
                return None;
            }
            np.personal = false;
        } else if e.role {
            let default = if head.kind == EntryKind::Unknown {
                SourceKind::Unknown
            } else {
                SourceKind::Official
            };
            kind = role_kind(doc, self.lx, t0, head.t0).unwrap_or(default);
        } else if head.kind == EntryKind::Media && e.name == "news media (generic)" {
            // "the official Tanjug news agency": the named outlet, not the
            // generic noun; "the paper", "TV": the outlet last cited.
            let state_run = ms.iter().any(|m| {
                m.t1 <= head.t0
                    && m.kind == EntryKind::Place
                    && self
                        .lx
                        .entry(m.entry)
                        .country
                        .as_deref()
                        .is_some_and(|c| STATE_RUN_PRESS.contains(&c))
            });
            if let Some(named) = ms.iter().rev().find(|m| {
                m.t1 <= head.t0 && matches!(m.kind, EntryKind::StateMedia | EntryKind::Media)
            }) {
                kind = SourceKind::from_entry(named.kind)?;
            } else if state_run {
                // "Vietnam's army newspaper", "a Chinese provincial daily":
                // the press of a wholly state-run system is state media.
                kind = SourceKind::StateMedia;
            } else if (t0..head.t0).all(|i| DETERMINERS.contains(&self.lw(i))) {
                // The outlet cited last, or one named since ("Rodong
                // Sinmun ran an editorial ... The newspaper said").
                // Only "the" and a noun for one outlet look back to a name
                // not cited ("the newspaper", not "reporters", "its
                // website" or "a press conference").
                let one_outlet = self.lw(t0) == "the"
                    && OUTLET_NOUNS
                        .contains(&doc.src[head.start..head.end].to_lowercase().as_str());
                let named = self
                    .named_outlet_before(head.start, |e| {
                        matches!(e.kind, EntryKind::StateMedia | EntryKind::Media)
                    })
                    .filter(|_| one_outlet);
                if let Some((k, name)) = latest(named, mem.outlet.as_ref(), mem.outlet_at) {
                    kind = k;
                    np.resolved = Some(name);
                }
            }
            np.personal = false;
        }
        // "A Ministry of Agriculture economist", "the union's general
        // secretary": a role takes its kind from the body named before it.
        // "MCI president Bert Roberts": a title after the acronym of a
        // company the article names is the company's.
        if head.t0 > t0 && after_company_acronym(doc, head.t0) {
            kind = SourceKind::Organization;
        } else if !e.role && is_role_head(&doc.src[head.start..head.end]) {
            if let Some(body) = ms
                .iter()
                .rev()
                .find(|m| m.t1 <= head.t0 && !matches!(m.kind, EntryKind::Place | EntryKind::None))
            {
                if let Some(k) = body_kind(self.lx, body, kind) {
                    kind = k;
                }
            }
        }
        // "The Federal Aviation Safety Board", "the National Grain Bureau":
        // a capitalised body name of a state's kind is official.
        if matches!(kind, SourceKind::Organization | SourceKind::Unknown)
            && is_cap(&doc.src[head.start..head.end])
            && STATE_BODY_HEADS.contains(&self.lw(head.t0))
        {
            let run_start = (t0..head.t0)
                .rev()
                .take_while(|&k| {
                    (is_cap(doc.text(k)) && !DETERMINERS.contains(&self.lw(k)))
                        || self.lw(k) == "of"
                })
                .last();
            if run_start.is_some_and(|k| STATE_BODY_FIRST.contains(&doc.text(k))) {
                kind = SourceKind::Official;
            }
        }
        // "the rebel army", "the Taliban's military commission": an official
        // noun owned by an armed group, a company or an outlet is theirs.
        if kind == SourceKind::Official {
            let owned = ms.iter().any(|m| {
                m.t1 <= head.t0
                    && m.kind == EntryKind::Organization
                    && !self.lx.entry(m.entry).party
                    && !self.lx.entry(m.entry).role
                    && !is_role_head(&doc.src[m.start..m.end])
            });
            if owned {
                kind = SourceKind::Organization;
            }
        }
        // "the intelligence minister" of a country whose intelligence
        // ministry is the service (Iran's), not a policy ministry (Israel's).
        if e.name == "intelligence minister" {
            let place = ms
                .iter()
                .filter(|m| m.kind == EntryKind::Place)
                .filter_map(|m| self.lx.entry(m.entry).country.as_deref())
                .next();
            let service = match place {
                Some(c) => MINISTRY_IS_SERVICE.contains(&c),
                None => {
                    doc.countries
                        .iter()
                        .any(|c| MINISTRY_IS_SERVICE.contains(&c.as_str()))
                        && !doc.countries.iter().any(|c| c == "IL")
                }
            };
            if service {
                kind = SourceKind::Intelligence;
                np.also_official = true;
            }
        }
        // An office-holder or spokesman of a service: "CIA chief Mike Pompeo".
        if kind == SourceKind::Official
            && ms
                .iter()
                .any(|m| m.kind == EntryKind::Intelligence && m.t1 <= head.t0)
        {
            kind = SourceKind::Intelligence;
            np.also_official = true;
        }
        if head.kind == EntryKind::Intelligence {
            np.also_official = words.iter().any(|&w| {
                matches!(
                    w,
                    "director"
                        | "chief"
                        | "head"
                        | "minister"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                )
            });
        }
        if former && matches!(kind, SourceKind::Official | SourceKind::Intelligence) {
            kind = SourceKind::Person;
            np.also_official = false;
        }
        if self.fiction && matches!(kind, SourceKind::Intelligence | SourceKind::StateMedia) {
            return None;
        }
        np.kind = kind;
        Some(np)
    }

    /// Whether `a..b` names the article's own outlet ("told the Gulf
    /// Herald", "the Herald's Amal Idris").
    pub(super) fn is_own(&self, a: usize, b: usize) -> bool {
        let doc = self.doc;
        // "our Tangail correspondent": the outlet speaking of itself.
        if a < b && self.lw(a) == "our" {
            return true;
        }
        (a..b).any(|j| {
            doc.mention(j)
                .is_some_and(|m| doc.own_outlets.contains(&m.entry))
                || (doc.toks[j].kind == Kind::Word
                    && doc.own_words.iter().any(|w| w == doc.text(j)))
        })
    }

    /// A person of the outlet named in `a..b`: "the Herald's Amal Idris",
    /// "our correspondent", "Reuters reporter Jo Lee".
    pub(super) fn own_correspondent(&self, a: usize, b: usize) -> bool {
        let doc = self.doc;
        (a..b).any(|j| {
            doc.toks[j].kind == Kind::Possessive && j + 1 < b
                || matches!(
                    self.lw(j),
                    "correspondent"
                        | "correspondents"
                        | "reporter"
                        | "reporters"
                        | "journalist"
                        | "editor"
                        | "staff"
                )
        })
    }

    /// The lower-cased text of the token starting at byte `at`.
    pub(super) fn lw_at_byte(&self, at: usize) -> &str {
        let k = self.doc.toks.partition_point(|t| t.start < at);
        if k < self.doc.toks.len() && self.doc.toks[k].start == at {
            self.doc.lower(k)
        } else {
            ""
        }
    }

    /// The author a document names after it: "a statement issued on
    /// Friday by the interior ministry", "a letter from the governor".
    pub(super) fn document_author(&self, doc_np: &Np, mem: &Memory) -> Option<Np> {
        let end = (doc_np.t1 + 8).min(self.r.end);
        let mut k = doc_np.t1;
        while k < end {
            let w = self.lw(k);
            if self.punct(k, ",") || self.punct(k, ".") || self.punct(k, ";") {
                return None;
            }
            let by = w == "by"
                && (doc_np.t1 - 1..(doc_np.t1 + 1).min(k)).any(|j| {
                    matches!(
                        self.lw(j),
                        "issued"
                            | "released"
                            | "published"
                            | "signed"
                            | "written"
                            | "sent"
                            | "prepared"
                            | "compiled"
                            | "drafted"
                            | "produced"
                            | "circulated"
                    )
                });
            let from = w == "from" && k == doc_np.t1;
            if by || from {
                let (a, b) = self.np_right(k + 1)?;
                let author = self.classify(a, b, mem)?;
                // "reports from China": a country is no author.
                let place_only = (a..b).all(|j| {
                    DETERMINERS.contains(&self.lw(j))
                        || self
                            .doc
                            .mention(j)
                            .is_some_and(|m| m.kind == EntryKind::Place)
                });
                return (author.kind != SourceKind::Document && !place_only).then_some(author);
            }
            k += 1;
        }
        None
    }

    /// The preposition that joins a head to the body it belongs to: "a
    /// spokesman for the rebel army", "people familiar with the plans",
    /// "David Noone from Intervoice"; none in "Advances in AI".
    fn body_preposition(&self, t0: usize, t1: usize) -> Option<usize> {
        (t0 + 1..t1.saturating_sub(1)).find(|&p| {
            matches!(
                self.lw(p),
                "of" | "for" | "at" | "from" | "within" | "with" | "to" | "in"
            ) && self.word(p)
                && self.doc.mention(p).is_none_or(|m| m.t0 >= p)
        })
    }

    /// Types "<head> <prep> <body>" from its parts: a role takes the kind of
    /// the body it belongs to (official, intelligence, or other for a
    /// company, union, party organisation or armed group); people
    /// "familiar with" or "close to" a body, critics and sources keep their
    /// own kind; a named person of an official body is official.
    fn classify_role_of(&self, t0: usize, p: usize, t1: usize, mem: &Memory) -> Option<Np> {
        let prep = self.lw(p);
        let before = self.lw(p - 1);
        let near = matches!((before, prep), ("familiar", "with") | ("close", "to"));
        if matches!(prep, "to" | "with") && !near {
            return None;
        }
        let head_end = if near { p - 1 } else { p };
        let head_words: Vec<&str> = (t0..head_end).map(|i| self.lw(i)).collect();
        let head = self.classify(t0, head_end, mem).or_else(|| {
            // "the head of", "a member of": a role the lexicon does not list.
            let last = *head_words.last()?;
            ROLE_WORDS.contains(&last).then(|| Np {
                kind: SourceKind::Unknown,
                t0,
                t1: head_end,
                resolved: None,
                also_official: false,
                personal: true,
                plural: last.ends_with('s'),
                names_title: false,
            })
        })?;
        let body = self.body_mention(p + 1, t1);
        let role = head_words.last().is_some_and(|w| ROLE_WORDS.contains(w))
            || (head.t0..head.t1).any(|i| {
                self.doc.mention(i).is_some_and(|m| {
                    self.lx.entry(m.entry).role || is_role_head(&self.doc.src[m.start..m.end])
                })
            });
        let named = (head.t0..head.t1)
            .all(|i| is_cap(self.doc.text(i)) || DETERMINERS.contains(&self.lw(i)))
            && head.kind == SourceKind::Person;
        let mut np = Np {
            t0,
            t1,
            resolved: None,
            ..head.clone()
        };
        if near {
            // "officials familiar with ...": the officials; "people
            // familiar with ...": unnamed people.
            return Some(np);
        }
        let Some(body) = body else {
            // A body no lexicon lists: "president of Fundamental Brokers Inc".
            if role {
                if let Some(b) = self.classify(p + 1, t1, mem) {
                    match b.kind {
                        SourceKind::Organization | SourceKind::Media | SourceKind::StateMedia
                            if head.kind != SourceKind::Expert =>
                        {
                            np.kind = SourceKind::Organization;
                        }
                        SourceKind::Official | SourceKind::Intelligence => np.kind = b.kind,
                        _ => {}
                    }
                }
            }
            return (head.kind != SourceKind::Unknown || role).then_some(np);
        };
        if role || named || head.kind == SourceKind::Unknown && prep != "in" {
            if let Some(k) = body_kind(self.lx, body, head.kind) {
                np.kind = k;
                np.also_official = k == SourceKind::Intelligence && role;
            }
        }
        if head.kind == SourceKind::Unknown && np.kind == SourceKind::Unknown && !role {
            return None;
        }
        Some(np)
    }

    /// The mention naming the body in `a..b` ("the rebel army": an armed
    /// group, whatever noun follows): organisations win over official nouns
    /// they modify, then services, then official bodies, then places.
    fn body_mention(&self, a: usize, b: usize) -> Option<&super::DocMention> {
        let ms: Vec<&super::DocMention> = (a..b)
            .filter_map(|i| self.doc.mention(i))
            .filter(|m| m.kind != EntryKind::None)
            .collect();
        let rank = |k: EntryKind| match k {
            EntryKind::Organization | EntryKind::Media | EntryKind::StateMedia => 0,
            EntryKind::Intelligence => 1,
            EntryKind::Official => 2,
            EntryKind::Place => 4,
            _ => 3,
        };
        ms.into_iter().min_by_key(|m| rank(m.kind))
    }

    /// "the minister", "the expert", "the agencies": a definite generic
    /// noun names the last cited source it describes.
    pub(super) fn definite_anaphor(
        &self,
        np: &Np,
        head: &super::DocMention,
        mem: &Memory,
    ) -> Option<Np> {
        let doc = self.doc;
        let generic = doc.src[head.start..head.end]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        // "the officials", "the U.S. official", "these officials".
        let only_the = (np.t0..head.t0).all(|i| {
            matches!(self.lw(i), "the" | "this" | "these" | "those")
                || doc.mention(i).is_some_and(|m| m.kind == EntryKind::Place)
        }) && head.t0 > np.t0
            && head.t1 == np.t1
            && matches!(self.lw(np.t0), "the" | "this" | "these" | "those");
        let noun = doc.src[head.start..head.end].to_lowercase();
        let stem = noun.trim_end_matches('s').trim_end_matches("ie");
        // The source a referent stands for, as this phrase.
        let stands_for = |r: &Referent| Np {
            kind: r.kind,
            resolved: Some(r.name.clone()),
            also_official: r.also_official,
            ..np.clone()
        };
        let office_holder = || {
            mem.title_holder(&noun)
                .filter(|h| matches!(h.kind, SourceKind::Official | SourceKind::Intelligence))
        };
        // "the <words> <head>", the head ending the phrase.
        let definite = self.lw(np.t0) == "the" && head.t1 == np.t1 && head.t0 > np.t0;
        if definite && (!generic || !only_the) {
            // "the President-elect", "the Republican President-elect": a
            // title the article gave before a name, capitalised or with
            // modifiers, is its holder.
            if is_role_head(noun.trim_end_matches("-elect")) {
                if let Some(h) = office_holder() {
                    return Some(stands_for(h));
                }
            }
            // "the Shanghai official" after "an agricultural official of
            // the Shanghai government": the last source cited with that
            // role and every word before it.
            if generic {
                let mods: Vec<&str> = (np.t0 + 1..head.t0).map(|i| self.lw(i)).collect();
                let described = mem.recent(|r| {
                    let name = r.name.to_lowercase();
                    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
                    name.contains(stem)
                        && !name.starts_with("the ")
                        && mods.iter().all(|m| words.contains(m))
                });
                if let Some(r) = described {
                    return Some(Np {
                        personal: np.personal || is_role_head(&noun),
                        ..stands_for(r)
                    });
                }
            }
        }
        if !generic || !only_the {
            return None;
        }
        // A later "the official(s)" is the group or person last cited as
        // one, intelligence officials included ("two intelligence
        // officials said ... the officials added"). "The expert" is one
        // expert, not the experts cited last.
        let official_noun = stem == "official";
        let plural = (!noun.ends_with('s')).then(|| format!("{noun}s"));
        let cited = mem.recent_at(|r| {
            let name = r.name.to_lowercase();
            let plural_for_one = plural
                .as_ref()
                .is_some_and(|p| name.split(|c: char| !c.is_alphanumeric()).any(|w| w == p));
            (name.contains(stem) && name != noun && !name.starts_with("the ") && !plural_for_one)
                || (official_noun
                    && r.kind == SourceKind::Intelligence
                    && !name.starts_with("the "))
        });
        // "the company": the company named last ("British tech company
        // Micro Focus International Plc"), unless a source cited since
        // fits.
        let named = mem.body_named(&noun, doc.toks[np.t0].start);
        let r = match (cited, named) {
            (Some((c, r)), Some((n, _))) if c > n => r,
            (_, Some((_, r))) => r,
            (Some((_, r)), None) => r,
            (None, None) => office_holder()?,
        };
        Some(stands_for(r))
    }

    /// A capitalised word before a document head that owns it
    /// ("University College London research").
    pub(super) fn capitalised_owner(
        &self,
        t0: usize,
        head: usize,
        mem: &Memory,
    ) -> Option<SourceKind> {
        for j in (t0..head).rev() {
            let t = self.doc.text(j);
            if self.doc.mention(j).is_some() {
                continue;
            }
            if j == self.r.start && mem.holder(t).is_none() {
                continue; // "Updated figures": capitalised as the first word
            }
            if self.doc.toks[j].kind == Kind::Word
                && is_cap(t)
                && !DETERMINERS.contains(&t.to_lowercase().as_str())
            {
                return Some(mem.holder(t).map_or(SourceKind::Organization, |h| h.0));
            }
        }
        None
    }

    /// A phrase with no listed source in it: a pronoun, "the agency", a
    /// country alone, or a capitalised name.
    pub(super) fn classify_unlisted(
        &self,
        mut np: Np,
        ms: &[&super::DocMention],
        mem: &Memory,
    ) -> Option<Np> {
        let doc = self.doc;
        let (t0, t1) = (np.t0, np.t1);
        let words: Vec<&str> = (t0..t1).map(|i| self.lw(i)).collect();
        let content: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !DETERMINERS.contains(w))
            .collect();
        if content.len() == 1 && PRONOUNS.contains(&content[0]) {
            // A name later in the sentence is somebody else: "he said in a
            // letter to Conaway".
            let named_later = |r: &Referent| {
                let surname = r
                    .name
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                    .find(|w| !w.is_empty());
                surname.is_some_and(|surname| {
                    (t1..self.r.end).any(|i| {
                        doc.toks[i].kind == Kind::Word
                            && is_cap(doc.text(i))
                            && doc.text(i) == surname
                    })
                })
            };
            let r = mem.pronoun_other_than(content[0], doc.toks[t0].start, named_later)?;
            np.kind = r.kind;
            np.resolved = Some(r.name.clone());
            np.also_official = r.also_official;
            np.personal = matches!(content[0], "he" | "she");
            np.plural = content[0] == "they";
            return Some(np);
        }
        if content
            .last()
            .is_some_and(|w| matches!(*w, "agency" | "agencies"))
            && words[0] == "the"
        {
            // The agency cited last, or one named since ("The leader's
            // speech was carried by KCNA ... The agency said").
            let agency = |e: &Entry| {
                e.kind == EntryKind::Intelligence
                    || std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|a| a.to_lowercase().contains("agency"))
            };
            let at = doc.toks[t0].start;
            let named = self.named_outlet_before(at, agency);
            (np.kind, np.resolved) = latest(named, mem.agency.as_ref(), mem.agency_at)
                .map(|(k, name)| (k, Some(name)))?;
            return Some(np);
        }
        // A country or capital standing for its government: "Pyongyang
        // denied", "Ivory Coast today predicted".
        if let Some(p) = ms.iter().rev().find(|m| m.kind == EntryKind::Place) {
            let rest_ok = (t0..t1).all(|i| {
                (i >= p.t0 && i < p.t1)
                    || DETERMINERS.contains(&self.lw(i))
                    || doc.toks[i].kind == Kind::Possessive
            });
            let e = self.lx.entry(p.entry);
            // "Iranian", "Chinese", "British" name people; "Iran",
            // "Japan", "Tehran" name the state.
            let text = &doc.src[p.start..p.end];
            let demonym = text != e.name
                && [
                    "ian", "ean", "ese", "ish", "ans", "can", "ani", "aqi", "eli", "ch", "han",
                ]
                .iter()
                .any(|suffix| text.ends_with(suffix))
                || e.country.is_none();
            if rest_ok && !demonym {
                np.kind = SourceKind::Official;
                return Some(np);
            }
        }
        // Capitalised names.
        // "Mr McConachie AM", "Jane Doe QC": honours after a name are no
        // body's acronym.
        let mut t1 = t1;
        while t1 > t0 + 1 && POST_NOMINALS.contains(&doc.text(t1 - 1)) {
            t1 -= 1;
        }
        // "Ahmed al-Sabah": a particle joined to a capitalised name is part
        // of the name.
        let caps: Vec<usize> = (t0..t1)
            .filter(|&i| {
                doc.toks[i].kind == Kind::Word
                    && (is_cap(doc.text(i))
                        || doc.text(i).contains('-') && names::is_particle(doc.text(i)))
                    && !TIME_WORDS.contains(&self.lw(i))
            })
            .collect();
        if caps.is_empty() {
            return self.unlisted_speaker(np, &words);
        }
        // A capitalised first word of the sentence is no name by itself.
        let lead_only =
            caps.len() == 1 && caps[0] == self.r.start && DETERMINERS.contains(&self.lw(caps[0]));
        if lead_only {
            return self.unlisted_speaker(np, &words);
        }
        // The surname names the holder ("Kovacs"); a first name alone does
        // not ("Omar Khatab" is not "Omar Mateen").
        let surname = *caps.last().unwrap();
        let same_person = |full: &str| {
            caps.len() == 1
                || !full.contains(' ')
                || caps[..caps.len() - 1]
                    .iter()
                    .all(|&k| full.contains(doc.text(k)) || HONORIFICS.contains(&doc.text(k)))
        };
        for &i in [surname].iter() {
            if let Some((k, full)) = mem.holder_of(doc.text(i)).filter(|(_, f)| same_person(f)) {
                np.kind = k;
                // A service's named office-holder speaks for it officially.
                np.also_official = k == SourceKind::Intelligence;
                np.personal = true;
                if full != doc.text(i) {
                    np.resolved = Some(full.to_string());
                }
                return Some(np);
            }
        }
        // Only the last run of capitalised words is the name.
        let last = *caps.last().unwrap();
        let last_text = doc.text(last);
        // An acronym the article defined ("the National Disaster ...
        // Council (NDRRMC)", "the Environmental Inspection Bureau ... EIB").
        if let Some((k, full)) = mem.acronym(last_text) {
            np.kind = *k;
            np.resolved = Some(full.clone());
            return Some(np);
        }
        // "Znak.com", "Meduza.io": a website is an outlet.
        if WEB_SUFFIXES
            .iter()
            .any(|d| last_text.len() > d.len() + 1 && last_text.to_lowercase().ends_with(d))
        {
            np.kind = SourceKind::Media;
            return Some(np);
        }
        if ORG_SUFFIX.contains(&last_text)
            || (last_text.len() >= 2 && last_text.chars().all(|c| c.is_ascii_uppercase()))
        {
            np.kind = SourceKind::Organization;
            return Some(np);
        }
        if last + 1 != t1 {
            // A lower-case head after the name ("the Moscow-based firm"):
            // not a person we can name.
            return None;
        }
        if caps.len() == 1 && caps[0] == self.r.start {
            // "Officials said" is listed; an unknown capitalised first word
            // alone ("Critics") is a person-like source.
        }
        np.kind = SourceKind::Person;
        np.personal = true;
        np.plural = false;
        // "Iran's intelligence minister announced ... Esmaeil Khatib told
        // officials": a full name with no role of its own, cited right
        // after an office named by its title alone, is the office's holder.
        if let Some(office) = mem.untitled.as_ref().filter(|_| caps.len() >= 2) {
            np.kind = office.kind;
            np.also_official = office.kind == SourceKind::Intelligence;
            np.names_title = true;
        }
        Some(np)
    }

    /// Whether `np` names an office by its title alone, one holder at a
    /// time: "Iran's intelligence minister", "the agency's director" (not
    /// "a spokesman", "officials", or a title with its holder's name).
    pub(super) fn unnamed_office(&self, np: &Np) -> bool {
        if np.plural
            || np.resolved.is_some()
            || !matches!(np.kind, SourceKind::Official | SourceKind::Intelligence)
        {
            return false;
        }
        let doc = self.doc;
        let last = self.lw(np.t1 - 1);
        let one_holder = matches!(
            last,
            "minister"
                | "director"
                | "chief"
                | "head"
                | "president"
                | "premier"
                | "chancellor"
                | "governor"
                | "secretary"
                | "commander"
                | "chairman"
                | "chairwoman"
                | "leader"
                | "mayor"
                | "ambassador"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
        ) || last == "general"
            && np.t1 >= np.t0 + 2
            && matches!(
                self.lw(np.t1 - 2),
                "attorney" | "solicitor" | "inspector" | "surgeon" | "auditor" | "secretary"
            );
        let definite =
            self.lw(np.t0) == "the" || (np.t0..np.t1).any(|i| doc.toks[i].kind == Kind::Possessive);
        // Capitalised words other than places and bodies would be a name.
        let unnamed = (np.t0..np.t1).all(|i| {
            !is_cap(doc.text(i))
                || i == self.r.start && DETERMINERS.contains(&self.lw(i))
                || doc.mention(i).is_some_and(|m| m.kind != EntryKind::Person)
        });
        one_holder && definite && unnamed && !is_cap(doc.text(np.t1 - 1))
    }

    /// Whether the content a cue attributes to `np` states a figure. The
    /// content is what follows the cue when the source comes first ("X said
    /// that ..."); when the source closes the sentence after a comma or a
    /// quotation (", officials told state media"), it is what came before —
    /// unless that is a subordinate clause ("As Mattis met 28,000 troops,
    /// he said ...").
    pub(super) fn content_figure(&self, np: &Np, cue: &Cue) -> bool {
        self.figure_in(&self.content_ranges(np, cue))
    }

    /// Whether content ranges state a figure.
    pub(super) fn figure_in(&self, ranges: &[Range<usize>]) -> bool {
        let doc = self.doc;
        ranges.iter().any(|rg| {
            let (toks, classes) = (&doc.toks[rg.clone()], &doc.tok_class[rg.clone()]);
            (0..toks.len()).any(|i| {
                is_figure(doc.src, toks, classes, i, self.lx) && !self.not_a_count(rg.start + i)
            })
        })
    }

    /// The token ranges of the content a cue attributes to `np`: what
    /// follows the cue when the source comes first ("X said that ..."); when
    /// the source closes the sentence after a comma or a quotation (",
    /// officials told state media"), what came before too, unless that is
    /// a subordinate clause ("As Mattis met 28,000 troops, he said ...").
    /// Each range stops where a clause with its own subject starts ("...,
    /// while shelling left 12 dead").
    pub(super) fn content_ranges(&self, np: &Np, cue: &Cue) -> Vec<Range<usize>> {
        let doc = self.doc;
        let r = &self.r;
        let words = |rg: &Range<usize>| {
            rg.clone()
                .filter(|&i| matches!(doc.toks[i].kind, Kind::Word | Kind::Number))
                .count()
        };
        // "..., according to the ministry in its report": a cue after a
        // comma closes the content before it.
        let cue_after_comma = cue.before.end > r.start
            && cue.before.end < np.t0
            && self.punct(cue.before.end - 1, ",");
        let closing = np.t0 > r.start
            && (self.punct(np.t0 - 1, ",") || doc.toks[np.t0 - 1].is_quote() || cue_after_comma);
        let subordinate = SUBORDINATORS.contains(&self.lw(r.start));
        let mut ranges: Vec<Range<usize>> = Vec::new();
        let after = self.clause_end(cue.after.clone());
        if closing && !subordinate {
            ranges.push(self.clause_start(cue.before.clone()));
            ranges.push(after);
        } else if words(&after) >= 3 {
            ranges.push(after);
        } else {
            ranges.push(self.clause_start(cue.before.clone()));
        }
        ranges
            .into_iter()
            .map(|rg| {
                // The source phrase is never its own content.
                if rg.start < np.t1 && np.t1 <= rg.end && rg.start >= np.t0 {
                    np.t1..rg.end
                } else if rg.start < np.t0 && np.t0 < rg.end && rg.end <= np.t1 {
                    rg.start..np.t0
                } else {
                    rg
                }
            })
            .filter(|rg| !rg.is_empty())
            .collect()
    }

    /// Cuts a content range where another clause with its own subject
    /// begins: "; ", "while", "whereas", ", but".
    fn clause_end(&self, rg: Range<usize>) -> Range<usize> {
        let end = rg.clone().find(|&k| self.clause_break(k)).unwrap_or(rg.end);
        rg.start..end
    }

    /// The last clause of a content range before a closing source.
    fn clause_start(&self, rg: Range<usize>) -> Range<usize> {
        let start = rg
            .clone()
            .rev()
            .find(|&k| k > rg.start && self.clause_break(k))
            .map_or(rg.start, |k| k + 1);
        start..rg.end
    }

    fn clause_break(&self, k: usize) -> bool {
        if self
            .inside_quote
            .get(k - self.r.start)
            .copied()
            .unwrap_or(false)
        {
            return false;
        }
        let w = self.lw(k);
        self.punct(k, ";")
            || matches!(w, "while" | "whereas")
            || (self.punct(k, ",")
                && matches!(self.lw(k + 1), "but" | "although" | "though")
                && self.new_subject(k + 2))
            // A background relative clause: "..., where hundreds died".
            || (self.punct(k, ",") && matches!(self.lw(k + 1), "where" | "whose"))
    }

    /// Whether a clause with its own subject starts at `k` ("but the
    /// army ...", "but he ..."), not a verb sharing the subject ("but
    /// remained ...").
    fn new_subject(&self, k: usize) -> bool {
        let w = self.lw(k);
        DETERMINERS.contains(&w)
            || PRONOUNS.contains(&w)
            || matches!(w, "i" | "we" | "you")
            || (self.word(k) && is_cap(self.doc.text(k)))
    }

    /// A number that is no count of the content: an age between commas
    /// after a name ("the suspect, 34, had"), a set already known ("all
    /// four").
    fn not_a_count(&self, k: usize) -> bool {
        let doc = self.doc;
        let t = doc.toks[k];
        let numeric = t.kind == Kind::Number || doc.class(k) & class::COUNT != 0;
        if !numeric {
            return false;
        }
        let age = k > self.r.start + 1
            && self.punct(k - 1, ",")
            && self.punct(k + 1, ",")
            && self.word(k - 2)
            && t.kind == Kind::Number;
        let set = k > self.r.start && matches!(self.lw(k - 1), "all" | "both");
        // "when he was 19.": an age.
        let was_age = t.kind == Kind::Number
            && k > self.r.start
            && matches!(self.lw(k - 1), "was" | "is" | "were" | "are")
            && (k + 1 >= self.r.end || self.doc.toks[k + 1].kind == Kind::Punct);
        // "the iPhone 5", "Section 702", "Boeing 737": a number naming a
        // thing after its capitalised name is a label.
        let label = t.kind == Kind::Number
            && k > self.r.start + 1
            && self.word(k - 1)
            && doc.text(k - 1).chars().any(char::is_uppercase)
            && doc.class(k - 1) & class::MONTH == 0
            && doc.text(k).bytes().all(|b| b.is_ascii_digit());
        // "a January report by three U.S. intelligence agencies": the
        // count of a document's authors is no figure of the content.
        let authors = k > self.r.start + 1
            && matches!(self.lw(k - 1), "by" | "from")
            && (doc.class(k - 2) & class::DOCUMENT != 0
                || doc
                    .mention(k - 2)
                    .is_some_and(|m| m.kind == EntryKind::Document));
        age || set || was_age || label || authors
    }

    /// The sentence's main subject (for participle cues): the first noun
    /// phrase after an introductory phrase ("Last October, Kim sent ...").
    pub(super) fn main_subject(&self, mem: &Memory) -> Option<Np> {
        let r = &self.r;
        let mut s = r.start;
        // Skip an introductory phrase ("Last October,", "In exchange,")
        // ending in a comma within 6 tokens.
        let first = self.lw(r.start);
        // "Having been pricked into action, the regulator ...": a
        // participle opens the sentence too.
        let intro = INTRO_WORDS.contains(&first)
            || TIME_WORDS.contains(&first)
            || SUBORDINATORS.contains(&first)
            || (first.ends_with("ing") && first.len() > 4 && self.doc.mention(r.start).is_none())
            || self.doc.toks[r.start].kind == Kind::Number;
        if intro {
            for j in r.start..(r.start + 7).min(r.end) {
                if self.doc.text(j) == "," {
                    s = j + 1;
                    break;
                }
            }
        }
        // Strict right scan: capitalised words, mentions, determiners.
        let mut t1 = s;
        while t1 < r.end {
            let t = &self.doc.toks[t1];
            let txt = self.doc.text(t1);
            let ok = self.doc.mention(t1).is_some()
                || (t.kind == Kind::Word
                    && (is_cap(txt)
                        || (t1 == s && DETERMINERS.contains(&txt.to_lowercase().as_str()))))
                || t.kind == Kind::Possessive;
            if !ok {
                break;
            }
            t1 += 1;
        }
        if t1 == s {
            return None;
        }
        self.classify(s, t1, mem)
    }
}

/// Head nouns of roles: a person speaking for a body, whose kind is the
/// body's ("a spokesman for the rebel army", "the union's general
/// secretary", "a Ministry of Agriculture economist").
const ROLE_WORDS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "spokesmen",
    "official",
    "officials",
    "secretary",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "chief",
    "head",
    "executive",
    "executives",
    "economist",
    "economists",
    "analyst",
    "analysts",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "adviser",
    "advisers",
    "advisor",
    "aide",
    "aides",
    "representative",
    "representatives",
    "commander",
    "commanders",
    "officer",
    "officers",
    "governor",
    "leader",
    "leaders",
    "member",
    "members",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "engineer",
    "engineers",
    "manager",
    "counsel",
    "deputy",
    "minister",
    "envoy",
    "staff",
];

/// Whether token `t` comes right after an acronym that names a company in
/// this article ("MCI president").
pub(super) fn after_company_acronym(doc: &Doc, t: usize) -> bool {
    t > 0 && doc.company_acronyms.iter().any(|a| a == doc.text(t - 1))
}

/// Whether a matched role text ends in a role head noun.
pub(super) fn is_role_head(text: &str) -> bool {
    let last = text.rsplit([' ', '-', '\n']).next().unwrap_or(text);
    ROLE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(last))
}

/// The kind a role takes from the body it belongs to: an official body's
/// people are official, a service's are intelligence, a company's, union's,
/// outlet's or armed group's are other sources (a party's are politicians);
/// a country makes officials official but leaves an expert an expert.
pub(super) fn body_kind(
    lx: &Lexicon,
    body: &super::DocMention,
    head: SourceKind,
) -> Option<SourceKind> {
    let e = lx.entry(body.entry);
    Some(match body.kind {
        EntryKind::Official => SourceKind::Official,
        EntryKind::Intelligence => SourceKind::Intelligence,
        EntryKind::Organization if e.party => SourceKind::Official,
        EntryKind::Organization | EntryKind::Media | EntryKind::StateMedia => {
            if head == SourceKind::Expert {
                SourceKind::Expert
            } else {
                SourceKind::Organization
            }
        }
        EntryKind::Place if head == SourceKind::Unknown || head == SourceKind::Person => {
            return None
        }
        EntryKind::Place => head,
        EntryKind::None => return None,
        // "president of Fundamental Brokers Inc", "a lawyer for the
        // family": the people of anything else speak for no state.
        _ if head == SourceKind::Expert => SourceKind::Expert,
        _ => SourceKind::Organization,
    })
}

/// Countries whose whole press is state-run: an outlet of theirs named only
/// by its type ("a provincial daily") is state media.
/// (Syria's press was state-run in all the years the collections cover.)
const STATE_RUN_PRESS: &[&str] = &["CN", "KP", "VN", "CU", "LA", "ER", "TM", "SU", "SY"];

/// Countries whose intelligence ministry is the intelligence service.
const MINISTRY_IS_SERVICE: &[&str] = &["IR"];

/// Whether a capitalised body name is shaped like a state body's: "Federal
/// ... Board", "National ... Council".
pub(super) fn state_body_name(words: &[&str]) -> bool {
    let first = words.iter().find(|w| !matches!(**w, "The" | "the"));
    // The head ends the name ("Federal Aviation Safety Board") or comes
    // before "of"/"for" ("State Administration of Radio, Film and
    // Television").
    let head = words.iter().enumerate().any(|(k, w)| {
        let last = k + 1 == words.len();
        let before_of = words.get(k + 1).is_some_and(|n| matches!(*n, "of" | "for"));
        (last || before_of) && STATE_BODY_HEADS.contains(&w.to_ascii_lowercase().as_str())
    });
    first.is_some_and(|f| STATE_BODY_FIRST.contains(f)) && head
}

/// The first word of a capitalised body name that marks it as the state's.
const STATE_BODY_FIRST: &[&str] = &[
    "Federal",
    "National",
    "State",
    "Royal",
    "Presidential",
    "Central",
    "Supreme",
    "Provincial",
    "Municipal",
    "Imperial",
    "Interior",
    "Environmental",
    "Public",
];

/// The head nouns of state bodies' names.
const STATE_BODY_HEADS: &[&str] = &[
    "board",
    "commission",
    "agency",
    "authority",
    "bureau",
    "service",
    "council",
    "unit",
    "office",
    "department",
    "ministry",
    "directorate",
    "administration",
    "inspectorate",
    "committee",
    "institute",
];

/// The outlet a bare "the newspaper" or "the agency" means: one named
/// (at a byte offset) after the one last cited (at `cited_at`), else the
/// one cited; its kind and name.
fn latest(
    named: Option<(usize, &Entry)>,
    cited: Option<&Referent>,
    cited_at: usize,
) -> Option<(SourceKind, String)> {
    match (named, cited) {
        (Some((at, e)), r) if r.is_none() || at > cited_at => {
            Some((SourceKind::from_entry(e.kind)?, e.name.clone()))
        }
        (_, Some(r)) => Some((r.kind, r.name.clone())),
        _ => None,
    }
}

/// Words that take a part of a group: "some of the officials".
const PARTITIVES: &[&str] = &[
    "some", "many", "most", "all", "both", "several", "few", "each", "one", "none", "either",
    "neither",
];

/// Nouns for one outlet: "the newspaper" may mean the last one named.
const OUTLET_NOUNS: &[&str] = &[
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "broadcaster",
    "channel",
    "station",
    "network",
    "outlet",
    "television",
    "tv",
    "radio",
    "website",
    "tabloid",
];

/// Words that end a phrase before a verb without being its head noun ("a
/// parable much told").
const NOT_NOUNS: &[&str] = &[
    "much", "more", "most", "less", "still", "even", "just", "only", "now", "here", "there",
    "again", "too", "very", "all", "both", "each", "once", "later", "earlier", "today", "first",
    "last", "other", "others", "another", "same", "own",
];
