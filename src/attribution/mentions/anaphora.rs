//! Phrases that point back: definite descriptions ("the agency", "the
//! officials"), documents and their authors ("the statement added"),
//! capitalised owners ("Shaheen's letter") and unnamed office-holders
//! whose name comes later.

use super::*;
use crate::attribution::cues::FRAME_NOUNS;
use crate::attribution::word_list::WordList;

impl Ctx<'_, '_> {
    /// The authors a document names after it: "a statement issued on
    /// Friday by the interior ministry", "a letter from the governor", "an
    /// advisory signed by the FBI, the NSA and GCHQ" (each of a list).
    pub(in crate::attribution) fn document_authors(&self, doc_np: &Np, mem: &Memory) -> Vec<Np> {
        let end = (doc_np.t1 + 8).min(self.r.end);
        let mut k = doc_np.t1;
        // "The statement, released by the presidency, said": a participle
        // in commas after the document.
        let parenthetical = self.punct(k, ",")
            && (self.doc.class(k + 1) & class::BY_AGENT != 0 || AUTHORED.contains(&self.lw(k + 1)));
        if parenthetical {
            k += 1;
        }
        // "The memo, dated March 12 and signed by a deputy minister,": an
        // author after a date in the same commas.
        let dated = self.punct(k, ",") && self.lw(k + 1) == "dated";
        if dated {
            let signed = (k + 2..(k + 8).min(self.r.end))
                .take_while(|&j| !self.punct(j, ","))
                .find(|&j| self.lw(j) == "and" && AUTHORED.contains(&self.lw(j + 1)));
            if let Some(j) = signed.filter(|&j| self.lw(j + 2) == "by") {
                return self.authors_after_by(j + 2, mem);
            }
        }
        while k < end {
            let w = self.lw(k);
            if self.punct(k, ",") || self.punct(k, ".") || self.punct(k, ";") {
                return Vec::new();
            }
            let by = w == "by"
                && (doc_np.t1 - 1..(doc_np.t1 + 1 + usize::from(parenthetical)).min(k))
                    .any(|j| AUTHORED.contains(&self.lw(j)));
            let from = w == "from" && k == doc_np.t1;
            // "a report in Rodong Sinmun", "an article in the French press",
            // "a commentary on state TV": an outlet's own piece (not "a
            // speech on mobile TV", "a statement on Thursday by").
            if matches!(w, "in" | "on") && k == doc_np.t1 && !TIME_WORDS.contains(&self.lw(k + 1)) {
                let outlet = self
                    .np_right(k + 1)
                    .and_then(|(a, b)| self.classify(a, b, mem))
                    .filter(|o| {
                        o.kind == SourceKind::StateMedia || w == "in" && o.kind == SourceKind::Media
                    });
                if let Some(outlet) = outlet {
                    return vec![outlet];
                }
            }
            if by || from {
                return self.authors_after_by(k, mem);
            }
            k += 1;
        }
        Vec::new()
    }

    /// The authors named after the "by" (or "from") at `k`, each of a list.
    fn authors_after_by(&self, k: usize, mem: &Memory) -> Vec<Np> {
        let Some((a, b)) = self.np_right(k + 1) else {
            return Vec::new();
        };
        // "reports from China": a country is no author.
        let place_only = (a..b).all(|j| {
            DETERMINERS.contains(&self.lw(j))
                || self
                    .doc
                    .mention(j)
                    .is_some_and(|m| m.kind == EntryKind::Place)
        });
        if place_only {
            return Vec::new();
        }
        let mut authors = if self.coordinated(a, b).len() > 1 {
            self.classify_coordinated(a, b, mem)
        } else {
            self.classify(a, b, mem).into_iter().collect()
        };
        authors.retain(|au| au.kind != SourceKind::Document);
        authors
    }

