//! The three-way merge of one value, one list and one entity at a time.
//! Each merge gives two results: the first with every conflict settled as
//! ours, the second as theirs; where there is no conflict they are equal.

use std::hash::Hash;

use super::sequence::merge_order;
use super::text::merge_text;
use super::{Conflict, ConflictKind};
use crate::model::{
    Agreement, Comments, Flow, Goal, HashMap, HashSet, Id, Interest, Kpi, Measurement, Note,
    Partner, Phase, PulseEntry, Role, Section, Step,
};

/// What is being merged: an entity of a section, or the model itself.
#[derive(Debug, Clone)]
pub(super) struct At<'a> {
    pub section: Section,
    pub id: Option<&'a Id>,
}

/// The conflicts found so far.
#[derive(Debug, Default)]
pub(super) struct Cx {
    pub conflicts: Vec<Conflict>,
}

/// The value that both sides agree on, if they do: one side unchanged, or
/// both changed alike.
pub(super) fn agreed<'a, T: PartialEq>(base: &T, ours: &'a T, theirs: &'a T) -> Option<&'a T> {
    if ours == theirs || theirs == base {
        Some(ours)
    } else if ours == base {
        Some(theirs)
    } else {
        None
    }
}

impl Cx {
    pub fn conflict(&mut self, at: &At, field: Option<&'static str>, kind: ConflictKind) {
        let conflict = Conflict {
            section: at.section,
            id: at.id.cloned(),
            field,
            kind,
        };
        if !self.conflicts.contains(&conflict) {
            self.conflicts.push(conflict);
        }
    }

    /// A value that is one thing: changed by one side, or two ways.
    pub fn value<T: Clone + PartialEq>(
        &mut self,
        at: &At,
        field: &'static str,
        base: &T,
        ours: &T,
        theirs: &T,
    ) -> (T, T) {
        match agreed(base, ours, theirs) {
            Some(v) => (v.clone(), v.clone()),
            None => {
                self.conflict(at, Some(field), ConflictKind::Changed);
                (ours.clone(), theirs.clone())
            }
        }
    }

    /// Text: multi-line text merges line by line.
    pub fn text(
        &mut self,
        at: &At,
        field: &'static str,
        base: &str,
        ours: &str,
        theirs: &str,
    ) -> (String, String) {
        match merge_text(base, ours, theirs) {
            Some(v) => (v.clone(), v),
            None => {
                self.conflict(at, Some(field), ConflictKind::Changed);
                (ours.to_string(), theirs.to_string())
            }
        }
    }

    /// A list of values taken as a set in an order: both sides' additions
    /// and removals.
    pub fn set<T: Clone + Eq + Hash>(
        &mut self,
        at: &At,
        field: &'static str,
        base: &[T],
        ours: &[T],
        theirs: &[T],
    ) -> (Vec<T>, Vec<T>) {
        self.keyed(at, field, base, ours, theirs, |v| v.clone())
    }

    /// The flows of a step, by the step they go to; a label is a value.
    pub fn flows(
        &mut self,
        at: &At,
        field: &'static str,
        base: &[Flow],
        ours: &[Flow],
        theirs: &[Flow],
    ) -> (Vec<Flow>, Vec<Flow>) {
        self.keyed(at, field, base, ours, theirs, |f| f.to.clone())
    }

    /// Measurements, by period.
    pub fn measurements(
        &mut self,
        at: &At,
        field: &'static str,
        base: &[Measurement],
        ours: &[Measurement],
        theirs: &[Measurement],
    ) -> (Vec<Measurement>, Vec<Measurement>) {
        self.keyed(at, field, base, ours, theirs, |m| m.period.clone())
    }

