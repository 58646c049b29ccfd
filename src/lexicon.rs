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

use rustc_hash::FxHashMap;
use std::borrow::Borrow;
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

pub const ZWNJ: char = '\u{200c}';

/// How many bytes of a key are held in the table itself (11 Persian letters, most words): a
/// look-up of a key this short reads no memory outside the table. With `String` keys every
/// look-up also read the key's own allocation, a cache miss of its own in a table of 40,000
/// words or more. 22 keeps a key as small as a `String` (24 bytes): a larger key makes
/// larger tables, and on novel text the memos' growth into fresh pages costs more than the
/// misses saved (38 bytes measured slower).
const INLINE: usize = 22;

/// A string key held in place where short, on the heap where longer. Hashed and compared as
/// its bytes, so that a table of keys is looked up by `&[u8]` (`&str.as_bytes()`), no
/// allocation needed.
#[derive(Clone)]
pub enum Key {
    Inline(u8, [u8; INLINE]),
    Heap(Box<[u8]>),
}

impl Key {
    pub fn new(s: &str) -> Key {
        let b = s.as_bytes();
        if b.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..b.len()].copy_from_slice(b);
            Key::Inline(b.len() as u8, buf)
        } else {
            Key::Heap(b.into())
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Key::Inline(n, buf) => &buf[..*n as usize],
            Key::Heap(b) => b,
        }
    }

    /// The key as a `str` (validated: for building and listing, not for look-ups).
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).expect("keys are made from str")
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for Key {}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // (as `[u8]` hashes, which `Borrow` requires)
        self.as_bytes().hash(state)
    }
}

impl Borrow<[u8]> for Key {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}

/// A map from strings, looked up by `&str` without allocating (see [`Key`]).
#[derive(Clone)]
pub struct StrMap<V>(FxHashMap<Key, V>);

impl<V> Default for StrMap<V> {
    fn default() -> Self {
        StrMap(FxHashMap::default())
    }
}

impl<V> StrMap<V> {
    #[inline]
    pub fn get(&self, k: &str) -> Option<&V> {
        self.0.get(k.as_bytes())
    }

    #[inline]
    pub fn contains_key(&self, k: &str) -> bool {
        self.0.contains_key(k.as_bytes())
    }

    pub fn insert(&mut self, k: &str, v: V) -> Option<V> {
        self.0.insert(Key::new(k), v)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear()
    }

    pub fn reserve(&mut self, n: usize) {
        self.0.reserve(n)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(Key::as_str)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.values()
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.values_mut()
    }

    pub fn remove(&mut self, k: &str) -> Option<V> {
        self.0.remove(k.as_bytes())
    }

    /// The entries, their keys as `String`s.
    pub fn into_iter_pairs(self) -> impl Iterator<Item = (String, V)> {
        self.0.into_iter().map(|(k, v)| (k.as_str().to_string(), v))
    }

    /// The value of `k`, inserted by `f` where there is none.
    pub fn entry_or_insert_with(&mut self, k: &str, f: impl FnOnce() -> V) -> &mut V {
        self.0.entry(Key::new(k)).or_insert_with(f)
    }
}

impl<V, S: AsRef<str>> FromIterator<(S, V)> for StrMap<V> {
    fn from_iter<I: IntoIterator<Item = (S, V)>>(it: I) -> Self {
        StrMap(it.into_iter().map(|(k, v)| (Key::new(k.as_ref()), v)).collect())
    }
}

/// A set of strings, looked up by `&str` without allocating (see [`Key`]).
#[derive(Clone, Default)]
pub struct StrSet(StrMap<()>);

impl<'a> IntoIterator for &'a StrSet {
    type Item = &'a str;
    type IntoIter = Box<dyn Iterator<Item = &'a str> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl StrSet {
    #[inline]
    pub fn contains(&self, k: &str) -> bool {
        self.0.contains_key(k)
    }

