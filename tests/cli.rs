//! The command line: stdin/stdout, formats, files, exit codes and messages.

use assert_cmd::Command;
use predicates::prelude::*;

fn cmd() -> Command {
    Command::cargo_bin("newsgraph").expect("binary built")
}

const ARTICLE: &str = "Iran's Foreign Minister Ali Rezaei met with Oman's foreign minister in Muscat on Friday.";

#[test]
fn stdin_to_json() {
    let out = cmd().arg("build").write_stdin(ARTICLE).assert().success().get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
    assert_eq!(v["schema"], "newsgraph/1");
    assert_eq!(v["documents"][0]["id"], "doc-1");
    let ids: Vec<&str> = v["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"country:IRN") && ids.contains(&"person:ali-rezaei"), "{ids:?}");
}

#[test]
fn dot_format_and_dash_path() {
    cmd()
        .args(["build", "--format", "dot", "-"])
        .write_stdin(ARTICLE)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("digraph newsgraph {"))
        .stdout(predicate::str::contains("\"country:IRN\""));
}

#[test]
fn output_file_format_from_extension() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    std::fs::write(&input, ARTICLE).unwrap();
    let out = dir.path().join("g.gv");
    cmd().args(["build"]).arg(&input).arg("-o").arg(&out).assert().success().stdout("");
    let dot = std::fs::read_to_string(&out).unwrap();
    assert!(dot.starts_with("digraph"));
    // no temporary file is left behind
    let names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

/// `-o /dev/null` and `-o link` write through: renaming a finished file over
/// them would replace the device (for everyone on the machine) or the link.
#[cfg(unix)]
#[test]
fn output_to_a_device_or_a_link_writes_through_it() {
    use std::os::unix::fs::FileTypeExt;
    cmd().args(["build", "-o", "/dev/null"]).write_stdin(ARTICLE).assert().success().stdout("");
    assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("graph-1.json");
    let link = dir.path().join("latest.json");
    std::fs::write(&file, "old").unwrap();
    std::os::unix::fs::symlink(&file, &link).unwrap();
    cmd().args(["build", "-o"]).arg(&link).write_stdin(ARTICLE).assert().success();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&file).unwrap().contains("country:IRN"));
}

#[test]
fn missing_file_names_it_and_exits_2() {
    cmd()
        .args(["build", "no/such/article.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no/such/article.txt"));
}

#[test]
fn output_into_missing_folder_fails_cleanly() {
    cmd()
        .args(["build", "-o", "no/such/dir/g.json"])
        .write_stdin(ARTICLE)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/dir"));
}

#[test]
fn empty_input_gives_an_empty_graph() {
    let out = cmd().arg("build").write_stdin("").assert().success().get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["nodes"].as_array().unwrap().len(), 0);
    assert_eq!(v["edges"].as_array().unwrap().len(), 0);
}

#[test]
fn bytes_that_are_not_utf8_are_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("latin1.txt");
    std::fs::write(&input, b"Caf\xe9 talks in Muscat").unwrap();
    cmd()
        .arg("build")
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("latin1.txt").and(predicate::str::contains("UTF-8")));
}

#[test]
fn jsonl_ids_are_kept_and_bad_lines_named() {
    let jsonl = "{\"id\": \"a-1\", \"text\": \"Iran attacked Israel.\", \"date\": \"2025-06-13\"}\n{\"id\": \"b-2\", \"text\": \"Oman hosted talks.\"}\n";
    let out =
        cmd().args(["build", "--input", "jsonl"]).write_stdin(jsonl).assert().success().get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let ids: Vec<&str> = v["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a-1", "b-2"]);
    let edge = v["edges"].as_array().unwrap().iter().find(|e| e["relation"] == "attacks").expect("attack edge");
    assert_eq!(edge["attributes"]["cameo"], "18");
    assert_eq!(edge["evidence"][0]["doc"], "a-1");

    cmd()
        .args(["build", "--input", "jsonl"])
        .write_stdin("{\"id\": \"a\", \"text\": \"x\"}\n{oops}\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("-:2:"));
}

#[test]
fn user_gazetteer_errors_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let gaz = dir.path().join("mine.tsv");
    std::fs::write(&gaz, "type\tname\ncountry\tArnor\nplanet\tMars\n").unwrap();
    cmd()
        .arg("build")
        .arg("--gazetteer")
        .arg(&gaz)
        .write_stdin("x")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("mine.tsv:3:"));
}

#[test]
fn user_gazetteer_adds_entities() {
    let dir = tempfile::tempdir().unwrap();
    let gaz = dir.path().join("mine.tsv");
    std::fs::write(&gaz, "type\tname\talpha3\tdemonyms\ncountry\tArnor\tARN\tArnorian\ncountry\tGondor\tGON\t\n")
        .unwrap();
    cmd()
        .arg("build")
        .arg("-g")
        .arg(&gaz)
        .write_stdin("Arnorian troops attacked Gondor.")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"country:ARN\"").and(predicate::str::contains("\"attacks\"")));
}

#[test]
fn unknown_format_is_refused() {
    cmd()
        .args(["build", "--format", "pdf"])
        .write_stdin("x")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid value 'pdf'").and(predicate::str::contains("graphml")));
}

#[test]
fn events_are_dated_from_the_sentence_and_the_document_date() {
    let jsonl = "{\"id\": \"d\", \"date\": \"2025-06-20\", \"text\": \"Israel attacked Iran on Friday. Iran threatened Israel last week.\"}\n";
    let out =
        cmd().args(["build", "--input", "jsonl"]).write_stdin(jsonl).assert().success().get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let edges = v["edges"].as_array().unwrap();
    let attack = edges.iter().find(|e| e["relation"] == "attacks").expect("attack");
    assert_eq!(attack["attributes"]["date"], "2025-06-20");
    assert_eq!(attack["attributes"]["date_text"], "on Friday");
    let threat = edges.iter().find(|e| e["relation"] == "threatens").expect("threat");
    assert_eq!(threat["attributes"]["date"], "2025-06-09/2025-06-15");
}

#[test]
fn user_cue_files_add_rows_and_report_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let cues = dir.path().join("mine.tsv");
    std::fs::write(
        &cues,
        "relation\tcameo\tgoldstein\tpattern\tcue\tprep\texample\nsanctions\t16\t-4\tverb\tblacklisted\t\tIran blacklisted Israel.\n",
    )
    .unwrap();
    let out = cmd()
        .arg("build")
        .arg("--cues")
        .arg(&cues)
        .write_stdin("Iran blacklisted Israel on Monday.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let e = v["edges"].as_array().unwrap().iter().find(|e| e["relation"] == "sanctions").expect("user cue fires");
    assert_eq!(e["evidence"][0]["rule"], "cue:mine.tsv:2");

    std::fs::write(&cues, "relation\tcameo\tgoldstein\tpattern\tcue\nhugs\t01\t1\tverb\thugged\n").unwrap();
    cmd()
        .arg("build")
        .arg("--cues")
        .arg(&cues)
        .write_stdin("x")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("mine.tsv:2: unknown relation"));
}
