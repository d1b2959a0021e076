//! The TUI on a 2,000-step model from `../shared/bench/genmodel.py`: from
//! the file's text to the first frame, and from a key to the next frame
//! (a navigation key, and an edit). Run with `cargo bench --bench tui`.

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

criterion_group!(benches, bench);
criterion_main!(benches);
