//! The model file format (version 1): reading YAML with a position for
//! every finding, and writing the canonical form. What the fields of each
//! entity are is said once, in [`crate::model::fields`]; the reader, the
//! writer, the JSON and the schema follow that table.
//!
//! - [`yaml`]: YAML text to a tree of nodes with spans, refusing bombs. A
//!   text with a `#` keeps its scalars' spans in the same parse, so that
//!   its comments are found without parsing again.
//! - [`read`]: the tree to a [`Model`], reporting every schema problem.
//! - [`source`]: where each entity and field stood, for later findings.
//! - [`comments`]: the YAML comments of a file, attached to the entry,
//!   field or item they belong to.
//! - [`markers`]: git's conflict markers, reported as `merge-conflict`
//!   findings instead of a syntax error.
//! - [`write`](mod@write): the canonical writer, comments in their places.
//! - [`json`]: the model as JSON (`keten export --format json`, `keten diff`).
//! - [`schema`]: the JSON Schema of the format (`keten schema`).
//! - [`save`]: writing files without losing a byte ([`write_atomic`]), the
//!   one writer of `fmt`, `-o` and the editor.
//!
//! Here: [`read_str`] and [`check_str`] (read, and read and check), and
//! reading files safely ([`read_file`]).

pub mod comments;
pub mod json;
pub mod markers;
pub mod read;
pub mod save;
pub mod schema;
pub mod source;
pub mod write;
pub mod yaml;

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic, Findings, Pos};
use crate::lang::t;
use crate::model::Model;
use crate::validate::validate;

pub use save::{Refusal, Replace, same_file, write_atomic, write_file, write_new};
pub use source::SourceMap;
pub use write::write;

/// The largest model file keten reads. A 20,000-step model is about 2 MiB.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// A model read from text, with everything found on the way.
#[derive(Debug)]
pub struct Loaded {
    /// The model, when the text parsed as YAML and held a map at the top.
    pub model: Option<Model>,
    /// Findings with positions, sorted by position.
    pub findings: Findings,
    /// Where each entity and field stood.
    pub source: SourceMap,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.findings.has_errors()
    }
}

/// Reads a model from text, reporting syntax and schema problems but
/// not checking the model itself (see [`check_str`]).
pub fn read_str(text: &str) -> Loaded {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(findings) = markers::findings(text) {
        return Loaded {
            model: None,
            findings,
            source: SourceMap::default(),
        };
    }
    // Where the text may have comments, the one parse also keeps the spans
    // of its scalars, so that a `#` inside a value is not taken for one.
    match yaml::parse(text, text.contains('#')) {
        Err(error) => {
            let mut findings = Findings::default();
            findings.push(error);
            Loaded {
                model: None,
                findings,
                source: SourceMap::default(),
            }
        }
        Ok(doc) => {
            let (mut model, mut findings, source) = read::read(doc.root.as_ref());
            if let Some(model) = &mut model {
                comments::attach(text, &doc, model);
            }
            findings.append(doc.errors);
            findings.sort();
            Loaded {
                model,
                findings,
                source,
            }
        }
    }
}

/// Reads and checks a model: every error and warning, with positions.
pub fn check_str(text: &str) -> Loaded {
    let mut loaded = read_str(text);
    if let Some(model) = &loaded.model {
        let mut found = validate(model);
        loaded.source.place(&mut found.list);
        loaded.findings.append(found);
        loaded.findings.sort();
    }
    loaded
}

/// Text from bytes: UTF-8, or a `syntax` finding at the first bad byte.
pub fn decode(bytes: Vec<u8>) -> Result<String, Diagnostic> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let line = text.matches('\n').count() + 1;
        let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let byte = e.as_bytes()[valid.len()];
        Diagnostic::new(Code::Syntax, t::not_utf8(&format!("0x{byte:02x}")))
            .at(Pos { line, column })
    })
}

/// Why a file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}", t::cannot_read(&.path.display().to_string(), .reason))]
    Io { path: PathBuf, reason: String },
    #[error("{}", t::is_directory_not_model(&.path.display().to_string()))]
    Directory { path: PathBuf },
    #[error("{}", t::too_large(
        &.path.display().to_string(),
        *.bytes as f64 / (1024.0 * 1024.0),
        (MAX_FILE_BYTES / (1024 * 1024)) as usize,
    ))]
    TooLarge { path: PathBuf, bytes: u64 },
}

/// Reads a file's bytes, refusing directories and files over
/// [`MAX_FILE_BYTES`] (also when the size is only found by reading, as for
/// a pipe).
pub fn read_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    let io = |e: io::Error| ReadError::Io {
        path: path.to_path_buf(),
        reason: describe_io(&e),
    };
    if path.is_dir() {
        return Err(ReadError::Directory {
            path: path.to_path_buf(),
        });
    }
    let file = File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            bytes: size,
        });
    }
    read_limited(file, path)
}

/// Reads at most [`MAX_FILE_BYTES`] from a reader (a file, standard input)
/// that stands for `path` in messages.
pub fn read_limited(reader: impl Read, path: &Path) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::Io {
            path: path.to_path_buf(),
            reason: describe_io(&e),
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// An I/O error in the words a user needs.
pub fn describe_io(error: &io::Error) -> String {
    if let Some(refusal) = save::refusal(error) {
        return refusal.to_string();
    }
    match error.kind() {
        io::ErrorKind::NotFound => t::no_such_file(),
        io::ErrorKind::PermissionDenied => t::permission_denied(),
        io::ErrorKind::InvalidData => t::not_text(),
        io::ErrorKind::StorageFull => t::disk_full(),
        io::ErrorKind::ReadOnlyFilesystem => t::read_only_system(),
        _ => error.to_string(),
    }
}
