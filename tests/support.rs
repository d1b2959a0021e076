//! A small harness so a test reads like a sentence:
//! `Keten::new(["check", "x.yaml"]).run().code(1).stdout_has("error[schema]")`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The project's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The models shipped in `models/`, sorted by name.
pub fn models() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root().join("models"))
        .expect("models/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    out.sort();
    out
}

/// A run of the real binary.
pub struct Keten {
    cmd: Command,
}

/// What a run printed and how it exited.
pub struct Ran {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Keten {
    pub fn new<I, S>(args: I) -> Keten
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut cmd = Command::cargo_bin("keten").expect("the keten binary is built");
        cmd.args(args);
        cmd.env_remove("NO_COLOR");
        // Tests that read English expect English, whatever the machine's locale.
        cmd.env("KETEN_LANG", "en");
        Keten { cmd }
    }

    /// In Dutch, as `--lang nl` would (through `KETEN_LANG`, so that the
    /// arguments stay the test's own).
    pub fn dutch(self) -> Keten {
        self.env("KETEN_LANG", "nl")
    }

    pub fn env(mut self, name: &str, value: &str) -> Keten {
        self.cmd.env(name, value);
        self
    }

    /// Without any of the variables that choose the language.
    pub fn no_lang_env(mut self) -> Keten {
        for name in ["KETEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            self.cmd.env_remove(name);
        }
        self
    }

    pub fn dir(mut self, dir: &Path) -> Keten {
        self.cmd.current_dir(dir);
        self
    }

    pub fn stdin(mut self, text: impl Into<Vec<u8>>) -> Keten {
        self.cmd.write_stdin(text.into());
        self
    }

    pub fn run(mut self) -> Ran {
        let out = self.cmd.output().expect("keten runs");
        Ran {
            code: out.status.code().expect("keten exits, not killed"),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }
}

impl Ran {
    #[track_caller]
    pub fn code(self, code: i32) -> Ran {
        assert_eq!(
            self.code, code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(self, text: &str) -> Ran {
        assert!(
            self.stdout.contains(text),
            "stdout lacks {text:?}:\n{}",
            self.stdout
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(self, text: &str) -> Ran {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_is(self, text: &str) -> Ran {
        assert_eq!(self.stdout, text);
        self
    }
}

/// A temporary folder with files in it.
pub struct Dir {
    pub dir: tempfile::TempDir,
}

impl Dir {
    pub fn new() -> Dir {
        Dir {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, content).expect("write test file");
        path
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name)).expect("read test file")
    }
}

/// A small valid model with no warnings, to start test files from.
pub const CLEAN: &str = "\
keten: 1
name: Proef
client_question: Wat vraagt de cliënt?
director: gemeente
partners:
  gemeente:
    name: Gemeente
    contribution: Regie.
  wijkteam:
    name: Wijkteam
    contribution: Hulp.
steps:
  melding:
    name: Melding
    partner: gemeente
    next:
      - { to: hulp, label: dossier }
  hulp:
    name: Hulp
    partner: wijkteam
";
