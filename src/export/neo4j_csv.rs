//! `nodes.csv` and `relationships.csv` with the headers that
//! `neo4j-admin database import full` reads. Kùzu's `COPY FROM` (columns
//! matched by position) loads the same files.
//!
//! - `nodes.csv`: `id:ID`, `label`, `:LABEL` (`Entity;Person`, …), `type`,
//!   `aliases:string[]`, `kind`, `country`, `roles:string[]`, then one
//!   column per external id kind (`iso3166_alpha3`, `wikidata`, …).
//! - `relationships.csv`: `:START_ID`, `:END_ID`, `:TYPE` (`THREATENS`, …),
//!   `key` (the edge id), `relation`, `weight:int`, `cameo`,
//!   `goldstein:double`, `modality`, `date`, `role`, `kinship`, and the
//!   first evidence's `evidence` (sentence), `rule` and `doc`.
//!
//! Fields are quoted as RFC 4180 says (the `csv` crate), which is what
//! the importer expects by default. Arrays use the importer's default
//! delimiter `;`; a `;` inside an alias or a role, which the importer has no
//! way to escape, is written as the full-width `；` (U+FF1B). An evidence
//! sentence can hold a line break: import with `--multiline-fields=true`.

use std::io;
use std::path::Path;

use super::common::{FieldType, edge_fields, node_fields, node_list};
use super::cypher::{node_label, relationship_type};
use crate::graph::KnowledgeGraph;

/// The files of the format, in the order they are written.
pub const FILES: [&str; 2] = ["nodes.csv", "relationships.csv"];

/// The importer's default array delimiter.
pub const ARRAY_DELIMITER: char = ';';

fn array(items: &[String]) -> String {
    items.iter().map(|s| s.replace(ARRAY_DELIMITER, "\u{FF1B}")).collect::<Vec<_>>().join(";")
}

fn csv_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Write `nodes.csv`.
pub fn write_nodes(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    let fields = node_fields(graph);
    let mut w = csv::Writer::from_writer(out);
    let mut header = vec!["id:ID".to_string()];
    for f in &fields {
        header.push(match f.name.as_str() {
            "label" => "label".into(),
            "aliases" => "aliases:string[]".into(),
            "roles" => "roles:string[]".into(),
            name => name.to_string(),
        });
        if f.name == "label" {
            header.push(":LABEL".into());
        }
    }
    w.write_record(&header).map_err(csv_error)?;
    for n in graph.nodes() {
        let mut row = vec![n.id.clone()];
        for f in &fields {
            row.push(match f.name.as_str() {
                "aliases" => array(&n.aliases),
                "roles" => array(&node_list(n, "roles")),
                _ => f.value(n).unwrap_or_default(),
            });
            if f.name == "label" {
                row.push(format!("Entity;{}", node_label(n.node_type)));
            }
        }
        w.write_record(&row).map_err(csv_error)?;
    }
    w.flush()
}

/// Write `relationships.csv`.
pub fn write_relationships(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    let fields: Vec<_> = edge_fields().into_iter().filter(|f| f.name != "id").collect();
    let mut w = csv::Writer::from_writer(out);
    let mut header: Vec<String> = vec![":START_ID".into(), ":END_ID".into(), ":TYPE".into(), "key".into()];
    for f in &fields {
        header.push(match f.ty {
            FieldType::Text => f.name.clone(),
            FieldType::Int => format!("{}:int", f.name),
            FieldType::Float => format!("{}:double", f.name),
        });
    }
    w.write_record(&header).map_err(csv_error)?;
    for e in graph.edges() {
        let mut row = vec![e.source.clone(), e.target.clone(), relationship_type(e.relation), e.id.clone()];
        for f in &fields {
            row.push(f.value(e).unwrap_or_default());
        }
        w.write_record(&row).map_err(csv_error)?;
    }
    w.flush()
}

/// A writer of one of the files.
type WriteFile = fn(&KnowledgeGraph, &mut dyn io::Write) -> io::Result<()>;

/// Write both files into the existing folder `dir`.
pub fn write_dir(graph: &KnowledgeGraph, dir: &Path) -> io::Result<()> {
    let writers: [WriteFile; 2] = [write_nodes, write_relationships];
    for (name, write) in FILES.iter().zip(writers) {
        let file = std::fs::File::create(dir.join(name))?;
        let mut w = io::BufWriter::new(file);
        write(graph, &mut w)?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::testgraph::{self, ACME, EVIDENCE, ROBERT};
    use super::*;

    fn records(write: WriteFile) -> Vec<csv::StringRecord> {
        let mut buf = Vec::new();
        write(&testgraph::graph(), &mut buf).unwrap();
        let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(buf.as_slice());
        r.records().map(Result::unwrap).collect()
    }

    #[test]
    fn nodes_have_import_headers_and_exact_values() {
        let rows = records(write_nodes);
        assert_eq!(
            rows[0].iter().collect::<Vec<_>>(),
            [
                "id:ID",
                "label",
                ":LABEL",
                "type",
                "aliases:string[]",
                "kind",
                "country",
                "roles:string[]",
                "iso3166_alpha3",
                "wikidata"
            ]
        );
        assert_eq!(rows.len(), 1 + testgraph::graph().node_count());
        let robert = rows.iter().find(|r| &r[0] == "person:robert-drop").unwrap();
        assert_eq!(&robert[1], ROBERT);
        assert_eq!(&robert[2], "Entity;Person");
        // a `;` inside an alias must not split it
        assert_eq!(&robert[4], "Bob\u{FF1B} \"the\" <Builder>;Robert')\u{FF1B} DROP");
        let acme = rows.iter().find(|r| &r[0] == "organization:acme").unwrap();
        assert_eq!(&acme[1], ACME);
        assert_eq!(&acme[5], "company");
        let iran = rows.iter().find(|r| &r[0] == "country:IRN").unwrap();
        assert_eq!((&iran[8], &iran[9]), ("IRN", "Q794"));
    }

    #[test]
    fn relationships_have_typed_columns() {
        let rows = records(write_relationships);
        let header: Vec<&str> = rows[0].iter().collect();
        assert_eq!(
            header.join(","),
            ":START_ID,:END_ID,:TYPE,key,relation,weight:int,cameo,goldstein:double,modality,date,role,kinship,evidence,rule,doc"
        );
        let threat = rows.iter().find(|r| &r[3] == "person:robert-drop|threatens|country:IRN").unwrap();
        assert_eq!(&threat[0], "person:robert-drop");
        assert_eq!(&threat[2], "THREATENS");
        assert_eq!((&threat[5], &threat[7], &threat[8]), ("1", "-4.4", "asserted"));
        assert_eq!(&threat[12], EVIDENCE);
        assert_eq!(rows.len(), 1 + testgraph::graph().edge_count());
    }
}
