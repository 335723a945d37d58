//! The edge list as CSV, one row per edge, for spreadsheets and pandas:
//! `source,source_label,relation,target,target_label,weight,cameo,goldstein,modality,date,evidence`
//! (`evidence` is the first evidence sentence). Quoted as RFC 4180 says.

use std::io;

use super::common::{edge_attr, first_evidence, float, goldstein};
use crate::graph::KnowledgeGraph;

/// The header row.
pub const HEADER: [&str; 11] = [
    "source",
    "source_label",
    "relation",
    "target",
    "target_label",
    "weight",
    "cameo",
    "goldstein",
    "modality",
    "date",
    "evidence",
];

/// Write the edge list.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let err = |e: csv::Error| io::Error::other(e.to_string());
    w.write_record(HEADER).map_err(err)?;
    for e in graph.edges() {
        let label = |id: &str| graph.node(id).map(|n| n.label.clone()).unwrap_or_default();
        w.write_record([
            e.source.clone(),
            label(&e.source),
            e.relation.as_str().to_string(),
            e.target.clone(),
            label(&e.target),
            e.weight.to_string(),
            edge_attr(e, "cameo").unwrap_or_default(),
            goldstein(e).map(float).unwrap_or_default(),
            e.modality().to_string(),
            edge_attr(e, "date").unwrap_or_default(),
            first_evidence(e).map(|ev| ev.text.clone()).unwrap_or_default(),
        ])
        .map_err(err)?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::super::testgraph::{self, ACME, EVIDENCE, ROBERT};
    use super::super::{Format, to_string};

    #[test]
    fn rows_read_back_exactly() {
        let g = testgraph::graph();
        let text = to_string(&g, Format::Csv);
        assert!(text.starts_with(
            "source,source_label,relation,target,target_label,weight,cameo,goldstein,modality,date,evidence\n"
        ));
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), g.edge_count());
        let threat = rows.iter().find(|r| &r[2] == "threatens" && &r[8] == "asserted").unwrap();
        assert_eq!((&threat[1], &threat[4]), (ROBERT, "Iran"));
        assert_eq!((&threat[5], &threat[6], &threat[7], &threat[9]), ("1", "13", "-4.4", "2025-06-13"));
        assert_eq!(&threat[10], EVIDENCE);
        let role = rows.iter().find(|r| &r[2] == "holds_role").unwrap();
        assert_eq!(&role[4], ACME);
    }
}
