//! The fuzz targets' saved inputs, replayed without fuzzing: every file of
//! each committed corpus (`fuzz/corpus/TARGET`) and every input that once
//! failed (`fuzz/regressions/TARGET`) goes through the target's own check
//! in `keten::fuzzing`.

use std::path::Path;

use crate::support::root;

fn replay(target: &str, check: fn(&[u8])) {
    let mut count = 0;
    for folder in ["corpus", "regressions"] {
        let dir = root().join("fuzz").join(folder).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths {
            run(&path, check);
            count += 1;
        }
    }
    assert!(count > 0, "the {target} corpus has inputs");
}

fn run(path: &Path, check: fn(&[u8])) {
    let bytes = std::fs::read(path).unwrap();
    let result = std::panic::catch_unwind(|| check(&bytes));
    assert!(result.is_ok(), "{} fails its fuzz check", path.display());
}

#[test]
fn load_corpus() {
    replay("load", keten::fuzzing::load);
}

#[test]
fn round_trip_corpus() {
    replay("round_trip", keten::fuzzing::round_trip);
}

#[test]
fn render_corpus() {
    replay("render", keten::fuzzing::render);
}

#[test]
fn merge_corpus() {
    replay("merge", keten::fuzzing::merge);
}

#[test]
fn editor_corpus() {
    replay("editor", keten::fuzzing::editor);
}
