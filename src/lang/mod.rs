//! The words keten shows, in Dutch and in English: one catalogue per
//! language ([`en`] and [`nl`]), and the choice of language.
//!
//! Every message is a function of [`t`]: `t::summary(2, 1)` gives
//! `2 errors, 1 warning` or `2 fouten, 1 waarschuwing`, in the language of
//! the process ([`set`], [`current`]). The catalogue is plain Rust: a trait
//! per part of keten ([`Words`], [`Findings`], [`Reading`], [`Files`],
//! [`Commands`], [`Report`], and the editor's [`editor::Editor`] and
//! [`editor::Keys`], listed in `editor.rs`) names every message of that part with its
//! arguments, and each language implements every part, one file each
//! (`en/findings.rs`, `nl/findings.rs`…). So a message missing in one
//! language, or one taking other arguments, does not compile, and an argument one language leaves
//! out is an unused variable (a warning, and an error under clippy's `-D
//! warnings`). Plurals follow the one rule Dutch and English share:
//! [`count`] (`1 stap`, `0 stappen`, `2 stappen`).
//!
//! Adding a string:
//!
//! 1. Name it in the `catalogue!` list below, in the part it belongs to,
//!    with its arguments (`&str`, `usize` or `f64`) and a line of doc
//!    saying where it shows (the editor's in `editor.rs`). A new part is
//!    a new group in a list, a new file in `en/` and in `nl/`, and a name
//!    in [`Catalogue`].
//! 2. Write it in `en/<part>.rs` and in `nl/<part>.rs`, as a method of the
//!    same name returning `String`; `format!` with the arguments by name
//!    (the editor's parts one a line, in `messages!`).
//! 3. Call `t::name(…)` where the text is shown.
//!
//! The tests of this module render every message in both languages with
//! sample arguments and fail when an argument shows in one language and
//! not in the other.
//!
//! The language is chosen once, at the start of a command (`--lang`,
//! `KETEN_LANG`, then the locale: [`choose`]); a thread can speak another
//! language for a while with [`with`] (tests do). Nothing here reads a file
//! or the network. Dutch uses the words of Dutch chain practice: keten,
//! ketenpartner, ketenregisseur, cliëntvraag, ambitie, bijdrage, belangen,
//! rol, fase, ketenstap, overdracht, KPI.

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language keten speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Nl,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The code used by `--lang` and `KETEN_LANG`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// The language named by its code (`nl`, `en`, any case).
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language of a locale name: `nl_NL.UTF-8`, `nl_BE`, `nl` are
    /// Dutch; anything else is English.
    pub fn of_locale(locale: &str) -> Lang {
        let rest = locale.strip_prefix("nl").unwrap_or("-");
        if rest.is_empty() || rest.starts_with(['_', '.', '@']) {
            Lang::Nl
        } else {
            Lang::En
        }
    }

    /// This language's catalogue.
    pub fn catalogue(self) -> &'static dyn Catalogue {
        match self {
            Lang::En => &en::English,
            Lang::Nl => &nl::Dutch,
        }
    }
}

static PROCESS: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language of the whole process.
pub fn set(lang: Lang) {
    PROCESS.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are written in now: this thread's (inside
/// [`with`]), else the process's (English unless [`set`]).
pub fn current() -> Lang {
    THREAD
        .with(Cell::get)
        .unwrap_or(match PROCESS.load(Ordering::Relaxed) {
            1 => Lang::Nl,
            _ => Lang::En,
        })
}

/// Runs `f` with this thread speaking `lang`.
pub fn with<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD.with(|t| t.set(self.0));
        }
    }
    let _restore = Restore(THREAD.with(|t| t.replace(Some(lang))));
    f()
}

/// Why no language could be chosen: `KETEN_LANG` names none keten speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLang {
    pub variable: &'static str,
    pub value: String,
}

