//! RDF Turtle: the same triples as N-Triples, with prefixes, grouped by
//! subject. Names are abbreviated with a prefix only when the local part is
//! a plain word; every other IRI is written in full.

use std::io;

use super::rdf::{PREFIXES, RDF, Term, escape_literal, triples};
use crate::graph::KnowledgeGraph;

/// A predicate: `a` for `rdf:type`, else as [`iri`].
fn predicate(s: &str) -> String {
    if s.strip_prefix(RDF) == Some("type") { "a".to_string() } else { iri(s) }
}

/// An IRI as a prefixed name when that is safe, else `<…>`.
fn iri(s: &str) -> String {
    for (prefix, ns) in PREFIXES {
        if let Some(local) = s.strip_prefix(ns) {
            let mut chars = local.chars();
            let plain = chars.next().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            if plain {
                return format!("{prefix}:{local}");
            }
        }
    }
    format!("<{s}>")
}

fn term(t: &Term) -> String {
    match t {
        Term::Iri(s) => iri(s),
        Term::Literal { value, datatype: None } => format!("\"{}\"", escape_literal(value)),
        Term::Literal { value, datatype: Some(dt) } => format!("\"{}\"^^xsd:{dt}", escape_literal(value)),
    }
}

/// Write the graph as Turtle.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    for (prefix, ns) in PREFIXES {
        writeln!(out, "@prefix {prefix}: <{ns}> .")?;
    }
    let mut current: Option<String> = None;
    for t in triples(graph) {
        let object = term(&t.object);
        let predicate = predicate(&t.predicate);
        if current.as_deref() == Some(t.subject.as_str()) {
            write!(out, " ;\n    {predicate} {object}")?;
        } else {
            if current.is_some() {
                writeln!(out, " .")?;
            }
            write!(out, "\n{}\n    {predicate} {object}", iri(&t.subject))?;
            current = Some(t.subject);
        }
    }
    if current.is_some() {
        writeln!(out, " .")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::testgraph;
    use super::super::{Format, to_string};
    use oxttl::{NTriplesParser, TurtleParser};

    #[test]
    fn turtle_and_ntriples_hold_the_same_triples() {
        let g = testgraph::graph();
        let ttl = to_string(&g, Format::Turtle);
        let nt = to_string(&g, Format::NTriples);
        let mut from_ttl: Vec<String> =
            TurtleParser::new().for_slice(ttl.as_bytes()).map(|t| t.expect("valid Turtle").to_string()).collect();
        let mut from_nt: Vec<String> =
            NTriplesParser::new().for_slice(nt.as_bytes()).map(|t| t.expect("valid N-Triples").to_string()).collect();
        from_ttl.sort();
        from_nt.sort();
        assert_eq!(from_ttl.len(), nt.lines().count());
        assert_eq!(from_ttl, from_nt);
        assert!(ttl.contains("rel:threatens"));
        assert!(ttl.contains("a schema:Person"));
    }

    #[test]
    fn names_are_abbreviated_only_when_safe() {
        assert_eq!(super::predicate("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), "a");
        assert_eq!(super::iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), "rdf:type");
        assert_eq!(super::iri("https://schema.org/Place"), "schema:Place");
        assert_eq!(super::iri("https://newsgraph.dev/id/person%3Ax"), "<https://newsgraph.dev/id/person%3Ax>");
        assert_eq!(super::iri("https://newsgraph.dev/doc/doc-1"), "doc:doc-1");
    }
}
