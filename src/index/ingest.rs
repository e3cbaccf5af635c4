//! Ingesting: inputs (files and directories) into the index, annotating
//! articles in parallel, incrementally and idempotently.
//!
//! An article's id is its given id or derived from its path; its content
//! hash decides what happens: unchanged is skipped, changed is replaced (old
//! documents deleted and new ones added in the same commit), new is added.
//! Commits happen every `commit_secs` seconds (or `commit_every` articles,
//! whichever comes first) and at the end, so a killed
//! run loses at most the work since the last commit, and a re-run skips
//! what was committed.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::time::Instant;

use super::{feed, IndexError, SentenceIndex};
use crate::annotation::Sentence;
use crate::article::{self, Article, ArticleError, Format};
use crate::attribution::Annotator;

/// How to ingest.
#[derive(Debug, Clone)]
pub struct Options {
    /// Start over: drop everything the index holds (in the same commit as
    /// the new documents, so a failed rebuild leaves the old index).
    pub rebuild: bool,
    /// Indexing threads of the tantivy writer.
    pub threads: usize,
    /// Memory budget of the writer, in bytes (all threads together).
    pub memory_budget: usize,
    /// Commit after this many new or changed articles.
    pub commit_every: usize,
    /// Commit after this many seconds of work.
    pub commit_secs: u64,
    /// Articles the reader thread hands over at a time.
    pub batch: usize,
    /// The outlet of articles whose input names none (`--outlet`).
    pub outlet: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            rebuild: false,
            // One tantivy indexing thread: the annotation already keeps
            // every core busy, and one writer makes fewer, larger segments
            // (measured at 1 GB: same time, 9% less CPU, 370 vs 414 MB).
            threads: 1,
            memory_budget: 200 << 20,
            commit_every: usize::MAX,
            commit_secs: 60,
            batch: 256,
            outlet: None,
        }
    }
}

/// What an ingest did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Inputs (files or lines) that could not be read as articles.
    pub failed: usize,
    /// Files skipped for their extension.
    pub skipped: usize,
    pub sentences: usize,
    /// Bytes of article text annotated and indexed.
    pub bytes: usize,
}

/// Something the ingest has to say along the way.
#[derive(Debug)]
pub enum Event<'a> {
    /// An input that failed; the rest goes on.
    Failed(&'a ArticleError),
    /// A file skipped for its extension.
    Skipped(&'a Path),
    /// Progress: bytes of input files read so far, of `total`.
    Progress { done: u64, total: u64 },
}

/// The files to read: files as given (any extension, so an unknown one is
/// reported), directories walked for known extensions (others counted as
/// skipped).
pub fn input_files(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for p in inputs {
        if p.is_dir() {
            walk(p, &mut files, &mut skipped);
        } else {
            files.push(p.clone());
        }
    }
    (files, skipped)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, skipped: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        files.push(dir.to_path_buf()); // reading it reports the error
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            walk(&p, files, skipped);
        } else if Format::of(&p).is_some() {
            files.push(p);
        } else {
            skipped.push(p);
        }
    }
}

