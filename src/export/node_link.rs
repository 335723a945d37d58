//! networkx node-link JSON: a directed multigraph whose edges are keyed by
//! edge id, so parallel relations between the same two nodes stay apart.
//! Load it with `json_graph.node_link_graph(data, edges="edges")`.
//!
//! Nodes carry `id`, `label`, `type`, `aliases`, `mentions` (a count),
//! their attributes and external ids; edges carry `source`, `target`,
//! `key`, `relation`, `weight`, `modality`, their attributes and the list
//! of their `evidence`. The graph attributes hold the schema and documents.

use std::io;

use serde::Serialize;
use serde_json::{Map, Value};

use super::common::{flat_edge, flat_node};
use super::json::SCHEMA;
use crate::graph::{DocumentInfo, KnowledgeGraph};

#[derive(Serialize)]
struct GraphAttrs<'a> {
    schema: &'static str,
    documents: &'a [DocumentInfo],
}

#[derive(Serialize)]
struct Out<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttrs<'a>,
    nodes: Vec<Map<String, Value>>,
    edges: Vec<Map<String, Value>>,
}

/// Write the graph as node-link JSON.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    let edges = graph
        .edges()
        .map(|e| {
            let mut m = flat_edge(e);
            // networkx keys parallel edges by `key`
            let id = m.remove("id").unwrap_or(Value::Null);
            m.insert("key".into(), id);
            m
        })
        .collect();
    let doc = Out {
        directed: true,
        multigraph: true,
        graph: GraphAttrs { schema: SCHEMA, documents: graph.documents() },
        nodes: graph.nodes().map(flat_node).collect(),
        edges,
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::super::testgraph::{self, ACME, EVIDENCE, ROBERT};
    use super::super::{Format, to_string};
    use serde_json::Value;

    #[test]
    fn node_link_shape() {
        let g = testgraph::graph();
        let v: Value = serde_json::from_str(&to_string(&g, Format::NodeLink)).unwrap();
        assert_eq!(v["directed"], true);
        assert_eq!(v["multigraph"], true);
        assert_eq!(v["graph"]["schema"], "newsgraph/1");
        let nodes = v["nodes"].as_array().unwrap();
        let edges = v["edges"].as_array().unwrap();
        assert_eq!((nodes.len(), edges.len()), (g.node_count(), g.edge_count()));
        let robert = nodes.iter().find(|n| n["id"] == "person:robert-drop").unwrap();
        assert_eq!(robert["label"], ROBERT);
        assert_eq!(robert["roles"][0], "Minister of \"Things\"");
        let acme = nodes.iter().find(|n| n["id"] == "organization:acme").unwrap();
        assert_eq!(acme["label"], ACME);
        let iran = nodes.iter().find(|n| n["id"] == "country:IRN").unwrap();
        assert_eq!(iran["wikidata"], "Q794");
        let threat = edges.iter().find(|e| e["key"] == "person:robert-drop|threatens|country:IRN").unwrap();
        assert_eq!(threat["source"], "person:robert-drop");
        assert_eq!(threat["target"], "country:IRN");
        assert_eq!(threat["goldstein"], -4.4);
        assert_eq!(threat["modality"], "asserted");
        assert_eq!(threat["evidence"][0]["text"], EVIDENCE);
        assert!(threat.get("id").is_none());
        // keys are unique, so networkx keeps parallel edges apart
        let mut keys: Vec<&str> = edges.iter().map(|e| e["key"].as_str().unwrap()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), edges.len());
    }
}
