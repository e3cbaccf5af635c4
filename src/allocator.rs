//! The process allocator's settings, shared by the binary and the benchmarks
//! so that every measurement runs with the same ones.
//!
//! Annotation and indexing allocate and free many short-lived values on
//! several threads. mimalloc returns freed pages to the operating system
//! after a delay; the next allocation then faults in fresh, zeroed pages.
//! In an ingest that churn cost about a tenth of the run (kernel page
//! clearing), so freed memory is kept for reuse instead. Peak memory is
//! unchanged: it is bounded by what the index writer and the annotation
//! queue hold at once, not by what was freed.

/// mimalloc's `mi_option_purge_delay` (its position in `mi_option_t`).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps freed memory in the allocator for reuse instead of returning it to
/// the operating system. Call once, first thing in `main`.
pub fn keep_freed_memory() {
    // SAFETY: setting an option is safe at any time; mimalloc reads this one
    // each time it considers purging.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
}
