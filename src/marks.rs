//! Mark steps: tatweel, diacritics, invisible characters, and the ezafe after silent heh.

use crate::chars::{
    in_ranges, is_arabic_letter, is_bidi_mark, is_diacritic, is_disambiguating, is_letter_mark, CharMap, BOM,
    DIACRITICS, HAMZA_ABOVE, HEH, HEH_YEH, LETTER_MARKS, SOFT_HYPHEN, TATWEEL, WORD_JOINER, ZWJ, ZWNJ, ZWSP,
};
use crate::edit::Edit;
use crate::step::{Options, Step};

/// Where a scanning step reports a match: `(start, end, replacement)`, the replacement
/// borrowed (no allocation per match on the fast path). The scanning steps (here and in
/// `spacing`) write one scan and get their edits with [`collect`] and their fast path with
/// [`rewrite`] from it, so the two cannot disagree.
pub(crate) type Emit<'a> = &'a mut dyn FnMut(usize, usize, &str);

/// Collect a scan's matches as edits.
pub(crate) fn collect(scan: impl FnOnce(Emit<'_>)) -> Vec<Edit> {
    let mut out = Vec::new();
    scan(&mut |s, e, r| out.push(Edit::new(s, e, r)));
    out
}

/// Apply a scan's matches to `text` as they come; `None` where there is none.
pub(crate) fn rewrite(text: &[char], scan: impl FnOnce(Emit<'_>)) -> Option<Vec<char>> {
    let mut out: Vec<char> = Vec::new();
    let mut pos = 0;
    let mut any = false;
    scan(&mut |s, e, r| {
        if !any {
            out.reserve(text.len() + 16);
            any = true;
        }
        out.extend_from_slice(&text[pos..s]);
        out.extend(r.chars());
        pos = e;
    });
    if !any {
        return None;
    }
    out.extend_from_slice(&text[pos..]);
    Some(out)
}

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

    fn char_map(&self) -> Option<&CharMap> {
        Some(&self.map)
    }
}

/// `remove_diacritics`: remove diacritics (harakat, tanwin, shadda, sukun, superscript alef,
/// Quranic signs): مُحَمَّد -> محمد.
///
/// `keep=none` (the default) removes them all; `keep=disambiguating` keeps those that tell
/// words apart ([`crate::chars::DISAMBIGUATING`]: the tanwin, as in حتماً, and shadda). Keeps
/// the marks that are part of a letter (madda, hamza above and below, as in the ezafe هٔ)
/// unless `letter_marks=false`. Precomposed letters (آ أ ؤ ئ) are never touched: this step
/// does not decompose.
pub struct RemoveDiacritics {
    map: CharMap,
    /// Remove the letter marks too (`letter_marks=false`).
    letter_marks: bool,
    /// Keep the tanwin and shadda (`keep=disambiguating`).
    disambiguating: bool,
}

impl RemoveDiacritics {
    pub fn new(options: &Options) -> Self {
        let letter_marks = !options.bool("letter_marks", true);
        let disambiguating = options.str("keep", "none") == "disambiguating";
        let mut map = CharMap::new();
        for &c in DIACRITICS {
            if !(disambiguating && is_disambiguating(c)) {
                map.insert(c, "");
            }
        }
        if letter_marks {
            for &c in LETTER_MARKS {
                map.insert(c, "");
            }
        }
        RemoveDiacritics {
            map,
            letter_marks,
            disambiguating,
        }
    }

    /// Is `c` removed? (The map's keys, tested without hashing: the fast path runs at
    /// memory speed where the map's lookups do not.)
    #[inline]
    fn removes(&self, c: char) -> bool {
        (is_diacritic(c) && !(self.disambiguating && is_disambiguating(c)))
            || (self.letter_marks && is_letter_mark(c))
    }
}

impl Step for RemoveDiacritics {
    fn name(&self) -> &'static str {
        "remove_diacritics"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        let mut out = Vec::new();
        for (i, &c) in text.iter().enumerate() {
            if self.removes(c) {
                out.push(Edit::new(i, i + 1, ""));
            }
        }
        out
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(|&c| self.removes(c))
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        let first = text.iter().position(|&c| self.removes(c))?;
        let mut out = Vec::with_capacity(text.len());
        out.extend_from_slice(&text[..first]);
        out.extend(text[first..].iter().copied().filter(|&c| !self.removes(c)));
        Some(out)
    }

    fn char_map(&self) -> Option<&CharMap> {
        Some(&self.map)
    }
}

