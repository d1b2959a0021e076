//! Where each part of a model stood in its file, so that findings about the
//! model (which know entities and fields, not lines) can name a line and
//! column.

use crate::diagnostic::{Diagnostic, Pos, Subject};
use crate::model::{HashMap, Id, Section};

/// Positions of entities, fields and list items of one file.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    entities: HashMap<(Section, Id), usize>,
    places: Vec<Places>,
    /// The entity recorded last and its places: the reader records an
    /// entity's fields and items one after another, so most records find
    /// their entity here without hashing (or copying) its id.
    last: Option<(Section, Id, usize)>,
}

#[derive(Debug, Clone, Default)]
struct Places {
    key: Pos,
    fields: Vec<(&'static str, Pos)>,
    items: Vec<(&'static str, usize, Pos)>,
}

impl SourceMap {
    fn places_mut(&mut self, section: Section, id: Option<&Id>) -> &mut Places {
        let id = id.map_or("", Id::as_str);
        if let Some((s, last, at)) = &self.last {
            if *s == section && last.as_str() == id {
                return &mut self.places[*at];
            }
        }
        let key = (section, Id::new(id));
        let next = self.places.len();
        let at = *self.entities.entry(key.clone()).or_insert(next);
        if at == next {
            self.places.push(Places::default());
        }
        self.last = Some((key.0, key.1, at));
        &mut self.places[at]
    }

    /// Records where an entity's id is written.
    pub fn entity(&mut self, section: Section, id: &Id, pos: Pos) {
        self.places_mut(section, Some(id)).key = pos;
    }

    /// Records where a field's value is written (`id` `None` for the top level).
    pub fn field(&mut self, section: Section, id: Option<&Id>, field: &'static str, pos: Pos) {
        self.places_mut(section, id).fields.push((field, pos));
    }

    /// Records where an item of a list field is written.
    pub fn item(
        &mut self,
        section: Section,
        id: Option<&Id>,
        field: &'static str,
        item: usize,
        pos: Pos,
    ) {
        self.places_mut(section, id).items.push((field, item, pos));
    }

    /// The most precise position known for a subject: the item, else the
    /// field, else the entity's id.
    pub fn locate(&self, subject: &Subject) -> Option<Pos> {
        let key = (subject.section, subject.id.clone().unwrap_or_default());
        let places = &self.places[*self.entities.get(&key)?];
        let field = subject.field;
        let item = subject.item.and_then(|i| {
            places
                .items
                .iter()
                .find(|(f, k, _)| Some(*f) == field && *k == i)
                .map(|(_, _, p)| *p)
        });
        let field = || {
            places
                .fields
                .iter()
                .find(|(f, _)| Some(*f) == field)
                .map(|(_, p)| *p)
        };
        let key = (places.key != Pos::default()).then_some(places.key);
        item.or_else(field).or(key)
    }

    /// Gives findings that have a subject but no position the position of
    /// their subject (the top of the file when it is not known).
    pub fn place(&self, diagnostics: &mut [Diagnostic]) {
        for d in diagnostics.iter_mut().filter(|d| d.pos.is_none()) {
            let pos = d.subject.as_ref().and_then(|s| self.locate(s));
            d.pos = Some(pos.unwrap_or(Pos { line: 1, column: 1 }));
        }
    }
}
