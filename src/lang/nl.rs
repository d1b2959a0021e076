//! De Nederlandse catalogus: every message of [`Catalogue`] in Dutch.

use super::{Catalogue, count};

/// Nederlands.
pub struct Dutch;

impl Catalogue for Dutch {
    fn bad_lang(&self, variable: &str, value: &str) -> String {
        format!(
            "{variable}={value} is geen taal die keten spreekt; gebruik `nl` (Nederlands) of `en` (Engels)"
        )
    }

    fn summary(&self, errors: usize, warnings: usize) -> String {
        format!(
            "{}, {}",
            count(errors, "fout", "fouten"),
            count(warnings, "waarschuwing", "waarschuwingen")
        )
    }

    fn not_read(&self, files: usize) -> String {
        match files {
            1 => "1 bestand kon niet worden gelezen".to_string(),
            n => format!("{n} bestanden konden niet worden gelezen"),
        }
    }

    fn more_findings(&self, file: &str, omitted: usize, most: usize) -> String {
        format!(
            "{file}: nog {omitted} bevindingen niet getoond; keten toont de eerste {most} van een bestand"
        )
    }
}
