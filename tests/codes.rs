//! Every error and warning code of the format: a small file that raises it,
//! and the exact code, line and column reported.

use keten::diagnostic::{Code, Diagnostic};
use keten::format::check_str;

use crate::support::CLEAN;

/// The findings of a text, as `(code, line, column)`.
fn found(text: &str) -> Vec<(String, usize, usize)> {
    check_str(text)
        .findings
        .list
        .iter()
        .map(|d| {
            let pos = d.pos.expect("every finding from a file has a position");
            (d.code.to_string(), pos.line, pos.column)
        })
        .collect()
}

fn messages(text: &str) -> Vec<Diagnostic> {
    check_str(text).findings.list
}

#[track_caller]
fn expect(text: &str, want: &[(&str, usize, usize)]) {
    let got = found(text);
    let want: Vec<(String, usize, usize)> = want
        .iter()
        .map(|(c, l, k)| (c.to_string(), *l, *k))
        .collect();
    assert_eq!(got, want, "for\n{text}\nmessages: {:#?}", messages(text));
}

#[test]
fn the_clean_model_is_clean() {
    expect(CLEAN, &[]);
}

#[test]
fn syntax() {
    expect("keten: 1\nname: [unclosed\n", &[("syntax", 3, 1)]);
    expect("keten: 1\n  name: x\n bad", &[("syntax", 2, 7)]);
}

#[test]
fn limit() {
    let deep = format!("{CLEAN}description: {}\n", "[".repeat(100));
    expect(&deep, &[("limit", 21, 77)]);
    let tiny = format!("{CLEAN}description: [{}]\n", "a,".repeat(700_000));
    let found = messages(&tiny);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code.as_str(), "limit");
}

#[test]
fn version() {
    expect(&CLEAN.replace("keten: 1\n", ""), &[("version", 1, 1)]);
    expect(&CLEAN.replace("keten: 1", "keten: 2"), &[("version", 1, 8)]);
    expect(
        &CLEAN.replace("keten: 1", "keten: een"),
        &[("version", 1, 8)],
    );
    let msg = &messages(&CLEAN.replace("keten: 1", "keten: 2"))[0].message;
    assert!(msg.contains("format version 2"), "{msg}");
}

#[test]
fn schema() {
    // Unknown key with a suggestion.
    let text = CLEAN.replace("steps:", "stpes:");
    // Without steps, the wijkteam has nothing to do.
    expect(&text, &[("idle-partner", 9, 3), ("schema", 12, 1)]);
    assert_eq!(
        messages(&text)[1].message,
        "unknown key `stpes`; did you mean `steps`?"
    );
    // Missing required field.
    let text = CLEAN.replace("    name: Hulp\n", "");
    expect(&text, &[("schema", 18, 3)]);
    assert_eq!(
        messages(&text)[0].message,
        "step `hulp` has no `name`; it is required"
    );
    // Wrong type.
    expect(
        &CLEAN.replace("name: Proef", "name: [a, b]"),
        &[("schema", 2, 7)],
    );
    // A number that is quoted.
    let kpi = "kpis:\n  k:\n    name: K\n    owner: gemeente\n    target: '5'\nsteps:";
    let text = CLEAN.replace("steps:", kpi);
    expect(&text, &[("kpi-without-target", 13, 3), ("schema", 16, 13)]);
    assert!(messages(&text)[1].message.contains("remove the quotes"));
    // Unknown field of an entity, with its suggestion.
    let text = CLEAN.replace("    contribution: Hulp.", "    contributon: Hulp.");
    let d = messages(&text);
    let d: Vec<&Diagnostic> = d.iter().filter(|d| d.code == Code::Schema).collect();
    assert_eq!(
        d[0].message,
        "unknown key `contributon` in partner `wijkteam`; did you mean `contribution`?"
    );
    // The top level must be a map.
    expect("- a\n- b\n", &[("schema", 1, 1)]);
}

#[test]
fn duplicate_id() {
    let text = CLEAN.replace(
        "  hulp:\n",
        "  melding:\n    name: Nog eens\n    partner: gemeente\n  hulp:\n",
    );
    expect(&text, &[("duplicate-id", 18, 3)]);
    assert!(messages(&text)[0].message.contains("first at line 13"));
    // A field written twice counts too.
    let text = CLEAN.replace("name: Proef\n", "name: Proef\nname: Twee\n");
    expect(&text, &[("duplicate-id", 3, 1)]);
}

