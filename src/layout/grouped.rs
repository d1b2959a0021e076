//! Items grouped by a small key (a box, a column, a flow) in one list,
//! by a counting sort: what placing and routing use instead of a list or
//! a map entry a key, which a chain of many steps has thousands of.

/// Items grouped by a key below a bound, each group in the order the
/// items came: one list for all, not a list a key.
pub(super) struct Grouped<T> {
    /// Where the group of each key starts in `items`, and one past the last.
    pub starts: Vec<usize>,
    pub items: Vec<T>,
}

impl<T: Copy + Default> Grouped<T> {
    pub fn of(keys: usize, pairs: impl Iterator<Item = (usize, T)> + Clone) -> Grouped<T> {
        let mut starts = vec![0usize; keys + 1];
        for (k, _) in pairs.clone() {
            starts[k + 1] += 1;
        }
        for k in 0..keys {
            starts[k + 1] += starts[k];
        }
        let mut next = starts.clone();
        let mut items = vec![T::default(); starts[keys]];
        for (k, item) in pairs {
            items[next[k]] = item;
            next[k] += 1;
        }
        Grouped { starts, items }
    }

    pub fn get(&self, key: usize) -> &[T] {
        &self.items[self.starts[key]..self.starts[key + 1]]
    }
}
