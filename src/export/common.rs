//! Small helpers shared by the exporters: reading edge attributes the same
//! way everywhere, numbers without locale or exponent surprises, XML text.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::graph::{Edge, Evidence, KnowledgeGraph, Node};

/// An edge's caption for drawings: the relation, its role or kinship, and
/// its modality when the event is not asserted ("holds role: Foreign Minister").
pub fn edge_label(e: &Edge) -> String {
    let mut label = e.relation.as_str().replace('_', " ");
    for key in ["role", "kinship"] {
        if let Some(v) = e.attributes.get(key).and_then(|v| v.as_str()) {
            label = format!("{label}: {v}");
        }
    }
    if e.modality() != "asserted" {
        label = format!("{label} ({})", e.modality());
    }
    label
}

/// A JSON value as plain text: strings as they are, arrays joined by `|`,
/// everything else in its JSON form.
pub fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(value_text).collect::<Vec<_>>().join("|"),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A text attribute of a node (`kind`, `country`, `roles` joined by `|`).
pub fn node_attr(n: &Node, key: &str) -> Option<String> {
    n.attributes.get(key).map(value_text).filter(|s| !s.is_empty())
}

/// A node attribute that is a list of strings (`roles`), as a list.
pub fn node_list(n: &Node, key: &str) -> Vec<String> {
    match n.attributes.get(key) {
        Some(Value::Array(items)) => items.iter().map(value_text).collect(),
        Some(v) => vec![value_text(v)],
        None => Vec::new(),
    }
}

/// A text attribute of an edge; `modality` defaults to `asserted`.
pub fn edge_attr(e: &Edge, key: &str) -> Option<String> {
    if key == "modality" {
        return Some(e.modality().to_string());
    }
    e.attributes.get(key).map(value_text).filter(|s| !s.is_empty())
}

/// The Goldstein weight of an edge, when it has a numeric one.
pub fn goldstein(e: &Edge) -> Option<f64> {
    match e.attributes.get("goldstein")? {
        Value::Number(n) => n.as_f64().filter(|f| f.is_finite()),
        Value::String(s) => s.trim().parse::<f64>().ok().filter(|f| f.is_finite()),
        _ => None,
    }
}

/// The first (earliest) evidence of an edge.
pub fn first_evidence(e: &Edge) -> Option<&Evidence> {
    e.evidence.first()
}

/// A float in plain decimal notation that always has a fractional part
/// (`-7.0`, `3.4`), so that every consumer reads it as a float.
pub fn float(f: f64) -> String {
    let s = format!("{f}");
    if s.contains('.') { s } else { format!("{s}.0") }
}

/// The calendar date (`YYYY-MM-DD`) at the start of `s`, if it has one
/// (`2025-06-13`, `2025-06-13T10:00:00Z`).
pub fn iso_date(s: &str) -> Option<&str> {
    let d = s.get(..10)?;
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let rest_ok = s.len() == 10 || matches!(s.as_bytes()[10], b'T' | b' ');
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) && rest_ok).then_some(d)
}

/// Whether XML 1.0 allows the character at all (even as a reference).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escape text for XML element content or a double- or single-quoted
/// attribute value. Characters XML cannot carry at all (most C0 controls)
/// become U+FFFD; tab, newline and carriage return become character
/// references so that attribute-value normalisation keeps them.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

/// The type of a flat field, for formats that declare types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Int,
    Float,
}

enum Getter<T> {
    Fixed(fn(&T) -> Option<String>),
    Id(String),
}

/// One flat attribute of a node or an edge, as the tabular and XML formats
/// (GraphML, GEXF, CSV) show it: a name, a type and a text value.
pub struct Field<T> {
    pub name: String,
    pub ty: FieldType,
    get: Getter<T>,
}

impl<T> Field<T> {
    fn fixed(name: &str, ty: FieldType, f: fn(&T) -> Option<String>) -> Self {
        Field { name: name.to_string(), ty, get: Getter::Fixed(f) }
    }
}

impl Field<Node> {
    /// The field's value for `n` (`None`: absent).
    pub fn value(&self, n: &Node) -> Option<String> {
        match &self.get {
            Getter::Fixed(f) => f(n),
            Getter::Id(id) => n.ids.get(id).cloned(),
        }
    }
}

impl Field<Edge> {
    /// The field's value for `e` (`None`: absent).
    pub fn value(&self, e: &Edge) -> Option<String> {
        match &self.get {
            Getter::Fixed(f) => f(e),
            Getter::Id(_) => None,
        }
    }
}

/// The flat node fields: `label`, `type`, `aliases` (joined by `|`),
/// `kind`, `country`, `roles` (joined by `|`), then one field per external
/// id kind present in the graph (`iso3166_alpha3`, `wikidata`, …, sorted).
/// An id kind that shares a name with another field is called `id_<kind>`.
pub fn node_fields(graph: &KnowledgeGraph) -> Vec<Field<Node>> {
    let mut fields: Vec<Field<Node>> = vec![
        Field::fixed("label", FieldType::Text, |n| Some(n.label.clone())),
        Field::fixed("type", FieldType::Text, |n| Some(n.node_type.as_str().to_string())),
        Field::fixed("aliases", FieldType::Text, |n| Some(n.aliases.join("|"))),
        Field::fixed("kind", FieldType::Text, |n| node_attr(n, "kind")),
        Field::fixed("country", FieldType::Text, |n| node_attr(n, "country")),
        Field::fixed("roles", FieldType::Text, |n| node_attr(n, "roles")),
    ];
    let kinds: BTreeSet<&String> = graph.nodes().flat_map(|n| n.ids.keys()).collect();
    for kind in kinds {
        let taken = |name: &str| fields.iter().any(|f| f.name == name) || name == "id";
        let name = if taken(kind) { format!("id_{kind}") } else { kind.clone() };
        fields.push(Field { name, ty: FieldType::Text, get: Getter::Id(kind.clone()) });
    }
    fields
}

