//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `../shared` beside the project, when it exists. Tests that need it call
/// this and return early (with a message on stderr) when it is absent.
pub fn shared(sub: &str) -> Option<PathBuf> {
    let dir = root().join("../shared").join(sub);
    if dir.exists() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is absent", dir.display());
        None
    }
}

/// The project directory.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The path of the built `provenance` binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_provenance"))
}

/// Runs the binary in `cwd`, isolated from the caller's index and
/// configuration.
pub fn run(args: &[&str], cwd: &Path) -> Output {
    Command::new(bin())
        .args(args)
        .current_dir(cwd)
        .env_remove("PROVENANCE_INDEX")
        .env("XDG_CONFIG_HOME", cwd.join(".no-config"))
        .output()
        .expect("run provenance")
}

/// Runs the binary in `cwd` with `input` on its standard input.
pub fn run_with_stdin(args: &[&str], cwd: &Path, input: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(bin())
        .args(args)
        .current_dir(cwd)
        .env_remove("PROVENANCE_INDEX")
        .env("XDG_CONFIG_HOME", cwd.join(".no-config"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run provenance");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait for provenance")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// An index in `dir/idx` holding the seed article (id
/// `corpus/kim-condolences`).
pub fn seed_index(dir: &Path) -> PathBuf {
    let idx = dir.join("idx");
    let o = run(
        &[
            "ingest",
            "-q",
            "--index",
            idx.to_str().unwrap(),
            "corpus/kim-condolences.txt",
        ],
        &root(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    idx
}
