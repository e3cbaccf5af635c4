//! Lexicons: the named sources (outlets, services, official bodies and
//! roles, office-holders, places, other sources) and the word classes (cue
//! verbs, hedges, number words) the annotator consults.
//!
//! The data lives in `lexicons/*.tsv` at the top of the repository and is
//! embedded in the binary; users add entries at run time with `--lexicon
//! FILE` in the same format. A source line is
//! `kind<TAB>name<TAB>alias|alias|...<TAB>country<TAB>flags`; a word-class
//! line is `class<TAB>word|phrase|...`.
//!
//! Matching: an alias that starts with a capital letter matches
//! case-sensitively (`AP`, `Kremlin`), one that starts lower-case matches in
//! any case (`state media`, `state TV`); every match must start and end on
//! a word boundary, overlapping matches resolve to the leftmost longest. An
//! alias starts with a letter or digit: aliases are looked up by their first
//! word where a word of the text starts, and multi-word class phrases the
//! same way, so the annotator pays one table lookup per word for both.
//! Sentences written all in capitals (wire headlines) are matched the same
//! way, lower-cased, with every alias in any case; where two aliases differ
//! only in case ("Fars", "FARS", "fars"), the capitalised spelling of a name
//! wins.

use rustc_hash::FxHashMap as HashMap;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;
use serde::Serialize;
use std::sync::OnceLock;

/// What a lexicon entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    StateMedia,
    Intelligence,
    Official,
    Media,
    Expert,
    Organization,
    Document,
    Person,
    Unknown,
    /// A country, capital or demonym.
    Place,
    /// A city other than a capital: it names the article's country, and is
    /// never a source or part of one (not placed on the text).
    City,
    /// A phrase that blocks a shorter match inside it ("artificial intelligence").
    None,
}

impl EntryKind {
    /// Whether the entry names a body that can speak: a state body, a
    /// service, an outlet or an organisation.
    pub fn is_body(self) -> bool {
        matches!(
            self,
            EntryKind::Official
                | EntryKind::Intelligence
                | EntryKind::StateMedia
                | EntryKind::Media
                | EntryKind::Organization
        )
    }

    /// Parses the kind column of a lexicon file.
    pub fn parse(s: &str) -> Option<EntryKind> {
        Some(match s {
            "state-media" => EntryKind::StateMedia,
            "intelligence" => EntryKind::Intelligence,
            "official" => EntryKind::Official,
            "media" => EntryKind::Media,
            "expert" => EntryKind::Expert,
            "organization" | "organisation" => EntryKind::Organization,
            "document" => EntryKind::Document,
            "person" => EntryKind::Person,
            "unknown" => EntryKind::Unknown,
            "place" => EntryKind::Place,
            "city" => EntryKind::City,
            "none" => EntryKind::None,
            _ => return None,
        })
    }

    /// The kind's name as written in lexicon files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::StateMedia => "state-media",
            EntryKind::Intelligence => "intelligence",
            EntryKind::Official => "official",
            EntryKind::Media => "media",
            EntryKind::Expert => "expert",
            EntryKind::Organization => "organization",
            EntryKind::Document => "document",
            EntryKind::Person => "person",
            EntryKind::Unknown => "unknown",
            EntryKind::Place => "place",
            EntryKind::City => "city",
            EntryKind::None => "none",
        }
    }
}

/// One named source, place or blocking phrase.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub kind: EntryKind,
    pub name: String,
    pub aliases: Vec<String>,
    /// ISO country code (or body: UN, EU) when the entry has one.
    pub country: Option<String>,
    /// The acronym is shared by several services: count it only with context.
    pub ambiguous: bool,
    /// A title that counts only before a name ("General Kim").
    pub title: bool,
    /// Figures or data: a source only with an owner ("UN figures").
    pub needs_owner: bool,
    /// A generic role ("spokesman", "officials") whose kind follows the
    /// body before it ("company spokesman", "police spokesman").
    pub role: bool,
    /// A political party: its spokesman is a politician, but the party
    /// speaking as an organisation is not official.
    pub party: bool,
    /// A news agency (a wire service) whose name lacks the word: "Reuters
    /// said ... the agency added".
    pub news_agency: bool,
    /// The office, for well-known office-holders.
    pub office: Option<String>,
    /// The office-holder's terms of office (`yyyymmdd` ranges), when the
    /// lexicon gives them: outside them a story's holder is out of office.
    pub terms: Vec<(crate::dates::Day, crate::dates::Day)>,
    /// Where the entry came from: `builtin:<file>` or a user file path.
    pub origin: String,
}

/// A lexicon entry found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
    /// Matched by a name (an alias that matches as written, "Press TV"),
    /// not by a generic phrase ("state-run press").
    pub named: bool,
}

/// Errors reading a user lexicon.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("cannot read lexicon {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{origin}:{line}: {message}")]
    Parse {
        origin: String,
        line: usize,
        message: String,
    },
}

/// Something `lexicon check` reports about a user lexicon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub kind: &'static str,
    pub message: String,
}

/// Whether a user file is the State Media Monitor CSV layout (columns
/// `Country`, `Media company`, `Main assets`, `Typology`).
fn is_smm_csv(path: &Path, text: &str) -> bool {
    let header = text.lines().next().unwrap_or("");
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        || (header.contains("Media company") && header.contains("Typology"))
}

/// State Media Monitor typologies that count as state media.
const STATE_TYPOLOGIES: &[&str] = &["SC", "CaPu", "CaPr"];

/// Word classes from `cues.tsv` and `numbers.tsv` (bit flags).
pub mod class {
    pub const SPEECH: u32 = 1;
    pub const CONTENT_ONLY: u32 = 1 << 1;
    pub const WEAK: u32 = 1 << 2;
    pub const CHANNEL: u32 = 1 << 3;
    pub const NO_CONTENT: u32 = 1 << 4;
    pub const HEDGE: u32 = 1 << 5;
    pub const NOT_HEDGE: u32 = 1 << 6;
    pub const COUNT: u32 = 1 << 7;
    pub const FRACTION: u32 = 1 << 8;
    pub const NOT_COUNT: u32 = 1 << 9;
    pub const MONTH: u32 = 1 << 10;
    pub const BY_AGENT: u32 = 1 << 11;
    pub const FICTION: u32 = 1 << 12;
    pub const CHANNEL_NOUN: u32 = 1 << 13;
    pub const RUMOUR_NOUN: u32 = 1 << 14;
    pub const DOCUMENT: u32 = 1 << 15;
    pub const MEASURE: u32 = 1 << 16;
    pub const NOT_AGENT: u32 = 1 << 17;
    pub const CLAIM_NOUN: u32 = 1 << 18;
    /// The word starts a multi-word phrase of some class (set by the
    /// lexicon, not by the class files).
    pub const PHRASE_START: u32 = 1 << 31;
    /// The word is the first word of an alias (set by the lexicon).
    pub const ALIAS_START: u32 = 1 << 30;

    pub fn parse(s: &str) -> Option<u32> {
        Some(match s {
            "speech" => SPEECH,
            "content-only" => CONTENT_ONLY,
            "weak" => WEAK,
            "channel" => CHANNEL,
            "no-content" => NO_CONTENT,
            "hedge" => HEDGE,
            "not-hedge" => NOT_HEDGE,
            "count" => COUNT,
            "fraction" => FRACTION,
            "not-count" => NOT_COUNT,
            "month" => MONTH,
            "by-agent" => BY_AGENT,
            "fiction" => FICTION,
            "channel-noun" => CHANNEL_NOUN,
            "rumour-noun" => RUMOUR_NOUN,
            "document" => DOCUMENT,
            "measure" => MEASURE,
            "not-agent" => NOT_AGENT,
            "claim-noun" => CLAIM_NOUN,
            _ => return None,
        })
    }
}

