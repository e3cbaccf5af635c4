//! Tags: a sentence's attributions (source, cue, content) turned into its
//! tags, sources, evidence, speaker and channel, as the output shows them.

use super::cues::Found;
use super::mentions::{is_role_head, STATIONED};
use super::names::{self, NameIndex};
use super::tokens::Kind;
use super::Doc;
use crate::annotation::{Evidence, Sentence, Source, SourceKind, Span, SpanText, Tag};
use crate::attribution::word_list::WordList;
use crate::lexicon::{EntryKind, Lexicon};
use crate::render::one_line;

/// Who speaks in the sentence and through which outlet: the first source
/// that is not an outlet or a document speaks (else a participle hint, else
/// the outlet itself); outlets that carried the words are the channel.
pub(super) fn speaker(
    doc: &Doc,
    lx: &Lexicon,
    ix: &NameIndex,
    s: &mut Sentence,
    found: &[Found],
    hints: &[Found],
) {
    // The name `fill` gave the source, else (a participle hint) its own.
    let sources = &s.sources;
    let name = |f: &Found| {
        sources
            .iter()
            .find(|x| (x.start, x.end) == f.source)
            .and_then(|x| x.canonical.clone())
            .unwrap_or_else(|| canonical(doc, lx, ix, f))
    };
    let outlet = |f: &&Found| matches!(f.kind, SourceKind::Media | SourceKind::StateMedia);
    let person = |f: &&Found| !outlet(f) && f.kind != SourceKind::Document;
    // The speaker of the quotation is the source whose content holds it
    // ("A probe found no basis, but the director said “...”"); else the
    // first source that speaks.
    let first = found.iter().find(person);
    let two = first.is_some() && found.iter().filter(person).nth(1).is_some();
    let speaker = if two {
        let quote_at = doc.src[s.start..s.end]
            .find(['“', '"'])
            .map(|k| s.start + k);
        let holds_quote =
            |f: &&Found| quote_at.is_some_and(|q| f.content.is_some_and(|(a, b)| a <= q && q < b));
        found.iter().filter(person).find(holds_quote).or(first)
    } else {
        first
    }
    .or_else(|| hints.iter().find(person));
    // The channel as the text names it ("KCNA", "state media").
    let surface = |f: &Found| {
        f.resolved
            .clone()
            .unwrap_or_else(|| one_line(&doc.src[f.source.0..f.source.1]))
    };
    // Reporters who were told something are no channel ("told reporters").
    let addressed = |f: &&Found| {
        let text = doc.src[f.source.0..f.source.1].to_lowercase();
        let first = text
            .split_whitespace()
            .find(|w| !matches!(*w, "the" | "a"))
            .unwrap_or_default();
        matches!(
            first,
            "reporters" | "reporter" | "journalists" | "journalist" | "newsmen" | "correspondents"
        )
    };
    let outlets: Vec<String> = found
        .iter()
        .filter(outlet)
        .filter(|f| !addressed(f))
        .map(surface)
        .collect();
    let (who, via) = match speaker {
        Some(sp) => {
            let via = if outlets.is_empty() {
                channel_named(doc, lx, s, found)
            } else {
                Some(outlets.join(", "))
            };
            (Some(name(sp)), via)
        }
        None => (found.first().map(name), None),
    };
    s.speaker = who;
    s.via = via;
}

/// An outlet the words went out on, named after a preposition rather than
/// as a source: "said on CBS", "speaking to Martin Smith of PBS", "read
/// over state-run television", "quoted in newspapers including the Dhaka
/// Tribune". Outlets that are sources of the sentence are not looked at.
fn channel_named(doc: &Doc, lx: &Lexicon, s: &Sentence, found: &[Found]) -> Option<String> {
    let first = doc.mentions.partition_point(|m| m.start < s.start);
    doc.mentions[first..]
        .iter()
        .take_while(|m| m.end <= s.end)
        .filter(|m| {
            // A named outlet ("CBS"), or state media however named; not
            // "reporters" or "television" alone.
            let e = lx.entry(m.entry);
            let named = doc.src[m.start..m.end].starts_with(char::is_uppercase)
                && !e.name.contains("(generic)");
            let kind = SourceKind::from_entry(e.kind);
            (kind == Some(SourceKind::StateMedia) || kind == Some(SourceKind::Media) && named)
                && !found
                    .iter()
                    .any(|f| f.source.0 <= m.start && m.end <= f.source.1)
        })
        .find(|m| {
            // The word before, past "the" and quotation marks.
            let before = doc.src[s.start..m.start]
                .trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'".contains(c));
            let before = before.strip_suffix("the").unwrap_or(before).trim_end();
            let word = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default()
                .to_lowercase();
            matches!(
                word.as_str(),
                "on" | "over" | "in" | "including" | "of" | "to" | "told" | "via"
            )
        })
        .map(|m| one_line(&doc.src[m.start..m.end]))
}

