//! Letter steps: Arabic and look-alike letters to Persian, composed letters, hamza folding,
//! Latin case. (Ported from `normalizer/steps/letters.py`.)

use crate::chars::{self, CharMap};
use crate::edit::{apply_edits, Edit};
use crate::step::{Options, Step};

/// `unify_letters`: Arabic and look-alike letters to the Persian ones a reader sees.
///
/// Changes ي ى to ی, ك to ک, ە ھ ہ to ه, ے to ی, the letters pasted from Urdu, Kurdish and
/// Pashto keyboards (ې ۍ ڪ ګ ...), the Arabic presentation forms (U+FB50-FDFF,
/// U+FE70-FEFF, lam-alef ligatures included) to plain letters ([`chars::ARABIC_TO_PERSIAN`],
/// [`chars::PRESENTATION_FORMS`]). Leaves alone: ۀ (see `ezafe`), ة unless
/// `teh_marbuta=heh`, hamza letters (أ ؤ ئ), digits, and anything outside the Arabic script.
///
/// The word ligatures and signs ([`chars::LIGATURES`], U+FDF0-FDFF) as `ligatures` says:
/// `spell` (the default) writes them out as the other presentation forms (ﷺ -> صلی الله علیه
/// وسلم, ﷲ -> الله, ﷼ -> ریال; ﷽ has no decomposition and is left); `keep` leaves them as
/// written; `drop` removes the eulogies ([`chars::EULOGIES`]: ﷺ ﷻ ﷵ ﷾ ﷿) and spells the
/// rest, ﷲ and ﷼ included, as they are words of the sentence (a name, an amount's unit).
///
/// `teh_marbuta=persian` (editorial, ml) writes a ة that ends a Persian word as the ه it
/// stood for, and as هٔ where another word follows that an ezafe may join
/// ([`UnifyLetters::teh_marbuta_at`]): سایة -> سایه, مشخص‌کنندة انتهای -> مشخص‌کنندهٔ انتهای.
/// Never in an Arabic phrase: ة followed by a joiner or a word in ال (دایرة‌المعارف, رحمة
/// الله), next to another word in ة (مدرسة کبیرة), in a line that reads as Arabic
/// ([`reads_as_arabic`]), or where the ة spelling is itself a word the lexicon knows.
///
/// Text in another Arabic-script language (Urdu, Kurdish, Pashto, Sindhi, Uyghur) is left
/// as written: a pipeline hides those lines from every step
/// ([`crate::protect::is_other_language`]); the step itself is a plain map.
/// `other_scripts=convert` turns that protection off ([`Step::protect_policy`]), for Persian
/// typed on an Urdu or Kurdish keyboard.
pub struct UnifyLetters {
    map: CharMap,
    convert_other: bool,
    /// `teh_marbuta=persian`: ة at the end of a Persian word decided in context (not a map).
    teh_persian: bool,
}

/// Words an ezafe never joins to the word before: the verbs, conjunctions, prepositions and
/// postpositions that most often follow a noun, and the suffixes typed apart (ها, تر, ای).
/// A ة before one of them is a plain ه (سایة است -> سایه است), before any other word an
/// ezafe (سایة درخت -> سایهٔ درخت).
pub const NO_EZAFE_BEFORE: &[&str] = &[
    "و", "را", "که", "است", "بود", "شد", "هست", "نیست", "باشد", "شود", "کرد", "کند", "دارد", "از", "به",
    "با", "در", "تا", "یا", "اما", "ولی", "هم", "نیز", "بر", "برای", "چون", "اگر", "پس", "می", "نمی", "بی",
    "ها", "های", "هایی", "تر", "ترین", "ای", "ی", "اش", "ام", "ات", "مان", "تان", "شان", "ایم", "اید", "اند",
];

/// Endings of Persian words in silent ه (‑نده, ‑ده, ‑انه: کننده, شده, خانه): a word written
/// with ة for them is Persian where the lexicon does not know it (نشان‌دهندة).
pub const PERSIAN_HEH_ENDINGS: &[&str] = &["نده", "ده", "انه"];

/// Words that make a line Arabic to `teh_marbuta=persian`, which then leaves its ة: common
/// Arabic function words Persian does not write (with Persian ی and ک, as they are looked
/// up once unified).
pub const ARABIC_LINE_WORDS: &[&str] = &[
    "فی",
    "علی",
    "إلی",
    "الی",
    "عن",
    "الذی",
    "التی",
    "الذین",
    "هذا",
    "هذه",
    "ذلک",
    "تلک",
    "کان",
    "کانت",
    "قال",
    "لیس",
    "لم",
    "لن",
    "إن",
    "أن",
    "هو",
    "هی",
];

/// Words in ال (the Arabic article) that make a line Arabic to `teh_marbuta=persian`:
/// Persian lines hold one or two (البته, الان, الگو), not three.
pub const ARABIC_ARTICLE_WORDS: usize = 3;

