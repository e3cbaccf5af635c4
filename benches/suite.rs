//! Measurements for `bench/run.sh`, one per invocation, printed as
//! `key=value` lines:
//!
//! - `segment FILE` / `annotate FILE`: MB/s over the file's text (best of 3);
//! - `plain DATA... INDEX`: a plain tantivy baseline indexing the same
//!   sentences as bare text (read + segment untimed), with two writer
//!   threads (both cores) and the ingest's memory budget, done once
//!   committed; its wall and CPU seconds (all threads);
//! - `docs DATA... INDEX`: provenance's own documents for the same
//!   articles (read + annotate untimed), indexed with the ingest's writer
//!   settings, wall and CPU seconds: the cost of the schema alone, next to
//!   `plain` (`NO_MERGE=1` turns merges off, for steadier comparisons
//!   between schema variants);
//! - `queries INDEX`: p50/p99 latency of a fixed list of queries, hot.
//!
//! Run through cargo: `cargo bench --bench suite -- segment text.txt`.

use std::path::PathBuf;
use std::time::Instant;

use provenance::annotation::Tag;
use provenance::article;
use provenance::index::SentenceIndex;
use provenance::search::{Filters, Search, Sort};
use provenance::{segment, Annotator, Lexicon};
use tantivy::schema::{Schema, STORED, TEXT};
use tantivy::{doc, Index};

// The allocator of the `provenance` binary, for all measurements alike.
#[global_allocator]
static GLOBAL: provenance::allocator::Allocator = provenance::allocator::Allocator;

/// CPU time (user + system) of this process so far, all threads, seconds.
fn cpu_seconds() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    tv(u.ru_utime) + tv(u.ru_stime)
}

fn best_of<F: FnMut()>(n: usize, mut f: F) -> f64 {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min)
}

