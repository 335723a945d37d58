//! Time expressions resolved against an article's date: table-driven cases
//! (anchor, sentence, expected ISO date or interval, expected phrase).

use newsgraph::time::{Date, When, dateline_date, parse_doc_date, resolve};

fn date(s: &str) -> Date {
    Date::parse_iso(s).unwrap_or_else(|| panic!("bad date in test table: {s}"))
}

/// (anchor, sentence, ISO date or interval, the phrase as written)
const CASES: &[(&str, &str, &str, &str)] = &[
    // 2025-06-18 is a Wednesday
    ("2025-06-18", "Israel attacked Iran on Friday.", "2025-06-13", "on Friday"),
    ("2025-06-18", "Friday's strikes killed dozens.", "2025-06-13", "Friday"),
    ("2025-06-18", "The ministers met on Wednesday.", "2025-06-18", "on Wednesday"),
    ("2025-06-18", "The talks will resume on Friday.", "2025-06-20", "on Friday"),
    ("2025-06-18", "They'll meet Friday in Muscat.", "2025-06-20", "Friday"),
    ("2025-06-18", "He said on Tuesday that Israel will strike.", "2025-06-17", "on Tuesday"),
    ("2025-06-18", "Iran warned Friday it will retaliate.", "2025-06-13", "Friday"),
    ("2025-06-18", "Officials said the vote is scheduled for Friday.", "2025-06-20", "Friday"),
    ("2025-06-18", "The envoy arrived last Friday.", "2025-06-13", "last Friday"),
    ("2025-06-18", "The envoy left last Wednesday.", "2025-06-11", "last Wednesday"),
    ("2025-06-18", "The envoy arrives next Friday.", "2025-06-20", "next Friday"),
    ("2025-06-18", "The envoy arrives next Wednesday.", "2025-06-25", "next Wednesday"),
    ("2025-06-18", "The vote is this Friday.", "2025-06-20", "this Friday"),
    ("2025-06-18", "Iran said yesterday it would retaliate.", "2025-06-17", "yesterday"),
    ("2025-06-18", "Today the army withdrew.", "2025-06-18", "Today"),
    ("2025-06-18", "The cabinet meets tomorrow.", "2025-06-19", "tomorrow"),
    ("2025-06-18", "Sirens sounded tonight.", "2025-06-18", "tonight"),
    ("2025-06-18", "Drones struck last night.", "2025-06-17", "last night"),
    ("2025-06-18", "He spoke the day before yesterday.", "2025-06-16", "the day before yesterday"),
    ("2025-06-18", "He flies the day after tomorrow.", "2025-06-20", "the day after tomorrow"),
    ("2025-06-18", "Talks collapsed last week.", "2025-06-09/2025-06-15", "last week"),
    ("2025-06-18", "Talks resumed this week.", "2025-06-16/2025-06-22", "this week"),
    ("2025-06-18", "Talks resume next week.", "2025-06-23/2025-06-29", "next week"),
    ("2025-06-18", "Prices rose over the past week.", "2025-06-12/2025-06-18", "past week"),
    ("2025-06-18", "Fighting flared over the weekend.", "2025-06-14/2025-06-15", "over the weekend"),
    ("2025-06-18", "Fighting flared last weekend.", "2025-06-14/2025-06-15", "last weekend"),
    ("2025-06-18", "Leaders will meet this weekend.", "2025-06-21/2025-06-22", "this weekend"),
    ("2025-06-18", "The ceasefire broke down last month.", "2025-05-01/2025-05-31", "last month"),
    ("2025-06-18", "The two fought a border war from 1998 to 2000.", "1998-01-01/2000-12-31", "from 1998 to 2000"),
    ("2025-06-18", "They clashed between 1998 and 2000.", "1998-01-01/2000-12-31", "between 1998 and 2000"),
    ("2025-06-18", "An embargo has held since 1962.", "1962-01-01/2025-06-18", "since 1962"),
    ("2025-06-18", "The blockade has lasted since March.", "2025-03-01/2025-06-18", "since March"),
    ("2025-06-18", "The blockade has lasted since August.", "2024-08-01/2025-06-18", "since August"),
    ("2025-06-18", "Troops have stayed since May 2023.", "2023-05-01/2025-06-18", "since May 2023"),
    ("2025-06-18", "The ceasefire held this month.", "2025-06-01/2025-06-30", "this month"),
    ("2025-06-18", "Elections are due next month.", "2025-07-01/2025-07-31", "next month"),
    ("2025-06-18", "Troops left earlier this month.", "2025-06-01/2025-06-18", "earlier this month"),
    ("2025-06-18", "The deal was signed last June.", "2024-06-01/2024-06-30", "last June"),
    ("2025-06-18", "The deal was signed last May.", "2025-05-01/2025-05-31", "last May"),
    ("2025-06-18", "The deal was signed last December.", "2024-12-01/2024-12-31", "last December"),
    ("2025-06-18", "Talks began in June.", "2025-06-01/2025-06-30", "in June"),
    ("2025-06-18", "Talks began in July.", "2024-07-01/2024-07-31", "in July"),
    ("2025-06-18", "Talks will begin in July.", "2025-07-01/2025-07-31", "in July"),
    ("2025-06-18", "Talks will begin in May.", "2026-05-01/2026-05-31", "in May"),
    ("2025-06-18", "Talks began in mid-March.", "2025-03-01/2025-03-31", "in mid-March"),
    ("2025-06-18", "The summit is set for next June.", "2026-06-01/2026-06-30", "next June"),
    ("2025-06-18", "The summit was held on June 3.", "2025-06-03", "on June 3"),
    ("2025-06-18", "The summit was held June 3rd in Oman.", "2025-06-03", "June 3rd"),
    ("2025-06-18", "The summit was held on 3 June.", "2025-06-03", "on 3 June"),
    ("2025-06-18", "The summit was held on the 3rd of June.", "2025-06-03", "on the 3rd of June"),
    ("2025-06-18", "The summit was held on June 20.", "2024-06-20", "on June 20"),
    ("2025-06-18", "The summit will be held on June 20.", "2025-06-20", "on June 20"),
    ("2025-06-18", "The treaty of June 3, 2019 lapsed.", "2019-06-03", "June 3, 2019"),
    ("2025-06-18", "The treaty of 3 June 2019 lapsed.", "2019-06-03", "3 June 2019"),
    ("2025-06-18", "Sanctions were imposed on Sept. 9.", "2024-09-09", "on Sept. 9"),
    ("2025-06-18", "The strike of 2025-06-13 killed 20.", "2025-06-13", "2025-06-13"),
    ("2025-06-18", "The war began in 2019.", "2019-01-01/2019-12-31", "in 2019"),
    ("2025-06-18", "The war began in early 2019.", "2019-01-01/2019-12-31", "in early 2019"),
    ("2025-06-18", "The war began in June 2019.", "2019-06-01/2019-06-30", "in June 2019"),
    ("2025-06-18", "The talks failed earlier this year.", "2025-01-01/2025-06-18", "earlier this year"),
    ("2025-06-18", "A vote is expected later this year.", "2025-06-18/2025-12-31", "later this year"),
    ("2025-06-18", "The embassy closed last year.", "2024-01-01/2024-12-31", "last year"),
    ("2025-06-18", "Trade doubled this year.", "2025-01-01/2025-12-31", "this year"),
    ("2025-06-18", "Israel struck three days ago.", "2025-06-15", "three days ago"),
    ("2025-06-18", "Israel struck a week ago.", "2025-06-11", "a week ago"),
    ("2025-06-18", "Israel struck 2 years ago.", "2023-06-18", "2 years ago"),
    // the first expression of the sentence wins
    ("2025-06-18", "On Monday, officials said the attack came last week.", "2025-06-16", "On Monday"),
    ("2025-06-18", "Monday, June 9, was calm.", "2025-06-09", "Monday, June 9"),
    // year boundaries: 2025-01-02 is a Thursday
    ("2025-01-02", "Talks collapsed last week.", "2024-12-23/2024-12-29", "last week"),
    ("2025-01-02", "Talks resumed this week.", "2024-12-30/2025-01-05", "this week"),
    ("2025-01-02", "Talks collapsed last month.", "2024-12-01/2024-12-31", "last month"),
    ("2025-01-02", "They met on Monday.", "2024-12-30", "on Monday"),
    ("2025-01-02", "They met in December.", "2024-12-01/2024-12-31", "in December"),
    ("2025-01-02", "They met on December 31.", "2024-12-31", "on December 31"),
    ("2025-01-02", "They met yesterday.", "2025-01-01", "yesterday"),
    ("2025-01-02", "They met last year.", "2024-01-01/2024-12-31", "last year"),
    ("2025-01-02", "They met last January.", "2024-01-01/2024-01-31", "last January"),
    ("2024-12-31", "They meet tomorrow.", "2025-01-01", "tomorrow"),
    ("2024-12-31", "They meet next month.", "2025-01-01/2025-01-31", "next month"),
    ("2024-12-31", "They meet next week.", "2025-01-06/2025-01-12", "next week"),
    ("2024-12-31", "They will meet on January 5.", "2025-01-05", "on January 5"),
    ("2024-12-31", "They will meet in January.", "2025-01-01/2025-01-31", "in January"),
    // leap years
    ("2024-03-01", "They met yesterday.", "2024-02-29", "yesterday"),
    ("2024-03-01", "They met last month.", "2024-02-01/2024-02-29", "last month"),
    ("2024-03-01", "They met on February 29.", "2024-02-29", "on February 29"),
    ("2025-03-01", "They met yesterday.", "2025-02-28", "yesterday"),
    ("2025-03-01", "They met on February 29.", "2024-02-29", "on February 29"),
    ("2023-03-01", "They met on February 29.", "2020-02-29", "on February 29"),
    ("2024-02-29", "They met a year ago.", "2023-02-28", "a year ago"),
    ("2024-03-31", "They met a month ago.", "2024-02-29", "a month ago"),
    ("1900-03-01", "They met yesterday.", "1900-02-28", "yesterday"),
    ("2000-03-01", "They met yesterday.", "2000-02-29", "yesterday"),
    ("2000-03-01", "They met on Monday.", "2000-02-28", "on Monday"),
];

