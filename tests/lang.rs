//! Dutch and English through the real binary: how the language is chosen,
//! snapshots of `check`, `--help`, `new` and `report` in both, and that
//! what the commands print in Dutch holds no English text of the catalogue.

use keten::lang::{self, Lang};

use crate::support::{CLEAN, Dir, Keten, models, root};

/// A model with findings of many kinds: errors and warnings.
fn with_findings() -> String {
    CLEAN
        .replace("partner: wijkteam", "partner: wijkteem")
        .replace("director: gemeente\n", "")
        .replace("contribution: Hulp.\n", "")
        .replace("steps:", "stpes: {}\ngoals:\n  rust: { name: Rust in het gezin }\nkpis:\n  doorlooptijd: { name: Doorlooptijd, goal: rust }\nsteps:")
        .replace("{ to: hulp, label: dossier }", "hulp\n      - hulp")
}

#[test]
fn check_speaks_dutch_and_english_and_keeps_the_codes() {
    let dir = Dir::new();
    dir.file("bevindingen.yaml", with_findings());
    let en = Keten::new(["check", "bevindingen.yaml"])
        .dir(dir.path())
        .run()
        .code(1);
    let nl = Keten::new(["--lang", "nl", "check", "bevindingen.yaml"])
        .dir(dir.path())
        .run()
        .code(1);
    insta::assert_snapshot!("check-en", en.stdout);
    insta::assert_snapshot!("check-nl", nl.stdout);
    let codes = |out: &str| -> Vec<String> {
        out.lines()
            .filter_map(|l| l.split(": ").nth(1).map(str::to_string))
            .collect()
    };
    assert_eq!(
        codes(&en.stdout),
        codes(&nl.stdout),
        "the codes stay as they are"
    );
}

#[test]
fn check_json_keeps_its_keys_and_codes_in_dutch() {
    let dir = Dir::new();
    dir.file("m.yaml", with_findings());
    let json = |lang: &str| -> serde_json::Value {
        let ran = Keten::new(["check", "--format", "json", "--lang", lang, "m.yaml"])
            .dir(dir.path())
            .run()
            .code(1);
        serde_json::from_str(&ran.stdout).unwrap()
    };
    let (en, nl) = (json("en"), json("nl"));
    let (en, nl) = (en.as_array().unwrap(), nl.as_array().unwrap());
    assert_eq!(en.len(), nl.len());
    for (e, n) in en.iter().zip(nl) {
        let keys =
            |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(e), keys(n));
        assert_eq!(e["code"], n["code"]);
        assert_eq!(e["severity"], n["severity"]);
        assert_ne!(e["message"], n["message"], "the message is translated");
    }
}

#[test]
fn help_of_check_in_both_languages() {
    let en = Keten::new(["check", "--help"]).run().code(0);
    let nl = Keten::new(["check", "--help", "--lang", "nl"])
        .run()
        .code(0);
    insta::assert_snapshot!("help-check-en", en.stdout);
    insta::assert_snapshot!("help-check-nl", nl.stdout);
}

#[test]
fn new_in_both_languages() {
    let dir = Dir::new();
    for (lang, file) in [("en", "zorg-en.yaml"), ("nl", "zorg-nl.yaml")] {
        let ran = Keten::new(["new", file, "--name", "Zorg om het gezin"])
            .env("KETEN_LANG", lang)
            .dir(dir.path())
            .run()
            .code(0);
        insta::assert_snapshot!(
            format!("new-{lang}"),
            format!("{}\n{}", ran.stderr, dir.read(file))
        );
        Keten::new(["check", "--deny-warnings", file])
            .dir(dir.path())
            .run()
            .code(0);
    }
    Keten::new(["new", "zorg-nl.yaml"])
        .dutch()
        .dir(dir.path())
        .run()
        .code(1)
        .stderr_has("zorg-nl.yaml bestaat al; `keten new` overschrijft nooit een bestand");
}

/// `check` of a model with one warning, in the language the environment
/// and the flag choose.
fn summary(keten: Keten) -> String {
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN.replace("director: gemeente\n", ""));
    let ran = keten.dir(dir.path()).run();
    ran.stdout.lines().last().unwrap_or_default().to_string()
}

