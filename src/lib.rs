//! keten builds, checks and prints collaboration reference models: how
//! partner organisations answer one client's question together.
//!
//! The crate, room by room:
//!
//! - [`model`]: the model itself (partners, roles, phases, goals, KPIs, and
//!   the chain of steps as a petgraph graph) and the queries on it. No files,
//!   no terminal.
//! - [`format`]: the YAML file format, read with positions for every error,
//!   and written in canonical form.
//! - [`validate`]: the checks that turn a model into warnings and errors.
//! - [`layout`]: the chain as a picture in terminal cells (lanes, columns,
//!   boxes, routed flows); every picture keten draws reads it.
//! - [`render`]: pictures drawn from a layout: the text diagram.
//! - [`diagnostic`]: findings, their codes and where they point.
//! - [`merge`]: the three-way merge of models, and settling its conflicts.
//! - [`text`]: making model text safe to print on a terminal.
//! - [`cli`] and [`commands`]: the `keten` command line.

//!
//! Reading, checking and drawing a model:
//!
//! ```
//! let text = "\
//! keten: 1
//! name: Schuldhulp
//! client_question: Een huishouden vraagt om rust en een plan.
//! director: gemeente
//! partners:
//!   gemeente: { name: Gemeente, contribution: Schuldhulp. }
//!   corporatie: { name: Woonstede, contribution: Signalen. }
//! steps:
//!   signaal: { name: Huurachterstand signaleren, partner: corporatie, next: [{ to: plan, label: signaal }] }
//!   plan: { name: Budgetplan opstellen, partner: gemeente }
//! ";
//! let loaded = keten::format::check_str(text);
//! assert!(loaded.findings.list.is_empty());
//! let model = loaded.model.unwrap();
//! assert_eq!(model.handoffs().len(), 1);
//!
//! let picture = keten::layout::layout(&model, &Default::default());
//! let options = keten::render::text::TextOptions { width: 100, ascii: true, color: false };
//! let drawing = keten::render::text::draw_string(&model, &picture, &options);
//! assert!(drawing.text.contains("| Budgetplan"));
//! ```

pub mod cli;
pub mod commands;
pub mod diagnostic;
pub mod diff;
pub mod edit;
pub mod format;
pub mod layout;
pub mod merge;
pub mod model;
pub mod render;
pub mod text;
pub mod tui;
pub mod validate;
