//! De Nederlandse catalogus: every message of [`crate::lang::Catalogue`] in Dutch.

mod commands;
mod editor;
mod files;
mod findings;
mod help;
mod keys;
mod reading;
mod report;
mod words;

pub use help::HELP;

/// Nederlands.
pub struct Dutch;
