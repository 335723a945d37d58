//! Time of events: document dates, datelines and the relative time
//! expressions of news prose ("on Friday", "last week", "in June").
//!
//! Everything here is pure and panic-free: odd input gives `None`, never a
//! panic. Dates are proleptic Gregorian calendar days between the years 1
//! and 9999, so that they always print as ISO 8601 `YYYY-MM-DD`.
//!
//! ```
//! use newsgraph::time::{Date, resolve};
//!
//! let anchor = Date::new(2025, 6, 15).unwrap(); // a Sunday
//! let when = resolve(anchor, "Israel attacked Iran on Friday.").unwrap();
//! assert_eq!(when.to_iso(), "2025-06-13");
//! assert_eq!(when.text, "on Friday");
//! let week = resolve(anchor, "Talks collapsed last week.").unwrap();
//! assert_eq!(week.to_iso(), "2025-06-02/2025-06-08");
//! ```
//!
//! Conventions, as news is read:
//! - a bare weekday or a month and day without a year is the most recent
//!   one on or before the anchor (the article's date), unless the sentence
//!   speaks of the future ("will", "shall", "'ll", "won't", "next",
//!   "upcoming", "scheduled"), then it is the first one on or after it —
//!   except right after a verb in the past tense ("said on Friday that it
//!   will ...");
//! - "last Friday" is the Friday strictly before the anchor, "next Friday"
//!   the one strictly after it, "this Friday" the one in the anchor's week;
//! - weeks run Monday to Sunday (ISO 8601);
//! - "last June" is the most recent June before the anchor's month, "in
//!   June" the most recent June up to and including it (or the next one in
//!   a sentence about the future);
//! - "N days ago" and its kin give a single day, "last week", "in June" and
//!   "in 2019" give ranges.

use std::fmt;
use std::ops::Range;

/// A calendar day (proleptic Gregorian), year 1 to 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

impl Weekday {
    /// Monday is 0, Sunday is 6 (ISO 8601 order).
    pub fn index(self) -> u32 {
        self as u32
    }

