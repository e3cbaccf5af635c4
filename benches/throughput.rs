//! Throughput of segmentation and annotation on real news text
//! (`../shared/data/bbc_fulltext.jsonl`), with plain UAX #29 as the
//! baseline. Run: `cargo bench --bench throughput`; criterion prints MiB/s.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use provenance::{segment, Annotator, Lexicon};
use unicode_segmentation::UnicodeSegmentation;

fn articles() -> Option<Vec<String>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/bbc_fulltext.jsonl"
    );
    let data = std::fs::read_to_string(path).ok()?;
    Some(
        data.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| {
                let title = v["title"].as_str().unwrap_or("");
                let text = v["text"].as_str().unwrap_or("");
                format!("{title}\n\n{text}")
            })
            .collect(),
    )
}

fn bench(c: &mut Criterion) {
    let Some(arts) = articles() else {
        eprintln!("skipped: ../shared/data/bbc_fulltext.jsonl is absent");
        return;
    };
    let bytes: usize = arts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("bbc_fulltext");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("uax29_baseline", |b| {
        b.iter(|| {
            arts.iter()
                .map(|a| a.split_sentence_bound_indices().count())
                .sum::<usize>()
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| arts.iter().map(|a| segment::split(a).len()).sum::<usize>())
    });
    let annotator = Annotator::new(Lexicon::builtin());
    g.bench_function("annotate", |b| {
        b.iter(|| {
            arts.iter()
                .map(|a| annotator.annotate(a).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
