//! Mark steps: tatweel, diacritics, invisible characters, and the ezafe after silent heh.

use crate::chars::CharMap;
use crate::edit::Edit;
use crate::step::{Options, Step};

pub const TATWEEL: char = '\u{0640}';

/// `remove_tatweel`: remove tatweel (kashida, U+0640), the stretching stroke: كـــتاب -> كتاب.
pub struct RemoveTatweel {
    map: CharMap,
}

impl RemoveTatweel {
    pub fn new(_options: &Options) -> Self {
        let mut map = CharMap::new();
        map.insert(TATWEEL, "");
        RemoveTatweel { map }
    }
}

impl Step for RemoveTatweel {
    fn name(&self) -> &'static str {
        "remove_tatweel"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        self.map.edits(text)
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        self.map.apply(text)
    }

    fn char_map(&self) -> Option<&CharMap> {
        Some(&self.map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(step: &dyn Step, s: &str) -> String {
        let t: Vec<char> = s.chars().collect();
        step.apply(&t)
            .map_or_else(|| s.to_string(), |o| o.into_iter().collect())
    }

    #[test]
    fn tatweel_removed_and_text_without_it_unchanged() {
        let st = RemoveTatweel::new(&Options::new());
        assert_eq!(run(&st, "ســـلام"), "سلام");
        for keep in ["سلام", "abc", "", "کتاب\u{200c}ها"] {
            assert_eq!(run(&st, keep), keep);
        }
    }
}
