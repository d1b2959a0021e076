//! Words many messages share: counts, the nouns of a model, "did you mean".

use super::Dutch;
use crate::lang::{Words, count};

impl Words for Dutch {
    fn bad_lang(&self, variable: &str, value: &str) -> String {
        format!(
            "{variable}={value} is geen taal die keten spreekt; gebruik `nl` (Nederlands) of `en` (Engels)"
        )
    }

    fn summary(&self, errors: usize, warnings: usize) -> String {
        format!(
            "{}, {}",
            count(errors, "fout", "fouten"),
            count(warnings, "waarschuwing", "waarschuwingen")
        )
    }

    fn not_read(&self, files: usize) -> String {
        match files {
            1 => "1 bestand kon niet worden gelezen".to_string(),
            n => format!("{n} bestanden konden niet worden gelezen"),
        }
    }

    fn more_findings(&self, file: &str, omitted: usize, most: usize) -> String {
        format!(
            "{file}: nog {omitted} bevindingen niet getoond; keten toont de eerste {most} van een bestand"
        )
    }

    fn noun(&self, english: &str) -> String {
        match english {
            "model" => "model",
            "phase" => "fase",
            "partner" => "ketenpartner",
            "role" => "rol",
            "goal" => "doel",
            "KPI" => "KPI",
            "agreement" => "afspraak",
            "step" => "ketenstap",
            "flow" => "verbinding",
            "handoff" => "overdracht",
            "measurement" => "meting",
            "interest" => "belang",
            _ => english,
        }
        .to_string()
    }

    fn did_you_mean(&self, candidate: &str) -> String {
        format!("; bedoel je `{candidate}`?")
    }

    fn phrase(&self, english: &str) -> String {
        if let Some(items) = english.strip_prefix("a list of ") {
            return self.list_of(&self.phrase(items));
        }
        match english {
            "nothing" => "niets",
            "a number" => "een getal",
            "true/false" => "true/false",
            "text" => "tekst",
            "a list" => "een lijst",
            "a map" => "een mapping",
            "an id" => "een id",
            "the top level" => "het hoogste niveau",
            "warning codes" => "waarschuwingscodes",
            "step ids or `{ to: step, label: … }`" => {
                "ids van ketenstappen of `{ to: stap, label: … }`"
            }
            "`{ period: …, value: … }`" => "`{ period: …, value: … }`",
            "`{ period: …, partner: …, trust: … }`" => {
                "`{ period: …, partner: …, trust: … }`"
            }
            "text or `{ name: … }`" => "tekst of `{ name: … }`",
            "a period like `2026-Q1`" => "een periode zoals `2026-Q1`",
            "`higher` or `lower`" => "`higher` of `lower`",
            "partners" => "ketenpartners",
            _ => english,
        }
        .to_string()
    }

    fn list_of(&self, items: &str) -> String {
        format!("een lijst van {items}")
    }

    fn entity(&self, noun: &str, id: &str) -> String {
        format!("{noun} `{id}`")
    }

    fn a_noun(&self, noun: &str) -> String {
        format!("een {noun}")
    }

    fn and(&self) -> String {
        "en".to_string()
    }

    fn yes_key(&self) -> String {
        "j".to_string()
    }

    fn yes_no(&self) -> String {
        "(j/n)".to_string()
    }

    fn kpi_status(&self, english: &str) -> String {
        match english {
            "on target" => "op koers",
            "off target" => "niet op koers",
            "no data" => "geen gegevens",
            _ => english,
        }
        .to_string()
    }

    fn dimension(&self, key: &str) -> String {
        match key {
            "trust" => "vertrouwen",
            "reciprocity" => "wederkerigheid",
            "openness" => "openheid",
            "appreciation" => "waardering",
            "contribution" => "bijdrage",
            "interests" => "belangen",
            _ => key,
        }
        .to_string()
    }

    fn dimension_question(&self, key: &str) -> String {
        match key {
            "trust" => "We vertrouwen erop dat de andere partners doen wat ze zeggen.",
            "reciprocity" => "Geven en nemen zijn in balans; de communicatie gaat over en weer.",
            "openness" => "We kunnen het openlijk oneens zijn en elkaars standpunten bevragen.",
            "appreciation" => "Onze bijdrage wordt door de anderen gezien en gewaardeerd.",
            "contribution" => {
                "We kunnen met onze eigen deskundigheid een zinvolle bijdrage leveren."
            }
            "interests" => "Onze belangen zijn geborgd in de besluiten.",
            _ => key,
        }
        .to_string()
    }

    fn save_elsewhere(&self, why: &str) -> String {
        format!(
            "Niet opgeslagen: {why}. Opslaan in een ander bestand (de wijzigingen blijven hier tot ze zijn weggeschreven):"
        )
    }

    fn id_skipped(&self) -> String {
        "Tab slaat de id over die uit de naam is voorgesteld; Shift-Tab gaat ernaar terug."
            .to_string()
    }

    fn interest_note(&self, interest: &str) -> String {
        format!(
            "De notitie bij het belang “{interest}”; ← → in het veld erboven gaan naar een ander belang."
        )
    }

    fn interest_note_none(&self) -> String {
        "Noem eerst de belangen (; ertussen).".to_string()
    }

    fn tick_hint(&self) -> String {
        "Letters zoeken er een, Spatie vinkt die aan (of uit); alleen Spatie: de lijst met vakjes. Ze houden de volgorde waarin ze zijn aangevinkt.".to_string()
    }

    fn none_ticked(&self) -> String {
        "— (Spatie: aanvinken)".to_string()
    }

    fn nothing_to_choose(&self) -> String {
        "er is nog niets om uit te kiezen".to_string()
    }

    fn search_title(&self) -> String {
        "Zoek in namen, id's, beschrijvingen, notities en labels van overdrachten".to_string()
    }
}
