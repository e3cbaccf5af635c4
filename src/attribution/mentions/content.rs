//! The attributed content of a cue: the token ranges a source is said to
//! have said, cut at clause breaks and new subjects, and whether a figure
//! stands in them (the number test reads only the content).

use super::*;

impl Ctx<'_, '_> {
    /// Whether the content a cue attributes to `np` states a figure. The
    /// content is what follows the cue when the source comes first ("X said
    /// that ..."); when the source closes the sentence after a comma or a
    /// quotation (", officials told state media"), it is what came before —
    /// unless that is a subordinate clause ("As Mattis met 28,000 troops,
    /// he said ...").
    pub(in crate::attribution) fn content_figure(&self, np: &Np, cue: &Cue) -> bool {
        self.figure_in(&self.content_ranges(np, cue))
    }

    /// Whether content ranges state a figure.
    pub(in crate::attribution) fn figure_in(&self, ranges: &[Range<usize>]) -> bool {
        let doc = self.doc;
        ranges.iter().any(|rg| {
            let (toks, classes) = (&doc.toks[rg.clone()], &doc.tok_class[rg.clone()]);
            (0..toks.len()).any(|i| {
                is_figure(doc.src, toks, classes, i, self.lx) && !self.not_a_count(rg.start + i)
            })
        })
    }

    /// The token ranges of the content a cue attributes to `np`: what
    /// follows the cue when the source comes first ("X said that ..."); when
    /// the source closes the sentence after a comma or a quotation (",
    /// officials told state media"), what came before too, unless that is
    /// a subordinate clause ("As Mattis met 28,000 troops, he said ...").
    /// Each range stops where a clause with its own subject starts ("...,
    /// while shelling left 12 dead").
    pub(in crate::attribution) fn content_ranges(&self, np: &Np, cue: &Cue) -> Vec<Range<usize>> {
        let doc = self.doc;
        let r = &self.r;
        let words = |rg: &Range<usize>| {
            rg.clone()
                .filter(|&i| matches!(doc.toks[i].kind, Kind::Word | Kind::Number))
                .count()
        };
        // "..., according to the ministry in its report": a cue after a
        // comma closes the content before it.
        let cue_after_comma = cue.before.end > r.start
            && cue.before.end < np.t0
            && self.punct(cue.before.end - 1, ",");
        let closing = np.t0 > r.start
            && (self.punct(np.t0 - 1, ",") || doc.toks[np.t0 - 1].is_quote() || cue_after_comma);
        let subordinate = SUBORDINATORS.contains(&self.lw(r.start));
        let mut ranges: Vec<Range<usize>> = Vec::new();
        let after = self.clause_end(cue.after.clone());
        if closing && !subordinate {
            ranges.push(self.clause_start(cue.before.clone()));
            ranges.push(after);
        } else {
            // A short object is the content when nothing stands before the
            // source ("Phivolcs recorded 611 aftershocks.").
            let before = self.clause_start(cue.before.clone());
            if words(&after) >= 3 || words(&before) == 0 {
                ranges.push(after);
            } else {
                ranges.push(before);
            }
        }
        ranges
            .into_iter()
            .map(|rg| {
                // The source phrase is never its own content.
                if rg.start < np.t1 && np.t1 <= rg.end && rg.start >= np.t0 {
                    np.t1..rg.end
                } else if rg.start < np.t0 && np.t0 < rg.end && rg.end <= np.t1 {
                    rg.start..np.t0
                } else {
                    rg
                }
            })
            .filter(|rg| !rg.is_empty())
            .collect()
    }

    /// Cuts a content range where another clause with its own subject
    /// begins: "; ", "while", "whereas", ", but".
    pub(super) fn clause_end(&self, rg: Range<usize>) -> Range<usize> {
        let end = rg.clone().find(|&k| self.clause_break(k)).unwrap_or(rg.end);
        rg.start..end
    }

    /// The last clause of a content range before a closing source.
    pub(super) fn clause_start(&self, rg: Range<usize>) -> Range<usize> {
        let start = rg
            .clone()
            .rev()
            .find(|&k| k > rg.start && self.clause_break(k))
            .map_or(rg.start, |k| k + 1);
        start..rg.end
    }

