//! The checks of a model: references that do not resolve (errors) and gaps
//! in the collaboration (warnings), with `allow` honoured.
//!
//! Findings name their subject in the model, not a line in a file; the
//! reader's source map gives them a position when there is a file.

use crate::diagnostic::{Code, Diagnostic, Findings, Severity, Subject, did_you_mean};
use crate::lang::t;
use crate::model::{HashMap, HashSet, Id, Model, Section};

/// Checks a model and returns its findings: dangling references as errors,
/// then every warning the model does not allow, in model order.
pub fn validate(model: &Model) -> Findings {
    let mut check = Check {
        model,
        out: Findings::default(),
        hints: HashMap::default(),
        budget: HINT_BUDGET,
    };
    check.references();
    check.warnings();
    check.out
}

/// How many ids the "did you mean" hints of one check may compare in all.
/// A hint costs one comparison per id of its section, so a model with
/// thousands of misspelt references gets hints for the first of them and
/// plain messages after, and a check stays linear in the model.
const HINT_BUDGET: usize = 250_000;

struct Check<'m> {
    model: &'m Model,
    out: Findings,
    /// The hint for each wrong id already looked up, by section.
    hints: HashMap<(Section, &'m str), String>,
    /// Comparisons left for new hints.
    budget: usize,
}

impl<'m> Check<'m> {
    /// Reports a finding unless its code is allowed for the model or for
    /// the entity it is about.
    fn report(&mut self, code: Code, subject: Subject, message: String) {
        if code.severity() == Severity::Warning && self.allowed(code, &subject) {
            return;
        }
        self.out.push(Diagnostic::new(code, message).about(subject));
    }

    fn allowed(&self, code: Code, subject: &Subject) -> bool {
        let model = self.model;
        model.allow.contains(&code)
            || subject
                .id
                .as_ref()
                .is_some_and(|id| model.allow_of(subject.section, id.as_str()).contains(&code))
    }

    /// One reference: reported when it names nothing in `target`.
    fn reference(&mut self, target: Section, id: &'m Id, subject: Subject) {
        if id.is_empty() || self.model.contains(target, id.as_str()) {
            return;
        }
        let hint = self.hint(target, id.as_str());
        let whose = match &subject.id {
            Some(owner) => t::in_entity(&t::noun(subject.section.noun()), owner.as_str()),
            None => String::new(),
        };
        self.report(
            Code::DanglingRef,
            subject,
            t::dangling_ref(&t::noun(target.noun()), id.as_str(), &whose, &hint),
        );
    }

    /// "; did you mean …?" for a wrong id, looked up once per id.
    fn hint(&mut self, target: Section, wrong: &'m str) -> String {
        if let Some(hint) = self.hints.get(&(target, wrong)) {
            return hint.clone();
        }
        let model = self.model;
        let cost = match target {
            Section::Top => 0,
            Section::Phases => model.phases.len(),
            Section::Partners => model.partners.len(),
            Section::Roles => model.roles.len(),
            Section::Goals => model.goals.len(),
            Section::Kpis => model.kpis.len(),
            Section::Agreements => model.agreements.len(),
            Section::Steps => model.steps.len(),
        };
        let hint = if cost <= self.budget {
            self.budget -= cost;
            did_you_mean(wrong, model.ids(target).map(Id::as_str))
        } else {
            String::new()
        };
        self.hints.insert((target, wrong), hint.clone());
        hint
    }

    fn references(&mut self) {
        for r in self.model.references() {
            self.reference(r.target, r.to, Subject::of(&r));
        }
    }

    fn warnings(&mut self) {
        let m = self.model;
        if m.client_question.trim().is_empty() {
            self.report(
                Code::NoClientQuestion,
                Subject::top("client_question"),
                t::no_client_question(),
            );
        }
        if m.director.is_none() {
            self.report(Code::NoDirector, Subject::top("director"), t::no_director());
        }
        self.partners();
        self.goals_and_kpis();
        self.steps();
        self.interests();
        self.pulse();
    }

