//! Attribution: tags every sentence with the kind of source its content
//! rests on, following `../shared/spec/attribution.md`.
//!
//! The pipeline for one article, one module a stage:
//! 1. split into sentences ([`crate::segment`]) and tokens ([`tokens`]);
//!    find lexicon entries (outlets, services, officials, places ...),
//!    and names the article spells out before a listed acronym
//!    (`spelled_out`);
//! 2. [`memory`]: the article memory (entities with their kinds and full
//!    names, office-holders, the last sources for anaphora); [`tenure`]
//!    tells which well-known office-holders the story has out of office;
//! 3. per sentence, [`cues`] finds cues with their content spans and
//!    points them at noun phrases that [`mentions`] finds and types
//!    (`weak` decides whether a verb that reports only with a complement,
//!    "found", "urged", "recorded", has one; `subjects` finds a source
//!    phrase past an apposition or a relative clause; `channels` the
//!    outlet that only carried the words);
//!    [`figures`] tests the attributed content for figures; [`quotes`]
//!    flags quotations, and hedges are flagged here;
//! 4. [`continuation`] carries attributions through multi-sentence
//!    quotations;
//! 5. [`tags`] turns the attributions into tags, sources, evidence and the
//!    quote's speaker and channel.
//!
//! Every tag comes with evidence: the rule, the cue span and the source span.

mod channels;
pub mod continuation;
pub mod cues;
pub mod figures;
pub mod memory;
pub mod mentions;
pub mod names;
pub mod quotes;
mod spelled_out;
mod subjects;
pub mod tags;
pub mod tenure;
pub mod tokens;
mod weak;
pub mod word_list;

use crate::attribution::word_list::WordList;
use std::ops::Range;

use crate::annotation::Sentence;
use crate::lexicon::{self, class, EntryKind, Lexicon, Mention};
use crate::segment;

use cues::Found;
use memory::Memory;
use quotes::{QuoteInfo, QuoteState};
use tokens::{Kind, Token};

/// Annotates articles with one lexicon.
#[derive(Debug)]
pub struct Annotator {
    lexicon: Lexicon,
}

/// A lexicon mention placed on the article's tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DocMention {
    pub start: usize,
    pub end: usize,
    pub t0: usize,
    pub t1: usize,
    pub entry: usize,
    pub kind: EntryKind,
}

/// One article prepared for the rules.
pub(crate) struct Doc<'a> {
    pub src: &'a str,
    /// `src` with ASCII letters lower-cased (same byte offsets).
    pub lower_src: String,
    /// Each sentence's tokens, in order.
    pub sentences: Vec<Range<usize>>,
    /// Word-class bits per token, looked up once.
    pub tok_class: Vec<u32>,
    pub toks: Vec<Token>,
    /// Token index to the mention covering it.
    pub tok_mention: Vec<Option<u32>>,
    pub mentions: Vec<DocMention>,
    /// Country codes of the places and cities the article names, in the
    /// order it first names them.
    pub countries: Vec<String>,
    /// Ambiguous acronyms that name a company in this article ("MCI").
    pub company_acronyms: Vec<String>,
    /// Listed outlet acronyms that name a state body in this article,
    /// with the body's phrase: "the statistics office CBS" is no CBS News.
    pub body_acronyms: Vec<(String, String)>,
    /// Entry ids of the article's own outlet (dateline, metadata).
    pub own_outlets: Vec<usize>,
    /// The distinctive words of the own outlet's name as given ("Herald"
    /// of "Gulf Herald"), for outlets no lexicon lists.
    pub own_words: Vec<String>,
    /// Byte spans of phrases that cancel a cue ("declined to comment").
    pub no_content: Vec<(usize, usize)>,
    /// Byte spans of hedge phrases and of phrases that are not hedges.
    pub hedge_phrases: Vec<(usize, usize)>,
    pub not_hedge: Vec<(usize, usize)>,
}

/// `s[start..end]` for a token's bounds. The tokens of a [`Doc`] are cut
/// from `src` at character boundaries, and `lower_src` has the same
/// boundaries (ASCII lower-casing keeps every byte's length), so the
/// bounds need no check; they are checked in debug builds.
#[inline]
fn slice(s: &str, start: usize, end: usize) -> &str {
    debug_assert!(s.is_char_boundary(start) && s.is_char_boundary(end) && start <= end);
    // SAFETY: see above; `toks` is only ever filled by `tokens::tokenize`
    // over `src`, and `lower_src` is `src.to_ascii_lowercase()`.
    unsafe { s.get_unchecked(start..end) }
}

