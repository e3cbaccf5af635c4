//! Articles: the text and metadata of one story, read from plain text,
//! Markdown, JSON / JSON Lines or HTML files, or from standard input, with
//! the checks that keep byte offsets honest.
//!
//! Offsets in every output are byte offsets into the article text: for
//! `.txt` and `.md` the file as read; for JSON the `text` (or `body`) value,
//! preceded by the title and a blank line when the text does not start with
//! it; for HTML the extracted text. Text is never repaired: input that is
//! not valid UTF-8 is rejected (with the byte offset and line of the first
//! bad byte), and binary input (NUL bytes) is refused.

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
    #[error("{doc}:{line}: {message}")]
    Json {
        doc: String,
        line: usize,
        message: String,
    },
    #[error("{doc}: no article text found in the HTML ({message})")]
    Html { doc: String, message: String },
    #[error("{doc}: too large ({bytes} bytes; the limit is {limit}), skipped")]
    TooLarge { doc: String, bytes: u64, limit: u64 },
    #[error("{doc}: line longer than the {limit}-byte article limit, skipped")]
    LineTooLong { doc: String, limit: u64 },
}

impl ArticleError {
    /// The input the error is about.
    pub fn doc(&self) -> &str {
        match self {
            ArticleError::Io { doc, .. }
            | ArticleError::InvalidUtf8 { doc, .. }
            | ArticleError::Binary { doc, .. }
            | ArticleError::Empty { doc }
            | ArticleError::Json { doc, .. }
            | ArticleError::Html { doc, .. }
            | ArticleError::TooLarge { doc, .. }
            | ArticleError::LineTooLong { doc, .. } => doc,
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

/// An id derived from a path: the path as given, without a leading `./`
/// and without its extension ("corpus/kim-condolences").
pub fn id_from_path(path: &Path) -> String {
    // Only a known extension is dropped: "story.txt" is "story", but
    // "minutes.2024" keeps its whole name.
    if Format::of(path).is_some() {
        display(&path.with_extension(""))
    } else {
        display(path)
    }
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

/// A stable 64-bit hash of an article's content and metadata: an
/// unchanged hash means an unchanged article.
pub fn content_hash(a: &Article) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for part in [
        a.title.as_deref(),
        a.outlet.as_deref(),
        a.date.as_deref(),
        a.url.as_deref(),
        Some(a.text.as_str()),
    ] {
        let p = part.unwrap_or("");
        h.update(&(p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    h.digest()
}

/// The articles of an input path: `-` is plain text on standard input.
pub fn read_input(path: &Path) -> Articles {
    if path.as_os_str() == "-" {
        one(read_stdin())
    } else {
        read_file(path)
    }
}

/// Reads an article from standard input (named `-`).
pub fn read_stdin() -> Result<Article, ArticleError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(MAX_ARTICLE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| ArticleError::Io {
            doc: "-".into(),
            source,
        })?;
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(ArticleError::TooLarge {
            doc: "-".into(),
            bytes: bytes.len() as u64,
            limit: MAX_ARTICLE_BYTES as u64,
        });
    }
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

/// The kinds of input file `provenance` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
    JsonLines,
    Html,
}

impl Format {
    /// The format of a path, by its extension.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            "html" | "htm" => Format::Html,
            _ => return None,
        })
    }

    /// Extensions of all readable formats.
    pub const EXTENSIONS: &'static [&'static str] = &[
        "txt", "text", "md", "markdown", "json", "jsonl", "ndjson", "html", "htm",
    ];
}

/// The largest article accepted, in bytes. Larger inputs are refused with
/// a message naming them, so memory stays bounded whatever the input.
pub const MAX_ARTICLE_BYTES: usize = 16 << 20;

/// The largest `.json` document (an object or an array of articles) read
/// whole; larger collections belong in JSON Lines, which are streamed.
pub const MAX_JSON_BYTES: u64 = 64 << 20;

/// The articles of one file, read lazily.
pub type Articles = Box<dyn Iterator<Item = Result<Article, ArticleError>>>;

fn one(r: Result<Article, ArticleError>) -> Articles {
    Box::new(std::iter::once(r))
}