    fn interests(&mut self) {
        let m = self.model;
        if m.agreements.is_empty() {
            return;
        }
        for (id, partner) in &m.partners {
            for (i, interest) in partner.interests.iter().enumerate() {
                if interest.safeguarded_by.is_empty() {
                    self.report(
                        Code::UnguardedInterest,
                        Subject::item(Section::Partners, id, "interests", i),
                        t::unguarded_interest(&interest.name, id.as_str()),
                    );
                }
            }
        }
    }

    fn pulse(&mut self) {
        let m = self.model;
        let (Some(latest), before) = m.pulse_latest() else {
            return;
        };
        for (i, e) in m.pulse.iter().enumerate() {
            if e.period != latest {
                continue;
            }
            let low: Vec<String> = e
                .scores
                .iter()
                .enumerate()
                .filter_map(|(d, s)| Some((d, (*s)?)))
                .filter(|(_, s)| *s <= 2)
                .map(|(d, s)| format!("{} {s}", t::dimension(crate::model::dimension(d))))
                .collect();
            if !low.is_empty() {
                self.report(
                    Code::PulseLow,
                    Subject {
                        item: Some(i),
                        ..Subject::top("pulse")
                    },
                    t::pulse_low(latest, e.partner.as_str(), &low.join(", ")),
                );
            }
        }
        if let Some(before) = before {
            let (was, now) = (m.pulse_averages(before), m.pulse_averages(latest));
            let first = m.pulse.iter().position(|e| e.period == latest);
            for d in 0..was.len() {
                let Some(delta) = crate::model::change(was[d], now[d]) else {
                    continue;
                };
                if delta <= -1.0 {
                    self.report(
                        Code::PulseLow,
                        Subject {
                            item: first,
                            ..Subject::top("pulse")
                        },
                        t::pulse_fell(
                            &t::dimension(crate::model::dimension(d)),
                            was[d].unwrap_or_default(),
                            before,
                            now[d].unwrap_or_default(),
                            latest,
                        ),
                    );
                }
            }
        }
        let gave: HashSet<&str> = m.pulse_of(latest).map(|e| e.partner.as_str()).collect();
        let active: HashSet<&str> = m.steps.iter().map(|s| s.partner.as_str()).collect();
        for id in m.partners.keys() {
            if active.contains(id.as_str()) && !gave.contains(id.as_str()) {
                let name = m.name_of(Section::Partners, id.as_str());
                self.report(
                    Code::PulseMissing,
                    Subject::entity(Section::Partners, id),
                    t::pulse_missing(id.as_str(), name, latest),
                );
            }
        }
    }

    fn partners(&mut self) {
        let m = self.model;
        let mut busy: HashSet<&str> = HashSet::default();
        busy.extend(m.steps.iter().map(|s| s.partner.as_str()));
        busy.extend(m.roles.values().map(|r| r.partner.as_str()));
        busy.extend(
            m.goals
                .values()
                .flat_map(|g| g.partners.iter().map(Id::as_str)),
        );
        busy.extend(
            m.kpis
                .values()
                .filter_map(|k| k.owner.as_ref().map(Id::as_str)),
        );
        busy.extend(m.director.as_ref().map(Id::as_str));
        for (id, partner) in &m.partners {
            let name = m.name_of(Section::Partners, id.as_str());
            if partner.contribution.trim().is_empty() {
                self.report(
                    Code::NoContribution,
                    Subject::entity(Section::Partners, id),
                    t::no_contribution(id.as_str(), name),
                );
            }
            if !busy.contains(id.as_str()) {
                self.report(
                    Code::IdlePartner,
                    Subject::entity(Section::Partners, id),
                    t::idle_partner(id.as_str(), name),
                );
            }
        }
    }

    fn goals_and_kpis(&mut self) {
        let m = self.model;
        let measured: HashSet<&str> = m
            .kpis
            .values()
            .filter_map(|k| k.goal.as_ref().map(Id::as_str))
            .collect();
        for id in m.goals.keys() {
            if !measured.contains(id.as_str()) {
                let name = m.name_of(Section::Goals, id.as_str());
                self.report(
                    Code::GoalWithoutKpi,
                    Subject::entity(Section::Goals, id),
                    t::goal_without_kpi(id.as_str(), name),
                );
            }
        }
        for (id, kpi) in &m.kpis {
            let name = m.name_of(Section::Kpis, id.as_str());
            if kpi.owner.is_none() {
                self.report(
                    Code::KpiWithoutOwner,
                    Subject::entity(Section::Kpis, id),
                    t::kpi_without_owner(id.as_str(), name),
                );
            }
            if kpi.target.is_none() {
                self.report(
                    Code::KpiWithoutTarget,
                    Subject::entity(Section::Kpis, id),
                    t::kpi_without_target(id.as_str(), name),
                );
            }
        }
    }

