//! The three-way merge of models: what `keten merge` (git's merge driver)
//! and the editor (for a file that changed on disk) use.
//!
//! Models are merged by meaning, not by text: entity by entity and field by
//! field, so layout, quoting and the order of keys are no changes, and the
//! same change on both sides is one change.
//!
//! - [`merge`]: base, ours and theirs to a [`Merged`] model and its
//!   [`Conflict`]s.
//! - [`sequence`]: the three-way merge of an order (lanes, phases, steps,
//!   lists taken as sets).
//! - [`text`]: line-wise merges, of multi-line text and of whole files.
//! - [`conflict`]: writing a merge with git's conflict markers, and reading
//!   such a file back to settle each conflict.
//! - `references`: renames found on one side and applied to the other, and
//!   deletions that the other side still needs.

pub mod conflict;
mod fields;
mod references;
pub mod sequence;
pub mod text;

use std::fmt;

use crate::lang::t;
use crate::model::{Chain, HashMap, Id, Map, Model, Section};
use fields::{At, Cx, Merge};

/// What a merge gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The merged model, with every conflict settled as ours.
    pub model: Model,
    /// The merged model with every conflict settled as theirs; equal to
    /// `model` when there is no conflict.
    pub theirs: Model,
    /// The real conflicts, in model order.
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }

    /// The merge as a file: canonical, with git's conflict markers around
    /// each span where the two settlements differ.
    pub fn text(&self) -> String {
        let ours = crate::format::write(&self.model);
        if self.is_clean() {
            return ours;
        }
        conflict::with_markers(&ours, &crate::format::write(&self.theirs))
    }
}

/// A real conflict: something both sides changed in different ways.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub section: Section,
    /// The entity; `None` for the model's own fields.
    pub id: Option<Id>,
    /// The field; `None` for the entity as a whole.
    pub field: Option<&'static str>,
    pub kind: ConflictKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictKind {
    /// Both sides changed it, differently.
    Changed,
    /// Both sides added an entity with this id, differently.
    AddedTwice,
    /// One side deleted the entity, the other changed it.
    DeletedAndChanged,
    /// One side deleted the entity, the other refers to it.
    DeletedAndReferred,
    /// Both sides gave the entity a new id, different ones.
    RenamedTwice,
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.id {
            Some(id) => f.write_str(&t::entity(&t::noun(self.section.noun()), id.as_str()))?,
            None => f.write_str(&t::the_model())?,
        }
        if let Some(field) = self.field {
            write!(f, ", `{field}`")?;
        }
        let how = match self.kind {
            ConflictKind::Changed => t::changed_both(),
            ConflictKind::AddedTwice => t::added_both(),
            ConflictKind::DeletedAndChanged => t::deleted_changed(),
            ConflictKind::DeletedAndReferred => t::deleted_referred(),
            ConflictKind::RenamedTwice => t::renamed_both(),
        };
        write!(f, ": {how}")
    }
}

/// Merges two versions of a model that both come from `base`.
pub fn merge(base: &Model, ours: &Model, theirs: &Model) -> Merged {
    let clean = |model: &Model| Merged {
        model: model.clone(),
        theirs: model.clone(),
        conflicts: Vec::new(),
    };
    if same(ours, theirs) || same(theirs, base) {
        return clean(ours);
    }
    if same(ours, base) {
        return clean(theirs);
    }
    let clashes = references::clashing_renames(base, ours, theirs);
    if !clashes.is_empty() {
        return clashing(base, ours, theirs, &clashes);
    }
    let (base, ours, theirs) = references::follow_renames(base, ours, theirs);
    merge_entities(base.as_ref(), ours.as_ref(), theirs.as_ref())
}

