//! A small graph full of text that breaks naive exporters: quotes,
//! backslashes, markup, braces, newlines, control characters, non-ASCII,
//! ids that are not safe in IRIs, and two edges that differ only in modality.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::graph::{DocumentInfo, Edge, Evidence, KnowledgeGraph, Mention, MentionForm, Node, NodeType, Relation};

pub const ROBERT: &str = "Robert'); DROP";
pub const ACME: &str = "Acme \"Quoted\" <b>&amp;</b> {Corp} | #1; \\ end";
pub const ODD_PLACE_ID: &str = "location:a b/c?d#e%f\"<>{}|^`\\";
pub const ODD_PLACE: &str = "Zürich—“Ort” \u{1}bell\ttab\nline";
pub const EVIDENCE: &str = "Robert'); DROP warned \"Iran\" <now> & then\\n\nagain.";

fn node(id: &str, label: &str, t: NodeType, aliases: &[&str], ids: &[(&str, &str)]) -> Node {
    Node {
        id: id.into(),
        label: label.into(),
        node_type: t,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        attributes: BTreeMap::new(),
        ids: ids.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        mentions: vec![Mention { doc: "doc-1".into(), start: 0, end: 3, text: label.into(), form: MentionForm::Name }],
    }
}

fn edge(source: &str, relation: Relation, target: &str, attributes: Value, text: &str, rule: &str) -> Edge {
    let attributes = match attributes {
        Value::Object(m) => m.into_iter().collect(),
        _ => BTreeMap::new(),
    };
    Edge {
        id: String::new(),
        source: source.into(),
        target: target.into(),
        relation,
        weight: 1,
        attributes,
        evidence: vec![Evidence {
            doc: "doc-1".into(),
            sentence: 0,
            start: 0,
            end: text.chars().count(),
            text: text.into(),
            rule: rule.into(),
        }],
    }
}

/// The adversarial test graph: 4 nodes, 5 edges.
pub fn graph() -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    g.add_document(DocumentInfo {
        id: "doc-1".into(),
        source: Some("C:\\news\\a \"b\".txt".into()),
        title: Some("Title <with> \"quotes\"".into()),
        date: Some("2025-06-13".into()),
        url: None,
    });
    let mut robert = node("person:robert-drop", ROBERT, NodeType::Person, &[ROBERT, "Bob; \"the\" <Builder>"], &[]);
    robert.attributes.insert("roles".into(), json!(["Minister of \"Things\""]));
    g.upsert_node(robert);
    g.upsert_node(node(
        "country:IRN",
        "Iran",
        NodeType::Country,
        &["Iran", "Tehran"],
        &[("iso3166_alpha3", "IRN"), ("wikidata", "Q794")],
    ));
    let mut acme = node("organization:acme", ACME, NodeType::Organization, &[ACME, "ACME|Co"], &[]);
    acme.attributes.insert("kind".into(), json!("company"));
    acme.attributes.insert("country".into(), json!("country:IRN"));
    g.upsert_node(acme);
    g.upsert_node(node(ODD_PLACE_ID, ODD_PLACE, NodeType::Location, &[ODD_PLACE], &[("wikidata", "Q1> <x")]));

    g.upsert_edge(edge(
        "person:robert-drop",
        Relation::Threatens,
        "country:IRN",
        json!({"cameo": "13", "goldstein": -4.4, "date": "2025-06-13"}),
        EVIDENCE,
        "cue-threaten",
    ));
    g.upsert_edge(edge(
        "person:robert-drop",
        Relation::Threatens,
        "country:IRN",
        json!({"cameo": "13", "goldstein": -4.4, "modality": "negated"}),
        "Robert'); DROP did not threaten Iran.",
        "cue-threaten",
    ));
    g.upsert_edge(edge(
        "person:robert-drop",
        Relation::HoldsRole,
        "organization:acme",
        json!({"role": "CEO \"big\" <boss>"}),
        "Acme's CEO Robert'); DROP.",
        "role-possessive",
    ));
    g.upsert_edge(edge(
        "organization:acme",
        Relation::LocatedIn,
        ODD_PLACE_ID,
        json!({}),
        "Acme, in Zürich.",
        "located-comma",
    ));
    g.upsert_edge(edge(
        "country:IRN",
        Relation::Meets,
        "organization:acme",
        json!({"cameo": "04", "goldstein": 1, "date": "2025-06-13T10:00:00Z"}),
        "Iran met Acme.",
        "cue-meet",
    ));
    g.finish();
    g
}
