//! Files that cannot be read or written, and git sync.

use super::Dutch;
use crate::lang::{Files, decimal};

impl Files for Dutch {
    fn cannot_read(&self, path: &str, reason: &str) -> String {
        format!("{path}: kan niet lezen: {reason}")
    }

    fn is_directory_not_model(&self, path: &str) -> String {
        format!("{path}: is een map, geen modelbestand")
    }

    fn too_large(&self, path: &str, size: f64, most: usize) -> String {
        format!(
            "{path}: is {} MiB; keten leest modelbestanden van hoogstens {most} MiB",
            decimal(size)
        )
    }

    fn no_such_file(&self) -> String {
        "dat bestand bestaat niet".to_string()
    }

    fn permission_denied(&self) -> String {
        "geen toestemming".to_string()
    }

    fn not_text(&self) -> String {
        "het bestand is geen tekst".to_string()
    }

    fn disk_full(&self) -> String {
        "de schijf is vol".to_string()
    }

    fn read_only_system(&self) -> String {
        "het bestandssysteem is alleen-lezen".to_string()
    }

    fn read_only(&self) -> String {
        "het bestand is alleen-lezen".to_string()
    }

    fn hard_links(&self, names: usize) -> String {
        format!(
            "het bestand heeft {names} namen (harde links), en de andere zouden de oude inhoud houden"
        )
    }

    fn is_directory(&self) -> String {
        "is een map".to_string()
    }

    fn folder_refuses(&self, folder: &str, reason: &str) -> String {
        format!(
            "in de map {folder} kunnen geen nieuwe bestanden komen ({reason}); keten slaat op door een nieuw bestand naast het oude te schrijven"
        )
    }

    fn no_folder(&self, folder: &str) -> String {
        format!("de map {folder} bestaat niet")
    }

    fn cannot_write_output(&self, reason: &str) -> String {
        format!("kan de uitvoer niet schrijven: {reason}")
    }

    fn cannot_write(&self, path: &str, reason: &str) -> String {
        format!("{path}: kan niet schrijven: {reason}")
    }

    fn output_is_model(&self, model: &str) -> String {
        format!(
            "is het modelbestand zelf ({model}), en daar schrijven zou het model vervangen; kies een ander bestand voor -o"
        )
    }

    fn make_writable(&self) -> String {
        "; maak het schrijfbaar of kies een ander bestand".to_string()
    }

    fn remove_first(&self) -> String {
        "; verwijder het eerst of kies een ander bestand".to_string()
    }

    fn wrote(&self, path: &str) -> String {
        format!("{path} geschreven")
    }

    fn cannot_read_file(&self, reason: &str) -> String {
        format!("kan het bestand niet lezen: {reason}")
    }

    fn not_reloaded(&self) -> String {
        "het bestand op schijf is niet te lezen als model; niet opnieuw geladen".to_string()
    }

    fn git_missing(&self) -> String {
        "git-sync: git is niet geïnstalleerd".to_string()
    }

    fn git_no_work_tree(&self) -> String {
        "git-sync: het bestand staat niet in een git-werkmap".to_string()
    }

    fn git_no_remote(&self) -> String {
        "git-sync: de werkmap heeft geen remote om van te pullen en naar te pushen".to_string()
    }

    fn git_edits_by(&self, file: &str, author: &str) -> String {
        format!("{file}: wijzigingen van {author}")
    }

    fn git_not_committed(&self, why: &str) -> String {
        format!("git-sync: niet gecommit: {why}")
    }

    fn git_pull_failed(&self, why: &str) -> String {
        format!(
            "git-sync: de pull mislukte ({why}); je wijzigingen zijn hier gecommit, synchroniseer opnieuw als de remote bereikbaar is"
        )
    }

    fn git_error(&self, error: &str) -> String {
        format!("git-sync: {error}")
    }

    fn git_synced(&self) -> String {
        "git-sync: gepulld en gepusht".to_string()
    }

    fn git_push_failed(&self, why: &str) -> String {
        format!("git-sync: gepulld, maar de push mislukte ({why}); synchroniseer later opnieuw")
    }
}
