//! The shipped models are realistic and complete: each is a real kind of
//! chain with the parts a workshop needs.

use keten::model::{KpiStatus, Model};

use crate::support::models;

fn load(path: &std::path::Path) -> Model {
    let text = std::fs::read_to_string(path).unwrap();
    let loaded = keten::format::check_str(&text);
    assert!(
        !loaded.has_errors(),
        "{}: {:?}",
        path.display(),
        loaded.findings.list
    );
    loaded.model.unwrap()
}

#[test]
fn at_least_three_models() {
    assert!(models().len() >= 3, "{:?}", models());
}

#[test]
fn every_model_is_complete() {
    for path in models() {
        let m = load(&path);
        let name = path.display().to_string();
        let graph = m.steps.graph();
        assert!((4..=8).contains(&m.partners.len()), "{name}: partners");
        assert!(!m.roles.is_empty(), "{name}: roles");
        assert!(!m.phases.is_empty(), "{name}: phases");
        assert!((2..=4).contains(&m.goals.len()), "{name}: goals");
        assert!((10..=25).contains(&m.steps.len()), "{name}: steps");
        assert!(
            !m.client_question.is_empty() && m.director.is_some(),
            "{name}"
        );
        for (id, kpi) in &m.kpis {
            assert!(
                !kpi.measurements.is_empty(),
                "{name}: KPI {id} has measurements"
            );
            assert_ne!(kpi.status(), KpiStatus::NoData, "{name}: KPI {id}");
        }
        let statuses: Vec<KpiStatus> = m.kpis.values().map(|k| k.status()).collect();
        assert!(statuses.contains(&KpiStatus::OnTarget), "{name}");
        assert!(statuses.contains(&KpiStatus::OffTarget), "{name}");
        let forks = m
            .steps
            .nodes()
            .iter()
            .filter(|&&n| graph.neighbors(n).count() >= 2)
            .count();
        let joins = m
            .steps
            .nodes()
            .iter()
            .filter(|&&n| {
                graph
                    .neighbors_directed(n, petgraph::Direction::Incoming)
                    .count()
                    >= 2
            })
            .count();
        assert!(
            forks >= 1 && joins >= 1,
            "{name}: forks {forks}, joins {joins}"
        );
        assert!(!m.analyse().loops.is_empty(), "{name}: a rework loop");
        let handoffs = m.handoffs();
        assert!(!handoffs.is_empty(), "{name}: handoffs");
        assert!(
            handoffs.iter().all(|h| !h.flow.label.is_empty()),
            "{name}: labelled handoffs"
        );
    }
}

/// At least two models show the relational side: agreements that
/// safeguard every interest, and a pulse over several periods in which
/// trust dips and recovers.
#[test]
fn models_with_agreements_and_a_pulse_tell_a_story() {
    let mut told = 0;
    for path in models() {
        let m = load(&path);
        let name = path.display().to_string();
        if m.agreements.is_empty() && m.pulse.is_empty() {
            continue;
        }
        told += 1;
        assert!(m.agreements.len() >= 3, "{name}: agreements");
        for (id, p) in &m.partners {
            for i in &p.interests {
                assert!(!i.safeguarded_by.is_empty(), "{name}: {id}: {}", i.name);
            }
        }
        let periods = m.pulse_periods();
        assert!(periods.len() >= 3, "{name}: periods of pulse");
        for period in &periods {
            let gave: Vec<&str> = m.pulse_of(period).map(|e| e.partner.as_str()).collect();
            assert_eq!(
                gave.len(),
                m.partners.len(),
                "{name}: every partner in {period}"
            );
        }
        // Trust dips in some period and is back up in the latest.
        let trust: Vec<f64> = periods
            .iter()
            .map(|p| m.pulse_averages(p)[0].unwrap())
            .collect();
        let low = trust.iter().cloned().fold(f64::MAX, f64::min);
        let (first, last) = (trust[0], trust[trust.len() - 1]);
        assert!(
            low <= first - 0.5 && last >= low + 0.5,
            "{name}: trust {trust:?}"
        );
        assert!(
            m.pulse
                .iter()
                .any(|e| e.scores[0].is_some_and(|s| s <= 2) && !e.note.is_empty()),
            "{name}: a partner says why trust fell"
        );
    }
    assert!(told >= 2, "{told} models with agreements and a pulse");
}