    pub fn insert(&mut self, k: &str) -> bool {
        self.0.insert(k, ()).is_none()
    }

    pub fn remove(&mut self, k: &str) -> bool {
        self.0.remove(k).is_some()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.keys()
    }
}

impl<S: AsRef<str>> FromIterator<S> for StrSet {
    fn from_iter<I: IntoIterator<Item = S>>(it: I) -> Self {
        StrSet(it.into_iter().map(|k| (k, ())).collect())
    }
}

impl<S: AsRef<str>> Extend<S> for StrSet {
    fn extend<I: IntoIterator<Item = S>>(&mut self, it: I) {
        for k in it {
            self.insert(k.as_ref());
        }
    }
}

/// A tagged word's entry.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    pub freq: u64,
    /// Tags such as N, AJ, PRO (a few; sorted).
    pub tags: Vec<&'static str>,
    /// The same tags as bits ([`tag`]), for set tests without string compares.
    pub bits: u32,
}

/// All the lexicon says of one string, in one record: the analysis of a word asks many
/// questions of the same strings (is it a tagged word, its frequency and tags, its web
/// counts, is it a stem, solid, the part of a compound), and one table answers them all.
/// Asked of separate tables, each question of a new word was a cache miss of its own; asked
/// again of the same table, the record is in cache.
#[derive(Clone, Copy, Debug, Default)]
pub struct Record {
    /// The tagged word's frequency and tag bits (0 where the string is no tagged word).
    pub freq: u64,
    pub bits: u32,
    /// What lists hold the string ([`is`]).
    pub flags: u16,
    /// The web count of a tagged word (`web`), and of a word of the web only (`weak`).
    pub web: u64,
    pub weak: u64,
}

/// The frequency given to a user's word the lexicon does not tag: the least, so that it
/// outweighs no reading of the lexicon's words.
pub const USER_FREQ: u64 = 1;

/// The lists a [`Record`] says the string is in.
pub mod is {
    pub const WORD: u16 = 1;
    pub const WEB: u16 = 2;
    pub const WEAK: u16 = 4;
    pub const SOLID: u16 = 8;
    pub const STEM: u16 = 16;
    pub const STOP: u16 = 32;
    pub const BOUND: u16 = 64;
    pub const FIRST: u16 = 128;
    pub const SECOND: u16 = 256;
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
    pub words: StrMap<Entry>,
    /// Web counts (shekar) of the tagged words.
    pub web: StrMap<u64>,
    /// Words right as written with no joiner (آنها, همچنین, دانشگاه, میدان).
    pub solid: StrSet,
    /// Words attested on the web only, with their web counts.
    pub weak: StrMap<u64>,
    /// Glued spelling -> joined spelling of grammatical forms (میتواند -> می‌تواند).
    pub joined: StrMap<String>,
    /// Glued spelling -> joined spelling of compounds (بهرهگیری -> بهره‌گیری).
    pub compounds: StrMap<String>,
    /// Glued spelling -> the joined spelling the PerDT treebank's train split writes (learned:
    /// `data/learned/perdt_spellings.tsv`, CC BY-SA 4.0).
    pub learned: StrMap<String>,
    /// Compounds of the lexicon that train writes apart more often than joined, as "a b" (learned:
    /// `data/learned/perdt_apart.tsv`): the spaced repair leaves them apart.
    pub learned_apart: StrSet,
    /// Words train writes solid, never with a joiner (learned: `data/learned/perdt_solid.tsv`):
    /// the glued repair leaves them as they are.
    pub learned_solid: StrSet,
    /// The learned words of one joiner that train never writes as two words (`a‌b`), and
    /// their parts: the spaced repair joins them on a line that shows spaces for joiners.
    pub learned_pairs: StrSet,
    /// How many times train writes each of `learned_pairs` with its joiner.
    pub learned_pair_counts: StrMap<u32>,
    pub learned_first: StrSet,
    pub learned_second: StrSet,
    /// Function words, never joined into a compound.
    pub stop: StrSet,
    /// Second parts of compounds that are no words of their own (المللی, کوپتر).
    pub bound: StrSet,
    /// The parts of the known compounds, glued, split at each joiner (بهره | گیری).
    pub first: StrSet,
    pub second: StrSet,
    /// Verb stems (آموز, گیر, ساز).
    pub stems: StrSet,
    /// Each string of the lists above (but `joined` and `compounds`): what they say of it,
    /// for look-ups (the lists are kept for listing).
    pub rec: StrMap<Record>,
}

