//! The README's gazetteer example is a file the loader accepts.

use std::path::Path;

use newsgraph::lexicon::Lexicon;

#[test]
fn readme_gazetteer_example_loads() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme.find("```tsv\n").expect("a ```tsv block in the README") + "```tsv\n".len();
    let end = start + readme[start..].find("```").expect("closed block");
    let mut lex = Lexicon::builtin();
    lex.add_gazetteer_str(&readme[start..end], "README.md").expect("the README's example loads");
    let g = &lex.gazetteer;
    let wagner = g.find_id("organization:wagner-group").expect("Wagner Group row");
    assert_eq!(g.entry(wagner).country.as_deref(), Some("country:RUS"));
    assert!(g.find_id("location:minas-tirith").is_some());
}