    /// A partner's interests, by name; an interest changed (or added) on
    /// both sides merges field by field, its agreements as a set.
    pub fn interests(
        &mut self,
        at: &At,
        field: &'static str,
        base: &[Interest],
        ours: &[Interest],
        theirs: &[Interest],
    ) -> (Vec<Interest>, Vec<Interest>) {
        let item = |cx: &mut Cx, b: &Interest, o: &Interest, t: &Interest| {
            let (so, st) = cx.set(
                at,
                field,
                &b.safeguarded_by,
                &o.safeguarded_by,
                &t.safeguarded_by,
            );
            let (no, nt) = cx.text(at, field, &b.notes, &o.notes, &t.notes);
            let side = |name: &str, safeguarded_by, notes| Interest {
                name: name.to_string(),
                safeguarded_by,
                notes,
            };
            (side(&o.name, so, no), side(&t.name, st, nt))
        };
        // An interest both sides added merges as if the base had it bare.
        let mut base = base.to_vec();
        for o in ours {
            if theirs.iter().any(|t| t.name == o.name) && !base.iter().any(|b| b.name == o.name) {
                base.push(o.name.as_str().into());
            }
        }
        self.keyed_with(at, field, (&base, ours, theirs), |i| i.name.clone(), item)
    }

    /// The pulse, by period and partner.
    pub fn pulse(
        &mut self,
        at: &At,
        field: &'static str,
        base: &[PulseEntry],
        ours: &[PulseEntry],
        theirs: &[PulseEntry],
    ) -> (Vec<PulseEntry>, Vec<PulseEntry>) {
        self.keyed(at, field, base, ours, theirs, |e| {
            (e.period.clone(), e.partner.clone())
        })
    }

    /// A list of items known by a key: items added, removed and changed on
    /// either side, in a merged order. An item changed two ways, added
    /// twice differently, or removed against a change is a conflict of the
    /// field.
    fn keyed<T, K>(
        &mut self,
        at: &At,
        field: &'static str,
        base: &[T],
        ours: &[T],
        theirs: &[T],
        key: impl Fn(&T) -> K,
    ) -> (Vec<T>, Vec<T>)
    where
        T: Clone + PartialEq,
        K: Clone + Eq + Hash,
    {
        let whole = |cx: &mut Cx, _: &T, o: &T, t: &T| {
            cx.conflict(at, Some(field), ConflictKind::Changed);
            (o.clone(), t.clone())
        };
        self.keyed_with(at, field, (base, ours, theirs), key, whole)
    }

    /// [`Cx::keyed`], with `item` merging an item changed on both sides
    /// (and saying where that is a conflict).
    fn keyed_with<T, K>(
        &mut self,
        at: &At,
        field: &'static str,
        (base, ours, theirs): (&[T], &[T], &[T]),
        key: impl Fn(&T) -> K,
        item: impl Fn(&mut Cx, &T, &T, &T) -> (T, T),
    ) -> (Vec<T>, Vec<T>)
    where
        T: Clone + PartialEq,
        K: Clone + Eq + Hash,
    {
        if let Some(v) = agreed(&base, &ours, &theirs) {
            return (v.to_vec(), v.to_vec());
        }
        let index = |list: &[T]| -> Option<HashMap<K, usize>> {
            let map: HashMap<K, usize> =
                list.iter().enumerate().map(|(i, v)| (key(v), i)).collect();
            (map.len() == list.len()).then_some(map)
        };
        let (Some(ib), Some(io), Some(it)) = (index(base), index(ours), index(theirs)) else {
            // A key written twice: no item can be told apart.
            self.conflict(at, Some(field), ConflictKind::Changed);
            return (ours.to_vec(), theirs.to_vec());
        };
        let keys = |list: &[T]| -> Vec<K> { list.iter().map(&key).collect() };
        let (kb, ko, kt) = (keys(base), keys(ours), keys(theirs));
        let mut keep_ours: HashSet<K> = HashSet::default();
        let mut keep_theirs: HashSet<K> = HashSet::default();
        let mut values: HashMap<K, (T, T)> = HashMap::default();
        for k in ko.iter().chain(kt.iter()) {
            if values.contains_key(k) || keep_ours.contains(k) || keep_theirs.contains(k) {
                continue;
            }
            let b = ib.get(k).map(|&i| &base[i]);
            let o = io.get(k).map(|&i| &ours[i]);
            let t = it.get(k).map(|&i| &theirs[i]);
            let merged;
            let (vo, vt) = match (b, o, t) {
                (Some(b), Some(o), Some(t)) => match agreed(b, o, t) {
                    Some(v) => (Some(v), Some(v)),
                    None => {
                        merged = item(self, b, o, t);
                        (Some(&merged.0), Some(&merged.1))
                    }
                },
                (None, Some(o), Some(t)) => {
                    if o != t {
                        self.conflict(at, Some(field), ConflictKind::Changed);
                    }
                    (Some(o), Some(t))
                }
                (Some(b), Some(o), None) if o == b => (None, None),
                (Some(b), None, Some(t)) if t == b => (None, None),
                (Some(_), o, t) => {
                    self.conflict(at, Some(field), ConflictKind::Changed);
                    (o, t)
                }
                (None, Some(o), None) => (Some(o), Some(o)),
                (None, None, Some(t)) => (Some(t), Some(t)),
                (None, None, None) => (None, None),
            };
            let some = |v: Option<&T>, other: Option<&T>| v.or(other).cloned();
            if vo.is_some() {
                keep_ours.insert(k.clone());
            }
            if vt.is_some() {
                keep_theirs.insert(k.clone());
            }
            if let (Some(a), Some(b)) = (some(vo, vt), some(vt, vo)) {
                values.insert(k.clone(), (a, b));
            }
        }
        let pick = |keep: &HashSet<K>, theirs_side: bool| -> Vec<T> {
            merge_order(&kb, &ko, &kt, |k| keep.contains(k))
                .iter()
                .filter_map(|k| values.get(k))
                .map(|(o, t)| if theirs_side { t.clone() } else { o.clone() })
                .collect()
        };
        (pick(&keep_ours, false), pick(&keep_theirs, true))
    }

