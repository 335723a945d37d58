//! Exporters: one module per format, each writing to any `io::Write` and
//! owning its escaping. Every exporter iterates the graph in id order, so
//! the same graph always gives the same bytes.
//!
//! Most formats are one stream ([`Format::write`]); a directory format
//! ([`Format::is_directory`], `neo4j-csv`) writes several files into a
//! folder ([`Format::write_dir`]).

use std::io;
use std::path::Path;

use crate::graph::KnowledgeGraph;

mod common;
pub mod cypher;
pub mod cytoscape;
pub mod dot;
pub mod edge_csv;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod mermaid;
pub mod neo4j_csv;
pub mod node_link;
pub mod ntriples;
pub mod rdf;
pub mod svg;
pub mod turtle;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `newsgraph/1` JSON, the contract of ONTOLOGY.md.
    Json,
    /// Graphviz DOT.
    Dot,
    /// GraphML with typed attribute keys (networkx, yEd, Gephi, igraph).
    GraphMl,
    /// GEXF 1.3 for Gephi; dated edges are dynamic.
    Gexf,
    /// A script of idempotent Cypher `MERGE` statements (Neo4j, FalkorDB, Memgraph).
    Cypher,
    /// `nodes.csv` + `relationships.csv` for `neo4j-admin database import` (and Kùzu `COPY FROM`).
    Neo4jCsv,
    /// RDF N-Triples (schema.org types, reified edge details).
    NTriples,
    /// RDF Turtle, the same triples as N-Triples.
    Turtle,
    /// networkx node-link JSON (a directed multigraph).
    NodeLink,
    /// Cytoscape.js elements JSON.
    Cytoscape,
    /// A Mermaid flowchart.
    Mermaid,
    /// An edge list as CSV.
    Csv,
    /// SVG drawn in-process (no Graphviz needed).
    Svg,
}

impl Format {
    /// Every format, in the order the CLI lists them.
    pub const ALL: &'static [Format] = &[
        Format::Json,
        Format::Dot,
        Format::GraphMl,
        Format::Gexf,
        Format::Cypher,
        Format::Neo4jCsv,
        Format::NTriples,
        Format::Turtle,
        Format::NodeLink,
        Format::Cytoscape,
        Format::Mermaid,
        Format::Csv,
        Format::Svg,
    ];

    /// The name used by `--format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::GraphMl => "graphml",
            Format::Gexf => "gexf",
            Format::Cypher => "cypher",
            Format::Neo4jCsv => "neo4j-csv",
            Format::NTriples => "ntriples",
            Format::Turtle => "turtle",
            Format::NodeLink => "node-link",
            Format::Cytoscape => "cytoscape",
            Format::Mermaid => "mermaid",
            Format::Csv => "csv",
            Format::Svg => "svg",
        }
    }

    /// Parse a `--format` name.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.name() == name)
    }

    /// The format a file extension implies (`graph.json`, `graph.gv`).
    ///
    /// `.json` stays newsgraph JSON; node-link, Cytoscape and the `neo4j-csv`
    /// folder are only chosen by name.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "dot" | "gv" => Some(Format::Dot),
            "graphml" => Some(Format::GraphMl),
            "gexf" => Some(Format::Gexf),
            "cypher" | "cql" => Some(Format::Cypher),
            "nt" => Some(Format::NTriples),
            "ttl" => Some(Format::Turtle),
            "mmd" | "mermaid" => Some(Format::Mermaid),
            "csv" => Some(Format::Csv),
            "svg" => Some(Format::Svg),
            _ => None,
        }
    }

    /// The media type of the format: the IANA-registered one where there
    /// is one, else the type its consumers use.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json | Format::NodeLink | Format::Cytoscape => "application/json",
            Format::Dot => "text/vnd.graphviz",
            Format::GraphMl => "application/graphml+xml",
            Format::Gexf => "application/gexf+xml",
            Format::Cypher => "application/x-cypher-query",
            Format::Neo4jCsv | Format::Csv => "text/csv",
            Format::NTriples => "application/n-triples",
            Format::Turtle => "text/turtle",
            Format::Mermaid => "text/vnd.mermaid",
            Format::Svg => "image/svg+xml",
        }
    }

    /// Whether the format is a folder of files (write it with
    /// [`Format::write_dir`]) rather than one stream.
    pub fn is_directory(self) -> bool {
        matches!(self, Format::Neo4jCsv)
    }

    /// The names of the files a directory format writes (empty for the others).
    pub fn file_names(self) -> &'static [&'static str] {
        match self {
            Format::Neo4jCsv => &neo4j_csv::FILES,
            _ => &[],
        }
    }

    /// Write `graph` in this format.
    ///
    /// A directory format cannot be one stream: it fails with
    /// [`io::ErrorKind::InvalidInput`]; use [`Format::write_dir`].
    pub fn write(self, graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
        match self {
            Format::Json => json::write(graph, out),
            Format::Dot => dot::write(graph, out),
            Format::GraphMl => graphml::write(graph, out),
            Format::Gexf => gexf::write(graph, out),
            Format::Cypher => cypher::write(graph, out),
            Format::Neo4jCsv => Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "the neo4j-csv format is a folder of files: write it with write_dir (CLI: -o DIR)",
            )),
            Format::NTriples => ntriples::write(graph, out),
            Format::Turtle => turtle::write(graph, out),
            Format::NodeLink => node_link::write(graph, out),
            Format::Cytoscape => cytoscape::write(graph, out),
            Format::Mermaid => mermaid::write(graph, out),
            Format::Csv => edge_csv::write(graph, out),
            Format::Svg => svg::write(graph, out),
        }
    }

    /// Write `graph` into the existing folder `dir`, as the files named by
    /// [`Format::file_names`].
    ///
    /// A one-stream format fails with [`io::ErrorKind::InvalidInput`].
    pub fn write_dir(self, graph: &KnowledgeGraph, dir: &Path) -> io::Result<()> {
        match self {
            Format::Neo4jCsv => neo4j_csv::write_dir(graph, dir),
            f => Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("the {} format is one stream: write it with write", f.name()),
            )),
        }
    }
}

