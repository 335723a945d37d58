//! A Mermaid flowchart (`graph LR`), for Markdown pages that render
//! Mermaid (GitHub, GitLab, mkdocs).
//!
//! Node ids are `n0`, `n1`, … in node-id order, so no name can clash with
//! Mermaid's keywords or syntax; the name is the label, in `["…"]`. Labels
//! are written with Mermaid's entity codes for every character that has a
//! meaning in its grammar or in HTML (`"` is `#quot;`, `<` is `#60;`, …),
//! and line breaks become spaces. Asserted edges are `-- "relation" -->`,
//! negated or hypothetical ones dashed `-. "relation (modality)" .->`.
//! Each node has its type as class, with a fill colour per type.

use std::collections::BTreeMap;
use std::io;

use super::common::edge_label;
use crate::graph::{KnowledgeGraph, NodeType};

/// Escape text for a double-quoted Mermaid label.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' | '<' | '>' | '&' | '[' | ']' | '{' | '}' | '(' | ')' | '|' | '`' | ';' | '\\' => {
                out.push_str(&format!("#{};", c as u32));
            }
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn class(t: NodeType) -> (&'static str, &'static str) {
    match t {
        NodeType::Person => ("person", "fill:#fde2b5,stroke:#b7791f"),
        NodeType::Country => ("country", "fill:#bee3f8,stroke:#2b6cb0"),
        NodeType::Organization => ("organization", "fill:#c6f6d5,stroke:#2f855a"),
        NodeType::Location => ("location", "fill:#e9d8fd,stroke:#6b46c1"),
    }
}

/// Write the graph as a Mermaid flowchart.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    writeln!(out, "graph LR")?;
    let mut ids: BTreeMap<&str, String> = BTreeMap::new();
    for (i, n) in graph.nodes().enumerate() {
        let id = format!("n{i}");
        writeln!(out, "  {id}[\"{}\"]", escape(&n.label))?;
        ids.insert(&n.id, id);
    }
    for e in graph.edges() {
        let (Some(a), Some(b)) = (ids.get(e.source.as_str()), ids.get(e.target.as_str())) else { continue };
        let label = escape(&edge_label(e));
        if e.modality() == "asserted" {
            writeln!(out, "  {a} -- \"{label}\" --> {b}")?;
        } else {
            writeln!(out, "  {a} -. \"{label}\" .-> {b}")?;
        }
    }
    for t in [NodeType::Person, NodeType::Country, NodeType::Organization, NodeType::Location] {
        let (name, style) = class(t);
        writeln!(out, "  classDef {name} {style}")?;
    }
    for (i, n) in graph.nodes().enumerate() {
        writeln!(out, "  class n{i} {}", class(n.node_type).0)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::testgraph::{self, ACME};
    use super::super::{Format, to_string};
    use super::*;

    /// Undo the escaping the way Mermaid decodes entity codes.
    fn decode(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find('#') {
            out.push_str(&rest[..i]);
            let end = rest[i..].find(';').expect("entity code ends with ;") + i;
            let code = &rest[i + 1..end];
            out.push(if code == "quot" { '"' } else { char::from_u32(code.parse().unwrap()).unwrap() });
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn labels_carry_no_syntax_and_decode_back() {
        for s in [ACME, "Robert'); DROP", "a#b;c", "x[\"y\"]{z}(w)|v`u"] {
            let e = escape(s);
            assert!(!e.contains(['"', '[', ']', '{', '}', '(', ')', '|', '<', '>', '`']), "{e}");
            assert_eq!(decode(&e), s);
        }
        assert_eq!(escape("a\"b"), "a#quot;b");
        assert_eq!(escape("line\nbreak"), "line break");
    }

    #[test]
    fn sanitised_ids_and_edge_styles() {
        let g = testgraph::graph();
        let m = to_string(&g, Format::Mermaid);
        assert!(m.starts_with("graph LR\n"));
        // nodes in id order: country:IRN, location:…, organization:acme, person:robert-drop
        assert!(m.contains("  n0[\"Iran\"]\n"));
        assert!(m.contains("  n3[\"Robert'#41;#59; DROP\"]\n"), "{m}");
        assert!(m.contains("  n3 -- \"threatens\" --> n0\n"));
        assert!(m.contains("  n3 -. \"threatens #40;negated#41;\" .-> n0\n"), "{m}");
        assert!(m.contains("  class n3 person\n"));
        for line in m.lines().skip(1) {
            assert!(line.starts_with("  "), "{line:?}");
            // outside the quoted labels there are only ids, arrows and class names
            let outside: String = line.split('"').step_by(2).collect();
            assert!(outside.chars().all(|c| c.is_ascii_alphanumeric() || " -.>[]:,#;".contains(c)), "{line:?}");
            assert_eq!(line.matches('"').count() % 2, 0, "{line:?}");
        }
    }
}
