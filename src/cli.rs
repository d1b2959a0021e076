//! The `keten` command line: the top-level parser, the subcommands with
//! their help text, and the dispatch to [`crate::commands`], where each
//! subcommand's flags live next to its code.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::commands;
use crate::lang::{self, Lang, t};

/// keten: build, check and print collaboration reference models.
///
/// A model is one YAML file that names the partner organisations of a
/// collaboration, the roles they play, their shared goals and KPIs, and the
/// chain of steps through which they answer one client's question together.
#[derive(Debug, Parser)]
#[command(name = "keten", version, about, long_about, max_term_width = 100)]
#[command(after_help = "Start with `keten new model.yaml`, then `keten edit model.yaml`.")]
#[command(args_conflicts_with_subcommands = true, arg_required_else_help = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A model file to open in the editor (the same as `keten edit FILE`).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// The language keten speaks: nl (Dutch) or en (English). Without it,
    /// KETEN_LANG, then LC_ALL, LC_MESSAGES or LANG (nl_* is Dutch).
    #[arg(long, global = true, value_name = "LANG", value_parser = ["nl", "en"])]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open a model full-screen to read and change it (also: `keten FILE`).
    ///
    /// Screens for the chain, partners, goals and KPIs, roles, phases, an
    /// overview and the problems `keten check` finds, live. Every change
    /// can be undone; saving is atomic, and what others saved to the file
    /// meanwhile is merged in first, never overwritten. Press ? inside for
    /// every key.
    Edit(commands::edit::EditArgs),
    /// Check models for errors and gaps, one line per finding.
    ///
    /// Prints `FILE:LINE:COL: error[CODE]: message` (or `warning[CODE]`)
    /// for every finding, then a summary line. Exits 0 when there are no
    /// errors, 1 when there are errors (or warnings, with --deny-warnings),
    /// and 2 when a file cannot be read.
    #[command(after_long_help = commands::check::CODES_HELP)]
    Check(commands::check::CheckArgs),
    /// Rewrite models in the canonical form of the format.
    ///
    /// Keys in a fixed order, empty fields left out, the same model always
    /// written the same way, so that a model under git changes only where a
    /// user changed it. Files are replaced atomically and keep their
    /// owner, group and permissions; read-only and hard-linked files need
    /// --force. YAML comments stay with the entry, field or list item they
    /// belong to.
    Fmt(commands::fmt::FmtArgs),
    /// Print the chain as a diagram: one lane per partner, boxes for steps.
    ///
    /// Prints the model's name and client question, then the chain with a
    /// lane per partner (in model order) and a column per phase or step
    /// rank. Flows run between boxes with arrowheads; handoff labels are
    /// written on the flow where they fit and listed as numbers under the
    /// diagram where they do not. A chain wider than --width is cut into
    /// sections that each fit, with numbered markers where a flow runs on
    /// into the next section.
    Render(commands::render::RenderArgs),
    /// Show what changed between two versions of a model, in its terms.
    ///
    /// Entities added, removed and changed field by field, flows added and
    /// removed, KPI targets and measurements, steps moved to another
    /// partner. Also works as a git diff driver: git passes seven
    /// arguments (PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE), and
    /// `/dev/null` stands for a file that does not exist on one side.
    Diff(commands::diff::DiffArgs),
    /// Write the model in another tool's format.
    ///
    /// mermaid: a flowchart with a lane per partner, for Markdown on git
    /// forges (lanes in the model's order and flows around the boxes where
    /// Mermaid has its swimlane layout, as recent Mermaid 11 has; older
    /// Mermaid places the partners where it likes and may draw flows
    /// behind boxes); dot: Graphviz with a cluster per partner, drawn as keten
    /// lays it out by `neato -n2 -Tsvg` (plain `dot` lays it out again:
    /// lanes in order, steps not always in reading order); bpmn: a BPMN
    /// 2.0 collaboration (a pool per partner, handoffs as message flows)
    /// laid out as keten lays it out; json: the model as JSON; svg: the
    /// chain diagram as a standalone picture.
    Export(commands::export::ExportArgs),
    /// Write a report for a steering committee, in Markdown or as a web page.
    ///
    /// Overview, partners, roles, goals with their KPIs and their history,
    /// interests and the agreements that safeguard them, the collaboration
    /// pulse, who does what (step, partner, role), the steps described, the
    /// handoffs, and the open findings of `keten check`. The chain as a
    /// picture: an SVG beside the report (`--assets`), drawn into the HTML
    /// page; a text diagram and a Mermaid block on request.
    Report(commands::report::ReportArgs),
    /// Print the JSON Schema of the model format, for editors.
    Schema,
    /// Print shell completions (bash, zsh, fish, …).
    Completions(commands::completions::CompletionsArgs),
    /// Print the manual page (roff), for `man`.
    Manpage,
    /// Merge two versions of a model by meaning: git's merge driver.
    ///
    /// Merges BASE, OURS and THEIRS entity by entity and field by field
    /// and writes the result into OURS (git's `%O %A %B`), canonical, with
    /// git's conflict markers around each real conflict. Exits 0 when
    /// clean, 1 with conflicts, and 2 when an input is no model (then the
    /// line-by-line merge is written, as git would make it). See
    /// docs/git.md.
    Merge(commands::merge::MergeArgs),
    /// Write a starter model that passes `keten check`.
    ///
    /// The starter has one partner, one step and a client question to fill
    /// in. An existing file is never overwritten.
    New(commands::new::NewArgs),
}

