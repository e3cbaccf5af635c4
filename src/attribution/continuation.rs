//! Quote continuation: the sentences of one quotation share the
//! attribution of the sentence that names its speaker, wherever that
//! sentence stands, and a quotation opening the next paragraph right after
//! an attributed one continues it (the floating quote of news style).

use super::cues::Found;
use super::quotes::QuoteInfo;

/// What continuation reads of an article's sentences, one entry each.
pub(super) struct Sentences<'a> {
    /// The sentence is a heading (it ends any quotation).
    pub headings: &'a [bool],
    pub infos: &'a [QuoteInfo],
    pub paragraph_start: &'a [bool],
    /// The sentence states a figure.
    pub figures: &'a [bool],
}

/// Carries attributions through quotations: the sentences of one quotation
/// share its attribution wherever it stands, and a quotation that opens the
/// next paragraph right after an attributed one continues it. Returns the
/// sentences found to be quotes only now.
pub(super) fn continue_quotations(ss: &Sentences, found: &mut [Vec<Found>]) -> Vec<usize> {
    let infos = ss.infos;
    resume_unopened(ss, found);
    let mut resumed: Vec<usize> = found
        .iter()
        .enumerate()
        .filter(|(k, f)| !infos[*k].quote && f.iter().any(|x| x.rule == RESUMED))
        .map(|(k, _)| k)
        .collect();
    resumed.extend(carry(ss, found));
    resumed
}

/// The rule of a sentence inside a quotation that resumed without an
/// opening mark.
const RESUMED: &str = "quote-resumed";

/// '"Hospitals are short of nurses," the daily said. Waiting lists have
/// doubled. The shortage will worsen."': a closing mark with no opening
/// one means the quotation resumed after its attribution; the sentences
/// from there to the mark, in the same paragraph and with no marks of their
/// own, take the attribution.
fn resume_unopened(ss: &Sentences, found: &mut [Vec<Found>]) {
    let (infos, paragraph_start) = (ss.infos, ss.paragraph_start);
    for m in 0..infos.len() {
        if !infos[m].closes_unopened || infos[m].continues || !found[m].is_empty() {
            continue;
        }
        let mut k = m;
        while k > 0 && !paragraph_start[k] {
            k -= 1;
            let attributed = infos[k].quote && !found[k].is_empty();
            if attributed {
                let from: Vec<Found> = found[k].clone();
                for j in k + 1..=m {
                    let mut g = inherit(&from, infos[j], ss.figures[j]);
                    for f in &mut g {
                        f.rule = RESUMED;
                    }
                    found[j] = g;
                }
                break;
            }
            if infos[k].quote || infos[k].mark.is_some() || !found[k].is_empty() {
                break;
            }
        }
    }
}

/// The sentences of one quotation share its attribution; a floating
/// quotation continues the one before it. A sentence whose closing mark
/// ends a quotation left open at the end of the previous paragraph (a
/// line break inside the quotation, as in wire copy) continues it too, and
/// is returned as a quote.
fn carry(ss: &Sentences, found: &mut [Vec<Found>]) -> Vec<usize> {
    let Sentences {
        headings,
        infos,
        paragraph_start,
        figures,
    } = *ss;
    let mut closed_late = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut attr: Option<Vec<Found>> = None;
    // The attribution a floating quotation continues unless it names a
    // speaker of its own before it closes ('“...” Smart Group’s manager
    // was quoted as saying' after a paragraph quoting the owners).
    let mut fallback: Option<Vec<Found>> = None;
    let mut last_was_quote = false;
    for k in 0..infos.len() {
        let qi = infos[k];
        if headings[k] {
            // A heading never continues a quotation, and ends any.
            flush(&mut run, &mut fallback, found, ss);
            attr = None;
            last_was_quote = false;
            continue;
        }
        // '"... by corruption.\nOnly this will help," it said.'
        let closes_open = qi.closes_unopened
            && !qi.continues
            && k > 0
            && infos[k - 1].open_at_end
            && last_was_quote;
        if paragraph_start[k] {
            let floating = qi.opens && last_was_quote;
            if floating && !closes_open {
                if let Some(a) = attr.take() {
                    settle(&mut run, a.clone(), found, ss);
                    fallback = Some(a);
                }
            } else if !closes_open {
                flush(&mut run, &mut fallback, found, ss);
                attr = None;
            }
        }
        if closes_open && !qi.quote {
            closed_late.push(k);
        }
        let in_quote = qi.quote || qi.continues || closes_open;
        if !in_quote {
            flush(&mut run, &mut fallback, found, ss);
            attr = None;
            last_was_quote = false;
            continue;
        }
        last_was_quote = true;
        let own: Vec<Found> = found[k].iter().filter(|f| !f.inherited).cloned().collect();
        if !own.is_empty() {
            settle(&mut run, own.clone(), found, ss);
            attr = Some(own);
            fallback = None;
        } else if qi.mainly || qi.continues || qi.opens {
            match &attr {
                Some(a) if qi.continues || qi.opens => found[k] = inherit(a, qi, figures[k]),
                _ => run.push(k),
            }
        }
        // The floating quotation closed with no speaker of its own: it
        // continues the one before.
        if !qi.open_at_end && fallback.is_some() {
            let a = fallback.take().unwrap_or_default();
            settle(&mut run, a.clone(), found, ss);
            attr = Some(a);
        }
        if !qi.open_at_end && qi.continues && attr.is_none() {
            run.clear();
        }
    }
    flush(&mut run, &mut fallback, found, ss);
    closed_late
}

/// Ends a run: its sentences take the attribution a floating quotation
/// continues, if any, else stay as they are.
fn flush(
    run: &mut Vec<usize>,
    fallback: &mut Option<Vec<Found>>,
    found: &mut [Vec<Found>],
    ss: &Sentences,
) {
    match fallback.take() {
        Some(a) => settle(run, a, found, ss),
        None => run.clear(),
    }
}

/// Gives the sentences waiting in `run` the attribution `from`.
fn settle(run: &mut Vec<usize>, from: Vec<Found>, found: &mut [Vec<Found>], ss: &Sentences) {
    for j in run.drain(..) {
        found[j] = inherit(&from, ss.infos[j], ss.figures[j]);
    }
}

fn inherit(from: &[Found], qi: QuoteInfo, figure: bool) -> Vec<Found> {
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
