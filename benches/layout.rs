//! Layout alone (placing, routing, counting crossings) and layout + text
//! drawing, on chains from `../shared/bench/genmodel.py` of 20 to 5,000
//! steps; run with `cargo bench --bench layout`.

mod common;

use common::generated;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use keten::layout::{Options, layout};
use keten::render::text::{TextOptions, draw};

/// The same chains as `compare-render.sh` draws: no rework loops.
const LOOPS: bool = false;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout");
    group.sample_size(20);
    for steps in [20, 100, 500, 5_000] {
        let Some(text) = generated(steps, LOOPS) else {
            eprintln!("genmodel.py could not run: no python3 or no ../shared/bench");
            return;
        };
        let model = keten::format::read_str(&text)
            .model
            .expect("genmodel writes valid models");
        group.bench_with_input(BenchmarkId::new("layout", steps), &model, |b, m| {
            b.iter(|| layout(m, &Options::default()).crossings)
        });
        let picture = layout(&model, &Options::default());
        let options = TextOptions {
            width: 100_000,
            ascii: false,
            color: false,
            kpis: false,
        };
        group.bench_with_input(BenchmarkId::new("draw", steps), &picture, |b, p| {
            b.iter(|| {
                let mut sink = std::io::sink();
                draw(&model, p, &options, &mut sink).unwrap_or(0)
            })
        });
    }
    group.finish();
    // One step with many flows: routing stays near linear in the flows.
    let mut group = c.benchmark_group("fan-out");
    group.sample_size(10);
    for flows in [100, 1_000, 10_000] {
        let model = keten::format::read_str(&common::fan_out(flows))
            .model
            .expect("a valid model");
        group.bench_with_input(BenchmarkId::new("layout", flows), &model, |b, m| {
            b.iter(|| layout(m, &Options::default()).crossings)
        });
    }
    group.finish();
    // Large chains: layout from 1,000 to 100,000 steps.
    let mut group = c.benchmark_group("steps");
    group.sample_size(10);
    for steps in [1_000, 10_000, 100_000] {
        let Some(text) = generated(steps, true) else {
            return;
        };
        let model = keten::format::read_str(&text).model.expect("a valid model");
        group.bench_with_input(BenchmarkId::new("layout", steps), &model, |b, m| {
            b.iter(|| layout(m, &Options::default()).crossings)
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
