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

    fn noun(&self, english: &str) -> String {
        english.to_string()
    }

    fn did_you_mean(&self, candidate: &str) -> String {
        format!("; did you mean `{candidate}`?")
    }

    fn dangling_ref(&self, noun: &str, id: &str, place: &str, hint: &str) -> String {
        format!("no {noun} `{id}`{place}{hint}")
    }

    fn in_entity(&self, noun: &str, id: &str) -> String {
        format!(" (in {noun} `{id}`)")
    }

    fn no_client_question(&self) -> String {
        "the model has no `client_question`: write down the client's question the partners answer together".to_string()
    }

    fn no_director(&self) -> String {
        "the model has no `director`: name the partner that directs and monitors the chain"
            .to_string()
    }

    fn unguarded_interest(&self, interest: &str, partner: &str) -> String {
        format!(
            "interest \"{interest}\" of partner `{partner}` is not safeguarded: name the agreements that safeguard it in `safeguarded_by`"
        )
    }

    fn pulse_low(&self, period: &str, partner: &str, scores: &str) -> String {
        format!(
            "in {period}, partner `{partner}` scores the collaboration low: {scores}; talk it through with them"
        )
    }

    fn pulse_fell(
        &self,
        dimension: &str,
        was: f64,
        before: &str,
        now: f64,
        latest: &str,
    ) -> String {
        format!("the average {dimension} fell from {was:.1} in {before} to {now:.1} in {latest}")
    }

    fn pulse_missing(&self, partner: &str, name: &str, period: &str) -> String {
        format!("partner `{partner}` ({name}) gave no pulse for {period}, while others did")
    }

    fn no_contribution(&self, partner: &str, name: &str) -> String {
        format!(
            "partner `{partner}` ({name}) has no `contribution`: say what it brings to the joint result"
        )
    }

    fn idle_partner(&self, partner: &str, name: &str) -> String {
        format!("partner `{partner}` ({name}) has no step, role, goal or KPI")
    }

    fn goal_without_kpi(&self, goal: &str, name: &str) -> String {
        format!("goal `{goal}` ({name}) has no KPI that measures it")
    }

    fn kpi_without_owner(&self, kpi: &str, name: &str) -> String {
        format!("KPI `{kpi}` ({name}) has no `owner`: name the partner accountable for it")
    }

    fn kpi_without_target(&self, kpi: &str, name: &str) -> String {
        format!("KPI `{kpi}` ({name}) has no `target`")
    }

    fn isolated_step(&self, step: &str, name: &str) -> String {
        format!("step `{step}` ({name}) has no flow in or out")
    }

    fn duplicate_flow(&self, step: &str, to: &str, more: usize) -> String {
        {
            let again = match more {
                1 => "again".to_string(),
                n => format!("{n} more times"),
            };
            format!(
                "step `{step}` names `{to}` in `next` {again}; it is drawn as one flow: keep one (its label can say everything that passes)"
            )
        }
    }

    fn unlabelled_handoff(
        &self,
        from: &str,
        from_partner: &str,
        to: &str,
        to_partner: &str,
    ) -> String {
        format!(
            "the handoff from `{from}` ({from_partner}) to `{to}` ({to_partner}) has no label: say what passes along it"
        )
    }

    fn role_elsewhere(&self, step: &str, partner: &str, role: &str, role_partner: &str) -> String {
        format!(
            "step `{step}` belongs to `{partner}`, but its role `{role}` belongs to `{role_partner}`"
        )
    }

    fn and_more_steps(&self, first: &str, more: usize) -> String {
        format!("{first} and {more} more steps")
    }

    fn cycle(&self, from: &str, to: &str, steps: &str) -> String {
        format!(
            "the process loops: `{from}` goes back to `{to}` (steps {steps}); if this is intended rework, add `allow: [cycle]` to one of them"
        )
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

    fn empty_file(&self) -> String {
        "the file is empty; a model needs at least `keten: 1`, a `name` and `partners` (`keten new FILE` writes a starter model)".to_string()
    }

    fn top_not_map(&self, found: &str) -> String {
        format!("the top level must be a map of keys (keten, name, partners, …), found {found}")
    }

    fn no_version(&self, version: usize) -> String {
        format!(
            "`keten: {version}` is missing; add it as the first line so keten knows the format version"
        )
    }

    fn no_name(&self) -> String {
        "`name` is missing: give the collaboration a name".to_string()
    }

    fn no_partners(&self) -> String {
        "`partners` is missing: a model names the partner organisations".to_string()
    }

    fn other_version(&self, found: &str, version: usize) -> String {
        format!("format version {found} is not one this keten reads; it reads `keten: {version}`")
    }

    fn version_not_number(&self, version: usize, found: &str) -> String {
        format!("`keten` must be the format version, the number {version}, found {found}")
    }

    fn key_not_text(&self, place: &str, found: &str) -> String {
        format!("a key in {place} must be text, found {found}")
    }

    fn takes_keys(&self, what: &str, keys: &str) -> String {
        format!("; {what} takes {keys}")
    }

    fn it_takes_keys(&self, keys: &str) -> String {
        format!("; it takes {keys}")
    }

    fn in_place(&self, place: &str) -> String {
        format!(" in {place}")
    }

    fn unknown_key(&self, key: &str, place: &str, hint: &str) -> String {
        format!("unknown key `{key}`{place}{hint}")
    }

    fn section_not_map(&self, section: &str, noun: &str, found: &str) -> String {
        format!("`{section}` must be a map of id → {noun}, found {found}")
    }

    fn id_not_text(&self, noun: &str, found: &str) -> String {
        format!("a {noun} id must be text, found {found}")
    }

    fn give_a_name(&self, id: &str) -> String {
        format!("; give it at least a `name` (`{id}: {{ name: … }}`)")
    }

    fn entity_not_map(&self, place: &str, found: &str, fix: &str) -> String {
        format!("{place} must be a map of fields, found {found}{fix}")
    }

    fn bad_id(&self, noun: &str, id: &str, why: &str, example: &str) -> String {
        format!(
            "{noun} id `{id}` {why}: use 1 to 64 ASCII letters, digits, `-` and `_`, starting with a letter or digit{example}"
        )
    }

    fn id_too_long(&self, most: usize) -> String {
        format!("is longer than {most} characters")
    }

    fn id_not_valid(&self) -> String {
        "is not a valid id".to_string()
    }

    fn for_example(&self, fix: &str) -> String {
        format!(" (for example `{fix}`)")
    }

    fn required_missing(&self, place: &str, field: &str) -> String {
        format!("{place} has no `{field}`; it is required")
    }

    fn and(&self) -> String {
        "and".to_string()
    }

    fn wrong_type(&self, field: &str, place: &str, want: &str, found: &str) -> String {
        format!("`{field}` of {place} must be {want}, found {found}")
    }

    fn required_empty(&self, field: &str, place: &str) -> String {
        format!("`{field}` of {place} is empty; it is required")
    }

    fn empty_reference(&self, field: &str, place: &str, or: &str) -> String {
        format!("`{field}` of {place} is empty text; write an id there{or}")
    }

    fn write_as_list(&self, field: &str, place: &str, want: &str, text: &str) -> String {
        format!("`{field}` of {place} must be a list of {want}; write it as `[{text}]`")
    }

    fn empty_item(&self, field: &str, place: &str) -> String {
        format!("an item of `{field}` of {place} is empty")
    }

    fn inexact_number(&self, field: &str, place: &str, text: &str, becomes: &str) -> String {
        format!(
            "`{field}` of {place} is `{text}`, which keten cannot keep exactly (it would become `{becomes}`); numbers keep about 15 significant digits, from 1e-307 to 1e308"
        )
    }

    fn quoted_number(&self, field: &str, place: &str, text: &str) -> String {
        format!(
            "`{field}` of {place} must be a number, found the text \"{text}\"; remove the quotes"
        )
    }

    fn infinite_number(&self, field: &str, place: &str, text: &str) -> String {
        format!("`{field}` of {place} must be a finite number, found `{text}`")
    }

    fn decimal_point(&self, fixed: &str) -> String {
        format!("; write a decimal point: `{fixed}`")
    }

    fn not_a_number(&self, field: &str, place: &str, text: &str, hint: &str) -> String {
        format!("`{field}` of {place} must be a number, found `{text}`{hint}")
    }

    fn bad_better(&self, place: &str, text: &str, hint: &str) -> String {
        format!("`better` of {place} must be `higher` or `lower`, found `{text}`{hint}")
    }

    fn error_allowed(&self, code: &str) -> String {
        format!("`{code}` is an error, not a warning; errors cannot be allowed")
    }

    fn the_warning_codes(&self, codes: &str) -> String {
        format!("; the warning codes are {codes}")
    }

    fn unknown_warning(&self, code: &str, hint: &str) -> String {
        format!("unknown warning code `{code}` in `allow`{hint}")
    }

    fn a_flow_of(&self, place: &str) -> String {
        format!("a flow of {place}")
    }

    fn flow_without_to(&self, place: &str) -> String {
        format!("{place} has no `to`: name the step it goes to")
    }

    fn a_measurement_of(&self, place: &str) -> String {
        format!("a measurement of {place}")
    }

    fn an_interest_of(&self, place: &str) -> String {
        format!("an interest of {place}")
    }

    fn pulse_entry(&self, number: usize) -> String {
        format!("entry {number} of `pulse`")
    }

    fn pulse_twice(&self, place: &str, partner: &str, period: &str) -> String {
        format!(
            "{place}: partner `{partner}` already gave its pulse for `{period}`; keep one entry per partner and period"
        )
    }

    fn the_text(&self, text: &str) -> String {
        format!("the text \"{text}\"")
    }

    fn bad_score(&self, key: &str, place: &str, found: &str) -> String {
        format!("`{key}` of {place} must be a whole number from 1 to 5, found {found}")
    }

    fn too_many_values(&self, found: usize, most: usize, bytes_per_value: usize) -> String {
        format!(
            "the file holds more than {found} values (aliases expanded); keten reads at most {most}, or one value per {bytes_per_value} bytes of the file in a larger one"
        )
    }

    fn second_document(&self) -> String {
        "a second YAML document starts here; a model file holds one document".to_string()
    }

    fn too_deep(&self, most: usize) -> String {
        format!("lists and maps nest more than {most} levels deep here; a model needs five")
    }

    fn unknown_anchor(&self) -> String {
        "an alias to an unknown anchor".to_string()
    }

    fn alias_values(&self, most: usize) -> String {
        format!(
            "aliases here expand to more than {most} values; write the values out, or use fewer aliases"
        )
    }

    fn alias_bytes(&self, mib: usize) -> String {
        format!(
            "aliases here expand the file past {mib} MiB, more than keten reads back once it is written out; write the values out, or use fewer aliases"
        )
    }

    fn key_twice(&self, key: &str, first: usize) -> String {
        format!("`{key}` is written twice in this map (first at line {first}); keep one of them")
    }

    fn foreign_tag(&self, tag: &str) -> String {
        format!(
            "the tag `{tag}` is not part of the model format and `keten fmt` would drop it; remove it (quote a value to keep it text)"
        )
    }

    fn key_too_long(&self, most: usize, id_most: usize) -> String {
        format!(
            "a key longer than {most} characters, more than YAML reads; ids and field names are short (an id is at most {id_most} characters)"
        )
    }

    fn yaml_syntax(&self, info: &str) -> String {
        format!("YAML syntax: {info}")
    }

    fn not_utf8(&self, byte: &str) -> String {
        format!("the file is not UTF-8 text (byte {byte}); save it as UTF-8")
    }

    fn cannot_read(&self, path: &str, reason: &str) -> String {
        format!("{path}: cannot read: {reason}")
    }

    fn is_directory_not_model(&self, path: &str) -> String {
        format!("{path}: is a directory, not a model file")
    }

    fn too_large(&self, path: &str, size: f64, most: usize) -> String {
        format!("{path}: is {size:.1} MiB; keten reads model files of at most {most} MiB")
    }

    fn no_such_file(&self) -> String {
        "no such file".to_string()
    }

    fn permission_denied(&self) -> String {
        "permission denied".to_string()
    }

    fn not_text(&self) -> String {
        "the file is not text".to_string()
    }

    fn disk_full(&self) -> String {
        "no space left on the device".to_string()
    }

    fn read_only_system(&self) -> String {
        "the file system is read-only".to_string()
    }

    fn read_only(&self) -> String {
        "the file is read-only".to_string()
    }

    fn hard_links(&self, names: usize) -> String {
        format!(
            "the file has {names} names (hard links), and the others would keep the old content"
        )
    }

    fn is_directory(&self) -> String {
        "is a directory".to_string()
    }

    fn folder_refuses(&self, folder: &str, reason: &str) -> String {
        format!(
            "the folder {folder} does not take new files ({reason}); keten saves by writing a new file beside the old one"
        )
    }

    fn no_folder(&self, folder: &str) -> String {
        format!("there is no folder {folder}")
    }

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

    fn cannot_write_output(&self, reason: &str) -> String {
        format!("cannot write output: {reason}")
    }

    fn cannot_write(&self, path: &str, reason: &str) -> String {
        format!("{path}: cannot write: {reason}")
    }

    fn output_is_model(&self, model: &str) -> String {
        format!(
            "is the model file itself ({model}), and writing there would replace the model; choose another file for -o"
        )
    }

    fn make_writable(&self) -> String {
        "; make it writable or choose another file".to_string()
    }

    fn remove_first(&self) -> String {
        "; remove it first or choose another file".to_string()
    }

    fn wrote(&self, path: &str) -> String {
        format!("wrote {path}")
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

    fn merge_conflict(&self, end: usize, ours: &str, theirs: &str) -> String {
        format!(
            "a merge conflict (to line {end}): ours {ours}, theirs {theirs}; keep one side and delete the marker lines"
        )
    }

    fn side_empty(&self) -> String {
        "has nothing".to_string()
    }

    fn side_has(&self, first: &str, more: usize) -> String {
        match more {
            0 => format!("has `{first}`"),
            n => format!("has `{first}` and {n} more lines"),
        }
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

    fn cannot_read_file(&self, reason: &str) -> String {
        format!("cannot read the file: {reason}")
    }

    fn not_reloaded(&self) -> String {
        "the file on disk does not parse; not reloaded".to_string()
    }

    fn git_missing(&self) -> String {
        "git sync: git is not installed".to_string()
    }

    fn git_no_work_tree(&self) -> String {
        "git sync: the file is not in a git work tree".to_string()
    }

    fn git_no_remote(&self) -> String {
        "git sync: the work tree has no remote to pull from and push to".to_string()
    }

    fn git_edits_by(&self, file: &str, author: &str) -> String {
        format!("{file}: edits by {author}")
    }

    fn git_not_committed(&self, why: &str) -> String {
        format!("git sync: not committed: {why}")
    }

    fn git_pull_failed(&self, why: &str) -> String {
        format!(
            "git sync: the pull failed ({why}); your edits are committed here, sync again when the remote can be reached"
        )
    }

    fn git_error(&self, error: &str) -> String {
        format!("git sync: {error}")
    }

    fn git_synced(&self) -> String {
        "git sync: pulled and pushed".to_string()
    }

    fn git_push_failed(&self, why: &str) -> String {
        format!("git sync: pulled, but the push failed ({why}); sync again later")
    }

    fn starter_director_id(&self) -> String {
        "director".to_string()
    }

    fn starter_step_id(&self) -> String {
        "clarify-question".to_string()
    }
}