    /// The English name, capitalised.
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }

    /// A full English weekday name, or its three-letter abbreviation, in any case.
    pub fn from_name(s: &str) -> Option<Weekday> {
        // (no allocation: the relation rules ask this of many words)
        WEEKDAYS.into_iter().find(|w| {
            let name = w.name();
            s.eq_ignore_ascii_case(name) || s.len() == 3 && name.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(s))
        })
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days of `month` (1-12) in `year`; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a civil date (H. Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01 (`civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl Date {
    /// The earliest and latest dates this type holds.
    pub const MIN_YEAR: i32 = 1;
    pub const MAX_YEAR: i32 = 9999;

    /// A date, if it exists in the calendar and its year is 1-9999.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month: month as u8, day: day as u8 })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        days_from_civil(i64::from(self.year), i64::from(self.month), i64::from(self.day))
    }

    /// The date `days` days after 1970-01-01, if its year is 1-9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        // keep far-out values away from overflow; the year check does the rest
        if days.unsigned_abs() > 4_000_000 {
            return None;
        }
        let (y, m, d) = civil_from_days(days);
        Date::new(i32::try_from(y).ok()?, m as u32, d as u32)
    }

    pub fn weekday(self) -> Weekday {
        let ix = (self.days_since_epoch() + 3).rem_euclid(7) as usize;
        WEEKDAYS[ix]
    }

    /// The date `n` days later (earlier for negative `n`).
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(n)?)
    }

    /// The same day `n` months later (earlier for negative `n`), clamped to
    /// the end of a shorter month (31 March - 1 month = 28/29 February).
    pub fn add_months(self, n: i32) -> Option<Date> {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(n);
        let year = i32::try_from(total.div_euclid(12)).ok()?;
        let month = (total.rem_euclid(12) + 1) as u32;
        let day = self.day().min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// The same day `n` years later, 29 February becoming 28 February.
    pub fn add_years(self, n: i32) -> Option<Date> {
        self.add_months(n.checked_mul(12)?)
    }

    /// The Monday of this date's week (weeks run Monday to Sunday).
    pub fn week_start(self) -> Option<Date> {
        self.add_days(-i64::from(self.weekday().index()))
    }

    /// The first and last day of this date's month.
    pub fn month_range(self) -> (Date, Date) {
        let last = days_in_month(self.year, self.month());
        (Date { day: 1, ..self }, Date { day: last as u8, ..self })
    }

    /// Strict ISO 8601 calendar date, `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        match iso_prefix(s) {
            Some((d, n)) if n == s.len() => Some(d),
            _ => None,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// When something happened: one day (`start == end`) or an inclusive range
/// of days, with the words of the sentence that say so.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct When {
    pub start: Date,
    pub end: Date,
    /// The time expression as written ("on Friday", "last week").
    pub text: String,
    /// Its byte offsets in the sentence, `end` exclusive.
    pub span: Range<usize>,
}

impl When {
    pub fn is_range(&self) -> bool {
        self.start != self.end
    }

    /// `YYYY-MM-DD`, or an ISO 8601 interval `YYYY-MM-DD/YYYY-MM-DD`.
    pub fn to_iso(&self) -> String {
        if self.is_range() { format!("{}/{}", self.start, self.end) } else { self.start.to_string() }
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

/// A document's date as metadata gives it: `2025-06-13`, `2025/06/13`,
/// `20250613`, `2025-06-13T10:00:00Z` (the time is ignored), `June 13, 2025`,
/// `13 June 2025`, `Jun 13 2025`, `Friday, June 13, 2025` or an RFC 2822
/// date `Fri, 13 Jun 2025 10:00:00 +0000`.
pub fn parse_doc_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some((d, n)) = iso_prefix(s) {
        let rest = &s[n..];
        return (rest.is_empty() || rest.starts_with(['T', 't', ' '])).then_some(d);
    }
    if let Some((d, n)) = compact_prefix(s) {
        let rest = &s[n..];
        return (rest.is_empty() || rest.starts_with(['T', 't'])).then_some(d);
    }
    let toks = tokenize(s);
    let cx = Cx { s, toks: &toks, anchor: None, future: false, any_case: true };
    let (next, d) = cx.explicit_date(0, true)?;
    // what follows the date may only be a time of day and a zone
    let rest = toks.get(next).map_or("", |t| &s[t.start..]);
    (rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit())).then_some(d)
}

/// A date in the dateline of an article: the first three non-blank lines,
/// such as `JERUSALEM 1996-08-22`, `Friday, July 21, 2017` or `LONDON, 6
/// December 1996`. A dateline without a year (`MOSCOW, Dec 6 (Reuters)`)
/// gives `None`.
pub fn dateline_date(text: &str) -> Option<Date> {
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(3) {
        // a dateline is short: look at the start of the line only
        let mut cut = line.len().min(120);
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        let line = &line[..cut];
        let toks = tokenize(line);
        let cx = Cx { s: line, toks: &toks, anchor: None, future: false, any_case: true };
        for i in 0..toks.len() {
            // (a dateline's date opens its line or follows capitalised words, its place or a
            // weekday: not a date inside a sentence, "renewed the mandate until Dec. 31, 2026")
            let heading = toks[..i].iter().all(|t| {
                let raw = &line[t.start..t.end];
                !raw.chars().next().is_some_and(char::is_lowercase)
            });
            if !heading {
                break;
            }
            if let Some((_, d)) = cx.explicit_date(i, true) {
                return Some(d);
            }
        }
    }
    None
}

/// The anchor of a document: its metadata date if it parses, else its dateline.
pub fn anchor_date(doc_date: Option<&str>, text: &str) -> Option<Date> {
    doc_date.and_then(parse_doc_date).or_else(|| dateline_date(text))
}

/// The first time expression of `sentence`, resolved against `anchor` (the
/// date of the article).
pub fn resolve(anchor: Date, sentence: &str) -> Option<When> {
    let toks = tokenize(sentence);
    let future = speaks_of_future(sentence, &toks);
    // "MINAS, Nov 24 (Reuters) - Gondor attacked Rohan on Monday": the dateline's date is
    // the filing's, which the anchor already is; the sentence's own time comes after it
    // (the place in capitals up to a comma or a bracket: "NEW DELHI, Nov 26 (Reuters) -")
    let caps = |t: &Tok| {
        let raw = &sentence[t.start..t.end];
        raw.chars().all(|c| !c.is_lowercase())
    };
    let place_end = toks.iter().take(5).position(|t| matches!(t.lower.as_str(), "," | "("));
    let first_caps = place_end.is_some_and(|k| k > 0 && toks[..k].iter().all(caps));
    // (and then only a date and an agency's name before the dash: "EU, US agree on Nov 20
    // - sources" is no dateline)
    let dateline_word = |t: &Tok| {
        let raw = &sentence[t.start..t.end];
        !raw.chars().next().is_some_and(char::is_lowercase)
    };
    let body = match (first_caps, place_end) {
        (true, Some(p)) => toks
            .iter()
            .take(14)
            .position(|t| matches!(t.lower.as_str(), "-" | "\u{2014}" | "\u{2013}"))
            // (an agency may be written in lower case: "(dpa)")
            .filter(|&k| {
                let mut inside = false;
                k > p
                    && toks[p..k].iter().all(|t| {
                        match t.lower.as_str() {
                            "(" => inside = true,
                            ")" => inside = false,
                            _ => {}
                        }
                        inside || dateline_word(t)
                    })
            })
            .filter(|&k| toks[..k].iter().any(|t| t.lower == ")" || month_number(&t.lower).is_some()))
            .map_or(0, |k| k + 1),
        _ => 0,
    };
    for i in body..toks.len() {
        // "said on Tuesday that it will strike": the verb before the date sets its tense
        let future = future && !(i > 0 && past_verb(&toks[i - 1].lower) && !(i > 1 && present_aux(&toks[i - 2].lower)));
        let cx = Cx { s: sentence, toks: &toks, anchor: Some(anchor), future, any_case: false };
        if let Some((next, start, end)) = cx.expression(i) {
            let (a, b) = (toks[i].start, toks[next - 1].end);
            return Some(When { start, end, text: sentence[a..b].to_string(), span: a..b });
        }
    }
    None
}

/// `YYYY-MM-DD` (or `/` separators) at the start of `s`, not followed by a digit.
fn iso_prefix(s: &str) -> Option<(Date, usize)> {
    let b = s.as_bytes();
    if b.len() < 10 {
        return None;
    }
    let digits = |r: Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let sep = b[4];
    if !(digits(0..4) && (sep == b'-' || sep == b'/') && digits(5..7) && b[7] == sep && digits(8..10)) {
        return None;
    }
    if b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let num = |r: Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let year = i32::try_from(num(0..4)?).ok()?;
    Some((Date::new(year, num(5..7)?, num(8..10)?)?, 10))
}

/// `YYYYMMDD` at the start of `s`, not followed by a digit.
fn compact_prefix(s: &str) -> Option<(Date, usize)> {
    let b = s.as_bytes();
    if b.len() < 8 || !b[..8].iter().all(u8::is_ascii_digit) || b.get(8).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let num = |r: Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let year = i32::try_from(num(0..4)?).ok()?;
    Some((Date::new(year, num(4..6)?, num(6..8)?)?, 8))
}

/// A word (a run of letters and digits) or one other non-space character.
#[derive(Debug, Clone)]
struct Tok {
    start: usize,
    end: usize,
    lower: String,
}

fn tokenize(s: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut word: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() {
            word.get_or_insert(i);
            continue;
        }
        if let Some(start) = word.take() {
            toks.push(Tok { start, end: i, lower: s[start..i].to_lowercase() });
        }
        if !c.is_whitespace() {
            let end = i + c.len_utf8();
            toks.push(Tok { start: i, end, lower: s[i..end].to_string() });
        }
    }
    if let Some(start) = word {
        toks.push(Tok { start, end: s.len(), lower: s[start..].to_lowercase() });
    }
    toks
}

/// Whether the sentence speaks of the future (bare dates then point forward).
fn speaks_of_future(s: &str, toks: &[Tok]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        let after_apostrophe = i > 0 && matches!(toks[i - 1].lower.as_str(), "'" | "\u{2019}");
        let adjacent = i > 0 && toks[i - 1].end == t.start;
        match t.lower.as_str() {
            "will" | "shall" | "next" | "upcoming" | "scheduled" => true,
            "ll" => after_apostrophe && adjacent,
            "won" => {
                toks.get(i + 2).is_some_and(|x| x.lower == "t")
                    && toks.get(i + 1).is_some_and(|x| matches!(x.lower.as_str(), "'" | "\u{2019}"))
                    && s.get(t.end..t.end + 1).is_some_and(|c| c != " ")
            }
            _ => false,
        }
    })
}

