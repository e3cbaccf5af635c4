//! The optional configuration file, `provenance.toml`: read from the
//! working directory, else from `$XDG_CONFIG_HOME/provenance/` (by default
//! `~/.config/provenance/`). It sets defaults that flags and the environment
//! override:
//!
//! ```toml
//! index = "/data/news-index"        # default index directory
//! lexicons = ["extra-outlets.tsv"]  # loaded before any --lexicon
//! color = "never"                   # auto | always | never
//! ```
//!
//! Relative paths are relative to the file's directory.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;

/// The configuration (all fields optional).
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub index: Option<PathBuf>,
    #[serde(default)]
    pub lexicons: Vec<PathBuf>,
    pub color: Option<Color>,
    /// The file it was read from.
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// An unreadable or invalid configuration file.
#[derive(Debug, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub struct ConfigError {
    pub path: PathBuf,
    pub message: String,
}

/// The file name looked for.
pub const FILE: &str = "provenance.toml";

fn candidates() -> Vec<PathBuf> {
    let mut out = vec![PathBuf::from(FILE)];
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")));
    if let Some(b) = base {
        out.push(b.join("provenance").join(FILE));
    }
    out
}

/// Parses a configuration file.
pub fn read(path: &Path) -> Result<Config, ConfigError> {
    let err = |message: String| ConfigError {
        path: path.to_path_buf(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
    let mut c: Config = toml::from_str(&text).map_err(|e| err(e.to_string().trim().to_string()))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let resolve = |p: &PathBuf| {
        if p.is_relative() {
            dir.join(p)
        } else {
            p.clone()
        }
    };
    c.index = c.index.as_ref().map(resolve);
    c.lexicons = c.lexicons.iter().map(resolve).collect();
    c.path = Some(path.to_path_buf());
    Ok(c)
}

/// Finds and reads the configuration; none is an empty one.
pub fn load() -> Result<Config, ConfigError> {
    match candidates().into_iter().find(|p| p.is_file()) {
        Some(p) => read(&p),
        None => Ok(Config::default()),
    }
}

static CONFIG: OnceLock<Config> = OnceLock::new();

/// Installs the configuration for this process (once, at start).
pub fn install(c: Config) {
    let _ = CONFIG.set(c);
}

/// The installed configuration (empty if none was installed).
pub fn get() -> &'static Config {
    CONFIG.get_or_init(Config::default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_resolves_relative_paths() {
        let t = std::env::temp_dir().join(format!("prov-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&t).unwrap();
        let p = t.join(FILE);
        std::fs::write(
            &p,
            "index = \"idx\"\nlexicons = [\"a.tsv\"]\ncolor = \"never\"\n",
        )
        .unwrap();
        let c = read(&p).unwrap();
        assert_eq!(c.index, Some(t.join("idx")));
        assert_eq!(c.lexicons, [t.join("a.tsv")]);
        assert_eq!(c.color, Some(Color::Never));
        std::fs::write(&p, "colour = \"never\"\n").unwrap();
        let e = read(&p).unwrap_err().to_string();
        assert!(e.contains("provenance.toml") && e.contains("colour"), "{e}");
    }
}
