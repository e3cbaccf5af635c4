//! The writer's side of an ingest: one thread owns the tantivy writer,
//! takes each article's documents as soon as an annotating worker has
//! built them, hands them to tantivy and commits by time and count.
//!
//! Nothing waits for a whole batch: the workers take chunks of articles
//! as the reader hands them over, tantivy's indexing thread takes each
//! chunk as soon as it is its turn, and while tantivy serialises a full
//! segment (a second or more at the default budget) the workers go on
//! annotating. Two bounds keep memory flat: at most [`IN_FLIGHT`] articles
//! between being handed to a worker and being written, and at most
//! [`QUEUE_DOCS`] documents waiting for the writer thread. Articles reach
//! the index in input order, whichever worker finishes first, so two
//! ingests of the same input build the same index.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};
use std::time::Instant;

use tantivy::indexer::UserOperation;
use tantivy::query::Query;
use tantivy::{IndexWriter, TantivyDocument};

use super::{IndexError, SentenceIndex};

/// Documents queued for the writer thread, at most (about 100 MB for
/// news). Chunks that arrive before their turn wait beside them, and
/// tantivy's own queue holds 10,000 more.
pub const QUEUE_DOCS: usize = 100_000;

/// Articles handed to the workers and not yet written, at most: enough
/// that no worker waits for work while another finishes a long article,
/// few enough that chunks waiting for their turn stay small. (Measured at
/// 250 MB: 4,096 let the workers go on longer while tantivy serialises a
/// segment, but took 20-35 MB more memory for no measurable speed.)
pub const IN_FLIGHT: usize = 512;

/// One article as the workers send it to the writer thread: the delete of
/// its old documents (if it replaces them), then its new ones, which
/// tantivy writes together into one segment (the article's block).
pub struct Work {
    pub delete: Option<Box<dyn Query>>,
    pub docs: Vec<TantivyDocument>,
}

/// The counts of articles in flight (which the reader's side waits on) and
/// of documents queued for the writer thread (which workers wait on), and
/// whether the writer has failed.
#[derive(Default)]
pub struct Queue {
    state: Mutex<Counts>,
    freed: Condvar,
    failed: AtomicBool,
}

#[derive(Default)]
struct Counts {
    /// Articles handed to workers and not yet written.
    articles: usize,
    /// Documents sent to the writer thread and not yet received.
    queued: usize,
    /// Threads waiting for room, workers or the reader's side (woken only
    /// when there are some: a wake-up is a system call).
    waiting: usize,
}

/// Whether `n` more fit beside `held` under `cap` (an empty count takes any
/// number, so that a huge chunk cannot wait forever).
fn fits(held: usize, n: usize, cap: usize) -> bool {
    held == 0 || held + n <= cap
}

