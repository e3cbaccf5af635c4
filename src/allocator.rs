//! The process allocator's settings, shared by the binary and the benchmarks
//! so that every measurement runs with the same ones.
//!
//! Annotation and indexing allocate and free many short-lived values on
//! several threads. Two of mimalloc's defaults make the kernel clear pages
//! over and over in such a run:
//! - it returns freed pages to the operating system after a delay, and the
//!   next allocation faults in fresh, zeroed pages (about a tenth of an
//!   ingest); freed memory is kept for reuse instead;
//! - it asks for transparent huge pages, so each fault clears 2 MiB instead
//!   of 4 KiB, mostly memory a thread touches once (measured at 28 MB:
//!   system time 1.3–2.3 s down to 0.1 s, wall 3.7–4.3 s down to 2.9 s,
//!   peak memory 200 MB down to 133 MB); huge pages are turned off.
//!
//! Peak memory does not grow: it is bounded by what the index writer and
//! the annotation queue hold at once, not by what was freed.
//!
//! [`Allocator`] is mimalloc with its plain entry points for the common
//! case: the `mimalloc` crate sends every request through the aligned ones,
//! which cost nearly twice as many instructions per allocation (about 70
//! against 40; an ingest makes about half a million allocations per MB of
//! news).

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{self as mi, mi_option_t};

/// mimalloc's `mi_option_purge_delay` (its position in v3's `mi_option_t`).
const PURGE_DELAY: mi_option_t = 15;
/// mimalloc's `mi_option_allow_thp`.
const ALLOW_THP: mi_option_t = 43;

/// The process allocator: mimalloc, asked for alignment only when a type
/// needs more than every mimalloc block has.
pub struct Allocator;

/// The alignment of every block `mi_malloc` returns: block sizes are whole
/// machine words and pages start 16-byte aligned.
const WORD: usize = std::mem::size_of::<usize>();

// SAFETY: each request goes to the mimalloc function for its alignment:
// `mi_malloc`, `mi_zalloc` and `mi_realloc` return word-aligned blocks,
// which serve any layout aligned to a word or less; larger alignments go to
// the aligned functions. Every block is freed with `mi_free`, which takes
// blocks of both kinds.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_malloc(layout.size()).cast()
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_zalloc(layout.size()).cast()
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr.cast::<c_void>());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
        } else {
            mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
        }
    }
}

/// Keeps freed memory in the allocator for reuse instead of returning it to
/// the operating system, in small pages. Call once, first thing in `main`.
pub fn keep_freed_memory() {
    // SAFETY: setting an option is safe at any time; mimalloc reads these
    // each time it considers purging or committing memory.
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, -1);
        libmimalloc_sys::mi_option_set(ALLOW_THP, 0);
    }
    // mimalloc reads its huge-page option once, at start-up, and has
    // already asked for huge pages on the memory it reserved then; the
    // kernel's per-process switch covers that memory too (from the next
    // fault on).
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory
    // of ours; failure (an old kernel) leaves huge pages on, which is only
    // slower.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(o: mi_option_t) -> std::os::raw::c_long {
        // SAFETY: reading an option is safe at any time.
        unsafe { libmimalloc_sys::mi_option_get(o) }
    }

    #[test]
    fn blocks_have_the_alignment_asked_for_and_keep_their_bytes() {
        let a = Allocator;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 3, 8, 12, 24, 40, 100, 1000, 70_000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: the layouts are valid and non-zero; each block is
                // used within its size and freed once, with its layout.
                unsafe {
                    let z = a.alloc_zeroed(layout);
                    assert_eq!(z as usize % align, 0, "zeroed {size} bytes at {align}");
                    assert!(std::slice::from_raw_parts(z, size).iter().all(|&b| b == 0));
                    a.dealloc(z, layout);
                    let p = a.alloc(layout);
                    assert_eq!(p as usize % align, 0, "{size} bytes at {align}");
                    p.write_bytes(0xAB, size);
                    let q = a.realloc(p, layout, size * 3);
                    assert_eq!(q as usize % align, 0, "grown {size} bytes at {align}");
                    let kept = std::slice::from_raw_parts(q, size);
                    assert!(kept.iter().all(|&b| b == 0xAB), "{size} bytes at {align}");
                    a.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                }
            }
        }
    }

    /// The positions are mimalloc's: before anything is set, each option
    /// holds its documented default (an environment variable could change
    /// them, so the test says which).
    #[test]
    fn options_are_at_mimallocs_positions() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none()
            && std::env::var_os("MIMALLOC_ALLOW_THP").is_none()
        {
            assert_eq!(get(PURGE_DELAY), 1000, "purge_delay defaults to 1 s");
            assert_eq!(get(ALLOW_THP), 1, "allow_thp defaults to on (Linux)");
            // Neighbours with other defaults: a shifted enum is caught.
            assert_eq!(get(PURGE_DELAY + 1), 0, "use_numa_nodes");
            assert_eq!(get(ALLOW_THP + 1), 0, "minimal_purge_size");
        }
        keep_freed_memory();
        assert_eq!(get(PURGE_DELAY), -1);
        assert_eq!(get(ALLOW_THP), 0);
    }
}
