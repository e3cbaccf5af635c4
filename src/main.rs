//! The `provenance` binary: parses the command line and hands it to the library.

use clap::Parser;

// Annotation and indexing allocate many small values on several threads;
// mimalloc does that with less overhead than the system allocator.
#[global_allocator]
static GLOBAL: provenance::allocator::Allocator = provenance::allocator::Allocator;

fn main() {
    provenance::allocator::keep_freed_memory();
    let cli = provenance::cli::Cli::parse();
    match provenance::config::load() {
        Ok(c) => provenance::config::install(c),
        Err(e) => {
            eprintln!("provenance: {e}");
            std::process::exit(provenance::cli::EXIT_ERROR);
        }
    }
    match provenance::cli::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("provenance: {e:#}");
            std::process::exit(provenance::cli::EXIT_ERROR);
        }
    }
}
