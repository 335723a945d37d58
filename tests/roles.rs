//! Role attributes that sentence cases cannot check: the post recorded on an edge.

use newsgraph::Document;

mod common;

#[test]
fn a_counterpart_takes_the_post_of_the_person_he_is_counterpart_to() {
    let docs = [Document::new(
        "a",
        "Arnorian Foreign Minister Dan Moll held talks with his Gondorian counterpart Ann Vale in Minas.",
    )];
    let g = common::pipeline().extract(&docs);
    let edge = g
        .edges()
        .find(|e| e.source == "person:ann-vale" && e.target == "country:GON")
        .expect("Ann Vale holds a post of Gondor");
    assert_eq!(edge.attributes.get("role").and_then(|v| v.as_str()), Some("Foreign Minister"));
}

#[test]
fn a_founder_holds_the_post_of_founder() {
    let docs = [Document::new("a", "Tom Garrick founded the Varnex Corp in 1990.")];
    let g = common::pipeline().extract(&docs);
    let edge = g
        .edges()
        .find(|e| e.source == "person:tom-garrick" && e.target == "organization:varnex-corp")
        .expect("Tom Garrick holds a post in Varnex Corp");
    assert_eq!(edge.attributes.get("role").and_then(|v| v.as_str()), Some("founder"));
}