/// A phrase of a word class found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    pub classes: u32,
}

/// The flags a source line may carry (fifth column, comma-separated).
pub const FLAGS: &[&str] = &[
    "ambiguous",
    "title",
    "needs-owner",
    "role",
    "party",
    "news-agency",
];

/// The built-in source files, in load order: the lists generated from the
/// public data sets first (`lexicons/build/rebuild.py`), then the
/// hand-written files, whose entries win for the same alias.
const BUILTIN: &[(&str, &str)] = &[
    (
        "generated/state_media_smm.tsv",
        include_str!("../lexicons/generated/state_media_smm.tsv"),
    ),
    (
        "generated/intelligence_misp.tsv",
        include_str!("../lexicons/generated/intelligence_misp.tsv"),
    ),
    (
        "state_media.tsv",
        include_str!("../lexicons/state_media.tsv"),
    ),
    (
        "intelligence.tsv",
        include_str!("../lexicons/intelligence.tsv"),
    ),
    ("officials.tsv", include_str!("../lexicons/officials.tsv")),
    ("agencies.tsv", include_str!("../lexicons/agencies.tsv")),
    (
        "office_holders.tsv",
        include_str!("../lexicons/office_holders.tsv"),
    ),
    ("others.tsv", include_str!("../lexicons/others.tsv")),
    ("places.tsv", include_str!("../lexicons/places.tsv")),
    ("cities.tsv", include_str!("../lexicons/cities.tsv")),
];

const BUILTIN_CLASSES: &[(&str, &str)] = &[
    ("cues.tsv", include_str!("../lexicons/cues.tsv")),
    ("numbers.tsv", include_str!("../lexicons/numbers.tsv")),
];

/// The annotator's knowledge: entries, word classes and their matchers.
pub struct Lexicon {
    entries: Vec<Entry>,
    /// Alias text (as written) to entry; a later entry wins.
    aliases: HashMap<String, usize>,
    /// Ambiguous aliases that entries of several countries share, to all
    /// of those entries (see [`Lexicon::homonyms`]).
    homonyms: HashMap<String, Vec<usize>>,
    /// Proper names and aliases of named entries, lower-cased, to entry
    /// (see [`Lexicon::named_entry`]).
    named_lower: OnceLock<HashMap<String, usize>>,
    /// Outlets' names squashed to lower-case letters and digits
    /// ("aljazeera", "thejordantimes"), to entry, for outlets named by
    /// their web address (see [`Lexicon::outlet_of_domain`]).
    outlet_stems: OnceLock<HashMap<String, usize>>,
    matchers: Matchers,
    /// Lower-case single words to their class bits.
    words: FxHashMap<String, u32>,
    /// The same for ASCII words of up to eight letters, keyed by their
    /// bytes (see [`pack`]): most words of a text, looked up without
    /// hashing or comparing strings.
    short_words: FxHashMap<u64, u32>,
    /// Multi-word phrases (lower case) and their class bits, keyed by
    /// their first word, longest first.
    phrases: FxHashMap<String, Vec<(String, u32)>>,
}

struct Matchers {
    /// Every alias, grouped by its first word (letters and digits, ASCII
    /// lower-cased): an alias can only match where a word starts, so it is
    /// looked up there, and only there. First words of up to eight ASCII
    /// bytes are keyed by their bytes (see [`pack`]), longer ones by the
    /// word: a small table that stays in cache.
    short: FxHashMap<u64, u32>,
    long: FxHashMap<String, u32>,
    groups: Vec<Group>,
}

/// The aliases that share a first word, ordered by the first letter of
/// their second word (0 for one-word aliases, first). `keys` holds those
/// letters side by side, so that finding the few aliases that can match
/// reads one short array and no alias.
struct Group {
    keys: Box<[u8]>,
    /// Each alias's next bytes after its first word (up to eight, see
    /// [`tail`]): most aliases that share a text's first word and the
    /// letter after it fail within these, found without reading the alias.
    tails: Box<[Tail]>,
    aliases: Box<[Alias]>,
}

/// Up to eight bytes of a text or alias after its first word, packed
/// little-endian, with a mask of the bytes an alias has there.
#[derive(Clone, Copy)]
struct Tail {
    bytes: u64,
    mask: u64,
}

/// The bytes of `b` from `from`, up to eight, packed little-endian: a line
/// break reads as the space an alias has there (see [`same_byte`]).
fn tail(b: &[u8], from: usize) -> Tail {
    let rest = b.get(from..).unwrap_or_default();
    let n = rest.len().min(8);
    let mut buf = [0u8; 8];
    for (d, &c) in buf.iter_mut().zip(&rest[..n]) {
        *d = if matches!(c, b'\n' | b'\r') { b' ' } else { c };
    }
    let mask = if n == 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    };
    Tail {
        bytes: u64::from_le_bytes(buf),
        mask,
    }
}

impl Matchers {
    fn group(&self, first: &str) -> Option<&Group> {
        let id = match pack(first) {
            Some(key) => self.short.get(&key),
            None => self.long.get(first),
        }?;
        Some(&self.groups[*id as usize])
    }
}

/// One alias, ready to compare with a text.
struct Alias {
    /// ASCII lower-cased.
    lower: String,
    /// As written, when it must match as written (it starts upper-case).
    exact: Option<String>,
    entry: usize,
    /// Whether it matches in all-capitals text: false when another alias
    /// that differs only in case wins there.
    shouted: bool,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("entries", &self.entries.len())
            .field("aliases", &self.aliases.len())
            .finish()
    }
}

impl Lexicon {
    /// The lexicon built into the binary.
    pub fn builtin() -> Lexicon {
        Self::with_files(&[]).expect("the built-in lexicon parses")
    }

    /// The built-in lexicon plus the entries of user files, later files
    /// overriding earlier entries for the same alias.
    pub fn with_files(paths: &[PathBuf]) -> Result<Lexicon, LexiconError> {
        let mut b = Builder::default();
        for (file, text) in BUILTIN {
            b.add_sources(text, &format!("builtin:{file}"))?;
        }
        for (file, text) in BUILTIN_CLASSES {
            b.add_classes(text, &format!("builtin:{file}"))?;
        }
        for path in paths {
            let text = std::fs::read_to_string(path).map_err(|source| LexiconError::Io {
                path: path.clone(),
                source,
            })?;
            if is_smm_csv(path, &text) {
                b.add_smm_csv(&text, path)?;
            } else {
                b.add_user(&text, path)?;
            }
        }
        Ok(b.build())
    }