/// The one name of a found source: the lexicon's name for a named outlet,
/// service, body or office-holder, else the fullest name the article gives the
/// person or the phrase trimmed ([`super::names::canonical`]). An anaphor
/// ("the agency", "it") is named by what it was resolved to.
fn canonical(doc: &Doc, lx: &Lexicon, ix: &NameIndex, f: &Found) -> String {
    let named = match &f.resolved {
        Some(r) => {
            // "he" for "The MIVD head, Vice Admiral Peter Reesink": the
            // person the apposition names, not the body.
            let surface = &doc.src[f.source.0..f.source.1];
            if r.contains(", ")
                && ["he", "she", "him", "her", "his"]
                    .iter()
                    .any(|p| surface.eq_ignore_ascii_case(p))
            {
                let last = r.rsplit(", ").next().unwrap_or_default();
                let words: Vec<&str> = last.split_whitespace().collect();
                // A name ends in a surname, a title in its role ("Alan
                // Moore, Lloyds Treasurer").
                let titled = words.last().is_some_and(|w| is_role_head(w));
                if words.len() >= 2 && names::capitalised_words(&words) && !titled {
                    return ix.canonical(last);
                }
            }
            let mut found = lx.mentions(r, false);
            // Cities name no source (see `place_mentions`).
            found.retain(|m| lx.entry(m.entry).kind != EntryKind::City);
            let spans = found.iter().map(|m| (m.start, m.end, m.entry));
            let named = named_entity(r, 0, spans, lx);
            // A referent the lexicon's own name names ("Netherlands Military
            // Intelligence and Security Service"): that entry, not another
            // entry's alias inside the name.
            if named.is_some_and(|e| lx.entry(e).name != *r) {
                if let Some(e) = lx.named_entry(r).filter(|e| e.name == *r) {
                    return e.name.clone();
                }
            }
            // "he" for "Iran's minister of intelligence Esmail Khatib": the
            // name after the title.
            if named.is_none() {
                if let Some(name) = resolved_name_after_title(r, &found, lx) {
                    return ix.canonical(name);
                }
                // A referent cited as "A second service, the ... agency
                // AIVD".
                if let Some(part) = apposition_part(r) {
                    let spans = found.iter().map(|m| (m.start, m.end, m.entry));
                    if let Some(name) = apposition_entity(r, part, spans, lx, f.kind) {
                        return name;
                    }
                }
            }
            named
        }
        None => {
            let spans = mention_spans(doc, f.source);
            let named = named_entity(&doc.src[..f.source.1], f.source.0, spans, lx);
            if named.is_none_or(|e| lx.entry(e).office.is_none()) {
                // The apposition inside the phrase, or one right after it
                // ("Its spokesman, Jonathan Malaya, said").
                // Not after a phrase that names its outlet or body ("the
                // Times newspaper, Ms Dunwoody, ...") without a role in it.
                let trailing = if doc.src[f.source.1..].starts_with(", ")
                    && (named.is_none()
                        || doc.src[f.source.0..f.source.1]
                            .split_whitespace()
                            .any(is_role_head))
                {
                    trailing_name_end(doc, f.source)
                } else {
                    0
                };
                let span = (f.source.0, f.source.1.max(trailing));
                if let Some(name) = apposition_name(doc, lx, ix, span, f.kind, named.is_none()) {
                    return name;
                }
            }
            named
        }
    };
    // "A former Mossad officer": someone out of a body speaks for no body.
    let body_for_person = |e: usize| {
        f.kind == SourceKind::Person && lx.entry(e).kind.is_body() && lx.entry(e).office.is_none()
    };
    if let Some(entry) = named.filter(|&e| !body_for_person(e)) {
        return lx.entry(entry).name.clone();
    }
    // An outlet the article named itself ("the newspaper Welt am Sonntag
    // said ... The newspaper added"): the name it gave.
    if let Some(r) = &f.resolved {
        let words: Vec<&str> = r.split_whitespace().collect();
        if matches!(f.kind, SourceKind::Media | SourceKind::StateMedia)
            && names::joined_body_name(&words)
        {
            return words.join(" ");
        }
    }
    if f.resolved.is_none() {
        if let Some(name) = name_after_title(doc, f.source) {
            return ix.canonical(name);
        }
        // "the Dutch statistics office CBS": the acronym the article gave
        // the body names it.
        let phrase = &doc.src[f.source.0..f.source.1];
        if let Some((a, _)) = doc.body_acronyms.iter().find(|(a, _)| {
            phrase
                .strip_suffix(a.as_str())
                .is_some_and(|rest| rest.ends_with(' '))
        }) {
            return a.clone();
        }
    }
    // In a title-case headline every word is capitalised: a body's phrase
    // there holds no person's name ("U.S. Intelligence Says ...", "UN
    // Agency Says ...").
    // Only the headline (the first line: wrapped wire text has lines of
    // capitalised words too), and a phrase that ends in a body, not in a
    // surname ("Pentagon Chief Hegseth").
    let ends_in_body = || {
        let last = doc.token_from(f.source.1).saturating_sub(1);
        doc.mention(last)
            .is_some_and(|m| m.kind.is_body() && lx.entry(m.entry).office.is_none())
            || super::memory::BODY_NOUNS.contains(&doc.lower(last))
    };
    let headline_body = f.resolved.is_none()
        && !matches!(
            f.kind,
            SourceKind::Person | SourceKind::Expert | SourceKind::Unknown
        )
        && !doc.src[..f.source.0].contains('\n')
        && ends_in_body()
        && super::title_case_line(doc.src, f.source.0);
    let name = if headline_body {
        names::trim(&doc.src[f.source.0..f.source.1])
    } else {
        ix.canonical(
            f.resolved
                .as_deref()
                .unwrap_or(&doc.src[f.source.0..f.source.1]),
        )
    };
    // A name the lexicon knows in another case ("the New China news
    // Agency"): the lexicon's name.
    let may_name = name.contains(' ') && name.chars().any(char::is_uppercase);
    match may_name.then(|| lx.named_entry(&name)).flatten() {
        Some(e) => e.name.clone(),
        None => name,
    }
}

