//! Whether a string no list holds looks like a word: the shape test the repair applies to an
//! unknown stem before it splits a suffix from it (همانژیومها -> همانژیوم‌ها).
//!
//! The model is a character trigram model learned from the tagged words of the built-in
//! lexicon (`data/lexicon/words.tsv`, each word once): a string's score is the mean log2
//! probability of its letters, each given the two before it, with the word's start and end
//! as letters of their own (add-one smoothing over the letters seen). A string looks like a
//! word when its score is at least the score of all but [`SHAPE_QUANTILE`] of the lexicon's
//! own words (the floor is measured, not chosen by hand). Strings of Latin letters, digits
//! or mixed scripts score far below it: their letters were never seen.

use crate::lexicon::{builtin, Lexicon};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The share of the lexicon's own words that score below the floor of "looks like a word".
pub const SHAPE_QUANTILE: f64 = 0.01;

/// The start and the end of a word, as letters of their own.
const EDGE: char = '\u{0}';

/// A character trigram model of the lexicon's words, and the floor of a word's score.
pub struct Shape {
    tri: FxHashMap<[char; 3], u32>,
    bi: FxHashMap<[char; 2], u32>,
    letters: f64,
    floor: f64,
}

impl Shape {
    /// The model of `words`, its floor at [`SHAPE_QUANTILE`] of their scores.
    pub fn learn<'a>(words: impl Iterator<Item = &'a str> + Clone) -> Shape {
        let mut s = Shape {
            tri: FxHashMap::default(),
            bi: FxHashMap::default(),
            letters: 0.0,
            floor: f64::NEG_INFINITY,
        };
        let mut seen: FxHashMap<char, ()> = FxHashMap::default();
        for w in words.clone() {
            let c = edged(w);
            for t in c.windows(3) {
                *s.tri.entry([t[0], t[1], t[2]]).or_default() += 1;
                *s.bi.entry([t[0], t[1]]).or_default() += 1;
                seen.insert(t[2], ());
            }
        }
        s.letters = seen.len().max(1) as f64;
        let mut scores: Vec<f64> = words.map(|w| s.score(w)).collect();
        if !scores.is_empty() {
            scores.sort_by(f64::total_cmp);
            let at = ((scores.len() as f64) * SHAPE_QUANTILE) as usize;
            s.floor = scores[at.min(scores.len() - 1)];
        }
        s
    }

    /// The mean log2 probability of the letters of `w` (and its end), each given the two
    /// before it.
    pub fn score(&self, w: &str) -> f64 {
        let c = edged(w);
        let n = c.len().saturating_sub(2).max(1) as f64;
        let mut sum = 0.0;
        for t in c.windows(3) {
            let tri = f64::from(self.tri.get(&[t[0], t[1], t[2]]).copied().unwrap_or(0));
            let bi = f64::from(self.bi.get(&[t[0], t[1]]).copied().unwrap_or(0));
            sum += ((tri + 1.0) / (bi + self.letters)).log2();
        }
        sum / n
    }

    /// Does `w` look like a word: a score at the floor or above?
    pub fn looks_like_word(&self, w: &str) -> bool {
        self.score(w) >= self.floor
    }

    /// The floor of a word's score.
    pub fn floor(&self) -> f64 {
        self.floor
    }
}

/// `w`'s letters between two edges on each side.
fn edged(w: &str) -> Vec<char> {
    let mut c = vec![EDGE, EDGE];
    c.extend(w.chars());
    c.push(EDGE);
    c
}

/// The model of the built-in lexicon's tagged words, learned on first use.
pub fn shape() -> &'static Shape {
    static SHAPE: OnceLock<Shape> = OnceLock::new();
    SHAPE.get_or_init(|| of(builtin()))
}

fn of(lex: &Lexicon) -> Shape {
    // (sorted, so that the model does not depend on a table's order)
    let mut words: Vec<&str> = lex.words.keys().collect();
    words.sort_unstable();
    Shape::learn(words.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_words_pass_and_other_scripts_do_not() {
        let s = shape();
        // words of the lexicon and loanwords it lacks look like words; Latin, digits, a
        // string of one letter over and over, and mixed scripts do not
        for w in ["کتاب", "دانشگاه", "لوکیشن", "میتوکندری", "نانوروبات"] {
            assert!(s.looks_like_word(w), "{w} {} < {}", s.score(w), s.floor());
        }
        for w in ["abc", "۱۲۳۴", "ککککک", "ثظضذ", "کتابx"] {
            assert!(!s.looks_like_word(w), "{w} {} >= {}", s.score(w), s.floor());
        }
    }

    #[test]
    fn the_floor_lets_through_all_but_the_quantile() {
        let words = ["کتاب", "کتابخانه", "خانه", "دانش", "دانشگاه", "گاه"];
        let s = Shape::learn(words.iter().copied());
        let below = words.iter().filter(|w| !s.looks_like_word(w)).count();
        assert!(
            below as f64 <= (words.len() as f64 * SHAPE_QUANTILE).ceil(),
            "{below}"
        );
        assert!(s.score("کتاب") > s.score("بتاک"));
    }
}
