//! The English catalogue: every message of [`crate::lang::Catalogue`] in English.

mod commands;
mod editor;
mod files;
mod findings;
mod keys;
mod reading;
mod report;
mod words;

/// English.
pub struct English;
