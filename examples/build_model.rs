//! Build a model in code, check it, and write it in canonical form.
//!
//!     cargo run --example build_model

use keten::format;
use keten::model::{Better, Chain, Flow, Goal, Id, Kpi, Measurement, Model, Partner, Step};
use keten::validate::validate;

fn main() {
    let mut model = Model::new("Schuldhulp Noorddorp");
    model.client_question =
        "Een huishouden met betalingsachterstanden vraagt om rust en een plan.".into();
    model.director = Some(Id::new("gemeente"));

    for (id, name, contribution) in [
        (
            "woningcorporatie",
            "Woonstede",
            "Signaleert huurachterstanden vroeg.",
        ),
        (
            "gemeente",
            "Gemeente Noorddorp",
            "Biedt schuldhulp en bewaakt de keten.",
        ),
    ] {
        let partner = Partner {
            name: name.into(),
            contribution: contribution.into(),
            ..Partner::default()
        };
        model.partners.insert(Id::new(id), partner);
    }

    model.goals.insert(
        Id::new("vroeg"),
        Goal {
            name: "Vroeg in beeld".into(),
            partners: vec![Id::new("woningcorporatie"), Id::new("gemeente")],
            ..Goal::default()
        },
    );
    model.kpis.insert(
        Id::new("reactietijd"),
        Kpi {
            name: "Werkdagen van signaal tot huisbezoek".into(),
            goal: Some(Id::new("vroeg")),
            owner: Some(Id::new("gemeente")),
            step: Some(Id::new("huisbezoek")),
            unit: "werkdagen".into(),
            target: Some(5.0),
            better: Better::Lower,
            measurements: vec![
                Measurement {
                    period: "2026-Q1".into(),
                    value: 8.0,
                    note: String::new(),
                },
                Measurement {
                    period: "2026-Q2".into(),
                    value: 4.5,
                    note: String::new(),
                },
            ],
            ..Kpi::default()
        },
    );

    let step = |id: &str, name: &str, partner: &str, next: Vec<Flow>| Step {
        id: Id::new(id),
        name: name.into(),
        partner: Id::new(partner),
        next,
        ..Step::default()
    };
    model.steps = Chain::from_steps([
        step(
            "signaal",
            "Huurachterstand signaleren",
            "woningcorporatie",
            vec![Flow::labelled("huisbezoek", "signaal met toestemming")],
        ),
        step(
            "huisbezoek",
            "Huisbezoek afleggen",
            "gemeente",
            vec![Flow::to("plan")],
        ),
        step("plan", "Budgetplan opstellen", "gemeente", vec![]),
    ])
    .0;

    let findings = validate(&model);
    println!("# {} findings", findings.list.len());
    for finding in &findings.list {
        println!(
            "# {}[{}]: {}",
            finding.severity().as_str(),
            finding.code,
            finding.message
        );
    }
    print!("{}", format::write(&model));
}
