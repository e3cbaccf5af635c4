//! Auditing a story's sourcing: from an annotated article to its profile —
//! shares per tag, every source with its kind and sentences, quotes with
//! speaker and channel, figures (and those with no source), hedged claims,
//! and the warnings an editor would want. Rendered as text, JSON
//! ([`Audit`] serialises to the documented shape) or HTML ([`html`]).

pub mod html;

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::annotation::{Sentence, SourceKind, Tag};
use crate::article::Article;
use crate::render::one_line;

/// The article an audit is about.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleMeta {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub path: String,
}

/// One source, with the sentences that rest on it.
#[derive(Debug, Clone, Serialize)]
pub struct SourceEntry {
    /// The source's entity name (see [`crate::annotation::Source::entity`]).
    pub name: String,
    pub kind: SourceKind,
    /// Sentence numbers.
    pub sentences: Vec<usize>,
    /// How the article refers to it ("the agency", "KCNA").
    pub mentions: Vec<String>,
}

/// A direct quote.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteEntry {
    pub sentence: usize,
    pub text: String,
    pub speaker: Option<String>,
    /// The outlet that carried the words.
    pub via: Option<String>,
}

/// A sentence that states a figure.
#[derive(Debug, Clone, Serialize)]
pub struct FigureEntry {
    pub sentence: usize,
    pub text: String,
    pub tags: Vec<Tag>,
}

/// Something an editor should look at.
#[derive(Debug, Clone, Serialize)]
pub struct Warning {
    pub kind: &'static str,
    pub message: String,
    pub sentences: Vec<usize>,
}

/// The sourcing profile of one article.
#[derive(Debug, Clone, Serialize)]
pub struct Audit {
    pub article: ArticleMeta,
    pub sentences: usize,
    /// Sentences per tag.
    pub tags: BTreeMap<Tag, usize>,
    /// Share of all sentences per tag (0..1).
    pub tag_shares: BTreeMap<Tag, f64>,
    pub attributed: usize,
    pub unattributed: usize,
    pub sources: Vec<SourceEntry>,
    pub quotes: Vec<QuoteEntry>,
    pub figures: Vec<FigureEntry>,
    pub unsourced_figures: Vec<FigureEntry>,
    /// Sentence numbers of hedged claims.
    pub hedged: Vec<usize>,
    /// Quotes whose speaker is not identified.
    pub quotes_without_speaker: Vec<usize>,
    pub warnings: Vec<Warning>,
    /// The annotated sentences the profile was made from.
    #[serde(skip)]
    pub annotated: Vec<Sentence>,
    /// The article text.
    #[serde(skip)]
    pub text: String,
}

/// Builds the profile of an annotated article.
pub fn audit(article: &Article, sentences: Vec<Sentence>) -> Audit {
    let n = sentences.len();
    let mut tags: BTreeMap<Tag, usize> = Tag::ALL.iter().map(|t| (*t, 0)).collect();
    for s in &sentences {
        for t in &s.tags {
            *tags.entry(*t).or_default() += 1;
        }
    }
    let tag_shares = tags
        .iter()
        .map(|(t, c)| (*t, if n > 0 { *c as f64 / n as f64 } else { 0.0 }))
        .collect();
    let attributed = sentences.iter().filter(|s| !s.tags.is_empty()).count();

    // Sources grouped by entity (as `sources` and `stats` name them) and
    // kind, in order of first use.
    let mut sources: Vec<SourceEntry> = Vec::new();
    for s in &sentences {
        for src in &s.sources {
            let name = one_line(&src.entity());
            let key = name.to_lowercase();
            let pos = sources
                .iter()
                .position(|e| e.kind == src.kind && e.name.to_lowercase() == key);
            let e = match pos {
                Some(i) => &mut sources[i],
                None => {
                    sources.push(SourceEntry {
                        name,
                        kind: src.kind,
                        sentences: Vec::new(),
                        mentions: Vec::new(),
                    });
                    sources.last_mut().unwrap()
                }
            };
            if e.sentences.last() != Some(&s.sentence) {
                e.sentences.push(s.sentence);
            }
            let m = one_line(&src.text);
            if !e.mentions.contains(&m) {
                e.mentions.push(m);
            }
        }
    }
    sources.sort_by_key(|e| e.kind);

    let quotes: Vec<QuoteEntry> = sentences
        .iter()
        .filter(|s| s.quote)
        .map(|s| QuoteEntry {
            sentence: s.sentence,
            text: one_line(&s.text),
            speaker: s.speaker.clone(),
            via: s.via.clone(),
        })
        .collect();
    let quotes_without_speaker = quotes
        .iter()
        .filter(|q| q.speaker.is_none())
        .map(|q| q.sentence)
        .collect();
    let figure = |s: &Sentence| FigureEntry {
        sentence: s.sentence,
        text: one_line(&s.text),
        tags: s.tags.clone(),
    };
    let figures: Vec<FigureEntry> = sentences.iter().filter(|s| s.figure).map(figure).collect();
    let unsourced_figures = sentences
        .iter()
        .filter(|s| s.figure && s.tags.is_empty())
        .map(figure)
        .collect();
    let hedged = sentences
        .iter()
        .filter(|s| s.hedged)
        .map(|s| s.sentence)
        .collect();
    let warnings = warnings(&sentences, &sources, attributed);
    Audit {
        article: ArticleMeta {
            id: article.id.clone(),
            title: article.title.clone(),
            outlet: article.outlet.clone(),
            date: article.date.clone(),
            path: article.doc.clone(),
        },
        sentences: n,
        tags,
        tag_shares,
        attributed,
        unattributed: n - attributed,
        sources,
        quotes,
        figures,
        unsourced_figures,
        hedged,
        quotes_without_speaker,
        warnings,
        annotated: sentences,
        text: article.text.clone(),
    }
}