/// Does a line of these (unified) words read as Arabic: a word of [`ARABIC_LINE_WORDS`], or
/// [`ARABIC_ARTICLE_WORDS`] words in ال?
pub fn reads_as_arabic(words: &[String]) -> bool {
    words.iter().any(|w| ARABIC_LINE_WORDS.contains(&w.as_str()))
        || words
            .iter()
            .filter(|w| w.chars().count() > 3 && w.starts_with("ال"))
            .count()
            >= ARABIC_ARTICLE_WORDS
}

impl UnifyLetters {
    pub fn new(options: &Options) -> Self {
        let mut map = CharMap::new();
        for &(k, v) in chars::ARABIC_TO_PERSIAN {
            map.insert(k, v.to_string());
        }
        if options.bool("presentation_forms", true) {
            for &(k, v) in chars::PRESENTATION_FORMS {
                map.insert(k, v);
            }
        }
        let teh = options.str("teh_marbuta", "keep");
        if teh == "heh" {
            map.insert(chars::TEH_MARBUTA, chars::HEH.to_string());
        }
        let (lo, hi) = chars::LIGATURES;
        match options.str("ligatures", "spell") {
            "keep" => {
                for c in lo..=hi {
                    map.insert(c, c.to_string()); // (a character mapped to itself is left out)
                }
            }
            how => {
                // spelt as the presentation forms are, the eulogies but with `drop`
                if options.bool("presentation_forms", true) {
                    for &(c, spelt) in chars::LIGATURE_SPELLINGS {
                        if how == "spell" || !chars::EULOGIES.contains(&c) {
                            map.insert(c, spelt);
                        }
                    }
                }
                if how == "drop" {
                    for &c in chars::EULOGIES {
                        map.insert(c, "");
                    }
                }
            }
        }
        UnifyLetters {
            map,
            convert_other: options.str("other_scripts", "keep") == "convert",
            teh_persian: teh == "persian",
        }
    }

    /// Is `c` a letter, or a presentation form of letters, as the map unifies it?
    #[inline]
    fn letter(&self, c: char) -> bool {
        (chars::is_arabic_letter(c) && !chars::is_haraka(c)) // (superscript alef is a mark here)
            || self
                .map
                .get(c)
                .is_some_and(|r| !r.is_empty() && r.chars().all(chars::is_arabic_letter))
    }

    /// Is `c` part of a word: a letter, or a tatweel or a haraka within it?
    #[inline]
    fn in_word(&self, c: char) -> bool {
        self.letter(c) || c == chars::TATWEEL || chars::is_haraka(c)
    }

    /// Is `c` a teh marbuta, or a form the map writes as one (ﺓ ﺔ ۃ)?
    #[inline]
    fn is_teh(&self, c: char) -> bool {
        c == chars::TEH_MARBUTA || self.map.get(c) == Some("\u{0629}")
    }

    /// The letters of `w` as the map unifies them (tatweel and harakat left out).
    fn unify(&self, w: &[char]) -> String {
        let mut out = String::with_capacity(w.len() * 2);
        for &c in w {
            if self.is_teh(c) {
                out.push(chars::TEH_MARBUTA);
            } else if self.letter(c) {
                match self.map.get(c) {
                    Some(r) => out.push_str(r),
                    None => out.push(c),
                }
            }
        }
        out
    }

    /// The words of `line` (runs of [`UnifyLetters::in_word`] characters), unified.
    fn words(&self, line: &[char]) -> Vec<String> {
        line.split(|&c| !self.in_word(c))
            .filter(|w| !w.is_empty())
            .map(|w| self.unify(w))
            .collect()
    }

