//! The three-way merge of a 20,000-step model (from
//! `../shared/bench/genmodel.py 20000`) with two sides that each changed
//! hundreds of steps, added steps, and (theirs) moved a lane; run with
//! `cargo bench --bench merge`.

mod common;

use common::generated;
use criterion::{Criterion, criterion_group, criterion_main};
use keten::edit::{Edit, Entity};
use keten::model::{Flow, Id, Model, Section, Step};

/// Ours renames every 50th step and adds 20 steps after the first ones;
/// theirs edits the description of every 50th step from the 25th on, adds
/// a flow to every 100th, adds 20 steps at the end, and moves the last lane
/// to the top.
fn sides(base: &Model) -> (Model, Model) {
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let ids: Vec<Id> = base.steps.iter().map(|s| s.id.clone()).collect();
    for (i, id) in ids.iter().enumerate() {
        if i % 50 == 0 {
            ours.steps
                .update(id.as_str(), |s| s.name.push_str(" (herzien)"));
        }
        if i % 50 == 25 {
            theirs.steps.update(id.as_str(), |s| {
                s.description = "Nieuwe werkwijze.\nMet een tweede regel.".into()
            });
        }
        if i % 100 == 25 && i + 2 < ids.len() {
            let to = ids[i + 2].clone();
            theirs
                .steps
                .update(id.as_str(), |s| s.next.push(Flow::labelled(to, "extra")));
        }
    }
    let partner = base.partners.keys().next().cloned().unwrap_or_default();
    for k in 0..20 {
        let step = |tag: &str| Step {
            id: Id::new(format!("{tag}-{k}")),
            name: format!("Stap {tag} {k}"),
            partner: partner.clone(),
            ..Step::default()
        };
        Edit::Put {
            entity: Entity::Step(step("ours")),
            at: 10 + k,
        }
        .apply(&mut ours)
        .unwrap();
        Edit::Put {
            entity: Entity::Step(step("theirs")),
            at: usize::MAX,
        }
        .apply(&mut theirs)
        .unwrap();
    }
    if let Some(last) = base.partners.keys().last().cloned() {
        Edit::Move {
            section: Section::Partners,
            id: last,
            to: 0,
        }
        .apply(&mut theirs)
        .unwrap();
    }
    (ours, theirs)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("merge");
    group.sample_size(10);
    let Some(text) = generated(20_000, true) else {
        eprintln!("genmodel.py could not run: no python3 or no ../shared/bench");
        return;
    };
    let base = keten::format::read_str(&text).model.unwrap();
    let (ours, theirs) = sides(&base);
    let merged = keten::merge::merge(&base, &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(merged.model.steps.len(), base.steps.len() + 40);
    group.bench_function("merge 20000 steps", |b| {
        b.iter(|| keten::merge::merge(&base, &ours, &theirs).model.steps.len())
    });
    let (ours_text, theirs_text) = (keten::format::write(&ours), keten::format::write(&theirs));
    group.bench_function("read 3 + merge + write, 20000 steps", |b| {
        b.iter(|| {
            let read = |t: &str| keten::format::read_str(t).model.unwrap();
            let merged = keten::merge::merge(&read(&text), &read(&ours_text), &read(&theirs_text));
            merged.text().len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
