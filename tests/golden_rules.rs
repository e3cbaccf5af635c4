//! The public golden-rule sentence-boundary suite must pass at least 46 of 48.

mod common;

use serde_json::Value;

#[test]
fn golden_rules_floor() {
    let Some(path) = common::shared("eval/golden_rules_en.jsonl") else {
        return;
    };
    let data = std::fs::read_to_string(path).unwrap();
    let (mut pass, mut total) = (0, 0);
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let expected: Vec<&str> = case["expected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().trim())
            .filter(|s| !s.is_empty())
            .collect();
        let got: Vec<&str> = provenance::segment::split(text)
            .into_iter()
            .map(|r| text[r].trim())
            .filter(|s| !s.is_empty())
            .collect();
        total += 1;
        if got == expected {
            pass += 1;
        } else {
            eprintln!("FAIL {} {}: got {got:?}", case["id"], case["name"]);
        }
    }
    eprintln!("golden rules: {pass}/{total}");
    assert!(pass >= 46, "golden rules {pass}/{total}, floor 46");
}
