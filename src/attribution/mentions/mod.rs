//! Mentions: the noun phrases a cue points at, found by scanning left or
//! right from the cue, and typed into a source kind from their structure
//! (the head, the body a role belongs to, former/retired, a name after a
//! title) and the lexicons; pronouns and definite descriptions are typed
//! from the article memory ([`super::memory`]).
//!
//! [`Ctx`] is one sentence as the rules see it: its tokens, what lies inside
//! quotation marks, and the scanning and typing operations on them. Its
//! operations live by job:
//! - [`phrases`]: finding the phrase a cue points at (subject, object,
//!   coordinated names);
//! - [`classify`]: typing a phrase from its structure and the lexicons;
//! - [`roles`]: a role's kind from the body it belongs to;
//! - [`anaphora`]: definite descriptions, documents and their authors;
//! - [`own_voice`]: the article's own outlet and correspondents;
//! - [`content`]: the attributed content span and the figure test on it.

use crate::attribution::word_list::WordList;
use std::ops::Range;

use super::cues::Cue;
use super::figures::is_figure;
use super::memory::{Memory, Referent};
use super::names::{self, HONORIFICS};
use super::tokens::Kind;
use super::{Doc, DocMention};
use crate::annotation::SourceKind;
use crate::lexicon::{class, Entry, EntryKind, Lexicon};

mod anaphora;
mod classify;
mod content;
mod own_voice;
mod phrases;
mod roles;

pub(super) use classify::{OUTLET_NOUNS, POST_NOMINALS};
pub(super) use roles::{
    activity_modifier, after_company_name, body_kind, common_nouns, is_role_head, listed_head_kind,
    role_kind, state_body_name, COMPANY_SUFFIX, STATE_BODY_HEADS,
};

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

impl Np {
    /// The phrase `t0..t1` standing for a source the article memory holds:
    /// its kind, name and official standing.
    pub(super) fn standing_for(r: &Referent, t0: usize, t1: usize) -> Np {
        Np {
            resolved: Some(r.name.clone()),
            also_official: r.also_official,
            ..Np::new(r.kind, t0, t1)
        }
    }

    /// The phrase `t0..t1` of `kind`, with no resolution and no flags set.
    pub(super) fn new(kind: SourceKind, t0: usize, t1: usize) -> Np {
        Np {
            kind,
            t0,
            t1,
            resolved: None,
            also_official: false,
            personal: false,
            plural: false,
            names_title: false,
        }
    }

    /// An official named with an apposition that places them in a body
    /// (`office`): in an intelligence service they speak for it, as its
    /// officer ("Admiral Jan Smit, the director of the AIVD"); any other
    /// body leaves the official as they are.
    pub(super) fn serving(self, office: &Np) -> Np {
        if office.kind == SourceKind::Intelligence {
            Np {
                kind: SourceKind::Intelligence,
                also_official: true,
                ..self
            }
        } else {
            self
        }
    }
}

pub(super) const DETERMINERS: WordList = WordList::new(&[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "such", "any", "no", "every", "each", "some", "another",
]);
/// Words that modify a noun and are no verb's subject: after a determiner
/// or an owner they make the next word a noun ("its annual report").
pub(super) const NOUN_MODIFIERS: WordList = WordList::new(&[
    "annual",
    "quarterly",
    "monthly",
    "weekly",
    "daily",
    "latest",
    "new",
    "final",
    "initial",
    "preliminary",
    "interim",
    "internal",
    "previous",
    "recent",
    "first",
    "second",
    "third",
    "full",
    "own",
    "joint",
    "secret",
    "classified",
    "confidential",
    "draft",
    "formal",
    "written",
    "detailed",
    "separate",
    "earlier",
    "last",
    "same",
    "similar",
    "special",
    "further",
    "independent",
    "follow-up",
    "brief",
    "public",
    "parliamentary",
]);
pub(super) const BE: WordList = WordList::new(&[
    "is", "are", "was", "were", "be", "been", "being", "'s", "’s",
]);
/// Auxiliaries and adverbs that stand between a subject and its verb.
pub(super) const BETWEEN: WordList = WordList::new(&[
    "has",
    "have",
    "had",
    "will",
    "would",
    "did",
    "does",
    "do",
    "also",
    "long",
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
]);
pub(super) const TIME_WORDS: WordList = WordList::new(&[
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
]);
/// Words that end a noun phrase when scanning left from a verb.
pub(super) const STOP_LEFT: WordList = WordList::new(&[
    "that", "which", "who", "whom", "whose", "when", "while", "as", "because", "if", "but", "or",
    "after", "before", "since", "although", "though", "where", "so", "than", "to", "in", "on",
    "at", "by", "with", "from", "into", "about", "over", "under", "during", "without", "against",
    "for", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "and",
    "not", "what", "how", "why", "whether", "also", "it", "he", "she", "they", "we", "i", "you",
    "amid", "despite", "among", "between", "through", "via", "per", "upon", "until", "unless",
    "then",
]);
/// Words that end a noun phrase when scanning right from a cue.
pub(in crate::attribution) const STOP_RIGHT: WordList = WordList::new(&[
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
]);
/// Subject pronouns: one after a phrase opens a clause ("told Reuters they
/// supported").
pub(in crate::attribution) const SUBJECT_PRONOUNS: &[&str] =
    &["he", "she", "they", "we", "it", "i", "you"];
