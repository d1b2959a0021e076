//! Layout alone (placing, routing, counting crossings) and layout + text
//! drawing, on chains from `../shared/bench/genmodel.py` of 20 to 5,000
//! steps, at one page and cut to a page width, and large chains and fan-outs
//! (layout alone); run with `cargo bench --bench layout`.

mod common;

use common::generated;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use keten::layout::{Options, Orientation, layout};
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
    // Layout + drawing at a page width, as `keten render --width 120`
    // does, in both directions: the chain cut into sections.
    let mut group = c.benchmark_group("page");
    group.sample_size(20);
    let steps = 500;
    let Some(text) = generated(steps, LOOPS) else {
        return;
    };
    let model = keten::format::read_str(&text).model.expect("a valid model");
    let options = TextOptions {
        width: 120,
        ascii: false,
        color: false,
        kpis: false,
    };
    for orientation in [Orientation::Right, Orientation::Down] {
        let name = format!("layout+draw {orientation:?}");
        group.bench_with_input(BenchmarkId::new(name, steps), &model, |b, m| {
            b.iter(|| {
                let with = Options {
                    orientation,
                    ..Options::default()
                };
                let picture = layout(m, &with);
                let mut sink = std::io::sink();
                draw(m, &picture, &options, &mut sink).unwrap_or(0)
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
