//! `newsgraph/1` JSON, exactly as ONTOLOGY.md lays it out.

use std::io;

use serde::Serialize;

use crate::graph::{DocumentInfo, Edge, KnowledgeGraph, Node};

/// The schema name written into every JSON graph.
pub const SCHEMA: &str = "newsgraph/1";

#[derive(Serialize)]
struct Out<'a> {
    schema: &'static str,
    documents: &'a [DocumentInfo],
    nodes: Vec<&'a Node>,
    edges: Vec<&'a Edge>,
}

/// Write the graph as pretty-printed JSON with a trailing newline.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    let doc = Out {
        schema: SCHEMA,
        documents: graph.documents(),
        nodes: graph.nodes().collect(),
        edges: graph.edges().collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    out.write_all(b"\n")
}
