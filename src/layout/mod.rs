//! The chain as a picture: lanes, columns, boxes and routed edges, in
//! terminal cells. One layout serves every picture keten draws (the printed
//! diagram, the TUI chain view, exports with coordinates); none of them lays
//! out again, so what a user sees on screen is what prints.
//!
//! The layout is plain data with no terminal in it. [`layout`] builds it in
//! four steps:
//!
//! 1. [`place`]: columns (phase bands, or the ranks of the chain), the order
//!    of steps stacked in one cell (barycenter sweeps), box sizes from the
//!    wrapped step names.
//! 2. [`route`]: every flow as an orthogonal path that leaves its step on
//!    the right and enters the next on the left. Flows that leave one box
//!    share a trunk, as do flows that enter one box; long and returning
//!    flows run in corridors between the rows of boxes, so no path crosses a
//!    box. Tracks in channels and corridors are given out with the left-edge
//!    algorithm.
//! 3. Coordinates: channel and corridor sizes follow from their tracks.
//! 4. Labels: on the edge where they fit, else a numbered reference.
//!
//! With it comes its [`LaneIndex`] (the boxes and flows of each lane), so
//! what draws lane by lane does not search the whole layout.

mod fit;
mod grouped;
mod labels;
mod lanes;
mod place;
mod query;
mod route;

pub use fit::{Cut, Fit, choose, choose_layout, down_layout, down_options};
pub use lanes::LaneIndex;
pub use place::{first_words, shorten};

pub use query::Direction;

use crate::model::{Id, Model};

/// Which way the chain runs on the picture. Not to be confused with
/// [`Direction`], a way to move on the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Orientation {
    /// Lanes are rows with their names at the left; the chain runs to the
    /// right, phases are bands of columns. The picture keten always drew.
    #[default]
    Right,
    /// Lanes are columns with their names on top; the chain runs down,
    /// phases are bands of rows with their names at the left (vertical
    /// swimlanes). Flows leave a box at its bottom and enter the next at
    /// its top.
    Down,
}

/// How much room a box takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Density {
    /// Step names wrapped over as many lines as they need.
    #[default]
    Detail,
    /// One-line boxes and one-line lane names for an overview: a name is
    /// cut with `…` only where it is wider than
    /// [`Options::box_text_width`] (a lane name: [`Options::lane_label_width`]).
    Compact,
}

/// Choices about the picture. Build it with `..Options::default()`: fields
/// may be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Show partners without steps as empty lanes.
    pub all_lanes: bool,
    /// The widest text inside a box, in cells; names wrap to fit.
    pub box_text_width: usize,
    /// Running down, the widest text inside the boxes of each lane, in the
    /// order the lanes are drawn, where it differs from lane to lane
    /// ([`down_layout`] gives each lane what its names need); a lane not
    /// listed takes [`Options::box_text_width`].
    pub lane_text_width: Vec<usize>,
    /// The widest lane name, in cells; names wrap to fit.
    pub lane_label_width: usize,
    /// Extra empty rows and columns around boxes (for a projector).
    pub spacious: bool,
    /// Which way the chain runs; [`choose`] picks one for a page.
    pub orientation: Orientation,
    /// How much room boxes take.
    pub density: Density,
    /// Each role's steps in rows of their own inside their partner's lane,
    /// the roles in model order and steps without a role below them (the
    /// BPMN export draws roles as lanes inside a pool).
    pub role_rows: bool,
    /// Boxes one line tall without a top and bottom edge, the name in
    /// brackets and cut after a whole word where it must be (`[Zorgen…]`):
    /// a presentation's overview of a whole chain.
    pub flat: bool,
    /// Running down, each phase's name on a row of its own over its first
    /// rank instead of in a column at the left: the page's whole width for
    /// the lanes, a row a phase (a printed page; [`down_layout`] sets it).
    pub phase_rows: bool,
    /// Running down with boxes that have edges, each arrowhead on the top
    /// edge of the box it enters (`┌──▼──┐`) instead of on a row of its
    /// own above it: a row less between ranks (a printed page;
    /// [`down_layout`] sets it).
    pub heads_on_edges: bool,
    /// One-line boxes ([`Options::flat`]) cut a first word wider than
    /// their text width too, where a picture must fit a screen; else a
    /// box is at least as wide as its name's first word.
    pub cut_words: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            all_lanes: false,
            box_text_width: 16,
            lane_text_width: Vec::new(),
            lane_label_width: 18,
            spacious: false,
            orientation: Orientation::Right,
            density: Density::Detail,
            role_rows: false,
            flat: false,
            phase_rows: false,
            heads_on_edges: false,
            cut_words: false,
        }
    }
}

