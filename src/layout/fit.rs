//! Fitting a picture to a page: where the printed diagram is cut into
//! sections, how many lines it takes, and which orientation fits a page
//! best.

use super::{Layout, Options, Orientation, layout};
use crate::model::Model;
use crate::text::width;

/// A range of layout columns printed together, and the cells it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    /// The first and last layout column of the section.
    pub first_column: usize,
    pub last_column: usize,
    /// The layout cells the section shows, `x0..x1`.
    pub x0: usize,
    pub x1: usize,
    /// Room for the numbered markers at the left and right edges.
    pub left: usize,
    pub right: usize,
}

/// How a picture fits a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fit {
    pub sections: usize,
    pub lines: usize,
}

impl Layout {
    /// Cuts the columns into sections no wider than `page` cells: as many
    /// columns as fit, lane names repeated in each, room for a marker where
    /// a flow crosses a cut.
    pub fn cuts(&self, page: usize) -> Vec<Cut> {
        let columns = &self.columns;
        let marker = 2 + width(&self.edges.len().max(1).to_string());
        let end_of = |c: usize| -> usize {
            if c + 1 == columns.len() {
                self.width
            } else {
                columns[c].x + columns[c].width
            }
        };
        let mut out = Vec::new();
        let mut first = 0;
        while first < columns.len() {
            let left = if first > 0 { marker } else { 0 };
            let x0 = columns[first].channel_x;
            let mut last = first;
            while last + 1 < columns.len() {
                let next = last + 1;
                let right = if next + 1 < columns.len() { marker } else { 0 };
                if self.label_width + left + (end_of(next) - x0) + right > page {
                    break;
                }
                last = next;
            }
            let right = if last + 1 < columns.len() { marker } else { 0 };
            out.push(Cut {
                first_column: first,
                last_column: last,
                x0,
                x1: end_of(last),
                left,
                right,
            });
            first = last + 1;
        }
        out
    }

    /// How many sections and lines the diagram takes on a page `page`
    /// cells wide (the model's name and question not counted; each label
    /// listed under the diagram counted as one line).
    pub fn fit(&self, page: usize) -> Fit {
        let cuts = self.cuts(page.max(40));
        let sections = cuts.len();
        let lanes: usize = self.lanes.iter().map(|l| l.height + 1).sum();
        let per_section = 1 + usize::from(sections > 1) + self.header_height + lanes;
        let references = if self.references.is_empty() {
            0
        } else {
            1 + self.references.len()
        };
        Fit {
            sections,
            lines: sections * per_section + references,
        }
    }
}

/// The orientation that fits a page `width` cells wide (and, where given,
/// `height` lines tall) best, the way `--direction auto` chooses: both are
/// laid out, and the one with fewer sections wins, then the one that
/// overflows the height by fewer lines, then the one with fewer lines; a
/// tie goes to [`Orientation::Right`]. `options.orientation` is ignored.
pub fn choose(
    model: &Model,
    options: &Options,
    width: usize,
    height: Option<usize>,
) -> Orientation {
    choose_layout(model, options, width, height).0
}

/// [`choose`], with the layout in the chosen orientation, so a caller that
/// draws it does not lay out again.
pub fn choose_layout(
    model: &Model,
    options: &Options,
    width: usize,
    height: Option<usize>,
) -> (Orientation, Layout) {
    let key = |picture: &Layout| {
        let fit = picture.fit(width);
        let over = height.map_or(0, |h| fit.lines.saturating_sub(h));
        (fit.sections, over, fit.lines)
    };
    let with = |orientation| Options {
        orientation,
        ..options.clone()
    };
    let right = layout(model, &with(Orientation::Right));
    let down = layout(model, &with(Orientation::Down));
    if key(&down) < key(&right) {
        (Orientation::Down, down)
    } else {
        (Orientation::Right, right)
    }
}
