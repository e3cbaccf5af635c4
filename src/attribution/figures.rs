//! Figures: whether a stretch of tokens states a number in the taxonomy's
//! sense (a count or amount, exact or vague), as opposed to dates, years,
//! times, ages, ordinals and durations.

use crate::attribution::word_list::WordList;
use std::borrow::Cow;

use super::tokens::{Kind, Token};
use crate::lexicon::{class, Lexicon};

/// Words before a number that make it a label, not a count ("No. 10").
const LABELS: WordList = WordList::new(&[
    "no",
    "no.",
    "number",
    "aged",
    "age",
    "page",
    "p.",
    "chapter",
    "article",
    "section",
    "flight",
    "route",
    "room",
    "resolution",
    "highway",
    "channel",
    "level",
    "category",
    "grade",
    "phase",
    "gate",
    "platform",
    "size",
    "version",
    "magnitude",
    "week",
    "day",
    "stage",
    "round",
    "model",
    "type",
    "class",
    "series",
]);

/// Words before a number that make it a reference, not a figure.
const DEFINITE: WordList = WordList::new(&[
    "the", "these", "those", "both", "its", "their", "his", "her", "our",
]);

/// The index of the first token of `toks` that states a figure, if any;
/// `classes` holds the lexicon's class bits of each token (see
/// [`token_classes`]).
pub fn first_figure(src: &str, toks: &[Token], classes: &[u32], lx: &Lexicon) -> Option<usize> {
    (0..toks.len())
        .filter(|&i| candidate(toks, classes, i))
        .find(|&i| is_figure(src, toks, classes, i, lx))
}

/// The cheap test first: only numbers and count words can be figures.
fn candidate(toks: &[Token], classes: &[u32], i: usize) -> bool {
    match toks[i].kind {
        Kind::Number => true,
        Kind::Word => classes.get(i).copied().unwrap_or(0) & class::COUNT != 0,
        _ => false,
    }
}

/// The word-class bits of each token (0 for non-words).
pub fn token_classes(src: &str, toks: &[Token], lx: &Lexicon) -> Vec<u32> {
    toks.iter()
        .map(|t| match t.kind {
            Kind::Word => lx.class_at(src, t.start, t.end),
            _ => 0,
        })
        .collect()
}

/// A token lower-cased, borrowed when it already is (most are).
fn lower<'a>(src: &'a str, t: &Token) -> Cow<'a, str> {
    let s = t.text(src);
    if s.chars().any(char::is_uppercase) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// The index of the next word, looking past a hyphen ("35-year-old").
fn next_index(src: &str, toks: &[Token], i: usize) -> usize {
    if toks.get(i + 1).is_some_and(|t| t.text(src) == "-") {
        i + 2
    } else {
        i + 1
    }
}

/// The next token's text, lower-cased, looking past a hyphen.
fn next_word<'a>(src: &'a str, toks: &[Token], i: usize) -> Option<Cow<'a, str>> {
    toks.get(next_index(src, toks, i)).map(|t| lower(src, t))
}

/// Whether token `i` of `toks` states a figure, its neighbours in `toks`
/// read for context.
pub fn is_figure(src: &str, toks: &[Token], classes: &[u32], i: usize, lx: &Lexicon) -> bool {
    let t = &toks[i];
    // "the two countries", "their three sons": a reference to things
    // already counted, not a figure.
    if !candidate(toks, classes, i)
        || i > 0 && DEFINITE.contains(&lower(src, &toks[i - 1]).as_ref())
    {
        return false;
    }
    match t.kind {
        Kind::Number => number_is_figure(src, toks, i, lx),
        _ => word_is_figure(src, toks, i, lx),
    }
}

fn unit_is_not_count(src: &str, toks: &[Token], i: usize, lx: &Lexicon) -> bool {
    let Some(next) = next_word(src, toks, i) else {
        return false;
    };
    // "two to three hours", "three or four times a year": the unit after
    // the range's second number is the first's too.
    if matches!(next.as_ref(), "to" | "or" | "and")
        && toks.get(i + 2).is_some_and(|t| {
            t.kind == Kind::Number || lx.word_class(&lower(src, t)) & class::COUNT != 0
        })
    {
        return unit_is_not_count(src, toks, i + 2, lx);
    }
    let next = next.trim_start_matches('-');
    if lx.word_class(next) & class::NOT_COUNT != 0 {
        return true;
    }
    // "two-year", "three-month", "10-year-old"
    next.split('-')
        .any(|p| lx.word_class(p) & class::NOT_COUNT != 0 && !p.is_empty())
        && next.contains('-')
}