/// Ingests `inputs` into `index`. Input errors are passed to `on_event`
/// and counted; index errors stop the run (what was committed stays).
pub fn ingest(
    index: &SentenceIndex,
    annotator: &Annotator,
    inputs: &[PathBuf],
    opts: &Options,
    mut on_event: impl FnMut(Event),
) -> Result<Report, IndexError> {
    let (files, skipped) = input_files(inputs);
    let mut report = Report {
        skipped: skipped.len(),
        ..Report::default()
    };
    for p in &skipped {
        on_event(Event::Skipped(p));
    }
    let sizes: Vec<u64> = files
        .iter()
        .map(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0))
        .collect();
    let total: u64 = sizes.iter().sum();
    let writer = index.writer(opts.threads, opts.memory_budget)?;
    // Merges stay small: groups of four segments, and a segment past half
    // a million documents is not merged again. Memory (merged segments are
    // mapped while read) stays flat as the corpus grows.
    let mut policy = tantivy::merge_policy::LogMergePolicy::default();
    policy.set_min_num_segments(4);
    policy.set_max_docs_before_merge(500_000);
    writer.set_merge_policy(Box::new(policy));
    if opts.rebuild {
        writer.delete_all_documents().map_err(|e| index.error(e))?;
    }
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut done = 0u64;
    // The number of the next chunk of articles, in input order.
    let mut seq = 0u64;
    let every = feed::CommitEvery {
        articles: opts.commit_every,
        secs: opts.commit_secs,
    };
    let queue = feed::Queue::default();
    // Three stages at once: a reader thread reads, hashes and sorts the
    // articles into batches; this thread hands them in chunks to the
    // workers, with no barrier between batches; a writer thread indexes
    // each chunk in its turn.
    let (counts, mut writer) = std::thread::scope(|scope| -> Result<_, IndexError> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Read>(2);
        let (work_tx, work_rx) = std::sync::mpsc::channel::<feed::Chunk>();
        let (files, searcher, queue, every) = (&files, &searcher, &queue, &every);
        let sorter = scope.spawn(move || sort_articles(index, searcher, files, opts, tx));
        let feeder = scope.spawn(move || feed::run(index, writer, work_rx, queue, every));
        let annotated = Annotated::default();
        rayon::in_place_scope(|workers| {
            for msg in rx {
                if queue.failed() {
                    break; // the writer's error is returned below
                }
                match msg {
                    Read::Batch(batch) => {
                        let mut batch = batch.into_iter().peekable();
                        while batch.peek().is_some() {
                            let chunk: Vec<_> = batch.by_ref().take(CHUNK).collect();
                            queue.start(chunk.len());
                            let (work, annotated) = (work_tx.clone(), &annotated);
                            workers.spawn(move |_| {
                                annotate_chunk(
                                    annotator, index, chunk, seq, &work, queue, annotated,
                                )
                            });
                            seq += 1;
                        }
                    }
                    Read::Failed(e) => {
                        report.failed += 1;
                        on_event(Event::Failed(&e));
                    }
                    Read::FileDone(i) => {
                        done += sizes[i];
                        on_event(Event::Progress { done, total });
                    }
                }
            }
        });
        report.sentences = annotated.sentences.into_inner();
        report.bytes = annotated.bytes.into_inner();
        drop(work_tx);
        let writer = join(feeder);
        let counts = join(sorter);
        Ok((counts?, writer?))
    })?;
    report.added = counts.added;
    report.updated = counts.updated;
    report.unchanged = counts.unchanged;
    writer.commit().map_err(|e| index.error(e))?;
    // Everything is committed and searchable here. Segment merges still
    // running are abandoned rather than waited for (waiting costs a long
    // single-threaded tail on large runs); the next ingest merges again.
    drop(writer);
    Ok(report)
}

