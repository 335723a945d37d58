//! Dyads: the per-pair summary of event data. People and organisations are
//! projected onto the countries they act for, and every ordered pair of
//! countries gets its number of events per relation and its summed
//! Goldstein weight.
//!
//! ```
//! use newsgraph::{Document, Pipeline, dyads};
//!
//! let g = Pipeline::new().extract(&[Document::new("d", "Israel attacked Iran.")]);
//! let rows = dyads::dyads(&g, false);
//! assert_eq!((rows[0].source.as_str(), rows[0].target.as_str()), ("country:ISR", "country:IRN"));
//! assert_eq!(rows[0].counts.get("attacks"), Some(&1));
//! ```
//!
//! - A country node acts for itself; a person or organisation for the
//!   country in its `country` attribute, else the country its
//!   `holds_role`, `represents`, `part_of` or `leads` edge points to, else
//!   (at most two steps away) the country of the person or organisation it
//!   holds a role in, represents, is part or a member of, leads or works
//!   for. A post held before ("Former Prime Minister") is no side acted for.
//!   Places are not actors and are not projected. An organisation of a
//!   kind that does not act for the state it is based in (an armed group, a
//!   party, a company, an NGO, a sports club) and the people acting through
//!   it are not projected: "the Houthis attacked Saudi Arabia" is no act of
//!   Yemen's.
//! - An event is one evidence sentence of one event edge; the same sentence
//!   seen through two actors of the same pair and relation counts once.
//!   Each event adds the edge's Goldstein weight; an edge without evidence
//!   counts as `weight` events.
//! - A symmetric relation (`meets`, `cooperates`, `fights`) counts once,
//!   under the pair in id order, and is listed in [`Dyad::symmetric`].
//! - Events between two actors of the same country, and negated,
//!   conditional or reported events (unless asked for), are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::io;

use serde::Serialize;
use serde_json::Value;

use crate::graph::{Edge, KnowledgeGraph, NodeType, Relation};

/// The events from one country to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dyad {
    /// Node id of the source country (`country:IRN`).
    pub source: String,
    pub source_label: String,
    pub target: String,
    pub target_label: String,
    /// Events per relation name.
    pub counts: BTreeMap<String, u64>,
    /// The relations of `counts` that are symmetric (counted once, under the pair in id order).
    pub symmetric: BTreeSet<String>,
    /// All events of the pair (the sum of `counts`).
    pub events: u64,
    /// The summed Goldstein weight of the events (conflict < 0 < cooperation).
    pub goldstein: f64,
}

/// The relations that make a person or organisation act for a country, best first.
const DIRECT: [Relation; 4] = [Relation::HoldsRole, Relation::Represents, Relation::PartOf, Relation::Leads];
/// ... and the links to another actor whose country it then acts for.
const INDIRECT: [Relation; 6] = [
    Relation::HoldsRole,
    Relation::Represents,
    Relation::PartOf,
    Relation::MemberOf,
    Relation::Leads,
    Relation::WorksFor,
];