/// Units of distance: a number of them before "from", "north of" or
/// "away" places something, it does not count it.
const DISTANCE_UNITS: WordList = WordList::new(&[
    "km",
    "kms",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "mi",
    "miles",
    "mile",
    "metres",
    "meters",
    "m",
    "yards",
    "feet",
    "ft",
]);

/// Words after a distance that make it a position ("10 km from Basra",
/// "50 miles north of Kyiv", "20 km away").
const POSITION_WORDS: WordList = WordList::new(&[
    "from",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "away",
    "off",
    "outside",
    "inland",
    "offshore",
    "beyond",
    "behind",
    "inside",
    "short",
]);

/// Whether the number at `i` is a distance that places something: "some 10
/// km from Basra" is where, not how much.
fn is_position(src: &str, toks: &[Token], i: usize) -> bool {
    let unit_at = next_index(src, toks, i);
    let unit = toks.get(unit_at).map(|t| lower(src, t));
    unit.is_some_and(|u| DISTANCE_UNITS.contains(&u.as_ref()))
        && toks
            .get(unit_at + 1)
            .is_some_and(|t| POSITION_WORDS.contains(&lower(src, t).as_ref()))
}

fn number_is_figure(src: &str, toks: &[Token], i: usize, lx: &Lexicon) -> bool {
    let text = toks[i].text(src);
    let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
    let plain = text.chars().all(|c| c.is_ascii_digit());
    // Times and dates: 10:30, 12/05/2020, 2019-2020 ranges of years.
    if text.contains(':') || text.matches('/').count() >= 1 && !text.contains('%') {
        return false;
    }
    let lower_text = text.to_lowercase();
    // Ordinals: 3rd, 21st, 5th; decades: 1990s.
    for suf in ["st", "nd", "rd", "th", "s"] {
        if lower_text.ends_with(suf)
            && lower_text[..lower_text.len() - suf.len()]
                .chars()
                .all(|c| c.is_ascii_digit())
        {
            return false;
        }
    }
    // Years standing alone, and year ranges (2004-05).
    let is_year = |s: &str| s.len() == 4 && (1800..=2100).contains(&s.parse::<u32>().unwrap_or(0));
    if plain && is_year(text) {
        return false;
    }
    if let Some((a, _)) = text.split_once('-') {
        if is_year(a) {
            return false;
        }
    }
    if digits.is_empty() {
        return false;
    }
    // Next to a month name: a date.
    let month = |j: Option<&Token>| {
        j.is_some_and(|t| {
            t.kind == Kind::Word
                && lx.word_class(t.text(src).trim_end_matches('.')) & class::MONTH != 0
                && t.text(src).chars().next().is_some_and(char::is_uppercase)
        })
    };
    let before = if i >= 2 && toks[i - 1].text(src) == "." {
        i - 2
    } else {
        i.wrapping_sub(1)
    };
    if month(toks.get(i + 1)) || (i > 0 && month(toks.get(before))) {
        return false;
    }
    if unit_is_not_count(src, toks, i, lx) || is_position(src, toks, i) {
        return false;
    }
    if i > 0 {
        let prev = lower(src, &toks[i - 1]);
        if LABELS.contains(&prev.as_ref()) && plain && text.len() <= 3 {
            return false;
        }
        // "contact police by calling 101", "dial 999": a phone number.
        if matches!(
            prev.as_ref(),
            "call" | "calling" | "dial" | "dialling" | "dialing" | "hotline" | "helpline"
        ) {
            return false;
        }
    }
    // "100 percent sure", "110% committed": a degree of certainty or
    // effort, not a share of anything.
    if matches!(text, "100" | "110" | "100%" | "110%" | "1000%") {
        let mut k = next_index(src, toks, i);
        if toks
            .get(k)
            .is_some_and(|t| matches!(lower(src, t).as_ref(), "percent" | "per" | "%"))
        {
            k = next_index(src, toks, k);
            if toks.get(k).is_some_and(|t| lower(src, t) == "cent") {
                k = next_index(src, toks, k);
            }
        }
        if toks.get(k).is_some_and(|t| {
            matches!(
                lower(src, t).as_ref(),
                "sure"
                    | "certain"
                    | "confident"
                    | "ready"
                    | "committed"
                    | "behind"
                    | "convinced"
                    | "fit"
                    | "correct"
                    | "right"
                    | "wrong"
                    | "safe"
            )
        }) {
            return false;
        }
    }
    // Small bare integers directly before a capitalised word are usually
    // labels or names ("Group 7", "G20"), but a count before a noun is
    // ordinary: keep them.
    true
}