/// A scoped thread's result, its panic passed on.
fn join<T>(h: std::thread::ScopedJoinHandle<'_, T>) -> T {
    match h.join() {
        Ok(v) => v,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// What the reader thread hands over.
enum Read {
    /// New or changed articles, with their hash and whether they replace
    /// documents already in the index.
    Batch(Vec<(Article, u64, bool)>),
    Failed(ArticleError),
    /// File `i` is read.
    FileDone(usize),
}

/// What the reader thread counted.
#[derive(Default)]
struct Counts {
    added: usize,
    updated: usize,
    unchanged: usize,
}

/// The reader thread: reads every file, hashes each article, compares with
/// the index and sends the new and changed ones in batches. Stops early
/// (without error) when the receiving side has stopped.
fn sort_articles(
    index: &SentenceIndex,
    searcher: &tantivy::Searcher,
    files: &[PathBuf],
    opts: &Options,
    tx: std::sync::mpsc::SyncSender<Read>,
) -> Result<Counts, IndexError> {
    let mut counts = Counts::default();
    // Ids seen in this run, as 64-bit hashes: memory stays small for
    // millions of articles.
    let mut seen: HashSet<u64> = HashSet::new();
    // An empty index holds no article to compare with: no lookups.
    let empty = searcher.num_docs() == 0;
    let batch = opts.batch;
    let mut pending = Vec::with_capacity(batch);
    for (i, file) in files.iter().enumerate() {
        for art in article::read_input(file) {
            let mut art = match art {
                Ok(a) => a,
                Err(e) => {
                    if tx.send(Read::Failed(e)).is_err() {
                        return Ok(counts);
                    }
                    continue;
                }
            };
            if art.outlet.is_none() {
                art.outlet.clone_from(&opts.outlet);
            }
            let hash = article::content_hash(&art);
            // Standard input has no name: its id is its content's hash, so
            // that each story piped in is an article of its own and piping
            // the same story again changes nothing.
            if art.id == "-" {
                art.id = format!("stdin/{hash:016x}");
            }
            let again = !seen.insert(xxhash_rust::xxh3::xxh3_64(art.id.as_bytes()));
            let stored = if opts.rebuild || again || empty {
                None
            } else {
                index.article_hash(searcher, &art.id)?
            };
            match stored {
                Some(h) if h == hash => counts.unchanged += 1,
                Some(_) => {
                    counts.updated += 1;
                    pending.push((art, hash, true));
                }
                None => {
                    if again {
                        counts.updated += 1;
                    } else {
                        counts.added += 1;
                    }
                    pending.push((art, hash, again));
                }
            }
            if pending.len() >= batch {
                let full = std::mem::replace(&mut pending, Vec::with_capacity(batch));
                if tx.send(Read::Batch(full)).is_err() {
                    return Ok(counts);
                }
            }
        }
        if tx.send(Read::FileDone(i)).is_err() {
            return Ok(counts);
        }
    }
    if !pending.is_empty() {
        let _ = tx.send(Read::Batch(pending));
    }
    Ok(counts)
}

/// Articles a worker annotates before it queues them for the writer.
const CHUNK: usize = 8;

/// An annotated article as the writer thread takes it: the delete of its
/// old documents if it replaces them, and its new documents.
fn document(
    index: &SentenceIndex,
    a: Article,
    hash: u64,
    replace: bool,
    sentences: Vec<Sentence>,
) -> feed::Work {
    feed::Work {
        delete: replace.then(|| index.article_documents(&a.id)),
        docs: index.documents(&a, hash, &sentences),
    }
}

/// What the workers annotated, counted as they go.
#[derive(Default)]
struct Annotated {
    sentences: AtomicUsize,
    bytes: AtomicUsize,
}

/// A worker's job: annotates a chunk of articles, builds their documents
/// and queues them for the writer thread as chunk number `seq` (one
/// message, one wake-up of the writer thread, per chunk).
fn annotate_chunk(
    annotator: &Annotator,
    index: &SentenceIndex,
    chunk: Vec<(Article, u64, bool)>,
    seq: u64,
    work: &Sender<feed::Chunk>,
    queue: &feed::Queue,
    annotated: &Annotated,
) {
    let articles = chunk.len();
    let unsent = Unsent {
        seq,
        articles,
        work,
    };
    let items: Vec<feed::Work> = chunk
        .into_iter()
        .map(|(a, hash, replace)| {
            let sentences =
                annotator.annotate_article(&a.text, a.outlet.as_deref(), a.date.as_deref());
            annotated
                .sentences
                .fetch_add(sentences.len(), Ordering::Relaxed);
            annotated.bytes.fetch_add(a.text.len(), Ordering::Relaxed);
            document(index, a, hash, replace, sentences)
        })
        .collect();
    queue.acquire(items.iter().map(feed::Work::queued).sum());
    std::mem::forget(unsent);
    // The writer thread stops receiving only when every sender is dropped,
    // and this job holds one: a send cannot fail.
    let _ = work.send(feed::Chunk {
        seq,
        articles,
        items,
    });
}

/// A chunk whose job has not sent it. Dropped only if the job panics: it
/// then sends the chunk empty, so that the writer thread (which writes in
/// order) and the reader's side (which waits for articles to be written)
/// go on to the end, where the workers' scope passes the panic on before
/// the last commit.
struct Unsent<'a> {
    seq: u64,
    articles: usize,
    work: &'a Sender<feed::Chunk>,
}

impl Drop for Unsent<'_> {
    fn drop(&mut self) {
        let _ = self.work.send(feed::Chunk {
            seq: self.seq,
            articles: self.articles,
            items: Vec::new(),
        });
    }
}

