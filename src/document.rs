//! An open model file: its path, the model, the versions of the model
//! (undo and redo), the text on disk when it was last read or written, the
//! version that text holds, and what is derived from the model (its layout
//! and findings). The editor works on one; nothing here knows of keys or
//! terminals, so every rule of saving and undoing is tested without one.
//!
//! Dirty means "the version shown is not the version on disk", never a
//! count of edits: undoing past a save and editing again leaves the file
//! behind for good, however many edits were made.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::diagnostic::Findings;
use crate::edit::{Edit, EditError, History, Version};
use crate::format;
use crate::lang::t;
use crate::layout::{Layout, Options, layout};
use crate::merge::{Merged, merge};
use crate::model::Model;

/// A model file opened to be changed.
#[derive(Debug, Clone)]
pub struct Document {
    path: PathBuf,
    /// Shared with a check running apart (see [`CHECK_APART`]); an edit
    /// while it runs copies the model.
    model: Arc<Model>,
    history: History,
    /// The file's text as last read or written: what a change on disk is
    /// measured against (and, later, merged with).
    base: String,
    /// The version `base` holds; `None` when no version does.
    saved: Option<Version>,
    options: Options,
    layout: Layout,
    /// The findings of the last check done: of the model shown, unless
    /// a check is running.
    findings: Findings,
    /// The check of a large model, running beside the editor.
    checking: Option<Checking>,
    /// Who saves, for the log beside the file (see [`crate::live`]).
    author: Option<String>,
}

/// From this many steps on, a model is checked on a thread of its own,
/// so that the editor shows it (and answers keys) while the check runs;
/// its findings come in when it is done ([`Document::poll_check`]).
pub const CHECK_APART: usize = 5_000;

/// A check running apart: where its findings land. A newer check (after
/// an edit) replaces it, and what it finds is dropped.
#[derive(Debug, Clone)]
struct Checking {
    done: Arc<OnceLock<Findings>>,
    thread: Arc<std::thread::JoinHandle<()>>,
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The file is not what was last read or written here.
    ChangedOnDisk,
    /// The file's permissions say it is not to be written.
    ReadOnly,
    /// Save as: the file exists already, or no name was given.
    Exists,
    /// The system refused; the text says why.
    Io(String),
}

/// What a change of the file on disk brought into the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    /// The file is as last read or written.
    Nothing,
    /// Merged into the model shown.
    Merged(CameIn),
    /// Both sides changed one thing: the merge to settle (`merged.text()`
    /// has the markers) and the file's text it was made with. Nothing
    /// changed in the document yet.
    Conflicts { merged: Box<Merged>, text: String },
    /// The file does not read as a model (being written by hand, say):
    /// left alone until it does.
    NoModel,
}

/// What came in from the file: what changed in the model shown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CameIn {
    /// A line per change, as `keten diff` says it.
    pub lines: Vec<String>,
    /// Who saved it, where the log beside the file knows.
    pub author: Option<String>,
    /// The entity changed last (still there), to focus.
    pub last: Option<(crate::model::Section, crate::model::Id)>,
}

/// What a save did.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    /// Saved, after merging in what had come in; `wrote` is false when
    /// there was nothing to write.
    Written { came_in: CameIn, wrote: bool },
    /// Not written: what came in conflicts with what is here.
    Conflicts { merged: Box<Merged>, text: String },
}

/// What a save may go past.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Allow {
    pub changed_on_disk: bool,
    pub read_only: bool,
}

impl Document {
    /// A document for `model`, read from `text` (the file's content at `path`).
    pub fn new(path: PathBuf, model: Model, text: String) -> Document {
        let history = History::new();
        let mut document = Document {
            path,
            model: Arc::new(model),
            saved: Some(history.version()),
            history,
            base: text,
            options: Options::default(),
            layout: Layout::default(),
            findings: Findings::default(),
            checking: None,
            author: None,
        };
        document.derive();
        document
    }

    /// A document for `model` made from `text` without being `text` (the
    /// file's conflicts settled, say): changed from the start, so saving
    /// writes it and quitting asks.
    pub fn unsaved(path: PathBuf, model: Model, text: String) -> Document {
        let mut document = Document::new(path, model, text);
        document.saved = None;
        document
    }

