//! Sentence segmentation: article text in, sentence byte spans out.
//!
//! The base is the UAX #29 sentence-boundary algorithm from
//! `unicode-segmentation`. News text needs more than UAX #29 gives, so this
//! module works in two layers:
//!
//! 1. **Layout.** The text is cut into *blocks* that no sentence may cross:
//!    paragraphs (blank lines), one-sentence-per-line text, headings and
//!    title lines (a line without final punctuation ends a sentence), and
//!    hard-wrapped paragraphs, whose single newlines are read as spaces.
//! 2. **Boundaries.** Inside a block, UAX #29 proposes boundaries and the
//!    rules below veto or move them: abbreviations and titles (`Mr.`,
//!    `U.S.`, `Jan. 5`), initials (`Kim J. Un`), ellipses, exclamations
//!    inside names (`Yahoo! in`), trailing citations, and list markers
//!    (`1.)`, `a.`, `• 9.`), which force boundaries of their own.
//!
//! Every span is an exact byte range of the input, trimmed of white space,
//! in order and non-overlapping; every non-white-space byte of the input
//! lies in exactly one span.

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use unicode_segmentation::UnicodeSegmentation;

/// A byte range into the text that was segmented.
pub type Span = Range<usize>;

/// Splits `text` into sentences; see the module documentation for the rules.
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut scratch = String::new();
    for block in blocks(text) {
        split_block(text, block, &mut scratch, &mut out);
    }
    out
}

/// Lines of the text: `(start, end)` with `end` before the line terminator.
fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', bytes) {
        let mut end = i;
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        out.push(start..end);
        start = i + 1;
    }
    if start < bytes.len() {
        out.push(start..bytes.len());
    }
    out
}

fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

/// Characters that end a sentence or a clause: a line ending in one of these
/// is prose, not a heading.
fn ends_with_punct(line: &str) -> bool {
    let t = line.trim_end();
    let t = t.trim_end_matches(is_closer);
    matches!(
        t.chars().last(),
        Some('.' | '!' | '?' | '…' | ',' | ';' | ':' | '-' | '–' | '—')
    )
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '「' | '『'
    )
}

/// Cuts the text into blocks: ranges no sentence crosses. Each block carries
/// the newlines inside it that are to be read as spaces (hard wraps).
fn blocks(text: &str) -> Vec<Span> {
    let lines = lines(text);
    let mut out: Vec<Span> = Vec::new();
    let mut para: Vec<Span> = Vec::new();
    let mut seen_title = false;
    let flush = |para: &mut Vec<Span>, out: &mut Vec<Span>| {
        if para.is_empty() {
            return;
        }
        paragraph_blocks(text, para, out);
        para.clear();
    };
    for line in lines {
        let s = &text[line.clone()];
        if is_blank(s) {
            flush(&mut para, &mut out);
            continue;
        }
        if !seen_title {
            // The first non-empty line is the title: always a block of its own.
            seen_title = true;
            out.push(line);
            continue;
        }
        para.push(line);
    }
    flush(&mut para, &mut out);
    out
}

fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Lines of one paragraph (no blank line between them) into blocks.
///
/// A paragraph is hard-wrapped when it has several lines, none longer than a
/// terminal line, and most of its lines run close to its longest: then a
/// newline is a space, except after a short line without final punctuation
/// (a heading inside the paragraph). Otherwise every line is a block.
fn paragraph_blocks(text: &str, para: &[Span], out: &mut Vec<Span>) {
    let lens: Vec<usize> = para
        .iter()
        .map(|l| char_len(text[l.clone()].trim_end()))
        .collect();
    let max = lens.iter().copied().max().unwrap_or(0);
    let n = para.len();
    let long_lines = lens[..n.saturating_sub(1)]
        .iter()
        .filter(|&&l| l * 10 >= max * 6)
        .count();
    let wrapped = n >= 2 && (30..=100).contains(&max) && long_lines * 2 >= n - 1;
    if !wrapped {
        out.extend(para.iter().cloned());
        return;
    }
    let mut start = para[0].start;
    for i in 0..n - 1 {
        let line = &text[para[i].clone()];
        let next = text[para[i + 1].clone()].trim_start();
        let short = lens[i] * 10 < max * 6;
        let next_upper = next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        if short && !ends_with_punct(line) && next_upper || i + 2 == n && credit_line(next) {
            out.push(start..para[i].end);
            start = para[i + 1].start;
        }
    }
    out.push(start..para[n - 1].end);
}

