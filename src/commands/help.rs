//! `--help` in the language of the run: the command line's texts in
//! Dutch, from the Dutch catalogue's table ([`crate::lang::nl::HELP`]).
//!
//! The English texts are the doc comments of the clap definitions (in
//! `cli` and beside each command's flags); the Dutch table holds one text
//! for each, keyed by where it stands: `check` is the command's one-line
//! about, `check#long` its longer text, `check#after` the text after the
//! options (`check#afterlong`: only with `--help`, not `-h`), `check --format` the help of an argument (by its id), and
//! `keten` the top level. A test walks every command and argument and
//! fails when one has no Dutch text, or a Dutch text names nothing.

use clap::Command;

use crate::lang::{Lang, nl};

/// What clap prints for `--help`, with Dutch headings: only the sections
/// the command has.
fn dutch_template(command: &Command) -> String {
    let mut out = String::from("{before-help}{about-with-newline}\nGebruik: {usage}\n");
    if command.has_subcommands() {
        out.push_str("\nOpdrachten:\n{subcommands}\n");
    }
    if command.get_positionals().next().is_some() {
        out.push_str("\nArgumenten:\n{positionals}\n");
    }
    out.push_str("\nOpties:\n{options}{after-help}");
    out
}

/// `command` with its help in `lang`: unchanged in English.
pub fn translate(command: Command, lang: Lang) -> Command {
    match lang {
        Lang::En => command,
        Lang::Nl => {
            let mut command = command;
            command.build();
            dutch(command, "keten")
        }
    }
}

/// The key of a command: `keten`, `check`; `help check` is `check`.
fn key_of(path: &str) -> String {
    match path.strip_prefix("keten ") {
        None => "keten".to_string(),
        Some(rest) => match rest.strip_prefix("help ") {
            Some(command) => command.to_string(),
            None => rest.to_string(),
        },
    }
}

fn text(key: &str) -> Option<&'static str> {
    nl::HELP.iter().find(|(k, _)| *k == key).map(|(_, t)| *t)
}

fn dutch(mut command: Command, path: &str) -> Command {
    let about = key_of(path);
    if let Some(t) = text(&about) {
        command = command.about(t);
    }
    if let Some(t) = text(&format!("{about}#long")) {
        command = command.long_about(t);
    } else if command.get_long_about().is_some() {
        command = command.long_about(None::<&str>);
    }
    if let Some(t) = text(&format!("{about}#after")) {
        command = command.after_help(t).after_long_help(t);
    }
    if let Some(t) = text(&format!("{about}#afterlong")) {
        command = command.after_long_help(t);
    }
    // In place: the command is built, and its parser finds each argument
    // by its position in the list (`mut_arg` would move it to the end).
    command = command.mut_args(|a| {
        let id = a.get_id().to_string();
        let own = text(&format!("{about} --{id}"));
        let common = text(&format!("* --{id}"));
        let Some(t) = own.or(common) else {
            return a;
        };
        let mut help = t.to_string();
        let values: Vec<String> = a
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() && !a.is_hide_default_value_set() && a.get_action().takes_values() {
            help.push_str(&format!(" [standaard: {}]", defaults.join(", ")));
        }
        if !values.is_empty() && !a.is_hide_possible_values_set() {
            help.push_str(&format!(" [kan zijn: {}]", values.join(", ")));
        }
        a.help(help.clone())
            .long_help(help)
            .hide_possible_values(true)
            .hide_default_value(true)
    });
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subcommands {
        let sub = format!("{path} {name}");
        command = command.mut_subcommand(&name, |s| dutch(s, &sub));
    }
    let template = dutch_template(&command);
    command.help_template(template)
}

