//! Pictures of a model drawn from a [`Layout`](crate::layout::Layout): the
//! text diagram now; other formats read the same layout.

pub(crate) mod canvas;
pub mod graph;
pub mod report;
pub mod text;
pub mod xml;
