//! The collaboration pulse read as a director reads it: the periods in
//! order, the latest one, the averages per dimension, and what changed
//! since the period before.

use super::{DIMENSIONS, Model, PulseEntry};

/// The averages over the partners of one period, per dimension (in the
/// order of [`DIMENSIONS`]); `None` where nobody gave that score.
pub type Averages = [Option<f64>; 6];

impl Model {
    /// The periods of the pulse, in the order they first appear (the pulse
    /// is written oldest first).
    pub fn pulse_periods(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for e in &self.pulse {
            if !out.contains(&e.period.as_str()) {
                out.push(&e.period);
            }
        }
        out
    }

    /// The entries of one period, in file order.
    pub fn pulse_of<'m>(&'m self, period: &'m str) -> impl Iterator<Item = &'m PulseEntry> + 'm {
        self.pulse.iter().filter(move |e| e.period == period)
    }

    /// The averages of one period.
    pub fn pulse_averages(&self, period: &str) -> Averages {
        let mut sum = [0u32; 6];
        let mut count = [0u32; 6];
        for e in self.pulse_of(period) {
            for (d, score) in e.scores.iter().enumerate() {
                if let Some(s) = score {
                    sum[d] += u32::from(*s);
                    count[d] += 1;
                }
            }
        }
        std::array::from_fn(|d| (count[d] > 0).then(|| f64::from(sum[d]) / f64::from(count[d])))
    }

    /// The latest period and the one before it, if there are.
    pub fn pulse_latest(&self) -> (Option<&str>, Option<&str>) {
        let periods = self.pulse_periods();
        let n = periods.len();
        (
            periods.last().copied(),
            n.checked_sub(2).map(|i| periods[i]),
        )
    }
}

/// The change of one dimension's average between two periods.
pub fn change(before: Option<f64>, now: Option<f64>) -> Option<f64> {
    Some(now? - before?)
}

/// The key of a dimension.
pub fn dimension(d: usize) -> &'static str {
    DIMENSIONS[d].0
}
