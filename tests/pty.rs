//! The real binary in a real terminal: tmux runs `keten edit`, keys are
//! typed into it, and the saved file is checked afterwards.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::{Dir, Keten, root};

struct Session {
    name: String,
}

impl Session {
    fn start(command: &str) -> Session {
        let name = format!("keten-test-{}-{}", std::process::id(), rand_suffix());
        let session = Session { name };
        let out = session
            .tmux()
            .args([
                "new-session",
                "-d",
                "-s",
                &session.name,
                "-x",
                "140",
                "-y",
                "40",
                command,
            ])
            .env("TERM", "xterm-256color")
            .output()
            .expect("tmux runs (install it: apt-get install tmux)");
        assert!(
            out.status.success(),
            "tmux starts a session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        session
    }

    /// tmux on a server of this session's own (`-L`), so tests that start
    /// at the same time do not race to create one shared server.
    fn tmux(&self) -> Command {
        let mut cmd = Command::new("tmux");
        cmd.args(["-L", &self.name]);
        cmd
    }

    fn screen(&self) -> String {
        let out = self
            .tmux()
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen shows `text`; a guard against a hang, not a
    /// measure of speed.
    fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "the screen never showed {text:?}:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            let status = self
                .tmux()
                .args(["send-keys", "-t", &self.name, key])
                .status()
                .expect("tmux send-keys");
            assert!(status.success());
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn literal(&self, text: &str) {
        let status = self
            .tmux()
            .args(["send-keys", "-t", &self.name, "-l", text])
            .status()
            .expect("tmux send-keys");
        assert!(status.success());
        std::thread::sleep(Duration::from_millis(30));
    }

    fn wait_gone(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self
            .tmux()
            .args(["has-session", "-t", &self.name])
            .status()
            .is_ok_and(|s| s.success())
        {
            assert!(
                Instant::now() < deadline,
                "keten did not quit:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self
            .tmux()
            .args(["kill-session", "-t", &self.name])
            .status();
        // The server's socket stays behind in tmux's folder: take it away.
        // SAFETY: getuid has no preconditions.
        let uid = unsafe { libc::getuid() };
        let tmp = std::env::var("TMUX_TMPDIR").unwrap_or_else(|_| "/tmp".into());
        let _ = std::fs::remove_file(format!("{tmp}/tmux-{uid}/{}", self.name));
    }
}

fn rand_suffix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() as u64)
}

#[test]
fn open_add_a_partner_and_a_step_connect_save_quit_then_check() {
    let dir = Dir::new();
    let text = std::fs::read_to_string(root().join("models/werk-en-inkomen.yaml")).unwrap();
    let file = dir.file("keten.yaml", &text);
    let keten = assert_cmd::cargo::cargo_bin("keten");
    let session = Session::start(&format!("{} edit {}", keten.display(), file.display()));
    session.wait_for("Werk en inkomen");
    // A partner.
    session.keys(&["2", "a"]);
    session.wait_for("New partner");
    session.literal("Buurtsportcoach");
    session.keys(&["Tab", "Tab", "Tab"]);
    session.literal("Beweegt mee");
    session.keys(&["Enter"]);
    session.wait_for("added");
    // A step in the focused step's lane, then connected to the last step.
    session.keys(&["1", "a"]);
    session.wait_for("New step");
    session.literal("Sporten in de wijk");
    session.keys(&["Enter"]);
    session.wait_for("added");
    session.keys(&["c"]);
    session.wait_for("Connect");
    session.literal("nazorg");
    session.keys(&["Enter"]);
    session.wait_for("Label of the flow");
    session.literal("beweegadvies");
    session.keys(&["Enter"]);
    session.wait_for("connected");
    session.keys(&["s"]);
    session.wait_for("saved");
    session.keys(&["q"]);
    session.wait_gone();
    check_saved(&file);
}

fn check_saved(file: &Path) {
    let name = file.to_str().unwrap();
    Keten::new(["check", name])
        .run()
        .code(0)
        .stdout_has("0 errors");
    let saved = std::fs::read_to_string(file).unwrap();
    assert!(
        saved.contains("  sporten-in-de-wijk:\n    name: Sporten in de wijk\n"),
        "{saved}"
    );
    assert!(
        saved.contains("buurtsportcoach:\n    name: Buurtsportcoach\n"),
        "{saved}"
    );
    assert!(saved.contains("label: beweegadvies"), "{saved}");
    Keten::new(["render", "--width", "300", name])
        .run()
        .code(0)
        .stdout_has("Sporten in de");
}

#[test]
fn a_crash_restores_the_terminal_and_keeps_the_unsaved_model() {
    let dir = Dir::new();
    let text = std::fs::read_to_string(root().join("models/veilige-wijk.yaml")).unwrap();
    let file = dir.file("wijk.yaml", &text);
    let keten = assert_cmd::cargo::cargo_bin("keten");
    let session = Session::start(&format!(
        "KETEN_TEST_PANIC=1 {} edit {}",
        keten.display(),
        file.display()
    ));
    let _ = session
        .tmux()
        .args(["set-option", "-t", &session.name, "remain-on-exit", "on"])
        .status();
    session.wait_for("Persoonsgerichte aanpak");
    // An unsaved change: delete the first partner (and what refers to it).
    session.keys(&["2", "d"]);
    session.wait_for("Delete it");
    session.keys(&["y"]);
    session.wait_for("deleted");
    session.keys(&["F12"]);
    let screen = session.wait_for("your unsaved model is in");
    let recovered = dir.path().join("wijk.yaml.recovered.yaml");
    assert!(screen.contains("wijk.yaml.recovered.yaml"), "{screen}");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        text,
        "the file itself is untouched"
    );
    let saved = std::fs::read_to_string(&recovered).unwrap();
    let model = keten::format::read_str(&saved).model.unwrap();
    assert_eq!(
        model.partners.len(),
        6,
        "the recovery file holds the unsaved change"
    );
    // The terminal was restored: no alternate screen left, the shell's text shows.
    assert!(!screen.contains("1 Chain  2 Partners"), "{screen}");
}

#[test]
fn the_editor_asks_before_it_loses_an_edit_or_writes_a_read_only_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Dir::new();
    let text =
        std::fs::read_to_string(root().join("models/vroegsignalering-schulden.yaml")).unwrap();
    let file = dir.file("schulden.yaml", &text);
    let keten = assert_cmd::cargo::cargo_bin("keten");
    let session = Session::start(&format!("{} edit {}", keten.display(), file.display()));
    session.wait_for("Vroegsignalering");
    // Move a lane and save; undo, move another: the file is behind again.
    session.keys(&["2", "J", "s"]);
    session.wait_for("saved");
    session.keys(&["u", "j", "J", "q"]);
    session.wait_for("Quit without saving?");
    session.keys(&["n"]);
    session.wait_for("cancelled");
    let saved = std::fs::read_to_string(&file).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    session.keys(&["s"]);
    session.wait_for("is read-only");
    session.keys(&["n"]);
    session.wait_for("cancelled");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        saved,
        "not written"
    );
    session.keys(&["q"]);
    session.wait_for("Quit without saving?");
    session.keys(&["y"]);
    session.wait_gone();
}