/// May a ZWJ after `c` be part of an emoji sequence? (`[\p{Extended_Pictographic}
/// \p{Emoji_Modifier}\ufe0f]`: a pictograph, a skin tone, or the emoji presentation
/// selector.) The emoji classes are the tables at the end of this file, generated from
/// Python's `regex` module (the one the Python step matches them with) by
/// scripts/gen_emoji_table.py, so that both engines agree; tests/test_core_marks.py checks
/// that they are current.
fn emoji_before_zwj(c: char) -> bool {
    c == '\u{fe0f}' || in_ranges(EXTENDED_PICTOGRAPHIC, c) || in_ranges(EMOJI_MODIFIER, c)
}

/// `remove_invisibles`: remove invisible characters that carry nothing in Persian text.
///
/// Removes the byte order mark, soft hyphens, word joiners and zero width spaces (a zero
/// width space between two Arabic-script letters is a mistyped ZWNJ and becomes one), and
/// zero width joiners outside emoji sequences. Bidi marks (LRM, RLM, ALM, embeddings,
/// isolates) only with `bidi=true`. Never touches ZWNJ (see `clean_zwnj`).
///
/// The Python step is one regex of three alternatives tried in turn at each position:
/// `zwnj` (a run of ZWSP between two letters), `drop` (a run of removed characters, ZWSP
/// among them), `zwj` (a ZWJ not between an emoji character and a pictograph); the scanner
/// below tries them in the same order.
pub struct RemoveInvisibles {
    bidi: bool,
}

impl RemoveInvisibles {
    pub fn new(options: &Options) -> Self {
        RemoveInvisibles {
            bidi: options.bool("bidi", false),
        }
    }

    /// Removed wherever it is (in runs): BOM, soft hyphen, word joiner, ZWSP, bidi marks
    /// by option.
    #[inline]
    fn drops(&self, c: char) -> bool {
        matches!(c, BOM | SOFT_HYPHEN | WORD_JOINER | ZWSP) || (self.bidi && is_bidi_mark(c))
    }

    /// Report every match to `emit`, in order.
    fn scan(&self, text: &[char], emit: Emit<'_>) {
        let mut buf = [0u8; 4];
        let zwnj: &str = ZWNJ.encode_utf8(&mut buf);
        let n = text.len();
        let mut i = 0;
        while i < n {
            let c = text[i];
            if c == ZWJ {
                // kept only inside an emoji sequence: after an emoji character and before
                // a pictograph (👨‍👩‍👧, 👍🏽‍♂)
                let kept = i > 0
                    && emoji_before_zwj(text[i - 1])
                    && i + 1 < n
                    && in_ranges(EXTENDED_PICTOGRAPHIC, text[i + 1]);
                if !kept {
                    emit(i, i + 1, "");
                }
                i += 1;
            } else if self.drops(c) {
                if c == ZWSP && i > 0 && is_arabic_letter(text[i - 1]) {
                    let k = i + text[i..].iter().take_while(|&&x| x == ZWSP).count();
                    if k < n && is_arabic_letter(text[k]) {
                        // a zero width space inside a word is a mistyped ZWNJ
                        emit(i, k, zwnj);
                        i = k;
                        continue;
                    }
                }
                let j = i + text[i..].iter().take_while(|&&x| self.drops(x)).count();
                emit(i, j, "");
                i = j;
            } else {
                i += 1;
            }
        }
    }
}

impl Step for RemoveInvisibles {
    fn name(&self) -> &'static str {
        "remove_invisibles"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        collect(|emit| self.scan(text, emit))
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(|&c| c == ZWJ || self.drops(c))
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        rewrite(text, |emit| self.scan(text, emit))
    }
}

/// `repeated_marks`: a combining mark typed twice or more in a row written once (لطفاًً ->
/// لطفاً, مُُحمد -> مُحمد): the harakat, tanwin, shadda, sukun, superscript alef, the Quranic
/// signs ([`DIACRITICS`]) and the letter marks ([`LETTER_MARKS`]). Two different marks
/// (شدّة with shadda and a haraka: ـَّ) are left, as is a mark repeated with anything
/// between (a letter, a tatweel). No Arabic-script word is spelt with one mark twice on a
/// letter, so correct text is never changed.
pub struct RepeatedMarks;

impl RepeatedMarks {
    pub fn new(_options: &Options) -> Self {
        RepeatedMarks
    }

    #[inline]
    fn is_mark(c: char) -> bool {
        is_diacritic(c) || is_letter_mark(c)
    }

    fn scan(&self, text: &[char], emit: Emit<'_>) {
        let mut i = 1;
        while i < text.len() {
            if text[i] == text[i - 1] && Self::is_mark(text[i]) {
                let j = i + text[i..].iter().take_while(|&&c| c == text[i - 1]).count();
                emit(i, j, "");
                i = j;
            } else {
                i += 1;
            }
        }
    }
}