impl Doc<'_> {
    #[inline]
    pub fn text(&self, i: usize) -> &str {
        let t = &self.toks[i];
        slice(self.src, t.start, t.end)
    }

    /// The word-class bits of token `i` (cue verbs, hedges, number words).
    #[inline]
    pub fn class(&self, i: usize) -> u32 {
        self.tok_class.get(i).copied().unwrap_or(0)
    }

    /// Token `i` in ASCII lower case (a slice of the lower-cased text).
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        let t = &self.toks[i];
        slice(&self.lower_src, t.start, t.end)
    }

    /// The first token that starts at or after byte `at`.
    pub fn token_from(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.start < at)
    }

    #[inline]
    pub fn mention(&self, i: usize) -> Option<&DocMention> {
        self.tok_mention
            .get(i)
            .copied()
            .flatten()
            .map(|m| &self.mentions[m as usize])
    }

    /// Whether `word` is free for an article-defined meaning: it is no
    /// lexicon entry's name in this article (an acronym the lexicon lists
    /// keeps the lexicon's meaning).
    pub fn mention_free_word(&self, word: &str) -> bool {
        !self
            .mentions
            .iter()
            .any(|m| &self.src[m.start..m.end] == word)
    }

    /// Whether `s..e` lies inside one of `spans` (sorted by start, not
    /// overlapping, as [`find_phrases`] records them).
    fn covered(spans: &[(usize, usize)], s: usize, e: usize) -> bool {
        let k = spans.partition_point(|&(a, _)| a <= s);
        k > 0 && e <= spans[k - 1].1
    }
}

