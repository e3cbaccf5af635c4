//! Word tokens with byte offsets: the unit the attribution rules walk over.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, with inner apostrophes, hyphens and periods (`U.S.`, `al-Nimr`).
    Word,
    /// Digits with separators, currency, percent and glued units (`$1.13bn`).
    Number,
    /// The possessive `'s` / `’s` split off a word.
    Possessive,
    /// An opening quotation mark.
    OpenQuote,
    /// A closing quotation mark.
    CloseQuote,
    /// Any other single character that is not white space.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Token {
    #[inline]
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }

    #[inline]
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }

    #[inline]
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, Kind::OpenQuote | Kind::CloseQuote)
    }
}

fn is_word_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

/// Tokenises `text[range]`, with offsets into `text`.
pub fn tokenize(text: &str, base: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Most of a text is ASCII white space and plain ASCII words: those
        // are read byte by byte, the rest char by char below.
        if matches!(b, b' ' | b'\t'..=b'\r') {
            i += 1;
            continue;
        }
        if b.is_ascii_alphabetic() {
            let end = i + bytes[i..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - i);
            // A word that ends at ASCII other than a joiner ends there.
            if bytes
                .get(end)
                .is_none_or(|&n| n.is_ascii() && !is_word_joiner(char::from(n)))
            {
                out.push(Token {
                    start: base + i,
                    end: base + end,
                    kind: Kind::Word,
                });
                i = end;
                continue;
            }
        }
        let Some(c) = char_at(text, i) else {
            break;
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if c.is_alphabetic() {
            let end = word_end(text, start, i + c.len_utf8());
            // Split a possessive "'s" off the word.
            if let Some(p) = possessive_len(&bytes[start..end]) {
                let cut = end - p;
                out.push(Token {
                    start: base + start,
                    end: base + cut,
                    kind: Kind::Word,
                });
                out.push(Token {
                    start: base + cut,
                    end: base + end,
                    kind: Kind::Possessive,
                });
            } else {
                out.push(Token {
                    start: base + start,
                    end: base + end,
                    kind: Kind::Word,
                });
            }
            i = end;
            continue;
        }
        let currency = matches!(c, '$' | '£' | '€' | '¥');
        let digit_follows = bytes.get(i + c.len_utf8()).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_digit() || (currency && digit_follows) {
            let mut end = i + c.len_utf8();
            while let Some(d) = char_at(text, end) {
                let next_digit = bytes
                    .get(end + d.len_utf8())
                    .is_some_and(u8::is_ascii_digit);
                if d.is_alphanumeric()
                    || d == '%'
                    || (matches!(d, ',' | '.' | ':' | '/' | '-') && next_digit)
                {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            out.push(Token {
                start: base + start,
                end: base + end,
                kind: Kind::Number,
            });
            i = end;
            continue;
        }
        let kind = match c {
            '“' | '«' | '„' => Kind::OpenQuote,
            '”' | '»' => Kind::CloseQuote,
            '"' | '‘' | '’' | '\'' => quote_side(text, i, c),
            _ => Kind::Punct,
        };
        out.push(Token {
            start: base + start,
            end: base + start + c.len_utf8(),
            kind,
        });
        i += c.len_utf8();
    }
}

/// The length in bytes of the possessive "'s" or "’s" that ends `word`,
/// if a word stands before it.
fn possessive_len(word: &[u8]) -> Option<usize> {
    match word {
        [.., _, b'\'', b's'] => Some(2),
        [.., _, 0xE2, 0x80, 0x99, b's'] => Some(4),
        _ => None,
    }
}

/// The character that starts at byte `i` of `text`; ASCII without decoding.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// Where the word that starts at `start` ends, from `end` (past its first
/// letter): letters and digits, with inner apostrophes, hyphens and periods
/// when a letter or digit follows them, and the final period of an
/// abbreviation ("U.S.").
fn word_end(text: &str, start: usize, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1;
        }
        let Some(d) = char_at(text, end) else {
            return end;
        };
        if d.is_alphanumeric() {
            end += d.len_utf8();
        } else if is_word_joiner(d) {
            // Join only when a letter or digit follows the joiner.
            let after = end + d.len_utf8();
            if char_at(text, after).is_some_and(char::is_alphanumeric) {
                end = after;
            } else if d == '.' && text[start..end].contains('.') {
                return end + 1;
            } else {
                return end;
            }
        } else {
            return end;
        }
    }
}

/// Whether a straight or single quotation mark at `i` opens or closes, or
/// is an apostrophe (`Punct`).
fn quote_side(text: &str, i: usize, c: char) -> Kind {
    let before = text[..i].chars().next_back();
    let after = text[i + c.len_utf8()..].chars().next();
    let space_or_open = |ch: Option<char>| {
        ch.is_none_or(|ch| {
            ch.is_whitespace() || matches!(ch, '(' | '[' | '—' | '–' | '-' | '“' | '"')
        })
    };
    let opens = space_or_open(before) && after.is_some_and(|a| !a.is_whitespace());
    let closes =
        before.is_some_and(|b| !b.is_whitespace()) && after.is_none_or(|a| !a.is_alphanumeric());
    match c {
        '‘' => Kind::OpenQuote,
        '’' if closes => Kind::CloseQuote,
        '"' if opens => Kind::OpenQuote,
        '"' => Kind::CloseQuote,
        '\'' if opens => Kind::OpenQuote,
        '\'' if closes && before.is_none_or(|b| b != 's') => Kind::CloseQuote,
        _ => Kind::Punct,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, Kind)> {
        let mut v = Vec::new();
        tokenize(s, 0, &mut v);
        v.into_iter().map(|t| (t.text(s), t.kind)).collect()
    }

    #[test]
    fn words_numbers_and_possessives() {
        let t = toks("North Korea’s 1.28 million U.S. troops, $1.13bn.");
        assert_eq!(t[0], ("North", Kind::Word));
        assert_eq!(t[2], ("’s", Kind::Possessive));
        assert_eq!(t[3], ("1.28", Kind::Number));
        assert_eq!(t[5], ("U.S.", Kind::Word));
        assert_eq!(t[8], ("$1.13bn", Kind::Number));
    }

    #[test]
    fn plain_ascii_words_end_where_letters_and_joiners_do() {
        // Words read byte by byte and words read char by char meet here:
        // a non-ASCII letter or a joiner continues the word, anything else
        // ends it.
        let t = toks("the café\tKim’s al-Nimr\r\nend");
        let words: Vec<&str> = t.iter().map(|x| x.0).collect();
        assert_eq!(words, ["the", "café", "Kim", "’s", "al-Nimr", "end"]);
        assert!(t.iter().all(|x| x.1 == Kind::Word || x.0 == "’s"));
        assert_eq!(toks("end."), [("end", Kind::Word), (".", Kind::Punct)]);
        assert_eq!(toks("x2 u.s."), [("x2", Kind::Word), ("u.s.", Kind::Word)]);
    }

    #[test]
    fn quotation_marks() {
        let t = toks("“Yes,” he said. 'No way' it's \"fine\"");
        assert_eq!(t[0].1, Kind::OpenQuote);
        assert_eq!(t[3].1, Kind::CloseQuote);
        assert!(t.contains(&("'", Kind::OpenQuote)));
        assert!(t.contains(&("'s", Kind::Possessive)));
        assert_eq!(t.last().unwrap().1, Kind::CloseQuote);
    }
}
