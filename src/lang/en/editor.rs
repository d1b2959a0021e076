//! The editor's words in English: screens, tables, forms, questions.

use super::English;
use crate::lang::count;
use crate::lang::editor::Editor;

impl Editor for English {
    messages! {
        fn tab_chain() { "Chain" }
        fn tab_partners() { "Partners" }
        fn tab_goals() { "Goals & KPIs" }
        fn tab_roles() { "Roles" }
        fn tab_phases() { "Phases" }
        fn tab_overview() { "Overview" }
        fn tab_problems() { "Problems" }
        fn tab_agreements() { "Agreements" }
        fn tab_pulse() { "Pulse" }
        fn too_small(width: usize, height: usize, columns: usize, rows: usize, then: &str) { format!("keten needs a terminal of at least {width}×{height}; this one is {columns}×{rows}. {then}") }
        fn too_small_open() { "Make it larger to go on with what is open." }
        fn too_small_quit() { "Make it larger, or press q to quit." }
        fn problem_counts(errors: usize, warnings: usize) { format!("{errors}E {warnings}W") }
        fn checking() { "checking…" }
        fn checking_problems() { "Checking the model… its problems show here when the check is done." }
        fn mode_following() { "[following] " }
        fn mode_autosave() { "[autosave] " }
        fn col_partner() { "Partner" }
        fn col_kind() { "Kind" }
        fn col_contribution() { "Contribution" }
        fn col_interests() { "Interests" }
        fn col_steps() { "Steps" }
        fn col_roles() { "Roles" }
        fn col_goal_kpi() { "Goal / KPI" }
        fn col_target() { "Target" }
        fn col_latest() { "Latest" }
        fn col_status() { "Status" }
        fn col_partners() { "Partners" }
        fn col_role() { "Role" }
        fn col_description() { "Description" }
        fn col_phase() { "Phase" }
        fn col_finding() { "Finding" }
        fn col_message() { "Message (Enter goes there)" }
        fn col_agreement() { "Agreement" }
        fn col_made_by() { "Made by" }
        fn col_agreed() { "What was agreed" }
        fn better_word(english: &str) { english.to_string() }
        fn in_period(period: &str) { format!("in {period}") }
        fn client_question() { "Client question" }
        fn ambition() { "Ambition" }
        fn director() { "Director" }
        fn description() { "Description" }
        fn overview_counts(partners: usize, steps: usize, goals: usize, kpis: usize, roles: usize, phases: usize) { format!("{}, {}, {}, {}, {}, {}", count(partners, "partner", "partners"), count(steps, "step", "steps"), count(goals, "goal", "goals"), count(kpis, "KPI", "KPIs"), count(roles, "role", "roles"), count(phases, "phase", "phases")) }
        fn changes_by_others() { "Last changes saved by others (newest first)" }
        fn no_problems() { "No problems: the model passes keten check." }
        fn no_steps() { "No steps yet." }
        fn panel_step() { "Step" }
        fn panel_id(id: &str) { format!("id: {id}") }
        fn panel_partner(name: &str) { format!("partner: {name}") }
        fn panel_role(name: &str) { format!("role: {name}") }
        fn panel_phase(name: &str) { format!("phase: {name}") }
        fn panel_from() { "from" }
        fn panel_to() { "to" }
        fn panel_kpis() { "KPIs measured here" }
        fn panel_latest(value: &str, period: &str) { format!("latest {value} ({period})") }
        fn panel_not_measured() { "not measured yet" }
        fn panel_target(value: &str) { format!(", target {value}") }
        fn field_allow() { "Accepted warnings (, between)" }
        fn field_name() { "Name" }
        fn field_client_question() { "Client question" }
        fn field_ambition() { "Ambition" }
        fn field_description() { "Description" }
        fn field_director() { "Director" }
        fn field_id() { "Id" }
        fn field_kind() { "Kind" }
        fn field_contribution() { "Contribution" }
        fn field_interests() { "Interests (; between)" }
        fn field_safeguarded_by() { "Safeguarded by (Space)" }
        fn field_contact() { "Contact" }
        fn field_partner() { "Partner" }
        fn field_partners() { "Partners (space)" }
        fn field_goal() { "Goal" }
        fn field_owner() { "Owner" }
        fn field_step() { "Measured at step" }
        fn field_unit() { "Unit" }
        fn field_target() { "Target" }
        fn field_better() { "Better when" }
        fn field_lane() { "Partner (lane)" }
        fn field_role() { "Role" }
        fn field_phase() { "Phase" }
        fn field_notes() { "Notes" }
        fn field_period() { "Period" }
        fn field_value() { "Value" }
        fn field_note() { "Note" }
        fn field_interest_note() { "Note on that interest" }
        fn not_a_warning_code(word: &str, codes: &str) { format!("`{word}` is not a warning code; accepted are: {codes}") }
        fn give_a_name_first() { "give it a name" }
        fn choose_role_partner() { "choose the partner that plays the role" }
        fn target_not_a_number(text: &str) { format!("target `{text}` is not a number") }
        fn choose_lane_partner() { "choose the partner whose lane the step is in" }
        fn measure_hint_change() { "Leave the value empty to remove the measurement." }
        fn measure_hint_new() { "The period follows the KPI's own (uur 12, uur 24 → uur 36; 2026-Q1 → 2026-Q2); typing replaces the one proposed." }
        fn kpi_gone(kpi: &str) { format!("the KPI `{kpi}` is gone") }
        fn measurement_removed(period: &str) { format!("measurement for {period} removed") }
        fn measurement_changed(period: &str) { format!("measurement for {period} changed") }
        fn measurement_added(period: &str) { format!("measurement for {period} added") }
        fn give_the_period() { "give the period: uur 12, week 9, 2026-03, 2026-Q1" }
        fn measurement_exists(period: &str) { format!("the KPI has a measurement for {period} already: M changes it") }
        fn value_not_a_number(text: &str) { format!("`{text}` is not a number") }
        fn score_name(key: &str) { match key { "trust" => "Trust", "reciprocity" => "Reciprocity", "openness" => "Openness", "appreciation" => "Appreciation", "contribution" => "Contribution", "interests" => "Interests", other => other } }
        fn score_hint(question: &str) { format!("{question} (1 = not at all, 5 = fully)") }
        fn pulse_hint_period() { "A period and partner with an entry already fill the form with it." }
        fn give_the_pulse_period() { "give the period: 2026-Q1, 2026-H2, 2026" }
        fn add_a_partner_first() { "add a partner first (screen 2, then a)" }
        fn not_a_score(dimension: &str, text: &str) { format!("{dimension}: `{text}` is not a score: give a whole number from 1 to 5, or leave it empty") }
        fn no_step_selected() { "no step is selected" }
        fn connect_to(from: &str) { format!("Connect `{from}` to (type to narrow, Enter picks)") }
        fn no_flow_leaves() { "no flow leaves this step" }
        fn remove_which_flow() { "Remove which flow?" }
        fn label_which_flow() { "Label which flow?" }
        fn go_to_id() { "Go to id" }
        fn flow_found(label: &str, from: &str, to: &str) { format!("flow “{label}”: {from} → {to}") }
        fn no_flow_on() { "no flow goes on from here" }
        fn no_flow_in() { "no flow comes in here" }
        fn follow_which(n: usize) { format!("{n} flows leave here: follow which?") }
        fn follow_which_back(n: usize) { format!("{n} flows come in here: follow which back?") }
        fn label_new_flow(from: &str, to: &str) { format!("Label of the flow from `{from}` to `{to}` (what passes along it; Enter for none; Ctrl-n: and the next step after it):") }
        fn label_flow(from: &str, to: &str) { format!("Label of the flow from `{from}` to `{to}`:") }
        fn flow_removed() { "flow removed" }
        fn label_changed() { "label changed" }
        fn connected() { "connected" }
        fn ask_delete(what: &str) { format!("Delete {what}? (y/n)") }
        fn ask_delete_referred(what: &str, list: &str, more: &str, also: &str) { format!("{what} is referred to by {list}{more}.{also} Delete it and remove those references? (y/n)") }
        fn the_models_pulse() { "the model's pulse" }
        fn the_models_director() { "the model's director" }
        fn and_more(n: usize) { format!(" and {n} more") }
        fn also_deletes(list: &str) { format!(" This also deletes {list}.") }
        fn deleted() { "deleted" }
        fn no_pulse_to_delete() { "no pulse to delete" }
        fn gave_no_pulse(name: &str, period: &str) { format!("{name} gave no pulse in {period}") }
        fn ask_delete_pulse(name: &str, period: &str) { format!("Delete the pulse of {name} in {period}? (y/n)") }
        fn pulse_deleted() { "pulse entry deleted" }
        fn select_a_kpi_to_measure() { "select a KPI (not a goal) to add a measurement" }
        fn select_a_kpi_to_change() { "select a KPI (not a goal) to change its measurements" }
        fn no_measurements_yet(kpi: &str) { format!("KPI `{kpi}` has no measurements yet: m adds one") }
        fn measurements_of(kpi: &str) { format!("Measurements of KPI `{kpi}` (Enter changes or removes one)") }
        fn saved_to(path: &str) { format!("saved to {path}; editing that file now") }
        fn not_saved(reason: &str) { format!("not saved: {reason}") }
        fn exists_or_empty(path: &str) { format!("{path} exists or is empty") }
        fn moved_in_reading_order() { "moved in reading order (the file's order of steps)" }
        fn moved() { "moved" }
        fn every_conflict_settled() { "every conflict settled; s saves the clean model over the file" }
        fn not_done(reason: &str) { format!("not done: {reason}") }
        fn cancelled() { "cancelled" }
        fn reloaded() { "reloaded from disk" }
        fn save_to_another_file() { "Save to another file:" }
        fn nothing_changed() { "nothing changed" }
        fn changed() { "changed" }
        fn added() { "added" }
        fn following_never_writes() { "following: this view never writes the file" }
        fn following_only_shows() { "following: this view only shows the file (q quits)" }
        fn saved(path: &str) { format!("saved {path}") }
        fn ask_changed_on_disk() { "The file changed on disk since it was opened. y: overwrite it; r: reload it and drop the changes made here; w: save to another file; n: cancel" }
        fn ask_read_only(path: &str) { format!("{path} is read-only. y: overwrite it anyway; w: save to another file; n: cancel") }
        fn ask_quit() { "There are unsaved changes. Quit without saving? (y/n; s saves first)" }
        fn follow_not_a_model() { "the file does not read as a model now; showing the last one that did" }
        fn disk_not_a_model() { "the file on disk does not read as a model now; nothing merged yet" }
        fn on_disk() { "on disk" }
        fn and_more_changes(n: usize) { format!(" (and {n} more)") }
        fn conflicts_came_in(count: usize) { format!("a save on disk and your edits changed the same {}: o keeps yours, t takes the file's", if count == 1 { "thing" } else { "things" }) }
        fn settled() { "settled" }
        fn settled_s_saves() { "settled; s saves" }
        fn autosave_on() { "autosave on: every change is saved" }
        fn autosave_off() { "autosave off" }
        fn sync_running() { "git sync: still running" }
        fn sync_started() { "git sync: pulling and pushing…" }
        fn runs_right() { "runs right" }
        fn runs_down() { "runs down" }
        fn zoom_level(level: usize, levels: usize, name: &str, runs: &str) { format!("zoom {level}/{levels} {name}, {runs}") }
        fn zoom_name(english: &str) { english.to_string() }
        fn ask_discard_form() { "Throw away the changes in this form? (y/n)" }
        fn undone(what: &str) { format!("undone: {what}") }
        fn redone(what: &str) { format!("redone: {what}") }
        fn nothing_to_undo() { "nothing to undo" }
        fn nothing_to_redo() { "nothing to redo" }
        fn edit_added(what: &str) { format!("added {what}") }
        fn edit_changed(what: &str) { format!("changed {what}") }
        fn edit_removed(what: &str) { format!("removed {what}") }
        fn edit_moved(what: &str) { format!("moved {what}") }
        fn edit_renamed(noun: &str, from: &str, to: &str) { format!("renamed {noun} `{from}` to `{to}`") }
        fn edit_model_field(english: &str) { format!("changed the model's {english}") }
        fn edit_director() { "changed the director" }
        fn edit_allow() { "changed the accepted warnings" }
        fn edit_pulse() { "changed the pulse" }
        fn edit_model() { "changed the model" }
        fn edit_changes(n: usize) { count(n, "change", "changes") }
        fn help_title_scroll() { "Keys (↓↑ scroll, any other key closes)" }
        fn help_title() { "Keys (any key closes)" }
        fn form_keys() { ", Esc cancels, Tab next field" }
        fn form_keys_lines() { ", Alt-Enter new line, Esc cancels" }
        fn form_model(keys: &str) { format!("The model — Enter saves{keys}") }
        fn form_edit(noun: &str, id: &str, keys: &str) { format!("Edit {noun} `{id}` — Enter saves{keys}") }
        fn form_new(noun: &str, keys: &str) { format!("New {noun} — Enter adds, Ctrl-n and the next{keys}") }
        fn checklist_keys(first: usize, last: usize, all: usize) { format!("Space ticks in order, Enter done, Esc back · {first}–{last} of {all}") }
        fn pulse_form_title(name: &str, period: &str) { format!("Pulse of {name} in {period} — Enter saves, Esc cancels") }
        fn pulse_form_new() { "New pulse entry — Enter adds, Esc cancels, Tab next field" }
        fn measure_form_title(kpi: &str) { format!("Measurement of KPI `{kpi}` — Enter saves, Esc cancels, Tab next field") }
        fn measure_form_new(kpi: &str) { format!("New measurement of KPI `{kpi}` — Enter adds, Ctrl-n another, Esc cancels") }
        fn nothing_matches() { "(nothing matches)" }
        fn new_choice(name: &str) { format!("“{name}” (new)") }
        fn no_pulse_yet() { "No pulse yet: each partner scores the collaboration per period; a enters the first in a form." }
        fn change_since(period: &str) { format!(", change since {period}") }
        fn not_given() { "not given" }
        fn average() { "Average" }
        fn averages_over_time(first: &str, latest: &str, periods: usize) { format!("The averages over time, {first} to {latest} ({})", count(periods, "period", "periods")) }
        fn guards_no_interests() { "— (name the interests above first)" }
        fn guards_count(n: usize) { match n { 0 => "nothing safeguards it".to_string(), n => count(n, "agreement", "agreements") } }
        fn guards_keys() { "← → the interest, Space: tick its agreements." }
        fn guards_none(name: &str, keys: &str) { format!("Nothing safeguards “{name}”. {keys}") }
        fn guards_by(name: &str, agreements: &str, keys: &str) { format!("“{name}” is safeguarded by: {agreements}. {keys}") }
        fn guards_name_first() { "name the interests first (; between)" }
        fn guards_no_agreements() { "the model has no agreements yet: add them on screen 8" }
        fn guards_title(name: &str) { format!("Agreements that safeguard “{name}”") }
        fn settle_title(conflicts: usize, settled: usize, then: &str) { format!("{} of a merge, {settled} settled; {then}", count(conflicts, "conflict", "conflicts")) }
        fn settle_live() { "another editor saved a change to what you changed: settle each, then it is saved" }
        fn settle_to_open() { "settle each to open the model" }
        fn not_settled() { "not settled" }
        fn ours() { "ours" }
        fn theirs() { "theirs" }
        fn both() { "both" }
        fn settle_line(line: usize) { format!("line {line}") }
        fn settle_ours() { "ours:" }
        fn settle_theirs() { "theirs:" }
        fn settle_side(n: usize, count: usize, line: usize, place: &str) { format!("conflict {n} of {count}, line {line}, {place}") }
        fn side_yours() { "Yours (o)" }
        fn side_the_files() { "The file's, saved by another editor (t)" }
        fn side_ours() { "Ours (o)" }
        fn side_theirs() { "Theirs (t)" }
        fn both_can() { "b: both, ours then theirs (they can stand side by side)" }
        fn both_cannot() { "both cannot stand together here: one of the two" }
        fn settle_edit() { "edit" }
        fn settle_next() { "next" }
        fn settle_before() { "before" }
        fn settle_leave() { "leave" }
        fn settle_keys() { "keys" }
        fn ask_leave_settling(open: usize, conflicts: usize) { format!("Leave? {open} of {} not settled; the file stays as it is, markers and all. (y/n)", count(conflicts, "conflict", "conflicts")) }
        fn side_empty_here() { "(nothing: this side has no lines here)" }
        fn taken() { "taken" }
        fn nothing_here() { "(nothing)" }
        fn settle_first() { "settle each conflict first: o keeps yours, t takes the file's; nothing is saved until then" }
        fn both_sides_cannot() { "both sides cannot stand together here (one field, one value): take ours (o) or theirs (t)" }
        fn settled_invalid(first: &str) { format!("settled like this the file is no valid model ({first}); settle a conflict another way") }
        fn terminal_unusable(reason: &str) { format!("cannot use this terminal: {reason}") }
        fn terminal_failed(reason: &str) { format!("the terminal failed: {reason}") }
        fn recovered(path: &str) { format!("keten stopped on an error; your unsaved model is in {path}") }
    }
}
