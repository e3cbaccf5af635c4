//! The Quickwit index config in `deploy/quickwit/sentences.yaml` matches
//! the NDJSON export exactly: every exported field is declared with a
//! compatible type, and nothing declared is missing from the export.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use common::{root, run};

/// The exported records of a small, varied index.
fn exported(t: &Path) -> Vec<Value> {
    let idx = t.join("idx");
    let coll = t.join("c.jsonl");
    std::fs::write(
        &coll,
        concat!(
            r#"{"id":"a","title":"T","outlet":"O","date":"2020-01-02","url":"https://example.org/a","text":"“We will win,” Kim Jong Un said, according to KCNA. Officials said 40 people died. It may rain."}"#,
            "\n"
        ),
    )
    .unwrap();
    let o = run(
        &[
            "ingest",
            "-q",
            "--index",
            idx.to_str().unwrap(),
            coll.to_str().unwrap(),
        ],
        t,
    );
    assert!(o.status.success());
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
    assert!(o.status.success());
    let o = run(&["export", "--index", idx.to_str().unwrap()], t);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn compatible(ty: &str, v: &Value, formats: &[String]) -> bool {
    match (ty, v) {
        ("text", Value::String(_)) => true,
        ("u64", Value::Number(n)) => n.is_u64(),
        ("i64", Value::Number(n)) => n.is_i64(),
        ("f64", Value::Number(_)) => true,
        ("bool", Value::Bool(_)) => true,
        ("json", Value::Object(_)) => true,
        ("datetime", Value::String(s)) => {
            // YYYY-MM-DD must be an accepted input format.
            formats.iter().any(|f| f == "%Y-%m-%d") && s.len() == 10 && s.as_bytes()[4] == b'-'
        }
        (t, Value::Array(items)) if t.starts_with("array<") => {
            let inner = &t[6..t.len() - 1];
            items.iter().all(|i| compatible(inner, i, formats))
        }
        _ => false,
    }
}

#[test]
fn quickwit_config_matches_the_export() {
    let yaml = std::fs::read_to_string(root().join("deploy/quickwit/sentences.yaml")).unwrap();
    let cfg: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
    let mapping = &cfg["doc_mapping"];
    assert_eq!(mapping["mode"], "strict");
    let mut declared: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    for f in mapping["field_mappings"].as_sequence().unwrap() {
        let name = f["name"].as_str().unwrap().to_string();
        let ty = f["type"].as_str().unwrap().to_string();
        let formats = f["input_formats"]
            .as_sequence()
            .map(|s| {
                s.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            declared.insert(name.clone(), (ty, formats)).is_none(),
            "{name} declared twice"
        );
    }
    // The timestamp field is a declared fast datetime.
    let ts = mapping["timestamp_field"].as_str().unwrap();
    assert_eq!(declared[ts].0, "datetime");
    let t = tempfile::tempdir().unwrap();
    let records = exported(t.path());
    assert!(records.len() > 20);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for r in &records {
        for (k, v) in r.as_object().unwrap() {
            let (ty, formats) = declared.get(k).unwrap_or_else(|| {
                panic!("exported field {k:?} is not declared in the Quickwit config")
            });
            assert!(
                compatible(ty, v, formats),
                "field {k:?}: {v} is not a Quickwit {ty}"
            );
            *seen.entry(k.clone()).or_default() += 1;
        }
    }
    for name in declared.keys() {
        assert!(
            seen.contains_key(name),
            "declared field {name:?} never appears in the export"
        );
    }
    // Default search field is the text.
    assert_eq!(cfg["search_settings"]["default_search_fields"][0], "text");
}

#[test]
fn es_bulk_alternates_actions_with_stable_ids_and_csv_has_all_rows() {
    let t = tempfile::tempdir().unwrap();
    let records = exported(t.path());
    let idx = t.path().join("idx");
    let o = run(
        &[
            "export",
            "--index",
            idx.to_str().unwrap(),
            "--format",
            "es-bulk",
        ],
        t.path(),
    );
    let lines: Vec<Value> = String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), records.len() * 2);
    for pair in lines.chunks(2) {
        let id = pair[0]["index"]["_id"].as_str().unwrap();
        assert_eq!(
            id,
            format!(
                "{}:{}",
                pair[1]["article_id"].as_str().unwrap(),
                pair[1]["sentence"]
            )
        );
        assert_eq!(pair[1]["id"], id);
    }
    // Stable: a second export gives the same ids in the same order.
    let o2 = run(
        &[
            "export",
            "--index",
            idx.to_str().unwrap(),
            "--format",
            "es-bulk",
        ],
        t.path(),
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o2.stdout)
    );
    let o = run(
        &[
            "export",
            "--index",
            idx.to_str().unwrap(),
            "--format",
            "csv",
        ],
        t.path(),
    );
    let csv = String::from_utf8(o.stdout).unwrap();
    let mut rows = csv.lines();
    assert!(rows
        .next()
        .unwrap()
        .starts_with("id,article_id,title,outlet,date,sentence"));
    assert_eq!(rows.count(), records.len());
    // Split output: every file under the limit, nothing lost.
    let dir = t.path().join("parts/");
    let o = run(
        &[
            "export",
            "--index",
            idx.to_str().unwrap(),
            "-o",
            dir.to_str().unwrap(),
            "--split-mb",
            "1",
        ],
        t.path(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let total: usize = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            assert!(std::fs::metadata(&p).unwrap().len() <= 1 << 20);
            std::fs::read_to_string(p).unwrap().lines().count()
        })
        .sum();
    assert_eq!(total, records.len());
}
