//! Pictures and documents made from a model, the pictures from its
//! [`Layout`](crate::layout::Layout), so that every picture shows what the
//! editor shows.
//!
//! - [`text`]: the chain as a text diagram (Unicode or ASCII, in colour or
//!   not), cut into sections that fit the page (`keten render`).
//! - [`graph`]: Mermaid and Graphviz DOT, for tools that lay out themselves.
//! - [`bpmn`]: BPMN 2.0 with coordinates, for bpmn.io and Camunda Modeler.
//! - [`xml`]: standalone SVG.
//! - [`report`]: the report for a steering committee (Markdown, HTML).
//! - [`md`]: model text escaped for Markdown; Markdown as a web page.
//! - [`relational`]: interests and agreements, the collaboration pulse
//!   (the report's sections, the pulse screen's sparklines).
//! - `canvas`: lays the chain on rows, lane by lane, and composites each
//!   row (lines merged, text over them); the text diagram writes those rows
//!   as bytes and the TUI as terminal cells.

pub mod bpmn;
pub(crate) mod canvas;
mod down;
pub mod graph;
pub mod md;
pub mod relational;
pub mod report;
mod sections;
pub mod text;
pub mod xml;