    /// "the minister", "the expert", "the agencies": a definite generic
    /// noun names the last cited source it describes.
    pub(in crate::attribution) fn definite_anaphor(
        &self,
        np: &Np,
        head: &DocMention,
        mem: &Memory,
    ) -> Option<Np> {
        let doc = self.doc;
        let generic = doc.src[head.start..head.end]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        // "the officials", "the U.S. official", "these officials".
        let only_the = (np.t0..head.t0).all(|i| {
            matches!(self.lw(i), "the" | "this" | "these" | "those")
                || doc.mention(i).is_some_and(|m| m.kind == EntryKind::Place)
        }) && head.t0 > np.t0
            && head.t1 == np.t1
            && matches!(self.lw(np.t0), "the" | "this" | "these" | "those");
        let noun = doc.src[head.start..head.end].to_lowercase();
        let stem = noun.trim_end_matches('s').trim_end_matches("ie");
        // The source a referent stands for, as this phrase.
        let stands_for = |r: &Referent| Np {
            kind: r.kind,
            resolved: Some(r.name.clone()),
            also_official: r.also_official,
            ..np.clone()
        };
        let office_holder = || {
            mem.title_holder(&noun)
                .filter(|h| matches!(h.kind, SourceKind::Official | SourceKind::Intelligence))
        };
        // "the <words> <head>", the head ending the phrase.
        let definite = self.lw(np.t0) == "the" && head.t1 == np.t1 && head.t0 > np.t0;
        if definite && (!generic || !only_the) {
            // "the President-elect", "the Republican President-elect": a
            // title the article gave before a name, capitalised or with
            // modifiers, is its holder.
            // Not a title a named owner qualifies ("The National Security
            // Agency's cybersecurity director, Dave Luber"): whose it is
            // says who holds it ("the group's president" may be the one
            // named before).
            let owned = (np.t0 + 1..head.t0)
                .any(|i| doc.toks[i].kind == Kind::Possessive && is_cap(doc.text(i - 1)));
            if is_role_head(noun.trim_end_matches("-elect")) && !owned {
                if let Some(h) = office_holder() {
                    return Some(stands_for(h));
                }
            }
            // "the Shanghai official" after "an agricultural official of
            // the Shanghai government": the last source cited with that
            // role and every word before it.
            if generic {
                let mods: Vec<&str> = (np.t0 + 1..head.t0).map(|i| self.lw(i)).collect();
                let described = mem.recent(|r| {
                    let name = r.name.to_lowercase();
                    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
                    has_noun(&words, stem)
                        && !name.starts_with("the ")
                        && mods.iter().all(|m| words.contains(m))
                });
                if let Some(r) = described {
                    return Some(Np {
                        personal: np.personal || is_role_head(&noun),
                        ..stands_for(r)
                    });
                }
            }
        }
        if !generic || !only_the {
            return None;
        }
        // A later "the official(s)" is the group or person last cited as
        // one, intelligence officials included ("two intelligence
        // officials said ... the officials added"). "The expert" is one
        // expert, not the experts cited last.
        let official_noun = stem == "official";
        // "Israel's Mossad said ... The spy agency said": a service named
        // by a generic noun is the service cited last.
        let service_noun = head.kind == EntryKind::Intelligence
            && (noun.ends_with("agency") || noun.ends_with("service"));
        let plural = (!noun.ends_with('s')).then(|| format!("{noun}s"));
        // "The Soviet newspaper" is no North Korean one cited before: a
        // place among the modifiers must be in the referent's name.
        let places: Vec<String> = (np.t0..head.t0)
            .filter(|&i| doc.mention(i).is_some_and(|m| m.kind == EntryKind::Place))
            .map(|i| self.lw(i).to_string())
            .collect();
        // A referent named by the noun itself, or a person it describes,
        // ranks before a body it describes ("two U.S. officials said ...
        // The assessment, the agencies', found ... One of the officials
        // said": the officials, not the agencies; "another U.S. official
        // said ... A U.S. intelligence analyst said ... the U.S. official
        // cautioned": the analyst).
        let rank = |r: &Referent| -> u8 {
            let name = r.name.to_lowercase();
            if !places.iter().all(|p| name.contains(p.as_str())) {
                return 0;
            }
            let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
            let plural_for_one = plural.as_ref().is_some_and(|p| words.contains(&p.as_str()));
            // "official figures showed ... the data showed": one set of
            // figures, whichever of these nouns names it.
            let same_figures =
                FIGURE_NOUNS.contains(&stem) && FIGURE_NOUNS.iter().any(|f| has_noun(&words, f));
            // "A U.S. intelligence assessment concluded ... According to
            // the document": a document cited last, whatever its noun
            // (looked up only where a test below needs it).
            let a_document = || words.last().is_some_and(|w| self.document_noun(w));
            let by_noun =
                (has_noun(&words, stem) || same_figures || stem == "document" && a_document())
                    && name != noun
                    && !name.starts_with("the ")
                    && !plural_for_one;
            // Officials are people, not the assessment they wrote; one
            // official is a person, not a service ("Military intelligence
            // assessed ..., according to the official").
            let service_officials = official_noun
                && r.kind == SourceKind::Intelligence
                && !name.starts_with("the ")
                && !a_document();
            let person = || words.iter().any(|w| is_role_head(w));
            let service = service_noun
                && r.kind == SourceKind::Intelligence
                && !name.starts_with("the ")
                && !words
                    .iter()
                    .any(|w| is_role_head(w) || matches!(*w, "official" | "source" | "sources"));
            if by_noun || service_officials && person() || service {
                2
            } else if service_officials && noun.ends_with('s') {
                1
            } else {
                0
            }
        };
        let at = doc.toks[np.t0].start;
        let cited = mem.recent_ranked(rank);
        // "According to a classified report, ... The CIA said in a report
        // that ... The report warned": a document a source spoke in since
        // the one cited is the one meant (its author speaks).
        let cited = match (cited, mem.spoken_in(&noun, at)) {
            (Some((c, _)), Some((w, r))) if w > c => Some((w, r)),
            (cited, _) => cited,
        };
        // "the company": the company named last ("British tech company
        // Micro Focus International Plc"), unless a source cited since
        // fits.
        let named = mem.body_named(&noun, at);
        let r = match (cited, named) {
            (Some((c, r)), Some((n, _))) if c > n => r,
            (_, Some((_, r))) => r,
            (Some((_, r)), None) => r,
            (None, None) => {
                if let Some(h) = office_holder() {
                    h
                } else if let Some((kind, name)) = self.named_state_body(stem, np) {
                    // "The central bank, which meets next week, ... The
                    // bank warned": a state body the article named, cited
                    // or not.
                    return Some(Np {
                        kind,
                        resolved: Some(name),
                        ..np.clone()
                    });
                } else if official_noun && !places.is_empty() {
                    // "The Israeli spy chief met the envoy. The Israeli
                    // official told him ...": the last person named with an
                    // office, of the place the phrase names.
                    mem.pronoun("he", doc.toks[np.t0].start).filter(|r| {
                        let name = r.name.to_lowercase();
                        matches!(r.kind, SourceKind::Official | SourceKind::Intelligence)
                            && places.iter().all(|p| name.contains(p.as_str()))
                    })?
                } else {
                    return None;
                }
            }
        };
        Some(stands_for(r))
    }

