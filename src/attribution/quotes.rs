//! Direct quotations: which sentences contain quoted speech, which are
//! wholly or mainly a quotation, and which continue a quotation opened in
//! an earlier sentence or paragraph.

use super::tokens::{Kind, Token};

/// What one sentence holds of quotations.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuoteInfo {
    /// The sentence contains quoted speech (not a title or nickname).
    pub quote: bool,
    /// At least half of the sentence is inside quotation marks.
    pub mainly: bool,
    /// The sentence starts inside a quotation left open before it.
    pub continues: bool,
    /// The sentence opens with a quotation mark.
    pub opens: bool,
    /// A quotation is still open at the end of the sentence.
    pub open_at_end: bool,
    /// A double closing mark closes a quotation no mark opened: the
    /// quotation resumed earlier without one (""...," she said. More
    /// words. Last words."").
    pub closes_unopened: bool,
    /// Byte span of the first quotation mark, for evidence.
    pub mark: Option<(usize, usize)>,
}

/// Tracks open quotations from sentence to sentence.
#[derive(Debug, Default)]
pub struct QuoteState {
    open: bool,
    /// Sentences the open quotation has run on for.
    carried: usize,
    /// The open quotation started with a single mark (often an apostrophe
    /// in disguise): it does not run on into another sentence.
    single: bool,
}

/// The longest run of sentences one quotation may carry on for.
const MAX_CARRY: usize = 6;

impl QuoteState {
    /// A new paragraph: a quotation left open at the end of the previous one
    /// stays open only if this paragraph opens with a quotation mark (the
    /// news convention); the caller reads that from `QuoteInfo::opens`.
    pub fn new_paragraph(&mut self) {
        self.open = false;
    }

    /// Reads one sentence's tokens; `speech` says whether the sentence has
    /// a reporting word (one- and two-word quotations without one are
    /// scare quotes).
    pub fn sentence(&mut self, src: &str, toks: &[Token], speech: bool) -> QuoteInfo {
        if self.open && (self.single || self.carried >= MAX_CARRY) {
            self.open = false;
        }
        let mut info = QuoteInfo {
            continues: self.open,
            ..QuoteInfo::default()
        };
        let total: usize = toks.iter().map(|t| t.end - t.start).sum();
        let mut inside = 0usize;
        let mut span_start: Option<usize> = if self.open { Some(0) } else { None };
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            match t.kind {
                Kind::OpenQuote => {
                    if i == 0 {
                        info.opens = true;
                    }
                    if span_start.is_none() {
                        self.single = matches!(t.text(src), "'" | "‘");
                    }
                    if info.mark.is_none() {
                        info.mark = Some((t.start, t.end));
                    }
                    if span_start.is_none() {
                        span_start = Some(i);
                    }
                }
                Kind::CloseQuote => {
                    // A single closing mark closes only a single opening
                    // one; otherwise it is an apostrophe ("agencies’").
                    let single_close = matches!(t.text(src), "'" | "’");
                    if span_start.is_none() && !single_close && spans.is_empty() {
                        info.closes_unopened = true;
                    }
                    if span_start.is_none() || single_close != self.single {
                        continue;
                    }
                    if info.mark.is_none() {
                        info.mark = Some((t.start, t.end));
                    }
                    let s = span_start.take().unwrap_or(0);
                    spans.push((s, i));
                }
                _ => {}
            }
        }
        if let Some(s) = span_start {
            spans.push((s, toks.len()));
            info.open_at_end = true;
        }
        self.carried = if info.continues && info.open_at_end {
            self.carried + 1
        } else {
            0
        };
        self.open = info.open_at_end;
        for &(s, e) in &spans {
            let body = &toks[(s + 1).min(e)..e];
            let words = body.iter().filter(|t| t.kind == Kind::Word).count();
            if words <= 2 && !speech && !info.continues {
                continue; // a scare quote: 'missing' emails
            }
            if is_speech(src, toks, s, body) {
                info.quote = true;
            }
            inside += body.iter().map(|t| t.end - t.start).sum::<usize>();
        }
        info.mainly = info.quote && total > 0 && inside * 2 >= total;
        info
    }
}

/// Whether a quoted span is speech rather than a title, nickname or scare
/// quote: a short span of capitalised words after a naming word is a title.
fn is_speech(src: &str, toks: &[Token], open: usize, body: &[Token]) -> bool {
    let words: Vec<&str> = body
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.text(src))
        .collect();
    if words.is_empty() {
        return false;
    }
    let before = |k: usize| {
        open.checked_sub(k)
            .and_then(|j| toks.get(j))
            .map(|t| t.text(src).to_lowercase())
            .unwrap_or_default()
    };
    let naming = [
        "so-called",
        "dubbed",
        "nicknamed",
        "titled",
        "entitled",
        "named",
        "called",
        "film",
        "movie",
        "book",
        "novel",
        "song",
        "album",
        "show",
        "series",
        "programme",
        "program",
        "tabloid",
        "newspaper",
        "magazine",
        "title",
        "operation",
        "codenamed",
        "code-named",
        "known",
    ];
    let b1 = before(1);
    if b1 == "so-called" {
        return false;
    }
    // A title after a possessive: NBC's "Meet the Press".
    let after_possessive = open > 0 && toks[open - 1].kind == Kind::Possessive;
    let title_case = words.len() <= 6
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || w.len() <= 3);
    if title_case
        && (after_possessive
            || naming.contains(&b1.as_str())
            || naming.contains(&before(2).as_str()))
    {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::tokens::tokenize;

    fn info(state: &mut QuoteState, s: &str) -> QuoteInfo {
        let mut t = Vec::new();
        tokenize(s, 0, &mut t);
        state.sentence(s, &t, true)
    }

    #[test]
    fn partial_quote_is_a_quote() {
        let mut st = QuoteState::default();
        let i = info(&mut st, "He expressed his “deep condolences” at the event.");
        assert!(i.quote && !i.mainly);
    }

    #[test]
    fn titles_are_not_quotes() {
        let mut st = QuoteState::default();
        assert!(!info(&mut st, "the tabloid 'Rolling Stone' printed it.").quote);
    }

    #[test]
    fn multi_sentence_quotation_continues() {
        let mut st = QuoteState::default();
        let a = info(&mut st, "“We will win.");
        assert!(a.quote && a.mainly && a.open_at_end);
        let b = info(&mut st, "They will lose,” he said.");
        assert!(b.continues && b.quote);
    }
}
