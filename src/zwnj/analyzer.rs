//! The word analysis behind `fix_zwnj`: decides, word by word, where joiners go
//! (`Analyzer` in `normalizer/steps/zwnj.py`).
//!
//! Results are pure functions of the word; a small per-thread memo keeps the work of a
//! word from being done twice (the core runs batches on several threads).

use super::rules::*;
use super::text::*;
use crate::lexicon::{self, tag, Lexicon, StrMap, StrSet};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

/// Nouns and adjectives: what takes the plural, clitics and compound parts.
const NOUNISH: u32 = tag::N | tag::AJ;
/// Determiners, pronouns, numerals and conjunctions: function words that make no compound
/// with a noun (آن قدر, یک دفعه, همه جا).
const DETERMINING: u32 = tag::DET | tag::PRO | tag::NUM | tag::CONJ;
/// Function words (never part of a compound): stopwords that are no nouns or adjectives.
const FUNCTION: u32 = tag::PRO | tag::DET | tag::CONJ | tag::P | tag::PREP | tag::POSTP;

/// One way to write a compound of three parts or more with a space in it: its tokens, the
/// place of the token it is looked up by, and the compound.
pub struct Writing {
    pub toks: Vec<String>,
    pub q: usize,
    pub compound: String,
}

/// A token's repair: what it becomes, its ‑ای reading where only the next token decides
/// (`_alts`), and whether a text's spaced repair starts from it (`_special`).
pub struct TokenInfo {
    pub fixed: String,
    pub alt: Option<String>,
    pub special: bool,
    /// `fixed` differs from the token.
    pub changed: bool,
    /// The token's flags as the first and the second token of a spaced pair.
    pub start: u8,
    pub end: u8,
    /// The token's length in chars.
    pub chars: usize,
    /// The rule behind the repair (see `rules::RULES`).
    pub rule: &'static str,
}

/// A word's repair, its ‑ای alternative (see `Analyzer::ai_alt`) and the rule behind the repair.
pub type WordRes = (Rc<str>, Option<Rc<str>>, &'static str);

/// A spaced join: the joined form, whether it is adjectival, and its rule.
pub type Joined = (Rc<str>, bool, &'static str);

/// What a text's plan reads of each token's info, copied out of it as it is looked up (one
/// pass over the infos, which lie scattered in memory).
#[derive(Clone, Copy, Debug, Default)]
pub struct Meta {
    pub chars: u32,
    pub start: u8,
    pub end: u8,
    pub special: bool,
    pub changed: bool,
    pub alt: bool,
}

impl Meta {
    pub fn of(t: &TokenInfo) -> Meta {
        Meta {
            chars: t.chars as u32,
            start: t.start,
            end: t.end,
            special: t.special,
            changed: t.changed,
            alt: t.alt.is_some(),
        }
    }
}

#[derive(Default)]
struct Caches {
    words: StrMap<WordRes>,
    /// A token's info, and what a text's plan reads of it held beside it in the table (a
    /// look-up of a seen token then reads no other memory).
    tokens: StrMap<(Meta, Rc<TokenInfo>)>,
    /// By a spaced pair's key: the two tokens and whether the line shows evidence, written
    /// by `pair_key` into a reused buffer (no allocation per look-up).
    pairs: StrMap<Option<Joined>>,
    /// The buffer a pair's key is written into.
    key: String,
}

/// How deep compound readings nest (each reads a shorter stem): Python's interpreter stops
/// at about 490 (its recursion limit); words that deep are no text.
const COMPOUND_DEPTH: usize = 600;

thread_local! {
    /// The compound readings under way on this thread.
    static DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Bound on each memo (entries): cleared when larger, as the Python engine's are.
const MEMO_LIMIT: usize = 500_000;

thread_local! {
    /// The memos of each analyzer (by its `idx`: 0 and 1 the built-in ones, then one per
    /// option set with user words).
    static CACHES: RefCell<Vec<Caches>> = const { RefCell::new(Vec::new()) };
}

pub struct Analyzer {
    pub lex: &'static Lexicon,
    pub compounds: bool,
    /// The compounds train writes apart are left apart (`spaced_compounds=keep`).
    pub apart: bool,
    idx: usize,
    /// Second parts of known compounds that are a present stem + ی, the verbal noun of a
    /// compound (جویی in صرفه‌جویی, پوشی in چشم‌پوشی): a space before one joins where the
    /// whole is listed.
    verbal: StrSet,
    /// And those of them that are no words of their own, nor a noun + ی (شویی, فرمایی; not
    /// شماری, خوابی): the verbal noun of a compound the lexicon may lack.
    verbal_nouns: StrSet,
    /// Plurals in ‑گان of participles that end known compounds (دیدگان, زدگان, ندیدگان; not
    /// of a present stem + ه, a noun: شماره, گروه).
    participle_plurals: StrSet,
    /// Words that may join the word before them across a space on any line, besides the
    /// triggers: bound parts, verbal nouns and participle plurals of listed compounds, ی
    /// (خانه ی: the ezafe), شنبه (سه شنبه: a weekday), اکنون and اینک (هم اکنون).
    end_triggers: StrSet,
    /// Function words (never part of a compound): stopwords that are not nouns or
    /// adjectives (hazm's list also holds جمع, دار, اکنون, برداری, which compounds are made of).
    pub stop: StrSet,
    /// Compounds of three parts or more written with a space (بی بی سی, سی تی‌اسکن), which
    /// joins of pairs cannot see: by each token of each way to write one.
    pub multi: StrMap<Vec<Writing>>,
    pub multi_keys: StrSet,
    /// The first parts of the learned words of two parts that join on any line
    /// ([`LEARNED_ANY_LINE`]).
    common_first: StrSet,
    /// The user's words (the `words` and `keep` options; empty for the built-in analyzers).
    pub user: super::user::UserWords,
}

/// The analyzer for an option set (one per process), with the compounds train writes apart
/// left apart.
pub fn analyzer(compounds: bool) -> &'static Analyzer {
    analyzer_with(compounds, true)
}

/// The analyzer for an option set (one per process): `apart`, the compounds train writes
/// apart are left apart (the `spaced_compounds=keep` convention); read only with `compounds`.
pub fn analyzer_with(compounds: bool, apart: bool) -> &'static Analyzer {
    static AN: [OnceLock<Analyzer>; BUILTIN_ANALYZERS] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let idx = builtin_index(compounds, apart);
    AN[idx].get_or_init(|| Analyzer::build(lexicon::builtin(), compounds, apart, idx))
}

/// How many analyzers of the built-in lexicon there are (their memos come first, see `CACHES`).
pub const BUILTIN_ANALYZERS: usize = 3;

fn builtin_index(compounds: bool, apart: bool) -> usize {
    match (compounds, apart) {
        (false, _) => 0,
        (true, true) => 1,
        (true, false) => 2,
    }
}

/// `t` cut into the names of Latin letters (اچ | تی | ام | ال), where it is one glued
/// acronym: two names or more that are only letters' names (a Persian word made of letter
/// names, such as آرام, has one: آر; a name such as تیسیان, Titian, too), and not beginning
/// with ال, the Arabic article of names (الاسدی); at most `LONGEST_ACRONYM` names. The
/// first cut found, longer names first.
pub fn letter_names(t: &str) -> Option<Vec<&'static str>> {
    fn cut(t: &str, out: &mut Vec<&'static str>) -> bool {
        if t.is_empty() {
            return true;
        }
        if out.len() >= LONGEST_ACRONYM {
            return false;
        }
        let mut names: Vec<&'static str> = LETTER_NAMES
            .iter()
            .copied()
            .filter(|n| t.starts_with(n))
            .collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        for n in names {
            out.push(n);
            if cut(&t[n.len()..], out) {
                return true;
            }
            out.pop();
        }
        false
    }
    let mut out = Vec::new();
    if t.starts_with("ال") || !cut(t, &mut out) {
        return None;
    }
    let only = out.iter().filter(|n| ONLY_LETTER_NAMES.contains(n)).count();
    (only >= 2).then_some(out)
}

/// `a` and `b` joined by a ZWNJ, or solid where the letter that ends `a` (marks aside, as
/// clean_zwnj looks past them: «راً») joins nothing: a non-joining letter, or a joiner
/// already there (ی‌ٌ).
pub fn join(a: &str, b: &str) -> String {
    if a.is_empty() || b.is_empty() {
        return format!("{a}{b}");
    }
    let l = last(a).unwrap();
    let lc = if is_mark(l) {
        last(rstrip_marks(a))
    } else {
        Some(l)
    };
    if nj(lc) || lc == Some(ZWNJ) {
        format!("{a}{b}")
    } else {
        format!("{a}{ZWNJ}{b}")
    }
}

/// `r` spells `a` + `b` (joiners aside) and puts a joiner, or nothing after a non-joining
/// letter, between them.
pub fn boundary_ok(r: &str, a: &str, b: &str) -> bool {
    // (read in one pass, joiners aside: r's letters against a's then b's, and what follows
    // the last letter of a in r)
    let letters = |s: &'_ str| s.chars().filter(|&c| c != ZWNJ).collect::<Vec<char>>();
    let (la, lb) = (letters(a), letters(b));
    let mut want = la.iter().chain(lb.iter());
    let mut n = 0;
    let mut verdict = false;
    let mut it = r.chars().peekable();
    while let Some(c) = it.next() {
        if c == ZWNJ {
            continue;
        }
        if want.next() != Some(&c) {
            return false;
        }
        n += 1;
        if n == la.len() {
            verdict = it.peek() == Some(&ZWNJ) || non_joining(c);
        }
    }
    want.next().is_none() && verdict
}

/// `w` without its ezafe written ۀ or ه‌ی, its ه kept (کنندۀ, کننده‌ی -> کننده), or None:
/// the ezafe step writes these as هٔ, and a spaced join reads them as that one.
pub fn ezafe_bare(w: &str) -> Option<String> {
    let l = clen(w);
    if l > 1 && w.ends_with('ۀ') {
        return Some(format!("{}ه", drop_last(w, 1)));
    }
    if l > 3 && w.ends_with("ه\u{200c}ی") {
        return Some(drop_last(w, 2).to_string());
    }
    None
}

/// `w` is a word ending in a non-joining letter with به glued after it (جابه, روبه): the
/// first half of a reduplication around به.
pub fn ends_in_beh(w: &str) -> bool {
    clen(w) >= 3 && w.ends_with("به") && nj(back(w, 3))
}

/// `w` ends in a silent heh (خانه, علاقه), not a sounded one (راه, آگاه, دانشگاه, and the
/// two-letter words: ره, ده, مه, شه; the function words نه, که, چه join nothing).
pub fn silent_heh(w: &str) -> bool {
    w.ends_with('ه') && !w.ends_with("اه") && clen(w) > 2
}

/// `w` without a plural ending (روها -> رو), or `w`.
fn unpluralized(w: &str) -> &str {
    for p in ["هایی", "های", "ها"] {
        if w.ends_with(p) && clen(w) > clen(p) + 1 {
            return cut(w, p);
        }
    }
    w
}

/// The suffix that `w` is, with a stray joiner inside (های‌ی -> هایی), or None: such a
/// token joins the word before it as the suffix would.
pub fn stray_suffix(w: &str) -> Option<&'static str> {
    if w.contains(ZWNJ) {
        let g = glue(w);
        return sets().suffix_word_set.get(&*g).copied();
    }
    None
}

/// `c` is an Arabic-script letter (Python's `s[-1:] in _LETTERS`, false for "").
fn is_letter_opt(c: Option<char>) -> bool {
    c.is_some_and(is_letter)
}

/// The last word of a token (the last match of the `_core` pattern): its span
/// `(start, end)` in bytes.
fn last_word(tok: &str) -> Option<(usize, usize)> {
    let mut end = None;
    for (i, c) in tok.char_indices().rev() {
        if is_core(c) {
            end = Some(i + c.len_utf8());
            break;
        }
    }
    let end = end?;
    let mut start = end;
    for (i, c) in tok[..end].char_indices().rev() {
        if is_core(c) {
            start = i;
        } else {
            break;
        }
    }
    Some((start, end))
}

