//! GraphML: every attribute declared once as a typed `<key>`, nodes and
//! edges in id order. Reads in networkx (`nx.read_graphml`), yEd, Gephi,
//! igraph and Cytoscape desktop.
//!
//! Node data: `label`, `type`, `aliases` (joined by `|`), `kind`,
//! `country`, `roles` (joined by `|`), then one key per external id
//! (`wikidata`, `iso3166_alpha3`, …). Edge data: `id`, `relation`, `weight`,
//! `cameo`, `goldstein`, `modality`, `date`, `role`, `kinship`, and the
//! first evidence's sentence (`evidence`), `rule` and `doc`.

use std::io;

use super::common::{FieldType, edge_fields, node_fields, xml_escape};
use crate::graph::KnowledgeGraph;

/// The namespace of GraphML 1.0.
pub const NAMESPACE: &str = "http://graphml.graphdrawing.org/xmlns";

fn write_key(out: &mut dyn io::Write, id: &str, domain: &str, name: &str, ty: FieldType) -> io::Result<()> {
    let ty = match ty {
        FieldType::Text => "string",
        FieldType::Int => "long",
        FieldType::Float => "double",
    };
    writeln!(out, "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{}\" attr.type=\"{ty}\"/>", xml_escape(name))
}

/// Write the graph as GraphML.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    let nkeys = node_fields(graph);
    let ekeys = edge_fields();
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<graphml xmlns=\"{NAMESPACE}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"{NAMESPACE} {NAMESPACE}/1.0/graphml.xsd\">"
    )?;
    for (i, k) in nkeys.iter().enumerate() {
        write_key(out, &format!("n{i}"), "node", &k.name, k.ty)?;
    }
    for (i, k) in ekeys.iter().enumerate() {
        write_key(out, &format!("e{i}"), "edge", &k.name, k.ty)?;
    }
    writeln!(out, "  <graph id=\"newsgraph\" edgedefault=\"directed\">")?;
    for n in graph.nodes() {
        writeln!(out, "    <node id=\"{}\">", xml_escape(&n.id))?;
        for (i, k) in nkeys.iter().enumerate() {
            if let Some(v) = k.value(n) {
                writeln!(out, "      <data key=\"n{i}\">{}</data>", xml_escape(&v))?;
            }
        }
        writeln!(out, "    </node>")?;
    }
    for e in graph.edges() {
        writeln!(
            out,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\">",
            xml_escape(&e.id),
            xml_escape(&e.source),
            xml_escape(&e.target)
        )?;
        for (i, k) in ekeys.iter().enumerate() {
            if let Some(v) = k.value(e) {
                writeln!(out, "      <data key=\"e{i}\">{}</data>", xml_escape(&v))?;
            }
        }
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

#[cfg(test)]
mod tests {
    use super::super::testgraph::{self, ACME, EVIDENCE, ODD_PLACE_ID, ROBERT};
    use super::super::{Format, to_string};

    type Node<'a, 'i> = roxmltree::Node<'a, 'i>;

    fn data<'a>(el: Node<'a, '_>, keys: &[(String, String)], name: &str) -> Option<&'a str> {
        let id = &keys.iter().find(|(_, n)| n == name)?.0;
        el.children().find(|d| d.attribute("key") == Some(id.as_str())).map(|d| d.text().unwrap_or(""))
    }

    #[test]
    fn parses_back_with_every_value_intact() {
        let g = testgraph::graph();
        let xml = to_string(&g, Format::GraphMl);
        let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let root = doc.root_element();
        assert!(root.has_tag_name((super::NAMESPACE, "graphml")));
        let keys: Vec<(String, String)> = root
            .children()
            .filter(|c| c.has_tag_name("key"))
            .map(|k| (k.attribute("id").unwrap().to_string(), k.attribute("attr.name").unwrap().to_string()))
            .collect();
        let graph_el = root.children().find(|c| c.has_tag_name("graph")).unwrap();
        let nodes: Vec<Node> = graph_el.children().filter(|c| c.has_tag_name("node")).collect();
        let edges: Vec<Node> = graph_el.children().filter(|c| c.has_tag_name("edge")).collect();
        assert_eq!(nodes.len(), g.node_count());
        assert_eq!(edges.len(), g.edge_count());
        let node = |id: &str| *nodes.iter().find(|n| n.attribute("id") == Some(id)).unwrap_or_else(|| panic!("{id}"));

        assert_eq!(data(node("person:robert-drop"), &keys, "label"), Some(ROBERT));
        assert_eq!(data(node("person:robert-drop"), &keys, "aliases"), Some("Bob; \"the\" <Builder>|Robert'); DROP"));
        assert_eq!(data(node("organization:acme"), &keys, "label"), Some(ACME));
        // the control character cannot be carried by XML at all
        assert_eq!(data(node(ODD_PLACE_ID), &keys, "label"), Some("Zürich—“Ort” \u{FFFD}bell\ttab\nline"));
        assert_eq!(data(node("country:IRN"), &keys, "wikidata"), Some("Q794"));
        assert_eq!(data(node("country:IRN"), &keys, "iso3166_alpha3"), Some("IRN"));

        let threat = *edges
            .iter()
            .find(|e| e.attribute("id") == Some("person:robert-drop|threatens|country:IRN"))
            .expect("asserted threat edge");
        assert_eq!(threat.attribute("source"), Some("person:robert-drop"));
        assert_eq!(data(threat, &keys, "evidence"), Some(EVIDENCE));
        assert_eq!(data(threat, &keys, "goldstein"), Some("-4.4"));
        assert_eq!(data(threat, &keys, "modality"), Some("asserted"));
        assert_eq!(data(threat, &keys, "cameo"), Some("13"));
        assert_eq!(data(threat, &keys, "weight"), Some("1"));
    }

    #[test]
    fn keys_are_typed() {
        let xml = to_string(&testgraph::graph(), Format::GraphMl);
        assert!(xml.contains("attr.name=\"weight\" attr.type=\"long\""));
        assert!(xml.contains("attr.name=\"goldstein\" attr.type=\"double\""));
        assert!(xml.contains("for=\"node\" attr.name=\"wikidata\" attr.type=\"string\""));
    }
}