/// Words that make a figure a count of the dead.
const DEATH_WORDS: &[&str] = &[
    "died",
    "dead",
    "deaths",
    "death",
    "killed",
    "toll",
    "fatalities",
    "casualties",
    "perished",
];
/// Words before a number that qualify it.
const QUALIFIERS: &[&str] = &[
    "around",
    "about",
    "at",
    "least",
    "nearly",
    "almost",
    "roughly",
    "some",
    "more",
    "than",
    "up",
    "to",
    "over",
    "under",
    "approximately",
    "an",
    "estimated",
];

/// The figures of a sentence as (quantity, as written): the quantity is
/// "deaths" when the sentence counts dead, else the noun after the number.
fn quantities(text: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower: Vec<String> = words
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let deaths = lower.iter().any(|w| DEATH_WORDS.contains(&w.as_str()));
    let mut out = Vec::new();
    for (i, w) in lower.iter().enumerate() {
        let numeric = w.chars().next().is_some_and(|c| c.is_ascii_digit())
            && !(w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y)));
        if !numeric {
            continue;
        }
        let mut j = i + 1;
        while j < lower.len()
            && matches!(
                lower[j].as_str(),
                "million" | "billion" | "thousand" | "mln" | "bln"
            )
        {
            j += 1;
        }
        // The counted noun: the next lower-case word, past adjectives we
        // cannot tell apart (take the last of up to three).
        let noun = (j..(j + 3).min(lower.len()))
            .take_while(|&k| words[k].chars().next().is_some_and(|c| c.is_alphabetic()))
            .filter(|&k| words[k].chars().next().is_some_and(char::is_lowercase))
            .last()
            .map(|k| lower[k].trim_end_matches('s').to_string());
        let mut s = i;
        while s > 0 && QUALIFIERS.contains(&lower[s - 1].as_str()) && i - s < 3 {
            s -= 1;
        }
        let written = words[s..j].join(" ");
        let written = written.trim_end_matches([',', '.', ';']).to_string();
        let key = if deaths {
            "deaths".to_string()
        } else {
            match noun {
                Some(n) => n,
                None => continue,
            }
        };
        out.push((key, written));
    }
    out
}

