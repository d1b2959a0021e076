//! Several editors on one model file: saves that take turns (a lock file
//! beside the model), who saved what (a small log beside it), watching
//! the file for changes (file-system events, with polling where none
//! come), and git's pull and push for editors on other machines. Nothing
//! here knows of terminals; the editor and the document use it.
//!
//! Who saved what is kept out of the model file on purpose: an author per
//! save is noise in the model's history and in its diffs, and git already
//! knows who committed. Beside `model.yaml` a hidden `.model.yaml.who`
//! holds one line per save (a hash of the text written, the editor's
//! name, what changed); an editor that sees the file change finds the
//! name there by the hash of the new text. Without that file (deleted, or
//! a change made by hand or by git) the change is shown without a name.

use crate::lang::t;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant, SystemTime};

/// A file beside `path` with a prefix and suffix: `.model.yaml.who`.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "model.yaml".into());
    path.with_file_name(format!(".{name}.{suffix}"))
}

/// A turn to save: held while the file is read, merged and written, so
/// that two keten editors never write over each other's save. A lock
/// file that is older than a few seconds is left over from a crash and
/// taken over; one that cannot be made (a read-only folder) is no turn,
/// and the save goes on without.
pub struct Turn {
    lock: Option<PathBuf>,
}

impl Turn {
    pub fn take(path: &Path) -> Turn {
        let lock = beside(path, "lock");
        let deadline = Instant::now() + Duration::from_secs(3);
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&lock)
            {
                Ok(_) => return Turn { lock: Some(lock) },
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let stale = std::fs::metadata(&lock)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|age| age > Duration::from_secs(5));
                    if stale || Instant::now() > deadline {
                        let _ = std::fs::remove_file(&lock);
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(_) => return Turn { lock: None },
            }
        }
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        if let Some(lock) = &self.lock {
            let _ = std::fs::remove_file(lock);
        }
    }
}

/// A hash of a text, the same in every build (FNV-1a, 64 bits).
pub fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Notes that `author` saved `text` to `path`; the log keeps its last
/// hundred lines. A log that cannot be written is no log.
pub fn note_author(path: &Path, text: &str, author: &str) {
    let log = beside(path, "who");
    let old = std::fs::read_to_string(&log).unwrap_or_default();
    let mut lines: Vec<&str> = old.lines().collect();
    let start = lines.len().saturating_sub(99);
    lines.drain(..start);
    let author: String = author
        .chars()
        .filter(|c| !c.is_control() && *c != '\t')
        .collect();
    let mut out = lines.join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&format!("{:016x}\t{author}\n", hash(text)));
    if let Ok(mut f) = std::fs::File::create(&log) {
        let _ = f.write_all(out.as_bytes());
    }
}

/// Who saved `text` to `path` last, if the log knows.
pub fn author_of(path: &Path, text: &str) -> Option<String> {
    let log = std::fs::read_to_string(beside(path, "who")).ok()?;
    let key = format!("{:016x}", hash(text));
    log.lines()
        .rev()
        .filter_map(|l| l.split_once('\t'))
        .find(|(h, _)| *h == key)
        .map(|(_, who)| who.to_string())
}

/// The name of the user, for `--as`'s default.
pub fn user_name() -> String {
    ["KETEN_AS", "USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "someone".into())
}

/// Watches a file for changes: events of the file system where it has
/// them (the folder is watched, since a save renames a new file over the
/// old one), and the file's time and size compared on every look, for
/// file systems without events (network shares, some containers).
pub struct Watch {
    path: PathBuf,
    events: Option<Receiver<()>>,
    _watcher:
        Option<notify_debouncer_mini::Debouncer<notify_debouncer_mini::notify::RecommendedWatcher>>,
    stamp: Option<(SystemTime, u64)>,
}

impl Watch {
    pub fn new(path: &Path) -> Watch {
        let path = path.to_path_buf();
        let (tx, rx) = channel();
        let name = path.file_name().map(|n| n.to_os_string());
        let watched = name.clone();
        let watcher = notify_debouncer_mini::new_debouncer(
            Duration::from_millis(30),
            move |events: notify_debouncer_mini::DebounceEventResult| {
                let ours = events.map(|list| {
                    list.iter()
                        .any(|e| e.path.file_name().map(|n| n.to_os_string()) == watched)
                });
                if ours.unwrap_or(true) {
                    let _ = tx.send(());
                }
            },
        )
        .ok()
        .and_then(|mut debouncer| {
            let folder = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            debouncer
                .watcher()
                .watch(
                    &folder,
                    notify_debouncer_mini::notify::RecursiveMode::NonRecursive,
                )
                .ok()
                .map(|()| debouncer)
        });
        let events = watcher.as_ref().map(|_| rx);
        let stamp = stamp(&path);
        Watch {
            path,
            events,
            _watcher: watcher,
            stamp,
        }
    }

    /// Whether the file may have changed since the last look.
    pub fn changed(&mut self) -> bool {
        let mut changed = false;
        if let Some(events) = &self.events {
            while events.try_recv().is_ok() {
                changed = true;
            }
        }
        let now = stamp(&self.path);
        if now != self.stamp {
            self.stamp = now;
            changed = true;
        }
        changed
    }

    /// Whether file-system events come (else only polling does).
    pub fn has_events(&self) -> bool {
        self.events.is_some()
    }
}

fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// Commits the file, pulls (git runs the keten merge driver where it is
/// configured) and pushes, in the file's git work tree; says how it went
/// in a line. Never asks for a password (a remote that wants one fails),
/// and gives up on a remote it cannot reach within a few seconds.
pub fn sync(path: &Path, author: &str) -> String {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let git = |args: &[&str]| {
        let mut cmd = std::process::Command::new("git");
        cmd.arg("-C").arg(&folder).args(args);
        cmd.env("GIT_TERMINAL_PROMPT", "0");
        if std::env::var_os("GIT_SSH_COMMAND").is_none() {
            cmd.env(
                "GIT_SSH_COMMAND",
                "ssh -o BatchMode=yes -o ConnectTimeout=5",
            );
        }
        cmd.stdin(std::process::Stdio::null());
        cmd.output()
    };
    let last_line = |out: &std::process::Output| {
        let text = String::from_utf8_lossy(&out.stderr).into_owned()
            + &String::from_utf8_lossy(&out.stdout);
        text.lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim()
            .to_string()
    };
    match git(&["remote"]) {
        Err(_) => return t::git_missing(),
        Ok(out) if !out.status.success() => {
            return t::git_no_work_tree();
        }
        Ok(out) if out.stdout.trim_ascii().is_empty() => {
            return t::git_no_remote();
        }
        Ok(_) => {}
    }
    let file = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let file = file.unwrap_or_default();
    let _ = git(&["add", "--", &file]);
    let staged =
        git(&["diff", "--cached", "--quiet", "--", &file]).is_ok_and(|o| !o.status.success());
    if staged {
        let message = t::git_edits_by(&file, author);
        if let Ok(out) = git(&["commit", "-q", "-m", &message, "--", &file]) {
            if !out.status.success() {
                return t::git_not_committed(&last_line(&out));
            }
        }
    }
    match git(&["pull", "--no-rebase", "--no-edit"]) {
        Ok(out) if out.status.success() => {}
        Ok(out) => {
            return t::git_pull_failed(&last_line(&out));
        }
        Err(e) => return t::git_error(&e.to_string()),
    }
    match git(&["push"]) {
        Ok(out) if out.status.success() => t::git_synced(),
        Ok(out) => t::git_push_failed(&last_line(&out)),
        Err(e) => t::git_error(&e.to_string()),
    }
}