    /// Names who saves from here: each save notes it beside the file,
    /// before the file is written, so an editor that sees the file change
    /// finds the name.
    pub fn set_author(&mut self, author: impl Into<String>) {
        self.author = Some(author.into());
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The findings of the last check done (see [`Document::checking`]).
    pub fn findings(&self) -> &Findings {
        &self.findings
    }

    /// Whether a check of the model shown is still running, so that
    /// [`Document::findings`] are not yet its own.
    pub fn checking(&self) -> bool {
        self.checking.is_some()
    }

    /// Takes the findings of a check that is done; true when it was.
    pub fn poll_check(&mut self) -> bool {
        let done = match &self.checking {
            Some(c) if c.done.get().is_some() => c.done.get().cloned(),
            _ => None,
        };
        let Some(findings) = done else {
            return false;
        };
        self.findings = findings;
        self.checking = None;
        true
    }

    /// Waits for the check running, then takes its findings.
    pub fn wait_check(&mut self) {
        while let Some(checking) = &self.checking {
            if checking.thread.is_finished() && checking.done.get().is_none() {
                // The check ended without findings (it panicked): check here.
                self.findings = crate::validate::validate(&self.model);
                self.checking = None;
                return;
            }
            if !self.poll_check() {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        }
    }

    /// The text on disk when the file was last read or written.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The version of the model shown; it changes with every edit, undo,
    /// redo and reload.
    pub fn version(&self) -> Version {
        self.history.version()
    }

    /// Whether the model differs from the file as last read or written.
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.history.version())
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// The edit that undo (or redo) would take back (or do again).
    pub fn next_undo(&self, undo: bool) -> Option<&Edit> {
        if undo {
            self.history.to_undo()
        } else {
            self.history.to_redo()
        }
    }

    /// Lays out again with other options (presentation mode).
    pub fn set_options(&mut self, options: Options) {
        if options != self.options {
            self.options = options;
            self.layout = layout(&self.model, &self.options);
        }
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Applies an edit as a new version.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        self.history.apply(Arc::make_mut(&mut self.model), edit)?;
        self.derive();
        Ok(())
    }

    /// Goes back one version; false when there is none.
    pub fn undo(&mut self) -> bool {
        let done = self.history.undo(Arc::make_mut(&mut self.model));
        if done {
            self.derive();
        }
        done
    }

    /// Goes forward one undone version; false when there is none.
    pub fn redo(&mut self) -> bool {
        let done = self.history.redo(Arc::make_mut(&mut self.model));
        if done {
            self.derive();
        }
        done
    }

    /// Writes the model to its file, with the file's comments in their
    /// places. Refuses when the file changed on disk or is read-only,
    /// unless `allow` says to go on.
    pub fn save(&mut self, allow: Allow) -> Result<(), SaveError> {
        if !allow.changed_on_disk {
            let on_disk = std::fs::read_to_string(&self.path).unwrap_or_default();
            if on_disk != self.base {
                return Err(SaveError::ChangedOnDisk);
            }
        }
        if !allow.read_only && is_read_only(&self.path) {
            return Err(SaveError::ReadOnly);
        }
        let path = self.path.clone();
        self.write_to(path, allow.read_only)
    }

    /// Merges the file on disk into the model when it changed: base the
    /// text last read or written, ours the model with its unsaved edits,
    /// theirs the file. The user's edits stay in the history, so undo
    /// still undoes them (and only them).
    pub fn incoming(&mut self) -> Incoming {
        match std::fs::read_to_string(&self.path) {
            Ok(text) => self.merge_text(text),
            Err(_) => Incoming::Nothing,
        }
    }

    /// [`Document::incoming`] with the file's text.
    pub fn merge_text(&mut self, text: String) -> Incoming {
        if text == self.base {
            return Incoming::Nothing;
        }
        let loaded = format::read_str(&text);
        let theirs = match loaded.model {
            Some(model) if !loaded.has_errors() => model,
            _ => return Incoming::NoModel,
        };
        // A base that is no model (a file whose conflicts were settled
        // here): what is shown stands for it.
        let base = format::read_str(&self.base)
            .model
            .unwrap_or_else(|| Model::clone(&self.model));
        let merged = merge(&base, &self.model, &theirs);
        if !merged.is_clean() {
            return Incoming::Conflicts {
                merged: Box::new(merged),
                text,
            };
        }
        Incoming::Merged(self.take_merged(merged.model, text))
    }

    /// Takes `model` (a merge with the file's `text`) as the model shown;
    /// says what changed.
    pub fn take_merged(&mut self, model: Model, text: String) -> CameIn {
        let author = crate::live::author_of(&self.path, &text);
        let old = std::mem::replace(&mut self.model, Arc::new(model));
        self.history.renumber();
        let on_disk = format::read_str(&text).model;
        let same = on_disk.is_some_and(|m| format::write(&m) == format::write(&self.model));
        self.saved = same.then(|| self.history.version());
        self.base = text;
        self.derive();
        use crate::model::{Id, Section};
        let last = crate::diff::diff(&old, &self.model)
            .iter()
            .rev()
            .find_map(|c| {
                let section = Section::from_key(c.section)?;
                self.model
                    .contains(section, &c.id)
                    .then(|| (section, Id::new(c.id.as_str())))
            });
        CameIn {
            lines: changes(&old, &self.model),
            author,
            last,
        }
    }

    /// Saves, merging in first what someone else saved since the file was
    /// last read or written, so that a save never drops it. Saves of keten
    /// editors on one file take turns (a lock file beside it).
    pub fn save_merged(&mut self, allow: Allow) -> Result<Saved, SaveError> {
        let _turn = crate::live::Turn::take(&self.path);
        let mut came_in = CameIn::default();
        if !allow.changed_on_disk {
            match self.incoming() {
                Incoming::Nothing => {}
                Incoming::Merged(c) => came_in = c,
                Incoming::Conflicts { merged, text } => {
                    return Ok(Saved::Conflicts { merged, text });
                }
                Incoming::NoModel => return Err(SaveError::ChangedOnDisk),
            }
        }
        let wrote = self.is_dirty() || !self.path.exists();
        if wrote {
            self.save(allow)?;
        }
        Ok(Saved::Written { came_in, wrote })
    }

    /// Writes the model to a new file and goes on with that file.
    pub fn save_as(&mut self, path: PathBuf) -> Result<(), SaveError> {
        if path.as_os_str().is_empty() || path.exists() {
            return Err(SaveError::Exists);
        }
        self.write_to(path, false)
    }

    /// Writes through [`format::write_file`]; `force` replaces a read-only
    /// file (and rewrites one with several hard links in place).
    fn write_to(&mut self, path: PathBuf, force: bool) -> Result<(), SaveError> {
        let text = format::write(&self.model);
        if let Some(author) = &self.author {
            crate::live::note_author(&path, &text, author);
        }
        format::write_file(&path, &text, format::Replace { force })
            .map_err(|e| SaveError::Io(format::describe_io(&e)))?;
        self.path = path;
        self.base = text;
        self.saved = Some(self.history.version());
        Ok(())
    }

    /// Reads the file again, dropping the versions made here.
    pub fn reload(&mut self) -> Result<(), String> {
        let text = std::fs::read_to_string(&self.path)
            .map_err(|e| t::cannot_read_file(&format::describe_io(&e)))?;
        let model = format::read_str(&text).model.ok_or_else(t::not_reloaded)?;
        self.history = History::after(&self.history);
        self.model = Arc::new(model);
        self.base = text;
        self.saved = Some(self.history.version());
        self.derive();
        Ok(())
    }

    /// Lays out and checks the model shown; a large model is checked
    /// apart, beside the layout and the editor.
    fn derive(&mut self) {
        self.checking = None;
        if self.model.steps.len() < CHECK_APART {
            self.layout = layout(&self.model, &self.options);
            self.findings = crate::validate::validate(&self.model);
            return;
        }
        let model = Arc::clone(&self.model);
        let done = Arc::new(OnceLock::new());
        let slot = Arc::clone(&done);
        let thread = std::thread::Builder::new()
            .name("check".into())
            .spawn(move || {
                let _ = slot.set(crate::validate::validate(&model));
            });
        match thread {
            Ok(thread) => {
                self.checking = Some(Checking {
                    done,
                    thread: Arc::new(thread),
                });
            }
            // No thread to be had: check here.
            Err(_) => self.findings = crate::validate::validate(&self.model),
        }
        self.layout = layout(&self.model, &self.options);
    }
}

/// What changed from `old` to `new`, a line each, as `keten diff` says it.
pub fn changes(old: &Model, new: &Model) -> Vec<String> {
    let list = crate::diff::diff(old, new);
    if list.is_empty() {
        return Vec::new();
    }
    let mut section = String::new();
    let mut out = Vec::new();
    for line in crate::diff::summary(old, new, &list).lines() {
        match line.strip_prefix("  ") {
            Some(change) => out.push(format!("{section}: {}", change.trim_start())),
            None if !line.trim().is_empty() => section = line.trim().to_string(),
            None => {}
        }
    }
    // The count at the end is no change.
    out.retain(|l| !l.is_empty());
    out
}

/// Whether the file's permissions forbid writing it (a file that is not
/// there is not read-only: saving creates it).
fn is_read_only(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::TopField;

    fn name(value: &str) -> Edit {
        Edit::SetText {
            field: TopField::Name,
            value: value.into(),
        }
    }

    fn open(dir: &tempfile::TempDir) -> Document {
        let text = "keten: 1\nname: Schuldhulp\n";
        let path = dir.path().join("model.yaml");
        std::fs::write(&path, text).unwrap();
        let model = format::read_str(text).model.unwrap();
        Document::new(path, model, text.to_string())
    }

    #[test]
    fn dirty_is_the_version_not_a_count() {
        let dir = tempfile::tempdir().unwrap();
        let mut doc = open(&dir);
        assert!(!doc.is_dirty());
        doc.apply(name("a")).unwrap();
        assert!(doc.is_dirty());
        assert!(doc.undo());
        assert!(!doc.is_dirty(), "back at the file's version");
        assert!(doc.redo());
        doc.save(Allow::default()).unwrap();
        assert!(!doc.is_dirty());
        // Undo past the save, then a new edit: the saved version is cut off.
        assert!(doc.undo());
        assert!(doc.is_dirty());
        doc.apply(name("b")).unwrap();
        assert!(doc.is_dirty());
        assert!(doc.undo());
        assert!(doc.is_dirty(), "neither version is the one saved");
        assert!(!doc.redo() || doc.is_dirty());
    }

    #[test]
    fn a_file_changed_on_disk_is_not_saved_over_unless_allowed() {
        let dir = tempfile::tempdir().unwrap();
        let mut doc = open(&dir);
        doc.apply(name("here")).unwrap();
        std::fs::write(doc.path(), "keten: 1\nname: There\n").unwrap();
        assert_eq!(doc.save(Allow::default()), Err(SaveError::ChangedOnDisk));
        assert!(
            doc.base().contains("Schuldhulp"),
            "the base stays what was read"
        );
        let allow = Allow {
            changed_on_disk: true,
            ..Allow::default()
        };
        doc.save(allow).unwrap();
        assert!(!doc.is_dirty());
        assert!(doc.base().contains("here"));
    }

    #[test]
    fn a_read_only_file_is_not_saved_over_unless_allowed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mut doc = open(&dir);
        doc.apply(name("here")).unwrap();
        std::fs::set_permissions(doc.path(), std::fs::Permissions::from_mode(0o444)).unwrap();
        assert_eq!(doc.save(Allow::default()), Err(SaveError::ReadOnly));
        assert!(doc.is_dirty());
        let anyway = Allow {
            read_only: true,
            ..Allow::default()
        };
        doc.save(anyway).unwrap();
        assert!(!doc.is_dirty(), "saved when allowed");
        let mode = std::fs::metadata(doc.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o444, "and still read-only");
        doc.apply(name("there")).unwrap();
        let elsewhere = dir.path().join("mine.yaml");
        doc.save_as(elsewhere.clone()).unwrap();
        assert_eq!(doc.path(), elsewhere);
        assert!(!doc.is_dirty());
        assert_eq!(doc.save_as(elsewhere), Err(SaveError::Exists));
    }

