//! Names the article treats as companies: "Texaco said its profits
//! fell", "Dome, which owns the field", "Kodak Co" make a bare "Texaco
//! said" a company's words (`organization`), not a person's, where no list
//! names it. Looked up only for the one-word names a phrase needs typed,
//! and remembered per article.

use memchr::memmem;

use super::Memory;
use crate::attribution::mentions::{COMPANY_SUFFIX, ORG_SUFFIX};
use crate::attribution::names::HONORIFICS;
use crate::attribution::tokens::Kind;
use crate::attribution::Doc;
use crate::lexicon::class;

impl Memory {
    /// Whether the article uses the one word `name` as a company's name
    /// (and never gives it an honorific: "Mr Ford" is a person).
    pub(crate) fn names_company(&self, doc: &Doc, name: &str) -> bool {
        if let Some(&known) = self.companies.borrow().get(name) {
            return known;
        }
        let found = used_as_company(doc, name) && self.gender_of(name).is_none();
        self.companies.borrow_mut().insert(name.to_string(), found);
        found
    }

    /// Whether the article uses the words `a..b` as a company's name: one
    /// word as [`Memory::names_company`] reads it; several where some
    /// occurrence of them ends in a company's suffix ("Control Data Corp"
    /// for "Control Data"; not "Bank" or "Center", which end other bodies'
    /// names too).
    pub(crate) fn names_company_words(&self, doc: &Doc, a: usize, b: usize) -> bool {
        if b == a + 1 {
            return self.names_company(doc, doc.text(a));
        }
        let words: Vec<&str> = (a..b).map(|k| doc.text(k)).collect();
        let n = doc.toks.len();
        occurrences(doc, words[0]).any(|k| {
            k + words.len() < n
                && words.iter().enumerate().all(|(j, w)| doc.text(k + j) == *w)
                && COMPANY_SUFFIX.contains(&doc.text(k + words.len()))
        })
    }
}

/// The tokens that are the word `word`, found by its bytes in the text.
fn occurrences<'a>(doc: &'a Doc, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    memmem::find_iter(doc.src.as_bytes(), word.as_bytes()).filter_map(move |at| {
        let k = doc.token_from(at);
        (k < doc.toks.len() && doc.toks[k].start == at && doc.text(k) == word).then_some(k)
    })
}

/// Whether some occurrence of the word `name` in the article is a company's
/// name alone (no capitalised word or honorific before it, none listed):
/// before a company suffix ("Kodak Co"), before ", which", or the subject
/// of a reporting verb followed by "its".
fn used_as_company(doc: &Doc, name: &str) -> bool {
    let n = doc.toks.len();
    occurrences(doc, name).any(|k| {
        if doc.mention(k).is_some() {
            return false;
        }
        let at = doc.toks[k].start;
        // A line of its own before it (a headline) leaves it alone too.
        let new_line = k > 0 && doc.src[doc.toks[k - 1].end..at].contains('\n');
        let alone = k == 0
            || new_line
            || !(HONORIFICS.contains(&doc.text(k - 1))
                || doc.toks[k - 1].kind == Kind::Word
                    && doc.text(k - 1).starts_with(|c: char| c.is_uppercase()));
        let word = |j: usize| if j < n { doc.lower(j) } else { "" };
        // The subject of ", which" or "said its" opens its sentence (or
        // line): "the port of Santos, which" is no company's name.
        let opens = k == 0
            || matches!(doc.text(k - 1), "." | "!" | "?" | "\"" | "“" | "”")
            || matches!(word(k - 1), "but" | "and")
            || new_line;
        alone
            && k + 1 < n
            && (ORG_SUFFIX.contains(&doc.text(k + 1))
                || opens && word(k + 1) == "," && word(k + 2) == "which"
                || opens && doc.class(k + 1) & class::SPEECH != 0 && word(k + 2) == "its")
    })
}
