//! Calendar days as `yyyymmdd` numbers, for comparing an article's date
//! with an office-holder's terms of office (`office_holders.tsv`).
//!
//! Only the leading `YYYY[-MM[-DD]]` of a date is read ("2017-11-12",
//! "2017-11-12T09:30:00Z", "2017-11"): that is how the bundled data and
//! most news feeds write dates. A date given to the month or the year
//! stands for its first day, or its last as the end of a term.

/// A day as `yyyymmdd`.
pub type Day = u32;

/// The day `s` starts with, or `None` when it does not start with a
/// year. `end` reads a year or a month as its last day (a term's end).
pub fn parse(s: &str, end: bool) -> Option<Day> {
    let s = s.trim();
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let mut parts = s.get(..10.min(s.len()))?.split('-');
    let year = parts.next().filter(|y| y.len() == 4 && digits(y))?;
    let year: u32 = year.parse().ok()?;
    let month = match parts.next() {
        Some(m) if m.len() == 2 && digits(m) => Some(m.parse::<u32>().ok()?),
        Some(_) => return None,
        None => None,
    };
    let day = match parts.next() {
        Some(d) if d.len() >= 2 && digits(&d[..2]) => Some(d[..2].parse::<u32>().ok()?),
        Some(_) => return None,
        None => None,
    };
    let (month, day) = match (month, day) {
        (None, _) => (if end { 12 } else { 1 }, if end { 31 } else { 1 }),
        (Some(m), None) => (m, if end { 31 } else { 1 }),
        (Some(m), Some(d)) => (m, d),
    };
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then_some(year * 10_000 + month * 100 + day)
}

/// Terms of office written `FROM..TO[,FROM..TO...]`; an empty `FROM` is
/// "since before any story", an empty `TO` "still in office". `Err`
/// names the first part that is not such a range.
pub fn parse_terms(s: &str) -> Result<Vec<(Day, Day)>, String> {
    s.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            let (from, to) = t
                .split_once("..")
                .ok_or_else(|| format!("term {t:?} is not FROM..TO"))?;
            let from = if from.trim().is_empty() {
                0
            } else {
                parse(from, false).ok_or_else(|| format!("term start {from:?} is no date"))?
            };
            let to = if to.trim().is_empty() {
                99_991_231
            } else {
                parse(to, true).ok_or_else(|| format!("term end {to:?} is no date"))?
            };
            if from > to {
                return Err(format!("term {t:?} ends before it starts"));
            }
            Ok((from, to))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_to_the_day_month_or_year() {
        assert_eq!(parse("2017-11-12", false), Some(20171112));
        assert_eq!(parse("2017-11-12T09:30:00Z", false), Some(20171112));
        assert_eq!(parse("2017-11", false), Some(20171101));
        assert_eq!(parse("2017-11", true), Some(20171131));
        assert_eq!(parse("2017", true), Some(20171231));
        assert_eq!(parse("Nov 12, 2017", false), None);
        assert_eq!(parse("2017-13-01", false), None);
        assert_eq!(parse("", false), None);
    }

    #[test]
    fn terms_are_ranges_open_at_either_end() {
        assert_eq!(
            parse_terms("2009-01-20..2017-01-20, 2021-01-20..").unwrap(),
            [(20090120, 20170120), (20210120, 99_991_231)]
        );
        assert_eq!(parse_terms("..2017").unwrap(), [(0, 20171231)]);
        assert!(parse_terms("2017").is_err());
        assert!(parse_terms("2019..2017").is_err());
        assert!(parse_terms("x..2017").is_err());
    }
}
