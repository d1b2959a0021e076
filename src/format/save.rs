//! Writing files without losing a byte: the one writer of `keten fmt`, of
//! `-o` and of the editor's save.
//!
//! A regular file is replaced atomically: the text goes to a temporary file
//! beside it, which takes the old file's owner, group and permissions, is
//! flushed to disk, and is renamed over the old file, so that readers see
//! the old content or the new, never a part. A symbolic link is followed:
//! the file it points to is replaced and the link stays. Anything that is
//! not a regular file (a FIFO, a terminal, `/dev/null`) is written into, not
//! replaced.
//!
//! Some files are refused ([`Refusal`]) unless the caller says otherwise:
//! a read-only file, and a file with several names (hard links), since
//! replacing it under one name would leave the others with the old content.
//! Forced, a read-only file is replaced and stays read-only, and a
//! hard-linked file is rewritten in place (every name sees the new content;
//! that write is not atomic).
//!
//! A temporary file is named `.keten-HOST-PID-XXXXXX.tmp`. A writer that is
//! killed leaves it behind; the next save in that folder removes it once its
//! writer is gone from this machine, or after a day ([`remove_stale`]).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How [`write_file`] may treat the file it replaces.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Replace {
    /// Replace a read-only file, and rewrite a file with several hard
    /// links in place.
    pub force: bool,
}

/// Why a file was not written although the disk would have taken it. It
/// travels inside an [`io::Error`] of kind `Other`; [`refusal`] finds it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("{}", t::read_only())]
    ReadOnly,
    #[error("{}", t::hard_links(*.0 as usize))]
    HardLinks(u64),
    #[error("{}", t::is_directory())]
    Directory,
    #[error("{}", t::folder_refuses(.0, .1))]
    Folder(String, String),
    #[error("{}", t::no_folder(.0))]
    NoFolder(String),
}

/// The refusal inside an error from [`write_file`], if it is one.
pub fn refusal(error: &io::Error) -> Option<&Refusal> {
    error.get_ref().and_then(|e| e.downcast_ref::<Refusal>())
}

fn refused(refusal: Refusal) -> io::Error {
    io::Error::other(refusal)
}

/// Replaces a file's content as the module says, refusing read-only and
/// hard-linked files.
pub fn write_atomic(path: &Path, text: &str) -> io::Result<()> {
    write_file(path, text, Replace::default())
}

/// Replaces a file's content, or writes into it when it is not a regular
/// file; see the module for what `replace` allows.
pub fn write_file(path: &Path, text: &str, replace: Replace) -> io::Result<()> {
    let old = match fs::metadata(path) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let Some(old) = old else {
        return replace_file(&final_target(path)?, text, None);
    };
    if old.is_dir() {
        return Err(refused(Refusal::Directory));
    }
    if !old.is_file() {
        return write_into(path, text);
    }
    let target = fs::canonicalize(path)?;
    if !replace.force && read_only(&target, &old) {
        return Err(refused(Refusal::ReadOnly));
    }
    let links = links(&old);
    if links > 1 {
        if !replace.force {
            return Err(refused(Refusal::HardLinks(links)));
        }
        return rewrite_in_place(&target, text);
    }
    replace_file(&target, text, Some(&old))
}

/// Writes a new file that must not exist yet: an [`io::ErrorKind::AlreadyExists`]
/// error when it does. Nothing is left behind when the write fails.
pub fn write_new(path: &Path, text: &str) -> io::Result<()> {
    if fs::symlink_metadata(path).is_ok() {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    let dir = folder(path);
    let temp = filled_temp(&dir, text, None)?;
    temp.persist_noclobber(path).map_err(|e| plain(e.error))?;
    sync_folder(&dir);
    Ok(())
}

/// Whether two paths name the same file (after following links): the same
/// device and inode. A path that does not exist is no file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(a), Ok(b)) => identity(&a).is_some() && identity(&a) == identity(&b),
        _ => false,
    }
}