#[test]
fn bad_id() {
    let text = CLEAN
        .replace("  wijkteam:", "  wijk team:")
        .replace("partner: wijkteam", "partner: wijk team");
    expect(&text, &[("bad-id", 9, 3)]);
    assert!(messages(&text)[0].message.contains("`wijk-team`"));
    let long = "a".repeat(65);
    let text = CLEAN
        .replace("  wijkteam:", &format!("  {long}:"))
        .replace("partner: wijkteam", &format!("partner: {long}"));
    expect(&text, &[("bad-id", 9, 3)]);
}

#[test]
fn dangling_ref() {
    let text = CLEAN.replace("partner: wijkteam", "partner: wijkteem");
    expect(&text, &[("idle-partner", 9, 3), ("dangling-ref", 20, 14)]);
    assert_eq!(
        messages(&text)[1].message,
        "no partner `wijkteem` (in step `hulp`); did you mean `wijkteam`?"
    );
    let text = CLEAN.replace("director: gemeente", "director: gemeent");
    expect(&text, &[("dangling-ref", 4, 11)]);
    assert!(
        messages(&text)[0]
            .message
            .contains("did you mean `gemeente`?")
    );
    // A flow to nowhere leaves both steps without a flow.
    let text = CLEAN.replace("to: hulp", "to: help");
    expect(
        &text,
        &[
            ("isolated-step", 13, 3),
            ("dangling-ref", 17, 15),
            ("isolated-step", 18, 3),
        ],
    );
}

#[test]
fn every_error_in_a_file_is_reported() {
    let text = CLEAN
        .replace("steps:", "stpes: {}\nsteps:")
        .replace("partner: wijkteam", "partner: nergens")
        .replace("director: gemeente", "director: niemand")
        .replace("    name: Wijkteam\n", "");
    let codes: Vec<String> = found(&text).into_iter().map(|f| f.0).collect();
    assert_eq!(
        codes,
        [
            "dangling-ref",
            "schema",
            "idle-partner",
            "schema",
            "dangling-ref"
        ]
    );
}

#[test]
fn warnings_without_client_question_and_director() {
    let text = CLEAN
        .replace("client_question: Wat vraagt de cliënt?\n", "")
        .replace("director: gemeente\n", "");
    expect(
        &text,
        &[("no-client-question", 1, 1), ("no-director", 1, 1)],
    );
}

#[test]
fn no_contribution_and_idle_partner() {
    let text = CLEAN.replace("partners:\n", "partners:\n  politie:\n    name: Politie\n");
    expect(&text, &[("no-contribution", 6, 3), ("idle-partner", 6, 3)]);
}

#[test]
fn goal_and_kpi_warnings() {
    let goals =
        "goals:\n  veilig:\n    name: Veilig\nkpis:\n  k:\n    name: K\n    goal: veilig\nsteps:";
    let text = CLEAN.replace("steps:", goals);
    expect(
        &text,
        &[("kpi-without-owner", 16, 3), ("kpi-without-target", 16, 3)],
    );
    let text = CLEAN.replace("steps:", "goals:\n  veilig:\n    name: Veilig\nsteps:");
    expect(&text, &[("goal-without-kpi", 13, 3)]);
}

#[test]
fn isolated_step_and_unlabelled_handoff() {
    let text = CLEAN.replace("      - { to: hulp, label: dossier }\n", "      - hulp\n");
    expect(&text, &[("unlabelled-handoff", 17, 9)]);
    let text = CLEAN.replace("    next:\n      - { to: hulp, label: dossier }\n", "");
    expect(&text, &[("isolated-step", 13, 3), ("isolated-step", 16, 3)]);
}

