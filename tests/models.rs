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