/// A wire's credit line closing a paragraph: a dash, then a short name
/// without final punctuation ("– Xinhua", "-- KCNA").
fn credit_line(line: &str) -> bool {
    let line = line.trim_end();
    let rest = ["-- ", "– ", "— ", "- "]
        .iter()
        .find_map(|d| line.strip_prefix(d));
    rest.is_some_and(|r| char_len(r) <= 40 && !r.is_empty() && !ends_with_punct(r))
}

/// Splits one block and appends its trimmed sentence spans to `out`.
fn split_block(text: &str, block: Span, scratch: &mut String, out: &mut Vec<Span>) {
    let raw = &text[block.clone()];
    // UAX #29 treats every newline as a paragraph break; inside a block they
    // are wraps, so it reads a copy with newlines as spaces (same byte length).
    let view: &str = if raw.contains(['\n', '\r']) {
        // Both are single bytes that no multi-byte character contains.
        let mut bytes = std::mem::take(scratch).into_bytes();
        bytes.clear();
        bytes.extend(raw.bytes().map(|b| match b {
            b'\n' | b'\r' => b' ',
            b => b,
        }));
        *scratch = String::from_utf8(bytes).unwrap_or_default();
        scratch.as_str()
    } else {
        raw
    };
    let mut cuts: Vec<usize> = Vec::new();
    for i in uax29_boundaries(view) {
        if let Some(cut) = review_boundary(view, i) {
            cuts.push(cut);
        }
    }
    apply_list_markers(view, &mut cuts);
    cuts.sort_unstable();
    cuts.dedup();
    let mut start = 0;
    for cut in cuts.into_iter().chain(std::iter::once(view.len())) {
        if cut <= start {
            continue;
        }
        push_trimmed(view, block.start, start..cut, out);
        start = cut;
    }
}

/// Characters after which UAX #29 may end a sentence (ATerm and the common
/// STerm characters).
fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '。'
            | '！'
            | '？'
            | '｡'
            | '．'
            | '؟'
            | '।'
            | '॥'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '﹒'
            | '﹖'
            | '﹗'
            | '․'
    )
}

/// The UAX #29 sentence boundaries of `view` (excluding 0), computed only
/// around terminal punctuation: UAX #29 can break nowhere else, and its
/// rules look back one word and ahead to the first letter after the
/// terminal, so a small window around each terminal gives the boundaries
/// the whole text would — at a fraction of the cost on long prose.
fn uax29_boundaries(view: &str) -> Vec<usize> {
    boundaries_around_terminals(view, true)
}

/// [`uax29_boundaries`]; with `fast`, the common windows (all ASCII) are
/// decided by [`ascii_break_after`] instead of the UAX #29 iterator.
fn boundaries_around_terminals(view: &str, fast: bool) -> Vec<usize> {
    let bytes = view.as_bytes();
    let mut out = Vec::new();
    let mut next = 0usize;
    let push_window = |p: usize, out: &mut Vec<usize>, next: &mut usize| {
        if p < *next {
            return;
        }
        match fast.then(|| ascii_break_after(bytes, p)).flatten() {
            Some(Some(at)) => out.push(at),
            Some(None) => {}
            None => uax29_window(view, p, out),
        }
        // Skip the rest of this terminal run.
        let mut q = p;
        for (k, c) in view[p..].char_indices() {
            if is_terminal(c) || is_closer(c) {
                q = p + k + c.len_utf8();
            } else {
                break;
            }
        }
        *next = q.max(p + 1);
    };
    if view.is_ascii() {
        for p in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
            push_window(p, &mut out, &mut next);
        }
    } else {
        for (p, c) in view.char_indices() {
            if is_terminal(c) {
                push_window(p, &mut out, &mut next);
            }
        }
    }
    out.dedup();
    out
}