    /// Checks a user lexicon file against the built-in one: parse errors
    /// are errors; duplicate aliases in the file, aliases the built-in
    /// lexicon gives another kind, and short acronyms without a country are
    /// findings (warnings).
    pub fn check(path: &Path) -> Result<Vec<Finding>, LexiconError> {
        let builtin = Lexicon::builtin();
        let text = std::fs::read_to_string(path).map_err(|source| LexiconError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        // The places first, so that the CSV's country names resolve.
        let mut b = Builder::default();
        let places = BUILTIN
            .iter()
            .find(|(f, _)| *f == "places.tsv")
            .map_or("", |(_, t)| t);
        b.add_sources(places, "builtin:places.tsv")?;
        let skip = b.entries.len();
        if is_smm_csv(path, &text) {
            b.add_smm_csv(&text, path)?;
        } else {
            b.add_user(&text, path)?;
        }
        let mut out = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::default();
        for (i, e) in b.entries.iter().enumerate().skip(skip) {
            let acronyms: Vec<&String> = e
                .aliases
                .iter()
                .filter(|a| (2..=5).contains(&a.len()) && a.chars().all(|c| c.is_ascii_uppercase()))
                .collect();
            if !acronyms.is_empty() && e.country.is_none() && !e.ambiguous {
                out.push(Finding {
                    kind: "ambiguous-acronym",
                    message: format!(
                        "{:?} has acronym(s) {:?} but no country: acronyms collide across countries; add one or flag it ambiguous",
                        e.name, acronyms
                    ),
                });
            }
            for a in &e.aliases {
                if first_word_end(a) == 0 {
                    out.push(Finding {
                        kind: "unmatchable",
                        message: format!(
                            "alias {a:?} of {:?} does not start with a letter or digit and never matches",
                            e.name
                        ),
                    });
                }
                if let Some(&j) = seen.get(a) {
                    let other = &b.entries[j];
                    if j != i && (other.kind != e.kind || other.name != e.name) {
                        out.push(Finding {
                            kind: "duplicate",
                            message: format!(
                                "alias {a:?} of {:?} is also an alias of {:?} in this file (the later entry wins)",
                                e.name, b.entries[j].name
                            ),
                        });
                    }
                } else {
                    seen.insert(a.clone(), i);
                }
                if let Some(&k) = builtin.aliases.get(a) {
                    let be = builtin.entry(k);
                    if be.kind != e.kind {
                        out.push(Finding {
                            kind: "conflict",
                            message: format!(
                                "alias {a:?} is a {} here but a {} ({}) in the built-in lexicon; this file's entry wins",
                                e.kind.as_str(),
                                be.kind.as_str(),
                                be.name
                            ),
                        });
                    }
                }
            }
        }
        Ok(out)
    }

    /// All entries, built-in first.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, id: usize) -> &Entry {
        &self.entries[id]
    }

    /// The outlet a web address names: "aljazeera.com" is Al Jazeera,
    /// "www.thejordantimes.com" The Jordan Times, "news.bbc.co.uk" the
    /// BBC. The site's own label (past "www." and the domain's suffix) is
    /// compared with every outlet's names squashed to letters and digits.
    pub fn outlet_of_domain(&self, domain: &str) -> Option<usize> {
        let host = domain
            .trim()
            .trim_start_matches("https://")
            .trim_start_matches("http://");
        let host = host.split('/').next().unwrap_or("").to_ascii_lowercase();
        if !host.contains('.') || host.contains(char::is_whitespace) {
            return None;
        }
        let mut labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
        // The public suffix: "com", "co.uk", "com.au", "news", "info".
        while labels.len() > 1
            && labels.last().is_some_and(|l| {
                l.len() == 2
                    || matches!(
                        *l,
                        "com" | "org" | "net" | "gov" | "edu" | "int" | "news" | "info" | "online"
                    )
            })
        {
            labels.pop();
        }
        let label = *labels.last()?;
        let stems = self.outlet_stems.get_or_init(|| {
            // Through the alias map, so that the entry is the one a
            // mention of the name in the text finds.
            let mut m = HashMap::default();
            for (a, &id) in &self.aliases {
                if !matches!(
                    self.entries[id].kind,
                    EntryKind::Media | EntryKind::StateMedia
                ) {
                    continue;
                }
                let stem: String = a
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .map(|c| c.to_ascii_lowercase())
                    .collect();
                if stem.len() >= 3 {
                    m.insert(stem, id);
                }
            }
            m
        });
        stems
            .get(label)
            .or_else(|| label.strip_prefix("the").and_then(|l| stems.get(l)))
            .copied()
    }

    /// The named entry (an outlet, a service, an office-holder) that
    /// `text` names in full, any case: by its name or an alias that
    /// starts with a capital. Roles, titles and generic phrases ("state
    /// media", "officials") name no one entity and give `None`.
    pub fn named_entry(&self, text: &str) -> Option<&Entry> {
        let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if t.is_empty() {
            return None;
        }
        // Outlets, services and office-holders name one entity each; the
        // entries of bodies group many names under one heading
        // ("government": the White House, the Kremlin, ...).
        let named = |e: &&Entry| {
            !e.role
                && !e.title
                && !e.needs_owner
                && !e.name.contains("(generic)")
                && (e.office.is_some()
                    || matches!(
                        e.kind,
                        EntryKind::StateMedia | EntryKind::Intelligence | EntryKind::Media
                    ))
        };
        let proper = |a: &str| a.chars().next().is_some_and(char::is_uppercase);
        if let Some(&id) = self.aliases.get(&t) {
            let e = &self.entries[id];
            if named(&e) && proper(&t) {
                return Some(e);
            }
        }
        // Any case: the proper names of named entries, lower-cased, built
        // on first need (a later entry wins, as for aliases).
        let by_lower = self.named_lower.get_or_init(|| {
            let mut m: HashMap<String, usize> = HashMap::default();
            for (id, e) in self.entries.iter().enumerate().filter(|(_, e)| named(e)) {
                for a in std::iter::once(&e.name).chain(&e.aliases) {
                    if proper(a) {
                        m.insert(a.to_lowercase(), id);
                    }
                }
            }
            m
        });
        by_lower.get(&t.to_lowercase()).map(|&id| &self.entries[id])
    }

    /// Every name of the entity `text` names (see [`Lexicon::named_entry`]):
    /// the canonical name first, then the aliases of every entry of that
    /// name; empty when the lexicon knows no such entity. "New China News
    /// Agency" gives Xinhua, Xinhua News Agency, New China News Agency.
    pub fn alias_group(&self, text: &str) -> Vec<String> {
        let Some(e) = self.named_entry(text) else {
            return Vec::new();
        };
        let mut out = vec![e.name.clone()];
        for other in self.entries.iter().filter(|o| o.name == e.name) {
            for a in &other.aliases {
                if !out.iter().any(|x| x.eq_ignore_ascii_case(a)) {
                    out.push(a.clone());
                }
            }
        }
        out
    }

    /// The entries of every country that share the ambiguous alias `alias`
    /// (as written); empty when one entry has it. A mention matches one of
    /// them; the article's countries decide which it names.
    pub fn homonyms(&self, alias: &str) -> &[usize] {
        self.homonyms.get(alias).map_or(&[], Vec::as_slice)
    }

    /// Entries named in `text`, leftmost-longest, on word boundaries.
    /// `shouting` matches every alias upper-cased (for all-caps text).
    pub fn mentions(&self, text: &str, shouting: bool) -> Vec<Mention> {
        let mut found: Vec<Mention> = Vec::new();
        let lower = if shouting {
            lower_in_place(text)
        } else {
            text.to_ascii_lowercase()
        };
        for_each_word(text, 0..text.len(), |s, e| {
            self.matches_at(text, &lower, s, &lower[s..e], shouting, &mut found);
        });
        select_longest(found)
    }

