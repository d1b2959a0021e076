//! The English catalogue: every message of [`crate::lang::Catalogue`] in English.

mod commands;
mod files;
mod findings;
mod reading;
mod report;
mod words;

/// English.
pub struct English;