impl Annotator {
    pub fn new(lexicon: Lexicon) -> Annotator {
        Annotator { lexicon }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Annotates one article's text (the title is its first line).
    pub fn annotate(&self, text: &str) -> Vec<Sentence> {
        self.annotate_with_outlet(text, None)
    }

    /// Annotates one article whose publishing outlet is known: the outlet
    /// being told something adds nothing.
    pub fn annotate_with_outlet(&self, text: &str, outlet: Option<&str>) -> Vec<Sentence> {
        self.annotate_article(text, outlet, None)
    }

    /// Annotates one article with what its metadata says: the publishing
    /// outlet, and the date (`YYYY-MM-DD...`), against which well-known
    /// office-holders' terms of office are read (a holder out of office at
    /// that date speaks as a person, like a "former" one).
    pub fn annotate_article(
        &self,
        text: &str,
        outlet: Option<&str>,
        date: Option<&str>,
    ) -> Vec<Sentence> {
        let spans = segment::split(text);
        let lx = &self.lexicon;
        let mut toks = Vec::with_capacity(text.len() / 5);
        let mut sent_toks: Vec<Range<usize>> = Vec::with_capacity(spans.len());
        for span in &spans {
            let t0 = toks.len();
            tokens::tokenize(&text[span.clone()], span.start, &mut toks);
            sent_toks.push(t0..toks.len());
        }
        let mut doc = Doc {
            src: text,
            lower_src: text.to_ascii_lowercase(),
            sentences: sent_toks.clone(),
            tok_class: Vec::new(),
            tok_mention: vec![None; toks.len()],
            toks,
            mentions: Vec::new(),
            countries: Vec::new(),
            own_outlets: Vec::new(),
            own_words: outlet.map(own_words).unwrap_or_default(),
            no_content: Vec::new(),
            company_acronyms: Vec::new(),
            body_acronyms: Vec::new(),
            hedge_phrases: Vec::new(),
            not_hedge: Vec::new(),
        };
        doc.tok_class = figures::token_classes(&doc.lower_src, &doc.toks, lx);
        let raw = spelled_out::add(text, self.find_mentions(&doc, &spans), lx);
        place_mentions(&mut doc, &raw, lx);
        find_phrases(&mut doc, lx);
        doc.own_outlets = own_outlets(&doc, lx, outlet, &sent_toks);
        let mut memory = Memory::default();
        let day = date.and_then(|d| crate::dates::parse(d, false));
        memory.out_of_office = tenure::out_of_office(&doc, lx, day);
        memory::build(&doc, lx, &mut memory);

        let mut out: Vec<Sentence> = Vec::with_capacity(spans.len());
        let mut found_per: Vec<Vec<Found>> = Vec::with_capacity(spans.len());
        let mut hints_per: Vec<Vec<Found>> = Vec::with_capacity(spans.len());
        let mut qstate = QuoteState::default();
        let mut infos: Vec<QuoteInfo> = Vec::with_capacity(spans.len());
        let mut paragraph_start: Vec<bool> = Vec::with_capacity(spans.len());
        for (k, span) in spans.iter().enumerate() {
            let new_para = k == 0 || text[spans[k - 1].end..span.start].contains('\n');
            if new_para {
                qstate.new_paragraph();
            }
            paragraph_start.push(new_para);
            let r = sent_toks[k].clone();
            let speech = r
                .clone()
                .any(|i| doc.toks[i].kind == Kind::Word && doc.class(i) & class::SPEECH != 0);
            let qi = qstate.sentence(text, &doc.toks[r.clone()], speech);
            let cues::Analysis { found, hints } =
                cues::analyze(&doc, lx, r.clone(), &mut memory, &qi);
            hints_per.push(hints);
            let hedged = self.hedged(&doc, r.clone());
            infos.push(qi);
            found_per.push(found);
            out.push(Sentence {
                sentence: k,
                start: span.start,
                end: span.end,
                text: text[span.clone()].to_string(),
                tags: Vec::new(),
                quote: qi.quote,
                hedged,
                sources: Vec::new(),
                evidence: Vec::new(),
                figure: false,
                speaker: None,
                via: None,
            });
        }
        let headings: Vec<bool> = spans
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let line_alone = (k == 0 || text[spans[k - 1].end..s.start].contains('\n'))
                    && (k + 1 == spans.len() || text[s.end..spans[k + 1].start].contains('\n'));
                let t = text[s.clone()].trim_end_matches(|c: char| "\"'”’)]".contains(c));
                line_alone && !t.ends_with(['.', '!', '?', ':', ';', ','])
            })
            .collect();
        let figures: Vec<bool> = sent_toks
            .iter()
            .map(|r| {
                figures::first_figure(text, &doc.toks[r.clone()], &doc.tok_class[r.clone()], lx)
                    .is_some()
            })
            .collect();
        let sentences = continuation::Sentences {
            headings: &headings,
            infos: &infos,
            paragraph_start: &paragraph_start,
            figures: &figures,
        };
        let resumed = continuation::continue_quotations(&sentences, &mut found_per);
        for k in resumed {
            out[k].quote = true;
        }
        let names = names::NameIndex::of(&doc, lx);
        // The channel a quotation went out on, by the span of its speaker:
        // a continued sentence ("I get all the responsibility.") keeps the
        // channel its first sentence named ("Speaking to Martin Smith of
        // PBS, he said").
        let mut channels: Vec<((usize, usize), String)> = Vec::new();
        for (((s, found), figure), hints) in
            out.iter_mut().zip(found_per).zip(&figures).zip(&hints_per)
        {
            s.figure = *figure;
            tags::fill(&doc, lx, &names, s, &found);
            tags::speaker(&doc, lx, &names, s, &found, hints);
            let Some(first) = found.first() else {
                continue;
            };
            if found.iter().all(|f| f.inherited) {
                if s.via.is_none() {
                    s.via = channels
                        .iter()
                        .rev()
                        .find(|(span, _)| *span == first.source)
                        .map(|(_, via)| via.clone());
                }
            } else if let Some(via) = &s.via {
                channels.push((first.source, via.clone()));
            }
        }
        out
    }

    /// Mentions in the text; all-capitals sentences are matched upper-cased.
    fn find_mentions(&self, doc: &Doc, spans: &[Range<usize>]) -> Vec<Mention> {
        let (lx, text) = (&self.lexicon, doc.src);
        // Aliases start where words start: at a plain word token whose
        // class says it begins an alias, or at any word inside another
        // token ("RT-owned", "al-Qaeda", "$5bn").
        let mut found = Vec::new();
        for (i, t) in doc.toks.iter().enumerate() {
            let lower = doc.lower(i);
            if t.kind == Kind::Word && lower.bytes().all(|b| b.is_ascii_alphanumeric()) {
                if doc.class(i) & class::ALIAS_START != 0 && !side_taken(&doc.lower_src[..t.start])
                {
                    lx.aliases_at(text, &doc.lower_src, t.start, lower, &mut found);
                }
            } else if t.kind != Kind::Punct && !t.is_quote() || !lower.is_ascii() {
                lexicon::for_each_word(text, t.start..t.end, |s, e| {
                    if side_taken(&doc.lower_src[t.start..s]) {
                        return;
                    }
                    lx.aliases_at(text, &doc.lower_src, s, &doc.lower_src[s..e], &mut found);
                });
            }
        }
        let mut all = lexicon::select_longest(found);
        for span in spans {
            let s = &text[span.clone()];
            // Cheap test first: almost every sentence has a lower-case letter.
            let shouting = !s.bytes().any(|b| b.is_ascii_lowercase())
                && !s.chars().any(char::is_lowercase)
                && s.chars().filter(|c| c.is_alphabetic()).count() >= 8;
            // A dateline in capitals ("TEHRAN —", "BEIJING (Reuters) -")
            // names a place like any other word.
            if !shouting {
                let caps_end = s
                    .find(|c: char| !(c.is_uppercase() || c == ' ' || c == '.' || c == '\''))
                    .unwrap_or(0);
                let lead = s[..caps_end].trim_end();
                let rest = s[caps_end..].trim_start();
                let dateline = lead.len() >= 3
                    && lead.len() <= 40
                    && (rest.starts_with(['—', '–', '-', '(', ',']));
                if dateline {
                    all.retain(|m| m.end <= span.start || m.start >= span.start + lead.len());
                    all.extend(
                        self.lexicon
                            .mentions(lead, true)
                            .into_iter()
                            .map(|m| Mention {
                                start: m.start + span.start,
                                end: m.end + span.start,
                                ..m
                            }),
                    );
                }
            }
            if shouting {
                all.retain(|m| m.end <= span.start || m.start >= span.end);
                all.extend(self.lexicon.mentions(s, true).into_iter().map(|m| Mention {
                    start: m.start + span.start,
                    end: m.end + span.start,
                    ..m
                }));
            }
        }
        all.sort_by_key(|m| m.start);
        all
    }

    /// Hedge words and phrases in the sentence's tokens.
    fn hedged(&self, doc: &Doc, r: Range<usize>) -> bool {
        let (s0, s1) = (doc.toks[r.start].start, doc.toks[r.end - 1].end);
        let first = doc.hedge_phrases.partition_point(|&(a, _)| a < s0);
        let phrase = doc.hedge_phrases[first..]
            .iter()
            .take_while(|&&(a, _)| a < s1)
            .any(|&(a, b)| b <= s1 && !Doc::covered(&doc.not_hedge, a, b));
        if phrase {
            return true;
        }
        for i in r.clone() {
            let t = &doc.toks[i];
            if t.kind != Kind::Word {
                continue;
            }
            let w = doc.text(i);
            if agentless_report(doc, r.clone(), i) {
                return true;
            }
            if doc.class(i) & class::HEDGE == 0 {
                continue;
            }
            if Doc::covered(&doc.not_hedge, t.start, t.end) {
                continue;
            }
            let lw = w.to_lowercase();
            if lw == "may" && w != "may" {
                continue; // the month
            }
            if matches!(lw.as_str(), "may" | "might" | "could") && !epistemic(doc, r.clone(), i) {
                continue;
            }
            if lw == "believed" {
                // "is believed to", "imams believed to be": a hedge; "he
                // still believed": a reported belief.
                let next = if i + 1 < r.end { doc.lower(i + 1) } else { "" };
                if next == "to" {
                    return true;
                }
                let prev = if i > r.start { doc.lower(i - 1) } else { "" };
                if !matches!(
                    prev,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "being"
                        | "widely"
                        | "generally"
                        | "also"
                ) {
                    continue;
                }
            }
            return true;
        }
        false
    }
}

