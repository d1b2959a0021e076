//! Edits as values: every change to a model is an [`Edit`], and applying
//! one gives back its inverse, so undo is exact and has no limit. The TUI,
//! the undo history and the tests all change models through here.
//!
//! - [`Edit`]: set a top-level field, put, replace, remove, move or rename
//!   an entity, or a batch of edits applied as one.
//! - [`references`]: what refers to an entity, and the edit that removes
//!   those references (for "delete, and remove what refers to it").
//! - [`History`]: undo and redo.

mod history;
mod references;

pub use history::{History, Version};
pub use references::{Reference, delete_with_references, references_to};

use crate::code::Code;
use crate::lang::t;
use crate::model::{
    Agreement, Goal, Id, Kpi, Model, Partner, Phase, PulseEntry, Role, Section, Step,
};

/// A top-level text field of a model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TopField {
    Name,
    Description,
    ClientQuestion,
    Ambition,
}

/// An entity with its id, as stored in its section.
#[derive(Debug, Clone, PartialEq)]
pub enum Entity {
    Phase(Id, Phase),
    Partner(Id, Partner),
    Role(Id, Role),
    Goal(Id, Goal),
    Kpi(Id, Kpi),
    Agreement(Id, Agreement),
    Step(Step),
}

impl Entity {
    /// The entity's `notes` and `allow`, which every kind of entity has.
    pub fn notes_and_allow(&self) -> (&str, &[Code]) {
        match self {
            Entity::Phase(_, e) => (&e.notes, &e.allow),
            Entity::Partner(_, e) => (&e.notes, &e.allow),
            Entity::Role(_, e) => (&e.notes, &e.allow),
            Entity::Goal(_, e) => (&e.notes, &e.allow),
            Entity::Kpi(_, e) => (&e.notes, &e.allow),
            Entity::Agreement(_, e) => (&e.notes, &e.allow),
            Entity::Step(e) => (&e.notes, &e.allow),
        }
    }

    pub fn section(&self) -> Section {
        match self {
            Entity::Phase(..) => Section::Phases,
            Entity::Partner(..) => Section::Partners,
            Entity::Role(..) => Section::Roles,
            Entity::Goal(..) => Section::Goals,
            Entity::Kpi(..) => Section::Kpis,
            Entity::Agreement(..) => Section::Agreements,
            Entity::Step(_) => Section::Steps,
        }
    }

    pub fn id(&self) -> &Id {
        match self {
            Entity::Phase(id, _)
            | Entity::Partner(id, _)
            | Entity::Role(id, _)
            | Entity::Goal(id, _)
            | Entity::Kpi(id, _)
            | Entity::Agreement(id, _) => id,
            Entity::Step(step) => &step.id,
        }
    }

    /// The entity of a section with this id, if there is one.
    pub fn of(model: &Model, section: Section, id: &str) -> Option<Entity> {
        let id_of = || Id::new(id);
        match section {
            Section::Top => None,
            Section::Phases => model
                .phases
                .get(id)
                .map(|e| Entity::Phase(id_of(), e.clone())),
            Section::Partners => model
                .partners
                .get(id)
                .map(|e| Entity::Partner(id_of(), e.clone())),
            Section::Roles => model
                .roles
                .get(id)
                .map(|e| Entity::Role(id_of(), e.clone())),
            Section::Goals => model
                .goals
                .get(id)
                .map(|e| Entity::Goal(id_of(), e.clone())),
            Section::Kpis => model.kpis.get(id).map(|e| Entity::Kpi(id_of(), e.clone())),
            Section::Agreements => model
                .agreements
                .get(id)
                .map(|e| Entity::Agreement(id_of(), e.clone())),
            Section::Steps => model.steps.get(id).map(|s| Entity::Step(s.clone())),
        }
    }
}

/// One change to a model.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Sets a top-level text field.
    SetText { field: TopField, value: String },
    /// Sets (or clears) the director.
    SetDirector(Option<Id>),
    /// Sets the warnings the model as a whole accepts (its top-level `allow`).
    SetAllow(Vec<Code>),
    /// Sets the collaboration pulse, all entries at once.
    SetPulse(Vec<PulseEntry>),
    /// Adds an entity at a position in its section (clamped to the end).
    Put { entity: Entity, at: usize },
    /// Replaces an entity with a new version of itself (same id).
    Replace(Entity),
    /// Removes an entity.
    Remove { section: Section, id: Id },
    /// Moves an entity to another position in its section.
    Move { section: Section, id: Id, to: usize },
    /// Gives an entity a new id, and every reference to it the new id.
    Rename { section: Section, from: Id, to: Id },
    /// Several edits as one: applied in order, undone in reverse.
    Batch(Vec<Edit>),
}

