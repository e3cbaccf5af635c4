//! Typing a noun phrase into a source kind from its structure and the
//! lexicons: the head, the body a role belongs to ("a spokesman for the
//! rebel army"), partitives ("two of the officials"), outlets named by a
//! common noun, and unlisted speakers ("the airline said").

use super::roles::{
    AGENCY_TRADES, COMPANY_SUFFIX, MINISTRY_IS_POLICY, MINISTRY_IS_SERVICE, ROLE_WORDS,
    STATE_BODY_FIRST, STATE_BODY_HEADS, STATE_RUN_PRESS,
};
use super::*;
use crate::attribution::memory::WRITTEN_NOUNS;
use crate::attribution::word_list::WordList;

impl Ctx<'_, '_> {
    /// "The defendant told the court", "one tourist even told", "privacy
    /// advocates said": a common noun no list holds, with a determiner or
    /// plural and opening its clause, right before a verb of speech (an
    /// adverb or auxiliary between them), is a person or body of no known
    /// kind.
    pub(super) fn unlisted_speaker(&self, mut np: Np, words: &[&str]) -> Option<Np> {
        let doc = self.doc;
        let head = *words.last()?;
        let mut v = np.t1;
        while self.r.contains(&v) && SPEECH_ADVERBS.contains(&self.lw(v)) && v < np.t1 + 2 {
            v += 1;
        }
        let vw = self.lw(v);
        // "claimed the top spot", "wrote down the value": acts.
        let act = match vw {
            "claimed" => !matches!(
                self.lw(v + 1),
                "that" | "it" | "they" | "he" | "she" | "there"
            ),
            "wrote" => matches!(self.lw(v + 1), "down" | "off"),
            // "The pound had added 0.5%": an amount, not words.
            "added" => doc.toks.get(v + 1).is_some_and(|t| t.kind == Kind::Number),
            _ => false,
        };
        let verb = self.r.contains(&v) && UNLISTED_SPEECH.contains(&vw) && !act;
        // A bare plural ("Privacy advocates said") that opens its clause.
        let opens = np.t0 == self.r.start
            || matches!(self.doc.text(np.t0 - 1), "," | ";" | "—" | "–")
            || matches!(self.lw(np.t0 - 1), "and" | "but");
        let bare_plural = opens
            && words.len() <= 3
            && head.ends_with('s')
            && !head.ends_with("ss")
            && !words.iter().any(|w| DETERMINERS.contains(w));
        // (An owner's pronoun determines too: "her agent said", "its
        // distributor has said".)
        let det = matches!(
            words[0],
            "the" | "a" | "an" | "one" | "another" | "his" | "her" | "its" | "their"
        ) || bare_plural;
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
                    | "behind"
                    | "between"
                    | "among"
                    | "against"
                    | "around"
                    | "after"
                    | "before"
                    | "during"
                    | "within"
                    | "without"
                    | "like"
            );
        // "committees investigating the arms scandal said": a participle's
        // object is none either.
        let participle_object = np.t0 > self.r.start
            && self.word(np.t0 - 1)
            && self.lw(np.t0 - 1).ends_with("ing")
            && !is_cap(doc.text(np.t0 - 1));
        if object || participle_object {
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
    pub(super) fn named_outlet_before(
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
                    // "a former NSA official": former staff name the body
                    // they left, not one the story cites.
                    && !(m.t0.saturating_sub(2)..m.t0)
                        .any(|k| matches!(doc.lower(k), "former" | "retired" | "ex"))
                    && !self.named_as_owner(m.t0)
            })
            .map(|m| (m.start, self.lx.entry(m.entry)))
            .find(|(_, e)| e.name.starts_with(char::is_uppercase) && fits(e))
    }

    /// Whether the name at token `t0` is given as an outlet's owner: "The
    /// Global Times, a tabloid run by the Communist Party's People's
    /// Daily": a later "the tabloid" means the outlet owned, not the owner.
    fn named_as_owner(&self, t0: usize) -> bool {
        let doc = self.doc;
        let mut k = t0;
        while k > 0 && t0 - k < 6 {
            k -= 1;
            let w = doc.lower(k);
            if doc.toks[k].kind == Kind::Punct {
                return false;
            }
            if w == "by" && k > 0 {
                return OWNING.contains(&doc.lower(k - 1));
            }
        }
        false
    }

    /// "The bureau's director-general, Tsai Ming-yen", "the agency's
    /// spokesman", "Its director general, Ken McCallum": a role of a body
    /// the article named before and now calls by its noun (or by "its",
    /// "their") takes the kind of that body (a service's director is
    /// intelligence and official). `None` when the owner is no state body
    /// the article named.
    fn role_of_named_body(&self, t0: usize, t1: usize, mem: &Memory) -> Option<Np> {
        let doc = self.doc;
        // "Its" opening the sentence, right after a body was cited: that
        // body ("MI5 has warned ... Its director general, Ken McCallum,
        // said"); elsewhere "its" may mean a body named in the sentence.
        let pronoun = self.lw(t0) == "its" && t0 == self.r.start;
        let role_at = if pronoun { t0 + 1 } else { t0 + 3 };
        if t1 <= role_at
            || !pronoun
                && (self.lw(t0) != "the"
                    || doc.toks[t0 + 2].kind != Kind::Possessive
                    || is_cap(doc.text(t0 + 1)))
        {
            return None;
        }
        let role = self.lw(role_at);
        if !(is_role_head(role) || role.split('-').next().is_some_and(is_role_head)) {
            return None;
        }
        // "Its official newspaper", "its official figures": "official"
        // before an outlet or a document is no role.
        if OUTLET_NOUNS.contains(&self.lw(t1 - 1)) || doc.class(t1 - 1) & class::DOCUMENT != 0 {
            return None;
        }
        // A company's or an outlet's people keep the kinds their roles
        // give them ("the bank's economist" is an expert).
        let state_body = |kind: SourceKind| {
            matches!(
                kind,
                SourceKind::Intelligence | SourceKind::Official | SourceKind::StateMedia
            )
        };
        let owner_kind = if pronoun {
            let at = doc.toks[t0].start;
            mem.recent_at(|_| true)
                .filter(|(cited, r)| at - cited <= RECENT_OWNER_BYTES && !r.name.is_empty())
                .map(|(_, r)| r.kind)
                .filter(|&k| state_body(k))?
        } else {
            self.classify(t0, t0 + 2, mem)
                .filter(|o| o.resolved.is_some() && state_body(o.kind))?
                .kind
        };
        let mut np = self
            .classify(role_at, t1, mem)
            .map(|np| Np { t0, ..np })
            .unwrap_or_else(|| Np::new(owner_kind, t0, t1));
        np.kind = owner_kind;
        np.resolved = None;
        np.personal = true;
        np.also_official = owner_kind == SourceKind::Intelligence && !service_staff(role);
        Some(np)
    }

    /// Classifies a noun phrase as a source, if it is one.
    pub(in crate::attribution) fn classify(
        &self,
        t0: usize,
        t1: usize,
        mem: &Memory,
    ) -> Option<Np> {
        let np = self.classify_phrase(t0, t1, mem)?;
        let np = self.of_a_described_group(np, mem);
        let np = self.spokesman_of_the_last_company(np, mem);
        let np = self.officer_of_a_company(np, mem);
        Some(self.with_apposed_outlet(self.commentators_on_a_body(np)))
    }

    /// "Acme Corp's spokesman", "Control Data's vice president": an
    /// office after the possessive of a company no list holds (a name that
    /// ends as a company's, or that the article uses as one) is the
    /// company's, not a state's.
    fn officer_of_a_company(&self, np: Np, mem: &Memory) -> Np {
        let doc = self.doc;
        if np.kind != SourceKind::Official {
            return np;
        }
        let Some(p) = (np.t0..np.t1).find(|&k| doc.toks[k].kind == Kind::Possessive) else {
            return np;
        };
        let a = np.t0 + usize::from(DETERMINERS.contains(&self.lw(np.t0)));
        let owner_unlisted = a < p
            && (a..p).all(|k| self.word(k) && is_cap(doc.text(k)) && doc.mention(k).is_none());
        // A court is the state's, whoever's case it hears ("Storage
        // Technology's bankruptcy court").
        let court = matches!(self.lw(np.t1 - 1), "court" | "judge" | "tribunal");
        if !owner_unlisted || p + 1 >= np.t1 || court {
            return np;
        }
        if COMPANY_SUFFIX.contains(&doc.text(p - 1)) || mem.names_company_words(doc, a, p) {
            return Np {
                kind: SourceKind::Organization,
                also_official: false,
                ..np
            };
        }
        np
    }

    /// "Midland Bank said ... A spokesman said": a spokesman no body owns
    /// speaks for the company the story cited last, not for a state.
    fn spokesman_of_the_last_company(&self, np: Np, mem: &Memory) -> Np {
        // (Not "a spokesman for the port": the phrase names its body.)
        let bare = np.t1 == np.t0 + 2
            && !matches!(self.lw(np.t1), "for" | "of" | "at" | "from")
            && matches!(self.lw(np.t0), "a" | "an" | "the")
            && matches!(
                self.lw(np.t0 + 1),
                "spokesman" | "spokeswoman" | "spokesperson"
            );
        if np.kind != SourceKind::Official || np.resolved.is_some() || !bare {
            return np;
        }
        // A source cited in an earlier sentence, not this one's content.
        let at = self.doc.toks[self.r.start].start;
        let company = mem
            .recent_at(|r| !r.name.is_empty())
            .is_some_and(|(cited, r)| {
                r.kind == SourceKind::Organization
                    && cited < at
                    && at - cited <= RECENT_COMPANY_BYTES
            });
        if !company {
            return np;
        }
        Np {
            kind: SourceKind::Organization,
            also_official: false,
            ..np
        }
    }

    /// "Ali Hamid of the Democratic Council" where the article called the
    /// council an opposition group: the group's, not a state body's.
    fn of_a_described_group(&self, np: Np, mem: &Memory) -> Np {
        if np.kind != SourceKind::Official || np.resolved.is_some() {
            return np;
        }
        let (s, e) = self.bytes(np.t0, np.t1);
        if !mem.names_group(&self.doc.src[s..e]) {
            return np;
        }
        Np {
            kind: SourceKind::Organization,
            also_official: false,
            ..np
        }
    }

    /// "Military analysts", "military bloggers": people who comment on a
    /// state body, named by its common noun, are not its people; they
    /// speak as experts. (Not "USDA analysts" or "intelligence analysts",
    /// who work for the body, nor "military officials" or "government
    /// sources".)
    fn commentators_on_a_body(&self, np: Np) -> Np {
        // Cheap tests first: this runs for every phrase classified.
        if np.kind != SourceKind::Official
            || np.t1 < np.t0 + 2
            || np.resolved.is_some()
            || !COMMENTATORS.contains(&self.lw(np.t1 - 1))
            || self
                .doc
                .mention(np.t1 - 1)
                .is_some_and(|m| m.t0 != np.t1 - 1)
        {
            return np;
        }
        let modifier_only = (np.t0..np.t1 - 1).all(|k| {
            self.word(k)
                && !matches!(
                    self.lw(k),
                    "of" | "for" | "at" | "in" | "from" | "with" | "to" | "on"
                )
        });
        // The body named by a common noun, written in lower case (its first
        // letter aside at the start of the sentence): "military",
        // "Military"; not by its name ("USDA analysts", "a Ministry of
        // Agriculture economist" work there).
        let generic = |m: &DocMention| {
            let text = &self.doc.src[m.start..m.end];
            let skip = usize::from(m.t0 == self.r.start);
            !text.chars().skip(skip).any(char::is_uppercase)
        };
        let mut bodies = (np.t0..np.t1 - 1)
            .filter_map(|k| self.doc.mention(k))
            .filter(|m| !matches!(m.kind, EntryKind::Place | EntryKind::City))
            .peekable();
        if modifier_only && bodies.peek().is_some() && bodies.all(generic) {
            return Np {
                kind: SourceKind::Expert,
                also_official: false,
                ..np
            };
        }
        np
    }

    fn classify_phrase(&self, t0: usize, t1: usize, mem: &Memory) -> Option<Np> {
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
        // So does "one of South Sudan's vice presidents".
        if t1 > t0 + 3
            && self.lw(t0 + 1) == "of"
            && (matches!(self.lw(t0 + 2), "the" | "these" | "those")
                || (t0 + 3..t1).any(|k| doc.toks[k].kind == Kind::Possessive))
            && self.quantifier(t0)
        {
            if let Some(np) = self.classify(t0 + 2, t1, mem) {
                return Some(Np { t0, ..np });
            }
        }
        if let Some(np) = self.role_of_named_body(t0, t1, mem) {
            return Some(np);
        }
        if let Some(np) = self.respondents(t0, t1, mem) {
            return Some(np);
        }
        // "two of them", "one of them": a part of the group "they" would
        // mean here.
        if t1 == t0 + 3
            && self.lw(t0 + 1) == "of"
            && self.lw(t0 + 2) == "them"
            && self.quantifier(t0)
        {
            let r = mem.pronoun("they", doc.toks[t0].start)?;
            return Some(Np {
                plural: self.lw(t0) != "one",
                ..Np::standing_for(r, t0, t1)
            });
        }
        // "<role> of/for/at <body>": the role is the head, the body its kind.
        if let Some(p) = self.body_preposition(t0, t1) {
            if let Some(np) = self.classify_role_of(t0, p, t1, mem) {
                return Some(np);
            }
        }
        let mut ms: Vec<&DocMention> = Vec::new();
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
        // So does a current role before "and former ...": "the Labour
        // peer and former minister".
        // ("Former MP Ahmad Al-Fadhl": the seat is the former office.)
        let seated = (t0..t1).any(|i| {
            matches!(doc.text(i), "MP" | "MEP" | "MSP" | "TD")
                && !(i.saturating_sub(4).max(t0)..i)
                    .any(|k| matches!(self.lw(k), "former" | "ex" | "retired"))
        }) || (t0..t1)
            .any(|i| self.lw(i) == "and" && self.lw(i + 1) == "former" && self.two_roles_of_one(i));
        // "then-Defense Secretary Robert Gates", "the then prime
        // minister": an office held at the time told, out of office now
        // (the spec's "then-").
        let former = !seated
            && words.iter().any(|&w| {
                matches!(w, "former" | "ex" | "retired" | "then")
                    || w.starts_with("ex-")
                    || w.starts_with("then-")
            });
        let last_lower = words.last().cloned().unwrap_or_default();
        let plural_word = |w: &str| w.ends_with('s') && !w.ends_with("ss") && w.len() > 3;
        let mut np = Np {
            plural: plural_word(last_lower) && !is_cap(doc.text(t1 - 1)),
            ..Np::new(SourceKind::Unknown, t0, t1)
        };
        // "Michelle Obama", "Hanns Schroeder": a well-known office-holder's
        // surname after another given name is someone else, and no head.
        // (Most phrases name no office-holder: nothing to build for them.)
        if ms.iter().any(|m| self.lx.entry(m.entry).office.is_some()) {
            self.drop_other_bearers(t0, &mut ms, mem);
        }
        // The head: the rightmost mention that is not a place, a bare title
        // or a plural owner ("the bankers' balances", "Hughes' Kistler").
        let owner = |m: &DocMention| m.t1 + 1 < t1 && self.plural_possessive_mark(m.t1);
        let head = ms.iter().rev().find(|m| {
            let e = self.lx.entry(m.entry);
            m.kind != EntryKind::Place
                && m.kind != EntryKind::None
                && !(e.title && m.t1 == t1)
                && !owner(m)
        });
        let Some(head) = head else {
            return self.classify_unlisted(np, &ms, mem);
        };
        let e = self.lx.entry(head.entry);
        // "Goldome FSB", "Citizens Savings Bank FSB": a service's acronym
        // right after a capitalised word no list holds ends a company's
        // name (a federal savings bank), not the service's ("Russia's FSB",
        // "the Russian FSB").
        let acronym = doc.text(head.t0).chars().all(|c| c.is_ascii_uppercase());
        if head.kind == EntryKind::Intelligence
            && acronym
            && head.t1 == head.t0 + 1
            && head.t0 > t0
            && is_cap(doc.text(head.t0 - 1))
            && !doc
                .text(head.t0 - 1)
                .chars()
                .all(|c| c.is_ascii_uppercase())
            && !DETERMINERS.contains(&self.lw(head.t0 - 1))
            && doc
                .mention(head.t0 - 1)
                .is_none_or(|m| matches!(m.kind, EntryKind::Organization | EntryKind::None))
        {
            np.kind = SourceKind::Organization;
            return Some(np);
        }
        if let Some(np) = self.definite_anaphor(&np, head, mem) {
            return Some(np);
        }
        // Capitalised words after the head: a name ("Minister Fuad Hussein").
        let named_after =
            (head.t1..t1).any(|i| doc.toks[i].kind == Kind::Word && is_cap(doc.text(i)));
        // "the statistics office", "the central bank": a role entry's
        // body, which a later "it" means (not "he").
        let body = e.role
            && matches!(
                doc.lower(head.t1 - 1),
                "office"
                    | "ministry"
                    | "bank"
                    | "bureau"
                    | "embassy"
                    | "consulate"
                    | "watchdog"
                    | "regulator"
            );
        // "the state broadcaster KTV", "the spy agency AIVD", "the
        // newspaper Welt am Sonntag": a name right after a state outlet, a
        // service or an outlet's common noun is its name, not a person's
        // ("TVB anchor Chris Wong" is a person).
        let generic_outlet = head.kind == EntryKind::Media
            && doc.src[head.start..head.end]
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase));
        let name_right_after = head.t1 < t1 && is_cap(doc.text(head.t1));
        let role_head = is_role_head(&doc.src[head.start..head.end]);
        let body_named = (matches!(head.kind, EntryKind::StateMedia | EntryKind::Intelligence)
            || generic_outlet)
            && name_right_after
            && !e.role
            && e.office.is_none()
            && !e.title
            && !role_head;
        np.personal = named_after && !body_named
            || e.role && !body
            || role_head
            || is_member_noun(&doc.src[head.start..head.end])
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
        let masthead = head.kind == EntryKind::Document
            && head.t0 > t0
            && is_cap(doc.text(head.t0 - 1))
            && PUBLICATION_WORDS.contains(&doc.text(head.t0));
        if masthead {
            // "The Jakarta Post", "Daily Record": a newspaper's name, not a
            // post or a record of Jakarta's.
            np.kind = SourceKind::Media;
            np.personal = false;
            return Some(np);
        }
        // "a Pyongyang paper", "PYONGYANG PAPER SAYS": a place's paper is
        // a newspaper, its state's where the press is wholly state-run.
        if head.kind == EntryKind::Document
            && matches!(self.lw(head.t0), "paper" | "papers")
            && head.t0 > t0
        {
            if let Some(place) = doc
                .mention(head.t0 - 1)
                .filter(|m| m.kind == EntryKind::Place)
            {
                let state_run = self
                    .lx
                    .entry(place.entry)
                    .country
                    .as_deref()
                    .is_some_and(|c| STATE_RUN_PRESS.contains(&c));
                np.kind = if state_run {
                    SourceKind::StateMedia
                } else {
                    SourceKind::Media
                };
                np.personal = false;
                return Some(np);
            }
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
            // The document owns what follows ("the study's lead author"):
            // it is not the phrase's head.
            let owns_next = doc
                .toks
                .get(head.t1)
                .is_some_and(|t| t.kind == Kind::Possessive);
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
            } else if let Some(r) =
                ((t0..head.t0).all(|i| matches!(self.lw(i), "the" | "this" | "that")) && !owns_next)
                    .then(|| {
                        // "That assessment" points at the document just named,
                        // whatever its noun ("its annual review").
                        let demonstrative = head.t0 > t0 && matches!(self.lw(t0), "this" | "that");
                        mem.author_of(&doc.src[head.start..head.end], head.start)
                            .or_else(|| {
                                demonstrative
                                    .then(|| mem.recent_author(head.start))
                                    .flatten()
                            })
                    })
                    .flatten()
                    .or_else(|| {
                        // "the declassified assessment" after "a declassified
                        // report": a definite report with plain modifiers is the
                        // last report named, whichever of its names it takes.
                        let noun = &doc.lower_src[head.start..head.end];
                        let written = WRITTEN_NOUNS.contains_noun(noun)
                            || matches!(
                                noun,
                                "announcement" | "guidelines" | "analysis" | "analyses"
                            );
                        let plain = self.lw(t0) == "the"
                            && head.t0 > t0
                            && written
                            && !owns_next
                            && (t0 + 1..head.t0).all(|i| {
                                self.word(i)
                                    && !is_cap(doc.text(i))
                                    && doc.mention(i).is_none()
                                    && !matches!(
                                        self.lw(i),
                                        "of" | "in"
                                            | "on"
                                            | "for"
                                            | "to"
                                            | "by"
                                            | "with"
                                            | "from"
                                            | "at"
                                            | "about"
                                            | "and"
                                            | "or"
                                    )
                            });
                        plain
                            .then(|| {
                                let noun = &doc.src[head.start..head.end];
                                mem.author_of(noun, head.start)
                                    .or_else(|| mem.report_author(noun, head.start))
                            })
                            .flatten()
                    })
            {
                // "the statement added": the statement's author speaks.
                kind = r.kind;
                np.resolved = Some(r.name.clone());
                np.also_official = r.also_official;
            } else if let Some(r) = mem.report_owner.as_ref().filter(|_| {
                // Only the kind of document it is: "the survey" or "the
                // commentary" of someone else is not the report.
                !e.needs_owner
                    && matches!(
                        doc.lower(head.t1 - 1),
                        "report"
                            | "reports"
                            | "assessment"
                            | "assessments"
                            | "study"
                            | "studies"
                            | "analysis"
                    )
            }) {
                // "the report" of an article about one agency's report.
                kind = r.kind;
                np.resolved = Some(r.name.clone());
            } else if let Some(r) = self.outlet_report(t0, head, mem) {
                // "..., Xinhua said. ... the report paraphrased Guo": the
                // report is the outlet's cited just before.
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
            let state_run_place = |m: &DocMention| {
                m.kind == EntryKind::Place
                    && self
                        .lx
                        .entry(m.entry)
                        .country
                        .as_deref()
                        .is_some_and(|c| STATE_RUN_PRESS.contains(&c))
            };
            // "Korean-American in North Korea confesses: media": bare
            // "media" in a sentence about a wholly state-run system is its
            // press too.
            let bare_media = || {
                t0 == head.t0
                    && self.lw(head.t0) == "media"
                    && self
                        .r
                        .clone()
                        .filter_map(|k| doc.mention(k))
                        .any(state_run_place)
            };
            let state_run = ms.iter().any(|m| m.t1 <= head.t0 && state_run_place(m));
            // "broadcaster NOS", "the daily Le Monde", "TV presenter Anne
            // Robinson": a phrase that ends in a name after the noun names
            // its outlet or person itself (not "reporters covering Michael
            // Jackson's trial").
            let name_after =
                t1 > head.t1 && doc.toks[t1 - 1].kind == Kind::Word && is_cap(doc.text(t1 - 1));
            if let Some(named) = ms.iter().rev().find(|m| {
                m.t1 <= head.t0 && matches!(m.kind, EntryKind::StateMedia | EntryKind::Media)
            }) {
                kind = SourceKind::from_entry(named.kind)?;
            } else if state_run {
                // "Vietnam's army newspaper", "a Chinese provincial daily":
                // the press of a wholly state-run system is state media.
                kind = SourceKind::StateMedia;
            } else if name_after {
                kind = SourceKind::Media;
            } else if let Some(owner) = self.owners_page(t0, head.t0, mem) {
                // "according to its website": the owner's own page speaks
                // for the owner.
                kind = owner.kind;
                np.resolved = Some(owner.name.clone());
                np.also_official = owner.also_official;
            } else if (t0..head.t0).all(|i| DETERMINERS.contains(&self.lw(i))) {
                // The outlet cited last, or one named since ("Rodong
                // Sinmun ran an editorial ... The newspaper said").
                // Only "the" and a noun for one outlet look back to a name
                // not cited ("the newspaper", not "reporters", "its
                // website" or "a press conference").
                // (Some aliases hold the article: "the paper", "the daily".)
                let noun = &doc.lower_src[head.start..head.end];
                let one_outlet = self.lw(t0) == "the"
                    && OUTLET_NOUNS.contains(&noun.strip_prefix("the ").unwrap_or(noun));
                let named = self
                    .named_outlet_before(head.start, |e| {
                        matches!(e.kind, EntryKind::StateMedia | EntryKind::Media)
                    })
                    .filter(|_| one_outlet);
                if let Some((k, name)) = latest(named, mem.outlet.as_ref(), mem.outlet_at) {
                    kind = k;
                    np.resolved = Some(name);
                } else if bare_media() {
                    kind = SourceKind::StateMedia;
                }
            }
            np.personal = false;
        }
        // "A Ministry of Agriculture economist", "the union's general
        // secretary": a role takes its kind from the body named before it.
        // "MCI president Bert Roberts": a title after the acronym of a
        // company the article names is the company's.
        if head.t0 > t0 && after_company_name(doc, head.t0) {
            kind = SourceKind::Organization;
        } else if !e.role && is_role_head(&doc.src[head.start..head.end]) {
            if let Some(body) = ms
                .iter()
                .rev()
                .find(|m| m.t1 <= head.t0 && !matches!(m.kind, EntryKind::Place | EntryKind::None))
            {
                // "the country's intelligence chief": a role that names a
                // service keeps its kind under a state's body.
                let service_role =
                    head.kind == EntryKind::Intelligence && body.kind == EntryKind::Official;
                if let Some(k) = body_kind(self.lx, body, kind).filter(|_| !service_role) {
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
            // Or a country's name first: "the China Banking and Insurance
            // Regulatory Commission", "the Korea Fair Trade Commission".
            let country_first = |k: usize| {
                doc.mention(k).is_some_and(|m| {
                    m.t0 == k
                        && m.kind == EntryKind::Place
                        && self.lx.entry(m.entry).country.is_some()
                        && doc.src[m.start..m.end] == self.lx.entry(m.entry).name
                })
            };
            // A royal charter makes no institute the state's ("the Royal
            // United Services Institute" is a think tank).
            let chartered = |k: usize| doc.text(k) == "Royal" && self.lw(head.t0) == "institute";
            if run_start.is_some_and(|k| {
                STATE_BODY_FIRST.contains(&doc.text(k)) && !chartered(k) || country_first(k)
            }) {
                kind = SourceKind::Official;
            }
        }
        // "the national statistics institute", "a government institute":
        // a body head after a lower-case word of the state is the state's
        // too (a possessive country alone is not: "Germany's Ifo
        // institute" is private).
        if matches!(kind, SourceKind::Organization | SourceKind::Unknown)
            && STATE_BODY_HEADS.contains(&self.lw(head.t0))
            && (t0..head.t0).any(|k| STATE_WORDS.contains(&doc.text(k)))
        {
            kind = SourceKind::Official;
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
                    && !activity_modifier(doc, m, t0)
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
                None => article_ministry_is_service(doc, self.lx),
            };
            if service {
                kind = SourceKind::Intelligence;
                np.also_official = true;
            }
        }
        // An office-holder or spokesman of a service: "CIA chief Mike Pompeo".
        // Its staff are the service alone: "two CIA officials".
        if kind == SourceKind::Official
            && ms
                .iter()
                .any(|m| m.kind == EntryKind::Intelligence && m.t1 <= head.t0)
        {
            kind = SourceKind::Intelligence;
            np.also_official = !service_staff(&doc.src[head.start..head.end]);
        }
        if head.kind == EntryKind::Intelligence && e.office.is_some() {
            // A well-known head of a service ("Budanov", "Ratcliffe").
            np.also_official = true;
        } else if head.kind == EntryKind::Intelligence {
            // Words of the service's own name do not count: "Office of
            // the Director of National Intelligence" is the service.
            let named = is_cap(doc.text(head.t1 - 1));
            np.also_official = (t0..t1)
                .filter(|&k| !named || k < head.t0 || k >= head.t1)
                .any(|k| service_office(self.lw(k)));
        } else if kind == SourceKind::Intelligence
            && service_office(&doc.lower_src[head.start..head.end])
        {
            // "CIA Director", "Mossad director David Barnea": the office
            // named by its own word.
            np.also_official = true;
        }
        if former && matches!(kind, SourceKind::Official | SourceKind::Intelligence) {
            kind = SourceKind::Person;
            np.also_official = false;
        }
        // "the Kremlin-controlled broadcaster", "the judiciary's Mizan news
        // agency", "the Health Ministry's website": who owns an outlet.
        if kind == SourceKind::Media {
            kind = self.owned_outlet_kind(t0, head.t0, t1);
        }
        if self.fiction && matches!(kind, SourceKind::Intelligence | SourceKind::StateMedia) {
            return None;
        }
        np.kind = kind;
        Some(np)
    }

    /// The people a survey asked ("60 percent of the respondents", "those
    /// polled") speak through the last survey or poll named before them:
    /// its author's kind when the article gave it one ("a survey by the
    /// statistics office"), else the survey's own (a document).
    fn respondents(&self, t0: usize, t1: usize, mem: &Memory) -> Option<Np> {
        if !self.asked_people(t0, t1) {
            return None;
        }
        let doc = self.doc;
        let at = doc.toks[t0].start;
        let survey = doc.mentions.iter().rev().find(|m| {
            m.start < at
                && m.kind == EntryKind::Document
                && matches!(
                    doc.lower(m.t1 - 1),
                    "survey" | "surveys" | "poll" | "polls" | "census" | "questionnaire"
                )
        })?;
        let noun = &doc.src[survey.start..survey.end];
        Some(match mem.author_of(noun, at) {
            Some(r) => Np {
                plural: true,
                ..Np::standing_for(r, t0, t1)
            },
            None => Np {
                plural: true,
                ..Np::new(SourceKind::Document, t0, t1)
            },
        })
    }

    /// Whether token `t` counts a part of a group: a number, a count word
    /// or a partitive ("two", "dozens", "some").
    fn quantifier(&self, t: usize) -> bool {
        self.doc.toks[t].kind == Kind::Number
            || self.doc.class(t) & class::COUNT != 0
            || PARTITIVES.contains(&self.lw(t))
    }

    /// Whether `t0..t1` ends in the people a survey asked: "respondents",
    /// "those polled".
    fn asked_people(&self, t0: usize, t1: usize) -> bool {
        let last = self.lw(t1 - 1);
        last == "respondents"
            || t1 >= t0 + 2
                && self.lw(t1 - 2) == "those"
                && matches!(
                    last,
                    "surveyed" | "polled" | "questioned" | "asked" | "interviewed"
                )
    }

    /// Whether a source phrase is a share of a survey's respondents ("60
    /// percent of the respondents", "half of those polled"): a figure of
    /// the survey's, whatever they said.
    pub(in crate::attribution) fn share_of_respondents(&self, np: &Np) -> bool {
        np.t1 > np.t0
            && self.asked_people(np.t0, np.t1)
            && (np.t0..np.t1).any(|k| {
                self.doc.toks[k].kind == Kind::Number
                    || self.doc.class(k) & (class::COUNT | class::FRACTION) != 0
            })
    }

    /// The preposition that joins a head to the body it belongs to: "a
    /// spokesman for the rebel army", "people familiar with the plans",
    /// "diplomats briefed on the talks", "David Noone from Intervoice";
    /// none in "Advances in AI".
    pub(super) fn body_preposition(&self, t0: usize, t1: usize) -> Option<usize> {
        (t0 + 1..t1.saturating_sub(1)).find(|&p| {
            (matches!(
                self.lw(p),
                "of" | "for" | "at" | "from" | "within" | "with" | "to" | "in"
            ) || self.hearers_of(p))
                && self.word(p)
                && self.doc.mention(p).is_none_or(|m| m.t0 >= p)
        })
    }

    /// Types "<head> <prep> <body>" from its parts: a role takes the kind of
    /// the body it belongs to (official, intelligence, or other for a
    /// company, union, party organisation or armed group); people
    /// "familiar with", "close to" or "briefed on" a body, critics and
    /// sources keep their own kind; a named person of an official body is official.
    pub(super) fn classify_role_of(
        &self,
        t0: usize,
        p: usize,
        t1: usize,
        mem: &Memory,
    ) -> Option<Np> {
        let prep = self.lw(p);
        let before = self.lw(p - 1);
        let near =
            matches!((before, prep), ("familiar", "with") | ("close", "to")) || self.hearers_of(p);
        if matches!(prep, "to" | "with") && !near {
            return None;
        }
        let head_end = if near { p - 1 } else { p };
        let head_words: Vec<&str> = (t0..head_end).map(|i| self.lw(i)).collect();
        let head = self.classify(t0, head_end, mem).or_else(|| {
            // "the head of", "a member of": a role the lexicon does not list.
            let last = *head_words.last()?;
            ROLE_WORDS.contains(&last).then(|| Np {
                personal: true,
                plural: last.ends_with('s'),
                ..Np::new(SourceKind::Unknown, t0, head_end)
            })
        })?;
        // "The annual report of the Federal Trade Commission": a document
        // of a body speaks for the body.
        // A study "of" a person is about them: "an analysis of anti-Biden
        // memes".
        let about = prep == "of"
            && matches!(
                head_words.last().copied(),
                Some("analysis" | "study" | "survey" | "review" | "assessment" | "poll")
            );
        if head.kind == SourceKind::Document && matches!(prep, "of" | "from" | "by") {
            if let Some(owner) = self.classify(p + 1, t1, mem).filter(|o| {
                let no_owner = matches!(
                    o.kind,
                    SourceKind::Document | SourceKind::Unknown | SourceKind::Person
                );
                !(no_owner || about && o.personal)
            }) {
                return Some(Np {
                    t0,
                    t1,
                    kind: owner.kind,
                    also_official: owner.also_official,
                    resolved: owner.resolved,
                    personal: false,
                    plural: false,
                    names_title: false,
                });
            }
        }
        let body = self.body_mention(p + 1, t1);
        let role = head_words.last().is_some_and(|w| ROLE_WORDS.contains(w))
            || (head.t0..head.t1).any(|i| {
                self.doc.mention(i).is_some_and(|m| {
                    self.lx.entry(m.entry).role || is_role_head(&self.doc.src[m.start..m.end])
                })
            });
        // (A capital the sentence's start gives is no name: "Relatives of
        // a fisheries official said".)
        let named = (head.t0..head.t1)
            .all(|i| is_cap(self.doc.text(i)) || DETERMINERS.contains(&self.lw(i)))
            && !(head.t1 == head.t0 + 1 && head.t0 == self.r.start)
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
        // "a former director of the Federal Security Service": a former
        // holder speaks as a person, whatever the body (C10).
        // Not "Rep David Obey, a Democrat and former chairman of": a
        // current role comes first.
        let former = head_words
            .iter()
            .position(|w| matches!(*w, "former" | "ex" | "retired") || w.starts_with("ex-"))
            .is_some_and(|k| !head_words[..k].contains(&"and"));
        if former && role {
            np.kind = SourceKind::Person;
            np.also_official = false;
            return Some(np);
        }
        // "officials at the department" after "The State Security
        // Department (VSD) said": a body named by "the" and its noun is
        // the one it stands for.
        if role && t1 == p + 3 && self.lw(p + 1) == "the" {
            let standing = self.classify(p + 1, t1, mem).filter(|b| {
                b.resolved.is_some()
                    && matches!(b.kind, SourceKind::Official | SourceKind::Intelligence)
            });
            if let Some(b) = standing {
                np.kind = b.kind;
                np.also_official = b.kind == SourceKind::Intelligence
                    && !head_words.last().is_some_and(|w| service_staff(w));
                return Some(np);
            }
        }
        let Some(body) = body else {
            // A body no lexicon lists: "president of Fundamental Brokers Inc".
            if role {
                match self.classify(p + 1, t1, mem).map(|b| b.kind) {
                    Some(SourceKind::Organization | SourceKind::Media | SourceKind::StateMedia)
                        if head.kind != SourceKind::Expert =>
                    {
                        np.kind = SourceKind::Organization;
                    }
                    Some(k @ (SourceKind::Official | SourceKind::Intelligence)) => np.kind = k,
                    // "a spokesman for the dairy cooperative": a body named
                    // by common nouns no lexicon lists is no state body
                    // (those are listed, or named with capitals). An event
                    // is no body: "a speaker at the conference".
                    None if head.kind == SourceKind::Official
                        && matches!(prep, "for" | "of")
                        && self.common_noun_body(p + 1, t1) =>
                    {
                        np.kind = SourceKind::Organization;
                    }
                    // "a spokesman for Schlumberger": a capitalised name no
                    // lexicon lists is a company's or a group's (state
                    // bodies are listed). A capitalised title names an
                    // office: "Minister for Defence Procurement".
                    Some(SourceKind::Person | SourceKind::Unknown)
                        if head.kind == SourceKind::Official
                            && prep == "for"
                            && !is_cap(self.doc.text(head_end - 1))
                            && (p + 1..t1).all(|k| is_cap(self.doc.text(k))) =>
                    {
                        np.kind = SourceKind::Organization;
                    }
                    _ => {}
                }
            }
            return (head.kind != SourceKind::Unknown || role).then_some(np);
        };
        if role || named || head.kind == SourceKind::Unknown && prep != "in" {
            if let Some(k) = body_kind(self.lx, body, head.kind) {
                np.kind = k;
                np.also_official = k == SourceKind::Intelligence
                    && role
                    && !head_words.last().is_some_and(|w| service_staff(w));
            }
        }
        if head.kind == SourceKind::Unknown && np.kind == SourceKind::Unknown && !role {
            return None;
        }
        Some(np)
    }

    /// The outlet a bare "the report" (or "the dispatch", "the
    /// commentary", "the editorial", "the article") stands for: the outlet
    /// cited in the last few sentences.
    fn outlet_report<'m>(
        &self,
        t0: usize,
        head: &DocMention,
        mem: &'m Memory,
    ) -> Option<&'m Referent> {
        let doc = self.doc;
        let bare = head.t0 == t0 + 1 && self.lw(t0) == "the";
        // An outlet's own pieces: "the commentary said", "the editorial
        // added" after "KCNA warned ...".
        if !bare
            || !matches!(
                doc.lower(head.t0),
                "report" | "dispatch" | "commentary" | "editorial" | "article"
            )
        {
            return None;
        }
        mem.recent_outlet(head.start).map(|(_, r)| r)
    }

    /// Whether `a..b` is a determiner and lower-case words only, none of
    /// them a listed source: "the dairy cooperative", "the airline".
    fn common_noun_body(&self, a: usize, b: usize) -> bool {
        matches!(self.lw(a), "the" | "a" | "an") && common_nouns(self.doc, a + 1, b)
    }

    /// The mention naming the body in `a..b` ("the rebel army": an armed
    /// group, whatever noun follows): organisations win over official nouns
    /// they modify, then services, then official bodies, then places.
    pub(super) fn body_mention(&self, a: usize, b: usize) -> Option<&DocMention> {
        let ms: Vec<&DocMention> = (a..b)
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

    /// The sentence's own subject, when the pronoun at `t0` ("it", "they")
    /// comes after it and it is a body ("it") or a group ("they"): "Turkey
    /// rejected the proposal, which it says favours Athens".
    fn subject_for_pronoun(&self, pronoun: &str, t0: usize, mem: &Memory) -> Option<Np> {
        if !matches!(pronoun, "it" | "they") || t0 == self.r.start {
            return None;
        }
        let (s, e) = self.main_subject_span()?;
        if e > t0 || (s..e).any(|i| PRONOUNS.contains(&self.lw(i))) {
            return None;
        }
        // Another source named in between is nearer: "Officials said ...,
        // but foreign bankers said they estimate ...".
        let between = (e..t0).any(|i| {
            self.doc.mention(i).is_some_and(|m| {
                !matches!(
                    m.kind,
                    EntryKind::Place | EntryKind::Document | EntryKind::None | EntryKind::Unknown
                )
            })
        });
        if between {
            return None;
        }
        let np = self.classify(s, e, mem)?;
        let last = self.lw(e - 1);
        // "it" is a body: not a person, nor a role ("the central bank" is
        // listed among the officials but is no one person).
        let fits = if pronoun == "it" {
            !np.plural && (!np.personal || !is_role_head(last) && !is_cap(self.doc.text(e - 1)))
        } else {
            np.plural || last.ends_with('s') || last == "police"
        };
        let source = !matches!(
            np.kind,
            SourceKind::Document | SourceKind::Unknown | SourceKind::Person
        );
        (fits && source).then(|| {
            let (a, b) = self.bytes(np.t0, np.t1);
            Np {
                resolved: Some(
                    np.resolved
                        .clone()
                        .unwrap_or_else(|| self.doc.src[a..b].to_string()),
                ),
                ..np
            }
        })
    }

    /// A phrase with no listed source in it: a pronoun, "the agency", a
    /// country alone, or a capitalised name.
    /// Drops from `ms` (the mentions of a phrase starting at `t0`) the
    /// office-holder mentions that name someone else: a surname after
    /// another given name ("Michelle Obama"), or a bare surname the article
    /// gives only to someone else.
    fn drop_other_bearers(&self, t0: usize, ms: &mut Vec<&DocMention>, mem: &Memory) {
        let doc = self.doc;
        let from = doc.toks[t0].start;
        let spans: Vec<(usize, usize, usize)> =
            ms.iter().map(|m| (m.start, m.end, m.entry)).collect();
        ms.retain(|m| {
            let e = self.lx.entry(m.entry);
            let displaced = m.t1 == m.t0 + 1 && mem.displaced.contains(&m.entry);
            e.office.is_none()
                || (m.t0 == t0
                    || !names::other_given_name(doc.src, (from, m.start, m.end), &e.name, &spans))
                    && !displaced
        });
    }

    /// Whether a place mention is a demonym ("Iranian", "Chinese",
    /// "British": they name people) rather than the state ("Iran",
    /// "Japan", "Tehran").
    pub(in crate::attribution) fn demonym(&self, p: &DocMention) -> bool {
        let text = &self.doc.src[p.start..p.end];
        text != self.lx.entry(p.entry).name
            && [
                "ian", "ean", "ese", "ish", "ans", "can", "ani", "aqi", "eli", "ch", "han",
            ]
            .iter()
            .any(|suffix| text.ends_with(suffix))
    }

    /// The country of a phrase whose words between its determiner and
    /// its last word are all places or nationalities ("the German
    /// service", "the Russian news agency"); `None` for any other phrase.
    fn nationality(&self, ms: &[&DocMention], t0: usize, t1: usize) -> Option<&str> {
        let first = t0 + usize::from(DETERMINERS.contains(&self.lw(t0)));
        if first + 1 >= t1 {
            return None;
        }
        let places: Vec<&DocMention> = ms
            .iter()
            .copied()
            .filter(|m| m.kind == EntryKind::Place)
            .collect();
        let covered = (first..t1 - 1).all(|k| places.iter().any(|m| m.t0 <= k && k < m.t1));
        let country = places.first()?;
        let c = self.lx.entry(country.entry).country.as_deref()?;
        (covered
            && places
                .iter()
                .all(|m| self.lx.entry(m.entry).country.as_deref() == Some(c)))
        .then_some(c)
    }

    /// The words before "agency" in `t0..t1` that neither a nationality,
    /// a place nor a word that describes any agency ("news", "spy",
    /// "state") accounts for: the agency meant must have them in its name.
    /// A capitalised word counts here (a name: "the Federal Water Agency").
    fn agency_modifiers(&self, ms: &[&DocMention], t0: usize, t1: usize) -> Vec<String> {
        let doc = self.doc;
        (t0..t1.saturating_sub(1))
            .filter(|&k| {
                let w = self.lw(k);
                // A describing word, lower-case or opening the sentence.
                let describes =
                    AGENCY_DESCRIBERS.contains(&w) && (!is_cap(doc.text(k)) || k == self.r.start);
                let place = ms
                    .iter()
                    .any(|m| m.kind == EntryKind::Place && m.t0 <= k && k < m.t1);
                doc.toks[k].kind == Kind::Word && !DETERMINERS.contains(&w) && !place && !describes
            })
            .map(|k| doc.text(k).to_string())
            .collect()
    }

    pub(in crate::attribution) fn classify_unlisted(
        &self,
        mut np: Np,
        ms: &[&DocMention],
        mem: &Memory,
    ) -> Option<Np> {
        let doc = self.doc;
        let (t0, t1) = (np.t0, np.t1);
        if let Some(np) = self.others_of_a_kind(&np, mem) {
            return Some(np);
        }
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
            // "“...,” it quoted him as saying": what quotes someone is the
            // outlet cited last, even one that was only a channel.
            let subject = t0 == self.r.start
                || matches!(self.lw(t0 - 1), "," | "and" | "but")
                || doc.toks[t0 - 1].is_quote();
            let quoter = content[0] == "it"
                && subject
                && t1 < self.r.end
                && matches!(self.lw(t1), "quoted" | "cited" | "paraphrased")
                && (t1 + 1..(t1 + 14).min(self.r.end)).any(|k| self.lw(k) == "as");
            let outlet = quoter
                .then(|| mem.recent_outlet(doc.toks[t0].start))
                .flatten()
                .map(|(_, r)| r);
            // "The government is cracking down on estates which it says
            // lie idle": an "it" or "they" inside the sentence is its
            // subject, when that is a body (or a group, for "they").
            if let Some(own) = self.subject_for_pronoun(content[0], t0, mem) {
                return Some(Np {
                    t0,
                    t1,
                    personal: false,
                    ..own
                });
            }
            let r = match outlet {
                Some(r) => r,
                None => mem.pronoun_other_than(content[0], doc.toks[t0].start, named_later)?,
            };
            np.kind = r.kind;
            np.resolved = Some(r.name.clone());
            np.also_official = r.also_official;
            np.personal = matches!(content[0], "he" | "she");
            np.plural = content[0] == "they";
            return Some(np);
        }
        // "General Kamal Aziz ... The general said": the rank alone heads
        // the phrase and names the officer the article gave it. (No list
        // holds the word: before a noun it is an adjective, "the general
        // public"; a word of no class after it is such a noun.)
        let noun_after = || {
            t1 < self.r.end
                && doc.toks[t1].kind == Kind::Word
                && doc.class(t1) == 0
                && !matches!(
                    self.lw(t1),
                    "who" | "has" | "had" | "was" | "is" | "will" | "would" | "also" | "then"
                )
        };
        if content == ["general"] && words[0] == "the" && !noun_after() {
            if let Some(r) = mem.title_holder("general") {
                np.kind = r.kind;
                np.resolved = Some(r.name.clone());
                np.also_official = r.also_official;
                np.personal = true;
                return Some(np);
            }
        }
        // "Spain's weather agency": a country's possessive before words in
        // lower case opens the phrase as "the" does.
        let owner = doc.mention(t0).filter(|m| {
            m.kind == EntryKind::Place
                && doc
                    .toks
                    .get(t0 + 1)
                    .is_some_and(|t| t.kind == Kind::Possessive)
                && (t0 + 2..t1).all(|k| !is_cap(doc.text(k)))
        });
        let country_owned = owner.is_some();
        // "the German agency", "the Russian service", "Israel's security
        // agency": a nationality or an owning country says whose agency the
        // phrase means.
        let owner_country = owner.and_then(|m| self.lx.entry(m.entry).country.as_deref());
        let country = matches!(content.last(), Some(&("agency" | "agencies" | "service")))
            .then(|| self.nationality(ms, t0, t1).or(owner_country))
            .flatten();
        let of_country = |e: &Entry| country.is_none_or(|c| e.country.as_deref() == Some(c));
        // A referent's country: that of the last entry its name holds
        // ("Russia's FSB", "Germany's foreign intelligence agency").
        let cited_of_country = |r: &&Referent| {
            country.is_none_or(|c| {
                let found = self.lx.mentions(&r.name, false);
                let theirs = found
                    .iter()
                    .rev()
                    .find_map(|m| self.lx.entry(m.entry).country.as_deref());
                theirs.is_none_or(|theirs| theirs == c)
            })
        };
        // A country's "service" is its state's too ("Kenya's wildlife
        // service"); a bare "the ... service" may be anyone's ("the
        // streaming service").
        let noun = content.last().copied().unwrap_or_default();
        if (matches!(noun, "agency" | "agencies") && (words[0] == "the" || country_owned))
            || (matches!(noun, "service" | "services") && country_owned)
        {
            // The agency cited last, or one named since ("The leader's
            // speech was carried by KCNA ... The agency said"), if the
            // words before the noun describe it ("the state news agency";
            // not "the Federal Water Agency" or "the environment agency").
            let described = self.agency_modifiers(ms, t0, t1);
            let agency = |e: &Entry| {
                (e.kind == EntryKind::Intelligence
                    || std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|a| a.to_lowercase().contains("agency")))
                    && of_country(e)
                    && std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|a| names_all(a, &described))
            };
            let at = doc.toks[t0].start;
            let named = self.named_outlet_before(at, agency);
            let cited = mem
                .agency
                .as_ref()
                .filter(cited_of_country)
                .filter(|r| names_all(&r.name, &described));
            match latest(named, cited, mem.agency_at) {
                Some((kind, name)) => {
                    (np.kind, np.resolved) = (kind, Some(name));
                    return Some(np);
                }
                // "the state agency": a state's, named by no word of its
                // own.
                None if described.is_empty()
                    && (t0..t1).any(|k| STATE_WORDS.contains(&self.lw(k))) =>
                {
                    np.kind = SourceKind::Official;
                    return Some(np);
                }
                // "Russia's security service", "Israel's domestic security
                // agency": a country's service, named by what it does.
                None if described.is_empty()
                    && country_owned
                    && (t0..t1).any(|k| SERVICE_WORDS.contains(&self.lw(k))) =>
                {
                    np.kind = SourceKind::Intelligence;
                    return Some(np);
                }
                None if described.is_empty() => return None,
                // "the transportation agency", "the regulatory agency": a
                // state's, unless a trade has it ("the advertising agency").
                None if described.iter().all(|w| !is_cap(w)) && !is_cap(doc.text(t1 - 1)) => {
                    let trade = described
                        .iter()
                        .any(|w| AGENCY_TRADES.contains(&w.to_lowercase().as_str()));
                    np.kind = if trade {
                        SourceKind::Organization
                    } else {
                        SourceKind::Official
                    };
                    return Some(np);
                }
                // A name of its own is typed below like any name.
                None => {}
            }
        }
        // "The service said": the intelligence service cited last, or one
        // named since ("Russia's Federal Security Service ... The service
        // added", "the Russian service"); with none, no anaphor (a postal
        // or bus service).
        let nationality_only = content.len() == 1 || country.is_some();
        if content.last() == Some(&"service") && nationality_only && words[0] == "the" {
            let service = |e: &Entry| {
                e.kind == EntryKind::Intelligence
                    && std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|a| a.to_lowercase().contains("service"))
                    && of_country(e)
            };
            let named = self.named_outlet_before(doc.toks[t0].start, service);
            let cited = mem.agency.as_ref().filter(|r| {
                r.kind == SourceKind::Intelligence
                    && r.name.to_lowercase().contains("service")
                    && cited_of_country(r)
            });
            if let Some((kind, name)) = latest(named, cited, mem.agency_at) {
                np.kind = kind;
                np.resolved = Some(name);
                return Some(np);
            }
        }
        // A country or capital standing for its government: "Pyongyang
        // denied", "Ivory Coast today predicted".
        if let Some(p) = ms.iter().rev().find(|m| m.kind == EntryKind::Place) {
            let rest_ok = (t0..t1).all(|i| {
                (i >= p.t0 && i < p.t1)
                    || DETERMINERS.contains(&self.lw(i))
                    || doc.toks[i].kind == Kind::Possessive
            });
            let demonym = self.demonym(p) || self.lx.entry(p.entry).country.is_none();
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
        // A capitalised first word of the sentence is no name by itself:
        // a determiner ("The defendant"), or a word before a lower-case head
        // ("Privacy advocates", "One tourist").
        let lead_only = caps.len() == 1
            && caps[0] == self.r.start
            && (DETERMINERS.contains(&self.lw(caps[0])) || caps[0] + 1 < t1 && ms.is_empty());
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
        let last_lower = doc.lower(last);
        if WEB_SUFFIXES
            .iter()
            .any(|d| last_lower.len() > d.len() + 1 && last_lower.ends_with(d))
        {
            np.kind = SourceKind::Media;
            return Some(np);
        }
        // "The National Intelligence Service", "the Defence Intelligence
        // Agency": whichever country's, a service's name says what it is.
        let service_name = caps.len() >= 2
            && last == t1 - 1
            && caps[caps.len() - 2] == last - 1
            && matches!(
                (doc.text(last - 1), last_text),
                (
                    "Intelligence" | "Spy",
                    "Service"
                        | "Agency"
                        | "Directorate"
                        | "Bureau"
                        | "Organisation"
                        | "Organization"
                ) | ("Security", "Service")
            );
        // Its other words are a state's: "Lloyds Shipping Intelligence
        // Service" is a company's.
        let state_words = || {
            (t0..last - 1).all(|i| {
                DETERMINERS.contains(&self.lw(i))
                    || doc.toks[i].kind == Kind::Possessive
                    || doc.mention(i).is_some_and(|m| m.kind == EntryKind::Place)
                    || matches!(
                        self.lw(i),
                        "national"
                            | "defence"
                            | "defense"
                            | "military"
                            | "foreign"
                            | "state"
                            | "federal"
                            | "central"
                            | "general"
                            | "strategic"
                            | "secret"
                            | "armed"
                            | "forces"
                    )
            })
        };
        if service_name && state_words() {
            np.kind = SourceKind::Intelligence;
            return Some(np);
        }
        // "The Jakarta Globe", "Kyiv Independent": a newspaper's name.
        if caps.len() >= 2 && PUBLICATION_WORDS.contains(&last_text) {
            np.kind = SourceKind::Media;
            return Some(np);
        }
        // "the Federal Water Agency", "the National Audit Office": a name
        // shaped like a state body's is one.
        let name: Vec<&str> = (t0..t1).map(|i| doc.text(i)).collect();
        if last + 1 == t1 && state_body_name(&name) {
            np.kind = SourceKind::Official;
            return Some(np);
        }
        // "the state weather agency AEMET", "the statistics office CBS": a
        // name after a state body's lower-case head is that body's (not a
        // trade's: "the advertising agency WPP").
        if last + 1 == t1 && t1 >= t0 + 2 {
            let head = self.lw(t1 - 2);
            let trade = (t0..t1 - 2).any(|k| {
                AGENCY_TRADES.contains(&self.lw(k)) || matches!(self.lw(k), "news" | "press")
            });
            if STATE_BODY_HEADS.contains(&head) && !is_cap(doc.text(t1 - 2)) && !trade {
                np.kind = SourceKind::Official;
                return Some(np);
            }
        }
        if ORG_SUFFIX.contains(&last_text)
            || (last_text.len() >= 2 && last_text.chars().all(|c| c.is_ascii_uppercase()))
        {
            np.kind = SourceKind::Organization;
            return Some(np);
        }
        if last + 1 != t1 {
            // "Five's Wright Stuff show", "the Newsnight programme": a
            // programme named by its title is the outlet that aired it.
            if PROGRAMME_NOUNS.contains(&self.lw(t1 - 1)) && last + 2 == t1 {
                np.kind = SourceKind::Media;
                np.personal = false;
                np.plural = false;
                return Some(np);
            }
            // "A Russian hacker said", "The England coach said": demonyms
            // and places before a common noun no list holds describe
            // someone, as lower-case words would; so does a common word
            // capitalised only because it opens the sentence ("Wine makers
            // said").
            let demonyms = caps.iter().all(|&i| {
                DETERMINERS.contains(&self.lw(i))
                    || doc.mention(i).is_some_and(|m| m.kind == EntryKind::Place)
                    || i == self.r.start && doc.mention(i).is_none() && i + 1 < t1
            });
            if demonyms {
                return self.unlisted_speaker(np, &words);
            }
            // A lower-case head after the name ("the Moscow-based firm"):
            // not a person we can name.
            return None;
        }
        if caps.len() == 1 && caps[0] == self.r.start {
            // "Officials said" is listed; an unknown capitalised first word
            // alone ("Critics") is a person-like source.
        }
        // "Texaco said": a name the article uses as a company's.
        if caps.len() == 1 && mem.names_company(doc, doc.text(caps[0])) {
            np.kind = SourceKind::Organization;
            np.personal = false;
            np.plural = false;
            return Some(np);
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

    /// The owner of "its website", "their Telegram channel" (the
    /// determiner at `t0`, the web noun at `head`): the state body or
    /// service the pronoun means. (Not "her website": a person's
    /// pronoun often looks ahead, "According to her website, Kennedy
    /// ...".)
    fn owners_page<'m>(&self, t0: usize, head: usize, mem: &'m Memory) -> Option<&'m Referent> {
        let web = matches!(
            self.lw(head),
            "website" | "site" | "page" | "account" | "channel"
        );
        let pronoun = match self.lw(t0) {
            "its" if web => "it",
            "their" if web => "they",
            _ => return None,
        };
        // A state body or service: a company's website stays a page
        // ("its website showed").
        mem.pronoun(pronoun, self.doc.toks[t0].start)
            .filter(|r| matches!(r.kind, SourceKind::Official | SourceKind::Intelligence))
    }
}