/// Whether the modal at `i` says how sure the claim is: not in a
/// concession ("as angry as I may be, I am accountable"). (A relative
/// clause's modal is often a hedge too: "a move that could unravel the
/// pact".)
fn epistemic(doc: &Doc, r: Range<usize>, i: usize) -> bool {
    let prev = |k: usize| {
        if i >= r.start + k {
            doc.lower(i - k)
        } else {
            ""
        }
    };
    !(prev(2) == "as" && prev(4) == "as")
}

/// "X was on Wednesday reported to ...", "is said to have": a passive
/// report verb with no agent, followed by an infinitive.
fn agentless_report(doc: &Doc, r: Range<usize>, i: usize) -> bool {
    let w = doc.lower(i);
    if !matches!(
        w,
        "reported"
            | "said"
            | "thought"
            | "understood"
            | "rumoured"
            | "rumored"
            | "alleged"
            | "feared"
    ) {
        return false;
    }
    let be_before = (i.saturating_sub(4).max(r.start)..i).any(|k| {
        matches!(
            doc.lower(k),
            "is" | "are" | "was" | "were" | "been" | "being"
        )
    });
    be_before && i + 1 < r.end && doc.lower(i + 1) == "to"
}

/// The class phrases of the article ("declined to comment", hedges and
/// what is not a hedge): they start at words, leftmost-longest, not
/// overlapping.
fn find_phrases(doc: &mut Doc, lx: &Lexicon) {
    let mut after = 0;
    for (i, t) in doc.toks.iter().enumerate() {
        if t.start < after || t.kind != Kind::Word || doc.class(i) & class::PHRASE_START == 0 {
            continue;
        }
        let Some(p) = lx.phrase_at(&doc.lower_src, t.start, doc.lower(i)) else {
            continue;
        };
        after = p.end;
        if p.classes & class::NO_CONTENT != 0 {
            doc.no_content.push((p.start, p.end));
        }
        if p.classes & class::HEDGE != 0 {
            doc.hedge_phrases.push((p.start, p.end));
        }
        if p.classes & class::NOT_HEDGE != 0 {
            doc.not_hedge.push((p.start, p.end));
        }
    }
}

/// Places raw mentions on tokens, dropping those that do not align with
/// token edges, ambiguous acronyms without their country in the article,
/// and blocking phrases.
/// Whether a generic phrase of the lexicon for services or state media
/// ("intelligence", "state radio"), written here with a capital, is a word of a longer proper name
/// the lexicon does not know: "the Economist Intelligence Unit", "Lloyds
/// Shipping Intelligence", "Petroleum Intelligence Weekly". A capitalised
/// word next to it that is not a place or people ("U.S. Intelligence",
/// "Israeli Intelligence") makes it part of such a name.
fn generic_inside_name(
    doc: &Doc,
    lx: &Lexicon,
    raw: &[Mention],
    e: &crate::lexicon::Entry,
    m: &Mention,
    t0: usize,
    t1: usize,
) -> bool {
    // Official bodies with a generic word in their name are still official
    // ("Central Statistical Office"): only services, state media and the
    // figures that need an owner ("Control Data Corp", "Data Card said": a
    // company's name, not data).
    let figures = e.kind == EntryKind::Document && e.needs_owner;
    if !(figures || matches!(e.kind, EntryKind::Intelligence | EntryKind::StateMedia)) {
        return false;
    }
    let text = &doc.src[m.start..m.end];
    if !text.starts_with(char::is_uppercase) || text.chars().all(|c| !c.is_lowercase()) {
        return false;
    }
    // "State broadcaster Khabar 24 said": a phrase capitalised only where
    // it opens the sentence is written as a common noun, not as a name.
    let sentence_case = text
        .split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_lowercase));
    if sentence_case && opens_line(doc.src, m.start, true) {
        return false;
    }
    // Matched in any case: the lexicon lists it lower-case.
    // (Either apostrophe: "Iran's" is listed, "Iran’s" written.)
    let text = text.replace('’', "'");
    let listed_proper = e
        .aliases
        .iter()
        .any(|a| a.starts_with(char::is_uppercase) && a.eq_ignore_ascii_case(&text));
    if listed_proper {
        return false;
    }
    // A headline in title case capitalises every word ("Israel Says ...,
    // Citing Military Intelligence"): its capitals say nothing of a name.
    if title_case_line(doc.src, m.start) {
        return false;
    }
    let name_word = |i: usize| {
        let t = doc.toks[i];
        if t.kind != Kind::Word || !doc.src[t.start..t.end].starts_with(char::is_uppercase) {
            return false;
        }
        // Places and peoples qualify a generic body ("Israeli
        // Intelligence"); so does the first word of a sentence or line.
        !raw_place_at(raw, lx, t.start) && !opens_line(doc.src, t.start, false)
    };
    let spaced = |a: usize, b: usize| doc.src[a..b].chars().all(|c| c == ' ');
    let before = t0 > 0 && spaced(doc.toks[t0 - 1].end, m.start) && name_word(t0 - 1);
    // "Lloyds shipping Intelligence Service": a lower-case noun between a
    // name's first word and the generic phrase.
    let before = before
        || t0 > 1
            && spaced(doc.toks[t0 - 1].end, m.start)
            && spaced(doc.toks[t0 - 2].end, doc.toks[t0 - 1].start)
            && doc.toks[t0 - 1].kind == Kind::Word
            && doc.text(t0 - 1).starts_with(char::is_lowercase)
            && doc.class(t0 - 1) == 0
            && !FUNCTION_WORDS.contains(&doc.lower(t0 - 1))
            && name_word(t0 - 2);
    let after = t1 < doc.toks.len() && {
        let gap = &doc.src[m.end..doc.toks[t1].start];
        gap.chars().all(|c| c == ' ') && name_word(t1)
    };
    before || after
}

