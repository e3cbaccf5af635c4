//! Ingest and search figures on `../shared/data`, with a plain tantivy
//! baseline measured in the same run. Run: `cargo bench --bench index`.
//! Prints a table; timings are wall-clock on this machine.

use std::path::{Path, PathBuf};
use std::time::Instant;

use provenance::annotation::Tag;
use provenance::article;
use provenance::index::ingest::{self, Options};
use provenance::index::SentenceIndex;
use provenance::search::{Filters, Search, Sort};
use provenance::{segment, Annotator, Lexicon};
use tantivy::schema::{Schema, STORED, TEXT};
use tantivy::{doc, Index};

fn dir_size(p: &Path) -> u64 {
    std::fs::read_dir(p)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| {
                    let m = e.metadata().unwrap();
                    if m.is_dir() {
                        dir_size(&e.path())
                    } else {
                        m.len()
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    let data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data"));
    if !data.is_dir() {
        eprintln!("skipped: {} is absent", data.display());
        return;
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&data)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let tmp = std::env::temp_dir().join(format!("prov-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();

    // The same articles and sentences for both runs.
    let articles: Vec<article::Article> = files
        .iter()
        .flat_map(|f| article::read_file(f))
        .filter_map(Result::ok)
        .collect();
    let text_bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let sentences: Vec<String> = articles
        .iter()
        .flat_map(|a| {
            segment::split(&a.text)
                .into_iter()
                .map(|r| a.text[r].to_string())
                .collect::<Vec<_>>()
        })
        .collect();

    // provenance: read, segment, annotate, index.
    let annotator = Annotator::new(Lexicon::builtin());
    let pdir = tmp.join("provenance");
    let t = Instant::now();
    let index = SentenceIndex::open_or_create(&pdir).unwrap();
    let report = ingest::ingest(&index, &annotator, &files, &Options::default(), |_| {}).unwrap();
    let prov_secs = t.elapsed().as_secs_f64();

    // Plain tantivy: the same sentences as bare stored text.
    let bdir = tmp.join("plain");
    std::fs::create_dir_all(&bdir).unwrap();
    let mut sb = Schema::builder();
    let text = sb.add_text_field("text", TEXT | STORED);
    let t = Instant::now();
    let plain = Index::create_in_dir(&bdir, sb.build()).unwrap();
    let mut w: tantivy::IndexWriter = plain.writer_with_num_threads(2, 200 << 20).unwrap();
    for s in &sentences {
        w.add_document(doc!(text => s.as_str())).unwrap();
    }
    w.commit().unwrap();
    w.wait_merging_threads().unwrap();
    let plain_secs = t.elapsed().as_secs_f64();

    // Query latency, hot: each query once to warm up, then timed runs.
    let reader = index.reader().unwrap();
    let searcher = reader.searcher();
    let tag = |t: Tag| Filters {
        tags: vec![t],
        ..Filters::default()
    };
    let queries: Vec<(&str, Option<&str>, Filters)> = vec![
        ("word", Some("troops"), Filters::default()),
        ("word", Some("casualties"), Filters::default()),
        ("two words (AND)", Some("oil prices"), Filters::default()),
        ("phrase", Some("\"state media\""), Filters::default()),
        ("phrase", Some("\"interest rates\""), Filters::default()),
        ("phrase", Some("\"North Korea\""), Filters::default()),
        ("boolean", Some("troops OR soldiers"), Filters::default()),
        ("boolean", Some("election AND NOT poll"), Filters::default()),
        ("tag", None, tag(Tag::StateMedia)),
        ("tag", None, tag(Tag::Intelligence)),
        ("tag + word", Some("killed"), tag(Tag::OfficialEstimate)),
        (
            "tag + phrase",
            Some("\"said on\""),
            tag(Tag::OfficialStatement),
        ),
        (
            "two tags",
            None,
            Filters {
                tags: vec![Tag::Intelligence, Tag::OfficialEstimate],
                ..Filters::default()
            },
        ),
        (
            "source",
            None,
            Filters {
                source: Some("Xinhua".into()),
                ..Filters::default()
            },
        ),
        (
            "source + word",
            Some("economy"),
            Filters {
                source: Some("officials".into()),
                ..Filters::default()
            },
        ),
        (
            "kind",
            None,
            Filters {
                kinds: vec![provenance::SourceKind::Intelligence],
                ..Filters::default()
            },
        ),
        (
            "outlet",
            Some("bank"),
            Filters {
                outlet: Some("BBC News".into()),
                ..Filters::default()
            },
        ),
        (
            "date range",
            Some("oil"),
            Filters {
                since: Some("1987-03-01".into()),
                until: Some("1987-03-31".into()),
                ..Filters::default()
            },
        ),
        (
            "date range + tag",
            None,
            Filters {
                since: Some("2019-01-01".into()),
                tags: vec![Tag::StateMedia],
                ..Filters::default()
            },
        ),
        (
            "quote + word",
            Some("minister"),
            Filters {
                quote: true,
                ..Filters::default()
            },
        ),
        (
            "hedged + tag",
            None,
            Filters {
                hedged: true,
                tags: vec![Tag::Intelligence],
                ..Filters::default()
            },
        ),
        (
            "unattributed + phrase",
            Some("\"the company\""),
            Filters {
                unattributed: true,
                ..Filters::default()
            },
        ),
        (
            "figure + tag",
            Some("deaths"),
            Filters {
                figure: true,
                any_tag: true,
                ..Filters::default()
            },
        ),
        (
            "field syntax",
            Some("tags:state-media AND troops"),
            Filters::default(),
        ),
    ];
    let runs = 30;
    let mut lat = Vec::new();
    let mut count_lat = Vec::new();
    for (_, q, f) in &queries {
        let s = Search::new(&index, *q, f).unwrap();
        let _ = s.hits(&searcher, 20, Sort::Score).unwrap();
        for _ in 0..runs {
            let t = Instant::now();
            let _ = s.hits(&searcher, 20, Sort::Score).unwrap();
            lat.push(t.elapsed().as_secs_f64() * 1e3);
            let t = Instant::now();
            let _ = s.count(&searcher).unwrap();
            count_lat.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    lat.sort_by(|a, b| a.partial_cmp(b).unwrap());
    count_lat.sort_by(|a, b| a.partial_cmp(b).unwrap());

    let mb = text_bytes as f64 / 1e6;
    let psize = dir_size(&pdir) as f64 / 1e6;
    let bsize = dir_size(&bdir) as f64 / 1e6;
    println!(
        "corpus: {} articles, {:.1} MB of text, {} sentences",
        articles.len(),
        mb,
        sentences.len()
    );
    println!("| run | seconds | MB/s | sentences/s | index MB | index/text |");
    println!("|---|---|---|---|---|---|");
    println!(
        "| provenance ingest (read+segment+annotate+index) | {:.2} | {:.1} | {:.0} | {:.1} | {:.2} |",
        prov_secs, mb / prov_secs, report.sentences as f64 / prov_secs, psize, psize / mb
    );
    println!(
        "| plain tantivy (same sentences, bare text) | {:.2} | {:.1} | {:.0} | {:.1} | {:.2} |",
        plain_secs,
        mb / plain_secs,
        sentences.len() as f64 / plain_secs,
        bsize,
        bsize / mb
    );
    println!(
        "queries: {} x {} runs, top 20: p50 {:.2} ms, p99 {:.2} ms; --count: p50 {:.2} ms, p99 {:.2} ms",
        queries.len(),
        runs,
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        percentile(&count_lat, 0.5),
        percentile(&count_lat, 0.99)
    );
    println!(
        "ingest ratio provenance/plain-tantivy: {:.2}",
        prov_secs / plain_secs
    );
    let _ = std::fs::remove_dir_all(&tmp);
}
