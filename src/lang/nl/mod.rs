//! De Nederlandse catalogus: every message of [`crate::lang::Catalogue`] in Dutch.

mod commands;
mod files;
mod findings;
mod help;
mod reading;
mod report;
mod words;

pub use help::HELP;

/// Nederlands.
pub struct Dutch;
