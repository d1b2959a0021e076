//! What a merge must know of references: an id renamed on one side is
//! renamed on the other side too (so the other side's new references
//! follow it), and an entity deleted on one side that the merge still
//! refers to is a conflict, never a dangling reference.

use std::borrow::Cow;

use super::ConflictKind;
use super::fields::{At, Cx};
use crate::edit::{Edit, Entity, delete_with_references, references_to};
use crate::model::{HashSet, Id, Model, SECTIONS, Section};

/// The most pairs of (gone, new) entities compared when looking for
/// renames; past it a side has changed so much that none is looked for.
const MAX_RENAME_PAIRS: usize = 1_000_000;

/// The three versions with each side's renames applied to the base and to
/// the other side (borrowed as they are where no side renamed anything).
pub(super) fn follow_renames<'a>(
    base: &'a Model,
    ours: &'a Model,
    theirs: &'a Model,
) -> (Cow<'a, Model>, Cow<'a, Model>, Cow<'a, Model>) {
    let by_ours = renames(base, ours);
    if by_ours.is_empty() && renames(base, theirs).is_empty() {
        return (
            Cow::Borrowed(base),
            Cow::Borrowed(ours),
            Cow::Borrowed(theirs),
        );
    }
    let (mut base, mut ours, mut theirs) = (base.clone(), ours.clone(), theirs.clone());
    for (section, from, to) in by_ours {
        rename(&mut base, section, &from, &to);
        rename(&mut theirs, section, &from, &to);
    }
    for (section, from, to) in renames(&base, &theirs) {
        rename(&mut base, section, &from, &to);
        rename(&mut ours, section, &from, &to);
    }
    (Cow::Owned(base), Cow::Owned(ours), Cow::Owned(theirs))
}

/// One entity that both sides gave a new id, different ones.
pub(super) struct Clash {
    pub section: Section,
    pub from: Id,
    pub ours: Id,
    pub theirs: Id,
}

/// The entities renamed on both sides to different ids.
pub(super) fn clashing_renames(base: &Model, ours: &Model, theirs: &Model) -> Vec<Clash> {
    let by_theirs = renames(base, theirs);
    if by_theirs.is_empty() {
        return Vec::new();
    }
    renames(base, ours)
        .into_iter()
        .filter_map(|(section, from, to)| {
            by_theirs
                .iter()
                .find(|(s, f, t)| *s == section && *f == from && *t != to)
                .map(|(_, _, other)| Clash {
                    section,
                    from: from.clone(),
                    ours: to.clone(),
                    theirs: other.clone(),
                })
        })
        .collect()
}

/// Gives an entity of `model` a new id, with its references (nothing where
/// the id is the same or the entity is not there).
pub(super) fn rename_to(model: &mut Model, section: Section, from: &Id, to: &Id) {
    if from != to {
        rename(model, section, from, to);
    }
}

fn rename(model: &mut Model, section: Section, from: &Id, to: &Id) {
    let edit = Edit::Rename {
        section,
        from: from.clone(),
        to: to.clone(),
    };
    let _ = edit.apply(model);
}

/// The renames from `base` to `side`: an entity gone, another with the
/// same content under an id that is new, and nothing left that refers to
/// the old id.
fn renames(base: &Model, side: &Model) -> Vec<(Section, Id, Id)> {
    let mut out = Vec::new();
    for section in SECTIONS.into_iter().filter(|s| *s != Section::Top) {
        let gone: Vec<&Id> = base
            .ids(section)
            .filter(|id| !side.contains(section, id.as_str()))
            .collect();
        if gone.is_empty() {
            continue;
        }
        let new: Vec<&Id> = side
            .ids(section)
            .filter(|id| !base.contains(section, id.as_str()))
            .collect();
        if new.is_empty() || gone.len() * new.len() > MAX_RENAME_PAIRS {
            continue;
        }
        let mut taken: HashSet<&Id> = HashSet::default();
        for old in gone {
            if !references_to(side, section, old.as_str()).is_empty() {
                continue;
            }
            let Some(before) = Entity::of(base, section, old.as_str()) else {
                continue;
            };
            let found = new.iter().find(|n| {
                !taken.contains(**n)
                    && Entity::of(side, section, n.as_str())
                        .is_some_and(|after| same_content(&before, &after))
            });
            if let Some(n) = found {
                taken.insert(n);
                out.push((section, old.clone(), (*n).clone()));
            }
        }
    }
    out
}