/// A merge where both sides gave one entity different new ids: merged once
/// with ours' ids on both sides and once with theirs', each settlement
/// taken from its own, and the id a conflict.
fn clashing(base: &Model, ours: &Model, theirs: &Model, clashes: &[references::Clash]) -> Merged {
    let settle = |keep_ours: bool| {
        let (mut b, mut o, mut t) = (base.clone(), ours.clone(), theirs.clone());
        for clash in clashes {
            let id = if keep_ours {
                &clash.ours
            } else {
                &clash.theirs
            };
            references::rename_to(&mut b, clash.section, &clash.from, id);
            references::rename_to(&mut o, clash.section, &clash.ours, id);
            references::rename_to(&mut t, clash.section, &clash.theirs, id);
        }
        let (b, o, t) = references::follow_renames(&b, &o, &t);
        merge_entities(b.as_ref(), o.as_ref(), t.as_ref())
    };
    let as_ours = settle(true);
    let as_theirs = settle(false);
    let mut conflicts = as_ours.conflicts;
    for clash in clashes {
        conflicts.push(Conflict {
            section: clash.section,
            id: Some(clash.from.clone()),
            field: None,
            kind: ConflictKind::RenamedTwice,
        });
    }
    Merged {
        model: as_ours.model,
        theirs: as_theirs.theirs,
        conflicts,
    }
}

/// The merge of the entities, once renames are followed.
fn merge_entities(base: &Model, ours: &Model, theirs: &Model) -> Merged {
    let mut cx = Cx::default();
    let (mut model, mut other) = top(&mut cx, base, ours, theirs);
    macro_rules! map_section {
        ($field:ident, $section:expr) => {{
            let (o, t) = section(
                &mut cx,
                $section,
                &entries(&base.$field),
                &entries(&ours.$field),
                &entries(&theirs.$field),
            );
            model.$field = o.into_iter().collect::<Map<_>>();
            other.$field = t.into_iter().collect::<Map<_>>();
        }};
    }
    map_section!(phases, Section::Phases);
    map_section!(partners, Section::Partners);
    map_section!(roles, Section::Roles);
    map_section!(goals, Section::Goals);
    map_section!(kpis, Section::Kpis);
    map_section!(agreements, Section::Agreements);
    let (o, t) = section(
        &mut cx,
        Section::Steps,
        &step_entries(base),
        &step_entries(ours),
        &step_entries(theirs),
    );
    let alike = o == t;
    model.steps = Chain::from_steps(o.into_iter().map(|(_, s)| s)).0;
    other.steps = if alike {
        model.steps.clone()
    } else {
        Chain::from_steps(t.into_iter().map(|(_, s)| s)).0
    };
    references::settle_deletions(&mut cx, [base, ours, theirs], &mut model, &mut other);
    Merged {
        model,
        theirs: other,
        conflicts: cx.conflicts,
    }
}

/// The model's own fields, in two models that have no entities yet.
fn top(cx: &mut Cx, base: &Model, ours: &Model, theirs: &Model) -> (Model, Model) {
    let at = At {
        section: Section::Top,
        id: None,
    };
    let mut o = Model::default();
    let mut t = Model::default();
    macro_rules! field {
        ($how:ident $field:ident) => {{
            let (x, y) = cx.$how(
                &at,
                stringify!($field),
                &base.$field,
                &ours.$field,
                &theirs.$field,
            );
            o.$field = x;
            t.$field = y;
        }};
    }
    field!(text name);
    field!(text description);
    field!(text client_question);
    field!(text ambition);
    field!(value director);
    field!(pulse pulse);
    field!(set allow);
    field!(comments comments);
    (o, t)
}

/// A section's entities with their ids, in order.
type Entries<T> = Vec<(Id, T)>;

