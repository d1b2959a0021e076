//! Words many messages share: counts, the nouns of a model, "did you mean".

use super::English;
use crate::lang::{Words, count};

impl Words for English {
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

    fn noun(&self, english: &str) -> String {
        english.to_string()
    }

    fn did_you_mean(&self, candidate: &str) -> String {
        format!("; did you mean `{candidate}`?")
    }

    fn phrase(&self, english: &str) -> String {
        english.to_string()
    }

    fn list_of(&self, items: &str) -> String {
        format!("a list of {items}")
    }

    fn entity(&self, noun: &str, id: &str) -> String {
        format!("{noun} `{id}`")
    }

    fn a_noun(&self, noun: &str) -> String {
        format!("a {noun}")
    }

    fn and(&self) -> String {
        "and".to_string()
    }

    fn yes_key(&self) -> String {
        "y".to_string()
    }

    fn yes_no(&self) -> String {
        "(y/n)".to_string()
    }

    fn kpi_status(&self, english: &str) -> String {
        english.to_string()
    }

    fn dimension(&self, key: &str) -> String {
        key.to_string()
    }

    fn dimension_question(&self, key: &str) -> String {
        match key {
            "trust" => "We trust the other partners to do what they say.",
            "reciprocity" => "Giving and taking is in balance; communication goes both ways.",
            "openness" => "We can disagree openly and challenge each other's views.",
            "appreciation" => "Our contribution is seen and valued by the others.",
            "contribution" => "We can make a meaningful contribution with our own expertise.",
            "interests" => "Our interests are safeguarded in the decisions.",
            _ => key,
        }
        .to_string()
    }
}
