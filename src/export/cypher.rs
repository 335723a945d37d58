//! A Cypher script of idempotent `MERGE` statements, one statement a line:
//! first every node, then every edge. Running it twice leaves the same
//! graph; it loads into Neo4j (`cypher-shell -f`), Memgraph and FalkorDB.
//!
//! - Nodes are `(:Entity:<Type>)` (`Person`, `Country`, `Organization`,
//!   `Location`) merged on `id`, with `label`, `type`, `aliases` (a list),
//!   `kind`, `country`, `roles` (a list) and one property per external id.
//! - Edges are merged on `key` (the edge id) with a relationship type per
//!   relation (`THREATENS`, `HOLDS_ROLE`, …) and the properties `relation`,
//!   `weight`, `cameo`, `goldstein`, `modality`, `date`, `role`, `kinship`
//!   and the first evidence's `evidence` (sentence), `rule` and `doc`.
//!
//! Every value is a literal: a single-quoted string with `\\`, `'`, `"`,
//! line breaks, tabs and every other control character escaped, an integer,
//! a float, or a list of strings. No text can end a literal early or start
//! a new line, so no text can inject a statement. Labels, relationship
//! types and property names come from fixed sets, or are back-quoted.
//!
//! Control characters without a short escape are written `\uXXXX`, which
//! Neo4j and Memgraph decode; FalkorDB keeps such an escape as its six
//! characters of text.

use std::io;

use super::common::{FieldType, edge_fields, node_fields, node_list};
use crate::graph::{KnowledgeGraph, NodeType, Relation};

/// A single-quoted Cypher string literal.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A list of string literals.
fn list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| string(s)).collect();
    format!("[{}]", items.join(", "))
}

/// A property name: as it is when it is a plain identifier, else back-quoted.
pub fn property(name: &str) -> String {
    let mut chars = name.chars();
    let plain = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain { name.to_string() } else { format!("`{}`", name.replace('`', "``")) }
}

/// The node label of a node type.
pub fn node_label(t: NodeType) -> &'static str {
    match t {
        NodeType::Person => "Person",
        NodeType::Country => "Country",
        NodeType::Organization => "Organization",
        NodeType::Location => "Location",
    }
}

/// The relationship type of a relation (`threatens` → `THREATENS`).
pub fn relationship_type(r: Relation) -> String {
    r.as_str().to_ascii_uppercase()
}