/// The country every person, organisation and country node of `g` acts
/// for, by node id (nodes with no known country are absent).
pub fn countries(g: &KnowledgeGraph) -> BTreeMap<String, String> {
    // (a post held before is no side one acts for now: "a former Arnorian prime minister,
    // now the alliance's secretary-general")
    let former = |e: &Edge| {
        e.relation == Relation::HoldsRole
            && e.attributes.get("role").and_then(Value::as_str).is_some_and(|r| r.starts_with("Former"))
    };
    let mut out_edges: BTreeMap<&str, Vec<&Edge>> = BTreeMap::new();
    // the countries people held a post in before, and hold none in now
    let mut past: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for e in g.edges().filter(|e| !e.relation.is_event() && e.modality() == "asserted") {
        if former(e) {
            past.entry(e.source.as_str()).or_default().push(e.target.as_str());
        } else {
            out_edges.entry(e.source.as_str()).or_default().push(e);
        }
    }
    let node_type = |id: &str| g.node(id).map(|n| n.node_type);
    // the best edge of `edges` whose relation is in `rels` and whose target passes `ok`
    let best = |edges: &[&Edge], rels: &[Relation], ok: &dyn Fn(&str) -> Option<String>| -> Option<String> {
        edges
            .iter()
            .filter_map(|e| {
                let rank = rels.iter().position(|r| *r == e.relation)?;
                Some(((rank, std::cmp::Reverse(e.weight), e.target.as_str()), ok(&e.target)?))
            })
            .min_by(|a, b| a.0.cmp(&b.0))
            .map(|(_, c)| c)
    };
    let mut map = BTreeMap::new();
    for n in g.nodes() {
        let country = match n.node_type {
            NodeType::Country => Some(n.id.clone()),
            NodeType::Location => None,
            NodeType::Organization if !acts_for_state(n) => None,
            NodeType::Person | NodeType::Organization => {
                let edges = out_edges.get(n.id.as_str()).map_or(&[][..], Vec::as_slice);
                // (not the country of a post held only before)
                let only_past = |c: &str| {
                    past.get(n.id.as_str()).is_some_and(|p| p.contains(&c)) && !edges.iter().any(|e| e.target == c)
                };
                let attr = n
                    .attributes
                    .get("country")
                    .and_then(Value::as_str)
                    .filter(|c| c.starts_with("country:") && !only_past(c));
                attr.map(str::to_string).or_else(|| {
                    best(edges, &DIRECT, &|t| (node_type(t) == Some(NodeType::Country)).then(|| t.to_string()))
                })
            }
        };
        if let Some(c) = country {
            map.insert(n.id.clone(), c);
        }
    }
    for _ in 0..2 {
        let mut found = Vec::new();
        for n in g.nodes().filter(|n| matches!(n.node_type, NodeType::Person | NodeType::Organization)) {
            if map.contains_key(&n.id) {
                continue;
            }
            let edges = out_edges.get(n.id.as_str()).map_or(&[][..], Vec::as_slice);
            if n.node_type == NodeType::Organization && !acts_for_state(n) {
                continue;
            }
            let via = |t: &str| {
                matches!(node_type(t), Some(NodeType::Person | NodeType::Organization)).then(|| map.get(t).cloned())?
            };
            if let Some(c) = best(edges, &INDIRECT, &via) {
                found.push((n.id.clone(), c));
            }
        }
        if found.is_empty() {
            break;
        }
        map.extend(found);
    }
    map
}

fn goldstein(e: &Edge) -> f64 {
    let v = match e.attributes.get("goldstein") {
        Some(Value::Number(n)) => n.as_f64().unwrap_or(0.0),
        Some(Value::String(s)) => s.trim().parse().unwrap_or(0.0),
        _ => 0.0,
    };
    if v.is_finite() { v } else { 0.0 }
}

#[derive(Default)]
struct Acc {
    counts: BTreeMap<String, u64>,
    symmetric: BTreeSet<String>,
    events: u64,
    goldstein: f64,
    seen: BTreeSet<(Relation, String, usize)>,
}

/// The dyads of `g`, sorted by source and target id. Only asserted events
/// count unless `include_non_asserted`.
pub fn dyads(g: &KnowledgeGraph, include_non_asserted: bool) -> Vec<Dyad> {
    let country = countries(g);
    let mut pairs: BTreeMap<(String, String), Acc> = BTreeMap::new();
    for e in g.edges().filter(|e| e.relation.is_event()) {
        if !include_non_asserted && e.modality() != "asserted" {
            continue;
        }
        let (Some(s), Some(t)) = (country.get(&e.source), country.get(&e.target)) else { continue };
        if s == t {
            continue;
        }
        let symmetric = e.relation.is_symmetric();
        let key = if symmetric && s > t { (t.clone(), s.clone()) } else { (s.clone(), t.clone()) };
        let acc = pairs.entry(key).or_default();
        let n = if e.evidence.is_empty() {
            e.weight
        } else {
            e.evidence.iter().filter(|ev| acc.seen.insert((e.relation, ev.doc.clone(), ev.sentence))).count() as u64
        };
        if n == 0 {
            continue;
        }
        *acc.counts.entry(e.relation.as_str().to_string()).or_default() += n;
        if symmetric {
            acc.symmetric.insert(e.relation.as_str().to_string());
        }
        acc.events += n;
        acc.goldstein += goldstein(e) * n as f64;
    }
    let label = |id: &str| g.node(id).map_or_else(|| code(id).to_string(), |n| n.label.clone());
    pairs
        .into_iter()
        .map(|((source, target), acc)| Dyad {
            source_label: label(&source),
            target_label: label(&target),
            source,
            target,
            counts: acc.counts,
            symmetric: acc.symmetric,
            events: acc.events,
            // three decimals keep sums like 0.1 + 0.2 readable; + 0.0 turns -0 into 0
            goldstein: (acc.goldstein * 1000.0).round() / 1000.0 + 0.0,
        })
        .collect()
}

