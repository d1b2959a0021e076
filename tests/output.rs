//! What the commands print where a file or a terminal is not what it
//! seems: `check` on a file it cannot read, and colour on a terminal that
//! has none (`TERM=dumb`).

use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Stdio};

use crate::support::{CLEAN, Dir, Keten};

#[test]
fn check_says_a_file_could_not_be_read() {
    let dir = Dir::new();
    Keten::new(["check", "weg.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("weg.yaml: cannot read: no such file")
        .stdout_is("1 file could not be read\n");
    dir.file("goed.yaml", CLEAN);
    Keten::new(["check", "goed.yaml", "weg.yaml", "ook-weg.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stdout_is("0 errors, 0 warnings; 2 files could not be read\n");
}

/// `keten render` with its standard output on a pseudo-terminal of the
/// given `TERM`: what the terminal receives.
fn render_on_a_terminal(term: &str, color: &str) -> String {
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 40,
        ws_col: 120,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two descriptors into the given places; the
    // name and termios pointers may be null.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty");
    // SAFETY: both descriptors were just opened and are owned here alone.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("keten"))
        .args(["render", "--color", color, "m.yaml"])
        .current_dir(dir.path())
        .env("TERM", term)
        .env("KETEN_LANG", "en")
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::from(slave))
        .stderr(Stdio::null())
        .spawn()
        .expect("keten runs");
    let mut screen = Vec::new();
    let mut master = std::fs::File::from(master);
    // The terminal's side ends with EIO once keten has exited.
    let mut buf = [0u8; 4096];
    while let Ok(n) = master.read(&mut buf) {
        if n == 0 {
            break;
        }
        screen.extend_from_slice(&buf[..n]);
    }
    assert!(child.wait().unwrap().success());
    String::from_utf8(screen).unwrap()
}

#[test]
fn a_dumb_terminal_gets_no_colour() {
    let colour = "\x1b[3";
    let xterm = render_on_a_terminal("xterm-256color", "auto");
    assert!(
        xterm.contains("Melding") && xterm.contains(colour),
        "{xterm:?}"
    );
    let dumb = render_on_a_terminal("dumb", "auto");
    assert!(dumb.contains("Melding"), "{dumb:?}");
    assert!(!dumb.contains('\x1b'), "{dumb:?}");
    let asked = render_on_a_terminal("dumb", "always");
    assert!(asked.contains(colour), "--color always is obeyed");
}
