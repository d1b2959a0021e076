//! What the commands say: `diff`, `fmt`, `new`, `merge`, `edit`, and edits that cannot be made.

use super::English;
use crate::lang::{Commands, count};

impl Commands for English {
    fn no_changes(&self) -> String {
        "No changes to the model.".to_string()
    }

    fn diff_heading(&self, section: &str) -> String {
        match section {
            "" => "The model",
            "phases" => "Phases",
            "partners" => "Partners",
            "roles" => "Roles",
            "goals" => "Goals",
            "kpis" => "KPIs",
            "agreements" => "Agreements",
            "pulse" => "Pulse",
            _ => "Steps",
        }
        .to_string()
    }

    fn pulse_of(&self, name: &str, partner: &str, period: &str) -> String {
        format!("{name} ({partner}) in {period}")
    }

    fn diff_added(&self, what: &str) -> String {
        format!("added {what}")
    }

    fn diff_removed(&self, what: &str) -> String {
        format!("removed {what}")
    }

    fn diff_moved(&self, what: &str, from: &str, to: &str) -> String {
        format!("{what} moves from {from} to {to}")
    }

    fn a_changed_handoff(&self) -> String {
        " (a changed handoff)".to_string()
    }

    fn diff_flow(&self, from: &str, to: &str) -> String {
        format!("flow {from} → {to}")
    }

    fn diff_label(&self, old: &str, new: &str) -> String {
        format!("label \"{old}\" → \"{new}\"")
    }

    fn flows_reordered(&self, what: &str) -> String {
        format!("flows of {what} in another order")
    }

    fn diff_measurement(&self, period: &str) -> String {
        format!("measurement {period}")
    }

    fn diff_totals(&self, added: usize, removed: usize, changed: usize) -> String {
        format!("{added} added, {removed} removed, {changed} changed.")
    }

    fn fix_errors_first(&self, file: &str, refusal: &str) -> String {
        format!("{file}: {refusal}; fix the errors above first (`keten check {file}`)")
    }

    fn not_formatted(&self) -> String {
        "not formatted".to_string()
    }

    fn not_compared(&self) -> String {
        "not compared".to_string()
    }

    fn not_exported(&self) -> String {
        "not exported".to_string()
    }

    fn not_drawn(&self) -> String {
        "not drawn".to_string()
    }

    fn not_opened(&self) -> String {
        "not opened".to_string()
    }

    fn not_reported(&self) -> String {
        "no report written".to_string()
    }

    fn formatted(&self, file: &str) -> String {
        format!("formatted {file}")
    }

    fn fmt_refused(&self, file: &str, reason: &str, then: &str) -> String {
        format!("{file}: not formatted: {reason}; {then}")
    }

    fn fmt_force_read_only(&self, file: &str) -> String {
        format!("`keten fmt --force {file}` rewrites it all the same, and it stays read-only")
    }

    fn fmt_force_links(&self, file: &str) -> String {
        format!(
            "`keten fmt --force {file}` rewrites it in place, so that every name shows the new content"
        )
    }

    fn file_unchanged(&self) -> String {
        "the file is unchanged".to_string()
    }

    fn new_exists(&self, file: &str) -> String {
        format!("{file} already exists; `keten new` never overwrites a file: choose another name")
    }

    fn new_schema_too(&self, schema: &str) -> String {
        format!(" (and {schema} beside it, for editors)")
    }

    fn new_wrote(&self, file: &str, also: &str) -> String {
        format!(
            "wrote {file}{also}: a starter model with one partner and one step; fill in the client question, then run `keten check {file}`"
        )
    }

    fn new_wrote_empty(&self, file: &str, also: &str) -> String {
        format!(
            "wrote {file}{also}: an empty model with only its name; enter the rest with `keten edit {file}`"
        )
    }

    fn starter_question(&self) -> String {
        "Fill in the client's question that the partners answer together.".to_string()
    }

    fn starter_director(&self) -> String {
        "Chain director".to_string()
    }

    fn starter_kind(&self) -> String {
        "municipality".to_string()
    }

    fn starter_contribution(&self) -> String {
        "Brings the partners together and watches over the chain.".to_string()
    }

    fn starter_step(&self) -> String {
        "Clarify the client's question".to_string()
    }

    fn starter_name(&self) -> String {
        "New collaboration".to_string()
    }

    fn diff_arguments(&self) -> String {
        "keten diff takes OLD NEW, or the seven arguments of a git diff driver".to_string()
    }

    fn diff_stdin_once(&self) -> String {
        "keten diff can read standard input for one side only".to_string()
    }

    fn conflicts(&self, n: usize) -> String {
        count(n, "conflict", "conflicts")
    }

    fn conflicts_marked(&self, file: &str, conflicts: &str) -> String {
        format!("{file}: {conflicts}, marked in the file:")
    }

    fn conflicts_marked_output(&self, file: &str, conflicts: &str) -> String {
        format!("{file}: {conflicts}, marked in the output:")
    }

    fn merge_no_model(&self, file: &str, why: &str) -> String {
        format!("{file}: no model ({why})")
    }

    fn merged_by_lines(&self) -> String {
        "merged line by line instead, as git would; check the result".to_string()
    }

    fn not_a_model(&self) -> String {
        "not a model".to_string()
    }

    fn at_line(&self, line: usize, message: &str) -> String {
        format!("line {line}: {message}")
    }

    fn the_model(&self) -> String {
        "the model".to_string()
    }

    fn changed_both(&self) -> String {
        "changed on both sides".to_string()
    }

    fn added_both(&self) -> String {
        "added on both sides, differently".to_string()
    }

    fn deleted_changed(&self) -> String {
        "deleted on one side, changed on the other".to_string()
    }

    fn deleted_referred(&self) -> String {
        "deleted on one side, referred to on the other".to_string()
    }

    fn renamed_both(&self) -> String {
        "given a new id on both sides, different ones".to_string()
    }

    fn edit_stdin(&self) -> String {
        "keten edit needs a file to open and save; standard input cannot be edited".to_string()
    }

    fn edit_no_terminal(&self) -> String {
        "keten edit needs a terminal; to print the chain use `keten render`".to_string()
    }

    fn no_such_entity(&self, noun: &str, id: &str) -> String {
        format!("there is no {noun} `{id}`")
    }

    fn entity_exists(&self, noun: &str, id: &str) -> String {
        format!("a {noun} `{id}` exists already")
    }

    fn not_an_id(&self, id: &str) -> String {
        format!(
            "`{id}` is not a valid id: use 1 to 64 ASCII letters, digits, `-` and `_`, starting with a letter or digit"
        )
    }

    fn id_referred(&self, id: &str) -> String {
        format!("something already refers to `{id}`; choose another id")
    }

    fn starter_director_id(&self) -> String {
        "director".to_string()
    }

    fn starter_step_id(&self) -> String {
        "clarify-question".to_string()
    }
}
