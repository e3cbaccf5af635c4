//! Article memory: what earlier (or any) sentences of the article tell the
//! rules about a later one. Two memories:
//!
//! - **who holds which office**, built over the whole article before any
//!   sentence is tagged: a name right after a role ("North Korean leader Kim
//!   Jong Un", "transport expert professor Richard Allsop") or before an
//!   appositive role ("Shaheen, a member of the Senate ...") is remembered
//!   with the role's kind, so a later (or earlier: headlines come first)
//!   bare "Kim" or "Shaheen" is that kind of source; well-known office-holders
//!   from the lexicon count once the article names them in full;
//! - **the last sources named**, updated sentence by sentence, so that "he",
//!   "it", "they" and "the agency" resolve to the nearest fitting source.

use rustc_hash::FxHashMap as HashMap;

use super::mentions::{
    after_company_name, body_kind, common_nouns, is_cap, is_role_head, role_kind, state_body_name,
    ORG_SUFFIX, STOP_LEFT,
};
use super::names;
use super::tokens::Kind;
use super::{Doc, DocMention};
use crate::annotation::SourceKind;
use crate::lexicon::{class, EntryKind, Lexicon};

/// A source remembered for anaphora.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referent {
    pub kind: SourceKind,
    pub name: String,
    pub also_official: bool,
}

/// How far back (in bytes) an outlet cited still carries words that name
/// no outlet: about three sentences.
const RECENT_OUTLET_BYTES: usize = 800;

/// The article-level memory.
#[derive(Debug, Default)]
pub struct Memory {
    /// Name token (as written) to the kind of source its holder is, and the
    /// full name it came from.
    holders: HashMap<String, (SourceKind, String)>,
    /// Titles given before a name, to their holder: "the attorney general"
    /// is the one "Attorney General Jeff Sessions" of the article.
    titles: HashMap<String, Referent>,
    /// Acronyms defined in the article, to their body's kind and name.
    acronyms: HashMap<String, (SourceKind, String)>,
    /// The last person-like source ("he", "she").
    pub person: Option<Referent>,
    /// The last institution-like source ("it").
    pub institution: Option<Referent>,
    /// The last plural source ("they").
    pub plural: Option<Referent>,
    /// The last agency or outlet named ("the agency").
    pub agency: Option<Referent>,
    /// The last outlet cited ("the paper", "TV").
    pub outlet: Option<Referent>,
    /// The last source cited, when it was an office named by its title
    /// alone ("Iran's intelligence minister"): a new name cited next is
    /// its holder.
    pub untitled: Option<Referent>,
    /// The owner of the one report the article is about ("the report" in a
    /// story on a CIA-DIA report), when the article names exactly one.
    pub report_owner: Option<Referent>,
    /// Documents with their authors, most recent last: "the ministry said
    /// in a statement" ... "the statement added".
    documents: Vec<(usize, String, Referent)>,
    /// Where `institution` was cited (byte offset).
    institution_at: usize,
    /// Where `agency` and `outlet` were cited (byte offsets).
    pub agency_at: usize,
    pub outlet_at: usize,
    /// The sources cited so far with where, most recent last (bounded).
    recent: Vec<(usize, Referent)>,
    /// Bodies named after their noun, by byte offset: "British tech
    /// company Micro Focus International Plc" ... "the company".
    bodies: Vec<(usize, String, Referent)>,
    /// Where `person` was cited (byte offset).
    person_at: usize,
    /// Where the sentence that cited `person` ends: a person named later
    /// in that sentence ("Priebus, ... Trump tapped as chief of staff,
    /// said Trump planned") does not take a later "he" from the speaker.
    pub person_sentence_end: usize,
    /// People named with an office or role, by byte offset, in text order:
    /// "he" may refer to one who was named but not yet cited.
    /// Each with whether it stands as a preposition's object ("the murder
    /// of journalist Jamal Khashoggi"), which a later "he" rarely means.
    named: Vec<(usize, Referent, bool)>,
    /// Well-known office-holders (lexicon entries) the article describes
    /// only out of office: former holders and candidates.
    pub out_of_office: Vec<usize>,
    /// Name tokens the article gives to a well-known office-holder and to
    /// someone else ("Kim"), with each bearer's kind and name by where
    /// they are named (byte offset), in text order.
    shared: HashMap<String, Vec<(usize, SourceKind, String)>>,
}

/// Name particles that do not identify a person on their own.
const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "de", "da", "del", "der", "van", "von", "la", "le", "el", "di", "du", "Al",
    "El", "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "Lord", "Lady", "Baroness", "Baron", "Sir", "Dame",
];

impl Memory {
    /// Remembers the name `full` (its capitalised tokens) as a `kind` source.
    pub fn remember_name(&mut self, full: &str, kind: SourceKind) {
        for part in full.split([' ', '\n']) {
            let part = part.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            // "QC", "MP": honours after a name are nobody's name.
            if part.chars().count() < 2
                || PARTICLES.contains(&part)
                || super::mentions::POST_NOMINALS.contains(&part)
                || !part.chars().next().is_some_and(char::is_uppercase)
            {
                continue;
            }
            // A name first seen as an official stays official.
            self.holders
                .entry(part.to_string())
                .and_modify(|e| {
                    if kind == SourceKind::Official {
                        *e = (kind, full.to_string());
                    }
                })
                .or_insert((kind, full.to_string()));
        }
    }