/// Removes articles by id in one commit; returns the ids the index held.
pub fn remove(index: &SentenceIndex, ids: &[String]) -> Result<Vec<String>, IndexError> {
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut found = Vec::new();
    for id in ids {
        if index.article_hash(&searcher, id)?.is_some() {
            found.push(id.clone());
        }
    }
    let mut writer = index.writer(1, 15 << 20)?;
    for id in &found {
        writer
            .delete_query(index.article_documents(id))
            .map_err(|e| index.error(e))?;
    }
    writer.commit().map_err(|e| index.error(e))?;
    Ok(found)
}

/// Seconds since `t`, for the summary.
pub fn seconds(t: Instant) -> f64 {
    t.elapsed().as_secs_f64()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lexicon;
    use tantivy::schema::Value;

    #[test]
    fn a_chunk_whose_job_panics_is_sent_empty_in_its_turn() {
        let (tx, rx) = std::sync::mpsc::channel();
        let job = std::thread::scope(|s| {
            s.spawn(|| {
                let _unsent = Unsent {
                    seq: 7,
                    articles: 3,
                    work: &tx,
                };
                panic!("a bug in the annotator");
            })
            .join()
        });
        assert!(job.is_err());
        let c = rx.try_recv().expect("the chunk is sent");
        assert_eq!((c.seq, c.articles, c.items.len()), (7, 3, 0));
    }

    /// Segments in the index after ingesting `n` one-line articles.
    fn segments_after(opts: &Options, n: usize) -> usize {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        std::fs::create_dir(&data).unwrap();
        for i in 0..n {
            let text = format!("Article {i}. The ministry said {i} people were hurt.");
            std::fs::write(data.join(format!("a{i}.txt")), text).unwrap();
        }
        let index = SentenceIndex::open_or_create(&tmp.path().join("idx")).unwrap();
        let annotator = Annotator::new(Lexicon::builtin());
        let report = ingest(&index, &annotator, &[data], opts, |_| {}).unwrap();
        assert_eq!(report.added, n);
        let reader = index.reader().unwrap();
        let searcher = reader.searcher();
        assert_eq!(
            searcher.num_docs() as usize,
            3 * n,
            "2 sentences + 1 article each"
        );
        searcher.segment_readers().len()
    }

    #[test]
    fn articles_reach_the_index_in_input_order() {
        // Many chunks per batch, annotated by parallel workers that finish
        // in any order: the writer still adds them in input order.
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        std::fs::create_dir(&data).unwrap();
        for i in 0..120 {
            // Uneven lengths, so that chunks take uneven times.
            let text = "The ministry said prices rose. ".repeat(1 + (i * 7) % 13);
            std::fs::write(data.join(format!("a{i:03}.txt")), text).unwrap();
        }
        let index = SentenceIndex::open_or_create(&tmp.path().join("idx")).unwrap();
        let annotator = Annotator::new(Lexicon::builtin());
        let opts = Options {
            batch: 64,
            ..Options::default()
        };
        ingest(&index, &annotator, &[data], &opts, |_| {}).unwrap();
        let reader = index.reader().unwrap();
        let searcher = reader.searcher();
        let mut addrs: Vec<_> = searcher
            .search(
                &crate::index::term_query(index.fields.doc_type, "article"),
                &tantivy::collector::DocSetCollector,
            )
            .unwrap()
            .into_iter()
            .collect();
        addrs.sort();
        let paths: Vec<String> = addrs
            .iter()
            .map(|&a| {
                let d: tantivy::TantivyDocument = searcher.doc(a).unwrap();
                d.get_first(index.fields.path)
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap()
            })
            .collect();
        assert_eq!(paths.len(), 120);
        let mut sorted = paths.clone();
        sorted.sort();
        assert_eq!(paths, sorted, "articles in input (file name) order");
    }

    /// Every sentence document's record names the article whose document
    /// ends its block, and its place in the block is its number.
    fn assert_blocks_whole(index: &SentenceIndex) -> usize {
        let reader = index.reader().unwrap();
        let searcher = reader.searcher();
        let mut checked = 0;
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let blocks = crate::index::blocks::Blocks::of(segment, index.fields.doc_type).unwrap();
            let ids = segment.fast_fields().str("article_id").unwrap().unwrap();
            let alive = |d| segment.alive_bitset().is_none_or(|b| b.is_alive(d));
            for doc in (0..segment.max_doc()).filter(|&d| alive(d)) {
                let article = blocks
                    .article_of(doc)
                    .expect("every document ends in an article");
                if article == doc {
                    continue;
                }
                let addr = tantivy::DocAddress::new(ord as u32, doc);
                let d: tantivy::TantivyDocument = searcher.doc(addr).unwrap();
                let s = index.stored_sentence(&d, &"x".repeat(10_000)).unwrap();
                let mut id = String::new();
                let o = ids.term_ords(article).next().unwrap();
                ids.ord_to_str(o, &mut id).unwrap();
                assert_eq!(index.stored_article_id(&d).unwrap(), id);
                assert_eq!(blocks.sentence_number(doc), Some(s.sentence as u32));
                checked += 1;
            }
        }
        checked
    }

    #[test]
    fn an_articles_documents_stay_one_block_through_commits_replaces_and_merges() {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        std::fs::create_dir(&data).unwrap();
        let write = |round: usize| {
            for i in 0..60 {
                let text = format!("Story {i}. ")
                    + &format!("The ministry said {round} people were hurt. ")
                        .repeat(1 + (i * 5 + round) % 9);
                std::fs::write(data.join(format!("a{i:02}.txt")), text).unwrap();
            }
        };
        let index = SentenceIndex::open_or_create(&tmp.path().join("idx")).unwrap();
        let annotator = Annotator::new(Lexicon::builtin());
        // Many small commits: many segments, which merges join.
        let opts = Options {
            batch: 16,
            commit_every: 7,
            ..Options::default()
        };
        let run = |round| {
            write(round);
            ingest(
                &index,
                &annotator,
                std::slice::from_ref(&data),
                &opts,
                |_| {},
            )
            .unwrap()
        };
        run(0);
        // Every article changes: each is deleted (block and all) and added
        // again, with another number of sentences.
        let report = run(1);
        assert_eq!(report.updated, 60);
        let checked = assert_blocks_whole(&index);
        let reader = index.reader().unwrap();
        let searcher = reader.searcher();
        assert_eq!(
            searcher.num_docs() as usize,
            checked + 60,
            "no old sentence is left"
        );
        let q = crate::search::Search::new(
            &index,
            Some("\"1 people\""),
            &crate::search::Filters {
                article: Some(crate::article::id_from_path(&data.join("a08.txt"))),
                ..Default::default()
            },
        )
        .unwrap();
        // a08's sentence is written 1 + (8 * 5 + 1) % 9 times.
        assert_eq!(q.count(&searcher).unwrap(), 6);
    }

    #[test]
    fn commits_by_time_and_by_count() {
        let base = Options {
            batch: 1,
            ..Options::default()
        };
        // Defaults: one commit at the end (within a minute of work), so at
        // most one segment per writer thread.
        let once = segments_after(&base, 3);
        assert!(
            once <= 2,
            "one commit: at most one segment per thread, got {once}"
        );
        // A commit after every batch, by time or by count: at least one
        // segment per commit.
        let by_time = Options {
            commit_secs: 0,
            ..base.clone()
        };
        assert!(segments_after(&by_time, 3) >= 3);
        let by_count = Options {
            commit_every: 1,
            ..base
        };
        assert!(segments_after(&by_count, 3) >= 3);
    }
}
