//! Saved queries, completions, manual pages, lexicon tooling (including the
//! State Media Monitor CSV), the configuration file and help examples.

mod common;

use std::path::{Path, PathBuf};

use serde_json::Value;

use common::{run, stderr as err, stdout as out};

fn seed_index(t: &Path) -> PathBuf {
    common::seed_index(t)
}

#[test]
fn saved_queries_run_in_one_go() {
    let t = tempfile::tempdir().unwrap();
    let idx = seed_index(t.path());
    let q = t.path().join("queries.txt");
    std::fs::write(
        &q,
        "# monitoring\n--tag intelligence\n\"North Korean\" --tag state-media -n 1\nzeppelin\n",
    )
    .unwrap();
    let o = run(
        &[
            "search",
            "--index",
            idx.to_str().unwrap(),
            "--queries",
            q.to_str().unwrap(),
            "--format",
            "jsonl",
        ],
        t.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let hits: Vec<Value> = out(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0]["query"], "--tag intelligence");
    assert_eq!(hits[1]["query"], "\"North Korean\" --tag state-media -n 1");
    let o = run(
        &[
            "search",
            "--index",
            idx.to_str().unwrap(),
            "--queries",
            q.to_str().unwrap(),
            "--count",
            "--format",
            "jsonl",
        ],
        t.path(),
    );
    let counts: Vec<Value> = out(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(counts.len(), 3);
    assert_eq!(counts[0]["count"], 1);
    assert_eq!(counts[2]["count"], 0);
    let o = run(
        &[
            "search",
            "--index",
            idx.to_str().unwrap(),
            "--queries",
            q.to_str().unwrap(),
        ],
        t.path(),
    );
    assert!(out(&o).contains("== --tag intelligence: 1"), "{}", out(&o));
    // A bad line names the file and line.
    std::fs::write(&q, "troops\n--tag gossip\n").unwrap();
    let o = run(
        &[
            "search",
            "--index",
            idx.to_str().unwrap(),
            "--queries",
            q.to_str().unwrap(),
        ],
        t.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("queries.txt:2"), "{}", err(&o));
}

#[test]
fn completions_and_manual_pages() {
    let t = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let o = run(&["completions", shell], t.path());
        assert!(o.status.success(), "{shell}");
        assert!(
            out(&o).contains("provenance") && out(&o).contains("search"),
            "{shell}"
        );
    }
    let o = run(&["man"], t.path());
    assert!(out(&o).contains(".TH provenance 1"));
    let dir = t.path().join("man");
    let o = run(&["man", "--dir", dir.to_str().unwrap()], t.path());
    assert!(o.status.success());
    for page in ["provenance.1", "provenance-search.1", "provenance-audit.1"] {
        assert!(dir.join(page).exists(), "{page}");
    }
}

#[test]
fn every_command_shows_examples_in_help() {
    let t = tempfile::tempdir().unwrap();
    for cmd in [
        "annotate",
        "ingest",
        "rm",
        "search",
        "stats",
        "audit",
        "quotes",
        "export",
        "completions",
        "man",
    ] {
        let o = run(&[cmd, "--help"], t.path());
        assert!(
            out(&o).contains("Examples:"),
            "{cmd} --help has no examples"
        );
    }
    for sub in ["list", "check"] {
        let o = run(&["lexicon", sub, "--help"], t.path());
        assert!(out(&o).contains("Examples:"), "lexicon {sub}");
    }
}