/// The UAX #29 boundaries after the terminal at `p`, from the iterator run
/// over a window: back to the start of the word holding the terminal (SB7
/// looks at the letter before it), ahead to the first letter after it.
fn uax29_window(view: &str, p: usize, out: &mut Vec<usize>) {
    let bytes = view.as_bytes();
    // At most 64 bytes back.
    let mut ws = p;
    while ws > 0 && p - ws < 64 && !bytes[ws - 1].is_ascii_whitespace() {
        ws -= 1;
    }
    while !view.is_char_boundary(ws) {
        ws += 1;
    }
    // Ahead past terminals, closers and spaces to the first letter.
    let mut we = p;
    let mut seen_letter = false;
    for (k, c) in view[p..].char_indices() {
        we = p + k + c.len_utf8();
        if c.is_alphabetic() {
            seen_letter = true;
            break;
        }
        if k > 256 {
            break;
        }
    }
    if !seen_letter {
        we = view.len();
    }
    for (b, _) in view[ws..we].split_sentence_bound_indices() {
        let at = ws + b;
        if b > 0 && at > p {
            out.push(at);
        }
    }
}

/// UAX #29's decision after the ASCII terminal at `p` when the text from
/// the character before it to the first letter after it is ASCII with no
/// other terminal (most windows of English prose): `Some(Some(at))` for a
/// break at `at`, `Some(None)` for none; `None` when the window is not of
/// that shape. After the terminal and any closing marks and spaces
/// (SB9-SB11), a break falls unless a digit follows a period (SB6), a
/// capital follows a period after a letter (SB7), the first letter is lower
/// case after a period (SB8), or a comma, hyphen, colon or semicolon
/// follows (SB8a).
fn ascii_break_after(bytes: &[u8], p: usize) -> Option<Option<usize>> {
    let t = bytes[p];
    if p > 0 && !bytes[p - 1].is_ascii() {
        return None;
    }
    let n = bytes.len();
    let mut first_letter = None;
    for (j, &b) in bytes.iter().enumerate().skip(p + 1) {
        if !b.is_ascii() || matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r') {
            return None;
        }
        if b.is_ascii_alphabetic() {
            first_letter = Some(j);
            break;
        }
    }
    let is_close = |b: u8| matches!(b, b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}');
    let is_sp = |b: u8| matches!(b, b' ' | b'\t' | 0x0b | 0x0c);
    let mut m = p + 1;
    while m < n && is_close(bytes[m]) {
        m += 1;
    }
    while m < n && is_sp(bytes[m]) {
        m += 1;
    }
    if m == n {
        return Some(None);
    }
    let next = bytes[m];
    let period = t == b'.';
    let sb6 = period && m == p + 1 && next.is_ascii_digit();
    let sb7 = period
        && m == p + 1
        && p > 0
        && bytes[p - 1].is_ascii_alphabetic()
        && next.is_ascii_uppercase();
    let sb8 = period && first_letter.is_some_and(|j| bytes[j].is_ascii_lowercase());
    let sb8a = matches!(next, b',' | b'-' | b':' | b';');
    Some((!(sb6 || sb7 || sb8 || sb8a)).then_some(m))
}

fn push_trimmed(view: &str, base: usize, r: Span, out: &mut Vec<Span>) {
    let s = &view[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return;
    }
    out.push(base + r.start + lead..base + r.end - trail);
}

/// Word lists the boundary rules consult.
struct Words {
    /// Abbreviations that never end a sentence before a capitalised word
    /// (titles and the like): `Mr. Smith`, `Gen. Kim`, `Mt. Fuji`.
    titles: HashSet<&'static str>,
    /// Abbreviations that do not end a sentence before a number: `No. 10`.
    before_number: HashSet<&'static str>,
    /// Abbreviations that may end a sentence: they continue it unless the
    /// next word is a usual sentence opener (`Co. It closed`).
    terminal: HashSet<&'static str>,
    /// Words that usually open a sentence (`The`, `He`, `But`).
    openers: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut w = Words {
            titles: HashSet::default(),
            before_number: HashSet::default(),
            terminal: HashSet::default(),
            openers: HashSet::default(),
        };
        for line in include_str!("../lexicons/abbreviations.tsv").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((class, list)) = line.split_once('\t') else {
                continue;
            };
            let set = match class {
                "title" => &mut w.titles,
                "number" => &mut w.before_number,
                "terminal" => &mut w.terminal,
                "opener" => &mut w.openers,
                _ => continue,
            };
            set.extend(list.split_whitespace());
        }
        w
    })
}

/// The token that ends `s` (after stripping trailing white space): the run
/// of non-white-space characters, without leading openers.
fn last_token(s: &str) -> &str {
    let s = s.trim_end();
    let start = s
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    s[start..].trim_start_matches(is_opener)
}

