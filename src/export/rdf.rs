//! The RDF view of a graph, shared by the N-Triples and Turtle writers.
//!
//! - Node `person:ali-rezaei` is `<https://newsgraph.dev/id/person%3Aali-rezaei>`:
//!   the id percent-encoded byte by byte, everything outside RFC 3986's
//!   unreserved characters encoded, so every IRI is valid whatever the id.
//! - Types from schema.org (`schema:Person`, `schema:Country`,
//!   `schema:Organization`, `schema:Place`), `rdfs:label`,
//!   `schema:alternateName` per alias, `owl:sameAs` the Wikidata entity when
//!   the node has a well-formed Wikidata id, and `ng:` literals for its id,
//!   kind, roles, country and external ids.
//! - One predicate per relation under `https://newsgraph.dev/rel/`
//!   (`rel:threatens`, …). Only asserted edges are stated as triples: a
//!   negated or hypothetical event is not a fact.
//! - Every edge, asserted or not, is described by standard reification:
//!   `<https://newsgraph.dev/edge/…> a rdf:Statement` with `rdf:subject`,
//!   `rdf:predicate`, `rdf:object`, and `ng:weight`, `ng:cameo`,
//!   `ng:goldstein`, `ng:modality`, `ng:date`, `ng:role`, `ng:kinship`;
//!   each piece of evidence is an `ng:Evidence` with `ng:text` (the
//!   sentence), `ng:rule`, `ng:doc` (a `schema:NewsArticle`), `ng:sentence`,
//!   `ng:start` and `ng:end`.

use super::common::{float, goldstein, iso_date, node_list, value_text};
use crate::graph::{KnowledgeGraph, NodeType};

pub const ID: &str = "https://newsgraph.dev/id/";
pub const REL: &str = "https://newsgraph.dev/rel/";
pub const NG: &str = "https://newsgraph.dev/ns#";
pub const EDGE: &str = "https://newsgraph.dev/edge/";
pub const DOC: &str = "https://newsgraph.dev/doc/";
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const SCHEMA: &str = "https://schema.org/";
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";

/// The prefixes the Turtle writer declares, in order.
pub const PREFIXES: [(&str, &str); 8] = [
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("owl", OWL),
    ("xsd", XSD),
    ("schema", SCHEMA),
    ("rel", REL),
    ("ng", NG),
    ("doc", DOC),
];

/// An object: an IRI or a literal (a string, or typed by an XSD datatype).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Iri(String),
    Literal { value: String, datatype: Option<&'static str> },
}

/// One triple; subject and predicate are IRIs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Triple {
    pub subject: String,
    pub predicate: String,
    pub object: Term,
}

/// Percent-encode every byte outside RFC 3986's unreserved set.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The IRI of a node.
pub fn node_iri(id: &str) -> String {
    format!("{ID}{}", encode(id))
}

/// The IRI of the predicate of a relation.
pub fn relation_iri(relation: &str) -> String {
    format!("{REL}{}", encode(relation))
}

/// Escape a literal's text as N-Triples and Turtle both read it between
/// double quotes: `"` and `\` escaped, line breaks as `\n`/`\r`, every
/// other control character as `\uXXXX`.
pub fn escape_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn is_qid(s: &str) -> bool {
    s.len() > 1 && s.starts_with('Q') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

fn schema_type(t: NodeType) -> &'static str {
    match t {
        NodeType::Person => "Person",
        NodeType::Country => "Country",
        NodeType::Organization => "Organization",
        NodeType::Location => "Place",
    }
}

struct Builder(Vec<Triple>);

impl Builder {
    fn iri(&mut self, s: &str, p: String, o: String) {
        self.0.push(Triple { subject: s.to_string(), predicate: p, object: Term::Iri(o) });
    }

    fn lit(&mut self, s: &str, p: String, value: &str, datatype: Option<&'static str>) {
        let object = Term::Literal { value: value.to_string(), datatype };
        self.0.push(Triple { subject: s.to_string(), predicate: p, object });
    }

    fn text(&mut self, s: &str, p: String, value: &str) {
        self.lit(s, p, value, None);
    }

    fn int(&mut self, s: &str, p: String, value: u64) {
        self.lit(s, p, &value.to_string(), Some("integer"));
    }

    fn date(&mut self, s: &str, p: String, value: &str) {
        let datatype = (iso_date(value) == Some(value)).then_some("date");
        self.lit(s, p, value, datatype);
    }
}

fn ng(local: &str) -> String {
    format!("{NG}{}", encode(local))
}

