//! The HTML report of an audit: one self-contained file (inline CSS and
//! SVG, no scripts, nothing fetched), readable on a laptop and printable.
//! Every sentence is highlighted in its tag's colour; hovering or focusing
//! one shows its tags, sources and evidence. All article text is escaped.

use std::fmt::Write as _;

use super::Audit;
use crate::annotation::{Sentence, Tag};

/// Background tint of a sentence with this (primary) tag. The browser test
/// looks for these exact colours in a screenshot.
pub fn tint(tag: Tag) -> &'static str {
    match tag {
        Tag::StateMedia => "#f9b7a3",
        Tag::Intelligence => "#d9b8ec",
        Tag::OfficialEstimate => "#ffe08a",
        Tag::OfficialStatement => "#b9d4f5",
        Tag::OtherSource => "#bfe8d7",
    }
}

/// Strong colour of a tag (legend, chart, underlines).
pub fn strong(tag: Tag) -> &'static str {
    match tag {
        Tag::StateMedia => "#c0392b",
        Tag::Intelligence => "#7b2cbf",
        Tag::OfficialEstimate => "#b07d00",
        Tag::OfficialStatement => "#2f6fb5",
        Tag::OtherSource => "#2a9d8f",
    }
}

const UNATTRIBUTED: &str = "#9a9a9a";