/// Python's `_core.sub(f, tok)`: each word of the token through `f`.
fn sub_words(tok: &str, mut f: impl FnMut(&str) -> Rc<str>) -> String {
    let mut out = String::with_capacity(tok.len() + 8);
    let mut start: Option<usize> = None;
    for (i, c) in tok.char_indices() {
        if is_core(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                out.push_str(&f(&tok[s..i]));
            }
            out.push(c);
        }
    }
    if let Some(s) = start {
        out.push_str(&f(&tok[s..]));
    }
    out
}

impl Analyzer {
    /// The analyzer of `lex`, its memos at `idx` (see `CACHES`).
    pub(super) fn build(lex: &'static Lexicon, compounds: bool, apart: bool, idx: usize) -> Analyzer {
        let st = sets();
        let mut an = Analyzer {
            lex,
            compounds,
            apart,
            idx,
            verbal: StrSet::default(),
            verbal_nouns: StrSet::default(),
            participle_plurals: StrSet::default(),
            end_triggers: StrSet::default(),
            stop: StrSet::default(),
            multi: StrMap::default(),
            multi_keys: StrSet::default(),
            common_first: StrSet::default(),
            user: Default::default(),
        };
        if compounds {
            for (w, &n) in lex.learned_pair_counts.iter() {
                let (a, b) = w.split_once(ZWNJ).unwrap_or((w, ""));
                // (not کتاب‌ها: a pair the rules join, or leave, by a trigger it holds)
                if n >= LEARNED_ANY_LINE && !st.trigger_words.contains(a) && !st.trigger_words.contains(b) {
                    an.common_first.insert(a);
                }
            }
        }
        let stems = &lex.stems;
        for s in &lex.second {
            let l = clen(s);
            if l < 3 || !s.ends_with('ی') {
                continue;
            }
            let ok = (s.ends_with("یی")
                && matches!(back(s, 3), Some('ا' | 'و'))
                && stems.contains(drop_last(s, 2)))
                || (stems.contains(drop_last(s, 1)) && !matches!(back(s, 2), Some('ا' | 'و' | 'ت' | 'د')));
            let count = match lex.web_count(s) {
                0 => lex.weak_count(s),
                c => c,
            };
            if ok && count < COMMON_WORD && !st.productive.contains(s) {
                an.verbal.insert(s);
            }
        }
        for s in &an.verbal {
            let base = if s.ends_with("یی") {
                drop_last(s, 2)
            } else {
                drop_last(s, 1)
            };
            if lex.bits(s) == 0 && lex.bits(base) & NOUNISH == 0 {
                an.verbal_nouns.insert(s);
            }
        }
        for p in &lex.second {
            if p.ends_with('ه') && an.past_form(p) {
                an.participle_plurals.insert(&format!("{}گان", drop_last(p, 1)));
            }
        }
        an.end_triggers.extend(lex.bound.iter());
        an.end_triggers.extend(an.verbal.iter());
        an.end_triggers.extend(an.participle_plurals.iter());
        // (ی, شنبه, اکنون, اینک: the `End` lists the rules name)
        an.end_triggers.extend(rule_end_words());
        for w in &lex.stop {
            let b = lex.bits(w);
            if (b & NOUNISH == 0 || b & FUNCTION != 0 || among(w, &["یک", "دو", "سه"]))
                && !st.productive.contains(w)
            {
                an.stop.insert(w);
            }
        }
        an.multi = an.writings(&an.multi_compounds());
        an.multi_keys = an.multi.keys().collect();
        an.multi_keys.extend(ONLY_LETTER_NAMES.iter());
        an
    }

    /// The compounds of three parts or more that join wherever they are written apart:
    /// those the lexicon tags as common words, and acronyms (دی‌ان‌ای); not those with به
    /// (چشم به راه may be meant word by word) or ending in a participle (پیش‌بینی شده: see
    /// the adjectival participles).
    fn multi_compounds(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (w, e) in self.lex.sorted_words() {
            let parts: Vec<&str> = w.split(ZWNJ).collect();
            if parts.len() < 3 || parts.contains(&"به") || parts.contains(&"") {
                continue;
            }
            let last = parts[parts.len() - 1];
            if last.ends_with('ه') && self.past_form(last) {
                continue;
            }
            if e.freq >= COMMON_MULTI || parts.iter().all(|p| among(p, LETTER_NAMES)) {
                out.push(w.to_string());
            }
        }
        out
    }

