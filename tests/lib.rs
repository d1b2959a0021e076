//! keten's integration tests, in one binary: the command line through the
//! real `keten` binary, every finding code, bad input, and round trips.

mod bad_input;
mod cli;
mod codes;
mod diff;
mod edit;
mod export;
mod generate;
mod hardening;
mod models;
mod pty;
mod render;
mod roundtrip;
mod support;
mod tui;
