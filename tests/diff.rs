//! `keten diff`: a change summary in the model's terms, as JSON, and as a
//! git diff driver in a real repository.

use std::process::Command;

use crate::support::{Dir, Keten, root};

/// The youth-care model with a change of every kind.
fn changed(old: &str) -> String {
    old.replace(
        "name: Veilig Thuis Regio Beekdal",
        "name: Veilig Thuis Beekdal",
    )
    .replace(
        "      - { period: 2026-Q1, value: 19 }",
        "      - { period: 2026-Q1, value: 18 }\n      - { period: 2026-Q2, value: 17 }",
    )
    .replace("    target: 20\n", "    target: 15\n")
    .replace(
        "  raadsonderzoek:\n    name: Raadsonderzoek uitvoeren\n    partner: raad\n",
        "  raadsonderzoek:\n    name: Raadsonderzoek uitvoeren\n    partner: veilig-thuis\n",
    )
    .replace(
        "{ to: keukentafelgesprek, label: aanmelding met toestemming ouders }",
        "{ to: keukentafelgesprek, label: aanmelding }",
    )
}

#[test]
fn a_summary_for_the_steering_committee() {
    let dir = Dir::new();
    let old = std::fs::read_to_string(root().join("models/jeugdhulp-gezin.yaml")).unwrap();
    let new = changed(&old);
    assert_ne!(old, new);
    dir.file("old.yaml", &old);
    dir.file("new.yaml", &new);
    let ran = Keten::new(["diff", "old.yaml", "new.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    insta::assert_snapshot!(ran.stdout);
    assert!(ran.stdout.contains("moves from"), "{}", ran.stdout);
    let json = Keten::new(["diff", "--format", "json", "old.yaml", "new.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    let changes: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let kinds: Vec<&str> = changes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["change"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"moved") && kinds.contains(&"changed"),
        "{kinds:?}"
    );
    Keten::new(["diff", "old.yaml", "old.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout_is("No changes to the model.\n");
}

#[test]
fn added_and_removed_entities_and_flows() {
    let dir = Dir::new();
    dir.file("a.yaml", crate::support::CLEAN);
    let b = crate::support::CLEAN
        .replace(
            "partners:\n",
            "partners:\n  politie:\n    name: Politie\n    contribution: Veiligheid.\n",
        )
        .replace("      - { to: hulp, label: dossier }\n", "")
        .replace(
            "    partner: wijkteam\n",
            "    partner: wijkteam\n    next: [melding]\n",
        );
    dir.file("b.yaml", b);
    let out = Keten::new(["diff", "a.yaml", "b.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout;
    insta::assert_snapshot!(out, @r"
    Partners
      + added Politie (politie)
    Steps
      - flow Melding (melding) → Hulp
      + flow Hulp (hulp) → Melding

    1 added, 0 removed, 2 changed.
    ");
}

fn git(dir: &std::path::Path, args: &[&str]) -> String {
    let bin = assert_cmd::cargo::cargo_bin("keten");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("PATH", path)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("KETEN_LANG", "en")
        .output()
        .expect("git runs (install it: apt-get install git, or run scripts/test)");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn as_a_git_diff_driver_in_a_real_repository() {
    let dir = Dir::new();
    let repo = dir.path();
    git(repo, &["init", "-q"]);
    git(repo, &["config", "user.name", "Ketenregisseur"]);
    git(repo, &["config", "user.email", "regie@example.org"]);
    // The two lines docs/git.md asks for.
    dir.file(".gitattributes", "*.yaml diff=keten\n");
    git(repo, &["config", "diff.keten.command", "keten diff"]);
    let old = std::fs::read_to_string(root().join("models/jeugdhulp-gezin.yaml")).unwrap();
    dir.file("jeugd.yaml", &old);
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "Eerste versie"]);
    dir.file("jeugd.yaml", changed(&old));
    let diff = git(repo, &["diff"]);
    assert!(diff.starts_with("keten diff jeugd.yaml\n"), "{diff}");
    assert!(
        diff.contains("Raadsonderzoek uitvoeren (raadsonderzoek) moves from"),
        "{diff}"
    );
    git(repo, &["commit", "-q", "-am", "Na de werksessie"]);
    let log = git(repo, &["log", "-p", "--ext-diff", "-1"]);
    assert!(
        log.contains("Na de werksessie") && log.contains("keten diff jeugd.yaml"),
        "{log}"
    );
    // A new file: git passes /dev/null for the old side.
    dir.file("nieuw.yaml", crate::support::CLEAN);
    git(repo, &["add", "nieuw.yaml"]);
    let added = git(repo, &["diff", "--cached"]);
    assert!(added.contains("+ added Gemeente (gemeente)"), "{added}");
}

#[test]
fn order_notes_and_reordered_flows_are_shown() {
    let dir = Dir::new();
    let base = crate::support::CLEAN.replace(
        "steps:",
        "kpis:\n  k:\n    name: K\n    owner: gemeente\n    target: 5\n    measurements:\n      - { period: 2026-Q1, value: 9, note: eerste }\nsteps:",
    );
    dir.file("a.yaml", &base);
    // Lanes swapped, a measurement note corrected.
    let swapped = base
        .replace(
            "  gemeente:\n    name: Gemeente\n    contribution: Regie.\n  wijkteam:\n    name: Wijkteam\n    contribution: Hulp.\n",
            "  wijkteam:\n    name: Wijkteam\n    contribution: Hulp.\n  gemeente:\n    name: Gemeente\n    contribution: Regie.\n",
        )
        .replace("note: eerste", "note: gecorrigeerd");
    assert_ne!(swapped, base);
    dir.file("b.yaml", swapped);
    let out = Keten::new(["diff", "a.yaml", "b.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout;
    assert!(out.contains("~ order:"), "{out}");
    assert!(out.contains("gecorrigeerd"), "{out}");
    Keten::new(["diff", "-", "-"])
        .stdin(base)
        .run()
        .code(2)
        .stderr_has("one side only");
    let help = Keten::new(["diff", "--help"]).run().code(0).stdout;
    assert!(
        help.contains("{section, id, change, field, old, new}"),
        "{help}"
    );
}

/// git passes a tracked file's name as the driver's first argument, and a
/// worktree file under that name: names that look like flags are file
/// names there, not options.
#[test]
fn as_a_git_diff_driver_for_files_named_like_flags() {
    let dir = Dir::new();
    let repo = dir.path();
    git(repo, &["init", "-q"]);
    git(repo, &["config", "user.name", "Ketenregisseur"]);
    git(repo, &["config", "user.email", "regie@example.org"]);
    dir.file(".gitattributes", "* diff=keten\n");
    git(repo, &["config", "diff.keten.command", "keten diff"]);
    let names = ["--format=json", "-h", "--help", "-", "--"];
    for name in names {
        dir.file(name, crate::support::CLEAN);
    }
    git(repo, &["add", "--", "."]);
    git(repo, &["commit", "-q", "-m", "Eerste versie"]);
    let renamed = crate::support::CLEAN.replace("name: Hulp\n", "name: Hulp thuis\n");
    for name in names {
        dir.file(name, &renamed);
    }
    let diff = git(repo, &["diff"]);
    for name in names {
        assert!(
            diff.contains(&format!("keten diff {name}\n")),
            "{name}:\n{diff}"
        );
    }
    assert_eq!(
        diff.matches("name: \"Hulp\" → \"Hulp thuis\"").count(),
        names.len(),
        "{diff}"
    );
    assert!(!diff.contains("Usage"), "{diff}");
}

#[test]
fn agreements_interests_and_the_pulse_in_the_summary() {
    let dir = Dir::new();
    let old = crate::support::CLEAN.replace(
        "steps:\n",
        "agreements:\n  convenant: { name: Convenant, partners: [gemeente] }\nsteps:\n",
    ) + "pulse:\n  - { period: 2026-Q1, partner: gemeente, trust: 4 }\n  - { period: 2026-Q1, partner: wijkteam, trust: 3 }\n";
    let new = old
        .replace("partners: [gemeente] }", "partners: [gemeente, wijkteam] }")
        .replace(
            "    contribution: Hulp.\n",
            "    contribution: Hulp.\n    interests:\n      - { name: Tijd, safeguarded_by: [convenant] }\n",
        )
        .replace("wijkteam, trust: 3 }", "wijkteam, trust: 2 }")
        + "  - { period: 2026-Q2, partner: wijkteam, trust: 4, note: Na het overleg }\n";
    dir.file("old.yaml", &old);
    dir.file("new.yaml", &new);
    let ran = Keten::new(["diff", "old.yaml", "new.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    assert_eq!(
        ran.stdout,
        "\
Partners
  + Wijkteam (wijkteam): interest \"Tijd\" (safeguarded_by: [\"convenant\"])
Agreements
  ~ Convenant (convenant): partners: [\"gemeente\"] → [\"gemeente\",\"wijkteam\"]
Pulse
  ~ Wijkteam (wijkteam) in 2026-Q1: trust: 3 → 2
  + added Wijkteam (wijkteam) in 2026-Q2

1 added, 0 removed, 3 changed.
"
    );
    let json = Keten::new(["diff", "--format", "json", "old.yaml", "new.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout;
    let changes: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(changes[3]["section"], "pulse");
    assert_eq!(changes[3]["id"], "wijkteam 2026-Q2");
    assert_eq!(changes[3]["new"]["note"], "Na het overleg");
}

#[test]
fn an_interest_s_changes_are_named_field_by_field() {
    let dir = Dir::new();
    let old = crate::support::CLEAN
        .replace(
            "steps:\n",
            "agreements:\n  convenant: { name: Convenant }\n  overleg: { name: Overleg }\nsteps:\n",
        )
        .replace(
            "    contribution: Hulp.\n",
            "    contribution: Hulp.\n    interests:\n      - { name: Tijd, safeguarded_by: [convenant], notes: Voor contact }\n      - Rust\n      - Geld\n",
        );
    let new = old
        .replace(
            "{ name: Tijd, safeguarded_by: [convenant], notes: Voor contact }",
            "{ name: Tijd, safeguarded_by: [convenant, overleg] }",
        )
        .replace(
            "      - Rust\n",
            "      - { name: Rust, safeguarded_by: [overleg] }\n",
        )
        .replace("      - Geld\n", "      - Ruimte\n");
    dir.file("old.yaml", &old);
    dir.file("new.yaml", &new);
    Keten::new(["diff", "old.yaml", "new.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout_is(
            "\
Partners
  ~ Wijkteam (wijkteam): interest \"Tijd\": safeguarded_by: [\"convenant\"] → [\"convenant\",\"overleg\"]
  ~ Wijkteam (wijkteam): interest \"Tijd\": notes: \"Voor contact\" → —
  ~ Wijkteam (wijkteam): interest \"Rust\": safeguarded_by: — → [\"overleg\"]
  + Wijkteam (wijkteam): interest \"Ruimte\"
  - Wijkteam (wijkteam): interest \"Geld\"

0 added, 0 removed, 1 changed.
",
        );
}
