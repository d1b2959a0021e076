//! The English catalogue: every message of [`Catalogue`] in English.

use super::{Catalogue, count};

/// English.
pub struct English;

impl Catalogue for English {
    fn bad_lang(&self, variable: &str, value: &str) -> String {
        format!(
            "{variable}={value} is not a language keten speaks; use `nl` (Dutch) or `en` (English)"
        )
    }

    fn summary(&self, errors: usize, warnings: usize) -> String {
        format!(
            "{}, {}",
            count(errors, "error", "errors"),
            count(warnings, "warning", "warnings")
        )
    }

    fn not_read(&self, files: usize) -> String {
        match files {
            1 => "1 file could not be read".to_string(),
            n => format!("{n} files could not be read"),
        }
    }

    fn more_findings(&self, file: &str, omitted: usize, most: usize) -> String {
        format!(
            "{file}: {omitted} more findings not listed; keten lists the first {most} of a file"
        )
    }
}