/// Write `graph` in `format` to a `String` (for tests and small graphs).
///
/// # Panics
///
/// For a directory format ([`Format::is_directory`]).
pub fn to_string(graph: &KnowledgeGraph, format: Format) -> String {
    let mut buf = Vec::new();
    format.write(graph, &mut buf).expect("writing to a Vec does not fail");
    String::from_utf8(buf).expect("exporters write UTF-8")
}

#[cfg(test)]
pub(crate) mod testgraph;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        for &f in Format::ALL {
            assert_eq!(Format::from_name(f.name()), Some(f), "{}", f.name());
        }
        let mut names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Format::ALL.len());
    }

    #[test]
    fn extensions_pick_formats() {
        for (ext, f) in [
            ("graphml", Format::GraphMl),
            ("GEXF", Format::Gexf),
            ("cql", Format::Cypher),
            ("cypher", Format::Cypher),
            ("nt", Format::NTriples),
            ("ttl", Format::Turtle),
            ("mmd", Format::Mermaid),
            ("mermaid", Format::Mermaid),
            ("csv", Format::Csv),
            ("svg", Format::Svg),
            ("json", Format::Json),
            ("gv", Format::Dot),
        ] {
            assert_eq!(Format::from_extension(ext), Some(f), "{ext}");
        }
        assert_eq!(Format::from_extension("txt"), None);
    }

    #[test]
    fn only_neo4j_csv_is_a_directory() {
        let dirs: Vec<Format> = Format::ALL.iter().copied().filter(|f| f.is_directory()).collect();
        assert_eq!(dirs, [Format::Neo4jCsv]);
        let g = testgraph::graph();
        let err = Format::Neo4jCsv.write(&g, &mut Vec::new()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
    }

    #[test]
    fn every_stream_format_is_deterministic_and_handles_an_empty_graph() {
        let g = testgraph::graph();
        let empty = KnowledgeGraph::new();
        for &f in Format::ALL.iter().filter(|f| !f.is_directory()) {
            assert_eq!(to_string(&g, f), to_string(&testgraph::graph(), f), "{} is not byte-stable", f.name());
            // N-Triples of no triples is the empty document
            assert!(
                f == Format::NTriples || !to_string(&empty, f).is_empty(),
                "{} wrote nothing for an empty graph",
                f.name()
            );
        }
    }

    #[test]
    fn write_dir_writes_the_named_files() {
        let dir = tempfile::tempdir().unwrap();
        Format::Neo4jCsv.write_dir(&testgraph::graph(), dir.path()).unwrap();
        for name in Format::Neo4jCsv.file_names() {
            assert!(dir.path().join(name).is_file(), "{name}");
        }
        let err = Format::Turtle.write_dir(&testgraph::graph(), dir.path()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
    }
}
