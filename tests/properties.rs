//! Properties that hold for any input text.

use newsgraph::{Document, Pipeline};
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(Pipeline::new)
}

/// Text that looks a little like news: names, titles, punctuation, quotes.
fn newsish() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Iran",
        "Iran’s",
        "U.S.",
        "President",
        "Foreign",
        "Minister",
        "Ali",
        "Reza",
        "said",
        "met",
        "with",
        "the",
        "and",
        "attacked",
        "“",
        "”",
        ".",
        ",",
        "\n",
        "Washington",
        "talks",
        "between",
        "Mr.",
        "bin",
        "Al",
        "é",
        "—",
        "led",
        "by",
        "threatened",
        "to",
        "strike",
        "he",
        "she",
        "Ministry",
        "of",
        "Defense",
        "in",
        "Muscat",
        "0",
    ]);
    prop::collection::vec(words, 0..60).prop_map(|w| w.join(" "))
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let a = pipeline().analyze(text);
    for t in &a.tokens {
        prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end) && t.start < t.end);
    }
    for m in &a.mentions {
        prop_assert!(text.get(m.start..m.end).is_some(), "mention span {}..{} does not slice the text", m.start, m.end);
    }
    let g = pipeline().extract(&[Document::new("d", text)]);
    let chars: Vec<char> = text.chars().collect();
    for n in g.nodes() {
        for m in &n.mentions {
            prop_assert!(m.start <= m.end && m.end <= chars.len());
            let s: String = chars[m.start..m.end].iter().collect();
            prop_assert_eq!(&s, &m.text, "character offsets must slice the mention text");
        }
    }
    for e in g.edges() {
        prop_assert!(g.node(&e.source).is_some() && g.node(&e.target).is_some());
        for ev in &e.evidence {
            let s: String = chars[ev.start..ev.end].iter().collect();
            prop_assert_eq!(&s, &ev.text);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_string_never_panics_and_spans_slice(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn newsish_text_spans_slice(text in newsish()) {
        check(&text)?;
    }

    #[test]
    fn prefix_shifts_every_span(text in newsish()) {
        let prefix = "Unrelated words here.\n\n";
        let a = pipeline().analyze(&text);
        let b = pipeline().analyze(&format!("{prefix}{text}"));
        let shift = prefix.len();
        let spans_a: Vec<(usize, usize, String)> = a.mentions.iter().map(|m| (m.start + shift, m.end + shift, m.entity.clone())).collect();
        let spans_b: Vec<(usize, usize, String)> = b.mentions.iter().map(|m| (m.start, m.end, m.entity.clone())).collect();
        prop_assert_eq!(spans_a, spans_b);
    }

    #[test]
    fn output_is_deterministic(text in newsish()) {
        let g1 = pipeline().extract(&[Document::new("d", text.clone())]);
        let g2 = pipeline().extract(&[Document::new("d", text)]);
        let j1 = newsgraph::export::to_string(&g1, newsgraph::export::Format::Json);
        let j2 = newsgraph::export::to_string(&g2, newsgraph::export::Format::Json);
        prop_assert_eq!(j1, j2);
    }
}

#[test]
fn thread_count_does_not_change_output() {
    let docs: Vec<Document> = (0..40)
        .map(|i| {
            Document::new(
                format!("d{i}"),
                format!("Iran's Foreign Minister Ali Rezaei met Oman's envoy. Israel attacked Gaza {i} times."),
            )
        })
        .collect();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("pool");
        pool.install(|| newsgraph::export::to_string(&pipeline().extract(&docs), newsgraph::export::Format::Json))
    };
    assert_eq!(run(1), run(3));
}

/// A text that opens with a possessive mark and an agent's apposition has no name before
/// the mark (a debug build once overflowed reading back past it).
#[test]
fn possessive_mark_at_text_start_does_not_panic() {
    for text in [" 's ambassador, Tom Brand, said", "'s army, Dan Moll, attacked", "\n’s envoy, Ann Vale, met Iran"] {
        let g = pipeline().extract(&[Document::new("d", text)]);
        assert!(g.edges().all(|e| g.node(&e.source).is_some() && g.node(&e.target).is_some()), "{text}");
    }
}

/// A text that opens with an infinitive joined by "and" to a bare verb has nothing before
/// the "to" (a debug build once overflowed reading the word before it).
#[test]
fn infinitive_at_text_start_does_not_panic() {
    for text in [
        "to withdraw its troops and condemn Foreign Minister Dan Moll",
        "to summon the ambassador and warn of consequences.",
        "To he and condemn during his visit to denies entry to the demanded the withdrawal of",
    ] {
        let g = pipeline().extract(&[Document::new("d", text)]);
        assert!(g.edges().all(|e| g.node(&e.source).is_some() && g.node(&e.target).is_some()), "{text}");
    }
}