/// A lane: the band of one partner, a band of rows running right, a band
/// of columns running down.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub partner: Id,
    /// The partner's name, wrapped to the label width (running down: to
    /// the lane's width), safe to print.
    pub label: Vec<String>,
    /// The first row of the lane and how many rows it has (running right,
    /// its separator line, below it, not counted).
    pub y: usize,
    pub height: usize,
    /// The first column of the lane and how many columns it has (running
    /// down, its separator column, right of it, not counted).
    pub x: usize,
    pub width: usize,
}

/// A column of boxes and the channel of tracks to its left: a rank or
/// part of a phase band along the chain. Running down, it is a band of
/// rows with its channel above it, and its `x` fields are rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Where the channel to the left of the column starts, and its width.
    pub channel_x: usize,
    pub channel_width: usize,
    /// Where the boxes of the column start, and the widest box.
    pub x: usize,
    pub width: usize,
    /// The phase band the column belongs to.
    pub band: Option<usize>,
}

/// A phase: a band of one or more columns with its name on top (running
/// down: of rows, with its name at the left).
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// The phase, or `None` for the steps that have no phase.
    pub phase: Option<Id>,
    /// The phase name, safe to print.
    pub name: String,
    pub first_column: usize,
    pub last_column: usize,
}

/// The box of one step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepBox {
    pub step: Id,
    pub lane: usize,
    pub column: usize,
    /// Its place in the stack of its lane and column, from the top.
    pub slot: usize,
    pub x: usize,
    pub y: usize,
    pub width: usize,
    pub height: usize,
    /// The step name wrapped to the box, safe to print.
    pub lines: Vec<String>,
    /// Some flow leaves the box (running down, a `┬` on its lower edge).
    pub leaves: bool,
}

impl StepBox {
    /// The row where flows leave and enter the box (running right).
    pub fn port_y(&self) -> usize {
        self.y + self.height / 2
    }

    /// The column where flows leave and enter the box (running down).
    pub fn port_x(&self) -> usize {
        self.x + self.width / 2
    }

    pub fn contains(&self, x: usize, y: usize) -> bool {
        x >= self.x && x < self.x + self.width && y >= self.y && y < self.y + self.height
    }
}

/// A routed flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Boxes, as indices into [`Layout::boxes`].
    pub from: usize,
    pub to: usize,
    /// The flow's position in its step's `next`.
    pub slot: usize,
    /// What passes along the flow, safe to print; empty when none.
    pub label: String,
    /// The flow runs back in a rework loop.
    pub back: bool,
    /// The flow crosses from one partner to another.
    pub handoff: bool,
    /// The path, from the cell right of the source box to the cell left of
    /// the target box (where the arrowhead goes), turning at each point;
    /// running down, from the cell under the source to the cell above the
    /// target.
    pub points: Vec<(usize, usize)>,
    /// Where the label is written on the path (its first cell), if it fits.
    pub label_at: Option<(usize, usize)>,
    /// The number of the label in [`Layout::references`], where it did not fit.
    pub reference: Option<usize>,
    /// Where that number is written on the path (its first cell): on a
    /// part of the path no other number or label takes, so where several
    /// numbered flows end at one box each number stands on its own flow.
    pub reference_at: Option<(usize, usize)>,
}

/// A label listed under the diagram, for a flow where it did not fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub number: usize,
    pub edge: usize,
    pub text: String,
}

/// The whole picture, in terminal cells.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// Which way the chain runs.
    pub orientation: Orientation,
    pub width: usize,
    pub height: usize,
    /// The cells at the left that hold the lane names (and their
    /// separator); running down, the phase names.
    pub label_width: usize,
    /// The rows at the top that hold the phase names; running down, the
    /// lane names (and the rule under them).
    pub header_height: usize,
    pub lanes: Vec<Lane>,
    pub columns: Vec<Column>,
    pub bands: Vec<Band>,
    pub boxes: Vec<StepBox>,
    pub edges: Vec<Edge>,
    pub references: Vec<Reference>,
    /// Where a horizontal part of one flow crosses a vertical part of
    /// another that shares no step with it.
    pub crossings: usize,
    /// What touches each lane, built with the layout.
    pub lane_index: LaneIndex,
    /// Running down, each arrowhead stands on the top edge of the box it
    /// enters, in the cell under its path's last point
    /// ([`Options::heads_on_edges`]).
    pub heads_on_edges: bool,
}

/// Lays out the chain of a model. Steps whose partner does not exist are
/// left out (`keten check` reports them).
pub fn layout(model: &Model, options: &Options) -> Layout {
    let placed = place::place(model, options);
    let mut layout = route::route(placed, options);
    layout.lane_index = LaneIndex::of(&layout);
    layout
}
