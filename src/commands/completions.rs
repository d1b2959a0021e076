//! `keten completions` and `keten manpage`: the command line described for
//! shells and for `man`. Both take the top-level parser as a value, so that
//! this module needs nothing from the command line's own module.

use super::{Failure, Outcome, print};

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(args: &CompletionsArgs, mut cli: clap::Command) -> Result<Outcome, Failure> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cli, "keten", &mut out);
    print(&String::from_utf8_lossy(&out))
}

pub fn manpage(cli: clap::Command) -> Result<Outcome, Failure> {
    let mut out = Vec::new();
    clap_mangen::Man::new(cli)
        .render(&mut out)
        .map_err(Failure::from)?;
    print(&String::from_utf8_lossy(&out))
}
