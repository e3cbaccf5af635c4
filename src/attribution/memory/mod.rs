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
//!
//! The passes that fill the first memory, one module each: [`holders`]
//! (names after roles, well-known office-holders), [`people`] (people
//! affiliated with a body, names after a body and a role), [`documents`]
//! (documents and their owners), [`acronyms`] (acronyms defined in the
//! text), [`appositions`] ("Shaheen, a member of the Senate ..."),
//! [`genders`] (the gender an honorific gives a name, so that "she" is not
//! "Mr Lind"). This module holds the memory itself and the queries the
//! rules ask it.

mod acronyms;
mod appositions;
mod companies;
mod documents;
mod genders;
mod groups;
mod holders;
mod people;

use genders::Gender;

use crate::attribution::word_list::WordList;
use rustc_hash::FxHashMap as HashMap;

use super::names;
use super::Doc;
use crate::annotation::SourceKind;
use crate::lexicon::Lexicon;

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
    /// Name tokens of people the article introduces out of office
    /// ("Former CIA Director John Brennan"): a later list of officials
    /// that names them ("intelligence officials Brennan, Clapper") does
    /// not put them back in office.
    former: Vec<String>,
    /// Titles given before a name, to their holder: "the attorney general"
    /// is the one "Attorney General Jeff Sessions" of the article.
    titles: HashMap<String, Referent>,
    /// Acronyms defined in the article, to their body's kind and name.
    acronyms: HashMap<String, (SourceKind, String)>,
    /// Names the article describes as non-state groups ("The Democratic
    /// Council, an opposition umbrella group"), as written.
    groups: Vec<String>,
    /// One-word names looked up as companies' ("Texaco said its", "Dome,
    /// which", "Kodak Co"), with the answer.
    companies: std::cell::RefCell<HashMap<String, bool>>,
    /// Surnames the article gives an honorific ("Mr Lind"), to the gender
    /// it gives them.
    genders: HashMap<String, Gender>,
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
    /// Documents a cited source spoke in, with where they were named:
    /// "the CIA said in a report", "the agency wrote in its annual
    /// review"; a later "the report" means the last of these rather than
    /// a document cited before it.
    framed: Vec<(usize, String, Referent)>,
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
    /// Well-known office-holders (lexicon entries) whose surname the
    /// article gives only to someone else ("Jo Vance, president of the
    /// brokers' association" ... "Vance said"): the bare surname is that
    /// other person.
    pub displaced: Vec<usize>,
    /// Name tokens the article gives to a well-known office-holder and to
    /// someone else ("Kim"), with each bearer's kind and name by where
    /// they are named (byte offset), in text order.
    shared: HashMap<String, Vec<(usize, SourceKind, String)>>,
}

/// Name particles that do not identify a person on their own.
const PARTICLES: WordList = WordList::new(&[
    "al", "bin", "ibn", "de", "da", "del", "der", "van", "von", "la", "le", "el", "di", "du", "Al",
    "El", "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "Lord", "Lady", "Baroness", "Baron", "Sir", "Dame",
]);

/// The one capitalised word that names an outlet described by its nouns:
/// "Mizan" in "the judiciary's Mizan news agency", "Kayhan" in "the
/// hardline Kayhan newspaper".
fn outlet_name_word(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let k = words.iter().position(|w| {
        let w = w.to_lowercase();
        matches!(w.as_str(), "news" | "agency")
            || super::mentions::OUTLET_NOUNS.contains(&w.as_str())
    })?;
    let word = *words.get(k.checked_sub(1)?)?;
    // A word before the name that describes it ("the", "hardline",
    // "judiciary's"); not "British television".
    let described = k >= 2 && words[k - 2].starts_with(char::is_lowercase);
    let name_like = word.len() >= 3
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        && !matches!(word, "The" | "State" | "Official");
    (name_like && described).then_some(word)
}