    /// `teh_marbuta=persian`: what the ة at `text[i]` is written as, if it ends a Persian
    /// word: `ه`, or `هٔ` where a word an ezafe may join follows after one space (and an
    /// opening quote or bracket), no haraka
    /// is on the ة, and the ه is silent (not after ا or و: راه, کوه). `arabic`: the line
    /// around it reads as Arabic ([`reads_as_arabic`]).
    fn teh_marbuta_at(&self, text: &[char], i: usize, arabic: bool) -> Option<&'static str> {
        let lex = crate::lexicon::builtin();
        // a word end: past tatweel, harakat and joiners (cleaned away where no letter
        // follows them), no letter
        let mut end = i + 1;
        while end < text.len()
            && matches!(
                text[end],
                chars::TATWEEL | chars::ZWNJ | '\u{064b}'..='\u{065f}' | '\u{0670}'
            )
        {
            end += 1;
        }
        if arabic || text.get(end).is_some_and(|&c| self.letter(c)) {
            return None;
        }
        let marked = text[i + 1..end].iter().any(|&c| chars::is_haraka(c));
        // the word (its last part after a joiner) and the whole word with its joiners
        // (a joiner after a letter that never joins is cleaned away: بها‌نة is بهانة)
        let stray_joiner =
            |k: usize| k > 1 && text[k - 1] == chars::ZWNJ && chars::is_non_joining(text[k - 2]);
        let mut a = i;
        while a > 0 && (self.in_word(text[a - 1]) || stray_joiner(a)) {
            a -= 1;
        }
        let mut whole = a;
        while whole > 1 && text[whole - 1] == chars::ZWNJ && self.in_word(text[whole - 2]) {
            whole -= 1;
            while whole > 0 && self.in_word(text[whole - 1]) {
                whole -= 1;
            }
        }
        let stem = self.unify(&text[a..i]);
        let stem_whole = self.unify(&text[whole..i]);
        if stem.chars().count() < 2 || stem.starts_with("ال") || stem_whole.contains(chars::TEH_MARBUTA) {
            return None;
        }
        let heh = |w: &str| format!("{w}{}", chars::HEH);
        let teh = |w: &str| format!("{w}{}", chars::TEH_MARBUTA);
        // (the last part alone is looked up: the parts before it may be joined or composed
        // by later steps, and the answer must not change on a second pass)
        if lex.is_word(&teh(&stem)) {
            return None;
        }
        let known = lex.is_word(&heh(&stem)) || PERSIAN_HEH_ENDINGS.iter().any(|e| heh(&stem).ends_with(e));
        if !known {
            return None;
        }
        // the words before and after: one holding ة makes an Arabic noun and adjective
        // (مدرسة کبیرة), one in ال an Arabic phrase (رحمة الله)
        let before_end = text[..whole].iter().rposition(|&c| self.in_word(c));
        if let Some(b) = before_end {
            let mut s0 = b;
            while s0 > 0 && (self.in_word(text[s0 - 1]) || text[s0 - 1] == chars::ZWNJ) {
                s0 -= 1;
            }
            if text[s0..=b].iter().any(|&c| self.is_teh(c)) {
                return None;
            }
        }
        let after = text[end..].iter().take_while(|&&c| !self.in_word(c)).count();
        let n0 = end + after;
        let n = text[n0..]
            .iter()
            .take_while(|&&c| self.in_word(c) || c == chars::ZWNJ)
            .count();
        let next = self.unify(&text[n0..n0 + n]);
        if next.starts_with("ال") || next.contains(chars::TEH_MARBUTA) {
            return None;
        }
        // one space, and an opening quote or bracket (بهانة «مخالفت»: an ezafe)
        let spaced = text[end..n0] == [' '] || matches!(text[end..n0], [' ', '«' | '(' | '"' | '“']);
        let first = next.split('\u{200c}').next().unwrap_or("");
        let silent = !matches!(self.unify(&text[i - 1..i]).as_str(), "ا" | "و" | "آ");
        let ezafe = spaced && !marked && silent && !next.is_empty() && !NO_EZAFE_BEFORE.contains(&first);
        Some(if ezafe { "\u{0647}\u{0654}" } else { "\u{0647}" })
    }

    /// The edits of `teh_marbuta=persian` on `text`, one per ة it writes as ه.
    fn teh_marbuta_edits(&self, text: &[char]) -> Vec<Edit> {
        let mut out = Vec::new();
        let mut line_end = 0;
        let mut arabic = false;
        for (i, &c) in text.iter().enumerate() {
            if !self.is_teh(c) {
                continue;
            }
            if i >= line_end {
                let ls = text[..i].iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
                line_end = text[i..]
                    .iter()
                    .position(|&c| c == '\n')
                    .map_or(text.len(), |p| i + p);
                arabic = reads_as_arabic(&self.words(&text[ls..line_end]));
            }
            if let Some(r) = self.teh_marbuta_at(text, i, arabic) {
                out.push(Edit::new(i, i + 1, r.to_string()));
            }
        }
        out
    }
}

impl Step for UnifyLetters {
    fn name(&self) -> &'static str {
        "unify_letters"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        let edits = self.map.edits(text);
        if !self.teh_persian || !text.iter().any(|&c| self.is_teh(c)) {
            return edits;
        }
        // a ة the rule writes as ه is its edit, not the map's (ﺔ -> ة)
        let teh = self.teh_marbuta_edits(text);
        let mut out: Vec<Edit> = edits
            .into_iter()
            .filter(|e| !teh.iter().any(|t| t.start == e.start))
            .collect();
        out.extend(teh);
        out.sort_by_key(|e| e.start);
        out
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter()
            .any(|&c| self.map.contains(c) || (self.teh_persian && c == chars::TEH_MARBUTA))
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        if self.teh_persian && text.iter().any(|&c| self.is_teh(c)) {
            let edits = self.edits(text);
            return (!edits.is_empty()).then(|| apply_edits(text, &edits));
        }
        self.map.apply(text)
    }

    fn char_map(&self) -> Option<&CharMap> {
        // teh_marbuta=persian reads the words around ة: no longer one character map
        (!self.teh_persian).then_some(&self.map)
    }

    fn protect_policy(&self) -> Option<(Option<bool>, Option<bool>)> {
        // other_scripts=convert: lines of other Arabic-script languages are normalized too
        self.convert_other.then_some((None, Some(false)))
    }
}