#[test]
fn duplicate_flow_once_per_repeated_target() {
    let flow = "      - { to: hulp, label: dossier }\n";
    let text = CLEAN.replace(flow, &format!("{flow}      - hulp\n{flow}"));
    // The repeat without a label is also an unlabelled handoff.
    expect(
        &text,
        &[("duplicate-flow", 18, 9), ("unlabelled-handoff", 18, 9)],
    );
    assert_eq!(
        messages(&text)[0].message,
        "step `melding` names `hulp` in `next` 2 more times; it is drawn as one flow: keep one (its label can say everything that passes)"
    );
    let allowed = text.replace(
        "    partner: gemeente\n",
        "    partner: gemeente\n    allow: [duplicate-flow]\n",
    );
    expect(&allowed, &[("unlabelled-handoff", 19, 9)]);
}

#[test]
fn empty_references_are_errors() {
    for (field, text) in [
        (
            "director",
            CLEAN.replace("director: gemeente", "director: \"\""),
        ),
        (
            "partner",
            CLEAN.replace("partner: wijkteam", "partner: \"  \""),
        ),
        (
            "next",
            CLEAN.replace("{ to: hulp, label: dossier }", "\"\""),
        ),
        (
            "to",
            CLEAN.replace("{ to: hulp, label: dossier }", "{ to: '', label: dossier }"),
        ),
    ] {
        let found = messages(&text);
        assert!(
            found
                .iter()
                .any(|d| d.code.as_str() == "schema" && d.message.contains("empty")),
            "{field}: {found:#?}"
        );
    }
    let text = CLEAN.replace("director: gemeente", "director: \"\"");
    expect(&text, &[("schema", 4, 11), ("no-director", 4, 11)]);
    assert_eq!(
        messages(&text)[0].message,
        "`director` of the top level is empty text; write an id there, or leave the field out"
    );
    let errors = |text: &str| -> Vec<String> {
        messages(text)
            .into_iter()
            .filter(|d| d.code.as_str() == "schema")
            .map(|d| d.message)
            .collect()
    };
    let text = CLEAN.replace("partner: wijkteam", "partner: ' '");
    assert_eq!(
        errors(&text),
        ["`partner` of step `hulp` is empty text; write an id there; it is required"]
    );
    // A name of only spaces is no name.
    let text = CLEAN.replace("name: Hulp\n    partner", "name: \"   \"\n    partner");
    assert_eq!(
        errors(&text),
        ["`name` of step `hulp` is empty; it is required"]
    );
    // A KPI owner and a goal's partner.
    let kpi = format!(
        "{CLEAN}goals:\n  g: {{ name: G, partners: [\"\"] }}\nkpis:\n  k: {{ name: K, goal: g, owner: \"\", target: 1 }}\n"
    );
    let found: Vec<String> = messages(&kpi)
        .iter()
        .filter(|d| d.code.as_str() == "schema")
        .map(|d| d.message.clone())
        .collect();
    assert_eq!(
        found,
        [
            "an item of `partners` of goal `g` is empty",
            "`owner` of KPI `k` is empty text; write an id there, or leave the field out"
        ]
    );
}

#[test]
fn role_elsewhere() {
    let text = CLEAN
        .replace(
            "steps:",
            "roles:\n  casus: { name: Casusregisseur, partner: gemeente }\nsteps:",
        )
        .replace(
            "    partner: wijkteam\n",
            "    partner: wijkteam\n    role: casus\n",
        );
    expect(&text, &[("role-elsewhere", 23, 11)]);
}

#[test]
fn cycle_once_per_loop() {
    // A loop through two steps, with a step that also loops on itself: the
    // steps reach each other, so this is one loop and one warning, at the
    // flow that runs back.
    let text = CLEAN.replace(
        "    partner: wijkteam\n",
        "    partner: wijkteam\n    next:\n      - { to: melding, label: terug }\n      - hulp\n",
    );
    expect(&text, &[("cycle", 22, 15)]);
    // A second, separate loop: a second warning.
    let text =
        format!("{text}  apart:\n    name: Apart\n    partner: gemeente\n    next: [apart]\n");
    expect(&text, &[("cycle", 22, 15), ("cycle", 27, 12)]);
}