/// Words that open an introductory phrase before the subject.
pub(super) const INTRO_WORDS: WordList = WordList::new(&[
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
]);
/// Words that open a subordinate clause before the main one.
pub(super) const SUBORDINATORS: WordList = WordList::new(&[
    "as", "while", "when", "after", "before", "although", "though", "if", "because", "since",
    "despite", "whereas", "once", "until", "unless",
]);
/// Last words of newspapers' names ("The Jakarta Post", "Kyiv
/// Independent"): a capitalised name ending in one is an outlet. Not
/// "Express" or "Star" ("American Express", "Five Star"), nor "Record"
/// ("Congressional Record"): the lexicon lists those papers.
/// Nouns of broadcast programmes, after a programme's title ("the Today
/// programme", "Five's Wright Stuff show").
pub(super) const PROGRAMME_NOUNS: WordList = WordList::new(&["programme", "program", "show"]);
pub(super) const PUBLICATION_WORDS: WordList = WordList::new(&[
    "Post",
    "Times",
    "Herald",
    "Tribune",
    "Journal",
    "Gazette",
    "Chronicle",
    "Mail",
    "Telegraph",
    "Observer",
    "Standard",
    "Globe",
    "Daily",
    "Mirror",
    "Independent",
    "Guardian",
    "Monitor",
    "Inquirer",
    "Courier",
    "Dispatch",
    "Examiner",
    "Bulletin",
]);

pub(super) const PRONOUNS: WordList =
    WordList::new(&["he", "she", "it", "they", "him", "her", "them"]);
/// Nouns after "expressed" that carry reported content.
pub(super) const EXPRESSED: WordList = WordList::new(&[
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
    "alarm",
    "sorrow",
    "grief",
    "fear",
    "fears",
    "worry",
    "worries",
    "unease",
    "scepticism",
    "skepticism",
    "dissatisfaction",
    "displeasure",
    "indignation",
    "relief",
    "reluctance",
    "hopes",
    "admiration",
    "condemnation",
]);

/// Nouns of a state's posts abroad, named with where they sit ("the
/// embassy in Brussels", "Iran's mission to the United Nations").
pub(in crate::attribution) const STATIONED: WordList = WordList::new(&[
    "embassy",
    "embassies",
    "consulate",
    "mission",
    "delegation",
    "ambassador",
    "envoy",
]);

/// Org-name endings: a capitalised name ending so is an organisation.
pub(in crate::attribution) const ORG_SUFFIX: WordList = WordList::new(&[
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
    "Industries",
    "Associates",
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
    "Consortium",
    "Confederation",
    "Federation",
    "Alliance",
    "Coalition",
    "Commerce",
    "Forum",
    "Network",
    "Observatory",
    "Laboratory",
    "Laboratories",
]);

#[inline]
pub(super) fn is_cap(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
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
    /// Whether the word at `k` only modifies the noun after it ("annual",
    /// "latest"; not "Daily" in "People's Daily").
    pub(super) fn is_noun_modifier(&self, k: usize) -> bool {
        NOUN_MODIFIERS.contains(&self.lw(k)) && !is_cap(self.doc.text(k))
    }

    /// The lower-cased token `i`, or "" outside the sentence.
    #[inline]
    pub(super) fn lw(&self, i: usize) -> &str {
        if self.r.contains(&i) {
            self.doc.lower(i)
        } else {
            ""
        }
    }

    /// Token `i`'s word classes; none outside the sentence.
    #[inline]
    pub(super) fn cls(&self, i: usize) -> u32 {
        if self.r.contains(&i) {
            self.doc.class(i)
        } else {
            0
        }
    }

    #[inline]
    pub(super) fn word(&self, i: usize) -> bool {
        self.r.contains(&i) && self.doc.toks[i].kind == Kind::Word
    }

    #[inline]
    pub(super) fn punct(&self, i: usize, p: &str) -> bool {
        self.r.contains(&i) && self.doc.text(i) == p
    }

    #[inline]
    pub(super) fn bytes(&self, t0: usize, t1: usize) -> (usize, usize) {
        (self.doc.toks[t0].start, self.doc.toks[t1 - 1].end)
    }

    /// What the article memory keeps of a source phrase: its kind and its
    /// resolved name, or its text.
    pub(in crate::attribution) fn referent(&self, np: &Np) -> Referent {
        let (s, e) = self.bytes(np.t0, np.t1);
        Referent {
            kind: np.kind,
            name: np
                .resolved
                .clone()
                .unwrap_or_else(|| self.doc.src[s..e].to_string()),
            also_official: np.also_official,
        }
    }

    /// Whether token `k` is the apostrophe of a plural's possessive: right
    /// after a word in "s", one space before the word it owns ("the
    /// employers' association", "the agencies’ conclusion").
    #[inline]
    pub(in crate::attribution) fn plural_possessive_mark(&self, k: usize) -> bool {
        let toks = &self.doc.toks;
        k > self.r.start
            && self.r.contains(&k)
            && matches!(self.doc.text(k), "'" | "’")
            && self.word(k + 1)
            && toks[k - 1].kind == Kind::Word
            && toks[k - 1].end == toks[k].start
            && self.doc.text(k - 1).ends_with('s')
            && toks[k + 1].start == toks[k].end + 1
    }

    /// The lower-cased text of the token starting at byte `at`.
    pub(super) fn lw_at_byte(&self, at: usize) -> &str {
        let k = self.doc.token_from(at);
        if k < self.doc.toks.len() && self.doc.toks[k].start == at {
            self.doc.lower(k)
        } else {
            ""
        }
    }
}
