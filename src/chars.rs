//! Character tables and classes: the one home of every character a step maps or tests.
//! (Ported from `normalizer/data/chars.py`; the steps' modules read them from here.)

use rustc_hash::FxHashMap;

pub const ZWNJ: char = '\u{200c}';

/// A map of single characters to strings: a step that is one is fused by the pipeline with
/// its neighbours into one pass.
#[derive(Clone, Debug, Default)]
pub struct CharMap {
    map: FxHashMap<char, String>,
}

impl CharMap {
    pub fn new() -> Self {
        CharMap::default()
    }

    /// Add a mapping (a character mapped to itself is left out).
    pub fn insert(&mut self, from: char, to: impl Into<String>) {
        let to = to.into();
        let mut it = to.chars();
        if it.next() == Some(from) && it.next().is_none() {
            self.map.remove(&from);
        } else {
            self.map.insert(from, to);
        }
    }

    pub fn get(&self, c: char) -> Option<&str> {
        self.map.get(&c).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (char, &str)> {
        self.map.iter().map(|(k, v)| (*k, v.as_str()))
    }

    /// This map, then `next`: one map with the same result as the two in turn.
    pub fn then(&self, next: &CharMap) -> CharMap {
        let mut out = CharMap::new();
        for (k, v) in self.iter() {
            let mapped: String = v
                .chars()
                .map(|c| next.get(c).map_or_else(|| c.to_string(), str::to_string))
                .collect();
            out.insert(k, mapped);
        }
        for (k, v) in next.iter() {
            if !self.map.contains_key(&k) {
                out.insert(k, v);
            }
        }
        out
    }

    /// `text` through the map; `None` where nothing maps.
    pub fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        let first = text.iter().position(|c| self.map.contains_key(c))?;
        let mut out = Vec::with_capacity(text.len());
        out.extend_from_slice(&text[..first]);
        for &c in &text[first..] {
            match self.map.get(&c) {
                Some(r) => out.extend(r.chars()),
                None => out.push(c),
            }
        }
        Some(out)
    }

    /// The map's edits: one per mapped character.
    pub fn edits(&self, text: &[char]) -> Vec<crate::edit::Edit> {
        let mut out = Vec::new();
        for (i, &c) in text.iter().enumerate() {
            if let Some(r) = self.map.get(&c) {
                out.push(crate::edit::Edit::new(i, i + 1, r.clone()));
            }
        }
        out
    }
}
