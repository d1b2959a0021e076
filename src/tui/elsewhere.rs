//! Saving elsewhere: when the file cannot be written (a read-only folder,
//! a full disk, any error of the system), the editor asks for another
//! file at once, proposed beside the original where that folder takes a
//! file and in the home folder where it does not; the model stays as it
//! is until it is written somewhere.

use std::path::{Path, PathBuf};

use super::app::App;
use super::dialog::{Dialog, Prompt, Purpose};

impl App {
    /// Asks for another file to save to; `why` says what went wrong first.
    pub(crate) fn ask_save_elsewhere(&mut self, why: Option<&str>, proposal: Option<&str>) {
        let proposal = proposal
            .map(str::to_string)
            .unwrap_or_else(|| elsewhere(self.doc.path()).display().to_string());
        let question = match why {
            Some(why) => crate::lang::t::save_elsewhere(why),
            None => crate::lang::t::save_to_another_file(),
        };
        self.dialog = Some(Dialog::Prompt(Prompt::new(
            question,
            &proposal,
            Purpose::SaveAs,
        )));
    }
}

/// Where a copy of `path` is proposed: `name.mine.yaml` beside it where
/// its folder takes a new file, else in the home folder (else the
/// current one), never over a file that is there.
pub fn elsewhere(path: &Path) -> PathBuf {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "model".into());
    let beside = path
        .parent()
        .filter(|d| takes_files(d))
        .map(Path::to_path_buf);
    let folder = beside
        .or_else(|| {
            std::env::var_os("HOME")
                .map(PathBuf::from)
                .filter(|d| takes_files(d))
        })
        .unwrap_or_else(|| PathBuf::from("."));
    let mut candidate = folder.join(format!("{name}.mine.yaml"));
    let mut n = 2;
    while candidate.exists() {
        candidate = folder.join(format!("{name}.mine-{n}.yaml"));
        n += 1;
    }
    candidate
}

/// Whether a new file can be made in `dir` (tried, not guessed from the
/// mode: root writes where the mode says no).
fn takes_files(dir: &Path) -> bool {
    dir.is_dir() && tempfile::NamedTempFile::new_in(dir).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_goes_beside_the_file_where_its_folder_takes_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keten.yaml");
        assert_eq!(elsewhere(&path), dir.path().join("keten.mine.yaml"));
        std::fs::write(dir.path().join("keten.mine.yaml"), "").unwrap();
        assert_eq!(elsewhere(&path), dir.path().join("keten.mine-2.yaml"));
        // Under a file no folder can be: not there.
        let blocker = dir.path().join("blocker");
        std::fs::write(&blocker, "").unwrap();
        let proposed = elsewhere(&blocker.join("keten.yaml"));
        assert!(!proposed.starts_with(&blocker), "{}", proposed.display());
        assert_eq!(proposed.file_name().unwrap(), "keten.mine.yaml");
    }
}
