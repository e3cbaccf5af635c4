//! Rendering annotations for people and programs: the coloured text
//! format, JSON Lines (one object per sentence) and JSON (one document per
//! article).

use std::io::{self, Write};

use serde::Serialize;

use crate::annotation::{Sentence, Tag};

mod jsonl;

/// ANSI colours for tags, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub enabled: bool,
}

impl Palette {
    /// The escape sequence that starts a tag's colour.
    pub fn tag(&self, tag: Tag) -> &'static str {
        if !self.enabled {
            return "";
        }
        match tag {
            Tag::StateMedia => "\x1b[1;31m",
            Tag::Intelligence => "\x1b[1;35m",
            Tag::OfficialEstimate => "\x1b[1;33m",
            Tag::OfficialStatement => "\x1b[1;34m",
            Tag::OtherSource => "\x1b[36m",
        }
    }

    pub fn dim(&self) -> &'static str {
        if self.enabled {
            "\x1b[2m"
        } else {
            ""
        }
    }

    pub fn bold(&self) -> &'static str {
        if self.enabled {
            "\x1b[1m"
        } else {
            ""
        }
    }

    pub fn reset(&self) -> &'static str {
        if self.enabled {
            "\x1b[0m"
        } else {
            ""
        }
    }
}

/// Text folded to one line: runs of white space (newlines of hard-wrapped
/// text included) become one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A CSV field, quoted when it holds a comma, quote or line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One JSON object per sentence, each with the article's `doc` name.
pub fn jsonl(out: &mut impl Write, doc: &str, sentences: &[Sentence]) -> io::Result<()> {
    let mut buf = Vec::with_capacity(1024);
    for s in sentences {
        buf.clear();
        jsonl::row(&mut buf, doc, s);
        out.write_all(&buf)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct Document<'a> {
    doc: &'a str,
    sentences: &'a [Sentence],
}

/// One JSON document for the article.
pub fn json(out: &mut impl Write, doc: &str, sentences: &[Sentence]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &Document { doc, sentences })?;
    out.write_all(b"\n")
}

/// The text format: a header per article, a block per sentence.
pub fn text(
    out: &mut impl Write,
    doc: &str,
    sentences: &[Sentence],
    explain: bool,
    pal: Palette,
) -> io::Result<()> {
    let attributed = sentences.iter().filter(|s| !s.tags.is_empty()).count();
    writeln!(
        out,
        "{}{doc}{}  {} sentences, {} attributed",
        pal.bold(),
        pal.reset(),
        sentences.len(),
        attributed
    )?;
    for s in sentences {
        writeln!(
            out,
            "{}{:>4}{}  {}",
            pal.dim(),
            s.sentence,
            pal.reset(),
            s.text.replace('\n', " ")
        )?;
        let mut line = String::from("      ");
        if s.tags.is_empty() {
            line.push_str(pal.dim());
            line.push_str("unattributed");
            line.push_str(pal.reset());
        }
        for (i, t) in s.tags.iter().enumerate() {
            if i > 0 {
                line.push(' ');
            }
            line.push_str(pal.tag(*t));
            line.push_str(t.as_str());
            line.push_str(pal.reset());
        }
        if s.quote {
            line.push_str("  [quote]");
        }
        if s.hedged {
            line.push_str("  [hedged]");
        }
        writeln!(out, "{line}")?;
        if !s.sources.is_empty() {
            let names: Vec<String> = s
                .sources
                .iter()
                .map(|src| match &src.resolved {
                    Some(r) => format!("{} = {} ({})", src.text.replace('\n', " "), r, src.kind),
                    None => format!("{} ({})", src.text.replace('\n', " "), src.kind),
                })
                .collect();
            writeln!(out, "      sources: {}", names.join("; "))?;
        }
        if explain {
            for e in &s.evidence {
                writeln!(
                    out,
                    "      {}{}{} <- {}: cue \"{}\" @{}..{}, source \"{}\" @{}..{}",
                    pal.tag(e.tag),
                    e.tag,
                    pal.reset(),
                    e.rule,
                    e.cue.text.replace('\n', " "),
                    e.cue.start,
                    e.cue.end,
                    e.source.text.replace('\n', " "),
                    e.source.start,
                    e.source.end
                )?;
            }
        }
    }
    Ok(())
}