    /// Adds to `out` every alias that matches `text` at byte `start`, where
    /// a word `first` (ASCII lower-cased) starts; `lower` is `text` with
    /// ASCII letters lower-cased. Line breaks in the text match the spaces
    /// of an alias ("Central Intelligence\nAgency"). Matches may overlap:
    /// a longer alias that fails its case or boundary test does not hide a
    /// shorter one. Pass the results through [`select_longest`].
    pub fn aliases_at(
        &self,
        text: &str,
        lower: &str,
        start: usize,
        first: &str,
        out: &mut Vec<Mention>,
    ) {
        self.matches_at(text, lower, start, first, false, out);
    }

    /// [`Lexicon::aliases_at`], or with `shouting` for all-capitals text:
    /// every alias that matches there in any case (see [`Alias::shouted`]).
    fn matches_at(
        &self,
        text: &str,
        lower: &str,
        start: usize,
        first: &str,
        shouting: bool,
        out: &mut Vec<Mention>,
    ) {
        let Some(group) = self.matchers.group(first) else {
            return;
        };
        let (text_b, lower_b) = (&text.as_bytes()[start..], &lower.as_bytes()[start..]);
        // The first word is known to match. The list is ordered by the
        // first letter of the second word: compare the one-word aliases and
        // those whose second word starts with the text's next letter (or
        // with a space the text breaks as a line).
        let k = first.len() + 1;
        let here = tail(lower_b, first.len());
        let mut keys = [0u8, 0, 0];
        let n = match lower_b.get(k).copied() {
            None | Some(0) => 1,
            Some(t @ (b'\n' | b'\r')) => {
                keys[1] = t;
                keys[2] = b' ';
                3
            }
            Some(t) => {
                keys[1] = t;
                2
            }
        };
        for &key in &keys[..n] {
            let from = group.keys.partition_point(|&x| x < key);
            let to = from + group.keys[from..].partition_point(|&x| x == key);
            for (a, t) in group.aliases[from..to].iter().zip(&group.tails[from..to]) {
                if (here.bytes ^ t.bytes) & t.mask != 0 {
                    continue;
                }
                let end = start + a.lower.len();
                let case = if shouting {
                    a.shouted
                } else {
                    a.exact
                        .as_ref()
                        .is_none_or(|x| same_words(text_b, x.as_bytes()))
                };
                if same_words(lower_b, a.lower.as_bytes())
                    && case
                    && is_word_bounded(text, start, end)
                {
                    out.push(Mention {
                        start,
                        end,
                        entry: a.entry,
                        named: a.exact.is_some() && !shouting,
                    });
                }
            }
        }
    }

    /// [`Lexicon::word_class`] of the word at `text[start..end]`.
    pub fn class_at(&self, text: &str, start: usize, end: usize) -> u32 {
        match pack_at(text.as_bytes(), start, end) {
            Some(key) => self.short_class(key),
            None => self.long_class(&text[start..end]),
        }
    }

    /// The class bits of a single word (any case).
    pub fn word_class(&self, word: &str) -> u32 {
        match pack(word) {
            Some(key) => self.short_class(key),
            None => self.long_class(word),
        }
    }

    /// The class bits of a word packed by [`pack`].
    fn short_class(&self, key: u64) -> u32 {
        self.short_words.get(&key).copied().unwrap_or(0)
    }

    /// The class bits of a word [`pack`] does not take: longer than eight
    /// bytes, or not ASCII.
    fn long_class(&self, word: &str) -> u32 {
        // No key has an ASCII capital: a capitalised word is looked up
        // lower-cased only.
        let capitalised = word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
        if !capitalised {
            if let Some(&c) = self.words.get(word) {
                return c;
            }
        }
        if word.is_ascii() {
            if !capitalised && !word.bytes().any(|b| b.is_ascii_uppercase()) {
                return 0;
            }
            // Most words are short ASCII: lower-case them on the stack.
            let mut buf = [0u8; 32];
            if let Some(b) = buf.get_mut(..word.len()) {
                b.copy_from_slice(word.as_bytes());
                b.make_ascii_lowercase();
                let lower = std::str::from_utf8(b).unwrap_or_default();
                return self.words.get(lower).copied().unwrap_or(0);
            }
        }
        let lower = word.to_lowercase().replace('’', "'");
        self.words.get(&lower).copied().unwrap_or(0)
    }

    /// The longest multi-word phrase of the word classes that starts at
    /// byte `start` of `lower` (a text with ASCII letters lower-cased) and
    /// ends on a word boundary. `first` is the word at `start`; only words
    /// whose class has [`class::PHRASE_START`] start a phrase.
    pub fn phrase_at(&self, lower: &str, start: usize, first: &str) -> Option<PhraseMatch> {
        let rest = lower.get(start..)?;
        self.phrases
            .get(first)?
            .iter()
            .find(|(p, _)| {
                rest.starts_with(p.as_str()) && is_word_bounded(lower, start, start + p.len())
            })
            .map(|(p, classes)| PhraseMatch {
                start,
                end: start + p.len(),
                classes: *classes,
            })
    }
}

/// Keeps the longest of overlapping mentions, leftmost first.
pub fn select_longest(mut found: Vec<Mention>) -> Vec<Mention> {
    found.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        if let Some(last) = out.last_mut() {
            if m.start < last.end {
                if m.end - m.start > last.end - last.start && m.start == last.start {
                    *last = m;
                } else if m.end > last.end
                    && (m.end - m.start > last.end - last.start || m.named && !last.named)
                {
                    // A longer match that starts inside the previous one
                    // wins, and so does a name over a generic phrase that
                    // ends inside it ("State-run Press TV": Press TV).
                    *last = m;
                }
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// True when `s..e` of `text` is not inside a longer word.
pub fn is_word_bounded(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let inner_first = text[s..e].chars().next();
    let inner_last = text[s..e].chars().next_back();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    !(word(before) && word(inner_first) || word(after) && word(inner_last))
}

/// Calls `f(start, end)` for every word (a run of letters and digits) of
/// `text[range]` that starts there: not preceded by a letter or digit.
pub fn for_each_word(text: &str, range: std::ops::Range<usize>, mut f: impl FnMut(usize, usize)) {
    let mut prev_word = text[..range.start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let mut start = None;
    for (i, c) in text[range.clone()].char_indices() {
        let i = i + range.start;
        let word = c.is_alphanumeric();
        match (word, start) {
            (true, None) if !prev_word => start = Some(i),
            (false, Some(s)) => {
                f(s, i);
                start = None;
            }
            _ => {}
        }
        prev_word = word;
    }
    if let Some(s) = start {
        let end = text[range.end..]
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(text.len(), |(j, _)| range.end + j);
        f(s, end);
    }
}

/// An ASCII word of one to eight bytes as a number, lower-cased: its bytes
/// in order (no word holds a zero byte, so no two words share a number).
fn pack(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..b.len()].copy_from_slice(b);
    pack_bytes(u64::from_le_bytes(buf))
}

/// [`pack`] for the word at `text[start..end]`, read as one load where
/// eight bytes follow `start` (most words of a text).
fn pack_at(text: &[u8], start: usize, end: usize) -> Option<u64> {
    let len = end.checked_sub(start)?;
    if len == 0 || len > 8 {
        return None;
    }
    match text.get(start..start + 8) {
        Some(b) => {
            let v = u64::from_le_bytes(b.try_into().ok()?);
            pack_bytes(if len == 8 {
                v
            } else {
                v & ((1 << (8 * len)) - 1)
            })
        }
        None => pack(std::str::from_utf8(&text[start..end]).ok()?),
    }
}

/// A word's bytes, zero-padded to eight, as [`pack`]'s number: `None`
/// unless they are ASCII.
fn pack_bytes(v: u64) -> Option<u64> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    if v & HIGH != 0 {
        return None; // not ASCII
    }
    // Each byte is below 0x80, so no sum carries into the next byte: the
    // high bit marks the bytes from 'A' on, and from '[' on.
    let from_a = v + ONES * (0x80 - b'A' as u64);
    let past_z = v + ONES * (0x80 - b'[' as u64);
    let upper = from_a & !past_z & HIGH;
    Some(v | (upper >> 2))
}

/// Whether `text` starts with `pat`, a line break in the text matching a
/// space in the pattern.
fn same_words(text: &[u8], pat: &[u8]) -> bool {
    let Some(text) = text.get(..pat.len()) else {
        return false;
    };
    // Byte by byte: most comparisons fail within the first letters.
    text.iter().zip(pat).all(|(&t, &p)| same_byte(t, p))
}

/// The byte an alias is ordered by in its first word's list: the first
/// letter of its second word, at `k`, or 0 for a one-word alias.
fn second_key(lower: &str, k: usize) -> u8 {
    lower.as_bytes().get(k).copied().unwrap_or(0)
}

/// `text` lower-cased letter by letter where that keeps each letter's
/// length in bytes ("TÉLAM" gives "télam"), so that offsets stay the same.
fn lower_in_place(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                _ => c,
            }
        })
        .collect()
}

