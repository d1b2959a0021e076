//! `keten report`'s words in English.

use super::English;
use crate::lang::{Report, count};

impl Report for English {
    fn report_overview(&self) -> String {
        "Overview".into()
    }

    fn report_client_question(&self) -> String {
        "Client question".into()
    }

    fn report_ambition(&self) -> String {
        "Ambition".into()
    }

    fn report_director(&self) -> String {
        "Director".into()
    }

    fn report_in_numbers(&self) -> String {
        "In numbers".into()
    }

    fn report_counts(
        &self,
        partners: usize,
        steps: usize,
        handoffs: usize,
        goals: usize,
        kpis: usize,
    ) -> String {
        [
            count(partners, "partner", "partners"),
            count(steps, "step", "steps"),
            count(handoffs, "handoff", "handoffs"),
            count(goals, "goal", "goals"),
            count(kpis, "KPI", "KPIs"),
        ]
        .join(", ")
    }

    fn report_partners(&self) -> String {
        "Partners".into()
    }

    fn report_partner(&self) -> String {
        "Partner".into()
    }

    fn report_kind(&self) -> String {
        "Kind".into()
    }

    fn report_contribution(&self) -> String {
        "Contribution".into()
    }

    fn report_interests(&self) -> String {
        "Interests".into()
    }

    fn report_roles(&self) -> String {
        "Roles".into()
    }

    fn report_role(&self) -> String {
        "Role".into()
    }

    fn report_description(&self) -> String {
        "Description".into()
    }

    fn report_goals_and_kpis(&self) -> String {
        "Goals and KPIs".into()
    }

    fn report_no_kpi(&self) -> String {
        "No KPI measures this goal yet.".into()
    }

    fn report_kpi(&self) -> String {
        "KPI".into()
    }

    fn report_owner(&self) -> String {
        "Owner".into()
    }

    fn report_target(&self) -> String {
        "Target".into()
    }

    fn report_latest(&self) -> String {
        "Latest".into()
    }

    fn report_status(&self) -> String {
        "Status".into()
    }

    fn report_higher_is_better(&self) -> String {
        "higher is better".into()
    }

    fn report_lower_is_better(&self) -> String {
        "lower is better".into()
    }

    fn report_on_target(&self) -> String {
        "✅ on target".into()
    }

    fn report_off_target(&self) -> String {
        "⚠️ off target".into()
    }

    fn report_no_data(&self) -> String {
        "no data".into()
    }

    fn report_kpi_history(&self) -> String {
        "KPI history".into()
    }

    fn report_measurements(&self) -> String {
        "Measurements, oldest first".into()
    }

    fn report_trend(&self) -> String {
        "Trend".into()
    }

    fn report_toward(&self) -> String {
        "↗ toward the target".into()
    }

    fn report_away(&self) -> String {
        "↘ away from the target".into()
    }

    fn report_unchanged(&self) -> String {
        "→ unchanged".into()
    }

    fn report_improving(&self) -> String {
        "↗ improving".into()
    }

    fn report_worsening(&self) -> String {
        "↘ worsening".into()
    }

    fn report_one_measurement(&self) -> String {
        "one measurement".into()
    }

    fn report_who_does_what(&self) -> String {
        "Who does what".into()
    }

    fn report_step(&self) -> String {
        "Step".into()
    }

    fn report_steps_described(&self) -> String {
        "The steps described".into()
    }

    fn report_the_chain(&self) -> String {
        "The chain".into()
    }

    fn report_handoffs(&self) -> String {
        "Handoffs between partners and within them, in reading order:".into()
    }

    fn report_from(&self) -> String {
        "From".into()
    }

    fn report_to(&self) -> String {
        "To".into()
    }

    fn report_what_passes(&self) -> String {
        "What passes".into()
    }

    fn report_no_picture(&self) -> String {
        "The picture of the chain is written beside the report with `keten report --assets DIR`."
            .into()
    }

    fn report_open_findings(&self) -> String {
        "Open findings".into()
    }

    fn report_no_findings(&self) -> String {
        "None: the model passes `keten check`.".into()
    }

    fn report_severity(&self, english: &str) -> String {
        english.to_string()
    }

    fn report_interests_and_agreements(&self) -> String {
        "Interests and agreements".into()
    }

    fn report_interest(&self) -> String {
        "Interest".into()
    }

    fn report_safeguarded_by(&self) -> String {
        "Safeguarded by".into()
    }

    fn report_not_safeguarded(&self) -> String {
        "⚠️ not safeguarded".into()
    }

    fn report_agreement(&self) -> String {
        "Agreement".into()
    }

    fn report_made_by(&self) -> String {
        "Made by".into()
    }

    fn report_what_was_agreed(&self) -> String {
        "What was agreed".into()
    }

    fn report_pulse(&self) -> String {
        "The collaboration pulse".into()
    }

    fn report_pulse_intro(&self, period: &str) -> String {
        format!(
            "How each partner rates the collaboration, from 1 (not at all) to 5 (fully), in {period}. ⚠️ marks a score of 2 or less."
        )
    }

    fn report_pulse_intro_since(&self, period: &str, before: &str) -> String {
        format!(
            "How each partner rates the collaboration, from 1 (not at all) to 5 (fully), in {period}; in brackets the change since {before}. ⚠️ marks a score of 2 or less."
        )
    }

    fn report_note(&self) -> String {
        "Note".into()
    }

    fn report_no_pulse(&self) -> String {
        "no pulse given".into()
    }

    fn report_average(&self) -> String {
        "Average".into()
    }

    fn report_over_time(&self) -> String {
        "The averages over time, oldest first:".into()
    }

    fn report_period(&self) -> String {
        "Period".into()
    }

    fn report_dimension(&self, key: &str) -> String {
        match key {
            "trust" => "Trust",
            "reciprocity" => "Reciprocity",
            "openness" => "Openness",
            "appreciation" => "Appreciation",
            "contribution" => "Contribution",
            "interests" => "Interests",
            _ => key,
        }
        .to_string()
    }

    fn report_decimal(&self, english: &str) -> String {
        english.to_string()
    }

    fn report_picture_not_written(&self, path: &str, reason: &str) -> String {
        format!(
            "{path}: cannot write the chain's picture: {reason}; choose another folder for --assets"
        )
    }
}
