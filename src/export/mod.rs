//! Exporters: one module per format, each writing to any `io::Write` and
//! owning its escaping. Every exporter iterates the graph in id order, so
//! the same graph always gives the same bytes.

use std::io;

use crate::graph::KnowledgeGraph;

pub mod dot;
pub mod json;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `newsgraph/1` JSON, the contract of ONTOLOGY.md.
    Json,
    /// Graphviz DOT.
    Dot,
}

impl Format {
    /// Every format, in the order the CLI lists them.
    pub const ALL: &'static [Format] = &[Format::Json, Format::Dot];

    /// The name used by `--format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
        }
    }

    /// Parse a `--format` name.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.name() == name)
    }

    /// The format a file extension implies (`graph.json`, `graph.gv`).
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "dot" | "gv" => Some(Format::Dot),
            _ => None,
        }
    }

    /// The IANA media type of the format.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Dot => "text/vnd.graphviz",
        }
    }

    /// Write `graph` in this format.
    pub fn write(self, graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
        match self {
            Format::Json => json::write(graph, out),
            Format::Dot => dot::write(graph, out),
        }
    }
}

/// Write `graph` in `format` to a `String` (for tests and small graphs).
pub fn to_string(graph: &KnowledgeGraph, format: Format) -> String {
    let mut buf = Vec::new();
    format.write(graph, &mut buf).expect("writing to a Vec does not fail");
    String::from_utf8(buf).expect("exporters write UTF-8")
}