    /// Records that the name token `part` stands at byte `at` for `full`,
    /// a `kind` source, where the article gives it to several people (each
    /// place once).
    pub fn shared_name(&mut self, part: &str, at: usize, kind: SourceKind, full: String) {
        let v = self.shared.entry(part.to_string()).or_default();
        if !v.iter().any(|(p, _, f)| *p == at && *f == full) {
            v.push((at, kind, full));
            v.sort_by_key(|x| x.0);
        }
    }

    /// Whether the article gives the name token `part` to several people.
    pub fn is_shared(&self, part: &str) -> bool {
        self.shared.contains_key(part)
    }

    /// The kind and full name of the name token `token`: for a token
    /// several people share ("Kim"), the one the article names in full most
    /// often, and of those the first named (the story's own "Kim" comes
    /// before a leader named in passing).
    pub fn holder_of(&self, token: &str) -> Option<(SourceKind, &str)> {
        if let Some(v) = self.shared.get(token) {
            let count = |full: &str| v.iter().filter(|x| x.2 == full).count();
            let best = v
                .iter()
                .enumerate()
                .max_by_key(|(k, x)| (count(&x.2), std::cmp::Reverse(*k)))
                .map(|(_, x)| x)?;
            return Some((best.1, best.2.as_str()));
        }
        if let Some((k, f)) = self.holders.get(token) {
            return Some((*k, f.as_str()));
        }
        // A surname spelt once with a letter more or less ("Jefferies" for
        // "Jeffries"), when one holder only is that close.
        let mut close = self
            .holders
            .iter()
            .filter(|(name, _)| super::names::one_edit_apart(name, token));
        match (close.next(), close.next()) {
            (Some((_, (k, f))), None) => Some((*k, f.as_str())),
            _ => None,
        }
    }

    /// The kind and full name of a remembered name token.
    pub fn holder(&self, token: &str) -> Option<&(SourceKind, String)> {
        self.holders.get(token)
    }

    /// The holder of a title the article gave before a name.
    pub fn title_holder(&self, title: &str) -> Option<&Referent> {
        self.titles.get(&title.to_lowercase())
    }

    /// The kind and full name of an acronym the article defined.
    pub fn acronym(&self, token: &str) -> Option<&(SourceKind, String)> {
        self.acronyms.get(token)
    }

    /// Records that a person-like source was named at byte `at` (in
    /// order: a later sentence's rules may name one too).
    pub fn named_person(&mut self, at: usize, r: Referent, object: bool) {
        let k = self.named.partition_point(|n| n.0 <= at);
        self.named.insert(k, (at, r, object));
    }

    /// Records an outlet cited at byte `at` as the channel of another
    /// source's words ("The ministry confirmed ..., according to SANA"): a
    /// later "it" still means the source, not the channel.
    pub fn cited_channel(&mut self, r: Referent, at: usize) {
        let (institution, institution_at) = (self.institution.take(), self.institution_at);
        self.cited(r, false, false, at);
        self.institution = institution;
        self.institution_at = institution_at;
    }

    /// Records a source cited at byte `at`, for later pronouns.
    pub fn cited(&mut self, r: Referent, personal: bool, plural: bool, at: usize) {
        if personal && !plural {
            self.person_at = at;
        }
        if self.recent.len() == 16 {
            self.recent.remove(0);
        }
        self.recent.push((at, r.clone()));
        if r.kind == SourceKind::StateMedia
            || r.kind == SourceKind::Intelligence
            || (r.kind == SourceKind::Media && r.name.to_lowercase().contains("agency"))
        {
            self.agency = Some(r.clone());
            self.agency_at = at;
        }
        if matches!(r.kind, SourceKind::StateMedia | SourceKind::Media) {
            self.outlet = Some(r.clone());
            self.outlet_at = at;
        }
        if plural {
            self.plural = Some(r);
        } else if personal {
            self.person = Some(r);
        } else {
            self.institution = Some(r);
            self.institution_at = at;
        }
    }

    /// Records that `author` wrote the document `noun` ("statement")
    /// named at byte `at`.
    pub fn authored(&mut self, at: usize, noun: &str, author: Referent) {
        if self.documents.len() == 64 {
            self.documents.remove(0);
        }
        self.documents.push((at, noun.to_lowercase(), author));
    }

    /// The author of the last document called `noun` before byte `at`.
    pub fn author_of(&self, noun: &str, at: usize) -> Option<&Referent> {
        let noun = noun.to_lowercase();
        let noun = noun.trim_end_matches('s');
        self.documents
            .iter()
            .filter(|(p, n, _)| *p < at && n.trim_end_matches('s') == noun)
            .max_by_key(|(p, _, _)| *p)
            .map(|(_, _, r)| r)
    }

    /// The last document with an author named after the last institution
    /// cited, before byte `at` ("A CIA study rates ... It warns").
    fn document_since_institution(&self, at: usize) -> Option<&Referent> {
        self.documents
            .iter()
            .filter(|(p, _, _)| *p < at && *p > self.institution_at)
            .max_by_key(|(p, _, _)| *p)
            .map(|(_, _, r)| r)
    }

    /// The outlet cited last before byte `at`, if within the last few
    /// sentences (about 800 bytes): the channel of a passive "was quoted as
    /// saying", or what a bare "the report" means.
    pub fn recent_outlet(&self, at: usize) -> Option<(usize, &Referent)> {
        self.recent_at(|r| matches!(r.kind, SourceKind::Media | SourceKind::StateMedia))
            .filter(|(cited, _)| at.saturating_sub(*cited) <= RECENT_OUTLET_BYTES)
    }

