//! The seed article scored against its analyst gold graph, with the same
//! matching rules as the evaluation script: a floor that only ever rises.

use std::collections::{BTreeMap, BTreeSet};

use newsgraph::{Document, Pipeline};
use serde_json::Value;

const NODE_F1_FLOOR: f64 = 0.95;
const EDGE_F1_FLOOR: f64 = 0.92;

fn norm(s: &str) -> String {
    let s = s.replace(['\u{2019}', '\u{2018}'], "'").to_lowercase();
    let s = s.trim();
    let s = s.strip_prefix("the ").unwrap_or(s);
    let s = s.strip_suffix("'s").unwrap_or(s);
    let s: String = s.chars().filter(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '_').collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 0.0 };
    if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(String::from)).collect()).unwrap_or_default()
}

#[test]
fn example_article_meets_its_floor() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/us-iran-talks-oman");
    let text = std::fs::read_to_string(format!("{dir}/article.txt")).unwrap();
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(format!("{dir}/gold.json")).unwrap()).unwrap();
    let g = Pipeline::new().extract(&[Document::new("doc-1", text)]);

    let gnodes = gold["nodes"].as_array().unwrap();
    let mut index: BTreeMap<String, String> = BTreeMap::new();
    for n in gnodes {
        let key = n["key"].as_str().unwrap().to_string();
        for name in std::iter::once(n["label"].as_str().unwrap().to_string()).chain(strs(&n["aliases"])) {
            index.entry(norm(&name)).or_insert(key.clone());
        }
    }
    let optional = |v: &Value| v["optional"].as_bool().unwrap_or(false);
    let gtype: BTreeMap<&str, &str> =
        gnodes.iter().map(|n| (n["key"].as_str().unwrap(), n["type"].as_str().unwrap())).collect();
    let gopt: BTreeSet<&str> = gnodes.iter().filter(|n| optional(n)).map(|n| n["key"].as_str().unwrap()).collect();
    let mut mapping = BTreeMap::new();
    let (mut tp, mut fp, mut typed) = (0, 0, 0);
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    for n in g.nodes() {
        let names =
            std::iter::once(n.label.clone()).chain(std::iter::once(n.id.clone())).chain(n.aliases.iter().cloned());
        let mut keys: Vec<String> = names.filter_map(|x| index.get(&norm(&x)).cloned()).collect();
        keys.dedup();
        keys.sort_by_key(|k| {
            norm(gnodes.iter().find(|g| g["key"] == k.as_str()).unwrap()["label"].as_str().unwrap()) != norm(&n.label)
        });
        let Some(k) = keys.first().cloned() else {
            fp += 1;
            problems.push(format!("spurious node {} ({})", n.label, n.node_type.as_str()));
            continue;
        };
        mapping.insert(n.id.clone(), k.clone());
        if gopt.contains(k.as_str()) {
            continue;
        }
        if !seen.insert(k.clone()) {
            fp += 1;
            problems.push(format!("split node {} -> {k}", n.label));
            continue;
        }
        tp += 1;
        if gtype[k.as_str()] == n.node_type.as_str() {
            typed += 1;
        } else {
            problems.push(format!("mistyped node {} ({})", n.label, n.node_type.as_str()));
        }
    }
    let required: Vec<&str> = gnodes.iter().filter(|n| !optional(n)).map(|n| n["key"].as_str().unwrap()).collect();
    let missed: Vec<&&str> = required.iter().filter(|k| !seen.contains(**k)).collect();
    problems.extend(missed.iter().map(|k| format!("missed node {k}")));
    let node_f1 = f1(tp, fp, missed.len());

    let gedges = gold["edges"].as_array().unwrap();
    let (mut etp, mut efp) = (0, 0);
    let mut matched = BTreeSet::new();
    for e in g.edges() {
        let (s, t, r) = (mapping.get(&e.source), mapping.get(&e.target), e.relation.as_str());
        let mut hit: Option<&Value> = None;
        for ge in gedges {
            if !strs(&ge["relation"]).iter().any(|x| x == r) {
                continue;
            }
            let src = strs(&ge["source"]);
            let tgt = strs(&ge["target"]);
            let fwd = s.is_some_and(|s| src.contains(s)) && t.is_some_and(|t| tgt.contains(t));
            let back = ge["symmetric"].as_bool().unwrap_or(false)
                && t.is_some_and(|t| src.contains(t))
                && s.is_some_and(|s| tgt.contains(s));
            if fwd || back {
                let better = match hit {
                    None => true,
                    Some(h) => {
                        (optional(h) && !optional(ge))
                            || (matched.contains(h["id"].as_str().unwrap())
                                && !matched.contains(ge["id"].as_str().unwrap()))
                    }
                };
                if better {
                    hit = Some(ge);
                }
            }
        }
        match hit {
            None => {
                efp += 1;
                problems.push(format!("wrong edge {} -{r}-> {}", e.source, e.target));
            }
            Some(h) if optional(h) || matched.contains(h["id"].as_str().unwrap()) => {}
            Some(h) => {
                matched.insert(h["id"].as_str().unwrap().to_string());
                etp += 1;
            }
        }
    }
    let emissed: Vec<&str> = gedges
        .iter()
        .filter(|e| !optional(e) && !matched.contains(e["id"].as_str().unwrap()))
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    problems.extend(emissed.iter().map(|k| format!("missed edge {k}")));
    let edge_f1 = f1(etp, efp, emissed.len());
    // a data engineer's first demand: one node per thing (no gold node named twice)
    let split = problems.iter().any(|p| p.starts_with("split node"));
    assert!(
        node_f1 >= NODE_F1_FLOOR && typed == tp && edge_f1 >= EDGE_F1_FLOOR && !split,
        "nodes F1 {node_f1:.3} (floor {NODE_F1_FLOOR}, typed {typed}/{tp}, split {split}), edges F1 {edge_f1:.3} (floor {EDGE_F1_FLOOR})\n  {}\nhelp: compare with the evaluation script score_graph.py (GOLD OUT --verbose)",
        problems.join("\n  ")
    );
}
