//! `keten report`'s words in Dutch: the words of Dutch chain practice, for a
//! steering committee.

use super::Dutch;
use crate::lang::{Report, count};

impl Report for Dutch {
    fn report_overview(&self) -> String {
        "Overzicht".into()
    }

    fn report_client_question(&self) -> String {
        "Cliëntvraag".into()
    }

    fn report_ambition(&self) -> String {
        "Ambitie".into()
    }

    fn report_director(&self) -> String {
        "Ketenregisseur".into()
    }

    fn report_in_numbers(&self) -> String {
        "In cijfers".into()
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
            count(partners, "ketenpartner", "ketenpartners"),
            count(steps, "ketenstap", "ketenstappen"),
            count(handoffs, "overdracht", "overdrachten"),
            count(goals, "doel", "doelen"),
            count(kpis, "KPI", "KPI's"),
        ]
        .join(", ")
    }

    fn report_partners(&self) -> String {
        "Ketenpartners".into()
    }

    fn report_partner(&self) -> String {
        "Ketenpartner".into()
    }

    fn report_kind(&self) -> String {
        "Soort".into()
    }

    fn report_contribution(&self) -> String {
        "Bijdrage".into()
    }

    fn report_interests(&self) -> String {
        "Belangen".into()
    }

    fn report_roles(&self) -> String {
        "Rollen".into()
    }

    fn report_role(&self) -> String {
        "Rol".into()
    }

    fn report_description(&self) -> String {
        "Omschrijving".into()
    }

    fn report_goals_and_kpis(&self) -> String {
        "Doelen en KPI's".into()
    }

    fn report_no_kpi(&self) -> String {
        "Nog geen KPI meet dit doel.".into()
    }

    fn report_kpi(&self) -> String {
        "KPI".into()
    }

    fn report_owner(&self) -> String {
        "Eigenaar".into()
    }

    fn report_target(&self) -> String {
        "Streefwaarde".into()
    }

    fn report_latest(&self) -> String {
        "Laatste meting".into()
    }

    fn report_status(&self) -> String {
        "Stand".into()
    }

    fn report_higher_is_better(&self) -> String {
        "hoger is beter".into()
    }

    fn report_lower_is_better(&self) -> String {
        "lager is beter".into()
    }

    fn report_on_target(&self) -> String {
        "✅ op koers".into()
    }

    fn report_off_target(&self) -> String {
        "⚠️ niet op koers".into()
    }

    fn report_no_data(&self) -> String {
        "geen gegevens".into()
    }

    fn report_kpi_history(&self) -> String {
        "Verloop van de KPI's".into()
    }

    fn report_measurements(&self) -> String {
        "Metingen, oudste eerst".into()
    }

    fn report_trend(&self) -> String {
        "Trend".into()
    }

    fn report_toward(&self) -> String {
        "↗ richting de streefwaarde".into()
    }

    fn report_away(&self) -> String {
        "↘ weg van de streefwaarde".into()
    }

    fn report_unchanged(&self) -> String {
        "→ gelijk gebleven".into()
    }

    fn report_improving(&self) -> String {
        "↗ verbeterd".into()
    }

    fn report_worsening(&self) -> String {
        "↘ verslechterd".into()
    }

    fn report_one_measurement(&self) -> String {
        "één meting".into()
    }

    fn report_who_does_what(&self) -> String {
        "Wie doet wat".into()
    }

    fn report_step(&self) -> String {
        "Ketenstap".into()
    }

    fn report_steps_described(&self) -> String {
        "De ketenstappen toegelicht".into()
    }

    fn report_the_chain(&self) -> String {
        "De keten".into()
    }

    fn report_handoffs(&self) -> String {
        "Overdrachten tussen ketenpartners en binnen een ketenpartner, in leesvolgorde:".into()
    }

    fn report_from(&self) -> String {
        "Van".into()
    }

    fn report_to(&self) -> String {
        "Naar".into()
    }

    fn report_what_passes(&self) -> String {
        "Wat wordt overgedragen".into()
    }

    fn report_no_picture(&self) -> String {
        "De plaat van de keten komt naast het rapport met `keten report --assets MAP`.".into()
    }

    fn report_open_findings(&self) -> String {
        "Openstaande bevindingen".into()
    }

    fn report_no_findings(&self) -> String {
        "Geen: het model doorstaat `keten check`.".into()
    }

    fn report_severity(&self, english: &str) -> String {
        match english {
            "error" => "fout",
            "warning" => "waarschuwing",
            _ => english,
        }
        .to_string()
    }

    fn report_interests_and_agreements(&self) -> String {
        "Belangen en afspraken".into()
    }

    fn report_interest(&self) -> String {
        "Belang".into()
    }

    fn report_safeguarded_by(&self) -> String {
        "Geborgd door".into()
    }

    fn report_not_safeguarded(&self) -> String {
        "⚠️ niet geborgd".into()
    }

    fn report_agreement(&self) -> String {
        "Afspraak".into()
    }

    fn report_made_by(&self) -> String {
        "Gemaakt door".into()
    }

    fn report_what_was_agreed(&self) -> String {
        "Wat is afgesproken".into()
    }

    fn report_pulse(&self) -> String {
        "De pulse van de samenwerking".into()
    }

    fn report_pulse_intro(&self, period: &str) -> String {
        format!(
            "Hoe elke ketenpartner de samenwerking beoordeelt, van 1 (helemaal niet) tot 5 (helemaal), in {period}. ⚠️ markeert een score van 2 of lager."
        )
    }

    fn report_pulse_intro_since(&self, period: &str, before: &str) -> String {
        format!(
            "Hoe elke ketenpartner de samenwerking beoordeelt, van 1 (helemaal niet) tot 5 (helemaal), in {period}; tussen haakjes de verandering sinds {before}. ⚠️ markeert een score van 2 of lager."
        )
    }

    fn report_note(&self) -> String {
        "Toelichting".into()
    }

    fn report_no_pulse(&self) -> String {
        "geen pulse gegeven".into()
    }

    fn report_average(&self) -> String {
        "Gemiddeld".into()
    }

    fn report_over_time(&self) -> String {
        "De gemiddelden door de tijd, oudste eerst:".into()
    }

    fn report_period(&self) -> String {
        "Periode".into()
    }

    fn report_dimension(&self, key: &str) -> String {
        match key {
            "trust" => "Vertrouwen",
            "reciprocity" => "Wederkerigheid",
            "openness" => "Openheid",
            "appreciation" => "Waardering",
            "contribution" => "Bijdrage",
            "interests" => "Belangen",
            _ => key,
        }
        .to_string()
    }

    fn report_decimal(&self, english: &str) -> String {
        english.replace('.', ",")
    }

    fn report_picture_not_written(&self, path: &str, reason: &str) -> String {
        format!(
            "{path}: kan de plaat van de keten niet schrijven: {reason}; kies een andere map voor --assets"
        )
    }
}
