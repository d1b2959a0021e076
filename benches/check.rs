//! Load + graph + check of generated models, beside a bare YAML parse of
//! the same text into `serde_yaml::Value`.
//!
//! The models come from `../shared/bench/genmodel.py` (2,000 and 20,000
//! steps, with rework loops); run with `cargo bench --bench check`. The
//! `steps` group checks 1,000 to 100,000 steps and prints how much longer
//! each tenfold model takes (10 for linear time, 100 for quadratic).

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
    // Large chains: load + check from 1,000 to 100,000 steps, near linear.
    let mut group = c.benchmark_group("steps");
    group.sample_size(10);
    let mut medians = Vec::new();
    for steps in [1_000, 10_000, 100_000] {
        let Some(text) = generated(steps, LOOPS) else {
            return;
        };
        group.bench_with_input(BenchmarkId::new("load + check", steps), &text, |b, t| {
            b.iter(|| keten::format::check_str(t).findings.list.len())
        });
        medians.push((steps, median(&text)));
    }
    group.finish();
    for pair in medians.windows(2) {
        let ((small, a), (large, b)) = (pair[0], pair[1]);
        eprintln!(
            "steps/load + check: {small} -> {large} steps takes {:.1} times as long (linear: {})",
            b / a,
            large / small
        );
    }
}

/// The median time of a few load + checks of `text`, in seconds, for the
/// growth factor.
fn median(text: &str) -> f64 {
    let mut times: Vec<f64> = (0..5)
        .map(|_| {
            let start = std::time::Instant::now();
            std::hint::black_box(keten::format::check_str(text).findings.list.len());
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

criterion_group!(benches, bench);
criterion_main!(benches);