    pub(super) fn clause_break(&self, k: usize) -> bool {
        if self
            .inside_quote
            .get(k - self.r.start)
            .copied()
            .unwrap_or(false)
        {
            return false;
        }
        let w = self.lw(k);
        self.punct(k, ";")
            || matches!(w, "while" | "whereas")
            || (self.punct(k, ",")
                && matches!(self.lw(k + 1), "but" | "although" | "though")
                && self.new_subject(k + 2))
            // A background relative clause: "..., where hundreds died",
            // "..., in which 240 people were killed".
            || (self.punct(k, ",") && matches!(self.lw(k + 1), "where" | "whose"))
            || (self.punct(k, ",")
                && matches!(self.lw(k + 1), "in" | "during")
                && self.lw(k + 2) == "which")
            // The scene the words were said in: "..., as 3,000 protesters
            // gathered outside".
            // ("as a result", "as 34.5 pct shareholder" are no scene).
            || (self.punct(k, ",") && self.lw(k + 1) == "as" && self.scene_clause(k + 2))
    }

    /// Whether a clause of its own starts at `k` after "as": a subject
    /// ("the donors met", "police fired") or a count with its verb ("3,000
    /// protesters gathered").
    fn scene_clause(&self, k: usize) -> bool {
        let counted = self.doc.toks.get(k).is_some_and(|t| t.kind == Kind::Number)
            && self.lw(k + 1).ends_with('s')
            && self.lw(k + 2).ends_with("ed");
        counted || self.new_subject(k) && !matches!(self.lw(k), "a" | "an")
    }

    /// Whether a clause with its own subject starts at `k` ("but the
    /// army ...", "but he ..."), not a verb sharing the subject ("but
    /// remained ...").
    pub(super) fn new_subject(&self, k: usize) -> bool {
        let w = self.lw(k);
        DETERMINERS.contains(&w)
            || PRONOUNS.contains(&w)
            || matches!(w, "i" | "we" | "you")
            || (self.word(k) && is_cap(self.doc.text(k)))
    }

    /// A number that is no count of the content: an age between commas
    /// after a name ("the suspect, 34, had"), a set already known ("all
    /// four").
    pub(super) fn not_a_count(&self, k: usize) -> bool {
        let doc = self.doc;
        let t = doc.toks[k];
        let numeric = t.kind == Kind::Number || doc.class(k) & class::COUNT != 0;
        if !numeric {
            return false;
        }
        let age = k > self.r.start + 1
            && self.punct(k - 1, ",")
            && self.punct(k + 1, ",")
            && self.word(k - 2)
            && t.kind == Kind::Number;
        let set = k > self.r.start && matches!(self.lw(k - 1), "all" | "both");
        // "when he was 19.": an age.
        let was_age = t.kind == Kind::Number
            && k > self.r.start
            && matches!(self.lw(k - 1), "was" | "is" | "were" | "are")
            && (k + 1 >= self.r.end || self.doc.toks[k + 1].kind == Kind::Punct);
        // "the iPhone 5", "Section 702", "Boeing 737": a number naming a
        // thing after its capitalised name is a label.
        let label = t.kind == Kind::Number
            && k > self.r.start + 1
            && self.word(k - 1)
            && doc.text(k - 1).chars().any(char::is_uppercase)
            && doc.class(k - 1) & class::MONTH == 0
            && doc.text(k).bytes().all(|b| b.is_ascii_digit());
        // "a January report by three U.S. intelligence agencies": the
        // count of a document's authors is no figure of the content.
        let authors = k > self.r.start + 1
            && matches!(self.lw(k - 1), "by" | "from")
            && (doc.class(k - 2) & class::DOCUMENT != 0
                || doc
                    .mention(k - 2)
                    .is_some_and(|m| m.kind == EntryKind::Document));
        // "Five Eyes partners", "the Group of Seven": a word of a listed
        // name counts nothing.
        let in_name = doc.mention(k).is_some_and(|m| {
            m.t1 > m.t0 + 1 && doc.src[m.start..m.end].starts_with(char::is_uppercase)
        });
        // "..., two U.S. officials said.": the count of the sources that
        // close the sentence.
        let speakers = k > self.r.start
            && self.punct(k - 1, ",")
            && (k + 1..(k + 6).min(self.r.end))
                .take_while(|&j| self.word(j) && !BE.contains(&self.lw(j)))
                .any(|j| {
                    doc.class(j) & class::SPEECH != 0
                        && (j + 1 >= self.r.end || !self.word(j + 1) || self.lw(j + 1) == "on")
                });
        age || set || was_age || label || authors || in_name || speakers
    }
}
