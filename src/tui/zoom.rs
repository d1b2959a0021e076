//! How near the chain view is: zoom levels from the detail `keten render`
//! prints to an overview of one-line boxes, which way the chain runs, and
//! the picture presentation mode fits to the screen. Each is a choice of
//! layout options; the picture is always the one layout.

use crate::lang::t;
use crate::layout::{Band, Density, Layout, Options, Orientation, layout};
use crate::model::{Model, Section};
use crate::text::{sanitize, width};

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

/// Whether a picture names every step by at least its first word and
/// every phase by its whole name on one line (running down, on its row
/// clear of the flows; running right, over its band).
pub fn names_whole(model: &Model, layout: &Layout) -> bool {
    let steps = layout.boxes.iter().all(|b| {
        let name = sanitize(model.name_of(Section::Steps, b.step.as_str()));
        let first = name.split_whitespace().next().unwrap_or_default();
        b.lines.first().is_some_and(|l| l.starts_with(first))
    });
    let phases = layout.bands.iter().filter(|b| !b.name.is_empty()).all(|b| {
        let need = width(&b.name) + 2;
        let (first, last) = (
            &layout.columns[b.first_column],
            &layout.columns[b.last_column],
        );
        match layout.orientation {
            Orientation::Right => last.x + last.width - first.channel_x >= need,
            Orientation::Down => {
                layout.phase_rows() && phase_row(layout, b, 0..layout.width).2 >= need
            }
        }
    });
    steps && phases
}

/// Running down with each phase's name on a row of its own: where band
/// `band`'s name stands between the picture columns `within`, as (row,
/// first column, free run). The row is one of those over the band's
/// first rank: the first where the name stands clear of the flows, else
/// the one with the longest free run.
pub fn phase_row(
    layout: &Layout,
    band: &Band,
    within: std::ops::Range<usize>,
) -> (usize, usize, usize) {
    let need = width(&band.name) + 2;
    let first = &layout.columns[band.first_column];
    let mut best = (first.x.saturating_sub(1), within.start, 0);
    for row in first.channel_x..first.x {
        let (x, run) = layout.free_run(row, within.start, within.end, need);
        if run >= need {
            return (row, x, run);
        }
        if run > best.2 {
            best = (row, x, run);
        }
    }
    best
}

/// Chains longer than this are not laid out several times to find the
/// picture that fits: presentation shows them at the overview.
const FIT_STEPS: usize = 1_000;

/// Chains up to this many steps share a view's width out lane by lane
/// running down ([`shared_flat`]).
const SHARE_STEPS: usize = 200;

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
/// the nearest picture that fits whole and names every step and phase
/// ([`names_whole`]), spread out for the projector where that fits too,
/// running right where both ways fit; else the overview's one-line boxes
/// as wide as fits (running down, each lane as wide as its names need
/// and the view's spare width shared out, [`shared_flat`]); where none
/// fits, the one-line boxes that leave least out of view (columns first,
/// then rows). Running down, each phase's name stands on a row of its
/// own. The layouts tried are not kept.
pub fn fit(model: &Model, size: (usize, usize)) -> Options {
    let orientations = [Orientation::Right, Orientation::Down];
    let overview = LEVELS.len() - 1;
    if model.steps.len() > FIT_STEPS {
        return options(overview, Orientation::Right, false);
    }
    let with_rows = |options: Options| Options {
        phase_rows: options.orientation == Orientation::Down,
        ..options
    };
    let mut tries = Vec::new();
    for level in 0..overview {
        for spacious in [true, false] {
            if spacious && level > 0 {
                continue;
            }
            for orientation in orientations {
                tries.push(with_rows(options(level, orientation, spacious)));
            }
        }
    }
    for text in [WIDEST_FLAT, LEVELS[overview].box_text_width, NARROWEST_FLAT] {
        for orientation in orientations {
            if orientation == Orientation::Down && model.steps.len() <= SHARE_STEPS {
                continue;
            }
            tries.push(with_rows(Options {
                box_text_width: text,
                lane_label_width: text.max(LEVELS[overview].lane_label_width),
                ..options(overview, orientation, false)
            }));
        }
    }
    if model.steps.len() <= SHARE_STEPS {
        tries.push(shared_flat(model, size.0, false));
        tries.push(shared_flat(model, size.0, true));
    }
    let mut best: Option<((usize, bool, usize), Options)> = None;
    for options in tries {
        let picture = layout(model, &options);
        if picture.orientation != options.orientation {
            // The layout does not draw this way yet.
            continue;
        }
        let whole = names_whole(model, &picture);
        if whole && fits(&picture, size) {
            return options;
        }
        if options.flat {
            // How much is out of view: columns, then names, then rows.
            let over = (
                picture.width.saturating_sub(size.0),
                !whole,
                (picture.height + legend(&picture, size.0, size.1).len()).saturating_sub(size.1),
            );
            if best.as_ref().is_none_or(|(b, _)| over < *b) {
                best = Some((over, options));
            }
        }
    }
    best.map_or_else(|| options(overview, Orientation::Right, false), |(_, o)| o)
}

