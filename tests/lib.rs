//! keten's integration tests, in one binary: the command line through the
//! real `keten` binary, every finding code, bad input, round trips, and the
//! field tables against the reader, the writer, the schema and the exports.

mod bad_input;
mod cli;
mod codes;
mod diff;
mod edit;
mod entry;
mod export;
mod fields;
mod fuzz_corpus;
mod generate;
mod hardening;
mod lang;
mod live;
mod merge;
mod models;
mod output;
mod present;
mod pty;
mod render;
mod report;
mod roundtrip;
mod save;
mod support;
mod trial;
mod tui;
mod tui_words;