    /// For each compound (parts joined by joiners), every way to write it with at least one
    /// space between parts (the others a joiner or nothing), by the rarest of the writing's
    /// tokens that has no mark to stand beside (so that a text's common words look up
    /// nothing), the longest writings first.
    pub(super) fn writings(&self, compounds: &[String]) -> StrMap<Vec<Writing>> {
        let mut out: StrMap<Vec<Writing>> = StrMap::default();
        for c in compounds {
            let parts: Vec<&str> = c.split(ZWNJ).collect();
            let g = parts.len() - 1;
            let total = 3usize.pow(g as u32);
            for code in 0..total {
                // itertools.product order: the first gap varies slowest
                let mut gaps = Vec::with_capacity(g);
                let mut x = code;
                for _ in 0..g {
                    gaps.push(x % 3);
                    x /= 3;
                }
                gaps.reverse();
                if !gaps.contains(&0) {
                    continue;
                }
                let mut text = parts[0].to_string();
                for (gap, p) in gaps.iter().zip(&parts[1..]) {
                    match gap {
                        0 => text.push(' '),
                        1 => text.push(ZWNJ),
                        _ => {}
                    }
                    text.push_str(p);
                }
                let toks: Vec<String> = text.split(' ').map(str::to_string).collect();
                let inner: Vec<usize> = if toks.len() > 2 {
                    (1..toks.len() - 1).collect()
                } else {
                    (0..toks.len()).collect()
                };
                let q = *inner
                    .iter()
                    .min_by_key(|&&x| (self.lex.freq(&toks[x]), x))
                    .unwrap();
                out.entry_or_insert_with(&toks[q].clone(), Vec::new)
                    .push(Writing {
                        toks,
                        q,
                        compound: c.clone(),
                    });
            }
        }
        for v in out.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.toks.len()));
        }
        out
    }

    /// Is `noun` one that به before it makes a compound of the lexicon (به‌طور) which train
    /// writes apart (به طور)? (Not بهشهر, a city, nor به شهر, to the city.)
    pub fn beh_noun(&self, noun: &str) -> bool {
        if !self.compounds || !self.lex.learned_apart.contains(format!("{BEH} {noun}").as_str()) {
            return false;
        }
        let joined = format!("{BEH}{ZWNJ}{noun}");
        self.lex.compounds.get(&format!("{BEH}{noun}")) == Some(&joined) || self.lex.is_word(&joined)
    }

    /// `w` is a participle or an infinitive, or their negatives (گرفته, نشده, شدن): a past
    /// stem, which ends in د or ت, + ه or ن. A present stem + ه is a noun (نامه, خنده,
    /// ناله): «دوهفته نامه» is a compound, not a verb phrase.
    pub fn past_form(&self, w: &str) -> bool {
        if clen(w) < 3 || !(w.ends_with('ه') || w.ends_with('ن')) {
            return false;
        }
        let lex = self.lex;
        let mut stem = drop_last(w, 1);
        if stem.starts_with('ن') && lex.is_stem(skip(stem, 1)) {
            stem = skip(stem, 1);
        }
        (stem.ends_with('د') || stem.ends_with('ت'))
            && (lex.is_stem(stem)
                || (clen(stem) >= 4 && stem.ends_with("ید") && lex.is_stem(cut(stem, "ید"))))
    }

    fn with<T>(&self, f: impl FnOnce(&mut Caches) -> T) -> T {
        CACHES.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() <= self.idx {
                c.resize_with(self.idx + 1, Caches::default);
            }
            f(&mut c[self.idx])
        })
    }

    // -- single words ---------------------------------------------------------------

    /// The repair of one word.
    pub fn word(&self, w: &str) -> Rc<str> {
        self.word_full(w).0
    }

    /// The ‑ای reading of a glued word read as stem + ‑های, where nothing can follow the
    /// ezafe (`_ai_alt`): set where the word was analysed as it is.
    pub fn ai_alt(&self, w: &str) -> Option<Rc<str>> {
        self.word_full(w).1
    }

    fn word_full(&self, w: &str) -> WordRes {
        if let Some(r) = self.with(|c| c.words.get(w).cloned()) {
            return r;
        }
        let bare = rstrip_marks(w);
        let r: WordRes = if bare.len() < w.len() {
            // هفته‌نامهٔ: the ezafe hamza (or a haraka) after the word
            let (b, _, rule) = self.word_full(bare);
            (format!("{}{}", b, &w[bare.len()..]).into(), None, rule)
        } else if w.ends_with('ۀ') && clen(w) > 1 {
            // بی‌بادۀ: the ezafe written ۀ is read as هٔ is (the ezafe step writes one as
            // the other, and the next pass must read the word the same)
            let (h, _, rule) = self.word_full(&format!("{}ه", drop_last(w, 1)));
            if h.ends_with('ه') {
                (format!("{}ۀ", drop_last(&h, 1)).into(), None, rule)
            } else {
                (w.into(), None, "")
            }
        } else {
            let (r, alt, rule) = self.analyze(w);
            (r.into(), alt.map(Into::into), rule)
        };
        self.with(|c| {
            if c.words.len() > MEMO_LIMIT {
                c.words.clear();
            }
            c.words.insert(w, r.clone());
        });
        r
    }

    /// A word's repair by the rules ([`Self::analyze_rules`]), with what train teaches (with
    /// `compounds`): a word train writes solid more often than joined is left as it is
    /// (نگهبانی, `learned_solid`); one the rules leave as it is, where train writes it with a
    /// joiner (and never otherwise), is written so (بزرگنمایی, `learned`).
    fn analyze(&self, t: &str) -> (String, Option<String>, &'static str) {
        if self.compounds && self.lex.learned_solid.contains(t) {
            return (t.to_string(), None, ""); // نگهبانی: train writes it solid, mostly
        }
        let r = self.analyze_rules(t);
        if r.0 == t && self.compounds {
            // (most learned words are compounds: `compounds=keep` leaves them too)
            if let Some(j) = self.lex.learned.get(t) {
                return (j.clone(), None, "learned-spelling");
            }
        }
        r
    }

    fn analyze_rules(&self, t: &str) -> (String, Option<String>, &'static str) {
        let lex = self.lex;
        for host in CLITIC_HOSTS {
            if let Some(rest) = t.strip_prefix(host) {
                if CLITIC.contains(&rest) || CLITIC_HEH.contains(&rest) {
                    return (format!("{host}{ZWNJ}{rest}"), None, "clitic"); // همهاش
                }
            }
        }
        if let Some(k) = t.find(HEH_MADDA) {
            let (a, b) = t.split_at(k + 'ه'.len_utf8());
            if clen(a) >= 2 && clen(b) >= 2 && !t.contains(ZWNJ) {
                // ایدهآل: ه + آ is never written solid
                return (
                    format!("{}{ZWNJ}{}", self.word(a), self.word(b)),
                    None,
                    "heh-madda",
                );
            }
        }
        if let Some(j) = self.user.compound(t) {
            // a user's compound, glued or with some of its joiners: on any line
            return if j == t {
                (t.to_string(), None, "")
            } else {
                (j.to_string(), None, "lexicon-compound")
            };
        }
        if clen(t) < 3 || lex.is_word(t) {
            return (t.to_string(), None, "");
        }
        if t.contains(ZWNJ) {
            let glued = glue(t);
            let j = self.known(&glued);
            if j == Some(t) {
                return (t.to_string(), None, ""); // می‌بینیم: right as it is
            }
            if &*self.word(&glued) == t {
                // طرح‌وارهای: what the glued word is repaired to stays as it is, so that a
                // repair holds on a second pass
                return (t.to_string(), None, "");
            }
            if let Some(j) = j {
                if glue(j) == glued && j.matches(ZWNJ).count() > t.matches(ZWNJ).count() {
                    return (j.to_string(), None, self.known_rule(&glued));
                }
            }
            return (
                self.parts(&t.split(ZWNJ).collect::<Vec<_>>()),
                None,
                "joined-parts",
            );
        }
        if let Some(p) = t.strip_suffix(COPULA_AST) {
            if p.ends_with('ه') && self.past_form(p) {
                // رفتهاست: the perfect's third person glued (written apart unless the
                // `copula` convention asks for a joiner: see `conventions`)
                return (format!("{p}{ZWNJ}{COPULA_AST}"), None, "participle-ast");
            }
        }
        if t.ends_with("ترین") && lex.is_word(drop_last(t, 2)) {
            return (t.to_string(), None, ""); // بیشترین: the superlative of a comparative written solid
        }
        if let Some(noun) = t.strip_prefix(BEH).filter(|n| clen(n) >= 2) {
            if self.beh_noun(noun) {
                // بهعنوان: به before a noun train writes apart after it (به عنوان); the
                // `beh` convention writes it apart or joined (see `conventions`)
                return (format!("{BEH}{ZWNJ}{noun}"), None, "beh-noun");
            }
        }
        let j = self.known(t);
        let mut alt = None;
        if let Some(jj) = j {
            if t.ends_with("های") && jj == format!("{}{ZWNJ}ای", drop_last(t, 2)) {
                // زبانهای: the lexicon lists the ‑ای form of زبانه, but the plural of the
                // shorter word may be meant (زبان‌های): the two are weighed as where none is listed
                let (r, a) = self.suffix(t);
                alt = a;
                if let Some((r, rule)) = r {
                    return (r, alt, rule);
                }
                if alt.is_some() {
                    // نهادهای: the plural won, and after a non-joining letter it is written
                    // as it stands (the ‑ای reading is left for the word after it to choose)
                    return (t.to_string(), alt, "");
                }
            }
            if !self.splits_solid_stem(t, jj) {
                return (jj.to_string(), alt, self.known_rule(t));
            }
        }
        if lex.is_solid(t)
            && !sets()
                .preverb_mi
                .iter()
                .any(|(_, _, p)| t.starts_with(p.as_str()))
        {
            return (t.to_string(), alt, ""); // (a preverb + می + a verb is joined all the same: برمی‌دارد)
        }
        if t.ends_with("هی") && !lex.is_weak(t) && self.silent_heh_word(drop_last(t, 1)) {
            // خانهی: the ezafe after a silent heh, its joiner lost
            return (format!("{}{ZWNJ}ی", drop_last(t, 1)), alt, "ezafe-yeh");
        }
        let (r, a) = self.suffix(t);
        let alt = a.or(alt);
        if let Some((r, rule)) = r {
            return (r, alt, rule);
        }
        if self.compounds {
            if let Some((r, rule)) = self.compound(t, lex.is_weak(t)) {
                return (r, alt, rule);
            }
        }
        if alt.is_none() && !lex.is_weak(t) {
            if let Some(parts) = letter_names(t) {
                // اچتیامال: an acronym spelled letter by letter, glued (اچ‌تی‌ام‌ال)
                let joined = parts.iter().fold(String::new(), |acc, p| join(&acc, p));
                return (joined, None, "acronym");
            }
        }
        (t.to_string(), alt, "")
    }

    /// The parts of a word typed with joiners, each repaired, joined by joiners. Parts that
    /// the glued repair of their glued form writes as they are stand as they are
    /// (همجنس‌بازی‌ت: همجنس and بازی, which the repair of همجنسبازی wrote, are not read
    /// again one by one as هم‌جنس): a second pass reads the repair of a part as it was
    /// written (longest run of parts first).
    fn parts(&self, parts: &[&str]) -> String {
        let mut out: Vec<String> = Vec::new();
        let (mut i, n) = (0, parts.len());
        while i < n {
            let mut found = false;
            for k in (i + 2..=n).rev() {
                let seg = &parts[i..k];
                if seg.iter().all(|p| !p.is_empty()) {
                    let joined = seg.join(ZWNJ_S);
                    if *self.word(&seg.concat()) == *joined {
                        out.push(joined);
                        i = k;
                        found = true;
                        break;
                    }
                }
            }
            if !found {
                out.push(self.word(parts[i]).to_string());
                i += 1;
            }
        }
        out.join(ZWNJ_S)
    }

    /// `w` is a word the lexicon knows that ends in a silent heh: not after و or ی, where ه
    /// is often sounded (گروه, توجیه), nor one of the Arabic words whose ه is a root letter
    /// (توجه, مشابه, فقه), nor الله (عبداللهی, a surname: its ه is sounded).
    pub fn silent_heh_word(&self, w: &str) -> bool {
        silent_heh(w)
            && !matches!(back(w, 2), Some('و' | 'ی'))
            && !sets().sounded_heh.contains(w)
            && !w.ends_with("الله")
            && self.lex.bits(w) != 0
    }

    /// `w` is a finite verb, which no ezafe takes as its complement: a می/نمی form, joined
    /// or glued (می‌کنند, میکنند), or a stem with a plural or 2nd-person ending (نوشتند,
    /// دارید) that is no word of another kind (روند, کلید).
    pub fn is_verb(&self, w: &str) -> bool {
        let lex = self.lex;
        let w = w.trim_end_matches(CLOSING_MARKS); // (نوشتند. ends a sentence)
        if lex.is_word(w) || clen(w) < 3 {
            return false;
        }
        let j = lex.joined.get(w).map_or(w, String::as_str);
        if j.starts_with("می\u{200c}") || j.starts_with("نمی\u{200c}") {
            return true;
        }
        ends_any(w, &["ند", "یم", "ید"]) && lex.is_stem(drop_last(w, 2))
    }

    /// `toks[i]` cannot be the complement of an ezafe before it (که, از, a mark, a finite
    /// verb): a glued ‑های before it is read ‑ای (خانهای که, نامهای نوشتند). A line's end
    /// is no sign: text may be wrapped.
    pub fn no_complement_at<S: AsRef<str>>(&self, toks: &[S], i: usize) -> bool {
        i < toks.len() && {
            let t = toks[i].as_ref();
            among(t, NO_COMPLEMENT) || self.is_verb(t)
        }
    }

    /// `toks[i]` may follow an adjectival participle (آمار انجام‌شده از ...), not only a
    /// verbal one: it is no auxiliary, conjunction or suffix standing alone, and the line
    /// goes on. (A verb may follow either: آمار ارائه‌شده می‌گوید, the subject.)
    pub fn adjective_follows<S: AsRef<str>>(&self, toks: &[S], i: usize) -> bool {
        if i >= toks.len() {
            return false;
        }
        let t = toks[i].as_ref().trim_end_matches(CLOSING_MARKS);
        let av = &sets().after_verb;
        if t.is_empty() || t == "\n" || av.contains(t) {
            return false;
        }
        // (read on its first part too, as the glued repair parts it: است‌هایم)
        let r = self.token(t);
        !r.fixed.contains(ZWNJ) || !av.contains(r.fixed.split(ZWNJ).next().unwrap())
    }

    /// Whether a compound the lexicon lists but does not tag (shekar's list has ezafe
    /// phrases too: جمهوری اسلامی) may join on a line that shows spaces typed for joiners:
    /// when its second part is no word of its own (روان پزشکی, دوست نماها), and a ‑ی ending
    /// it makes a noun of a compound the lexicon knows (روان‌پزشک, اوقات‌تلخ), not an
    /// adjective of relation (میراث فرهنگی).
    fn untagged_ok(&self, ac: &str, bc: &str, glued: &str) -> bool {
        let lex = self.lex;
        if lex.bits(bc) != 0 {
            return false;
        }
        !bc.ends_with('ی')
            || lex
                .compounds
                .get(drop_last(glued, 1))
                .is_some_and(|s| !s.is_empty())
            || lex.is_word(&join(ac, drop_last(bc, 1)))
    }

    /// The glued word `g` ends in the suffix that `suffix` begins with (کتابها before ها,
    /// نمیتر before ترها), read on its letters alone, so that a text reads the same with its
    /// joiners dropped or restored; not a word of the lexicon or a common web word that ends
    /// so (تنها, بها).
    fn said_again(&self, g: &str, suffix: &str) -> bool {
        let lex = self.lex;
        let lg = clen(g);
        sets()
            .suffix_words
            .iter()
            .any(|x| g.ends_with(x) && suffix.starts_with(x) && lg >= clen(x) + 2)
            && !lex.is_word(g)
            && lex.weak_count(g) < WEB_WORD
            && lex.web_count(g) == 0
    }

    /// Whether the lexicon tags a spelling of `w` with a joiner in it too (همزمان and
    /// هم‌زمان): the one is the other with its joiner dropped.
    fn joined_twin(&self, w: &str) -> bool {
        let c: Vec<char> = w.chars().collect();
        let lex = self.lex;
        (2..c.len().saturating_sub(1)).any(|i| {
            !non_joining(c[i - 1]) && {
                let s: String = c[..i]
                    .iter()
                    .chain(std::iter::once(&ZWNJ))
                    .chain(&c[i..])
                    .collect();
                lex.is_word(&s)
            }
        })
    }

    /// بی + the function word `w` is a common word of its own that the lexicon tags
    /// (بی‌شمار, بی‌جهت, بی‌خود), not a conjunction after بی (بی آنکه, بی تا).
    fn bi_word(&self, w: &str) -> bool {
        let lex = self.lex;
        let j = format!("بی{ZWNJ}{w}");
        lex.bits(w) & tag::CONJ == 0 && lex.freq(&j) >= COMMON_BI && lex.bits(&j) & NOUNISH != 0
    }

    /// One of `a` and `b` is a function word that is also a noun, such as پشت, روی (not a
    /// determiner, pronoun, numeral or conjunction: آن قدر, یک دفعه, همه جا), and the lexicon
    /// tags their compound `j` as a common word: پشت‌بام, زیاده‌روی, تک‌روی. Not رو and بر
    /// after a word: the spoken را (ماشین رو بردم) and the preposition.
    fn noun_function(&self, a: &str, b: &str, j: Option<&str>) -> bool {
        let (stop, lex) = (&self.stop, self.lex);
        let Some(j) = j else { return false };
        let sa = stop.contains(a);
        if sa == stop.contains(b) || among(b, ADPOSITIONS) || lex.freq(j) < COMMON_BI {
            return false;
        }
        let t = lex.bits(if sa { a } else { b });
        t & tag::N != 0 && t & DETERMINING == 0
    }

    /// `w` is a preverb + a participle (برگردیده, برتافته, درگرفته): a participle too.
    pub fn preverb_participle(&self, w: &str) -> bool {
        w.ends_with('ه')
            && PREVERBS
                .iter()
                .any(|pv| w.starts_with(pv) && clen(w) >= clen(pv) + 4 && self.past_form(&w[pv.len()..]))
    }

    /// `w` is a noun + a possessive clitic, with no joiner: انتهایش, آرزویم (a word ending
    /// in ا or و + ی + the clitic), نظیرش, گناهم (after a consonant, a sounded ه too); not a
    /// function word + a clitic (آنش, همش).
    fn possessed(&self, w: &str) -> bool {
        let lex = self.lex;
        for c in VOWEL_CLITICS {
            if w.ends_with(c) {
                let base = cut(w, c);
                if clen(base) >= 2
                    && matches!(last(base), Some('ا' | 'و'))
                    && lex.bits(base) & NOUNISH != 0
                    && !self.stop.contains(base)
                {
                    return true;
                }
            }
        }
        for c in CONSONANT_CLITICS {
            if w.ends_with(c) {
                let base = cut(w, c);
                if clen(base) >= 2
                    && !matches!(last(base), Some('ا' | 'و' | 'ی'))
                    && !(base.ends_with('ه') && silent_heh(base) && !sets().sounded_heh.contains(base))
                    && lex.bits(base) & NOUNISH != 0
                    && !self.stop.contains(base)
                {
                    return true;
                }
            }
        }
        false
    }

    /// The joined spelling the lexicon gives for a glued form (compounds by option).
    pub fn known(&self, glued: &str) -> Option<&'static str> {
        let lex = self.lex;
        let mut j = lex
            .joined
            .get(glued)
            .or_else(|| sets().colloquial.get(glued))
            .map(String::as_str);
        if j.is_none() && self.compounds {
            j = lex.compounds.get(glued).map(String::as_str);
        }
        j.filter(|s| !s.is_empty())
    }

    /// The rule of the spelling [`Analyzer::known`] gives for a glued form.
    fn known_rule(&self, glued: &str) -> &'static str {
        let mi = |j: &str| {
            sets()
                .mi_prefixes
                .iter()
                .any(|p| j.starts_with(p.as_str()) && j[p.len()..].starts_with(ZWNJ))
        };
        if self.known(glued).is_some_and(mi) && !sets().colloquial.contains_key(glued) {
            return "mi-prefix"; // (برمی‌گردد, which the lexicon lists with its compounds, too)
        }
        match self.lex.joined.get(glued) {
            Some(_) => "lexicon-form",
            None if sets().colloquial.contains_key(glued) => "colloquial-verb",
            None => "lexicon-compound",
        }
    }

    /// The lexicon's joined compound `j` for `t` puts its joiner inside a word that the
    /// lexicon knows solid, of which `t` is an inflection: پژوهشگران is پژوهشگر + ‑ان
    /// (پژوهشگر is written solid), not پژوهش‌گران. Verb forms are not judged so (میگویی).
    fn splits_solid_stem(&self, t: &str, j: &str) -> bool {
        let lex = self.lex;
        if lex.joined.contains_key(t) {
            return false;
        }
        let at: i64 = j.chars().position(|c| c == ZWNJ).map_or(-1, |p| p as i64);
        for suf in INFLECTIONS {
            if t.ends_with(suf) {
                let stem = cut(t, suf);
                if lex.is_word(stem) && !stem.contains(ZWNJ) && at < clen(stem) as i64 {
                    return true;
                }
            }
        }
        false
    }

    /// `glued` as a known compound + an inflection: (the compound, the joined whole). With
    /// `split`, where a space stood, a compound that hazm tags as a word though it is not
    /// listed counts too (کاسب کارها: کاسب‌کار + ‑ها).
    fn inflected(&self, glued: &str, split: usize) -> Option<(String, String)> {
        let lex = self.lex;
        let lg = clen(glued);
        for suf in INFLECTIONS {
            let ls = clen(suf);
            if !(glued.ends_with(suf) && lg >= ls + 4) {
                continue;
            }
            let base = cut(glued, suf);
            let mut j: Option<String> = if self.compounds {
                lex.compounds.get(base).filter(|s| !s.is_empty()).cloned()
            } else {
                None
            };
            if j.is_none() && split > 0 && lg - ls > split {
                let t = join(take(glued, split), skip(base, split));
                if lex.is_word(&t) {
                    j = Some(t);
                }
            }
            let Some(j) = j else { continue };
            let end = last(&j);
            if suf.starts_with("ها") || suf.starts_with("تر") {
                let w = join(&j, suf);
                return Some((j, w));
            }
            if *suf == "یی" && matches!(end, Some('ا' | 'و')) {
                let w = format!("{j}{suf}");
                return Some((j, w)); // پول‌شویی
            }
            if *suf != "یی" && !matches!(end, Some('ا' | 'و' | 'ی' | 'ه')) {
                let w = format!("{j}{suf}");
                return Some((j, w)); // not after a vowel (‑گان, ‑یان)
            }
        }
        None
    }

    /// A stem that is a known word: (its spelling, its tags, its frequency). With `weak`, a
    /// word seen only on the web counts too, as a noun (for ‑ها).
    pub fn stem(&self, stem: &str, weak: bool) -> Option<(String, u32, u64)> {
        let lex = self.lex;
        if let Some(j) = self.user.compound(stem).filter(|j| *j != stem) {
            // a user's compound, glued (before the web's count of the glued word)
            let e = lex.word(j).copied().unwrap_or_default();
            return Some((j.to_string(), e.bits, e.freq));
        }
        if let Some(e) = lex.word(stem) {
            return Some((stem.to_string(), e.bits, e.freq));
        }
        if stem.contains(ZWNJ) {
            // judged as its glued form would be, so that joined and glued input agree
            return self
                .stem(&glue(stem), weak)
                .map(|(_, t, f)| (stem.to_string(), t, f));
        }
        let l = clen(stem);
        if weak
            && l >= 3
            && lex.weak_count(stem) >= 5_000
            && !lex.is_stem(stem)
            && !among(stem, WEB_FRAGMENTS)
        {
            return Some((stem.to_string(), tag::N, lex.weak_count(stem) / 20 + 1));
        }
        if weak && l >= 4 && lex.is_solid(stem) && !lex.is_stem(stem) {
            return Some((stem.to_string(), tag::N, 1)); // دلتنگی: a word the lexicon knows solid
        }
        if let Some(j) = lex.joined.get(stem).filter(|s| !s.is_empty()) {
            // a verb form or an inflected word: not a noun unless tagged one
            let (f, t) = lex.word(j).map_or((1, tag::V), |e| (e.freq, e.bits));
            return Some((j.clone(), t, f.max(1)));
        }
        if self.compounds {
            if let Some(j) = lex.compounds.get(stem).filter(|s| !s.is_empty()) {
                let (f, t) = lex.word(j).map_or((1, NOUNISH), |e| (e.freq, e.bits));
                return Some((j.clone(), t, f.max(1)));
            }
        }
        for suf in COMPARATIVE {
            // بزرگ‌ترها, مهم‌ترین‌ها: a comparative is a stem too
            if stem.ends_with(suf) {
                let base = cut(stem, suf);
                if lex.bits(base) & tag::AJ != 0 {
                    return Some((join(base, suf), tag::N | tag::AJ, (lex.freq(base) / 10).max(1)));
                }
            }
        }
        if stem.ends_with('ی') && l >= 4 {
            let base = drop_last(stem, 1);
            if let Some(e) = lex.word(base) {
                // a relational adjective or abstract noun: اجتماعی, دانشجویی (after a silent
                // heh the ی is the ezafe, هفته‌ی: those take ‑ای, خانه‌ای)
                if !self.silent_heh_word(base) && e.bits & NOUNISH != 0 {
                    return Some((stem.to_string(), NOUNISH, (e.freq / 10).max(1)));
                }
            }
        }
        if self.compounds && l >= 5 {
            if let Some((c, _)) = self.compound(stem, false) {
                return Some((c, NOUNISH, 1));
            }
        }
        None
    }

    /// `w`, a word's letters with no joiner, is a verb the lexicon lacks: a personal ending,
    /// and no word or reading of another kind.
    fn unknown_verb(&self, w: &str) -> bool {
        let lex = self.lex;
        clen(w) >= 4
            && ends_any(w, UNKNOWN_VERB_ENDINGS)
            && !lex.is_word(w)
            && !w.starts_with("می") // a verb takes one می (not می میهاای); نمی starts with ن
            && !w.starts_with("نمی")
            && !lex.is_weak(w)
            && !lex.is_solid(w)
            && *self.word(w) == *w // not میتواند, استانگیری: words of another kind
            // nor a known word + the copula written solid (قتلاند, یکتاام, سحرام)
            && !COPULA_SOLID
                .iter()
                .any(|c| w.ends_with(c) && lex.is_word(cut(w, c)))
    }

    /// `w` is a stem with a personal ending (دانی, رفتند, گوید).
    /// `w` (glued, in می or نمی) reads as a verb: its joined spelling is a form the lexicon
    /// lists, or its rest is a finite form (میرود; not میلی, a noun + ی).
    pub fn mi_verb(&self, w: &str) -> bool {
        if self.lex.joined.get(w).is_some_and(|j| j.contains(ZWNJ)) {
            return true;
        }
        let rest = w
            .strip_prefix("نمی")
            .or_else(|| w.strip_prefix("می"))
            .unwrap_or(w);
        self.finite(rest)
    }

    /// `verb` (a finite form, its می cut) is a form of a compound verb of the preverb `pv`:
    /// a stem and a personal ending (or none), where `pv` + the stem is a stem the lexicon
    /// lists (بر + دارد: بردار; not در + زند, as درزن is none).
    pub fn preverb_verb(&self, pv: &str, verb: &str) -> bool {
        let lex = self.lex;
        std::iter::once("").chain(ENDINGS.iter().copied()).any(|e| {
            verb.strip_suffix(e)
                .is_some_and(|x| !x.is_empty() && lex.is_stem(x) && lex.is_stem(&format!("{pv}{x}")))
        })
    }

    pub fn finite(&self, w: &str) -> bool {
        let lex = self.lex;
        lex.is_stem(w) || ENDINGS.iter().any(|e| w.ends_with(e) && lex.is_stem(cut(w, e)))
    }

    /// The suffix reading of `t` (a glued word of three letters or more), and its ‑ای
    /// reading where the plural ‑های won over it.
    fn suffix(&self, t: &str) -> (Option<(String, &'static str)>, Option<String>) {
        let lex = self.lex;
        let mut best: Option<(u64, String, &'static str)> = None;
        if t.ends_with('ی') && matches!(back(t, 2), Some('ا' | 'و' | 'ی')) {
            if let Some(e) = lex.word(drop_last(t, 1)) {
                // انتهای, دنیای: a word + the ezafe or indefinite ی, a reading with no joiner
                best = Some((e.freq, t.to_string(), ""));
            }
        }
        if best.is_none()
            && !(t.ends_with('ی')
                && matches!(back(t, 2), Some('ا' | 'و' | 'ی'))
                && lex.is_word(drop_last(t, 1)))
        {
            // انتهایش, آرزویم: a word ending in ا or و + ی + a clitic, with no joiner
            for c in VOWEL_CLITICS {
                if t.ends_with(c) {
                    let base = cut(t, c);
                    if matches!(last(base), Some('ا' | 'و')) {
                        if let Some(e) = lex.word(base) {
                            best = Some((e.freq, t.to_string(), ""));
                            break;
                        }
                    }
                }
            }
        }
        // a glued word the web writes at least a fifth as often as the stem of a reading, or
        // whose stem it does not write at all (and no lexicon lists), is a word of its own,
        // not that reading (فیلتر, not فیل‌تر; دکترین, لوستر, انتهایی, مستر, توتالیتر)
        let own = 5 * lex.weak_count(t);
        // ‑یات after a word is the Arabic plural (شخصیات, حفریات), not ‑ی + ‑ات
        let arabic_plural = own > 0 && t.ends_with("یات");
        if own > 0 && lex.is_stem(t) {
            return (None, None); // a verb's past stem (نمایاند) is no noun + clitic
        }
        // خانهای: خانه‌ای or خان‌های? when both stems are counted on the web, those counts decide
        let by_web =
            t.ends_with("های") && lex.web_count(drop_last(t, 3)) != 0 && lex.web_count(drop_last(t, 2)) != 0;

        let consider = |stem: &str,
                        suffix: &str,
                        need: u32,
                        vowel_final: &str,
                        weak: bool,
                        rule: &'static str,
                        best: &mut Option<(u64, String, &'static str)>|
         -> Option<String> {
            if clen(stem) < if vowel_final.is_empty() { 2 } else { 4 } {
                return None;
            }
            if !vowel_final.is_empty() {
                let l = last(stem).unwrap();
                if !vowel_final.contains(l) || (l == 'ه' && !silent_heh(stem)) {
                    return None; // (راه, نگاه, دانشگاه: a sounded ه takes clitics solid: نگاهشان)
                }
            }
            if own > 0 {
                let v = match lex.web_count(stem) {
                    0 => match lex.weak_count(stem) {
                        0 => {
                            if lex.is_word(stem) || self.word(stem).contains(ZWNJ) {
                                own
                            } else {
                                0
                            }
                        }
                        c => c,
                    },
                    c => c,
                };
                if own > v {
                    return None;
                }
            }
            if arabic_plural && suffix == "ات" {
                return None;
            }
            let (spelling, tags, mut freq) = self.stem(stem, weak)?;
            if tags & need == 0 || (among(&spelling, DEMONSTRATIVES) && suffix.starts_with("ها")) {
                return None;
            }
            if by_web && (suffix == "ای" || suffix == "های") {
                freq = lex.web_count(stem);
            }
            let cand = join(&spelling, suffix);
            if best.as_ref().is_none_or(|b| freq > b.0) {
                *best = Some((freq, cand.clone(), rule));
            }
            Some(cand)
        };

        let mut ai_alt = None;
        for suf in PLURAL {
            if t.ends_with(suf) {
                consider(cut(t, suf), suf, tag::N, "", true, "plural-suffix", &mut best);
            }
        }
        for suf in COMPARATIVE {
            if t.ends_with(suf) {
                consider(
                    cut(t, suf),
                    suf,
                    tag::AJ,
                    "",
                    false,
                    "comparative-suffix",
                    &mut best,
                );
            }
        }
        for suf in CLITIC {
            if t.ends_with(suf) {
                let base = cut(t, suf);
                consider(base, suf, NOUNISH, "هی", false, "clitic", &mut best);
                if base.ends_with("یی") {
                    // تنهایی‌ام, دانشجویی‌اش
                    consider(base, suf, tag::N, "ی", true, "clitic", &mut best);
                }
            }
        }
        if t.ends_with("اند")
            && !(clen(t) < 4 || matches!(back(t, 4), Some('ه' | 'ی')))
            && own == 0
            && !lex.is_stem(t)
            && !(matches!(first(t), Some('ب' | 'ن')) && lex.is_stem(skip(t, 1)))
        {
            // موظف‌اند, مطمئن‌اند: the copula after an adjective that ends in a consonant (not
            // a verb: بماند, nor a word the web writes: اولاند)
            consider(cut(t, "اند"), "اند", tag::AJ, "", false, "copula", &mut best);
        }
        for suf in CLITIC_HEH {
            if t.ends_with(suf) {
                consider(cut(t, suf), suf, NOUNISH, "ه", true, "clitic", &mut best);
            }
        }
        if t.ends_with("ای") && back(t, 3) == Some('ه') && silent_heh(drop_last(t, 2)) {
            // هسته‌ای or هست‌های, دسته‌ای or دست‌های? the stems' web counts decide, as they are
            let ai = consider(drop_last(t, 2), "ای", NOUNISH, "", true, "ai-suffix", &mut best);
            if let (Some(ai), Some(b)) = (ai, best.as_ref()) {
                if b.1 != ai {
                    // the plural won; but where no word can follow as the ezafe's complement
                    // (punctuation, که, از ...), the ‑ای reading is the only one left
                    ai_alt = Some(ai);
                }
            }
        }
        if t.ends_with("ای") && back(t, 3) == Some('ی') && clen(t) >= 7 {
            consider(drop_last(t, 2), "ای", NOUNISH, "", false, "ai-suffix", &mut best);
            // سنتی‌ای, فضایی‌ای
        }
        let Some(best) = best else {
            if (t.ends_with("دهاند") || t.ends_with("تهاند")) && clen(t) >= 7 {
                // the perfect of a verb the lexicon lacks
                return (Some((format!("{}{ZWNJ}اند", drop_last(t, 3)), "perfect")), ai_alt);
            }
            for c in PERFECT_CLITICS {
                // برگردیدهای, برتافتهاید: a preverb + a participle the lexicon knows, + the
                // perfect's clitic
                if t.ends_with(c) && self.preverb_participle(cut(t, c)) {
                    return (Some((format!("{}{ZWNJ}{c}", cut(t, c)), "perfect")), ai_alt);
                }
            }
            for (pv, neg, both) in &sets().preverb_mi {
                if t.starts_with(both.as_str()) && clen(t) > clen(pv) + clen(neg) + 1 {
                    if let Some(j) = lex.joined.get(&t[pv.len()..]) {
                        if j.starts_with(&format!("{neg}{ZWNJ}")) {
                            return (Some((format!("{pv}{j}"), "mi-prefix")), ai_alt);
                        }
                    }
                }
            }
            if let Some(r) = self.unknown_plural(t, own) {
                return (Some((r, "unknown-plural")), ai_alt);
            }
            return (None, ai_alt);
        };
        (if best.1 != t { Some((best.1, best.2)) } else { None }, ai_alt)
    }

    /// `t`, a word no list or web count holds (`own`: five times its web count), read as a
    /// stem no list holds + a plural suffix, where the stem looks like a word
    /// ([`super::shape`]): ژنومها -> ژنوم‌ها. Not after a non-joining letter (written solid
    /// there), a stem of fewer than [`MIN_UNKNOWN_STEM`] letters, a stem + ه the lexicon
    /// knows (اللهاست), nor a compound in a word of [`HA_WORDS`] (گازبها).
    fn unknown_plural(&self, t: &str, own: u64) -> Option<String> {
        let lex = self.lex;
        if own > 0 || lex.is_word(t) || lex.web_count(t) != 0 || lex.is_solid(t) {
            return None;
        }
        let suf = PLURAL.iter().find(|s| t.ends_with(**s))?;
        let stem = cut(t, suf);
        if clen(stem) < MIN_UNKNOWN_STEM || nj(last(stem)) || lex.is_word(&format!("{stem}ه")) {
            return None; // (اللهاست: the suffix's ه ends a word the lexicon knows)
        }
        let compound = HA_WORDS.iter().any(|w| {
            let head = cut(w, "ها");
            stem.ends_with(head) && stem.len() > head.len() && lex.is_word(cut(stem, head))
        });
        (!compound && super::shape::shape().looks_like_word(stem)).then(|| join(stem, suf))
    }

    /// A compound reading of `t`. `strict` (t is a word seen on the web): only a productive
    /// second part after a POS-tagged first part.
    fn compound(&self, t: &str, strict: bool) -> Option<(String, &'static str)> {
        // a word of productive parts over and over (کارگیریگیری...) reads each shorter
        // stem again: past COMPOUND_DEPTH such readings there is no compound reading (Python
        // raises RecursionError long before; the core must not overflow its stack)
        let depth = DEPTH.with(|d| {
            d.set(d.get() + 1);
            d.get()
        });
        let r = if depth > COMPOUND_DEPTH {
            None
        } else {
            self.compound_at(t, strict)
        };
        DEPTH.with(|d| d.set(d.get() - 1));
        r
    }

    fn compound_at(&self, t: &str, strict: bool) -> Option<(String, &'static str)> {
        let lex = self.lex;
        let st = sets();
        let l = clen(t);
        // reduplication around به: چهره‌به‌چهره, دست‌به‌دست
        if t.contains("به") && l >= 6 && l % 2 == 0 {
            let lx = (l - 2) / 2;
            let x = take(t, lx);
            if skip(t, lx).starts_with("به") && skip(t, lx + 2) == x && lex.is_word(x) && !strict {
                return Some((join(&join(x, "به"), x), "beh-reduplication"));
            }
        }
        for &n in &st.productive_lengths {
            // longest first; a set lookup per length
            let part = last_n(t, n);
            if st.productive.contains(part) && l >= n + 2 {
                let a = drop_last(t, n);
                if nj(last(a)) {
                    continue;
                }
                if strict && (!lex.is_word(a) || !silent_heh(a)) {
                    continue; // هدفمندی, عکسبرداری are written solid; علاقه‌مندی is not
                }
                if starts_any(part, HEH_ONLY) && !silent_heh(a) {
                    continue;
                }
                if !self.stop.contains(a) {
                    if let Some((s, tags, _)) = self.stem(a, false) {
                        if tags & NOUNISH != 0 {
                            return Some((join(&s, part), "productive-compound"));
                        }
                    }
                }
            }
        }
        if strict {
            return None;
        }
        if let Some((_, w)) = self.inflected(t, 0) {
            return Some((w, "inflected-compound"));
        }
        if t.starts_with("بی") && l >= 4 && !self.finite(t) {
            // not بینیم
            let rest = skip(t, 2);
            let (mut f, mut tags) = lex.word(rest).map_or((0, 0), |e| (e.freq, e.bits));
            if tags == 0 && rest.ends_with('ی') {
                // بی‌تعادلی: بی + a noun + ی
                (f, tags) = lex
                    .words
                    .get(drop_last(rest, 1))
                    .map_or((0, 0), |e| (e.freq, e.bits));
            }
            if tags & NOUNISH != 0
                && f >= 1000
                && !self.stop.contains(rest)
                && !self.stop.contains(drop_last(rest, 1))
            {
                // (as the joined form is read again: بی‌هفته‌ی)
                return Some((format!("بی{ZWNJ}{}", self.word(rest)), "bi-prefix"));
            }
        }
        let half = l / 2;
        if l % 2 == 0 && half >= 2 && take(t, half) == skip(t, half) {
            // کم‌کم, دانه‌دانه: a reduplicated word
            let x = take(t, half);
            if lex.bits(x) != 0 && !self.stop.contains(x) && !nj(last(x)) {
                return Some((format!("{x}{ZWNJ}{x}"), "reduplication"));
            }
        }
        None
    }

    // -- tokens (a word with punctuation around it) ----------------------------------

    /// A token's repair, its ‑ای alternative and whether it is special (memoized).
    pub fn token(&self, tok: &str) -> Rc<TokenInfo> {
        if let Some(r) = self.with(|c| c.tokens.get(tok).map(|e| e.1.clone())) {
            return r;
        }
        self.new_token(tok)
    }

    /// The info of a token not in the memo, analysed and memoized.
    fn new_token(&self, tok: &str) -> Rc<TokenInfo> {
        // (a user's `keep` word is never changed, and opens no spaced join)
        let kept = !self.user.is_empty() && self.user.kept(tok);
        let (fixed, alt, rule) = if kept {
            (tok.to_string(), None, "")
        } else {
            self.fix_token(tok)
        };
        let (mut start, mut end) = (self.start_flag(tok), self.end_flag(tok));
        if kept {
            start &= !STRONG;
            end &= !STRONG;
        }
        let special = if whole(tok) {
            // one word (most tokens): special exactly when the word, marks aside, is a
            // trigger (a suffix, می, بی, a productive part) or joins the word before it, or
            // is what a multi-part compound or an acronym is looked up by
            let eb = ezafe_bare(tok);
            let w = match &eb {
                Some(b) => b.as_str(),
                None => match rstrip_marks(tok) {
                    "" => tok,
                    b => b,
                },
            };
            sets().trigger_words.contains(w)
                || self.end_triggers.contains(w)
                || alt.is_some()
                || ends_in_beh(tok)
                || stray_suffix(w).is_some()
                || self.multi_keys.contains(tok)
                || self.common_first.contains(w)
                || (!self.user.is_empty() && (self.user.starts_pair(w) || self.user.ends_pair(w)))
        } else {
            start & (2 | PREFIX_ALONE) != 0 || end & (2 | SUFFIX_ALONE) != 0 || alt.is_some()
        };
        let info = Rc::new(TokenInfo {
            changed: fixed != tok,
            fixed,
            alt,
            special,
            start,
            end,
            chars: clen(tok),
            rule,
        });
        self.with(|c| {
            if c.tokens.len() > MEMO_LIMIT {
                c.tokens.clear();
            }
            c.tokens.insert(tok, (Meta::of(&info), info.clone()));
        });
        info
    }

    /// The infos of a text's tokens: looked up in one borrow of the memo; those not seen
    /// before are analysed.
    pub fn tokens(&self, toks: &[&str]) -> (Vec<Meta>, Vec<(usize, Rc<TokenInfo>)>) {
        // (the infos themselves only of the tokens the repair changes or may give their ‑ای
        // reading: the few whose repair is written out)
        let mut missing = Vec::new();
        let mut extras = Vec::new();
        let mut metas: Vec<Meta> = self.with(|c| {
            toks.iter()
                .enumerate()
                .map(|(i, t)| match c.tokens.get(t) {
                    Some((m, info)) => {
                        if m.changed || m.alt {
                            extras.push((i, info.clone()));
                        }
                        *m
                    }
                    None => {
                        missing.push(i);
                        Meta::default()
                    }
                })
                .collect()
        });
        if !missing.is_empty() {
            for i in missing {
                // (a token said again since the look-up above is in the memo now: its info
                // is read as above, from the table)
                let seen = self.with(|c| {
                    c.tokens
                        .get(toks[i])
                        .map(|(m, info)| (*m, (m.changed || m.alt).then(|| info.clone())))
                });
                let (m, info) = match seen {
                    Some(s) => s,
                    None => {
                        let info = self.new_token(toks[i]);
                        (Meta::of(&info), Some(info))
                    }
                };
                metas[i] = m;
                if let (true, Some(info)) = (m.changed || m.alt, info) {
                    extras.push((i, info));
                }
            }
            extras.sort_unstable_by_key(|e| e.0);
        }
        (metas, extras)
    }

    fn fix_token(&self, tok: &str) -> (String, Option<String>, &'static str) {
        if whole(tok) {
            // most tokens: one word, nothing around it
            let (fixed, alt, rule) = self.word_full(tok);
            return (fixed.to_string(), alt.map(|a| a.to_string()), rule);
        }
        // (the rule of the first word the repair changes)
        let mut rule = "";
        let fixed = sub_words(tok, |w| {
            let (r, _, ru) = self.word_full(w);
            if rule.is_empty() && *r != *w {
                rule = ru;
            }
            r
        });
        if let Some((s, e)) = last_word(tok) {
            let lw = &tok[s..e];
            if let Some(ai) = self.ai_alt(lw) {
                // fixed is what comes before the last word, its repair, and what follows it
                let tail = &tok[e..];
                let head = &fixed[..fixed.len() - tail.len() - self.word(lw).len()];
                let alt = format!("{head}{ai}{tail}");
                if first(tail).is_some_and(|c| CLOSING_MARKS.contains(&c)) {
                    return (alt, None, "ai-reading"); // «زمینهای،»: no ezafe before punctuation
                }
                if tail.is_empty() {
                    return (fixed, Some(alt), rule); // decided by the next token
                }
            }
        }
        (fixed, None, rule)
    }

    /// (what comes before its last word, its last word), where the last word ends the
    /// token: «کتاب،» does not join what follows.
    pub fn tail<'a>(&self, tok: &'a str) -> Option<(&'a str, &'a str)> {
        if whole(tok) {
            return Some(("", tok));
        }
        let (s, e) = last_word(tok)?;
        (e == tok.len()).then(|| (&tok[..s], &tok[s..]))
    }

    /// (its first word, what comes after it); a mark after the word (نامهٔ: the ezafe)
    /// goes with what follows it.
    pub fn head<'a>(&self, tok: &'a str) -> Option<(&'a str, &'a str)> {
        if whole(tok) {
            let bare = rstrip_marks(tok);
            return Some(if bare.is_empty() {
                (tok, "")
            } else {
                (bare, &tok[bare.len()..])
            });
        }
        let end = tok
            .char_indices()
            .find(|&(_, c)| !is_core(c))
            .map_or(tok.len(), |(i, _)| i);
        if end == 0 {
            return None;
        }
        let w = &tok[..end];
        let bare = rstrip_marks(w);
        Some(if bare.is_empty() {
            (w, &tok[end..])
        } else {
            (bare, &tok[bare.len()..])
        })
    }

    /// How a token's last word may begin a spaced join: STRONG (a suffix, می, بی, a
    /// compound part that is no word), WEAK (a part of a known compound: joined on lines
    /// that show spaces typed for joiners), or 0; with LETTER_END and PREFIX_ALONE.
    pub fn start_flag(&self, tok: &str) -> u8 {
        // (kept with the token's memoized info: computed once per token)
        self.compute_start_flag(tok)
    }

    fn compute_start_flag(&self, tok: &str) -> u8 {
        let Some((pre, w)) = self.tail(tok) else { return 0 };
        let st = sets();
        let mut flag = if is_letter_opt(last(tok)) { LETTER_END } else { 0 };
        if st.standalone_prefixes.contains(w)
            && (pre.is_empty() || last(pre).is_some_and(|c| BEFORE_PREFIX.contains(&c)))
        {
            flag |= PREFIX_ALONE;
        }
        if w.ends_with(ZWNJ) {
            return flag;
        }
        if st.trigger_words.contains(w)
            || ends_in_beh(w)
            || (!self.user.is_empty() && self.user.starts_pair(w))
            || self.common_first.contains(w)
        {
            return flag | STRONG;
        }
        let g = glue(w);
        flag | if self.lex.is_first(&g)
            || among(w, NUMERALS)
            || (self.compounds && self.lex.learned_first.contains(w))
        {
            WEAK
        } else {
            0
        }
    }

    /// How a token's first word may end a spaced join (see `start_flag`), with
    /// LETTER_START and SUFFIX_ALONE.
    pub fn end_flag(&self, tok: &str) -> u8 {
        self.compute_end_flag(tok)
    }

    fn compute_end_flag(&self, tok: &str) -> u8 {
        if let Some(bare) = ezafe_bare(tok) {
            if whole(tok) {
                // کننده‌ی, کنندۀ: as کنندهٔ (see join_spaced)
                return self.end_flag(&format!("{bare}{EZAFE_HAMZA}"));
            }
        }
        let Some((w, _)) = self.head(tok) else { return 0 };
        let st = sets();
        let mut flag = if is_letter_opt(first(tok)) {
            LETTER_START
        } else {
            0
        };
        if st.suffix_word_set.contains(rstrip_marks(w)) {
            flag |= SUFFIX_ALONE;
        }
        if w.starts_with(ZWNJ) {
            return flag;
        }
        if st.trigger_words.contains(w)
            || self.end_triggers.contains(w)
            || stray_suffix(w).is_some()
            || (!self.user.is_empty() && self.user.ends_pair(w))
        {
            return flag | STRONG;
        }
        let g = glue(w);
        let lex = self.lex;
        if lex.is_second(&g) || (self.compounds && lex.learned_second.contains(w)) {
            return flag | WEAK;
        }
        for &n in &st.inflection_lengths {
            // سرمایه داران: the part of a compound, inflected
            if among(last_n(&g, n), INFLECTIONS) && lex.is_second(drop_last(&g, n)) {
                return flag | WEAK;
            }
        }
        if self.measure(&g) {
            return flag | WEAK;
        }
        flag
    }

    /// `w` is a noun + ‑ه that is no word of its own (جانبه, ساله, منظوره): after a
    /// numeral, an adjective (سه‌جانبه, دوساله); not هفته, شاخه, which are words.
    fn measure(&self, w: &str) -> bool {
        let lex = self.lex;
        clen(w) >= 4
            && w.ends_with('ه')
            && lex.bits(drop_last(w, 1)) & tag::N != 0
            && lex.bits(w) & !tag::RES == 0
            && lex.weak_count(w) == 0
    }

    // -- spaced joins ------------------------------------------------------------------

    /// A user's compound written as the two words `ac` and `bc` (رئیس جمهور), inflected
    /// where the engine inflects compounds (رئیس جمهورها): the compound, on any line.
    fn user_pair(&self, ac: &str, bc: &str) -> Option<String> {
        if self.user.compounds.is_empty() {
            return None;
        }
        let g = format!("{}{}", glue(ac), glue(bc));
        if let Some(j) = self.user.compounds.get(&g) {
            return boundary_ok(j, ac, bc).then(|| j.clone());
        }
        let split = glue(ac).len();
        for suf in INFLECTIONS {
            // (the space inside the compound: one before the suffix is the suffix's join)
            if g.ends_with(suf)
                && split < g.len() - suf.len()
                && self.user.compounds.contains_key(cut(&g, suf))
            {
                let r = self.word(&g);
                if boundary_ok(&r, ac, bc) {
                    return Some(r.to_string());
                }
            }
        }
        None
    }

    /// The runs of tokens that spell a compound of three parts or more with a space in it,
    /// or a Latin acronym letter by letter with a letter that is no Persian word among them
    /// (جی پی اس, سی ان ان): `(first, last, joined)`, in order. `special`: the places of the
    /// text's special tokens, in order (their tokens hold what a run is looked up by).
    pub fn multi_runs<S: AsRef<str>>(
        &self,
        toks: &[S],
        special: &[usize],
    ) -> Vec<(usize, usize, String, &'static str)> {
        let n = toks.len();
        let tk = |i: usize| toks[i].as_ref();
        let hits: Vec<usize> = special
            .iter()
            .copied()
            .filter(|&i| self.multi_keys.contains(tk(i)))
            .collect();
        let mut runs = Vec::new();
        if hits.is_empty() {
            return runs;
        }
        let has_core = |s: &str| s.chars().any(is_core);
        // (marks, last word) of t, if only marks are before it; (first word, marks) of t
        let tail = |t: &'_ str| -> Option<(String, String)> {
            self.tail(t)
                .filter(|(p, _)| !has_core(p))
                .map(|(p, w)| (p.to_string(), w.to_string()))
        };
        let head = |t: &'_ str| -> Option<(String, String)> {
            self.head(t)
                .filter(|(_, p)| !has_core(p))
                .map(|(w, p)| (w.to_string(), p.to_string()))
        };
        let mut done: isize = -1; // tokens up to here are in a run
        for m in hits {
            if (m as isize) <= done {
                continue;
            }
            let mut found: Option<(usize, usize, String, &'static str)> = None;
            if let Some(ws) = self.multi.get(tk(m)) {
                for wr in ws {
                    // the longest writings first
                    let i = m as isize - wr.q as isize;
                    let j = i + wr.toks.len() as isize - 1;
                    if i <= done || j >= n as isize {
                        continue;
                    }
                    let (i, j) = (i as usize, j as usize);
                    if (i + 1..j).any(|x| tk(x) != wr.toks[x - i]) {
                        continue;
                    }
                    if let (Some(tw), Some(hw)) = (tail(tk(i)), head(tk(j))) {
                        if tw.1 == wr.toks[0] && hw.0 == wr.toks[wr.toks.len() - 1] {
                            found =
                                Some((i, j, format!("{}{}{}", tw.0, wr.compound, hw.1), "multi-compound"));
                            break;
                        }
                    }
                }
            }
            if found.is_none() && among(tk(m), ONLY_LETTER_NAMES) {
                let (mut i, mut j) = (m, m);
                while i as isize - 1 > done && among(tk(i - 1), LETTER_NAMES) {
                    i -= 1;
                }
                while j + 1 < n && among(tk(j + 1), LETTER_NAMES) {
                    j += 1;
                }
                while among(tk(i), PRONOUN_LETTERS) && i < m {
                    i += 1;
                }
                while among(tk(j), PRONOUN_LETTERS) && j > m {
                    j -= 1;
                }
                // a mark before the first letter or after the last: «سی ان ان» (a letter
                // with marks beside it; not a letter alone, which the run did not take: او, کی)
                let (mut pre, mut post) = (String::new(), String::new());
                let tw = if i as isize - 1 > done {
                    tail(tk(i - 1))
                } else {
                    None
                };
                if let Some((p, w)) = tw {
                    if !p.is_empty() && among(&w, LETTER_NAMES) && !among(&w, PRONOUN_LETTERS) {
                        pre = p;
                        i -= 1;
                    }
                }
                let hw = if j + 1 < n { head(tk(j + 1)) } else { None };
                if let Some((w, p)) = hw {
                    if !p.is_empty() && among(&w, LETTER_NAMES) && !among(&w, PRONOUN_LETTERS) {
                        post = p;
                        j += 1;
                    }
                }
                if j - i >= LONGEST_ACRONYM {
                    // a longer run is no acronym (and its other letters, looked at again,
                    // would find the same run)
                    done = j as isize;
                    continue;
                }
                if j - i >= 2 {
                    let mut letters: Vec<&str> = (i..=j).map(tk).collect();
                    let nl = letters.len();
                    letters[0] = &letters[0][pre.len()..];
                    letters[nl - 1] = &letters[nl - 1][..letters[nl - 1].len() - post.len()];
                    let mut joined = letters[0].to_string();
                    for x in &letters[1..] {
                        joined = join(&joined, x);
                    }
                    found = Some((i, j, format!("{pre}{joined}{post}"), "acronym"));
                }
            }
            if !self.user.is_empty() {
                // (no run takes a user's `keep` word)
                found = found.filter(|f| !(f.0..=f.1).any(|x| self.user.kept(tk(x))));
            }
            if let Some(f) = found {
                done = f.1 as isize;
                runs.push(f);
            }
        }
        runs
    }

    /// The joined form of tokens `a` and `b` (a space between them), or None; with whether
    /// it is an adjectival join (a participle or a verbal noun), made only where the words
    /// after it show no verb.
    pub fn join_spaced(&self, a: &str, b: &str, evidence: bool) -> Option<Joined> {
        let found = self.with(|c| {
            let mut key = std::mem::take(&mut c.key);
            pair_key(&mut key, a, b, evidence);
            let r = c.pairs.get(key.as_str()).cloned();
            c.key = key;
            r
        });
        if let Some(r) = found {
            return r;
        }
        let r = self
            .compute_join(a, b, evidence)
            .map(|(s, adj, rule)| (Rc::from(s), adj, rule));
        self.with(|c| {
            if c.pairs.len() > MEMO_LIMIT {
                c.pairs.clear();
            }
            let mut key = String::new();
            pair_key(&mut key, a, b, evidence);
            c.pairs.insert(&key, r.clone());
        });
        r
    }

    /// A spaced join by the rules ([`Self::join_by_rules`]); where they join nothing, on a
    /// line that shows spaces typed for joiners, a word train writes with one joiner and
    /// never as two words (دسته جمعی -> دسته‌جمعی).
    fn compute_join(&self, a: &str, b: &str, evidence: bool) -> Option<(String, bool, &'static str)> {
        if !self.user.is_empty() && (self.user.kept(a) || self.user.kept(b)) {
            return None; // a user's `keep` word joins no neighbour
        }
        let r = self.join_by_rules(a, b, evidence);
        if r.is_some() || !self.compounds || (!evidence && !self.common_first.contains(self.tail(a)?.1)) {
            return r;
        }
        let ((pre, ac), (bc, post)) = (self.tail(a)?, self.head(b)?);
        let st = sets();
        if st.trigger_words.contains(ac) || st.trigger_words.contains(bc) {
            return None; // (بی حال: a prefix or suffix the rules weighed and left apart)
        }
        let j = format!("{ac}{ZWNJ}{bc}");
        let learned = if evidence {
            self.lex.learned_pairs.contains(j.as_str())
        } else {
            // (on any line: a word train writes joined often enough)
            self.lex
                .learned_pair_counts
                .get(&j)
                .is_some_and(|&n| n >= LEARNED_ANY_LINE)
        };
        // (a participle joins, on a line with no evidence, only where an adjective reading
        // holds: as the rules join it on a line with evidence, تعیین شده است stays)
        let adj = !evidence && bc.ends_with('ه') && self.past_form(bc);
        learned.then(|| (format!("{pre}{j}{post}"), adj, "learned-spelling"))
    }

    fn join_by_rules(&self, a: &str, b: &str, evidence: bool) -> Option<(String, bool, &'static str)> {
        if let Some(bare) = ezafe_bare(b) {
            if whole(b) {
                // خسته کنندۀ, خسته کننده‌ی: joined as خسته کنندهٔ is, the ezafe as written
                let (r, _, rule) = self.compute_join(a, &format!("{bare}{EZAFE_HAMZA}"), evidence)?;
                let n = clen(b) - clen(&bare) + 1; // the ezafe as written, with its ه
                return r
                    .ends_with(EZAFE_HEH)
                    .then(|| (format!("{}{}", drop_last(&r, 2), last_n(b, n)), false, rule));
            }
        }
        let ta = self.tail(a);
        let hb = self.head(b);
        if let Some((hw, hp)) = hb {
            if !hp.is_empty() && hw.len() + hp.len() == b.len() {
                if let Some(bare) = ezafe_bare(hw) {
                    // سیاه‌ی), سیاهۀ.: read as سیاهٔ) is, punctuation after the ezafe
                    let tail = format!("{EZAFE_HEH}{hp}");
                    let (r, _, rule) = self.compute_join(a, &format!("{bare}{EZAFE_HAMZA}{hp}"), evidence)?;
                    return r.ends_with(&tail).then(|| {
                        (
                            format!("{}{}", cut(&r, &tail), skip(b, clen(&bare) - 1)),
                            false,
                            rule,
                        )
                    });
                }
            }
        }
        let ((pre, ac), (bc, post)) = (ta?, hb?);
        if rstrip_marks(ac).is_empty() || rstrip_marks(bc).is_empty() || first(bc).is_some_and(is_mark) {
            // a mark typed alone, or before a word, is no word's end or start
            return None;
        }
        if let Some(j) = self.user_pair(ac, bc) {
            return Some((format!("{pre}{j}{post}"), false, "lexicon-compound"));
        }
        if among(ac, LETTER_NAMES)
            && among(bc, LETTER_NAMES)
            && (among(ac, ONLY_LETTER_NAMES) || among(bc, ONLY_LETTER_NAMES))
        {
            // آر ای: two names of Latin letters, one only a letter's, are part of a spelled
            // acronym, which the runs decide (a pair joined here would make a shorter run
            // on the next pass)
            return None;
        }
        if self.compounds && self.apart && self.lex.learned_apart.contains(format!("{ac} {bc}").as_str()) {
            return None; // رئیس جمهور: a compound train writes apart more often than joined
        }

        let st = sets();
        let bc: &str = stray_suffix(bc).unwrap_or(bc);
        if (ac == bc && bc != "بی")
            || ac.ends_with(ZWNJ)
            || bc.starts_with(ZWNJ)
            || ac.ends_with(EZAFE_HAMZA)
            || ac.ends_with('ۀ')
        {
            return None; // (an ezafe ends its word: هفتهٔ ای is two words)
        }
        let (ga, gb) = (glue(ac), glue(bc));
        if clen(&ga) >= 3 && clen(&gb) >= 3 && (gb.starts_with(&*ga) || ga.ends_with(&*gb)) {
            return None; // a word said twice stays apart, inflected too: گروه گروه‌ها
        }
        let beh_twice = ac.strip_suffix("به") == Some(bc);
        if !evidence
            && !st.trigger_words.contains(bc)
            && !st.trigger_words.contains(ac)
            && !self.end_triggers.contains(bc)
            && !beh_twice
        {
            return None; // nothing can join these two (the common case, decided fast)
        }
        let lex = self.lex;
        let glued = format!("{ga}{gb}");
        let mut joined: Option<String> = None;
        let mut adjectival = false;
        let mut rule: &'static str = "";
        let nj_a = nj(last(ac));
        if st.suffix_word_set.contains(bc) && self.said_again(&ga, &gb) {
            return None; // a suffix said twice joins once: کتاب‌ها ها
        }
        let acbc = format!("{ac}{bc}");
        if st.lone_suffixes.contains(bc) {
            let r = self.word(&acbc);
            rule = "spaced-suffix";
            joined = Some(if boundary_ok(&r, ac, bc) {
                r.to_string()
            } else {
                join(&self.word(ac), bc)
            });
        } else if st.weak_suffixes.contains(bc) {
            let r = self.word(&acbc);
            if nj_a && bc.starts_with('ا') {
                // شما ای, پاییز ای: after a non-joining letter a suffix in ا is written with
                // its glide or without its ا (دانایی, کتابم); ای there is a word of its own
            } else if boundary_ok(&r, ac, bc) {
                rule = "spaced-suffix";
                joined = Some(r.to_string());
            } else if among(bc, CLITIC_HEH)
                && clen(&ga) > 3
                && (ac.ends_with("\u{200c}های") || self.word(&ga).ends_with("\u{200c}های"))
            {
                // خواب‌های تان: a possessive typed apart after the plural ‑های, written solid
                // as train writes it (‑هایتان, ‑هایشان, ‑هایمان 224 times, never otherwise);
                // where the word reads as a plural (not نشانهای: نشانه‌ای, as the ezafe step
                // may write ‑یی after this step ran, or search with no joiners)
                rule = "spaced-suffix";
                joined = Some(format!("{ac}{bc}"));
            } else if (silent_heh(ac) || ac.ends_with('ی'))
                && clen(ac) >= 3
                && (self.stem(ac, true).is_some() || self.known(&ga).is_some() || self.preverb_participle(ac))
            {
                // خانه ای, رفته ام, سنتی ای: the space shows where the suffix begins
                rule = "spaced-suffix";
                joined = Some(join(&self.word(ac), bc));
            }
        } else if bc == COMPARATIVE_YEH {
            // درست تری, زیبا تری: ‑تر + ی after an adjective, written as the two are glued
            if lex.bits(&ga) & tag::AJ != 0 && clen(&ga) >= 2 {
                rule = "spaced-suffix";
                joined = Some(join(&self.word(ac), bc));
            }
        } else if bc == EZAFE_YEH {
            // خانه ی: the ezafe (or indefinite) after a silent heh, written apart
            let w = self.word(ac);
            if self.silent_heh_word(&w) {
                rule = "ezafe-yeh";
                joined = Some(format!("{w}{ZWNJ}{bc}"));
            }
        } else if beh_twice {
            // جابه جا, روبه رو: به glued to a word that ends in a non-joining letter, and the word again
            let r = self.word(&acbc);
            if boundary_ok(&r, ac, bc) {
                rule = "beh-reduplication";
                joined = Some(r.to_string());
            }
        } else if among(bc, NOW) && ac == "هم" {
            rule = "now-adverb";
            joined = Some(format!("{ac}{ZWNJ}{bc}")); // هم اکنون, هم اینک: the adverbs
        } else if bc == SATURDAY && among(ac, WEEKDAY_NUMBERS) {
            // سه شنبه: a weekday, spelled as the lexicon spells it more often
            let j = join(ac, bc);
            rule = "weekday";
            joined = Some(if lex.freq(&j) > lex.freq(&acbc) {
                j
            } else {
                acbc.clone()
            });
        } else if among(ac, NUMERALS) && self.compounds && self.measure(bc) {
            // سه جانبه, دو ساله, چند منظوره: a numeral + a noun + ‑ه, no word of its own
            rule = "numeral-measure";
            joined = Some(join(ac, bc));
        } else if st.mi_prefixes.contains(ac) {
            let mut j: Option<String> = if ac != "می" && ac != "نمی" {
                Some(self.word(&glued).to_string())
            } else {
                // (a spoken form too: می دونی as میدونی is, می‌دونی)
                lex.joined
                    .get(&glued)
                    .or_else(|| st.colloquial.get(&glued))
                    .cloned()
            };
            if j.as_ref().is_none_or(|j| !boundary_ok(j, ac, bc))
                && (self.finite(&gb) || self.unknown_verb(&gb))
            {
                // می دانی: glued, میدانی is a word (of the square); spaced, a verb
                j = Some(format!("{ac}{ZWNJ}{bc}"));
            }
            if let Some(j) = j {
                if boundary_ok(&j, ac, bc) {
                    rule = "mi-prefix";
                    joined = Some(j);
                }
            }
        } else if ac == "بی" && bc == "بی" {
            // بی بی: the word بی‌بی (lady), as the lexicon tags it
            let j = join(ac, bc);
            if lex.is_word(&j) {
                rule = "bi-bi";
                joined = Some(j);
            }
        } else if ac == "بی" {
            // بی standing alone is the prefix (بی اعتنایی, بی شک) unless the next word is a
            // function word (بی آن که); all read on the word's letters, its joiners aside
            let w: &str = &gb;
            let known = lex.bits(w) & NOUNISH != 0
                || lex.weak_count(w) >= WEB_WORD
                || (w.ends_with('ی') && lex.bits(drop_last(w, 1)) & NOUNISH != 0)
                || ((w.ends_with("یی") || w.ends_with("انه"))
                    && lex.bits(drop_last(w, if w.ends_with('ی') { 2 } else { 3 })) & NOUNISH != 0)
                || self.possessed(w);
            // (not before a word the lexicon splits, nor before a compound the lexicon lists,
            // in either spelling)
            let core_full = self.word(w);
            let mut core: &str = &core_full;
            if core.ends_with("\u{200c}ی") && self.silent_heh_word(drop_last(core, 2)) {
                core = drop_last(core, 2);
            }
            if known
                && clen(w) >= 2
                && !lex.compounds.get(w).is_some_and(|c| c.contains(ZWNJ))
                && !self.joined_twin(w)
                && ((!self.stop.contains(w) && !self.stop.contains(unpluralized(w))) || self.bi_word(w))
                && !w.starts_with("بی")
                && !(starts_any(w, &["می", "نمی"]) && self.mi_verb(w))
                && !core.contains(ZWNJ)
            {
                rule = "bi-prefix";
                joined = Some(format!("بی{ZWNJ}{bc}"));
            }
        } else if self.compounds {
            // a compound of the lexicon: when its second part cannot stand alone (آموز, گیری),
            // or on a line that shows spaces typed for joiners; never with a function word
            // (هم, پیش) unless the lexicon tags the whole compound
            let mut j: Option<String> = lex.compounds.get(&glued).cloned();
            let mut tagged = j.clone();
            let mut jrule = "lexicon-compound";
            let jab = join(ac, bc);
            if j.is_none() && evidence && lex.is_word(&jab) {
                j = Some(jab.clone()); // جنایت کار: hazm tags جنایت‌کار as a word of its own
                tagged = j.clone();
            }
            let mut plural = false;
            if self.participle_plurals.contains(bc) {
                // آسیب دیدگان: the plural in ‑گان of a listed compound with a participle
                let single = format!("{}ه", drop_last(bc, 3));
                let acs = format!("{ac}{single}");
                plural = lex.compounds.get(&acs).is_some_and(|s| !s.is_empty())
                    || lex.is_word(&join(ac, &single))
                    || lex.is_word(&acs);
                if plural && j.is_none() {
                    jrule = "participle-plural";
                    j = Some(jab.clone());
                    tagged = j.clone();
                }
            }
            if j.is_none() && evidence {
                if let Some((t, jj)) = self.inflected(&glued, clen(&ga)) {
                    // سرمایه داران: a compound + ‑ان
                    tagged = Some(t);
                    j = Some(jj);
                    jrule = "inflected-compound";
                }
            }
            let wb = self.word(bc);
            let head = participle_head(wb.split(ZWNJ).next().unwrap(), |x| self.past_form(x));
            let tagged_word = tagged.as_ref().is_some_and(|t| lex.is_word(t));
            if self.past_form(head) && !(among(head, ADJECTIVE_PARTICIPLES) && tagged_word) {
                // a participle or an infinitive, or their negatives (گرفته شده, حل نشده, واقع
                // شدن): a verb phrase, not a compound; but ‑زده and ‑دیده make adjectives.
                // Where the lexicon tags the whole as a word (انجام‌شده, وحشت‌زده), a
                // participle joins where the words after it show an adjective
                if bc.ends_with('ه')
                    && head == bc
                    && tagged_word
                    && evidence
                    && !st.productive.contains(bc)
                    && (post.is_empty() || post == EZAFE_HAMZA_S)
                {
                    // (an ezafe on the participle shows the adjective)
                    adjectival = post.is_empty();
                    jrule = "participle-compound";
                } else {
                    j = None;
                }
            }
            let function = self.stop.contains(ac) || self.stop.contains(bc);
            let prefix = among(ac, PREFIX_WORDS) && !self.stop.contains(bc);
            match j {
                Some(j) if boundary_ok(&j, ac, bc) => {
                    let ok = (st.productive.contains(bc)
                        && (prefix
                            || !function
                            || (tagged_word
                                && lex.bits(ac) & NOUNISH != 0
                                && !self.stop.contains(bc)
                                && !nj_a)))
                        || (lex.is_bound(bc) && clen(ac) >= 3)
                        || (plural && !function && !nj_a)
                        || (among(ac, BOUND_PREFIXES) && !self.stop.contains(bc))
                        || (self.verbal.contains(bc) && !function && !nj_a)
                        // (a space after a non-joining letter stands for no joiner: مورد نظر)
                        || (evidence
                            && (tagged_word || self.untagged_ok(ac, bc, &glued))
                            && (prefix || !function || self.noun_function(ac, bc, tagged.as_deref()))
                            && !nj_a);
                    if ok {
                        rule = jrule;
                        joined = Some(j);
                    }
                }
                _ => {
                    if (st.productive.contains(bc) || st.productive_ezafe.contains(bc))
                        && !nj_a
                        && !function
                        && !st.suffix_word_set.contains(ac)
                    {
                        // (a suffix standing alone is no first part: ای وار; a part that ends
                        // in ا takes the ezafe as ‑ی: مرگ آسای, اصلاح گرای)
                        if let Some((s, tags, _)) = self.stem(ac, false) {
                            if tags & NOUNISH != 0 && (silent_heh(ac) || !starts_any(bc, HEH_ONLY)) {
                                rule = "productive-compound";
                                joined = Some(join(&s, bc));
                            }
                        }
                    } else if evidence
                        && self.verbal_nouns.contains(bc)
                        && !nj_a
                        && !function
                        && post.is_empty()
                    {
                        // پول شویی, حکم فرمایی: a noun + a verbal noun, on a line that shows
                        // spaces typed for joiners, though the lexicon lacks the compound
                        if let Some((s, tags, _)) = self.stem(ac, false) {
                            if tags & tag::N != 0 {
                                rule = "verbal-noun";
                                joined = Some(join(&s, bc));
                                adjectival = true;
                            }
                        }
                    }
                }
            }
        }
        let joined = joined?;
        Some((format!("{pre}{joined}{post}"), adjectival, rule))
    }
}

