//! `keten new`: a starter model that passes `keten check`, or (`--empty`)
//! a model with only its name, to enter in the editor.

use std::io;
use std::path::{Path, PathBuf};

use super::{Failure, Outcome, note, shown};
use crate::format;
use crate::lang::t;
use crate::model::{Chain, Id, Model, Partner, Step};

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// Where to write the starter model; it must not exist yet.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The collaboration's name (default: made from the file name).
    #[arg(long)]
    pub name: Option<String>,
    /// An empty model: only the name, no partner, step or client question,
    /// to enter the whole model in the editor.
    #[arg(long)]
    pub empty: bool,
}

/// The schema file the starter model's first line points at.
pub const SCHEMA_FILE: &str = "keten.schema.json";

/// The starter model: one partner (the director), one step, and a client
/// question to fill in.
pub fn starter(name: &str) -> Model {
    let mut model = Model::new(name);
    model.client_question = t::starter_question();
    let regie = Id::new(t::starter_director_id());
    model.director = Some(regie.clone());
    model.partners.insert(
        regie.clone(),
        Partner {
            name: t::starter_director(),
            kind: t::starter_kind(),
            contribution: t::starter_contribution(),
            ..Partner::default()
        },
    );
    // Editors that use the YAML language server complete and check the
    // file against the schema that `keten schema` writes.
    model.comments.entry.above = vec![format!(" yaml-language-server: $schema={SCHEMA_FILE}")];
    model.steps = Chain::from_steps([Step {
        id: Id::new(t::starter_step_id()),
        name: t::starter_step(),
        partner: regie,
        ..Step::default()
    }])
    .0;
    model
}

/// An empty model: only its name (and the schema line), for entering a
/// whole model in the editor.
pub fn empty(name: &str) -> Model {
    let mut model = Model::new(name);
    model.comments.entry.above = vec![format!(" yaml-language-server: $schema={SCHEMA_FILE}")];
    model
}

/// A name from a file name: `zorg-om-het-gezin.yaml` gives `Zorg om het gezin`.
fn name_from_path(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
        .unwrap_or_default();
    let stem = stem.trim();
    let mut chars = stem.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => t::starter_name(),
    }
}

pub fn run(args: &NewArgs) -> Result<Outcome, Failure> {
    let path = &args.file;
    let name = match &args.name {
        Some(name) if !name.trim().is_empty() => name.trim().to_string(),
        _ => name_from_path(path),
    };
    let model = if args.empty {
        empty(&name)
    } else {
        starter(&name)
    };
    let text = format::write(&model);
    let shown = shown(path);
    match format::write_new(path, &text) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            return Err(Failure::Message {
                message: t::new_exists(&shown),
                code: 1,
            });
        }
        Err(e) => {
            return Err(Failure::Message {
                message: t::cannot_write(&shown, &format::describe_io(&e)),
                code: 2,
            });
        }
    }
    // The schema beside it, for the editor line at its top, unless one is there.
    let schema = path.with_file_name(SCHEMA_FILE);
    let also = match format::write_new(&schema, &format::schema::schema_text()) {
        Ok(()) => t::new_schema_too(SCHEMA_FILE),
        Err(_) => String::new(),
    };
    note(&if args.empty {
        t::new_wrote_empty(&shown, &also)
    } else {
        t::new_wrote(&shown, &also)
    });
    Ok(Outcome::Clean)
}
