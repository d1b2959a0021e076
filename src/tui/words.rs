//! The words the forms and undo say, in one place (to be given in other
//! languages): the question before a form's changes are thrown away, and
//! what an undo or redo took back or did again.

use crate::edit::{Edit, Entity, TopField};
use crate::model::Model;
use crate::text::sanitize;

/// Asked when Esc would close a form whose fields were changed.
pub const DISCARD_FORM: &str = "Throw away the changes in this form? (y/n)";

/// The status line after an undo (or redo): what it took back (or did
/// again), or that there was nothing to take back.
pub fn undone(undo: bool, what: Option<String>) -> String {
    match (what, undo) {
        (Some(what), true) => format!("undone: {what}"),
        (Some(what), false) => format!("redone: {what}"),
        (None, true) => "nothing to undo".to_string(),
        (None, false) => "nothing to redo".to_string(),
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
        format!("{} `{}`", entity.section().noun(), sanitize(name))
    };
    match edit {
        Edit::Put { entity, .. } => format!("added {}", named(entity)),
        Edit::Replace(entity) => format!("changed {}", named(entity)),
        Edit::Remove { section, id } => format!(
            "removed {} `{}`",
            section.noun(),
            sanitize(model.name_of(*section, id.as_str()))
        ),
        Edit::Move { section, id, .. } => format!(
            "moved {} `{}`",
            section.noun(),
            sanitize(model.name_of(*section, id.as_str()))
        ),
        Edit::Rename { section, from, to } => {
            format!("renamed {} `{from}` to `{to}`", section.noun())
        }
        Edit::SetText { field, .. } => format!(
            "changed the model's {}",
            match field {
                TopField::Name => "name",
                TopField::Description => "description",
                TopField::ClientQuestion => "client question",
                TopField::Ambition => "ambition",
            }
        ),
        Edit::SetDirector(_) => "changed the director".to_string(),
        Edit::SetAllow(_) => "changed the accepted warnings".to_string(),
        Edit::SetPulse(_) => "changed the pulse".to_string(),
        // A form's edit: the entity it changed (renamed or not), or the
        // model's own fields.
        Edit::Batch(edits) => match edits.first() {
            Some(first @ (Edit::Put { .. } | Edit::Replace(_))) => self::edit(first, model),
            Some(Edit::SetText { .. }) => "changed the model".to_string(),
            Some(first) if edits.len() == 1 => self::edit(first, model),
            _ => format!("{} changes", edits.len()),
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
