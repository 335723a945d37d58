//! GEXF 1.3, Gephi's format: typed attribute declarations, node labels,
//! edge labels, kinds and weights. An edge whose `date` attribute starts
//! with a calendar date (`2025-06-13`, `2025-06-13T10:00:00Z`) is a
//! dynamic edge alive on that day (`start` = `end`); the graph is then
//! `mode="dynamic" timeformat="date"`, which Gephi's timeline plays.
//!
//! The attributes are those of the GraphML export: `type`, `aliases`,
//! `kind`, `country`, `roles` and the external ids for nodes; `relation`,
//! `cameo`, `goldstein`, `modality`, `date`, `role`, `kinship`, `evidence`,
//! `rule` and `doc` for edges (the label, id and weight are GEXF's own).

use std::io;

use super::common::{FieldType, edge_fields, iso_date, node_fields, xml_escape};
use crate::graph::{Edge, KnowledgeGraph};

/// The namespace of GEXF 1.3.
pub const NAMESPACE: &str = "http://gexf.net/1.3";

fn gexf_type(ty: FieldType) -> &'static str {
    match ty {
        FieldType::Text => "string",
        FieldType::Int => "long",
        FieldType::Float => "double",
    }
}

/// The day an edge happened, when its `date` names one.
fn edge_day(e: &Edge) -> Option<&str> {
    e.attributes.get("date").and_then(|v| v.as_str()).and_then(iso_date)
}

/// Gephi keeps parallel edges apart by kind: the relation, plus the
/// modality when it is not asserted.
fn edge_kind(e: &Edge) -> String {
    match e.modality() {
        "asserted" => e.relation.as_str().to_string(),
        m => format!("{} ({m})", e.relation.as_str()),
    }
}