    /// The most recent cited source that satisfies `f`.
    pub fn recent(&self, f: impl Fn(&Referent) -> bool) -> Option<&Referent> {
        self.recent_at(f).map(|(_, r)| r)
    }

    /// The most recent cited source that satisfies `f`, with where it was
    /// cited.
    pub fn recent_at(&self, f: impl Fn(&Referent) -> bool) -> Option<(usize, &Referent)> {
        self.recent
            .iter()
            .rev()
            .find(|(_, r)| f(r))
            .map(|(at, r)| (*at, r))
    }

    /// The last body named after `noun` ("tech company Micro Focus") before
    /// byte `at`, with where it was named.
    pub fn body_named(&self, noun: &str, at: usize) -> Option<(usize, &Referent)> {
        self.bodies
            .iter()
            .filter(|(p, n, _)| *p < at && n == noun)
            .max_by_key(|(p, _, _)| *p)
            .map(|(p, _, r)| (*p, r))
    }

    /// Resolves a pronoun at byte `at` ("he", "it", "they") to the last
    /// fitting source: for "he" and "she", the last person cited or named
    /// with a role, whichever came later.
    pub fn pronoun(&self, word: &str, at: usize) -> Option<&Referent> {
        self.pronoun_other_than(word, at, |_| false)
    }

    /// [`Memory::pronoun`], passing over the referents `excluded` names
    /// ("he said in a letter to Conaway": not Conaway).
    pub fn pronoun_other_than(
        &self,
        word: &str,
        at: usize,
        excluded: impl Fn(&Referent) -> bool,
    ) -> Option<&Referent> {
        match word.to_lowercase().as_str() {
            "he" | "she" | "him" | "her" => {
                // The last person named, preferring one who was no
                // preposition's object.
                let before = || {
                    self.named
                        .iter()
                        .rev()
                        .filter(|n| n.0 < at && !excluded(&n.1))
                };
                let named = before().find(|n| !n.2).or_else(|| before().next());
                let person = self.person.as_ref().filter(|p| !excluded(p));
                match (person, named) {
                    (Some(p), Some(n))
                        if self.person_at >= n.0 || n.0 < self.person_sentence_end =>
                    {
                        Some(p)
                    }
                    (_, Some(n)) => Some(&n.1),
                    (p, None) => p,
                }
            }
            "it" => self
                .document_since_institution(at)
                .or(self.institution.as_ref()),
            "they" => self.plural.as_ref().or(self.institution.as_ref()),
            _ => None,
        }
    }
}

/// Nouns of bodies, not people: a name after them names the body.
pub(super) const BODY_NOUNS: &[&str] = &[
    "portal",
    "group",
    "groups",
    "company",
    "firm",
    "corporation",
    "organisation",
    "organization",
    "charity",
    "foundation",
    "institute",
    "association",
    "federation",
    "union",
    "lobby",
    "party",
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "magazine",
    "tabloid",
    "broadcaster",
    "agency",
    "station",
    "channel",
    "website",
    "site",
    "outlet",
    "network",
    "bank",
    "fund",
];

