//! The knowledge graph: typed nodes with their mentions, typed edges with
//! their evidence, mergeable across documents.
//!
//! Nodes and edges live in a petgraph `StableDiGraph`; the string ids are
//! the durable identities (petgraph reuses the slots of removed nodes), kept
//! in sorted maps so that every iteration, and so every export, is in id
//! order and byte-stable.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The four node types of the ontology.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeType {
    Person,
    Country,
    Organization,
    Location,
}

impl NodeType {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeType::Person => "person",
            NodeType::Country => "country",
            NodeType::Organization => "organization",
            NodeType::Location => "location",
        }
    }

    pub fn parse(s: &str) -> Option<NodeType> {
        Some(match s {
            "person" => NodeType::Person,
            "country" => NodeType::Country,
            "organization" | "organisation" => NodeType::Organization,
            "location" => NodeType::Location,
            _ => return None,
        })
    }
}

/// The relation types of the ontology, state relations first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    HoldsRole,
    Leads,
    MemberOf,
    WorksFor,
    Represents,
    RelativeOf,
    PartOf,
    LocatedIn,
    Meets,
    Mediates,
    Cooperates,
    Supports,
    Demands,
    Criticizes,
    Threatens,
    Sanctions,
    Attacks,
    Fights,
}

impl Relation {
    pub const ALL: [Relation; 18] = [
        Relation::HoldsRole,
        Relation::Leads,
        Relation::MemberOf,
        Relation::WorksFor,
        Relation::Represents,
        Relation::RelativeOf,
        Relation::PartOf,
        Relation::LocatedIn,
        Relation::Meets,
        Relation::Mediates,
        Relation::Cooperates,
        Relation::Supports,
        Relation::Demands,
        Relation::Criticizes,
        Relation::Threatens,
        Relation::Sanctions,
        Relation::Attacks,
        Relation::Fights,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Relation::HoldsRole => "holds_role",
            Relation::Leads => "leads",
            Relation::MemberOf => "member_of",
            Relation::WorksFor => "works_for",
            Relation::Represents => "represents",
            Relation::RelativeOf => "relative_of",
            Relation::PartOf => "part_of",
            Relation::LocatedIn => "located_in",
            Relation::Meets => "meets",
            Relation::Mediates => "mediates",
            Relation::Cooperates => "cooperates",
            Relation::Supports => "supports",
            Relation::Demands => "demands",
            Relation::Criticizes => "criticizes",
            Relation::Threatens => "threatens",
            Relation::Sanctions => "sanctions",
            Relation::Attacks => "attacks",
            Relation::Fights => "fights",
        }
    }

    pub fn parse(s: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Event relations (who did what to whom) carry CAMEO codes and Goldstein weights.
    pub fn is_event(self) -> bool {
        self >= Relation::Meets
    }

    /// Symmetric relations are stored with source < target.
    pub fn is_symmetric(self) -> bool {
        matches!(self, Relation::Meets | Relation::Cooperates | Relation::Fights)
    }

    /// Conflict relations (negative Goldstein weight).
    pub fn is_conflict(self) -> bool {
        matches!(
            self,
            Relation::Demands
                | Relation::Criticizes
                | Relation::Threatens
                | Relation::Sanctions
                | Relation::Attacks
                | Relation::Fights
        )
    }
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionForm {
    Name,
    Alias,
    Demonym,
    Capital,
    Pronoun,
    Title,
}

impl MentionForm {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionForm::Name => "name",
            MentionForm::Alias => "alias",
            MentionForm::Demonym => "demonym",
            MentionForm::Capital => "capital",
            MentionForm::Pronoun => "pronoun",
            MentionForm::Title => "title",
        }
    }
}

/// One document of the input, as listed in the output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
}

/// A mention of a node in a document, with character offsets.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub form: MentionForm,
}