fn warnings(sentences: &[Sentence], sources: &[SourceEntry], attributed: usize) -> Vec<Warning> {
    let mut out = Vec::new();
    // One source carrying most attributed sentences.
    if attributed >= 4 {
        if let Some(top) = sources.iter().max_by_key(|e| e.sentences.len()) {
            let share = top.sentences.len() as f64 / attributed as f64;
            if share > 0.5 {
                out.push(Warning {
                    kind: "dominant-source",
                    message: format!(
                        "{} ({}) carries {} of {} attributed sentences ({:.0}%)",
                        top.name,
                        top.kind,
                        top.sentences.len(),
                        attributed,
                        share * 100.0
                    ),
                    sentences: top.sentences.clone(),
                });
            }
        }
    }
    // Claims resting on state media alone.
    let only_state: Vec<usize> = sentences
        .iter()
        .filter(|s| {
            s.has_tag(Tag::StateMedia)
                && !s
                    .tags
                    .iter()
                    .any(|t| matches!(t, Tag::OtherSource | Tag::Intelligence))
        })
        .map(|s| s.sentence)
        .collect();
    if !only_state.is_empty() {
        out.push(Warning {
            kind: "state-media-only",
            message: format!(
                "{} sentence(s) rest on state media with no independent source: {}",
                only_state.len(),
                list(&only_state)
            ),
            sentences: only_state,
        });
    }
    // Different figures for the same quantity from different sources.
    let mut by_quantity: BTreeMap<String, Vec<(usize, String, String)>> = BTreeMap::new();
    for s in sentences.iter().filter(|s| s.figure) {
        let who = if s.sources.is_empty() {
            "unsourced".to_string()
        } else {
            s.sources
                .iter()
                .map(|x| one_line(&x.entity()))
                .collect::<Vec<_>>()
                .join(" / ")
        };
        for (q, written) in quantities(&s.text) {
            by_quantity
                .entry(q)
                .or_default()
                .push((s.sentence, written, who.clone()));
        }
    }
    for (q, figs) in by_quantity {
        let mut whos: Vec<&str> = figs.iter().map(|f| f.2.as_str()).collect();
        whos.sort();
        whos.dedup();
        let mut values: Vec<&str> = figs.iter().map(|f| f.1.as_str()).collect();
        values.sort();
        values.dedup();
        if whos.len() >= 2 && values.len() >= 2 {
            let parts: Vec<String> = figs
                .iter()
                .map(|(n, w, who)| format!("{w} ({who}, sentence {n})"))
                .collect();
            out.push(Warning {
                kind: "conflicting-figures",
                message: format!("figures for {q} differ by source: {}", parts.join("; ")),
                sentences: figs.iter().map(|f| f.0).collect(),
            });
        }
    }
    out
}

fn list(ns: &[usize]) -> String {
    ns.iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The text rendering of an audit.
pub fn text(out: &mut impl Write, a: &Audit) -> io::Result<()> {
    let title = a.article.title.as_deref().unwrap_or("(untitled)");
    writeln!(out, "{}", one_line(title))?;
    let meta: Vec<&str> = [
        a.article.outlet.as_deref(),
        a.article.date.as_deref(),
        Some(a.article.path.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    writeln!(out, "{}", meta.join(" · "))?;
    writeln!(
        out,
        "\n{} sentences: {} attributed, {} unattributed",
        a.sentences, a.attributed, a.unattributed
    )?;
    for (t, c) in &a.tags {
        writeln!(
            out,
            "  {:<20} {:>4}  {:>5.1}%",
            t.as_str(),
            c,
            100.0 * a.tag_shares[t]
        )?;
    }
    writeln!(out, "\nSources")?;
    for e in &a.sources {
        let also: Vec<&String> = e.mentions.iter().filter(|m| **m != e.name).collect();
        let also = if also.is_empty() {
            String::new()
        } else {
            format!(
                " (as {})",
                also.iter()
                    .map(|s| format!("\"{s}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        writeln!(
            out,
            "  {:<13} {}{}  — sentences {}",
            e.kind.as_str(),
            e.name,
            also,
            list(&e.sentences)
        )?;
    }
    writeln!(out, "\nQuotes")?;
    for q in &a.quotes {
        let who = match (&q.speaker, &q.via) {
            (Some(s), Some(v)) => format!("{s}, via {v}"),
            (Some(s), None) => s.clone(),
            (None, Some(v)) => format!("unidentified speaker, via {v}"),
            (None, None) => "unidentified speaker".into(),
        };
        writeln!(out, "  [{}] {} — {}", q.sentence, q.text, who)?;
    }
    writeln!(out, "\nFigures")?;
    for f in &a.figures {
        let tags: Vec<&str> = f.tags.iter().map(|t| t.as_str()).collect();
        let tags = if tags.is_empty() {
            "UNSOURCED".to_string()
        } else {
            tags.join(", ")
        };
        writeln!(out, "  [{}] {} — {}", f.sentence, f.text, tags)?;
    }
    writeln!(
        out,
        "\nHedged claims: {}",
        if a.hedged.is_empty() {
            "none".into()
        } else {
            list(&a.hedged)
        }
    )?;
    if !a.quotes_without_speaker.is_empty() {
        writeln!(
            out,
            "Quotes without a speaker: {}",
            list(&a.quotes_without_speaker)
        )?;
    }
    writeln!(out, "\nWarnings")?;
    if a.warnings.is_empty() {
        writeln!(out, "  none")?;
    }
    for w in &a.warnings {
        writeln!(out, "  {}: {}", w.kind, w.message)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_key_deaths_and_nouns() {
        let q = quantities("Western officials estimated that at least 1,000 soldiers died.");
        assert_eq!(q, [("deaths".to_string(), "at least 1,000".to_string())]);
        let q = quantities("It has around 1.28 million active soldiers.");
        assert_eq!(
            q,
            [("soldier".to_string(), "around 1.28 million".to_string())]
        );
        assert!(quantities("In 2019 it rained.").is_empty());
    }
}
