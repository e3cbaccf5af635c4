//! Sources as entities end to end: `sources`, `stats --by source`, alias
//! matching in `search --source` and `quotes --via`, and inputs read
//! whatever their name (no extension, a FIFO, `ingest -`).

mod common;

use std::io::Write;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn ok(args: &[&str], cwd: &Path) -> String {
    let o = common::run(args, cwd);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", common::stderr(&o));
    common::stdout(&o)
}

fn rows(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

/// Four stories naming two agencies by different names.
fn alias_collection(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("wire.jsonl");
    let lines = [
        r#"{"id": "w1", "outlet": "Wire One", "date": "2024-01-02", "text": "Talks\n\nThe talks ended on Monday, the New China News Agency said. \"We are pleased,\" the foreign minister said, the New China News Agency reported."}"#,
        r#"{"id": "w2", "outlet": "Wire One", "date": "2024-03-05", "text": "Floods\n\nFloods killed 12 people, Xinhua said."}"#,
        r#"{"id": "w3", "outlet": "Daily Two", "date": "2024-02-01", "text": "Grain\n\nThe harvest was good, Tass said."}"#,
        r#"{"id": "w4", "outlet": "Daily Two", "date": "2024-04-01", "text": "Ships\n\nThe fleet sailed, the official news agency TASS said."}"#,
    ];
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    file
}

/// A temporary directory holding `idx`, an index of the alias collection.
fn alias_index() -> (tempfile::TempDir, String) {
    let t = tempfile::tempdir().unwrap();
    let idx = t.path().join("idx").to_str().unwrap().to_string();
    let coll = alias_collection(t.path());
    ok(
        &["ingest", "-q", "--index", &idx, coll.to_str().unwrap()],
        t.path(),
    );
    (t, idx)
}

#[test]
fn one_row_per_outlet_whatever_the_article_calls_it() {
    let (t, idx) = alias_index();
    let idx = idx.as_str();
    let out = ok(
        &[
            "sources",
            "--index",
            idx,
            "--kind",
            "state-media",
            "--format",
            "jsonl",
        ],
        t.path(),
    );
    let rows = rows(&out);
    let names: Vec<&str> = rows.iter().map(|r| r["entity"].as_str().unwrap()).collect();
    assert_eq!(
        names.iter().filter(|n| **n == "Xinhua").count(),
        1,
        "{names:?}"
    );
    assert_eq!(
        names.iter().filter(|n| **n == "TASS").count(),
        1,
        "{names:?}"
    );
    assert_eq!(names.len(), 2, "only the two agencies: {names:?}");
    let xinhua = rows.iter().find(|r| r["entity"] == "Xinhua").unwrap();
    assert_eq!(xinhua["country"], "CN");
    assert_eq!(xinhua["articles"], 2);
    assert_eq!(xinhua["first"], "2024-01-02");
    assert_eq!(xinhua["last"], "2024-03-05");
    assert_eq!(xinhua["outlets"]["Wire One"], 3);
    assert!(xinhua["aliases"]["the New China News Agency"].as_u64() >= Some(2));
    assert_eq!(xinhua["tags"]["state-media"], 3);
    // stats groups the same way, and shows the forms on request.
    let out = ok(
        &[
            "stats",
            "--index",
            idx,
            "--by",
            "source",
            "--tag",
            "state-media",
            "--surface",
            "--json",
        ],
        t.path(),
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    let counts = v["counts"].as_array().unwrap();
    let tass = counts
        .iter()
        .find(|c| c["value"] == "TASS")
        .expect("TASS row");
    assert_eq!(tass["sentences"], 2);
    let forms: Vec<&str> = tass["forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["form"].as_str().unwrap())
        .collect();
    assert!(
        forms.contains(&"Tass") && forms.contains(&"the official news agency TASS"),
        "{forms:?}"
    );
    // CSV and sorting by name.
    let out = ok(
        &[
            "sources", "--index", idx, "--sort", "name", "--format", "csv",
        ],
        t.path(),
    );
    assert!(out.starts_with("entity,kind,country,sentences"), "{out}");
}

#[test]
fn any_name_of_an_entity_finds_its_sentences() {
    let (t, idx) = alias_index();
    let idx = idx.as_str();
    for name in ["Xinhua", "New China News Agency", "xinhua news agency"] {
        let out = ok(
            &["search", "--index", idx, "--source", name, "--count"],
            t.path(),
        );
        assert_eq!(out.trim(), "3", "--source {name}");
    }
    let out = ok(
        &["search", "--index", idx, "--source", "Tass", "--count"],
        t.path(),
    );
    assert_eq!(out.trim(), "2");
    let out = ok(
        &[
            "quotes", "--index", idx, "--via", "Xinhua", "--format", "jsonl",
        ],
        t.path(),
    );
    assert_eq!(rows(&out).len(), 1, "{out}");
}

#[test]
fn files_are_read_whatever_their_name() {
    let t = tempfile::tempdir().unwrap();
    let seed = common::root().join("corpus/kim-condolences.txt");
    let want = ok(
        &["annotate", "--format", "jsonl", seed.to_str().unwrap()],
        t.path(),
    );
    let sentences = |out: &str| -> Vec<String> {
        rows(out)
            .iter()
            .map(|r| r["text"].as_str().unwrap().to_string())
            .collect()
    };
    // No extension.
    let bare = t.path().join("kim");
    std::fs::copy(&seed, &bare).unwrap();
    let got = ok(
        &["annotate", "--format", "jsonl", bare.to_str().unwrap()],
        t.path(),
    );
    assert_eq!(sentences(&got), sentences(&want));
    // A FIFO, as process substitution gives.
    let fifo = t.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let text = std::fs::read(&seed).unwrap();
        let f2 = fifo.clone();
        let writer = std::thread::spawn(move || {
            std::fs::OpenOptions::new()
                .write(true)
                .open(&f2)
                .unwrap()
                .write_all(&text)
                .unwrap();
        });
        let got = ok(
            &["annotate", "--format", "jsonl", fifo.to_str().unwrap()],
            t.path(),
        );
        writer.join().unwrap();
        assert_eq!(sentences(&got), sentences(&want));
    } else {
        eprintln!("skipped the FIFO case: mkfifo is unavailable");
    }
    // `ingest -`: a story on stdin is an article; the same one again
    // changes nothing.
    let idx = t.path().join("idx");
    for expect in ["1 added", "1 unchanged"] {
        let o = common::run_with_stdin(
            &["ingest", "--index", idx.to_str().unwrap(), "-"],
            t.path(),
            b"Story\nThe ministry said 40 people died.\n",
        );
        assert!(common::stderr(&o).contains(expect), "{o:?}");
    }
}

#[test]
fn known_alias_groups_are_one_entity_in_the_shared_collections() {
    let Some(data) = common::shared("data") else {
        return;
    };
    let t = tempfile::tempdir().unwrap();
    let idx = t.path().join("idx");
    let idx = idx.to_str().unwrap();
    ok(
        &["ingest", "-q", "--index", idx, data.to_str().unwrap()],
        t.path(),
    );
    for kind in ["state-media", "intelligence"] {
        let out = ok(
            &[
                "sources", "--index", idx, "--kind", kind, "-n", "100", "--format", "jsonl",
            ],
            t.path(),
        );
        let names: Vec<String> = rows(&out)
            .iter()
            .map(|r| r["entity"].as_str().unwrap().to_lowercase())
            .collect();
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            unique.len(),
            names.len(),
            "two rows for one name: {names:?}"
        );
        // No row is another name of a listed outlet.
        for (a, b) in [
            ("xinhua", "new china news agency"),
            ("korean central news agency", "kcna"),
            ("tass", "itar-tass"),
            ("china daily", "the china daily"),
            ("islamic republic news agency", "irna"),
        ] {
            assert!(
                !(names.contains(&a.to_string()) && names.contains(&b.to_string())),
                "{a} and {b} are one outlet: {names:?}"
            );
        }
    }
}

#[test]
fn the_library_counts_sources_as_entities_too() {
    use provenance::index::SentenceIndex;
    use provenance::search::{stats, By, Filters, Search};
    let (_t, idx) = alias_index();
    let index = SentenceIndex::open(Path::new(&idx)).unwrap();
    let reader = index.reader().unwrap();
    let searcher = reader.searcher();
    let search = Search::new(&index, None, &Filters::default()).unwrap();
    let rows = stats(&search, &searcher, By::Source, 10).unwrap();
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"Xinhua"), "{rows:?}");
    assert!(!names.iter().any(|n| n.contains("New China")), "{rows:?}");
    let xinhua = rows.iter().find(|(n, _)| n == "Xinhua").unwrap().1;
    assert_eq!(xinhua, 3, "{rows:?}");
}
