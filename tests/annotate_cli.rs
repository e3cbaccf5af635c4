//! The `annotate` command end to end: the seed article reproduces the
//! spec's worked example, offsets are exact, and bad inputs are reported
//! without stopping the batch.

mod common;

use std::process::{Command, Stdio};

use serde_json::Value;

fn annotate(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(common::bin())
        .arg("annotate")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run provenance");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn rows(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

fn tags(v: &Value) -> Vec<String> {
    let mut t: Vec<String> = v["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    t.sort();
    t
}

/// The worked example of `../shared/spec/attribution.md`, sentence by
/// sentence: (start of the text, tags, quote, hedged).
const WORKED_EXAMPLE: &[(&str, &[&str], bool, bool)] = &[
    ("Kim Jong Un Meets Families", &[], false, false),
    (
        "North Korean leader Kim Jong Un has met",
        &["state-media"],
        true,
        false,
    ),
    ("The event, held on Friday", &[], false, false),
    ("North Korea’s Military Role", &[], false, false),
    (
        "According to South Korean intelligence",
        &["intelligence", "official-estimate"],
        false,
        false,
    ),
    ("In exchange, Pyongyang is believed", &[], false, true),
    (
        "While North Korea initially denied",
        &["official-statement"],
        false,
        false,
    ),
    (
        "Western officials previously estimated",
        &["official-estimate"],
        false,
        false,
    ),
    ("Updated figures suggest", &[], false, true),
    (
        "Kim Promises to Honor Fallen Soldiers",
        &["official-statement"],
        false,
        false,
    ),
    ("Friday’s gathering", &[], false, false),
    (
        "Kim expressed regret",
        &["official-statement"],
        false,
        false,
    ),
    (
        "“I thought about the many families",
        &["official-statement", "state-media"],
        true,
        false,
    ),
    (
        "“I wanted to meet them personally",
        &["official-statement", "state-media"],
        true,
        false,
    ),
    (
        "Growing Ties Between Moscow and Pyongyang",
        &[],
        false,
        false,
    ),
    ("Kim Jong Un is expected to meet", &[], false, false),
    ("This will be their third meeting", &[], false, false),
    (
        "Last October, Kim sent Putin",
        &["official-statement"],
        true,
        false,
    ),
    (
        "That same month, Putin pushed forward",
        &["official-statement"],
        false,
        false,
    ),
    ("A Historic Shift in North Korea’s Army", &[], false, false),
    ("North Korea maintains one of", &[], false, false),
    ("However, until the Ukraine deployment", &[], false, false),
    ("The war in Ukraine now marks", &[], false, false),
];

#[test]
fn seed_article_reproduces_the_worked_example() {
    let (code, out, err) = annotate(&["--format", "jsonl", "corpus/kim-condolences.txt"]);
    assert_eq!(code, 0, "{err}");
    let rows = rows(&out);
    assert_eq!(rows.len(), WORKED_EXAMPLE.len(), "sentence count");
    for (row, (start, want_tags, quote, hedged)) in rows.iter().zip(WORKED_EXAMPLE) {
        let text = row["text"].as_str().unwrap();
        assert!(
            text.starts_with(start),
            "sentence {text:?} should start {start:?}"
        );
        let mut want: Vec<String> = want_tags.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(tags(row), want, "tags of {text:?}");
        assert_eq!(row["quote"], *quote, "quote flag of {text:?}");
        assert_eq!(row["hedged"], *hedged, "hedged flag of {text:?}");
        assert_eq!(row["doc"], "corpus/kim-condolences.txt");
        // Every tag has evidence.
        for t in tags(row) {
            let ev = row["evidence"].as_array().unwrap();
            assert!(
                ev.iter().any(|e| e["tag"] == t.as_str()),
                "no evidence for {t} in {text:?}"
            );
        }
    }
    // Named sources and resolution.
    let kcna = &rows[12]["sources"];
    assert!(kcna
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["text"] == "KCNA" && s["kind"] == "state-media"));
    let intel = &rows[4]["sources"][0];
    assert_eq!(intel["text"], "South Korean intelligence");
    assert_eq!(intel["kind"], "intelligence");
}

#[test]
fn offsets_are_exact_bytes_of_the_file() {
    let path = "corpus/kim-condolences.txt";
    let bytes = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    let (_, out, _) = annotate(&["--format", "jsonl", path]);
    let mut prev_end = 0;
    for row in rows(&out) {
        let (s, e) = (
            row["start"].as_u64().unwrap() as usize,
            row["end"].as_u64().unwrap() as usize,
        );
        assert!(s >= prev_end && s < e);
        assert_eq!(&bytes[s..e], row["text"].as_str().unwrap().as_bytes());
        for src in row["sources"].as_array().unwrap() {
            let (a, b) = (
                src["start"].as_u64().unwrap() as usize,
                src["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&bytes[a..b], src["text"].as_str().unwrap().as_bytes());
        }
        prev_end = e;
    }
}

#[test]
fn reads_stdin_and_prints_json_documents() {
    let mut child = Command::new(common::bin())
        .args(["annotate", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Headline\nThe minister said 300 people died, Xinhua reported.\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["doc"], "-");
    let s = &doc["sentences"][1];
    let t = tags(s);
    assert!(
        t.contains(&"state-media".to_string()) && t.contains(&"official-estimate".to_string()),
        "{t:?}"
    );
}

#[test]
fn bad_inputs_are_reported_and_the_batch_goes_on() {
    let dir = std::env::temp_dir().join(format!("prov-annotate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"Title\nCaf\xe9 owners said so.\n").unwrap();
    let bin = dir.join("blob.txt");
    std::fs::write(&bin, b"\x00\x01\x02binary").unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, "Title\nOfficials said it rained.\n").unwrap();
    let missing = dir.join("missing.txt");
    let (code, out, err) = annotate(&[
        "--format",
        "jsonl",
        bad.to_str().unwrap(),
        bin.to_str().unwrap(),
        missing.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "a failed input makes exit code 1");
    assert!(
        err.contains("latin1.txt") && err.contains("invalid UTF-8") && err.contains("line 2"),
        "{err}"
    );
    assert!(err.contains("blob.txt") && err.contains("binary"), "{err}");
    assert!(err.contains("missing.txt"), "{err}");
    let rows = rows(&out);
    assert_eq!(rows.len(), 2, "the good file is still annotated");
    assert!(rows
        .iter()
        .all(|r| r["doc"].as_str().unwrap().ends_with("good.txt")));
}

#[test]
fn many_articles_come_out_in_input_order_with_errors_in_place() {
    // Many more articles than one parallel batch holds, the first ones
    // long (so that batches after them are done first), a broken line
    // among them: every good article is printed, in the order of the
    // file, and the bad line is reported by its number.
    let dir = std::env::temp_dir().join(format!("prov-annotate-order-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut lines = String::new();
    for i in 0..1000 {
        if i == 100 {
            lines.push_str("{\"id\": \"broken\", \"text\": \n");
            continue;
        }
        let said = format!("The ministry said {i} people left. ");
        let body = said.repeat(if i < 64 { 60 } else { 1 });
        lines.push_str(&format!(
            "{{\"id\": \"a{i}\", \"text\": \"Story {i}\\n\\n{body}\"}}\n"
        ));
    }
    let file = dir.join("many.jsonl");
    std::fs::write(&file, lines).unwrap();
    let (code, out, err) = annotate(&["--format", "jsonl", file.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("many.jsonl:101"), "{err}");
    let mut docs: Vec<String> = Vec::new();
    for r in rows(&out) {
        let d = r["doc"]
            .as_str()
            .unwrap()
            .rsplit('#')
            .next()
            .unwrap()
            .to_string();
        if docs.last() != Some(&d) {
            docs.push(d);
        }
    }
    let want: Vec<String> = (0..1000)
        .filter(|&i| i != 100)
        .map(|i| format!("a{i}"))
        .collect();
    assert_eq!(docs, want);
}

#[test]
fn text_format_explains_and_respects_color_choice() {
    let (code, out, _) = annotate(&[
        "--explain",
        "--color",
        "never",
        "corpus/kim-condolences.txt",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("according-to"), "evidence rules are printed");
    assert!(!out.contains('\x1b'), "no colour codes with --color never");
    let (_, out, _) = annotate(&["--color", "always", "corpus/kim-condolences.txt"]);
    assert!(
        out.contains("\x1b[1;31mstate-media"),
        "state-media coloured"
    );
}

#[test]
fn directories_are_walked_for_text_files() {
    let (code, out, _) = annotate(&["--format", "jsonl", "corpus/"]);
    assert_eq!(code, 0);
    assert!(rows(&out)
        .iter()
        .any(|r| r["doc"].as_str().unwrap().ends_with("kim-condolences.txt")));
}

#[test]
fn user_lexicon_adds_an_outlet() {
    let dir = std::env::temp_dir().join(format!("prov-lex-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let lex = dir.join("extra.tsv");
    std::fs::write(&lex, "state-media\tRadio Ruritania\tRadio Ruritania\tRU\n").unwrap();
    let art = dir.join("a.txt");
    std::fs::write(
        &art,
        "Title\nThe harvest failed, Radio Ruritania reported.\n",
    )
    .unwrap();
    let (_, without, _) = annotate(&["--format", "jsonl", art.to_str().unwrap()]);
    let (_, with, _) = annotate(&[
        "--format",
        "jsonl",
        "--lexicon",
        lex.to_str().unwrap(),
        art.to_str().unwrap(),
    ]);
    assert!(!tags(&rows(&without)[1]).contains(&"state-media".to_string()));
    assert_eq!(tags(&rows(&with)[1]), vec!["state-media".to_string()]);
}

#[test]
fn outlet_option_makes_its_own_outlet_add_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("story.txt");
    std::fs::write(
        &f,
        "Story\n\n\"We have no fuel,\" a bakery owner told the Guardian.\n",
    )
    .unwrap();
    let path = f.to_str().unwrap();
    let sources = |out: &str| -> Vec<String> {
        rows(out)[1]["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap().to_string())
            .collect()
    };
    // Another paper's story: the Guardian carried the words.
    let (code, out, _) = annotate(&["--format", "jsonl", path]);
    assert_eq!(code, 0);
    assert_eq!(sources(&out), ["a bakery owner", "the Guardian"]);
    // The Guardian's own story: only the owner is a source.
    let (code, out, _) = annotate(&["--format", "jsonl", "--outlet", "The Guardian", path]);
    assert_eq!(code, 0);
    assert_eq!(sources(&out), ["a bakery owner"]);
    assert_eq!(tags(&rows(&out)[1]), ["other-source"]);
}

/// The rows `annotate --format jsonl` prints for a JSON Lines file of
/// `lines`.
fn annotate_jsonl(lines: &[&str]) -> Vec<Value> {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("in.jsonl");
    std::fs::write(&f, lines.join("\n") + "\n").unwrap();
    let (code, out, err) = annotate(&["--format", "jsonl", f.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    rows(&out)
}

#[test]
fn an_articles_date_is_read_against_terms_of_office() {
    // JSON Lines with a date: a holder out of office then speaks as a
    // person; the same text without a date keeps the office.
    let r = annotate_jsonl(&[
        r#"{"id": "a", "date": "2019-05-02", "text": "Barack Obama said the treaty would hold."}"#,
        r#"{"id": "b", "text": "Barack Obama said the treaty would hold."}"#,
    ]);
    assert_eq!(tags(&r[0]), ["other-source"]);
    assert_eq!(tags(&r[1]), ["official-statement"]);
}

#[test]
fn an_outlet_given_as_its_web_address_is_the_articles_own() {
    // "told Al Jazeera" in Al Jazeera's own story adds no state media.
    let r = annotate_jsonl(&[
        r#"{"id": "a", "outlet": "aljazeera.com", "text": "A farmer told Al Jazeera the harvest had failed."}"#,
        r#"{"id": "b", "outlet": "example.org", "text": "A farmer told Al Jazeera the harvest had failed."}"#,
    ]);
    assert_eq!(tags(&r[0]), ["other-source"]);
    assert_eq!(tags(&r[1]), ["other-source", "state-media"]);
}

#[test]
fn output_that_stops_early_ends_the_run_while_input_still_waits() {
    // `annotate big.jsonl fifo | head -n 1`: once the reader of the output
    // has gone, the run ends, even though the input after the first file
    // (a FIFO nobody writes to) would block whoever reads it.
    let dir = std::env::temp_dir().join(format!("prov-annotate-head-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("never-written");
    let _ = std::fs::remove_file(&fifo);
    match Command::new("mkfifo").arg(&fifo).status() {
        Ok(s) if s.success() => {}
        _ => {
            eprintln!("skipped: mkfifo is unavailable");
            return;
        }
    }
    // Fewer articles than the reader may hold ahead of the annotator, so
    // that it reaches the FIFO; more output than a pipe holds.
    let mut lines = String::new();
    for i in 0..300 {
        lines.push_str(&format!(
            "{{\"id\": \"a{i}\", \"text\": \"Story {i}\\n\\nThe ministry said {i} people left.\"}}\n"
        ));
    }
    let file = dir.join("many.jsonl");
    std::fs::write(&file, lines).unwrap();
    let mut child = Command::new(common::bin())
        .args(["annotate", "--format", "jsonl"])
        .arg(&file)
        .arg(&fifo)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run provenance");
    let mut first = String::new();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    std::io::BufRead::read_line(&mut out, &mut first).unwrap();
    assert!(first.contains("\"doc\""), "{first}");
    drop(out);
    // A guard against a hang, not a measure of speed.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if std::time::Instant::now() > deadline {
            child.kill().ok();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let _ = std::fs::remove_file(&fifo);
    assert_eq!(
        status.and_then(|s| s.code()),
        Some(0),
        "the run did not end"
    );
}