/// The parser's refusal of the arguments in Dutch, for the kinds of error
/// a user meets (an unknown option or command, a bad or missing value);
/// `None` leaves the others in clap's English.
pub fn dutch_error(error: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let list = |kind| match error.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let mut out = match error.kind() {
        ErrorKind::InvalidValue => {
            let value = get(ContextKind::InvalidValue).unwrap_or_default();
            let mut line = if value.is_empty() {
                format!("fout: '{arg}' heeft een waarde nodig")
            } else {
                format!("fout: ongeldige waarde '{value}' voor '{arg}'")
            };
            let valid = list(ContextKind::ValidValue);
            if !valid.is_empty() {
                line.push_str(&format!("\n  [kan zijn: {}]", valid.join(", ")));
            }
            line
        }
        ErrorKind::UnknownArgument => {
            let mut line = format!("fout: onverwacht argument '{arg}'");
            if let Some(similar) = get(ContextKind::SuggestedArg) {
                line.push_str(&format!("\n\n  tip: bedoel je '{similar}'?"));
            }
            line
        }
        ErrorKind::InvalidSubcommand => {
            let mut line = format!("fout: onbekende opdracht '{arg}'");
            if let Some(similar) = get(ContextKind::SuggestedSubcommand) {
                line.push_str(&format!("\n\n  tip: bedoel je '{similar}'?"));
            }
            line
        }
        ErrorKind::MissingRequiredArgument => format!(
            "fout: deze verplichte argumenten ontbreken:\n  {}",
            list(ContextKind::InvalidArg).join("\n  ")
        ),
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg).unwrap_or_default();
            match get(ContextKind::InvalidSubcommand).filter(|_| arg.is_empty()) {
                Some(command) => {
                    format!("fout: de opdracht '{command}' kan niet samen met '{prior}'")
                }
                None => format!("fout: '{arg}' kan niet samen met '{prior}'"),
            }
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error).map(|e| format!(": {e}"));
            format!(
                "fout: ongeldige waarde '{}' voor '{arg}'{}",
                get(ContextKind::InvalidValue).unwrap_or_default(),
                why.unwrap_or_default()
            )
        }
        _ => return None,
    };
    if let Some(usage) = get(ContextKind::Usage) {
        let usage = usage.replacen("Usage:", "Gebruik:", 1);
        out.push_str(&format!("\n\n{}", usage.trim_end()));
    }
    out.push_str("\n\nMeer uitleg: '--help'.\n");
    Some(out)
}

/// Every place of `command` that has an English help text and no Dutch
/// one, as its key.
pub fn untranslated(command: &Command) -> Vec<String> {
    let mut out = Vec::new();
    walk(command, "keten", &mut out);
    out
}

fn walk(command: &Command, path: &str, out: &mut Vec<String>) {
    let about = key_of(path);
    if let Some(english) = command.get_about().filter(|_| text(&about).is_none()) {
        out.push(format!("{about} = {english}"));
    }
    let long = format!("{about}#long");
    if let Some(english) = command.get_long_about().filter(|_| text(&long).is_none()) {
        out.push(format!("{long} = {english}"));
    }
    for arg in command.get_arguments() {
        let id = arg.get_id().as_str();
        let help = arg.get_long_help().or(arg.get_help());
        if let Some(english) = help.filter(|_| {
            text(&format!("{about} --{id}")).is_none() && text(&format!("* --{id}")).is_none()
        }) {
            out.push(format!("{about} --{id} = {english}"));
        }
    }
    for sub in command.get_subcommands() {
        walk(sub, &format!("{path} {}", sub.get_name()), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_help_text_has_a_dutch_one() {
        use clap::CommandFactory;
        let mut command = translate(crate::cli::Cli::command(), Lang::En);
        command.build();
        let missing = untranslated(&command);
        assert!(
            missing.is_empty(),
            "no Dutch help for:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn every_dutch_text_names_a_place() {
        use clap::CommandFactory;
        let mut command = crate::cli::Cli::command();
        command.build();
        let mut places = vec![
            "* --lang".to_string(),
            "* --help".to_string(),
            "* --version".to_string(),
        ];
        collect(&command, "keten", &mut places);
        for (key, _) in nl::HELP {
            assert!(
                places.iter().any(|p| p == key),
                "the Dutch help `{key}` names nothing"
            );
        }
    }

    fn collect(command: &Command, path: &str, out: &mut Vec<String>) {
        let about = key_of(path);
        for part in ["", "#long", "#after", "#afterlong"] {
            out.push(format!("{about}{part}"));
        }
        for arg in command.get_arguments() {
            out.push(format!("{about} --{}", arg.get_id()));
        }
        for sub in command.get_subcommands() {
            collect(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn the_dutch_help_lists_every_code() {
        let codes = text("check#afterlong").unwrap();
        for code in crate::code::Code::ALL {
            assert!(
                codes.contains(&format!("  {:<20}", code.as_str())),
                "{code} is missing from `keten --lang nl check --help`"
            );
        }
    }
}