fn word_is_figure(src: &str, toks: &[Token], i: usize, lx: &Lexicon) -> bool {
    let w = lower(src, &toks[i]);
    let cls = lx.word_class(&w);
    if cls & class::COUNT == 0 {
        return false;
    }
    if unit_is_not_count(src, toks, i, lx) || is_position(src, toks, i) {
        return false;
    }
    // "100 percent sure": the number decides for its unit.
    if matches!(w.as_ref(), "percent" | "per" | "cent") {
        let back = if w == "cent" { 2 } else { 1 };
        if let Some(n) = i
            .checked_sub(back)
            .filter(|&n| toks[n].kind == Kind::Number)
        {
            return number_is_figure(src, toks, n, lx);
        }
    }
    if cls & class::FRACTION != 0 {
        // "a third of", "two thirds", "half of": not "third meeting".
        let prev = if i > 0 {
            lower(src, &toks[i - 1])
        } else {
            Cow::Borrowed("")
        };
        let next = next_word(src, toks, i).unwrap_or_default();
        // "almost half the staff", "half their income".
        let half_of = w == "half"
            && (matches!(next.as_ref(), "the" | "its" | "their" | "our" | "all")
                || matches!(
                    prev.as_ref(),
                    "almost" | "nearly" | "about" | "roughly" | "around" | "over" | "than" | "some"
                ));
        let counted = matches!(prev.as_ref(), "a" | "one" | "two" | "three" | "an")
            || next == "of"
            || half_of
            || (i > 0 && toks[i - 1].kind == Kind::Number);
        return counted && !(w.ends_with("th") && next != "of");
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::tokens::tokenize;

    fn fig(s: &str) -> bool {
        let lx = Lexicon::builtin();
        let mut t = Vec::new();
        tokenize(s, 0, &mut t);
        first_figure(s, &t, &token_classes(s, &t, &lx), &lx).is_some()
    }

    #[test]
    fn counts_and_amounts_are_figures() {
        assert!(fig("around 15,000 troops"));
        assert!(fig("at least 1,000 soldiers died"));
        assert!(fig("thousands more were wounded"));
        assert!(fig("a third of voters"));
        assert!(fig("3.5% growth"));
        assert!(fig("£119m a year"));
        assert!(fig("five closed rounds of talks"));
        assert!(fig("houses in 14 villages"));
        assert!(fig("almost half the staff were new"));
        assert!(fig("a front 10 km wide"));
    }

    #[test]
    fn dates_years_ordinals_and_durations_are_not() {
        assert!(!fig("in 2016"));
        assert!(!fig("on January 5"));
        assert!(!fig("their third meeting in two years"));
        assert!(!fig("within the first three months"));
        assert!(!fig("the 21st century"));
        assert!(!fig("at 10:30 on Friday"));
        assert!(!fig("a 35-year-old man"));
        assert!(!fig("in the 1990s"));
        assert!(!fig("see page 12 of the report"));
        assert!(!fig("a thrust some 10 km from Basra"));
        assert!(!fig("a town 50 miles north of Kyiv"));
        assert!(!fig("the half-hour show"));
        assert!(!fig("a girl half his age"));
        assert!(!fig("to open model 5 phones"));
        assert!(!fig("a type 45 destroyer"));
        assert!(!fig("he was 100 percent sure"));
        assert!(!fig("the team is 100% ready"));
        assert!(!fig("they were 110 per cent committed"));
    }
}
