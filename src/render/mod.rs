//! Pictures of a model drawn from a [`Layout`](crate::layout::Layout): the
//! text diagram now; other formats read the same layout.
//!
//! `canvas` lays the chain on rows, lane by lane, and composites each row
//! (lines merged, text over them); the text diagram writes those rows as
//! bytes and the TUI as terminal cells.

pub(crate) mod canvas;
pub mod graph;
pub mod report;
pub mod text;
pub mod xml;
