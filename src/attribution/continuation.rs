//! Quote continuation: the sentences of one quotation share the
//! attribution of the sentence that names its speaker, wherever that
//! sentence stands, and a quotation opening the next paragraph right after
//! an attributed one continues it (the floating quote of news style).

use super::cues::Found;
use super::quotes::QuoteInfo;
use super::Doc;

/// Carries attributions through quotations: the sentences of one quotation
/// share its attribution wherever it stands, and a quotation that opens the
/// next paragraph right after an attributed one continues it.
pub(super) fn continue_quotations(
    doc: &Doc,
    headings: &[bool],
    infos: &[QuoteInfo],
    paragraph_start: &[bool],
    figures: &[bool],
    found: &mut [Vec<Found>],
) {
    let mut run: Vec<usize> = Vec::new();
    let mut attr: Option<Vec<Found>> = None;
    let mut last_was_quote = false;
    for k in 0..infos.len() {
        let qi = infos[k];
        if headings[k] {
            // A heading never continues a quotation, and ends any.
            run.clear();
            attr = None;
            last_was_quote = false;
            continue;
        }
        if paragraph_start[k] {
            let floating = qi.opens && last_was_quote;
            if !floating {
                run.clear();
                attr = None;
            }
        }
        let in_quote = qi.quote || qi.continues;
        if !in_quote {
            run.clear();
            attr = None;
            last_was_quote = false;
            continue;
        }
        last_was_quote = true;
        let own: Vec<Found> = found[k].iter().filter(|f| !f.inherited).cloned().collect();
        if !own.is_empty() {
            for &j in &run {
                found[j] = inherit(doc, &own, infos[j], figures[j]);
            }
            run.clear();
            attr = Some(own);
        } else if qi.mainly || qi.continues || qi.opens {
            match &attr {
                Some(a) if qi.continues || qi.opens => found[k] = inherit(doc, a, qi, figures[k]),
                _ => run.push(k),
            }
        }
        if !qi.open_at_end && qi.continues && attr.is_none() {
            run.clear();
        }
    }
}

fn inherit(_doc: &Doc, from: &[Found], qi: QuoteInfo, figure: bool) -> Vec<Found> {
    from.iter()
        .map(|f| {
            let mut g = f.clone();
            g.figure |= figure;
            g.inherited = true;
            g.rule = "quote-continuation";
            g.content = None;
            if let Some((s, e)) = qi.mark {
                g.cue = (s, e);
            }
            g
        })
        .collect()
}
