//! Cues and their sources: the patterns that attribute a sentence's content
//! ("X said", "said X", "according to X", "citing X", "X told Y", "a report
//! issued by X", "X's estimate", "X: “...”", ", vowing ...") and the noun
//! phrase each cue points at, classified into a source kind.

use std::ops::Range;

use super::context::{Memory, Referent};
use super::figures::first_figure;
use super::quotes::QuoteInfo;
use super::tokens::Kind;
use super::Doc;
use crate::annotation::SourceKind;
use crate::lexicon::{class, EntryKind, Lexicon};

/// One attribution found in a sentence.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: SourceKind,
    /// Byte span of the source mention.
    pub source: (usize, usize),
    /// Byte span of the cue.
    pub cue: (usize, usize),
    pub rule: &'static str,
    /// The attributed content states a figure.
    pub figure: bool,
    /// An office-holder of an intelligence service.
    pub also_official: bool,
    pub resolved: Option<String>,
    /// Taken over from the quotation this sentence continues.
    pub inherited: bool,
    /// A participle cue (", vowing ..."): dropped when a finite cue in the
    /// sentence names another source.
    pub weak: bool,
}

/// A classified noun phrase.
#[derive(Debug, Clone)]
struct Np {
    kind: SourceKind,
    t0: usize,
    t1: usize,
    resolved: Option<String>,
    also_official: bool,
    personal: bool,
    plural: bool,
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "such", "any", "no", "every", "each", "some", "another",
];
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "'s", "’s",
];
/// Auxiliaries and adverbs that stand between a subject and its verb.
const BETWEEN: &[&str] = &[
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
const TIME_WORDS: &[&str] = &[
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
const STOP_LEFT: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "while", "as", "because", "if", "but", "or",
    "after", "before", "since", "although", "though", "where", "so", "than", "to", "in", "on",
    "at", "by", "with", "from", "into", "about", "over", "under", "during", "without", "against",
    "for", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "and",
    "not", "what", "how", "why", "whether", "also", "it", "he", "she", "they", "we", "i", "you",
    "amid", "despite", "among", "between", "through", "via", "per", "upon", "until", "unless",
    "then",
];
/// Words that end a noun phrase when scanning right from a cue.
const STOP_RIGHT: &[&str] = &[
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
const INTRO_WORDS: &[&str] = &[
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
const SUBORDINATORS: &[&str] = &[
    "as", "while", "when", "after", "before", "although", "though", "if", "because", "since",
    "despite", "whereas", "once", "until", "unless",
];
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "him", "her", "them"];
/// Nouns after "expressed" that carry reported content.
const EXPRESSED: &[&str] = &[
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
const ORG_SUFFIX: &[&str] = &[
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

fn is_cap(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Builds the office-holder memory over the whole article.
pub(crate) fn build_memory(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    let n = doc.toks.len();
    for m in &doc.mentions {
        let e = lx.entry(m.entry);
        // Well-known office-holders named in full.
        if e.office.is_some() {
            let name = &doc.src[m.start..m.end];
            mem.remember_name(name, SourceKind::Official);
            mem.named_person(
                m.start,
                Referent {
                    kind: SourceKind::Official,
                    name: name.to_string(),
                    also_official: false,
                },
            );
            continue;
        }
        let kind = match m.kind {
            EntryKind::Official
            | EntryKind::Expert
            | EntryKind::Media
            | EntryKind::Organization => match SourceKind::from_entry(m.kind) {
                Some(k) => k,
                None => continue,
            },
            _ => continue,
        };
        // A role followed by a capitalised name: "leader Kim Jong Un".
        let kind = if e.role {
            role_kind(doc, lx, m.t0.saturating_sub(3), m.t0).unwrap_or(SourceKind::Official)
        } else {
            kind
        };
        let mut j = m.t1;
        let mut name_end = j;
        while j < n && j < m.t1 + 4 {
            let t = &doc.toks[j];
            let txt = doc.text(j);
            if t.kind == Kind::Word
                && is_cap(txt)
                && doc.mention(j).is_none_or(|x| {
                    lx.entry(x.entry).office.is_some() || x.kind == EntryKind::Person
                })
            {
                j += 1;
                name_end = j;
            } else if t.kind == Kind::Word
                && matches!(txt, "al" | "bin" | "de" | "van" | "von" | "da")
            {
                j += 1;
            } else {
                break;
            }
        }
        if name_end > m.t1 {
            let s = doc.toks[m.t1].start;
            let e2 = doc.toks[name_end - 1].end;
            mem.remember_name(&doc.src[s..e2], kind);
            mem.named_person(
                s,
                Referent {
                    kind,
                    name: doc.src[s..e2].to_string(),
                    also_official: false,
                },
            );
        }
    }
    report_owner(doc, mem);
    mem.finish();
    // Appositions: "Shaheen, a member of the Senate ..., said".
    for i in 0..n.saturating_sub(3) {
        if doc.text(i + 1) != "," || !is_cap(doc.text(i)) || doc.toks[i].kind != Kind::Word {
            continue;
        }
        // "Name, a member of ...", "Name, who is a member of ...".
        let mut d = i + 2;
        if doc.lower(d) == "who"
            && matches!(
                doc.lower(d + 1),
                "is" | "was" | "chairs" | "heads" | "leads"
            )
        {
            d += 2;
        }
        let det = doc.lower(d);
        if !matches!(det, "a" | "an" | "the") && d == i + 2 {
            continue;
        }
        let mut j = d;
        while j < n && j < i + 12 && doc.text(j) != "," && doc.text(j) != "." {
            if let Some(m) = doc.mention(j) {
                if let Some(k) = SourceKind::from_entry(m.kind) {
                    if matches!(k, SourceKind::Official | SourceKind::Expert) {
                        mem.remember_name(doc.text(i), k);
                        break;
                    }
                }
            }
            j += 1;
        }
    }
}

/// The report an article is about, when it names its owner once: "The
/// CIA-DIA report", "a report prepared by the Central Intelligence Agency".
fn report_owner(doc: &Doc, mem: &mut Memory) {
    let n = doc.toks.len();
    let owner_kind = |k: EntryKind| {
        matches!(
            k,
            EntryKind::Intelligence | EntryKind::StateMedia | EntryKind::Official
        )
    };
    let mut owners: Vec<(usize, SourceKind, String)> = Vec::new();
    for m in doc
        .mentions
        .iter()
        .filter(|m| m.kind == EntryKind::Document)
    {
        let word = doc.src[m.start..m.end].to_lowercase();
        if !matches!(
            word.as_str(),
            "report" | "assessment" | "study" | "analysis"
        ) {
            continue;
        }
        let before = (m.t0.saturating_sub(2)..m.t0)
            .rev()
            .find_map(|k| doc.mention(k))
            .filter(|o| owner_kind(o.kind));
        let after = (m.t1..(m.t1 + 6).min(n))
            .find(|&k| doc.lower(k) == "by")
            .and_then(|k| (k + 1..(k + 4).min(n)).find_map(|x| doc.mention(x)))
            .filter(|o| owner_kind(o.kind));
        if let Some(o) = before.or(after) {
            if let Some(kind) = SourceKind::from_entry(o.kind) {
                owners.push((o.entry, kind, doc.src[o.start..o.end].to_string()));
            }
        }
    }
    owners.sort_by_key(|o| o.0);
    owners.dedup_by_key(|o| o.0);
    if owners.len() == 1 {
        let (_, kind, name) = owners.remove(0);
        mem.report_owner = Some(Referent {
            kind,
            name,
            also_official: false,
        });
    }
}

/// The kind a generic role ("spokesman", "officials") takes from the words
/// before it: a company's spokesman is an organisation's.
fn role_kind(doc: &Doc, lx: &Lexicon, t0: usize, role: usize) -> Option<SourceKind> {
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
        if doc.toks[j].kind == Kind::Word
            && is_cap(t)
            && j > t0
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
struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    lx: &'d Lexicon,
    r: Range<usize>,
    inside_quote: Vec<bool>,
    fiction: bool,
}

impl Ctx<'_, '_> {
    /// The lower-cased token `i`, or "" outside the sentence.
    fn lw(&self, i: usize) -> &str {
        if self.r.contains(&i) {
            self.doc.lower(i)
        } else {
            ""
        }
    }

    /// Token `i`'s word classes; none outside the sentence.
    fn cls(&self, i: usize) -> u32 {
        if self.r.contains(&i) {
            self.doc.class(i)
        } else {
            0
        }
    }

    fn word(&self, i: usize) -> bool {
        self.r.contains(&i) && self.doc.toks[i].kind == Kind::Word
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.r.contains(&i) && self.doc.text(i) == p
    }

    fn bytes(&self, t0: usize, t1: usize) -> (usize, usize) {
        (self.doc.toks[t0].start, self.doc.toks[t1 - 1].end)
    }

    /// Skips auxiliaries, adverbs and time phrases leftwards from `j`.
    fn skip_between_left(&self, mut j: usize) -> Option<usize> {
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

    /// Whether the "and" at `k` joins two named sources: a name or listed
    /// source on each side.
    fn joins_names(&self, k: usize) -> bool {
        let named = |i: usize| {
            self.r.contains(&i) && (self.doc.mention(i).is_some() || is_cap(self.doc.text(i)))
        };
        let mut right = k + 1;
        while self.r.contains(&right) && DETERMINERS.contains(&self.lw(right)) {
            right += 1;
        }
        k > self.r.start && named(k - 1) && named(right)
    }

    /// A noun phrase ending at token `end - 1`, scanning left.
    fn np_left(&self, end: usize) -> Option<(usize, usize)> {
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
                Kind::Word if w == "and" => self.joins_names(j),
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
                    _ => false,
                },
                _ => false,
            };
            if !ok || end - j > 14 {
                break;
            }
            t0 = j;
        }
        // Drop a leading conjunction or dangling punctuation.
        while t0 < end && matches!(self.doc.toks[t0].kind, Kind::Punct | Kind::Possessive) {
            t0 += 1;
        }
        (t0 < end).then_some((t0, end))
    }

    /// A noun phrase starting at `start`, scanning right.
    fn np_right(&self, start: usize) -> Option<(usize, usize)> {
        let mut t1 = start;
        while t1 < self.r.end {
            let t = &self.doc.toks[t1];
            let w = self.lw(t1);
            let ok = match t.kind {
                Kind::Word if w == "and" => self.joins_names(t1),
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
    fn coordinated(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let mut parts = Vec::new();
        let mut start = a;
        for k in a + 1..b.saturating_sub(1) {
            if self.lw(k) == "and" && self.joins_names(k) {
                parts.push((start, k));
                start = k + 1;
            }
        }
        parts.push((start, b));
        parts
    }

    /// Classifies a noun phrase as a source, if it is one.
    fn classify(&self, t0: usize, t1: usize, mem: &Memory) -> Option<Np> {
        let doc = self.doc;
        let mut t0 = t0;
        while t0 < t1 && matches!(self.lw(t0), "and" | "but" | "or" | "then") {
            t0 += 1;
        }
        if t0 >= t1 {
            return None;
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
        let former = words
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
            || matches!(head.kind, EntryKind::Expert | EntryKind::Person)
            || e.office.is_some()
            || e.title;
        if e.office.is_some() || named_after {
            np.plural = false;
        }
        let mut kind = SourceKind::from_entry(head.kind)?;
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
            if let Some(named) = ms.iter().rev().find(|m| {
                m.t1 <= head.t0 && matches!(m.kind, EntryKind::StateMedia | EntryKind::Media)
            }) {
                kind = SourceKind::from_entry(named.kind)?;
            } else if let Some(r) = mem.outlet.as_ref() {
                let bare = (t0..head.t0).all(|i| DETERMINERS.contains(&self.lw(i)));
                if bare {
                    kind = r.kind;
                    np.resolved = Some(r.name.clone());
                }
            }
            np.personal = false;
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

    /// "the minister", "the expert", "the agencies": a definite generic
    /// noun names the last cited source it describes.
    fn definite_anaphor(&self, np: &Np, head: &super::DocMention, mem: &Memory) -> Option<Np> {
        let doc = self.doc;
        let generic = doc.src[head.start..head.end]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let only_the = (np.t0..head.t0).all(|i| matches!(self.lw(i), "the" | "this"))
            && head.t0 > np.t0
            && head.t1 == np.t1;
        if !generic || !only_the {
            return None;
        }
        let noun = doc.src[head.start..head.end].to_lowercase();
        let stem = noun.trim_end_matches('s').trim_end_matches("ie");
        let r = mem.recent(|r| {
            let name = r.name.to_lowercase();
            name.contains(stem) && name != noun && !name.starts_with("the ")
        })?;
        Some(Np {
            kind: r.kind,
            resolved: Some(r.name.clone()),
            also_official: r.also_official,
            ..np.clone()
        })
    }

    /// A capitalised word before a document head that owns it
    /// ("University College London research").
    fn capitalised_owner(&self, t0: usize, head: usize, mem: &Memory) -> Option<SourceKind> {
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
    fn classify_unlisted(&self, mut np: Np, ms: &[&super::DocMention], mem: &Memory) -> Option<Np> {
        let doc = self.doc;
        let (t0, t1) = (np.t0, np.t1);
        let words: Vec<&str> = (t0..t1).map(|i| self.lw(i)).collect();
        let content: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !DETERMINERS.contains(w))
            .collect();
        if content.len() == 1 && PRONOUNS.contains(&content[0]) {
            let r = mem.pronoun(content[0], doc.toks[t0].start)?;
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
            let r = mem.agency.as_ref()?;
            np.kind = r.kind;
            np.resolved = Some(r.name.clone());
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
            let demonym = doc.src[p.start..p.end].ends_with("an")
                || doc.src[p.start..p.end].ends_with("ese")
                || e.country.is_none();
            if rest_ok && !demonym {
                np.kind = SourceKind::Official;
                return Some(np);
            }
        }
        // Capitalised names.
        let caps: Vec<usize> = (t0..t1)
            .filter(|&i| {
                doc.toks[i].kind == Kind::Word
                    && is_cap(doc.text(i))
                    && !TIME_WORDS.contains(&self.lw(i))
            })
            .collect();
        if caps.is_empty() {
            return None;
        }
        // A capitalised first word of the sentence is no name by itself.
        let lead_only =
            caps.len() == 1 && caps[0] == self.r.start && DETERMINERS.contains(&self.lw(caps[0]));
        if lead_only {
            return None;
        }
        for &i in caps.iter().rev() {
            if let Some((k, full)) = mem.holder(doc.text(i)) {
                np.kind = *k;
                np.personal = true;
                if full != doc.text(i) {
                    np.resolved = Some(full.clone());
                }
                return Some(np);
            }
        }
        // Only the last run of capitalised words is the name.
        let last = *caps.last().unwrap();
        let last_text = doc.text(last);
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
        Some(np)
    }

    /// Whether the content a cue attributes to `np` states a figure. The
    /// content is what follows the cue when the source comes first ("X said
    /// that ..."); when the source closes the sentence after a comma or a
    /// quotation (", officials told state media"), it is what came before —
    /// unless that is a subordinate clause ("As Mattis met 28,000 troops,
    /// he said ...").
    fn content_figure(&self, np: &Np, cue: &Cue) -> bool {
        let doc = self.doc;
        let r = &self.r;
        let words = |rg: &Range<usize>| {
            rg.clone()
                .filter(|&i| doc.toks[i].kind == Kind::Word)
                .count()
        };
        let closing =
            np.t0 > r.start && (self.punct(np.t0 - 1, ",") || doc.toks[np.t0 - 1].is_quote());
        let subordinate = SUBORDINATORS.contains(&self.lw(r.start));
        let mut ranges: Vec<Range<usize>> = Vec::new();
        if closing && !subordinate {
            ranges.push(cue.before.clone());
            ranges.push(cue.after.clone());
        } else if words(&cue.after) >= 3 {
            ranges.push(cue.after.clone());
        } else {
            ranges.push(cue.before.clone());
        }
        let idx: Vec<usize> = ranges
            .into_iter()
            .flatten()
            .filter(|&i| i < np.t0 || i >= np.t1)
            .collect();
        let toks: Vec<_> = idx.iter().map(|&i| doc.toks[i]).collect();
        let classes: Vec<u32> = idx.iter().map(|&i| doc.class(i)).collect();
        first_figure(doc.src, &toks, &classes, self.lx).is_some()
    }

    /// The sentence's main subject (for participle cues): the first noun
    /// phrase after an introductory phrase ("Last October, Kim sent ...").
    fn main_subject(&self, mem: &Memory) -> Option<Np> {
        let r = &self.r;
        let mut s = r.start;
        // Skip an introductory phrase ("Last October,", "In exchange,")
        // ending in a comma within 6 tokens.
        let first = self.lw(r.start);
        let intro = INTRO_WORDS.contains(&first)
            || TIME_WORDS.contains(&first)
            || SUBORDINATORS.contains(&first)
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

/// A cue: its span, the rule that found it, and the token ranges before
/// and after it where its content may stand.
#[derive(Debug, Clone)]
struct Cue {
    span: (usize, usize),
    rule: &'static str,
    before: Range<usize>,
    after: Range<usize>,
    /// A participle: gives way to a finite cue naming another source.
    weak: bool,
}

impl Cue {
    fn new(
        span: (usize, usize),
        rule: &'static str,
        before: Range<usize>,
        after: Range<usize>,
    ) -> Cue {
        Cue {
            span,
            rule,
            before,
            after,
            weak: false,
        }
    }
}

/// Finds the attributions of one sentence.
pub(crate) fn analyze(
    doc: &Doc,
    lx: &Lexicon,
    r: Range<usize>,
    mem: &mut Memory,
    qi: &QuoteInfo,
) -> Analysis {
    let mut inside = Vec::with_capacity(r.len());
    let mut open = qi.continues;
    for i in r.clone() {
        match doc.toks[i].kind {
            Kind::OpenQuote => {
                open = true;
                inside.push(true);
            }
            Kind::CloseQuote => {
                inside.push(true);
                open = false;
            }
            _ => inside.push(open),
        }
    }
    let fiction = r.clone().any(|i| doc.class(i) & class::FICTION != 0);
    let cx = Ctx {
        doc,
        lx,
        r: r.clone(),
        inside_quote: inside,
        fiction,
    };
    let mut found: Vec<Found> = Vec::new();
    for i in r.clone() {
        let t = doc.toks[i];
        if t.kind == Kind::Possessive && !cx.inside_quote[i - r.start] {
            possessive(&cx, mem, &mut found, i);
            continue;
        }
        if cx.inside_quote[i - r.start] || (t.kind != Kind::Word && doc.text(i) != ":") {
            continue;
        }
        if Doc::covered(&doc.no_content, t.start, t.end) {
            continue;
        }
        let w = cx.lw(i);
        let next = cx.lw(i + 1);
        let cls = doc.class(i);
        if w == "according" && next == "to" {
            after_np(&cx, mem, &mut found, i, i + 2, "according-to");
        } else if w == "citing" || w == "quoting" {
            after_np(&cx, mem, &mut found, i, i + 1, "citing");
        } else if cls & class::CHANNEL_NOUN != 0
            && matches!(next, "with" | "to" | "on" | "for" | "in")
        {
            // "in an interview with Der Spiegel", "speaking on state TV",
            // "in an article for the Times newspaper".
            if let Some((a, b)) = cx.np_right(i + 2) {
                channel(&cx, mem, &mut found, a, b, (i, i + 2));
            }
        } else if doc.text(i) == ":" {
            colon(&cx, mem, &mut found, i);
        } else if cls & class::RUMOUR_NOUN != 0 && next == "that" && !cx.inside_quote[i - r.start] {
            // "unconfirmed reports that 15 people were hurt": the reports
            // are the (vague) source of the clause.
            if let Some((a, b)) = cx.np_left(i + 1) {
                let cue = Cue::new(cx.bytes(i, i + 2), "noun-that", r.start..a, i + 2..r.end);
                add(&cx, mem, &mut found, (a, b), &cue);
            }
        } else if cls & class::DOCUMENT != 0 && matches!(next, "from" | "by") {
            after_np(&cx, mem, &mut found, i, i + 2, "figures-from");
        } else {
            // A verb form inside a named source ("state media") is no verb,
            // except a one-word document noun used as a verb ("X reports").
            let in_name = doc.mention(i).is_some_and(|m| {
                m.t1 - m.t0 > 1 || !matches!(m.kind, EntryKind::Document | EntryKind::Unknown)
            });
            // A belief or wish inside content already attributed ("experts
            // say Pyongyang believes ...") is part of that content.
            let nested =
                cls & class::WEAK != 0 && found.iter().any(|f| !f.weak && f.cue.1 <= t.start);
            if !in_name && !nested && cls & (class::SPEECH | class::BY_AGENT) != 0 {
                verb(&cx, mem, &mut found, i, cls);
            }
        }
    }
    // Participle cues give way to a finite cue naming another source; what
    // they name is kept as a hint of who speaks in a quote.
    let strong: Vec<(usize, usize)> = found.iter().filter(|f| !f.weak).map(|f| f.source).collect();
    let mut hints = Vec::new();
    if !strong.is_empty() {
        let (keep, drop): (Vec<Found>, Vec<Found>) = found
            .into_iter()
            .partition(|f| !f.weak || strong.contains(&f.source));
        found = keep;
        hints = drop;
    }
    // The same source found by two cues: keep the first.
    let mut seen: Vec<((usize, usize), SourceKind)> = Vec::new();
    found.retain(|f| {
        let key = (f.source, f.kind);
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    Analysis { found, hints }
}

/// What [`analyze`] finds in one sentence.
pub(crate) struct Analysis {
    /// The attributions that tag the sentence.
    pub found: Vec<Found>,
    /// Sources named by participle cues that gave way to another source
    /// ("..., expressing his “condolences”, state media reported"): they
    /// tag nothing but tell who speaks.
    pub hints: Vec<Found>,
}

/// "X's estimate", "the intelligence community's conclusion": the owner of
/// a document noun is a source.
fn possessive(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    if cx.cls(i + 1) & class::DOCUMENT == 0 || i == cx.r.start {
        return;
    }
    if let Some((a, b)) = cx.np_left(i) {
        let cue = Cue::new(
            cx.bytes(i, i + 2),
            "possessive",
            cx.r.start..a,
            i + 2..cx.r.end,
        );
        add(cx, mem, found, (a, b), &cue);
    }
}

/// A cue whose source follows it: "according to X", "citing X".
fn after_np(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    i: usize,
    np_at: usize,
    rule: &'static str,
) {
    if np_at >= cx.r.end {
        return;
    }
    if let Some((a, b)) = cx.np_right(np_at) {
        let cue = Cue::new(cx.bytes(i, np_at), rule, cx.r.start..i, b..cx.r.end);
        add(cx, mem, found, (a, b), &cue);
    }
}

/// Classifies the noun phrase `a..b` (each part of a coordination "X and
/// Y" separately) and records it as the source of `cue`.
fn add(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    (a, b): (usize, usize),
    cue: &Cue,
) -> bool {
    let mut any = false;
    for (pa, pb) in cx.coordinated(a, b) {
        if let Some(np) = cx.classify(pa, pb, mem) {
            push(cx, mem, found, np, cue);
            any = true;
        }
    }
    any
}

fn push(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, np: Np, cue: &Cue) {
    let figure = cx.content_figure(&np, cue);
    let (s, e) = cx.bytes(np.t0, np.t1);
    let name = np
        .resolved
        .clone()
        .unwrap_or_else(|| cx.doc.src[s..e].to_string());
    mem.cited(
        Referent {
            kind: np.kind,
            name,
            also_official: np.also_official,
        },
        np.personal,
        np.plural,
        s,
    );
    found.push(Found {
        kind: np.kind,
        source: (s, e),
        cue: cue.span,
        rule: cue.rule,
        figure,
        also_official: np.also_official,
        resolved: np.resolved,
        inherited: false,
        weak: cue.weak,
    });
}

/// The channel that carried the words ("told TASS", "in an interview with
/// Der Spiegel"): tagged by its kind when it is an outlet that is not the
/// article's own.
fn channel(
    cx: &Ctx,
    mem: &mut Memory,
    found: &mut Vec<Found>,
    a: usize,
    b: usize,
    cue: (usize, usize),
) {
    let Some(np) = cx.classify(a, b, mem) else {
        return;
    };
    if !matches!(np.kind, SourceKind::Media | SourceKind::StateMedia) {
        return;
    }
    let own = (a..b).any(|j| {
        cx.doc
            .mention(j)
            .is_some_and(|m| cx.doc.own_outlets.contains(&m.entry))
    });
    if own {
        return;
    }
    let (s, e) = cx.bytes(np.t0, np.t1);
    found.push(Found {
        kind: np.kind,
        source: (s, e),
        cue: cx.bytes(cue.0, cue.1),
        rule: "channel",
        figure: false,
        also_official: false,
        resolved: np.resolved,
        inherited: false,
        weak: false,
    });
}

/// "X: “...”" and headlines "...: Iraqi FM".
fn colon(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize) {
    let r = &cx.r;
    let opens_quote = cx.r.contains(&(i + 1)) && cx.doc.toks[i + 1].kind == Kind::OpenQuote;
    if opens_quote && i > r.start {
        if cx.doc.class(i - 1) & class::SPEECH != 0 {
            return; // "said:" is the verb's
        }
        if let Some((a, b)) = cx.np_left(i) {
            let cue = Cue::new(cx.bytes(i, i + 1), "colon-quote", r.start..a, i + 1..r.end);
            add(cx, mem, found, (a, b), &cue);
        }
        return;
    }
    // A headline ending in ": Source".
    let last = cx.doc.text(r.end - 1);
    if !matches!(last, "." | "!" | "?") && i + 1 < r.end {
        if let Some((a, b)) = cx.np_right(i + 1) {
            if b == r.end {
                let cue = Cue::new(cx.bytes(i, i + 1), "headline-colon", r.start..i, b..b);
                add(cx, mem, found, (a, b), &cue);
            }
        }
    }
}

/// A reporting verb at `i`: find its subject (before it, after it, or the
/// sentence's main subject for a participle) and record it.
fn verb(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize, cls: u32) {
    let doc = cx.doc;
    let r = cx.r.clone();
    let w = cx.lw(i);
    let prev = if i > r.start { cx.lw(i - 1) } else { "" };
    // "footage aired by state television", "figures provided anonymously
    // by officials", "a report issued by the UN".
    // A speech act denied or withheld carries no content: "did not say",
    // "would not confirm", "declined comment".
    let mut k = i;
    while k > r.start && matches!(cx.lw(k - 1), "immediately" | "publicly" | "yet" | "to") {
        k -= 1;
    }
    if k > r.start
        && matches!(
            cx.lw(k - 1),
            "not" | "n't" | "never" | "declined" | "refused" | "without"
        )
    {
        return;
    }
    // In a main-clause passive ("are being published by"), only speech
    // verbs attribute: "he was told by the minister".
    let main_passive = BE.contains(&prev)
        && !matches!(
            w,
            "told"
                | "informed"
                | "briefed"
                | "reported"
                | "quoted"
                | "cited"
                | "announced"
                | "estimated"
        );
    if cls & class::BY_AGENT != 0 && !main_passive {
        let by = if cx.lw(i + 1) == "by" {
            Some(i + 1)
        } else if cx.lw(i + 1).ends_with("ly") && cx.lw(i + 2) == "by" {
            Some(i + 2)
        } else {
            None
        };
        if let Some(by) = by {
            if let Some((a, b)) = cx.np_right(by + 1) {
                let own = (a..b).any(|j| {
                    doc.mention(j)
                        .is_some_and(|m| doc.own_outlets.contains(&m.entry))
                });
                if !own {
                    let cue = Cue::new(cx.bytes(i, by + 1), "by-agent", r.start..i, b..r.end);
                    add(cx, mem, found, (a, b), &cue);
                }
            }
            return;
        }
    }
    if cls & class::SPEECH == 0 {
        return;
    }
    // "X quoted Y as saying": Y is the speaker (X is found as the subject).
    if matches!(w, "quoted" | "cited") && !BE.contains(&prev) {
        if let Some((a, b)) = cx.np_right(i + 1) {
            if cx.lw(b) == "as" {
                let cue = Cue::new(cx.bytes(i, i + 1), "quoted-as", r.start..i, b..r.end);
                add(cx, mem, found, (a, b), &cue);
            }
        }
    }
    if BE.contains(&prev) {
        // "X was quoted as saying": the subject is the speaker.
        if matches!(w, "quoted" | "cited") && cx.lw(i + 1) == "as" {
            if let Some(j) = cx.skip_between_left(i.saturating_sub(2)) {
                if let Some((a, b)) = cx.np_left(j + 1) {
                    let cue = Cue::new(cx.bytes(i, i + 1), "quoted-as", r.start..a, i + 1..r.end);
                    add(cx, mem, found, (a, b), &cue);
                }
            }
        }
        return; // a passive without an agent: "is believed", "was said to"
    }
    if DETERMINERS.contains(&prev) {
        return; // a noun: "the report", "his claims"
    }
    if cls & class::WEAK != 0 && !weak_has_content(cx, i) {
        return;
    }
    let participle = w.ends_with("ing");
    let Some(j) = (if i > r.start {
        cx.skip_between_left(i - 1)
    } else {
        None
    }) else {
        return;
    };
    if participle {
        participle_cue(cx, mem, found, i, j);
        return;
    }
    // "Mr Blair, who said": the subject stands before the relative pronoun;
    // "He accepted the ruling but argued": the sentence's subject.
    let lj = cx.lw(j);
    let j = if lj == "who" && j > r.start && cx.punct(j - 1, ",") {
        j - 2
    } else if matches!(lj, "but" | "and") && j > r.start && cx.word(j - 1) {
        if let Some(np) = cx.main_subject(mem) {
            if np.t1 <= j {
                let cue = Cue::new(
                    cx.bytes(i, i + 1),
                    "speaker-verb",
                    r.start..r.start,
                    i + 1..r.end,
                );
                push(cx, mem, found, np, &cue);
            }
        }
        return;
    } else {
        j
    };
    if j < r.start || j >= r.end {
        return;
    }
    let tj = doc.toks[j];
    let tjt = doc.text(j);
    let cue = Cue::new(
        cx.bytes(i, i + 1),
        "speaker-verb",
        r.start..r.start,
        i + 1..r.end,
    );
    let mut nps: Vec<Np> = Vec::new();
    if tj.is_quote() || tjt == "," {
        // An apposition between subject and verb: "Shaheen, a member of
        // ..., said".
        if let Some(np) = (tjt == ",")
            .then(|| apposition_subject(cx, j, mem))
            .flatten()
        {
            nps.push(np);
        } else {
            // Inverted: "“...,” said Kim" / "..., said the ministry."
            if INVERTING.contains(&w) {
                if let Some((a, b)) = cx.np_right(i + 1) {
                    let cue = Cue {
                        rule: "verb-speaker",
                        before: r.start..i,
                        after: b..b,
                        ..cue
                    };
                    add(cx, mem, found, (a, b), &cue);
                }
            }
            return;
        }
    } else {
        let np_end = if tjt == ")" {
            // "the Federal Security Service (FSB) said": skip the acronym.
            (r.start..j)
                .rev()
                .find(|&k| doc.text(k) == "(")
                .unwrap_or(j + 1)
        } else if tj.kind == Kind::Punct && tjt != "." {
            return;
        } else {
            j + 1
        };
        let Some((a, b)) = cx.np_left(np_end) else {
            return;
        };
        nps.extend(
            cx.coordinated(a, b)
                .into_iter()
                .filter_map(|(pa, pb)| cx.classify(pa, pb, mem)),
        );
        // "The defence ministry in the capital said": the subject stands
        // before a prepositional phrase that names no source itself.
        if nps.is_empty()
            && a > r.start + 1
            && matches!(cx.lw(a - 1), "in" | "at" | "from" | "of" | "for")
        {
            if let Some((a2, b2)) = cx.np_left(a - 1) {
                // Only a listed source: "Advances in AI said" names none.
                if (a2..b2).any(|k| doc.mention(k).is_some()) {
                    nps.extend(cx.classify(a2, b2, mem));
                }
            }
        }
    }
    if cls & class::CONTENT_ONLY != 0 {
        // "figures show", "state TV aired": a document, an outlet or a body,
        // never an event or a person ("the event showed Kim ..."); "show"
        // needs a document ("UN figures show", not "talk show").
        let shows = w.starts_with("show");
        nps.retain(|np| {
            if shows
                && !matches!(
                    np.kind,
                    SourceKind::Intelligence | SourceKind::StateMedia | SourceKind::Media
                )
                && !(np.t0..np.t1).any(|k| {
                    doc.mention(k)
                        .is_some_and(|m| m.kind == EntryKind::Document)
                })
            {
                return false;
            }
            matches!(
                np.kind,
                SourceKind::Document
                    | SourceKind::Media
                    | SourceKind::StateMedia
                    | SourceKind::Official
                    | SourceKind::Intelligence
                    | SourceKind::Organization
                    | SourceKind::Unknown
            ) && !np.personal
        });
    }
    if nps.is_empty() {
        return;
    }
    // Content: after the verb (after the channel for "told X"), or before
    // the subject when the verb closes the sentence.
    let mut after_start = i + 1;
    let mut channel_found = Vec::new();
    if cls & class::CHANNEL != 0 {
        if let Some((ca, cb)) = cx.np_right(i + 1) {
            channel(cx, mem, &mut channel_found, ca, cb, (i, i + 1));
            after_start = cb;
        }
    }
    for np in nps {
        let cue = Cue {
            before: r.start..np.t0,
            after: after_start..r.end,
            ..cue.clone()
        };
        push(cx, mem, found, np, &cue);
    }
    found.extend(channel_found);
}

/// Verbs that may stand before their subject: "“...,” said Kim".
const INVERTING: &[&str] = &[
    "said",
    "says",
    "added",
    "wrote",
    "asked",
    "reported",
    "continued",
    "explained",
    "warned",
    "insisted",
    "noted",
    "told",
    "stated",
    "declared",
    "announced",
    "claimed",
];

/// A participle cue at `i` (`j` is the token before it, past adverbs):
/// ", vowing ..." takes the main clause's subject; "with officials saying"
/// takes the phrase after "with".
fn participle_cue(cx: &Ctx, mem: &mut Memory, found: &mut Vec<Found>, i: usize, j: usize) {
    let r = cx.r.clone();
    let tjt = cx.doc.text(j);
    let cue = Cue {
        weak: true,
        ..Cue::new(
            cx.bytes(i, i + 1),
            "participle",
            r.start..r.start,
            i + 1..r.end,
        )
    };
    if matches!(tjt, "," | "—" | "–" | "-") {
        // "he said, adding that": the finite cue's source again.
        if let Some(f) = found.iter().rev().find(|f| !f.weak).cloned() {
            let np = Np {
                kind: f.kind,
                t0: i,
                t1: i + 1,
                resolved: None,
                also_official: false,
                personal: false,
                plural: false,
            };
            let figure = cx.content_figure(&np, &cue) || f.figure;
            found.push(Found {
                cue: cue.span,
                rule: "participle",
                figure,
                ..f
            });
            return;
        }
        if let Some(np) = cx.main_subject(mem) {
            push(cx, mem, found, np, &cue);
        }
        return;
    }
    // "with officials reporting 150 dead"
    if let Some((a, b)) = cx.np_left(j + 1) {
        if a > r.start && cx.lw(a - 1) == "with" {
            let cue = Cue {
                weak: false,
                before: r.start..r.start,
                ..cue
            };
            add(cx, mem, found, (a, b), &cue);
        }
    }
}

/// "Shaheen, a member of the Senate Armed Services Committee, said": the
/// subject before the first comma, typed by the apposition when the name
/// alone says nothing; "A previous estimate, contained in a Department of
/// Transport document, suggested": the apposition names the owner.
fn apposition_subject(cx: &Ctx, comma: usize, mem: &Memory) -> Option<Np> {
    let r = &cx.r;
    // "Mr Mates, who is a member of ... and was part of ..., told": a
    // sentence that opens with a name and a comma.
    let lead_end = (r.start..comma).find(|&k| cx.doc.text(k) == ",")?;
    if lead_end > r.start && lead_end <= r.start + 4 && lead_end < comma {
        let all_caps =
            (r.start..lead_end).all(|k| is_cap(cx.doc.text(k)) || cx.doc.mention(k).is_some());
        if all_caps {
            if let Some(np) = cx.classify(r.start, lead_end, mem) {
                if np.kind != SourceKind::Person {
                    return Some(np);
                }
                let appo = cx.classify(lead_end + 1, comma, mem);
                return Some(match appo {
                    Some(ap) if ap.kind != SourceKind::Document => Np {
                        kind: ap.kind,
                        ..np
                    },
                    _ => np,
                });
            }
        }
    }
    let lo = comma.saturating_sub(16).max(r.start);
    let first = (lo..comma).rev().find(|&k| cx.doc.text(k) == ",")?;
    let (a, b) = cx.np_left(first)?;
    let main = cx.classify(a, b, mem);
    let appo = cx.classify(first + 1, comma, mem);
    // The source is written as "X, Y": name and apposition together.
    match (main, appo) {
        (Some(m), Some(ap)) if m.kind == SourceKind::Person => Some(Np {
            kind: ap.kind,
            t1: comma,
            ..m
        }),
        (Some(m), _) => Some(Np { t1: comma, ..m }),
        (None, Some(ap)) => Some(Np {
            t0: a,
            t1: comma,
            ..ap
        }),
        (None, None) => None,
    }
}

/// A weak verb counts when reported content follows it: a clause with
/// "that", a quotation or a colon; for some verbs also an infinitive ("urged
/// X to"), "for" ("called for"), "of" ("accused X of"), a question word
/// ("asked whether"); for "expressed" a stance noun ("expressed regret").
fn weak_has_content(cx: &Ctx, i: usize) -> bool {
    let w = cx.lw(i);
    let end = (i + 9).min(cx.r.end);
    if w.starts_with("express") {
        return (i + 1..end.min(i + 5)).any(|j| EXPRESSED.contains(&cx.lw(j)));
    }
    let stem = |p: &[&str]| p.iter().any(|x| w.starts_with(x));
    for j in i + 1..end {
        let t = cx.doc.toks[j];
        let lw = cx.lw(j);
        if t.kind == Kind::OpenQuote || cx.punct(j, ":") {
            return true;
        }
        let near = j <= i + 5;
        let fits = match lw {
            "that" => true,
            "to" => stem(&[
                "urg", "ask", "call", "want", "warn", "demand", "appeal", "press", "hope",
                "threat", "plan", "vow", "pledg", "promis",
            ]),
            "for" => stem(&["call", "appeal", "ask", "press"]),
            "on" => stem(&["call"]),
            "of" => stem(&["accus", "suspect", "warn"]),
            "whether" | "how" | "why" | "what" | "if" => stem(&["ask", "question", "wonder"]),
            _ => false,
        };
        if fits {
            return near;
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