/// A node: one real-world entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    pub label: String,
    #[serde(rename = "type")]
    pub node_type: NodeType,
    pub aliases: Vec<String>,
    pub attributes: BTreeMap<String, Value>,
    pub ids: BTreeMap<String, String>,
    pub mentions: Vec<Mention>,
}

/// Why an edge is there: the sentence and the rule that produced it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    pub doc: String,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub rule: String,
}

/// An edge: one relation between two nodes, with all its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub id: String,
    pub source: String,
    pub target: String,
    pub relation: Relation,
    pub weight: u64,
    pub attributes: BTreeMap<String, Value>,
    pub evidence: Vec<Evidence>,
}

impl Edge {
    /// The edge's modality ("asserted" when the attribute is absent).
    pub fn modality(&self) -> &str {
        self.attributes.get("modality").and_then(Value::as_str).unwrap_or("asserted")
    }
}

/// The identity of an edge: relation, ends and modality.
type EdgeKey = (String, Relation, String, String);

/// A knowledge graph: documents, nodes and edges, in sorted id order.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    documents: Vec<DocumentInfo>,
    graph: StableDiGraph<Node, Edge>,
    node_index: BTreeMap<String, NodeIndex>,
    edge_index: BTreeMap<EdgeKey, EdgeIndex>,
}

impl KnowledgeGraph {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn documents(&self) -> &[DocumentInfo] {
        &self.documents
    }

    pub fn add_document(&mut self, doc: DocumentInfo) {
        self.documents.push(doc);
    }

    /// Nodes in id order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.node_index.values().map(|&i| &self.graph[i])
    }

    /// Edges in (source, relation, target, modality) order.
    pub fn edges(&self) -> impl Iterator<Item = &Edge> {
        self.edge_index.values().map(|&i| &self.graph[i])
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.node_index.get(id).map(|&i| &self.graph[i])
    }

    pub fn node_count(&self) -> usize {
        self.node_index.len()
    }

    pub fn edge_count(&self) -> usize {
        self.edge_index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.node_index.is_empty()
    }

    /// The underlying petgraph graph, for graph algorithms.
    pub fn petgraph(&self) -> &StableDiGraph<Node, Edge> {
        &self.graph
    }

    /// Add a node, or merge it into the node with the same id: aliases,
    /// mentions, attributes and ids are united; the label of the existing
    /// node is kept unless the new one is longer (a fuller name).
    pub fn upsert_node(&mut self, node: Node) {
        if let Some(&ix) = self.node_index.get(&node.id) {
            let existing = &mut self.graph[ix];
            merge_node(existing, node);
        } else {
            let id = node.id.clone();
            let ix = self.graph.add_node(node);
            self.node_index.insert(id, ix);
        }
    }

    /// Add an edge, or merge its evidence into the edge with the same key.
    /// Both ends must exist; symmetric relations are stored with source < target.
    pub fn upsert_edge(&mut self, mut edge: Edge) {
        if edge.relation.is_symmetric() && edge.source > edge.target {
            std::mem::swap(&mut edge.source, &mut edge.target);
        }
        let (Some(&a), Some(&b)) = (self.node_index.get(&edge.source), self.node_index.get(&edge.target)) else {
            return;
        };
        if a == b {
            return;
        }
        let key = (edge.source.clone(), edge.relation, edge.target.clone(), edge.modality().to_string());
        if let Some(&ix) = self.edge_index.get(&key) {
            let existing = &mut self.graph[ix];
            // (sorted and deduplicated once, in `finish`: an edge seen in every document
            // of a large corpus would otherwise be re-sorted at each one)
            existing.evidence.extend(edge.evidence);
            existing.weight = existing.evidence.len() as u64;
            // a date and the words it was read from stay together: the first evidence's
            let had_date = existing.attributes.contains_key("date");
            for (k, v) in edge.attributes {
                if k == "date_text" && had_date {
                    continue;
                }
                existing.attributes.entry(k).or_insert(v);
            }
        } else {
            normalize_evidence(&mut edge);
            edge.id = edge_id(&key);
            let ix = self.graph.add_edge(a, b, edge);
            self.edge_index.insert(key, ix);
        }
    }

    /// Merge another graph into this one: nodes by id, edges by key.
    pub fn merge(&mut self, other: KnowledgeGraph) {
        let edges: Vec<Edge> = other.edges().cloned().collect();
        let nodes: Vec<Node> = other.nodes().cloned().collect();
        self.documents.extend(other.documents);
        for n in nodes {
            self.upsert_node(n);
        }
        for e in edges {
            self.upsert_edge(e);
        }
    }

    /// Rename node `from` into node `into` (merging them), rewriting edges.
    pub fn merge_nodes(&mut self, from: &str, into: &str) {
        self.rename_nodes(&BTreeMap::from([(from.to_string(), into.to_string())]));
    }

    /// Merge every node `from` into node `into` for each pair of `moves`, in
    /// one pass over the graph (edges follow their nodes).
    pub fn rename_nodes(&mut self, moves: &BTreeMap<String, String>) {
        if moves.is_empty() {
            return;
        }
        let old = std::mem::take(self);
        let known: BTreeSet<String> = old.node_index.keys().cloned().collect();
        let rename = |id: String| match moves.get(&id) {
            Some(to) if known.contains(to) => to.clone(),
            _ => id,
        };
        self.documents = old.documents;
        // take the weights out without copying them; the maps keep the output in id order
        let (nodes, edges) = petgraph::Graph::from(old.graph).into_nodes_edges();
        for n in nodes {
            let mut n = n.weight;
            n.id = rename(n.id);
            self.upsert_node(n);
        }
        for e in edges {
            let mut e = e.weight;
            e.source = rename(e.source);
            e.target = rename(e.target);
            self.upsert_edge(e);
        }
    }

    /// Sort every node's aliases and mentions and every edge's evidence; call once
    /// before export.
    pub fn finish(&mut self) {
        for &ix in self.node_index.values() {
            let n = &mut self.graph[ix];
            let set: BTreeSet<String> = n.aliases.drain(..).collect();
            n.aliases = set.into_iter().collect();
            n.mentions.sort();
            n.mentions.dedup();
        }
        for &ix in self.edge_index.values() {
            normalize_evidence(&mut self.graph[ix]);
        }
    }
}