#[test]
fn allow_at_the_top_and_per_entity() {
    let looped = CLEAN.replace(
        "    partner: wijkteam\n",
        "    partner: wijkteam\n    next:\n      - { to: melding, label: terug }\n",
    );
    expect(&looped, &[("cycle", 22, 15)]);
    expect(&format!("{looped}allow: [cycle]\n"), &[]);
    expect(&format!("{looped}    allow: [cycle]\n"), &[]);
    // Allowing one code keeps the others.
    let text = CLEAN.replace("director: gemeente\n", "");
    expect(&format!("{text}allow: [cycle]\n"), &[("no-director", 1, 1)]);
    // Unknown and error codes in allow are schema errors.
    let text = format!("{CLEAN}allow: [cylce, dangling-ref]\n");
    expect(&text, &[("schema", 21, 9), ("schema", 21, 16)]);
    assert!(messages(&text)[0].message.contains("did you mean `cycle`?"));
}

#[test]
fn every_code_is_tested_here() {
    let source = include_str!("codes.rs");
    for code in Code::ALL {
        assert!(
            source.contains(&format!("(\"{}\", ", code.as_str())),
            "no test expects `{code}`"
        );
    }
}

#[test]
fn merge_conflict() {
    let text = CLEAN.replace(
        "    name: Hulp\n",
        "<<<<<<< ours\n    name: Hulp bieden\n=======\n    name: Hulp geven\n>>>>>>> theirs\n",
    );
    expect(&text, &[("merge-conflict", 19, 1)]);
    assert_eq!(
        messages(&text)[0].message,
        "a merge conflict (to line 23): ours has `name: Hulp bieden`, theirs has `name: Hulp geven`; keep one side and delete the marker lines"
    );
}

/// CLEAN with an agreement and a pulse of two periods.
fn relational(interests: &str, pulse: &str) -> String {
    let with_interests = CLEAN.replace(
        "    contribution: Hulp.\n",
        &format!("    contribution: Hulp.\n    interests:\n{interests}"),
    );
    let with_agreement = with_interests.replace(
        "steps:\n",
        "agreements:\n  privacy:\n    name: Privacyconvenant\n    partners: [gemeente, wijkteam]\nsteps:\n",
    );
    format!("{with_agreement}pulse:\n{pulse}")
}

const GUARDED: &str = "      - name: Privacy\n        safeguarded_by: [privacy]\n";
const STEADY: &str = concat!(
    "  - { period: 2026-Q1, partner: gemeente, trust: 4, openness: 4 }\n",
    "  - { period: 2026-Q1, partner: wijkteam, trust: 4, openness: 3 }\n",
    "  - { period: 2026-Q2, partner: gemeente, trust: 4, openness: 4 }\n",
    "  - { period: 2026-Q2, partner: wijkteam, trust: 3, openness: 3 }\n",
);

#[test]
fn the_relational_model_is_clean() {
    expect(&relational(GUARDED, STEADY), &[]);
}

#[test]
fn unguarded_interest() {
    let text = relational(&format!("      - Tijd\n{GUARDED}"), STEADY);
    expect(&text, &[("unguarded-interest", 13, 9)]);
    assert_eq!(
        messages(&text)[0].message,
        "interest \"Tijd\" of partner `wijkteam` is not safeguarded: name the agreements that safeguard it in `safeguarded_by`"
    );
    // Without agreements, an interest cannot be safeguarded yet: no warning.
    let plain = CLEAN.replace(
        "    contribution: Hulp.\n",
        "    contribution: Hulp.\n    interests: [Tijd]\n",
    );
    expect(&plain, &[]);
    // Allowed on the partner.
    let allowed = text.replace(
        "    contribution: Hulp.\n",
        "    contribution: Hulp.\n    allow: [unguarded-interest]\n",
    );
    expect(&allowed, &[]);
}

