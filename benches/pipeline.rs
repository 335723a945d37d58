//! Pipeline benchmarks: `cargo bench`. The article is the example article
//! repeated, so the figures read as bytes per second of news text.

use divan::Bencher;
use divan::counter::BytesCount;
use newsgraph::export::{Format, to_string};
use newsgraph::{Document, Pipeline};

const ARTICLE: &str = include_str!("../examples/us-iran-talks-oman.txt");

fn main() {
    divan::main();
}

#[divan::bench]
fn load_lexicon() -> Pipeline {
    Pipeline::new()
}

#[divan::bench(args = [1, 16])]
fn extract(bencher: Bencher, copies: usize) {
    let p = Pipeline::new();
    let docs: Vec<Document> = (0..copies).map(|i| Document::new(format!("d{i}"), ARTICLE)).collect();
    let bytes = ARTICLE.len() * copies;
    bencher.counter(BytesCount::new(bytes)).bench(|| p.extract(divan::black_box(&docs)));
}

#[divan::bench]
fn analyze_only(bencher: Bencher) {
    let p = Pipeline::new();
    bencher.counter(BytesCount::new(ARTICLE.len())).bench(|| p.analyze(divan::black_box(ARTICLE)));
}

#[divan::bench(args = [Format::Json, Format::Dot])]
fn export(bencher: Bencher, format: Format) {
    let p = Pipeline::new();
    let g = p.extract(&[Document::new("d", ARTICLE)]);
    bencher.bench(|| to_string(divan::black_box(&g), format));
}

/// One long document made of `copies` articles: the time per byte must not
/// grow with the length (the stages are linear in the input).
#[divan::bench(args = [1, 8, 32])]
fn long_document(bencher: Bencher, copies: usize) {
    let p = Pipeline::new();
    let text = vec![ARTICLE; copies].join("\n\n");
    let docs = [Document::new("long", text.clone())];
    bencher.counter(BytesCount::new(text.len())).bench(|| p.extract(divan::black_box(&docs)));
}