/// Reads every article of a file: one for text, Markdown and HTML, one per
/// object for JSON (an object or an array) and JSON Lines. JSON Lines are
/// streamed line by line; a bad line is an error of its own and the other
/// lines still count. A file named on the command line is read whatever
/// its name: an unknown or missing extension is plain text, as for pipes
/// and process substitution (`<(curl ...)`, a FIFO).
pub fn read_file(path: &Path) -> Articles {
    let doc = display(path);
    let format = Format::of(path).unwrap_or(Format::Text);
    let size = match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => {
            return one(Err(ArticleError::Io {
                doc,
                source: std::io::Error::other("is a directory"),
            }))
        }
        Ok(m) => m.len(),
        Err(source) => return one(Err(ArticleError::Io { doc, source })),
    };
    let id = id_from_path(path);
    if format == Format::JsonLines {
        return match std::fs::File::open(path) {
            Ok(f) => Box::new(JsonLines::new(f, id, doc)),
            Err(source) => one(Err(ArticleError::Io { doc, source })),
        };
    }
    let limit = if format == Format::Json {
        MAX_JSON_BYTES
    } else {
        MAX_ARTICLE_BYTES as u64
    };
    if size > limit {
        return one(Err(ArticleError::TooLarge {
            doc,
            bytes: size,
            limit,
        }));
    }
    // Read at most one byte past the limit: a pipe has no size to check
    // beforehand.
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| {
        std::io::Read::read_to_end(&mut std::io::Read::take(f, limit + 1), &mut bytes)
    });
    if let Err(source) = read {
        return one(Err(ArticleError::Io { doc, source }));
    }
    if bytes.len() as u64 > limit {
        return one(Err(ArticleError::TooLarge {
            doc,
            bytes: bytes.len() as u64,
            limit,
        }));
    }
    let text = match decode(&doc, bytes) {
        Ok(t) => t,
        Err(e) => return one(Err(e)),
    };
    match format {
        Format::Text => one(Ok(from_text(id, doc, text))),
        Format::Markdown => one(Ok(from_markdown(id, doc, text))),
        Format::Html => one(from_html(id, doc, &text)),
        Format::JsonLines | Format::Json => {
            Box::new(from_json_document(&id, &doc, &text).into_iter())
        }
    }
}

/// JSON Lines read one bounded line at a time.
struct JsonLines {
    reader: std::io::BufReader<std::fs::File>,
    id: String,
    doc: String,
    line: usize,
    buf: Vec<u8>,
    done: bool,
}

impl JsonLines {
    fn new(f: std::fs::File, id: String, doc: String) -> JsonLines {
        JsonLines {
            reader: std::io::BufReader::with_capacity(1 << 16, f),
            id,
            doc,
            line: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    /// Reads the next line into `buf`, keeping at most `MAX_ARTICLE_BYTES`
    /// of it; returns (end of file, line too long).
    fn next_line(&mut self) -> std::io::Result<(bool, bool)> {
        use std::io::BufRead;
        self.buf.clear();
        let mut long = false;
        let mut any = false;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok((!any, long));
            }
            any = true;
            let (take, newline) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            let room = MAX_ARTICLE_BYTES.saturating_sub(self.buf.len());
            if take > room {
                long = true;
            }
            self.buf.extend_from_slice(&chunk[..take.min(room)]);
            let used = if newline { take + 1 } else { take };
            self.reader.consume(used);
            if newline {
                return Ok((false, long));
            }
        }
    }
}

impl Iterator for JsonLines {
    type Item = Result<Article, ArticleError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let (eof, long) = match self.next_line() {
                Ok(x) => x,
                Err(source) => {
                    self.done = true;
                    return Some(Err(ArticleError::Io {
                        doc: format!("{}:{}", self.doc, self.line + 1),
                        source,
                    }));
                }
            };
            if eof {
                self.done = true;
                return None;
            }
            self.line += 1;
            let line = self.line;
            if long {
                return Some(Err(ArticleError::LineTooLong {
                    doc: format!("{}:{line}", self.doc),
                    limit: MAX_ARTICLE_BYTES as u64,
                }));
            }
            let Ok(text) = std::str::from_utf8(&self.buf) else {
                return Some(Err(ArticleError::Json {
                    doc: self.doc.clone(),
                    line,
                    message: "invalid UTF-8".into(),
                }));
            };
            if text.trim().is_empty() {
                continue;
            }
            return Some(json_line(&self.id, &self.doc, line, text));
        }
        None
    }
}

