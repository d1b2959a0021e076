//! The three-way merge of an ordered list of distinct keys: the lanes, the
//! phases, the steps, and lists of values taken as sets (interests, goal
//! partners, `allow`, the targets of `next`).
//!
//! Which keys the result holds is the caller's choice (`keep`); this file
//! only orders them. The keys that stand in all three versions keep the
//! order of the side that moved them (a three-way merge of their order);
//! a key only one side has (an addition) follows the key it follows on that
//! side, and where both sides added after the same key, ours come first.

use std::hash::Hash;

use crate::model::{HashMap, HashSet};

/// Whether a key is kept, by the side it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum From {
    Ours,
    Theirs,
}

/// The keys that `keep` accepts in a merged order of `base`, `ours` and
/// `theirs`.
pub fn merge_order<K>(base: &[K], ours: &[K], theirs: &[K], keep: impl Fn(&K) -> bool) -> Vec<K>
where
    K: Clone + Eq + Hash,
{
    const BASE: u8 = 1;
    const OURS: u8 = 2;
    const THEIRS: u8 = 4;
    const KEPT: u8 = 8;
    const COMMON: u8 = BASE | OURS | THEIRS | KEPT;
    const PLACED: u8 = 16;
    let mut state: HashMap<&K, u8> =
        HashMap::with_capacity_and_hasher(base.len().max(ours.len()), Default::default());
    for (bit, list) in [(BASE, base), (OURS, ours), (THEIRS, theirs)] {
        for k in list {
            *state.entry(k).or_insert(0) |= bit;
        }
    }
    for (k, bits) in state.iter_mut() {
        if keep(k) {
            *bits |= KEPT;
        }
    }
    let common = |k: &K| state.get(k).is_some_and(|b| b & COMMON == COMMON);
    let b: Vec<&K> = base.iter().filter(|k| common(k)).collect();
    let o: Vec<&K> = ours.iter().filter(|k| common(k)).collect();
    let t: Vec<&K> = theirs.iter().filter(|k| common(k)).collect();
    let order: Vec<K> = if o == b {
        t.into_iter().cloned().collect()
    } else if t == b || t == o {
        o.into_iter().cloned().collect()
    } else {
        both_moved(&b, &o, &t)
    };
    // Additions (and keys one side kept against the other's deletion),
    // each after the nearest common key before it on its own side.
    let mut after: HashMap<Option<K>, (Vec<K>, Vec<K>)> = HashMap::default();
    let mut placed = 0;
    for (side, list) in [(From::Ours, ours), (From::Theirs, theirs)] {
        let mut anchor: Option<&K> = None;
        for k in list {
            let Some(bits) = state.get_mut(k) else {
                continue;
            };
            if *bits & COMMON == COMMON {
                anchor = Some(k);
                continue;
            }
            if *bits & KEPT == 0 || *bits & PLACED != 0 {
                continue;
            }
            *bits |= PLACED;
            placed += 1;
            let slot = after.entry(anchor.cloned()).or_default();
            match side {
                From::Ours => slot.0.push(k.clone()),
                From::Theirs => slot.1.push(k.clone()),
            }
        }
    }
    if after.is_empty() {
        return order;
    }
    let mut out = Vec::with_capacity(order.len() + placed);
    let emit =
        |after: &mut HashMap<Option<K>, (Vec<K>, Vec<K>)>, anchor: Option<K>, out: &mut Vec<K>| {
            if let Some((o, t)) = after.remove(&anchor) {
                out.extend(o);
                out.extend(t);
            }
        };
    emit(&mut after, None, &mut out);
    for k in order {
        out.push(k.clone());
        if !after.is_empty() {
            emit(&mut after, Some(k), &mut out);
        }
    }
    out
}

/// The common keys in an order both sides changed: each key that theirs
/// moved (its predecessor on their side is not its predecessor in the
/// base) goes after that predecessor in ours' order; the rest keep ours'
/// order.
fn both_moved<K: Clone + Eq + Hash>(base: &[&K], ours: &[&K], theirs: &[&K]) -> Vec<K> {
    let before = |list: &[&K]| -> HashMap<K, Option<K>> {
        list.iter()
            .enumerate()
            .map(|(i, k)| ((*k).clone(), i.checked_sub(1).map(|p| list[p].clone())))
            .collect()
    };
    let (base_before, ours_before) = (before(base), before(ours));
    let moved: Vec<(K, Option<K>)> = theirs
        .iter()
        .enumerate()
        .filter_map(|(i, k)| {
            let prev = i.checked_sub(1).map(|p| theirs[p].clone());
            let was = base_before.get(*k).cloned().flatten();
            // Ours moved it too: ours' move stands.
            let ours_moved = ours_before.get(*k).cloned().flatten() != was;
            (prev != was && !ours_moved).then(|| ((*k).clone(), prev))
        })
        .collect();
    let moved_keys: HashSet<&K> = moved.iter().map(|(k, _)| k).collect();
    let mut out: Vec<K> = ours
        .iter()
        .filter(|k| !moved_keys.contains(**k))
        .map(|k| (*k).clone())
        .collect();
    for (k, prev) in &moved {
        let at = match prev {
            None => 0,
            Some(p) => out.iter().position(|x| x == p).map_or(out.len(), |i| i + 1),
        };
        out.insert(at, k.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    fn merged(base: &str, ours: &str, theirs: &str) -> String {
        let (b, o, t) = (keys(base), keys(ours), keys(theirs));
        let (sb, so, st): (HashSet<char>, HashSet<char>, HashSet<char>) = (
            b.iter().copied().collect(),
            o.iter().copied().collect(),
            t.iter().copied().collect(),
        );
        // Set semantics: kept by both, or added by one.
        let keep: HashSet<char> = so
            .union(&st)
            .copied()
            .filter(|k| (so.contains(k) && st.contains(k)) || !sb.contains(k))
            .collect();
        merge_order(&b, &o, &t, |k| keep.contains(k))
            .into_iter()
            .collect()
    }

    #[test]
    fn one_side_changes() {
        assert_eq!(merged("abc", "abc", "cab"), "cab");
        assert_eq!(merged("abc", "bca", "abc"), "bca");
        assert_eq!(merged("abc", "abxc", "abc"), "abxc");
    }

    #[test]
    fn both_add_at_the_end_ours_first() {
        assert_eq!(merged("ab", "abx", "aby"), "abxy");
        assert_eq!(merged("ab", "xab", "yab"), "xyab");
    }

    #[test]
    fn additions_and_removals_of_both() {
        assert_eq!(merged("abcd", "abd", "xabcd"), "xabd");
        assert_eq!(merged("abcd", "bcdy", "acd"), "cdy");
    }

    #[test]
    fn a_move_and_an_addition() {
        assert_eq!(merged("abcd", "bacd", "abcdx"), "bacdx");
        // Both moved different keys.
        assert_eq!(merged("abcde", "bacde", "abced"), "baced");
    }
}
