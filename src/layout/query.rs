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
