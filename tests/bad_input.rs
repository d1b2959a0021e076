//! Bad files never panic keten, never hang it, and never cost more than a
//! little memory: each ends in a clear message and exit 1 or 2.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use crate::support::{CLEAN, Dir, Ran};

/// `keten check` on a file with this content; the run must end by itself.
fn check_content(content: impl AsRef<[u8]>) -> Ran {
    let dir = Dir::new();
    dir.file("bad.yaml", content);
    check_path(&dir, "bad.yaml")
}

fn check_path(dir: &Dir, name: &str) -> Ran {
    let mut cmd = assert_cmd::Command::cargo_bin("keten").unwrap();
    // A guard against hangs, not a measure of speed: far beyond any real run.
    cmd.args(["check", name])
        .env("KETEN_LANG", "en")
        .current_dir(dir.path())
        .timeout(Duration::from_secs(60));
    let out = cmd.output().unwrap();
    let ran = Ran {
        code: out
            .status
            .code()
            .expect("keten exited by itself (no hang, no signal)"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    };
    assert!(
        ran.code == 1 || ran.code == 2,
        "exit {} for bad input\n{}{}",
        ran.code,
        ran.stdout,
        ran.stderr
    );
    assert!(!ran.stderr.contains("panicked"), "{}", ran.stderr);
    ran
}

#[test]
fn an_empty_file() {
    check_content("").stdout_has("bad.yaml:1:1: error[schema]: the file is empty");
    check_content("\n# nothing\n").stdout_has("the file is empty");
}

#[test]
fn a_binary_file() {
    let mut bytes = b"\x7fELF\x02\x01\x01\x00".to_vec();
    bytes.extend((0..4096u32).map(|i| (i * 7 % 256) as u8));
    check_content(bytes).stdout_has("error[syntax]: the file is not UTF-8 text");
    check_content("keten: 1\nname: a\x00b\n").stdout_has("error[syntax]");
}

#[test]
fn a_list_instead_of_a_map() {
    check_content("- keten: 1\n- name: x\n")
        .stdout_has("bad.yaml:1:1: error[schema]: the top level must be a map of keys (keten, name, partners, …), found a list");
    check_content("just some text\n").stdout_has("found text");
}

#[test]
fn a_50_mb_file() {
    let mut text = String::from("keten: 1\nname: groot\npartners: {}\ndescription: \"");
    text.push_str(&"x".repeat(50 * 1024 * 1024));
    text.push_str("\"\n");
    check_content(text)
        .code(2)
        .stderr_has("bad.yaml: is 50.0 MiB; keten reads model files of at most 10 MiB");
}

#[test]
fn many_small_values() {
    let text = format!("{CLEAN}description: [{}]\n", "a,".repeat(700_000));
    check_content(text)
        .code(1)
        .stdout_has("more than 600000 values");
}

#[test]
fn deep_nesting() {
    let text = format!(
        "keten: 1\nname: diep\npartners: {{}}\ndescription: {}\n",
        "[".repeat(100_000)
    );
    check_content(text)
        .code(1)
        .stdout_has("nest more than 64 levels");
    let text = format!(
        "keten: 1\nname: diep\ndescription:\n{}x\n",
        "- ".repeat(100_000)
    );
    check_content(text)
        .code(1)
        .stdout_has("nest more than 64 levels");
}

#[test]
fn an_alias_bomb_inside_a_valid_field() {
    let mut text = String::from(
        "keten: 1\nname: lol\npartners:\n  p:\n    name: P\n    interests: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    let mut prev = String::from("a");
    for level in 0..9 {
        let name = format!("l{level}");
        let refs = vec![format!("*{prev}"); 9].join(", ");
        text.push_str(&format!(
            "  q{level}:\n    name: Q\n    interests: &{name} [{refs}]\n"
        ));
        prev = name;
    }
    check_content(text)
        .code(1)
        .stdout_has("aliases here expand to more than 100000 values");
}

#[test]
fn a_file_that_does_not_exist() {
    let dir = Dir::new();
    check_path(&dir, "nergens.yaml")
        .code(2)
        .stderr_has("keten: nergens.yaml: cannot read: no such file");
}

#[test]
fn a_directory() {
    let dir = Dir::new();
    std::fs::create_dir(dir.path().join("map.yaml")).unwrap();
    check_path(&dir, "map.yaml")
        .code(2)
        .stderr_has("keten: map.yaml: is a directory, not a model file");
}

#[test]
fn a_file_without_read_permission() {
    use std::os::unix::process::CommandExt;
    let dir = Dir::new();
    let path = dir.file("geheim.yaml", CLEAN);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut std_cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("keten"));
    std_cmd.arg("check").arg(&path).env("KETEN_LANG", "en");
    // Root reads every file: run as an ordinary user then.
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        std_cmd.uid(65534).gid(65534);
    }
    let out = std_cmd.output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("geheim.yaml: cannot read: permission denied"),
        "{stderr}"
    );
}

#[test]
fn garbage_that_parses_as_yaml() {
    check_content("keten: [1\n")
        .code(1)
        .stdout_has("error[syntax]");
    check_content("{a: 1, a: 2}\n")
        .code(1)
        .stdout_has("error[duplicate-id]");
    check_content("keten: 1\n---\nname: x\n")
        .code(1)
        .stdout_has("a second YAML document");
    check_content("? [a, b]\n: c\n")
        .code(1)
        .stdout_has("a key in the top level must be text");
    check_content("keten: 1\nname: x\npartners: 5\nsteps: [a]\n")
        .code(1)
        .stdout_has("`partners` must be a map of id → partner, found a number")
        .stdout_has("`steps` must be a map of id → step, found a list");
}

#[test]
fn no_bad_file_costs_more_than_200_mb() {
    // Run the heaviest bad inputs, then read the largest resident size of
    // any child this test process has waited for.
    many_small_values();
    an_alias_bomb_inside_a_valid_field();
    a_50_mb_file();
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a rusage into the pointer it is given.
    let usage = unsafe {
        assert_eq!(
            libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()),
            0
        );
        usage.assume_init()
    };
    let max_kb = usage.ru_maxrss;
    assert!(max_kb < 200 * 1024, "a child used {max_kb} KB");
}