/// Why an edit cannot be applied; the model is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("{}", t::no_such_entity(&t::noun(.0.noun()), .1.as_str()))]
    Missing(Section, Id),
    #[error("{}", t::entity_exists(&t::noun(.0.noun()), .1.as_str()))]
    Taken(Section, Id),
    #[error("{}", t::not_an_id(.0.as_str()))]
    BadId(Id),
    #[error("{}", t::id_referred(.0.as_str()))]
    Referred(Id),
}

impl Edit {
    /// Applies the edit and returns its inverse. On error the model is
    /// left as it was (a batch is rolled back).
    pub fn apply(self, model: &mut Model) -> Result<Edit, EditError> {
        match self {
            Edit::SetText { field, value } => {
                let slot = match field {
                    TopField::Name => &mut model.name,
                    TopField::Description => &mut model.description,
                    TopField::ClientQuestion => &mut model.client_question,
                    TopField::Ambition => &mut model.ambition,
                };
                let old = std::mem::replace(slot, value);
                Ok(Edit::SetText { field, value: old })
            }
            Edit::SetDirector(director) => Ok(Edit::SetDirector(std::mem::replace(
                &mut model.director,
                director,
            ))),
            Edit::SetAllow(allow) => Ok(Edit::SetAllow(std::mem::replace(&mut model.allow, allow))),
            Edit::SetPulse(pulse) => Ok(Edit::SetPulse(std::mem::replace(&mut model.pulse, pulse))),
            Edit::Put { entity, at } => put(model, entity, at),
            Edit::Replace(entity) => replace(model, entity),
            Edit::Remove { section, id } => remove(model, section, &id),
            Edit::Move { section, id, to } => move_to(model, section, &id, to),
            Edit::Rename { section, from, to } => rename(model, section, from, to),
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match edit.apply(model) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(error) => {
                            for inverse in inverses.into_iter().rev() {
                                let _ = inverse.apply(model);
                            }
                            return Err(error);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
        }
    }
}

/// Runs `$body` with `$map` bound to the section's map of entities (the
/// same code for each kind), `$steps` for the steps; the top level holds
/// no entities, so an edit of it is missing.
macro_rules! with_map {
    ($model:expr, $section:expr, $id:expr, |$map:ident| $body:expr, steps => $steps:expr) => {
        match $section {
            Section::Phases => {
                let $map = &mut $model.phases;
                $body
            }
            Section::Partners => {
                let $map = &mut $model.partners;
                $body
            }
            Section::Roles => {
                let $map = &mut $model.roles;
                $body
            }
            Section::Goals => {
                let $map = &mut $model.goals;
                $body
            }
            Section::Kpis => {
                let $map = &mut $model.kpis;
                $body
            }
            Section::Agreements => {
                let $map = &mut $model.agreements;
                $body
            }
            Section::Steps => $steps,
            Section::Top => return Err(EditError::Missing(Section::Top, $id.clone())),
        }
    };
}

fn put(model: &mut Model, entity: Entity, at: usize) -> Result<Edit, EditError> {
    let section = entity.section();
    let id = entity.id().clone();
    if !id.is_valid() {
        return Err(EditError::BadId(id));
    }
    if model.contains(section, id.as_str()) {
        return Err(EditError::Taken(section, id));
    }
    let insert = |len: usize| at.min(len);
    match entity {
        Entity::Phase(id, e) => {
            model.phases.shift_insert(insert(model.phases.len()), id, e);
        }
        Entity::Partner(id, e) => {
            model
                .partners
                .shift_insert(insert(model.partners.len()), id, e);
        }
        Entity::Role(id, e) => {
            model.roles.shift_insert(insert(model.roles.len()), id, e);
        }
        Entity::Goal(id, e) => {
            model.goals.shift_insert(insert(model.goals.len()), id, e);
        }
        Entity::Kpi(id, e) => {
            model.kpis.shift_insert(insert(model.kpis.len()), id, e);
        }
        Entity::Agreement(id, e) => {
            model
                .agreements
                .shift_insert(insert(model.agreements.len()), id, e);
        }
        Entity::Step(step) => {
            let at = insert(model.steps.len());
            model
                .steps
                .insert(at, step)
                .map_err(|s| EditError::Taken(Section::Steps, s.id.clone()))?;
        }
    }
    Ok(Edit::Remove { section, id })
}

fn replace(model: &mut Model, entity: Entity) -> Result<Edit, EditError> {
    let section = entity.section();
    let id = entity.id().clone();
    let missing = || EditError::Missing(section, id.clone());
    let old = match entity {
        Entity::Phase(id, e) => Entity::Phase(
            id.clone(),
            swap(model.phases.get_mut(&id), e).ok_or_else(missing)?,
        ),
        Entity::Partner(id, e) => Entity::Partner(
            id.clone(),
            swap(model.partners.get_mut(&id), e).ok_or_else(missing)?,
        ),
        Entity::Role(id, e) => Entity::Role(
            id.clone(),
            swap(model.roles.get_mut(&id), e).ok_or_else(missing)?,
        ),
        Entity::Goal(id, e) => Entity::Goal(
            id.clone(),
            swap(model.goals.get_mut(&id), e).ok_or_else(missing)?,
        ),
        Entity::Kpi(id, e) => Entity::Kpi(
            id.clone(),
            swap(model.kpis.get_mut(&id), e).ok_or_else(missing)?,
        ),
        Entity::Agreement(id, e) => Entity::Agreement(
            id.clone(),
            swap(model.agreements.get_mut(&id), e).ok_or_else(missing)?,
        ),
        Entity::Step(step) => {
            let key = step.id.clone();
            let old = model
                .steps
                .update(key.as_str(), |s| std::mem::replace(s, step))
                .ok_or_else(missing)?;
            Entity::Step(old)
        }
    };
    Ok(Edit::Replace(old))
}

fn swap<T>(slot: Option<&mut T>, value: T) -> Option<T> {
    slot.map(|s| std::mem::replace(s, value))
}

fn remove(model: &mut Model, section: Section, id: &Id) -> Result<Edit, EditError> {
    let missing = || EditError::Missing(section, id.clone());
    macro_rules! take {
        ($map:expr, $variant:ident) => {{
            let (at, key, value) = $map.shift_remove_full(id.as_str()).ok_or_else(missing)?;
            (at, Entity::$variant(key, value))
        }};
    }
    let (at, entity) = match section {
        Section::Phases => take!(model.phases, Phase),
        Section::Partners => take!(model.partners, Partner),
        Section::Roles => take!(model.roles, Role),
        Section::Goals => take!(model.goals, Goal),
        Section::Kpis => take!(model.kpis, Kpi),
        Section::Agreements => take!(model.agreements, Agreement),
        Section::Steps => {
            let (at, step) = model.steps.remove(id.as_str()).ok_or_else(missing)?;
            (at, Entity::Step(step))
        }
        Section::Top => return Err(missing()),
    };
    Ok(Edit::Put { entity, at })
}

fn move_to(model: &mut Model, section: Section, id: &Id, to: usize) -> Result<Edit, EditError> {
    let missing = || EditError::Missing(section, id.clone());
    let from = with_map!(model, section, id, |map| {
        let from = map.get_index_of(id.as_str()).ok_or_else(missing)?;
        map.move_index(from, to.min(map.len() - 1));
        from
    }, steps => {
        let from = model.steps.position(id.as_str()).ok_or_else(missing)?;
        model.steps.move_to(id.as_str(), to);
        from
    });
    Ok(Edit::Move {
        section,
        id: id.clone(),
        to: from,
    })
}

fn rename(model: &mut Model, section: Section, from: Id, to: Id) -> Result<Edit, EditError> {
    if !to.is_valid() {
        return Err(EditError::BadId(to));
    }
    if !model.contains(section, from.as_str()) {
        return Err(EditError::Missing(section, from));
    }
    if model.contains(section, to.as_str()) {
        return Err(EditError::Taken(section, to));
    }
    // A reference to the new id that dangles now would be joined to the
    // renamed entity, and renaming back would not separate it again.
    if !references_to(model, section, to.as_str()).is_empty() {
        return Err(EditError::Referred(to));
    }
    with_map!(model, section, from, |map| {
        let at = map.get_index_of(from.as_str()).ok_or_else(|| EditError::Missing(section, from.clone()))?;
        let (_, value) = map.shift_remove_index(at).ok_or_else(|| EditError::Missing(section, from.clone()))?;
        map.shift_insert(at, to.clone(), value);
    }, steps => {
        model.steps.rename(from.as_str(), to.clone());
    });
    references::rewrite(model, section, &from, &to);
    Ok(Edit::Rename {
        section,
        from: to,
        to: from,
    })
}