/// Parses the arguments and runs the command; returns the exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    commands::diff::mark_driver_arguments(&mut args);
    let flag = take_lang_flag(&mut args);
    match lang::choose(flag, |name| {
        std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
    }) {
        Ok(chosen) => lang::set(chosen),
        Err(bad) => {
            eprintln!("keten: {}", t::bad_lang(bad.variable, &bad.value));
            return ExitCode::from(2);
        }
    }
    let parsed = {
        use clap::{CommandFactory, FromArgMatches};
        commands::help::translate(Cli::command(), lang::current())
            .try_get_matches_from(args)
            .and_then(|matches| Cli::from_arg_matches(&matches))
    };
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { 2 } else { 0 };
            match commands::help::dutch_error(&error).filter(|_| lang::current() == Lang::Nl) {
                Some(dutch) => eprint!("{dutch}"),
                None => {
                    let _ = error.print();
                }
            }
            return ExitCode::from(code);
        }
    };
    let result = match (cli.command, cli.file) {
        (Some(command), _) => run_command(command),
        (None, Some(file)) => commands::edit::open(&file),
        (None, None) => Ok(commands::Outcome::Clean),
    };
    commands::finish(result)
}

/// Takes the language `--lang` names out of the arguments before they are
/// parsed, so that `--help` speaks it too and `keten --lang nl FILE` and
/// `keten --lang nl check FILE` both work (the top level takes a file or
/// a command, not both). A value keten does not speak is left for the
/// parser to refuse; the last `--lang` wins.
fn take_lang_flag(args: &mut Vec<OsString>) -> Option<Lang> {
    let mut chosen = None;
    let mut i = 1;
    while i < args.len() {
        let word = args[i].to_str();
        let (lang, width) = match word {
            Some("--") => break,
            Some("--lang") => (
                args.get(i + 1)
                    .and_then(|v| v.to_str())
                    .and_then(Lang::parse),
                2,
            ),
            Some(w) if w.starts_with("--lang=") => (Lang::parse(&w[7..]), 1),
            _ => (None, 1),
        };
        match lang {
            Some(lang) => {
                chosen = Some(lang);
                args.drain(i..i + width);
            }
            None => i += width,
        }
    }
    chosen
}

fn run_command(command: Command) -> Result<commands::Outcome, commands::Failure> {
    match command {
        Command::Edit(args) => commands::edit::run(&args),
        Command::Check(args) => commands::check::run(&args),
        Command::Fmt(args) => commands::fmt::run(&args),
        Command::Render(args) => commands::render::run(&args),
        Command::Diff(args) => commands::diff::run(&args),
        Command::Export(args) => commands::export::run(&args),
        Command::Report(args) => commands::report::run(&args),
        Command::Schema => commands::print(&crate::format::schema::schema_text()),
        Command::Completions(args) => {
            use clap::CommandFactory;
            commands::completions::run(&args, Cli::command())
        }
        Command::Manpage => {
            use clap::CommandFactory;
            commands::completions::manpage(Cli::command())
        }
        Command::New(args) => commands::new::run(&args),
        Command::Merge(args) => commands::merge::run(&args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