#[test]
fn the_flag_goes_before_keten_lang_before_the_locale() {
    let check = || Keten::new(["check", "m.yaml"]).no_lang_env();
    let dutch = "0 fouten, 1 waarschuwing";
    let english = "0 errors, 1 warning";
    assert_eq!(summary(check()), english, "no variable: English");
    assert_eq!(summary(check().env("LANG", "nl_NL.UTF-8")), dutch);
    assert_eq!(summary(check().env("LANG", "fr_FR.UTF-8")), english);
    assert_eq!(
        summary(
            check()
                .env("LANG", "en_GB.UTF-8")
                .env("LC_MESSAGES", "nl_BE")
        ),
        dutch
    );
    assert_eq!(
        summary(check().env("LC_MESSAGES", "nl_BE").env("LC_ALL", "C")),
        english,
        "LC_ALL goes first"
    );
    assert_eq!(
        summary(check().env("LC_ALL", "nl_NL").env("KETEN_LANG", "en")),
        english
    );
    assert_eq!(
        summary(check().env("LANG", "C").env("KETEN_LANG", "nl")),
        dutch
    );
    let flagged = |lang: &str| Keten::new(["--lang", lang, "check", "m.yaml"]).no_lang_env();
    assert_eq!(summary(flagged("en").env("KETEN_LANG", "nl")), english);
    assert_eq!(summary(flagged("nl").env("LC_ALL", "en_US.UTF-8")), dutch);
    let after = Keten::new(["check", "m.yaml", "--lang=nl"]).no_lang_env();
    assert_eq!(summary(after), dutch, "--lang after the command, with =");
}

#[test]
fn a_language_keten_does_not_speak_is_refused_with_the_ones_it_does() {
    Keten::new(["--lang", "fr", "check", "m.yaml"])
        .run()
        .code(2)
        .stderr_has("'fr'")
        .stderr_has("nl, en");
    let ran = Keten::new(["check", "m.yaml"])
        .env("KETEN_LANG", "fr")
        .run()
        .code(2);
    assert_eq!(
        ran.stderr,
        "keten: KETEN_LANG=fr is not a language keten speaks; use `nl` (Dutch) or `en` (English)\n"
    );
    assert!(ran.stdout.is_empty());
    // The flag settles it: the variable is not read.
    Keten::new(["--lang", "nl", "check", "m.yaml"])
        .env("KETEN_LANG", "fr")
        .run()
        .code(2)
        .stderr_has("kan niet lezen: dat bestand bestaat niet");
}

