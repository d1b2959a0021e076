//! The command line through the real binary.

use crate::support::{CLEAN, Dir, Keten, models, root};

#[test]
fn check_the_shipped_models() {
    for model in models() {
        let name = model.file_name().unwrap().to_string_lossy().to_string();
        let ran = Keten::new(["check", &format!("models/{name}")])
            .dir(&root())
            .run()
            .code(0);
        insta::assert_snapshot!(format!("check-{name}"), ran.stdout);
    }
}

#[test]
fn check_reports_each_finding_on_a_line_and_a_summary() {
    let dir = Dir::new();
    let text = CLEAN
        .replace("partner: wijkteam", "partner: wijkteem")
        .replace("director: gemeente\n", "")
        .replace("steps:", "stpes: {}\nsteps:");
    dir.file("broken.yaml", text);
    let ran = Keten::new(["check", "broken.yaml"])
        .dir(dir.path())
        .run()
        .code(1);
    insta::assert_snapshot!(ran.stdout, @r"
    broken.yaml:1:1: warning[no-director]: the model has no `director`: name the partner that directs and monitors the chain
    broken.yaml:8:3: warning[idle-partner]: partner `wijkteam` (Wijkteam) has no step, role, goal or KPI
    broken.yaml:11:1: error[schema]: unknown key `stpes`; did you mean `steps`?
    broken.yaml:20:14: error[dangling-ref]: no partner `wijkteem` (in step `hulp`); did you mean `wijkteam`?
    2 errors, 2 warnings
    ");
}

#[test]
fn check_json() {
    let dir = Dir::new();
    dir.file("a.yaml", CLEAN.replace("director: gemeente\n", ""));
    let ran = Keten::new(["check", "--format", "json", "a.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    let rows: serde_json::Value = serde_json::from_str(&ran.stdout).unwrap();
    assert_eq!(
        rows,
        serde_json::json!([{
            "file": "a.yaml",
            "line": 1,
            "column": 1,
            "severity": "warning",
            "code": "no-director",
            "message": "the model has no `director`: name the partner that directs and monitors the chain"
        }])
    );
    dir.file("b.yaml", "keten: 1\n");
    let ran = Keten::new(["check", "--format", "json", "a.yaml", "b.yaml"])
        .dir(dir.path())
        .run()
        .code(1);
    let rows: serde_json::Value = serde_json::from_str(&ran.stdout).unwrap();
    // b.yaml lacks a name and partners (errors), a client question and a director.
    assert_eq!(rows.as_array().unwrap().len(), 5);
    assert_eq!(rows[1]["file"], "b.yaml");
    assert_eq!(rows[1]["severity"], "error");
}

#[test]
fn deny_warnings_fails_on_warnings() {
    let dir = Dir::new();
    dir.file("a.yaml", CLEAN.replace("director: gemeente\n", ""));
    Keten::new(["check", "a.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    Keten::new(["check", "--deny-warnings", "a.yaml"])
        .dir(dir.path())
        .run()
        .code(1)
        .stdout_has("0 errors, 1 warning");
    dir.file("clean.yaml", CLEAN);
    Keten::new(["check", "--deny-warnings", "clean.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout_is("0 errors, 0 warnings\n");
}

#[test]
fn check_reads_stdin() {
    Keten::new(["check", "-"])
        .stdin(CLEAN.replace("steps:", "stpes:"))
        .run()
        .code(1)
        .stdout_has("<stdin>:12:1: error[schema]");
}

#[test]
fn bad_arguments_exit_2() {
    Keten::new(["check"]).run().code(2).stderr_has("FILE");
    Keten::new(["check", "--format", "xml", "a.yaml"])
        .run()
        .code(2)
        .stderr_has("xml");
    Keten::new(["frobnicate"]).run().code(2);
    Keten::new(["--help"]).run().code(0).stdout_has("check");
}

#[test]
fn an_unreadable_file_exits_2_and_the_others_are_still_checked() {
    let dir = Dir::new();
    dir.file("good.yaml", CLEAN.replace("steps:", "stpes:"));
    Keten::new(["check", "missing.yaml", "good.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("missing.yaml: cannot read: no such file")
        .stdout_has("good.yaml:12:1: error[schema]");
}

#[test]
fn model_text_never_reaches_the_terminal_as_control_sequences() {
    let dir = Dir::new();
    let text = CLEAN.replace("partner: wijkteam", "partner: \"x\\e[2J\\u0007\"");
    dir.file("evil.yaml", text);
    let ran = Keten::new(["check", "evil.yaml"])
        .dir(dir.path())
        .run()
        .code(1);
    assert!(!ran.stdout.contains('\u{1b}'), "{:?}", ran.stdout);
    assert!(!ran.stdout.contains('\u{7}'));
    assert!(
        ran.stdout.contains("x\u{241b}[2J\u{2407}"),
        "{}",
        ran.stdout
    );
}

#[test]
fn fmt_rewrites_in_canonical_form_and_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Dir::new();
    let messy = "keten: 1\nsteps: {a: {partner: p, name: A, next: [b]}, b: {name: B, partner: p}}\npartners: {p: {name: P, contribution: X}}\nname: Messy\n";
    let path = dir.file("m.yaml", messy);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    Keten::new(["fmt", "--check", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(1)
        .stdout_is("m.yaml\n");
    assert_eq!(dir.read("m.yaml"), messy, "--check changes nothing");
    Keten::new(["fmt", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stderr_has("formatted m.yaml");
    insta::assert_snapshot!(dir.read("m.yaml"), @r"
    keten: 1
    name: Messy
    partners:
      p:
        name: P
        contribution: X
    steps:
      a:
        name: A
        partner: p
        next: [b]
      b:
        name: B
        partner: p
    ");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    Keten::new(["fmt", "--check", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout_is("");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
}

#[test]
fn fmt_follows_a_symlink_and_keeps_it() {
    let dir = Dir::new();
    let target = dir.file("real.yaml", CLEAN.replace("keten: 1\n", "keten: 1\n\n"));
    std::os::unix::fs::symlink(&target, dir.path().join("link.yaml")).unwrap();
    Keten::new(["fmt", "link.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    assert!(
        std::fs::symlink_metadata(dir.path().join("link.yaml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        dir.read("real.yaml"),
        keten::format::write(&keten::format::read_str(CLEAN).model.unwrap())
    );
}

#[test]
fn fmt_stdin_to_stdout() {
    let ran = Keten::new(["fmt", "-"]).stdin(CLEAN).run().code(0);
    let again = Keten::new(["fmt", "-"])
        .stdin(ran.stdout.clone())
        .run()
        .code(0);
    assert_eq!(ran.stdout, again.stdout);
    Keten::new(["fmt", "--check", "-"])
        .stdin(ran.stdout)
        .run()
        .code(0)
        .stdout_is("");
    Keten::new(["fmt", "--check", "-"])
        .stdin(format!("{CLEAN}\n\n"))
        .run()
        .code(1)
        .stdout_is("<stdin>\n");
}

#[test]
fn fmt_keeps_comments_in_their_places_unless_told_to_drop_them() {
    let dir = Dir::new();
    let text = format!(
        "# Model van de keten\n{}",
        CLEAN.replace("name: Proef", "name: Proef # voorlopig")
    );
    dir.file("c.yaml", &text);
    Keten::new(["fmt", "--check", "c.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    Keten::new(["fmt", "c.yaml"]).dir(dir.path()).run().code(0);
    assert_eq!(
        dir.read("c.yaml"),
        text,
        "already canonical, comments and all"
    );
    Keten::new(["fmt", "--drop-comments", "c.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    assert!(!dir.read("c.yaml").contains('#'));
}

#[test]
fn fmt_refuses_a_file_with_errors() {
    let dir = Dir::new();
    let text = CLEAN.replace("steps:", "stpes:");
    dir.file("e.yaml", &text);
    Keten::new(["fmt", "e.yaml"])
        .dir(dir.path())
        .run()
        .code(1)
        .stderr_has("e.yaml:12:1: error[schema]")
        .stderr_has("not formatted");
    assert_eq!(dir.read("e.yaml"), text);
}

#[test]
fn new_writes_a_starter_that_passes_check() {
    let dir = Dir::new();
    Keten::new(["new", "zorg-om-het-gezin.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stderr_has("wrote zorg-om-het-gezin.yaml");
    let text = dir.read("zorg-om-het-gezin.yaml");
    // The editor line at the top points at the schema written beside it.
    assert!(
        text.starts_with("# yaml-language-server: $schema=keten.schema.json\n"),
        "{text}"
    );
    let schema: serde_json::Value = serde_json::from_str(&dir.read("keten.schema.json")).unwrap();
    assert_eq!(schema["title"], "keten model");
    assert!(text.contains("name: Zorg om het gezin\n"), "{text}");
    insta::assert_snapshot!(text);
    Keten::new(["check", "--deny-warnings", "zorg-om-het-gezin.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    Keten::new(["fmt", "--check", "zorg-om-het-gezin.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    Keten::new(["new", "--name", "Veilig thuis: Zuid", "b.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    assert!(dir.read("b.yaml").contains("name: 'Veilig thuis: Zuid'\n"));
}

#[test]
fn new_never_overwrites() {
    let dir = Dir::new();
    dir.file("bestaat.yaml", "mijn werk\n");
    Keten::new(["new", "bestaat.yaml"])
        .dir(dir.path())
        .run()
        .code(1)
        .stderr_has("already exists");
    assert_eq!(dir.read("bestaat.yaml"), "mijn werk\n");
}

#[test]
fn edit_needs_a_terminal_and_a_file() {
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    Keten::new(["edit", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("keten edit needs a terminal; to print the chain use `keten render`");
    Keten::new(["edit", "-"])
        .stdin(CLEAN)
        .run()
        .code(2)
        .stderr_has("standard input cannot be edited");
    Keten::new(["m.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("needs a terminal");
}