/// Write the graph as a Cypher script.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    writeln!(out, "// newsgraph knowledge graph: idempotent MERGE statements, one per line (nodes, then edges)")?;
    let nfields = node_fields(graph);
    for n in graph.nodes() {
        let mut sets = Vec::new();
        for f in &nfields {
            let value = match f.name.as_str() {
                "aliases" if !n.aliases.is_empty() => list(&n.aliases),
                "roles" if n.attributes.contains_key("roles") => list(&node_list(n, "roles")),
                "aliases" | "roles" => continue,
                _ => match f.value(n) {
                    Some(v) => string(&v),
                    None => continue,
                },
            };
            sets.push(format!("n.{} = {value}", property(&f.name)));
        }
        writeln!(
            out,
            "MERGE (n:Entity:{} {{id: {}}}) SET {};",
            node_label(n.node_type),
            string(&n.id),
            sets.join(", ")
        )?;
    }
    let efields: Vec<_> = edge_fields().into_iter().filter(|f| f.name != "id").collect();
    for e in graph.edges() {
        let mut sets = Vec::new();
        for f in &efields {
            let Some(v) = f.value(e) else { continue };
            // numbers were written by us in plain decimal form
            let value = if f.ty == FieldType::Text { string(&v) } else { v };
            sets.push(format!("r.{} = {value}", property(&f.name)));
        }
        writeln!(
            out,
            "MATCH (a:Entity {{id: {}}}), (b:Entity {{id: {}}}) MERGE (a)-[r:{} {{key: {}}}]->(b) SET {};",
            string(&e.source),
            string(&e.target),
            relationship_type(e.relation),
            string(&e.id),
            sets.join(", ")
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::testgraph::{self, ROBERT};
    use super::super::{Format, to_string};
    use super::*;

    /// Read a single-quoted literal at the start of `s` the way a Cypher
    /// parser does; returns the value and the rest.
    fn read_literal(s: &str) -> (String, &str) {
        let mut chars = s.char_indices();
        assert_eq!(chars.next().map(|(_, c)| c), Some('\''), "literal must start with a quote: {s}");
        let mut value = String::new();
        while let Some((i, c)) = chars.next() {
            match c {
                '\'' => return (value, &s[i + 1..]),
                '\\' => {
                    let (_, e) = chars.next().expect("escape");
                    match e {
                        'n' => value.push('\n'),
                        'r' => value.push('\r'),
                        't' => value.push('\t'),
                        'b' => value.push('\u{8}'),
                        'f' => value.push('\u{c}'),
                        'u' => {
                            let hex: String = (0..4).map(|_| chars.next().unwrap().1).collect();
                            value.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                        }
                        c => value.push(c),
                    }
                }
                '\n' | '\r' => panic!("raw line break inside a literal"),
                c => value.push(c),
            }
        }
        panic!("unterminated literal: {s}");
    }

    #[test]
    fn literals_round_trip_every_character() {
        for s in [
            ROBERT,
            "a\\'b",
            "\\",
            "'",
            "line\nbreak\r\ttab",
            "\u{0}\u{1}\u{7f}\u{85}\u{2028}",
            "Zürich “x”",
            "}) DETACH DELETE n //",
        ] {
            let lit = string(s);
            let (back, rest) = read_literal(&lit);
            assert_eq!(back, s);
            assert_eq!(rest, "");
            assert!(!lit.contains('\n') && !lit.contains('\r'));
        }
        assert_eq!(string(ROBERT), "'Robert\\'); DROP'");
    }

    #[test]
    fn one_statement_per_line_nodes_then_edges() {
        let g = testgraph::graph();
        let script = to_string(&g, Format::Cypher);
        let lines: Vec<&str> = script.lines().filter(|l| !l.starts_with("//")).collect();
        assert_eq!(lines.len(), g.node_count() + g.edge_count());
        assert!(lines.iter().all(|l| l.ends_with(';')));
        let merges = lines.iter().filter(|l| l.starts_with("MERGE (n:Entity:")).count();
        assert_eq!(merges, g.node_count());
        assert!(script.contains("MERGE (n:Entity:Person {id: 'person:robert-drop'}) SET n.label = 'Robert\\'); DROP', n.type = 'person', n.aliases = ['Bob; \\\"the\\\" <Builder>', 'Robert\\'); DROP'], n.roles = ['Minister of \\\"Things\\\"'];"), "{script}");
        assert!(script.contains("MERGE (a)-[r:THREATENS {key: 'person:robert-drop|threatens|country:IRN'}]->(b) SET r.relation = 'threatens', r.weight = 1, r.cameo = '13', r.goldstein = -4.4, r.modality = 'asserted', r.date = '2025-06-13', "), "{script}");
        assert!(script.contains("n.wikidata = 'Q794'"));
    }

    #[test]
    fn every_line_is_made_of_closed_literals() {
        // strip every literal; what is left must be plain syntax without quotes or comments
        let script = to_string(&testgraph::graph(), Format::Cypher);
        for line in script.lines().filter(|l| !l.starts_with("//")) {
            let mut rest = line;
            let mut skeleton = String::new();
            while let Some(i) = rest.find('\'') {
                skeleton.push_str(&rest[..i]);
                skeleton.push('S');
                rest = read_literal(&rest[i..]).1;
            }
            skeleton.push_str(rest);
            assert!(!skeleton.contains('"') && !skeleton.contains("//") && !skeleton.contains('\\'), "{skeleton}");
            assert_eq!(skeleton.matches(';').count(), 1, "{skeleton}");
        }
    }

    #[test]
    fn odd_property_names_are_back_quoted() {
        assert_eq!(property("wikidata"), "wikidata");
        assert_eq!(property("iso3166_alpha3"), "iso3166_alpha3");
        assert_eq!(property("a b`c"), "`a b``c`");
        assert_eq!(property("3d"), "`3d`");
    }
}