/// The lexicon mentions that start inside bytes `start..end`, as (start,
/// end, entry); mentions are in text order, so only those are looked at.
fn mention_spans<'d>(
    doc: &'d Doc,
    (start, end): (usize, usize),
) -> impl Iterator<Item = (usize, usize, usize)> + 'd {
    let first = doc.mentions.partition_point(|m| m.start < start);
    doc.mentions[first..]
        .iter()
        .take_while(move |m| m.start < end)
        .map(|m| (m.start, m.end, m.entry))
}

/// The apposition after a phrase that describes its source by a role or a
/// noun, as a byte range of `phrase`: "Vice Admiral Peter Reesink" in "The
/// head of the MIVD, Vice Admiral Peter Reesink", "the general intelligence
/// agency AIVD" in "A second service, the general intelligence agency
/// AIVD". None for a phrase that opens with a name ("Rob McIvor, FSA
/// spokesman", "Newark, New Jersey") or a relative clause after the comma.
fn apposition_part(phrase: &str) -> Option<(usize, usize)> {
    let head = names::head(phrase);
    let rest = phrase[head.len()..].strip_prefix(", ")?;
    let part = rest.split(", ").next().unwrap_or(rest).trim_end();
    let words: Vec<&str> = head.split_whitespace().collect();
    // "Britain's domestic security service, MI5": an owner and common
    // nouns describe too.
    let described = words.first().is_some_and(|w| {
        let lower = w.to_ascii_lowercase();
        !w.starts_with(char::is_uppercase)
            || names::QUANTIFIERS.contains(&lower.as_str())
            || matches!(lower.as_str(), "its" | "his" | "her" | "their")
            || (lower.ends_with("'s") || lower.ends_with("’s"))
                && words[1..]
                    .iter()
                    .all(|w| !w.starts_with(char::is_uppercase))
    }) || words.iter().any(|w| is_role_head(w));
    let relative = matches!(
        part.split_whitespace().next(),
        Some("who" | "whose" | "which" | "that" | "whom")
    );
    let from = phrase.len() - rest.len();
    (described && !relative).then_some((from, from + part.len()))
}