/// Whether an organisation acts for the state it is based in: not one whose
/// dictionary kind is an armed group, a party, a company, an NGO or a sports club.
fn acts_for_state(n: &crate::graph::Node) -> bool {
    !matches!(
        n.attributes.get("kind").and_then(Value::as_str),
        Some("armed_group" | "party" | "company" | "ngo" | "sports")
    )
}

/// `country:IRN` -> `IRN`.
fn code(id: &str) -> &str {
    id.strip_prefix("country:").unwrap_or(id)
}

fn actor(label: &str, id: &str) -> String {
    let c = code(id);
    if label == c || label.is_empty() { c.to_string() } else { format!("{label} ({c})") }
}

/// An aligned plain-text table, one dyad a row, with a header.
pub fn write_table(dyads: &[Dyad], out: &mut dyn io::Write) -> io::Result<()> {
    let rows: Vec<[String; 5]> = dyads
        .iter()
        .map(|d| {
            let relations: Vec<String> = d
                .counts
                .iter()
                .map(|(r, n)| format!("{r}{}={n}", if d.symmetric.contains(r) { "*" } else { "" }))
                .collect();
            [
                actor(&d.source_label, &d.source),
                actor(&d.target_label, &d.target),
                d.events.to_string(),
                format!("{:.1}", d.goldstein),
                relations.join(" "),
            ]
        })
        .collect();
    let header = ["source", "target", "events", "goldstein", "relations"];
    let mut width = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in width.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |out: &mut dyn io::Write, cells: [&str; 5]| {
        let [s, t, n, gs, rel] = cells;
        let text = format!(
            "{s:<w0$}  {t:<w1$}  {n:>w2$}  {gs:>w3$}  {rel}",
            w0 = width[0],
            w1 = width[1],
            w2 = width[2],
            w3 = width[3]
        );
        writeln!(out, "{}", text.trim_end())
    };
    line(out, header)?;
    for row in &rows {
        line(out, [&row[0], &row[1], &row[2], &row[3], &row[4]])?;
    }
    if dyads.iter().any(|d| !d.symmetric.is_empty()) {
        writeln!(out, "* symmetric relation: counted once, under the pair in id order")?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonOut<'a> {
    schema: &'static str,
    dyads: &'a [Dyad],
}

/// JSON `{"schema": "newsgraph-dyads/1", "dyads": [...]}`, deterministic.
pub fn write_json(dyads: &[Dyad], out: &mut dyn io::Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &JsonOut { schema: "newsgraph-dyads/1", dyads })?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Evidence, Node};

    fn node(g: &mut KnowledgeGraph, id: &str, label: &str, t: NodeType, country: Option<&str>) {
        let mut attributes = BTreeMap::new();
        if let Some(c) = country {
            attributes.insert("country".to_string(), Value::String(c.to_string()));
        }
        g.upsert_node(Node {
            id: id.into(),
            label: label.into(),
            node_type: t,
            aliases: vec![],
            attributes,
            ids: BTreeMap::new(),
            mentions: vec![],
        });
    }

    fn edge(g: &mut KnowledgeGraph, s: &str, rel: Relation, t: &str, sentences: &[usize], extra: &[(&str, Value)]) {
        let mut attributes: BTreeMap<String, Value> = extra.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        if rel.is_event() {
            let gs = match rel {
                Relation::Attacks => -10.0,
                Relation::Threatens => -7.0,
                Relation::Meets => 1.0,
                _ => 0.0,
            };
            attributes.entry("goldstein".into()).or_insert(serde_json::json!(gs));
        }
        let evidence = sentences
            .iter()
            .map(|&i| Evidence {
                doc: "d".into(),
                sentence: i,
                start: 0,
                end: 1,
                text: format!("s{i}"),
                rule: "test".into(),
            })
            .collect();
        g.upsert_edge(Edge {
            id: String::new(),
            source: s.into(),
            target: t.into(),
            relation: rel,
            weight: 0,
            attributes,
            evidence,
        });
    }

    fn sample() -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        node(&mut g, "country:IRN", "Iran", NodeType::Country, None);
        node(&mut g, "country:ISR", "Israel", NodeType::Country, None);
        node(&mut g, "country:OMN", "Oman", NodeType::Country, None);
        node(&mut g, "person:ali-rezaei", "Ali Rezaei", NodeType::Person, None);
        node(&mut g, "person:dan-levy", "Dan Levy", NodeType::Person, Some("country:ISR"));
        node(&mut g, "person:aide", "Aide", NodeType::Person, None);
        node(&mut g, "organization:idf", "IDF", NodeType::Organization, None);
        node(&mut g, "location:muscat", "Muscat", NodeType::Location, Some("country:OMN"));
        edge(&mut g, "person:ali-rezaei", Relation::HoldsRole, "country:IRN", &[0], &[]);
        edge(&mut g, "organization:idf", Relation::PartOf, "country:ISR", &[0], &[]);
        edge(&mut g, "person:aide", Relation::WorksFor, "person:ali-rezaei", &[0], &[]);
        // Iran -> Israel: a threat by the minister, one by his aide in the same sentence
        edge(&mut g, "person:ali-rezaei", Relation::Threatens, "country:ISR", &[1], &[]);
        edge(&mut g, "person:aide", Relation::Threatens, "country:ISR", &[1], &[]);
        // Israel -> Iran: two attack sentences through two actors, one negated
        edge(&mut g, "country:ISR", Relation::Attacks, "country:IRN", &[2], &[]);
        edge(&mut g, "organization:idf", Relation::Attacks, "country:IRN", &[3], &[]);
        edge(
            &mut g,
            "organization:idf",
            Relation::Attacks,
            "person:ali-rezaei",
            &[4],
            &[("modality", Value::String("negated".into()))],
        );
        // a meeting, symmetric: stored as IRN-ISR by id order whichever actor came first
        edge(&mut g, "person:dan-levy", Relation::Meets, "person:ali-rezaei", &[5, 6], &[]);
        // the same country on both ends, and a place: both dropped
        edge(&mut g, "organization:idf", Relation::Attacks, "person:dan-levy", &[7], &[]);
        edge(&mut g, "country:ISR", Relation::Attacks, "location:muscat", &[8], &[]);
        g
    }

    #[test]
    fn a_post_held_before_is_no_side_acted_for() {
        let mut g = sample();
        node(&mut g, "person:ex", "Ex", NodeType::Person, Some("country:OMN"));
        edge(
            &mut g,
            "person:ex",
            Relation::HoldsRole,
            "country:OMN",
            &[0],
            &[("role", "Former Prime Minister".into())],
        );
        node(&mut g, "person:moved", "Moved", NodeType::Person, Some("country:OMN"));
        edge(&mut g, "person:moved", Relation::HoldsRole, "country:OMN", &[0], &[("role", "Former Minister".into())]);
        edge(&mut g, "person:moved", Relation::HoldsRole, "country:IRN", &[1], &[("role", "Envoy".into())]);
        node(&mut g, "person:native", "Native", NodeType::Person, Some("country:OMN"));
        let c = countries(&g);
        assert_eq!(c.get("person:ex"), None);
        assert_eq!(c.get("person:moved").map(String::as_str), Some("country:IRN"));
        assert_eq!(
            c.get("person:native").map(String::as_str),
            Some("country:OMN"),
            "a country with no post held before"
        );
    }

    #[test]
    fn groups_and_companies_act_for_no_state() {
        let mut g = sample();
        for (id, kind) in [("organization:houthis", "armed_group"), ("organization:acme", "company")] {
            let mut attributes = BTreeMap::new();
            attributes.insert("country".to_string(), Value::String("country:OMN".into()));
            attributes.insert("kind".to_string(), Value::String(kind.into()));
            g.upsert_node(Node {
                id: id.into(),
                label: id.into(),
                node_type: NodeType::Organization,
                aliases: vec![],
                attributes,
                ids: BTreeMap::new(),
                mentions: vec![],
            });
        }
        node(&mut g, "organization:army", "Army", NodeType::Organization, Some("country:OMN"));
        node(&mut g, "person:fighter", "Fighter", NodeType::Person, None);
        edge(&mut g, "person:fighter", Relation::MemberOf, "organization:houthis", &[0], &[]);
        let c = countries(&g);
        assert_eq!(c.get("organization:houthis"), None);
        assert_eq!(c.get("organization:acme"), None);
        assert_eq!(c.get("person:fighter"), None, "not through the group either");
        assert_eq!(c.get("organization:army").map(String::as_str), Some("country:OMN"));
    }

    #[test]
    fn projects_actors_onto_countries() {
        let c = countries(&sample());
        assert_eq!(c.get("country:IRN").map(String::as_str), Some("country:IRN"));
        assert_eq!(c.get("person:ali-rezaei").map(String::as_str), Some("country:IRN"));
        assert_eq!(c.get("person:dan-levy").map(String::as_str), Some("country:ISR"));
        assert_eq!(c.get("organization:idf").map(String::as_str), Some("country:ISR"));
        assert_eq!(c.get("person:aide").map(String::as_str), Some("country:IRN"), "through the minister");
        assert_eq!(c.get("location:muscat"), None);
    }

    #[test]
    fn counts_events_per_ordered_pair() {
        let d = dyads(&sample(), false);
        let pairs: Vec<(&str, &str)> = d.iter().map(|d| (d.source.as_str(), d.target.as_str())).collect();
        assert_eq!(pairs, [("country:IRN", "country:ISR"), ("country:ISR", "country:IRN")]);
        let irn_isr = &d[0];
        assert_eq!(irn_isr.source_label, "Iran");
        assert_eq!(irn_isr.counts.get("threatens"), Some(&1), "one sentence, two actors: one event");
        assert_eq!(irn_isr.counts.get("meets"), Some(&2));
        assert!(irn_isr.symmetric.contains("meets"));
        assert_eq!(irn_isr.events, 3);
        assert_eq!(irn_isr.goldstein, -7.0 + 2.0);
        let isr_irn = &d[1];
        assert_eq!(isr_irn.counts.get("attacks"), Some(&2));
        assert_eq!(isr_irn.counts.get("meets"), None);
        assert_eq!((isr_irn.events, isr_irn.goldstein), (2, -20.0));
    }

    #[test]
    fn non_asserted_events_on_request() {
        let d = dyads(&sample(), true);
        let isr_irn = d.iter().find(|d| d.source == "country:ISR").unwrap();
        assert_eq!(isr_irn.counts.get("attacks"), Some(&3));
        assert_eq!(isr_irn.goldstein, -30.0);
    }

    #[test]
    fn table_and_json_are_stable() {
        let d = dyads(&sample(), false);
        let mut table = Vec::new();
        write_table(&d, &mut table).unwrap();
        let table = String::from_utf8(table).unwrap();
        assert_eq!(
            table,
            "source        target        events  goldstein  relations\n\
             Iran (IRN)    Israel (ISR)       3       -5.0  meets*=2 threatens=1\n\
             Israel (ISR)  Iran (IRN)         2      -20.0  attacks=2\n\
             * symmetric relation: counted once, under the pair in id order\n"
        );
        let mut json = Vec::new();
        write_json(&d, &mut json).unwrap();
        let v: Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(v["schema"], "newsgraph-dyads/1");
        assert_eq!(v["dyads"][1]["counts"]["attacks"], 2);
        assert_eq!(v["dyads"][0]["symmetric"][0], "meets");
        let mut again = Vec::new();
        write_json(&dyads(&sample(), false), &mut again).unwrap();
        assert_eq!(json, again);
    }

    #[test]
    fn empty_graph_gives_a_header() {
        let mut out = Vec::new();
        write_table(&[], &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "source  target  events  goldstein  relations\n");
        let mut out = Vec::new();
        write_json(&[], &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "{\n  \"schema\": \"newsgraph-dyads/1\",\n  \"dyads\": []\n}\n");
    }
}
