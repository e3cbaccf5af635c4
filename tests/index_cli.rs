//! `ingest`, `search`, `stats` and `rm` end to end on temporary indexes.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

struct Run {
    code: i32,
    out: String,
    err: String,
}

fn run(args: &[&str], cwd: &Path) -> Run {
    let o = common::run(args, cwd);
    Run {
        code: o.status.code().unwrap_or(-1),
        out: common::stdout(&o),
        err: common::stderr(&o),
    }
}

use common::root;

fn jsonl(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A small collection with outlets, dates and every tag.
fn collection(dir: &Path) -> PathBuf {
    let p = dir.join("news.jsonl");
    let rows = [
        serde_json::json!({"id": "a1", "title": "Quake strikes north", "outlet": "Wire One", "date": "2017-03-01",
            "text": "A strong quake struck the north on Friday. At least 40 people were killed, state media reported. \
                     “We are sending every team we have,” the interior minister said. The toll may rise."}),
        serde_json::json!({"id": "a2", "title": "Troops sent to border", "outlet": "Daily Two", "date": "2019-06-10",
            "text": "About 5,000 troops were sent to the border, according to South Korean intelligence. \
                     Analysts said the move was a warning. The border was calm on Sunday."}),
        serde_json::json!({"id": "a3", "title": "Harvest report", "outlet": "Wire One", "date": "2021-09-01",
            "text": "The harvest was poor this year. Farmers said the rains came late. Xinhua said grain output fell."}),
    ];
    let body: String = rows.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(&p, body).unwrap();
    p
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn seed_article_intelligence_sentence_is_found() {
    let t = tempdir();
    let idx = t.path().join("idx");
    let seed = root().join("corpus/kim-condolences.txt");
    let r = run(
        &[
            "ingest",
            "--index",
            idx.to_str().unwrap(),
            seed.to_str().unwrap(),
        ],
        t.path(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("1 added"), "{}", r.err);
    let r = run(
        &[
            "search",
            "--index",
            idx.to_str().unwrap(),
            "--tag",
            "intelligence",
            "--format",
            "jsonl",
        ],
        t.path(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let hits = jsonl(&r.out);
    assert_eq!(hits.len(), 1);
    assert!(hits[0]["text"]
        .as_str()
        .unwrap()
        .starts_with("According to South Korean intelligence"));
    assert_eq!(hits[0]["sentence"], 4);
    let tags: Vec<&str> = hits[0]["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(tags.contains(&"intelligence") && tags.contains(&"official-estimate"));
    assert_eq!(hits[0]["sources"][0]["kind"], "intelligence");
}

#[test]
fn every_filter_narrows_the_search() {
    let t = tempdir();
    let idx = t.path().join("idx");
    let idx = idx.to_str().unwrap();
    let coll = collection(t.path());
    let r = run(
        &["ingest", "--index", idx, coll.to_str().unwrap()],
        t.path(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let count = |extra: &[&str]| -> usize {
        let mut args = vec!["search", "--index", idx, "--count"];
        args.extend_from_slice(extra);
        let r = run(&args, t.path());
        assert!(r.code == 0 || r.code == 1, "{extra:?}: {}", r.err);
        r.out.trim().parse().unwrap()
    };
    let all = count(&[]);
    assert!(all >= 12, "{all}");
    assert_eq!(count(&["--tag", "state-media"]), 2); // KCNA-free: "state media reported", "Xinhua said"
    assert_eq!(count(&["--tag", "intelligence"]), 1);
    assert_eq!(
        count(&["--tag", "intelligence", "--tag", "official-estimate"]),
        1
    );
    assert_eq!(count(&["--tag", "intelligence", "--tag", "state-media"]), 0);
    let any = count(&["--any-tag"]);
    let none = count(&["--unattributed"]);
    assert_eq!(any + none, all);
    assert_eq!(count(&["--source", "Xinhua"]), 1);
    assert_eq!(
        count(&["--source", "xinhua"]),
        1,
        "source match ignores case"
    );
    assert_eq!(count(&["--kind", "expert"]), 1);
    assert_eq!(
        count(&["--outlet", "wire one"]) + count(&["--outlet", "Daily Two"]),
        all
    );
    assert_eq!(
        count(&["--since", "2019-01-01"]),
        count(&["--article", "a2"]) + count(&["--article", "a3"])
    );
    assert_eq!(
        count(&["--until", "2017-03-01"]),
        count(&["--article", "a1"])
    );
    assert_eq!(
        count(&["--since", "2018-01-01", "--until", "2020-01-01"]),
        count(&["--article", "a2"])
    );
    assert_eq!(count(&["--quote"]), 1);
    assert_eq!(count(&["--hedged"]), 1);
    assert_eq!(count(&["--figure", "--tag", "state-media"]), 1);
    assert_eq!(count(&["troops"]), 2, "the headline and the sentence");
    assert_eq!(count(&["\"grain output\""]), 1);
    assert_eq!(count(&["border calm"]), 1, "bare terms combine with AND");
    assert_eq!(count(&["border OR harvest"]), 5);

    // Limit, sort by date, JSON formats, highlights, context.
    let r = run(
        &[
            "search", "--index", idx, "--sort", "date", "-n", "2", "--format", "jsonl",
        ],
        t.path(),
    );
    let hits = jsonl(&r.out);
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0]["date"], "2021-09-01");
    let r = run(
        &[
            "search", "--index", idx, "grain", "--format", "json", "-C", "1",
        ],
        t.path(),
    );
    let v: Value = serde_json::from_str(&r.out).unwrap();
    let h = &v[0];
    let text = h["text"].as_str().unwrap();
    let [s, e] = [
        h["highlights"][0][0].as_u64().unwrap() as usize,
        h["highlights"][0][1].as_u64().unwrap() as usize,
    ];
    assert_eq!(&text[s..e], "grain");
    assert_eq!(
        h["context"].as_array().unwrap().len(),
        2,
        "one before, the hit itself"
    );
    for key in [
        "article_id",
        "title",
        "outlet",
        "date",
        "sentence",
        "start",
        "end",
        "tags",
        "sources",
        "quote",
        "hedged",
        "score",
    ] {
        assert!(h.get(key).is_some(), "missing {key}");
    }
    // Text output marks the match.
    let r = run(
        &["search", "--index", idx, "grain", "--color", "never"],
        t.path(),
    );
    assert!(r.out.contains("[grain]"), "{}", r.out);
}

#[test]
fn exit_codes_follow_grep() {
    let t = tempdir();
    let idx = t.path().join("idx");
    let idx = idx.to_str().unwrap();
    let coll = collection(t.path());
    run(
        &["ingest", "--index", idx, coll.to_str().unwrap()],
        t.path(),
    );
    assert_eq!(
        run(&["search", "--index", idx, "harvest"], t.path()).code,
        0
    );
    assert_eq!(
        run(&["search", "--index", idx, "zeppelin"], t.path()).code,
        1
    );
    let bad = run(&["search", "--index", idx, "harvest AND ("], t.path());
    assert_eq!(bad.code, 2);
    assert!(bad.err.contains("query syntax error"), "{}", bad.err);
    let field = run(&["search", "--index", idx, "nosuchfield:x"], t.path());
    assert_eq!(field.code, 2);
    assert!(field.err.contains("nosuchfield"), "{}", field.err);
    let tag = run(&["search", "--index", idx, "--tag", "gossip"], t.path());
    assert_eq!(tag.code, 2);
    assert!(tag.err.contains("unknown tag"), "{}", tag.err);
    assert_eq!(
        run(&["search", "--index", idx, "-n", "0"], t.path()).code,
        2
    );
    assert_eq!(
        run(&["search", "--index", idx, "-n", "99999999999"], t.path()).code,
        0
    );
    assert_eq!(
        run(
            &["search", "--index", idx, "--since", "last week"],
            t.path()
        )
        .code,
        2
    );
    let missing = run(
        &["search", "--index", t.path().join("nope").to_str().unwrap()],
        t.path(),
    );
    assert_eq!(missing.code, 2);
    assert!(missing.err.contains("no index"), "{}", missing.err);
}

#[test]
fn reingest_skips_unchanged_replaces_changed_and_rm_removes() {
    let t = tempdir();
    let idx = t.path().join("idx");
    let idx = idx.to_str().unwrap();
    let coll = collection(t.path());
    let c = coll.to_str().unwrap();
    run(&["ingest", "--index", idx, c], t.path());
    let total = |t: &Path| {
        run(&["search", "--index", idx, "--count"], t)
            .out
            .trim()
            .parse::<usize>()
            .unwrap()
    };
    let before = total(t.path());
    let r = run(&["ingest", "--index", idx, c], t.path());
    assert!(
        r.err.contains("0 added, 0 updated, 3 unchanged"),
        "{}",
        r.err
    );
    assert_eq!(
        total(t.path()),
        before,
        "same corpus twice leaves the same index"
    );
    // Change one article: its sentences are replaced, not duplicated.
    let text = std::fs::read_to_string(&coll).unwrap().replace(
        "The harvest was poor this year.",
        "The harvest was poor. It rained.",
    );
    std::fs::write(&coll, text).unwrap();
    let r = run(&["ingest", "--index", idx, c], t.path());
    assert!(
        r.err.contains("0 added, 1 updated, 2 unchanged"),
        "{}",
        r.err
    );
    assert_eq!(total(t.path()), before + 1);
    assert_eq!(
        run(
            &["search", "--index", idx, "--count", "poor this year"],
            t.path()
        )
        .code,
        1
    );
    // Remove it.
    let r = run(&["rm", "--index", idx, "a3", "zz"], t.path());
    assert_eq!(r.code, 1, "one id was unknown");
    assert!(r.err.contains("zz: no such article"), "{}", r.err);
    assert_eq!(
        run(
            &["search", "--index", idx, "--count", "--article", "a3"],
            t.path()
        )
        .code,
        1
    );
    // Rebuild from scratch.
    let r = run(&["ingest", "--index", idx, "--rebuild", c], t.path());
    assert!(r.err.contains("3 added"), "{}", r.err);
    assert_eq!(total(t.path()), before + 1);
}

#[test]
fn bad_files_are_reported_and_the_rest_is_indexed() {
    let t = tempdir();
    let dir = t.path().join("in");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("good.txt"),
        "Good title\nOfficials said the bridge was closed.\n",
    )
    .unwrap();
    std::fs::write(dir.join("latin1.txt"), b"Title\nCaf\xe9 owners said so.\n").unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x7fELF\x00\x00\x01").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("notes.docx"), "not an article").unwrap();
    std::fs::write(
        dir.join("lines.jsonl"),
        "{\"id\":\"j1\",\"text\":\"Police said two men were held.\"}\n{oops\n{\"id\":\"j3\",\"body\":\"Xinhua said it rained.\"}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("nobody.html"),
        "<html><head><title>x</title></head><body></body></html>",
    )
    .unwrap();
    let idx = t.path().join("idx");
    let r = run(
        &[
            "ingest",
            "--index",
            idx.to_str().unwrap(),
            dir.to_str().unwrap(),
        ],
        t.path(),
    );
    assert_eq!(r.code, 1, "some inputs failed: {}", r.err);
    for needle in [
        "latin1.txt",
        "invalid UTF-8",
        "binary.txt",
        "empty.txt",
        "lines.jsonl:2",
        "malformed JSON",
        "nobody.html",
        "notes.docx: skipped",
    ] {
        assert!(r.err.contains(needle), "missing {needle:?} in {}", r.err);
    }
    assert!(r.err.contains("3 added"), "{}", r.err);
    let r = run(
        &["search", "--index", idx.to_str().unwrap(), "--count"],
        t.path(),
    );
    assert_eq!(
        r.out.trim(),
        "4",
        "good.txt (2 sentences) and two JSON lines"
    );
}

#[test]
fn a_second_writer_gets_a_clear_error() {
    let t = tempdir();
    let idx = t.path().join("idx");
    let coll = collection(t.path());
    run(
        &[
            "ingest",
            "--index",
            idx.to_str().unwrap(),
            coll.to_str().unwrap(),
        ],
        t.path(),
    );
    // Hold the writer lock in this process, as a running ingest would.
    let index = provenance::index::SentenceIndex::open(&idx).unwrap();
    let _writer = index.writer(1, 20 << 20).unwrap();
    let r = run(
        &[
            "ingest",
            "--index",
            idx.to_str().unwrap(),
            coll.to_str().unwrap(),
        ],
        t.path(),
    );
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("being written by another process"),
        "{}",
        r.err
    );
    // Searches keep working.
    let r = run(
        &["search", "--index", idx.to_str().unwrap(), "harvest"],
        t.path(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
}

/// Many generated articles, so an ingest runs long enough to be killed.
fn big_collection(dir: &Path, n: usize) -> PathBuf {
    let p = dir.join("big.jsonl");
    let mut body = String::new();
    for i in 0..n {
        let row = serde_json::json!({
            "id": format!("g{i}"),
            "title": format!("Report number {i}"),
            "text": format!("Officials said {i} people were moved, state media reported. \
                             The ministry said the roads were closed. Analysts expect more rain in region {i}. \
                             “We are ready,” the governor said. Residents said the water rose fast."),
        });
        body.push_str(&row.to_string());
        body.push('\n');
    }
    std::fs::write(&p, body).unwrap();
    p
}

#[test]
fn killed_ingest_leaves_a_readable_index_and_a_rerun_completes() {
    let t = tempdir();
    let n = 6000;
    let coll = big_collection(t.path(), n);
    let idx = t.path().join("idx");
    let idx_s = idx.to_str().unwrap();
    // Kill runs at several points: before the first commit, and later
    // (mid-batch, between commits). After each kill the index must open and
    // answer from its last commit, never with more than the corpus holds.
    let mut seen = Vec::new();
    for delay_ms in [15u64, 300, 900] {
        let mut child = Command::new(common::bin())
            .args([
                "ingest",
                "-q",
                "--commit-every",
                "500",
                "--index",
                idx_s,
                coll.to_str().unwrap(),
            ])
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        if !idx.join("meta.json").exists() {
            seen.push(0);
            continue;
        }
        let r = run(&["search", "--index", idx_s, "--count"], t.path());
        assert!(r.code == 0 || r.code == 1, "{}", r.err);
        let count: usize = r.out.trim().parse().unwrap();
        assert!(count <= n * 6, "never more sentences than the corpus holds");
        assert_eq!(
            count % 6,
            0,
            "whole articles only: a commit holds complete articles"
        );
        seen.push(count);
    }
    eprintln!("sentences committed after each kill: {seen:?}");
    let partial = seen.last().copied().unwrap_or(0);
    // A re-run finishes the job: every article once, every sentence once.
    let r = run(
        &["ingest", "-q", "--index", idx_s, coll.to_str().unwrap()],
        t.path(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let index = provenance::index::SentenceIndex::open(&idx).unwrap();
    let searcher = index.reader().unwrap().searcher();
    let totals = provenance::search::totals(&index, &searcher).unwrap();
    assert_eq!(
        totals["articles"], n,
        "no missing or duplicate articles (had {partial} sentences before)"
    );
    let per_article = 6; // title + 5 sentences
    assert_eq!(totals["sentences"], n * per_article);
    // Ids are unique.
    let ids = run(&["stats", "--index", idx_s, "--json"], t.path());
    assert_eq!(ids.code, 0);
}

#[test]
fn stats_counts_by_field() {
    let t = tempdir();
    let idx = t.path().join("idx");
    let idx = idx.to_str().unwrap();
    let coll = collection(t.path());
    run(
        &["ingest", "--index", idx, coll.to_str().unwrap()],
        t.path(),
    );
    let r = run(
        &["stats", "--index", idx, "--by", "outlet", "--json"],
        t.path(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let v: Value = serde_json::from_str(&r.out).unwrap();
    assert_eq!(v["index"]["articles"], 3);
    let outlets: Vec<&str> = v["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    assert_eq!(
        outlets,
        ["Wire One", "Daily Two"],
        "outlets as written, largest first"
    );
    let r = run(
        &[
            "stats",
            "--index",
            idx,
            "--by",
            "kind",
            "--tag",
            "state-media",
            "--json",
        ],
        t.path(),
    );
    let v: Value = serde_json::from_str(&r.out).unwrap();
    assert_eq!(v["matching_sentences"], 2);
    assert_eq!(v["counts"][0]["value"], "state-media");
}

#[test]
fn first_search_builds_the_default_index_from_corpus() {
    let t = tempdir();
    std::fs::create_dir_all(t.path().join("corpus")).unwrap();
    std::fs::copy(
        root().join("corpus/kim-condolences.txt"),
        t.path().join("corpus/kim.txt"),
    )
    .unwrap();
    let r = run(&["search", "--tag", "intelligence"], t.path());
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("building it from corpus/"), "{}", r.err);
    assert!(t.path().join("index/meta.json").exists());
    let r = run(&["search", "--tag", "intelligence"], t.path());
    assert!(!r.err.contains("building"), "built once");
}
