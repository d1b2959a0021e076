//! The `keten` command line: subcommands, their flags and their help text.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::commands;

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
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open a model full-screen to read and change it (also: `keten FILE`).
    ///
    /// Screens for the chain, partners, goals and KPIs, roles, phases, an
    /// overview and the problems `keten check` finds, live. Every change
    /// can be undone; saving is atomic and never overwrites a file that
    /// changed on disk without asking. Press ? inside for every key.
    Edit(EditArgs),
    /// Check models for errors and gaps, one line per finding.
    ///
    /// Prints `FILE:LINE:COL: error[CODE]: message` (or `warning[CODE]`)
    /// for every finding, then a summary line. Exits 0 when there are no
    /// errors, 1 when there are errors (or warnings, with --deny-warnings),
    /// and 2 when a file cannot be read.
    #[command(after_long_help = CHECK_CODES)]
    Check(CheckArgs),
    /// Rewrite models in the canonical form of the format.
    ///
    /// Keys in a fixed order, empty fields left out, the same model always
    /// written the same way, so that a model under git changes only where a
    /// user changed it. Files are replaced atomically and keep their
    /// permissions. YAML comments stay with the entry, field or list item
    /// they belong to.
    Fmt(FmtArgs),
    /// Print the chain as a diagram: one lane per partner, boxes for steps.
    ///
    /// Prints the model's name and client question, then the chain with a
    /// lane per partner (in model order) and a column per phase or step
    /// rank. Flows run between boxes with arrowheads; handoff labels are
    /// written on the flow where they fit and listed as numbers under the
    /// diagram where they do not. A chain wider than --width is cut into
    /// sections that each fit, with numbered markers where a flow runs on
    /// into the next section.
    Render(RenderArgs),
    /// Show what changed between two versions of a model, in its terms.
    ///
    /// Entities added, removed and changed field by field, flows added and
    /// removed, KPI targets and measurements, steps moved to another
    /// partner. Also works as a git diff driver: git passes seven
    /// arguments (PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE), and
    /// `/dev/null` stands for a file that does not exist on one side.
    Diff(DiffArgs),
    /// Write the model in another tool's format.
    ///
    /// mermaid: a flowchart with a subgraph per partner, for Markdown on
    /// git forges; dot: Graphviz with a cluster per partner; bpmn: a BPMN
    /// 2.0 collaboration (a pool per partner, handoffs as message flows)
    /// laid out as keten lays it out; json: the model as JSON; svg: the
    /// chain diagram as a standalone picture.
    Export(ExportArgs),
    /// Write a Markdown report for a steering committee.
    ///
    /// Overview, partners, goals with their KPIs, who does what, the chain
    /// as a Mermaid block and as a text diagram, and the open findings of
    /// `keten check`.
    Report(ReportArgs),
    /// Print the JSON Schema of the model format, for editors.
    Schema,
    /// Print shell completions (bash, zsh, fish, …).
    Completions(CompletionsArgs),
    /// Print the manual page (roff), for `man`.
    Manpage,
    /// Write a starter model that passes `keten check`.
    ///
    /// The starter has one partner, one step and a client question to fill
    /// in. An existing file is never overwritten.
    New(NewArgs),
}

/// The finding codes, for `keten check --help`.
const CHECK_CODES: &str = "\
Errors (the file is not a usable model):
  syntax              the YAML does not parse
  limit               the file passes a limit on values, nesting, aliases or key length
  version             `keten: 1` is missing or names another version
  schema              a missing required field, a field of the wrong type, or an unknown key
  duplicate-id        the same key twice in one map
  bad-id              an id outside letters, digits, - and _ (1 to 64, starting with a letter or digit)
  dangling-ref        a reference to an id that does not exist