/// Words that may stand between a subject and its verb of speech.
const SPEECH_ADVERBS: WordList = WordList::new(&[
    "also",
    "even",
    "later",
    "earlier",
    "previously",
    "then",
    "recently",
    "once",
    "often",
    "still",
    "further",
    "publicly",
    "privately",
    "has",
    "have",
    "had",
]);

/// Verbs of speech after which a common noun no list holds is a speaker.
const UNLISTED_SPEECH: WordList = WordList::new(&[
    "said",
    "says",
    "say",
    "told",
    "added",
    "explained",
    "insisted",
    "stressed",
    "warned",
    "warn",
    "argued",
    "argue",
    "noted",
    "claimed",
    "complained",
    "criticised",
    "criticized",
    "wrote",
]);

/// Honours and degrees written after a name.
pub(in crate::attribution) const POST_NOMINALS: WordList = WordList::new(&[
    "AM", "AO", "AC", "MBE", "OBE", "CBE", "KBE", "DBE", "QC", "KC", "MP", "MEP", "MSP", "PhD",
]);

/// Endings of website names: a capitalised name with one is an outlet.
pub(super) const WEB_SUFFIXES: WordList = WordList::new(&[
    ".com", ".ru", ".org", ".net", ".co.uk", ".info", ".ua", ".cn", ".io", ".news", ".de", ".fr",
    ".in", ".kz", ".by", ".ir", ".tv", ".az", ".am", ".ge",
]);

