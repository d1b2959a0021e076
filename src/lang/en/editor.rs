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
        fn not_a_warning_code(word: &str, codes: &str) { format!("`{word}` is not a warning code; accepted are: {codes}") }
        fn give_a_name_first() { "give it a name" }
        fn choose_role_partner() { "choose the partner that plays the role" }
        fn target_not_a_number(text: &str) { format!("target `{text}` is not a number") }
        fn choose_lane_partner() { "choose the partner whose lane the step is in" }
        fn measure_hint_change() { "Leave the value empty to remove the measurement." }
        fn measure_hint_new() { "The period follows the KPI's own (uur 12, uur 24 → uur 36; 2026-Q1 → 2026-Q2)." }
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
    }
}