fn json_line(id: &str, doc: &str, line: usize, text: &str) -> Result<Article, ArticleError> {
    let err = |message: String| ArticleError::Json {
        doc: doc.to_string(),
        line,
        message,
    };
    // Straight into the fields an article has (no tree of every value,
    // the text copied once): a line is read on the ingest's critical path.
    let fields: JsonFields = serde_json::from_str(text).map_err(|e| {
        if text.trim_start().starts_with('{') {
            err(format!("malformed JSON: {e}"))
        } else if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() {
            err("expected a JSON object".into())
        } else {
            err(format!("malformed JSON: {e}"))
        }
    })?;
    let body = fields
        .text
        .and_then(Scalar::into_text)
        .or_else(|| fields.body.and_then(Scalar::into_text))
        .ok_or_else(|| err("no \"text\" or \"body\" field".into()))?;
    let title = fields.title.and_then(Scalar::into_text);
    Ok(Article {
        id: fields
            .id
            .and_then(Scalar::into_text)
            .unwrap_or_else(|| format!("{id}#{line}")),
        doc: doc.to_string(),
        text: compose_owned(title.as_deref(), body),
        title,
        outlet: fields.outlet.and_then(Scalar::into_text),
        date: fields.date.and_then(Scalar::into_text),
        url: fields.url.and_then(Scalar::into_text),
    })
}

/// The fields of a JSON article (others are skipped).
#[derive(serde::Deserialize)]
struct JsonFields {
    text: Option<Scalar>,
    body: Option<Scalar>,
    id: Option<Scalar>,
    title: Option<Scalar>,
    outlet: Option<Scalar>,
    date: Option<Scalar>,
    url: Option<Scalar>,
}

/// A JSON value read as a field's text: a string, or a number written
/// out; anything else (null, a list, an object) is none.
enum Scalar {
    Text(String),
    Other,
}

impl Scalar {
    /// The text, when it is not blank.
    fn into_text(self) -> Option<String> {
        match self {
            Scalar::Text(s) if !s.trim().is_empty() => Some(s),
            _ => None,
        }
    }
}