/// The language for a run: `flag` (`--lang`) first, then `KETEN_LANG`,
/// then `LC_ALL`, `LC_MESSAGES` and `LANG` (the first one set and not
/// empty; `nl_*` is Dutch, anything else English). `env` looks a variable
/// up (the process environment, or a table in tests).
pub fn choose(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Result<Lang, BadLang> {
    if let Some(lang) = flag {
        return Ok(lang);
    }
    if let Some(value) = env("KETEN_LANG").filter(|v| !v.is_empty()) {
        return Lang::parse(&value).ok_or(BadLang {
            variable: "KETEN_LANG",
            value,
        });
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| env(name).filter(|v| !v.is_empty()));
    Ok(locale.map_or(Lang::En, |l| Lang::of_locale(&l)))
}

/// `1 stap`, `2 stappen`: the count and the word for it. Dutch and English
/// both use the singular for one only (`0 steps`, `0 stappen`).
pub fn count(n: usize, one: &str, other: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {other}")
    }
}

/// The little words of both languages that an id proposed from a name
/// leaves out (`Bedden en dekens plaatsen` → `bedden-dekens`).
pub const LITTLE_WORDS: &[&str] = &[
    "de", "het", "een", "en", "van", "naar", "voor", "met", "op", "in", "te", "of", "aan", "bij",
    "the", "a", "an", "and", "to", "for", "with", "on", "at",
];

/// The text with its first letter a capital: `ketenstap` → `Ketenstap`.
pub fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A number with one decimal, written the Dutch way: `3,5`.
pub fn decimal(x: f64) -> String {
    format!("{x:.1}").replace('.', ",")
}

/// The samples the tests render every message with.
pub(crate) trait Sample {
    fn sample(index: usize) -> Self;
}

impl Sample for &str {
    fn sample(index: usize) -> Self {
        ["‹a›", "‹b›", "‹c›", "‹d›", "‹e›", "‹f›", "‹g›", "‹h›"][index]
    }
}

impl Sample for usize {
    fn sample(index: usize) -> Self {
        9001 + index
    }
}

impl Sample for f64 {
    fn sample(index: usize) -> Self {
        7001.0 + index as f64
    }
}

