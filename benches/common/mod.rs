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
