//! The `provenance` binary: parses the command line and hands it to the library.

use clap::Parser;

fn main() {
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