/// Where a path that does not exist will be written: through a symbolic
/// link that points nowhere yet, at the place it points to.
fn final_target(path: &Path) -> io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    for _ in 0..40 {
        match fs::read_link(&at) {
            Ok(next) => at = folder(&at).join(next),
            Err(_) => return Ok(at),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// The folder a file is in; `.` for a bare name.
fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A FIFO, a terminal or a device: written into, as a shell's `>` would.
fn write_into(path: &Path, text: &str) -> io::Result<()> {
    let mut out = OpenOptions::new().write(true).open(path)?;
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// A file with several names, rewritten in place (only when forced).
fn rewrite_in_place(target: &Path, text: &str) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).open(target)?;
    file.write_all(text.as_bytes())?;
    file.set_len(text.len() as u64)?;
    file.sync_all()
}

/// The atomic replacement: a full temporary file renamed over the target.
fn replace_file(target: &Path, text: &str, old: Option<&fs::Metadata>) -> io::Result<()> {
    let dir = folder(target);
    remove_stale(&dir);
    let temp = filled_temp(&dir, text, old)?;
    temp.persist(target).map_err(|e| plain(e.error))?;
    sync_folder(&dir);
    Ok(())
}

/// The operating system's error inside one that names the temporary
/// file's path: the path is of no use to a user.
fn plain(error: io::Error) -> io::Error {
    let inner = error
        .get_ref()
        .and_then(|e| e.source())
        .and_then(|e| e.downcast_ref::<io::Error>())
        .and_then(io::Error::raw_os_error);
    match inner {
        Some(code) => io::Error::from_raw_os_error(code),
        None => error,
    }
}

/// A temporary file in `dir` holding `text`, flushed to disk, with the
/// owner, group and permissions of `old` (or, for a new file, the mode the
/// umask gives, as for any file a program makes).
fn filled_temp(
    dir: &Path,
    text: &str,
    old: Option<&fs::Metadata>,
) -> io::Result<tempfile::NamedTempFile> {
    let prefix = temp_prefix();
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp").rand_bytes(6);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir).map_err(|e| {
        let e = plain(e);
        let shown = || crate::text::sanitize(&dir.to_string_lossy()).into_owned();
        match e.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                refused(Refusal::Folder(shown(), super::describe_io(&e)))
            }
            io::ErrorKind::NotFound | io::ErrorKind::NotADirectory => {
                refused(Refusal::NoFolder(shown()))
            }
            _ => e,
        }
    })?;
    if let Some(old) = old {
        // Owner and group first: a change of owner may clear the mode's
        // set-id bits, and the permissions are set before any byte is
        // written, so the new content is never more open than the old.
        keep_owner(temp.as_file(), old);
        temp.as_file().set_permissions(old.permissions())?;
    }
    temp.as_file_mut().write_all(text.as_bytes())?;
    temp.as_file().sync_all()?;
    Ok(temp)
}

fn sync_folder(dir: &Path) {
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
}

/// `.keten-HOST-PID-`: whose temporary file this is.
fn temp_prefix() -> String {
    format!(".keten-{}-{}-", host(), std::process::id())
}

/// Temporary files older than this are stale whoever wrote them: a save
/// takes seconds at most.
const STALE_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// Removes the temporary files of keten's own naming in `dir` that no
/// writer will finish: those whose writer was on this machine and is gone,
/// and those older than a day (a writer on another machine, a pid used
/// again, the `.keten-XXXXXX.tmp` of earlier versions). Anything else, and
/// anything that cannot be removed, stays.
pub fn remove_stale(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let here = host();
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(writer) = name.to_str().and_then(temp_writer) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        let gone = matches!(writer, Writer::Process { host, pid } if host == here && !running(pid));
        if old || gone {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// [`remove_stale`] for the folder a file is replaced in (after links).
pub fn remove_stale_beside(path: &Path) {
    let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    remove_stale(&folder(&target));
}

/// Who wrote a temporary file, read from its name.
#[derive(Debug, PartialEq, Eq)]
enum Writer<'a> {
    /// `.keten-HOST-PID-XXXXXX.tmp`.
    Process { host: &'a str, pid: u32 },
    /// `.keten-XXXXXX.tmp`, from earlier versions.
    Unknown,
}

fn temp_writer(name: &str) -> Option<Writer<'_>> {
    let middle = name.strip_prefix(".keten-")?.strip_suffix(".tmp")?;
    let random = |s: &str| s.len() == 6 && s.bytes().all(|b| b.is_ascii_alphanumeric());
    if random(middle) {
        return Some(Writer::Unknown);
    }
    let mut parts = middle.rsplitn(3, '-');
    let (tail, pid, host) = (parts.next()?, parts.next()?, parts.next()?);
    let pid = pid
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| pid.parse().ok())
        .flatten()?;
    (random(tail) && !host.is_empty()).then_some(Writer::Process { host, pid })
}

