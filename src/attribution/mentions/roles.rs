//! Roles and the bodies they belong to: a role's kind comes from its body
//! ("CIA Director", "union leader"), state bodies and wholly state-run
//! press systems, company officers.

use super::*;
use crate::attribution::word_list::WordList;

/// The kind a generic role ("spokesman", "officials") takes from the words
/// before it: a company's spokesman is an organisation's.
pub(in crate::attribution) fn role_kind(
    doc: &Doc,
    lx: &Lexicon,
    t0: usize,
    role: usize,
) -> Option<SourceKind> {
    // "officials" name government people even after an unknown name
    // ("Shanghai officials"); a spokesman after one speaks for a company.
    let governmental = doc.lower(role).starts_with("official");
    for j in (t0..role).rev() {
        if let Some(m) = doc.mention(j) {
            if activity_modifier(doc, m, t0) {
                continue;
            }
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
            // "The Federal Statistics Office": a state word names a state
            // body.
            let state = STATE_BODY_FIRST.contains(&t) || state_title(doc, t0, role);
            return Some(if governmental || state {
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

/// Whether `t0..=role` is a capitalised title of a state's office: "Deputy
/// National Security Adviser", "Homeland Security Secretary" (not a
/// company's "Chief Executive").
fn state_title(doc: &Doc, t0: usize, role: usize) -> bool {
    const TITLES: WordList = WordList::new(&[
        "Adviser",
        "Advisor",
        "Secretary",
        "Minister",
        "Commissioner",
        "Undersecretary",
    ]);
    const PORTFOLIOS: WordList = WordList::new(&[
        "Security", "Defence", "Defense", "Foreign", "Homeland", "Treasury", "Justice",
    ]);
    TITLES.contains(&doc.text(role))
        && (t0..role).any(|j| {
            let w = doc.text(j);
            STATE_BODY_FIRST.contains(&w) || PORTFOLIOS.contains(&w)
        })
}

impl Ctx<'_, '_> {
    /// The kind of an outlet phrase `t0..t1` (its head at `head`) by its
    /// owner: one the state runs ("the Kremlin-controlled broadcaster",
    /// "Russian state-controlled Channel One") or a state body owns ("the
    /// judiciary's Mizan news agency", "the defence ministry's newspaper")
    /// is state media, whatever the lexicon says of its name; a state
    /// body's own website or account is the body speaking ("The Health
    /// Ministry's website said"); any other stays media.
    pub(super) fn owned_outlet_kind(&self, t0: usize, head: usize, t1: usize) -> SourceKind {
        let doc = self.doc;
        // The state body owning the outlet through the possessive at `k`.
        let owner = |k: usize| {
            if k <= t0 || doc.toks[k].kind != Kind::Possessive {
                return None;
            }
            if STATE_OWNERS.contains(&self.lw(k - 1)) {
                return Some(SourceKind::Official);
            }
            let m = doc.mention(k - 1)?;
            let body = is_cap(doc.text(m.t0)) && !self.lx.entry(m.entry).role;
            match m.kind {
                EntryKind::Official if body => Some(SourceKind::Official),
                EntryKind::Intelligence if body => Some(SourceKind::Intelligence),
                _ => None,
            }
        };
        // A news outlet, not a body's own website or press statement.
        let last = self.lw(t1 - 1);
        let news_outlet = last == "agency" || last != "website" && OUTLET_NOUNS.contains(&last);
        if (t0..head).any(|k| state_controlled(self.lw(k)) || news_outlet && owner(k).is_some()) {
            return SourceKind::StateMedia;
        }
        if matches!(self.lw(t1 - 1), "website" | "site" | "account" | "page") {
            if let Some(kind) = (t0 + 1..t1).find_map(owner) {
                return kind;
            }
        }
        SourceKind::Media
    }
}

/// Whether a modifier says the state controls what it modifies:
/// "state-run", "Kremlin-controlled", "government-owned" (not
/// "pro-government").
fn state_controlled(word: &str) -> bool {
    word.split_once('-').is_some_and(|(by, how)| {
        matches!(
            by,
            "state" | "government" | "kremlin" | "regime" | "party" | "army" | "military" | "junta"
        ) && matches!(
            how,
            "controlled" | "run" | "owned" | "funded" | "backed" | "affiliated" | "sponsored"
        )
    })
}

/// Owners whose outlets are state media: "the army's television channel".
const STATE_OWNERS: WordList = WordList::new(&[
    "government",
    "army",
    "military",
    "judiciary",
    "ministry",
    "presidency",
    "parliament",
    "kremlin",
    "state",
    "regime",
    "junta",
    "cabinet",
]);

/// Whether the mention `m` inside a phrase from `t0` is an activity that
/// modifies the noun after it, not a body owning it: "the emergency
/// management bureau", "a water management official" (management of
/// something, not a company's managers).
pub(in crate::attribution) fn activity_modifier(doc: &Doc, m: &DocMention, t0: usize) -> bool {
    m.t1 == m.t0 + 1
        && doc.lower(m.t0) == "management"
        && m.t0 > t0
        && doc.toks[m.t0 - 1].kind == Kind::Word
        && !is_cap(doc.text(m.t0 - 1))
        && !DETERMINERS.contains(&doc.lower(m.t0 - 1))
}

/// Head nouns of roles: a person speaking for a body, whose kind is the
/// body's ("a spokesman for the rebel army", "the union's general
/// secretary", "a Ministry of Agriculture economist").
pub(super) const ROLE_WORDS: WordList = WordList::new(&[
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
    "chairmen",
    "chairwoman",
    "presidents",
    "directors",
    "ministers",
    "governors",
    "envoys",
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
]);

/// Whether token `t` comes right after a company's name: an acronym that
/// names a company in this article ("MCI president") or a name ending in a
/// company suffix ("Acme Corp president").
pub(in crate::attribution) fn after_company_name(doc: &Doc, t: usize) -> bool {
    t > 0
        && (doc.company_acronyms.iter().any(|a| a == doc.text(t - 1))
            || COMPANY_SUFFIX.contains(&doc.text(t - 1)) && t > 1 && is_cap(doc.text(t - 2)))
}

/// Words that end a company's name (not "Bank", "Agency": central banks
/// and state agencies end so too).
pub(in crate::attribution) const COMPANY_SUFFIX: WordList = WordList::new(&[
    "Inc", "Inc.", "Co", "Co.", "Corp", "Corp.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "LLC", "AG",
    "SA", "Holdings", "Motors", "Airlines",
]);

/// Whether tokens `a..b` are lower-case words none of which a list holds:
/// a body named by common nouns ("dairy cooperative", "competitor").
pub(in crate::attribution) fn common_nouns(doc: &Doc, a: usize, b: usize) -> bool {
    a < b
        && (a..b).all(|k| {
            doc.toks[k].kind == Kind::Word && !is_cap(doc.text(k)) && doc.mention(k).is_none()
        })
}

/// Whether a matched role text ends in a role head noun.
pub(in crate::attribution) fn is_role_head(text: &str) -> bool {
    let from = text
        .bytes()
        .rposition(|b| matches!(b, b' ' | b'-' | b'\n'))
        .map_or(0, |i| i + 1);
    let last = &text[from..];
    // Most words are no role: the length and first letter rule them out
    // before any comparison (this runs for every capitalised word).
    ROLE_WORDS.contains_ignore_ascii_case(last)
}

/// The kind a role takes from the body it belongs to: an official body's
/// people are official, a service's are intelligence, a company's, union's,
/// outlet's or armed group's are other sources (a party's are politicians);
/// a country makes officials official but leaves an expert an expert.
pub(in crate::attribution) fn body_kind(
    lx: &Lexicon,
    body: &DocMention,
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
pub(super) const STATE_RUN_PRESS: WordList =
    WordList::new(&["CN", "KP", "VN", "CU", "LA", "ER", "TM", "SU", "SY"]);

/// Countries whose intelligence ministry is the intelligence service.
pub(super) const MINISTRY_IS_SERVICE: WordList = WordList::new(&["IR"]);

/// Countries with an intelligence ministry that is a policy ministry, not
/// the service (Israel's Ministry of Intelligence).
pub(super) const MINISTRY_IS_POLICY: WordList = WordList::new(&["IL"]);

/// Whether a capitalised body name is shaped like a state body's: "Federal
/// ... Board", "National ... Council".
pub(in crate::attribution) fn state_body_name(words: &[&str]) -> bool {
    let first = words.iter().find(|w| !matches!(**w, "The" | "the"));
    // The head ends the name ("Federal Aviation Safety Board") or comes
    // before "of"/"for" ("State Administration of Radio, Film and
    // Television").
    let head = words.iter().enumerate().any(|(k, w)| {
        let last = k + 1 == words.len();
        let before_of = words.get(k + 1).is_some_and(|n| matches!(*n, "of" | "for"));
        (last || before_of) && STATE_BODY_HEADS.contains(&w.to_ascii_lowercase().as_str())
    });
    // A capitalised name ending in a head only a state's bodies have
    // ("Water Resources Authority", "Mining Inspectorate", "Defense
    // Logistics Agency") needs no state word first; the press's own bodies
    // and the trades that have agencies do not count ("Press Complaints
    // Commission", "a Talent Agency").
    let state_head = words.len() >= 2
        && words.last().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "authority" | "commission" | "ministry" | "directorate" | "inspectorate" | "agency"
            )
        })
        && words
            .iter()
            .all(|w| is_cap(w) || matches!(*w, "of" | "and" | "for" | "the"))
        && !words.iter().any(|w| {
            matches!(*w, "News" | "Press" | "Media")
                || AGENCY_TRADES.contains(&w.to_ascii_lowercase().as_str())
        });
    first.is_some_and(|f| STATE_BODY_FIRST.contains(f)) && head || state_head
}

/// The kind a listed body inside the capitalised name `start..end` gives
/// the whole name. A body named by a generic head noun takes any words
/// before it ("Monetary Policy Committee", "Defense Department") and the
/// kind of a listed body that modifies it ("Federal Reserve Board"); a
/// proper name heads it only after places, state words and titles ("the
/// U.S. Congress", "Kremlin"): "Trades Union Congress" is a union,
/// "National Liberation Army" an armed group. A state office or a role
/// "of" a listed body serves it ("Office of the Director of National
/// Intelligence", "Additional Superintendent of Police"). Titles are no
/// body ("Supermarkets General Corp").
pub(in crate::attribution) fn listed_head_kind(
    doc: &Doc,
    lx: &Lexicon,
    start: usize,
    end: usize,
) -> Option<SourceKind> {
    // The head ends the name or comes before its first "of"/"for"/"on".
    let of = (start + 1..end).find(|&k| matches!(doc.text(k), "of" | "for" | "on"));
    let head = of.unwrap_or(end) - 1;
    let generic = |k: usize| {
        let w = doc.lower(k);
        STATE_BODY_HEADS.contains(&w)
            || matches!(
                w,
                "court"
                    | "cabinet"
                    | "government"
                    | "bank"
                    | "police"
                    | "assembly"
                    | "organisation"
                    | "organization"
                    | "command"
                    | "superintendent"
                    | "inspector"
                    | "commissioner"
            )
            || is_role_head(doc.text(k))
    };
    let title = |m: &DocMention| lx.entry(m.entry).title;
    let state = |m: &DocMention| matches!(m.kind, EntryKind::Official | EntryKind::Intelligence);
    // Words that may come before a proper name heading a body's name:
    // places, state words, titles and other state bodies ("IRGC Navy").
    let modifier = |j: usize| {
        matches!(doc.text(j), "The" | "the")
            || STATE_BODY_FIRST.contains(&doc.text(j))
            || super::super::names::HONORIFICS.contains(&doc.text(j))
            || doc
                .mention(j)
                .is_some_and(|m| m.kind == EntryKind::Place || title(m) || state(m))
    };
    let served = of.is_some_and(|p| generic(p - 1));
    // "President Andrés Manuel López Obrador": a title, then a name of
    // two words or more (not a firm's: "General Automation Inc").
    let titled = |m: &DocMention| {
        (title(m) || is_role_head(&doc.src[m.start..m.end]))
            && (start..m.t0).all(modifier)
            && head > m.t1
            && (m.t1..=head).all(|k| is_cap(doc.text(k)))
            && !generic(head)
            && !ORG_SUFFIX.contains(&doc.text(head))
    };
    let counts = |m: &DocMention| {
        if titled(m) {
            return true;
        }
        if title(m) {
            return false; // "Supermarkets General Corp"
        }
        let covers_head = m.t0 <= head && m.t1 > head;
        // A listed office-holder's name is theirs whatever title comes
        // first ("Treasury Secretary James Baker").
        let holder = lx.entry(m.entry).office.is_some();
        // "International Coffee Organization, ICO": the name, then its
        // acronym after a comma.
        let after_comma = m.t0 > start && doc.text(m.t0 - 1) == ",";
        let before_comma = m.t1 < end && doc.text(m.t1) == "," && (start..m.t0).all(modifier);
        let heads = covers_head
            && (generic(head) || holder || after_comma || (start..m.t0).all(modifier))
            || before_comma;
        let modifies = m.t1 <= head && generic(head);
        let serves = served && of.is_some_and(|p| m.t0 > p);
        heads || modifies || serves
    };
    let mut k = start;
    while k < end {
        let Some(m) = doc.mention(k) else {
            k += 1;
            continue;
        };
        k = m.t1.max(k + 1);
        let kind = match m.kind {
            EntryKind::Official | EntryKind::Intelligence | EntryKind::StateMedia => {
                SourceKind::from_entry(m.kind)
            }
            _ => None,
        };
        if let Some(kind) = kind.filter(|_| counts(m)) {
            return Some(kind);
        }
    }
    None
}

/// Trades whose firms are agencies: "the advertising agency", "Fitch
/// Ratings Agency" are no state body.
pub(super) const AGENCY_TRADES: WordList = WordList::new(&[
    "advertising",
    "ad",
    "travel",
    "rating",
    "ratings",
    "credit",
    "employment",
    "recruitment",
    "talent",
    "marketing",
    "insurance",
    "estate",
    "shipping",
    "dating",
    "literary",
    "photo",
    "model",
    "modelling",
    "modeling",
    "design",
    "creative",
    "detective",
    "collection",
    "debt",
    "aid",
    "relief",
    "humanitarian",
    "charity",
    "adoption",
    "staffing",
    "booking",
    "sports",
    "football",
    "transfer",
    "press",
    "photographic",
    "picture",
]);

/// The first word of a capitalised body name that marks it as the state's.
pub(super) const STATE_BODY_FIRST: WordList = WordList::new(&[
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
]);

/// The head nouns of state bodies' names.
pub(in crate::attribution) const STATE_BODY_HEADS: WordList = WordList::new(&[
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
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_word_is_a_role_head_in_any_case() {
        for w in ROLE_WORDS {
            assert!(is_role_head(w), "{w}");
            assert!(is_role_head(&w.to_uppercase()), "{w}");
            assert!(is_role_head(&format!("the union's {w}")), "{w}");
        }
        assert!(!is_role_head("spokes"));
        assert!(!is_role_head("the minister's car"));
    }
}
