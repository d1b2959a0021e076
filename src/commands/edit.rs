//! `keten edit FILE` (and plain `keten FILE`): reads the model, refuses
//! what cannot be edited (standard input, no terminal, a model with
//! errors), and hands the document to the editor; a file with a merge's
//! conflict markers goes to the editor's settling of them first.

use std::path::{Path, PathBuf};

use super::{Failure, Outcome, is_stdin, load_clean};
use crate::document::Document;
use crate::lang::t;

#[derive(Debug, clap::Args)]
pub struct EditArgs {
    /// The model file to open.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Save after every change; saves of other editors of the file merge in.
    #[arg(long)]
    pub autosave: bool,
    /// Only show the file, read again on every change (for the projector);
    /// never writes.
    #[arg(long, conflicts_with = "autosave")]
    pub follow: bool,
    /// The name other editors of the file see beside your changes
    /// (default: the user name).
    #[arg(long = "as", value_name = "NAME")]
    pub author: Option<String>,
}

pub fn run(args: &EditArgs) -> Result<Outcome, Failure> {
    let live = crate::tui::Live {
        author: args.author.clone().unwrap_or_else(crate::live::user_name),
        autosave: args.autosave,
        follow: args.follow,
        ..Default::default()
    };
    open_live(&args.file, live)
}

/// Opens a model file in the editor until the user quits.
pub fn open(path: &Path) -> Result<Outcome, Failure> {
    let live = crate::tui::Live {
        author: crate::live::user_name(),
        ..Default::default()
    };
    open_live(path, live)
}

fn open_live(path: &Path, live: crate::tui::Live) -> Result<Outcome, Failure> {
    use std::io::IsTerminal;
    if is_stdin(path) {
        return Err(Failure::Message {
            message: t::edit_stdin(),
            code: 2,
        });
    }
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(Failure::Message {
            message: t::edit_no_terminal(),
            code: 2,
        });
    }
    // A file with a merge's conflict markers opens in their settling.
    // (A following view only shows a clean model.)
    if let Ok(text) = std::fs::read_to_string(path) {
        if let Some(conflicted) = crate::merge::conflict::Conflicted::read(&text) {
            if !live.follow {
                return finish(crate::tui::settle(
                    path.to_path_buf(),
                    text,
                    conflicted,
                    live,
                ));
            }
        }
    }
    let (text, model) = match load_clean(path, false, t::not_opened)? {
        Ok(loaded) => loaded,
        Err(outcome) => return Ok(outcome),
    };
    finish(crate::tui::run_live(
        Document::new(path.to_path_buf(), model, text),
        live,
    ))
}

fn finish(result: std::io::Result<()>) -> Result<Outcome, Failure> {
    result.map_err(|e| Failure::Message {
        message: e.to_string(),
        code: 2,
    })?;
    Ok(Outcome::Clean)
}
