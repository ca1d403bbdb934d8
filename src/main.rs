//! The `lantern` binary: parses the command line and hands over to the library.

use std::process::ExitCode;

use clap::Parser as _;
use lantern::cli::{self, Cli, Command};

fn main() -> ExitCode {
    lantern::logging::init();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { ref pack }) => cli::check(pack),
        Some(Command::Export { format, ref pack }) => cli::export(pack, format),
        None => lantern::shell::run(&cli),
    }
}