/// An edge's evidence in order, each sentence once (two rules that read the same
/// sentence are one piece of evidence: the first rule in order names it), and its
/// weight the number of sentences.
fn normalize_evidence(edge: &mut Edge) {
    edge.evidence.sort();
    edge.evidence.dedup_by(|a, b| a.doc == b.doc && a.sentence == b.sentence && a.start == b.start && a.end == b.end);
    edge.weight = edge.evidence.len().max(1) as u64;
}

fn merge_node(existing: &mut Node, node: Node) {
    if node.label.chars().count() > existing.label.chars().count() && existing.node_type == NodeType::Person {
        existing.label = node.label;
    }
    for a in node.aliases {
        if !existing.aliases.contains(&a) {
            existing.aliases.push(a);
        }
    }
    existing.mentions.extend(node.mentions);
    for (k, v) in node.attributes {
        match (existing.attributes.get_mut(&k), v) {
            (Some(Value::Array(old)), Value::Array(new)) => {
                for x in new {
                    if !old.contains(&x) {
                        old.push(x);
                    }
                }
                old.sort_by_key(|a| a.to_string());
            }
            (None, v) => {
                existing.attributes.insert(k, v);
            }
            _ => {}
        }
    }
    for (k, v) in node.ids {
        existing.ids.entry(k).or_insert(v);
    }
}

fn edge_id(key: &EdgeKey) -> String {
    let mut id = format!("{}|{}|{}", key.0, key.1.as_str(), key.2);
    if key.3 != "asserted" {
        id.push('|');
        id.push_str(&key.3);
    }
    id
}
