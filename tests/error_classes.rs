//! One case per error class of `../shared/eval/heldout-classes.md` (C1 ...
//! C27) and per mechanism behind them, on sentences written for this
//! project (`tests/fixtures/classes.tsv`). Every case must hold; the cases
//! the annotator does not handle yet stay in the fixture as `#gap` lines.

use provenance::{Annotator, Lexicon};

struct Case {
    class: String,
    sentence: usize,
    tags: Vec<String>,
    text: String,
    outlet: Option<String>,
}

fn cases() -> Vec<Case> {
    let data = include_str!("fixtures/classes.tsv");
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(cols.len() >= 4, "bad fixture line: {l}");
            let mut tags: Vec<String> = if cols[2] == "-" {
                Vec::new()
            } else {
                cols[2].split(',').map(str::to_string).collect()
            };
            tags.sort();
            Case {
                class: cols[0].to_string(),
                sentence: cols[1].parse().expect("sentence number"),
                tags,
                text: cols[3].replace("\\n", "\n"),
                outlet: cols.get(4).map(|s| s.to_string()),
            }
        })
        .collect()
}

#[test]
fn every_error_class_case_holds() {
    let ann = Annotator::new(Lexicon::builtin());
    let mut failures = Vec::new();
    let all = cases();
    assert!(all.len() >= 50, "the fixture lost cases");
    for c in &all {
        let text = format!("Story\n\n{}\n", c.text);
        let out = ann.annotate_with_outlet(&text, c.outlet.as_deref());
        let got: Vec<String> = out
            .get(c.sentence)
            .map(|s| s.tags.iter().map(|t| t.as_str().to_string()).collect())
            .unwrap_or_default();
        let mut got = got;
        got.sort();
        if got != c.tags {
            let s = out
                .get(c.sentence)
                .map_or("<no such sentence>", |s| &s.text);
            failures.push(format!(
                "{}: expected {:?}, got {:?} for {:?} (sources {:?})",
                c.class,
                c.tags,
                got,
                s,
                out.get(c.sentence).map(|s| s
                    .sources
                    .iter()
                    .map(|x| (x.text.clone(), x.kind.as_str()))
                    .collect::<Vec<_>>())
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}