/// A verb in the past tense (a regular `-ed` form or a common irregular one).
fn past_verb(lower: &str) -> bool {
    const IRREGULAR: [&str; 20] = [
        "said", "told", "met", "struck", "wrote", "spoke", "saw", "began", "took", "went", "came", "left", "held",
        "gave", "made", "hit", "fought", "sent", "was", "were",
    ];
    (lower.len() > 4 && lower.ends_with("ed") && lower != "scheduled") || IRREGULAR.contains(&lower)
}

/// An auxiliary that makes a following participle present or future ("will be held", "is expected").
fn present_aux(lower: &str) -> bool {
    matches!(lower, "be" | "been" | "being" | "is" | "are" | "am" | "s" | "re")
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A weekday's or a month's name or abbreviation, lower-cased ("thursday", "nov"; not
/// "may", which is mostly a verb).
pub(crate) fn is_day_or_month(lower: &str) -> bool {
    Weekday::from_name(lower).is_some() || lower != "may" && month_number(lower).is_some()
}

/// The month (1–12) a lower-case month name or its abbreviation names ("aug", "sept").
pub(crate) fn month_number(lower: &str) -> Option<u32> {
    if let Some(i) = MONTHS.iter().position(|m| *m == lower) {
        return Some(i as u32 + 1);
    }
    let short = if lower == "sept" { "sep" } else { lower };
    if short.len() == 3 {
        return MONTHS.iter().position(|m| m.starts_with(short)).map(|i| i as u32 + 1);
    }
    None
}

pub(crate) fn number_word(lower: &str) -> Option<i64> {
    const WORDS: [&str; 12] =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    match lower {
        "a" | "an" => Some(1),
        _ if lower.len() <= 4 && !lower.is_empty() && lower.bytes().all(|b| b.is_ascii_digit()) => lower.parse().ok(),
        _ => WORDS.iter().position(|w| *w == lower).map(|i| i as i64 + 1),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
    Weekend,
}

/// Whether a word names a span of calendar time ("days", "weeks", "year").
pub(crate) fn is_unit(lower: &str) -> bool {
    unit(lower).is_some()
}

fn unit(lower: &str) -> Option<Unit> {
    Some(match lower {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        "weekend" => Unit::Weekend,
        _ => return None,
    })
}

/// A match: the index of the token after it, and its first and last day.
type Found = (usize, Date, Date);

/// The matching context of one text.
struct Cx<'a> {
    s: &'a str,
    toks: &'a [Tok],
    anchor: Option<Date>,
    future: bool,
    /// Month names in any case (datelines, metadata); prose wants them capitalised.
    any_case: bool,
}

impl Cx<'_> {
    fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.lower.as_str())
    }

    fn raw(&self, i: usize) -> &str {
        self.toks.get(i).and_then(|t| self.s.get(t.start..t.end)).unwrap_or("")
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.lower(i))
    }

    /// The token after `i` touches it (no space between).
    fn glued(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// A decimal point at `i`: a full stop glued to a digit after it.
    fn decimal(&self, i: usize) -> bool {
        self.lower(i) == "." && self.glued(i) && self.lower(i + 1).bytes().next().is_some_and(|b| b.is_ascii_digit())
    }

    /// The first token that starts at or after byte `b`.
    fn tok_at_byte(&self, b: usize) -> usize {
        self.toks.iter().position(|t| t.start >= b).unwrap_or(self.toks.len())
    }

    /// A month name (or abbreviation, with its full stop) at `i`.
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let m = month_number(self.lower(i))?;
        let raw = self.raw(i);
        let capitalised = raw.chars().next().is_some_and(char::is_uppercase);
        if !self.any_case && !capitalised {
            return None;
        }
        let full = MONTHS.contains(&self.lower(i));
        if !full && self.lower(i + 1) == "." && self.glued(i) {
            return Some((m, i + 2));
        }
        Some((m, i + 1))
    }

    /// A day of the month at `i`: `3`, `03`, `3rd`, `21st`.
    fn day(&self, i: usize) -> Option<u32> {
        let w = self.lower(i);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    }

    /// A four-digit year at `i` (1000-2999), not part of a longer number or time.
    fn year(&self, i: usize) -> Option<i32> {
        let w = self.lower(i);
        if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if self.glued(i) && matches!(self.lower(i + 1), ":" | "." | "," | "-" | "/") && self.glued(i + 1) {
            let after = self.lower(i + 2);
            if after.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
                return None;
            }
        }
        w.parse().ok().filter(|y| (1000..=2999).contains(y))
    }

    /// An optional year after a day: `, 2019` or ` 2019`.
    fn trailing_year(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year(i) {
            return Some((y, i + 1));
        }
        if self.lower(i) == "," {
            if let Some(y) = self.year(i + 1) {
                return Some((y, i + 2));
            }
        }
        None
    }

    /// A day and month whose year is unknown: the most recent one on or
    /// before the anchor, or the first one on or after it (future).
    fn infer_year(&self, month: u32, day: u32) -> Option<Date> {
        let anchor = self.anchor?;
        // 29 February may need a few years to come round
        for k in 0..9 {
            let y = if self.future { anchor.year.checked_add(k)? } else { anchor.year.checked_sub(k)? };
            if let Some(d) = Date::new(y, month, day) {
                if (self.future && d >= anchor) || (!self.future && d <= anchor) {
                    return Some(d);
                }
            }
        }
        None
    }

    fn dated(&self, year: Option<i32>, month: u32, day: u32, require_year: bool) -> Option<Date> {
        match year {
            Some(y) => Date::new(y, month, day),
            None if require_year => None,
            None => self.infer_year(month, day),
        }
    }

    /// A calendar date: ISO, `June 3[, 2019]`, `[the] 3[rd] [of] June [2019]`,
    /// each optionally after a weekday (`Friday, June 3`).
    fn explicit_date(&self, i: usize, require_year: bool) -> Option<(usize, Date)> {
        let t = self.toks.get(i)?;
        if t.lower.len() == 4 {
            if let Some((d, n)) = iso_prefix(&self.s[t.start..]) {
                return Some((self.tok_at_byte(t.start + n), d));
            }
        }
        if Weekday::from_name(&t.lower).is_some() {
            let j = if self.lower(i + 1) == "," { i + 2 } else { i + 1 };
            // "Fri." / "Fri," in metadata
            let j = if self.lower(i + 1) == "." && self.lower(i + 2) == "," { i + 3 } else { j };
            if j > i + 1 || t.lower.len() > 3 {
                if let Some(found) = self.day_month(j, require_year) {
                    return Some(found);
                }
            }
            return None;
        }
        self.day_month(i, require_year)
    }

    fn day_month(&self, i: usize, require_year: bool) -> Option<(usize, Date)> {
        // June 3[rd][,] [2019]
        if let Some((m, j)) = self.month(i) {
            let day = self.day(j)?;
            // "June 3:00", "June 3.5", "June 3%" are not dates
            if self.glued(j) && (matches!(self.lower(j + 1), ":" | "%") || self.decimal(j + 1)) {
                return None;
            }
            let (year, next) = match self.trailing_year(j + 1) {
                Some((y, n)) => (Some(y), n),
                None => (None, j + 1),
            };
            return Some((next, self.dated(year, m, day, require_year)?));
        }
        // [the] 3[rd] [of] June [2019]
        let i = if self.lower(i) == "the" { i + 1 } else { i };
        let day = self.day(i)?;
        let j = if self.lower(i + 1) == "of" { i + 2 } else { i + 1 };
        let (m, k) = self.month(j)?;
        let (year, next) = match self.trailing_year(k) {
            Some((y, n)) => (Some(y), n),
            None => (None, k),
        };
        Some((next, self.dated(year, m, day, require_year)?))
    }

    /// Any time expression starting at token `i`.
    fn expression(&self, i: usize) -> Option<Found> {
        if self.is(i, &["on", "in", "during", "throughout"]) {
            return self.core(i + 1, true);
        }
        if let Some(found) = self.span(i) {
            return Some(found);
        }
        self.core(i, false)
    }

    /// "from 1998 to 2000", "between 1998 and 2000": both years and those between;
    /// "since 1962", "since June": from then to the anchor.
    fn span(&self, i: usize) -> Option<Found> {
        let anchor = self.anchor?;
        match self.lower(i) {
            "from" | "between" => {
                let a = self.year(i + 1)?;
                if !self.is(i + 2, &["to", "and", "until", "through", "-"]) {
                    return None;
                }
                // (counts are no years: "between 1000 and 2000 troops")
                let b = self.year(i + 3).filter(|&b| b >= a && b <= anchor.year + 5)?;
                if a < 1900 {
                    return None;
                }
                Some((i + 4, Date::new(a, 1, 1)?, Date::new(b, 12, 31)?))
            }
            "since" => {
                // (a state that has lasted, in the clause's own perfect tense: "has
                // imposed an embargo since 1962"; not a relative clause's: "Arbil, which
                // has been held since 1994")
                let clause = (0..i).rev().take_while(|&k| !matches!(self.lower(k), "," | ";"));
                let mut perfect = false;
                for k in clause {
                    match self.lower(k) {
                        "which" | "who" | "whom" | "that" => return None,
                        // (not "s": "Russia's heaviest attack since 2022" is a possessive)
                        "has" | "have" | "had" | "ve" => perfect = true,
                        _ => {}
                    }
                }
                if !perfect {
                    return None;
                }
                let (start, next) = if let Some(y) = self.year(i + 1) {
                    (Date::new(y, 1, 1)?, i + 2)
                } else {
                    let (m, next) = self.month(i + 1)?;
                    match self.year(next) {
                        Some(y) => (Date::new(y, m, 1)?, next + 1),
                        None => {
                            let y = if m <= anchor.month() { anchor.year } else { anchor.year - 1 };
                            (Date::new(y, m, 1)?, next)
                        }
                    }
                };
                (start <= anchor).then_some((next, start, anchor))
            }
            _ => None,
        }
    }

    fn core(&self, i: usize, after_preposition: bool) -> Option<Found> {
        let anchor = self.anchor?;
        let w = self.lower(i);
        let single = |d: Option<Date>, next: usize| d.map(|d| (next, d, d));
        match w {
            "today" | "tonight" => return Some((i + 1, anchor, anchor)),
            "yesterday" => return single(anchor.add_days(-1), i + 1),
            "tomorrow" => return single(anchor.add_days(1), i + 1),
            _ => {}
        }
        if let Some((next, d)) = self.explicit_date(i, false) {
            return Some((next, d, d));
        }
        if let Some(wd) = full_weekday(w) {
            return single(self.weekday(wd, None), i + 1);
        }
        if let Some(found) = self.month_year(i) {
            return Some(found);
        }
        if let Some(found) = self.modified(i) {
            return Some(found);
        }
        if let Some(found) = self.ago(i) {
            return Some(found);
        }
        if after_preposition {
            // in June, in 2019, in early June
            let j = if self.is(i, &["early", "mid", "late"]) { i + 1 } else { i };
            let j = if j > i && self.lower(j) == "-" && self.glued(i) { j + 1 } else { j };
            if let Some((m, next)) = self.month(j) {
                let year = if self.future {
                    if m >= anchor.month() { anchor.year } else { anchor.year + 1 }
                } else if m <= anchor.month() {
                    anchor.year
                } else {
                    anchor.year - 1
                };
                return month_span(year, m, next);
            }
            if let Some(y) = self.year(j) {
                return year_span(y, j + 1);
            }
        }
        None
    }

    /// A weekday relative to the anchor: `None` for a bare one (tense
    /// decides), or "last", "next", "this".
    fn weekday(&self, wd: Weekday, modifier: Option<&str>) -> Option<Date> {
        let anchor = self.anchor?;
        let here = i64::from(anchor.weekday().index());
        let there = i64::from(wd.index());
        let back = (here - there).rem_euclid(7); // days back to the most recent one, 0 = today
        let fwd = (there - here).rem_euclid(7);
        let delta = match modifier {
            Some("last") => -(if back == 0 { 7 } else { back }),
            Some("next") => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            Some("this") => there - here,
            _ if self.future => fwd,
            _ => -back,
        };
        anchor.add_days(delta)
    }

    /// `June 2019`, `June of 2019`, `early June 2019`, `mid-June 2019`.
    fn month_year(&self, i: usize) -> Option<Found> {
        let j = if self.is(i, &["early", "mid", "late"]) { i + 1 } else { i };
        let j = if j > i && self.lower(j) == "-" && self.glued(i) { j + 1 } else { j };
        let (m, k) = self.month(j)?;
        let k = if self.lower(k) == "of" { k + 1 } else { k };
        let y = self.year(k)?;
        month_span(y, m, k + 1)
    }

    /// last/this/next/past/coming + a unit, a weekday or a month; earlier/later this + unit;
    /// the weekend; the day before yesterday; last night; this morning.
    fn modified(&self, i: usize) -> Option<Found> {
        let anchor = self.anchor?;
        let w = self.lower(i);
        match w {
            "earlier" | "later" if self.lower(i + 1) == "this" => {
                let u = unit(self.lower(i + 2))?;
                let (a, b) = period(anchor, u, 0)?;
                return Some(if w == "earlier" { (i + 3, a, anchor) } else { (i + 3, anchor, b) });
            }
            "the" if self.lower(i + 1) == "day" => {
                let offset = match (self.lower(i + 2), self.lower(i + 3)) {
                    ("before", "yesterday") => -2,
                    ("after", "tomorrow") => 2,
                    _ => return None,
                };
                let d = anchor.add_days(offset)?;
                return Some((i + 4, d, d));
            }
            "the" | "over" => {
                let j = if w == "over" && self.lower(i + 1) == "the" { i + 2 } else { i + 1 };
                if self.lower(j) != "weekend" {
                    return None;
                }
                let (a, b) = self.weekend(None)?;
                return Some((j + 1, a, b));
            }
            "last" | "this" | "next" | "past" | "coming" => {}
            _ => return None,
        }
        let next = self.lower(i + 1);
        if w == "last" && next == "night" {
            let d = anchor.add_days(-1)?;
            return Some((i + 2, d, d));
        }
        if w == "this" && matches!(next, "morning" | "afternoon" | "evening") {
            return Some((i + 2, anchor, anchor));
        }
        if matches!(w, "last" | "this" | "next") {
            if let Some(wd) = full_weekday(next) {
                let d = self.weekday(wd, Some(w))?;
                return Some((i + 2, d, d));
            }
            if let Some((m, k)) = self.month(i + 1) {
                let year = match w {
                    "last" if m < anchor.month() => anchor.year,
                    "last" => anchor.year - 1,
                    "next" if m > anchor.month() => anchor.year,
                    "next" => anchor.year + 1,
                    _ => anchor.year,
                };
                return month_span(year, m, k);
            }
        }
        // "the last day of talks" is no date; "last weeks" no period
        let u = unit(next).filter(|&u| u != Unit::Day && !next.ends_with('s'))?;
        let (a, b) = match (w, u) {
            ("past", Unit::Weekend) | ("coming", Unit::Weekend) => {
                self.weekend(Some(if w == "past" { "last" } else { "next" }))?
            }
            ("past", _) => (back_one(anchor, u)?.add_days(1)?, anchor),
            ("coming", _) => (anchor.add_days(1)?, forward_one(anchor, u)?),
            ("this", Unit::Weekend) => self.weekend(None)?,
            (_, Unit::Weekend) => self.weekend(Some(w))?,
            ("this", _) => period(anchor, u, 0)?,
            ("last", _) => period(anchor, u, -1)?,
            _ => period(anchor, u, 1)?,
        };
        Some((i + 2, a, b))
    }

    /// Saturday and Sunday: `None` is "the weekend"/"this weekend", the one
    /// just gone (or under way), the coming one in a sentence about the future.
    fn weekend(&self, modifier: Option<&str>) -> Option<(Date, Date)> {
        let anchor = self.anchor?;
        let monday = anchor.week_start()?;
        let this_saturday = monday.add_days(5)?;
        let saturday = match modifier {
            Some("last") => monday.add_days(-2)?,
            Some("next") => monday.add_days(12)?,
            _ if self.future || anchor >= this_saturday => this_saturday,
            _ => monday.add_days(-2)?,
        };
        Some((saturday, saturday.add_days(1)?))
    }

    /// `three days ago`, `a week ago`, `2 years ago`: one day.
    fn ago(&self, i: usize) -> Option<Found> {
        let anchor = self.anchor?;
        let n = number_word(self.lower(i))?;
        let u = unit(self.lower(i + 1))?;
        if self.lower(i + 2) != "ago" {
            return None;
        }
        let n32 = i32::try_from(n).ok()?;
        let d = match u {
            Unit::Day => anchor.add_days(-n)?,
            Unit::Week => anchor.add_days(-7 * n)?,
            Unit::Month => anchor.add_months(-n32)?,
            Unit::Year => anchor.add_years(-n32)?,
            Unit::Weekend => return None,
        };
        Some((i + 3, d, d))
    }
}