    /// "Four other agencies", "another agency", "other services": more
    /// bodies of the kind last cited ("The CIA said ... Four other agencies
    /// judge": intelligence services), though not the same ones (no name
    /// is resolved). The body cited last whose name has the noun, else the
    /// last state body, service or state outlet cited.
    pub(in crate::attribution) fn others_of_a_kind(&self, np: &Np, mem: &Memory) -> Option<Np> {
        let last = np.t1.checked_sub(1).filter(|&k| k > np.t0)?;
        let noun = self.lw(last);
        // Cheap test first: this runs for every unlisted phrase.
        if !BODY_KIND_NOUNS.contains(&noun) {
            return None;
        }
        let other = (np.t0..last).any(|i| matches!(self.lw(i), "other" | "another"));
        let only_counts = (np.t0..last).all(|i| {
            matches!(
                self.lw(i),
                "other" | "another" | "the" | "some" | "several" | "many"
            ) || self.doc.toks[i].kind == Kind::Number
                || self.doc.class(i) & class::COUNT != 0
        });
        if !other || !only_counts {
            return None;
        }
        let stem = noun.trim_end_matches('s').trim_end_matches("ie");
        let state = |r: &Referent| {
            matches!(
                r.kind,
                SourceKind::Intelligence | SourceKind::Official | SourceKind::StateMedia
            )
        };
        let kin = mem.recent_ranked(|r| {
            let name = r.name.to_lowercase();
            let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
            if has_noun(&words, stem) {
                2
            } else if state(r) && !words.iter().any(|w| is_role_head(w)) {
                1
            } else {
                0
            }
        })?;
        Some(Np {
            kind: kin.1.kind,
            ..np.clone()
        })
    }

    /// The last official body, service or state outlet named before `np`
    /// whose name has the noun `stem` ("the central bank" for "the bank"),
    /// as its kind and the name as written.
    fn named_state_body(&self, stem: &str, np: &Np) -> Option<(SourceKind, String)> {
        let doc = self.doc;
        let before = doc
            .mentions
            .partition_point(|m| m.start < doc.toks[np.t0].start);
        let found = doc.mentions[..before].iter().rev().find_map(|m| {
            // "Royal Bank of Canada" holds no Bank of Canada.
            let inside_name = m.t0 > 0
                && doc.toks[m.t0 - 1].kind == Kind::Word
                && is_cap(doc.text(m.t0 - 1))
                && !DETERMINERS.contains(&doc.lower(m.t0 - 1))
                && doc.mention(m.t0 - 1).is_none()
                && !doc.src[doc.toks[m.t0 - 1].end..m.start].contains('\n');
            if inside_name {
                return None;
            }
            let kind = match m.kind {
                EntryKind::Official => SourceKind::Official,
                EntryKind::Intelligence => SourceKind::Intelligence,
                EntryKind::StateMedia => SourceKind::StateMedia,
                _ => return None,
            };
            let name = &doc.src[m.start..m.end];
            let lower = name.to_lowercase();
            let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
            // The noun must head the name: "Bank of England", "Reserve
            // Bank" for "the bank"; not "Securities and Exchange
            // Commission" for "the exchange".
            let head = words
                .iter()
                .take_while(|w| !matches!(**w, "of" | "for"))
                .last()?;
            if words.len() < 2 || !has_noun(&[head], stem) {
                return None;
            }
            // "the Kenya National Bureau of Statistics": a place right
            // before the name is a word of it.
            let from = match m.t0.checked_sub(1) {
                Some(p)
                    if doc.mention(p).is_some_and(|x| x.kind == EntryKind::Place)
                        && is_cap(doc.text(p))
                        && doc.src[doc.toks[p].end..m.start] == *" " =>
                {
                    doc.toks[p].start
                }
                _ => m.start,
            };
            Some((m.t1, kind, doc.src[from..m.end].to_string()))
        });
        let (after, kind, name) = found?;
        // Another body of that noun named since, no list knows ("Orion
        // Royal Bank"), may be the one meant: no resolution.
        let other = (after..np.t0).any(|k| {
            is_cap(doc.text(k)) && doc.mention(k).is_none() && has_noun(&[self.lw(k)], stem)
        });
        (!other).then_some((kind, name))
    }