fn first_token(s: &str) -> &str {
    let s = s.trim_start();
    let end = s.find(char::is_whitespace).unwrap_or(s.len());
    &s[..end]
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn starts_digit(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn is_opener_word(tok: &str) -> bool {
    let w = tok.trim_start_matches(is_opener);
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    words().openers.contains(w)
}

/// Decides a boundary that UAX #29 proposed at byte `at` of `view`: `None`
/// vetoes it, `Some(pos)` keeps it at `pos` (usually `at`).
fn review_boundary(view: &str, at: usize) -> Option<usize> {
    let left = view[..at].trim_end();
    let right = view[at..].trim_start();
    let nxt = first_token(right);
    if nxt.is_empty() {
        return Some(at);
    }
    // A trailing citation or parenthetical "(Smith 55)." belongs to the
    // sentence before it.
    if right.starts_with('(') {
        if let Some(close) = right.find(')') {
            let rest = right[close + 1..].trim();
            if !right[1..close].contains(['.', '!', '?']) && matches!(rest, "." | "" | "!" | "?") {
                return None;
            }
        }
    }
    let core = left.trim_end_matches(is_closer);
    let last = core.chars().last()?;
    match last {
        '!' | '?' => {
            // "Yahoo! in the accounting department", "“Stop!” she said".
            if starts_lower(nxt) {
                None
            } else {
                Some(at)
            }
        }
        '.' | '…' => review_period(view, core, at, nxt),
        _ => Some(at),
    }
}

/// Counts the dots of the ellipsis or period run ending `s`, and whether the
/// run is spaced (`. . .`) and whether it stands after a space.
/// The run of periods (possibly spaced: `. . .`) ending `s`.
struct DotRun {
    dots: usize,
    /// Spaces between the periods.
    spaced: bool,
    /// A space before the first period.
    after_space: bool,
    /// Byte offset of the first period in `s`.
    start: usize,
}

fn dot_run(s: &str) -> DotRun {
    if let Some(head) = s.strip_suffix('…') {
        return DotRun {
            dots: 3,
            spaced: false,
            after_space: head.ends_with(' '),
            start: head.len(),
        };
    }
    let b = s.as_bytes();
    let mut i = b.len();
    let mut dots = 0;
    let mut spaced = false;
    while i > 0 {
        if b[i - 1] == b'.' {
            dots += 1;
            i -= 1;
        } else if b[i - 1] == b' ' && i >= 2 && b[i - 2] == b'.' && dots > 0 {
            spaced = true;
            i -= 1;
        } else {
            break;
        }
    }
    DotRun {
        dots,
        spaced,
        after_space: i > 0 && b[i - 1] == b' ',
        start: i,
    }
}

fn review_period(view: &str, core: &str, at: usize, nxt: &str) -> Option<usize> {
    let DotRun {
        dots,
        spaced,
        after_space,
        start: run_start,
    } = dot_run(core);
    if dots >= 3 {
        // "[...]", "[…]": an editor's mark of words left out of a
        // quotation, which goes on after it.
        if core[..run_start].ends_with('[') {
            return None;
        }
        if dots == 3 && (spaced || after_space) {
            // An ellipsis inside the sentence: "the thing is . . . I didn't".
            return if spaced && after_space || starts_lower(nxt) {
                None
            } else {
                Some(at)
            };
        }
        if dots >= 4 && spaced && !after_space {
            // "compounds. . . . The practice": the sentence ends at the first
            // period; the ellipsis opens the next one.
            let first_dot_end = run_start + 1;
            return Some(
                first_dot_end
                    + (view[first_dot_end..].len() - view[first_dot_end..].trim_start().len()),
            );
        }
        return if starts_lower(nxt) { None } else { Some(at) };
    }
    if starts_lower(nxt) {
        return None;
    }
    let tok = last_token(core);
    let word = tok.trim_end_matches('.');
    let lower = word.to_lowercase();
    let w = words();
    if starts_digit(nxt) {
        // "No. 10", "p. 55", "Jan. 5", "N°. 1026": an abbreviation before a number.
        if w.before_number.contains(lower.as_str())
            || w.titles.contains(lower.as_str())
            || word.ends_with('°')
        {
            return None;
        }
        return Some(at);
    }
    if w.titles.contains(lower.as_str()) && !word.contains('.') {
        return None;
    }
    // A single capital letter: an initial inside a name ("Jonas E. Smith",
    // "Kim J. Un"), unless it ends a sentence ("you and I. Did").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            let before = last_token(&core[..core.len() - tok.len()]);
            if starts_upper(before) && !is_opener_word(nxt) {
                return None;
            }
            return Some(at);
        }
    }
    // Multi-period abbreviations (U.S., a.m.) and company suffixes (Co.):
    // they end the sentence only before a usual sentence opener.
    let dotted = word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 5;
    if dotted || w.terminal.contains(lower.as_str()) {
        if word.chars().all(|c| c.is_lowercase() || c == '.') && nxt.starts_with("Mr") {
            // "At 5 a.m. Mr. Smith went": lower-case a.m. rarely ends one.
            return None;
        }
        if is_opener_word(nxt) {
            return Some(at);
        }
        return None;
    }
    Some(at)
}