/// Every triple of the graph, in a fixed order: documents, nodes, edges.
pub fn triples(graph: &KnowledgeGraph) -> Vec<Triple> {
    let mut b = Builder(Vec::new());
    let rdf_type = || format!("{RDF}type");
    for d in graph.documents() {
        let s = format!("{DOC}{}", encode(&d.id));
        b.iri(&s, rdf_type(), format!("{SCHEMA}NewsArticle"));
        b.text(&s, format!("{SCHEMA}identifier"), &d.id);
        if let Some(t) = &d.title {
            b.text(&s, format!("{SCHEMA}headline"), t);
        }
        if let Some(date) = &d.date {
            b.date(&s, format!("{SCHEMA}datePublished"), date);
        }
        if let Some(url) = &d.url {
            b.lit(&s, format!("{SCHEMA}url"), url, Some("anyURI"));
        }
        if let Some(src) = &d.source {
            b.text(&s, ng("source"), src);
        }
    }
    for n in graph.nodes() {
        let s = node_iri(&n.id);
        b.iri(&s, rdf_type(), format!("{SCHEMA}{}", schema_type(n.node_type)));
        b.text(&s, format!("{RDFS}label"), &n.label);
        b.text(&s, ng("id"), &n.id);
        for a in &n.aliases {
            b.text(&s, format!("{SCHEMA}alternateName"), a);
        }
        if let Some(kind) = n.attributes.get("kind").and_then(|v| v.as_str()) {
            b.text(&s, ng("kind"), kind);
        }
        for role in node_list(n, "roles") {
            b.text(&s, ng("role"), &role);
        }
        if let Some(country) = n.attributes.get("country").and_then(|v| v.as_str()) {
            b.iri(&s, ng("country"), node_iri(country));
        }
        for (kind, value) in &n.ids {
            b.text(&s, ng(kind), value);
            if kind == "wikidata" && is_qid(value) {
                b.iri(&s, format!("{OWL}sameAs"), format!("{WIKIDATA}{value}"));
            }
        }
    }
    for e in graph.edges() {
        let (subject, object) = (node_iri(&e.source), node_iri(&e.target));
        let predicate = relation_iri(e.relation.as_str());
        if e.modality() == "asserted" {
            b.iri(&subject, predicate.clone(), object.clone());
        }
        let s = format!("{EDGE}{}", encode(&e.id));
        b.iri(&s, rdf_type(), format!("{RDF}Statement"));
        b.iri(&s, format!("{RDF}subject"), subject);
        b.iri(&s, format!("{RDF}predicate"), predicate);
        b.iri(&s, format!("{RDF}object"), object);
        b.text(&s, ng("id"), &e.id);
        b.int(&s, ng("weight"), e.weight);
        b.text(&s, ng("modality"), e.modality());
        if let Some(c) = e.attributes.get("cameo") {
            b.text(&s, ng("cameo"), &value_text(c));
        }
        if let Some(g) = goldstein(e) {
            b.lit(&s, ng("goldstein"), &float(g), Some("decimal"));
        }
        if let Some(d) = e.attributes.get("date").and_then(|v| v.as_str()) {
            b.date(&s, ng("date"), d);
        }
        for key in ["role", "kinship"] {
            if let Some(v) = e.attributes.get(key) {
                b.text(&s, ng(key), &value_text(v));
            }
        }
        for (i, ev) in e.evidence.iter().enumerate() {
            let evs = format!("{s}/evidence/{}", i + 1);
            b.iri(&s, ng("evidence"), evs.clone());
            b.iri(&evs, rdf_type(), ng("Evidence"));
            b.text(&evs, ng("text"), &ev.text);
            b.text(&evs, ng("rule"), &ev.rule);
            b.iri(&evs, ng("doc"), format!("{DOC}{}", encode(&ev.doc)));
            b.int(&evs, ng("sentence"), ev.sentence as u64);
            b.int(&evs, ng("start"), ev.start as u64);
            b.int(&evs, ng("end"), ev.end as u64);
        }
    }
    b.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_keeps_only_unreserved_characters() {
        assert_eq!(encode("person:ali-rezaei"), "person%3Aali-rezaei");
        assert_eq!(encode("a b/c?d#e%f\"<>{}|^`\\"), "a%20b%2Fc%3Fd%23e%25f%22%3C%3E%7B%7D%7C%5E%60%5C");
        assert_eq!(encode("Zü"), "Z%C3%BC");
        assert_eq!(encode("A-z_0.9~"), "A-z_0.9~");
    }

    #[test]
    fn literal_escapes() {
        assert_eq!(escape_literal("a\"b\\c\nd\re\u{1}\t"), "a\\\"b\\\\c\\nd\\re\\u0001\\u0009");
        assert_eq!(escape_literal("Zürich “x”"), "Zürich “x”");
    }

    #[test]
    fn only_well_formed_qids_become_iris() {
        assert!(is_qid("Q794"));
        assert!(!is_qid("Q"));
        assert!(!is_qid("Q1> <x"));
        assert!(!is_qid("P31"));
    }
}
