//! Golden articles: `tests/golden/<slug>/article.txt` must give exactly
//! `expected.json` and `expected.dot`. After a deliberate change, run
//! `NEWSGRAPH_BLESS=1 cargo test --test golden` and review the diff.

use std::path::Path;

use newsgraph::export::{Format, to_string};
use newsgraph::{Document, Pipeline};

fn check(slug: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(slug);
    let text = std::fs::read_to_string(dir.join("article.txt")).expect("article.txt");
    let mut doc = Document::new("doc-1", text);
    doc.source = Some("article.txt".into());
    let g = Pipeline::new().extract(&[doc]);
    for (format, file) in [(Format::Json, "expected.json"), (Format::Dot, "expected.dot")] {
        let got = to_string(&g, format);
        let path = dir.join(file);
        if std::env::var_os("NEWSGRAPH_BLESS").is_some() {
            std::fs::write(&path, &got).expect("write golden file");
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            let first = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(0);
            panic!(
                "{slug}/{file} differs at line {}\n  expected: {:?}\n  got:      {:?}\nhelp: if the change is intended, run NEWSGRAPH_BLESS=1 cargo test --test golden and review the diff",
                first + 1,
                want.lines().nth(first).unwrap_or("<end>"),
                got.lines().nth(first).unwrap_or("<end>")
            );
        }
    }
}

#[test]
fn us_iran_talks_oman() {
    check("us-iran-talks-oman");
}
