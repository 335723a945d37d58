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

#[test]
fn work_for_a_body_that_the_clause_dates_to_the_past_is_former() {
    for text in [
        "Tom Brand, who worked for the White Council until 2010, said Arnor had attacked Gondor.",
        "Tom Brand worked for the White Council from 2001 to 2009.",
        "Tom Brand, who once worked for the White Council, was arrested in Minas.",
        "Tom Brand previously worked for the White Council.",
        "Tom Brand had worked for the White Council for years before he was fired.",
        "Tom Brand worked for the White Council until his retirement in 2010.",
        "Tom Brand worked for the White Council until late 2019.",
    ] {
        assert_eq!(post(text, "person:tom-brand", "organization:white-council").as_deref(), Some("Former"), "{text}");
    }
    for text in [
        "Tom Brand works for the White Council.",
        "Tom Brand worked for the White Council and said it was corrupt.",
        "Tom Brand, who had worked for the White Council for ten years, was promoted on Monday.",
        "Tom Brand worked for the White Council until late Tuesday night to secure the deal.",
        "Tom Brand worked for the White Council from 2015.",
    ] {
        let g = common::pipeline().extract(&[Document::new("a", text)]);
        let edge = g.edges().find(|e| e.source == "person:tom-brand" && e.target == "organization:white-council");
        assert!(
            edge.is_some_and(|e| e.relation.as_str() == "works_for" && !e.attributes.contains_key("role")),
            "{text}"
        );
    }
}

#[test]
fn a_rank_before_a_title_belongs_to_the_post() {
    let text = "Arnorian Deputy Treasury Secretary Karen Whitfield said Gondor was lying.";
    assert_eq!(post(text, "person:karen-whitfield", "country:ARN").as_deref(), Some("Deputy Treasury Secretary"));
    let text = "Gondor's deputy ambassador Dan Moll said Arnor abstained.";
    assert_eq!(post(text, "person:dan-moll", "country:GON").as_deref(), Some("Deputy Ambassador"));
    let text = "Arnor's U.N. Ambassador Fiona Marsh called the veto a disgrace.";
    assert_eq!(post(text, "person:fiona-marsh", "country:ARN").as_deref(), Some("U.N. Ambassador"));
}

#[test]
fn a_counterpart_takes_the_post_an_apposition_gave_the_person_before_him() {
    let text = "Arnor's foreign minister, Dan Moll, met her Gondorian counterpart Ann Vale on the sidelines.";
    assert_eq!(post(text, "person:ann-vale", "country:GON").as_deref(), Some("Foreign Minister"));
    let g = common::pipeline().extract(&[Document::new("a", text)]);
    let roles = g.node("person:ann-vale").and_then(|n| n.attributes.get("roles")).cloned();
    assert_eq!(
        roles,
        Some(serde_json::json!(["Foreign Minister"])),
        "the node's roles say the post, not 'Counterpart'"
    );
    // (not the post of one named after him)
    let text = "Dan Moll, Arnor's defence minister, planned to meet his Gondorian counterpart Ann Vale and Gondorian President Tom Brand.";
    assert_eq!(post(text, "person:ann-vale", "country:GON").as_deref(), Some("Defence Minister"));
}

#[test]
fn former_before_a_nationality_belongs_to_the_post() {
    let text = "Rohan granted asylum on Tuesday to a former Gondorian interior minister, Tom Brand, who is wanted in Minas Tirith.";
    assert_eq!(post(text, "person:tom-brand", "country:GON").as_deref(), Some("Former Interior Minister"));
    let text = "Rohan granted asylum on Tuesday to a Gondorian interior minister, Tom Brand, who fled Minas Tirith.";
    assert_eq!(post(text, "person:tom-brand", "country:GON").as_deref(), Some("Interior Minister"));
}

#[test]
fn a_counterpart_takes_the_post_of_the_person_the_sentence_before_named() {
    let text = "Arnor's foreign minister Tom Brand spoke on Monday. His Gondorian counterpart, Mary Holt, said the talks went well.";
    assert_eq!(post(text, "person:mary-holt", "country:GON").as_deref(), Some("Foreign Minister"));
}

#[test]
fn a_counterpart_takes_the_post_of_the_person_named_two_sentences_before_past_a_quote() {
    let text = "Gondorian Defence Minister Dan Moll spoke after the signing ceremony in Edoras. \"We are not \
                preparing for war,\" he said. His Arnorian counterpart, Tom Reed, said the project would be coordinated.";
    assert_eq!(post(text, "person:tom-reed", "country:ARN").as_deref(), Some("Defence Minister"));
    // (not past a sentence that names another)
    let text = "Gondorian Defence Minister Dan Moll spoke in Edoras. Ann Vale also spoke. His Arnorian counterpart, \
                Tom Reed, said the project would be coordinated.";
    assert_ne!(post(text, "person:tom-reed", "country:ARN").as_deref(), Some("Defence Minister"));
}

#[test]
fn a_post_held_before_gives_no_country_to_act_for() {
    let g = common::pipeline().extract(&[Document::new(
        "a",
        "President Ann Vale, a former Arnorian diplomat, vetoed the law. Tom Brand, an Arnorian diplomat, said nothing.",
    )]);
    let country = |id: &str| {
        let n = g.nodes().find(|n| n.id == id).expect("node");
        n.attributes.get("country").and_then(|v| v.as_str()).map(str::to_string)
    };
    assert_eq!(country("person:ann-vale"), None);
    assert_eq!(country("person:tom-brand").as_deref(), Some("country:ARN"));
}

#[test]
fn a_counterpart_takes_the_post_of_the_person_named_before_him_whose_post_an_earlier_sentence_gave() {
    let text = "Gondorian Defence Secretary Tom Brand condemned the manoeuvres. Rohan denied it. Angmarian Foreign \
                Minister Ann Vale told reporters that Angmar would act. Brand is scheduled to meet his Arnorian \
                counterpart, Dan Moll, in Annuminas next month.";
    assert_eq!(post(text, "person:dan-moll", "country:ARN").as_deref(), Some("Defence Minister"));
}
