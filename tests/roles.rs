//! Role attributes that sentence cases cannot check: the post recorded on an edge.

use newsgraph::Document;

mod common;

/// The post recorded on the edge from `source` to `target` in the graph of `text`.
fn post(text: &str, source: &str, target: &str) -> Option<String> {
    let g = common::pipeline().extract(&[Document::new("a", text)]);
    let edge = g.edges().find(|e| e.source == source && e.target == target)?;
    edge.attributes.get("role").and_then(|v| v.as_str()).map(str::to_string)
}

#[test]
fn a_counterpart_takes_the_post_of_the_person_he_is_counterpart_to() {
    let text = "Arnorian Foreign Minister Dan Moll held talks with his Gondorian counterpart Ann Vale in Minas.";
    assert_eq!(post(text, "person:ann-vale", "country:GON").as_deref(), Some("Foreign Minister"));
}

#[test]
fn a_founder_holds_the_post_of_founder_cased_as_a_title() {
    let text = "Tom Garrick founded the Varnex Corp in 1990.";
    assert_eq!(post(text, "person:tom-garrick", "organization:varnex-corp").as_deref(), Some("Founder"));
}

#[test]
fn a_counterpart_holds_the_general_name_of_a_post_one_state_names_its_own_way() {
    let text = "Arnorian Secretary of State Dan Moll held talks with his Gondorian counterpart Ann Vale.";
    assert_eq!(post(text, "person:ann-vale", "country:GON").as_deref(), Some("Foreign Minister"));
    assert_eq!(post(text, "person:dan-moll", "country:ARN").as_deref(), Some("Secretary of State"));
}

#[test]
fn a_qualifier_before_the_titles_state_belongs_to_the_post() {
    let text = "Former Gondorian President Ann Vale was sentenced in Minas.";
    assert_eq!(post(text, "person:ann-vale", "country:GON").as_deref(), Some("Former President"));
    let text = "Gondor's acting Prime Minister Ann Vale said talks would resume.";
    assert_eq!(post(text, "person:ann-vale", "country:GON").as_deref(), Some("Acting Prime Minister"));
}

#[test]
fn a_qualifier_before_an_envoys_state_belongs_to_the_post() {
    let text = "Former Arnorian ambassador to Gondor Tom Brand criticised the deal. Rohirrim Ambassador to Angmar Dan Moll agreed.";
    assert_eq!(post(text, "person:tom-brand", "country:ARN").as_deref(), Some("Former Ambassador to Gondor"));
    assert_eq!(post(text, "person:dan-moll", "country:ROH").as_deref(), Some("Ambassador to Angmar"));
}

#[test]
fn a_post_in_lower_case_takes_the_listed_casing() {
    let text = "Ann Vale was appointed White Council secretary general last year.";
    assert_eq!(post(text, "person:ann-vale", "organization:white-council").as_deref(), Some("Secretary General"));
    let text = "The president of Gondor, Ann Vale, met Rohirrim officials in Minas.";
    assert_eq!(post(text, "person:ann-vale", "country:GON").as_deref(), Some("President"));
}

#[test]
fn a_former_post_of_the_dateline_state_keeps_former() {
    let text = "MINAS TIRITH, March 15 (Reuters) - Gondor voted on Sunday. The vote was called by former prime minister Ann Vale.";
    assert_eq!(post(text, "person:ann-vale", "country:GON").as_deref(), Some("Former Prime Minister"));
}

#[test]
fn an_unlisted_post_is_cased_as_a_title() {
    let text = "White Council official Ann Vale said the talks would resume.";
    assert_eq!(post(text, "person:ann-vale", "organization:white-council").as_deref(), Some("Official"));
}

#[test]
fn a_post_given_by_a_body_keeps_its_small_words_and_names() {
    let text = "Tom Brand, who was appointed ambassador to Gondor by Arnor in 2019, said talks failed.";
    assert_eq!(post(text, "person:tom-brand", "country:ARN").as_deref(), Some("Ambassador to Gondor"));
}
