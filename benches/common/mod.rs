//! What the benches share: models made by `../shared/bench/genmodel.py`.

use std::path::Path;
use std::process::Command;

/// A generated model of `steps` steps (with rework loops if asked), or
/// `None` where python3 or the script is missing.
pub fn generated(steps: usize, loops: bool) -> Option<String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/genmodel.py");
    let mut cmd = Command::new("python3");
    cmd.arg(&script).arg(steps.to_string());
    if loops {
        cmd.arg("--loops");
    }
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8(out.stdout).ok())?
}

/// The top of a small model with two partners, ready for `steps:` entries.
pub const HEAD: &str = "keten: 1\nname: Bank\nclient_question: Q?\ndirector: a\npartners:\n  a: { name: A, contribution: c }\n  b: { name: B, contribution: c }\nsteps:\n";

/// One step with `flows` flows out to as many steps of the next column.
#[allow(dead_code)]
pub fn fan_out(flows: usize) -> String {
    let targets: Vec<String> = (0..flows).map(|i| format!("t{i}")).collect();
    let mut text = format!(
        "{HEAD}  s: {{ name: S, partner: a, next: [{}] }}\n",
        targets.join(", ")
    );
    for t in &targets {
        text.push_str(&format!("  {t}: {{ name: Stap {t}, partner: b }}\n"));
    }
    text
}

/// `steps` steps, each with a flow to a step that does not exist.
#[allow(dead_code)]
pub fn dangling(steps: usize) -> String {
    let mut text = String::from(HEAD);
    for i in 0..steps {
        text.push_str(&format!(
            "  t{i}: {{ name: T{i}, partner: a, next: [x{i}] }}\n"
        ));
    }
    text
}