impl Step for RepeatedMarks {
    fn name(&self) -> &'static str {
        "repeated_marks"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        collect(|emit| self.scan(text, emit))
    }

    fn needs(&self, text: &[char]) -> bool {
        text.windows(2).any(|w| w[0] == w[1] && Self::is_mark(w[0]))
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        if !self.needs(text) {
            return None;
        }
        rewrite(text, |emit| self.scan(text, emit))
    }
}

/// How an ezafe after silent heh is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EzafeForm {
    /// ه‌ی (heh, ZWNJ, yeh)
    Zwnj,
    /// هٔ (heh, hamza above)
    Hamza,
    /// ۀ (heh with yeh above)
    Yeh,
    /// هء or ه ء (heh, a separate hamza glued or after one space): never a style, always
    /// rewritten
    Lone,
}

impl EzafeForm {
    fn text(self) -> &'static str {
        match self {
            EzafeForm::Zwnj => "\u{0647}\u{200c}\u{06cc}",
            EzafeForm::Hamza | EzafeForm::Lone => "\u{0647}\u{0654}",
            EzafeForm::Yeh => "\u{06c0}",
        }
    }
}

/// ARABIC LETTER HAMZA ء, written alone.
const HAMZA: char = '\u{0621}';

/// The indefinite or relative ی after silent heh in the Academy's spelling (خانه‌ای), which
/// `ezafe(indefinite=alef)` writes for the old ‑یی and ‑ئی.
const INDEFINITE_ALEF: &str = "\u{0647}\u{200c}\u{0627}\u{06cc}";

/// `ezafe`: write the ezafe after silent heh one way: `style=zwnj` (خانه‌ی), `hamza` (خانهٔ),
/// `yeh` (خانۀ), or `keep` (as written, the default).
///
/// Only a word-final form is taken for an ezafe: ه‌یاب, and a ۀ or هٔ that a letter or a
/// haraka follows (ۀهم, هٔام: typos or broken text, not an ezafe), are left alone, as
/// rewriting them would hand `fix_zwnj` a different word on the next pass.
///
/// A separate hamza ء after a word in ه, glued or after one space, with a word after it
/// (بهانهء ممکن, بهانه ء ممکن), is an ezafe typed without the combining mark, and is
/// rewritten to the style (any but `keep`). A ء anywhere else is a letter: جزء, شیء, ابتدا ء.
///
/// `indefinite=alef` writes the indefinite or relative ی after silent heh in its old
/// spellings ‑یی and ‑ئی (خانه‌یی, خانه‌ئی) as the Academy does, ‑ای (خانه‌ای): only after
/// ه and a joiner, at the end of the word (a stem holding یی is never after a joiner).
pub struct Ezafe {
    style: Option<EzafeForm>,
    indefinite: bool,
}

impl Ezafe {
    pub fn new(options: &Options) -> Self {
        let style = match options.str("style", "keep") {
            "zwnj" => Some(EzafeForm::Zwnj),
            "hamza" => Some(EzafeForm::Hamza),
            "yeh" => Some(EzafeForm::Yeh),
            _ => None,
        };
        Ezafe {
            style,
            indefinite: options.str("indefinite", "keep") == "alef",
        }
    }

    /// Is `c` a letter or a haraka: not the end of a word?
    #[inline]
    fn in_word(c: char) -> bool {
        is_arabic_letter(c) || ('\u{064b}'..='\u{065f}').contains(&c)
    }

    /// The ezafe form written at `text[i..]`, and its length.
    #[inline]
    fn form_at(text: &[char], i: usize) -> Option<(EzafeForm, usize)> {
        match text[i] {
            HEH_YEH => Some((EzafeForm::Yeh, 1)),
            HEH => match text.get(i + 1) {
                Some(&HAMZA_ABOVE) => Some((EzafeForm::Hamza, 2)),
                Some(&ZWNJ) if text.get(i + 2) == Some(&'\u{06cc}') => Some((EzafeForm::Zwnj, 3)),
                Some(&HAMZA) => Self::lone_at(text, i, i + 2),
                Some(&' ') if text.get(i + 2) == Some(&HAMZA) => Self::lone_at(text, i, i + 3),
                _ => None,
            },
            _ => None,
        }
    }

    /// The ء ending at `end` after the ه at `i`: an ezafe where a word in ه is before it and
    /// a word after it, past one space.
    fn lone_at(text: &[char], i: usize, end: usize) -> Option<(EzafeForm, usize)> {
        let word_before = i > 0 && is_arabic_letter(text[i - 1]);
        let word_after =
            text.get(end) == Some(&' ') && text.get(end + 1).is_some_and(|&c| is_arabic_letter(c));
        (word_before && word_after).then_some((EzafeForm::Lone, end - i))
    }

