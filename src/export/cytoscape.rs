//! Cytoscape.js elements JSON: `{"elements": {"nodes": [{"data": …}],
//! "edges": [{"data": …}]}}`, ready for `cytoscape({elements: …})` and for
//! Cytoscape desktop's "Import network from file" (Cytoscape.js JSON).
//!
//! Node data: `id`, `label`, `type`, `aliases`, `mentions` (a count),
//! attributes and external ids; each node has its type as class. Edge data:
//! `id`, `source`, `target`, `label` (the relation in words), `relation`,
//! `weight`, `modality`, attributes and `evidence`; each edge has its
//! relation, and its modality when not asserted, as classes.

use std::io;

use serde::Serialize;
use serde_json::{Map, Value};

use super::common::{flat_edge, flat_node};
use crate::graph::KnowledgeGraph;

#[derive(Serialize)]
struct Element {
    data: Map<String, Value>,
    classes: String,
}

#[derive(Serialize)]
struct Elements {
    nodes: Vec<Element>,
    edges: Vec<Element>,
}

#[derive(Serialize)]
struct Out {
    elements: Elements,
}

/// Write the graph as Cytoscape.js JSON.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    let nodes =
        graph.nodes().map(|n| Element { data: flat_node(n), classes: n.node_type.as_str().to_string() }).collect();
    let edges = graph
        .edges()
        .map(|e| {
            let mut data = flat_edge(e);
            data.insert("label".into(), Value::String(e.relation.as_str().replace('_', " ")));
            let mut classes = e.relation.as_str().to_string();
            if e.modality() != "asserted" {
                classes = format!("{classes} {}", e.modality());
            }
            Element { data, classes }
        })
        .collect();
    let doc = Out { elements: Elements { nodes, edges } };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::super::testgraph::{self, ACME};
    use super::super::{Format, to_string};
    use serde_json::Value;

    #[test]
    fn elements_shape() {
        let g = testgraph::graph();
        let v: Value = serde_json::from_str(&to_string(&g, Format::Cytoscape)).unwrap();
        let nodes = v["elements"]["nodes"].as_array().unwrap();
        let edges = v["elements"]["edges"].as_array().unwrap();
        assert_eq!((nodes.len(), edges.len()), (g.node_count(), g.edge_count()));
        let acme = nodes.iter().find(|n| n["data"]["id"] == "organization:acme").unwrap();
        assert_eq!(acme["data"]["label"], ACME);
        assert_eq!(acme["classes"], "organization");
        let ids: Vec<&str> = nodes.iter().map(|n| n["data"]["id"].as_str().unwrap()).collect();
        for e in edges {
            assert!(ids.contains(&e["data"]["source"].as_str().unwrap()));
            assert!(ids.contains(&e["data"]["target"].as_str().unwrap()));
            assert!(e["data"]["id"].is_string());
        }
        let negated =
            edges.iter().find(|e| e["data"]["id"] == "person:robert-drop|threatens|country:IRN|negated").unwrap();
        assert_eq!(negated["classes"], "threatens negated");
        let role = edges.iter().find(|e| e["data"]["relation"] == "holds_role").unwrap();
        assert_eq!(role["data"]["label"], "holds role");
    }
}