/// `compose_letters`: a letter typed as base + combining madda or hamza to the one letter a
/// Persian keyboard types: ا + ٓ -> آ, ا + ٔ -> أ, و + ٔ -> ؤ, ی + ٔ -> ئ ([`chars::COMPOSE`]).
/// Leaves هٔ alone (see `ezafe`), and a letter and a mark with anything between them.
///
/// In a pipeline, put it after the steps that may bring a letter and its mark together
/// (`unify_letters`: ﻻٔ -> لأ; `remove_tatweel`, `remove_diacritics`, `remove_invisibles`,
/// `clean_zwnj`), as the presets do: a mark freed after it is composed only by a second run.
/// Not a character map (it reads pairs), so the pipeline does not fuse it.
pub struct ComposeLetters;

impl ComposeLetters {
    pub fn new(_options: &Options) -> Self {
        ComposeLetters
    }
}

impl Step for ComposeLetters {
    fn name(&self) -> &'static str {
        "compose_letters"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        // each (rare) mark looks back at its letter
        let mut out = Vec::new();
        for i in 1..text.len() {
            if chars::is_letter_mark(text[i]) {
                if let Some(r) = chars::compose(text[i - 1], text[i]) {
                    out.push(Edit::new(i - 1, i + 1, r.to_string()));
                }
            }
        }
        out
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(|&c| chars::is_letter_mark(c))
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        if !self.needs(text) {
            return None; // one scan: most texts hold no combining madda or hamza
        }
        let edits = self.edits(text);
        (!edits.is_empty()).then(|| apply_edits(text, &edits))
    }
}

/// `fold_hamza`: fold hamza letters to their bare letter, for search and matching (lossy):
/// أ إ ٱ to ا, ؤ to و, ئ to ی, ۀ and ة to ه, and a combining hamza dropped (هٔ -> ه)
/// ([`chars::HAMZA_FOLD`]). Leaves آ alone: it is a letter of its own.
pub struct FoldHamza {
    map: CharMap,
}

impl FoldHamza {
    pub fn new(_options: &Options) -> Self {
        let mut map = CharMap::new();
        for &(k, v) in chars::HAMZA_FOLD {
            map.insert(k, v);
        }
        FoldHamza { map }
    }
}

impl Step for FoldHamza {
    fn name(&self) -> &'static str {
        "fold_hamza"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        self.map.edits(text)
    }

    fn char_map(&self) -> Option<&CharMap> {
        Some(&self.map)
    }
}

/// `lowercase`: Latin letters (A-Z only) to lower case, URLs and Latin words included
/// (search; lossy): it works inside protected spans too. One edit per run of capitals, as
/// Python's `[A-Z]+` pass makes; as a map of single characters it is fused by the pipeline.
pub struct Lowercase {
    map: CharMap,
}

impl Lowercase {
    pub fn new(_options: &Options) -> Self {
        let mut map = CharMap::new();
        for c in 'A'..='Z' {
            map.insert(c, c.to_ascii_lowercase().to_string());
        }
        Lowercase { map }
    }
}

impl Step for Lowercase {
    fn name(&self) -> &'static str {
        "lowercase"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            if text[i].is_ascii_uppercase() {
                let s = i;
                while i < text.len() && text[i].is_ascii_uppercase() {
                    i += 1;
                }
                let repl: String = text[s..i].iter().map(|c| c.to_ascii_lowercase()).collect();
                out.push(Edit::new(s, i, repl));
            } else {
                i += 1;
            }
        }
        out
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(char::is_ascii_uppercase)
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        let first = text.iter().position(char::is_ascii_uppercase)?;
        let mut out = text.to_vec();
        for c in &mut out[first..] {
            c.make_ascii_lowercase();
        }
        Some(out)
    }

    fn respects_protection(&self) -> bool {
        false
    }

    fn char_map(&self) -> Option<&CharMap> {
        Some(&self.map)
    }
}

/// The fewest letters in a run that `repeated_letters` takes for a stretched one: runs of one
/// and two are how words are spelt (الله, مدد, ببین), never touched.
pub const REPEAT_RUN: usize = 3;

/// At most this many stretched runs in one word are weighed against the lexicon together
/// (2^n spellings looked up); a word with more has every run written once.
pub const REPEAT_MAX_RUNS: usize = 4;

