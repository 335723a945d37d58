//! SVG drawn in-process, with no Graphviz installed: the DOT export is
//! laid out and rendered by the pure-Rust `layout-rs` crate (a layered
//! layout, like Graphviz `dot`), so it has the same shapes, colours and
//! edge labels. `layout-rs` escapes the text it writes.
//!
//! Two things are settled here rather than left to `layout-rs`: its font
//! style rules come out of a hash map, so they are sorted to make the output
//! byte-stable; and an empty graph, which it cannot lay out, is an empty
//! drawing.

use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};

use layout::backends::svg::SVGWriter;
use layout::gv::{DotParser, GraphBuilder};

use crate::graph::KnowledgeGraph;

const EMPTY: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n\
<svg width=\"10\" height=\"10\" viewBox=\"0 0 10 10\" xmlns=\"http://www.w3.org/2000/svg\"></svg>\n";

/// Lay out and render DOT text as SVG.
pub fn render_dot(dot: &str) -> io::Result<String> {
    let mut parser = DotParser::new(dot);
    let ast = parser.process().map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("DOT: {e}")))?;
    // layout-rs asserts on shapes of graphs it cannot handle; report, don't abort
    let svg = catch_unwind(AssertUnwindSafe(|| {
        let mut builder = GraphBuilder::new();
        builder.visit_graph(&ast);
        let mut graph = builder.get();
        let mut writer = SVGWriter::new();
        graph.do_it(false, false, false, &mut writer);
        writer.finalize()
    }))
    .map_err(|_| io::Error::other("the SVG layout failed on this graph"))?;
    Ok(sort_style_rules(&svg))
}

/// Sort the lines of the `<style>` block, which `layout-rs` writes in hash
/// map order.
fn sort_style_rules(svg: &str) -> String {
    let (Some(start), Some(end)) = (svg.find("<style>\n"), svg.find("</style>")) else {
        return svg.to_string();
    };
    let body = start + "<style>\n".len();
    if end < body {
        return svg.to_string();
    }
    let mut rules: Vec<&str> = svg[body..end].lines().collect();
    rules.sort_unstable();
    let mut out = String::with_capacity(svg.len());
    out.push_str(&svg[..body]);
    for r in rules {
        out.push_str(r);
        out.push('\n');
    }
    out.push_str(&svg[end..]);
    out
}

/// Write the graph as SVG.
pub fn write(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    if graph.is_empty() {
        return out.write_all(EMPTY.as_bytes());
    }
    let mut dot = Vec::new();
    super::dot::write(graph, &mut dot)?;
    let dot = String::from_utf8(dot).map_err(io::Error::other)?;
    let svg = render_dot(&dot)?;
    out.write_all(svg.as_bytes())?;
    if !svg.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::testgraph;
    use super::super::{Format, to_string};
    use super::*;

    fn texts(svg: &str) -> Vec<String> {
        let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
        doc.descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|t| t.descendants().filter(|d| d.is_text()).filter_map(|d| d.text()).collect::<Vec<_>>().join("\n"))
            .collect()
    }

    #[test]
    fn renders_every_label_as_well_formed_svg() {
        let g = testgraph::graph();
        let svg = to_string(&g, Format::Svg);
        assert!(svg.contains("<svg"));
        let texts = texts(&svg);
        for n in g.nodes() {
            // DOT drops control characters and keeps line breaks
            let want: String = n.label.chars().filter(|c| *c == '\n' || !c.is_control()).collect();
            assert!(texts.contains(&want), "label {want:?} not drawn; texts: {texts:?}");
        }
        assert!(texts.iter().any(|t| t == "threatens (negated)"));
    }

    #[test]
    fn empty_graph_is_an_empty_drawing() {
        let svg = to_string(&crate::graph::KnowledgeGraph::new(), Format::Svg);
        assert!(texts(&svg).is_empty());
    }

    #[test]
    fn style_rules_are_sorted() {
        let s = "<svg><style>\n.b {}\n.a {}\n</style>\n<g/></svg>";
        assert_eq!(sort_style_rules(s), "<svg><style>\n.a {}\n.b {}\n</style>\n<g/></svg>");
    }
}