/// Whether the line holding byte `at` is written in title case: four or
/// more words, each capitalised but the short function words ("Israel Says
/// Hezbollah Is Rebuilding Its Arsenal, Citing Military Intelligence").
pub(in crate::attribution) fn title_case_line(src: &str, at: usize) -> bool {
    let start = src[..at].rfind('\n').map_or(0, |k| k + 1);
    let end = src[at..].find('\n').map_or(src.len(), |k| at + k);
    let mut words = 0;
    for w in src[start..end].split_whitespace() {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        if !w.starts_with(char::is_alphabetic) {
            continue;
        }
        let lower = w.to_ascii_lowercase();
        let lower = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
        if TITLE_SMALL_WORDS.contains(&lower) {
            continue;
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        words += 1;
    }
    words >= 4
}

/// Words a title-case headline may leave in lower case.
const TITLE_SMALL_WORDS: WordList = WordList::new(&[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "with", "from", "as",
    "vs", "via", "into", "over", "amid", "after", "but", "nor", "per", "than", "up", "is", "its",
]);

/// Words that join a name to what follows without being part of it.
const FUNCTION_WORDS: WordList = WordList::new(&[
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "from", "with",
    "its", "their", "his", "her", "foreign", "military", "domestic", "national", "secret", "top",
    "senior", "former", "said", "says", "told",
]);

/// Whether an ambiguous name ends a longer name: "Hurriyet Daily News" is
/// not the Daily News of Tanzania. A capitalised word right before it that
/// is no place or people and does not open the sentence makes it so.
fn ends_other_name(doc: &Doc, raw: &[Mention], lx: &Lexicon, t0: usize) -> bool {
    if t0 == 0 {
        return false;
    }
    let prev = doc.toks[t0 - 1];
    let word = &doc.src[prev.start..prev.end];
    let gap = &doc.src[prev.end..doc.toks[t0].start];
    prev.kind == Kind::Word
        && gap == " "
        && word.starts_with(char::is_uppercase)
        && !matches!(word, "The" | "A" | "An")
        && !raw_place_at(raw, lx, prev.start)
        && !opens_line(doc.src, prev.start, true)
}

/// Whether a raw lexicon mention of a place covers byte `at`.
fn raw_place_at(raw: &[Mention], lx: &Lexicon, at: usize) -> bool {
    raw.iter()
        .any(|x| x.start <= at && at < x.end && lx.entry(x.entry).kind == EntryKind::Place)
}

/// Whether the word at byte `at` opens the text, a line, a sentence or a
/// quotation (and, with `colon`, what follows a colon): a capital there
/// says nothing of a name.
fn opens_line(src: &str, at: usize, colon: bool) -> bool {
    let before = src[..at].trim_end_matches([' ', '\t']);
    before.trim_end().is_empty()
        || before.ends_with(['\n', '.', '"', '“'])
        || colon && before.ends_with(':')
}

/// Whether an ambiguous acronym opens a longer name the lexicon does not
/// know: "MCI Communications Corp" is a company, not the Marine Corps
/// Intelligence; a capitalised word right after it that no lexicon entry
/// claims and no word class knows makes it part of that name.
fn opens_other_name(doc: &Doc, raw: &[Mention], t1: usize) -> bool {
    let Some(next) = doc.toks.get(t1) else {
        return false;
    };
    let gap = &doc.src[doc.toks[t1 - 1].end..next.start];
    let word = &doc.src[next.start..next.end];
    next.kind == Kind::Word
        && gap == " "
        && word.starts_with(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        // A cue or other known word in a title-case headline ("NSA Warns
        // of ...") is no part of a name.
        && doc.class(t1) & !(class::ALIAS_START | class::PHRASE_START) == 0
        && !raw.iter().any(|m| m.start <= next.start && next.start < m.end)
}

/// Whether a name at byte `start` follows an Arabic family-name particle
/// ("Sheikh Ali al-Sabah" is no mention of the Turkish paper Sabah).
/// Whether a document noun that is also a given name starts a person's
/// name: "Bill Clinton", "Bill Long" (not the bill). Other capitalised
/// document nouns before a name stay part of a body's name ("Research
/// Foundation", "Analysis Systems").
fn first_name(doc: &Doc, e: &crate::lexicon::Entry, t0: usize, t1: usize) -> bool {
    const GIVEN_NAMES: WordList = WordList::new(&["Bill"]);
    e.kind == EntryKind::Document
        && t1 == t0 + 1
        && GIVEN_NAMES.contains(&doc.text(t0))
        && doc.toks.get(t1).is_some_and(|t| {
            t.kind == Kind::Word
                && mentions::is_cap(doc.text(t1))
                && doc.src[doc.toks[t0].end..t.start] == *" "
        })
}

/// Whether a generic outlet word says how often something happens: "a
/// daily news conference", "weekly briefings" (not "the daily said").
fn how_often(doc: &Doc, e: &crate::lexicon::Entry, t0: usize, t1: usize) -> bool {
    const EVENTS: WordList = WordList::new(&[
        "news",
        "briefing",
        "briefings",
        "basis",
        "bulletin",
        "update",
        "updates",
        "meeting",
        "meetings",
        "average",
        "limit",
        "life",
        "routine",
        "conference",
        "show",
        "programme",
        "program",
        "flights",
        "patrols",
        "rate",
        "report",
    ]);
    t1 == t0 + 1
        && e.name.contains("(generic)")
        && matches!(doc.lower(t0), "daily" | "weekly" | "monthly")
        && doc.toks.get(t1).is_some_and(|t| t.kind == Kind::Word)
        && EVENTS.contains(&doc.lower(t1))
}

/// Whether a title is a surname after a first name: "Carole King", "John
/// Major" (not "Former King Constantine", "Saudi King Salman": a modifier
/// or a listed word before it, or a name after it).
fn surname_title(doc: &Doc, e: &crate::lexicon::Entry, t0: usize, t1: usize) -> bool {
    const MODIFIERS: WordList = WordList::new(&[
        "Former", "Late", "Acting", "Deputy", "Vice", "Interim", "Outgoing", "New", "Then", "The",
        "A", "Ex", "Incoming", "Crown", "Grand",
    ]);
    // Titles that are also surnames.
    const SURNAMES: WordList = WordList::new(&[
        "King", "Prince", "Bishop", "Major", "Marshal", "General", "Judge",
    ]);
    let word = |k: usize| doc.toks.get(k).is_some_and(|t| t.kind == Kind::Word);
    e.kind == EntryKind::Official
        && t1 == t0 + 1
        && SURNAMES.contains(&doc.text(t0))
        && t0 > 0
        && word(t0 - 1)
        && mentions::is_cap(doc.text(t0 - 1))
        && doc.text(t0 - 1).chars().skip(1).any(char::is_lowercase)
        && !MODIFIERS.contains(&doc.text(t0 - 1))
        && doc.src[doc.toks[t0 - 1].end..doc.toks[t0].start] == *" "
        && !(word(t1) && mentions::is_cap(doc.text(t1)))
}

fn family_name(src: &str, start: usize) -> bool {
    let before = &src[..start];
    ["al-", "Al-", "el-", "El-", "bin ", "ibn "]
        .iter()
        .any(|p| {
            before.ends_with(p)
                && before[..before.len() - p.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
}

/// Whether the words `t0..t1` sit inside a person's name: after an
/// honorific ("Sheikh Sabah al-Ahmed", not the paper Sabah) or before a
/// family-name particle.
fn in_person_name(doc: &Doc, t0: usize, t1: usize) -> bool {
    let after_honorific = t0 > 0 && names::HONORIFICS.contains(&doc.text(t0 - 1));
    let before_particle = doc.toks.get(t1).is_some_and(|_| {
        doc.src[doc.toks[t1 - 1].end..].starts_with(' ') && names::is_particle(doc.text(t1))
    });
    after_honorific || before_particle
}

/// Nouns that make the acronym after them a company's: "telecoms firm MCI".
const COMPANY_NOUNS: WordList = WordList::new(&[
    "firm",
    "company",
    "carrier",
    "operator",
    "group",
    "giant",
    "maker",
    "provider",
    "rival",
    "corporation",
    "bank",
    "airline",
]);

/// The tokens a raw mention covers, searching on from token `*ti` (mentions
/// come in text order): the token holding its first byte (a mention may sit
/// inside a hyphenated token: "CIA-DIA") up to the one holding its last.
fn token_span(doc: &Doc, m: &Mention, ti: &mut usize) -> Option<(usize, usize)> {
    *ti += doc.toks[*ti..].partition_point(|t| t.end <= m.start);
    if *ti >= doc.toks.len() || doc.toks[*ti].start > m.start {
        return None;
    }
    let mut t1 = *ti;
    while t1 < doc.toks.len() && doc.toks[t1].start < m.end {
        t1 += 1;
    }
    (t1 > *ti).then_some((*ti, t1))
}

fn place_mentions(doc: &mut Doc, raw: &[Mention], lx: &Lexicon) {
    let countries: Vec<&str> = raw
        .iter()
        .filter_map(|m| {
            let e = lx.entry(m.entry);
            (e.kind == EntryKind::Place || !e.ambiguous)
                .then_some(e.country.as_deref())
                .flatten()
        })
        .collect();
    // The countries of the places and cities named, first named first.
    for m in raw {
        let e = lx.entry(m.entry);
        if let (EntryKind::Place | EntryKind::City, Some(c)) = (e.kind, &e.country) {
            if !doc.countries.contains(c) {
                doc.countries.push(c.clone());
            }
        }
    }
    // A city names its country and nothing else: it is no mention.
    let cities = raw
        .iter()
        .any(|m| lx.entry(m.entry).kind == EntryKind::City);
    let kept: Vec<Mention>;
    let raw = if cities {
        kept = raw
            .iter()
            .filter(|m| lx.entry(m.entry).kind != EntryKind::City)
            .copied()
            .collect();
        &kept[..]
    } else {
        raw
    };
    // An ambiguous acronym that names a company once in the article
    // ("MCI Communications Corp", "telecoms firm MCI") names it throughout.
    let mut company_acronyms: Vec<String> = Vec::new();
    let mut ti = 0;
    for m in raw {
        let Some((t0, t1)) = token_span(doc, m, &mut ti) else {
            continue;
        };
        if lx.entry(m.entry).ambiguous
            && (opens_other_name(doc, raw, t1)
                || t0 > 0 && COMPANY_NOUNS.contains(&doc.lower(t0 - 1)))
        {
            company_acronyms.push(doc.src[m.start..m.end].to_string());
        }
    }
    let body_acronyms = body_acronyms(doc.src, raw, lx);
    let mut ti = 0;
    for m in raw {
        let Some((t0, t1)) = token_span(doc, m, &mut ti) else {
            continue;
        };
        if doc.tok_mention[t0..t1].iter().any(Option::is_some)
            || body_acronyms
                .iter()
                .any(|(a, _)| *a == doc.src[m.start..m.end])
        {
            continue;
        }
        // An alias that entries of several countries share names the one
        // of a country the article names ("Tanzania's Daily News").
        let known = |id: usize| {
            lx.entry(id)
                .country
                .as_deref()
                .is_some_and(|c| countries.contains(&c))
        };
        let mut m = *m;
        if lx.entry(m.entry).ambiguous && !known(m.entry) {
            let homonyms = lx.homonyms(&doc.src[m.start..m.end]);
            if let Some(&id) = homonyms.iter().find(|&&id| known(id)) {
                m.entry = id;
            }
        }
        let e = lx.entry(m.entry);
        if e.ambiguous {
            let known = known(m.entry);
            if !known
                || company_acronyms
                    .iter()
                    .any(|a| a == &doc.src[m.start..m.end])
                || ends_other_name(doc, raw, lx, t0)
            {
                continue;
            }
        }
        let outlet_like = matches!(
            e.kind,
            EntryKind::Media | EntryKind::StateMedia | EntryKind::Intelligence
        );
        if generic_inside_name(doc, lx, raw, e, &m, t0, t1)
            || how_often(doc, e, t0, t1)
            || first_name(doc, e, t0, t1)
            || surname_title(doc, e, t0, t1)
            || family_name(doc.src, m.start)
            // (An office-holder's name is a person's: "Director James
            // Clapper" keeps him.)
            || outlet_like && m.named && e.office.is_none() && in_person_name(doc, t0, t1)
            // "The National Cyber Security Centre", "The Times Higher
            // Education Supplement": an outlet named "The" and a word opens
            // a longer name when a capitalised word no list knows follows.
            || outlet_like
                && m.named
                && doc.src[m.start..m.end].starts_with("The ")
                && opens_other_name(doc, raw, t1)
        {
            continue;
        }
        // "Trump Jr." is the son, whoever the lexicon's Trump is.
        let junior = doc.src[m.end..].starts_with(" Jr");
        if e.office.is_some() && (junior || other_bearer(doc, e, &doc.src[m.start..m.end])) {
            continue;
        }
        let idx = doc.mentions.len() as u32;
        doc.mentions.push(DocMention {
            start: m.start,
            end: m.end,
            t0,
            t1,
            entry: m.entry,
            kind: e.kind,
        });
        for slot in &mut doc.tok_mention[t0..t1] {
            *slot = Some(idx);
        }
    }
    doc.company_acronyms = company_acronyms;
    doc.body_acronyms = body_acronyms;
}

/// Outlet acronyms the article gives to a state body: a listed acronym of
/// an outlet right after a generic state body's noun ("the statistics
/// office CBS", "the audit bureau ABC") names that body, here and in the
/// rest of the article, with the phrase that named it.
fn body_acronyms(src: &str, raw: &[Mention], lx: &Lexicon) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for pair in raw.windows(2) {
        let (body, m) = (&pair[0], &pair[1]);
        let acronym = &src[m.start..m.end];
        // A named outlet, not a generic word ("local authority TV").
        let e = lx.entry(m.entry);
        let outlet = matches!(e.kind, EntryKind::Media | EntryKind::StateMedia)
            && !e.name.contains("(generic)");
        let noun = &src[body.start..body.end];
        let body_noun = lx.entry(body.entry).kind == EntryKind::Official
            && noun.starts_with(char::is_lowercase)
            && noun.rsplit(' ').next().is_some_and(|w| {
                mentions::STATE_BODY_HEADS.contains(&w) || matches!(w, "regulator" | "watchdog")
            });
        if outlet
            && body_noun
            && body.end + 1 == m.start
            && src[body.end..].starts_with(' ')
            && (2..=6).contains(&acronym.len())
            && acronym.bytes().all(|b| b.is_ascii_uppercase())
            && !out.iter().any(|(a, _)| a == acronym)
        {
            out.push((acronym.to_string(), src[body.start..m.end].to_string()));
        }
    }
    out
}

/// The capitalised words of an outlet's name that identify it ("Gulf
/// Herald" -> Gulf, Herald; not "The", "News").
fn own_words(outlet: &str) -> Vec<String> {
    const COMMON: WordList = WordList::new(&[
        "The", "News", "Daily", "Times", "Post", "Press", "Agency", "TV",
    ]);
    outlet
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3 && mentions::is_cap(w) && !COMMON.contains(w))
        .map(str::to_string)
        .collect()
}

/// Whether a well-known office-holder's bare surname ("Nakasone") belongs
/// to someone else in this article: the article names the surname after a
/// first name that is not the office-holder's ("Paul Nakasone"), and never
/// names the office-holder in full.
fn other_bearer(doc: &Doc, e: &lexicon::Entry, matched: &str) -> bool {
    if matched.contains(' ') || !e.name.ends_with(matched) {
        return false;
    }
    // The famous holder named in full anywhere keeps the surname his.
    if e.aliases
        .iter()
        .any(|a| a.contains(' ') && doc.src.contains(a.as_str()))
    {
        return false;
    }
    const NOT_FIRST: WordList = WordList::new(&[
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "President",
        "Minister",
        "Prime",
        "Senator",
        "Gen",
        "General",
        "Secretary",
        "Chancellor",
        "The",
        "the",
        "Said",
        "said",
        "Lord",
        "Sir",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr.",
        "Gen.",
        "Sen.",
        "Premier",
        "Leader",
        "Chairman",
    ]);
    let src = doc.src;
    let mut from = 0;
    while let Some(k) = src[from..].find(matched) {
        let at = from + k;
        from = at + matched.len();
        let before = src[..at].trim_end_matches(' ');
        let prev: &str = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
            .next()
            .unwrap_or("");
        // A first name: capitalised, not an initial ("Joseph R. Biden"),
        // not the first word of a sentence ("As Mattis met").
        let capital = prev.chars().next().is_some_and(char::is_uppercase);
        let initial = prev.len() <= 2 || prev.ends_with('.');
        // (A full stop after a capitalised word is an abbreviation: "Gen.".)
        let head = before[..before.len() - prev.len()].trim_end();
        let last_word = head
            .trim_end_matches('.')
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let opens_sentence = head.is_empty()
            || head.ends_with(['!', '?', '\n', '"', '“'])
            || head.ends_with('.') && !last_word.chars().next().is_some_and(char::is_uppercase);
        if capital
            && !initial
            && !opens_sentence
            && !NOT_FIRST.contains(&prev)
            && !e.name.contains(prev)
        {
            return true;
        }
    }
    false
}

/// The article's own outlet: from metadata, or a dateline "(Reuters)" in
/// the first sentences.
fn own_outlets(
    doc: &Doc,
    lx: &Lexicon,
    outlet: Option<&str>,
    sents: &[Range<usize>],
) -> Vec<usize> {
    let mut out = Vec::new();
    if let Some(o) = outlet {
        for m in lx.mentions(o, false) {
            out.push(m.entry);
        }
        // An outlet given as its web address ("aljazeera.com").
        out.extend(lx.outlet_of_domain(o));
    }
    for r in sents.iter().take(3) {
        for i in r.clone() {
            if doc.toks[i].kind == Kind::Punct && doc.text(i) == "(" {
                if let Some(m) = doc.mention(i + 1) {
                    let text_at = |k: usize| (k < doc.toks.len()).then(|| doc.text(k));
                    // A state outlet's wire dateline, "PHNOM PENH, May 27
                    // (Xinhua) --", ends in a dash; "the Korean Central
                    // News Agency (KCNA) said" defines an acronym.
                    let wire = match m.kind {
                        EntryKind::Media => true,
                        EntryKind::StateMedia => {
                            matches!(text_at(m.t1 + 1), Some("-" | "--" | "—" | "–"))
                        }
                        _ => false,
                    };
                    if wire && text_at(m.t1) == Some(")") {
                        out.push(m.entry);
                    }
                }
            }
        }
    }
    out
}

/// Whether lower-cased text ends in "pro-" or "anti-" as a word: the name
/// after it is a side taken, not a body speaking ("pro-Kremlin bloggers",
/// "anti-government protesters").
fn side_taken(before: &str) -> bool {
    ["pro-", "anti-"].iter().any(|p| {
        before
            .strip_suffix(p)
            .is_some_and(|rest| !rest.chars().next_back().is_some_and(char::is_alphanumeric))
    })
}