/// `repeated_letters`: a letter stretched by repeating it (سلاممممم, خیلییییی) written once,
/// or twice where the word the lexicon knows has it twice (اللللله -> الله, مددددد -> مدد);
/// `keep=2` writes every stretched run twice, without the lexicon.
///
/// A run is [`REPEAT_RUN`] or more of the same Arabic-script letter ([`chars::is_arabic_letter`])
/// next to each other: ZWNJ, a haraka, tatweel, a digit or anything else between two letters
/// ends a run, and Latin letters, digits and punctuation are never touched. The word looked up
/// is the run of Arabic-script letters around it (a ZWNJ ends it). With `keep=1`, of the
/// spellings with each run written once or twice, the one with the most runs written twice
/// that the lexicon knows as a word is taken (the first in the text's order on a tie); where
/// it knows none, every run is written once, but a run of just three is left (it may be two
/// words, or a word and a suffix, written solid: بی یی تر as `search` writes it). A word of
/// one run of exactly three that is two parts written solid ([`RepeatedLetters::seam`]:
/// دههها, دهه + ها, as `search` writes دهه‌ها) is left as it is even where a shorter
/// spelling is a word, so that a word a step joins is not read again as stretched.
pub struct RepeatedLetters {
    keep: usize,
}

impl RepeatedLetters {
    pub fn new(options: &Options) -> Self {
        RepeatedLetters {
            keep: if options.int("keep", 1) == 2 { 2 } else { 1 },
        }
    }

    /// Is `w` one Arabic-script letter, [`REPEAT_RUN`] times?
    #[inline]
    fn run_at(w: &[char]) -> bool {
        chars::is_arabic_letter(w[0]) && w.iter().all(|&c| c == w[0])
    }

    /// The runs of [`REPEAT_RUN`] or more of one letter in `w`: `(start, end)`.
    fn runs(w: &[char]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < w.len() {
            let j = i + w[i..].iter().take_while(|&&c| c == w[i]).count();
            if j - i >= REPEAT_RUN {
                out.push((i, j));
            }
            i = j;
        }
        out
    }

    /// Is the run of three at `w[s..s + 3]` the seam of two parts the ZWNJ repair writes
    /// solid in `search` (دههها: دهه + ها, بییی: بی + یی), each of two letters or more? The
    /// first a word, a first part of a compound or a prefix; the second a word, a second
    /// part of a compound or a suffix, or after a prefix any string the lexicon holds.
    fn seam(w: &[char], s: usize, lex: &crate::lexicon::Lexicon) -> bool {
        use crate::zwnj::rules::{BI, COMPARATIVE, LONE_EXTRA, MI, PLURAL, PREFIX_WORDS, WEAK_SUFFIXES};
        let in_lists = |x: &str, lists: &[&[&str]]| lists.iter().any(|l| l.contains(&x));
        (1..3).any(|k| {
            let (a, b) = (&w[..s + k], &w[s + k..]);
            if a.len() < 2 || b.len() < 2 {
                return false;
            }
            let (a, b): (String, String) = (a.iter().collect(), b.iter().collect());
            let prefix = in_lists(&a, &[MI, BI, PREFIX_WORDS]);
            (prefix || lex.is_word(&a) || lex.is_first(&a))
                && (lex.is_word(&b)
                    || lex.is_second(&b)
                    || in_lists(&b, &[PLURAL, COMPARATIVE, LONE_EXTRA, WEAK_SUFFIXES])
                    || (prefix && lex.rec(&b).is_some()))
        })
    }

    /// How many letters each run of `w` keeps (1, 2, or 3 at a seam).
    fn choose(&self, w: &[char], runs: &[(usize, usize)]) -> Vec<usize> {
        if self.keep == 2 {
            return vec![2; runs.len()];
        }
        if runs.len() > REPEAT_MAX_RUNS {
            return vec![1; runs.len()];
        }
        let lex = crate::lexicon::builtin();
        if let [(s, e)] = *runs {
            if e - s == REPEAT_RUN && Self::seam(w, s, lex) {
                return vec![REPEAT_RUN];
            }
        }
        let spell = |mask: u32| -> String {
            let mut s = String::with_capacity(w.len() * 2);
            let mut pos = 0;
            for (k, &(a, b)) in runs.iter().enumerate() {
                s.extend(&w[pos..a]);
                let n = if mask & (1 << k) != 0 { 2 } else { 1 };
                s.extend(std::iter::repeat_n(w[a], n));
                pos = b;
            }
            s.extend(&w[pos..]);
            s
        };
        // the spellings with the most runs doubled first, in the text's order within a count
        let n = runs.len() as u32;
        let mut masks: Vec<u32> = (1..1u32 << n).collect();
        masks.sort_by_key(|&m| (std::cmp::Reverse(m.count_ones()), m.reverse_bits()));
        masks.push(0);
        let Some(best) = masks.into_iter().find(|&m| lex.is_word(&spell(m))) else {
            // no spelling is a word: a run of just three may be two parts a step wrote solid
            // (بی یی تر -> بیییتر) and is left; a longer one is written once
            return runs
                .iter()
                .map(|&(s, e)| if e - s == REPEAT_RUN { REPEAT_RUN } else { 1 })
                .collect();
        };
        (0..runs.len())
            .map(|k| if best & (1 << k) != 0 { 2 } else { 1 })
            .collect()
    }

