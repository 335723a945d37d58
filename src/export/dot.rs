//! Graphviz DOT: shapes and colours by node type, labelled edges, conflict
//! and cooperation in different colours, non-asserted events dashed.

use std::io;

use super::common::edge_label;
use crate::graph::{KnowledgeGraph, NodeType, Relation};

/// Escape a string for a double-quoted DOT ID.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn node_style(t: NodeType) -> &'static str {
    match t {
        NodeType::Person => "shape=ellipse, style=filled, fillcolor=\"#fde2b5\", color=\"#b7791f\"",
        NodeType::Country => "shape=box, style=\"filled,bold\", fillcolor=\"#bee3f8\", color=\"#2b6cb0\"",
        NodeType::Organization => "shape=box, style=\"filled,rounded\", fillcolor=\"#c6f6d5\", color=\"#2f855a\"",
        NodeType::Location => "shape=octagon, style=filled, fillcolor=\"#e9d8fd\", color=\"#6b46c1\"",
    }
}

fn edge_color(r: Relation) -> &'static str {
    if r.is_conflict() {
        "#c53030"
    } else if r.is_event() {
        "#2f855a"
    } else {
        "#4a5568"
    }
}

/// Write the graph as a DOT digraph.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    writeln!(out, "digraph newsgraph {{")?;
    writeln!(out, "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, splines=true];")?;
    writeln!(out, "  node [fontname=\"Helvetica\", fontsize=11];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
    for n in graph.nodes() {
        writeln!(out, "  \"{}\" [label=\"{}\", {}];", escape(&n.id), escape(&n.label), node_style(n.node_type))?;
    }
    for e in graph.edges() {
        let mut attrs = format!(
            "label=\"{}\", color=\"{}\", fontcolor=\"{}\"",
            escape(&edge_label(e)),
            edge_color(e.relation),
            edge_color(e.relation)
        );
        if e.relation.is_symmetric() {
            attrs.push_str(", dir=both");
        }
        if e.modality() != "asserted" {
            attrs.push_str(", style=dashed");
        }
        if e.weight > 1 {
            attrs.push_str(&format!(", penwidth={}", 1 + e.weight.min(4)));
        }
        writeln!(out, "  \"{}\" -> \"{}\" [{}];", escape(&e.source), escape(&e.target), attrs)?;
    }
    writeln!(out, "}}")
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_quotes_backslashes_newlines() {
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
