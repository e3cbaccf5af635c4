//! Fuzz target: segmentation never panics and covers every non-space byte.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let spans = provenance::segment::split(text);
    let mut prev = 0;
    for r in &spans {
        assert!(r.start >= prev && r.start < r.end);
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        prev = r.end;
    }
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() {
            assert!(spans.iter().any(|r| r.contains(&i)), "byte {i} uncovered");
        }
    }
});