    /// A capitalised word before a document head that owns it
    /// ("University College London research").
    pub(in crate::attribution) fn capitalised_owner(
        &self,
        t0: usize,
        head: usize,
        mem: &Memory,
    ) -> Option<SourceKind> {
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

    /// Whether `np` names an office by its title alone, one holder at a
    /// time: "Iran's intelligence minister", "the agency's director" (not
    /// "a spokesman", "officials", or a title with its holder's name).
    pub(in crate::attribution) fn unnamed_office(&self, np: &Np) -> bool {
        if np.plural
            || np.resolved.is_some()
            || !matches!(np.kind, SourceKind::Official | SourceKind::Intelligence)
        {
            return false;
        }
        let doc = self.doc;
        // The role is the phrase's head: its last word, or the word before
        // "of" ("the head of Germany's domestic intelligence agency").
        let head = (np.t0 + 1..np.t1)
            .find(|&k| self.lw(k) == "of")
            .map_or(np.t1 - 1, |k| k - 1);
        let last = self.lw(head);
        let one_holder = matches!(
            last,
            "minister"
                | "director"
                | "chief"
                | "head"
                | "president"
                | "premier"
                | "chancellor"
                | "governor"
                | "secretary"
                | "commander"
                | "chairman"
                | "chairwoman"
                | "leader"
                | "mayor"
                | "ambassador"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
        ) || last == "general"
            && head > np.t0
            && matches!(
                self.lw(head - 1),
                "attorney" | "solicitor" | "inspector" | "surgeon" | "auditor" | "secretary"
            );
        let definite =
            self.lw(np.t0) == "the" || (np.t0..np.t1).any(|i| doc.toks[i].kind == Kind::Possessive);
        // Capitalised words other than places and bodies would be a name.
        let unnamed = (np.t0..np.t1).all(|i| {
            !is_cap(doc.text(i))
                || i == self.r.start && DETERMINERS.contains(&self.lw(i))
                || doc.mention(i).is_some_and(|m| m.kind != EntryKind::Person)
        });
        one_holder && definite && unnamed && !is_cap(doc.text(head))
    }
}

/// Participles whose "by" names a document's author: "a statement issued
/// by", "the assessment, drawn up by", "a paper authored by".
const AUTHORED: WordList = WordList::new(&[
    "issued",
    "released",
    "published",
    "signed",
    "written",
    "sent",
    "prepared",
    "compiled",
    "drafted",
    "drawn",
    "authored",
    "produced",
    "circulated",
]);

/// Nouns (as stems) for one set of figures: a later "the data" may mean
/// the "official figures" cited before.
impl Ctx<'_, '_> {
    /// Whether a word (lower case) is the noun of a document: "report",
    /// "assessment", "memo".
    fn document_noun(&self, w: &str) -> bool {
        FRAME_NOUNS.contains(&w) || self.lx.word_class(w) & class::DOCUMENT != 0
    }
}

const FIGURE_NOUNS: WordList = WordList::new(&["figure", "data", "statistic", "number"]);

/// Whether a name has the noun `stem` as one of its words, in any number
/// ("officials" for "official", "agencies" for "agenc"): a word, not a
/// part of one ("Unionized employees" are no union).
fn has_noun(words: &[&str], stem: &str) -> bool {
    words
        .iter()
        .any(|w| w.starts_with(stem) && w.len() <= stem.len() + 3)
}

/// Nouns of bodies that "other" or "another" counts with the body last
/// cited ("four other agencies").
const BODY_KIND_NOUNS: WordList = WordList::new(&[
    "agency",
    "agencies",
    "service",
    "services",
    "department",
    "departments",
    "body",
    "bodies",
]);