Warnings (the collaboration has a gap; accept one with `allow: [CODE]`
on the model or on the entity it is about):
  no-client-question  the model has no client_question
  no-director         the model has no director
  no-contribution     a partner has no contribution
  idle-partner        a partner has no step, role, goal or KPI, and is not the director
  goal-without-kpi    no KPI measures a goal
  kpi-without-owner   a KPI has no owner
  kpi-without-target  a KPI has no target
  isolated-step       a step has no flow in or out
  duplicate-flow      a step's next names the same step more than once
  unlabelled-handoff  a flow between two partners has no label
  role-elsewhere      a step's role belongs to another partner
  cycle               the process loops (reported once per loop)";

#[derive(Debug, clap::Args)]
pub struct EditArgs {
    /// The model file to open.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Model files to check (`-` reads standard input).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// How to print findings.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// Exit 1 when there are warnings, not only errors.
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// One line per finding, then a summary.
    Text,
    /// A JSON array of {file, line, column, severity, code, message}.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct FmtArgs {
    /// Model files to rewrite (`-` reads standard input and writes standard output).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Change nothing: list the files that would change, and exit 1 if any would.
    #[arg(long)]
    pub check: bool,
    /// Drop the files' YAML comments (move what must stay into `notes`).
    #[arg(long)]
    pub drop_comments: bool,
}

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The model file (`-` reads standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The widest line to print, in terminal cells [default: the terminal's
    /// width on a terminal, 100 otherwise].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(40..=1_000_000))]
    pub width: Option<u32>,
    /// Draw with `+ - | > <` only, for places without Unicode.
    #[arg(long)]
    pub ascii: bool,
    /// When to colour the lanes: on a terminal (auto, and never with
    /// NO_COLOR set), always, or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Show partners without steps as empty lanes.
    #[arg(long)]
    pub all_lanes: bool,
    /// Print `boxes=N edges=N crossings=N width=N height=N sections=N` on
    /// standard error.
    #[arg(long)]
    pub stats: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// OLD NEW, or the seven arguments git gives a diff driver.
    #[arg(value_name = "FILE", num_args = 2..=7, required = true)]
    pub files: Vec<PathBuf>,
    /// How to print the changes.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// A change summary, grouped by section, then a count.
    Text,
    /// A JSON array of {section, id, change, field, old, new}.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The model file (`-` reads standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The format to write.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Where to write (default: standard output).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Mermaid,
    Dot,
    Bpmn,
    Json,
    Svg,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The model file (`-` reads standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Where to write (default: standard output).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// Where to write the starter model; it must not exist yet.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The collaboration's name (default: made from the file name).
    #[arg(long)]
    pub name: Option<String>,
}

/// Parses the arguments and runs the command; returns the exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { 2 } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    let result = match (cli.command, cli.file) {
        (Some(command), _) => run_command(command),
        (None, Some(file)) => crate::tui::run(&file),
        (None, None) => Ok(commands::Outcome::Clean),
    };
    commands::finish(result)
}

fn run_command(command: Command) -> Result<commands::Outcome, commands::Failure> {
    match command {
        Command::Edit(args) => crate::tui::run(&args.file),
        Command::Check(args) => commands::check::run(&args),
        Command::Fmt(args) => commands::fmt::run(&args),
        Command::Render(args) => commands::render::run(&args),
        Command::Diff(args) => commands::export::diff(&args),
        Command::Export(args) => commands::export::run(&args),
        Command::Report(args) => commands::export::report(&args),
        Command::Schema => commands::export::print(&crate::format::schema::schema_text()),
        Command::Completions(args) => {
            use clap::CommandFactory;
            let mut out = Vec::new();
            clap_complete::generate(args.shell, &mut Cli::command(), "keten", &mut out);
            commands::export::print(&String::from_utf8_lossy(&out))
        }
        Command::Manpage => {
            use clap::CommandFactory;
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut out)
                .map_err(commands::Failure::from)?;
            commands::export::print(&String::from_utf8_lossy(&out))
        }
        Command::New(args) => commands::new::run(&args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    #[test]
    fn the_help_lists_every_code() {
        for code in Code::ALL {
            assert!(
                CHECK_CODES.contains(&format!("  {:<20}", code.as_str())),
                "{code} is missing from `keten check --help`"
            );
        }
    }

    #[test]
    fn the_cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