/// A list marker at the start of `s`: `1.)`, `1)`, `1.`, `a.` with an
/// optional bullet before it. Returns (style, ordinal, length in bytes).
fn list_marker(s: &str) -> Option<(u8, u32, usize)> {
    let mut i = 0;
    let b = s.as_bytes();
    for bullet in ["•", "⁃", "-", "*", "·"] {
        if s.starts_with(bullet) {
            i = bullet.len();
            while i < b.len() && b[i] == b' ' {
                i += 1;
            }
            break;
        }
    }
    let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let (ordinal, mut j) = if digits > 0 && digits <= 3 {
        (s[i..i + digits].parse::<u32>().ok()?, i + digits)
    } else if i < b.len() && b[i].is_ascii_lowercase() {
        (u32::from(b[i] - b'a') + 1, i + 1)
    } else {
        return None;
    };
    let alpha = digits == 0;
    let style = if s[j..].starts_with(".)") {
        j += 2;
        1
    } else if s[j..].starts_with(')') {
        j += 1;
        2
    } else if s[j..].starts_with('.') {
        j += 1;
        3
    } else {
        return None;
    };
    if alpha && style != 3 {
        return None;
    }
    if !s[j..].starts_with(' ') {
        return None;
    }
    Some((style + if alpha { 10 } else { 0 }, ordinal, j))
}

