//! Articles: the text and metadata of one story, read from a file or from
//! standard input, with the checks that keep byte offsets honest.
//!
//! Offsets in every output are byte offsets into the text as read, so the
//! text is never rewritten: input that is not valid UTF-8 is rejected (with
//! the byte offset and line of the first bad byte) rather than repaired,
//! and binary input (NUL bytes) is refused.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// Stable id: the given id, or derived from the path.
    pub id: String,
    /// The name the user gave (path as given, or `-` for stdin).
    pub doc: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// The full text; its first non-empty line is the title.
    pub text: String,
}

/// Why an input could not be read as an article.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    #[error("{doc}: cannot read: {source}")]
    Io {
        doc: String,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{doc}: invalid UTF-8 at byte {offset} (line {line}); convert the file to UTF-8 first"
    )]
    InvalidUtf8 {
        doc: String,
        offset: usize,
        line: usize,
    },
    #[error("{doc}: binary file (NUL byte at offset {offset}), skipped")]
    Binary { doc: String, offset: usize },
    #[error("{doc}: empty file, nothing to annotate")]
    Empty { doc: String },
}

impl ArticleError {
    /// The input the error is about.
    pub fn doc(&self) -> &str {
        match self {
            ArticleError::Io { doc, .. }
            | ArticleError::InvalidUtf8 { doc, .. }
            | ArticleError::Binary { doc, .. }
            | ArticleError::Empty { doc } => doc,
        }
    }
}

/// Checks raw bytes and makes them an article's text.
pub fn decode(doc: &str, bytes: Vec<u8>) -> Result<String, ArticleError> {
    let probe = &bytes[..bytes.len().min(8192)];
    if let Some(offset) = memchr_nul(probe) {
        return Err(ArticleError::Binary {
            doc: doc.to_string(),
            offset,
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            if text
                .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
                .is_empty()
            {
                return Err(ArticleError::Empty {
                    doc: doc.to_string(),
                });
            }
            Ok(text)
        }
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Err(ArticleError::InvalidUtf8 {
                doc: doc.to_string(),
                offset,
                line,
            })
        }
    }
}

fn memchr_nul(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == 0)
}

/// An id derived from a path: the file name without its extension.
pub fn id_from_path(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads a plain-text article (`.txt`): the first non-empty line is the title.
pub fn read_text_file(path: &Path) -> Result<Article, ArticleError> {
    let doc = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| ArticleError::Io {
        doc: doc.clone(),
        source,
    })?;
    let text = decode(&doc, bytes)?;
    Ok(from_text(id_from_path(path), doc, text))
}

/// Reads an article from standard input (named `-`).
pub fn read_stdin() -> Result<Article, ArticleError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|source| ArticleError::Io {
            doc: "-".into(),
            source,
        })?;
    let text = decode("-", bytes)?;
    Ok(from_text("-".into(), "-".into(), text))
}

/// An article from text whose first non-empty line is the title.
pub fn from_text(id: String, doc: String, text: String) -> Article {
    let title = text
        .lines()
        .map(|l| l.trim().trim_start_matches('\u{feff}'))
        .find(|l| !l.is_empty())
        .map(str::to_string);
    Article {
        id,
        doc,
        title,
        text,
        ..Article::default()
    }
}

/// Expands the command line's inputs: files as given, directories walked
/// recursively for files with one of `exts` (in name order), `-` for stdin
/// (also when there are no inputs). A directory that cannot be read is
/// returned as is, so that reading it reports the error with its name.
pub fn input_paths(args: &[PathBuf], exts: &[&str]) -> Vec<PathBuf> {
    if args.is_empty() {
        return vec![PathBuf::from("-")];
    }
    let mut out = Vec::new();
    for a in args {
        if a.is_dir() {
            walk(a, exts, &mut out);
        } else {
            out.push(a.clone());
        }
    }
    out
}

fn walk(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        out.push(dir.to_path_buf());
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, exts, out);
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| exts.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_invalid_utf8_with_position() {
        let err = decode("a.txt", b"Title\nok \xff bad".to_vec()).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("a.txt") && msg.contains("byte 9") && msg.contains("line 2"),
            "{msg}"
        );
    }

    #[test]
    fn rejects_binary_and_empty() {
        assert!(matches!(
            decode("b", b"PK\0\x03".to_vec()),
            Err(ArticleError::Binary { .. })
        ));
        assert!(matches!(
            decode("e", b"  \n\n".to_vec()),
            Err(ArticleError::Empty { .. })
        ));
    }

    #[test]
    fn title_is_first_non_empty_line() {
        let a = from_text("x".into(), "x".into(), "\n\n Headline \nBody.".into());
        assert_eq!(a.title.as_deref(), Some("Headline"));
    }
}
