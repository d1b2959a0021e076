//! Load + graph + check of generated models, beside a bare YAML parse of
//! the same text into `serde_yaml::Value`.
//!
//! The models come from `../shared/bench/genmodel.py` (2,000 and 20,000
//! steps, with rework loops); run with `cargo bench --bench check`.

mod common;

use common::generated;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// Models with rework loops, so loops are part of what is checked.
const LOOPS: bool = true;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    group.sample_size(20);
    for steps in [2_000, 20_000] {
        let Some(text) = generated(steps, LOOPS) else {
            eprintln!("genmodel.py could not run: no python3 or no ../shared/bench");
            return;
        };
        group.bench_with_input(
            BenchmarkId::new("bare serde_yaml parse", steps),
            &text,
            |b, t| b.iter(|| serde_yaml::from_str::<serde_yaml::Value>(t).unwrap()),
        );
        group.bench_with_input(BenchmarkId::new("yaml tree", steps), &text, |b, t| {
            b.iter(|| keten::format::yaml::parse(t, false).unwrap().root.is_some())
        });
        group.bench_with_input(BenchmarkId::new("load", steps), &text, |b, t| {
            b.iter(|| keten::format::read_str(t).model.is_some())
        });
        group.bench_with_input(
            BenchmarkId::new("load + graph + check", steps),
            &text,
            |b, t| b.iter(|| keten::format::check_str(t).findings.list.len()),
        );
        let model = keten::format::read_str(&text).model.unwrap();
        group.bench_with_input(BenchmarkId::new("check only", steps), &model, |b, m| {
            b.iter(|| keten::validate::validate(m).list.len())
        });
        group.bench_with_input(BenchmarkId::new("write", steps), &model, |b, m| {
            b.iter(|| keten::format::write(m).len())
        });
    }
    group.finish();
    // Misspelt references: a hint per wrong id, within a budget.
    let mut group = c.benchmark_group("dangling");
    group.sample_size(10);
    for steps in [2_000, 20_000] {
        let text = common::dangling(steps);
        group.bench_with_input(BenchmarkId::new("load + check", steps), &text, |b, t| {
            b.iter(|| keten::format::check_str(t).findings.list.len())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