    fn scan(&self, text: &[char], emit: crate::marks::Emit<'_>) {
        let n = text.len();
        let mut i = 0;
        while i + REPEAT_RUN <= n {
            // find a run, then the word around it
            if !Self::run_at(&text[i..i + REPEAT_RUN]) {
                i += 1;
                continue;
            }
            let mut a = i;
            while a > 0 && chars::is_arabic_letter(text[a - 1]) {
                a -= 1;
            }
            let b = i + text[i..]
                .iter()
                .take_while(|&&c| chars::is_arabic_letter(c))
                .count();
            let w = &text[a..b];
            let runs = Self::runs(w);
            let keep = self.choose(w, &runs);
            for (&(s, e), &k) in runs.iter().zip(&keep) {
                // the letters after the ones kept are removed
                if s + k < e {
                    emit(a + s + k, a + e, "");
                }
            }
            i = b;
        }
    }
}

impl Step for RepeatedLetters {
    fn name(&self) -> &'static str {
        "repeated_letters"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        crate::marks::collect(|emit| self.scan(text, emit))
    }

    fn needs(&self, text: &[char]) -> bool {
        text.windows(REPEAT_RUN).any(Self::run_at)
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        if !self.needs(text) {
            return None;
        }
        crate::marks::rewrite(text, |emit| self.scan(text, emit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::step::{make_step, Value};
    use proptest::prelude::*;

    fn opts(pairs: &[(&str, &str)]) -> Options {
        pairs.iter().fold(Options::new(), |o, (k, v)| {
            let value = match *v {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                s => Value::Str(s.to_string()),
            };
            o.with(k, value)
        })
    }

    fn run(name: &str, o: &Options, s: &str) -> String {
        let step = make_step(name, o).unwrap();
        let t: Vec<char> = s.chars().collect();
        let fast = step
            .apply(&t)
            .map_or_else(|| s.to_string(), |o| o.into_iter().collect());
        let slow: String = crate::apply_edits(&t, &step.edits(&t)).into_iter().collect();
        assert_eq!(fast, slow, "{name} on {s:?}: fast path and edits differ");
        fast
    }

    /// (step, options, input, output): rows that change, and rows that must not (Latin
    /// text, numbers, URLs, a line already right). Outputs as Python gives them.
    #[test]
    fn table_of_rows() {
        type Row = (
            &'static str,
            &'static [(&'static str, &'static str)],
            &'static str,
            &'static str,
        );
        let rows: &[Row] = &[
            ("unify_letters", &[], "كيك عليٰ", "کیک علیٰ"),
            ("unify_letters", &[], "ﻻ ﺑﺎﺯﺍﺭ", "لا بازار"),
            ("unify_letters", &[], "ﷲ", "الله"),
            (
                "unify_letters",
                &[],
                "محمد ﷺ و ﷼",
                "محمد صلی الله علیه وسلم و ریال",
            ),
            ("unify_letters", &[], "﷽", "بسم الله الرحمن الرحیم"),
            ("unify_letters", &[], "﷾ ﷿", "سبحانه وتعالی عز وجل"),
            ("unify_letters", &[("ligatures", "keep")], "﷽", "﷽"),
            ("unify_letters", &[], "رحمۃاللہ", "رحمةالله"), // Urdu's teh marbuta goal
            (
                "unify_letters",
                &[("ligatures", "keep")],
                "محمد ﷺ ﷲ ﷼ ﻻ ك",
                "محمد ﷺ ﷲ ﷼ لا ک",
            ),
            (
                "unify_letters",
                &[("ligatures", "drop")],
                "محمد ﷺ الله ﷻ",
                "محمد  الله ",
            ),
            (
                "unify_letters",
                &[("ligatures", "drop")],
                "ﷲ ﷼ ﷴ ﷵ ﷽ ﷾",
                "الله ریال محمد  بسم الله الرحمن الرحیم ",
            ),
            (
                "unify_letters",
                &[("ligatures", "drop"), ("presentation_forms", "false")],
                "ﷲ ﷺ ﻻ",
                "ﷲ  ﻻ",
            ),
            (
                "unify_letters",
                &[("ligatures", "drop")],
                "abc 3.14 https://x.ir",
                "abc 3.14 https://x.ir",
            ),
            (
                "unify_letters",
                &[("ligatures", "keep")],
                "کتاب‌های علی",
                "کتاب‌های علی",
            ),
            // the step is a plain map: other-language lines are the pipeline's to hide
            ("unify_letters", &[], "یہ ایک کتاب ہے۔", "یه ایک کتاب هی۔"),
            ("unify_letters", &[], "مدرسة", "مدرسة"),
            ("unify_letters", &[("teh_marbuta", "heh")], "مدرسة", "مدرسه"),
            ("unify_letters", &[("presentation_forms", "false")], "ﻻ ك", "ﻻ ک"),
            (
                "unify_letters",
                &[],
                "abc 123 https://x.ir/a?b=1",
                "abc 123 https://x.ir/a?b=1",
            ),
            ("unify_letters", &[], "کتاب‌های علی", "کتاب‌های علی"),
            ("compose_letters", &[], "ا\u{0653}ب", "آب"),
            ("compose_letters", &[], "ی\u{0654}", "ئ"),
            ("compose_letters", &[], "و\u{0654}\u{0654}", "ؤ\u{0654}"),
            ("compose_letters", &[], "ه\u{0654}", "ه\u{0654}"),
            ("compose_letters", &[], "\u{0654}ا", "\u{0654}ا"),
            ("compose_letters", &[], "ا\u{064e}\u{0653}", "ا\u{064e}\u{0653}"),
            ("compose_letters", &[], "abc آب", "abc آب"),
            ("fold_hamza", &[], "مسئلهٔ مؤسسه", "مسیله موسسه"),
            ("fold_hamza", &[], "آب", "آب"),
            ("fold_hamza", &[], "abc 123", "abc 123"),
            ("lowercase", &[], "Python و URL", "python و url"),
            ("lowercase", &[], "ÀB", "Àb"),
            ("lowercase", &[], "already lower ۱۲", "already lower ۱۲"),
        ];
        for (name, o, input, want) in rows {
            assert_eq!(run(name, &opts(o), input), *want, "{name} {o:?} {input:?}");
        }
    }

    /// `teh_marbuta=persian`: ة ending a Persian word, and the Arabic it must leave.
    #[test]
    fn teh_marbuta_persian_rows() {
        let o = opts(&[("teh_marbuta", "persian")]);
        let zw = "\u{200c}";
        let rows: &[(&str, &str)] = &[
            ("سایة", "سایه"),
            (&format!("نشان{zw}دهندة"), &format!("نشان{zw}دهنده")),
            (
                &format!("آن دسته از علایم که مشخص{zw}کنندة انتهای جمله"),
                &format!("آن دسته از علایم که مشخص{zw}کنندهٔ انتهای جمله"),
            ),
            ("سایة درخت", "سایهٔ درخت"),
            ("سایة است", "سایه است"),             // no ezafe before a verb
            ("سایة ها", "سایه ها"),               // nor before a suffix typed apart
            ("بهانة «مخالفت»", "بهانهٔ «مخالفت»"), // a quote between
            ("سایة، درخت", "سایه، درخت"),
            ("سایةِ درخت", "سایهِ درخت"), // a haraka on it: the ezafe is the haraka's
            ("سايـة", "سایـه"),         // tatweel inside the word
            ("سایﺔ", "سایه"),           // a presentation form of ة
            // Arabic: left
            (&format!("دایرة{zw}المعارف"), &format!("دایرة{zw}المعارف")),
            ("دایرة المعارف", "دایرة المعارف"),
            ("رحمة الله", "رحمة الله"),
            ("مدرسة کبیرة", "مدرسة کبیرة"),
            ("المدرسة", "المدرسة"),
            ("ذهبت إلى مدرسة", "ذهبت إلی مدرسة"),
            ("الصلاة و الزكاة و الحج و مدرسة", "الصلاة و الزکاة و الحج و مدرسة"),
            ("رحمةٌ", "رحمةٌ"), // no Persian word in ه
            ("حجةالاسلام", "حجةالاسلام"),
            ("ة", "ة"),
            // untouched: Latin, numbers, URLs, a line already right
            ("abc 3.14 https://x.ir", "abc 3.14 https://x.ir"),
            ("کتاب\u{200c}های علی", "کتاب\u{200c}های علی"),
        ];
        for (input, want) in rows {
            assert_eq!(run("unify_letters", &o, input), *want, "{input:?}");
        }
        // the default leaves every ة
        assert_eq!(run("unify_letters", &Options::new(), "سایة درخت"), "سایة درخت");
        assert!(make_step("unify_letters", &o).unwrap().char_map().is_none());
        assert!(make_step("unify_letters", &Options::new())
            .unwrap()
            .char_map()
            .is_some());
    }

    /// `repeated_letters`: rows that change, and rows that must not (runs of one and two,
    /// Latin, digits, punctuation, URLs, a letter run broken by ZWNJ, a line already right).
    #[test]
    fn repeated_letters_rows() {
        let one = RepeatedLetters::new(&Options::new());
        let two = RepeatedLetters::new(&Options::new().with("keep", Value::Int(2)));
        crate::testing::check(
            &one,
            &[
                ("سلاممممم", "سلام"),
                ("خیلییییی خوبببب", "خیلی خوب"),
                ("اللللله", "الله"), // the lexicon knows the word with ل twice
                ("مددددد", "مدد"),
                ("سلااااممممم", "سلام"), // two runs in one word
                ("ممممم", "م"),
                ("ممم", "ممم"),                          // three, and no spelling a word: left
                ("دههها", "دههها"),                      // two words written solid: دهه + ها
                ("بییی", "بییی"),                        // a prefix and a string the lexicon holds
                ("کتاب\u{200c}هاااا", "کتاب\u{200c}ها"), // the word looked up ends at the ZWNJ
                ("الله مدد ببین", "الله مدد ببین"),      // runs of two: never touched
                ("ل\u{200c}ل\u{200c}ل", "ل\u{200c}ل\u{200c}ل"), // ZWNJ is no letter of a run
                ("لـلـل لَلَل", "لـلـل لَلَل"),              // nor tatweel, nor a haraka
                ("Hmmm!!! 1111 ۱۱۱۱ ...", "Hmmm!!! 1111 ۱۱۱۱ ..."),
                ("https://x.ir/aaaa", "https://x.ir/aaaa"),
                (
                    "کتاب\u{200c}های علی را می\u{200c}خوانم.",
                    "کتاب\u{200c}های علی را می\u{200c}خوانم.",
                ),
                ("", ""),
            ],
        );
        crate::testing::check(
            &two,
            &[
                ("سلاممممم", "سلامم"),
                ("خیلییییی", "خیلیی"),
                ("اللللله", "الله"),
                ("الله مدد", "الله مدد"),
                ("Hmmm 1111", "Hmmm 1111"),
            ],
        );
        // the edits remove the letters after those kept, one edit a run
        let t: Vec<char> = "سلااامممم".chars().collect();
        assert_eq!(one.edits(&t), vec![Edit::new(3, 5, ""), Edit::new(6, 9, "")]);
    }

    #[test]
    fn edits_are_per_character_or_per_run() {
        let t: Vec<char> = "Python و URL".chars().collect();
        let e = Lowercase::new(&Options::new()).edits(&t);
        assert_eq!(e, vec![Edit::new(0, 1, "p"), Edit::new(9, 12, "url")]);
        let t: Vec<char> = "ﻻ".chars().collect();
        let e = UnifyLetters::new(&Options::new()).edits(&t);
        assert_eq!(e, vec![Edit::new(0, 1, "لا")]);
    }

    #[test]
    fn policy_and_protection() {
        let convert = opts(&[("other_scripts", "convert")]);
        assert_eq!(
            UnifyLetters::new(&convert).protect_policy(),
            Some((None, Some(false)))
        );
        assert_eq!(UnifyLetters::new(&Options::new()).protect_policy(), None);
        assert!(!Lowercase::new(&Options::new()).respects_protection());
        assert!(ComposeLetters::new(&Options::new()).char_map().is_none());
    }

    proptest! {
        /// Each step is idempotent, and text without its trigger characters is unchanged.
        #[test]
        fn idempotent_and_quiet(s in "[a-zA-Z0-9 كيكىةۀأؤئٔٓاویلمد\u{fefb}\u{fe91}ه\u{200c}]{0,40}") {
            for name in ["unify_letters", "compose_letters", "fold_hamza", "lowercase", "repeated_letters"] {
                let once = run(name, &Options::new(), &s);
                // compose_letters is idempotent too: a composed letter is no base letter
                prop_assert_eq!(run(name, &Options::new(), &once), once.clone(), "{}", name);
            }
            let quiet: String = s.chars().filter(|c| c.is_ascii_lowercase() || *c == ' ').collect();
            for name in ["unify_letters", "compose_letters", "fold_hamza", "lowercase", "repeated_letters"] {
                prop_assert_eq!(run(name, &Options::new(), &quiet), quiet.clone());
            }
        }

        /// `repeated_letters` leaves no run of four letters (three only at the seam of two
        /// words), only removes letters of runs,
        /// keeps everything else, and a second pass changes nothing.
        #[test]
        fn repeated_letters_leave_no_run(s in "[لمداه\u{200c} a1ـ]{0,40}") {
            for keep in [1, 2] {
                let o = Options::new().with("keep", Value::Int(keep));
                let once = run("repeated_letters", &o, &s);
                let t: Vec<char> = once.chars().collect();
                prop_assert!(!t.windows(4).any(RepeatedLetters::run_at));
                let other = |x: &str| x.chars().filter(|&c| !chars::is_arabic_letter(c)).collect::<String>();
                prop_assert_eq!(other(&once), other(&s));
                prop_assert_eq!(run("repeated_letters", &o, &once), once.clone());
            }
        }
    }
}
