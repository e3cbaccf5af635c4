//! `audit` and `quotes` end to end: the seed article's profile against the
//! spec's worked example, JSON, HTML escaping, a real-browser rendering, and
//! quotes across an index with every filter.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use common::root;

fn run(args: &[&str], cwd: &Path) -> (i32, String, String) {
    let o = common::run(args, cwd);
    (
        o.status.code().unwrap_or(-1),
        common::stdout(&o),
        common::stderr(&o),
    )
}

fn seed_audit() -> Value {
    let (code, out, err) = run(
        &["audit", "--format", "json", "corpus/kim-condolences.txt"],
        &root(),
    );
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).expect("one JSON object")
}

fn numbers(v: &Value) -> Vec<u64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect()
}

#[test]
fn seed_audit_matches_the_worked_example() {
    let a = seed_audit();
    assert_eq!(a["article"]["id"], "corpus/kim-condolences");
    assert_eq!(a["sentences"], 23);
    // Counts per tag, from the spec's table.
    assert_eq!(a["tags"]["state-media"], 3);
    assert_eq!(a["tags"]["intelligence"], 1);
    assert_eq!(a["tags"]["official-estimate"], 2);
    assert_eq!(a["tags"]["official-statement"], 7);
    assert_eq!(a["tags"]["other-source"], 0);
    assert_eq!(a["unattributed"], 13);
    // Sources with kinds and sentences.
    let sources = a["sources"].as_array().unwrap();
    let find = |name: &str| {
        sources
            .iter()
            .find(|s| s["name"] == name)
            .unwrap_or_else(|| panic!("no source {name}"))
    };
    assert_eq!(find("KCNA")["kind"], "state-media");
    assert_eq!(numbers(&find("KCNA")["sentences"]), [12, 13]);
    assert_eq!(find("state media")["kind"], "state-media");
    assert_eq!(find("South Korean intelligence")["kind"], "intelligence");
    assert_eq!(numbers(&find("Western officials")["sentences"]), [7]);
    let kim = find("Kim Jong Un");
    assert_eq!(kim["kind"], "official");
    assert!(
        kim["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m == "Kim"),
        "resolved from \"Kim\""
    );
    // The two unsourced figures.
    let unsourced = a["unsourced_figures"].as_array().unwrap();
    assert_eq!(unsourced.len(), 2);
    assert!(unsourced[0]["text"]
        .as_str()
        .unwrap()
        .contains("around 600 confirmed deaths"));
    assert!(unsourced[1]["text"]
        .as_str()
        .unwrap()
        .contains("1.28 million active soldiers"));
    assert_eq!(a["figures"].as_array().unwrap().len(), 4);
    // Quotes with speaker and channel.
    let quotes = a["quotes"].as_array().unwrap();
    let ns: Vec<u64> = quotes
        .iter()
        .map(|q| q["sentence"].as_u64().unwrap())
        .collect();
    assert_eq!(ns, [1, 12, 13, 17]);
    for q in &quotes[1..3] {
        assert_eq!(q["speaker"], "Kim Jong Un");
        assert_eq!(q["via"], "KCNA");
    }
    assert_eq!(quotes[0]["via"], "state media");
    assert!(quotes
        .iter()
        .all(|q| q["speaker"].as_str().unwrap().contains("Kim")));
    assert_eq!(numbers(&a["hedged"]), [5, 8]);
    // Warnings: state media as the only source, figures that disagree.
    let kinds: Vec<&str> = a["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"state-media-only"), "{kinds:?}");
    let conflict = a["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["kind"] == "conflicting-figures")
        .unwrap();
    let msg = conflict["message"].as_str().unwrap();
    assert!(msg.contains("1,000") && msg.contains("600"), "{msg}");
}

#[test]
fn text_format_names_unsourced_figures() {
    let (code, out, _) = run(&["audit", "corpus/kim-condolences.txt"], &root());
    assert_eq!(code, 0);
    assert!(out.contains("UNSOURCED"));
    assert!(out.contains("Kim Jong Un, via KCNA"));
}

const HOSTILE: &str = "Officials warn of <script>alert('x')</script> attack\n\
    The ministry said \"><img src=x onerror=alert(1)> was found, state media reported. \
    Residents said <b>nothing</b> & more happened.\n";

#[test]
fn html_report_escapes_article_text() {
    let t = tempfile::tempdir().unwrap();
    let art = t.path().join("hostile.txt");
    std::fs::write(&art, HOSTILE).unwrap();
    let out = t.path().join("r.html");
    let (code, _, err) = run(
        &[
            "audit",
            "--format",
            "html",
            "-o",
            out.to_str().unwrap(),
            art.to_str().unwrap(),
        ],
        t.path(),
    );
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert!(!html.contains("<script"), "no script element");
    assert!(!html.contains("<img"), "no img element");
    assert!(!html.contains("<b>nothing"), "article markup is text");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    // Self-contained: nothing fetched.
    for bad in ["http://", "https://", "<link", "src=\"", "@import", "url("] {
        assert!(!html.contains(bad), "report must not reference {bad}");
    }
}

fn chromium() -> Option<PathBuf> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in ["/usr/bin", "/usr/local/bin"] {
            let p = Path::new(dir).join(name);
            if p.exists() {
                return Some(p);
            }
        }
    }
    None
}

fn hex(c: &str) -> [u8; 3] {
    let v = u32::from_str_radix(c.trim_start_matches('#'), 16).unwrap();
    [(v >> 16) as u8, (v >> 8) as u8, v as u8]
}

#[test]
fn html_report_renders_in_a_real_browser() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: no chromium on this machine (.ci/run installs Debian's chromium)");
        return;
    };
    let t = tempfile::tempdir().unwrap();
    let report = t.path().join("kim.html");
    let (code, _, err) = run(
        &[
            "audit",
            "--format",
            "html",
            "-o",
            report.to_str().unwrap(),
            "corpus/kim-condolences.txt",
        ],
        &root(),
    );
    assert_eq!(code, 0, "{err}");
    let png = t.path().join("kim.png");
    let profile = t.path().join("profile");
    let status = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1280,2400",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", report.display()))
        .output()
        .unwrap();
    assert!(
        png.exists(),
        "no screenshot: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels: Vec<[u8; 3]> = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    let white = pixels.iter().filter(|p| **p == [255, 255, 255]).count();
    assert!(white < pixels.len() * 98 / 100, "page is not blank");
    for (tag, colour) in [
        ("state-media", "#f9b7a3"),
        ("intelligence", "#d9b8ec"),
        ("official-estimate", "#ffe08a"),
        ("official-statement", "#b9d4f5"),
    ] {
        let want = hex(colour);
        let n = pixels.iter().filter(|p| **p == want).count();
        assert!(
            n > 200,
            "{tag} highlight {colour} should be visible ({n} pixels)"
        );
    }
}