/// The entity of the source's own kind an apposition names, among the
/// lexicon `spans` of `text`: AIVD for "A second service, the general
/// intelligence agency AIVD".
fn apposition_entity(
    text: &str,
    (from, end): (usize, usize),
    spans: impl Iterator<Item = (usize, usize, usize)>,
    lx: &Lexicon,
    kind: SourceKind,
) -> Option<String> {
    let entry = named_entity(&text[..end], from, spans, lx)?;
    let e = lx.entry(entry);
    (e.office.is_none() && SourceKind::from_entry(e.kind) == Some(kind)).then(|| e.name.clone())
}

/// The end of a name in commas right after a source phrase: "Its
/// spokesman, Jonathan Malaya, said" (two to four capitalised words); 0
/// when none follows.
fn trailing_name_end(doc: &Doc, (_, e): (usize, usize)) -> usize {
    let Some(rest) = doc.src[e..].strip_prefix(", ") else {
        return 0;
    };
    let Some(len) = rest.find(',') else {
        return 0;
    };
    let words: Vec<&str> = rest[..len].split_whitespace().collect();
    // "The Dutch spy agency, AIVD, said": an acronym the lexicon lists.
    let acronym = words.len() == 1
        && words[0].len() >= 2
        && words[0].chars().all(|c| c.is_ascii_uppercase())
        && doc.mention(doc.token_from(e + 2)).is_some();
    if (2..=4).contains(&words.len()) && names::capitalised_words(&words) || acronym {
        e + 2 + len
    } else {
        0
    }
}

/// The name an apposition gives a source its phrase describes
/// ([`apposition_part`]): a person's name in capitalised words, else (when
/// the description itself names no entity, `unnamed`) an entity of the
/// source's kind.
fn apposition_name(
    doc: &Doc,
    lx: &Lexicon,
    ix: &NameIndex,
    (s, e): (usize, usize),
    kind: SourceKind,
    unnamed: bool,
) -> Option<String> {
    let (a, b) = apposition_part(&doc.src[s..e])?;
    let (from, end) = (s + a, s + b);
    let part = &doc.src[from..end];
    if unnamed {
        let spans = mention_spans(doc, (from, end));
        if let Some(name) = apposition_entity(doc.src, (from, end), spans, lx, kind) {
            return Some(name);
        }
    }
    // A title and a name, every word capitalised.
    let words: Vec<&str> = part.split_whitespace().collect();
    if words.len() < 2 || !names::capitalised_words(&words) {
        return None;
    }
    if let Some(name) = name_after_title(doc, (from, end)) {
        return Some(ix.canonical(name));
    }
    names::person(part, ix).filter(|p| p.contains(' '))
}

/// The name that ends a source phrase after a listed title or body:
/// "Outgoing Director of National Intelligence James Clapper" is James
/// Clapper, "Iran's minister of intelligence Esmail Khatib" Esmail Khatib.
fn name_after_title<'a>(doc: &'a Doc, (s, e): (usize, usize)) -> Option<&'a str> {
    let (first, last) = (doc.token_from(s), doc.token_from(e));
    let title_end = (first..last)
        .filter_map(|k| doc.mention(k))
        .filter(|m| names_a_title(m.kind))
        .map(|m| m.t1)
        .max()?;
    // Honorifics and ranks are no part of the name ("Mossad Chief David
    // Barnea", "oil minister Sheikh Ali al-Sabah").
    let mut from = title_end;
    while from < last
        && (names::HONORIFICS.contains(&doc.text(from))
            || doc.text(from) == "." && from > title_end)
    {
        from += 1;
    }
    let rest = from..last;
    let name = rest.len() >= 2
        && rest.len() <= 5
        && rest.clone().all(|k| {
            doc.toks[k].kind == Kind::Word
                && doc.mention(k).is_none()
                && name_word(doc.text(k), k == from)
        });
    name.then(|| &doc.src[doc.toks[from].start..doc.toks[last - 1].end])
}

/// Whether a lexicon mention of this kind can be the title or body before
/// a person's name ("Mossad Chief", "oil minister"): not a person, an
/// outlet or nothing.
fn names_a_title(kind: EntryKind) -> bool {
    !matches!(
        kind,
        EntryKind::Person | EntryKind::None | EntryKind::Media | EntryKind::StateMedia
    )
}

