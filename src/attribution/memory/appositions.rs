//! Roles given to names: appositions ("Shaheen, a member of the Senate
//! ..., said") and predicates ("Lind was appointed director of the
//! statistics bureau", "Renn is the spokesman for the interior ministry")
//! make a later "Shaheen" (and "he") a source of the role's kind, the kind
//! of the body the role belongs to ("vice-president of DBG Technology" is a
//! company's, "governor of the Bank of Spain" the state's, "the agency's
//! general counsel" that of the agency the article named).

use super::people::name_person;
use super::Memory;
use crate::annotation::SourceKind;
use crate::attribution::mentions::{
    activity_modifier, body_kind, common_nouns, is_cap, is_role_head, ORG_SUFFIX, SUBJECT_PRONOUNS,
};
use crate::attribution::subjects::HEADS;
use crate::attribution::tokens::Kind;
use crate::attribution::word_list::WordList;
use crate::attribution::Doc;
use crate::lexicon::{class, EntryKind, Lexicon};

/// Appositions: "Shaheen, a member of the Senate ..., said" makes a later
/// "Shaheen" (and "he") a source of the role's kind; so does a role given
/// as a predicate ("Ellis was named the agency's general counsel", "Berg
/// became Sweden's defence minister", "Nasser is the spokesman for the
/// interior ministry").
pub(super) fn appositions(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    let n = doc.toks.len();
    for i in 0..n.saturating_sub(3) {
        if !is_cap(doc.text(i)) || doc.toks[i].kind != Kind::Word {
            continue;
        }
        let Some((d, form)) = role_start(doc, i) else {
            continue;
        };
        let predicate = form != Form::Apposition;
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
        let opens_role = matches!(det, "a" | "an" | "the") || owner_first || role_first;
        if !opens_role && (predicate || d == i + 2) {
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
        // A predicate gives an office only with a role at its head:
        // "Smith is a critic of the government", "McLean is the official
        // patron" name none.
        if predicate && !names_role(doc, lx, d) {
            continue;
        }
        // "Renault is a leader in our industry", "Hamid became its
        // president": a role after "is", or one of an unnamed owner, is
        // an office only in a body the phrase names.
        let needs_body = form == Form::Copula || matches!(det, "its" | "their");
        let mut from_body = false;
        let mut kinds = Vec::new();
        let mut role: Option<SourceKind> = None;
        // Where the mention of the last office kept ends.
        let mut last_end: Option<usize> = None;
        let mut j = d;
        while j < n && j < d + 14 && doc.text(j) != "," && doc.text(j) != "." {
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
                if modifier || owner || follower(doc, lx, m) {
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
                    // Nor does a listed body's whole name ("president of
                    // the Inter-American Development Bank").
                    let listed = matches!(m.kind, EntryKind::Official | EntryKind::Intelligence);
                    if let Some(end) = company_name(doc, m.t0)
                        .filter(|&end| !(state_body || listed && end <= m.t1))
                    {
                        match kinds.last_mut() {
                            Some(last) => *last = SourceKind::Organization,
                            None => kinds.push(SourceKind::Organization),
                        }
                        from_body = true;
                        j = end;
                        continue;
                    }
                    if !matches!(m.kind, EntryKind::Place | EntryKind::None) {
                        if let Some(k) = body_kind(lx, m, r) {
                            match kinds.last_mut() {
                                Some(last) => *last = k,
                                None => kinds.push(k),
                            }
                            from_body = true;
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
                        // "a company spokesman", "a union official": a
                        // body right before the role owns it.
                        let owned = is_role_head(&doc.src[m.start..m.end])
                            && m.t0 > d
                            && doc.mention(m.t0 - 1).is_some_and(|b| {
                                matches!(b.kind, EntryKind::Organization | EntryKind::Media)
                                    && b.t1 == m.t0
                                    && !activity_modifier(doc, b, d)
                            });
                        let k = if owned {
                            doc.mention(m.t0 - 1)
                                .and_then(|b| body_kind(lx, b, k))
                                .unwrap_or(k)
                        } else {
                            k
                        };
                        // "a former CIA officer": a role right after its
                        // body is one office with it, not a second one.
                        let same_office =
                            last_end == Some(m.t0) && is_role_head(&doc.src[m.start..m.end]);
                        if same_office {
                            role = None; // its body is named: nothing owns it later
                        }
                        if !body_of_former && !same_office {
                            kinds.push(k);
                            last_end = Some(m.t1);
                            let e = lx.entry(m.entry);
                            from_body |=
                                !(e.role || e.title || is_role_head(&doc.src[m.start..m.end]));
                        }
                    }
                }
                j = m.t1.max(j + 1);
            } else if let Some((k, end)) = body_by_noun(doc, lx, j, role) {
                // "the agency's general counsel", "general counsel of the
                // agency": the body the article named before.
                match kinds.last_mut() {
                    Some(last) if role.is_some() => *last = k,
                    _ => kinds.push(k),
                }
                from_body = true;
                role = None;
                j = end;
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
        if needs_body && !from_body {
            continue;
        }
        // "a spokesman for the Higher Negotiations Committee, the main
        // opposition body": a body the article calls a non-state group is
        // no state body, whatever its noun.
        if j > d && mem.names_group(&doc.src[doc.toks[d].start..doc.toks[j - 1].end]) {
            for k in kinds.iter_mut().filter(|k| **k == SourceKind::Official) {
                *k = SourceKind::Organization;
            }
        }
        // "who heads the country's foreign intelligence service": a
        // service inside a state body is the office's kind.
        let in_service = kinds.contains(&SourceKind::Intelligence)
            && kinds
                .iter()
                .all(|k| matches!(k, SourceKind::Official | SourceKind::Intelligence));
        let kind = match (former, kinds.as_slice()) {
            (_, []) => continue,
            (false, _) if in_service => SourceKind::Intelligence,
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
            && !super::CONNECTIVES.contains(&doc.lower(start - 1))
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

/// Where the role of the name at token `i` starts, and whether it is given
/// by a predicate: "Name, a member of ...", "Name, who is (serves as,
/// became, was named) ...", or a predicate right after the name: "Name is
/// the spokesman ...", "Name became ...", "Name was named (appointed,
/// picked ...) as ...", "Name serves as ...".
fn role_start(doc: &Doc, i: usize) -> Option<(usize, Form)> {
    let w = |k: usize| doc.toks.get(k).map_or("", |_| doc.lower(k));
    // How many words of a predicate start at `k`: a copula, "became", an
    // appointment ("was named as"), "serves as".
    let predicate = |k: usize| -> Option<(usize, Form)> {
        let appointed = |k: usize| {
            matches!(
                w(k),
                "named"
                    | "appointed"
                    | "picked"
                    | "chosen"
                    | "tapped"
                    | "nominated"
                    | "promoted"
                    | "elected"
                    | "installed"
            )
            .then(|| {
                if matches!(w(k + 1), "as" | "to") {
                    2
                } else {
                    1
                }
            })
        };
        // A role held in the past ("was the spokesman", "served as") is
        // no office now; one taken up ("was named", "became") is.
        match w(k) {
            "became" | "becomes" => Some((1, Form::Taken)),
            "serves" | "works" if w(k + 1) == "as" => Some((2, Form::Taken)),
            "is" | "was" => match appointed(k + 1) {
                Some(a) => Some((1 + a, Form::Taken)),
                None => (w(k) == "is").then_some((1, Form::Copula)),
            },
            "has" | "had" if w(k + 1) == "been" => appointed(k + 2).map(|a| (2 + a, Form::Taken)),
            _ => None,
        }
    };
    if doc.text(i + 1) == "," {
        // "Name, who is a member of ...", "Name, who serves as ...".
        if w(i + 2) == "who" {
            if let Some((p, _)) = predicate(i + 3) {
                return Some((i + 3 + p, Form::Apposition));
            }
            // "who was a member of ...": in a description, the past too.
            if w(i + 3) == "was" || HEADS.contains(&w(i + 3)) {
                return Some((i + 4, Form::Apposition));
            }
        }
        return Some((i + 2, Form::Apposition));
    }
    // A predicate after a name, not after a pronoun, a determiner or a
    // listed name ("Russia is a member of ..."): "He is the spokesman".
    let word = doc.lower(i);
    let pronoun = SUBJECT_PRONOUNS.contains(&word)
        || matches!(
            word,
            "this" | "that" | "there" | "the" | "who" | "what" | "which"
        );
    let named = doc.mention(i).is_some_and(|m| m.kind != EntryKind::Person);
    if pronoun || named || !doc.text(i).chars().any(char::is_lowercase) {
        return None;
    }
    predicate(i + 1).map(|(p, form)| (i + 1 + p, form))
}

/// How a role is given to a name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// "Name, a member of ...", "Name, who is ...".
    Apposition,
    /// Taken up: "Name became ...", "Name was named ...", "Name serves as".
    Taken,
    /// "Name is the spokesman ...".
    Copula,
}

/// Whether the noun phrase at token `d` is headed by a role: a role noun
/// ("spokesman", "member", "counsel") or a listed role or title ends it,
/// before a preposition, a clause or the end of the phrase ("the
/// agency's general counsel in January", not "the official patron").
fn names_role(doc: &Doc, lx: &Lexicon, d: usize) -> bool {
    let n = doc.toks.len();
    let end = (d..(d + 8).min(n))
        .find(|&k| {
            matches!(doc.toks[k].kind, Kind::Punct | Kind::Number)
                || doc.class(k) & (class::SPEECH | class::WEAK) != 0
                // "the agency's general counsel a year later"
                || k > d && matches!(doc.lower(k), "a" | "an" | "the" | "last" | "this" | "next")
                || matches!(
                    doc.lower(k),
                    "of" | "for" | "at" | "in" | "on" | "with" | "to" | "from" | "by" | "since"
                        | "until" | "and" | "who" | "which" | "that" | "because" | "as" | "when"
                        | "after" | "before" | "while"
                )
        })
        .unwrap_or((d + 8).min(n));
    if end == d {
        return false;
    }
    let head = end - 1;
    is_role_head(doc.text(head))
        || doc.mention(head).is_some_and(|m| {
            let e = lx.entry(m.entry);
            m.t1 == end && (e.role || e.title)
        })
}

/// A body a role belongs to, named by a common noun the article used in a
/// body's name before ("the agency" after "the National Security Agency"),
/// at token `j`: "the agency's general counsel" (a role head follows) or
/// "general counsel of the agency" (after a role); its kind for the role,
/// and where the phrase ends.
fn body_by_noun(
    doc: &Doc,
    lx: &Lexicon,
    j: usize,
    role: Option<SourceKind>,
) -> Option<(SourceKind, usize)> {
    let n = doc.toks.len();
    if doc.lower(j) != "the" || j + 2 >= n || doc.toks[j + 1].kind != Kind::Word {
        return None;
    }
    let noun = doc.lower(j + 1);
    if is_cap(doc.text(j + 1)) || doc.mention(j + 1).is_some() || is_role_head(noun) {
        return None;
    }
    let possessive = doc.toks[j + 2].kind == Kind::Possessive;
    let end = if possessive { j + 3 } else { j + 2 };
    let owner_of_role = possessive
        && (end..(end + 3).min(n))
            .take_while(|&k| doc.toks[k].kind == Kind::Word)
            .any(|k| is_role_head(doc.text(k)));
    let after_role = !possessive
        && j > 0
        && matches!(doc.lower(j - 1), "of" | "for" | "at")
        && (role.is_some() || j > 1 && is_role_head(doc.text(j - 2)));
    if !owner_of_role && !after_role {
        return None;
    }
    let at = doc.toks[j].start;
    let body = doc.mentions.iter().rev().find(|m| {
        m.start < at
            && m.kind.is_body()
            && doc.src[m.start..m.end]
                .rsplit(' ')
                .next()
                .is_some_and(|last| last.eq_ignore_ascii_case(noun))
    })?;
    let k = body_kind(lx, body, role.unwrap_or(SourceKind::Official))?;
    Some((k, end))
}

/// Nouns for people in no office: an apposition headed by one gives its
/// name none.
const PRIVATE_PEOPLE: WordList = WordList::new(&[
    "man", "woman", "person", "boy", "girl", "gunman", "suspect", "father", "mother", "son",
    "daughter", "wife", "husband", "brother", "sister", "victim", "driver", "resident",
]);

/// Nouns of things an apposition may describe: a name they describe is no
/// person's.
const THINGS: WordList = WordList::new(&[
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
]);

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
const STATE_ONLY_ROLES: WordList = WordList::new(&[
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
]);

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

/// Whether a mention of a person or office-holder modifies a noun of
/// someone related to them: "a Trump supporter", "a longtime Putin critic",
/// "an Obama ally" holds no office of theirs ("a Trump aide" does).
fn follower(doc: &Doc, lx: &Lexicon, m: &crate::attribution::DocMention) -> bool {
    (m.kind == EntryKind::Person || lx.entry(m.entry).office.is_some())
        && m.t1 < doc.toks.len()
        && RELATIONS.contains(&doc.lower(m.t1))
}

/// Nouns of people related to someone, not working for them.
const RELATIONS: WordList = WordList::new(&[
    "supporter",
    "supporters",
    "ally",
    "allies",
    "critic",
    "critics",
    "loyalist",
    "loyalists",
    "donor",
    "donors",
    "fan",
    "fans",
    "friend",
    "friends",
    "confidant",
    "confidante",
    "associate",
    "associates",
    "opponent",
    "opponents",
    "rival",
    "rivals",
    "backer",
    "backers",
    "biographer",
]);
