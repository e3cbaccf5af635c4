//! The word tokenizer of the full-text fields (`text`, `title`, `source`,
//! `speaker`, `via`): tantivy's `default` analyzer (words of alphanumeric
//! characters, a word of 40 bytes or more dropped but counted, lower case)
//! in one pass over the bytes.
//!
//! The three stages of tantivy's analyzer each walk every word again, and
//! the first decodes every character; this one classifies each byte by a
//! table, decodes only non-ASCII characters and writes an ASCII word
//! lower-cased as it scans it. It is registered under
//! the name `default`, so the schema, the query parser and existing indexes
//! are unchanged: it must give exactly the tokens tantivy's analyzer gives
//! (same text, offsets and positions), and the tests compare the two.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Words this long in bytes or longer are not indexed (tantivy's
/// `RemoveLongFilter::limit(40)` in its `default` analyzer); they still
/// take a position.
const MAX_WORD_BYTES: usize = 40;

/// The tokenizer (see the module doc).
#[derive(Clone, Default)]
pub struct Words {
    token: Token,
}

/// The words of one text.
pub struct WordStream<'a> {
    text: &'a str,
    at: usize,
    token: &'a mut Token,
}

impl Tokenizer for Words {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.token.reset();
        WordStream {
            text,
            at: 0,
            token: &mut self.token,
        }
    }
}

/// What each byte is to the scan: a separator, an ASCII letter or digit,
/// or part of a character beyond ASCII (decoded to decide).
const SEPARATOR: u8 = 0;
const ASCII_WORD: u8 = 1;
const NON_ASCII: u8 = 2;

static BYTE_CLASS: [u8; 256] = {
    let mut t = [SEPARATOR; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b >= 0x80 {
            NON_ASCII
        } else if (b as u8).is_ascii_alphanumeric() {
            ASCII_WORD
        } else {
            SEPARATOR
        };
        b += 1;
    }
    t
};

/// The length of the character at byte `i` of `s` (beyond ASCII), and
/// whether it is alphanumeric.
#[inline]
fn wide_char_at(s: &str, i: usize) -> (usize, bool) {
    match s[i..].chars().next() {
        Some(c) => (c.len_utf8(), c.is_alphanumeric()),
        None => (1, false),
    }
}

impl WordStream<'_> {
    /// The next word's byte range, its ASCII letters already written
    /// lower-cased to the token; `false` in the last place if the word
    /// goes beyond ASCII (the token then holds nothing useful yet).
    fn next_word(&mut self) -> Option<(usize, usize, bool)> {
        let s = self.text;
        let bytes = s.as_bytes();
        let n = bytes.len();
        let mut i = self.at;
        let start = loop {
            if i >= n {
                self.at = n;
                return None;
            }
            match BYTE_CLASS[bytes[i] as usize] {
                ASCII_WORD => break i,
                SEPARATOR => i += 1,
                _ => match wide_char_at(s, i) {
                    (_, true) => break i,
                    (len, false) => i += len,
                },
            }
        };
        // SAFETY: only ASCII bytes are pushed, and the buffer is cleared
        // first: it stays valid UTF-8.
        let out = unsafe { self.token.text.as_mut_vec() };
        out.clear();
        let mut ascii = true;
        while i < n {
            let b = bytes[i];
            match BYTE_CLASS[b as usize] {
                ASCII_WORD => {
                    out.push(b.to_ascii_lowercase());
                    i += 1;
                }
                SEPARATOR => break,
                _ => match wide_char_at(s, i) {
                    (len, true) => {
                        ascii = false;
                        i += len;
                    }
                    (_, false) => break,
                },
            }
        }
        self.at = i;
        Some((start, i, ascii))
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some((start, end, ascii)) = self.next_word() {
            self.token.position = self.token.position.wrapping_add(1);
            if end - start >= MAX_WORD_BYTES {
                continue;
            }
            if !ascii {
                // Character by character, as tantivy's LowerCaser does (no
                // final-sigma rule).
                let out = &mut self.token.text;
                out.clear();
                for c in self.text[start..end].chars() {
                    out.extend(c.to_lowercase());
                }
            }
            self.token.offset_from = start;
            self.token.offset_to = end;
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};

    fn tokens(mut analyzer: TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut out = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
        }
        out
    }

    fn tantivy_default() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
            .filter(LowerCaser)
            .build()
    }

    /// Asserts that both analyzers give the same tokens for `text`.
    fn same(text: &str) {
        assert_eq!(
            tokens(TextAnalyzer::from(Words::default()), text),
            tokens(tantivy_default(), text),
            "{text:?}"
        );
    }

    #[test]
    fn words_are_lower_cased_with_offsets_and_positions() {
        let got = tokens(
            TextAnalyzer::from(Words::default()),
            "KCNA said: Kim's 2,000",
        );
        let want = [
            ("kcna", 0, 4, 0),
            ("said", 5, 9, 1),
            ("kim", 11, 14, 2),
            ("s", 15, 16, 3),
            ("2", 17, 18, 4),
            ("000", 19, 22, 5),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|&(w, a, b, p)| (w.to_string(), a, b, p))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_long_word_is_dropped_but_keeps_its_position() {
        let long = "x".repeat(40);
        let got = tokens(TextAnalyzer::from(Words::default()), &format!("a {long} b"));
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].3, 2, "b is the third word");
        same(&format!("a {long} b {} c", "y".repeat(39)));
    }

    #[test]
    fn same_tokens_as_tantivy_on_hard_cases() {
        for text in [
            "",
            " ",
            "Русский текст",
            "ÉCOLE Straße İstanbul ΣΊΣΥΦΟΣ",
            "naïve café—résumé…",
            "a\u{301}b 北京 ١٢٣ ½ ²",
            "emoji 🙂 between 🙂words",
            "tab\tnew\nline\r\nend",
            "U.S.-led",
            "ﬁnance ǅ ß",
            &"é".repeat(20),
            &"é".repeat(19),
            &format!("{}a", "é".repeat(19)),
        ] {
            same(text);
        }
    }

    #[test]
    fn same_tokens_as_tantivy_on_every_character_pair() {
        // Every ASCII byte and a sample of non-ASCII characters, in pairs
        // and around a word, covers every branch of the scan.
        let mut chars: Vec<char> = (0u8..128).map(char::from).collect();
        chars.extend([
            'é', 'ß', 'İ', 'Σ', '—', '\u{a0}', '北', '١', '½', '🙂', '\u{301}',
        ]);
        for &a in &chars {
            for &b in &chars {
                same(&format!("{a}{b}"));
                same(&format!("x{a}y{b}z"));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn same_tokens_as_tantivy_on_any_text(text in "\\PC{0,60}") {
            same(&text);
        }
    }
}
