//! The lexicon behind the ZWNJ repair, compiled into the extension from the text files in
//! `data/lexicon/` (built by `scripts/build_lexicon.py` from pinned upstream wheels) and
//! parsed once per process on first use.
//!
//! Files (UTF-8, one entry per line, sorted, `#` starts a header line):
//! - `words.tsv`: word, frequency, tags (comma-separated: N AJ ADV PRO ...), web count
//!   (empty where the web list lacks the word): hazm's tagged words and shekar's counts;
//! - `weak.tsv`: word, web count: words attested on the web only;
//! - `solid.txt`: words right as written though a joined twin exists (آنها, همچنین);
//! - `stems.txt`: verb stems (آموز, گیر, ساز);
//! - `stop.txt`: function words, never joined into a compound;
//! - `bound.txt`: second parts of compounds that are no words of their own (المللی);
//! - `joined.txt`: the joined spelling of grammatical forms (می‌تواند); the glued spelling
//!   is the same without its joiners;
//! - `compounds.txt`: the same for compounds (بهره‌گیری).
//!
//! The parts of the known compounds (`first`, `second`) are derived here, not stored.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

pub const ZWNJ: char = '\u{200c}';

/// A tagged word's entry.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    pub freq: u64,
    /// Tags such as N, AJ, PRO (a few; sorted).
    pub tags: Vec<&'static str>,
    /// The same tags as bits ([`tag`]), for set tests without string compares.
    pub bits: u32,
}

/// Tag bits: the tags the ZWNJ repair tests, and one bit for any other tag (so that "has
/// tags" is `bits != 0`).
pub mod tag {
    pub const N: u32 = 1;
    pub const AJ: u32 = 2;
    pub const PRO: u32 = 4;
    pub const DET: u32 = 8;
    pub const CONJ: u32 = 16;
    pub const NUM: u32 = 32;
    pub const P: u32 = 64;
    pub const PREP: u32 = 128;
    pub const POSTP: u32 = 256;
    pub const RES: u32 = 512;
    pub const V: u32 = 1024;
    pub const OTHER: u32 = 1 << 31;

    /// The bit of one tag.
    pub fn bit(t: &str) -> u32 {
        match t {
            "N" => N,
            "AJ" => AJ,
            "PRO" => PRO,
            "DET" => DET,
            "CONJ" => CONJ,
            "NUM" => NUM,
            "P" => P,
            "PREP" => PREP,
            "POSTP" => POSTP,
            "RES" => RES,
            "V" => V,
            _ => OTHER,
        }
    }
}

#[derive(Default)]
pub struct Lexicon {
    /// POS-tagged words: word -> frequency and tags.
    pub words: FxHashMap<String, Entry>,
    /// Web counts (shekar) of the tagged words.
    pub web: FxHashMap<String, u64>,
    /// Words right as written with no joiner (آنها, همچنین, دانشگاه, میدان).
    pub solid: FxHashSet<String>,
    /// Words attested on the web only, with their web counts.
    pub weak: FxHashMap<String, u64>,
    /// Glued spelling -> joined spelling of grammatical forms (میتواند -> می‌تواند).
    pub joined: FxHashMap<String, String>,
    /// Glued spelling -> joined spelling of compounds (بهرهگیری -> بهره‌گیری).
    pub compounds: FxHashMap<String, String>,
    /// Function words, never joined into a compound.
    pub stop: FxHashSet<String>,
    /// Second parts of compounds that are no words of their own (المللی, کوپتر).
    pub bound: FxHashSet<String>,
    /// The parts of the known compounds, glued, split at each joiner (بهره | گیری).
    pub first: FxHashSet<String>,
    pub second: FxHashSet<String>,
    /// Verb stems (آموز, گیر, ساز).
    pub stems: FxHashSet<String>,
}

const WORDS: &str = include_str!("../data/lexicon/words.tsv");
const WEAK: &str = include_str!("../data/lexicon/weak.tsv");
const SOLID: &str = include_str!("../data/lexicon/solid.txt");
const STEMS: &str = include_str!("../data/lexicon/stems.txt");
const STOP: &str = include_str!("../data/lexicon/stop.txt");
const BOUND: &str = include_str!("../data/lexicon/bound.txt");
const JOINED: &str = include_str!("../data/lexicon/joined.txt");
const COMPOUNDS: &str = include_str!("../data/lexicon/compounds.txt");