    /// Comments never conflict: those of both sides stay.
    pub fn comments(
        &mut self,
        _at: &At,
        _field: &'static str,
        base: &Comments,
        ours: &Comments,
        theirs: &Comments,
    ) -> (Comments, Comments) {
        let merged = merge_comments(base, ours, theirs);
        (merged.clone(), merged)
    }
}

fn merge_comments(base: &Comments, ours: &Comments, theirs: &Comments) -> Comments {
    if let Some(v) = agreed(base, ours, theirs) {
        return v.clone();
    }
    let fields = {
        let get = |list: &[(String, Note)], k: &str| {
            list.iter().find(|(x, _)| x == k).map(|(_, n)| n.clone())
        };
        let mut keys: Vec<&String> = ours.fields.iter().map(|(k, _)| k).collect();
        keys.extend(
            theirs
                .fields
                .iter()
                .map(|(k, _)| k)
                .filter(|k| get(&ours.fields, k).is_none()),
        );
        keys.into_iter()
            .map(|k| {
                let n = |list: &[(String, Note)]| get(list, k).unwrap_or_default();
                (
                    k.clone(),
                    merge_note(&n(&base.fields), &n(&ours.fields), &n(&theirs.fields)),
                )
            })
            .filter(|(_, n)| !n.is_empty())
            .collect()
    };
    let items = {
        let get = |list: &[(String, usize, Note)], k: &str, i: usize| {
            list.iter()
                .find(|(x, j, _)| x == k && *j == i)
                .map(|(_, _, n)| n.clone())
        };
        let mut keys: Vec<(&String, usize)> = ours.items.iter().map(|(k, i, _)| (k, *i)).collect();
        keys.extend(
            theirs
                .items
                .iter()
                .map(|(k, i, _)| (k, *i))
                .filter(|(k, i)| get(&ours.items, k, *i).is_none()),
        );
        keys.into_iter()
            .map(|(k, i)| {
                let n = |list: &[(String, usize, Note)]| get(list, k, i).unwrap_or_default();
                (
                    k.clone(),
                    i,
                    merge_note(&n(&base.items), &n(&ours.items), &n(&theirs.items)),
                )
            })
            .filter(|(_, _, n)| !n.is_empty())
            .collect()
    };
    Comments {
        entry: merge_note(&base.entry, &ours.entry, &theirs.entry),
        fields,
        items,
        trailing: merge_lines(&base.trailing, &ours.trailing, &theirs.trailing),
    }
}