/// Write the graph as GEXF 1.3.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    // label is GEXF's own node attribute; id, relation-as-label and weight are the edge's
    let nfields: Vec<_> = node_fields(graph).into_iter().filter(|f| f.name != "label").collect();
    let efields: Vec<_> = edge_fields().into_iter().filter(|f| !matches!(f.name.as_str(), "id" | "weight")).collect();
    let dynamic = graph.edges().any(|e| edge_day(e).is_some());

    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<gexf xmlns=\"{NAMESPACE}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"{NAMESPACE} {NAMESPACE}/gexf.xsd\" version=\"1.3\">"
    )?;
    writeln!(out, "  <meta>")?;
    writeln!(out, "    <creator>newsgraph</creator>")?;
    writeln!(out, "    <description>Knowledge graph of news articles (schema newsgraph/1)</description>")?;
    writeln!(out, "  </meta>")?;
    if dynamic {
        writeln!(out, "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">")?;
    } else {
        writeln!(out, "  <graph defaultedgetype=\"directed\" mode=\"static\">")?;
    }
    for (class, fields) in [
        ("node", nfields.iter().map(|f| (f.name.as_str(), f.ty)).collect::<Vec<_>>()),
        ("edge", efields.iter().map(|f| (f.name.as_str(), f.ty)).collect()),
    ] {
        writeln!(out, "    <attributes class=\"{class}\">")?;
        for (i, (name, ty)) in fields.iter().enumerate() {
            writeln!(out, "      <attribute id=\"{i}\" title=\"{}\" type=\"{}\"/>", xml_escape(name), gexf_type(*ty))?;
        }
        writeln!(out, "    </attributes>")?;
    }

    writeln!(out, "    <nodes>")?;
    for n in graph.nodes() {
        writeln!(out, "      <node id=\"{}\" label=\"{}\">", xml_escape(&n.id), xml_escape(&n.label))?;
        write_attvalues(out, nfields.iter().map(|f| f.value(n)))?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>")?;

    writeln!(out, "    <edges>")?;
    for e in graph.edges() {
        let mut open = format!(
            "      <edge id=\"{}\" source=\"{}\" target=\"{}\" label=\"{}\" kind=\"{}\" weight=\"{}.0\"",
            xml_escape(&e.id),
            xml_escape(&e.source),
            xml_escape(&e.target),
            e.relation.as_str(),
            xml_escape(&edge_kind(e)),
            e.weight
        );
        if let Some(day) = edge_day(e) {
            open.push_str(&format!(" start=\"{day}\" end=\"{day}\""));
        }
        writeln!(out, "{open}>")?;
        write_attvalues(out, efields.iter().map(|f| f.value(e)))?;
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}

/// The `<attvalues>` of a node or an edge: one per attribute that has a value,
/// numbered as the attributes were declared.
fn write_attvalues(out: &mut dyn io::Write, values: impl Iterator<Item = Option<String>>) -> io::Result<()> {
    writeln!(out, "        <attvalues>")?;
    for (i, v) in values.enumerate() {
        if let Some(v) = v {
            writeln!(out, "          <attvalue for=\"{i}\" value=\"{}\"/>", xml_escape(&v))?;
        }
    }
    writeln!(out, "        </attvalues>")
}

#[cfg(test)]
mod tests {
    use super::super::testgraph::{self, ACME, EVIDENCE, ODD_PLACE_ID, ROBERT};
    use super::super::{Format, to_string};
    use crate::graph::KnowledgeGraph;

    type Node<'a, 'i> = roxmltree::Node<'a, 'i>;

    fn attvalue<'a>(el: Node<'a, '_>, titles: &[(String, String)], title: &str) -> Option<&'a str> {
        let id = &titles.iter().find(|(_, t)| t == title)?.0;
        el.descendants()
            .find(|d| d.has_tag_name("attvalue") && d.attribute("for") == Some(id.as_str()))?
            .attribute("value")
    }

    fn titles(graph: Node, class: &str) -> Vec<(String, String)> {
        graph
            .children()
            .find(|c| c.has_tag_name("attributes") && c.attribute("class") == Some(class))
            .unwrap()
            .children()
            .filter(|c| c.has_tag_name("attribute"))
            .map(|a| (a.attribute("id").unwrap().to_string(), a.attribute("title").unwrap().to_string()))
            .collect()
    }

    #[test]
    fn parses_back_with_dynamic_dated_edges() {
        let g = testgraph::graph();
        let xml = to_string(&g, Format::Gexf);
        let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let root = doc.root_element();
        assert!(root.has_tag_name((super::NAMESPACE, "gexf")));
        assert_eq!(root.attribute("version"), Some("1.3"));
        let graph = root.children().find(|c| c.has_tag_name("graph")).unwrap();
        assert_eq!(graph.attribute("mode"), Some("dynamic"));
        assert_eq!(graph.attribute("timeformat"), Some("date"));
        let (nt, et) = (titles(graph, "node"), titles(graph, "edge"));

        let nodes: Vec<Node> = graph.descendants().filter(|c| c.has_tag_name("node")).collect();
        let edges: Vec<Node> = graph.descendants().filter(|c| c.has_tag_name("edge")).collect();
        assert_eq!((nodes.len(), edges.len()), (g.node_count(), g.edge_count()));
        let node = |id: &str| *nodes.iter().find(|n| n.attribute("id") == Some(id)).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(node("person:robert-drop").attribute("label"), Some(ROBERT));
        assert_eq!(node("organization:acme").attribute("label"), Some(ACME));
        assert_eq!(attvalue(node("organization:acme"), &nt, "kind"), Some("company"));
        assert!(node(ODD_PLACE_ID).attribute("label").unwrap().ends_with("tab\nline"));
        assert_eq!(attvalue(node("country:IRN"), &nt, "wikidata"), Some("Q794"));

        let edge = |id: &str| *edges.iter().find(|n| n.attribute("id") == Some(id)).unwrap_or_else(|| panic!("{id}"));
        let threat = edge("person:robert-drop|threatens|country:IRN");
        assert_eq!(threat.attribute("start"), Some("2025-06-13"));
        assert_eq!(threat.attribute("end"), Some("2025-06-13"));
        assert_eq!(threat.attribute("label"), Some("threatens"));
        assert_eq!(attvalue(threat, &et, "evidence"), Some(EVIDENCE));
        assert_eq!(attvalue(threat, &et, "goldstein"), Some("-4.4"));
        let negated = edge("person:robert-drop|threatens|country:IRN|negated");
        assert_eq!(negated.attribute("start"), None);
        assert_eq!(negated.attribute("kind"), Some("threatens (negated)"));
        // a timestamp counts by its day
        assert_eq!(edge("country:IRN|meets|organization:acme").attribute("start"), Some("2025-06-13"));
    }

    #[test]
    fn undated_graph_is_static() {
        let xml = to_string(&KnowledgeGraph::new(), Format::Gexf);
        assert!(xml.contains("mode=\"static\""));
        assert!(!xml.contains("timeformat"));
        roxmltree::Document::parse(&xml).expect("well-formed XML");
    }
}