/// Builds the office-holder memory over the whole article.
pub(crate) fn build(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    let n = doc.toks.len();
    let mut searched: Vec<usize> = Vec::new();
    for m in &doc.mentions {
        let e = lx.entry(m.entry);
        // Well-known office-holders named in full; not a surname of theirs
        // after another given name ("Michelle Obama": someone else).
        if e.office.is_some() && given_name_before(doc, m, &e.name) {
            continue;
        }
        if e.office.is_some() {
            let name = &doc.src[m.start..m.end];
            let kind = if mem.out_of_office.contains(&m.entry) {
                SourceKind::Person
            } else {
                SourceKind::Official
            };
            mem.remember_name(name, kind);
            // "Kim" is not Kim Jong Un's alone when another Kim is named
            // (looked for once per office-holder).
            if !searched.contains(&m.entry) {
                searched.push(m.entry);
                for (part, at, other) in other_bearers(doc, m.entry, name) {
                    mem.shared_name(&part, at, SourceKind::Person, other);
                }
            }
            for part in name.split_whitespace() {
                if mem.is_shared(part) {
                    mem.shared_name(part, m.start, kind, name.to_string());
                }
            }
            mem.named_person(
                m.start,
                Referent {
                    kind,
                    name: name.to_string(),
                    also_official: false,
                },
                object_position(doc, m.t0),
            );
            continue;
        }
        let kind = match m.kind {
            EntryKind::Official
            | EntryKind::Expert
            | EntryKind::Media
            | EntryKind::Organization
            | EntryKind::Intelligence => match SourceKind::from_entry(m.kind) {
                Some(k) => k,
                None => continue,
            },
            _ => continue,
        };
        // A role followed by a capitalised name: "leader Kim Jong Un"; its
        // kind is its body's ("CIA Director Gina Haspel", "union leader").
        let kind = if after_company_name(doc, m.t0) {
            SourceKind::Organization
        } else if e.role {
            role_kind(doc, lx, m.t0.saturating_sub(3), m.t0).unwrap_or(SourceKind::Official)
        } else if is_role_head(&doc.src[m.start..m.end]) {
            (m.t0.saturating_sub(3)..m.t0)
                .rev()
                .filter_map(|k| doc.mention(k))
                .find(|b| !matches!(b.kind, EntryKind::None))
                .and_then(|b| body_kind(lx, b, kind))
                .unwrap_or(kind)
        } else {
            kind
        };
        // "Former defence minister Karl Brandt": no office now.
        let former = (m.t0.saturating_sub(3)..m.t0).any(|k| {
            matches!(
                doc.lower(k),
                "former" | "ex" | "retired" | "then" | "onetime" | "late"
            ) || doc.lower(k).starts_with("ex-")
        });
        // "NSA chief Gen. Paul Nakasone", "CIA Director Gina Haspel": a
        // title right after a service's name holds office in the service.
        let in_service = kind == SourceKind::Official
            && (m.t0.saturating_sub(4)..m.t0)
                .rev()
                .take_while(|&k| doc.toks[k].kind != Kind::Punct || doc.text(k) == ".")
                .any(|k| {
                    doc.mention(k)
                        .is_some_and(|b| b.kind == EntryKind::Intelligence)
                });
        let kind = if in_service {
            SourceKind::Intelligence
        } else {
            kind
        };
        let kind = if former { SourceKind::Person } else { kind };
        let mut j = m.t1;
        let mut name_end = j;
        while j < n && j < m.t1 + 4 {
            let t = &doc.toks[j];
            let txt = doc.text(j);
            // A heading ending in a title names nobody on the next line.
            let gap = &doc.src[doc.toks[j - 1].end..t.start];
            if gap.contains("\n\n") || gap.contains('\n') && heading_line(doc.src, t.start) {
                break;
            }
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
        // "human rights group Liberty", "the newspaper Pravda": the name
        // after a body's noun is the body's, no person's (a later "she" is
        // not Liberty).
        let body_noun = BODY_NOUNS.contains(&doc.lower(m.t1 - 1));
        if name_end > m.t1 && body_noun {
            let s = doc.toks[m.t1].start;
            let name = doc.src[s..doc.toks[name_end - 1].end].to_string();
            mem.bodies.push((
                s,
                doc.lower(m.t1 - 1).to_string(),
                Referent {
                    kind,
                    name,
                    also_official: false,
                },
            ));
        }
        // "The minister visited the town on Monday. She said ...": a role
        // without a name opening a sentence is who a later "he" or "she"
        // may mean, cited or not.
        if name_end == m.t1 && !body_noun {
            if let Some(start) = sentence_subject(doc, m.t0, m.t1) {
                let singular = !doc.lower(m.t1 - 1).ends_with('s');
                if singular && (e.role || e.title || is_role_head(&doc.src[m.start..m.end])) {
                    let s = doc.toks[start].start;
                    mem.named_person(
                        s,
                        Referent {
                            kind,
                            name: doc.src[s..m.end].to_string(),
                            also_official: kind == SourceKind::Intelligence,
                        },
                        false,
                    );
                }
            }
        }
        if name_end > m.t1 && !body_noun {
            let s = doc.toks[m.t1].start;
            let e2 = doc.toks[name_end - 1].end;
            mem.remember_name(&doc.src[s..e2], kind);
            let holder = Referent {
                kind,
                name: doc.src[s..e2].to_string(),
                also_official: kind == SourceKind::Intelligence,
            };
            // "President-elect Donald Trump" ... "the President-elect".
            mem.titles
                .entry(doc.src[m.start..m.end].to_lowercase())
                .or_insert_with(|| holder.clone());
            mem.named_person(s, holder, object_position(doc, m.t0));
        }
    }
    affiliated_people(doc, lx, mem);
    body_role_names(doc, lx, mem);
    report_owner(doc, mem);
    documents_with_owners(doc, lx, mem);
    acronyms(doc, mem);
    appositions(doc, lx, mem);
}

/// Appositions: "Shaheen, a member of the Senate ..., said" makes a later
/// "Shaheen" (and "he") a source of the role's kind.
fn appositions(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    let n = doc.toks.len();
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
        // "Anna Kovacs, Hungary's justice minister, said".
        let owner_first = doc.mention(d).is_some_and(|m| m.kind == EntryKind::Place)
            || doc
                .toks
                .get(d + 1)
                .is_some_and(|t| t.kind == Kind::Possessive);
        // "Dessalegne, assistant regional representative at UNHCR's
        // office": an apposition may open with its role.
        // Not a verb and its object after a closing comma: "the agency's
        // director, Ali Rahimi, met the envoy".
        let role_first = doc.toks.get(d).is_some_and(|t| t.kind == Kind::Word)
            && doc.text(d).chars().next().is_some_and(char::is_lowercase)
            && !matches!(
                doc.lower(d + 1),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
            && (d..(d + 4).min(n)).any(|k| is_role_head(doc.text(k)));
        if !matches!(det, "a" | "an" | "the") && d == i + 2 && !owner_first && !role_first {
            continue;
        }
        // "Project MKUltra, a CIA mind control program": a thing, not a
        // person of the CIA.
        let thing = (d..(d + 8).min(n))
            .take_while(|&k| !matches!(doc.text(k), "," | "."))
            .any(|k| THINGS.contains(&doc.lower(k)));
        // "Omar Mateen, the man police identified as the gunman": the
        // apposition names a private person; a body inside it is another
        // clause's subject.
        let private =
            matches!(det, "a" | "an" | "the") && PRIVATE_PEOPLE.contains(&doc.lower(d + 1));
        if thing || private {
            continue;
        }
        // "a former minister" holds no office, unless a current one is
        // named after it ("the former chairman Trump tapped as chief of
        // staff").
        let former = (d..(d + 3).min(n)).any(|k| matches!(doc.lower(k), "former" | "retired"));
        let mut kinds = Vec::new();
        let mut role: Option<SourceKind> = None;
        let mut j = d;
        while j < n && j < i + 16 && doc.text(j) != "," && doc.text(j) != "." {
            // "the man police identified as ...": a clause inside the
            // apposition says nothing of the name's office.
            if matches!(doc.lower(j), "who" | "which" | "that" | "whom" | "whose")
                || kinds.is_empty() && j > d + 5
            {
                break;
            }
            if let Some(m) = doc.mention(j) {
                // "president of the broadcaster Shanghai Media Group": the
                // role takes the kind of the body named after it.
                // "the statistics department": a noun before another
                // mention modifies it; the body is the one after.
                // So in "the statistics and risk assessment department".
                let modifier = m.kind == EntryKind::Document
                    && (m.t1..(m.t1 + 4).min(n))
                        .take_while(|&k| {
                            doc.toks[k].kind == Kind::Word
                                && !matches!(doc.lower(k), "of" | "from" | "by" | "for" | "at")
                        })
                        .any(|k| {
                            doc.mention(k).is_some_and(|b| {
                                !matches!(
                                    b.kind,
                                    EntryKind::Document | EntryKind::Place | EntryKind::None
                                )
                            })
                        });
                // "a member of Cherie Blair's chambers": a person who owns
                // the body is not the body.
                // ("at UNHCR's office": a body owning an office is the body).
                let owner = doc
                    .toks
                    .get(m.t1)
                    .is_some_and(|t| t.kind == Kind::Possessive)
                    && (m.kind == EntryKind::Person || lx.entry(m.entry).office.is_some());
                if modifier || owner {
                    j = m.t1.max(j + 1);
                    continue;
                }
                if let Some(r) = role.take() {
                    // "chairman of NCR Corp": a listed word inside a
                    // company's name ("NCR") names the company; a listed
                    // state body's own first word does not ("governor of
                    // the Bank of Spain").
                    let state_body =
                        matches!(m.kind, EntryKind::Official | EntryKind::Intelligence)
                            && ORG_SUFFIX.contains(&doc.text(m.t0));
                    if let Some(end) = company_name(doc, m.t0).filter(|_| !state_body) {
                        match kinds.last_mut() {
                            Some(last) => *last = SourceKind::Organization,
                            None => kinds.push(SourceKind::Organization),
                        }
                        j = end;
                        continue;
                    }
                    if !matches!(m.kind, EntryKind::Place | EntryKind::None) {
                        if let Some(k) = body_kind(lx, m, r) {
                            match kinds.last_mut() {
                                Some(last) => *last = k,
                                None => kinds.push(k),
                            }
                            j = m.t1.max(j + 1);
                            continue;
                        }
                    }
                }
                if role.is_none() && is_role_head(&doc.src[m.start..m.end]) {
                    role = SourceKind::from_entry(m.kind);
                }
                // A place says where or whose, not what: "a research fellow
                // at the Tokyo-based institute" holds no office.
                if let Some(k) =
                    SourceKind::from_entry(m.kind).filter(|_| m.kind != EntryKind::Place)
                {
                    if matches!(
                        k,
                        SourceKind::Official | SourceKind::Expert | SourceKind::Intelligence
                    ) {
                        // "a retired specialist at the Defence Intelligence
                        // Agency": the body a former post was held at is no
                        // current office.
                        let body_of_former = former && !kinds.is_empty() && {
                            let mut p = m.t0;
                            while p > d && matches!(doc.lower(p - 1), "the" | "a" | "an") {
                                p -= 1;
                            }
                            matches!(
                                doc.lower(p - 1),
                                "at" | "of" | "for" | "in" | "with" | "from"
                            )
                        };
                        if !body_of_former {
                            kinds.push(k);
                        }
                    }
                }
                j = m.t1.max(j + 1);
            } else if role.is_some()
                && matches!(doc.lower(j), "of" | "for" | "at")
                && common_noun_body(doc, j + 1)
            {
                // "president of RMJ's competitor", "a spokesman for the
                // dairy cooperative": a body named by common nouns no
                // lexicon lists is no state body.
                if let Some(last) = kinds.last_mut() {
                    *last = SourceKind::Organization;
                }
                role = None;
                j += 1;
            } else if let Some(end) = role.and_then(|_| {
                // "board secretary of DBG": a board's officer is a company's.
                let state_only = STATE_ONLY_ROLES.contains(&doc.lower(j - 1))
                    && !(j >= 2 && doc.lower(j - 2) == "board");
                (matches!(doc.lower(j), "of" | "at" | "for") && !state_only)
                    .then(|| unlisted_name(doc, j + 1))
                    .flatten()
            }) {
                // "Xu Yusheng, vice-president of DBG Technology": a role in
                // a capitalised body no list holds is a company's, not a
                // state's (a state body's name holds a listed word:
                // "Ministry", "Commission", a place).
                if let Some(last) = kinds.last_mut() {
                    *last = SourceKind::Organization;
                }
                role = None;
                j = end;
            } else if let Some(end) = role.and(company_name(doc, j)) {
                // "Jones, vice president at Goldman Sachs and Co": a role in
                // a company no lexicon lists is another source.
                if let Some(last) = kinds.last_mut() {
                    *last = SourceKind::Organization;
                }
                role = None;
                j = end;
            } else {
                j += 1;
            }
        }
        let kind = match (former, kinds.as_slice()) {
            (_, []) => continue,
            (false, [k, ..]) => *k,
            (true, [_]) => SourceKind::Person,
            (true, [_, rest @ ..]) => rest[0],
        };
        // The whole name, for a later "he" or "she", and each of its
        // words for a later mention by one ("Liu Zhongrui, a senior
        // official ..." ... "Liu said": family names come first in many
        // languages).
        let mut start = i;
        while start > 0
            && i - start < 3
            && doc.toks[start - 1].kind == Kind::Word
            && is_cap(doc.text(start - 1))
            && doc.mention(start - 1).is_none()
            // Not across a line: a headline's last word is no first name.
            && !doc.src[doc.toks[start - 1].end..doc.toks[start].start].contains('\n')
        {
            start -= 1;
        }
        // Not a company's: "Harris Associates L.P., a Chicago investment
        // firm" names no "Harris".
        let company = (start..=i).any(|k| ORG_SUFFIX.contains(&doc.text(k)));
        let name = if company {
            doc.text(i)
        } else {
            &doc.src[doc.toks[start].start..doc.toks[i].end]
        };
        mem.remember_name(name, kind);
        if start < i {
            name_person(doc, mem, start, i, kind);
        }
    }
}

/// Nouns for people in no office: an apposition headed by one gives its
/// name none.
const PRIVATE_PEOPLE: &[&str] = &[
    "man", "woman", "person", "boy", "girl", "gunman", "suspect", "father", "mother", "son",
    "daughter", "wife", "husband", "brother", "sister", "victim", "driver", "resident",
];

/// Nouns of things an apposition may describe: a name they describe is no
/// person's.
const THINGS: &[&str] = &[
    "program",
    "programme",
    "project",
    "operation",
    "scheme",
    "system",
    "platform",
    "software",
    "tool",
    "facility",
    "base",
    "prison",
    "camp",
    "building",
    "ship",
    "vessel",
    "aircraft",
    "satellite",
    "missile",
];

/// Whether the office-holder mention `m` (of the holder named `full`)
/// is a surname after another given name ([`names::other_given_name`]).
fn given_name_before(doc: &Doc, m: &DocMention, full: &str) -> bool {
    if m.t0 == 0 {
        return false;
    }
    let from = doc.toks[m.t0 - 1].start;
    let spans: Vec<(usize, usize, usize)> = doc
        .mentions
        .iter()
        .filter(|o| o.end > from && o.start < m.end)
        .map(|o| (o.start, o.end, o.entry))
        .collect();
    names::other_given_name(doc.src, (from, m.start, m.end), full, &spans)
}

/// Where the article gives the parts of a well-known office-holder's
/// `name` to another person: "Kim Dong Chul" besides Kim Jong Un, "John
/// Howard" besides Michael Howard. A part counts where it stands, outside
/// the holder's own mentions (lexicon `entry`), next to a capitalised name
/// word that is no part of the holder's name; each comes with that other
/// person's name and where it starts.
fn other_bearers(doc: &Doc, entry: usize, name: &str) -> Vec<(String, usize, String)> {
    let parts: Vec<&str> = name.split_whitespace().collect();
    if parts.len() < 2 {
        return Vec::new();
    }
    let other_name_word = |k: usize| {
        doc.toks.get(k).is_some_and(|t| t.kind == Kind::Word)
            && is_cap(doc.text(k))
            && doc.mention(k).is_none()
            && !parts.contains(&doc.text(k))
            && !super::names::HONORIFICS.contains(&doc.text(k))
            && !PARTICLES.contains(&doc.text(k))
            // A verb in a title-case headline ("Kim Promises to").
            && doc.class(k) & (class::SPEECH | class::WEAK) == 0
    };
    // Not the first word of a sentence before the name.
    let opens_sentence = |k: usize| {
        let before = doc.src[..doc.toks[k].start].trim_end();
        before.is_empty() || before.ends_with(['.', '\n', '"', '“'])
    };
    let mut out = Vec::new();
    for i in 0..doc.toks.len() {
        let p = doc.text(i);
        if !parts.contains(&p) || doc.mention(i).is_some_and(|m| m.entry == entry) {
            continue;
        }
        let mut a = i;
        while a > 0 && a + 3 > i && other_name_word(a - 1) && !opens_sentence(a - 1) {
            a -= 1;
        }
        let mut b = i + 1;
        while b < i + 4 && other_name_word(b) {
            b += 1;
        }
        if a < i || b > i + 1 {
            let other = doc.src[doc.toks[a].start..doc.toks[b - 1].end].to_string();
            out.push((p.to_string(), doc.toks[a].start, other));
        }
    }
    out
}

/// Whether the phrase starting at token `t` is a preposition's object:
/// "the murder of journalist Jamal Khashoggi", "a letter to Senator Ruiz".
fn object_position(doc: &Doc, t: usize) -> bool {
    let mut k = t;
    while k > 0 && matches!(doc.lower(k - 1), "the" | "a" | "an") {
        k -= 1;
    }
    k > 0
        && matches!(
            doc.lower(k - 1),
            "of" | "for" | "to" | "with" | "against" | "about" | "on" | "at"
        )
}

/// The end of a company's name starting at token `j`: capitalised words
/// (and "and", "&") that end in a company suffix ("Fundamental Brokers
/// Inc", "Goldman Sachs and Co").
/// Whether the phrase from token `j` to the end of its clause names a body
/// by common nouns, with no listed name in it: "the dairy cooperative",
/// "RMJ's competitor" (not "the Treasury", "Brazil", "the National Office
/// of Roads", nor a portfolio: "trade and industry").
fn common_noun_body(doc: &Doc, j: usize) -> bool {
    let n = doc.toks.len();
    let end = (j..(j + 6).min(n))
        .find(|&k| matches!(doc.text(k), "," | "." | ";" | ")"))
        .unwrap_or(n);
    let owner = j + 1 < n && is_cap(doc.text(j)) && doc.toks[j + 1].kind == Kind::Possessive;
    (matches!(doc.lower(j), "the" | "a" | "an") && common_nouns(doc, j + 1, end))
        || (owner && doc.mention(j).is_none() && common_nouns(doc, j + 2, end))
}

/// Roles only a state has: "vice minister of Foreign Economic Relations
/// and Trade" holds office whatever the body's name.
const STATE_ONLY_ROLES: &[&str] = &[
    "minister",
    "secretary",
    "undersecretary",
    "governor",
    "mayor",
    "ambassador",
    "envoy",
    "consul",
    "official",
    "officials",
    "commissioner",
    "senator",
    "lawmaker",
    "deputy",
    "attorney",
    "prosecutor",
];

/// The end of a run of capitalised words at `j` that no list holds, any
/// of them ("DBG Technology", "Millcon"), if one starts there.
fn unlisted_name(doc: &Doc, j: usize) -> Option<usize> {
    let n = doc.toks.len();
    let end = (j..(j + 8).min(n))
        .find(|&k| !(doc.toks[k].kind == Kind::Word && is_cap(doc.text(k))))
        .unwrap_or((j + 8).min(n));
    let unlisted = (j..end).all(|k| doc.mention(k).is_none());
    // The whole body: not "Zhejiang's Rural Industry department",
    // "Fengbing county".
    let whole = end >= n
        || matches!(doc.text(end), "," | "." | ";" | ")" | ":")
        || matches!(
            doc.lower(end),
            "and" | "in" | "who" | "which" | "said" | "says"
        );
    (end > j && unlisted && whole && !matches!(doc.text(j), "The" | "A" | "An")).then_some(end)
}

/// The end of a company's name starting at `j`: capitalised words up to
/// a company suffix ("NCR Corp", "Barclays Bank").
fn company_name(doc: &Doc, j: usize) -> Option<usize> {
    if !is_cap(doc.text(j)) {
        return None;
    }
    let mut k = j;
    while k < doc.toks.len() && k < j + 8 {
        let t = doc.text(k);
        if ORG_SUFFIX.contains(&t) {
            return Some(k + 1);
        }
        if !(is_cap(t) || matches!(t, "and" | "&" | ".")) {
            return None;
        }
        k += 1;
    }
    None
}

/// People named in full with their body in an apposition: "Shami
/// Chakrabarti, from human rights group Liberty, joined calls ...". A
/// later "she" can stand for them, with the body's kind (another source's
/// for a rights group, official for a ministry).
fn affiliated_people(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    let n = doc.toks.len();
    for i in 1..n.saturating_sub(3) {
        if doc.text(i + 1) != "," || !matches!(doc.lower(i + 2), "from" | "of" | "at") {
            continue;
        }
        // Two to four capitalised words, none a listed body or place.
        let word = |k: usize| {
            doc.toks[k].kind == Kind::Word
                && is_cap(doc.text(k))
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

/// Where the noun phrase ending with the role at `t0..t1` starts, when it
/// opens a sentence and a verb follows: "The minister visited", "Iran's
/// intelligence minister held" (at most four words before the role).
fn sentence_subject(doc: &Doc, t0: usize, t1: usize) -> Option<usize> {
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
        let k = start - 1;
        let t = &doc.toks[k];
        let gap = &doc.src[t.end..doc.toks[start].start];
        let fits = match t.kind {
            Kind::Possessive => true,
            Kind::Word => {
                let w = doc.lower(k);
                matches!(w, "the" | "a" | "an" | "this" | "that")
                    || doc.mention(k).is_some()
                    || doc.toks.get(k + 1).is_some_and(|n| n.kind == Kind::Possessive)
                    // "the interior minister": a modifier, not a verb.
                    || !is_cap(doc.text(k))
                        && !STOP_LEFT.contains(&w)
                        && !w.ends_with("ing")
                        && !w.ends_with("ed")
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
fn body_role_names(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
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
const ROLE_HEADS_BEFORE_NAMES: &[&str] = &[
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
];

/// Records the person named by tokens `start..=last` as one a later "he"
/// or "she" may mean.
fn name_person(doc: &Doc, mem: &mut Memory, start: usize, last: usize, kind: SourceKind) {
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

/// Acronyms of bodies the article names in full: "the National Disaster
/// Risk Reduction and Management Council (NDRRMC)", or without brackets
/// by their initials ("the Environmental Inspection Bureau" ... "EIB").
/// Only bodies whose kind is known (a listed body inside the name, or the
/// shape of a state body's name) are remembered.
fn acronyms(doc: &Doc, mem: &mut Memory) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        if !(doc.toks[i].kind == Kind::Word && is_cap(doc.text(i))) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        // A comma between capitalised words stays inside a name: "State
        // Administration of Radio, Film and Television (SARFT)".
        let listed_comma = |k: usize| {
            doc.text(k) == ","
                && k > start
                && is_cap(doc.text(k - 1))
                && doc.toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word)
                && is_cap(doc.text(k + 1))
        };
        while end < n
            && (doc.toks[end].kind == Kind::Word || listed_comma(end))
            && (is_cap(doc.text(end))
                || listed_comma(end)
                || matches!(doc.text(end), "of" | "and" | "for" | "the" | "on"))
            && (end == start || !doc.src[doc.toks[end - 1].end..doc.toks[end].start].contains('\n'))
        {
            end += 1;
        }
        while end > start && !is_cap(doc.text(end - 1)) {
            end -= 1;
        }
        i = end.max(start + 1);
        let words: Vec<&str> = (start..end)
            .map(|k| doc.text(k))
            .filter(|w| *w != ",")
            .collect();
        if words.len() < 2 {
            continue;
        }
        let listed = (start..end)
            .filter_map(|k| doc.mention(k))
            .filter_map(|m| match m.kind {
                EntryKind::Official | EntryKind::Intelligence | EntryKind::StateMedia => {
                    SourceKind::from_entry(m.kind)
                }
                _ => None,
            })
            .next();
        let kind = listed.or_else(|| state_body_name(&words).then_some(SourceKind::Official));
        let Some(kind) = kind else {
            continue;
        };
        let full = doc.src[doc.toks[start].start..doc.toks[end - 1].end].to_string();
        let initials: String = words
            .iter()
            .filter(|w| is_cap(w) && **w != "The")
            .filter_map(|w| w.chars().next())
            .collect();
        // "(NDRRMC)" right after the name, else its initials.
        let bracketed = (end + 2 < n && doc.text(end) == "(" && doc.text(end + 2) == ")")
            .then(|| doc.text(end + 1))
            .filter(|a| a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()));
        for a in bracketed.into_iter().chain([initials.as_str()]) {
            if a.len() >= 2 && doc.mention_free_word(a) {
                mem.acronyms
                    .entry(a.to_string())
                    .or_insert((kind, full.clone()));
            }
        }
    }
}

/// Documents the article introduces with their owner ("a Defense
/// Intelligence Agency study", "a report by the UN"): a later "the study"
/// or "it" speaks for the owner.
fn documents_with_owners(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    let n = doc.toks.len();
    let owner_kind = |k: EntryKind| {
        matches!(
            k,
            EntryKind::Intelligence | EntryKind::Official | EntryKind::StateMedia
        )
    };
    for m in doc
        .mentions
        .iter()
        .filter(|m| m.kind == EntryKind::Document)
    {
        // "The Interior Ministry released new figures ... The figures
        // show": the subject of a verb that puts a document out owns it.
        let clause = |k: usize| doc.toks[k].kind != Kind::Punct;
        let publisher = (m.t0.saturating_sub(4)..m.t0)
            .rev()
            .take_while(|&k| clause(k))
            .find(|&k| PUBLISHING.contains(&doc.lower(k)))
            .and_then(|v| {
                (v.saturating_sub(4)..v)
                    .rev()
                    .take_while(|&k| clause(k))
                    .find_map(|k| doc.mention(k))
            })
            .filter(|o| owner_kind(o.kind));
        if lx.entry(m.entry).needs_owner && publisher.is_none() {
            continue;
        }
        // "an official statement": the adjective names no owner.
        let adjective = |o: &DocMention| o.t1 == m.t0 && doc.lower(o.t0) == "official";
        let before = (m.t0.saturating_sub(3)..m.t0)
            .rev()
            .take_while(|&k| doc.toks[k].kind != Kind::Punct)
            .find_map(|k| doc.mention(k))
            .filter(|o| owner_kind(o.kind) && !adjective(o));
        let after = (m.t1..(m.t1 + 4).min(n))
            .find(|&k| doc.lower(k) == "by")
            .and_then(|k| doc.mention(k + 1).or_else(|| doc.mention(k + 2)))
            .filter(|o| owner_kind(o.kind));
        if let Some(o) = before.or(after).or(publisher) {
            let Some(kind) = SourceKind::from_entry(o.kind) else {
                continue;
            };
            mem.authored(
                m.start,
                &doc.src[m.start..m.end],
                Referent {
                    kind,
                    name: doc.src[o.start..o.end].to_string(),
                    also_official: false,
                },
            );
        }
    }
}

/// Verbs that put a document out: their subject owns it.
const PUBLISHING: &[&str] = &[
    "released",
    "published",
    "issued",
    "sent",
    "produced",
    "compiled",
    "prepared",
    "presented",
    "unveiled",
    "circulated",
    "releases",
    "publishes",
    "issues",
];

/// Whether the line before byte `at` is a heading in capitals.
fn heading_line(src: &str, at: usize) -> bool {
    let before = src[..at].trim_end();
    let line = before.rsplit('\n').next().unwrap_or(before);
    line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_name_parts() {
        let mut m = Memory::default();
        m.remember_name("Kim Jong Un", SourceKind::Official);
        assert_eq!(m.holder("Kim").unwrap().0, SourceKind::Official);
        assert_eq!(m.holder("Un").unwrap().1, "Kim Jong Un");
        m.remember_name("Kim Smith", SourceKind::Person);
        assert_eq!(m.holder("Kim").unwrap().0, SourceKind::Official);
    }

    #[test]
    fn pronouns_resolve_by_number_and_person() {
        let r = |name: &str, kind| Referent {
            kind,
            name: name.into(),
            also_official: false,
        };
        let mut m = Memory::default();
        m.cited(r("Ministers", SourceKind::Official), false, true, 10);
        m.cited(r("Allsop", SourceKind::Expert), true, false, 20);
        assert_eq!(m.pronoun("They", 30).unwrap().name, "Ministers");
        assert_eq!(m.pronoun("he", 30).unwrap().name, "Allsop");
        assert!(m.pronoun("it", 30).is_none());
        m.named_person(25, r("Mattis", SourceKind::Official), false);
        m.named_person(26, r("Khashoggi", SourceKind::Expert), true);
        // Khashoggi, named later as a preposition's object, is passed over.
        assert_eq!(m.pronoun("he", 30).unwrap().name, "Mattis");
        assert_eq!(m.pronoun("he", 22).unwrap().name, "Allsop");
    }
}