fn rows(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(src: &'static str) -> FxHashSet<String> {
    rows(src).map(str::to_string).collect()
}

fn glued_map(src: &'static str) -> FxHashMap<String, String> {
    rows(src).map(|j| (j.replace(ZWNJ, ""), j.to_string())).collect()
}

impl Lexicon {
    /// The lexicon compiled into the extension.
    pub fn builtin() -> Lexicon {
        let mut lx = Lexicon::default();
        let mut tag_sets: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for line in rows(WORDS) {
            let mut f = line.split('\t');
            let (w, freq, tags, web) = (
                f.next().unwrap(),
                f.next().unwrap_or("0"),
                f.next().unwrap_or(""),
                f.next().unwrap_or(""),
            );
            let tags = tag_sets
                .entry(tags)
                .or_insert_with(|| tags.split(',').filter(|t| !t.is_empty()).collect())
                .clone();
            let bits = tags.iter().fold(0, |b, t| b | tag::bit(t));
            lx.words.insert(
                w.to_string(),
                Entry {
                    freq: freq.parse().unwrap_or(0),
                    tags,
                    bits,
                },
            );
            if !web.is_empty() {
                lx.web.insert(w.to_string(), web.parse().unwrap_or(0));
            }
        }
        for line in rows(WEAK) {
            let (w, c) = line.split_once('\t').unwrap_or((line, "0"));
            lx.weak.insert(w.to_string(), c.parse().unwrap_or(0));
        }
        lx.solid = set(SOLID);
        lx.stems = set(STEMS);
        lx.stop = set(STOP);
        lx.bound = set(BOUND);
        lx.joined = glued_map(JOINED);
        lx.compounds = glued_map(COMPOUNDS);
        lx.derive_parts();
        lx
    }

    /// `first` and `second`: every split, at a joiner, of a tagged word holding one and of
    /// each known compound.
    fn derive_parts(&mut self) {
        let mut first = FxHashSet::default();
        let mut second = FxHashSet::default();
        let joined_words = self.words.keys().filter(|w| w.contains(ZWNJ));
        for j in joined_words.chain(self.compounds.values()) {
            let parts: Vec<&str> = j.split(ZWNJ).collect();
            for k in 1..parts.len() {
                first.insert(parts[..k].concat());
                second.insert(parts[k..].concat());
            }
        }
        self.first = first;
        self.second = second;
    }

    pub fn freq(&self, w: &str) -> u64 {
        self.words.get(w).map_or(0, |e| e.freq)
    }

    pub fn tags(&self, w: &str) -> &[&'static str] {
        self.words.get(w).map_or(&[], |e| e.tags.as_slice())
    }

    pub fn has_tag(&self, w: &str, tag: &str) -> bool {
        self.tags(w).contains(&tag)
    }

    /// The tag bits of `w` (0 where it is not tagged).
    pub fn bits(&self, w: &str) -> u32 {
        self.words.get(w).map_or(0, |e| e.bits)
    }

    /// The web count of `w`, 0 where there is none (Python's `web.get(w)`, read as a truth).
    pub fn web_count(&self, w: &str) -> u64 {
        self.web.get(w).copied().unwrap_or(0)
    }

    /// The web-only count of `w`, 0 where there is none.
    pub fn weak_count(&self, w: &str) -> u64 {
        self.weak.get(w).copied().unwrap_or(0)
    }

    /// The tagged words in sorted order (as Python's lexicon iterates them).
    pub fn sorted_words(&self) -> Vec<(&str, &Entry)> {
        let mut v: Vec<(&str, &Entry)> = self.words.iter().map(|(k, e)| (k.as_str(), e)).collect();
        v.sort_unstable_by(|a, b| a.0.cmp(b.0));
        v
    }
}

static BUILTIN: OnceLock<Lexicon> = OnceLock::new();

/// The built-in lexicon, parsed on first use (once per process).
pub fn builtin() -> &'static Lexicon {
    BUILTIN.get_or_init(Lexicon::builtin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_and_derives_parts() {
        let lx = builtin();
        assert!(lx.words.len() > 30_000);
        assert!(lx.has_tag("آب", "N"));
        assert_eq!(
            lx.joined.get("میتواند").map(String::as_str),
            Some("می\u{200c}تواند")
        );
        assert!(lx.first.contains("بهره") && lx.second.contains("گیری"));
        assert!(lx.solid.contains("آنها"));
        // the sizes of the Python lexicon's derived sets
        assert_eq!(
            (lx.first.len(), lx.second.len(), lx.web.len()),
            (4330, 3910, 21982)
        );
    }
}
