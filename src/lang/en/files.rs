//! Files that cannot be read or written, and git sync.

use super::English;
use crate::lang::Files;

impl Files for English {
    fn cannot_read(&self, path: &str, reason: &str) -> String {
        format!("{path}: cannot read: {reason}")
    }

    fn is_directory_not_model(&self, path: &str) -> String {
        format!("{path}: is a directory, not a model file")
    }

    fn too_large(&self, path: &str, size: f64, most: usize) -> String {
        format!("{path}: is {size:.1} MiB; keten reads model files of at most {most} MiB")
    }

    fn no_such_file(&self) -> String {
        "no such file".to_string()
    }

    fn permission_denied(&self) -> String {
        "permission denied".to_string()
    }

    fn not_text(&self) -> String {
        "the file is not text".to_string()
    }

    fn disk_full(&self) -> String {
        "no space left on the device".to_string()
    }

    fn read_only_system(&self) -> String {
        "the file system is read-only".to_string()
    }

    fn read_only(&self) -> String {
        "the file is read-only".to_string()
    }

    fn hard_links(&self, names: usize) -> String {
        format!(
            "the file has {names} names (hard links), and the others would keep the old content"
        )
    }

    fn is_directory(&self) -> String {
        "is a directory".to_string()
    }

    fn folder_refuses(&self, folder: &str, reason: &str) -> String {
        format!(
            "the folder {folder} does not take new files ({reason}); keten saves by writing a new file beside the old one"
        )
    }

    fn no_folder(&self, folder: &str) -> String {
        format!("there is no folder {folder}")
    }

    fn cannot_write_output(&self, reason: &str) -> String {
        format!("cannot write output: {reason}")
    }

    fn cannot_write(&self, path: &str, reason: &str) -> String {
        format!("{path}: cannot write: {reason}")
    }

    fn output_is_model(&self, model: &str) -> String {
        format!(
            "is the model file itself ({model}), and writing there would replace the model; choose another file for -o"
        )
    }

    fn make_writable(&self) -> String {
        "; make it writable or choose another file".to_string()
    }

    fn remove_first(&self) -> String {
        "; remove it first or choose another file".to_string()
    }

    fn wrote(&self, path: &str) -> String {
        format!("wrote {path}")
    }

    fn cannot_read_file(&self, reason: &str) -> String {
        format!("cannot read the file: {reason}")
    }

    fn not_reloaded(&self) -> String {
        "the file on disk does not parse; not reloaded".to_string()
    }

    fn git_missing(&self) -> String {
        "git sync: git is not installed".to_string()
    }

    fn git_no_work_tree(&self) -> String {
        "git sync: the file is not in a git work tree".to_string()
    }

    fn git_no_remote(&self) -> String {
        "git sync: the work tree has no remote to pull from and push to".to_string()
    }

    fn git_edits_by(&self, file: &str, author: &str) -> String {
        format!("{file}: edits by {author}")
    }

    fn git_not_committed(&self, why: &str) -> String {
        format!("git sync: not committed: {why}")
    }

    fn git_pull_failed(&self, why: &str) -> String {
        format!(
            "git sync: the pull failed ({why}); your edits are committed here, sync again when the remote can be reached"
        )
    }

    fn git_error(&self, error: &str) -> String {
        format!("git sync: {error}")
    }

    fn git_synced(&self) -> String {
        "git sync: pulled and pushed".to_string()
    }

    fn git_push_failed(&self, why: &str) -> String {
        format!("git sync: pulled, but the push failed ({why}); sync again later")
    }
}