    #[test]
    fn an_unsaved_document_is_dirty_until_saved() {
        let dir = tempfile::tempdir().unwrap();
        let text = "<<<<<<< ours\nketen: 1\n=======\nketen: 1\n>>>>>>> theirs\nname: A\n";
        let path = dir.path().join("model.yaml");
        std::fs::write(&path, text).unwrap();
        let model = format::read_str("keten: 1\nname: A\n").model.unwrap();
        let mut doc = Document::unsaved(path, model, text.to_string());
        assert!(doc.is_dirty());
        doc.save(Allow::default()).unwrap();
        assert!(!doc.is_dirty());
        let saved = std::fs::read_to_string(doc.path()).unwrap();
        assert_eq!(saved, format::write(doc.model()));
        assert!(!saved.contains("<<<<<<<"));
    }

    #[test]
    fn a_large_model_is_checked_apart_and_its_findings_come_in_whole() {
        // A chain of CHECK_APART steps, each with a partner nobody defined.
        let mut text = String::from("keten: 1\nname: Groot\npartners:\n  a: { name: A }\nsteps:\n");
        for i in 0..CHECK_APART {
            text.push_str(&format!(
                "  s{i}: {{ name: S{i}, partner: x, next: [s{}] }}\n",
                i + 1
            ));
        }
        let model = format::read_str(&text).model.unwrap();
        let at_once = crate::validate::validate(&model).counts();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("model.yaml");
        std::fs::write(&path, &text).unwrap();
        let mut doc = Document::new(path, model, text);
        assert!(doc.checking(), "the check runs apart");
        // A save while the check runs writes the model.
        doc.apply(name("Groter")).unwrap();
        doc.save(Allow::default()).unwrap();
        assert!(
            std::fs::read_to_string(doc.path())
                .unwrap()
                .contains("Groter")
        );
        doc.wait_check();
        assert!(!doc.checking());
        assert_eq!(doc.findings().counts(), at_once);
        assert!(at_once.0 >= CHECK_APART, "every unknown partner found");
    }

    #[test]
    fn reload_reads_the_file_and_starts_a_new_version() {
        let dir = tempfile::tempdir().unwrap();
        let mut doc = open(&dir);
        doc.apply(name("here")).unwrap();
        let before = doc.version();
        std::fs::write(doc.path(), "keten: 1\nname: There\n").unwrap();
        doc.reload().unwrap();
        assert_eq!(doc.model().name, "There");
        assert_ne!(doc.version(), before);
        assert!(!doc.is_dirty());
        assert!(!doc.can_undo());
    }
}
