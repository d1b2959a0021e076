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
        Session::start_sized(command, 140, 40)
    }

    /// A session on a terminal of `width` columns and `height` rows.
    fn start_sized(command: &str, width: u16, height: u16) -> Session {
        let (width, height) = (width.to_string(), height.to_string());
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
                width.as_str(),
                "-y",
                height.as_str(),
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
        // The editor's tests read English, whatever the machine's locale.
        cmd.env("KETEN_LANG", "en");
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
    // Past the proposed id and the kind, to the contribution.
    session.keys(&["Tab", "Tab"]);
    session.literal("Beweegt mee");
    session.keys(&["Enter"]);
    session.wait_for("added");
    // A step in the focused step's lane, after it (its flow left without
    // a label), then connected to the last step.
    session.keys(&["1", "a"]);
    session.wait_for("New step");
    session.literal("Sporten in de wijk");
    session.keys(&["Enter"]);
    session.wait_for("Label of the flow");
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
        saved.contains("  sporten-wijk:\n    name: Sporten in de wijk\n"),
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

/// Adds a partner through its form (name, contribution), in the partners
/// screen.
fn add_partner(session: &Session, name: &str) {
    session.keys(&["2", "a"]);
    session.wait_for("New partner");
    session.literal(name);
    session.keys(&["Tab", "Tab", "Tab"]);
    session.literal("Doet mee");
    session.keys(&["Enter"]);
    session.wait_for(name);
}

/// What a screen must not show: a question or a conflict.
fn asked_nothing(screen: &str) {
    for question in ["changed on disk", "Quit without saving", "conflict", "(y/n"] {
        assert!(!screen.contains(question), "{question:?} asked:\n{screen}");
    }
}

#[test]
fn two_editors_and_a_follower_on_one_file() {
    let dir = Dir::new();
    let text = std::fs::read_to_string(root().join("models/veilige-wijk.yaml")).unwrap();
    let file = dir.file("workshop.yaml", &text);
    let keten = assert_cmd::cargo::cargo_bin("keten");
    let edit = |who: &str| {
        format!(
            "{} edit --autosave --as {who} {}",
            keten.display(),
            file.display()
        )
    };
    let anna = Session::start(&edit("Anna"));
    let bert = Session::start(&edit("Bert"));
    let follower = Session::start(&format!(
        "{} edit --follow {}",
        keten.display(),
        file.display()
    ));
    for session in [&anna, &bert] {
        session.wait_for("[autosave]");
    }
    follower.wait_for("[following]");
    for k in 1..=10 {
        for (session, who) in [(&anna, "Anna"), (&bert, "Bert")] {
            let name = format!("Partner {who} {k}");
            add_partner(session, &name);
            // The follower shows it, with who saved it, on a bounded wait
            // (a guard against a hang, no measure of speed).
            let shown = follower.wait_for(&name);
            assert!(!shown.contains("Problems 1E"), "{shown}");
        }
    }
    follower.wait_for(&format!("{}: Partners: + added Partner Bert 10", "Bert"));
    for session in [&anna, &bert] {
        session.wait_for("Partner Anna 10");
        session.wait_for("Partner Bert 10");
        asked_nothing(&session.screen());
        session.keys(&["q"]);
        session.wait_gone();
    }
    follower.keys(&["q"]);
    follower.wait_gone();
    let name = file.to_str().unwrap();
    Keten::new(["check", name])
        .run()
        .code(0)
        .stdout_has("0 errors");
    let saved = std::fs::read_to_string(&file).unwrap();
    for k in 1..=10 {
        for who in ["anna", "bert"] {
            assert!(
                saved.contains(&format!("  partner-{who}-{k}:\n")),
                "partner-{who}-{k} missing:\n{saved}"
            );
        }
    }
}

#[test]
fn both_editors_change_one_field_and_the_chosen_value_is_saved() {
    let dir = Dir::new();
    let text = std::fs::read_to_string(root().join("models/veilige-wijk.yaml")).unwrap();
    let file = dir.file("workshop.yaml", &text);
    let keten = assert_cmd::cargo::cargo_bin("keten");
    let anna = Session::start(&format!(
        "{} edit --autosave --as Anna {}",
        keten.display(),
        file.display()
    ));
    let bert = Session::start(&format!(
        "{} edit --as Bert {}",
        keten.display(),
        file.display()
    ));
    anna.wait_for("[autosave]");
    bert.wait_for("Persoonsgerichte");
    // Bert renames the first partner and does not save yet.
    bert.keys(&["2", "e"]);
    bert.wait_for("Edit partner");
    bert.keys(&["C-u"]);
    bert.literal("Politie van Bert");
    bert.keys(&["Enter"]);
    bert.wait_for("Politie van Bert");
    // Anna renames it too, and autosave saves it: Bert's editor sees the
    // conflict, with both values, and nothing is written for him yet.
    anna.keys(&["2", "e"]);
    anna.wait_for("Edit partner");
    anna.keys(&["C-u"]);
    anna.literal("Politie van Anna");
    anna.keys(&["Enter"]);
    anna.wait_for("saved");
    let shown = bert.wait_for("conflict of a merge");
    assert!(
        shown.contains("Politie van Anna") && shown.contains("Politie van Bert"),
        "{shown}"
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("name: Politie van Anna")
    );
    // Bert keeps his and saves; Anna's editor takes it in.
    bert.keys(&["o"]);
    bert.wait_for("settled");
    bert.keys(&["s"]);
    bert.wait_for("saved");
    anna.wait_for("Bert: Partners: ~");
    anna.wait_for("Politie van Bert");
    for session in [&anna, &bert] {
        session.keys(&["q"]);
        session.wait_gone();
    }
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("name: Politie van Bert"), "{saved}");
    assert!(!saved.contains("Politie van Anna"), "{saved}");
    Keten::new(["check", file.to_str().unwrap()]).run().code(0);
}

#[test]
fn presentation_at_160_by_45_shows_every_step_and_phase() {
    let dir = Dir::new();
    let text = std::fs::read_to_string(root().join("models/veilige-wijk.yaml")).unwrap();
    let file = dir.file("wijk.yaml", &text);
    let model = keten::format::read_str(&text).model.unwrap();
    let keten = assert_cmd::cargo::cargo_bin("keten");
    let session = Session::start_sized(
        &format!("{} edit {}", keten.display(), file.display()),
        160,
        45,
    );
    session.wait_for("1 Chain");
    session.keys(&["P"]);
    let question: String = model.client_question.chars().take(24).collect();
    let screen = session.wait_for(&question);
    let missing: Vec<&str> = model
        .steps
        .iter()
        .map(|s| s.name.split_whitespace().next().unwrap_or_default())
        .chain(model.phases.values().map(|p| p.name.as_str()))
        .filter(|name| !screen.contains(name))
        .collect();
    assert!(missing.is_empty(), "not on screen: {missing:?}\n{screen}");
    session.keys(&["Escape", "q"]);
    session.wait_gone();
}