#[test]
fn resolves_the_table() {
    let mut failures = Vec::new();
    for &(anchor, sentence, iso, phrase) in CASES {
        match resolve(date(anchor), sentence) {
            Some(w) if w.to_iso() == iso && w.text == phrase && sentence.get(w.span.clone()) == Some(phrase) => {}
            got => failures.push(format!(
                "{anchor} {sentence:?}: want {iso} {phrase:?}, got {:?}",
                got.map(|w| (w.to_iso(), w.text))
            )),
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn sentences_without_a_time() {
    let anchor = date("2025-06-18");
    for s in [
        "Iran warned Israel.",
        "May the talks succeed.",
        "Tensions may rise.",
        "The march on the capital went ahead.",
        "It was the last day of talks.",
        "Fridays are quiet.",
        "He won 2000 votes.",
        "The June 40 deadline.",
        "Sirens at 10:30.",
        "Between 1000 and 2000 troops crossed.",
        "From 2000 to 3000 people fled.",
        "Troops overran Arbil, which has been held since 1994 by rebels.",
        "The first attack since 2019 came on a quiet day.",
        "Russia's heaviest attack on Ukraine since 2022 killed 12 people.",
        "",
    ] {
        assert_eq!(resolve(anchor, s), None, "{s:?}");
    }
}

#[test]
fn iso_forms() {
    let w = When { start: date("2025-06-09"), end: date("2025-06-15"), text: "last week".into(), span: 0..9 };
    assert!(w.is_range());
    assert_eq!(w.to_iso(), "2025-06-09/2025-06-15");
    assert_eq!(w.to_string(), w.to_iso());
    assert_eq!(date("0999-01-02").to_string(), "0999-01-02");
}

#[test]
fn document_dates() {
    let cases: &[(&str, Option<&str>)] = &[
        ("2025-06-13", Some("2025-06-13")),
        ("20250613", Some("2025-06-13")),
        ("2025-06-13T10:00:00Z", Some("2025-06-13")),
        ("June 13, 2025", Some("2025-06-13")),
        ("13 June 2025", Some("2025-06-13")),
        ("2024-02-29", Some("2024-02-29")),
        ("2023-02-29", None),
        ("19950101", Some("1995-01-01")),
        ("June 2025", None),
        ("Friday", None),
        ("", None),
    ];
    for &(s, want) in cases {
        assert_eq!(parse_doc_date(s).map(|d| d.to_string()).as_deref(), want, "{s:?}");
    }
}

#[test]
fn datelines() {
    let cases: &[(&str, Option<&str>)] = &[
        ("JERUSALEM 1996-08-22\n\nIsrael said on Thursday...", Some("1996-08-22")),
        ("Friday, July 21, 2017\nThe minister said...", Some("2017-07-21")),
        ("MOSCOW, Dec 6 (Reuters) - Russia said on Friday...", None),
        ("Headline\nBy A. Reporter\nWASHINGTON, March 3, 2024 - The ...", Some("2024-03-03")),
        ("No date in this article.\nNone here.\nNor here.\nMay 5, 2020", None),
        ("The council renewed the mandate until Dec. 31, 2026. Arnor said it would stay.", None),
        ("Title\nSAO PAULO, Brazil 1996-08-28\nBrazilian police said...", Some("1996-08-28")),
    ];
    for &(text, want) in cases {
        assert_eq!(dateline_date(text).map(|d| d.to_string()).as_deref(), want, "{text:?}");
    }
}

#[test]
fn never_panics_on_odd_input() {
    let weird = [
        "",
        " ",
        "\0",
        "\u{feff}on Friday",
        "🙂 on Friday 🙂",
        "İstanbul talks on Friday",
        "ǅ Σ ß ﬁ on June 3",
        "on",
        "in",
        "last",
        "the day",
        "the day before",
        "earlier this",
        "June",
        "June 0",
        "June 32",
        "31 February",
        "the 3rd of",
        "Sept.",
        "2025-13-45",
        "2025-06-1३",
        "20251345",
        "9999-12-31 tomorrow",
        "0000-01-01",
        "in 99999999999999999999",
        "9999 years ago",
        "99 weeks ago",
        "a ago",
        "'ll won't won'",
        "’ll",
        "—–-/:.,;",
        "مساء الجمعة on Friday",
        "January February March April May June July August September October November December",
    ];
    let anchors = ["0001-01-01", "0001-01-07", "2024-02-29", "9999-12-31", "9999-12-25"];
    for a in anchors {
        let anchor = date(a);
        for s in weird {
            let _ = resolve(anchor, s);
            // every cut of the string at a character boundary, too
            for (i, _) in s.char_indices() {
                let _ = resolve(anchor, &s[i..]);
                let _ = resolve(anchor, &s[..i]);
            }
        }
        for s in ["next year", "tomorrow", "next week", "next month", "in June", "will meet on June 3"] {
            if let Some(w) = resolve(anchor, s) {
                assert!(w.start <= w.end, "{a} {s}");
            }
        }
    }
    for s in weird {
        let _ = parse_doc_date(s);
        let _ = dateline_date(s);
    }
    assert_eq!(resolve(date("9999-12-31"), "They meet tomorrow."), None);
    assert_eq!(resolve(date("0001-01-01"), "They met last year."), None);
}
