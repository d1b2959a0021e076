//! The TUI on a 2,000-step model from `../shared/bench/genmodel.py`: from
//! the file's text to the first frame, and from a key to the next frame
//! (a navigation key, and an edit); and on a 100,000-step model (with
//! rework loops) the whole open, from the file to the first frame, as
//! `keten edit` does it; then the editor's own part: the first frame of a
//! model read and laid out, and a move with its frame, which draw only what
//! is on screen.
//! Reading, checking and laying out the 100,000 steps are timed once and
//! printed, as what the editor waits for before its first frame. Run with
//! `cargo bench --bench tui`.

mod common;

use common::generated;
use criterion::{Criterion, criterion_group, criterion_main};
use keten::document::Document;
use keten::tui::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn frame(terminal: &mut Terminal<TestBackend>, app: &mut App) {
    let area = terminal.size().unwrap_or_default();
    app.resize(area.width, area.height);
    terminal.draw(|f| keten::tui::view::draw(f, app)).unwrap();
}

fn key(app: &mut App, c: char) {
    app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
}

fn bench(c: &mut Criterion) {
    let Some(text) = generated(2_000, true) else {
        eprintln!("genmodel.py could not run: no python3 or no ../shared/bench");
        return;
    };
    let mut group = c.benchmark_group("tui 2000 steps");
    group.sample_size(20);
    group.bench_function("open to first frame", |b| {
        b.iter(|| {
            let model = keten::format::read_str(&text).model.unwrap();
            let mut app = App::new(Document::new("bench.yaml".into(), model, text.clone()));
            let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
            frame(&mut terminal, &mut app);
        })
    });
    let model = keten::format::read_str(&text).model.unwrap();
    let mut app = App::new(Document::new("bench.yaml".into(), model, text.clone()));
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    frame(&mut terminal, &mut app);
    let mut turn = 0;
    group.bench_function("navigation key to frame", |b| {
        b.iter(|| {
            turn += 1;
            key(&mut app, if turn % 8 < 4 { 'l' } else { 'h' });
            frame(&mut terminal, &mut app);
        })
    });
    group.bench_function("edit key to frame (add a measurement, then undo)", |b| {
        b.iter(|| {
            key(&mut app, '3');
            key(&mut app, 'j');
            key(&mut app, 'm');
            key(&mut app, '7');
            app.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
            frame(&mut terminal, &mut app);
            key(&mut app, 'u');
            key(&mut app, '1');
            frame(&mut terminal, &mut app);
        })
    });
    group.finish();
}

/// The editor on 100,000 steps: what opening costs before the first
/// frame (printed), then the first frame and a move.
fn large(c: &mut Criterion) {
    let Some(text) = generated(100_000, true) else {
        eprintln!("genmodel.py could not run: no python3 or no ../shared/bench");
        return;
    };
    let started = std::time::Instant::now();
    let model = keten::format::read_str(&text).model.unwrap();
    let read = started.elapsed();
    let mut app = App::new(Document::new("bench.yaml".into(), model, text.clone()));
    let opened = started.elapsed() - read;
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let before = std::time::Instant::now();
    frame(&mut terminal, &mut app);
    eprintln!(
        "100000 steps: read {:.2?}, check and lay out {:.2?}, first frame {:.2?}",
        read,
        opened,
        before.elapsed()
    );
    let mut group = c.benchmark_group("tui 100000 steps");
    group.sample_size(10);
    group.measurement_time(std::time::Duration::from_secs(20));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.yaml");
    std::fs::write(&path, &text).unwrap();
    group.bench_function("open the file to the first frame", |b| {
        // As `keten edit` does: read the file, look for conflict markers,
        // read the model, open the document (its check runs apart), draw.
        b.iter_with_large_drop(|| {
            let text = keten::commands::check::read_text(&path).unwrap().unwrap();
            assert!(keten::merge::conflict::Conflicted::read(&text).is_none());
            let model = keten::format::read_str(&text).model.unwrap();
            let mut app = App::new(Document::new(path.clone(), model, text));
            let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
            frame(&mut terminal, &mut app);
            app
        })
    });
    group.sample_size(20);
    group.measurement_time(std::time::Duration::from_secs(5));
    group.bench_function("first frame of the opened model", |b| {
        b.iter(|| {
            let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
            frame(&mut terminal, &mut app);
        })
    });
    let mut turn = 0;
    group.bench_function("a move to the next step and its frame", |b| {
        b.iter(|| {
            turn += 1;
            key(&mut app, if turn % 8 < 4 { 'l' } else { 'h' });
            frame(&mut terminal, &mut app);
        })
    });
    group.bench_function("a move down and its frame", |b| {
        b.iter(|| {
            turn += 1;
            key(&mut app, if turn % 8 < 4 { 'j' } else { 'k' });
            frame(&mut terminal, &mut app);
        })
    });
    group.finish();
}

criterion_group!(benches, bench, large);
criterion_main!(benches);