/// The entities of one section: added, removed and changed on either
/// side, in a merged order.
fn section<T: Merge>(
    cx: &mut Cx,
    section: Section,
    base: &[(&Id, &T)],
    ours: &[(&Id, &T)],
    theirs: &[(&Id, &T)],
) -> (Entries<T>, Entries<T>) {
    let owned = |list: &[(&Id, &T)]| -> Vec<(Id, T)> {
        list.iter()
            .map(|(k, v)| ((*k).clone(), (*v).clone()))
            .collect()
    };
    if ours == theirs || theirs == base {
        return (owned(ours), owned(ours));
    }
    if ours == base {
        return (owned(theirs), owned(theirs));
    }
    // Where each id stands in base, ours and theirs.
    let mut slots: HashMap<&Id, [Option<usize>; 3]> =
        HashMap::with_capacity_and_hasher(ours.len().max(theirs.len()), Default::default());
    for (side, list) in [base, ours, theirs].into_iter().enumerate() {
        for (i, (id, _)) in list.iter().enumerate() {
            slots.entry(*id).or_insert([None; 3])[side] = Some(i);
        }
    }
    let mut values: HashMap<&Id, (bool, bool, Pick<T>)> =
        HashMap::with_capacity_and_hasher(slots.len(), Default::default());
    let mut split = false;
    // In file order, so that conflicts are listed in that order.
    for (id, _) in ours.iter().chain(theirs.iter()) {
        let Some([b, o, t]) = slots.remove(*id) else {
            continue;
        };
        let at = At {
            section,
            id: Some(*id),
        };
        let (b, o, t) = (
            b.map(|i| base[i].1),
            o.map(|i| ours[i].1),
            t.map(|i| theirs[i].1),
        );
        let (vo, vt, pick) = match (b, o, t) {
            (Some(b), Some(o), Some(t)) => match fields::agreed(b, o, t) {
                Some(v) => (true, true, Pick::Same(v)),
                None => {
                    let (x, y) = T::merge(cx, &at, b, o, t);
                    (true, true, Pick::Two(x, y))
                }
            },
            (None, Some(o), Some(t)) => {
                if o != t {
                    cx.conflict(&at, None, ConflictKind::AddedTwice);
                }
                (true, true, Pick::Sides(o, t))
            }
            (Some(b), Some(o), None) if o == b => continue,
            (Some(b), None, Some(t)) if t == b => continue,
            (Some(_), o, t) => {
                cx.conflict(&at, None, ConflictKind::DeletedAndChanged);
                let Some(v) = o.or(t) else {
                    continue;
                };
                (o.is_some(), t.is_some(), Pick::Same(v))
            }
            (None, Some(v), _) | (None, None, Some(v)) => (true, true, Pick::Same(v)),
            (None, None, None) => continue,
        };
        split |= vo != vt || !matches!(pick, Pick::Same(_));
        values.insert(*id, (vo, vt, pick));
    }
    let (kb, ko, kt) = (ids(base), ids(ours), ids(theirs));
    let pick = |theirs_side: bool| -> Entries<T> {
        let keep = |k: &&Id| {
            values
                .get(k)
                .is_some_and(|(o, t, _)| if theirs_side { *t } else { *o })
        };
        sequence::merge_order(&kb, &ko, &kt, keep)
            .into_iter()
            .filter_map(|k| {
                let value = match &values.get(k)?.2 {
                    Pick::Same(v) => (*v).clone(),
                    Pick::Sides(o, t) => {
                        if theirs_side {
                            (*t).clone()
                        } else {
                            (*o).clone()
                        }
                    }
                    Pick::Two(o, t) => {
                        if theirs_side {
                            t.clone()
                        } else {
                            o.clone()
                        }
                    }
                };
                Some((k.clone(), value))
            })
            .collect()
    };
    let o = pick(false);
    // Without a conflict here, both settlements are one.
    let t = if split { pick(true) } else { o.clone() };
    (o, t)
}

/// The merge of one entity, borrowed where it is one side's as it stands.
enum Pick<'a, T> {
    Same(&'a T),
    Sides(&'a T, &'a T),
    Two(T, T),
}

/// Whether two models are the same, in the same order (an `IndexMap`'s
/// `==` does not look at the order, and the order of lanes and phases is
/// meaning).
fn same(a: &Model, b: &Model) -> bool {
    fn keys<T>(x: &Map<T>, y: &Map<T>) -> bool {
        x.keys().eq(y.keys())
    }
    a == b
        && keys(&a.phases, &b.phases)
        && keys(&a.partners, &b.partners)
        && keys(&a.roles, &b.roles)
        && keys(&a.goals, &b.goals)
        && keys(&a.kpis, &b.kpis)
        && keys(&a.agreements, &b.agreements)
}

fn ids<'a, T>(list: &[(&'a Id, &T)]) -> Vec<&'a Id> {
    list.iter().map(|(k, _)| *k).collect()
}

fn entries<T>(map: &Map<T>) -> Vec<(&Id, &T)> {
    map.iter().collect()
}

fn step_entries(model: &Model) -> Vec<(&Id, &crate::model::Step)> {
    model.steps.iter().map(|s| (&s.id, s)).collect()
}
