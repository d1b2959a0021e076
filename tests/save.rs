//! Saving under faults, through the real binary: `fmt`, `-o` and `new` on
//! read-only files and folders, a full disk, symbolic and hard links,
//! devices and FIFOs, the owner and mode a file keeps, stale temporary
//! files, and `kill -9` in the middle of a save. The original is never
//! touched when a save fails.
//!
//! Some faults can only be made by root (another owner, a small tmpfs for a
//! full disk, a character device): those tests say so on standard error and
//! stop early when the tests do not run as root.

use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::support::{CLEAN, Dir, Keten, Ran};

/// A model that loads but is not in canonical form.
const MESSY: &str = "keten: 1\nsteps: {a: {partner: p, name: A, next: [b]}, b: {name: B, partner: p}}\npartners: {p: {name: P, contribution: X}}\nname: Messy\n";

fn canonical(text: &str) -> String {
    keten::format::write(&keten::format::read_str(text).model.expect("a model"))
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Whether a root-only test can run; says why not when it cannot.
fn as_root(test: &str) -> bool {
    if !is_root() {
        eprintln!("{test}: not run, it needs root");
    }
    is_root()
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn set_mode(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// The names in a folder, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn temp_files(dir: &Path) -> Vec<String> {
    names(dir)
        .into_iter()
        .filter(|n| n.starts_with(".keten-"))
        .collect()
}

/// keten run by another user (root only): `nobody`, for faults that root
/// does not meet, such as a folder without write permission.
fn keten_as_nobody(args: &[&str], dir: &Path) -> Ran {
    use std::os::unix::process::CommandExt;
    let out = Command::new(assert_cmd::cargo::cargo_bin("keten"))
        .args(args)
        .current_dir(dir)
        .env("KETEN_LANG", "en")
        .uid(65534)
        .gid(65534)
        .output()
        .expect("keten runs");
    Ran {
        code: out.status.code().expect("keten exits"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// A folder that only the process's own user may enter, opened for
/// `nobody` (root only).
fn dir_for_nobody() -> Dir {
    let dir = Dir::new();
    set_mode(dir.path(), 0o755);
    dir
}

/// A small tmpfs mounted on a temporary folder, unmounted when dropped:
/// a disk that fills up.
struct SmallDisk {
    dir: Dir,
}

impl SmallDisk {
    /// `None` (after saying why) when the tmpfs cannot be mounted.
    fn mount(test: &str) -> Option<SmallDisk> {
        if !as_root(test) {
            return None;
        }
        let dir = Dir::new();
        let ran = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
            .arg(dir.path())
            .output()
            .expect("mount runs");
        if !ran.status.success() {
            eprintln!(
                "{test}: not run, a tmpfs cannot be mounted here: {}",
                String::from_utf8_lossy(&ran.stderr)
            );
            return None;
        }
        Some(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills the disk to the last byte with a file named `filler`.
    fn fill(&self) {
        use std::io::Write;
        let mut filler = fs::File::create(self.path().join("filler")).unwrap();
        let block = [0u8; 512];
        while filler.write_all(&block).is_ok() {}
        while filler.write_all(&[0]).is_ok() {}
        let _ = filler.sync_all();
    }

    fn free(&self) {
        fs::remove_file(self.path().join("filler")).unwrap();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

fn hard_link_count(path: &Path) -> u64 {
    fs::metadata(path).unwrap().nlink()
}

// ---- fmt

#[test]
fn fmt_keeps_the_owner_and_group() {
    if !as_root("fmt_keeps_the_owner_and_group") {
        return;
    }
    let dir = Dir::new();
    let path = dir.file("m.yaml", MESSY);
    std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap();
    set_mode(&path, 0o640);
    Keten::new(["fmt", "m.yaml"]).dir(dir.path()).run().code(0);
    assert_eq!(dir.read("m.yaml"), canonical(MESSY));
    let meta = fs::metadata(&path).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (65534, 65534), "owner and group");
    assert_eq!(mode(&path), 0o640);
}

#[test]
fn fmt_refuses_a_read_only_file_unless_forced() {
    let dir = Dir::new();
    let path = dir.file("m.yaml", MESSY);
    set_mode(&path, 0o444);
    Keten::new(["fmt", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("m.yaml: not formatted: the file is read-only")
        .stderr_has("--force");
    assert_eq!(dir.read("m.yaml"), MESSY, "the file is untouched");
    Keten::new(["fmt", "--force", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stderr_has("formatted m.yaml");
    assert_eq!(dir.read("m.yaml"), canonical(MESSY));
    assert_eq!(mode(&path), 0o444, "it stays read-only");
    assert_eq!(temp_files(dir.path()), Vec::<String>::new());
}

#[test]
fn fmt_in_a_read_only_folder_leaves_the_file() {
    let dir = if is_root() {
        dir_for_nobody()
    } else {
        Dir::new()
    };
    let path = dir.file("m.yaml", MESSY);
    let ran = if is_root() {
        // The folder is root's; nobody may change the file, not the folder.
        std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap();
        keten_as_nobody(&["fmt", "m.yaml"], dir.path())
    } else {
        set_mode(dir.path(), 0o555);
        let ran = Keten::new(["fmt", "m.yaml"]).dir(dir.path()).run();
        set_mode(dir.path(), 0o755);
        ran
    };
    ran.code(2)
        .stderr_has("m.yaml: not formatted: ")
        .stderr_has("does not take new files")
        .stderr_has("the file is unchanged");
    assert_eq!(dir.read("m.yaml"), MESSY);
    assert_eq!(names(dir.path()), ["m.yaml"]);
}

#[test]
fn fmt_on_a_full_disk_leaves_the_file() {
    let Some(disk) = SmallDisk::mount("fmt_on_a_full_disk_leaves_the_file") else {
        return;
    };
    let path = disk.path().join("m.yaml");
    fs::write(&path, MESSY).unwrap();
    disk.fill();
    Keten::new(["fmt", "m.yaml"])
        .dir(disk.path())
        .run()
        .code(2)
        .stderr_has("m.yaml: not formatted: no space left on the device")
        .stderr_has("the file is unchanged");
    assert_eq!(fs::read_to_string(&path).unwrap(), MESSY);
    assert_eq!(names(disk.path()), ["filler", "m.yaml"]);
    disk.free();
    Keten::new(["fmt", "m.yaml"]).dir(disk.path()).run().code(0);
    assert_eq!(fs::read_to_string(&path).unwrap(), canonical(MESSY));
}

/// A hard link is a second name for the same file. Replacing the file under
/// one name would leave the other with the old content, and rewriting it in
/// place is not atomic: `fmt` refuses, and `--force` rewrites it in place so
/// that every name sees the new content.
#[test]
fn fmt_refuses_a_hard_linked_file_unless_forced() {
    let dir = Dir::new();
    let path = dir.file("m.yaml", MESSY);
    let other = dir.path().join("ook.yaml");
    fs::hard_link(&path, &other).unwrap();
    Keten::new(["fmt", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("m.yaml: not formatted: the file has 2 names (hard links)")
        .stderr_has("--force");
    assert_eq!(dir.read("m.yaml"), MESSY);
    Keten::new(["fmt", "--force", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    assert_eq!(dir.read("m.yaml"), canonical(MESSY));
    assert_eq!(dir.read("ook.yaml"), canonical(MESSY), "the other name too");
    assert_eq!(hard_link_count(&path), 2, "the link stays");
    assert_eq!(names(dir.path()), ["m.yaml", "ook.yaml"]);
}

// ---- -o

#[test]
fn output_onto_the_model_itself_is_refused() {
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    std::os::unix::fs::symlink("m.yaml", dir.path().join("link.yaml")).unwrap();
    fs::hard_link(dir.path().join("m.yaml"), dir.path().join("hard.yaml")).unwrap();
    for out in ["m.yaml", "./m.yaml", "link.yaml", "hard.yaml"] {
        for args in [
            vec!["report", "-o", out, "m.yaml"],
            vec!["export", "--format", "json", "-o", out, "m.yaml"],
            vec!["report", "-o", "m.yaml", out],
        ] {
            Keten::new(&args)
                .dir(dir.path())
                .run()
                .code(2)
                .stderr_has("is the model file itself");
            assert_eq!(dir.read("m.yaml"), CLEAN, "{args:?} leaves the model");
        }
    }
    assert!(
        fs::symlink_metadata(dir.path().join("link.yaml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn output_dash_is_standard_output() {
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    Keten::new(["export", "--format", "json", "-o", "-", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout_has("\"name\": \"Proef\"");
    Keten::new(["report", "-o", "-", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout_has("# Proef");
    assert_eq!(names(dir.path()), ["m.yaml"], "no file named -");
}

/// A FIFO in a temporary folder: the export goes into it, and it stays a FIFO.
#[test]
fn output_onto_a_fifo_writes_into_it() {
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    let fifo = dir.path().join("pijp");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    // The reading end is opened first, without waiting for a writer, so
    // that a FIFO replaced by a file shows as nothing read, not a hang.
    let mut reader = {
        use std::os::unix::fs::OpenOptionsExt;
        fs::File::options()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&fifo)
            .unwrap()
    };
    Keten::new(["export", "--format", "json", "-o", "pijp", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    let mut read = String::new();
    let _ = std::io::Read::read_to_string(&mut reader, &mut read);
    assert!(read.contains("\"name\": \"Proef\""), "{read}");
    assert!(
        fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(),
        "still a FIFO"
    );
    assert_eq!(names(dir.path()), ["m.yaml", "pijp"]);
}

fn mknod(path: &Path, major: u32, minor: u32) {
    let ok = Command::new("mknod")
        .arg(path)
        .args(["c", &major.to_string(), &minor.to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "mknod {}", path.display());
}

fn is_char_device(path: &Path) -> bool {
    fs::symlink_metadata(path)
        .unwrap()
        .file_type()
        .is_char_device()
}

/// Character devices made in a temporary folder: a null device takes the
/// export and stays a device; a full device (as /dev/full) is a write
/// error with exit code 2.
#[test]
fn output_onto_a_device_writes_into_it() {
    if !as_root("output_onto_a_device_writes_into_it") {
        return;
    }
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    let null = dir.path().join("null");
    let full = dir.path().join("full");
    mknod(&null, 1, 3);
    mknod(&full, 1, 7);
    Keten::new(["export", "--format", "json", "-o", "null", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    assert!(is_char_device(&null), "still a device");
    Keten::new(["report", "-o", "full", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("full: cannot write: no space left on the device");
    assert!(is_char_device(&full), "still a device");
    assert_eq!(names(dir.path()), ["full", "m.yaml", "null"]);
}

/// The real /dev/null, /dev/full and /dev/stdout, only once the same code
/// has been seen to write into devices made in a temporary folder, so that
/// a fault here cannot replace a device of the machine.
#[test]
fn output_onto_the_machines_devices() {
    if !as_root("output_onto_the_machines_devices") {
        return;
    }
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    let null = dir.path().join("null");
    mknod(&null, 1, 3);
    let ran = Keten::new(["export", "--format", "json", "-o", "null", "m.yaml"])
        .dir(dir.path())
        .run();
    assert!(
        ran.code == 0 && is_char_device(&null),
        "a device in a temporary folder is replaced; /dev is not tried"
    );
    let link = dir.path().join("uit");
    std::os::unix::fs::symlink("/dev/null", &link).unwrap();
    Keten::new(["export", "--format", "json", "-o", "uit", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    assert!(is_char_device(Path::new("/dev/null")));
    Keten::new(["export", "--format", "json", "-o", "/dev/null", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    assert!(is_char_device(Path::new("/dev/null")));
    Keten::new(["report", "-o", "/dev/full", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("no space left on the device");
    assert!(is_char_device(Path::new("/dev/full")));
    Keten::new(["export", "--format", "json", "-o", "/dev/stdout", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout_has("\"name\": \"Proef\"");
    assert!(
        fs::symlink_metadata("/dev/stdout")
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn output_refuses_a_read_only_file() {
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    let out = dir.file("uit.md", "oud\n");
    set_mode(&out, 0o444);
    Keten::new(["report", "-o", "uit.md", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("uit.md: cannot write: the file is read-only");
    assert_eq!(dir.read("uit.md"), "oud\n");
    assert_eq!(names(dir.path()), ["m.yaml", "uit.md"]);
}

#[test]
fn output_in_a_read_only_folder() {
    let dir = if is_root() {
        dir_for_nobody()
    } else {
        Dir::new()
    };
    let model = dir.file("m.yaml", CLEAN);
    set_mode(&model, 0o644);
    let ran = if is_root() {
        keten_as_nobody(&["report", "-o", "uit.md", "m.yaml"], dir.path())
    } else {
        set_mode(dir.path(), 0o555);
        let ran = Keten::new(["report", "-o", "uit.md", "m.yaml"])
            .dir(dir.path())
            .run();
        set_mode(dir.path(), 0o755);
        ran
    };
    ran.code(2)
        .stderr_has("uit.md: cannot write: ")
        .stderr_has("does not take new files");
    assert_eq!(names(dir.path()), ["m.yaml"]);
}

#[test]
fn output_on_a_full_disk_leaves_the_old_output() {
    let Some(disk) = SmallDisk::mount("output_on_a_full_disk_leaves_the_old_output") else {
        return;
    };
    fs::write(disk.path().join("m.yaml"), CLEAN).unwrap();
    fs::write(disk.path().join("uit.md"), "oud\n").unwrap();
    disk.fill();
    Keten::new(["report", "-o", "uit.md", "m.yaml"])
        .dir(disk.path())
        .run()
        .code(2)
        .stderr_has("uit.md: cannot write: no space left on the device");
    assert_eq!(
        fs::read_to_string(disk.path().join("uit.md")).unwrap(),
        "oud\n"
    );
    Keten::new(["report", "-o", "nieuw.md", "m.yaml"])
        .dir(disk.path())
        .run()
        .code(2);
    assert_eq!(names(disk.path()), ["filler", "m.yaml", "uit.md"]);
}

#[test]
fn output_through_a_symlink_updates_the_target() {
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    fs::create_dir(dir.path().join("docs")).unwrap();
    dir.file("docs/rapport.md", "oud\n");
    std::os::unix::fs::symlink("docs/rapport.md", dir.path().join("uit.md")).unwrap();
    Keten::new(["report", "-o", "uit.md", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    assert!(dir.read("docs/rapport.md").starts_with("# Proef"));
    assert!(
        fs::symlink_metadata(dir.path().join("uit.md"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(names(&dir.path().join("docs")), ["rapport.md"]);
}

/// `-o` onto a file with another name (a hard link) is refused as `fmt`
/// refuses it, and leaves both names as they were.
#[test]
fn output_refuses_a_hard_linked_file() {
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    let out = dir.file("uit.md", "oud\n");
    fs::hard_link(&out, dir.path().join("ook.md")).unwrap();
    Keten::new(["report", "-o", "uit.md", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("uit.md: cannot write: the file has 2 names (hard links)");
    assert_eq!(dir.read("uit.md"), "oud\n");
    assert_eq!(dir.read("ook.md"), "oud\n");
    assert_eq!(hard_link_count(&out), 2);
}

/// New files are made with the mode the umask gives (0666 & !umask), as
/// other programs make them.
#[test]
fn new_files_take_their_mode_from_the_umask() {
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    let keten = assert_cmd::cargo::cargo_bin("keten");
    for (umask, expected) in [("022", 0o644), ("077", 0o600), ("002", 0o664)] {
        let script = format!(
            "umask {umask} && \"$0\" report -o r{umask}.md m.yaml && \"$0\" new n{umask}.yaml"
        );
        let ok = Command::new("sh")
            .args(["-c", &script])
            .arg(&keten)
            .current_dir(dir.path())
            .stderr(Stdio::null())
            .status()
            .unwrap()
            .success();
        assert!(ok, "{script}");
        for name in [format!("r{umask}.md"), format!("n{umask}.yaml")] {
            assert_eq!(
                mode(&dir.path().join(&name)),
                expected,
                "{name} with umask {umask}"
            );
        }
    }
}

// ---- new

#[test]
fn new_in_a_folder_that_is_not_there() {
    let dir = Dir::new();
    Keten::new(["new", "plannen/plan.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("plannen/plan.yaml: cannot write: there is no folder plannen");
    Keten::new(["report", "-o", "plannen/r.md", "-"])
        .stdin(CLEAN)
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("plannen/r.md: cannot write: there is no folder plannen");
    assert_eq!(names(dir.path()), Vec::<String>::new());
}

#[test]
fn new_on_a_full_disk_leaves_no_file() {
    let Some(disk) = SmallDisk::mount("new_on_a_full_disk_leaves_no_file") else {
        return;
    };
    disk.fill();
    Keten::new(["new", "plan.yaml"])
        .dir(disk.path())
        .run()
        .code(2)
        .stderr_has("plan.yaml: cannot write: no space left on the device");
    assert_eq!(names(disk.path()), ["filler"], "nothing left behind");
    disk.free();
    Keten::new(["new", "plan.yaml"])
        .dir(disk.path())
        .run()
        .code(0);
    Keten::new(["check", "plan.yaml"])
        .dir(disk.path())
        .run()
        .code(0);
}

// ---- temporary files

fn dead_pid() -> u32 {
    let mut child = Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

fn hostname() -> String {
    let out = Command::new("uname").arg("-n").output().unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn age(path: &Path, seconds: u64) {
    let then = std::time::SystemTime::now() - std::time::Duration::from_secs(seconds);
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(then)
        .unwrap();
}

/// A temporary file is named `.keten-HOST-PID-XXXXXX.tmp`. The next save
/// beside it removes it when its writer on this machine is gone, or when
/// it is more than a day old (a writer elsewhere, a reused pid, the names
/// of earlier versions `.keten-XXXXXX.tmp`). Other files stay.
#[test]
fn stale_temporary_files_are_removed_by_the_next_save() {
    let dir = Dir::new();
    let host = hostname();
    let dead = format!(".keten-{host}-{}-aB3dE9.tmp", dead_pid());
    let alive = format!(".keten-{host}-{}-aB3dE9.tmp", std::process::id());
    let elsewhere = format!(".keten-elders-{}-aB3dE9.tmp", dead_pid());
    let elsewhere_old = format!(".keten-elders-{}-xY7zQ1.tmp", dead_pid());
    for name in [
        dead.as_str(),
        alive.as_str(),
        elsewhere.as_str(),
        elsewhere_old.as_str(),
        ".keten-Qw12Er.tmp",
        ".keten-Zx34Cv.tmp",
        ".keten-notes.tmp",
        "m.yaml.tmp",
    ] {
        dir.file(name, "half a model");
    }
    age(&dir.path().join(&elsewhere_old), 2 * 24 * 3600);
    age(&dir.path().join(".keten-Qw12Er.tmp"), 2 * 24 * 3600);
    age(&dir.path().join(".keten-notes.tmp"), 2 * 24 * 3600);
    dir.file("m.yaml", MESSY);
    Keten::new(["fmt", "m.yaml"]).dir(dir.path()).run().code(0);
    let mut kept = vec![
        alive,
        elsewhere,
        ".keten-Zx34Cv.tmp".to_string(),
        ".keten-notes.tmp".to_string(),
        "m.yaml".to_string(),
        "m.yaml.tmp".to_string(),
    ];
    kept.sort();
    assert_eq!(names(dir.path()), kept);
}

/// A model big enough that a save takes a while.
fn big_messy_model(steps: usize) -> String {
    let mut text =
        String::from("keten: 1\nname: Groot\npartners: {p: {name: P, contribution: X}}\nsteps:\n");
    for i in 0..steps {
        let next = if i + 1 < steps {
            format!(", next: [{{to: s{}, label: overdracht {i}}}]", i + 1)
        } else {
            String::new()
        };
        text.push_str(&format!(
            "  s{i}: {{partner: p, name: Stap nummer {i} van de keten{next}}}\n"
        ));
    }
    text
}

/// A tiny random number generator, seeded, so a failure can be replayed.
struct Xorshift(u64);

impl Xorshift {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// `kill -9` at random moments during many runs of `keten fmt`: the file
/// always holds the old content or the new, never a part, and a run that
/// ends leaves no temporary file of the killed ones behind.
#[test]
fn kill_during_fmt_never_tears_the_file() {
    const RUNS: usize = 150;
    let dir = Dir::new();
    let old = big_messy_model(1500);
    let new = canonical(&old);
    let path: PathBuf = dir.file("m.yaml", &old);
    let keten = assert_cmd::cargo::cargo_bin("keten");
    let fmt = || {
        let mut cmd = Command::new(&keten);
        cmd.args(["fmt", "m.yaml"])
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    };
    // How long one run takes here, so that the kills fall across a run.
    let started = std::time::Instant::now();
    assert!(fmt().status().unwrap().success());
    let span = started.elapsed().as_micros() as u64 * 5 / 4;
    assert_eq!(fs::read_to_string(&path).unwrap(), new);
    let seed = std::process::id() as u64 | 1;
    let mut random = Xorshift(seed);
    let mut left_behind = 0;
    for run in 0..RUNS {
        fs::write(&path, &old).unwrap();
        let mut child = fmt().spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_micros(random.below(span)));
        let _ = child.kill();
        child.wait().unwrap();
        let now = fs::read_to_string(&path).unwrap();
        assert!(
            now == old || now == new,
            "run {run} (seed {seed}) left a torn file of {} bytes",
            now.len()
        );
        left_behind += temp_files(dir.path()).len();
    }
    eprintln!(
        "kill_during_fmt: {RUNS} runs killed, {left_behind} temporary files seen after a kill"
    );
    assert!(fmt().status().unwrap().success());
    assert_eq!(fs::read_to_string(&path).unwrap(), new);
    assert_eq!(temp_files(dir.path()), Vec::<String>::new(), "seed {seed}");
}

// ---- the editor's own saves

mod editor {
    use super::*;
    use keten::document::{Allow, Document, SaveError};
    use keten::edit::{Edit, TopField};
    use keten::tui::{App, Recovery};
    use std::sync::{Arc, Mutex};

    /// An editor on `path` (holding `CLEAN`) with one unsaved edit: the
    /// name `Edited`.
    fn edited(path: &Path) -> App {
        let text = fs::read_to_string(path).unwrap();
        let model = keten::format::read_str(&text).model.expect("a model");
        let mut app = App::new(Document::new(path.to_path_buf(), model, text));
        app.doc
            .apply(Edit::SetText {
                field: TopField::Name,
                value: "Edited".into(),
            })
            .unwrap();
        app
    }

    /// What a failed save must keep: the file as it was, the edit in the
    /// editor (unsaved), its copy for recovery, no temporary file.
    #[track_caller]
    fn nothing_lost(app: &App, path: &Path, before: &str) {
        assert_eq!(
            fs::read_to_string(path).unwrap(),
            before,
            "the file is untouched"
        );
        assert!(app.dirty(), "the editor knows the edit is not saved");
        assert_eq!(app.doc.model().name, "Edited", "the edit is still there");
        let latest = Arc::new(Mutex::new(None));
        let mut recovery = Recovery::detached(latest.clone());
        recovery.note(&app.doc);
        let copy = latest.lock().unwrap().clone().expect("a recovery copy");
        assert_eq!(copy.name, "Edited");
        assert_eq!(temp_files(path.parent().unwrap()), Vec::<String>::new());
    }

    #[test]
    fn a_save_onto_a_full_disk_loses_nothing_and_says_so() {
        let Some(disk) = SmallDisk::mount("a_save_onto_a_full_disk_loses_nothing_and_says_so")
        else {
            return;
        };
        let path = disk.path().join("model.yaml");
        fs::write(&path, CLEAN).unwrap();
        let mut app = edited(&path);
        disk.fill();
        app.save(Allow::default());
        assert_eq!(
            app.status,
            format!("not saved: {}", keten::lang::t::disk_full()),
            "the user is told why"
        );
        nothing_lost(&app, &path, CLEAN);
        disk.free();
        app.save(Allow::default());
        assert!(!app.dirty(), "saved once there is room: {}", app.status);
        assert!(fs::read_to_string(&path).unwrap().contains("Edited"));
        assert_eq!(temp_files(disk.path()), Vec::<String>::new());
    }

    #[test]
    fn a_read_only_file_is_saved_only_when_the_user_says_so() {
        let dir = Dir::new();
        let path = dir.file("model.yaml", CLEAN);
        set_mode(&path, 0o444);
        let mut app = edited(&path);
        assert_eq!(app.doc.save(Allow::default()), Err(SaveError::ReadOnly));
        app.save(Allow::default());
        assert!(app.dialog.is_some(), "the editor asks before overwriting");
        nothing_lost(&app, &path, CLEAN);
        app.save(Allow {
            read_only: true,
            ..Allow::default()
        });
        assert!(!app.dirty(), "{}", app.status);
        assert!(fs::read_to_string(&path).unwrap().contains("Edited"));
        assert_eq!(mode(&path), 0o444, "still read-only");
        assert_eq!(temp_files(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn a_file_deleted_meanwhile_is_written_again_only_when_the_user_says_so() {
        let dir = Dir::new();
        let path = dir.file("model.yaml", CLEAN);
        let mut app = edited(&path);
        fs::remove_file(&path).unwrap();
        assert_eq!(
            app.doc.save(Allow::default()),
            Err(SaveError::ChangedOnDisk)
        );
        app.save(Allow::default());
        assert!(app.dialog.is_some(), "the editor asks");
        assert!(!path.exists(), "and writes nothing before the answer");
        assert!(app.dirty());
        app.save(Allow {
            changed_on_disk: true,
            ..Allow::default()
        });
        assert!(!app.dirty(), "{}", app.status);
        assert!(fs::read_to_string(&path).unwrap().contains("Edited"));
        assert_eq!(temp_files(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn a_file_replaced_meanwhile_is_merged_in_not_lost() {
        let dir = Dir::new();
        let path = dir.file("model.yaml", CLEAN);
        let mut app = edited(&path);
        // Another program replaces the file (a new inode) with a change
        // of its own.
        let theirs = CLEAN.replace("contribution: Regie", "contribution: Regie en geld");
        assert_ne!(theirs, CLEAN, "the test changes the file");
        let elsewhere = dir.file("new.yaml", &theirs);
        fs::rename(&elsewhere, &path).unwrap();
        app.save(Allow::default());
        assert!(!app.dirty(), "{}", app.status);
        let saved = fs::read_to_string(&path).unwrap();
        assert!(saved.contains("Edited"), "our edit is saved");
        assert!(saved.contains("Regie en geld"), "and theirs is kept");
        assert_eq!(temp_files(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn a_save_through_a_symbolic_link_updates_its_target_and_keeps_the_link() {
        let dir = Dir::new();
        let target = dir.file("model.yaml", CLEAN);
        let link = dir.path().join("link.yaml");
        std::os::unix::fs::symlink("model.yaml", &link).unwrap();
        let mut app = edited(&link);
        app.save(Allow::default());
        assert!(!app.dirty(), "{}", app.status);
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(fs::read_to_string(&target).unwrap().contains("Edited"));
        assert_eq!(temp_files(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn a_hard_linked_file_is_refused_with_the_reason_and_loses_nothing() {
        let dir = Dir::new();
        let path = dir.file("model.yaml", CLEAN);
        let other = dir.path().join("other.yaml");
        fs::hard_link(&path, &other).unwrap();
        let mut app = edited(&path);
        app.save(Allow::default());
        assert_eq!(
            app.status,
            format!("not saved: {}", keten::lang::t::hard_links(2))
        );
        nothing_lost(&app, &path, CLEAN);
        assert_eq!(fs::read_to_string(&other).unwrap(), CLEAN);
        assert_eq!(hard_link_count(&path), 2);
        // Save as another file goes on.
        let mine = dir.path().join("mine.yaml");
        app.doc.save_as(mine.clone()).unwrap();
        assert!(fs::read_to_string(&mine).unwrap().contains("Edited"));
    }

    #[test]
    fn a_save_keeps_the_owner_group_and_mode() {
        if !as_root("a_save_keeps_the_owner_group_and_mode") {
            return;
        }
        let dir = Dir::new();
        let path = dir.file("model.yaml", CLEAN);
        std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap();
        set_mode(&path, 0o640);
        let mut app = edited(&path);
        app.save(Allow::default());
        assert!(!app.dirty(), "{}", app.status);
        let meta = fs::metadata(&path).unwrap();
        assert_eq!((meta.uid(), meta.gid()), (65534, 65534));
        assert_eq!(mode(&path), 0o640);
        assert!(fs::read_to_string(&path).unwrap().contains("Edited"));
        assert_eq!(temp_files(dir.path()), Vec::<String>::new());
    }
}
