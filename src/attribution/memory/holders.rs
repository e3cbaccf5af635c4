//! Office-holders the article names: a name right after a role ("North
//! Korean leader Kim Jong Un", "CIA Director Gina Haspel"), a role alone
//! opening a sentence ("The minister visited ..."), well-known holders from
//! the lexicon named in full, and the other people who share a part of
//! their name ("Kim Dong Chul" besides Kim Jong Un).

use super::people::sentence_subject;
use super::{heading_line, object_position, Memory, Referent, BODY_NOUNS, PARTICLES};
use crate::annotation::SourceKind;
use crate::attribution::mentions::{
    after_company_name, body_kind, is_cap, is_role_head, role_kind,
};
use crate::attribution::names;
use crate::attribution::tokens::Kind;
use crate::attribution::word_list::WordList;
use crate::attribution::{Doc, DocMention};
use crate::lexicon::{class, EntryKind, Lexicon};

/// Remembers the office-holders named in the article: well-known holders
/// in full, names after roles, roles opening a sentence, bodies named
/// after their noun ("human rights group Liberty").
pub(super) fn office_holders(doc: &Doc, lx: &Lexicon, mem: &mut Memory) {
    let n = doc.toks.len();
    let mut searched: Vec<usize> = Vec::new();
    // Holders whose surname the article gives to someone else and whose
    // own name it never gives in full.
    let bare = |m: &DocMention| m.t1 == m.t0 + 1;
    // Each office-holder mention's test, once.
    let other: Vec<bool> = doc
        .mentions
        .iter()
        .map(|m| {
            let e = lx.entry(m.entry);
            e.office.is_some() && given_name_before(doc, m, &e.name)
        })
        .collect();
    for (m, &o) in doc.mentions.iter().zip(&other) {
        if o && !mem.displaced.contains(&m.entry) {
            mem.displaced.push(m.entry);
        }
    }
    mem.displaced.retain(|&entry| {
        !doc.mentions
            .iter()
            .zip(&other)
            .any(|(m, &o)| m.entry == entry && !bare(m) && !o)
    });
    for (m, &o) in doc.mentions.iter().zip(&other) {
        let e = lx.entry(m.entry);
        // Well-known office-holders named in full; not a surname of theirs
        // after another given name ("Michelle Obama": someone else), nor a
        // bare surname the article gives only to someone else.
        if e.office.is_some() && (o || bare(m) && mem.displaced.contains(&m.entry)) {
            continue;
        }
        if e.office.is_some() {
            let name = &doc.src[m.start..m.end];
            // The head of a service speaks for it ("Budanov said").
            let kind = if mem.out_of_office.contains(&m.entry) {
                SourceKind::Person
            } else if m.kind == EntryKind::Intelligence {
                SourceKind::Intelligence
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
                    also_official: kind == SourceKind::Intelligence,
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
        // "human rights group Liberty", "the newspaper Pravda": the name
        // after a body's noun is the body's, no person's (a later "she" is
        // not Liberty).
        let body_noun = BODY_NOUNS.contains(&doc.lower(m.t1 - 1));
        // "The interior minister, Jose Catala, visited", "The mayor of
        // Valencia, Ana Ruiz, said": a full name in commas after a role
        // (and the body it is of) holds it too.
        let apposed = (!body_noun
            && (e.role || is_role_head(&doc.src[m.start..m.end]))
            && opens_sentence(doc, m.t0))
        .then(|| apposed_name_start(doc, m.t1))
        .flatten();
        // "The president of the union, John Smith,": the body the role is
        // of gives its kind; with no body named, only a role a state alone
        // has ("the mayor", not "the president" or "the spokesman", who may
        // be a club's) gives one.
        let of_body = apposed
            .filter(|_| doc.lower(m.t1) == "of")
            .and_then(|first| {
                (m.t1 + 1..first)
                    .filter_map(|k| doc.mention(k))
                    .find(|b| !matches!(b.kind, EntryKind::None | EntryKind::Place))
            });
        let state_role = STATE_ROLES.contains(&doc.lower(m.t1 - 1));
        let apposed = apposed.filter(|_| of_body.is_some() || state_role);
        let kind = of_body.and_then(|b| body_kind(lx, b, kind)).unwrap_or(kind);
        let first = apposed.unwrap_or(m.t1);

        let mut j = first;
        let mut name_end = j;
        while j < n && j < first + 4 {
            let t = &doc.toks[j];
            let txt = doc.text(j);
            // A heading ending in a title names nobody on the next line.
            let gap = &doc.src[doc.toks[j - 1].end..t.start];
            if gap.contains("\n\n") || gap.contains('\n') && heading_line(doc.src, t.start) {
                break;
            }
            // "Khalid al-Aiser": a family name joined to its particle.
            let particle_name = txt.contains('-') && names::is_particle(txt);
            if t.kind == Kind::Word
                && (is_cap(txt) || particle_name)
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
            } else if body_noun
                && name_end > m.t1
                && t.kind == Kind::Word
                && names::NAME_JOINERS.contains(&txt)
                && j + 1 < n
                && is_cap(doc.text(j + 1))
            {
                // "the newspaper Welt am Sonntag", "magazine Business and
                // Finance": a short word inside a body's name.
                j += 1;
            } else {
                break;
            }
        }
        // An apposed name is a full one, closed by its comma.
        if apposed.is_some() && (name_end < first + 2 || doc.text(name_end) != ",") {
            name_end = m.t1;
        }
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
            let s = doc.toks[first].start;
            let e2 = doc.toks[name_end - 1].end;
            if former {
                mem.remember_former(&doc.src[s..e2]);
            } else {
                mem.remember_name(&doc.src[s..e2], kind);
            }
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
}

/// Roles only a state has: a name in commas after one of them holds it
/// ("The interior minister, Jose Catala,").
const STATE_ROLES: WordList = WordList::new(&[
    "minister",
    "mayor",
    "governor",
    "ambassador",
    "senator",
    "congressman",
    "congresswoman",
    "lawmaker",
    "legislator",
    "envoy",
    "consul",
    "counsellor",
    "premier",
    "prosecutor",
    "commissioner",
]);

/// Whether the role at token `t0` opens its sentence with the words before
/// it: "The city's mayor", "The interior minister" (not "a statement by
/// another campaign adviser, Carter Page, that ...").
fn opens_sentence(doc: &Doc, t0: usize) -> bool {
    let boundary = |k: usize| {
        k == 0
            || doc.src[doc.toks[k - 1].end..doc.toks[k].start].contains('\n')
            || matches!(doc.text(k - 1), "." | "!" | "?" | "\"" | "”")
    };
    let mut k = t0;
    while k > 0 && t0 - k < 4 && !boundary(k) {
        let p = k - 1;
        if !matches!(doc.toks[p].kind, Kind::Word | Kind::Possessive) {
            return false;
        }
        k = p;
        if matches!(doc.lower(p), "the" | "a" | "an") {
            break;
        }
    }
    boundary(k)
}

/// Where a name in commas after a role ending at token `t1` starts: right
/// after the comma, or after the body the role is "of" ("mayor of
/// Valencia, Ana Ruiz,").
fn apposed_name_start(doc: &Doc, t1: usize) -> Option<usize> {
    let n = doc.toks.len();
    let mut k = t1;
    if k < n && doc.lower(k) == "of" {
        k += 1;
        while k < n && k < t1 + 6 && doc.toks[k].kind == Kind::Word {
            k += 1;
        }
    }
    (k + 1 < n && doc.text(k) == "," && is_cap(doc.text(k + 1))).then_some(k + 1)
}

/// Whether the office-holder mention `m` (of the holder named `full`)
/// is a surname after another given name ([`names::other_given_name`]).
fn given_name_before(doc: &Doc, m: &DocMention, full: &str) -> bool {
    if m.t0 == 0 {
        return false;
    }
    // Two words back: "Gabriela de Bukele".
    let from = doc.toks[m.t0.saturating_sub(2)].start;
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
