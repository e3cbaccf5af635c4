//! Fixed lists of words (determiners, role nouns, honorifics ...) that the
//! rules test tokens against, many times per sentence. A [`WordList`] is
//! the list itself plus a bitmap of the lengths and first bytes of its
//! words, so that a word that cannot be in it (most words tested) is ruled
//! out without comparing it with any.

use std::ops::Deref;

/// A list of words with a quick membership test. It reads as the slice it
/// holds (`LIST.iter()`, `LIST.len()`), and `LIST.contains(&w)` answers as
/// the slice would.
#[derive(Debug, Clone, Copy)]
pub struct WordList {
    words: &'static [&'static str],
    /// One bit per (length mod 16, first byte mod 32) that a word has.
    seen: [u64; 8],
}

/// The bit of a word's shape: its length and its first byte, folded.
const fn shape(w: &[u8]) -> usize {
    let first = if w.is_empty() { 0 } else { w[0] as usize };
    (w.len() & 15) * 32 + (first & 31)
}

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> WordList {
        let mut seen = [0u64; 8];
        let mut i = 0;
        while i < words.len() {
            let s = shape(words[i].as_bytes());
            seen[s / 64] |= 1 << (s % 64);
            i += 1;
        }
        WordList { words, seen }
    }

    /// Whether `w` is one of the words (exactly, as the slice compares).
    #[inline]
    pub fn contains(&self, w: &&str) -> bool {
        let s = shape(w.as_bytes());
        self.seen[s / 64] & (1 << (s % 64)) != 0 && self.words.contains(w)
    }

    /// Whether `w` is one of the words in any ASCII case ("Minister" for
    /// "minister"). The bitmap's first-byte bits do not see ASCII case.
    #[inline]
    pub fn contains_ignore_ascii_case(&self, w: &str) -> bool {
        let s = shape(w.as_bytes());
        if self.seen[s / 64] & (1 << (s % 64)) == 0 {
            return false;
        }
        let first = w.as_bytes().first().map(u8::to_ascii_lowercase);
        self.words.iter().any(|x| {
            x.len() == w.len()
                && x.as_bytes().first().map(u8::to_ascii_lowercase) == first
                && x.eq_ignore_ascii_case(w)
        })
    }

    /// Whether `w`, or `w` without a plural "s", is one of the words
    /// ("reports" for a list of singular nouns).
    pub fn contains_noun(&self, w: &str) -> bool {
        self.contains(&w) || w.strip_suffix('s').is_some_and(|x| self.contains(&x))
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        self.words
    }
}

impl IntoIterator for WordList {
    type Item = &'static &'static str;
    type IntoIter = std::slice::Iter<'static, &'static str>;

    fn into_iter(self) -> Self::IntoIter {
        self.words.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::WordList;

    const LIST: WordList = WordList::new(&["the", "a", "spokesman", "", "Mr"]);

    #[test]
    fn answers_as_the_slice_does() {
        let probes = [
            "the",
            "a",
            "spokesman",
            "",
            "Mr",
            "The",
            "mr",
            "thee",
            "spokesmen",
            "b",
            "x",
            "spokeswoman",
            "tha",
        ];
        for w in probes {
            let slice: &[&str] = &LIST;
            assert_eq!(LIST.contains(&w), slice.contains(&w), "{w}");
        }
        for w in probes {
            let any_case = LIST.iter().any(|x| x.eq_ignore_ascii_case(w));
            assert_eq!(LIST.contains_ignore_ascii_case(w), any_case, "{w}");
        }
        assert!(LIST.contains_ignore_ascii_case("SPOKESMAN"));
        assert_eq!(LIST.len(), 5);
        assert_eq!(LIST.into_iter().count(), 5);
    }
}