/// The outlet a bare "the newspaper" or "the agency" means: one named
/// (at a byte offset) after the one last cited (at `cited_at`), else the
/// one cited; its kind and name.
pub(super) fn latest(
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

/// Lower-case words that make a body the state's: "the national
/// statistics institute", "the state agency".
const STATE_WORDS: WordList = WordList::new(&[
    "national",
    "government",
    "state",
    "federal",
    "state-run",
    "government-run",
]);

/// Describing words that make a country's agency or service its
/// intelligence service ("Russia's security service").
const SERVICE_WORDS: WordList = WordList::new(&[
    "security",
    "intelligence",
    "spy",
    "espionage",
    "counterintelligence",
    "counter-intelligence",
]);

/// Words that describe an agency without naming it: "the state news
/// agency", "the country's spy agency", "the official agency".
const AGENCY_DESCRIBERS: WordList = WordList::new(&[
    "news",
    "state",
    "state-run",
    "state-owned",
    "state-controlled",
    "official",
    "government",
    "government-run",
    "intelligence",
    "spy",
    "espionage",
    "security",
    "counterintelligence",
    "counter-intelligence",
    "foreign",
    "domestic",
    "military",
    "wire",
    "press",
    "national",
    "federal",
    "country",
    "nation",
    "same",
    "main",
    "top",
    "powerful",
    "secretive",
    "shadowy",
    "feared",
    "civilian",
    "central",
    "information",
    "semi-official",
    "agency",
]);

/// Whether `name` has every word of `words` among its words, in any case.
fn names_all(name: &str, words: &[String]) -> bool {
    if words.is_empty() {
        return true;
    }
    let name = name.to_lowercase();
    let have: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    words
        .iter()
        .all(|w| have.contains(&w.to_lowercase().as_str()))
}

/// Words that take a part of a group: "some of the officials".
pub(super) const PARTITIVES: WordList = WordList::new(&[
    "some", "many", "most", "all", "both", "several", "few", "each", "one", "none", "either",
    "neither",
]);

/// Whether a matched text ends in the noun for one member of a legislature
/// or council ("the senator", "a Labour MP"): a person, whom a later "he" or
/// "she" may mean, though the lexicon lists the noun with the body.
fn is_member_noun(text: &str) -> bool {
    let last = text.rsplit([' ', '\n']).next().unwrap_or(text);
    MEMBER_NOUNS.contains_ignore_ascii_case(last)
}

const MEMBER_NOUNS: WordList = WordList::new(&[
    "senator",
    "sen.",
    "congressman",
    "congresswoman",
    "lawmaker",
    "legislator",
    "mp",
    "mep",
    "backbencher",
    "councillor",
    "councilman",
    "councilwoman",
    "assemblyman",
    "assemblywoman",
]);

/// Participles before "by" that name an owner: "a tabloid run by".
const OWNING: WordList = WordList::new(&[
    "run",
    "owned",
    "controlled",
    "operated",
    "published",
    "backed",
    "funded",
]);

/// Nouns for one outlet: "the newspaper" may mean the last one named.
pub(in crate::attribution) const OUTLET_NOUNS: WordList = WordList::new(&[
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
]);

/// Words that end a phrase before a verb without being its head noun ("a
/// parable much told").
pub(super) const NOT_NOUNS: WordList = WordList::new(&[
    "much", "more", "most", "less", "still", "even", "just", "only", "now", "here", "there",
    "again", "too", "very", "all", "both", "each", "once", "later", "earlier", "today", "first",
    "last", "other", "others", "another", "same", "own",
]);

/// Whether a word names an office of a service, whose holder speaks
/// officially too (the spec's "CIA director").
fn service_office(word: &str) -> bool {
    matches!(
        word,
        "director" | "chief" | "head" | "minister" | "spokesman" | "spokeswoman" | "spokesperson"
    )
}

/// Whether a role word names a service's staff rather than an office in
/// it: "officials" or "officers" of a service speak for the service alone;
/// its director or spokesman holds an office as well (the spec's "CIA
/// director").
fn service_staff(head: &str) -> bool {
    matches!(
        head.to_lowercase().trim_end_matches('s'),
        "official"
            | "officer"
            | "agent"
            | "operative"
            | "analyst"
            | "employee"
            | "staff"
            | "source"
            | "personnel"
            | "spie"
            | "spy"
            | "member"
            | "expert"
    )
}

/// Whether the intelligence ministry of an article that names no country
/// with "the intelligence minister" is the intelligence service. The
/// article's own outlet decides first (its country's ministry), then the
/// ministry the article names itself ("Iran's intelligence ministry said
/// ... the intelligence minister"), then the first country it names that
/// has an intelligence ministry ("Speaking in Tabriz, the intelligence
/// minister ...", an Israeli reply later).
fn article_ministry_is_service(doc: &Doc, lx: &Lexicon) -> bool {
    let has_ministry =
        |c: &str| MINISTRY_IS_SERVICE.contains(&c) || MINISTRY_IS_POLICY.contains(&c);
    let own = doc
        .own_outlets
        .iter()
        .filter_map(|&id| lx.entry(id).country.as_deref())
        .find(|c| has_ministry(c));
    if let Some(c) = own {
        return MINISTRY_IS_SERVICE.contains(&c);
    }
    let names_service_ministry = doc.mentions.iter().any(|m| {
        let e = lx.entry(m.entry);
        m.kind == EntryKind::Intelligence
            && e.country
                .as_deref()
                .is_some_and(|c| MINISTRY_IS_SERVICE.contains(&c))
            && e.aliases
                .iter()
                .any(|a| a.to_ascii_lowercase().ends_with("intelligence ministry"))
    });
    names_service_ministry
        || doc
            .countries
            .iter()
            .find(|c| has_ministry(c))
            .is_some_and(|c| MINISTRY_IS_SERVICE.contains(&c.as_str()))
}

/// How far back (in bytes, about two sentences) the body cited last can be
/// what a sentence's opening "Its" means.
const RECENT_OWNER_BYTES: usize = 400;

/// How far back (in bytes) a bare "a spokesman" looks for the company it
/// speaks for.
const RECENT_COMPANY_BYTES: usize = 1000;

/// People who comment on what they are named by ("military analysts").
const COMMENTATORS: WordList = WordList::new(&[
    "analyst",
    "analysts",
    "blogger",
    "bloggers",
    "commentator",
    "commentators",
    "observer",
    "observers",
    "watcher",
    "watchers",
    "pundit",
    "pundits",
    "historian",
    "historians",
]);