/// The flat edge fields: `id`, `relation`, `weight`, the attributes
/// `cameo`, `goldstein`, `modality`, `date`, `role` and `kinship`, and the
/// first evidence's `evidence` (sentence text), `rule` and `doc`.
pub fn edge_fields() -> Vec<Field<Edge>> {
    vec![
        Field::fixed("id", FieldType::Text, |e| Some(e.id.clone())),
        Field::fixed("relation", FieldType::Text, |e| Some(e.relation.as_str().to_string())),
        Field::fixed("weight", FieldType::Int, |e| Some(e.weight.to_string())),
        Field::fixed("cameo", FieldType::Text, |e| edge_attr(e, "cameo")),
        Field::fixed("goldstein", FieldType::Float, |e| goldstein(e).map(float)),
        Field::fixed("modality", FieldType::Text, |e| edge_attr(e, "modality")),
        Field::fixed("date", FieldType::Text, |e| edge_attr(e, "date")),
        Field::fixed("role", FieldType::Text, |e| edge_attr(e, "role")),
        Field::fixed("kinship", FieldType::Text, |e| edge_attr(e, "kinship")),
        Field::fixed("evidence", FieldType::Text, |e| first_evidence(e).map(|ev| ev.text.clone())),
        Field::fixed("rule", FieldType::Text, |e| first_evidence(e).map(|ev| ev.rule.clone())),
        Field::fixed("doc", FieldType::Text, |e| first_evidence(e).map(|ev| ev.doc.clone())),
    ]
}

/// A node as one flat JSON object (node-link and Cytoscape): `id`,
/// `label`, `type`, `aliases`, `mentions` (how many), then its attributes
/// and external ids as they are (a name that is taken gets an `attr_` or
/// `id_` prefix).
pub fn flat_node(n: &Node) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    m.insert("id".into(), Value::String(n.id.clone()));
    m.insert("label".into(), Value::String(n.label.clone()));
    m.insert("type".into(), Value::String(n.node_type.as_str().into()));
    m.insert("aliases".into(), Value::from(n.aliases.clone()));
    m.insert("mentions".into(), Value::from(n.mentions.len()));
    for (k, v) in &n.attributes {
        let k = if m.contains_key(k) { format!("attr_{k}") } else { k.clone() };
        m.insert(k, v.clone());
    }
    for (k, v) in &n.ids {
        let k = if m.contains_key(k) { format!("id_{k}") } else { k.clone() };
        m.insert(k, Value::String(v.clone()));
    }
    m
}

/// An edge as one flat JSON object (node-link and Cytoscape): `id`,
/// `source`, `target`, `relation`, `weight`, `modality`, its attributes as
/// they are (a name that is taken gets an `attr_` prefix), and `evidence`,
/// the list of every piece of evidence.
pub fn flat_edge(e: &Edge) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    m.insert("id".into(), Value::String(e.id.clone()));
    m.insert("source".into(), Value::String(e.source.clone()));
    m.insert("target".into(), Value::String(e.target.clone()));
    m.insert("relation".into(), Value::String(e.relation.as_str().into()));
    m.insert("weight".into(), Value::from(e.weight));
    m.insert("modality".into(), Value::String(e.modality().into()));
    m.insert("evidence".into(), serde_json::to_value(&e.evidence).unwrap_or(Value::Null));
    for (k, v) in &e.attributes {
        if k == "modality" {
            continue;
        }
        let k = if m.contains_key(k) { format!("attr_{k}") } else { k.clone() };
        m.insert(k, v.clone());
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_always_have_a_fraction() {
        assert_eq!(float(-7.0), "-7.0");
        assert_eq!(float(3.4), "3.4");
        assert_eq!(float(10.0), "10.0");
        assert_eq!(float(1e-7), "0.0000001");
    }

    #[test]
    fn iso_dates_are_recognised() {
        assert_eq!(iso_date("2025-06-13"), Some("2025-06-13"));
        assert_eq!(iso_date("2025-06-13T10:00:00Z"), Some("2025-06-13"));
        assert_eq!(iso_date("2025-06-130"), None);
        assert_eq!(iso_date("June 13, 2025"), None);
        assert_eq!(iso_date("2025-6-13"), None);
        assert_eq!(iso_date("2025-06-1é"), None);
    }

    #[test]
    fn xml_escape_covers_markup_and_controls() {
        assert_eq!(xml_escape("a<b>&\"c'\n\u{1}"), "a&lt;b&gt;&amp;&quot;c&apos;&#10;\u{FFFD}");
        assert_eq!(xml_escape("Zürich"), "Zürich");
    }
}
