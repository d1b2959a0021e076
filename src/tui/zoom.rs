//! How near the chain view is: zoom levels from the detail `keten render`
//! prints to an overview of one-line boxes, which way the chain runs, and
//! the picture presentation mode fits to the screen. Each is a choice of
//! layout options; the picture is always the one layout.

use crate::lang::t;
use crate::layout::{Density, Layout, Options, Orientation, layout};
use crate::model::Model;
use crate::text::width;

/// A zoom level: how much room a box and a lane name take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Level {
    /// What the status line calls it.
    pub name: &'static str,
    pub box_text_width: usize,
    pub lane_label_width: usize,
    pub density: Density,
    /// Boxes one line tall without top and bottom edges.
    pub flat: bool,
}

/// The zoom levels, nearest first: `z` goes a level out, `Z` a level in.
pub const LEVELS: [Level; 4] = [
    Level {
        name: "detail",
        box_text_width: 16,
        lane_label_width: 18,
        density: Density::Detail,
        flat: false,
    },
    Level {
        name: "narrow",
        box_text_width: 10,
        lane_label_width: 12,
        density: Density::Detail,
        flat: false,
    },
    Level {
        name: "compact",
        box_text_width: 16,
        lane_label_width: 12,
        density: Density::Compact,
        flat: false,
    },
    Level {
        name: "overview",
        box_text_width: 10,
        lane_label_width: 10,
        density: Density::Compact,
        flat: true,
    },
];

/// The options of a zoom level, an orientation, and whether the picture
/// is spread out for a projector.
pub fn options(level: usize, orientation: Orientation, spacious: bool) -> Options {
    let level = LEVELS[level.min(LEVELS.len() - 1)];
    Options {
        box_text_width: level.box_text_width,
        lane_label_width: level.lane_label_width,
        density: level.density,
        flat: level.flat,
        orientation,
        spacious,
        ..Options::default()
    }
}

/// What the status line says of the view: the zoom level and which way
/// the chain runs.
pub fn describe(level: usize, orientation: Orientation) -> String {
    let level = level.min(LEVELS.len() - 1);
    let runs = match orientation {
        Orientation::Right => t::runs_right(),
        Orientation::Down => t::runs_down(),
    };
    t::zoom_level(
        level + 1,
        LEVELS.len(),
        &t::zoom_name(LEVELS[level].name),
        &runs,
    )
}

/// The labels listed under the picture (those that did not fit on their
/// flow), as lines of at most `room` cells: `1 label   2 label …`; at
/// most `most` lines.
pub fn legend(layout: &Layout, room: usize, most: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for r in &layout.references {
        if lines.len() >= most {
            return lines;
        }
        let entry = format!("{} {}", r.number, r.text);
        let entry = crate::text::wrap(&entry, room.max(8))
            .into_iter()
            .next()
            .unwrap_or_default();
        if !line.is_empty() && width(&line) + 3 + width(&entry) > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push_str("   ");
        }
        line.push_str(&entry);
    }
    if !line.is_empty() && lines.len() < most {
        lines.push(line);
    }
    lines
}

/// Whether a picture and its legend fit a view of `size` (columns, rows)
/// whole: the lane names in their gutter, every column and every row.
pub fn fits(layout: &Layout, size: (usize, usize)) -> bool {
    let (cols, rows) = size;
    let legend = legend(layout, cols, rows / 3 + 1).len();
    layout.label_width <= cols / 2
        && layout.width <= cols
        && legend <= rows / 3
        && layout.height + legend <= rows
}

/// Chains longer than this are not laid out several times to find the
/// picture that fits: presentation shows them at the overview.
const FIT_STEPS: usize = 1_000;

/// The zoom level whose boxes a picture's options draw, if any.
pub fn level_of(options: &Options) -> Option<usize> {
    LEVELS.iter().position(|l| {
        l.flat == options.flat
            && (l.flat
                || (l.density == options.density && l.box_text_width == options.box_text_width))
    })
}

/// The widest and the narrowest box text a presentation's overview tries.
const WIDEST_FLAT: usize = 16;
const NARROWEST_FLAT: usize = 6;

/// The options presentation mode draws a model with on a view of `size`:
/// the nearest picture that fits whole, spread out for the projector where
/// that fits too, running right where both ways fit; else the overview's
/// one-line boxes as wide as fits; where none fits, the one-line boxes
/// that leave least out of view (columns first, then rows). The layouts tried are not kept.
pub fn fit(model: &Model, size: (usize, usize)) -> Options {
    let orientations = [Orientation::Right, Orientation::Down];
    let overview = LEVELS.len() - 1;
    if model.steps.len() > FIT_STEPS {
        return options(overview, Orientation::Right, false);
    }
    let mut tries = Vec::new();
    for level in 0..overview {
        for spacious in [true, false] {
            if spacious && level > 0 {
                continue;
            }
            for orientation in orientations {
                tries.push(options(level, orientation, spacious));
            }
        }
    }
    for text in (NARROWEST_FLAT..=WIDEST_FLAT).rev() {
        for orientation in orientations {
            tries.push(Options {
                box_text_width: text,
                lane_label_width: text.max(LEVELS[overview].lane_label_width),
                ..options(overview, orientation, false)
            });
        }
    }
    let mut best: Option<((usize, usize), Options)> = None;
    for options in tries {
        let picture = layout(model, &options);
        if picture.orientation != options.orientation {
            // The layout does not draw this way yet.
            continue;
        }
        if fits(&picture, size) {
            return options;
        }
        if options.flat {
            // How much is out of view: columns, then rows.
            let over = (
                picture.width.saturating_sub(size.0),
                (picture.height + legend(&picture, size.0, size.1).len()).saturating_sub(size.1),
            );
            if best.as_ref().is_none_or(|(b, _)| over < *b) {
                best = Some((over, options));
            }
        }
    }
    best.map_or_else(|| options(overview, Orientation::Right, false), |(_, o)| o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Layout, Reference};

    #[test]
    fn the_legend_wraps_entries_to_the_room() {
        let layout = Layout {
            references: (1..=4)
                .map(|n| Reference {
                    number: n,
                    edge: 0,
                    text: format!("label {n}"),
                })
                .collect(),
            ..Layout::default()
        };
        assert_eq!(
            legend(&layout, 21, 9),
            ["1 label 1   2 label 2", "3 label 3   4 label 4"]
        );
        assert_eq!(legend(&layout, 20, 9).len(), 4, "one entry a line");
        assert!(legend(&Layout::default(), 20, 9).is_empty());
        assert_eq!(legend(&layout, 20, 3).len(), 3);
    }
}
