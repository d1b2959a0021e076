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

    fn save_elsewhere(&self, why: &str) -> String {
        format!(
            "Not saved: {why}. Save to another file (the changes stay here until they are written):"
        )
    }

    fn id_skipped(&self) -> String {
        "Tab skips the id proposed from the name; Shift-Tab goes back to it.".to_string()
    }

    fn interest_note(&self, interest: &str) -> String {
        format!("The note on “{interest}”; ← → on the field above go to another interest.")
    }

    fn interest_note_none(&self) -> String {
        "Name the interests first (; between).".to_string()
    }

    fn tick_hint(&self) -> String {
        "Letters find one, Space ticks it (or unticks); Space alone: the list with boxes. They keep the order they are ticked in.".to_string()
    }

    fn none_ticked(&self) -> String {
        "— (Space: tick them)".to_string()
    }

    fn nothing_to_choose(&self) -> String {
        "there is nothing to choose from yet".to_string()
    }

    fn search_title(&self) -> String {
        "Search names, ids, descriptions, notes and flow labels".to_string()
    }
}