use common::seed_index;

#[test]
fn quotes_with_each_filter() {
    let t = tempfile::tempdir().unwrap();
    let idx = seed_index(t.path());
    let idx = idx.to_str().unwrap();
    let q = |extra: &[&str]| -> Vec<Value> {
        let mut args = vec!["quotes", "--index", idx, "--format", "jsonl"];
        args.extend_from_slice(extra);
        let (code, out, err) = run(&args, t.path());
        assert!(code == 0 || code == 1, "{err}");
        out.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let all = q(&[]);
    assert_eq!(all.len(), 4);
    let kcna = q(&["--speaker", "Kim", "--via", "KCNA"]);
    let ns: Vec<u64> = kcna
        .iter()
        .map(|h| h["sentence"].as_u64().unwrap())
        .collect();
    let mut ns = ns;
    ns.sort();
    assert_eq!(ns, [12, 13], "what did KCNA quote Kim as saying");
    assert_eq!(kcna[0]["speaker"], "Kim Jong Un");
    assert_eq!(q(&["--speaker", "Kim"]).len(), 4);
    assert_eq!(q(&["--via", "state media"]).len(), 1);
    assert_eq!(q(&["--tag", "state-media"]).len(), 3);
    assert_eq!(q(&["comrade"]).len(), 1);
    assert!(q(&["--since", "2030-01-01"]).is_empty());
    assert!(
        q(&["--until", "2030-01-01"]).is_empty(),
        "undated articles match no date range"
    );
    let (_, csv, _) = run(
        &["quotes", "--index", idx, "--format", "csv", "--via", "KCNA"],
        t.path(),
    );
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "speaker,via,article_id,title,date,sentence,text");
    assert_eq!(lines.len(), 3);
    assert!(lines[1].starts_with("Kim Jong Un,KCNA,corpus/kim-condolences,"));
    assert!(lines[1].ends_with('"'), "a quoted text field: {}", lines[1]);
}

#[test]
fn audit_from_the_index_matches_the_file() {
    let t = tempfile::tempdir().unwrap();
    let idx = seed_index(t.path());
    let (code, out, err) = run(
        &[
            "audit",
            "--index",
            idx.to_str().unwrap(),
            "--article",
            "corpus/kim-condolences",
            "--format",
            "json",
        ],
        t.path(),
    );
    assert_eq!(code, 0, "{err}");
    let from_index: Value = serde_json::from_str(&out).unwrap();
    let from_file = seed_audit();
    for key in [
        "sentences",
        "tags",
        "unattributed",
        "sources",
        "quotes",
        "unsourced_figures",
        "hedged",
        "warnings",
    ] {
        assert_eq!(from_index[key], from_file[key], "{key}");
    }
    let (code, _, err) = run(
        &[
            "audit",
            "--index",
            idx.to_str().unwrap(),
            "--article",
            "nope",
        ],
        t.path(),
    );
    assert_eq!(code, 1);
    assert!(err.contains("nope: no such article"), "{err}");
}
