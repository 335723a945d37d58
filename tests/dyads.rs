//! `newsgraph dyads`: events per pair of countries, from the command line.

use assert_cmd::Command;
use predicates::prelude::*;

fn cmd() -> Command {
    Command::cargo_bin("newsgraph").expect("binary built")
}

const ARTICLE: &str =
    "Iran's foreign minister Ali Rezaei warned Israel. Israel attacked Iran on Friday. Israeli jets struck Iran again.";

/// The table row whose first two columns start with these labels.
fn row<'a>(table: &'a str, source: &str, target: &str) -> Option<Vec<&'a str>> {
    table.lines().find_map(|line| {
        let cells: Vec<&str> = line.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
        (cells.len() >= 5 && cells[0].starts_with(source) && cells[1].starts_with(target)).then_some(cells)
    })
}

#[test]
fn table_has_both_directions() {
    let out = cmd().arg("dyads").write_stdin(ARTICLE).assert().success().get_output().stdout.clone();
    let table = String::from_utf8(out).expect("UTF-8");
    assert!(table.starts_with("source"), "{table}");
    let irn_isr = row(&table, "Iran (IRN)", "Israel (ISR)").unwrap_or_else(|| panic!("no IRN->ISR row:\n{table}"));
    assert!(irn_isr[4].contains("threatens=1"), "{table}");
    let isr_irn = row(&table, "Israel (ISR)", "Iran (IRN)").unwrap_or_else(|| panic!("no ISR->IRN row:\n{table}"));
    assert!(isr_irn[4].contains("attacks=2"), "{table}");
    assert_eq!(isr_irn[2], "2", "{table}");
    let goldstein: f64 = isr_irn[3].parse().expect("a number");
    assert!(goldstein < 0.0, "{table}");
}

#[test]
fn json_rows_are_sorted_and_scored() {
    let out = cmd()
        .args(["dyads", "--format", "json", "-"])
        .write_stdin(ARTICLE)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
    assert_eq!(v["schema"], "newsgraph-dyads/1");
    let dyads = v["dyads"].as_array().expect("a list");
    let pairs: Vec<(&str, &str)> =
        dyads.iter().map(|d| (d["source"].as_str().unwrap(), d["target"].as_str().unwrap())).collect();
    assert_eq!(pairs, [("country:IRN", "country:ISR"), ("country:ISR", "country:IRN")]);
    assert_eq!(dyads[0]["source_label"], "Iran");
    assert_eq!(dyads[0]["counts"]["threatens"], 1);
    assert_eq!(dyads[1]["counts"]["attacks"], 2);
    assert_eq!(dyads[1]["events"], 2);
    assert!(dyads[1]["goldstein"].as_f64().unwrap() < dyads[0]["goldstein"].as_f64().unwrap());
    // deterministic
    let again =
        cmd().args(["dyads", "--format", "json"]).write_stdin(ARTICLE).assert().success().get_output().stdout.clone();
    assert_eq!(out, again);
}

#[test]
fn negated_events_only_with_all_modalities() {
    let text = "Israel did not attack Iran. Israel attacked Iran.";
    let asserted = cmd().args(["dyads", "-f", "json"]).write_stdin(text).assert().success().get_output().stdout.clone();
    let all = cmd()
        .args(["dyads", "-f", "json", "--all-modalities"])
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let count = |bytes: &[u8]| {
        let v: serde_json::Value = serde_json::from_slice(bytes).expect("valid JSON");
        v["dyads"][0]["counts"]["attacks"].as_u64().expect("attacks counted")
    };
    assert_eq!(count(&asserted), 1);
    assert_eq!(count(&all), 2);
}

#[test]
fn gazetteer_and_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let gaz = dir.path().join("states.tsv");
    std::fs::write(&gaz, "# two fictional states\ntype\tname\talpha3\ncountry\tArnor\tARN\ncountry\tGondor\tGON\n")
        .unwrap();
    let input = dir.path().join("a.txt");
    std::fs::write(&input, "Arnor met Gondor. Gondor attacked Arnor.").unwrap();
    let out = dir.path().join("dyads.txt");
    cmd().arg("dyads").arg("-g").arg(&gaz).arg(&input).arg("-o").arg(&out).assert().success().stdout("");
    let table = std::fs::read_to_string(&out).unwrap();
    let meets = row(&table, "Arnor (ARN)", "Gondor (GON)").unwrap_or_else(|| panic!("{table}"));
    assert!(meets[4].contains("meets*=1"), "symmetric, once, in id order: {table}");
    let attacks = row(&table, "Gondor (GON)", "Arnor (ARN)").unwrap_or_else(|| panic!("{table}"));
    assert_eq!(attacks[4], "attacks=1", "{table}");
}

#[test]
fn bad_format_is_a_usage_error() {
    cmd()
        .args(["dyads", "--format", "csv"])
        .write_stdin(ARTICLE)
        .assert()
        .failure()
        .stderr(predicate::str::contains("csv"));
}