const WORDS: &str = include_str!("../data/lexicon/words.tsv");
const WEAK: &str = include_str!("../data/lexicon/weak.tsv");
const SOLID: &str = include_str!("../data/lexicon/solid.txt");
const STEMS: &str = include_str!("../data/lexicon/stems.txt");
const STOP: &str = include_str!("../data/lexicon/stop.txt");
const BOUND: &str = include_str!("../data/lexicon/bound.txt");
const JOINED: &str = include_str!("../data/lexicon/joined.txt");
const COMPOUNDS: &str = include_str!("../data/lexicon/compounds.txt");
const NAMES: &str = include_str!("../data/lexicon/names.txt");
const LEARNED: &str = include_str!("../data/learned/perdt_spellings.tsv");
const LEARNED_APART: &str = include_str!("../data/learned/perdt_apart.tsv");
const LEARNED_SOLID: &str = include_str!("../data/learned/perdt_solid.tsv");

fn rows(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Each row's first column (the whole row of a table of one column).
fn first_column(src: &'static str) -> impl Iterator<Item = &'static str> {
    rows(src).map(|l| l.split('\t').next().unwrap_or(l))
}

fn set(src: &'static str) -> StrSet {
    first_column(src).collect()
}

/// Glued spelling -> the spelling with joiners in the table's first column.
fn glued_map(src: &'static str) -> StrMap<String> {
    first_column(src)
        .map(|j| (j.replace(ZWNJ, ""), j.to_string()))
        .collect()
}

impl Lexicon {
    /// The lexicon compiled into the extension.
    pub fn builtin() -> Lexicon {
        // the tables parse apart: the tagged words on one thread, the rest on another (start-up
        // of the filter waits for this)
        let (mut lx, rest) = std::thread::scope(|sc| {
            let rest = sc.spawn(|| {
                let mut weak = StrMap::default();
                for line in rows(WEAK) {
                    let (w, c) = line.split_once('\t').unwrap_or((line, "0"));
                    weak.insert(w, c.parse().unwrap_or(0));
                }
                (
                    weak,
                    set(SOLID),
                    set(STEMS),
                    set(STOP),
                    set(BOUND),
                    glued_map(JOINED),
                    {
                        // (the hand-kept names are compounds too: فیسبوک -> فیس‌بوک)
                        let mut c = glued_map(COMPOUNDS);
                        for (g, j) in glued_map(NAMES).into_iter_pairs() {
                            c.insert(&g, j);
                        }
                        c
                    },
                    glued_map(LEARNED),
                    set(LEARNED_APART),
                    set(LEARNED_SOLID),
                )
            });
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
                    w,
                    Entry {
                        freq: freq.parse().unwrap_or(0),
                        tags,
                        bits,
                    },
                );
                if !web.is_empty() {
                    lx.web.insert(w, web.parse().unwrap_or(0));
                }
            }
            (lx, rest.join().expect("the lexicon's tables"))
        });
        (
            lx.weak,
            lx.solid,
            lx.stems,
            lx.stop,
            lx.bound,
            lx.joined,
            lx.compounds,
            lx.learned,
            lx.learned_apart,
            lx.learned_solid,
        ) = rest;
        for row in rows(LEARNED) {
            let mut f = row.split('\t');
            let w = f.next().unwrap_or("");
            let joined: u32 = f.next().and_then(|c| c.parse().ok()).unwrap_or(0);
            let apart = f.next().unwrap_or("-");
            if let (Some((a, b)), "0") = (w.split_once(ZWNJ), apart) {
                if !b.contains(ZWNJ) {
                    lx.learned_pairs.insert(w);
                    lx.learned_pair_counts.insert(w, joined);
                    lx.learned_first.insert(a);
                    lx.learned_second.insert(b);
                }
            }
        }
        lx.derive_parts();
        lx.index();
        lx
    }

    /// Build `rec` from the lists.
    pub fn index(&mut self) {
        let mut rec: StrMap<Record> = StrMap::default();
        rec.reserve(self.words.len() + self.weak.len());
        for (w, e) in self.words.iter() {
            let r = rec.entry_or_insert_with(w, Record::default);
            r.freq = e.freq;
            r.bits = e.bits;
            r.flags |= is::WORD;
        }
        for (w, c) in self.web.iter() {
            let r = rec.entry_or_insert_with(w, Record::default);
            r.web = *c;
            r.flags |= is::WEB;
        }
        for (w, c) in self.weak.iter() {
            let r = rec.entry_or_insert_with(w, Record::default);
            r.weak = *c;
            r.flags |= is::WEAK;
        }
        for (set, flag) in [
            (&self.solid, is::SOLID),
            (&self.stems, is::STEM),
            (&self.stop, is::STOP),
            (&self.bound, is::BOUND),
            (&self.first, is::FIRST),
            (&self.second, is::SECOND),
        ] {
            for w in set.iter() {
                rec.entry_or_insert_with(w, Record::default).flags |= flag;
            }
        }
        self.rec = rec;
    }

    /// A copy of the lexicon with a user's words added (`fix_zwnj`'s `words` option, see
    /// `zwnj::user`): each is a tagged word (a noun, where the lexicon does not tag it
    /// already); a word with a joiner is a compound too (its glued spelling maps to it, and
    /// its parts are the parts of a known compound); a word without one is solid, and no
    /// spelling of the lexicon joins it (its glued form is no grammatical form or compound).
    pub fn with_user(&self, words: &[String]) -> Lexicon {
        let mut lx = Lexicon {
            words: self.words.clone(),
            web: self.web.clone(),
            solid: self.solid.clone(),
            weak: self.weak.clone(),
            joined: self.joined.clone(),
            compounds: self.compounds.clone(),
            learned: self.learned.clone(),
            learned_apart: self.learned_apart.clone(),
            learned_solid: self.learned_solid.clone(),
            learned_pairs: self.learned_pairs.clone(),
            learned_pair_counts: self.learned_pair_counts.clone(),
            learned_first: self.learned_first.clone(),
            learned_second: self.learned_second.clone(),
            stop: self.stop.clone(),
            bound: self.bound.clone(),
            first: self.first.clone(),
            second: self.second.clone(),
            stems: self.stems.clone(),
            rec: self.rec.clone(),
        };
        for w in words {
            if !lx.words.contains_key(w) {
                lx.words.insert(
                    w,
                    Entry {
                        freq: USER_FREQ,
                        tags: vec!["N"],
                        bits: tag::N,
                    },
                );
                let r = lx.rec.entry_or_insert_with(w, Record::default);
                r.freq = USER_FREQ;
                r.bits = tag::N;
                r.flags |= is::WORD;
            }
            if w.contains(ZWNJ) {
                lx.compounds.insert(&w.replace(ZWNJ, ""), w.clone());
                lx.learned_solid.remove(&w.replace(ZWNJ, ""));
                let parts: Vec<&str> = w.split(ZWNJ).collect();
                for k in 1..parts.len() {
                    for (set, part, flag) in [
                        (&mut lx.first, parts[..k].concat(), is::FIRST),
                        (&mut lx.second, parts[k..].concat(), is::SECOND),
                    ] {
                        set.insert(&part);
                        lx.rec.entry_or_insert_with(&part, Record::default).flags |= flag;
                    }
                }
            } else {
                lx.solid.insert(w);
                lx.rec.entry_or_insert_with(w, Record::default).flags |= is::SOLID;
                lx.joined.remove(w);
                lx.compounds.remove(w);
                lx.learned.remove(w);
            }
        }
        lx
    }

    /// The record of `w`, if any list holds it.
    #[inline]
    pub fn rec(&self, w: &str) -> Option<&Record> {
        self.rec.get(w)
    }

    #[inline]
    fn has(&self, w: &str, flag: u16) -> bool {
        self.rec.get(w).is_some_and(|r| r.flags & flag != 0)
    }

    /// The tagged word `w` (its `freq` and `bits`).
    #[inline]
    pub fn word(&self, w: &str) -> Option<&Record> {
        self.rec.get(w).filter(|r| r.flags & is::WORD != 0)
    }

    pub fn is_word(&self, w: &str) -> bool {
        self.has(w, is::WORD)
    }

    pub fn is_weak(&self, w: &str) -> bool {
        self.has(w, is::WEAK)
    }

    pub fn is_solid(&self, w: &str) -> bool {
        self.has(w, is::SOLID)
    }

    pub fn is_stem(&self, w: &str) -> bool {
        self.has(w, is::STEM)
    }

    pub fn is_bound(&self, w: &str) -> bool {
        self.has(w, is::BOUND)
    }

    pub fn is_first(&self, w: &str) -> bool {
        self.has(w, is::FIRST)
    }

    pub fn is_second(&self, w: &str) -> bool {
        self.has(w, is::SECOND)
    }

    /// `first` and `second`: every split, at a joiner, of a tagged word holding one and of
    /// each known compound.
    fn derive_parts(&mut self) {
        let mut first = StrSet::default();
        let mut second = StrSet::default();
        let joined_words = self.words.keys().filter(|w| w.contains(ZWNJ));
        for j in joined_words.chain(self.compounds.values().map(String::as_str)) {
            let parts: Vec<&str> = j.split(ZWNJ).collect();
            for k in 1..parts.len() {
                first.insert(&parts[..k].concat());
                second.insert(&parts[k..].concat());
            }
        }
        self.first = first;
        self.second = second;
    }

    pub fn freq(&self, w: &str) -> u64 {
        self.rec.get(w).map_or(0, |e| e.freq)
    }

    pub fn tags(&self, w: &str) -> &[&'static str] {
        self.words.get(w).map_or(&[], |e| e.tags.as_slice())
    }

    pub fn has_tag(&self, w: &str, tag: &str) -> bool {
        self.tags(w).contains(&tag)
    }

    /// The tag bits of `w` (0 where it is not tagged).
    pub fn bits(&self, w: &str) -> u32 {
        self.rec.get(w).map_or(0, |e| e.bits)
    }

    /// The web count of `w`, 0 where there is none (Python's `web.get(w)`, read as a truth).
    pub fn web_count(&self, w: &str) -> u64 {
        self.rec.get(w).map_or(0, |r| r.web)
    }

    /// The web-only count of `w`, 0 where there is none.
    pub fn weak_count(&self, w: &str) -> u64 {
        self.rec.get(w).map_or(0, |r| r.weak)
    }

    /// The tagged words in sorted order (as Python's lexicon iterates them).
    pub fn sorted_words(&self) -> Vec<(&str, &Entry)> {
        let mut v: Vec<(&str, &Entry)> = self.words.iter().collect();
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
        // the sizes of the Python lexicon's derived sets (4330, 3910), with the parts of
        // the hand-kept names (names.txt)
        assert_eq!(
            (lx.first.len(), lx.second.len(), lx.web.len()),
            (4339, 3917, 21982)
        );
        assert_eq!(
            lx.compounds.get("بانکیمون").map(String::as_str),
            Some("بان\u{200c}کی\u{200c}مون")
        );
    }
}
