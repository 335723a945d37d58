//! Input: plain-text articles and JSONL streams of documents.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::graph::DocumentInfo;

/// One article to process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

impl Document {
    /// A document with only an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document { id: id.into(), text: text.into(), source: None, title: None, date: None, url: None }
    }

    /// The document's entry in the output's `documents` list.
    pub fn info(&self) -> DocumentInfo {
        DocumentInfo {
            id: self.id.clone(),
            source: self.source.clone(),
            title: self.title.clone(),
            date: self.date.clone(),
            url: self.url.clone(),
        }
    }
}

/// How an input file is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// The whole file is one article.
    Text,
    /// One JSON object a line: `{"id", "text", "date"?, "url"?, "title"?}`.
    Jsonl,
}

#[derive(Deserialize)]
struct JsonlDoc {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// Read the bytes of `path` (`-` is standard input) as UTF-8.
pub fn read_to_string(path: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    let io_err = |source| Error::Io { path: path.to_path_buf(), source };
    if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes).map_err(io_err)?;
    } else {
        bytes = std::fs::read(path).map_err(io_err)?;
    }
    String::from_utf8(bytes)
        .map_err(|e| Error::NotUtf8 { path: path.to_path_buf(), offset: e.utf8_error().valid_up_to() })
}

/// Read the documents in `path` (`-` is standard input).
///
/// A text file is one document whose id is `doc-N` (`n` counts the inputs
/// from 1) and whose source is the path.
pub fn read_documents(path: &Path, kind: InputKind, n: usize) -> Result<Vec<Document>> {
    let text = read_to_string(path)?;
    match kind {
        InputKind::Text => {
            let mut doc = Document::new(format!("doc-{n}"), text);
            doc.source = Some(if path.as_os_str() == "-" { "-".into() } else { path.display().to_string() });
            Ok(vec![doc])
        }
        InputKind::Jsonl => parse_jsonl(&text, path),
    }
}

/// Parse a JSONL stream; errors name the path and the line.
pub fn parse_jsonl(text: &str, path: &Path) -> Result<Vec<Document>> {
    let mut docs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let d: JsonlDoc = serde_json::from_str(line).map_err(|e| Error::line(path, line_no, e.to_string()))?;
        let id = match d.id {
            serde_json::Value::String(s) => s,
            serde_json::Value::Number(n) => n.to_string(),
            _ => return Err(Error::line(path, line_no, "\"id\" must be a string or a number")),
        };
        if id.is_empty() {
            return Err(Error::line(path, line_no, "\"id\" is empty"));
        }
        docs.push(Document {
            id,
            text: d.text,
            source: Some(path_display(path)),
            title: d.title,
            date: d.date,
            url: d.url,
        });
    }
    Ok(docs)
}

fn path_display(path: &Path) -> String {
    if path.as_os_str() == "-" { "-".into() } else { PathBuf::from(path).display().to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_errors_name_the_line() {
        let err = parse_jsonl("{\"id\":\"a\",\"text\":\"x\"}\nnot json\n", Path::new("in.jsonl")).unwrap_err();
        assert!(err.to_string().starts_with("in.jsonl:2:"), "{err}");
    }

    #[test]
    fn jsonl_reads_ids_and_dates() {
        let docs = parse_jsonl("{\"id\":7,\"text\":\"x\",\"date\":\"2025-06-01\"}\n\n", Path::new("d")).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "7");
        assert_eq!(docs[0].date.as_deref(), Some("2025-06-01"));
    }
}