/// Blocks that open with a list marker are lists: each following marker of
/// the same style and next ordinal opens an item, and no boundary falls
/// right after a marker.
fn apply_list_markers(view: &str, cuts: &mut Vec<usize>) {
    let Some((style, mut ordinal, len)) = list_marker(view) else {
        return;
    };
    let mut markers = vec![(0, len)];
    let bytes = view.as_bytes();
    let mut i = len;
    while i < bytes.len() {
        if bytes[i] == b' ' && i + 1 < bytes.len() {
            let at = i + 1;
            if let Some((s, o, l)) = list_marker(&view[at..]) {
                if s == style && o == ordinal + 1 {
                    markers.push((at, l));
                    ordinal = o;
                    i = at + l;
                    continue;
                }
            }
        }
        i += 1;
    }
    cuts.retain(|&c| {
        !markers
            .iter()
            .any(|&(m, l)| c > m && c <= m + l + 1 && view[m + l..c].trim().is_empty())
    });
    cuts.extend(markers.iter().skip(1).map(|&(m, _)| m));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        split(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn abbreviations_and_titles() {
        assert_eq!(
            texts("T\nMr. Smith met Gen. Kim in the U.S. on Jan. 5. He left."),
            [
                "T",
                "Mr. Smith met Gen. Kim in the U.S. on Jan. 5.",
                "He left."
            ]
        );
    }

    #[test]
    fn us_before_capitalised_noun_continues() {
        assert_eq!(
            texts("T\nThe U.S. Government said no. The U.S. The end."),
            ["T", "The U.S. Government said no.", "The U.S.", "The end."]
        );
    }

    #[test]
    fn initials() {
        assert_eq!(
            texts("T\nKim J. Un spoke. You and I. Did you?"),
            ["T", "Kim J. Un spoke.", "You and I.", "Did you?"]
        );
    }

    #[test]
    fn decimals_and_numbers() {
        assert_eq!(
            texts("T\nIt has 1.28 million soldiers and 3.5% growth. No. 10 agreed."),
            [
                "T",
                "It has 1.28 million soldiers and 3.5% growth.",
                "No. 10 agreed."
            ]
        );
    }

    #[test]
    fn quotation_continues_the_sentence() {
        assert_eq!(
            texts("T\n“We will win. They will lose,” he said. “Stop!” she said."),
            [
                "T",
                "“We will win.",
                "They will lose,” he said.",
                "“Stop!” she said."
            ]
        );
    }

    #[test]
    fn headings_are_sentences() {
        let s = "Title Line\nA sentence here.\nA Heading\nMore text. And more.";
        assert_eq!(
            texts(s),
            [
                "Title Line",
                "A sentence here.",
                "A Heading",
                "More text.",
                "And more."
            ]
        );
    }

    #[test]
    fn hard_wrapped_paragraph_joins_lines() {
        let s = "TITLE\n\nShowers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects, Smith said.\n\nReuter\n";
        let t = texts(s);
        assert_eq!(t.len(), 3, "{t:?}");
        assert!(t[1].starts_with("Showers") && t[1].ends_with("Smith said."));
        assert_eq!(t[2], "Reuter");
    }

    #[test]
    fn a_credit_line_closing_a_wrapped_paragraph_is_its_own_sentence() {
        let s = "TITLE\n\nThe port would reopen in May, the ministry\nsaid on Tuesday in a statement.\n-- KCNA\n";
        assert_eq!(
            texts(s),
            [
                "TITLE",
                "The port would reopen in May, the ministry\nsaid on Tuesday in a statement.",
                "-- KCNA"
            ]
        );
        // A wrapped line that starts with a dash inside a sentence stays.
        let s = "TITLE\n\nThe port would reopen in May, the ministry\n- which runs it - said on Tuesday.\n";
        assert_eq!(texts(s).len(), 2);
        assert!(credit_line("– Xinhua") && credit_line("-- KCNA"));
        assert!(!credit_line("– which runs it.") && !credit_line("Xinhua"));
    }

    #[test]
    fn list_markers() {
        assert_eq!(
            texts("T\n1.) The first item 2.) The second item"),
            ["T", "1.) The first item", "2.) The second item"]
        );
        assert_eq!(
            texts("T\na. The first item b. The second item"),
            ["T", "a. The first item", "b. The second item"]
        );
    }

    #[test]
    fn a_bracketed_ellipsis_joins_the_parts_of_a_quotation() {
        assert_eq!(
            texts("T\n\"We were stunned [...] I checked it five times,\" she said. He left[…] Then he came back."),
            [
                "T",
                "\"We were stunned [...] I checked it five times,\" she said.",
                "He left[…] Then he came back."
            ]
        );
        // An ellipsis without brackets still ends a sentence before a capital.
        assert_eq!(
            texts("T\nWe waited... Then it rained."),
            ["T", "We waited...", "Then it rained."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            texts("T\nI never meant that.... She left. It is . . . I think fine."),
            [
                "T",
                "I never meant that....",
                "She left.",
                "It is . . . I think fine."
            ]
        );
    }

    #[test]
    fn exclamation_in_a_name() {
        assert_eq!(
            texts("T\nShe works at Yahoo! in accounting."),
            ["T", "She works at Yahoo! in accounting."]
        );
    }

    #[test]
    fn ascii_windows_break_where_uax29_does() {
        // Every ASCII character in the two places after the terminal, one
        // of each class before it, then a capital, a lower-case word, a
        // digit or an abbreviation.
        let chars: Vec<char> = (0x09u8..0x7f)
            .map(char::from)
            .filter(|c| *c != '\n' && *c != '\r')
            .collect();
        for term in [".", "!", "?"] {
            for a in ['a', 'A', '1', ' ', '.', '"', ')', ',', '\t'] {
                for &b in &chars {
                    for &c in &chars {
                        for tail in ["Then x", "then x", "5 x", "e.g. x"] {
                            let view = format!("w{a}{term}{b}{c}{tail}");
                            assert_eq!(
                                boundaries_around_terminals(&view, true),
                                boundaries_around_terminals(&view, false),
                                "{view:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn spans_cover_every_non_space_byte() {
        let s = "  T \n\n A. b.. “c” ... d!? \r\n\r\n e\u{301} 1.) x 2.) y ";
        let spans = split(s);
        let mut covered = vec![false; s.len()];
        let mut prev = 0;
        for r in &spans {
            assert!(r.start >= prev && r.start < r.end);
            prev = r.end;
            for c in covered.iter_mut().take(r.end).skip(r.start) {
                *c = true;
            }
        }
        for (i, c) in s.char_indices() {
            if !c.is_whitespace() {
                assert!(covered[i], "byte {i} ({c:?}) not covered");
            }
        }
    }
}
