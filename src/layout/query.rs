//! Questions a screen asks of a layout: which box is under a cell, and
//! which box lies in a direction from another.

use super::Layout;

/// A direction on the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Layout {
    /// The box under a cell, if any.
    pub fn box_at(&self, x: usize, y: usize) -> Option<usize> {
        self.boxes.iter().position(|b| b.contains(x, y))
    }

    /// The box of a step.
    pub fn box_of(&self, step: &str) -> Option<usize> {
        self.boxes.iter().position(|b| b.step == step)
    }

    /// The nearest box in a direction from a box: left and right look in
    /// the columns to that side, preferring the same lane and then the
    /// nearest row; up and down look in the lanes above and below (or the
    /// stack of the same lane), preferring the nearest lane and column.
    pub fn neighbour(&self, from: usize, direction: Direction) -> Option<usize> {
        let b = self.boxes.get(from)?;
        let (bx, by) = (b.x as i64, b.port_y() as i64);
        let candidates = self.boxes.iter().enumerate().filter(|(i, o)| {
            *i != from
                && match direction {
                    Direction::Left => o.column < b.column,
                    Direction::Right => o.column > b.column,
                    Direction::Up => (o.lane, o.slot) < (b.lane, b.slot),
                    Direction::Down => (o.lane, o.slot) > (b.lane, b.slot),
                }
        });
        candidates
            .min_by_key(|(i, o)| {
                let dx = (o.x as i64 - bx).abs();
                let dy = (o.port_y() as i64 - by).abs();
                let key = match direction {
                    Direction::Left | Direction::Right => (
                        (o.column as i64 - b.column as i64).abs(),
                        (o.lane != b.lane) as i64,
                        dy,
                    ),
                    Direction::Up | Direction::Down => {
                        ((o.lane as i64 - b.lane as i64).abs(), dx, dy)
                    }
                };
                (key, *i)
            })
            .map(|(i, _)| i)
    }
}

impl Layout {
    /// Running down, whether each phase's name stands on a row of its own
    /// over its first rank ([`super::Options::phase_rows`]): then there is
    /// no column of phase names at the left. The row of band `b` is
    /// the one over its first rank, `columns[bands[b].first_column].x - 1`.
    pub fn phase_rows(&self) -> bool {
        self.orientation == super::Orientation::Down
            && self.label_width == 0
            && self.bands.iter().any(|b| !b.name.is_empty())
    }

    /// Where on row `y`, between the cells `from..to`, a text `need` cells
    /// wide stands clear of the flows on the row (their lines, labels and
    /// numbers): the first cell of the leftmost free run that long, else
    /// of the longest free run, with the run's length.
    pub fn free_run(&self, y: usize, from: usize, to: usize, need: usize) -> (usize, usize) {
        // The cells taken, as runs `start..end`.
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for e in &self.edges {
            for w in e.points.windows(2) {
                let ((x0, y0), (x1, y1)) = (w[0], w[1]);
                if y0.min(y1) <= y && y <= y0.max(y1) {
                    taken.push((x0.min(x1), x0.max(x1) + 1));
                }
            }
            if let Some((x, _)) = e.label_at.filter(|&(_, ly)| ly == y) {
                taken.push((x, x + crate::text::width(&e.label) + 2));
            }
            if let (Some(n), Some((x, _))) =
                (e.reference, e.reference_at.filter(|&(_, ry)| ry == y))
            {
                taken.push((x, x + n.to_string().len()));
            }
        }
        taken.sort_unstable();
        taken.push((to, to));
        let mut best = (from, 0);
        let mut start = from;
        for (a, b) in taken {
            if b <= start {
                continue;
            }
            let run = a.min(to).saturating_sub(start);
            if run >= need {
                return (start, run);
            }
            if run > best.1 {
                best = (start, run);
            }
            start = start.max(b);
            if start >= to {
                break;
            }
        }
        best
    }
}