    /// The old spelling of the indefinite ی after silent heh at `text[i..]` (ه‌یی, ه‌ئی, at
    /// the end of a word after a letter), and its length.
    #[inline]
    fn old_indefinite_at(text: &[char], i: usize) -> Option<usize> {
        let yeh = |c: Option<&char>| matches!(c, Some('\u{06cc}' | '\u{064a}'));
        let ok = text[i] == HEH
            && i > 0
            && is_arabic_letter(text[i - 1])
            && text.get(i + 1) == Some(&ZWNJ)
            && (yeh(text.get(i + 2)) || text.get(i + 2) == Some(&'\u{0626}'))
            && yeh(text.get(i + 3))
            && text.get(i + 4).is_none_or(|&c| !Self::in_word(c) && c != ZWNJ);
        ok.then_some(4)
    }

    fn scan(&self, text: &[char], emit: Emit<'_>) {
        if self.style.is_none() && !self.indefinite {
            return;
        }
        let mut i = 0;
        while i < text.len() {
            if self.indefinite {
                if let Some(len) = Self::old_indefinite_at(text, i) {
                    emit(i, i + len, INDEFINITE_ALEF);
                    i += len;
                    continue;
                }
            }
            if let Some(style) = self.style {
                if let Some((form, len)) = Self::form_at(text, i) {
                    // word-final only: no letter or haraka after it
                    let end = i + len;
                    if text.get(end).is_none_or(|&c| !Self::in_word(c)) {
                        if form != style {
                            emit(i, end, style.text());
                        }
                        i = end;
                        continue;
                    }
                }
            }
            i += 1;
        }
    }
}

impl Step for Ezafe {
    fn name(&self) -> &'static str {
        "ezafe"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        collect(|emit| self.scan(text, emit))
    }

    fn needs(&self, text: &[char]) -> bool {
        (0..text.len()).any(|i| {
            (self.style.is_some() && Self::form_at(text, i).is_some())
                || (self.indefinite && Self::old_indefinite_at(text, i).is_some())
        })
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        rewrite(text, |emit| self.scan(text, emit))
    }
}