fn merge_note(base: &Note, ours: &Note, theirs: &Note) -> Note {
    if let Some(v) = agreed(base, ours, theirs) {
        return v.clone();
    }
    let end = match agreed(&base.end, &ours.end, &theirs.end) {
        Some(v) => v.clone(),
        None => match (&ours.end, &theirs.end) {
            (Some(o), Some(t)) => Some(format!("{o} #{t}")),
            (o, t) => o.clone().or_else(|| t.clone()),
        },
    };
    Note {
        above: merge_lines(&base.above, &ours.above, &theirs.above),
        end,
    }
}

/// Comment lines: one side's change, or ours with theirs' new lines after.
fn merge_lines(base: &[String], ours: &[String], theirs: &[String]) -> Vec<String> {
    if let Some(v) = agreed(&base, &ours, &theirs) {
        return v.to_vec();
    }
    let mut out = ours.to_vec();
    out.extend(
        theirs
            .iter()
            .filter(|l| !ours.contains(l) && !base.contains(l))
            .cloned(),
    );
    out
}

/// Merges the fields of an entity, each in its own way.
macro_rules! fields {
    ($cx:ident, $at:ident, $b:ident, $o:ident, $t:ident => $( $how:ident $field:ident ),* $(,)?) => {{
        if let Some(v) = agreed($b, $o, $t) {
            return (v.clone(), v.clone());
        }
        let mut ours = $o.clone();
        let mut theirs = $o.clone();
        $(
            let (x, y) = $cx.$how($at, stringify!($field), &$b.$field, &$o.$field, &$t.$field);
            ours.$field = x;
            theirs.$field = y;
        )*
        (ours, theirs)
    }};
}

/// The merge of one entity present in all three versions.
pub(super) trait Merge: Clone + PartialEq {
    fn merge(cx: &mut Cx, at: &At, base: &Self, ours: &Self, theirs: &Self) -> (Self, Self);
}

impl Merge for Phase {
    fn merge(cx: &mut Cx, at: &At, b: &Self, o: &Self, t: &Self) -> (Self, Self) {
        fields!(cx, at, b, o, t => text name, text description, text notes, set allow, comments comments)
    }
}

impl Merge for Partner {
    fn merge(cx: &mut Cx, at: &At, b: &Self, o: &Self, t: &Self) -> (Self, Self) {
        fields!(cx, at, b, o, t => text name, text kind, text contribution, interests interests,
            text contact, text notes, set allow, comments comments)
    }
}

impl Merge for Role {
    fn merge(cx: &mut Cx, at: &At, b: &Self, o: &Self, t: &Self) -> (Self, Self) {
        fields!(cx, at, b, o, t => text name, value partner, text description, text notes,
            set allow, comments comments)
    }
}

impl Merge for Goal {
    fn merge(cx: &mut Cx, at: &At, b: &Self, o: &Self, t: &Self) -> (Self, Self) {
        fields!(cx, at, b, o, t => text name, text description, set partners, text notes,
            set allow, comments comments)
    }
}

impl Merge for Kpi {
    fn merge(cx: &mut Cx, at: &At, b: &Self, o: &Self, t: &Self) -> (Self, Self) {
        fields!(cx, at, b, o, t => text name, value goal, value owner, value step, text unit,
            value target, value better, measurements measurements, text notes, set allow,
            comments comments)
    }
}

impl Merge for Agreement {
    fn merge(cx: &mut Cx, at: &At, b: &Self, o: &Self, t: &Self) -> (Self, Self) {
        fields!(cx, at, b, o, t => text name, text description, set partners, text notes,
            set allow, comments comments)
    }
}

impl Merge for Step {
    fn merge(cx: &mut Cx, at: &At, b: &Self, o: &Self, t: &Self) -> (Self, Self) {
        fields!(cx, at, b, o, t => text name, value partner, value role, value phase,
            text description, flows next, text notes, set allow, comments comments)
    }
}