/// Whether `w` may be a word of a person's name after a title: capitalised
/// (or a particle after the `first` word), and no word that names a kind of
/// body ("(China) Commercial Daily", "(Chinese) News Agency", "(British)
/// Retail Consortium").
fn name_word(w: &str, first: bool) -> bool {
    let body = super::memory::BODY_NOUNS.contains(&w.to_lowercase().as_str())
        || OUTLET_NOUNS.contains(&w)
        || super::mentions::ORG_SUFFIX.contains(&w);
    (w.starts_with(char::is_uppercase) || !first && names::is_particle(w)) && !body
}

/// [`name_after_title`] for a resolved referent's text, with the lexicon
/// mentions found in it.
fn resolved_name_after_title<'a>(
    text: &'a str,
    found: &[crate::lexicon::Mention],
    lx: &Lexicon,
) -> Option<&'a str> {
    let title_end = found
        .iter()
        .filter(|m| names_a_title(lx.entry(m.entry).kind))
        .map(|m| m.end)
        .max()?;
    let rest = text.get(title_end..)?;
    let words: Vec<&str> = rest
        .split_whitespace()
        .skip_while(|w| names::HONORIFICS.contains(w))
        .collect();
    let name = (2..=5).contains(&words.len())
        && words.iter().enumerate().all(|(k, w)| name_word(w, k == 0));
    let first = words.first()?;
    let at = title_end + rest.find(first)?;
    name.then(|| text[at..].trim_end())
}

/// Whether `before` ends in a post abroad and the preposition of where
/// it sits: "Iran's mission to (the)", "the embassy in".
fn posted_at(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let mut w = words.next().unwrap_or_default();
    if w.eq_ignore_ascii_case("the") {
        w = words.next().unwrap_or_default();
    }
    matches!(w, "to" | "in" | "at")
        && words
            .next()
            .is_some_and(|n| STATIONED.contains(&n.to_ascii_lowercase().as_str()))
}

/// The named outlet, service, body or office-holder a source phrase
/// (`text[from..]`) stands for, among the lexicon `mentions` inside it: the
/// one that ends the phrase's head ("The Iranian news agency IRNA, received
/// in London" is IRNA), or an outlet, service or body followed only by
/// common nouns ("the official Tanjug news agency", "a Xinhua
/// correspondent", "Bank of England sources"). Not "former CIA director
/// Leon Panetta": the person ends that phrase; not an office-holder's
/// surname after another given name ("Michelle Obama"), nor a name inside a
/// longer one ("Royal Bank of Canada", "Goldome FSB").
fn named_entity(
    text: &str,
    from: usize,
    mentions: impl Iterator<Item = (usize, usize, usize)>,
    lx: &Lexicon,
) -> Option<usize> {
    let head_end = from + names::head(&text[from..]).len();
    let spans: Vec<(usize, usize, usize)> = mentions.collect();
    // Listed words that make an owner or a part of the name itself, not a
    // company's ("U.S. Federal Reserve", "Saudi Press Agency SPA").
    let owners: Vec<(usize, usize, usize)> = spans
        .iter()
        .copied()
        .filter(|&(_, _, e)| !matches!(lx.entry(e).kind, EntryKind::Organization | EntryKind::None))
        .collect();
    let mut best = None;
    for &(start, end, entry) in &spans {
        if start >= head_end || start < from || end > text.len() {
            continue;
        }
        let e = lx.entry(entry);
        let proper = text[start..end]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let outlet_or_service = matches!(
            SourceKind::from_entry(e.kind),
            Some(SourceKind::StateMedia | SourceKind::Intelligence | SourceKind::Media)
        );
        // A body the lexicon names ("Bank of England sources" are the Bank
        // of England's, "S and P" is Standard & Poor's); not a place ("U.S.
        // officials" are no United States) nor a row of bodies under a
        // common label ("ministry", "NGOs": each is a body of its own).
        let body = matches!(
            SourceKind::from_entry(e.kind),
            Some(SourceKind::Official | SourceKind::Organization)
        ) && e.kind != EntryKind::Place
            && e.name.starts_with(char::is_uppercase)
            && e.aliases.contains(&e.name)
            && !(e.role || e.title || e.needs_owner || e.office.is_some());
        if !proper
            || e.name.contains("(generic)")
            || !(outlet_or_service || body || e.office.is_some())
        {
            continue;
        }
        if e.office.is_some() && names::other_given_name(text, (from, start, end), &e.name, &spans)
        {
            continue;
        }
        // "Iran's mission to the United Nations", "the embassy in
        // Brussels": where a post sits is not whose it is.
        if posted_at(&text[from..start]) {
            continue;
        }
        // "Royal Bank of Canada", "Goldome FSB" (a savings bank): a longer
        // name, only a place before it stays an owner.
        let acronym = text[start..end].chars().all(|c| c.is_ascii_uppercase());
        if (body || outlet_or_service && acronym)
            && inside_longer_name(text, (from, start), &owners)
        {
            continue;
        }
        let rest = text.get(end..head_end).unwrap_or_default();
        let common_nouns = !rest.is_empty()
            && rest.split_whitespace().all(|w| {
                w.chars().all(|c| c.is_lowercase() || c == '-') || OUTLET_NOUNS.contains(&w)
            });
        if end == head_end || end == text.len() || (outlet_or_service || body) && common_nouns {
            best = Some(entry);
        }
    }
    best
}