/// Write the memo key of a spaced pair into `key`: `a`'s length in bytes, `:`, `a`, `b`,
/// the evidence (the length makes it unambiguous).
fn pair_key(key: &mut String, a: &str, b: &str, evidence: bool) {
    key.clear();
    let mut digits = [0u8; 20];
    let (mut n, mut i) = (a.len(), digits.len());
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    key.extend(digits[i..].iter().map(|&d| char::from(d)));
    key.push(':');
    key.push_str(a);
    key.push_str(b);
    key.push(if evidence { '1' } else { '0' });
}

/// `w` without a plural ending, and without a comparative one where a participle (`past`)
/// is left (شدهتر -> شده): the search preset writes شده‌تر solid, and the next pass must
/// read it as the participle it read before.
fn participle_head(w: &str, past: impl Fn(&str) -> bool) -> &str {
    let w = unpluralized(w);
    for suf in COMPARATIVE {
        if w.ends_with(suf) && clen(w) > clen(suf) + 1 && past(cut(w, suf)) {
            return cut(w, suf);
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    const Z: &str = "\u{200c}";

    #[test]
    fn word_rows() {
        // (glued or as typed, repaired), checked against the Python engine
        let an = analyzer(true);
        for (w, want) in [
            ("استانها", format!("استان{Z}ها")),
            ("میتواند", format!("می{Z}تواند")),
            ("خانهی", format!("خانه{Z}ی")),
            ("هستهای", format!("هسته{Z}ای")),
            ("خانهای", format!("خانه{Z}ای")),
            ("زبانهای", format!("زبان{Z}های")),
            ("هفتهنامهٔ", format!("هفته{Z}نامهٔ")),
            ("بیبادۀ", format!("بی{Z}بادۀ")),
            (&format!("بهرهگیری{Z}اش"), format!("بهره{Z}گیری{Z}اش")),
        ] {
            assert_eq!(&*an.word(w), want, "{w}");
        }
        // right as written: words the lexicon knows, sounded heh, non-joining letters, Latin
        for w in [
            "میدان",
            "آنها",
            "بیشترین",
            "دانشگاه",
            "داروها",
            "Hello",
            "کتاب\u{200c}ها",
            "",
            "ab",
        ] {
            assert_eq!(&*an.word(w), w);
        }
    }

    #[test]
    fn spaced_pair_rows() {
        let an = analyzer(true);
        let j = |a: &str, b: &str, e: bool| an.join_spaced(a, b, e).map(|r| r.0.to_string());
        assert_eq!(j("استان", "ها", false), Some(format!("استان{Z}ها")));
        assert_eq!(j("می", "تواند", false), Some(format!("می{Z}تواند")));
        assert_eq!(j("بی", "شک", false), Some(format!("بی{Z}شک")));
        assert_eq!(j("خانه", "ی", false), Some(format!("خانه{Z}ی")));
        assert_eq!(j("بهره", "گیری", false), Some(format!("بهره{Z}گیری")));
        assert_eq!(
            j(&format!("خواب{Z}های"), "تان", false),
            Some(format!("خواب{Z}هایتان"))
        );
        assert_eq!(j("کتابهای", "شان", false), Some("کتابهایشان".to_string()));
        // spoken forms: a verb after می, the plural + possessive
        assert_eq!(j("می", "دونی", false), Some(format!("می{Z}دونی")));
        assert_eq!(j("خونه", "هاشون", false), Some(format!("خونه{Z}هاشون")));
        // بی before a noun in می (not before a verb in می)
        assert_eq!(j("بی", "میلی", false), Some(format!("بی{Z}میلی")));
        assert_eq!(j("بی", &format!("می{Z}رود"), false), None);
        assert_eq!(j("بی", "میرود", false), None);
        // a space after a non-joining letter, a reduplication, a verb phrase, a sounded heh,
        // and two words with no trigger, with or without evidence
        for (a, b, e) in [
            ("مورد", "نظر", true),
            ("کم", "کم", true),
            ("انجام", "شده", false),
            ("گروه", "ی", false),
            ("کتاب", "خوب", false),
            ("کتاب", "خوب", true),
        ] {
            assert_eq!(j(a, b, e), None, "{a} {b}");
        }
    }

    #[test]
    fn flags_rows() {
        let an = analyzer(true);
        for (t, start, end) in [
            ("ها", 35, 51),
            ("می", 51, 19),
            ("کتاب", 33, 17),
            ("دسته", 35, 17),
            ("«می", 51, 0),
            ("گیری", 35, 19),
            ("(بی", 51, 0),
            ("کتاب،", 0, 17),
        ] {
            assert_eq!((an.start_flag(t), an.end_flag(t)), (start, end), "{t}");
        }
    }

    #[test]
    fn letter_name_rows() {
        let rows: &[(&str, Option<&[&str]>)] = &[
            ("اچتیامال", Some(&["اچ", "تی", "ام", "ال"])),
            ("اسکیوال", Some(&["اس", "کیو", "ال"])),
            ("آرپیجی", Some(&["آر", "پی", "جی"])),
            ("پیاچپی", None), // (one only-letter name: اچ)
            ("تیسیان", None), // (Titian)
            ("الاسدی", None),  // (al-Asadi)
            ("آرام", None),   // (آر + ام: a word)
            ("اسکیو", Some(&["اس", "کیو"])),
            ("کتاب", None),
        ];
        for (t, want) in rows {
            assert_eq!(letter_names(t).as_deref(), *want, "{t}");
        }
    }

    #[test]
    fn helpers() {
        assert_eq!(join("را\u{064b}", "ها"), "را\u{064b}ها");
        assert_eq!(join("کتاب", "ها"), format!("کتاب{Z}ها"));
        assert_eq!(join("دارو", "ها"), "داروها");
        assert!(boundary_ok(&format!("کتاب{Z}ها"), "کتاب", "ها"));
        assert!(!boundary_ok("کتابها", "کتاب", "ها"));
        assert!(boundary_ok("داروها", "دارو", "ها"));
        assert_eq!(ezafe_bare("کنندۀ").as_deref(), Some("کننده"));
        assert_eq!(ezafe_bare(&format!("کننده{Z}ی")).as_deref(), Some("کننده"));
        assert_eq!(ezafe_bare("کتاب"), None);
        // pair keys cannot collide across the split between the two tokens
        let (mut k1, mut k2) = (String::new(), String::new());
        pair_key(&mut k1, "ab", "c", true);
        pair_key(&mut k2, "a", "bc", true);
        assert_ne!(k1, k2);
    }

    #[test]
    fn memo_works_across_threads() {
        // each thread has its own memo; the answers are the same
        let here = analyzer(true).word("استانها").to_string();
        let there = std::thread::spawn(|| analyzer(true).word("استانها").to_string())
            .join()
            .unwrap();
        assert_eq!(here, there);
    }
}

#[cfg(test)]
mod deep {
    use super::*;

    #[test]
    fn deep_compound_readings_do_not_overflow_a_small_stack() {
        // productive parts said over and over: each reading reads a shorter stem again
        let t = format!("کار{}", "گیری".repeat(3_000));
        let r = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || analyzer(true).word(&t).len())
            .unwrap()
            .join();
        assert!(r.is_ok());
    }
}
