//! keten builds, checks and prints collaboration reference models: how
//! partner organisations answer one client's question together.
//!
//! The crate, room by room, each module importing only those listed
//! before it:
//!
//! - [`lang`]: the words keten shows, one catalogue per language (Dutch
//!   and English), and the choice of language.
//! - [`text`]: making model text safe to print on a terminal, and its width
//!   in terminal cells.
//! - [`code`]: the finding codes and their severities.
//! - [`model`]: the model itself (partners, roles, phases, goals, KPIs, and
//!   the chain of steps as a petgraph graph), the table of every entity's
//!   fields, every reference in a model, and the queries on it. No files,
//!   no terminal.
//! - [`diagnostic`]: findings, where they point and how they are sorted.
//! - [`validate`]: the checks that turn a model into warnings and errors.
//! - [`format`](mod@format): the YAML file format, read with positions for every error
//!   and written in canonical form with its comments; JSON and the JSON
//!   Schema.
//! - [`diff`]: what changed between two versions of a model.
//! - [`layout`]: the chain as a picture in terminal cells (lanes, columns,
//!   boxes, routed flows); every picture keten draws reads it.
//! - [`render`]: pictures and documents drawn from a model and its layout:
//!   the text diagram, Mermaid and Graphviz, BPMN and SVG, the Markdown
//!   report.
//! - [`edit`]: changes to a model as values with their inverses, and the
//!   undo history as versions.
//! - [`merge`]: the three-way merge of models by meaning, and settling
//!   the conflicts of a file with git's markers.
//! - [`live`]: several editors on one file: saves that take turns, who
//!   saved what, watching the file, git's pull and push.
//! - [`document`]: an open model file: its versions (undo, redo), what is
//!   on disk, saving and reading again, merging in what others saved.
//!   The editor works on one.
//! - [`tui`]: the full-screen editor, `keten edit`.
//! - [`commands`]: one module per subcommand, its flags next to its code.
//! - [`cli`]: the `keten` command line: the top-level parser and the
//!   dispatch to the commands and the editor.
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
//! let options = keten::render::text::TextOptions { width: 100, ascii: true, color: false, kpis: false };
//! let drawing = keten::render::text::draw_string(&model, &picture, &options);
//! assert!(drawing.text.contains("| Budgetplan"));
//! ```

pub mod cli;
pub mod code;
pub mod commands;
pub mod diagnostic;
pub mod diff;
pub mod document;
pub mod edit;
pub mod format;
#[doc(hidden)]
pub mod fuzzing;
pub mod lang;
pub mod layout;
pub mod live;
pub mod merge;
pub mod model;
pub mod render;
pub mod text;
pub mod tui;
pub mod validate;