/// Whether a place's alias reads as a demonym ("British", "Ukrainians",
/// "Thai", "Chinese"), which takes no possessive.
fn is_demonym(alias: &str) -> bool {
    let a = alias.trim_end_matches('s');
    ["an", "ese", "ish", "ian", "i", "ch", "ic"]
        .iter()
        .any(|end| a.ends_with(end))
        || alias.contains('.')
}

fn same_byte(t: u8, p: u8) -> bool {
    t == p || (p == b' ' && matches!(t, b'\n' | b'\r'))
}

/// Where the first word of an alias (letters and digits) ends: that word,
/// ASCII lower-cased, is the key the alias is looked up by.
fn first_word_end(alias: &str) -> usize {
    alias
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(alias.len(), |(i, _)| i)
}

#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    aliases: HashMap<String, usize>,
    homonyms: HashMap<String, Vec<usize>>,
    words: FxHashMap<String, u32>,
    phrases: FxHashMap<String, u32>,
}

impl Builder {
    fn add_sources(&mut self, text: &str, origin: &str) -> Result<(), LexiconError> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let err = |message: String| LexiconError::Parse {
                origin: origin.to_string(),
                line: n + 1,
                message,
            };
            if cols.len() < 3 {
                return Err(err(format!(
                    "expected kind<TAB>name<TAB>aliases, found {} column(s)",
                    cols.len()
                )));
            }
            let kind = EntryKind::parse(cols[0].trim()).ok_or_else(|| {
                err(format!(
                    "unknown kind {:?} (state-media, intelligence, official, media, expert, organization, document, person, unknown, place, city, none)",
                    cols[0]
                ))
            })?;
            let name = cols[1].trim().to_string();
            if name.is_empty() {
                return Err(err("empty name".into()));
            }
            let mut aliases: Vec<String> = cols[2]
                .split('|')
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect();
            if aliases.is_empty() {
                aliases.push(name.clone());
            }
            let country = cols
                .get(3)
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .map(str::to_string);
            if let Some(c) = &country {
                let code_like = c.len() <= 5
                    && c.chars()
                        .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit());
                if !code_like {
                    return Err(err(format!(
                        "country {c:?} is not a code (ISO 3166 alpha-2 such as KP, or a body such as UN)"
                    )));
                }
            }
            let flags = cols.get(4).map(|c| c.trim()).unwrap_or("");
            let flags: Vec<&str> = flags
                .split(',')
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .collect();
            for &f in &flags {
                if !FLAGS.contains(&f) {
                    return Err(err(format!(
                        "unknown flag {f:?} (one of: {})",
                        FLAGS.join(", ")
                    )));
                }
            }
            let office = cols
                .get(5)
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .map(str::to_string);
            let terms =
                crate::dates::parse_terms(cols.get(6).copied().unwrap_or("")).map_err(err)?;
            let entry = Entry {
                kind,
                name,
                aliases: aliases.clone(),
                country,
                ambiguous: flags.contains(&"ambiguous"),
                title: flags.contains(&"title"),
                needs_owner: flags.contains(&"needs-owner"),
                role: flags.contains(&"role"),
                party: flags.contains(&"party"),
                news_agency: flags.contains(&"news-agency"),
                office,
                terms,
                origin: origin.to_string(),
            };
            let id = self.entries.len();
            // A name of several words that an entry of the same kind from an
            // earlier file lists as its alias is this entry's too: the later
            // file wins ("Federal Office for the Protection of the
            // Constitution", a hand-written name, over the generated
            // "Bundesamt für Verfassungsschutz"), so that one body has one
            // name. Not an alias that counts only with its country.
            let name = &entry.name;
            let takes_name = name.contains(' ')
                && !aliases.contains(name)
                && self.aliases.get(name).is_some_and(|&p| {
                    let prev = &self.entries[p];
                    prev.kind == kind && prev.origin != origin && !prev.ambiguous
                });
            let taken = takes_name.then(|| name.clone());
            self.entries.push(entry);
            for a in aliases.into_iter().chain(taken) {
                if a.contains('\'') {
                    self.add_alias(a.replace('\'', "’"), id);
                }
                self.add_alias(a, id);
            }
        }
        Ok(())
    }

    /// Maps `alias` to entry `id` (a later entry wins), remembering the
    /// entries of other countries that share an ambiguous alias ("Daily
    /// News" of Sri Lanka, Botswana, South Africa and Tanzania).
    fn add_alias(&mut self, alias: String, id: usize) {
        let Some(prev) = self.aliases.insert(alias.clone(), id) else {
            return;
        };
        let (p, e) = (&self.entries[prev], &self.entries[id]);
        if p.ambiguous && e.ambiguous && p.kind == e.kind && p.country != e.country {
            let list = self.homonyms.entry(alias).or_insert_with(|| vec![prev]);
            list.push(id);
        }
    }

    fn add_classes(&mut self, text: &str, origin: &str) -> Result<(), LexiconError> {
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (cls, list) = line.split_once('\t').ok_or_else(|| LexiconError::Parse {
                origin: origin.to_string(),
                line: n + 1,
                message: "expected class<TAB>words".into(),
            })?;
            let bits = class::parse(cls.trim()).ok_or_else(|| LexiconError::Parse {
                origin: origin.to_string(),
                line: n + 1,
                message: format!("unknown word class {cls:?}"),
            })?;
            for w in list.split('|').map(str::trim).filter(|w| !w.is_empty()) {
                let w = w.to_lowercase();
                let target = if w.contains(' ') {
                    &mut self.phrases
                } else {
                    &mut self.words
                };
                *target.entry(w).or_insert(0) |= bits;
            }
        }
        Ok(())
    }

    /// The State Media Monitor CSV: rows typed SC, CaPu or CaPr become
    /// state-media entries named by their main asset (aliases: the asset,
    /// its acronym in brackets, the company), with the country's code when
    /// the places lexicon knows the country.
    fn add_smm_csv(&mut self, text: &str, path: &Path) -> Result<(), LexiconError> {
        let origin = path.display().to_string();
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let err = |line: usize, message: String| LexiconError::Parse {
            origin: origin.clone(),
            line,
            message,
        };
        let headers = rdr.headers().map_err(|e| err(1, e.to_string()))?.clone();
        let col = |name: &str| {
            headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
                .ok_or_else(|| {
                    err(
                        1,
                        format!("no {name:?} column (State Media Monitor layout expected)"),
                    )
                })
        };
        let (c_country, c_company, c_assets, c_type) = (
            col("Country")?,
            col("Media company")?,
            col("Main assets")?,
            col("Typology")?,
        );
        let countries: HashMap<String, String> = self
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::Place)
            .filter_map(|e| Some((e.name.to_lowercase(), e.country.clone()?)))
            .collect();
        for (n, row) in rdr.records().enumerate() {
            let row = row.map_err(|e| err(n + 2, e.to_string()))?;
            let get = |i: usize| row.get(i).unwrap_or("").trim().to_string();
            if !STATE_TYPOLOGIES.contains(&get(c_type).as_str()) {
                continue;
            }
            let asset = get(c_assets);
            let asset = asset
                .split_once(':')
                .map_or(asset.as_str(), |(_, a)| a)
                .trim()
                .to_string();
            if asset.is_empty() {
                continue;
            }
            let mut aliases = vec![asset.clone()];
            if let (Some(open), Some(close)) = (asset.find('('), asset.rfind(')')) {
                if open < close {
                    aliases.push(asset[..open].trim().to_string());
                    aliases.push(asset[open + 1..close].trim().to_string());
                }
            }
            let company = get(c_company);
            if !company.is_empty() && company.len() > 3 {
                aliases.push(company);
            }
            aliases.retain(|a| a.chars().filter(|c| c.is_alphanumeric()).count() >= 2);
            let entry = Entry {
                kind: EntryKind::StateMedia,
                name: asset,
                aliases: aliases.clone(),
                country: countries.get(&get(c_country).to_lowercase()).cloned(),
                ambiguous: false,
                title: false,
                needs_owner: false,
                role: false,
                party: false,
                news_agency: false,
                office: None,
                terms: Vec::new(),
                origin: origin.clone(),
            };
            let id = self.entries.len();
            self.entries.push(entry);
            for a in aliases {
                self.aliases.insert(a, id);
            }
        }
        Ok(())
    }

    /// A user file: source lines, word-class lines, or both.
    fn add_user(&mut self, text: &str, path: &Path) -> Result<(), LexiconError> {
        let origin = path.display().to_string();
        let (mut sources, mut classes) = (String::new(), String::new());
        for line in text.lines() {
            let first = line.split('\t').next().unwrap_or("").trim();
            if class::parse(first).is_some() {
                classes.push_str(line);
                classes.push('\n');
                sources.push('\n');
            } else {
                sources.push_str(line);
                sources.push('\n');
                classes.push('\n');
            }
        }
        self.add_sources(&sources, &origin)?;
        self.add_classes(&classes, &origin)
    }

    /// Adds "<Country>'s <Name>" for a state body or outlet of a country
    /// listed as "<Name> of <Country>" or "<Demonym> <Name>" ("Lithuania's
    /// State Security Department" for "State Security Department of
    /// Lithuania"), or, for a service or an official body, named without
    /// its country ("Britain's Security Service" for MI5's "Security
    /// Service"), where `<Name>` is capitalised and of two words or more.
    /// The country goes by each of its names ("Britain's", "Kyiv's"), and a
    /// service's or official body's `<Name>` also in lower case, as a story
    /// describes the body ("Ukraine's security service said"). An alias
    /// already listed keeps its entry.
    fn add_country_possessives(&mut self) {
        let mut places: HashMap<&str, &Entry> = HashMap::default();
        for e in &self.entries {
            if e.kind == EntryKind::Place {
                if let Some(c) = &e.country {
                    places.entry(c.as_str()).or_insert(e);
                }
            }
        }
        let capitalised_name = |rest: &str| {
            rest.split(' ').count() >= 2
                && !rest.contains('(')
                && rest.split(' ').all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        || matches!(w, "of" | "for" | "and")
                })
        };
        let mut new: Vec<(String, usize)> = Vec::new();
        for (id, e) in self.entries.iter().enumerate() {
            let described = matches!(e.kind, EntryKind::Intelligence | EntryKind::Official);
            let body = described || e.kind == EntryKind::StateMedia;
            let Some(place) = e.country.as_deref().and_then(|c| places.get(c)) else {
                continue;
            };
            if !body || e.ambiguous || e.role || e.title || e.office.is_some() {
                continue;
            }
            let country = place.name.as_str();
            let mut rests: Vec<&str> = Vec::new();
            for a in e.aliases.iter().chain(std::iter::once(&e.name)) {
                let rest = a
                    .strip_suffix(country)
                    .and_then(|r| r.strip_suffix(" of "))
                    .or_else(|| {
                        let (first, rest) = a.split_once(' ')?;
                        place.aliases.iter().any(|d| d == first).then_some(rest)
                    });
                if let Some(rest) = rest.map(|r| r.strip_prefix("the ").unwrap_or(r)) {
                    if capitalised_name(rest) && !rests.contains(&rest) {
                        rests.push(rest);
                    }
                }
            }
            // A body whose name leaves out its country ("Security
            // Service", "Federal Security Service").
            if described && rests.is_empty() && capitalised_name(&e.name) {
                rests.push(&e.name);
            }
            if rests.is_empty() {
                continue;
            }
            // The country's names, not its demonyms ("British's" is no
            // English): the name, and aliases that end as no demonym does.
            let owners = std::iter::once(country).chain(
                place
                    .aliases
                    .iter()
                    .map(String::as_str)
                    .filter(|a| *a != country && !is_demonym(a)),
            );
            for owner in owners {
                for rest in &rests {
                    let lower = rest.to_lowercase();
                    let forms = if described && lower != *rest {
                        vec![*rest, lower.as_str()]
                    } else {
                        vec![*rest]
                    };
                    for form in forms {
                        for mark in ["'s ", "’s "] {
                            let mut alias = String::with_capacity(owner.len() + 5 + form.len());
                            alias.push_str(owner);
                            alias.push_str(mark);
                            alias.push_str(form);
                            new.push((alias, id));
                        }
                    }
                }
            }
        }
        for (alias, id) in new {
            if !self.aliases.contains_key(&alias) {
                self.add_alias(alias, id);
            }
        }
    }

    fn build(mut self) -> Lexicon {
        self.add_country_possessives();
        let mut words = self.words;
        let mut starts: FxHashMap<String, Vec<Alias>> = FxHashMap::default();
        let mut aliases: Vec<(&String, &usize)> = self.aliases.iter().collect();
        // Keys of a map: no two are equal.
        aliases.sort_unstable_by(|a, b| a.0.cmp(b.0));
        // In all-capitals text, aliases that differ only in case collide
        // ("Fars" and "FARS"): the capitalised spelling of a name wins over
        // a common word, and the last in order among names.
        let uppers: Vec<String> = aliases.iter().map(|(a, _)| a.to_uppercase()).collect();
        let mut shouted: HashMap<&str, usize> = HashMap::default();
        for ((alias, &id), up) in aliases.iter().zip(&uppers) {
            if !shouted.contains_key(up.as_str()) || alias.chars().any(char::is_uppercase) {
                shouted.insert(up, id);
            }
        }
        for ((alias, &id), up) in aliases.iter().zip(&uppers) {
            // A generic phrase ("state TV") starts lower-case and matches in
            // any case; a name ("Kremlin", "AP") matches as written.
            let exact = alias.chars().next().is_some_and(char::is_uppercase);
            let lower = alias.to_ascii_lowercase();
            // ASCII lower-casing keeps every byte offset.
            let first = &lower[..first_word_end(alias)];
            if first.is_empty() {
                continue;
            }
            match words.get_mut(first) {
                Some(c) => *c |= class::ALIAS_START,
                None => {
                    words.insert(first.to_string(), class::ALIAS_START);
                }
            }
            let list = match starts.get_mut(first) {
                Some(list) => list,
                None => starts.entry(first.to_string()).or_default(),
            };
            list.push(Alias {
                exact: exact.then(|| alias.to_string()),
                entry: id,
                shouted: shouted.get(up.as_str()) == Some(&id),
                lower,
            });
        }
        // Each list is ordered by the first letter of its aliases' second
        // word (0 for one-word aliases, first), so that a lookup compares
        // only the aliases that can match (see `Lexicon::aliases_at`).
        let (mut short, mut long) = (FxHashMap::default(), FxHashMap::default());
        let mut groups = Vec::with_capacity(starts.len());
        for (first, mut list) in starts {
            let k = first.len() + 1;
            list.sort_by_key(|a| second_key(&a.lower, k));
            let tails = list.iter().map(|a| tail(a.lower.as_bytes(), k - 1));
            let tails = tails.collect();
            let id = groups.len() as u32;
            match pack(&first) {
                Some(key) => short.insert(key, id),
                None => long.insert(first, id),
            };
            groups.push(Group {
                keys: list.iter().map(|a| second_key(&a.lower, k)).collect(),
                tails,
                aliases: list.into_boxed_slice(),
            });
        }
        // Phrases are looked up at the words that start them.
        let mut phrases: FxHashMap<String, Vec<(String, u32)>> = FxHashMap::default();
        for (p, bits) in self.phrases {
            let first = p.split(' ').next().unwrap_or_default().to_string();
            *words.entry(first.clone()).or_insert(0) |= class::PHRASE_START;
            phrases.entry(first).or_default().push((p, bits));
        }
        for list in phrases.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        }
        Lexicon {
            matchers: Matchers {
                short,
                long,
                groups,
            },
            phrases,
            entries: self.entries,
            aliases: self.aliases,
            homonyms: self.homonyms,
            named_lower: OnceLock::new(),
            outlet_stems: OnceLock::new(),
            short_words: words
                .iter()
                .filter_map(|(w, &c)| Some((pack(w)?, c)))
                .collect(),
            words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_of_office_are_read_and_checked() {
        let mut b = Builder::default();
        b.add_sources(
            "official\tJane Roe\tJane Roe|Roe\tXX\t\tgovernor\t2001-01..2009-06-30, 2015..\n",
            "test",
        )
        .unwrap();
        assert_eq!(
            b.entries[0].terms,
            [(20010101, 20090630), (20150101, 99_991_231)]
        );
        let bad = b
            .add_sources(
                "official\tJ Doe\tJ Doe\tXX\t\tmayor\t2019..2017\n",
                "bad.tsv",
            )
            .unwrap_err()
            .to_string();
        assert!(
            bad.contains("bad.tsv") && bad.contains("ends before it starts"),
            "{bad}"
        );
    }

    #[test]
    fn an_outlet_is_found_by_its_web_address() {
        let lx = Lexicon::builtin();
        let name = |d: &str| lx.outlet_of_domain(d).map(|id| lx.entry(id).name.clone());
        assert_eq!(name("aljazeera.com").as_deref(), Some("Al Jazeera"));
        // The entry a mention of the name finds.
        assert_eq!(
            lx.outlet_of_domain("aljazeera.com"),
            lx.mentions("Al Jazeera", false).first().map(|m| m.entry)
        );
        assert_eq!(
            name("https://www.aljazeera.com/news/").as_deref(),
            Some("Al Jazeera")
        );
        assert_eq!(name("news.bbc.co.uk").as_deref(), Some("BBC"));
        assert_eq!(name("Al Jazeera"), None);
        assert_eq!(name("example.com"), None);
    }

    fn kinds(text: &str) -> Vec<(String, EntryKind)> {
        let lx = Lexicon::builtin();
        lx.mentions(text, false)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), lx.entry(m.entry).kind))
            .collect()
    }

    #[test]
    fn an_entity_is_found_by_any_of_its_names() {
        let lx = Lexicon::builtin();
        let group = lx.alias_group("new china news agency");
        assert_eq!(group.first().map(String::as_str), Some("Xinhua"));
        assert!(group.iter().any(|a| a == "New China News Agency"));
        assert_eq!(
            lx.named_entry("Tass").map(|e| e.name.as_str()),
            Some("TASS")
        );
        assert_eq!(
            lx.named_entry("KCNA").map(|e| e.country.as_deref()),
            Some(Some("KP"))
        );
        // Roles and generic phrases are no one entity.
        assert!(lx.alias_group("officials").is_empty());
        assert!(lx.alias_group("state media").is_empty());
        assert!(lx.alias_group("nobody at all").is_empty());
        // A body's entry groups many bodies: no alias group.
        assert!(lx.alias_group("Kremlin").is_empty());
        assert_eq!(lx.alias_group("CBS"), ["CBS News", "CBS"]);
    }

    #[test]
    fn short_words_are_numbers_that_keep_case_out() {
        assert_eq!(pack("Said"), pack("said"));
        assert_eq!(pack("SAID"), pack("said"));
        assert_ne!(pack("said"), pack("saids"));
        assert_ne!(pack("a"), pack("ab"));
        assert!(pack("eight8ch").is_some());
        assert_eq!(pack("ninechars"), None);
        assert_eq!(pack("café"), None);
        assert_eq!(pack(""), None);
        assert_eq!(pack("AZaz@[`{"), pack("azaz@[`{"));
        // Read in place, a word gives the same number, whatever follows it
        // and however close to the end of the text it stands.
        let text = b"said Minister ministers eight8ch ninechars ok";
        let mut start = 0;
        for w in std::str::from_utf8(text).unwrap().split(' ') {
            assert_eq!(pack_at(text, start, start + w.len()), pack(w), "{w}");
            start += w.len() + 1;
        }
        assert_ne!(pack("@"), pack("`"));
        // Both lookups give one answer, short word or long.
        let lx = Lexicon::builtin();
        for w in [
            "said",
            "Said",
            "SAID",
            "the",
            "told",
            "according",
            "Intelligence",
        ] {
            let lower = w.to_lowercase();
            assert_eq!(
                lx.word_class(w),
                lx.words.get(&lower).copied().unwrap_or(0),
                "{w}"
            );
        }
    }

    #[test]
    fn a_line_break_in_the_text_matches_a_space_in_an_alias() {
        assert!(same_words(b"state media said", b"state media"));
        assert!(same_words(b"state\nmedia said", b"state media"));
        assert!(same_words(b"state\r\nmedia", b"state \nmedia"));
        assert!(!same_words(b"state medic", b"state media"));
        assert!(!same_words(b"state", b"state media"));
        assert!(!same_words(b"state media", b"state\nmedia"));
    }

    #[test]
    fn word_keys_have_no_ascii_capitals() {
        // `word_class` looks an ASCII word up once, lower-cased.
        let lx = Lexicon::builtin();
        assert!(!lx
            .words
            .keys()
            .any(|k| k.bytes().any(|b| b.is_ascii_uppercase())));
        assert_ne!(lx.word_class("Said"), 0);
        assert_eq!(lx.word_class("Said"), lx.word_class("said"));
    }

    #[test]
    fn all_capitals_text_matches_every_alias_in_any_case() {
        let lx = Lexicon::builtin();
        let text = "KCNA AND STATE MEDIA QUOTED ALGÉRIE PRESSE SERVICE AND FARS";
        let found: Vec<(&str, &str, bool)> = lx
            .mentions(text, true)
            .into_iter()
            .map(|m| {
                (
                    &text[m.start..m.end],
                    lx.entry(m.entry).name.as_str(),
                    m.named,
                )
            })
            .collect();
        assert!(found.contains(&("KCNA", "KCNA", false)), "{found:?}");
        assert!(found.iter().any(|f| f.0 == "STATE MEDIA"), "{found:?}");
        assert!(found.contains(&("ALGÉRIE PRESSE SERVICE", "Algerie Presse Service", false)));
        assert!(
            found.contains(&("FARS", "Fars News Agency", false)),
            "{found:?}"
        );
        // As written, a name matches only in its own case.
        assert!(!lx
            .mentions("FARS reported", false)
            .iter()
            .any(|m| lx.entry(m.entry).name == "Fars News Agency"));
    }

    #[test]
    fn finds_outlets_agencies_and_generic_phrases() {
        let k = kinds("KCNA and state media said; South Korean intelligence and the CIA agreed.");
        assert!(k.contains(&("KCNA".into(), EntryKind::StateMedia)));
        assert!(k.contains(&("state media".into(), EntryKind::StateMedia)));
        assert!(k.contains(&("intelligence".into(), EntryKind::Intelligence)));
        assert!(k.contains(&("CIA".into(), EntryKind::Intelligence)));
    }

    #[test]
    fn an_alias_of_several_countries_keeps_every_entry() {
        let lx = Lexicon::builtin();
        let mut countries: Vec<&str> = lx
            .homonyms("Daily News")
            .iter()
            .filter_map(|&id| lx.entry(id).country.as_deref())
            .collect();
        countries.sort();
        assert_eq!(countries, ["BW", "LK", "TZ", "ZA"]);
        // An alias of one entry has none.
        assert!(lx.homonyms("KCNA").is_empty());
    }

    #[test]
    fn a_later_entry_named_as_an_earlier_alias_takes_that_alias() {
        let mut b = Builder::default();
        b.add_sources(
            "intelligence\tBundesamt Eins\tBundesamt Eins|Federal Office One\tDE\n",
            "generated",
        )
        .unwrap();
        b.add_sources(
            "intelligence\tFederal Office One\tFOO\tDE\n\
             official\tBundesamt Eins\tBEins\tDE\n",
            "hand",
        )
        .unwrap();
        let lx = b.build();
        let named = |t: &str| {
            lx.mentions(t, false)
                .first()
                .map(|m| lx.entry(m.entry).name.clone())
        };
        // One body, one name: the later entry's own name is its alias.
        assert_eq!(
            named("the Federal Office One said").as_deref(),
            Some("Federal Office One")
        );
        assert_eq!(named("the FOO said").as_deref(), Some("Federal Office One"));
        // Not across kinds: another kind's name is no claim on the alias.
        let kind = |t: &str| {
            lx.mentions(t, false)
                .first()
                .map(|m| lx.entry(m.entry).kind)
        };
        assert_eq!(kind("Bundesamt Eins said"), Some(EntryKind::Intelligence));
    }

    #[test]
    fn a_name_wins_over_a_generic_phrase_it_overlaps() {
        let lx = Lexicon::builtin();
        let found = lx.mentions("State-run Press TV said", false);
        let names: Vec<&str> = found
            .iter()
            .map(|m| lx.entry(m.entry).name.as_str())
            .collect();
        assert_eq!(names, ["Press TV"]);
        assert!(found[0].named);
        // A longer generic phrase alone is still found.
        let found = lx.mentions("the state-run press said", false);
        assert!(!found.is_empty() && !found[0].named);
    }

    #[test]
    fn capitalised_aliases_are_case_sensitive() {
        // "AP" must not match inside ordinary words or in lower case.
        let k = kinds("the ap of a map");
        assert!(k.iter().all(|(t, _)| t != "ap"), "{k:?}");
    }

    #[test]
    fn blocking_phrases_win() {
        let k = kinds("advances in artificial intelligence");
        assert_eq!(k, vec![("artificial intelligence".into(), EntryKind::None)]);
    }

    #[test]
    fn aliases_match_at_word_starts() {
        // Across a line break, inside a hyphenated word, before a
        // possessive; never inside a word.
        let k = kinds("the Central Intelligence\nAgency and RT-owned outlets; KCNA's view");
        let names: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            names,
            ["Central Intelligence\nAgency", "RT", "KCNA"],
            "{k:?}"
        );
        // A break right after the first word, or a near miss there.
        let k = kinds("the Central\nIntelligence Agency");
        assert_eq!(k.len(), 1, "{k:?}");
        assert_eq!(k[0].0, "Central\nIntelligence Agency");
        assert!(kinds("the Central Intelligencer Agency").len() < 2);
        assert!(kinds("ARTICLES about Sputniknews").is_empty());
        // Capitalised aliases match as written, lower-case ones in any case.
        assert!(kinds("kcna said").is_empty());
        assert_eq!(kinds("State Media said").len(), 1);
        let lx = Lexicon::builtin();
        assert_ne!(lx.word_class("kcna") & class::ALIAS_START, 0);
    }

    #[test]
    fn phrases_start_at_their_first_word_longest_first() {
        let lx = Lexicon::builtin();
        assert_ne!(lx.word_class("so") & class::PHRASE_START, 0);
        assert_eq!(lx.word_class("ministry") & class::PHRASE_START, 0);
        let lower = "he left so that they could go";
        let p = lx.phrase_at(lower, 8, "so").expect("a phrase at 'so'");
        // "so that they could" wins over any shorter phrase at "so".
        assert_eq!(&lower[p.start..p.end], "so that they could");
        assert_ne!(p.classes & class::NOT_HEDGE, 0);
        // A phrase must end on a word boundary.
        assert!(lx.phrase_at("so that they couldn", 0, "so").is_none());
        assert!(lx.phrase_at(lower, 3, "left").is_none());
    }

    #[test]
    fn user_files_add_entries() {
        let dir = std::env::temp_dir().join(format!("prov-lex-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("extra.tsv");
        std::fs::write(&p, "state-media\tExample TV\tExample TV|EXTV\tZZ\n").unwrap();
        let lx = Lexicon::with_files(std::slice::from_ref(&p)).unwrap();
        let m = lx.mentions("as EXTV reported", false);
        assert_eq!(lx.entry(m[0].entry).kind, EntryKind::StateMedia);
        std::fs::write(&p, "tv-station\tExample TV\tEXTV\n").unwrap();
        let err = Lexicon::with_files(std::slice::from_ref(&p))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("extra.tsv:1") && err.contains("unknown kind"),
            "{err}"
        );
        // A flag in the country column; an unknown flag.
        std::fs::write(&p, "# c\nmedia\tX\tX\tneeds-owner\n").unwrap();
        let err = Lexicon::with_files(std::slice::from_ref(&p))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("extra.tsv:2") && err.contains("not a code"),
            "{err}"
        );
        std::fs::write(&p, "media\tX\tX\tGB\tshiny\n").unwrap();
        let err = Lexicon::with_files(&[p]).unwrap_err().to_string();
        assert!(err.contains("unknown flag"), "{err}");
    }
}