/// Running down, the overview's one-line boxes with each phase's name on
/// a row of its own and each lane's boxes as wide as their first words
/// (or, `cut`, first words cut where they must be): the widest box text
/// at which the picture stays within `cols` columns (a box only as wide
/// as its name needs, so the spare width goes to the lanes with longer
/// names), then a lane at a time one more word where that still fits.
fn shared_flat(model: &Model, cols: usize, cut: bool) -> Options {
    let at = |text: usize| Options {
        box_text_width: text,
        phase_rows: true,
        cut_words: cut,
        ..options(LEVELS.len() - 1, Orientation::Down, false)
    };
    let width_at = |options: &Options| layout(model, options).width;
    // The widest text that fits, found by halving.
    let (mut lo, mut hi) = (NARROWEST_FLAT, WIDEST_SHARED);
    if width_at(&at(lo)) > cols {
        return at(lo);
    }
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if width_at(&at(mid)) <= cols {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let base = at(lo);
    let picture = layout(model, &base);
    // The text widths past `lo` at which a box of each lane shows one
    // more word.
    let mut wants = vec![Vec::new(); picture.lanes.len()];
    for b in &picture.boxes {
        let name = sanitize(model.name_of(Section::Steps, b.step.as_str()));
        let words: Vec<usize> = name.split_whitespace().map(width).collect();
        let mut shown = 0;
        for (k, w) in words.iter().enumerate() {
            shown += w + usize::from(k > 0);
            let more = usize::from(k + 1 < words.len());
            if shown + more > lo {
                wants[b.lane].push(shown + more);
            }
        }
    }
    for list in &mut wants {
        list.sort_unstable();
        list.dedup();
        list.reverse();
    }
    let mut widths = vec![lo; wants.len()];
    for (lane, list) in wants.iter_mut().enumerate() {
        while let Some(wider) = list.pop() {
            let mut tried = widths.clone();
            tried[lane] = wider;
            let options = Options {
                lane_text_width: tried.clone(),
                ..base.clone()
            };
            if width_at(&options) > cols {
                break;
            }
            widths = tried;
        }
    }
    Options {
        lane_text_width: widths,
        ..base
    }
}

/// The widest box text [`shared_flat`] gives every lane.
const WIDEST_SHARED: usize = 32;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Layout, Reference};

    fn shipped(name: &str) -> Model {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("models")
            .join(name);
        let text = std::fs::read_to_string(path).unwrap();
        crate::format::read_str(&text).model.unwrap()
    }

    #[test]
    fn a_one_line_box_keeps_its_first_word_unless_told_to_cut() {
        let model = shipped("veilige-wijk.yaml");
        let flat = |cut_words| Options {
            box_text_width: 6,
            cut_words,
            ..options(LEVELS.len() - 1, Orientation::Down, false)
        };
        let whole = layout(&model, &flat(false));
        let first = |picture: &Layout, id: &str| {
            let b = picture.box_of(id).unwrap();
            picture.boxes[b].lines[0].clone()
        };
        assert_eq!(
            first(&whole, "laatste-kansovereenkomst"),
            "Laatste-kansovereenkomst…"
        );
        assert_eq!(
            first(&layout(&model, &flat(true)), "laatste-kansovereenkomst"),
            "Laats…"
        );
    }

    #[test]
    fn presentation_names_every_step_and_phase_where_the_screen_holds_them() {
        let model = shipped("veilige-wijk.yaml");
        let chosen = fit(&model, (160, 44));
        let picture = layout(&model, &chosen);
        assert!(names_whole(&model, &picture), "{chosen:?}");
        assert!(fits(&picture, (160, 44)), "{chosen:?}");
        assert_eq!(picture.orientation, Orientation::Down);
        // Too narrow for every first word: the chain's width still fits.
        let chosen = fit(&model, (120, 35));
        assert!(chosen.cut_words, "{chosen:?}");
        assert!(layout(&model, &chosen).width <= 120);
    }

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