fn full_weekday(lower: &str) -> Option<Weekday> {
    Weekday::from_name(lower).filter(|_| lower.len() > 3)
}

fn month_span(year: i32, month: u32, next: usize) -> Option<Found> {
    let (a, b) = Date::new(year, month, 1)?.month_range();
    Some((next, a, b))
}

fn year_span(year: i32, next: usize) -> Option<Found> {
    Some((next, Date::new(year, 1, 1)?, Date::new(year, 12, 31)?))
}

/// The week, month or year of `anchor`, shifted by `shift` of them.
fn period(anchor: Date, u: Unit, shift: i32) -> Option<(Date, Date)> {
    match u {
        Unit::Day => {
            let d = anchor.add_days(i64::from(shift))?;
            Some((d, d))
        }
        Unit::Week | Unit::Weekend => {
            let monday = anchor.week_start()?.add_days(7 * i64::from(shift))?;
            Some((monday, monday.add_days(6)?))
        }
        Unit::Month => Some(anchor.add_months(shift)?.month_range()),
        Unit::Year => {
            let y = anchor.year.checked_add(shift)?;
            Some((Date::new(y, 1, 1)?, Date::new(y, 12, 31)?))
        }
    }
}

fn back_one(anchor: Date, u: Unit) -> Option<Date> {
    match u {
        Unit::Day => anchor.add_days(-1),
        Unit::Week | Unit::Weekend => anchor.add_days(-7),
        Unit::Month => anchor.add_months(-1),
        Unit::Year => anchor.add_years(-1),
    }
}

