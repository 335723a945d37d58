//! RDF N-Triples: the triples of [`super::rdf`], one a line, every IRI in
//! full, literals escaped as the N-Triples grammar requires.

use std::io;

use super::rdf::{Term, XSD, escape_literal, triples};
use crate::graph::KnowledgeGraph;

/// Write one term as N-Triples.
pub fn term(t: &Term) -> String {
    match t {
        Term::Iri(iri) => format!("<{iri}>"),
        Term::Literal { value, datatype: None } => format!("\"{}\"", escape_literal(value)),
        Term::Literal { value, datatype: Some(dt) } => format!("\"{}\"^^<{XSD}{dt}>", escape_literal(value)),
    }
}

/// Write the graph as N-Triples.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    for t in triples(graph) {
        writeln!(out, "<{}> <{}> {} .", t.subject, t.predicate, term(&t.object))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::rdf::{REL, node_iri};
    use super::super::testgraph::{self, ACME, EVIDENCE, ODD_PLACE, ODD_PLACE_ID, ROBERT};
    use super::super::{Format, to_string};
    use oxttl::NTriplesParser;

    /// Parse with a conforming parser; returns (subject, predicate, object) with
    /// literals as their lexical value.
    pub(crate) fn parse_nt(text: &str) -> Vec<(String, String, String)> {
        NTriplesParser::new()
            .for_slice(text.as_bytes())
            .map(|t| {
                let t = t.expect("valid N-Triples");
                let o = match &t.object {
                    oxrdf::Term::Literal(l) => l.value().to_string(),
                    other => other.to_string().trim_matches(['<', '>']).to_string(),
                };
                (t.subject.to_string().trim_matches(['<', '>']).to_string(), t.predicate.as_str().to_string(), o)
            })
            .collect()
    }

    #[test]
    fn reparses_with_every_text_intact() {
        let g = testgraph::graph();
        let nt = to_string(&g, Format::NTriples);
        let triples = parse_nt(&nt);
        assert_eq!(triples.len(), nt.lines().count());
        let label = |id: &str| {
            let iri = node_iri(id);
            triples
                .iter()
                .find(|(s, p, _)| *s == iri && p.ends_with("rdf-schema#label"))
                .map(|t| t.2.clone())
                .unwrap_or_else(|| panic!("no label for {id}"))
        };
        assert_eq!(label("person:robert-drop"), ROBERT);
        assert_eq!(label("organization:acme"), ACME);
        assert_eq!(label(ODD_PLACE_ID), ODD_PLACE);
        assert!(triples.iter().any(|(_, p, o)| p.ends_with("ns#text") && o == EVIDENCE));
        // asserted edges are stated, the negated threat only reified
        let rel: Vec<_> = triples.iter().filter(|(_, p, _)| p.starts_with(REL)).collect();
        assert_eq!(rel.len(), g.edges().filter(|e| e.modality() == "asserted").count());
        let statements = triples.iter().filter(|(_, _, o)| o.ends_with("#Statement")).count();
        assert_eq!(statements, g.edge_count());
        assert!(
            triples.iter().any(|(_, p, o)| p.ends_with("owl#sameAs") && o == "http://www.wikidata.org/entity/Q794")
        );
        // a malformed Wikidata id stays a literal
        assert_eq!(triples.iter().filter(|(_, p, _)| p.ends_with("owl#sameAs")).count(), 1);
    }
}
