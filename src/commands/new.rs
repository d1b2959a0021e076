//! `keten new`: a starter model that passes `keten check`.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{Failure, Outcome, note, shown};
use crate::format;
use crate::model::{Chain, Id, Model, Partner, Step};

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// Where to write the starter model; it must not exist yet.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The collaboration's name (default: made from the file name).
    #[arg(long)]
    pub name: Option<String>,
}

/// The schema file the starter model's first line points at.
pub const SCHEMA_FILE: &str = "keten.schema.json";

/// The starter model: one partner (the director), one step, and a client
/// question to fill in.
pub fn starter(name: &str) -> Model {
    let mut model = Model::new(name);
    model.client_question =
        "Vul hier de vraag van de cliënt in die de partners samen beantwoorden.".to_string();
    let regie = Id::new("regie");
    model.director = Some(regie.clone());
    model.partners.insert(
        regie.clone(),
        Partner {
            name: "Ketenregisseur".to_string(),
            kind: "gemeente".to_string(),
            contribution: "Brengt de partners bij elkaar en bewaakt de keten.".to_string(),
            ..Partner::default()
        },
    );
    // Editors that use the YAML language server complete and check the
    // file against the schema that `keten schema` writes.
    model.comments.entry.above = vec![format!(" yaml-language-server: $schema={SCHEMA_FILE}")];
    model.steps = Chain::from_steps([Step {
        id: Id::new("vraag-verhelderen"),
        name: "Vraag van de cliënt verhelderen".to_string(),
        partner: regie,
        ..Step::default()
    }])
    .0;
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
        None => "Nieuwe samenwerking".to_string(),
    }
}

pub fn run(args: &NewArgs) -> Result<Outcome, Failure> {
    let path = &args.file;
    let name = match &args.name {
        Some(name) if !name.trim().is_empty() => name.trim().to_string(),
        _ => name_from_path(path),
    };
    let text = format::write(&starter(&name));
    let file = OpenOptions::new().write(true).create_new(true).open(path);
    let shown = shown(path);
    let mut file = match file {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            return Err(Failure::Message {
                message: format!(
                    "{shown} already exists; `keten new` never overwrites a file: choose another name"
                ),
                code: 1,
            });
        }
        Err(e) => {
            return Err(Failure::Message {
                message: format!("{shown}: cannot create: {}", format::describe_io(&e)),
                code: 2,
            });
        }
    };
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| Failure::Message {
            message: format!("{shown}: cannot write: {}", format::describe_io(&e)),
            code: 2,
        })?;
    // The schema beside it, for the editor line at its top, unless one is there.
    let schema = path.with_file_name(SCHEMA_FILE);
    let mut also = String::new();
    if let Ok(mut f) = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&schema)
    {
        if f.write_all(format::schema::schema_text().as_bytes())
            .is_ok()
        {
            also = format!(" (and {SCHEMA_FILE} beside it, for editors)");
        }
    }
    note(&format!(
        "wrote {shown}{also}: a starter model with one partner and one step; fill in the client question, then run `keten check {shown}`"
    ));
    Ok(Outcome::Clean)
}