/// Whether the body named at `start` is the end of a longer name: "Royal
/// Bank of Canada" is no Bank of Canada. A capitalised word right before
/// it that no list holds continues the name; a place ("U.S. Federal
/// Reserve") or an owner ("Spain's") does not.
fn inside_longer_name(
    text: &str,
    (from, start): (usize, usize),
    spans: &[(usize, usize, usize)],
) -> bool {
    let Some((prev, prev_start)) = names::word_before(text, from, start) else {
        return false;
    };
    prev.starts_with(char::is_uppercase)
        // Not a headline in capitals ("CSFB ECONOMIST").
        && !prev.chars().all(|c| !c.is_lowercase())
        && !prev.ends_with("'s")
        && !prev.ends_with("’s")
        && !names::NOT_GIVEN_NAMES.contains(&prev)
        && !names::covered(spans, prev_start)
}

/// Capitalised nouns that say what an outlet is without naming another
/// one: "the Tass News Agency" is Tass ("China Daily Business Weekly" is
/// not China Daily).
const OUTLET_NOUNS: WordList =
    WordList::new(&["News", "Agency", "Radio", "Television", "TV", "Newspaper"]);

/// Turns a sentence's found attributions into tags, sources and evidence.
pub(super) fn fill(doc: &Doc, lx: &Lexicon, ix: &NameIndex, s: &mut Sentence, found: &[Found]) {
    for f in found {
        let source_span = SpanText {
            text: doc.src[f.source.0..f.source.1].to_string(),
            start: f.source.0,
            end: f.source.1,
        };
        let cue = SpanText {
            text: doc.src[f.cue.0..f.cue.1].to_string(),
            start: f.cue.0,
            end: f.cue.1,
        };
        if !s
            .sources
            .iter()
            .any(|x| x.start == f.source.0 && x.end == f.source.1)
        {
            s.sources.push(Source {
                text: source_span.text.clone(),
                kind: f.kind,
                start: f.source.0,
                end: f.source.1,
                resolved: f.resolved.clone(),
                canonical: Some(canonical(doc, lx, ix, f)),
            });
        }
        for tag in f.tags() {
            if !s.tags.contains(&tag) {
                s.tags.push(tag);
            }
            s.evidence.push(Evidence {
                tag,
                rule: f.rule.to_string(),
                cue: cue.clone(),
                source: source_span.clone(),
                content: f.content.map(|(start, end)| Span { start, end }),
            });
        }
    }
    s.tags.sort();
}

impl Found {
    /// The tags this attribution gives its sentence.
    pub fn tags(&self) -> Vec<Tag> {
        let mut t = Vec::new();
        match self.kind {
            SourceKind::StateMedia => t.push(Tag::StateMedia),
            SourceKind::Intelligence => {
                t.push(Tag::Intelligence);
                if self.figure {
                    t.push(Tag::OfficialEstimate);
                } else if self.also_official {
                    t.push(Tag::OfficialStatement);
                }
            }
            SourceKind::Official => t.push(if self.figure {
                Tag::OfficialEstimate
            } else {
                Tag::OfficialStatement
            }),
            _ => t.push(Tag::OtherSource),
        }
        t
    }
}