#[test]
fn pulse_low() {
    // A score of 2 in the latest period.
    let text = relational(
        GUARDED,
        &STEADY
            .replace("trust: 3, openness: 3", "trust: 2, openness: 3")
            .replace(
                "Q2, partner: gemeente, trust: 4",
                "Q2, partner: gemeente, trust: 5",
            ),
    );
    expect(&text, &[("pulse-low", 32, 5)]);
    assert_eq!(
        messages(&text)[0].message,
        "in 2026-Q2, partner `wijkteam` scores the collaboration low: trust 2; talk it through with them"
    );
    // A low score in an earlier period is history, not a warning.
    expect(
        &relational(
            GUARDED,
            &STEADY.replace("trust: 4, openness: 3", "trust: 1, openness: 3"),
        ),
        &[],
    );
    // An average that falls by 1 or more: openness 3.5 → 2.5.
    let fell = relational(
        GUARDED,
        &STEADY
            .replace(
                "period: 2026-Q2, partner: gemeente, trust: 4, openness: 4",
                "period: 2026-Q2, partner: gemeente, trust: 4, openness: 3",
            )
            .replace("trust: 3, openness: 3 }", "trust: 3, openness: 2 }"),
    );
    let got = messages(&fell);
    // At the period's first entry; the score of 2 at its own.
    expect(&fell, &[("pulse-low", 31, 5), ("pulse-low", 32, 5)]);
    assert_eq!(
        got[0].message,
        "the average openness fell from 3.5 in 2026-Q1 to 2.5 in 2026-Q2"
    );
    expect(&format!("{fell}allow: [pulse-low]\n"), &[]);
}

#[test]
fn pulse_missing() {
    let text = relational(
        GUARDED,
        &STEADY.replace(
            "  - { period: 2026-Q2, partner: wijkteam, trust: 3, openness: 3 }\n",
            "",
        ),
    );
    expect(&text, &[("pulse-missing", 9, 3)]);
    assert_eq!(
        messages(&text)[0].message,
        "partner `wijkteam` (Wijkteam) gave no pulse for 2026-Q2, while others did"
    );
}

#[test]
fn pulse_and_interest_errors() {
    // A score outside 1–5, not whole, or quoted is a schema error.
    for score in ["6", "2.5", "'3'", "0", "[3]"] {
        let text = relational(
            GUARDED,
            &STEADY.replace(
                "wijkteam, trust: 3, openness: 3",
                &format!("wijkteam, trust: 3, openness: {score}"),
            ),
        );
        expect(&text, &[("schema", 32, 63)]);
    }
    let text = relational(
        GUARDED,
        &STEADY.replace(
            "wijkteam, trust: 3, openness: 3",
            "wijkteam, trust: 3, openness: 9",
        ),
    );
    assert_eq!(
        messages(&text)[0].message,
        "`openness` of entry 4 of `pulse` must be a whole number from 1 to 5, found `9`"
    );
    // A second entry for a partner and period.
    let twice = relational(
        GUARDED,
        &format!("{STEADY}  - {{ period: 2026-Q2, partner: wijkteam, trust: 5 }}\n"),
    );
    expect(&twice, &[("duplicate-id", 33, 5)]);
    // An unknown partner, an unknown agreement.
    let unknown = relational(
        "      - name: Privacy\n        safeguarded_by: [privacyy]\n",
        &STEADY.replace("2026-Q2, partner: wijkteam", "2026-Q2, partner: wijkteem"),
    );
    expect(
        &unknown,
        &[
            ("pulse-missing", 9, 3),
            ("dangling-ref", 13, 9),
            ("dangling-ref", 32, 5),
        ],
    );
    assert_eq!(
        messages(&unknown)[1].message,
        "no agreement `privacyy` (in partner `wijkteam`); did you mean `privacy`?"
    );
    // An interest as a map needs a name; an unknown key is named.
    let nameless = relational("      - { safeguarded_by: [privacy], note: x }\n", STEADY);
    expect(&nameless, &[("schema", 13, 9), ("schema", 13, 38)]);
    assert_eq!(
        messages(&nameless)[1].message,
        "unknown key `note` in an interest of partner `wijkteam`; did you mean `notes`?"
    );
}

#[test]
fn every_code_is_in_check_help_and_the_format_document() {
    let help = crate::support::Keten::new(["check", "--help"])
        .run()
        .code(0)
        .stdout;
    let doc = std::fs::read_to_string(crate::support::root().join("docs/format.md")).unwrap();
    for code in Code::ALL {
        assert!(
            help.contains(&format!("\n  {code} ")),
            "`check --help` does not list `{code}`"
        );
        assert!(
            doc.contains(&format!("| `{code}` |")),
            "docs/format.md has no row for `{code}`"
        );
    }
}
