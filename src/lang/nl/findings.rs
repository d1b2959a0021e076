//! `keten check`'s findings about the collaboration, and git's conflict markers.

use super::Dutch;
use crate::lang::{Findings, count, decimal};

impl Findings for Dutch {
    fn dangling_ref(&self, noun: &str, id: &str, place: &str, hint: &str) -> String {
        format!("geen {noun} `{id}`{place}{hint}")
    }

    fn in_entity(&self, noun: &str, id: &str) -> String {
        format!(" (in {noun} `{id}`)")
    }

    fn no_client_question(&self) -> String {
        "het model heeft geen `client_question`: schrijf de cliëntvraag op die de ketenpartners samen beantwoorden".to_string()
    }

    fn no_director(&self) -> String {
        "het model heeft geen `director`: noem de ketenpartner die als ketenregisseur de keten stuurt en bewaakt".to_string()
    }

    fn unguarded_interest(&self, interest: &str, partner: &str) -> String {
        format!(
            "belang \"{interest}\" van ketenpartner `{partner}` is niet geborgd: noem in `safeguarded_by` de afspraken die het borgen"
        )
    }

    fn pulse_low(&self, period: &str, partner: &str, scores: &str) -> String {
        format!(
            "in {period} geeft ketenpartner `{partner}` de samenwerking een lage score: {scores}; ga met hen in gesprek"
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
        format!(
            "het gemiddelde voor {dimension} daalde van {} in {before} naar {} in {latest}",
            decimal(was),
            decimal(now)
        )
    }

    fn pulse_missing(&self, partner: &str, name: &str, period: &str) -> String {
        format!(
            "ketenpartner `{partner}` ({name}) gaf geen pulse voor {period}, terwijl anderen dat wel deden"
        )
    }

    fn no_contribution(&self, partner: &str, name: &str) -> String {
        format!(
            "ketenpartner `{partner}` ({name}) heeft geen `contribution`: zeg wat de partner bijdraagt aan het gezamenlijke resultaat"
        )
    }

    fn idle_partner(&self, partner: &str, name: &str) -> String {
        format!("ketenpartner `{partner}` ({name}) heeft geen ketenstap, rol, doel of KPI")
    }

    fn goal_without_kpi(&self, goal: &str, name: &str) -> String {
        format!("doel `{goal}` ({name}) heeft geen KPI die het meet")
    }

    fn kpi_without_owner(&self, kpi: &str, name: &str) -> String {
        format!(
            "KPI `{kpi}` ({name}) heeft geen `owner`: noem de ketenpartner die ervoor verantwoordelijk is"
        )
    }

    fn kpi_without_target(&self, kpi: &str, name: &str) -> String {
        format!("KPI `{kpi}` ({name}) heeft geen `target`")
    }

    fn isolated_step(&self, step: &str, name: &str) -> String {
        format!("ketenstap `{step}` ({name}) heeft geen inkomende of uitgaande verbinding")
    }

    fn duplicate_flow(&self, step: &str, to: &str, more: usize) -> String {
        {
            let again = match more {
                1 => "nog een keer".to_string(),
                n => format!("nog {n} keer"),
            };
            format!(
                "ketenstap `{step}` noemt `{to}` {again} in `next`; het wordt als één verbinding getekend: houd er één (het label kan alles noemen wat wordt overgedragen)"
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
            "de overdracht van `{from}` ({from_partner}) naar `{to}` ({to_partner}) heeft geen label: zeg wat er wordt overgedragen"
        )
    }

    fn role_elsewhere(&self, step: &str, partner: &str, role: &str, role_partner: &str) -> String {
        format!(
            "ketenstap `{step}` hoort bij `{partner}`, maar de rol `{role}` hoort bij `{role_partner}`"
        )
    }

    fn and_more_steps(&self, first: &str, more: usize) -> String {
        format!(
            "{first} en nog {}",
            count(more, "ketenstap", "ketenstappen")
        )
    }

    fn cycle(&self, from: &str, to: &str, steps: &str) -> String {
        format!(
            "het proces loopt rond: `{from}` gaat terug naar `{to}` (ketenstappen {steps}); is dit bedoeld herstelwerk, zet dan `allow: [cycle]` bij een van die ketenstappen"
        )
    }

    fn merge_conflict(&self, end: usize, ours: &str, theirs: &str) -> String {
        format!(
            "een conflict uit een samenvoeging (tot regel {end}): onze kant {ours}, hun kant {theirs}; houd één kant en haal de markeringsregels weg"
        )
    }

    fn side_empty(&self) -> String {
        "is leeg".to_string()
    }

    fn side_has(&self, first: &str, more: usize) -> String {
        match more {
            0 => format!("heeft `{first}`"),
            1 => format!("heeft `{first}` en nog 1 regel"),
            n => format!("heeft `{first}` en nog {n} regels"),
        }
    }
}