macro_rules! catalogue {
    // A list of parts: their traits, a function of [`t`] for each message,
    // their keys and their samples. Invoked here and in [`editor`].
    (@parts $(
        $(#[$group_doc:meta])* $group:ident {
            $( $(#[$doc:meta])* fn $key:ident($($arg:ident: $ty:ty),* $(,)?); )*
        }
    )*) => {
        $(
            $(#[$group_doc])*
            pub trait $group {
                $( $(#[$doc])* fn $key(&self, $($arg: $ty),*) -> String; )*
            }
        )*

        /// The messages of these parts in the current language ([`current`]).
        pub mod messages {
            #[allow(unused_imports)]
            use super::*;
            $($( $(#[$doc])* pub fn $key($($arg: $ty),*) -> String {
                $crate::lang::current().catalogue().$key($($arg),*)
            } )*)*
        }

        /// The name of every message of these parts.
        pub const PART_KEYS: &[&str] = &[$($(stringify!($key)),*),*];

        /// Every message of these parts rendered with sample arguments.
        #[allow(unused_mut, unused_variables, unused_assignments)]
        pub fn part_samples(
            c: &dyn $crate::lang::Catalogue,
        ) -> Vec<(&'static str, String, Vec<String>)> {
            #[allow(unused_imports)]
            use $crate::lang::Sample;
            let mut all = Vec::new();
            $($({
                let mut index = 0;
                let mut given: Vec<String> = Vec::new();
                $(
                    let $arg = <$ty as Sample>::sample(index);
                    given.push($arg.to_string());
                    index += 1;
                )*
                let _ = index;
                all.push((stringify!($key), c.$key($($arg),*), given));
            })*)*
            all
        }
    };
    ($($parts:tt)*) => {
        catalogue!(@parts $($parts)*);
    };
}

/// The messages of a part in one language, one a line: `fn name(arg: type)
/// { text }` inside the part's `impl`, the text a `&str` or a `String`.
macro_rules! messages {
    ($( fn $key:ident($($arg:ident: $ty:ty),* $(,)?) $body:block )*) => {
        $( fn $key(&self, $($arg: $ty),*) -> String { String::from($body) } )*
    };
}

// After the macros, which the catalogues use.
pub mod editor;
pub mod en;
pub mod nl;

/// Every message keten shows, in one language: the parts of the
/// catalogue together.
pub trait Catalogue:
    Words + Findings + Reading + Files + Commands + Report + editor::Editor + editor::Keys + Sync
{
}

impl<T> Catalogue for T where
    T: Words
        + Findings
        + Reading
        + Files
        + Commands
        + Report
        + editor::Editor
        + editor::Keys
        + Sync
{
}

/// The messages in the current language ([`current`]): `t::summary(2, 1)`.
pub mod t {
    pub use super::editor::messages::*;
    pub use super::messages::*;
}

/// The name of every message.
pub fn keys() -> Vec<&'static str> {
    [PART_KEYS, editor::PART_KEYS].concat()
}

/// Every message rendered with sample arguments (`‹a›`, `‹b›`… for text,
/// 9001, 9002… for counts), with the samples it was given.
pub fn samples(c: &dyn Catalogue) -> Vec<(&'static str, String, Vec<String>)> {
    let mut all = part_samples(c);
    all.extend(editor::part_samples(c));
    all
}

catalogue! {
    /// Words many messages share: counts, the nouns of a model, "did you mean".
    Words {
        /// `KETEN_LANG` names a language keten does not speak.
        fn bad_lang(variable: &str, value: &str);
        /// `2 errors, 1 warning`.
        fn summary(errors: usize, warnings: usize);
        /// `1 file could not be read`, said instead of or after the summary.
        fn not_read(files: usize);
        /// More findings than keten lists.
        fn more_findings(file: &str, omitted: usize, most: usize);
        /// The noun for an entity of a section, from its English name (`partner`,
        /// `step`…); a word it does not know is given back as it is.
        fn noun(english: &str);
        /// `; did you mean `x`?` after a wrong name.
        fn did_you_mean(candidate: &str);
        /// A description of a value or of what a field takes, from its English
        /// words: `a number`, `a list`, `text`, `the top level`, `a period like
        /// `2026-Q1``…; words it does not know are given back as they are.
        fn phrase(english: &str);
        /// `a list of text`: what a list field takes.
        fn list_of(items: &str);
        /// An entity as a place in messages: `step `triage``.
        fn entity(noun: &str, id: &str);
        /// `a step`: the kind of entity whose keys are listed.
        fn a_noun(noun: &str);
        /// `and`, between the last two of a list.
        fn and();
        /// The key that answers yes to a question: `y`, and `j` in Dutch
        /// (`n` is no in both).
        fn yes_key();
        /// How a question shows its answers: `(y/n)`, `(j/n)`.
        fn yes_no();
        /// A KPI's status in words, from its English words (`on target`,
        /// `off target`, `no data`: `KpiStatus::as_str`).
        fn kpi_status(english: &str);
        /// A dimension of the collaboration pulse by its key (`trust`…).
        fn dimension(key: &str);
        /// What a dimension of the pulse asks the partner, by its key.
        fn dimension_question(key: &str);
        /// The editor: a save failed (`why`); another file is asked for.
        fn save_elsewhere(why: &str);
        /// The editor, under a new entity's name: Tab goes past the id.
        fn id_skipped();
        /// The editor, under an interest's note: whose note it is.
        fn interest_note(interest: &str);
        /// The editor: an interest's note, where no interest is named yet.
        fn interest_note_none();
        /// The editor, under a choice of several: how to tick them.
        fn tick_hint();
        /// The editor: a choice of several with nothing ticked.
        fn none_ticked();
        /// The editor: a choice of several with nothing to choose from.
        fn nothing_to_choose();
        /// The editor: the title of `/`'s list.
        fn search_title();
    }
    /// `keten check`'s findings about the collaboration, and git's conflict markers.
    Findings {
        /// A reference to an id that does not exist: `no partner `x`` and where.
        fn dangling_ref(noun: &str, id: &str, place: &str, hint: &str);
        /// ` (in step `x`)`, after a dangling reference.
        fn in_entity(noun: &str, id: &str);
        fn no_client_question();
        fn no_director();
        fn unguarded_interest(interest: &str, partner: &str);
        /// A partner's low pulse scores (`trust 2, openness 1`) in a period.
        fn pulse_low(period: &str, partner: &str, scores: &str);
        fn pulse_fell(dimension: &str, was: f64, before: &str, now: f64, latest: &str);
        fn pulse_missing(partner: &str, name: &str, period: &str);
        fn no_contribution(partner: &str, name: &str);
        fn idle_partner(partner: &str, name: &str);
        fn goal_without_kpi(goal: &str, name: &str);
        fn kpi_without_owner(kpi: &str, name: &str);
        fn kpi_without_target(kpi: &str, name: &str);
        fn isolated_step(step: &str, name: &str);
        /// A step's `next` names a step `more` times more than once (1: "again").
        fn duplicate_flow(step: &str, to: &str, more: usize);
        fn unlabelled_handoff(from: &str, from_partner: &str, to: &str, to_partner: &str);
        fn role_elsewhere(step: &str, partner: &str, role: &str, role_partner: &str);
        /// The steps of a loop when there are many: `a, b, c, d, e and 3 more steps`.
        fn and_more_steps(first: &str, more: usize);
        fn cycle(from: &str, to: &str, steps: &str);
        fn merge_conflict(end: usize, ours: &str, theirs: &str);
        fn side_empty();
        /// One side of a conflict: its first line, and how many lines follow.
        fn side_has(first: &str, more: usize);
    }
    /// Reading a model file: the `schema`, `version`, `bad-id`, `syntax` and `limit` findings.
    Reading {
        fn empty_file();
        fn top_not_map(found: &str);
        fn no_version(version: usize);
        fn no_name();
        fn no_partners();
        fn other_version(found: &str, version: usize);
        fn version_not_number(version: usize, found: &str);
        fn key_not_text(place: &str, found: &str);
        /// `; a step takes name, partner, …` after an unknown key.
        fn takes_keys(what: &str, keys: &str);
        /// `; it takes to, label` after an unknown key in a flow or measurement.
        fn it_takes_keys(keys: &str);
        /// ` in step `x``: where an unknown key stands.
        fn in_place(place: &str);
        fn unknown_key(key: &str, place: &str, hint: &str);
        fn section_not_map(section: &str, noun: &str, found: &str);
        fn id_not_text(noun: &str, found: &str);
        /// `; give it at least a `name``, after an entity written as nothing.
        fn give_a_name(id: &str);
        fn entity_not_map(place: &str, found: &str, fix: &str);
        /// A bad id: `why` is [`t::id_too_long`] or [`t::id_not_valid`].
        fn bad_id(noun: &str, id: &str, why: &str, example: &str);
        fn id_too_long(most: usize);
        fn id_not_valid();
        /// ` (for example `x`)`, after a bad id.
        fn for_example(fix: &str);
        fn required_missing(place: &str, field: &str);
        fn wrong_type(field: &str, place: &str, want: &str, found: &str);
        fn required_empty(field: &str, place: &str);
        fn empty_reference(field: &str, place: &str, or: &str);
        fn write_as_list(field: &str, place: &str, want: &str, text: &str);
        fn empty_item(field: &str, place: &str);
        fn inexact_number(field: &str, place: &str, text: &str, becomes: &str);
        fn quoted_number(field: &str, place: &str, text: &str);
        fn infinite_number(field: &str, place: &str, text: &str);
        /// `; write a decimal point: `3.5``, after `3,5`.
        fn decimal_point(fixed: &str);
        fn not_a_number(field: &str, place: &str, text: &str, hint: &str);
        fn bad_better(place: &str, text: &str, hint: &str);
        fn error_allowed(code: &str);
        fn the_warning_codes(codes: &str);
        fn unknown_warning(code: &str, hint: &str);
        /// `a flow of step `x``, as a place.
        fn a_flow_of(place: &str);
        fn flow_without_to(place: &str);
        fn a_measurement_of(place: &str);
        fn an_interest_of(place: &str);
        /// `entry 3 of `pulse``, as a place.
        fn pulse_entry(number: usize);
        fn pulse_twice(place: &str, partner: &str, period: &str);
        /// `the text "x"`: a quoted value found where a number belongs.
        fn the_text(text: &str);
        fn bad_score(key: &str, place: &str, found: &str);
        fn too_many_values(found: usize, most: usize, bytes_per_value: usize);
        fn second_document();
        fn too_deep(most: usize);
        fn unknown_anchor();
        fn alias_values(most: usize);
        fn alias_bytes(mib: usize);
        fn key_twice(key: &str, first: usize);
        fn foreign_tag(tag: &str);
        fn key_too_long(most: usize, id_most: usize);
        /// A syntax error in the YAML parser's own (English) words.
        fn yaml_syntax(info: &str);
        fn not_utf8(byte: &str);
    }
    /// Files that cannot be read or written, and git sync.
    Files {
        fn cannot_read(path: &str, reason: &str);
        fn is_directory_not_model(path: &str);
        fn too_large(path: &str, size: f64, most: usize);
        fn no_such_file();
        fn permission_denied();
        fn not_text();
        fn disk_full();
        fn read_only_system();
        fn read_only();
        fn hard_links(names: usize);
        fn is_directory();
        fn folder_refuses(folder: &str, reason: &str);
        fn no_folder(folder: &str);
        fn cannot_write_output(reason: &str);
        fn cannot_write(path: &str, reason: &str);
        /// `-o` names the model file itself.
        fn output_is_model(model: &str);
        fn make_writable();
        fn remove_first();
        fn wrote(path: &str);
        fn cannot_read_file(reason: &str);
        fn not_reloaded();
        fn git_missing();
        fn git_no_work_tree();
        fn git_no_remote();
        /// The commit message of a sync.
        fn git_edits_by(file: &str, author: &str);
        fn git_not_committed(why: &str);
        fn git_pull_failed(why: &str);
        fn git_error(error: &str);
        fn git_synced();
        fn git_push_failed(why: &str);
    }
    /// What the commands say: `diff`, `fmt`, `new`, `merge`, `edit`, and edits that cannot be made.
    Commands {
        fn no_changes();
        /// The heading of a section of changes, from the section's key (`partners`,
        /// `steps`…, and `` for the model's own fields).
        fn diff_heading(section: &str);
        /// A pulse entry: `Wijkteam (wijkteam) in 2026-Q1`.
        fn pulse_of(name: &str, partner: &str, period: &str);
        fn diff_added(what: &str);
        fn diff_removed(what: &str);
        /// A step that moves to another partner's lane.
        fn diff_moved(what: &str, from: &str, to: &str);
        fn a_changed_handoff();
        fn diff_flow(from: &str, to: &str);
        fn diff_label(old: &str, new: &str);
        fn flows_reordered(what: &str);
        fn diff_measurement(period: &str);
        fn diff_totals(added: usize, removed: usize, changed: usize);
        /// A command refuses a model with errors; `refusal` is one of the `not_*`
        /// messages (`not formatted`).
        fn fix_errors_first(file: &str, refusal: &str);
        fn not_formatted();
        fn not_compared();
        fn not_exported();
        fn not_drawn();
        fn not_opened();
        fn not_reported();
        fn formatted(file: &str);
        fn fmt_refused(file: &str, reason: &str, then: &str);
        fn fmt_force_read_only(file: &str);
        fn fmt_force_links(file: &str);
        fn file_unchanged();
        fn new_exists(file: &str);
        fn new_schema_too(schema: &str);
        fn new_wrote(file: &str, also: &str);
        fn new_wrote_empty(file: &str, also: &str);
        /// The starter model's texts.
        fn starter_question();
        fn starter_director();
        fn starter_kind();
        fn starter_contribution();
        fn starter_step();
        fn starter_name();
        fn diff_arguments();
        fn diff_stdin_once();
        fn conflicts(n: usize);
        fn conflicts_marked(file: &str, conflicts: &str);
        fn conflicts_marked_output(file: &str, conflicts: &str);
        fn merge_no_model(file: &str, why: &str);
        fn merged_by_lines();
        fn not_a_model();
        fn at_line(line: usize, message: &str);
        /// A conflict of a merge: what (`step `x``, `the model`), then how.
        fn the_model();
        fn changed_both();
        fn added_both();
        fn deleted_changed();
        fn deleted_referred();
        fn renamed_both();
        fn edit_stdin();
        fn edit_no_terminal();
        fn no_such_entity(noun: &str, id: &str);
        fn entity_exists(noun: &str, id: &str);
        fn not_an_id(id: &str);
        fn id_referred(id: &str);
        /// The id of the starter model's one partner.
        fn starter_director_id();
        /// The id of the starter model's one step.
        fn starter_step_id();
    }
    /// `keten report`: the report's headings, column titles, statuses and trends,
    /// and what `--assets` says.
    Report {
        fn report_overview();
        fn report_client_question();
        fn report_ambition();
        fn report_director();
        fn report_in_numbers();
        /// `3 partners, 16 steps, 20 handoffs, 4 goals, 6 KPIs`.
        fn report_counts(partners: usize, steps: usize, handoffs: usize, goals: usize, kpis: usize);
        fn report_partners();
        /// The column of a partner in the report's tables.
        fn report_partner();
        fn report_kind();
        fn report_contribution();
        fn report_interests();
        fn report_roles();
        fn report_role();
        fn report_description();
        fn report_goals_and_kpis();
        /// Said under a goal no KPI measures.
        fn report_no_kpi();
        fn report_kpi();
        fn report_owner();
        fn report_target();
        fn report_latest();
        fn report_status();
        /// After a KPI's target: which way is better.
        fn report_higher_is_better();
        fn report_lower_is_better();
        /// A KPI's status with its sign: `✅ on target`.
        fn report_on_target();
        fn report_off_target();
        fn report_no_data();
        fn report_kpi_history();
        fn report_measurements();
        fn report_trend();
        /// How the latest measurement moved since the one before.
        fn report_toward();
        fn report_away();
        fn report_unchanged();
        fn report_improving();
        fn report_worsening();
        fn report_one_measurement();
        fn report_who_does_what();
        fn report_step();
        fn report_steps_described();
        fn report_the_chain();
        /// Above the table of handoffs.
        fn report_handoffs();
        fn report_from();
        fn report_to();
        fn report_what_passes();
        /// Where the chain's picture would be, without `--assets`.
        fn report_no_picture();
        fn report_open_findings();
        fn report_no_findings();
        /// A finding's severity by its English word (`error`, `warning`).
        fn report_severity(english: &str);
        fn report_interests_and_agreements();
        fn report_interest();
        fn report_safeguarded_by();
        /// An interest no agreement safeguards, with its sign.
        fn report_not_safeguarded();
        fn report_agreement();
        fn report_made_by();
        fn report_what_was_agreed();
        fn report_pulse();
        /// What the pulse table shows, for the latest period.
        fn report_pulse_intro(period: &str);
        /// The same, with the period the changes are counted from.
        fn report_pulse_intro_since(period: &str, before: &str);
        fn report_note();
        /// In the pulse table, for a partner with steps and no scores.
        fn report_no_pulse();
        fn report_average();
        fn report_over_time();
        fn report_period();
        /// A dimension of the pulse as a column title, by its key (`trust`…).
        fn report_dimension(key: &str);
        /// An average keten worked out, as the English write it (`3.5`, `+0.5`):
        /// Dutch writes a decimal comma (`3,5`).
        fn report_decimal(english: &str);
        /// `--assets` names a folder the picture cannot be written into.
        fn report_picture_not_written(path: &str, reason: &str);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(table: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            table
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_flag_goes_before_keten_lang_before_the_locale() {
        let all = [("KETEN_LANG", "en"), ("LC_ALL", "nl_NL.UTF-8")];
        assert_eq!(choose(Some(Lang::Nl), env(&all)), Ok(Lang::Nl));
        assert_eq!(choose(None, env(&all)), Ok(Lang::En));
        assert_eq!(choose(None, env(&all[1..])), Ok(Lang::Nl));
        let order = [("LC_ALL", ""), ("LC_MESSAGES", "nl_BE"), ("LANG", "en_GB")];
        assert_eq!(choose(None, env(&order)), Ok(Lang::Nl));
        assert_eq!(choose(None, env(&order[2..])), Ok(Lang::En));
        assert_eq!(choose(None, env(&[])), Ok(Lang::En));
        assert_eq!(
            choose(None, env(&[("KETEN_LANG", "fr")])),
            Err(BadLang {
                variable: "KETEN_LANG",
                value: "fr".into()
            })
        );
    }

    #[test]
    fn only_dutch_locales_are_dutch() {
        for nl in ["nl", "nl_NL", "nl_BE.UTF-8", "nl.UTF-8", "nl@euro"] {
            assert_eq!(Lang::of_locale(nl), Lang::Nl, "{nl}");
        }
        for en in ["C", "POSIX", "en_US.UTF-8", "fr_FR", "nld", "", "de_NL"] {
            assert_eq!(Lang::of_locale(en), Lang::En, "{en}");
        }
    }

    #[test]
    fn counts_take_the_singular_for_one_only() {
        assert_eq!(count(0, "stap", "stappen"), "0 stappen");
        assert_eq!(count(1, "stap", "stappen"), "1 stap");
        assert_eq!(count(2, "partner", "partners"), "2 partners");
        assert_eq!(
            with(Lang::Nl, || t::summary(1, 2)),
            "1 fout, 2 waarschuwingen"
        );
        assert_eq!(with(Lang::En, || t::summary(1, 2)), "1 error, 2 warnings");
    }

    #[test]
    fn every_message_uses_the_same_arguments_in_both_languages() {
        let english = samples(Lang::En.catalogue());
        let dutch = samples(Lang::Nl.catalogue());
        assert_eq!(english.len(), keys().len());
        for ((key, en, given), (_, nl, _)) in english.iter().zip(&dutch) {
            assert!(
                !en.trim().is_empty() && !nl.trim().is_empty(),
                "{key} is empty"
            );
            for sample in given {
                assert_eq!(
                    en.contains(sample.as_str()),
                    nl.contains(sample.as_str()),
                    "`{key}` shows the argument {sample} in one language only:\n en: {en}\n nl: {nl}"
                );
            }
        }
    }

    #[test]
    fn with_speaks_for_its_thread_and_restores() {
        with(Lang::Nl, || {
            assert_eq!(current(), Lang::Nl);
            with(Lang::En, || assert_eq!(current(), Lang::En));
            assert_eq!(current(), Lang::Nl);
        });
    }
}
