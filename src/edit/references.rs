//! What refers to an entity: finding the references, pointing them at a new
//! id, and removing them with the entity.

use super::{Edit, Entity};
use crate::diagnostic::Subject;
use crate::model::{Id, Model, Section};

/// A reference to an entity: where it is and whether the referring entity
/// can live without it (a step needs its partner, a role its partner).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub subject: Subject,
    pub required: bool,
}

/// Every reference to an entity, in model order.
pub fn references_to(model: &Model, section: Section, id: &str) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut add = |subject: Subject, required: bool| out.push(Reference { subject, required });
    match section {
        Section::Partners => {
            if model.director.as_ref().is_some_and(|d| d == id) {
                add(Subject::top("director"), false);
            }
            for (rid, role) in &model.roles {
                if role.partner == id {
                    add(Subject::field(Section::Roles, rid, "partner"), true);
                }
            }
            for (gid, goal) in &model.goals {
                for (i, p) in goal.partners.iter().enumerate() {
                    if p == id {
                        add(Subject::item(Section::Goals, gid, "partners", i), false);
                    }
                }
            }
            for (kid, kpi) in &model.kpis {
                if kpi.owner.as_ref().is_some_and(|o| o == id) {
                    add(Subject::field(Section::Kpis, kid, "owner"), false);
                }
            }
            for step in model.steps.iter() {
                if step.partner == id {
                    add(Subject::field(Section::Steps, &step.id, "partner"), true);
                }
            }
        }
        Section::Roles | Section::Phases => {
            let field = if section == Section::Roles {
                "role"
            } else {
                "phase"
            };
            for step in model.steps.iter() {
                let value = if section == Section::Roles {
                    &step.role
                } else {
                    &step.phase
                };
                if value.as_ref().is_some_and(|v| v == id) {
                    add(Subject::field(Section::Steps, &step.id, field), false);
                }
            }
        }
        Section::Goals => {
            for (kid, kpi) in &model.kpis {
                if kpi.goal.as_ref().is_some_and(|g| g == id) {
                    add(Subject::field(Section::Kpis, kid, "goal"), false);
                }
            }
        }
        Section::Steps => {
            for (kid, kpi) in &model.kpis {
                if kpi.step.as_ref().is_some_and(|s| s == id) {
                    add(Subject::field(Section::Kpis, kid, "step"), false);
                }
            }
            for step in model.steps.iter() {
                for (i, flow) in step.next.iter().enumerate() {
                    if flow.to == id {
                        add(Subject::item(Section::Steps, &step.id, "next", i), false);
                    }
                }
            }
        }
        Section::Kpis | Section::Top => {}
    }
    out
}

/// Points every reference to `from` in `section` at `to`.
pub(super) fn rewrite(model: &mut Model, section: Section, from: &Id, to: &Id) {
    let swap = |slot: &mut Id| {
        if slot == from {
            *slot = to.clone();
        }
    };
    let swap_opt = |slot: &mut Option<Id>| {
        if let Some(v) = slot {
            if v == from {
                *v = to.clone();
            }
        }
    };
    match section {
        Section::Partners => {
            swap_opt(&mut model.director);
            model.roles.values_mut().for_each(|r| swap(&mut r.partner));
            model
                .goals
                .values_mut()
                .for_each(|g| g.partners.iter_mut().for_each(swap));
            model.kpis.values_mut().for_each(|k| swap_opt(&mut k.owner));
            for id in step_ids(model) {
                model.steps.update(id.as_str(), |s| swap(&mut s.partner));
            }
        }
        Section::Roles => {
            for id in step_ids(model) {
                model.steps.update(id.as_str(), |s| swap_opt(&mut s.role));
            }
        }
        Section::Phases => {
            for id in step_ids(model) {
                model.steps.update(id.as_str(), |s| swap_opt(&mut s.phase));
            }
        }
        Section::Goals => model.kpis.values_mut().for_each(|k| swap_opt(&mut k.goal)),
        // Flows follow a renamed step in the chain itself.
        Section::Steps => model.kpis.values_mut().for_each(|k| swap_opt(&mut k.step)),
        Section::Kpis | Section::Top => {}
    }
}

fn step_ids(model: &Model) -> Vec<Id> {
    model.steps.iter().map(|s| s.id.clone()).collect()
}

/// The edit that removes an entity and every reference to it: optional
/// references are cleared (a flow to a removed step goes, a KPI loses its
/// step), and entities that cannot live without it (the roles and steps of
/// a removed partner) are removed with their own references.
pub fn delete_with_references(model: &Model, section: Section, id: &str) -> Edit {
    let mut scratch = model.clone();
    let mut edits = Vec::new();
    delete_into(&mut scratch, section, &Id::new(id), &mut edits);
    Edit::Batch(edits)
}

fn delete_into(model: &mut Model, section: Section, id: &Id, edits: &mut Vec<Edit>) {
    for reference in references_to(model, section, id.as_str()) {
        let subject = &reference.subject;
        if reference.required {
            if let Some(owner) = &subject.id {
                delete_into(model, subject.section, owner, edits);
            }
            continue;
        }
        if let Some(edit) = clear(model, subject, id) {
            if edit.clone().apply(model).is_ok() {
                edits.push(edit);
            }
        }
    }
    let edit = Edit::Remove {
        section,
        id: id.clone(),
    };
    if edit.clone().apply(model).is_ok() {
        edits.push(edit);
    }
}

/// The edit that clears one optional reference to `id`.
fn clear(model: &Model, subject: &Subject, id: &Id) -> Option<Edit> {
    if subject.section == Section::Top {
        return Some(Edit::SetDirector(None));
    }
    let owner = subject.id.as_ref()?;
    let mut entity = Entity::of(model, subject.section, owner.as_str())?;
    match (&mut entity, subject.field?) {
        (Entity::Goal(_, g), "partners") => g.partners.retain(|p| p != id),
        (Entity::Kpi(_, k), "owner") => k.owner = None,
        (Entity::Kpi(_, k), "goal") => k.goal = None,
        (Entity::Kpi(_, k), "step") => k.step = None,
        (Entity::Step(s), "role") => s.role = None,
        (Entity::Step(s), "phase") => s.phase = None,
        (Entity::Step(s), "next") => s.next.retain(|f| f.to != *id),
        _ => return None,
    }
    Some(Edit::Replace(entity))
}