#[test]
fn a_conflict_made_by_keten_merge_is_settled_in_the_real_editor_and_checks() {
    let dir = Dir::new();
    let base = std::fs::read_to_string(root().join("models/veilige-wijk.yaml")).unwrap();
    dir.file("base.yaml", &base);
    dir.file(
        "ours.yaml",
        base.replace("name: Wegen en analyseren", "name: Wegen"),
    );
    dir.file(
        "theirs.yaml",
        base.replace("name: Wegen en analyseren", "name: Analyseren")
            .replace("name: Monitoren en afschalen", "name: Monitoren"),
    );
    Keten::new(["merge", "base.yaml", "ours.yaml", "theirs.yaml"])
        .dir(dir.path())
        .run()
        .code(1);
    let file = dir.path().join("ours.yaml");
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("<<<<<<< ours")
    );
    let keten = assert_cmd::cargo::cargo_bin("keten");
    let session = Session::start(&format!("{} edit {}", keten.display(), file.display()));
    session.wait_for("1 conflict of a merge, 0 settled");
    session.wait_for("phases › wegen");
    session.keys(&["t"]);
    session.wait_for("every conflict settled");
    session.keys(&["s"]);
    session.wait_for("saved");
    session.keys(&["q"]);
    session.wait_gone();
    let name = file.to_str().unwrap();
    Keten::new(["check", name])
        .run()
        .code(0)
        .stdout_has("0 errors");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(!saved.contains("<<<<<<<"), "{saved}");
    assert!(saved.contains("name: Analyseren"), "theirs taken: {saved}");
    assert!(
        saved.contains("name: Monitoren\n"),
        "the clean change kept: {saved}"
    );
}
