//! Fitting a picture to a page: where the printed diagram is cut into
//! sections, how many lines it takes, and which orientation fits a page
//! best.

use super::{Density, Layout, Options, Orientation, layout};
use crate::model::{Model, Section};
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
        if self.orientation == Orientation::Down {
            return self.lane_cuts(page);
        }
        let columns = &self.columns;
        self.cut_into(
            columns.len(),
            |c| columns[c].channel_x,
            |c| {
                if c + 1 == columns.len() {
                    self.width
                } else {
                    columns[c].x + columns[c].width
                }
            },
            page,
        )
    }

    /// Running down: the lanes cut into sections no wider than `page`
    /// cells, as many lanes as fit (a lane's separator with it), the phase
    /// names repeated in each, room for a marker where a flow crosses a
    /// cut. A [`Cut`]'s columns are lanes here.
    fn lane_cuts(&self, page: usize) -> Vec<Cut> {
        let lanes = &self.lanes;
        self.cut_into(
            lanes.len(),
            |k| lanes[k].x,
            |k| {
                if k + 1 == lanes.len() {
                    self.width
                } else {
                    lanes[k + 1].x
                }
            },
            page,
        )
    }

    /// Cuts `count` spans across the page (columns, or lanes running
    /// down), span `k` covering the cells `start_of(k)..end_of(k)`, into
    /// sections of as many spans as fit `page` cells beside the labels,
    /// with room for a marker at each cut.
    fn cut_into(
        &self,
        count: usize,
        start_of: impl Fn(usize) -> usize,
        end_of: impl Fn(usize) -> usize,
        page: usize,
    ) -> Vec<Cut> {
        let marker = 2 + width(&self.edges.len().max(1).to_string());
        let mut out = Vec::new();
        let mut first = 0;
        while first < count {
            let left = if first > 0 { marker } else { 0 };
            let x0 = start_of(first);
            let mut last = first;
            while last + 1 < count {
                let next = last + 1;
                let right = if next + 1 < count { marker } else { 0 };
                if self.label_width + left + (end_of(next) - x0) + right > page {
                    break;
                }
                last = next;
            }
            let right = if last + 1 < count { marker } else { 0 };
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
    /// cells wide, at most: every lane counted at its full height (the text
    /// drawing gives a lane with nothing in a section one line), the
    /// model's name and question not counted, each label listed under the
    /// diagram counted as one line.
    pub fn fit(&self, page: usize) -> Fit {
        let cuts = self.cuts(page.max(40));
        let sections = cuts.len();
        let lanes: usize = match self.orientation {
            Orientation::Right => self.lanes.iter().map(|l| l.height + 1).sum(),
            Orientation::Down => self.height - self.header_height,
        };
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
/// laid out (running down with [`down_options`]), and the one with fewer
/// sections wins, then the one that overflows the height by fewer lines,
/// then the one with fewer lines; a tie goes to [`Orientation::Right`].
/// A chain of more than 1,000 steps runs right. `options.orientation` is
/// ignored.
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
    if model.steps.len() > TRY_STEPS {
        // Running down, a long chain's many lanes draw slowly and large in
        // many sections: not tried.
        return (Orientation::Right, right);
    }
    let (_, down) = down_layout(model, options, width);
    if key(&down) < key(&right) {
        (Orientation::Down, down)
    } else {
        (Orientation::Right, right)
    }
}

/// Chains longer than this are laid out running down once, at a box width
/// reckoned from the page, not tried at several.
const TRY_STEPS: usize = 1_000;

/// The options to draw a chain running down on a page `page` cells wide,
/// each phase's name on a row of its own ([`Options::phase_rows`]): the
/// widest boxes (at most `options.box_text_width`) at which the lanes fit
/// the page in one section, names wrapped; else one-line boxes
/// ([`Density::Compact`]) where those fit; else the narrowest boxes.
pub fn down_options(model: &Model, options: &Options, page: usize) -> Options {
    down_layout(model, options, page).0
}

/// [`down_options`], with the layout they give.
pub fn down_layout(model: &Model, options: &Options, page: usize) -> (Options, Layout) {
    let page = page.max(40);
    let with = |text: usize, density: Density| Options {
        orientation: Orientation::Down,
        box_text_width: text,
        density,
        phase_rows: true,
        heads_on_edges: true,
        ..options.clone()
    };
    let widest = options.box_text_width.max(NARROWEST);
    if model.steps.len() > TRY_STEPS {
        // About a lane's share of the page, less a box's border and room
        // for a track or two.
        let lanes = model.partners.len().max(1);
        let share = page.saturating_sub(16) / lanes;
        let text = share.saturating_sub(6).clamp(NARROWEST, widest);
        let chosen = with(text, options.density);
        let picture = layout(model, &chosen);
        return (chosen, picture);
    }
    let fitted = (options.density == Density::Detail && model.steps.len() <= SHARE_STEPS)
        .then(|| shared_widths(model, &with(widest, Density::Detail), page))
        .flatten();
    if let Some(found) = fitted {
        return found;
    }
    let mut best: Option<(Options, Layout)> = None;
    for density in [options.density, Density::Compact] {
        for text in (NARROWEST..=widest).rev() {
            let chosen = with(text, density);
            let picture = layout(model, &chosen);
            if picture.cuts(page).len() == 1 {
                return (chosen, picture);
            }
            let better = best.as_ref().is_none_or(|(_, b)| {
                (picture.cuts(page).len(), picture.fit(page).lines)
                    < (b.cuts(page).len(), b.fit(page).lines)
            });
            if better && density == options.density {
                best = Some((chosen, picture));
            }
        }
        if density == Density::Compact {
            break;
        }
    }
    best.unwrap_or_else(|| {
        let chosen = with(NARROWEST, options.density);
        let picture = layout(model, &chosen);
        (chosen, picture)
    })
}

/// The narrowest box text running down.
const NARROWEST: usize = 6;

/// Chains up to this many steps share the page out lane by lane
/// ([`shared_widths`]); longer ones give every lane one text width.
const SHARE_STEPS: usize = 200;

/// How many times cells are moved from one lane to another after the
/// page is shared out ([`shared_widths`]).
const MOVES: usize = 40;

/// The widest text a lane may take running down, as a multiple of
/// [`Options::box_text_width`].
const WIDEST_SHARE: usize = 2;

/// Running down, a text width for each lane so that the lanes fit a page
/// `page` cells wide in one section and the picture is as short as it can
/// be: every lane starts at the narrowest boxes, and the page's spare cells
/// go, a few at a time, to the lane where they save most rows (the rows of
/// a rank are those of its tallest box; the lane names count too), then
/// most words kept whole, then fewest lines in all. `None` where even the
/// narrowest boxes do not fit.
fn shared_widths(model: &Model, options: &Options, page: usize) -> Option<(Options, Layout)> {
    let narrowest = &Options {
        box_text_width: NARROWEST,
        lane_text_width: Vec::new(),
        ..options.clone()
    };
    let base = layout(model, narrowest);
    if base.cuts(page).len() != 1 || base.lanes.is_empty() {
        return None;
    }
    let lanes = base.lanes.len();
    let widest = options.box_text_width.max(NARROWEST) * WIDEST_SHARE;
    let columns = base.columns.len();
    // Per box, its lines and widest line at each text width.
    struct Wrapped {
        lane: usize,
        column: usize,
        slot: usize,
        lines: Vec<usize>,
        inner: Vec<usize>,
        broken: Vec<usize>,
    }
    let at = |w: usize| w - NARROWEST;
    let mut boxes = Vec::with_capacity(base.boxes.len());
    for b in &base.boxes {
        let name = crate::text::sanitize(model.name_of(Section::Steps, b.step.as_str()));
        let words: Vec<usize> = name.split_whitespace().map(width).collect();
        let (mut lines, mut inner, mut broken) = (Vec::new(), Vec::new(), Vec::new());
        for w in NARROWEST..=widest {
            let wrapped = crate::text::wrap(&name, w);
            lines.push(wrapped.len());
            inner.push(wrapped.iter().map(|l| width(l)).max().unwrap_or(0));
            broken.push(words.iter().filter(|&&n| n > w).count());
        }
        boxes.push(Wrapped {
            lane: b.lane,
            column: b.column,
            slot: b.slot,
            lines,
            inner,
            broken,
        });
    }
    let slots: Vec<usize> = (0..lanes)
        .map(|l| {
            boxes
                .iter()
                .filter(|b| b.lane == l)
                .map(|b| b.slot + 1)
                .max()
                .unwrap_or(1)
        })
        .collect();
    // The cells the boxes of lane `l` take across at text width `w`.
    let cells_at: Vec<Vec<usize>> = (0..lanes)
        .map(|l| {
            (NARROWEST..=widest)
                .map(|w| {
                    (0..slots[l])
                        .map(|s| {
                            boxes
                                .iter()
                                .filter(|b| b.lane == l && b.slot == s)
                                .map(|b| b.inner[at(w)] + 2)
                                .max()
                                .unwrap_or(0)
                                .max(4)
                        })
                        .sum()
                })
                .collect()
        })
        .collect();
    let cells = |l: usize, w: usize| -> usize { cells_at[l][at(w)] };
    let names: Vec<String> = base
        .lanes
        .iter()
        .map(|lane| {
            crate::text::sanitize(model.name_of(Section::Partners, lane.partner.as_str()))
                .into_owned()
        })
        .collect();
    let around: Vec<usize> = (0..lanes)
        .map(|l| base.lanes[l].width.saturating_sub(cells(l, NARROWEST)))
        .collect();
    let base_cells: usize = (0..lanes).map(|l| cells(l, NARROWEST)).sum();
    let fixed = base.width.saturating_sub(base_cells);
    // The lines of each lane's name over its lane at each text width.
    let header_at: Vec<Vec<usize>> = (0..lanes)
        .map(|l| {
            (NARROWEST..=widest)
                .map(|w| crate::text::wrap(&names[l], around[l] + cells(l, w)).len())
                .collect()
        })
        .collect();
    let cost = |ws: &[usize]| -> usize {
        let mut tallest = vec![0usize; columns];
        let (mut broken, mut lines) = (0, 0);
        for b in &boxes {
            let k = at(ws[b.lane]);
            tallest[b.column] = tallest[b.column].max(b.lines[k]);
            broken += b.broken[k];
            lines += b.lines[k];
        }
        let header = (0..lanes)
            .map(|l| header_at[l][at(ws[l])])
            .max()
            .unwrap_or(0);
        1000 * (tallest.iter().sum::<usize>() + header) + 30 * broken + lines
    };
    let used = |ws: &[usize]| fixed + (0..lanes).map(|l| cells(l, ws[l])).sum::<usize>();
    // The widths a lane may be given: where one of its boxes takes fewer
    // lines than at the width before.
    let steps: Vec<Vec<usize>> = (0..lanes)
        .map(|l| {
            (NARROWEST + 1..=widest)
                .filter(|&w| {
                    boxes
                        .iter()
                        .any(|b| b.lane == l && b.lines[at(w)] < b.lines[at(w - 1)])
                })
                .collect()
        })
        .collect();
    // The ways to widen lanes from `ws`: one lane to a wider step, or
    // every lane that has a box as tall as a rank's tallest just wide
    // enough that the rank is a line shorter.
    let moves = |ws: &[usize]| -> Vec<Vec<usize>> {
        let mut out = Vec::new();
        for l in 0..lanes {
            for &w in steps[l].iter().filter(|&&w| w > ws[l]) {
                let mut tried = ws.to_vec();
                tried[l] = w;
                out.push(tried);
            }
        }
        for c in 0..columns {
            let in_rank = || boxes.iter().filter(move |b| b.column == c);
            let tallest = in_rank()
                .map(|b| b.lines[at(ws[b.lane])])
                .max()
                .unwrap_or(0);
            if tallest <= 1 {
                continue;
            }
            let mut tried = ws.to_vec();
            let mut possible = true;
            for b in in_rank().filter(|b| b.lines[at(ws[b.lane])] >= tallest) {
                match (tried[b.lane]..=widest).find(|&w| b.lines[at(w)] < tallest) {
                    Some(w) => tried[b.lane] = w,
                    None => possible = false,
                }
            }
            if possible {
                out.push(tried);
            }
        }
        out
    };
    let mut room = page;
    for _ in 0..4 {
        let mut ws = vec![NARROWEST; lanes];
        loop {
            let now = cost(&ws);
            let have = used(&ws);
            // The best gain per cell, as (gain, extra cells, widths).
            let mut best: Option<(usize, usize, Vec<usize>)> = None;
            for tried in moves(&ws) {
                let extra = used(&tried).saturating_sub(have);
                if have + extra > room {
                    continue;
                }
                let gain = now.saturating_sub(cost(&tried));
                if gain == 0 {
                    continue;
                }
                let better = best
                    .as_ref()
                    .is_none_or(|&(g, e, _)| gain * e.max(1) > g * extra.max(1));
                if better {
                    best = Some((gain, extra, tried));
                }
            }
            let Some((_, _, tried)) = best else {
                break;
            };
            ws = tried;
        }
        // Then cells moved from lane to lane while that makes the picture
        // shorter: the first widths given need not be the best.
        for _ in 0..MOVES {
            let now = cost(&ws);
            let mut found: Option<(usize, Vec<usize>)> = None;
            for a in 0..lanes {
                for wa in NARROWEST..ws[a] {
                    let mut less = ws.clone();
                    less[a] = wa;
                    for tried in moves(&less) {
                        if used(&tried) > room {
                            continue;
                        }
                        let c = cost(&tried);
                        if c < now && found.as_ref().is_none_or(|(f, _)| c < *f) {
                            found = Some((c, tried));
                        }
                    }
                }
            }
            let Some((_, better)) = found else {
                break;
            };
            ws = better;
        }
        let chosen = Options {
            lane_text_width: ws,
            ..options.clone()
        };
        let picture = layout(model, &chosen);
        if picture.cuts(page).len() == 1 {
            return Some((chosen, picture));
        }
        room = room.saturating_sub(picture.width.saturating_sub(page).max(1));
    }
    Some((narrowest.clone(), base))
}