#[cfg(unix)]
mod unix {
    use std::fs::{File, Metadata};
    use std::os::unix::fs::MetadataExt;
    use std::path::Path;

    /// This machine's name, as a temporary file's name may hold it.
    pub fn host() -> String {
        let uname = rustix::system::uname();
        let name = uname.nodename().to_string_lossy();
        let name: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
            .take(64)
            .collect();
        if name.is_empty() {
            "host".to_string()
        } else {
            name
        }
    }

    /// Whether a process with this id runs on this machine (a process of
    /// another user counts).
    pub fn running(pid: u32) -> bool {
        let Some(pid) = i32::try_from(pid)
            .ok()
            .and_then(rustix::process::Pid::from_raw)
        else {
            return false;
        };
        match rustix::process::test_kill_process(pid) {
            Ok(()) => true,
            Err(e) => e != rustix::io::Errno::SRCH,
        }
    }

    /// Read-only for this process: no write permission in the mode at all
    /// (as `ls -l` shows it, and as root sees it too), or none for this
    /// process's user.
    pub fn read_only(path: &Path, meta: &Metadata) -> bool {
        if meta.mode() & 0o222 == 0 {
            return true;
        }
        matches!(
            rustix::fs::access(path, rustix::fs::Access::WRITE_OK),
            Err(rustix::io::Errno::ACCESS | rustix::io::Errno::PERM)
        )
    }

    pub fn links(meta: &Metadata) -> u64 {
        meta.nlink()
    }

    pub fn identity(meta: &Metadata) -> Option<(u64, u64)> {
        Some((meta.dev(), meta.ino()))
    }

    /// Gives the new file the old one's owner and group where the process
    /// may: root may give both, an owner may give a group it is in, and
    /// otherwise the new file is the process's own.
    pub fn keep_owner(file: &File, old: &Metadata) {
        let (uid, gid) = (old.uid(), old.gid());
        if std::os::unix::fs::fchown(file, Some(uid), Some(gid)).is_err() {
            let _ = std::os::unix::fs::fchown(file, None, Some(gid));
        }
    }
}

#[cfg(not(unix))]
mod unix {
    use std::fs::{File, Metadata};
    use std::path::Path;

    pub fn host() -> String {
        "host".to_string()
    }
    /// Without a way to ask, every writer may still be running.
    pub fn running(_pid: u32) -> bool {
        true
    }
    pub fn read_only(_path: &Path, meta: &Metadata) -> bool {
        meta.permissions().readonly()
    }
    pub fn links(_meta: &Metadata) -> u64 {
        1
    }
    pub fn identity(_meta: &Metadata) -> Option<(u64, u64)> {
        None
    }
    pub fn keep_owner(_file: &File, _old: &Metadata) {}
}

use crate::lang::t;
use unix::{host, identity, keep_owner, links, read_only, running};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_file_names_say_their_writer() {
        assert_eq!(
            temp_writer(".keten-my-host.lan-4242-aB3dE9.tmp"),
            Some(Writer::Process {
                host: "my-host.lan",
                pid: 4242
            })
        );
        assert_eq!(temp_writer(".keten-Qw12Er.tmp"), Some(Writer::Unknown));
        for other in [
            ".keten-notes.tmp",
            ".keten-host-42-abc.tmp",
            ".keten--42-aB3dE9.tmp",
            ".keten-host-+42-aB3dE9.tmp",
            ".keten-host-x-aB3dE9.tmp",
            "keten-Qw12Er.tmp",
            ".keten-Qw12Er.tmp.bak",
            "m.yaml",
        ] {
            assert_eq!(temp_writer(other), None, "{other}");
        }
    }

    #[test]
    fn our_own_temporary_file_names_are_read_back() {
        let name = format!("{}aB3dE9.tmp", temp_prefix());
        assert_eq!(
            temp_writer(&name),
            Some(Writer::Process {
                host: &host(),
                pid: std::process::id()
            })
        );
        assert!(running(std::process::id()));
    }
}
