//! Reliability: hostile inputs in a batch, a full disk, concurrent writers
//! and hostile queries. Nothing panics, every failure names its input, the
//! good inputs are indexed and the last commit survives.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{run, stderr as err};

fn no_panic(o: &Output) {
    assert!(!err(o).contains("panicked"), "panic: {}", err(o));
    assert_ne!(o.status.code(), Some(101), "panic exit code");
}

fn generate(dir: &Path) {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/generate.sh");
    let st = Command::new("bash")
        .arg(script)
        .arg(dir)
        .args(["20", "20000"])
        .status()
        .unwrap();
    assert!(st.success());
}

#[test]
fn hostile_batch_is_reported_file_by_file_and_the_rest_is_indexed() {
    let t = tempfile::tempdir().unwrap();
    let inputs = t.path().join("hostile");
    generate(&inputs);
    let idx = t.path().join("idx");
    let o = run(
        &[
            "ingest",
            "--index",
            idx.to_str().unwrap(),
            inputs.to_str().unwrap(),
        ],
        t.path(),
    );
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1), "some inputs failed: {}", err(&o));
    let e = err(&o);
    for needle in [
        "invalid_utf8.txt: invalid UTF-8 at byte 17 (line 2)",
        "binary.txt: binary file",
        "empty.txt: empty file",
        "whitespace.txt: empty file",
        "one_big_line.txt: too large",
        "mixed.jsonl:2: malformed JSON",
        "mixed.jsonl:5: expected a JSON object",
        "mixed.jsonl:6: no \"text\" or \"body\" field",
        "nobody.html: no article text",
        "notes.docx: skipped",
        "gone.txt: cannot read",
    ] {
        assert!(e.contains(needle), "missing {needle:?} in:\n{e}");
    }
    // good, bom_crlf, both quote files, many_lines, deep.html? and two JSON lines.
    let o = run(
        &["stats", "--index", idx.to_str().unwrap(), "--json"],
        t.path(),
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let articles = v["index"]["articles"].as_u64().unwrap();
    assert!(articles >= 7, "good inputs indexed: {v}");
    // The BOM and CRLF file keeps exact offsets.
    let o = run(
        &[
            "search",
            "--index",
            idx.to_str().unwrap(),
            "--article",
            "bom_crlf",
            "--format",
            "jsonl",
        ],
        &inputs,
    );
    let _ = o;
}

#[test]
fn a_full_disk_gives_a_clear_error_and_keeps_the_last_commit() {
    let t = tempfile::tempdir().unwrap();
    let mnt = t.path().join("small");
    std::fs::create_dir_all(&mnt).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(&mnt)
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root and mount rights)");
        return;
    }
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let _guard = Unmount(mnt.clone());
    let idx = mnt.join("idx");
    let seed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/kim-condolences.txt");
    let o = run(
        &[
            "ingest",
            "-q",
            "--index",
            idx.to_str().unwrap(),
            seed.to_str().unwrap(),
        ],
        t.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let count = |t: &Path| {
        let o = run(&["search", "--index", idx.to_str().unwrap(), "--count"], t);
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    };
    let before = count(t.path());
    // Far more than a megabyte of articles.
    let big = t.path().join("big.jsonl");
    let mut body = String::new();
    for i in 0..20000 {
        body.push_str(&serde_json::json!({"id": format!("b{i}"), "text": format!("Officials said {i} people were moved to shelters near the river on Monday, state media reported, as the water kept rising.")}).to_string());
        body.push('\n');
    }
    std::fs::write(&big, body).unwrap();
    // One commit at the end, so the disk fills before any new commit.
    let o = run(
        &[
            "ingest",
            "-q",
            "--commit-every",
            "1000000",
            "--index",
            idx.to_str().unwrap(),
            big.to_str().unwrap(),
        ],
        t.path(),
    );
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(
        err(&o).contains("no space left on the device"),
        "names the cause: {}",
        err(&o)
    );
    assert!(err(&o).contains("keeps its last commit"), "{}", err(&o));
    assert_eq!(count(t.path()), before, "the last commit is intact");
}

#[test]
fn concurrent_ingests_never_corrupt_the_index() {
    let t = tempfile::tempdir().unwrap();
    let big = t.path().join("big.jsonl");
    let mut body = String::new();
    for i in 0..3000 {
        body.push_str(&serde_json::json!({"id": format!("c{i}"), "text": format!("Officials said {i} people were moved. The ministry said roads were closed.")}).to_string());
        body.push('\n');
    }
    std::fs::write(&big, body).unwrap();
    let idx = t.path().join("idx");
    let spawn = || {
        Command::new(common::bin())
            .args([
                "ingest",
                "-q",
                "--index",
                idx.to_str().unwrap(),
                big.to_str().unwrap(),
            ])
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    for o in [&a, &b] {
        no_panic(o);
        match o.status.code() {
            Some(0) => {}
            Some(2) => assert!(
                err(o).contains("being written by another process") || err(o).contains("index"),
                "{}",
                err(o)
            ),
            other => panic!("unexpected exit {other:?}: {}", err(o)),
        }
    }
    assert!(a.status.success() || b.status.success(), "one of them wins");
    // A final run completes whatever a loser left; counts are exact.
    let o = run(
        &[
            "ingest",
            "-q",
            "--index",
            idx.to_str().unwrap(),
            big.to_str().unwrap(),
        ],
        t.path(),
    );
    assert!(o.status.success(), "{}", err(&o));
    let o = run(
        &["stats", "--index", idx.to_str().unwrap(), "--json"],
        t.path(),
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["index"]["articles"], 3000);
    assert_eq!(v["index"]["sentences"], 6000);
}

#[test]
fn hostile_queries_get_clear_errors_not_panics() {
    let t = tempfile::tempdir().unwrap();
    let idx = t.path().join("idx");
    let seed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/kim-condolences.txt");
    run(
        &[
            "ingest",
            "-q",
            "--index",
            idx.to_str().unwrap(),
            seed.to_str().unwrap(),
        ],
        t.path(),
    );
    let i = idx.to_str().unwrap();
    let huge: String = (0..5000).map(|k| format!("w{k} OR ")).collect::<String>() + "troops";
    let deep = "(".repeat(2000) + "troops" + &")".repeat(2000);
    let cases: Vec<Vec<String>> = vec![
        vec!["search".into(), huge],
        vec!["search".into(), deep],
        vec!["search".into(), "\"unclosed phrase".into()],
        vec!["search".into(), "tags:".into()],
        vec!["search".into(), "nosuch:field".into()],
        vec!["search".into(), "-n".into(), "18446744073709551615".into()],
        vec!["search".into(), "--kind".into(), "rumour".into()],
        vec!["search".into(), "--since".into(), "2024-13-45".into()],
        vec!["search".into(), "\u{ffff}\u{202e}".into()],
        vec!["stats".into(), "--by".into(), "colour".into()],
        vec![
            "search".into(),
            "-C".into(),
            "1000000".into(),
            "troops".into(),
        ],
    ];
    for c in cases {
        let mut args: Vec<&str> = c.iter().map(String::as_str).collect();
        args.extend(["--index", i]);
        let o = run(&args, t.path());
        no_panic(&o);
        let code = o.status.code().unwrap();
        assert!((0..=2).contains(&code), "{c:?}: exit {code}");
        if code == 2 {
            assert!(
                !err(&o).trim().is_empty(),
                "{c:?}: an error says what went wrong"
            );
        }
    }
}