/// `\p{Extended_Pictographic}` as Python's `regex` 2026.12.2 has it: sorted, inclusive
/// ranges (generated by scripts/gen_emoji_table.py: do not edit by hand).
const EXTENDED_PICTOGRAPHIC: &[(char, char)] = &[
    ('\u{a9}', '\u{a9}'),
    ('\u{ae}', '\u{ae}'),
    ('\u{203c}', '\u{203c}'),
    ('\u{2049}', '\u{2049}'),
    ('\u{2122}', '\u{2122}'),
    ('\u{2139}', '\u{2139}'),
    ('\u{2194}', '\u{2199}'),
    ('\u{21a9}', '\u{21aa}'),
    ('\u{231a}', '\u{231b}'),
    ('\u{2328}', '\u{2328}'),
    ('\u{23cf}', '\u{23cf}'),
    ('\u{23e9}', '\u{23f3}'),
    ('\u{23f8}', '\u{23fa}'),
    ('\u{24c2}', '\u{24c2}'),
    ('\u{25aa}', '\u{25ab}'),
    ('\u{25b6}', '\u{25b6}'),
    ('\u{25c0}', '\u{25c0}'),
    ('\u{25fb}', '\u{25fe}'),
    ('\u{2600}', '\u{2604}'),
    ('\u{260e}', '\u{260e}'),
    ('\u{2611}', '\u{2611}'),
    ('\u{2614}', '\u{2615}'),
    ('\u{2618}', '\u{2618}'),
    ('\u{261d}', '\u{261d}'),
    ('\u{2620}', '\u{2620}'),
    ('\u{2622}', '\u{2623}'),
    ('\u{2626}', '\u{2626}'),
    ('\u{262a}', '\u{262a}'),
    ('\u{262e}', '\u{262f}'),
    ('\u{2638}', '\u{263a}'),
    ('\u{2640}', '\u{2640}'),
    ('\u{2642}', '\u{2642}'),
    ('\u{2648}', '\u{2653}'),
    ('\u{265f}', '\u{2660}'),
    ('\u{2663}', '\u{2663}'),
    ('\u{2665}', '\u{2666}'),
    ('\u{2668}', '\u{2668}'),
    ('\u{267b}', '\u{267b}'),
    ('\u{267e}', '\u{267f}'),
    ('\u{2692}', '\u{2697}'),
    ('\u{2699}', '\u{2699}'),
    ('\u{269b}', '\u{269c}'),
    ('\u{26a0}', '\u{26a1}'),
    ('\u{26a7}', '\u{26a7}'),
    ('\u{26aa}', '\u{26ab}'),
    ('\u{26b0}', '\u{26b1}'),
    ('\u{26bd}', '\u{26be}'),
    ('\u{26c4}', '\u{26c5}'),
    ('\u{26c8}', '\u{26c8}'),
    ('\u{26ce}', '\u{26cf}'),
    ('\u{26d1}', '\u{26d1}'),
    ('\u{26d3}', '\u{26d4}'),
    ('\u{26e9}', '\u{26ea}'),
    ('\u{26f0}', '\u{26f5}'),
    ('\u{26f7}', '\u{26fa}'),
    ('\u{26fd}', '\u{26fd}'),
    ('\u{2702}', '\u{2702}'),
    ('\u{2705}', '\u{2705}'),
    ('\u{2708}', '\u{270d}'),
    ('\u{270f}', '\u{270f}'),
    ('\u{2712}', '\u{2712}'),
    ('\u{2714}', '\u{2714}'),
    ('\u{2716}', '\u{2716}'),
    ('\u{271d}', '\u{271d}'),
    ('\u{2721}', '\u{2721}'),
    ('\u{2728}', '\u{2728}'),
    ('\u{2733}', '\u{2734}'),
    ('\u{2744}', '\u{2744}'),
    ('\u{2747}', '\u{2747}'),
    ('\u{274c}', '\u{274c}'),
    ('\u{274e}', '\u{274e}'),
    ('\u{2753}', '\u{2755}'),
    ('\u{2757}', '\u{2757}'),
    ('\u{2763}', '\u{2764}'),
    ('\u{2795}', '\u{2797}'),
    ('\u{27a1}', '\u{27a1}'),
    ('\u{27b0}', '\u{27b0}'),
    ('\u{27bf}', '\u{27bf}'),
    ('\u{2934}', '\u{2935}'),
    ('\u{2b05}', '\u{2b07}'),
    ('\u{2b1b}', '\u{2b1c}'),
    ('\u{2b50}', '\u{2b50}'),
    ('\u{2b55}', '\u{2b55}'),
    ('\u{3030}', '\u{3030}'),
    ('\u{303d}', '\u{303d}'),
    ('\u{3297}', '\u{3297}'),
    ('\u{3299}', '\u{3299}'),
    ('\u{1f004}', '\u{1f004}'),
    ('\u{1f02c}', '\u{1f02f}'),
    ('\u{1f094}', '\u{1f09f}'),
    ('\u{1f0af}', '\u{1f0b0}'),
    ('\u{1f0c0}', '\u{1f0c0}'),
    ('\u{1f0cf}', '\u{1f0d0}'),
    ('\u{1f0f6}', '\u{1f0ff}'),
    ('\u{1f170}', '\u{1f171}'),
    ('\u{1f17e}', '\u{1f17f}'),
    ('\u{1f18e}', '\u{1f18e}'),
    ('\u{1f191}', '\u{1f19a}'),
    ('\u{1f1af}', '\u{1f1e5}'),
    ('\u{1f201}', '\u{1f20f}'),
    ('\u{1f21a}', '\u{1f21a}'),
    ('\u{1f22f}', '\u{1f22f}'),
    ('\u{1f232}', '\u{1f23a}'),
    ('\u{1f23c}', '\u{1f23f}'),
    ('\u{1f249}', '\u{1f25f}'),
    ('\u{1f266}', '\u{1f321}'),
    ('\u{1f324}', '\u{1f393}'),
    ('\u{1f396}', '\u{1f397}'),
    ('\u{1f399}', '\u{1f39b}'),
    ('\u{1f39e}', '\u{1f3f0}'),
    ('\u{1f3f3}', '\u{1f3f5}'),
    ('\u{1f3f7}', '\u{1f3fa}'),
    ('\u{1f400}', '\u{1f4fd}'),
    ('\u{1f4ff}', '\u{1f53d}'),
    ('\u{1f549}', '\u{1f54e}'),
    ('\u{1f550}', '\u{1f567}'),
    ('\u{1f56f}', '\u{1f570}'),
    ('\u{1f573}', '\u{1f57a}'),
    ('\u{1f587}', '\u{1f587}'),
    ('\u{1f58a}', '\u{1f58d}'),
    ('\u{1f590}', '\u{1f590}'),
    ('\u{1f595}', '\u{1f596}'),
    ('\u{1f5a4}', '\u{1f5a5}'),
    ('\u{1f5a8}', '\u{1f5a8}'),
    ('\u{1f5b1}', '\u{1f5b2}'),
    ('\u{1f5bc}', '\u{1f5bc}'),
    ('\u{1f5c2}', '\u{1f5c4}'),
    ('\u{1f5d1}', '\u{1f5d3}'),
    ('\u{1f5dc}', '\u{1f5de}'),
    ('\u{1f5e1}', '\u{1f5e1}'),
    ('\u{1f5e3}', '\u{1f5e3}'),
    ('\u{1f5e8}', '\u{1f5e8}'),
    ('\u{1f5ef}', '\u{1f5ef}'),
    ('\u{1f5f3}', '\u{1f5f3}'),
    ('\u{1f5fa}', '\u{1f64f}'),
    ('\u{1f680}', '\u{1f6c5}'),
    ('\u{1f6cb}', '\u{1f6d2}'),
    ('\u{1f6d5}', '\u{1f6e5}'),
    ('\u{1f6e9}', '\u{1f6e9}'),
    ('\u{1f6eb}', '\u{1f6f0}'),
    ('\u{1f6f3}', '\u{1f6ff}'),
    ('\u{1f7dc}', '\u{1f7f0}'),
    ('\u{1f80c}', '\u{1f80f}'),
    ('\u{1f848}', '\u{1f84f}'),
    ('\u{1f85a}', '\u{1f85f}'),
    ('\u{1f888}', '\u{1f88f}'),
    ('\u{1f8ae}', '\u{1f8af}'),
    ('\u{1f8bc}', '\u{1f8bf}'),
    ('\u{1f8c2}', '\u{1f8cf}'),
    ('\u{1f8d9}', '\u{1f8ff}'),
    ('\u{1f90c}', '\u{1f93a}'),
    ('\u{1f93c}', '\u{1f945}'),
    ('\u{1f947}', '\u{1f9ff}'),
    ('\u{1fa58}', '\u{1fa5f}'),
    ('\u{1fa6e}', '\u{1faff}'),
    ('\u{1fc00}', '\u{1fffd}'),
];