    fn steps(&mut self) {
        let m = self.model;
        let chain = &m.steps;
        let graph = chain.graph();
        if chain.len() > 1 {
            for &node in chain.nodes() {
                let step = &graph[node];
                let linked = graph.neighbors_undirected(node).next().is_some();
                if !linked {
                    self.report(
                        Code::IsolatedStep,
                        Subject::entity(Section::Steps, &step.id),
                        t::isolated_step(step.id.as_str(), display(&step.name, &step.id)),
                    );
                }
            }
        }
        for step in chain.iter().filter(|s| s.next.len() > 1) {
            // Per target: the first flow to it, the second, and how many.
            let mut seen: HashMap<&str, (usize, usize, usize)> = HashMap::default();
            for (i, flow) in step.next.iter().enumerate() {
                let entry = seen.entry(flow.to.as_str()).or_insert((i, i, 0));
                entry.2 += 1;
                if entry.2 == 2 {
                    entry.1 = i;
                }
            }
            for (i, flow) in step.next.iter().enumerate() {
                let Some(&(first, second, count)) = seen.get(flow.to.as_str()) else {
                    continue;
                };
                if count < 2 || first != i {
                    continue;
                }
                self.report(
                    Code::DuplicateFlow,
                    Subject::item(Section::Steps, &step.id, "next", second),
                    t::duplicate_flow(step.id.as_str(), flow.to.as_str(), count - 1),
                );
            }
        }
        for handoff in m.handoffs() {
            if handoff.flow.label.trim().is_empty() {
                let (from, to) = (handoff.from, handoff.to);
                self.report(
                    Code::UnlabelledHandoff,
                    Subject::item(Section::Steps, &from.id, "next", handoff.slot),
                    t::unlabelled_handoff(
                        from.id.as_str(),
                        m.name_of(Section::Partners, from.partner.as_str()),
                        to.id.as_str(),
                        m.name_of(Section::Partners, to.partner.as_str()),
                    ),
                );
            }
        }
        for step in chain.iter() {
            let Some(role_id) = &step.role else { continue };
            let Some(role) = m.roles.get(role_id) else {
                continue;
            };
            if role.partner != step.partner && m.partners.contains_key(&role.partner) {
                self.report(
                    Code::RoleElsewhere,
                    Subject::field(Section::Steps, &step.id, "role"),
                    t::role_elsewhere(
                        step.id.as_str(),
                        step.partner.as_str(),
                        role_id.as_str(),
                        role.partner.as_str(),
                    ),
                );
            }
        }
        let analysis = m.analyse();
        for members in &analysis.loops {
            // Report at the flow that runs back from the earliest step with one.
            let back = members.iter().find_map(|&n| {
                chain
                    .flows_out(n)
                    .into_iter()
                    .find(|(e, _, _)| analysis.is_back_edge(*e))
                    .map(|(e, _, t)| (n, *graph.edge_weight(e).unwrap_or(&0), t))
            });
            let Some((source, slot, target)) = back else {
                continue;
            };
            let allowed = members
                .iter()
                .any(|&n| graph[n].allow.contains(&Code::Cycle));
            if allowed {
                continue;
            }
            let names: Vec<&str> = members.iter().map(|&n| graph[n].id.as_str()).collect();
            let path = if names.len() > 6 {
                t::and_more_steps(&names[..5].join(", "), names.len() - 5)
            } else {
                names.join(", ")
            };
            self.report(
                Code::Cycle,
                Subject::item(Section::Steps, &graph[source].id, "next", slot),
                t::cycle(graph[source].id.as_str(), graph[target].id.as_str(), &path),
            );
        }
    }
}

fn display<'a>(name: &'a str, id: &'a Id) -> &'a str {
    if name.is_empty() { id.as_str() } else { name }
}
