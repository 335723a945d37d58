//! One node per entity across documents.

use newsgraph::{Document, Pipeline};

mod common;

#[test]
fn surnames_and_family_names_join_full_names_across_documents() {
    let docs = [
        Document::new("a", "Gondor's President Maria Tellarin met Chinese President Xi Jinping in Beijing."),
        Document::new("b", "Tellarin said the talks went well."),
        Document::new("c", "Xi said China would deepen ties."),
    ];
    let g = Pipeline::new().extract(&docs);
    let people: Vec<&str> =
        g.nodes().filter(|n| n.node_type == newsgraph::graph::NodeType::Person).map(|n| n.id.as_str()).collect();
    assert_eq!(
        people,
        ["person:maria-tellarin", "person:xi-jinping"],
        "help: a lone surname should join the one full name"
    );
    let tellarin = g.node("person:maria-tellarin").unwrap();
    assert!(tellarin.mentions.iter().any(|m| m.doc == "b"), "the mention in document b moved to the full name");
}

#[test]
fn a_common_family_name_alone_stays_apart_from_a_full_name_elsewhere() {
    let docs = [
        Document::new("a", "Economist Shi-Ting Wang said growth would slow."),
        Document::new("b", "Police detained the dissident Wang on Friday, his family said. Wang said nothing."),
    ];
    let g = Pipeline::new().extract(&docs);
    let full = g.node("person:shi-ting-wang").expect("the full name is a node");
    assert!(
        full.mentions.iter().all(|m| m.doc == "a"),
        "a bare 'Wang' in another story is not Shi-Ting Wang: {:?}",
        full.mentions
    );
}

#[test]
fn countries_merge_across_aliases_and_documents() {
    let docs = [
        Document::new("a", "The U.S. and Iran held talks."),
        Document::new("b", "Washington warned Tehran. American officials met Iranian diplomats."),
    ];
    let g = Pipeline::new().extract(&docs);
    let usa = g.node("country:USA").expect("one United States node");
    for form in ["U.S.", "Washington", "American"] {
        assert!(usa.aliases.iter().any(|a| a == form), "{form} is an alias of the United States: {:?}", usa.aliases);
    }
    assert_eq!(g.nodes().filter(|n| n.node_type == newsgraph::graph::NodeType::Country).count(), 2);
}

#[test]
fn an_edge_seen_twice_keeps_one_date_with_the_words_it_was_read_from() {
    let mut a = Document::new("a", "Arnor attacked Gondor.");
    a.date = Some("2026-03-02".into());
    let mut b = Document::new("b", "Arnor attacked Gondor in 1967.");
    b.date = Some("2026-03-05".into());
    let g = common::pipeline().extract(&[a, b]);
    let edge = g.edges().find(|e| e.source == "country:ARN" && e.target == "country:GON").expect("the attack");
    assert_eq!(edge.attributes.get("date").and_then(|v| v.as_str()), Some("2026-03-02"));
    assert!(
        !edge.attributes.contains_key("date_text"),
        "the first evidence's date came with no words, so none from another: {:?}",
        edge.attributes
    );
}

#[test]
fn two_rules_that_read_one_sentence_are_one_piece_of_evidence() {
    use newsgraph::graph::{Edge, Evidence, KnowledgeGraph, Node, NodeType};
    let mut g = KnowledgeGraph::new();
    for (id, t) in [("country:ARN", NodeType::Country), ("country:GON", NodeType::Country)] {
        g.upsert_node(Node {
            id: id.into(),
            label: id.into(),
            node_type: t,
            aliases: Vec::new(),
            attributes: Default::default(),
            ids: Default::default(),
            mentions: Vec::new(),
        });
    }
    let ev = |sentence: usize, rule: &str| Evidence {
        doc: "d".into(),
        sentence,
        start: 10 * sentence,
        end: 10 * sentence + 9,
        text: format!("sentence {sentence}"),
        rule: rule.into(),
    };
    // the same sentence read by two rules, in two documents' graphs merged, and a
    // second sentence
    for evidence in [vec![ev(1, "talks-held")], vec![ev(1, "cue:cues.tsv:20"), ev(2, "cue:cues.tsv:20")]] {
        g.upsert_edge(Edge {
            id: String::new(),
            source: "country:ARN".into(),
            target: "country:GON".into(),
            relation: newsgraph::graph::Relation::Meets,
            weight: 0,
            attributes: Default::default(),
            evidence,
        });
    }
    g.finish();
    let e = g.edges().next().expect("one edge");
    assert_eq!(e.weight, 2);
    assert_eq!(
        e.evidence.iter().map(|x| (x.sentence, x.rule.as_str())).collect::<Vec<_>>(),
        [(1, "cue:cues.tsv:20"), (2, "cue:cues.tsv:20")]
    );
}

#[test]
fn a_states_congress_is_its_own_not_the_united_states_congress() {
    let text = "Gondor's Congress refused to certify the result on Monday. The Congress met again on Tuesday, \
                and the U.S. Congress criticized the delay.";
    let g = common::pipeline().extract(&[Document::new("a", text)]);
    let gondor = g.node("organization:gondor-congress").expect("Gondor's Congress");
    assert_eq!(gondor.mentions.len(), 2, "the bare repeat is the same body: {:?}", gondor.mentions);
    let us = g.node("organization:united-states-congress").expect("the U.S. Congress");
    assert_eq!(us.mentions.len(), 1, "{:?}", us.mentions);
    assert!(g.edges().any(|e| e.source == "organization:gondor-congress"
        && e.relation.as_str() == "part_of"
        && e.target == "country:GON"));
}
