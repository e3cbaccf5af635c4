//! The dev-set floors of issue 2, measured with the project's scorer
//! (`../shared/eval/score.py`). Skips with a message when `../shared` or
//! python3 is absent.

mod common;

use std::process::Command;

use serde_json::Value;

#[test]
fn dev_set_scores_meet_the_floors() {
    let Some(eval) = common::shared("eval/dev") else {
        return;
    };
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipped: python3 not found");
        return;
    }
    let mut articles: Vec<_> = std::fs::read_dir(eval.join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    articles.sort();
    let out = Command::new(common::bin())
        .args(["annotate", "--format", "jsonl"])
        .args(&articles)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pred = std::env::temp_dir().join(format!("prov-dev-{}.jsonl", std::process::id()));
    std::fs::write(&pred, &out.stdout).unwrap();
    let scored = Command::new("python3")
        .arg(eval.join("../score.py"))
        .args(["--json", "--gold"])
        .arg(eval.join("gold.jsonl"))
        .arg("--pred")
        .arg(&pred)
        .output()
        .unwrap();
    assert!(
        scored.status.success(),
        "{}",
        String::from_utf8_lossy(&scored.stderr)
    );
    let text = String::from_utf8(scored.stdout).unwrap();
    let json_start = text.find('{').unwrap();
    let json_end = text.rfind('}').unwrap();
    let r: Value = serde_json::from_str(&text[json_start..=json_end]).unwrap();
    eprintln!("{}", serde_json::to_string_pretty(&r).unwrap());
    let f = |v: &Value| v.as_f64().unwrap();
    assert!(f(&r["macro_f1_mission"]) >= 0.85, "macro-F1");
    for tag in ["state-media", "intelligence", "official-estimate"] {
        assert!(f(&r["tags"][tag]["p"]) >= 0.80, "{tag} precision");
        assert!(f(&r["tags"][tag]["r"]) >= 0.80, "{tag} recall");
    }
    assert!(f(&r["flags"]["quote"]["f1"]) >= 0.95, "quote F1");
    assert!(f(&r["flags"]["hedged"]["f1"]) >= 0.85, "hedged F1");
    assert!(f(&r["source_recall"]) >= 0.80, "source recall");
    assert!(f(&r["segmentation"]["f1"]) >= 0.97, "segmentation F1");
}