fn forward_one(anchor: Date, u: Unit) -> Option<Date> {
    match u {
        Unit::Day => anchor.add_days(1),
        Unit::Week | Unit::Weekend => anchor.add_days(7),
        Unit::Month => anchor.add_months(1),
        Unit::Year => anchor.add_years(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).expect("valid date")
    }

    #[test]
    fn civil_arithmetic_round_trips() {
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(d(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(Date::from_days_since_epoch(-1), Some(d(1969, 12, 31)));
        for days in (-719_162..2_932_896).step_by(997) {
            let date = Date::from_days_since_epoch(days).expect("in range");
            assert_eq!(date.days_since_epoch(), days);
        }
        assert_eq!(Date::from_days_since_epoch(-719_163), None, "year 0");
        assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
    }

    #[test]
    fn weekdays() {
        assert_eq!(d(1970, 1, 1).weekday(), Weekday::Thursday);
        assert_eq!(d(2025, 6, 13).weekday(), Weekday::Friday);
        assert_eq!(d(2000, 2, 29).weekday(), Weekday::Tuesday);
        assert_eq!(d(1, 1, 1).weekday(), Weekday::Monday);
        assert_eq!(Weekday::from_name("fri"), Some(Weekday::Friday));
        assert_eq!(Weekday::from_name("SUNDAY"), Some(Weekday::Sunday));
        assert_eq!(Weekday::from_name("fr"), None);
    }

    #[test]
    fn calendar_rules() {
        assert!(is_leap_year(2000) && is_leap_year(2024) && !is_leap_year(1900) && !is_leap_year(2025));
        assert_eq!(Date::new(2025, 2, 29), None);
        assert_eq!(Date::new(2025, 13, 1), None);
        assert_eq!(Date::new(0, 1, 1), None);
        assert_eq!(Date::new(10_000, 1, 1), None);
        assert_eq!(d(2024, 3, 31).add_months(-1), Some(d(2024, 2, 29)));
        assert_eq!(d(2024, 2, 29).add_years(1), Some(d(2025, 2, 28)));
        assert_eq!(d(2025, 12, 31).add_days(1), Some(d(2026, 1, 1)));
        assert_eq!(d(9999, 12, 31).add_days(1), None);
        assert_eq!(d(2025, 6, 15).week_start(), Some(d(2025, 6, 9)));
        assert_eq!(d(5, 1, 2).to_string(), "0005-01-02");
    }

    #[test]
    fn iso_parsing_is_strict() {
        assert_eq!(Date::parse_iso("2025-06-13"), Some(d(2025, 6, 13)));
        assert_eq!(Date::parse_iso("2025-06-13 "), None);
        assert_eq!(Date::parse_iso("2025-6-13"), None);
        assert_eq!(Date::parse_iso("2025-02-30"), None);
    }

    #[test]
    fn doc_dates() {
        let want = Some(d(2025, 6, 13));
        for s in [
            "2025-06-13",
            "20250613",
            "2025-06-13T10:00:00Z",
            "June 13, 2025",
            "13 June 2025",
            "Jun. 13, 2025",
            "Friday, June 13, 2025",
            "Fri, 13 Jun 2025 10:00:00 +0000",
            " 2025/06/13 ",
        ] {
            assert_eq!(parse_doc_date(s), want, "{s}");
        }
        for s in ["", "June 13", "2025-06-31", "13 June 2025 was a Friday", "yesterday", "202506130"] {
            assert_eq!(parse_doc_date(s), None, "{s}");
        }
    }

    #[test]
    fn datelines() {
        assert_eq!(dateline_date("JERUSALEM 1996-08-22\nIsrael said..."), Some(d(1996, 8, 22)));
        assert_eq!(dateline_date("Title\n\nFriday, July 21, 2017\nBody"), Some(d(2017, 7, 21)));
        assert_eq!(dateline_date("MOSCOW, Dec 6 (Reuters) - Russia said"), None);
        assert_eq!(dateline_date("LONDON, DEC 6 1996 (Reuters)"), Some(d(1996, 12, 6)));
        assert_eq!(dateline_date("a\nb\nc\nJune 3, 2019"), None, "only three lines");
        assert_eq!(
            dateline_date("The council renewed the mandate until Dec. 31, 2026. Arnor said"),
            None,
            "a date in a sentence"
        );
    }

    #[test]
    fn relative_days_carry_their_words() {
        let anchor = d(2025, 6, 15);
        let w = resolve(anchor, "Israel attacked Iran on Friday, officials said.").unwrap();
        assert_eq!((w.to_iso().as_str(), w.text.as_str()), ("2025-06-13", "on Friday"));
        assert_eq!(&"Israel attacked Iran on Friday, officials said."[w.span.clone()], "on Friday");
        let w = resolve(anchor, "Yesterday's strike").unwrap();
        assert_eq!((w.to_iso().as_str(), w.text.as_str()), ("2025-06-14", "Yesterday"));
        assert_eq!(resolve(anchor, "Talks will resume on Friday.").unwrap().to_iso(), "2025-06-20");
        assert_eq!(resolve(anchor, "No date here."), None);
    }

    #[test]
    fn a_datelines_date_is_not_the_sentences() {
        let anchor = d(2026, 11, 24);
        let s = "MINAS, Nov 24 (Reuters) - Gondor attacked Rohan on Monday.";
        assert_eq!(resolve(anchor, s).unwrap().to_iso(), "2026-11-23");
        assert_eq!(
            resolve(anchor, "MINAS (AP) \u{2014} Gondor attacked Rohan on Monday.").unwrap().to_iso(),
            "2026-11-23"
        );
        assert_eq!(resolve(anchor, "MINAS, Nov 24 (Reuters) - Gondor attacked Rohan."), None);
        // (a sentence that opens in capitals but has no dateline keeps its dates)
        assert_eq!(resolve(anchor, "NATO met on Nov 20 - a day late.").unwrap().to_iso(), "2026-11-20");
        assert_eq!(resolve(anchor, "EU, US agree on Nov 20 - sources say.").unwrap().to_iso(), "2026-11-20");
        assert_eq!(
            resolve(anchor, "BERLIN, Nov 24 (dpa) - Gondor attacked Rohan on Monday.").unwrap().to_iso(),
            "2026-11-23"
        );
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        let anchor = d(2025, 6, 15);
        assert_eq!(resolve(anchor, "May they meet again."), None);
        assert_eq!(resolve(anchor, "Tensions may rise in the region."), None);
        assert_eq!(resolve(anchor, "They met in May.").unwrap().to_iso(), "2025-05-01/2025-05-31");
    }
}