impl<'de> serde::Deserialize<'de> for Scalar {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Scalar, E> {
                Ok(Scalar::Text(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_string()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_unit<E>(self) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
        }
        d.deserialize_any(V)
    }
}

fn display(path: &Path) -> String {
    let s = path.display().to_string();
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Markdown: the first `# ` heading (or first line) is the title.
fn from_markdown(id: String, doc: String, text: String) -> Article {
    let mut a = from_text(id, doc, text);
    if let Some(h) = a.text.lines().find_map(|l| l.trim().strip_prefix("# ")) {
        a.title = Some(h.trim().to_string());
    }
    a
}

/// HTML: title and main text by readability extraction (dom_smoothie).
fn from_html(id: String, doc: String, html: &str) -> Result<Article, ArticleError> {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let err = |message: String| ArticleError::Html {
        doc: doc.clone(),
        message,
    };
    let mut r =
        dom_smoothie::Readability::new(html, None, Some(cfg)).map_err(|e| err(e.to_string()))?;
    let art = r.parse().map_err(|e| err(e.to_string()))?;
    let body = art.text_content.trim().to_string();
    if body.is_empty() {
        return Err(err("empty body".into()));
    }
    let title = art.title.trim().to_string();
    let text = compose(
        Some(&title).filter(|t| !t.is_empty()).map(|t| t.as_str()),
        &body,
    );
    Ok(Article {
        id,
        doc: doc.clone(),
        title: (!title.is_empty()).then_some(title),
        date: art.published_time.clone(),
        outlet: art.site_name.clone(),
        url: art.url.clone(),
        text,
    })
}

/// [`compose`] that keeps the body's allocation when no title goes first.
fn compose_owned(title: Option<&str>, body: String) -> String {
    match title {
        Some(t) if !t.trim().is_empty() && !body.trim_start().starts_with(t.trim()) => {
            format!("{}\n\n{}", t.trim(), body)
        }
        _ => body,
    }
}

/// The article text from a title and a body: the title line first, unless
/// the body already opens with it.
fn compose(title: Option<&str>, body: &str) -> String {
    match title {
        Some(t) if !t.trim().is_empty() && !body.trim_start().starts_with(t.trim()) => {
            format!("{}\n\n{}", t.trim(), body)
        }
        _ => body.to_string(),
    }
}

fn str_field(v: &serde_json::Value, k: &str) -> Option<String> {
    match &v[k] {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// One JSON object as an article (`text` or `body`, optional `id`,
/// `title`, `url`, `date`, `outlet`).
fn from_json_value(
    v: &serde_json::Value,
    fallback_id: String,
    doc: &str,
    line: usize,
) -> Result<Article, ArticleError> {
    let err = |message: String| ArticleError::Json {
        doc: doc.to_string(),
        line,
        message,
    };
    if !v.is_object() {
        return Err(err("expected a JSON object".into()));
    }
    let body = str_field(v, "text")
        .or_else(|| str_field(v, "body"))
        .ok_or_else(|| err("no \"text\" or \"body\" field".into()))?;
    let title = str_field(v, "title");
    Ok(Article {
        id: str_field(v, "id").unwrap_or(fallback_id),
        doc: doc.to_string(),
        text: compose(title.as_deref(), &body),
        title,
        outlet: str_field(v, "outlet"),
        date: str_field(v, "date"),
        url: str_field(v, "url"),
    })
}

#[cfg(test)]
fn from_json_lines(id: &str, doc: &str, text: &str) -> Vec<Result<Article, ArticleError>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| json_line(id, doc, n + 1, l))
        .collect()
}

fn from_json_document(id: &str, doc: &str, text: &str) -> Vec<Result<Article, ArticleError>> {
    let v: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return vec![Err(ArticleError::Json {
                doc: doc.to_string(),
                line: e.line(),
                message: format!("malformed JSON: {e}"),
            })]
        }
    };
    match v {
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| from_json_value(item, format!("{id}#{}", i + 1), doc, 1))
            .collect(),
        other => vec![from_json_value(&other, id.to_string(), doc, 1)],
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
    fn json_lines_report_the_bad_line_and_keep_the_rest() {
        let text =
            "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Body.\"}\n{broken\n{\"body\":\"B.\"}\n";
        let r = from_json_lines("f", "f.jsonl", text);
        assert_eq!(r.len(), 3);
        let a = r[0].as_ref().unwrap();
        assert_eq!((a.id.as_str(), a.text.as_str()), ("a", "T\n\nBody."));
        let e = r[1].as_ref().unwrap_err().to_string();
        assert!(e.starts_with("f.jsonl:2: malformed JSON"), "{e}");
        assert_eq!(r[2].as_ref().unwrap().id, "f#3");
    }

    #[test]
    fn html_main_text_is_extracted() {
        let html = "<html><head><title>Quake hits town</title></head><body><nav>Menu Home</nav>\
            <article><h1>Quake hits town</h1><p>A strong earthquake hit the town on Friday, state media reported. \
            Officials said 40 people were injured and many houses were damaged.</p>\
            <p>Rescue teams were sent to the area, the ministry said in a statement on its website.</p></article></body></html>";
        let a = from_html("q".into(), "q.html".into(), html).unwrap();
        assert_eq!(a.title.as_deref(), Some("Quake hits town"));
        assert!(a.text.contains("state media reported"), "{}", a.text);
        assert!(!a.text.contains("Menu Home"));
        let err = from_html("e".into(), "e.html".into(), "<html><head></head></html>").unwrap_err();
        assert!(err.to_string().contains("e.html"));
    }

    #[test]
    fn content_hash_changes_with_content() {
        let a = from_text("x".into(), "x".into(), "T\nBody.".into());
        let mut b = a.clone();
        assert_eq!(content_hash(&a), content_hash(&b));
        b.text.push('!');
        assert_ne!(content_hash(&a), content_hash(&b));
    }

    #[test]
    fn title_is_first_non_empty_line() {
        let a = from_text("x".into(), "x".into(), "\n\n Headline \nBody.".into());
        assert_eq!(a.title.as_deref(), Some("Headline"));
    }
}