/// The English text of the catalogue that Dutch never uses: the pieces of
/// every message between its arguments, of three words or more.
fn english_only() -> Vec<String> {
    let samples = |l: Lang| lang::samples(l.catalogue());
    let dutch: Vec<String> = samples(Lang::Nl)
        .into_iter()
        .map(|(_, text, _)| text)
        .collect();
    let mut out = Vec::new();
    for (_, text, given) in samples(Lang::En) {
        let mut pieces = vec![text];
        for sample in &given {
            pieces = pieces
                .iter()
                .flat_map(|p| {
                    p.split(sample.as_str())
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .collect();
        }
        for piece in pieces {
            let piece = piece
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string();
            if piece.split_whitespace().count() >= 3 && !dutch.iter().any(|d| d.contains(&piece)) {
                out.push(piece);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Files a user can get wrong, each in its own way.
const BAD: &[&str] = &[
    "",
    "- a\n- b\n",
    "keten: 2\nname: X\npartners: {}\n",
    "keten: 1\nname: X\npartners:\n  a: { name: A, contribution: B, kleur: rood }\n",
    "keten: 1\nname: X\npartners:\n  'a b': { name: A, contribution: B }\n",
    "keten: 1\nname: X\npartners:\n  a: { name: A, contribution: B }\nkpis:\n  k: { name: K, owner: a, target: '12', better: hoger, measurements: [{ period: Q1, value: '3,5' }] }\n",
    "keten: 1\nname: X\npartners:\n  a: { name: A, contribution: B }\n  a: { name: A2 }\n",
    "keten: 1\nname: X\npartners:\n  a:\nsteps:\n  s: { name: S, partner: a, next: [{ label: x }] }\n",
    "keten: 1\nname: X\nallow: [schema, unknown-code]\npartners:\n  a: { name: A, contribution: B }\n",
    "keten: 1\nname: X\npartners: !!set { a }\n",
    "keten: 1\n<<<<<<< ours\nname: X\n=======\nname: Y\n>>>>>>> theirs\npartners: {}\n",
    "keten: 1\nname: [\n",
    "keten: 1\nname: X\npartners:\n  a: { name: A, contribution: B }\npulse:\n  - { period: Q1, partner: a, trust: 9 }\n  - { period: Q1, partner: a, trust: 3 }\n",
    "keten: 1\nname: X\nclient_question: V?\ndirector: a\npartners:\n  a: { name: A, contribution: B }\n  b: { name: C }\nsteps:\n  s: { name: S, partner: a, next: [t] }\n  t: { name: T, partner: b, next: [s] }\n  u: { name: U, partner: a }\npulse:\n  - { period: Q1, partner: a, trust: 4 }\n  - { period: Q2, partner: a, trust: 2 }\n",
];

#[test]
fn what_the_commands_print_in_dutch_holds_no_english_of_the_catalogue() {
    let english = english_only();
    assert!(
        english.len() > 50,
        "the English catalogue has its pieces: {english:?}"
    );
    let dir = Dir::new();
    let mut out = String::new();
    let mut run = |keten: Keten| {
        let ran = keten.dutch().dir(dir.path()).run();
        out.push_str(&ran.stdout);
        out.push_str(&ran.stderr);
    };
    for (i, bad) in BAD.iter().enumerate() {
        let name = format!("fout-{i}.yaml");
        dir.file(&name, bad);
        run(Keten::new(["check", &name]));
        run(Keten::new(["fmt", &name]));
        run(Keten::new(["diff", &name, &name]));
    }
    dir.file("binair.yaml", b"keten: 1\nname: \xff\n");
    run(Keten::new(["check", "binair.yaml", "nergens.yaml", "."]));
    let shipped = models();
    for model in &shipped {
        let name = model.file_name().unwrap().to_string_lossy().to_string();
        std::fs::copy(model, dir.path().join(&name)).unwrap();
        run(Keten::new(["check", &name]));
        run(Keten::new(["fmt", "--check", &name]));
        run(Keten::new(["render", "--width", "100", &name]));
    }
    let (a, b) = (&shipped[0], &shipped[1]);
    run(Keten::new([
        "diff",
        &a.to_string_lossy(),
        &b.to_string_lossy(),
    ]));
    run(Keten::new(["new", "nieuw.yaml"]));
    run(Keten::new(["new", "nieuw.yaml"]));
    run(Keten::new(["fmt", "nieuw.yaml"]));
    let base = dir.file("base.yaml", CLEAN);
    let ours = dir.file("ours.yaml", CLEAN.replace("name: Proef", "name: Ons"));
    let theirs = dir.file("theirs.yaml", CLEAN.replace("name: Proef", "name: Hun"));
    let merge = |o: &std::path::Path| {
        Keten::new([
            "merge",
            "-p",
            &base.to_string_lossy(),
            &o.to_string_lossy(),
            &theirs.to_string_lossy(),
        ])
    };
    run(merge(&ours));
    run(merge(&dir.file("geen.yaml", "- a\n")));
    run(Keten::new(["export", "--format", "dot", "fout-0.yaml"]));
    run(Keten::new(["diff", "a"]));
    // The report, in Markdown and as a page, with its picture beside it.
    dir.file("samen.yaml", crate::export::RELATIONAL);
    for model in shipped
        .iter()
        .map(|m| m.file_name().unwrap().to_string_lossy())
    {
        run(Keten::new(["report", "--text-diagram", &model]));
        run(Keten::new(["report", "--format", "html", &model]));
    }
    run(Keten::new(["report", "--assets", "plaatjes", "samen.yaml"]));
    run(Keten::new(["report", "--format", "html", "samen.yaml"]));
    dir.file("geblokkeerd", "");
    run(Keten::new([
        "report",
        "--assets",
        "geblokkeerd",
        "samen.yaml",
    ]));
    let found: Vec<&String> = english
        .iter()
        .filter(|e| out.contains(e.as_str()))
        .collect();
    assert!(
        found.is_empty(),
        "English text in Dutch output: {found:?}\n{out}"
    );
    // Nor English words of keten's own: every line with them comes from
    // the YAML parser (its syntax messages) or from the model's text.
    for line in out.lines() {
        if line.contains("YAML-syntaxis") || line.contains("│") || line.contains("──") {
            continue;
        }
        for word in [
            " the ",
            " has no ",
            " must be ",
            " found ",
            " cannot ",
            " is not ",
        ] {
            assert!(!line.contains(word), "English in Dutch output: {line}");
        }
    }
    assert!(out.contains("fouten"), "{out}");
    let _ = root();
}

#[test]
fn the_parser_refuses_arguments_in_dutch_too() {
    Keten::new(["check", "--formt", "json", "m.yaml"])
        .dutch()
        .run()
        .code(2)
        .stderr_has("fout: onverwacht argument '--formt'")
        .stderr_has("bedoel je '--format'?")
        .stderr_has("Gebruik: keten check");
    Keten::new(["--lang", "nl", "check"])
        .run()
        .code(2)
        .stderr_has("fout: deze verplichte argumenten ontbreken:\n  <FILE>...");
    Keten::new(["check", "--format", "xml", "m.yaml"])
        .dutch()
        .run()
        .code(2)
        .stderr_has(
            "fout: ongeldige waarde 'xml' voor '--format <FORMAT>'\n  [kan zijn: text, json]",
        );
    Keten::new(["check", "--formt", "json", "m.yaml"])
        .run()
        .code(2)
        .stderr_has("error: unexpected argument '--formt' found");
}

#[test]
fn the_pulse_and_kpi_words_are_in_both_languages() {
    for (key, question) in keten::model::DIMENSIONS {
        lang::with(Lang::En, || {
            assert_eq!(lang::t::dimension(key), key);
            assert_eq!(lang::t::dimension_question(key), question);
        });
        lang::with(Lang::Nl, || {
            assert_ne!(lang::t::dimension(key), key, "no Dutch name for `{key}`");
            assert_ne!(
                lang::t::dimension_question(key),
                key,
                "no Dutch question for `{key}`"
            );
        });
    }
    use keten::model::KpiStatus;
    for status in [KpiStatus::OnTarget, KpiStatus::OffTarget, KpiStatus::NoData] {
        let dutch = lang::with(Lang::Nl, || lang::t::kpi_status(status.as_str()));
        assert_ne!(dutch, status.as_str());
    }
}

#[test]
fn the_report_speaks_dutch_and_english() {
    let report = |lang: &str| {
        Keten::new(["--lang", lang, "report", "models/veilige-wijk.yaml"])
            .dir(&root())
            .run()
            .code(0)
            .stdout
    };
    let (en, nl) = (report("en"), report("nl"));
    for heading in [
        "## Overview",
        "## Partners",
        "## Who does what",
        "## Open findings",
    ] {
        assert!(en.contains(heading) && !nl.contains(heading), "{heading}");
    }
    for heading in [
        "## Overzicht",
        "## Ketenpartners",
        "## Wie doet wat",
        "## Openstaande bevindingen",
    ] {
        assert!(nl.contains(heading) && !en.contains(heading), "{heading}");
    }
    assert!(nl.contains(
        "- **In cijfers:** 7 ketenpartners, 18 ketenstappen, 16 overdrachten, 3 doelen, 5 KPI's"
    ));
    insta::assert_snapshot!("report-en", en);
    insta::assert_snapshot!("report-nl", nl);
}

#[test]
fn the_interests_and_the_pulse_speak_dutch() {
    let dir = Dir::new();
    dir.file("samen.yaml", crate::export::RELATIONAL);
    let report = Keten::new(["report", "samen.yaml"])
        .dutch()
        .dir(dir.path())
        .run()
        .code(0)
        .stdout;
    let start = report
        .find("## Belangen en afspraken")
        .expect("the interests");
    let end = report.find("## Wie doet wat").expect("the next section");
    let sections = &report[start..end];
    assert!(sections.contains("| Wijkteam | Werkbare caseload | ⚠️ niet geborgd |"));
    assert!(sections.contains("| School | — | — | — | — | — | — | geen pulse gegeven |"));
    assert!(sections.contains("## De pulse van de samenwerking"));
    // Averages with a decimal comma, the scores as the partners gave them.
    assert!(
        !sections.contains(".5") && sections.contains(",5"),
        "{sections}"
    );
    insta::assert_snapshot!("report-relational-nl", sections);
}

#[test]
fn the_html_report_speaks_dutch() {
    let dir = Dir::new();
    dir.file("samen.yaml", crate::export::RELATIONAL);
    let ran = Keten::new([
        "--lang",
        "nl",
        "report",
        "--format",
        "html",
        "--assets",
        "plaatjes",
        "-o",
        "rapport.html",
        "samen.yaml",
    ])
    .dir(dir.path())
    .run()
    .code(0);
    assert!(
        ran.stderr.contains("plaatjes/samen-chain.svg geschreven"),
        "{}",
        ran.stderr
    );
    let html = dir.read("rapport.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    for text in [
        "<h2>Overzicht</h2>",
        "<h2>Belangen en afspraken</h2>",
        "<h2>De pulse van de samenwerking</h2>",
        "<h2>Wie doet wat</h2>",
        "<th>Ketenpartner</th>",
        "niet geborgd",
        "geen pulse gegeven",
    ] {
        assert!(html.contains(text), "{text} is not in the page");
    }
    for english in [
        "Overview",
        "Interests and agreements",
        "not safeguarded",
        "Who does what",
    ] {
        assert!(!html.contains(english), "{english} is in the Dutch page");
    }
    // A folder that cannot be made is refused in Dutch.
    dir.file("geblokkeerd", "");
    Keten::new(["report", "--assets", "geblokkeerd/plaat", "samen.yaml"])
        .dutch()
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("kan de plaat van de keten niet schrijven")
        .stderr_has("kies een andere map voor --assets");
}
