//! Fuzz target: annotation never panics and its offsets are exact.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use provenance::{Annotator, Lexicon};

fn annotator() -> &'static Annotator {
    static A: OnceLock<Annotator> = OnceLock::new();
    A.get_or_init(|| Annotator::new(Lexicon::builtin()))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for s in annotator().annotate(text) {
        assert_eq!(s.text, &text[s.start..s.end]);
        for src in &s.sources {
            assert_eq!(src.text, &text[src.start..src.end]);
        }
        for t in &s.tags {
            assert!(s.evidence.iter().any(|e| e.tag == *t));
        }
    }
});