#[test]
fn lexicon_check_reports_errors_and_findings() {
    let t = tempfile::tempdir().unwrap();
    let good = t.path().join("good.tsv");
    std::fs::write(
        &good,
        "state-media\tRadio Ruritania\tRadio Ruritania|RRT\tRU\n",
    )
    .unwrap();
    let o = run(&["lexicon", "check", good.to_str().unwrap()], t.path());
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    assert!(out(&o).contains("ok"));
    let broken = t.path().join("broken.tsv");
    std::fs::write(&broken, "# comment\nstate-media\tOnly two columns\n").unwrap();
    let o = run(&["lexicon", "check", broken.to_str().unwrap()], t.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("broken.tsv:2"), "{}", err(&o));
    let odd = t.path().join("odd.tsv");
    std::fs::write(
        &odd,
        "media\tMy Reuters\tReuters\tGB\nstate-media\tA\tXYZ\t\nstate-media\tB\tSame Name\tRU\nmedia\tC\tSame Name\tRU\nmedia\tD\t@handle\tRU\n",
    )
    .unwrap();
    let o = run(&["lexicon", "check", odd.to_str().unwrap()], t.path());
    assert_eq!(o.status.code(), Some(1));
    let text = out(&o);
    assert!(
        !text.contains("conflict: alias \"Reuters\""),
        "same kind is no conflict: {text}"
    );
    assert!(
        text.contains("ambiguous-acronym") && text.contains("XYZ"),
        "{text}"
    );
    assert!(
        text.contains("duplicate") && text.contains("Same Name"),
        "{text}"
    );
    assert!(
        text.contains("unmatchable") && text.contains("@handle"),
        "{text}"
    );
    let clash = t.path().join("clash.tsv");
    std::fs::write(&clash, "organization\tKCNA Fan Club\tKCNA\tKP\n").unwrap();
    let o = run(&["lexicon", "check", clash.to_str().unwrap()], t.path());
    assert!(out(&o).contains("conflict"), "{}", out(&o));
}

const SMM_SAMPLE: &str = "Region,Country,Media company,Main assets,URL,Typology,Status\n\
Eurasia,Russia,Test Holding,News agency: Ruritania News Agency (RNA),https://x,SC,\n\
Eurasia,Russia,Test Holding,Television: Channel Nine,https://y,CaPr,\n\
Europe,Germany,Public Media,Public Broadcaster,https://z,ISF,\n";

#[test]
fn state_media_monitor_csv_loads_as_it_is() {
    let t = tempfile::tempdir().unwrap();
    let csv = t.path().join("smm.csv");
    std::fs::write(&csv, SMM_SAMPLE).unwrap();
    let o = run(
        &[
            "lexicon",
            "list",
            "--lexicon",
            csv.to_str().unwrap(),
            "--kind",
            "state-media",
            "--country",
            "RU",
        ],
        t.path(),
    );
    let text = out(&o);
    assert!(text.contains("Ruritania News Agency (RNA)\tRuritania News Agency (RNA)|Ruritania News Agency|RNA|Test Holding\tRU"), "{text}");
    assert!(
        text.contains("Channel Nine"),
        "captured private media count"
    );
    assert!(
        !text.contains("Public Broadcaster"),
        "independent public media do not"
    );
    let art = t.path().join("a.txt");
    std::fs::write(&art, "Title\nThe harvest failed, RNA reported.\n").unwrap();
    let o = run(
        &[
            "annotate",
            "--format",
            "jsonl",
            "--lexicon",
            csv.to_str().unwrap(),
            art.to_str().unwrap(),
        ],
        t.path(),
    );
    let rows: Vec<Value> = out(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows[1]["tags"][0], "state-media");
}

#[test]
fn configuration_file_sets_defaults() {
    let t = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(t.path().join("corpus")).unwrap();
    std::fs::write(
        t.path().join("corpus/a.txt"),
        "Title\nThe harvest failed, Radio Ruritania reported.\n",
    )
    .unwrap();
    std::fs::write(
        t.path().join("extra.tsv"),
        "state-media\tRadio Ruritania\tRadio Ruritania\tRU\n",
    )
    .unwrap();
    std::fs::write(
        t.path().join("provenance.toml"),
        "index = \"my-index\"\nlexicons = [\"extra.tsv\"]\ncolor = \"never\"\n",
    )
    .unwrap();
    let o = run(&["ingest", "-q"], t.path());
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        t.path().join("my-index/meta.json").exists(),
        "the configured index"
    );
    let o = run(&["search", "--tag", "state-media"], t.path());
    assert_eq!(
        o.status.code(),
        Some(0),
        "the configured lexicon was used: {}",
        err(&o)
    );
    assert!(!out(&o).contains('\x1b'), "colour off by configuration");
    std::fs::write(t.path().join("provenance.toml"), "index = 3\n").unwrap();
    let o = run(&["search", "x"], t.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("provenance.toml"), "{}", err(&o));
}
