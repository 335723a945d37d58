//! Sentence cases kept as data: `tests/cases/*.toml`. Each case names a
//! text, the mentions it must yield (`"surface=type"`), and the edges it
//! must (`edges`) and must not (`not_edges`) yield, as
//! `"source -relation-> target"` with node ids.

mod common;

use std::collections::BTreeSet;

use newsgraph::{Document, KnowledgeGraph};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    mentions: Vec<String>,
    #[serde(default)]
    not_mentions: Vec<String>,
    #[serde(default)]
    edges: Vec<String>,
    #[serde(default)]
    not_edges: Vec<String>,
    #[serde(default)]
    modality: Vec<String>,
}

fn edge_strings(g: &KnowledgeGraph) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in g.edges() {
        out.insert(format!("{} -{}-> {}", e.source, e.relation.as_str(), e.target));
        if e.relation.is_symmetric() {
            out.insert(format!("{} -{}-> {}", e.target, e.relation.as_str(), e.source));
        }
    }
    out
}

fn modality_strings(g: &KnowledgeGraph) -> BTreeSet<String> {
    g.edges().map(|e| format!("{} -{}-> {} : {}", e.source, e.relation.as_str(), e.target, e.modality())).collect()
}

fn mention_strings(g: &KnowledgeGraph) -> BTreeSet<String> {
    g.nodes().flat_map(|n| n.mentions.iter().map(move |m| format!("{}={}", m.text, n.node_type.as_str()))).collect()
}

#[test]
fn sentence_cases() {
    let p = common::pipeline();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
    let mut paths: Vec<_> = std::fs::read_dir(dir).expect("tests/cases").map(|e| e.expect("entry").path()).collect();
    paths.sort();
    let mut failures = Vec::new();
    let mut n = 0;
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "toml")) {
        let text = std::fs::read_to_string(path).expect("read case file");
        let file: File = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for case in file.case {
            n += 1;
            let g = p.extract(&[Document::new("case", case.text.clone())]);
            let edges = edge_strings(&g);
            let mentions = mention_strings(&g);
            let modalities = modality_strings(&g);
            let mut problems = Vec::new();
            for e in &case.edges {
                if !edges.contains(e) {
                    problems.push(format!("missing edge   {e}"));
                }
            }
            for e in &case.not_edges {
                if edges.contains(e) {
                    problems.push(format!("unwanted edge  {e}"));
                }
            }
            for m in &case.mentions {
                if !mentions.contains(m) {
                    problems.push(format!("missing mention {m}"));
                }
            }
            for m in &case.not_mentions {
                if mentions.contains(m) {
                    problems.push(format!("unwanted mention {m}"));
                }
            }
            for m in &case.modality {
                if !modalities.contains(m) {
                    problems.push(format!("missing modality {m}"));
                }
            }
            if !problems.is_empty() {
                failures.push(format!(
                    "{} / {}: {:?}\n    {}\n    got edges: {:?}\n    got mentions: {:?}",
                    path.file_name().unwrap_or_default().to_string_lossy(),
                    case.name,
                    case.text,
                    problems.join("\n    "),
                    edges,
                    mentions
                ));
            }
        }
    }
    assert!(n > 0, "no cases found in {dir}");
    assert!(
        failures.is_empty(),
        "{} of {n} cases failed:\n{}\nhelp: run one case with `newsgraph build` to see its graph",
        failures.len(),
        failures.join("\n")
    );
}
