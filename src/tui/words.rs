//! What undo and redo say they took back or did again, from the
//! catalogue ([`crate::lang::t`]).

use crate::edit::{Edit, Entity, TopField};
use crate::lang::t;
use crate::model::Model;
use crate::text::sanitize;

/// The status line after an undo (or redo): what it took back (or did
/// again), or that there was nothing to take back.
pub fn undone(undo: bool, what: Option<String>) -> String {
    match (what, undo) {
        (Some(what), true) => t::undone(&what),
        (Some(what), false) => t::redone(&what),
        (None, true) => t::nothing_to_undo(),
        (None, false) => t::nothing_to_redo(),
    }
}

/// An edit in a few words: "added step `Hal inrichten`"; names are taken
/// from `model` where the edit holds only an id.
pub fn edit(edit: &Edit, model: &Model) -> String {
    let named = |entity: &Entity| {
        let name = match entity {
            Entity::Phase(_, e) => &e.name,
            Entity::Partner(_, e) => &e.name,
            Entity::Role(_, e) => &e.name,
            Entity::Goal(_, e) => &e.name,
            Entity::Kpi(_, e) => &e.name,
            Entity::Agreement(_, e) => &e.name,
            Entity::Step(e) => &e.name,
        };
        t::entity(&t::noun(entity.section().noun()), &sanitize(name))
    };
    match edit {
        Edit::Put { entity, .. } => t::edit_added(&named(entity)),
        Edit::Replace(entity) => t::edit_changed(&named(entity)),
        Edit::Remove { section, id } => t::edit_removed(&t::entity(
            &t::noun(section.noun()),
            &sanitize(model.name_of(*section, id.as_str())),
        )),
        Edit::Move { section, id, .. } => t::edit_moved(&t::entity(
            &t::noun(section.noun()),
            &sanitize(model.name_of(*section, id.as_str())),
        )),
        Edit::Rename { section, from, to } => {
            t::edit_renamed(&t::noun(section.noun()), from.as_str(), to.as_str())
        }
        Edit::SetText { field, .. } => t::edit_model_field(match field {
            TopField::Name => "name",
            TopField::Description => "description",
            TopField::ClientQuestion => "client question",
            TopField::Ambition => "ambition",
        }),
        Edit::SetDirector(_) => t::edit_director(),
        Edit::SetAllow(_) => t::edit_allow(),
        Edit::SetPulse(_) => t::edit_pulse(),
        // A form's edit: the entity it changed (renamed or not), or the
        // model's own fields.
        Edit::Batch(edits) => match edits.first() {
            Some(first @ (Edit::Put { .. } | Edit::Replace(_))) => self::edit(first, model),
            Some(Edit::SetText { .. }) => t::edit_model(),
            Some(first) if edits.len() == 1 => self::edit(first, model),
            _ => t::edit_changes(edits.len()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, Section, Step};

    #[test]
    fn an_edit_says_what_it_did_to_what() {
        let model = Model::default();
        let step = Step {
            id: Id::new("hal"),
            name: "Hal inrichten".into(),
            ..Step::default()
        };
        let put = Edit::Put {
            entity: Entity::Step(step),
            at: 0,
        };
        assert_eq!(edit(&put, &model), "added step `Hal inrichten`");
        assert_eq!(
            undone(true, Some(edit(&put, &model))),
            "undone: added step `Hal inrichten`"
        );
        let remove = Edit::Remove {
            section: Section::Phases,
            id: Id::new("intake"),
        };
        assert_eq!(edit(&remove, &model), "removed phase `intake`");
        assert_eq!(undone(false, None), "nothing to redo");
    }
}
