//! The article's own voice: its outlet and its correspondents, whose words
//! add no attribution.

use super::*;

impl Ctx<'_, '_> {
    /// Whether `a..b` names the article's own outlet ("told the Gulf
    /// Herald", "the Herald's Amal Idris").
    pub(in crate::attribution) fn is_own(&self, a: usize, b: usize) -> bool {
        let doc = self.doc;
        // "our Tangail correspondent": the outlet speaking of itself.
        if a < b && self.lw(a) == "our" {
            return true;
        }
        (a..b).any(|j| {
            doc.mention(j)
                .is_some_and(|m| doc.own_outlets.contains(&m.entry))
                || (doc.toks[j].kind == Kind::Word
                    && doc.own_words.iter().any(|w| w == doc.text(j)))
        })
    }

    /// A person of the outlet named in `a..b`: "the Herald's Amal Idris",
    /// "our correspondent", "Reuters reporter Jo Lee".
    pub(in crate::attribution) fn own_correspondent(&self, a: usize, b: usize) -> bool {
        let doc = self.doc;
        (a..b).any(|j| {
            doc.toks[j].kind == Kind::Possessive && j + 1 < b
                || matches!(
                    self.lw(j),
                    "correspondent"
                        | "correspondents"
                        | "reporter"
                        | "reporters"
                        | "journalist"
                        | "editor"
                        | "staff"
                )
        })
    }
}