/// The tag that colours a sentence: the first in the taxonomy's order.
fn primary(s: &Sentence) -> Option<Tag> {
    Tag::ALL.into_iter().find(|t| s.tags.contains(t))
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = r#"
:root { --ink: #1d1d1f; --muted: #666; --rule: #ddd; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1.25rem 4rem; font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .3rem; }
h2 { font: 600 1.05rem/1.3 system-ui, sans-serif; margin: 2.2rem 0 .6rem; border-bottom: 1px solid var(--rule); padding-bottom: .3rem; }
.meta, .summary, table, .legend, .tip, .warn { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
.meta { color: var(--muted); margin: 0; font-size: .9rem; }
.summary { margin: .8rem 0 0; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.1rem; margin: 1rem 0; font-size: .85rem; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.sw { display: inline-block; width: .95rem; height: .95rem; border-radius: 3px; border: 1px solid rgba(0,0,0,.15); }
.article p { margin: 0 0 1em; }
.article h3 { font-size: 1.15rem; margin: 1.4em 0 .5em; }
.s { position: relative; border-radius: 3px; padding: 1px 0; cursor: help; }
.s:focus { outline: 2px solid #333; outline-offset: 1px; }
.tip { display: none; position: absolute; left: 0; top: calc(100% + 4px); z-index: 10; width: min(30rem, 90vw); padding: .6rem .75rem; background: #fffef8; border: 1px solid #bbb; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); font-size: .8rem; line-height: 1.4; color: var(--ink); font-style: normal; font-weight: normal; }
.s:hover > .tip, .s:focus > .tip { display: block; }
.tip b { font-weight: 600; }
.tip .ev { display: inline-block; margin-top: .2rem; color: #333; }
.flag { display: inline-block; font-size: .7rem; padding: 0 .3rem; border: 1px solid #999; border-radius: 3px; margin-left: .25rem; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
th { font-weight: 600; background: #f6f6f6; }
td.n { white-space: nowrap; color: var(--muted); }
.warn { background: #fff4e5; border-left: 4px solid #e08e0b; padding: .5rem .75rem; margin: .4rem 0; font-size: .9rem; }
.unsourced { color: #a30000; font-weight: 600; }
svg text { font: 12px system-ui, sans-serif; fill: #333; }
@media print { .tip { display: none !important; } body { max-width: none; padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
"#;

/// Renders the report.
pub fn render(a: &Audit) -> String {
    let mut h = String::with_capacity(a.text.len() * 3 + 8192);
    let title = a.article.title.as_deref().unwrap_or("(untitled)");
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Sourcing audit: {}</title><style>{CSS}</style></head><body>\n",
        escape(title)
    );
    let meta: Vec<String> = [
        a.article.outlet.as_deref(),
        a.article.date.as_deref(),
        Some(a.article.path.as_str()),
    ]
    .into_iter()
    .flatten()
    .map(escape)
    .collect();
    let pct = |n: usize| {
        if a.sentences > 0 {
            100.0 * n as f64 / a.sentences as f64
        } else {
            0.0
        }
    };
    let _ = writeln!(
        h,
        "<header><h1>{}</h1><p class=\"meta\">{}</p><p class=\"summary\">{} sentences: \
         <b>{}</b> attributed ({:.0}%), <b>{}</b> in the article's own voice ({:.0}%).</p></header>",
        escape(title),
        meta.join(" · "),
        a.sentences,
        a.attributed,
        pct(a.attributed),
        a.unattributed,
        pct(a.unattributed)
    );
    legend(&mut h, a);
    chart(&mut h, a);
    h.push_str("<h2>The article, sentence by sentence</h2>\n<div class=\"article\">\n");
    article(&mut h, a);
    h.push_str("</div>\n");
    tables(&mut h, a);
    h.push_str("</body></html>\n");
    h
}

fn legend(h: &mut String, a: &Audit) {
    h.push_str("<ul class=\"legend\" aria-label=\"Legend\">");
    for t in Tag::ALL {
        let _ = write!(
            h,
            "<li><span class=\"sw\" style=\"background:{}\"></span>{} ({})</li>",
            tint(t),
            t.as_str(),
            a.tags[&t]
        );
    }
    let _ = writeln!(
        h,
        "<li><span class=\"sw\" style=\"background:#fff\"></span>unattributed ({})</li></ul>",
        a.unattributed
    );
}

/// A horizontal bar chart of sentences per tag (inline SVG).
fn chart(h: &mut String, a: &Audit) {
    let rows: Vec<(&str, usize, &str)> = Tag::ALL
        .iter()
        .map(|t| (t.as_str(), a.tags[t], strong(*t)))
        .chain(std::iter::once((
            "unattributed",
            a.unattributed,
            UNATTRIBUTED,
        )))
        .collect();
    let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1);
    let (label_w, bar_w, row_h) = (140.0, 380.0, 24.0);
    let height = row_h * rows.len() as f64 + 8.0;
    let _ = write!(
        h,
        "<h2>Profile</h2><svg role=\"img\" aria-label=\"Sentences per tag\" width=\"{w}\" height=\"{height}\" viewBox=\"0 0 {w} {height}\">",
        w = label_w + bar_w + 70.0
    );
    for (i, (name, n, colour)) in rows.iter().enumerate() {
        let y = 4.0 + i as f64 * row_h;
        let w = bar_w * *n as f64 / max as f64;
        let _ = write!(
            h,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{name}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{colour}\" rx=\"2\"></rect>\
             <text x=\"{}\" y=\"{}\">{n} ({:.0}%)</text>",
            label_w - 8.0,
            y + 15.0,
            row_h - 6.0,
            label_w + w + 6.0,
            y + 15.0,
            if a.sentences > 0 { 100.0 * *n as f64 / a.sentences as f64 } else { 0.0 }
        );
    }
    h.push_str("</svg>\n");
}

/// The article's sentences in paragraphs, each highlighted with a tooltip.
fn article(h: &mut String, a: &Audit) {
    let sents = &a.annotated;
    let mut open_p = false;
    for (k, s) in sents.iter().enumerate() {
        let new_para = k == 0
            || a.text
                .get(sents[k - 1].end..s.start)
                .is_none_or(|gap| gap.contains('\n'));
        let heading = k == 0 || is_heading(a, k);
        if (new_para || heading) && open_p {
            h.push_str("</p>\n");
            open_p = false;
        }
        if heading {
            let _ = writeln!(h, "<h3>{}</h3>", sentence_span(s));
            continue;
        }
        if !open_p {
            h.push_str("<p>");
            open_p = true;
        } else {
            h.push(' ');
        }
        h.push_str(&sentence_span(s));
    }
    if open_p {
        h.push_str("</p>\n");
    }
}

/// A line of its own without final punctuation: a heading.
fn is_heading(a: &Audit, k: usize) -> bool {
    let s = &a.annotated[k];
    let before = k == 0
        || a.text
            .get(a.annotated[k - 1].end..s.start)
            .is_some_and(|g| g.contains('\n'));
    let after = a
        .annotated
        .get(k + 1)
        .is_none_or(|n| a.text.get(s.end..n.start).is_some_and(|g| g.contains('\n')));
    let t = s.text.trim_end_matches(|c: char| "\"'”’)]".contains(c));
    before && after && !t.ends_with(['.', '!', '?', ':', ';', ','])
}

fn sentence_span(s: &Sentence) -> String {
    let mut style = String::new();
    if let Some(p) = primary(s) {
        let _ = write!(style, "background:{};", tint(p));
        let others: Vec<String> = s
            .tags
            .iter()
            .filter(|t| Some(**t) != primary(s))
            .enumerate()
            .map(|(i, t)| format!("inset 0 -{}px 0 {}", 3 * (i + 1), strong(*t)))
            .collect();
        if !others.is_empty() {
            let _ = write!(style, "box-shadow:{};", others.join(","));
        }
    }
    let tags = if s.tags.is_empty() {
        "unattributed".to_string()
    } else {
        s.tags
            .iter()
            .map(|t| t.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut tip = format!("<b>Sentence {}</b> · {}", s.sentence, escape(&tags));
    if s.quote {
        tip.push_str("<span class=\"flag\">quote</span>");
    }
    if s.hedged {
        tip.push_str("<span class=\"flag\">hedged</span>");
    }
    if s.figure {
        tip.push_str("<span class=\"flag\">figure</span>");
    }
    if !s.sources.is_empty() {
        tip.push_str("<br><b>Sources:</b> ");
        let names: Vec<String> = s
            .sources
            .iter()
            .map(|x| match &x.resolved {
                Some(r) => format!("{} = {} ({})", escape(&x.text), escape(r), x.kind),
                None => format!("{} ({})", escape(&x.text), x.kind),
            })
            .collect();
        tip.push_str(&names.join("; "));
    }
    // Only inline elements: the tooltip lives inside a paragraph.
    for e in &s.evidence {
        let _ = write!(
            tip,
            "<br><span class=\"ev\">{}: {} — cue “{}”, source “{}”</span>",
            e.tag,
            escape(&e.rule),
            escape(&e.cue.text),
            escape(&e.source.text)
        );
    }
    let class = primary(s).map_or("s", |_| "s tagged");
    format!(
        "<span class=\"{class}\" tabindex=\"0\" style=\"{style}\" data-sentence=\"{}\">{}<span class=\"tip\" role=\"tooltip\">{tip}</span></span>",
        s.sentence,
        escape(&s.text)
    )
}

fn tables(h: &mut String, a: &Audit) {
    h.push_str("<h2>Warnings</h2>\n");
    if a.warnings.is_empty() {
        h.push_str("<p class=\"meta\">None.</p>\n");
    }
    for w in &a.warnings {
        let _ = writeln!(
            h,
            "<div class=\"warn\"><b>{}</b>: {}</div>",
            escape(w.kind),
            escape(&w.message)
        );
    }
    h.push_str("<h2>Sources</h2>\n<table><tr><th>kind</th><th>source</th><th>also written as</th><th>sentences</th></tr>\n");
    for e in &a.sources {
        let also: Vec<String> = e
            .mentions
            .iter()
            .filter(|m| **m != e.name)
            .map(|m| escape(m))
            .collect();
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
            e.kind,
            escape(&e.name),
            also.join("; "),
            join(&e.sentences)
        );
    }
    h.push_str("</table>\n<h2>Quotes</h2>\n<table><tr><th>#</th><th>quote</th><th>speaker</th><th>via</th></tr>\n");
    for q in &a.quotes {
        let _ = writeln!(
            h,
            "<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            q.sentence,
            escape(&q.text),
            q.speaker.as_deref().map_or(
                "<span class=\"unsourced\">not identified</span>".to_string(),
                escape
            ),
            escape(q.via.as_deref().unwrap_or("—"))
        );
    }
    h.push_str("</table>\n<h2>Figures</h2>\n<table><tr><th>#</th><th>sentence</th><th>attribution</th></tr>\n");
    for f in &a.figures {
        let tags: Vec<&str> = f.tags.iter().map(|t| t.as_str()).collect();
        let attr = if tags.is_empty() {
            "<span class=\"unsourced\">unsourced</span>".to_string()
        } else {
            escape(&tags.join(", "))
        };
        let _ = writeln!(
            h,
            "<tr><td class=\"n\">{}</td><td>{}</td><td>{attr}</td></tr>",
            f.sentence,
            escape(&f.text)
        );
    }
    h.push_str("</table>\n<h2>Hedged claims</h2>\n");
    let _ = writeln!(
        h,
        "<p class=\"meta\">{}</p>",
        if a.hedged.is_empty() {
            "None.".to_string()
        } else {
            format!("Sentences {}", join(&a.hedged))
        }
    );
}

fn join(ns: &[usize]) -> String {
    ns.iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<script>\"a\" & 'b'"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;"
        );
    }
}
