//! The export formats through the command line: names, extensions, the
//! `neo4j-csv` folder and its atomic replacement. (Each format's own output
//! is tested beside its code; tests/interop/check.py loads them into their
//! consumers.)

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn cmd() -> Command {
    Command::cargo_bin("newsgraph").expect("binary built")
}

const ARTICLE: &str = "Iran's Foreign Minister Ali Rezaei met with Oman's foreign minister in Muscat on Friday. \
                       Iran threatened Israel.";

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    v.sort();
    v
}

#[test]
fn every_stream_format_by_name() {
    for (name, start) in [
        ("graphml", "<?xml"),
        ("gexf", "<?xml"),
        ("cypher", "// newsgraph"),
        ("ntriples", "<https://newsgraph.dev/"),
        ("turtle", "@prefix"),
        ("node-link", "{"),
        ("cytoscape", "{"),
        ("mermaid", "graph LR"),
        ("csv", "source,source_label,relation"),
        ("svg", "<?xml"),
    ] {
        cmd()
            .args(["build", "--format", name])
            .write_stdin(ARTICLE)
            .assert()
            .success()
            .stdout(predicate::str::starts_with(start).and(predicate::str::contains("Rezaei")));
    }
}

#[test]
fn formats_from_extensions() {
    let dir = tempfile::tempdir().unwrap();
    for (ext, start) in [
        ("graphml", "<?xml"),
        ("gexf", "<?xml"),
        ("cql", "// newsgraph"),
        ("cypher", "// newsgraph"),
        ("nt", "<https://"),
        ("ttl", "@prefix"),
        ("mmd", "graph LR"),
        ("mermaid", "graph LR"),
        ("csv", "source,"),
        ("svg", "<?xml"),
        ("json", "{\n  \"schema\""),
    ] {
        let out = dir.path().join(format!("g.{ext}"));
        cmd().arg("build").arg("-o").arg(&out).write_stdin(ARTICLE).assert().success().stdout("");
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.starts_with(start), "{ext}: {}", &text[..text.len().min(80)]);
    }
}

#[test]
fn neo4j_csv_needs_an_output_folder() {
    cmd()
        .args(["build", "--format", "neo4j-csv"])
        .write_stdin(ARTICLE)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("-o DIR"));
}

#[test]
fn neo4j_csv_folder_is_written_and_replaced_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("import");
    for _ in 0..2 {
        cmd().args(["build", "--format", "neo4j-csv", "-o"]).arg(&out).write_stdin(ARTICLE).assert().success();
        assert_eq!(names(&out), ["nodes.csv", "relationships.csv"]);
        // nothing but the export is left beside it
        assert_eq!(names(dir.path()), ["import"]);
    }
    let nodes = std::fs::read_to_string(out.join("nodes.csv")).unwrap();
    assert!(nodes.starts_with("id:ID,label,:LABEL,type,aliases:string[]"), "{nodes}");
    assert!(nodes.contains("person:ali-rezaei,Ali Rezaei,Entity;Person,person"), "{nodes}");
    let rels = std::fs::read_to_string(out.join("relationships.csv")).unwrap();
    assert!(rels.starts_with(":START_ID,:END_ID,:TYPE,key,relation,weight:int"), "{rels}");
}

#[test]
fn neo4j_csv_leaves_a_foreign_folder_alone() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    cmd()
        .args(["build", "--format", "neo4j-csv", "-o"])
        .arg(dir.path())
        .write_stdin(ARTICLE)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("notes.txt"));
    assert_eq!(names(dir.path()), ["notes.txt"]);
    assert_eq!(std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(), "mine");
}

#[test]
fn neo4j_csv_into_a_missing_parent_fails_cleanly() {
    cmd()
        .args(["build", "--format", "neo4j-csv", "-o", "no/such/parent/import"])
        .write_stdin(ARTICLE)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/parent"));
}