fn main() {
    provenance::allocator::keep_freed_memory();
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let Some(mode) = args.first() else {
        eprintln!("usage: suite segment|annotate FILE | plain DATA... INDEX | queries INDEX");
        return;
    };
    match mode.as_str() {
        "segment" | "annotate" => {
            let text = std::fs::read_to_string(&args[1]).expect("read text");
            // Articles are separated by blank-line-title blocks; treat the
            // file as articles of about 4 KB for realistic work units.
            let chunks: Vec<&str> = text.split("\n\n\n").collect();
            let annotator = Annotator::new(Lexicon::builtin());
            let secs = best_of(3, || {
                for c in &chunks {
                    if mode == "segment" {
                        std::hint::black_box(segment::split(c));
                    } else {
                        std::hint::black_box(annotator.annotate(c));
                    }
                }
            });
            println!("{mode}_mb_per_s={:.1}", text.len() as f64 / 1e6 / secs);
        }
        "plain" => {
            let (data, index) = args[1..].split_at(args.len() - 2);
            let mut sentences: Vec<String> = Vec::new();
            let mut bytes = 0usize;
            for p in data {
                for a in article::read_file(&PathBuf::from(p)).filter_map(Result::ok) {
                    bytes += a.text.len();
                    sentences.extend(
                        segment::split(&a.text)
                            .into_iter()
                            .map(|r| a.text[r].to_string()),
                    );
                }
            }
            let dir = PathBuf::from(&index[0]);
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            let mut sb = Schema::builder();
            let text = sb.add_text_field("text", TEXT | STORED);
            let (t, cpu) = (Instant::now(), cpu_seconds());
            let idx = Index::create_in_dir(&dir, sb.build()).unwrap();
            let mut w: tantivy::IndexWriter = idx.writer_with_num_threads(2, 200 << 20).unwrap();
            for s in &sentences {
                w.add_document(doc!(text => s.as_str())).unwrap();
            }
            // Like `provenance ingest`: done once committed, merges still
            // running at the end are not waited for.
            w.commit().unwrap();
            drop(w);
            let secs = t.elapsed().as_secs_f64();
            println!("plain_seconds={secs:.2}");
            println!("plain_cpu_seconds={:.2}", cpu_seconds() - cpu);
            println!("plain_sentences={}", sentences.len());
            println!("plain_mb_per_s={:.1}", bytes as f64 / 1e6 / secs);
        }
        "docs" => {
            let (data, index) = args[1..].split_at(args.len() - 2);
            let annotator = Annotator::new(Lexicon::builtin());
            let mut articles = Vec::new();
            for p in data {
                articles.extend(article::read_file(&PathBuf::from(p)).filter_map(Result::ok));
            }
            let annotated: Vec<_> = articles
                .iter()
                .map(|a| {
                    annotator.annotate_article(&a.text, a.outlet.as_deref(), a.date.as_deref())
                })
                .collect();
            let dir = PathBuf::from(&index[0]);
            let _ = std::fs::remove_dir_all(&dir);
            let opts = provenance::index::ingest::Options::default();
            let (t, cpu) = (Instant::now(), cpu_seconds());
            let idx = SentenceIndex::open_or_create(&dir).unwrap();
            let mut w = idx.writer(opts.threads, opts.memory_budget).unwrap();
            if std::env::var_os("NO_MERGE").is_some() {
                w.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
            }
            for (a, s) in articles.iter().zip(&annotated) {
                let ops = idx.documents(a, 0, s).into_iter();
                w.run(
                    ops.map(tantivy::indexer::UserOperation::Add)
                        .collect::<Vec<_>>(),
                )
                .unwrap();
            }
            w.commit().unwrap();
            drop(w);
            println!("docs_seconds={:.2}", t.elapsed().as_secs_f64());
            println!("docs_cpu_seconds={:.2}", cpu_seconds() - cpu);
        }
        "queries" => {
            let index = SentenceIndex::open(&PathBuf::from(&args[1])).expect("open index");
            let reader = index.reader().unwrap();
            let searcher = reader.searcher();
            let tag = |t: Tag| Filters {
                tags: vec![t],
                ..Filters::default()
            };
            let qs: Vec<(Option<&str>, Filters)> = vec![
                (Some("troops"), Filters::default()),
                (Some("\"state media\""), Filters::default()),
                (Some("\"interest rates\""), Filters::default()),
                (Some("\"North Korea\""), Filters::default()),
                (Some("\"oil prices\""), Filters::default()),
                (Some("\"central bank\""), Filters::default()),
                (Some("troops OR soldiers"), Filters::default()),
                (Some("election AND NOT poll"), Filters::default()),
                (None, tag(Tag::StateMedia)),
                (None, tag(Tag::Intelligence)),
                (Some("killed"), tag(Tag::OfficialEstimate)),
                (Some("\"said on\""), tag(Tag::OfficialStatement)),
                (
                    None,
                    Filters {
                        source: Some("Xinhua".into()),
                        ..Filters::default()
                    },
                ),
                (
                    Some("economy"),
                    Filters {
                        source: Some("officials".into()),
                        ..Filters::default()
                    },
                ),
                (
                    Some("bank"),
                    Filters {
                        outlet: Some("BBC News".into()),
                        ..Filters::default()
                    },
                ),
                (
                    Some("oil"),
                    Filters {
                        since: Some("1987-03-01".into()),
                        until: Some("1987-03-31".into()),
                        ..Filters::default()
                    },
                ),
                (
                    None,
                    Filters {
                        since: Some("2019-01-01".into()),
                        tags: vec![Tag::StateMedia],
                        ..Filters::default()
                    },
                ),
                (
                    Some("minister"),
                    Filters {
                        quote: true,
                        ..Filters::default()
                    },
                ),
                (
                    None,
                    Filters {
                        hedged: true,
                        tags: vec![Tag::Intelligence],
                        ..Filters::default()
                    },
                ),
                (
                    Some("deaths"),
                    Filters {
                        figure: true,
                        any_tag: true,
                        ..Filters::default()
                    },
                ),
                (
                    Some("\"the company\""),
                    Filters {
                        unattributed: true,
                        ..Filters::default()
                    },
                ),
                (Some("tags:state-media AND troops"), Filters::default()),
            ];
            let mut lat = Vec::new();
            for (q, f) in &qs {
                let s = Search::new(&index, *q, f).unwrap();
                let _ = s.hits(&searcher, 20, Sort::Score).unwrap();
                for i in 0..20 {
                    let t = Instant::now();
                    if i % 2 == 0 {
                        let _ = s.hits(&searcher, 20, Sort::Score).unwrap();
                    } else {
                        let _ = s.count(&searcher).unwrap();
                    }
                    lat.push(t.elapsed().as_secs_f64() * 1e3);
                }
            }
            lat.sort_by(|a, b| a.partial_cmp(b).unwrap());
            let p = |q: f64| lat[((lat.len() - 1) as f64 * q).round() as usize];
            println!("queries={}", qs.len());
            println!("search_p50_ms={:.2}", p(0.5));
            println!("search_p99_ms={:.2}", p(0.99));
        }
        other => eprintln!("unknown mode {other}"),
    }
}
