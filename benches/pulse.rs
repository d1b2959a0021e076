//! The relational side at scale: a model with 50 agreements and 200 pulse
//! entries (20 partners over 10 periods) is read, checked and drawn on the
//! pulse screen, from its text to the frame. Run with
//! `cargo bench --bench pulse`.

use std::fmt::Write as _;

use criterion::{Criterion, criterion_group, criterion_main};
use keten::document::Document;
use keten::tui::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The model's text: every interest safeguarded, every partner with a step
/// and a pulse in every period.
fn relational(partners: usize, agreements: usize, periods: usize) -> String {
    let mut out = String::from(
        "keten: 1\nname: Pulse\nclient_question: Wat vraagt de cliënt?\ndirector: p0\npartners:\n",
    );
    for p in 0..partners {
        let _ = writeln!(
            out,
            "  p{p}:\n    name: Partner {p}\n    contribution: Iets.\n    interests:"
        );
        for i in 0..2 {
            let a = (p * 2 + i) % agreements;
            let _ = writeln!(
                out,
                "      - {{ name: Belang {p}.{i}, safeguarded_by: [a{a}] }}"
            );
        }
    }
    out.push_str("agreements:\n");
    for a in 0..agreements {
        let _ = writeln!(
            out,
            "  a{a}: {{ name: Afspraak {a}, partners: [p{}, p{}] }}",
            a % partners,
            (a + 1) % partners
        );
    }
    out.push_str("steps:\n");
    for p in 0..partners {
        let next = if p + 1 < partners {
            format!(", next: [{{ to: s{}, label: dossier }}]", p + 1)
        } else {
            String::new()
        };
        let _ = writeln!(out, "  s{p}: {{ name: Stap {p}, partner: p{p}{next} }}");
    }
    out.push_str("pulse:\n");
    for t in 0..periods {
        for p in 0..partners {
            let s = |k: usize| 3 + (p + t + k) % 3;
            let _ = writeln!(
                out,
                "  - {{ period: 2026-P{t:02}, partner: p{p}, trust: {}, reciprocity: {}, openness: {}, appreciation: {}, contribution: {}, interests: {} }}",
                s(0),
                s(1),
                s(2),
                s(0),
                s(1),
                s(2)
            );
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = relational(20, 50, 10);
    let model = keten::format::read_str(&text).model.unwrap();
    assert_eq!((model.pulse.len(), model.agreements.len()), (200, 50));
    let mut group = c.benchmark_group("pulse 200 entries, 50 agreements");
    group.bench_function("load, check and draw the pulse screen", |b| {
        b.iter(|| {
            let loaded = keten::format::check_str(&text);
            let model = loaded.model.unwrap();
            let mut app = App::new(Document::new("pulse.yaml".into(), model, text.clone()));
            app.key(KeyEvent::new(KeyCode::Char('9'), KeyModifiers::NONE));
            let mut terminal = Terminal::new(TestBackend::new(120, 36)).unwrap();
            app.resize(120, 36);
            terminal.draw(|f| keten::tui::view::draw(f, &app)).unwrap();
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