impl Queue {
    /// Whether the writer thread has met an index error (the rest of the
    /// input need not be annotated).
    pub fn failed(&self) -> bool {
        self.failed.load(Ordering::Relaxed)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Counts> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until `n` more articles may be handed to the workers, then
    /// counts them in.
    pub fn start(&self, n: usize) {
        self.wait_and_add(n, IN_FLIGHT, |c| &mut c.articles);
    }

    /// Counts `n` articles out: written, or dropped after an index error.
    pub fn finish(&self, n: usize) {
        self.remove(n, |c| &mut c.articles);
    }

    /// Waits until `n` more documents fit in the queue, then counts them in.
    pub fn acquire(&self, n: usize) {
        self.wait_and_add(n, QUEUE_DOCS, |c| &mut c.queued);
    }

    /// Counts `n` documents out.
    pub fn release(&self, n: usize) {
        self.remove(n, |c| &mut c.queued);
    }

    fn wait_and_add(&self, n: usize, cap: usize, count: fn(&mut Counts) -> &mut usize) {
        let mut c = self.lock();
        while !fits(*count(&mut c), n, cap) {
            c.waiting += 1;
            c = self.freed.wait(c).unwrap_or_else(|e| e.into_inner());
            c.waiting -= 1;
        }
        *count(&mut c) += n;
    }

    fn remove(&self, n: usize, count: fn(&mut Counts) -> &mut usize) {
        let mut c = self.lock();
        *count(&mut c) -= n;
        if c.waiting > 0 {
            self.freed.notify_all();
        }
    }
}

impl Work {
    /// Documents this item holds in the queue.
    pub fn queued(&self) -> usize {
        self.docs.len()
    }
}

/// When to commit along the way.
pub struct CommitEvery {
    pub articles: usize,
    pub secs: u64,
}

/// A worker's chunk of annotated articles, numbered in input order.
pub struct Chunk {
    pub seq: u64,
    /// Articles of the chunk (counted in flight until written).
    pub articles: usize,
    pub items: Vec<Work>,
}

/// Runs the writer thread until every sender is dropped: writes what
/// arrives in input order (chunks that arrive early wait, fewer than
/// [`IN_FLIGHT`] articles), commits by `every`, and returns the writer with
/// everything handed over (the caller makes the last commit). After an
/// index error it keeps draining the queue, so that no worker waits
/// forever, and returns the error at the end.
pub fn run(
    index: &SentenceIndex,
    mut writer: IndexWriter,
    work: mpsc::Receiver<Chunk>,
    queue: &Queue,
    every: &CommitEvery,
) -> Result<IndexWriter, IndexError> {
    let mut failed = None;
    let mut since_commit = 0usize;
    let mut last_commit = Instant::now();
    let mut early: BTreeMap<u64, Chunk> = BTreeMap::new();
    let mut next = 0u64;
    for chunk in work {
        queue.release(chunk.items.iter().map(Work::queued).sum());
        early.insert(chunk.seq, chunk);
        while let Some(Chunk {
            articles, items, ..
        }) = early.remove(&next)
        {
            next += 1;
            for item in items {
                if failed.is_some() {
                    break;
                }
                let done = write(&writer, item)
                    .map_err(|e| index.error(e))
                    .and_then(|()| {
                        since_commit += 1;
                        if since_commit >= every.articles
                            || last_commit.elapsed().as_secs() >= every.secs
                        {
                            writer.commit().map_err(|e| index.error(e))?;
                            last_commit = Instant::now();
                            since_commit = 0;
                        }
                        Ok(())
                    });
                if let Err(e) = done {
                    queue.failed.store(true, Ordering::Relaxed);
                    failed = Some(e);
                }
            }
            queue.finish(articles);
        }
    }
    match failed {
        Some(e) => Err(e),
        None => Ok(writer),
    }
}

/// Hands one article to tantivy: the delete first, then its documents as
/// one operation group (one segment holds them all, in order).
fn write(writer: &IndexWriter, item: Work) -> tantivy::Result<()> {
    if let Some(q) = item.delete {
        writer.delete_query(q)?;
    }
    writer.run(
        item.docs
            .into_iter()
            .map(UserOperation::Add)
            .collect::<Vec<_>>(),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_queue_takes_any_chunk_and_a_full_one_none() {
        assert!(
            fits(0, 3 * QUEUE_DOCS, QUEUE_DOCS),
            "a huge chunk must not wait forever"
        );
        assert!(fits(QUEUE_DOCS - 10, 10, QUEUE_DOCS));
        assert!(!fits(QUEUE_DOCS - 10, 11, QUEUE_DOCS));
    }

    #[test]
    fn a_waiting_worker_goes_on_once_room_is_made() {
        let q = Queue::default();
        q.acquire(QUEUE_DOCS - 5);
        std::thread::scope(|s| {
            let worker = s.spawn(|| q.acquire(100));
            // Whether the worker is already waiting or not, releasing makes
            // room and it gets through (a missed wake-up hangs this test).
            q.release(QUEUE_DOCS - 5);
            worker.join().unwrap();
        });
        assert_eq!(q.lock().queued, 100);
        assert_eq!(q.lock().waiting, 0);
    }

    #[test]
    fn the_reader_waits_for_articles_to_be_written_not_for_documents() {
        let q = Queue::default();
        q.start(IN_FLIGHT - 8);
        // Documents queued do not hold the reader back.
        q.acquire(QUEUE_DOCS);
        q.start(8);
        std::thread::scope(|s| {
            let reader = s.spawn(|| q.start(8));
            q.finish(8);
            reader.join().unwrap();
        });
        assert_eq!(q.lock().articles, IN_FLIGHT);
        assert_eq!(q.lock().queued, QUEUE_DOCS);
    }
}