/// Whether "agency" stands anywhere in `name`, in any case (a test without
/// an allocation, for every source cited).
fn names_agency(name: &str) -> bool {
    name.as_bytes()
        .windows(6)
        .any(|w| w.eq_ignore_ascii_case(b"agency"))
}

/// Whether `name` names a body by the noun "agency": "the national
/// statistics agency Statkom", not a person of it ("an official at the
/// agency", "agency sources").
fn agency_named(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("agency"))
        .is_some_and(|k| {
            let people = |w: &str| {
                super::mentions::is_role_head(w)
                    || w.starts_with("source")
                    || w.starts_with("official")
            };
            let of_it = words[..k].windows(2).any(|p| {
                people(p[0]) && matches!(p[1], "at" | "of" | "for" | "from" | "with" | "in")
            });
            let its_people = words.get(k + 1).is_some_and(|w| people(w));
            !of_it && !its_people
        })
}

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
            // A name first seen as an official stays official; one seen
            // out of office stays out.
            let former = self.former.iter().any(|f| f == part);
            self.holders
                .entry(part.to_string())
                .and_modify(|e| {
                    if kind == SourceKind::Official && !former {
                        *e = (kind, full.to_string());
                    }
                })
                .or_insert((kind, full.to_string()));
        }
    }

    /// Remembers `full` as the name of someone out of office (a person
    /// source, whatever list of officials names them later).
    pub fn remember_former(&mut self, full: &str) {
        for part in full.split([' ', '\n']) {
            let part = part.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            // The first description wins, as for other names.
            if part.chars().count() >= 2
                && part.chars().next().is_some_and(char::is_uppercase)
                && !self.holders.contains_key(part)
            {
                self.former.push(part.to_string());
                self.holders
                    .insert(part.to_string(), (SourceKind::Person, full.to_string()));
            }
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

    /// Whether `phrase` holds a name the article describes as a non-state
    /// group.
    pub fn names_group(&self, phrase: &str) -> bool {
        self.groups.iter().any(|g| phrase.contains(g.as_str()))
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

    /// Runs `f`, which may cite sources, keeping who a later "he", "it" or
    /// "they" means: a source named inside another's words ("Kuma rejected
    /// the claim by Forson that ...; he argued") is not the one the story
    /// goes on with.
    pub fn aside<R>(&mut self, f: impl FnOnce(&mut Memory) -> R) -> R {
        let person = (
            self.person.clone(),
            self.person_at,
            self.person_sentence_end,
        );
        let institution = (self.institution.clone(), self.institution_at);
        let plural = self.plural.clone();
        let out = f(self);
        (self.person, self.person_at, self.person_sentence_end) = person;
        (self.institution, self.institution_at) = institution;
        self.plural = plural;
        out
    }

    /// Records that the outlet cited at byte `at` is a news agency whose
    /// name lacks the word ("Reuters"): a later "the agency" may mean it.
    pub fn cited_news_agency(&mut self, r: Referent, at: usize) {
        self.agency = Some(r);
        self.agency_at = at;
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
            // "the state statistics agency CAPMAS said ... the agency said":
            // any body cited by a name with the noun (not "an official at
            // the agency").
            || names_agency(&r.name)
                && (r.kind == SourceKind::Media || agency_named(&r.name))
        {
            self.agency = Some(r.clone());
            self.agency_at = at;
        }
        if matches!(r.kind, SourceKind::StateMedia | SourceKind::Media) {
            // "the judiciary's Mizan news agency reported ... Mizan said":
            // the outlet's own name word stands for it.
            if let Some(word) = outlet_name_word(&r.name) {
                self.acronyms
                    .entry(word.to_string())
                    .or_insert_with(|| (r.kind, r.name.clone()));
            }
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
        remember_document(&mut self.documents, at, noun, author);
    }

    /// Records that `author` reached a judgement ("concluded that",
    /// "assessed that"): a later "the assessment", "the conclusion" or
    /// "the findings" is theirs.
    pub fn judged(&mut self, at: usize, author: Referent) {
        self.authored(at, "assessment", author);
    }

    /// Records that `author`, cited in the sentence, spoke in the document
    /// `noun` named at byte `at` ("said in a report"): also an authored
    /// document (see [`Memory::authored`]).
    pub fn spoke_in(&mut self, at: usize, noun: &str, author: Referent) {
        remember_document(&mut self.framed, at, noun, author.clone());
        self.authored(at, noun, author);
    }

    /// The author of the last document called `noun` that a cited source
    /// spoke in before byte `at`, with where it was named.
    pub fn spoken_in(&self, noun: &str, at: usize) -> Option<(usize, &Referent)> {
        last_document(&self.framed, noun, at)
    }

    /// The author of the last document called `noun` before byte `at`.
    pub fn author_of(&self, noun: &str, at: usize) -> Option<&Referent> {
        last_document(&self.documents, noun, at).map(|(_, r)| r)
    }

    /// The author of the last report of any of its names ("report",
    /// "assessment", "study", "analysis", "review") before byte `at`, for
    /// one of those nouns: "a declassified report" ... "the declassified
    /// assessment said".
    pub fn report_author(&self, noun: &str, at: usize) -> Option<&Referent> {
        if !REPORT_NOUNS.contains_noun(&noun.to_lowercase()) {
            return None;
        }
        self.documents
            .iter()
            .filter(|(p, n, _)| *p < at && REPORT_NOUNS.contains_noun(n))
            .max_by_key(|(p, _, _)| *p)
            .map(|(_, _, r)| r)
    }

    /// The author of the last document of any name before byte `at`, if
    /// it was named within the last sentence or two (about 600 bytes):
    /// what a demonstrative "that assessment" after "the agency found in
    /// its annual review" means.
    pub fn recent_author(&self, at: usize) -> Option<&Referent> {
        self.documents
            .iter()
            .filter(|(p, _, _)| *p < at && at - *p <= RECENT_DOCUMENT_BYTES)
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

    /// The most recent cited source that `rank` ranks highest (2 before
    /// 1; 0 never), with where it was cited: one pass over the sources.
    pub fn recent_ranked(&self, rank: impl Fn(&Referent) -> u8) -> Option<(usize, &Referent)> {
        let mut second = None;
        for (at, r) in self.recent.iter().rev() {
            match rank(r) {
                2 => return Some((*at, r)),
                1 if second.is_none() => second = Some((*at, r)),
                _ => {}
            }
        }
        second
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

    /// The person "he" or "she" at byte `at` means: the last person
    /// named, preferring one who was no preposition's object, or the last
    /// person cited; never one `excluded` names.
    fn person_pronoun(&self, at: usize, excluded: impl Fn(&Referent) -> bool) -> Option<&Referent> {
        let before = || {
            self.named
                .iter()
                .rev()
                .filter(|n| n.0 < at && !excluded(&n.1))
        };
        let named = before().find(|n| !n.2).or_else(|| before().next());
        let person = self.person.as_ref().filter(|p| !excluded(p));
        match (person, named) {
            (Some(p), Some(n)) if self.person_at >= n.0 || n.0 < self.person_sentence_end => {
                Some(p)
            }
            (_, Some(n)) => Some(&n.1),
            (p, None) => p,
        }
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
            w @ ("he" | "she" | "him" | "her") => {
                // Not someone the text gave the other gender ("she" is not
                // "Mr Lind"), when someone else can be meant.
                let want = if matches!(w, "he" | "him") {
                    Gender::Male
                } else {
                    Gender::Female
                };
                let other = |r: &Referent| self.gender_of(&r.name).is_some_and(|g| g != want);
                self.person_pronoun(at, |r| excluded(r) || other(r))
                    .or_else(|| self.person_pronoun(at, &excluded))
            }
            "it" => self
                .document_since_institution(at)
                .or(self.institution.as_ref()),
            "they" => self.plural.as_ref().or(self.institution.as_ref()),
            _ => None,
        }
    }
}

/// Adds a document and its author to `list` (the last 64 kept), its noun
/// by the name of its kind of judgement.
fn remember_document(
    list: &mut Vec<(usize, String, Referent)>,
    at: usize,
    noun: &str,
    author: Referent,
) {
    if list.len() == 64 {
        list.remove(0);
    }
    list.push((at, judgement_name(&noun.to_lowercase()).to_string(), author));
}

/// The last document of `list` called `noun` (singular or plural) before
/// byte `at`: where it was named, and its author.
fn last_document<'m>(
    list: &'m [(usize, String, Referent)],
    noun: &str,
    at: usize,
) -> Option<(usize, &'m Referent)> {
    let noun = noun.to_lowercase();
    let noun = judgement_name(&noun).trim_end_matches('s');
    list.iter()
        .filter(|(p, n, _)| *p < at && n.trim_end_matches('s') == noun)
        .max_by_key(|(p, _, _)| *p)
        .map(|(p, _, r)| (*p, r))
}

/// Words that open a sentence before its subject and are no first name:
/// "But Mr Balls, a prospective Labour MP, said".
pub(crate) const CONNECTIVES: WordList =
    WordList::new(&["but", "and", "so", "yet", "however", "meanwhile"]);

/// Nouns of bodies, not people: a name after them names the body.
pub(in crate::attribution) const BODY_NOUNS: WordList = WordList::new(&[
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
]);

/// Builds the office-holder memory of an article, pass by pass: holders
/// named with their role or from the lexicon, people affiliated with a
/// body, names after a body's role, document owners, acronyms defined in
/// the text, appositions; first, the names the article calls non-state
/// groups, which the later passes read. (Names used as companies' are
/// looked up when a phrase needs one: [`Memory::names_company`].)
pub(crate) fn build(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    groups::groups(doc, mem);
    holders::office_holders(doc, lx, mem);
    people::affiliated_people(doc, lx, mem);
    people::body_role_names(doc, lx, mem);
    documents::report_owner(doc, lx, mem);
    documents::documents_with_owners(doc, lx, mem);
    acronyms::acronyms(doc, lx, mem);
    appositions::appositions(doc, lx, mem);
    genders::surnames(doc, mem);
}

/// How far back (in bytes) a demonstrative document noun looks for the
/// document it points at.
const RECENT_DOCUMENT_BYTES: usize = 600;

/// Documents a source writes: "X said in a statement" makes a later "the
/// statement" X's.
pub(in crate::attribution) const WRITTEN_NOUNS: WordList = WordList::new(&[
    "statement",
    "letter",
    "memo",
    "report",
    "communique",
    "communiqué",
    "assessment",
    "study",
    "survey",
    "review",
    "filing",
    "release",
]);

/// The nouns of a judgement, one document whichever a phrase uses
/// ("concluded that ... The assessment", "its findings ... the
/// conclusion"): each is recorded and looked up as "assessment".
fn judgement_name(noun: &str) -> &str {
    match noun {
        "assessment" | "assessments" | "conclusion" | "conclusions" | "finding" | "findings"
        | "judgment" | "judgement" | "judgments" | "judgements" => "assessment",
        _ => noun,
    }
}

/// Names of one report (singular): a later phrase may use another.
const REPORT_NOUNS: WordList =
    WordList::new(&["report", "assessment", "study", "analysis", "review"]);

/// Whether the phrase starting at token `t` is a preposition's object:
/// "the murder of journalist Jamal Khashoggi", "a letter to Senator Ruiz".
pub(super) fn object_position(doc: &Doc, t: usize) -> bool {
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

/// Whether the line before byte `at` is a heading in capitals.
pub(super) fn heading_line(src: &str, at: usize) -> bool {
    let before = src[..at].trim_end();
    let line = before.rsplit('\n').next().unwrap_or(before);
    line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase)
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
