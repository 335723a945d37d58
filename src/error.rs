//! Library errors. Processing text never fails; reading input and loading
//! user data can, and every such error names the file and, where there is
//! one, the line.

use std::path::PathBuf;

/// An error from reading input or loading user data.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    /// The file is not valid UTF-8.
    #[error("{path}: not valid UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 { path: PathBuf, offset: usize },
    /// A line of a data file (JSONL input, TSV gazetteer or cue table) is malformed.
    #[error("{path}:{line}: {message}")]
    Line { path: PathBuf, line: usize, message: String },
}

impl Error {
    pub(crate) fn line(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Error::Line { path: path.into(), line, message: message.into() }
    }
}

/// Result with the library's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
