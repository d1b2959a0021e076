//! `keten check`'s findings about the collaboration, and git's conflict markers.

use super::English;
use crate::lang::Findings;

impl Findings for English {
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
}