/// Whether two entities are the same but for their ids.
fn same_content(a: &Entity, b: &Entity) -> bool {
    match (a, b) {
        (Entity::Phase(_, x), Entity::Phase(_, y)) => x == y,
        (Entity::Partner(_, x), Entity::Partner(_, y)) => x == y,
        (Entity::Role(_, x), Entity::Role(_, y)) => x == y,
        (Entity::Goal(_, x), Entity::Goal(_, y)) => x == y,
        (Entity::Kpi(_, x), Entity::Kpi(_, y)) => x == y,
        (Entity::Agreement(_, x), Entity::Agreement(_, y)) => x == y,
        (Entity::Step(x), Entity::Step(y)) => {
            let mut y = y.clone();
            y.id = x.id.clone();
            *x == y
        }
        _ => false,
    }
}

/// The references of a model to entities it does not have.
fn dangling(model: &Model) -> Vec<(Section, Id)> {
    let mut out: Vec<(Section, Id)> = Vec::new();
    let mut seen: HashSet<(Section, Id)> = HashSet::default();
    let mut check = |section: Section, id: &Id| {
        if !model.contains(section, id.as_str()) && seen.insert((section, id.clone())) {
            out.push((section, id.clone()));
        }
    };
    for r in model.references() {
        check(r.target, r.to);
    }
    out
}

/// Deletions that the merge still refers to. An entity one side deleted
/// and the merge refers to (the other side's new reference, or an entity
/// kept against its deletion) is a conflict: settled as the deleting side,
/// the entity goes with what refers to it; settled as the other side, it
/// stays. `sides` are base, ours and theirs.
pub(super) fn settle_deletions(
    cx: &mut Cx,
    sides: [&Model; 3],
    ours: &mut Model,
    theirs: &mut Model,
) {
    let [base, ours_side, theirs_side] = sides;
    let mut settled: HashSet<(Section, Id)> = HashSet::default();
    // Each round settles at least one deletion, so this ends.
    loop {
        let mut found: Vec<(Section, Id)> = dangling(ours);
        found.extend(dangling(theirs));
        let found: Vec<(Section, Id)> = found
            .into_iter()
            .filter(|(s, id)| {
                base.contains(*s, id.as_str()) && !settled.contains(&(*s, id.clone()))
            })
            .collect();
        if found.is_empty() {
            return;
        }
        for (section, id) in found {
            if !settled.insert((section, id.clone())) {
                continue;
            }
            let in_ours = ours_side.contains(section, id.as_str());
            let in_theirs = theirs_side.contains(section, id.as_str());
            // Both deleted it: the references go.
            for (model, keeper, kept) in [
                (&mut *ours, ours_side, in_ours),
                (&mut *theirs, theirs_side, in_theirs),
            ] {
                if kept {
                    restore(model, keeper, section, &id);
                } else {
                    let _ = delete_with_references(model, section, id.as_str()).apply(model);
                }
            }
            if in_ours || in_theirs {
                let at = At {
                    section,
                    id: Some(&id),
                };
                let changed = cx.conflicts.iter().any(|c| {
                    c.section == section
                        && c.id.as_ref() == Some(&id)
                        && c.kind == ConflictKind::DeletedAndChanged
                });
                if !changed {
                    cx.conflict(&at, None, ConflictKind::DeletedAndReferred);
                }
            }
        }
    }
}

/// Puts an entity of `from` back into `model`, after the nearest entity
/// before it in `from` that `model` has.
fn restore(model: &mut Model, from: &Model, section: Section, id: &Id) {
    if model.contains(section, id.as_str()) {
        return;
    }
    let Some(entity) = Entity::of(from, section, id.as_str()) else {
        return;
    };
    let before: Vec<&Id> = from.ids(section).take_while(|i| *i != id).collect();
    let at = before
        .iter()
        .rev()
        .find_map(|prev| model.ids(section).position(|i| i == *prev))
        .map_or(0, |p| p + 1);
    let _ = Edit::Put { entity, at }.apply(model);
}