/// `\p{Emoji_Modifier}` as Python's `regex` 2026.12.2 has it: sorted, inclusive
/// ranges (generated by scripts/gen_emoji_table.py: do not edit by hand).
const EMOJI_MODIFIER: &[(char, char)] = &[('\u{1f3fb}', '\u{1f3ff}')];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::apply_edits;
    use crate::step::Value;
    use crate::testing::check;
    use proptest::prelude::*;

    fn opt(key: &str, v: Value) -> Options {
        Options::new().with(key, v)
    }

    /// Text that none of these steps touches: Latin, numbers, URLs, a line already right.
    const UNTOUCHED: &[&str] = &[
        "",
        "abc def",
        "3.14 و 1,000",
        "https://example.com/a?b=1",
        "کتاب\u{200c}ها را می\u{200c}خوانم.",
    ];

    #[test]
    fn tatweel_removed_and_text_without_it_unchanged() {
        let st = RemoveTatweel::new(&Options::new());
        check(&st, &[("ســـلام", "سلام"), ("کـــتاب", "کتاب")]);
        for &keep in UNTOUCHED {
            check(&st, &[(keep, keep)]);
        }
    }

    #[test]
    fn diacritics() {
        let st = RemoveDiacritics::new(&Options::new());
        check(
            &st,
            &[
                ("مُحَمَّد", "محمد"),
                ("کتابٌ", "کتاب"),
                ("علیٰ", "علی"),
                ("خانهٔ", "خانهٔ"), // the hamza of the ezafe is part of the letter
                ("آب أسد مؤمن مسئله", "آب أسد مؤمن مسئله"), // precomposed: never decomposed
                ("بی\u{200c}شک", "بی\u{200c}شک"),
            ],
        );
        for &keep in UNTOUCHED {
            check(&st, &[(keep, keep)]);
        }
        let st = RemoveDiacritics::new(&opt("letter_marks", Value::Bool(false)));
        check(&st, &[("خانهٔ", "خانه"), ("مُحَمَّد", "محمد")]);
        assert!(st.char_map().is_some());
        let st = RemoveDiacritics::new(&opt("keep", Value::Str("disambiguating".into())));
        check(
            &st,
            &[
                ("حتماً فوراً", "حتماً فوراً"), // tanwin kept
                ("مُحَمَّد", "محمّد"),           // shadda kept, the harakat not
                ("بَنّا و بَنا", "بنّا و بنا"),
                ("کتابٌ کتابٍ", "کتابٌ کتابٍ"),
                ("خانهٔ", "خانهٔ"), // the letter marks as letter_marks says
                ("عَلیٰ", "علی"),
            ],
        );
        for &keep in UNTOUCHED {
            check(&st, &[(keep, keep)]);
        }
        // the predicate of the fast path and the map the pipeline fuses are one table
        for marks in [true, false] {
            for keep in ["none", "disambiguating"] {
                let o = opt("letter_marks", Value::Bool(marks)).with("keep", Value::Str(keep.into()));
                let st = RemoveDiacritics::new(&o);
                for c in '\u{0}'..='\u{ffff}' {
                    assert_eq!(st.removes(c), st.map.get(c).is_some(), "{c:?}");
                }
            }
        }
    }

    #[test]
    fn invisibles() {
        let st = RemoveInvisibles::new(&Options::new());
        check(
            &st,
            &[
                ("\u{feff}سلام", "سلام"),
                ("کتاب\u{ad}ها", "کتابها"),
                ("کتاب\u{200b}ها", "کتاب\u{200c}ها"), // ZWSP between letters meant a ZWNJ
                ("کتاب\u{200b}\u{200b}ها", "کتاب\u{200c}ها"),
                ("کتاب\u{200b}\u{feff}ها", "کتابها"), // not a ZWSP run: dropped whole
                ("کتاب a\u{200b}b", "کتاب ab"),
                ("من\u{200d}و", "منو"), // ZWJ outside emoji
                ("👨\u{200d}👩\u{200d}👧", "👨\u{200d}👩\u{200d}👧"), // emoji keep theirs
                ("👍🏽\u{200d}♂", "👍🏽\u{200d}♂"), // after a skin tone
                ("❤\u{fe0f}\u{200d}🔥", "❤\u{fe0f}\u{200d}🔥"), // after FE0F
                ("👨\u{200d}a", "👨a"),
                ("a\u{200d}👨", "a👨"),
                ("سلام\u{200f}دنیا", "سلام\u{200f}دنیا"), // bidi marks stay by default
                ("x\u{2060}y", "xy"),
            ],
        );
        for &keep in UNTOUCHED {
            check(&st, &[(keep, keep)]);
        }
        let st = RemoveInvisibles::new(&opt("bidi", Value::Bool(true)));
        check(
            &st,
            &[
                ("سلام\u{200f}دنیا\u{202a}", "سلامدنیا"),
                ("a\u{2066}b\u{2069}\u{200b}", "ab"),
            ],
        );
    }

    #[test]
    fn emoji_tables_are_sorted_ranges() {
        for t in [EXTENDED_PICTOGRAPHIC, EMOJI_MODIFIER] {
            assert!(t.iter().all(|&(a, b)| a <= b));
            assert!(t.windows(2).all(|w| w[0].1 < w[1].0));
        }
        assert!(in_ranges(EXTENDED_PICTOGRAPHIC, '😀'));
        assert!(in_ranges(EXTENDED_PICTOGRAPHIC, '©'));
        assert!(!in_ranges(EXTENDED_PICTOGRAPHIC, 'a'));
        assert!(in_ranges(EMOJI_MODIFIER, '\u{1f3fd}'));
    }

    #[test]
    fn ezafe() {
        let style = |s: &str| Ezafe::new(&opt("style", Value::Str(s.into())));
        let zw = "\u{200c}";
        check(
            &style("hamza"),
            &[
                ("خانۀ ما", "خانهٔ ما"),
                (&format!("خانه{zw}ی ما"), "خانهٔ ما"),
                (&format!("نقشه{zw}یابی"), &format!("نقشه{zw}یابی")), // not word-final
                ("خانۀهم", "خانۀهم"),                                 // a letter after it: not an ezafe
                ("خانۀَ", "خانۀَ"),                                     // nor a haraka
                ("خانه ما", "خانه ما"),
                ("خانۀ", "خانهٔ"), // at the end of the text
            ],
        );
        check(&style("yeh"), &[("خانهٔ ما", "خانۀ ما")]);
        check(
            &style("zwnj"),
            &[
                ("خانۀ ما", &format!("خانه{zw}ی ما")),
                ("خانهٔ ما", &format!("خانه{zw}ی ما")),
            ],
        );
        // a separate hamza after a word in ه, glued or after a space, before a word
        check(
            &style("hamza"),
            &[
                ("بهانهء ممکن", "بهانهٔ ممکن"),
                ("بهانه ء ممکن", "بهانهٔ ممکن"),
                ("جزء و شیء", "جزء و شیء"),       // a letter
                ("ابتدا ء ممکن", "ابتدا ء ممکن"), // not after ه
                ("بهانهء", "بهانهء"),             // no word after
                ("بهانهء.", "بهانهء."),
                ("ه ء ممکن", "ه ء ممکن"), // no word before
                ("بهانه  ء ممکن", "بهانه  ء ممکن"),
            ],
        );
        check(&style("zwnj"), &[("خانه ء پدری", &format!("خانه{zw}ی پدری"))]);
        check(&style("yeh"), &[("خانهء پدری", "خانۀ پدری")]);
        let keep = style("keep");
        check(
            &keep,
            &[("خانۀ و خانهٔ", "خانۀ و خانهٔ"), ("خانه ء پدری", "خانه ء پدری")],
        );
        // the indefinite ی after silent heh: ‑یی and ‑ئی as ‑ای
        let alef = Ezafe::new(&opt("indefinite", Value::Str("alef".into())));
        check(
            &alef,
            &[
                (&format!("خانه{zw}یی بر آب"), &format!("خانه{zw}ای بر آب")),
                (&format!("خانه{zw}ئی بر آب"), &format!("خانه{zw}ای بر آب")),
                (&format!("خانه{zw}يی."), &format!("خانه{zw}ای.")),
                (&format!("خانه{zw}ای"), &format!("خانه{zw}ای")),
                (&format!("خانه{zw}یییلاق"), &format!("خانه{zw}یییلاق")), // not the word's end
                ("پاییز و روییدن", "پاییز و روییدن"),                   // a stem's یی: no joiner before
                ("خانهیی", "خانهیی"),
                (&format!("خانه{zw}ی ما"), &format!("خانه{zw}ی ما")), // the ezafe: the style's
            ],
        );
        for &t in UNTOUCHED {
            check(&alef, &[(t, t)]);
        }
        assert!(!keep.needs(&format!("خانه{zw}یی").chars().collect::<Vec<_>>()));
        assert!(!keep.needs(&"خانۀ".chars().collect::<Vec<_>>()));
        for s in ["hamza", "yeh", "zwnj", "keep"] {
            for &t in UNTOUCHED {
                check(&style(s), &[(t, t)]);
            }
        }
    }

    #[test]
    fn repeated_marks() {
        let st = RepeatedMarks::new(&Options::new());
        check(
            &st,
            &[
                ("لطفاًً", "لطفاً"),
                ("مُُُحمد", "مُحمد"),
                ("خانهٔٔ", "خانهٔ"),
                ("مُحَمَّد", "مُحَمَّد"), // different marks: kept
                ("شدَّ", "شدَّ"),
                ("مُـُحمد", "مُـُحمد"), // a tatweel between
                ("بَبَ", "بَبَ"),
            ],
        );
        for &t in UNTOUCHED {
            check(&st, &[(t, t)]);
        }
    }

    fn alphabet() -> impl Strategy<Value = Vec<char>> {
        let chars: Vec<char> = "کتابهیم a1.\nء ئ\u{200c}\u{200b}\u{200d}\u{feff}\u{ad}\u{2060}\u{200f}\u{202a}😀👨\u{1f3fd}\u{fe0f}ۀ\u{654}\u{64e}\u{64b}\u{651}\u{670}\u{653}\u{610}ـ"
            .chars()
            .collect();
        proptest::collection::vec(proptest::sample::select(chars), 0..40)
    }

    fn steps() -> Vec<Box<dyn Step>> {
        let style = |s: &str| opt("style", Value::Str(s.into()));
        vec![
            Box::new(RemoveTatweel::new(&Options::new())),
            Box::new(RemoveDiacritics::new(&Options::new())),
            Box::new(RemoveDiacritics::new(&opt("letter_marks", Value::Bool(false)))),
            Box::new(RemoveDiacritics::new(&opt(
                "keep",
                Value::Str("disambiguating".into()),
            ))),
            Box::new(RemoveInvisibles::new(&Options::new())),
            Box::new(RemoveInvisibles::new(&opt("bidi", Value::Bool(true)))),
            Box::new(Ezafe::new(&style("hamza"))),
            Box::new(Ezafe::new(&style("yeh"))),
            Box::new(Ezafe::new(&style("zwnj"))),
            Box::new(Ezafe::new(&opt("indefinite", Value::Str("alef".into())))),
            Box::new(Ezafe::new(
                &style("hamza").with("indefinite", Value::Str("alef".into())),
            )),
            Box::new(RepeatedMarks::new(&Options::new())),
        ]
    }

    proptest! {
        /// The fast path gives the edits' text, the edits are sorted and apart, `needs` is
        /// never false where something changes, and a second pass changes nothing.
        #[test]
        fn fast_path_edits_needs_and_idempotence(t in alphabet()) {
            for st in steps() {
                let edits = st.edits(&t);
                prop_assert!(edits.windows(2).all(|w| w[0].end <= w[1].start));
                let by_edits = apply_edits(&t, &edits);
                let fast = st.apply(&t).unwrap_or_else(|| t.clone());
                prop_assert_eq!(&fast, &by_edits, "{}", st.name());
                if !edits.is_empty() {
                    prop_assert!(st.needs(&t), "{}", st.name());
                }
                prop_assert!(st.edits(&fast).is_empty(), "{} twice", st.name());
            }
        }
    }
}
