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
    model
        .references()
        .filter(|r| r.target == section && r.to == id)
        .map(|r| Reference {
            subject: Subject::of(&r),
            required: r.required,
        })
        .collect()
}

/// Points every reference to `from` in `section` at `to`.
pub(super) fn rewrite(model: &mut Model, section: Section, from: &Id, to: &Id) {
    for reference in references_to(model, section, from.as_str()) {
        let s = &reference.subject;
        if let Some(field) = s.field {
            model.retarget(s.section, s.id.as_ref(), field, from, Some(to));
        }
    }
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
            edits.push(edit);
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

/// Clears one optional reference to `id` in the model, and gives the edit
/// that does the same: the referring entity as it is without it (or the
/// model without its director).
fn clear(model: &mut Model, subject: &Subject, id: &Id) -> Option<Edit> {
    model.retarget(
        subject.section,
        subject.id.as_ref(),
        subject.field?,
        id,
        None,
    );
    match &subject.id {
        None if subject.field == Some("pulse") => Some(Edit::SetPulse(model.pulse.clone())),
        None => Some(Edit::SetDirector(model.director.clone())),
        Some(owner) => Entity::of(model, subject.section, owner.as_str()).map(Edit::Replace),
    }
}
