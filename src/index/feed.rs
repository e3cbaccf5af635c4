//! The writer's side of an ingest: one thread owns the tantivy writer,
//! takes each article's documents as soon as an annotating worker has
//! built them, hands them to tantivy and commits by time and count.
//!
//! Workers never wait for a whole batch to be written, and tantivy's
//! indexing thread never waits for a whole batch to be annotated: while
//! tantivy serialises a full segment (a second or more at the default
//! budget), the workers go on annotating into a queue bounded by
//! [`QUEUE_DOCS`] documents, so memory stays flat. Articles reach the
//! index in input order, whichever worker finishes first, so two ingests
//! of the same input build the same index.

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
/// news). Chunks that arrive before their turn wait beside them (one batch
/// at most), and tantivy's own queue holds 10,000 more.
pub const QUEUE_DOCS: usize = 100_000;

/// One article as the workers send it to the writer thread: the delete of
/// its old documents (if it replaces them), then its new ones, which
/// tantivy writes together into one segment (the article's block).
pub struct Work {
    pub delete: Option<Box<dyn Query>>,
    pub docs: Vec<TantivyDocument>,
}

/// The count of documents queued for the writer thread, which workers wait
/// on when it is full, and whether the writer has failed.
#[derive(Default)]
pub struct Queue {
    state: Mutex<Counts>,
    freed: Condvar,
    failed: AtomicBool,
}

#[derive(Default)]
struct Counts {
    queued: usize,
    /// Workers waiting for room (woken only when there are some: a wake-up
    /// is a system call).
    waiting: usize,
}

/// Whether `n` more documents fit beside `queued` (an empty queue takes
/// any number, so that a huge chunk cannot wait forever).
fn fits(queued: usize, n: usize) -> bool {
    queued == 0 || queued + n <= QUEUE_DOCS
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

    /// Waits until `n` more documents fit in the queue, then counts them in.
    pub fn acquire(&self, n: usize) {
        let mut c = self.lock();
        while !fits(c.queued, n) {
            c.waiting += 1;
            c = self.freed.wait(c).unwrap_or_else(|e| e.into_inner());
            c.waiting -= 1;
        }
        c.queued += n;
    }

    /// Counts `n` documents out.
    pub fn release(&self, n: usize) {
        let mut c = self.lock();
        c.queued -= n;
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
    pub items: Vec<Work>,
}

/// Runs the writer thread until every sender is dropped: writes what
/// arrives in input order (chunks that arrive early wait, at most one
/// batch of them), commits by `every`, and returns the writer with
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
    let mut early: BTreeMap<u64, Vec<Work>> = BTreeMap::new();
    let mut next = 0u64;
    for chunk in work {
        queue.release(chunk.items.iter().map(Work::queued).sum());
        early.insert(chunk.seq, chunk.items);
        while let Some(items) = early.remove(&next) {
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
            fits(0, 3 * QUEUE_DOCS),
            "a huge chunk must not wait forever"
        );
        assert!(fits(QUEUE_DOCS - 10, 10));
        assert!(!fits(QUEUE_DOCS - 10, 11));
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
}
