//! Every row of the built-in cue table carries an example sentence; the
//! example must fire that very row.

mod common;

use newsgraph::Document;

#[test]
fn every_cue_example_fires_its_row() {
    let p = common::pipeline();
    let mut failures = Vec::new();
    for cue in &p.lexicon().cues {
        let g = p.extract(&[Document::new("ex", cue.example.clone())]);
        let fired =
            g.edges().any(|e| e.relation == cue.relation && e.evidence.iter().any(|ev| ev.rule.starts_with(&cue.rule)));
        if !fired {
            let got: Vec<String> = g
                .edges()
                .map(|e| format!("{} -{}-> {} [{}]", e.source, e.relation.as_str(), e.target, e.evidence[0].rule))
                .collect();
            failures.push(format!("{} ({}): {:?}\n    got: {:?}", cue.rule, cue.relation.as_str(), cue.example, got));
        }
    }
    assert!(
        failures.is_empty(),
        "cue examples that do not fire their row:\n  {}\nhelp: fix the row's cue words or pattern in src/data/cues.tsv, or the rule in src/relation",
        failures.join("\n  ")
    );
}

#[test]
fn cue_rows_carry_codes_and_weights() {
    let p = newsgraph::Pipeline::new();
    for cue in &p.lexicon().cues {
        assert!(cue.relation.is_event(), "{}: {} is not an event relation", cue.rule, cue.relation.as_str());
        assert!(
            cue.cameo.len() == 2 && cue.cameo.chars().all(|c| c.is_ascii_digit()),
            "{}: cameo {:?}",
            cue.rule,
            cue.cameo
        );
        assert!((-10.0..=10.0).contains(&cue.goldstein), "{}: goldstein {}", cue.rule, cue.goldstein);
        assert!(!cue.example.is_empty(), "{}: no example", cue.rule);
    }
}
