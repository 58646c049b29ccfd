//! Character tables and classes: the one home of every character a step maps or tests.
//!
//! Ported from `normalizer/data/chars.py`, one mapping a line, each with its Unicode name,
//! so that a reader can check a mapping in one place. The tables Python derives from
//! `unicodedata` (presentation forms, the Arabic-script letters by category) and the
//! character classes of Python's regular expressions (`\w`, `\s`, `\d`, `str.isalpha`) are
//! generated into the section at the end by `scripts/gen_core_chars.py`: data compiled in,
//! never computed at run time from a library whose Unicode version may differ. The tests
//! of `tests/test_core_chars.py` check them against Python.

use rustc_hash::FxHashMap;

/// ZERO WIDTH NON-JOINER, the Persian half-space (نیم‌فاصله).
pub const ZWNJ: char = '\u{200c}';
/// ZERO WIDTH JOINER.
pub const ZWJ: char = '\u{200d}';
/// ARABIC TATWEEL (kashida).
pub const TATWEEL: char = '\u{0640}';
/// ARABIC HAMZA ABOVE, as in هٔ.
pub const HAMZA_ABOVE: char = '\u{0654}';

/// U+06F0..U+06F9 EXTENDED ARABIC-INDIC DIGIT ZERO..NINE.
pub const PERSIAN_DIGITS: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
/// U+0660..U+0669 ARABIC-INDIC DIGIT ZERO..NINE.
pub const ARABIC_DIGITS: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
/// ASCII digits.
pub const LATIN_DIGITS: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/// The digit sets by option name, in the order of Python's `DIGIT_SETS`.
pub const DIGIT_SETS: [(&str, [char; 10]); 3] = [
    ("persian", PERSIAN_DIGITS),
    ("latin", LATIN_DIGITS),
    ("arabic", ARABIC_DIGITS),
];

/// A digit of any of the three sets, and its value.
#[inline]
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06f0}'..='\u{06f9}' => Some(c as u32 - 0x06f0),
        _ => None,
    }
}

/// Is `c` a digit of one of the three sets?
#[inline]
pub fn is_any_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Is `c` a Persian or an Arabic-Indic digit (۰-۹, ٠-٩): a digit of Arabic-script text?
#[inline]
pub fn is_persian_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{06f0}'..='\u{06f9}')
}

/// Arabic and look-alike letters -> the Persian letter a Persian reader sees.
pub const ARABIC_TO_PERSIAN: &[(char, char)] = &[
    ('\u{064a}', 'ی'), // ARABIC LETTER YEH
    ('\u{0649}', 'ی'), // ARABIC LETTER ALEF MAKSURA
    ('\u{0620}', 'ی'), // ARABIC LETTER KASHMIRI YEH
    ('\u{06cd}', 'ی'), // ARABIC LETTER YEH WITH TAIL (Pashto)
    ('\u{06ce}', 'ی'), // ARABIC LETTER YEH WITH SMALL V (Kurdish)
    ('\u{06d0}', 'ی'), // ARABIC LETTER E (Pashto, Uyghur)
    ('\u{06d2}', 'ی'), // ARABIC LETTER YEH BARREE (Urdu)
    ('\u{063d}', 'ی'), // ARABIC LETTER FARSI YEH WITH INVERTED V
    ('\u{063e}', 'ی'), // ARABIC LETTER FARSI YEH WITH TWO DOTS ABOVE
    ('\u{063f}', 'ی'), // ARABIC LETTER FARSI YEH WITH THREE DOTS ABOVE
    ('\u{0643}', 'ک'), // ARABIC LETTER KAF
    ('\u{06aa}', 'ک'), // ARABIC LETTER SWASH KAF
    ('\u{063b}', 'ک'), // ARABIC LETTER KEHEH WITH TWO DOTS ABOVE
    ('\u{063c}', 'ک'), // ARABIC LETTER KEHEH WITH THREE DOTS BELOW
    ('\u{06ab}', 'گ'), // ARABIC LETTER KAF WITH RING (Pashto)
    ('\u{06d5}', 'ه'), // ARABIC LETTER AE (Kurdish)
    ('\u{06be}', 'ه'), // ARABIC LETTER HEH DOACHASHMEE (Urdu)
    ('\u{06c1}', 'ه'), // ARABIC LETTER HEH GOAL (Urdu)
    ('\u{06c3}', 'ة'), // ARABIC LETTER TEH MARBUTA GOAL (Urdu): the Arabic ة, as in رحمۃ
    ('\u{06ff}', 'ه'), // ARABIC LETTER HEH WITH INVERTED V
    ('\u{0671}', 'ا'), // ARABIC LETTER ALEF WASLA
    ('\u{066e}', 'ب'), // ARABIC LETTER DOTLESS BEH
    ('\u{066f}', 'ق'), // ARABIC LETTER DOTLESS QAF
    ('\u{06ba}', 'ن'), // ARABIC LETTER NOON GHUNNA (Urdu)
    ('\u{0679}', 'ت'), // ARABIC LETTER TTEH (Urdu)
    ('\u{0688}', 'د'), // ARABIC LETTER DDAL (Urdu)
    ('\u{0691}', 'ر'), // ARABIC LETTER RREH (Urdu)
    ('\u{06c5}', 'و'), // ARABIC LETTER KIRGHIZ OE
    ('\u{06c6}', 'و'), // ARABIC LETTER OE (Kurdish)
    ('\u{06c7}', 'و'), // ARABIC LETTER U
    ('\u{06c9}', 'و'), // ARABIC LETTER KIRGHIZ YU
    ('\u{06cb}', 'و'), // ARABIC LETTER VE
];

/// The Persian letter [`ARABIC_TO_PERSIAN`] maps `c` to, if any.
#[inline]
pub fn arabic_to_persian(c: char) -> Option<char> {
    ARABIC_TO_PERSIAN.iter().find(|&&(k, _)| k == c).map(|&(_, v)| v)
}

/// Decomposed letter + mark pairs -> the precomposed Persian letter.
pub const COMPOSE: &[(char, char, char)] = &[
    ('\u{0627}', '\u{0653}', 'آ'), // ALEF + MADDA ABOVE
    ('\u{0627}', '\u{0654}', 'أ'), // ALEF + HAMZA ABOVE
    ('\u{0627}', '\u{0655}', 'إ'), // ALEF + HAMZA BELOW
    ('\u{0648}', '\u{0654}', 'ؤ'), // WAW + HAMZA ABOVE
    ('\u{064a}', '\u{0654}', 'ئ'), // YEH + HAMZA ABOVE
    ('\u{06cc}', '\u{0654}', 'ئ'), // FARSI YEH + HAMZA ABOVE
];

/// The letter [`COMPOSE`] makes of `letter` + `mark`, if any.
#[inline]
pub fn compose(letter: char, mark: char) -> Option<char> {
    COMPOSE
        .iter()
        .find(|&&(l, m, _)| l == letter && m == mark)
        .map(|&(_, _, r)| r)
}

/// ARABIC LETTER TEH MARBUTA ة.
pub const TEH_MARBUTA: char = '\u{0629}';
/// ARABIC LETTER HEH WITH YEH ABOVE ۀ.
pub const HEH_YEH: char = '\u{06c0}';
/// ARABIC LETTER HEH ه.
pub const HEH: char = '\u{0647}';

/// Letters that never join the letter after them: no ZWNJ is needed (or wanted) after one
/// (اآأإٱدذرزژوؤۀةە, and ء and the combining hamza ٔ). Sorted.
pub const NON_JOINING: &[char] = &[
    '\u{0621}', '\u{0622}', '\u{0623}', '\u{0624}', '\u{0625}', '\u{0627}', '\u{0629}', '\u{062f}',
    '\u{0630}', '\u{0631}', '\u{0632}', '\u{0648}', '\u{0654}', '\u{0671}', '\u{0698}', '\u{06c0}',
    '\u{06d5}',
];

/// Is `c` one of [`NON_JOINING`]?
#[inline]
pub fn is_non_joining(c: char) -> bool {
    matches!(
        c,
        '\u{0621}'..='\u{0625}'
            | '\u{0627}'
            | '\u{0629}'
            | '\u{062f}'..='\u{0632}'
            | '\u{0648}'
            | '\u{0654}'
            | '\u{0671}'
            | '\u{0698}'
            | '\u{06c0}'
            | '\u{06d5}'
    )
}

/// `ARABIC_LETTER_CLASS`: the Arabic-script letters a Persian word is made of, as sorted
/// inclusive ranges (U+0621-063A, 0641-064A, 066E-06D3, 06D5, 06EE, 06EF, 06FA-06FC,
/// 06FF, 0750-077F). Tatweel (U+0640) and the harakat are not in it.
pub const ARABIC_LETTER_RANGES: &[(char, char)] = &[
    ('\u{0621}', '\u{063a}'),
    ('\u{0641}', '\u{064a}'),
    ('\u{066e}', '\u{06d3}'),
    ('\u{06d5}', '\u{06d5}'),
    ('\u{06ee}', '\u{06ef}'),
    ('\u{06fa}', '\u{06fc}'),
    ('\u{06ff}', '\u{06ff}'),
    ('\u{0750}', '\u{077f}'),
];

/// `ARABIC_LETTERS`: is `c` in [`ARABIC_LETTER_RANGES`]?
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(
        c,
        '\u{0621}'..='\u{063a}'
            | '\u{0641}'..='\u{064a}'
            | '\u{066e}'..='\u{06d3}'
            | '\u{06d5}'
            | '\u{06ee}'..='\u{06ef}'
            | '\u{06fa}'..='\u{06fc}'
            | '\u{06ff}'
            | '\u{0750}'..='\u{077f}'
    )
}

/// Diacritics (harakat) a reader does not need: removed by `remove_diacritics`.
pub const DIACRITICS: &[char] = &[
    // FATHATAN..SUKUN
    '\u{064b}', '\u{064c}', '\u{064d}', '\u{064e}', '\u{064f}', '\u{0650}', '\u{0651}', '\u{0652}',
    // SUBSCRIPT ALEF..
    '\u{0656}', '\u{0657}', '\u{0658}', '\u{0659}', '\u{065a}', '\u{065b}', '\u{065c}', '\u{065d}',
    '\u{065e}', '\u{065f}', // SUPERSCRIPT ALEF
    '\u{0670}', // Quranic signs
    '\u{0610}', '\u{0611}', '\u{0612}', '\u{0613}', '\u{0614}', '\u{0615}', '\u{0616}', '\u{0617}',
    '\u{0618}', '\u{0619}', '\u{061a}', '\u{06d6}', '\u{06d7}', '\u{06d8}', '\u{06d9}', '\u{06da}',
    '\u{06db}', '\u{06dc}', '\u{06df}', '\u{06e0}', '\u{06e1}', '\u{06e2}', '\u{06e3}', '\u{06e4}',
    '\u{06e7}', '\u{06e8}', '\u{06ea}', '\u{06eb}', '\u{06ec}', '\u{06ed}',
];

/// Is `c` a haraka or another Arabic mark (U+064B..U+065F, the letter marks among them, and
/// U+0670 superscript alef): a mark that belongs to the letter before it, so that a look at
/// "the letter before" or "the end of a word" looks past it.
#[inline]
pub fn is_haraka(c: char) -> bool {
    matches!(c, '\u{064b}'..='\u{065f}' | '\u{0670}')
}

/// Is `c` one of [`DIACRITICS`]?
#[inline]
pub fn is_diacritic(c: char) -> bool {
    matches!(
        c,
        '\u{064b}'..='\u{0652}'
            | '\u{0656}'..='\u{065f}'
            | '\u{0670}'
            | '\u{0610}'..='\u{061a}'
            | '\u{06d6}'..='\u{06dc}'
            | '\u{06df}'..='\u{06e4}'
            | '\u{06e7}'..='\u{06e8}'
            | '\u{06ea}'..='\u{06ed}'
    )
}

/// The diacritics that tell words apart where the letters alone do not, kept by
/// `remove_diacritics(keep=disambiguating)`: the tanwin (FATHATAN as in حتماً, DAMMATAN,
/// KASRATAN) and SHADDA (بنا / بنّا).
pub const DISAMBIGUATING: &[char] = &['\u{064b}', '\u{064c}', '\u{064d}', '\u{0651}'];

/// Is `c` one of [`DISAMBIGUATING`]?
#[inline]
pub fn is_disambiguating(c: char) -> bool {
    matches!(c, '\u{064b}'..='\u{064d}' | '\u{0651}')
}

/// Marks that are part of a letter: MADDA ABOVE, HAMZA ABOVE (هٔ), HAMZA BELOW.
pub const LETTER_MARKS: &[char] = &['\u{0653}', '\u{0654}', '\u{0655}'];

/// Is `c` one of [`LETTER_MARKS`]?
#[inline]
pub fn is_letter_mark(c: char) -> bool {
    matches!(c, '\u{0653}'..='\u{0655}')
}

/// The word ligatures and signs of the Arabic presentation forms (U+FDF0-FDFF): ﷰ-ﷹ words
/// (صلی, قلی, الله, اکبر, محمد, صلعم, رسول, علیه, وسلم), ﷺ ﷻ, the rial sign ﷼, ﷽ and the
/// two honorifics of Unicode 14 (﷾ ﷿). `unify_letters(ligatures=...)` decides them.
pub const LIGATURES: (char, char) = ('\u{fdf0}', '\u{fdff}');

/// The eulogies among [`LIGATURES`], signs a writer puts after a name as a blessing, not
/// words of the sentence: removed by `unify_letters(ligatures=drop)` (as hazm does with ﷺ ﷻ).
pub const EULOGIES: &[char] = &[
    '\u{fdf5}', // ARABIC LIGATURE SALAM (صلعم)
    '\u{fdfa}', // ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM (ﷺ)
    '\u{fdfb}', // ARABIC LIGATURE JALLAJALALOUHOU (ﷻ)
    '\u{fdfe}', // ARABIC LIGATURE SUBHAANAHU WA TAAALAA
    '\u{fdff}', // ARABIC LIGATURE AZZA WA JALL
];

/// The word ligatures Unicode gives no decomposition, as `unify_letters(ligatures=spell)`
/// writes them out (with the Persian ی, as the decomposed ﷺ has it): the basmala, which
/// hazm and shekar spell so too, and the two honorifics of Unicode 14.
pub const LIGATURE_SPELLINGS: &[(char, &str)] = &[
    ('\u{fdfd}', "بسم الله الرحمن الرحیم"), // ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM
    ('\u{fdfe}', "سبحانه وتعالی"),          // ARABIC LIGATURE SUBHAANAHU WA TAAALAA
    ('\u{fdff}', "عز وجل"),                 // ARABIC LIGATURE AZZA WA JALL
];

/// Hamza letters folded for search (lossy).
pub const HAMZA_FOLD: &[(char, &str)] = &[
    ('أ', "ا"),       // ARABIC LETTER ALEF WITH HAMZA ABOVE
    ('إ', "ا"),       // ARABIC LETTER ALEF WITH HAMZA BELOW
    ('ٱ', "ا"),       // ARABIC LETTER ALEF WASLA
    ('ؤ', "و"),       // ARABIC LETTER WAW WITH HAMZA ABOVE
    ('ئ', "ی"),       // ARABIC LETTER YEH WITH HAMZA ABOVE
    ('ۀ', "ه"),       // ARABIC LETTER HEH WITH YEH ABOVE
    ('ة', "ه"),       // ARABIC LETTER TEH MARBUTA
    ('\u{0654}', ""), // ARABIC HAMZA ABOVE (هٔ -> ه)
    ('\u{0655}', ""), // ARABIC HAMZA BELOW
];

/// Unicode spaces that are a plain space to a reader.
pub const SPACES: &[char] = &[
    '\u{00a0}', // NO-BREAK SPACE
    // EN QUAD..HAIR SPACE
    '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}',
    '\u{2008}', '\u{2009}', '\u{200a}', //
    '\u{202f}', // NARROW NO-BREAK SPACE
    '\u{205f}', // MEDIUM MATHEMATICAL SPACE
    '\u{3000}', // IDEOGRAPHIC SPACE
    '\u{1680}', // OGHAM SPACE MARK
];

/// Is `c` one of [`SPACES`]?
#[inline]
pub fn is_space_variant(c: char) -> bool {
    matches!(
        c,
        '\u{00a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{1680}'
    )
}

// Invisible characters removed by `remove_invisibles`.
/// ZERO WIDTH NO-BREAK SPACE (byte order mark).
pub const BOM: char = '\u{feff}';
/// SOFT HYPHEN.
pub const SOFT_HYPHEN: char = '\u{00ad}';
/// ZERO WIDTH SPACE (often typed for a ZWNJ).
pub const ZWSP: char = '\u{200b}';
/// WORD JOINER.
pub const WORD_JOINER: char = '\u{2060}';
/// Bidirectional controls, removed by `remove_invisibles(bidi=true)`.
pub const BIDI_MARKS: &[char] = &[
    '\u{200e}', '\u{200f}', // LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK
    '\u{061c}', // ARABIC LETTER MARK
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', // LRE, RLE, PDF, LRO, RLO
    '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', // LRI, RLI, FSI, PDI
];

/// Is `c` one of [`BIDI_MARKS`]?
#[inline]
pub fn is_bidi_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// The base letters presentation form `c` stands for ([`PRESENTATION_FORMS`]), if it is one.
pub fn presentation_form(c: char) -> Option<&'static str> {
    if !matches!(c, '\u{fb50}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}') {
        return None;
    }
    PRESENTATION_FORMS
        .binary_search_by(|&(k, _)| k.cmp(&c))
        .ok()
        .map(|i| PRESENTATION_FORMS[i].1)
}

// -- scripts and languages: what the normalizer leaves alone ------------------------------

/// The Unicode blocks of the Arabic script: Arabic, Arabic Supplement, Arabic Extended-A,
/// and the presentation forms A and B.
pub const ARABIC_SCRIPT_BLOCKS: &[(char, char)] = &[
    ('\u{0600}', '\u{06ff}'),
    ('\u{0750}', '\u{077f}'),
    ('\u{08a0}', '\u{08ff}'),
    ('\u{fb50}', '\u{fdff}'),
    ('\u{fe70}', '\u{feff}'),
];

/// Is `c` in one of sorted, inclusive `ranges`?
#[inline]
pub fn in_ranges(ranges: &[(char, char)], c: char) -> bool {
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

#[inline]
fn in_arabic_blocks(c: char) -> bool {
    matches!(
        c,
        '\u{0600}'..='\u{06ff}'
            | '\u{0750}'..='\u{077f}'
            | '\u{08a0}'..='\u{08ff}'
            | '\u{fb50}'..='\u{fdff}'
            | '\u{fe70}'..='\u{feff}'
    )
}

/// The characters of `ranges` within the Arabic block (U+0600-06FF), one bit each: the
/// block most text is made of is tested with one load, the rest by a search of the ranges.
const fn arabic_block_bits(ranges: &[(char, char)]) -> [u64; 4] {
    let mut out = [0u64; 4];
    let mut i = 0;
    while i < ranges.len() {
        let mut cp = ranges[i].0 as u32;
        while cp <= ranges[i].1 as u32 {
            if cp >= 0x0600 && cp < 0x0700 {
                let k = (cp - 0x0600) as usize;
                out[k / 64] |= 1 << (k % 64);
            }
            cp += 1;
        }
        i += 1;
    }
    out
}

const ARABIC_SCRIPT_LETTER_BITS: [u64; 4] = arabic_block_bits(ARABIC_SCRIPT_LETTER_RANGES);
const ARABIC_SCRIPT_TEXT_BITS: [u64; 4] = arabic_block_bits(ARABIC_SCRIPT_TEXT_RANGES);

#[inline]
fn in_arabic_block_bits(bits: &[u64; 4], c: char) -> bool {
    let k = c as usize - 0x0600;
    bits[k / 64] & (1 << (k % 64)) != 0
}

/// `ARABIC_SCRIPT_LETTERS`: every letter (category L*) of [`ARABIC_SCRIPT_BLOCKS`].
#[inline]
pub fn is_arabic_script_letter(c: char) -> bool {
    if ('\u{0600}'..='\u{06ff}').contains(&c) {
        in_arabic_block_bits(&ARABIC_SCRIPT_LETTER_BITS, c)
    } else {
        in_arabic_blocks(c) && in_ranges(ARABIC_SCRIPT_LETTER_RANGES, c)
    }
}

/// `ARABIC_SCRIPT_TEXT`: those letters and the marks (harakat, M*) of the same blocks: a
/// line holding none of them is not Persian text and is left as written (see
/// [`crate::protect`]). A mark counts because a line of harakat is Arabic-script text to
/// clean, not another script.
#[inline]
pub fn is_arabic_script_text(c: char) -> bool {
    if ('\u{0600}'..='\u{06ff}').contains(&c) {
        in_arabic_block_bits(&ARABIC_SCRIPT_TEXT_BITS, c)
    } else {
        in_arabic_blocks(c) && in_ranges(ARABIC_SCRIPT_TEXT_RANGES, c)
    }
}

/// Letters of other Arabic-script languages that Persian never uses: a line holding them is
/// likely one of those languages (see [`OTHER_LANGUAGE_WORDS`] for how lines are scored).
/// ڪ (SWASH KAF, Sindhi's k) is left out: Persian web text uses it as a decorative kaf.
pub const OTHER_LANGUAGE_LETTERS: &[char] = &[
    // Urdu: TTEH ٹ, DDAL ڈ, RREH ڑ, NOON GHUNNA ں, YEH BARREE WITH HAMZA ۓ
    '\u{0679}', '\u{0688}', '\u{0691}', '\u{06ba}', '\u{06d3}',
    // Kurdish (Sorani): YEH WITH SMALL V ێ, LAM WITH SMALL V ڵ, REH WITH SMALL V BELOW ڕ, OE ۆ, VEH ڤ
    '\u{06ce}', '\u{06b5}', '\u{0695}', '\u{06c6}', '\u{06a4}',
    // Pashto: ښ ږ ځ څ ډ ړ ټ ڼ ۍ ې ګ
    '\u{069a}', '\u{0696}', '\u{0681}', '\u{0685}', '\u{0689}', '\u{0693}', '\u{067c}', '\u{06bc}',
    '\u{06cd}', '\u{06d0}', '\u{06ab}',
    // Sindhi: ٻ ڀ ٺ ٽ ٿ ڃ ڄ ڇ ڊ ڌ ڍ ڎ ڏ ڙ ڦ ڱ ڳ ڻ ۾
    '\u{067b}', '\u{0680}', '\u{067a}', '\u{067d}', '\u{067f}', '\u{0683}', '\u{0684}', '\u{0687}',
    '\u{068a}', '\u{068c}', '\u{068d}', '\u{068e}', '\u{068f}', '\u{0699}', '\u{06a6}', '\u{06b1}',
    '\u{06b3}', '\u{06bb}', '\u{06fe}',
    // Uyghur and Kyrgyz: NG ڭ, U ۇ, YU ۈ, VE ۋ, KIRGHIZ OE ۅ, KIRGHIZ YU ۉ
    '\u{06ad}', '\u{06c7}', '\u{06c8}', '\u{06cb}', '\u{06c5}', '\u{06c9}',
];

/// Is `c` one of [`OTHER_LANGUAGE_LETTERS`]? (A match: the common Persian letters of the
/// same block are ruled out without a search of the list.)
#[inline]
pub const fn is_other_language_letter(c: char) -> bool {
    matches!(
        c,
        '\u{0679}'..='\u{067d}'
            | '\u{067f}'..='\u{0681}'
            | '\u{0683}'..='\u{0685}'
            | '\u{0687}'..='\u{068a}'
            | '\u{068c}'..='\u{068f}'
            | '\u{0691}'
            | '\u{0693}'
            | '\u{0695}'..='\u{0696}'
            | '\u{0699}'..='\u{069a}'
            | '\u{06a4}'
            | '\u{06a6}'
            | '\u{06ab}'
            | '\u{06ad}'
            | '\u{06b1}'
            | '\u{06b3}'
            | '\u{06b5}'
            | '\u{06ba}'..='\u{06bc}'
            | '\u{06c5}'..='\u{06c9}'
            | '\u{06cb}'
            | '\u{06cd}'..='\u{06ce}'
            | '\u{06d0}'
            | '\u{06d3}'
            | '\u{06fe}'
    )
}

/// Letters those languages use all the time that are also typed stray in Persian text from
/// their keyboards (ی as ے, ه as ە ہ ھ): alone they never make a line another language
/// (Persian written with ھ for every h is common in old web text), but a line holding one is
/// looked at word by word. YEH BARREE ے, HEH GOAL ہ, AE ە, HEH DOACHASHMEE ھ.
pub const OTHER_LANGUAGE_WEAK: &[char] = &['\u{06d2}', '\u{06c1}', '\u{06d5}', '\u{06be}'];

/// Is `c` one of [`OTHER_LANGUAGE_WEAK`]?
#[inline]
pub const fn is_other_language_weak(c: char) -> bool {
    matches!(c, '\u{06d2}' | '\u{06c1}' | '\u{06d5}' | '\u{06be}')
}

/// Very common function words of Urdu, Sorani Kurdish and Pashto, each holding a letter of
/// [`OTHER_LANGUAGE_LETTERS`] or [`OTHER_LANGUAGE_WEAK`]. A line scores one point for each of
/// their letters and each of these words; two points make it another language
/// (`protect::other_language_lines`). Words that are Persian once their letters are unified
/// are left out: کە بە (که به typed on a Kurdish keyboard), تھی (تهی), دی ته (Pashto, but
/// Persian دی ته too), کی کو اور (Urdu, but Persian spellings too), کہ ہی (که هی with one
/// stray ہ). Source: the most frequent words of each language's Wikipedia, checked by hand.
pub const OTHER_LANGUAGE_WORDS: &[&str] = &[
    // Urdu: is, are, am, this, that, of, (ergative), from, in, not, was, also, will, own, for ...
    "ہے",
    "ہیں",
    "ہوں",
    "یہ",
    "وہ",
    "کے",
    "نے",
    "سے",
    "میں",
    "نہیں",
    "تھا",
    "تھے",
    "بھی",
    "گے",
    "اپنے",
    "لیے",
    "ہوتا",
    "ہوتی",
    "کرتے",
    // Sorani Kurdish: this, that, that is, in/from, for, with, is, is not, we, does
    "ئەم",
    "ئەو",
    "ئەوە",
    "لە",
    "بۆ",
    "لەگەڵ",
    "هەیە",
    "نییە",
    "ئێمە",
    "دەکات",
    "دەبێت",
    "زۆر",
    // Pashto: in, that, his/her, this (oblique), good
    "کې",
    "چې",
    "یې",
    "دې",
    "ښه",
];

/// Is the word `w` one of [`OTHER_LANGUAGE_WORDS`]?
pub fn is_other_language_word(w: &[char]) -> bool {
    if w.len() > 5 {
        return false;
    }
    OTHER_LANGUAGE_WORDS
        .iter()
        .any(|s| s.chars().count() == w.len() && s.chars().eq(w.iter().copied()))
}

// -- Python's character classes -----------------------------------------------------------

/// Python's `str.isalpha`: a letter of any script (categories Lu Ll Lt Lm Lo).
#[inline]
pub fn is_py_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(PY_ALPHA_RANGES, c)
    }
}

/// Python's regex `\w` on `str`: `str.isalnum()` or `_`.
#[inline]
pub fn is_py_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_ranges(PY_WORD_RANGES, c)
    }
}

/// Python's regex `\d` on `str`: a decimal digit of any script (category Nd).
#[inline]
pub fn is_py_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(PY_DECIMAL_RANGES, c)
    }
}

/// Python's regex `\s` on `str`: `str.isspace()`.
#[inline]
pub fn is_py_space(c: char) -> bool {
    match c {
        '\t'..='\r' | '\u{1c}'..='\u{20}' => true,
        _ if c.is_ascii() => false,
        _ => in_ranges(PY_SPACE_RANGES, c),
    }
}

/// A map of single characters to strings: a step that is one is fused by the pipeline with
/// its neighbours into one pass.
///
/// A two-level table of the Basic Multilingual Plane answers "is it mapped, and to what?"
/// with two loads and no hash or branch: a text is mostly letters that no map touches, and
/// those a map does touch (Arabic ي and ك, tatweel) come mixed among them in whole texts,
/// where a branch per character guesses wrong often. The hash map holds the mapping itself
/// and the characters beyond the BMP.
#[derive(Clone, Debug)]
pub struct CharMap {
    map: FxHashMap<char, String>,
    /// For each block of 256 BMP code points, its page; 0 (all of them unmapped) by default.
    blocks: Box<[u16; 256]>,
    /// Per code point of a block, its [entry](CharMap::entry); page 0 is all zeros.
    pages: Vec<[u32; 256]>,
    /// What the [`SLOW`] entries map to (several characters).
    many: Vec<Vec<char>>,
}

/// The bits of an entry that hold the difference to the character it maps to (modulo 2^21).
const DELTA: u32 = (1 << 21) - 1;
/// An entry's flag: the character maps to nothing.
const DROP: u32 = 1 << 21;
/// An entry's flag: the character maps to several, `many[entry & DELTA]`.
const SLOW: u32 = 1 << 22;

impl Default for CharMap {
    fn default() -> Self {
        CharMap {
            map: FxHashMap::default(),
            blocks: Box::new([0; 256]),
            pages: vec![[0; 256]],
            many: Vec::new(),
        }
    }
}

impl CharMap {
    pub fn new() -> Self {
        CharMap::default()
    }

    /// Add a mapping (a character mapped to itself is left out).
    pub fn insert(&mut self, from: char, to: impl Into<String>) {
        let to = to.into();
        let mut it = to.chars();
        let e = match (it.next(), it.next()) {
            (Some(one), None) => (one as u32).wrapping_sub(from as u32) & DELTA,
            (None, _) => DROP,
            _ => {
                self.many.push(to.chars().collect());
                SLOW | (self.many.len() - 1) as u32
            }
        };
        if e == 0 {
            self.map.remove(&from);
        } else {
            self.map.insert(from, to);
        }
        let cp = from as usize;
        if cp >= 0x10000 {
            return;
        }
        if self.blocks[cp >> 8] == 0 {
            if e == 0 {
                return;
            }
            self.pages.push([0; 256]);
            self.blocks[cp >> 8] = (self.pages.len() - 1) as u16;
        }
        self.pages[self.blocks[cp >> 8] as usize][cp & 255] = e;
    }

    /// `c`'s entry: 0 where it is unmapped, else the difference to the character it maps to
    /// (modulo 2^21), or [`DROP`], or [`SLOW`] (several characters, or `c` beyond the BMP
    /// and mapped: look it up in `map`).
    #[inline(always)]
    fn entry(&self, c: char) -> u32 {
        let cp = c as u32;
        if cp < 0x10000 {
            self.pages[self.blocks[(cp >> 8) as usize] as usize][(cp & 255) as usize]
        } else if self.map.contains_key(&c) {
            SLOW
        } else {
            0
        }
    }

    /// Is `c` mapped?
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        self.entry(c) != 0
    }

    pub fn get(&self, c: char) -> Option<&str> {
        if !self.contains(c) {
            return None;
        }
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
        let first = text.iter().position(|&c| self.contains(c))?;
        let mut out: Vec<char> = Vec::with_capacity(text.len());
        out.extend_from_slice(&text[..first]);
        let mut len = out.len();
        let mut at = out.as_mut_ptr();
        for (i, &c) in text.iter().enumerate().skip(first) {
            let e = self.entry(c);
            if e & SLOW != 0 {
                // SAFETY: the `len` characters before have been written (see below)
                unsafe { out.set_len(len) };
                if (c as u32) < 0x10000 {
                    out.extend_from_slice(&self.many[(e & DELTA) as usize]);
                } else {
                    out.extend(self.map[&c].chars());
                }
                out.reserve(text.len() - i);
                len = out.len();
                at = out.as_mut_ptr();
                continue;
            }
            let to = ((c as u32).wrapping_add(e)) & DELTA;
            // SAFETY: `len` < the capacity: the capacity is at least `len` plus the
            // characters of `text` left (one written at most for each outside the SLOW
            // branch, which reserves for the rest), and `to` is a character a mapping was
            // made with (or `c` itself, for a DROP entry, written over by the next).
            unsafe {
                at.add(len).write(char::from_u32_unchecked(to));
            }
            len += 1 - ((e & DROP) >> 21) as usize;
        }
        // SAFETY: as above
        unsafe { out.set_len(len) };
        Some(out)
    }

    /// The map's edits: one per mapped character.
    pub fn edits(&self, text: &[char]) -> Vec<crate::edit::Edit> {
        let mut out = Vec::new();
        for (i, &c) in text.iter().enumerate() {
            if let Some(r) = self.get(c) {
                out.push(crate::edit::Edit::new(i, i + 1, r));
            }
        }
        out
    }
}

// ---- BEGIN GENERATED by scripts/gen_core_chars.py (do not edit by hand) ----
// Python 3.11.7, Unicode 14.0.0

/// The Unicode version these tables come from (Python's `unicodedata`).
pub const UNICODE_VERSION: &str = "14.0.0";

/// `presentation_forms()`: each Arabic presentation form (U+FB50-FDFF, U+FE70-FEFF) and the
/// base letters it stands for: its NFKC decomposition (spaces around it stripped), its
/// letters through [`ARABIC_TO_PERSIAN`]; isolated harakat forms map to the mark alone; the
/// BOM (U+FEFF, same block) is left to `remove_invisibles`. Sorted by form.
pub const PRESENTATION_FORMS: &[(char, &str)] = &[
    ('\u{fb50}', "\u{0627}"),
    ('\u{fb51}', "\u{0627}"),
    ('\u{fb52}', "\u{067b}"),
    ('\u{fb53}', "\u{067b}"),
    ('\u{fb54}', "\u{067b}"),
    ('\u{fb55}', "\u{067b}"),
    ('\u{fb56}', "\u{067e}"),
    ('\u{fb57}', "\u{067e}"),
    ('\u{fb58}', "\u{067e}"),
    ('\u{fb59}', "\u{067e}"),
    ('\u{fb5a}', "\u{0680}"),
    ('\u{fb5b}', "\u{0680}"),
    ('\u{fb5c}', "\u{0680}"),
    ('\u{fb5d}', "\u{0680}"),
    ('\u{fb5e}', "\u{067a}"),
    ('\u{fb5f}', "\u{067a}"),
    ('\u{fb60}', "\u{067a}"),
    ('\u{fb61}', "\u{067a}"),
    ('\u{fb62}', "\u{067f}"),
    ('\u{fb63}', "\u{067f}"),
    ('\u{fb64}', "\u{067f}"),
    ('\u{fb65}', "\u{067f}"),
    ('\u{fb66}', "\u{062a}"),
    ('\u{fb67}', "\u{062a}"),
    ('\u{fb68}', "\u{062a}"),
    ('\u{fb69}', "\u{062a}"),
    ('\u{fb6a}', "\u{06a4}"),
    ('\u{fb6b}', "\u{06a4}"),
    ('\u{fb6c}', "\u{06a4}"),
    ('\u{fb6d}', "\u{06a4}"),
    ('\u{fb6e}', "\u{06a6}"),
    ('\u{fb6f}', "\u{06a6}"),
    ('\u{fb70}', "\u{06a6}"),
    ('\u{fb71}', "\u{06a6}"),
    ('\u{fb72}', "\u{0684}"),
    ('\u{fb73}', "\u{0684}"),
    ('\u{fb74}', "\u{0684}"),
    ('\u{fb75}', "\u{0684}"),
    ('\u{fb76}', "\u{0683}"),
    ('\u{fb77}', "\u{0683}"),
    ('\u{fb78}', "\u{0683}"),
    ('\u{fb79}', "\u{0683}"),
    ('\u{fb7a}', "\u{0686}"),
    ('\u{fb7b}', "\u{0686}"),
    ('\u{fb7c}', "\u{0686}"),
    ('\u{fb7d}', "\u{0686}"),
    ('\u{fb7e}', "\u{0687}"),
    ('\u{fb7f}', "\u{0687}"),
    ('\u{fb80}', "\u{0687}"),
    ('\u{fb81}', "\u{0687}"),
    ('\u{fb82}', "\u{068d}"),
    ('\u{fb83}', "\u{068d}"),
    ('\u{fb84}', "\u{068c}"),
    ('\u{fb85}', "\u{068c}"),
    ('\u{fb86}', "\u{068e}"),
    ('\u{fb87}', "\u{068e}"),
    ('\u{fb88}', "\u{062f}"),
    ('\u{fb89}', "\u{062f}"),
    ('\u{fb8a}', "\u{0698}"),
    ('\u{fb8b}', "\u{0698}"),
    ('\u{fb8c}', "\u{0631}"),
    ('\u{fb8d}', "\u{0631}"),
    ('\u{fb8e}', "\u{06a9}"),
    ('\u{fb8f}', "\u{06a9}"),
    ('\u{fb90}', "\u{06a9}"),
    ('\u{fb91}', "\u{06a9}"),
    ('\u{fb92}', "\u{06af}"),
    ('\u{fb93}', "\u{06af}"),
    ('\u{fb94}', "\u{06af}"),
    ('\u{fb95}', "\u{06af}"),
    ('\u{fb96}', "\u{06b3}"),
    ('\u{fb97}', "\u{06b3}"),
    ('\u{fb98}', "\u{06b3}"),
    ('\u{fb99}', "\u{06b3}"),
    ('\u{fb9a}', "\u{06b1}"),
    ('\u{fb9b}', "\u{06b1}"),
    ('\u{fb9c}', "\u{06b1}"),
    ('\u{fb9d}', "\u{06b1}"),
    ('\u{fb9e}', "\u{0646}"),
    ('\u{fb9f}', "\u{0646}"),
    ('\u{fba0}', "\u{06bb}"),
    ('\u{fba1}', "\u{06bb}"),
    ('\u{fba2}', "\u{06bb}"),
    ('\u{fba3}', "\u{06bb}"),
    ('\u{fba4}', "\u{06c0}"),
    ('\u{fba5}', "\u{06c0}"),
    ('\u{fba6}', "\u{0647}"),
    ('\u{fba7}', "\u{0647}"),
    ('\u{fba8}', "\u{0647}"),
    ('\u{fba9}', "\u{0647}"),
    ('\u{fbaa}', "\u{0647}"),
    ('\u{fbab}', "\u{0647}"),
    ('\u{fbac}', "\u{0647}"),
    ('\u{fbad}', "\u{0647}"),
    ('\u{fbae}', "\u{06cc}"),
    ('\u{fbaf}', "\u{06cc}"),
    ('\u{fbb0}', "\u{06d3}"),
    ('\u{fbb1}', "\u{06d3}"),
    ('\u{fbd3}', "\u{06ad}"),
    ('\u{fbd4}', "\u{06ad}"),
    ('\u{fbd5}', "\u{06ad}"),
    ('\u{fbd6}', "\u{06ad}"),
    ('\u{fbd7}', "\u{0648}"),
    ('\u{fbd8}', "\u{0648}"),
    ('\u{fbd9}', "\u{0648}"),
    ('\u{fbda}', "\u{0648}"),
    ('\u{fbdb}', "\u{06c8}"),
    ('\u{fbdc}', "\u{06c8}"),
    ('\u{fbdd}', "\u{0648}\u{0674}"),
    ('\u{fbde}', "\u{0648}"),
    ('\u{fbdf}', "\u{0648}"),
    ('\u{fbe0}', "\u{0648}"),
    ('\u{fbe1}', "\u{0648}"),
    ('\u{fbe2}', "\u{0648}"),
    ('\u{fbe3}', "\u{0648}"),
    ('\u{fbe4}', "\u{06cc}"),
    ('\u{fbe5}', "\u{06cc}"),
    ('\u{fbe6}', "\u{06cc}"),
    ('\u{fbe7}', "\u{06cc}"),
    ('\u{fbe8}', "\u{06cc}"),
    ('\u{fbe9}', "\u{06cc}"),
    ('\u{fbea}', "\u{0626}\u{0627}"),
    ('\u{fbeb}', "\u{0626}\u{0627}"),
    ('\u{fbec}', "\u{0626}\u{0647}"),
    ('\u{fbed}', "\u{0626}\u{0647}"),
    ('\u{fbee}', "\u{0626}\u{0648}"),
    ('\u{fbef}', "\u{0626}\u{0648}"),
    ('\u{fbf0}', "\u{0626}\u{0648}"),
    ('\u{fbf1}', "\u{0626}\u{0648}"),
    ('\u{fbf2}', "\u{0626}\u{0648}"),
    ('\u{fbf3}', "\u{0626}\u{0648}"),
    ('\u{fbf4}', "\u{0626}\u{06c8}"),
    ('\u{fbf5}', "\u{0626}\u{06c8}"),
    ('\u{fbf6}', "\u{0626}\u{06cc}"),
    ('\u{fbf7}', "\u{0626}\u{06cc}"),
    ('\u{fbf8}', "\u{0626}\u{06cc}"),
    ('\u{fbf9}', "\u{0626}\u{06cc}"),
    ('\u{fbfa}', "\u{0626}\u{06cc}"),
    ('\u{fbfb}', "\u{0626}\u{06cc}"),
    ('\u{fbfc}', "\u{06cc}"),
    ('\u{fbfd}', "\u{06cc}"),
    ('\u{fbfe}', "\u{06cc}"),
    ('\u{fbff}', "\u{06cc}"),
    ('\u{fc00}', "\u{0626}\u{062c}"),
    ('\u{fc01}', "\u{0626}\u{062d}"),
    ('\u{fc02}', "\u{0626}\u{0645}"),
    ('\u{fc03}', "\u{0626}\u{06cc}"),
    ('\u{fc04}', "\u{0626}\u{06cc}"),
    ('\u{fc05}', "\u{0628}\u{062c}"),
    ('\u{fc06}', "\u{0628}\u{062d}"),
    ('\u{fc07}', "\u{0628}\u{062e}"),
    ('\u{fc08}', "\u{0628}\u{0645}"),
    ('\u{fc09}', "\u{0628}\u{06cc}"),
    ('\u{fc0a}', "\u{0628}\u{06cc}"),
    ('\u{fc0b}', "\u{062a}\u{062c}"),
    ('\u{fc0c}', "\u{062a}\u{062d}"),
    ('\u{fc0d}', "\u{062a}\u{062e}"),
    ('\u{fc0e}', "\u{062a}\u{0645}"),
    ('\u{fc0f}', "\u{062a}\u{06cc}"),
    ('\u{fc10}', "\u{062a}\u{06cc}"),
    ('\u{fc11}', "\u{062b}\u{062c}"),
    ('\u{fc12}', "\u{062b}\u{0645}"),
    ('\u{fc13}', "\u{062b}\u{06cc}"),
    ('\u{fc14}', "\u{062b}\u{06cc}"),
    ('\u{fc15}', "\u{062c}\u{062d}"),
    ('\u{fc16}', "\u{062c}\u{0645}"),
    ('\u{fc17}', "\u{062d}\u{062c}"),
    ('\u{fc18}', "\u{062d}\u{0645}"),
    ('\u{fc19}', "\u{062e}\u{062c}"),
    ('\u{fc1a}', "\u{062e}\u{062d}"),
    ('\u{fc1b}', "\u{062e}\u{0645}"),
    ('\u{fc1c}', "\u{0633}\u{062c}"),
    ('\u{fc1d}', "\u{0633}\u{062d}"),
    ('\u{fc1e}', "\u{0633}\u{062e}"),
    ('\u{fc1f}', "\u{0633}\u{0645}"),
    ('\u{fc20}', "\u{0635}\u{062d}"),
    ('\u{fc21}', "\u{0635}\u{0645}"),
    ('\u{fc22}', "\u{0636}\u{062c}"),
    ('\u{fc23}', "\u{0636}\u{062d}"),
    ('\u{fc24}', "\u{0636}\u{062e}"),
    ('\u{fc25}', "\u{0636}\u{0645}"),
    ('\u{fc26}', "\u{0637}\u{062d}"),
    ('\u{fc27}', "\u{0637}\u{0645}"),
    ('\u{fc28}', "\u{0638}\u{0645}"),
    ('\u{fc29}', "\u{0639}\u{062c}"),
    ('\u{fc2a}', "\u{0639}\u{0645}"),
    ('\u{fc2b}', "\u{063a}\u{062c}"),
    ('\u{fc2c}', "\u{063a}\u{0645}"),
    ('\u{fc2d}', "\u{0641}\u{062c}"),
    ('\u{fc2e}', "\u{0641}\u{062d}"),
    ('\u{fc2f}', "\u{0641}\u{062e}"),
    ('\u{fc30}', "\u{0641}\u{0645}"),
    ('\u{fc31}', "\u{0641}\u{06cc}"),
    ('\u{fc32}', "\u{0641}\u{06cc}"),
    ('\u{fc33}', "\u{0642}\u{062d}"),
    ('\u{fc34}', "\u{0642}\u{0645}"),
    ('\u{fc35}', "\u{0642}\u{06cc}"),
    ('\u{fc36}', "\u{0642}\u{06cc}"),
    ('\u{fc37}', "\u{06a9}\u{0627}"),
    ('\u{fc38}', "\u{06a9}\u{062c}"),
    ('\u{fc39}', "\u{06a9}\u{062d}"),
    ('\u{fc3a}', "\u{06a9}\u{062e}"),
    ('\u{fc3b}', "\u{06a9}\u{0644}"),
    ('\u{fc3c}', "\u{06a9}\u{0645}"),
    ('\u{fc3d}', "\u{06a9}\u{06cc}"),
    ('\u{fc3e}', "\u{06a9}\u{06cc}"),
    ('\u{fc3f}', "\u{0644}\u{062c}"),
    ('\u{fc40}', "\u{0644}\u{062d}"),
    ('\u{fc41}', "\u{0644}\u{062e}"),
    ('\u{fc42}', "\u{0644}\u{0645}"),
    ('\u{fc43}', "\u{0644}\u{06cc}"),
    ('\u{fc44}', "\u{0644}\u{06cc}"),
    ('\u{fc45}', "\u{0645}\u{062c}"),
    ('\u{fc46}', "\u{0645}\u{062d}"),
    ('\u{fc47}', "\u{0645}\u{062e}"),
    ('\u{fc48}', "\u{0645}\u{0645}"),
    ('\u{fc49}', "\u{0645}\u{06cc}"),
    ('\u{fc4a}', "\u{0645}\u{06cc}"),
    ('\u{fc4b}', "\u{0646}\u{062c}"),
    ('\u{fc4c}', "\u{0646}\u{062d}"),
    ('\u{fc4d}', "\u{0646}\u{062e}"),
    ('\u{fc4e}', "\u{0646}\u{0645}"),
    ('\u{fc4f}', "\u{0646}\u{06cc}"),
    ('\u{fc50}', "\u{0646}\u{06cc}"),
    ('\u{fc51}', "\u{0647}\u{062c}"),
    ('\u{fc52}', "\u{0647}\u{0645}"),
    ('\u{fc53}', "\u{0647}\u{06cc}"),
    ('\u{fc54}', "\u{0647}\u{06cc}"),
    ('\u{fc55}', "\u{06cc}\u{062c}"),
    ('\u{fc56}', "\u{06cc}\u{062d}"),
    ('\u{fc57}', "\u{06cc}\u{062e}"),
    ('\u{fc58}', "\u{06cc}\u{0645}"),
    ('\u{fc59}', "\u{06cc}\u{06cc}"),
    ('\u{fc5a}', "\u{06cc}\u{06cc}"),
    ('\u{fc5b}', "\u{0630}\u{0670}"),
    ('\u{fc5c}', "\u{0631}\u{0670}"),
    ('\u{fc5d}', "\u{06cc}\u{0670}"),
    ('\u{fc5e}', "\u{064c}\u{0651}"),
    ('\u{fc5f}', "\u{064d}\u{0651}"),
    ('\u{fc60}', "\u{064e}\u{0651}"),
    ('\u{fc61}', "\u{064f}\u{0651}"),
    ('\u{fc62}', "\u{0650}\u{0651}"),
    ('\u{fc63}', "\u{0651}\u{0670}"),
    ('\u{fc64}', "\u{0626}\u{0631}"),
    ('\u{fc65}', "\u{0626}\u{0632}"),
    ('\u{fc66}', "\u{0626}\u{0645}"),
    ('\u{fc67}', "\u{0626}\u{0646}"),
    ('\u{fc68}', "\u{0626}\u{06cc}"),
    ('\u{fc69}', "\u{0626}\u{06cc}"),
    ('\u{fc6a}', "\u{0628}\u{0631}"),
    ('\u{fc6b}', "\u{0628}\u{0632}"),
    ('\u{fc6c}', "\u{0628}\u{0645}"),
    ('\u{fc6d}', "\u{0628}\u{0646}"),
    ('\u{fc6e}', "\u{0628}\u{06cc}"),
    ('\u{fc6f}', "\u{0628}\u{06cc}"),
    ('\u{fc70}', "\u{062a}\u{0631}"),
    ('\u{fc71}', "\u{062a}\u{0632}"),
    ('\u{fc72}', "\u{062a}\u{0645}"),
    ('\u{fc73}', "\u{062a}\u{0646}"),
    ('\u{fc74}', "\u{062a}\u{06cc}"),
    ('\u{fc75}', "\u{062a}\u{06cc}"),
    ('\u{fc76}', "\u{062b}\u{0631}"),
    ('\u{fc77}', "\u{062b}\u{0632}"),
    ('\u{fc78}', "\u{062b}\u{0645}"),
    ('\u{fc79}', "\u{062b}\u{0646}"),
    ('\u{fc7a}', "\u{062b}\u{06cc}"),
    ('\u{fc7b}', "\u{062b}\u{06cc}"),
    ('\u{fc7c}', "\u{0641}\u{06cc}"),
    ('\u{fc7d}', "\u{0641}\u{06cc}"),
    ('\u{fc7e}', "\u{0642}\u{06cc}"),
    ('\u{fc7f}', "\u{0642}\u{06cc}"),
    ('\u{fc80}', "\u{06a9}\u{0627}"),
    ('\u{fc81}', "\u{06a9}\u{0644}"),
    ('\u{fc82}', "\u{06a9}\u{0645}"),
    ('\u{fc83}', "\u{06a9}\u{06cc}"),
    ('\u{fc84}', "\u{06a9}\u{06cc}"),
    ('\u{fc85}', "\u{0644}\u{0645}"),
    ('\u{fc86}', "\u{0644}\u{06cc}"),
    ('\u{fc87}', "\u{0644}\u{06cc}"),
    ('\u{fc88}', "\u{0645}\u{0627}"),
    ('\u{fc89}', "\u{0645}\u{0645}"),
    ('\u{fc8a}', "\u{0646}\u{0631}"),
    ('\u{fc8b}', "\u{0646}\u{0632}"),
    ('\u{fc8c}', "\u{0646}\u{0645}"),
    ('\u{fc8d}', "\u{0646}\u{0646}"),
    ('\u{fc8e}', "\u{0646}\u{06cc}"),
    ('\u{fc8f}', "\u{0646}\u{06cc}"),
    ('\u{fc90}', "\u{06cc}\u{0670}"),
    ('\u{fc91}', "\u{06cc}\u{0631}"),
    ('\u{fc92}', "\u{06cc}\u{0632}"),
    ('\u{fc93}', "\u{06cc}\u{0645}"),
    ('\u{fc94}', "\u{06cc}\u{0646}"),
    ('\u{fc95}', "\u{06cc}\u{06cc}"),
    ('\u{fc96}', "\u{06cc}\u{06cc}"),
    ('\u{fc97}', "\u{0626}\u{062c}"),
    ('\u{fc98}', "\u{0626}\u{062d}"),
    ('\u{fc99}', "\u{0626}\u{062e}"),
    ('\u{fc9a}', "\u{0626}\u{0645}"),
    ('\u{fc9b}', "\u{0626}\u{0647}"),
    ('\u{fc9c}', "\u{0628}\u{062c}"),
    ('\u{fc9d}', "\u{0628}\u{062d}"),
    ('\u{fc9e}', "\u{0628}\u{062e}"),
    ('\u{fc9f}', "\u{0628}\u{0645}"),
    ('\u{fca0}', "\u{0628}\u{0647}"),
    ('\u{fca1}', "\u{062a}\u{062c}"),
    ('\u{fca2}', "\u{062a}\u{062d}"),
    ('\u{fca3}', "\u{062a}\u{062e}"),
    ('\u{fca4}', "\u{062a}\u{0645}"),
    ('\u{fca5}', "\u{062a}\u{0647}"),
    ('\u{fca6}', "\u{062b}\u{0645}"),
    ('\u{fca7}', "\u{062c}\u{062d}"),
    ('\u{fca8}', "\u{062c}\u{0645}"),
    ('\u{fca9}', "\u{062d}\u{062c}"),
    ('\u{fcaa}', "\u{062d}\u{0645}"),
    ('\u{fcab}', "\u{062e}\u{062c}"),
    ('\u{fcac}', "\u{062e}\u{0645}"),
    ('\u{fcad}', "\u{0633}\u{062c}"),
    ('\u{fcae}', "\u{0633}\u{062d}"),
    ('\u{fcaf}', "\u{0633}\u{062e}"),
    ('\u{fcb0}', "\u{0633}\u{0645}"),
    ('\u{fcb1}', "\u{0635}\u{062d}"),
    ('\u{fcb2}', "\u{0635}\u{062e}"),
    ('\u{fcb3}', "\u{0635}\u{0645}"),
    ('\u{fcb4}', "\u{0636}\u{062c}"),
    ('\u{fcb5}', "\u{0636}\u{062d}"),
    ('\u{fcb6}', "\u{0636}\u{062e}"),
    ('\u{fcb7}', "\u{0636}\u{0645}"),
    ('\u{fcb8}', "\u{0637}\u{062d}"),
    ('\u{fcb9}', "\u{0638}\u{0645}"),
    ('\u{fcba}', "\u{0639}\u{062c}"),
    ('\u{fcbb}', "\u{0639}\u{0645}"),
    ('\u{fcbc}', "\u{063a}\u{062c}"),
    ('\u{fcbd}', "\u{063a}\u{0645}"),
    ('\u{fcbe}', "\u{0641}\u{062c}"),
    ('\u{fcbf}', "\u{0641}\u{062d}"),
    ('\u{fcc0}', "\u{0641}\u{062e}"),
    ('\u{fcc1}', "\u{0641}\u{0645}"),
    ('\u{fcc2}', "\u{0642}\u{062d}"),
    ('\u{fcc3}', "\u{0642}\u{0645}"),
    ('\u{fcc4}', "\u{06a9}\u{062c}"),
    ('\u{fcc5}', "\u{06a9}\u{062d}"),
    ('\u{fcc6}', "\u{06a9}\u{062e}"),
    ('\u{fcc7}', "\u{06a9}\u{0644}"),
    ('\u{fcc8}', "\u{06a9}\u{0645}"),
    ('\u{fcc9}', "\u{0644}\u{062c}"),
    ('\u{fcca}', "\u{0644}\u{062d}"),
    ('\u{fccb}', "\u{0644}\u{062e}"),
    ('\u{fccc}', "\u{0644}\u{0645}"),
    ('\u{fccd}', "\u{0644}\u{0647}"),
    ('\u{fcce}', "\u{0645}\u{062c}"),
    ('\u{fccf}', "\u{0645}\u{062d}"),
    ('\u{fcd0}', "\u{0645}\u{062e}"),
    ('\u{fcd1}', "\u{0645}\u{0645}"),
    ('\u{fcd2}', "\u{0646}\u{062c}"),
    ('\u{fcd3}', "\u{0646}\u{062d}"),
    ('\u{fcd4}', "\u{0646}\u{062e}"),
    ('\u{fcd5}', "\u{0646}\u{0645}"),
    ('\u{fcd6}', "\u{0646}\u{0647}"),
    ('\u{fcd7}', "\u{0647}\u{062c}"),
    ('\u{fcd8}', "\u{0647}\u{0645}"),
    ('\u{fcd9}', "\u{0647}\u{0670}"),
    ('\u{fcda}', "\u{06cc}\u{062c}"),
    ('\u{fcdb}', "\u{06cc}\u{062d}"),
    ('\u{fcdc}', "\u{06cc}\u{062e}"),
    ('\u{fcdd}', "\u{06cc}\u{0645}"),
    ('\u{fcde}', "\u{06cc}\u{0647}"),
    ('\u{fcdf}', "\u{0626}\u{0645}"),
    ('\u{fce0}', "\u{0626}\u{0647}"),
    ('\u{fce1}', "\u{0628}\u{0645}"),
    ('\u{fce2}', "\u{0628}\u{0647}"),
    ('\u{fce3}', "\u{062a}\u{0645}"),
    ('\u{fce4}', "\u{062a}\u{0647}"),
    ('\u{fce5}', "\u{062b}\u{0645}"),
    ('\u{fce6}', "\u{062b}\u{0647}"),
    ('\u{fce7}', "\u{0633}\u{0645}"),
    ('\u{fce8}', "\u{0633}\u{0647}"),
    ('\u{fce9}', "\u{0634}\u{0645}"),
    ('\u{fcea}', "\u{0634}\u{0647}"),
    ('\u{fceb}', "\u{06a9}\u{0644}"),
    ('\u{fcec}', "\u{06a9}\u{0645}"),
    ('\u{fced}', "\u{0644}\u{0645}"),
    ('\u{fcee}', "\u{0646}\u{0645}"),
    ('\u{fcef}', "\u{0646}\u{0647}"),
    ('\u{fcf0}', "\u{06cc}\u{0645}"),
    ('\u{fcf1}', "\u{06cc}\u{0647}"),
    ('\u{fcf2}', "\u{0640}\u{064e}\u{0651}"),
    ('\u{fcf3}', "\u{0640}\u{064f}\u{0651}"),
    ('\u{fcf4}', "\u{0640}\u{0650}\u{0651}"),
    ('\u{fcf5}', "\u{0637}\u{06cc}"),
    ('\u{fcf6}', "\u{0637}\u{06cc}"),
    ('\u{fcf7}', "\u{0639}\u{06cc}"),
    ('\u{fcf8}', "\u{0639}\u{06cc}"),
    ('\u{fcf9}', "\u{063a}\u{06cc}"),
    ('\u{fcfa}', "\u{063a}\u{06cc}"),
    ('\u{fcfb}', "\u{0633}\u{06cc}"),
    ('\u{fcfc}', "\u{0633}\u{06cc}"),
    ('\u{fcfd}', "\u{0634}\u{06cc}"),
    ('\u{fcfe}', "\u{0634}\u{06cc}"),
    ('\u{fcff}', "\u{062d}\u{06cc}"),
    ('\u{fd00}', "\u{062d}\u{06cc}"),
    ('\u{fd01}', "\u{062c}\u{06cc}"),
    ('\u{fd02}', "\u{062c}\u{06cc}"),
    ('\u{fd03}', "\u{062e}\u{06cc}"),
    ('\u{fd04}', "\u{062e}\u{06cc}"),
    ('\u{fd05}', "\u{0635}\u{06cc}"),
    ('\u{fd06}', "\u{0635}\u{06cc}"),
    ('\u{fd07}', "\u{0636}\u{06cc}"),
    ('\u{fd08}', "\u{0636}\u{06cc}"),
    ('\u{fd09}', "\u{0634}\u{062c}"),
    ('\u{fd0a}', "\u{0634}\u{062d}"),
    ('\u{fd0b}', "\u{0634}\u{062e}"),
    ('\u{fd0c}', "\u{0634}\u{0645}"),
    ('\u{fd0d}', "\u{0634}\u{0631}"),
    ('\u{fd0e}', "\u{0633}\u{0631}"),
    ('\u{fd0f}', "\u{0635}\u{0631}"),
    ('\u{fd10}', "\u{0636}\u{0631}"),
    ('\u{fd11}', "\u{0637}\u{06cc}"),
    ('\u{fd12}', "\u{0637}\u{06cc}"),
    ('\u{fd13}', "\u{0639}\u{06cc}"),
    ('\u{fd14}', "\u{0639}\u{06cc}"),
    ('\u{fd15}', "\u{063a}\u{06cc}"),
    ('\u{fd16}', "\u{063a}\u{06cc}"),
    ('\u{fd17}', "\u{0633}\u{06cc}"),
    ('\u{fd18}', "\u{0633}\u{06cc}"),
    ('\u{fd19}', "\u{0634}\u{06cc}"),
    ('\u{fd1a}', "\u{0634}\u{06cc}"),
    ('\u{fd1b}', "\u{062d}\u{06cc}"),
    ('\u{fd1c}', "\u{062d}\u{06cc}"),
    ('\u{fd1d}', "\u{062c}\u{06cc}"),
    ('\u{fd1e}', "\u{062c}\u{06cc}"),
    ('\u{fd1f}', "\u{062e}\u{06cc}"),
    ('\u{fd20}', "\u{062e}\u{06cc}"),
    ('\u{fd21}', "\u{0635}\u{06cc}"),
    ('\u{fd22}', "\u{0635}\u{06cc}"),
    ('\u{fd23}', "\u{0636}\u{06cc}"),
    ('\u{fd24}', "\u{0636}\u{06cc}"),
    ('\u{fd25}', "\u{0634}\u{062c}"),
    ('\u{fd26}', "\u{0634}\u{062d}"),
    ('\u{fd27}', "\u{0634}\u{062e}"),
    ('\u{fd28}', "\u{0634}\u{0645}"),
    ('\u{fd29}', "\u{0634}\u{0631}"),
    ('\u{fd2a}', "\u{0633}\u{0631}"),
    ('\u{fd2b}', "\u{0635}\u{0631}"),
    ('\u{fd2c}', "\u{0636}\u{0631}"),
    ('\u{fd2d}', "\u{0634}\u{062c}"),
    ('\u{fd2e}', "\u{0634}\u{062d}"),
    ('\u{fd2f}', "\u{0634}\u{062e}"),
    ('\u{fd30}', "\u{0634}\u{0645}"),
    ('\u{fd31}', "\u{0633}\u{0647}"),
    ('\u{fd32}', "\u{0634}\u{0647}"),
    ('\u{fd33}', "\u{0637}\u{0645}"),
    ('\u{fd34}', "\u{0633}\u{062c}"),
    ('\u{fd35}', "\u{0633}\u{062d}"),
    ('\u{fd36}', "\u{0633}\u{062e}"),
    ('\u{fd37}', "\u{0634}\u{062c}"),
    ('\u{fd38}', "\u{0634}\u{062d}"),
    ('\u{fd39}', "\u{0634}\u{062e}"),
    ('\u{fd3a}', "\u{0637}\u{0645}"),
    ('\u{fd3b}', "\u{0638}\u{0645}"),
    ('\u{fd3c}', "\u{0627}\u{064b}"),
    ('\u{fd3d}', "\u{0627}\u{064b}"),
    ('\u{fd50}', "\u{062a}\u{062c}\u{0645}"),
    ('\u{fd51}', "\u{062a}\u{062d}\u{062c}"),
    ('\u{fd52}', "\u{062a}\u{062d}\u{062c}"),
    ('\u{fd53}', "\u{062a}\u{062d}\u{0645}"),
    ('\u{fd54}', "\u{062a}\u{062e}\u{0645}"),
    ('\u{fd55}', "\u{062a}\u{0645}\u{062c}"),
    ('\u{fd56}', "\u{062a}\u{0645}\u{062d}"),
    ('\u{fd57}', "\u{062a}\u{0645}\u{062e}"),
    ('\u{fd58}', "\u{062c}\u{0645}\u{062d}"),
    ('\u{fd59}', "\u{062c}\u{0645}\u{062d}"),
    ('\u{fd5a}', "\u{062d}\u{0645}\u{06cc}"),
    ('\u{fd5b}', "\u{062d}\u{0645}\u{06cc}"),
    ('\u{fd5c}', "\u{0633}\u{062d}\u{062c}"),
    ('\u{fd5d}', "\u{0633}\u{062c}\u{062d}"),
    ('\u{fd5e}', "\u{0633}\u{062c}\u{06cc}"),
    ('\u{fd5f}', "\u{0633}\u{0645}\u{062d}"),
    ('\u{fd60}', "\u{0633}\u{0645}\u{062d}"),
    ('\u{fd61}', "\u{0633}\u{0645}\u{062c}"),
    ('\u{fd62}', "\u{0633}\u{0645}\u{0645}"),
    ('\u{fd63}', "\u{0633}\u{0645}\u{0645}"),
    ('\u{fd64}', "\u{0635}\u{062d}\u{062d}"),
    ('\u{fd65}', "\u{0635}\u{062d}\u{062d}"),
    ('\u{fd66}', "\u{0635}\u{0645}\u{0645}"),
    ('\u{fd67}', "\u{0634}\u{062d}\u{0645}"),
    ('\u{fd68}', "\u{0634}\u{062d}\u{0645}"),
    ('\u{fd69}', "\u{0634}\u{062c}\u{06cc}"),
    ('\u{fd6a}', "\u{0634}\u{0645}\u{062e}"),
    ('\u{fd6b}', "\u{0634}\u{0645}\u{062e}"),
    ('\u{fd6c}', "\u{0634}\u{0645}\u{0645}"),
    ('\u{fd6d}', "\u{0634}\u{0645}\u{0645}"),
    ('\u{fd6e}', "\u{0636}\u{062d}\u{06cc}"),
    ('\u{fd6f}', "\u{0636}\u{062e}\u{0645}"),
    ('\u{fd70}', "\u{0636}\u{062e}\u{0645}"),
    ('\u{fd71}', "\u{0637}\u{0645}\u{062d}"),
    ('\u{fd72}', "\u{0637}\u{0645}\u{062d}"),
    ('\u{fd73}', "\u{0637}\u{0645}\u{0645}"),
    ('\u{fd74}', "\u{0637}\u{0645}\u{06cc}"),
    ('\u{fd75}', "\u{0639}\u{062c}\u{0645}"),
    ('\u{fd76}', "\u{0639}\u{0645}\u{0645}"),
    ('\u{fd77}', "\u{0639}\u{0645}\u{0645}"),
    ('\u{fd78}', "\u{0639}\u{0645}\u{06cc}"),
    ('\u{fd79}', "\u{063a}\u{0645}\u{0645}"),
    ('\u{fd7a}', "\u{063a}\u{0645}\u{06cc}"),
    ('\u{fd7b}', "\u{063a}\u{0645}\u{06cc}"),
    ('\u{fd7c}', "\u{0641}\u{062e}\u{0645}"),
    ('\u{fd7d}', "\u{0641}\u{062e}\u{0645}"),
    ('\u{fd7e}', "\u{0642}\u{0645}\u{062d}"),
    ('\u{fd7f}', "\u{0642}\u{0645}\u{0645}"),
    ('\u{fd80}', "\u{0644}\u{062d}\u{0645}"),
    ('\u{fd81}', "\u{0644}\u{062d}\u{06cc}"),
    ('\u{fd82}', "\u{0644}\u{062d}\u{06cc}"),
    ('\u{fd83}', "\u{0644}\u{062c}\u{062c}"),
    ('\u{fd84}', "\u{0644}\u{062c}\u{062c}"),
    ('\u{fd85}', "\u{0644}\u{062e}\u{0645}"),
    ('\u{fd86}', "\u{0644}\u{062e}\u{0645}"),
    ('\u{fd87}', "\u{0644}\u{0645}\u{062d}"),
    ('\u{fd88}', "\u{0644}\u{0645}\u{062d}"),
    ('\u{fd89}', "\u{0645}\u{062d}\u{062c}"),
    ('\u{fd8a}', "\u{0645}\u{062d}\u{0645}"),
    ('\u{fd8b}', "\u{0645}\u{062d}\u{06cc}"),
    ('\u{fd8c}', "\u{0645}\u{062c}\u{062d}"),
    ('\u{fd8d}', "\u{0645}\u{062c}\u{0645}"),
    ('\u{fd8e}', "\u{0645}\u{062e}\u{062c}"),
    ('\u{fd8f}', "\u{0645}\u{062e}\u{0645}"),
    ('\u{fd92}', "\u{0645}\u{062c}\u{062e}"),
    ('\u{fd93}', "\u{0647}\u{0645}\u{062c}"),
    ('\u{fd94}', "\u{0647}\u{0645}\u{0645}"),
    ('\u{fd95}', "\u{0646}\u{062d}\u{0645}"),
    ('\u{fd96}', "\u{0646}\u{062d}\u{06cc}"),
    ('\u{fd97}', "\u{0646}\u{062c}\u{0645}"),
    ('\u{fd98}', "\u{0646}\u{062c}\u{0645}"),
    ('\u{fd99}', "\u{0646}\u{062c}\u{06cc}"),
    ('\u{fd9a}', "\u{0646}\u{0645}\u{06cc}"),
    ('\u{fd9b}', "\u{0646}\u{0645}\u{06cc}"),
    ('\u{fd9c}', "\u{06cc}\u{0645}\u{0645}"),
    ('\u{fd9d}', "\u{06cc}\u{0645}\u{0645}"),
    ('\u{fd9e}', "\u{0628}\u{062e}\u{06cc}"),
    ('\u{fd9f}', "\u{062a}\u{062c}\u{06cc}"),
    ('\u{fda0}', "\u{062a}\u{062c}\u{06cc}"),
    ('\u{fda1}', "\u{062a}\u{062e}\u{06cc}"),
    ('\u{fda2}', "\u{062a}\u{062e}\u{06cc}"),
    ('\u{fda3}', "\u{062a}\u{0645}\u{06cc}"),
    ('\u{fda4}', "\u{062a}\u{0645}\u{06cc}"),
    ('\u{fda5}', "\u{062c}\u{0645}\u{06cc}"),
    ('\u{fda6}', "\u{062c}\u{062d}\u{06cc}"),
    ('\u{fda7}', "\u{062c}\u{0645}\u{06cc}"),
    ('\u{fda8}', "\u{0633}\u{062e}\u{06cc}"),
    ('\u{fda9}', "\u{0635}\u{062d}\u{06cc}"),
    ('\u{fdaa}', "\u{0634}\u{062d}\u{06cc}"),
    ('\u{fdab}', "\u{0636}\u{062d}\u{06cc}"),
    ('\u{fdac}', "\u{0644}\u{062c}\u{06cc}"),
    ('\u{fdad}', "\u{0644}\u{0645}\u{06cc}"),
    ('\u{fdae}', "\u{06cc}\u{062d}\u{06cc}"),
    ('\u{fdaf}', "\u{06cc}\u{062c}\u{06cc}"),
    ('\u{fdb0}', "\u{06cc}\u{0645}\u{06cc}"),
    ('\u{fdb1}', "\u{0645}\u{0645}\u{06cc}"),
    ('\u{fdb2}', "\u{0642}\u{0645}\u{06cc}"),
    ('\u{fdb3}', "\u{0646}\u{062d}\u{06cc}"),
    ('\u{fdb4}', "\u{0642}\u{0645}\u{062d}"),
    ('\u{fdb5}', "\u{0644}\u{062d}\u{0645}"),
    ('\u{fdb6}', "\u{0639}\u{0645}\u{06cc}"),
    ('\u{fdb7}', "\u{06a9}\u{0645}\u{06cc}"),
    ('\u{fdb8}', "\u{0646}\u{062c}\u{062d}"),
    ('\u{fdb9}', "\u{0645}\u{062e}\u{06cc}"),
    ('\u{fdba}', "\u{0644}\u{062c}\u{0645}"),
    ('\u{fdbb}', "\u{06a9}\u{0645}\u{0645}"),
    ('\u{fdbc}', "\u{0644}\u{062c}\u{0645}"),
    ('\u{fdbd}', "\u{0646}\u{062c}\u{062d}"),
    ('\u{fdbe}', "\u{062c}\u{062d}\u{06cc}"),
    ('\u{fdbf}', "\u{062d}\u{062c}\u{06cc}"),
    ('\u{fdc0}', "\u{0645}\u{062c}\u{06cc}"),
    ('\u{fdc1}', "\u{0641}\u{0645}\u{06cc}"),
    ('\u{fdc2}', "\u{0628}\u{062d}\u{06cc}"),
    ('\u{fdc3}', "\u{06a9}\u{0645}\u{0645}"),
    ('\u{fdc4}', "\u{0639}\u{062c}\u{0645}"),
    ('\u{fdc5}', "\u{0635}\u{0645}\u{0645}"),
    ('\u{fdc6}', "\u{0633}\u{062e}\u{06cc}"),
    ('\u{fdc7}', "\u{0646}\u{062c}\u{06cc}"),
    ('\u{fdf0}', "\u{0635}\u{0644}\u{06cc}"),
    ('\u{fdf1}', "\u{0642}\u{0644}\u{06cc}"),
    ('\u{fdf2}', "\u{0627}\u{0644}\u{0644}\u{0647}"),
    ('\u{fdf3}', "\u{0627}\u{06a9}\u{0628}\u{0631}"),
    ('\u{fdf4}', "\u{0645}\u{062d}\u{0645}\u{062f}"),
    ('\u{fdf5}', "\u{0635}\u{0644}\u{0639}\u{0645}"),
    ('\u{fdf6}', "\u{0631}\u{0633}\u{0648}\u{0644}"),
    ('\u{fdf7}', "\u{0639}\u{0644}\u{06cc}\u{0647}"),
    ('\u{fdf8}', "\u{0648}\u{0633}\u{0644}\u{0645}"),
    ('\u{fdf9}', "\u{0635}\u{0644}\u{06cc}"),
    ('\u{fdfa}', "\u{0635}\u{0644}\u{06cc}\u{0020}\u{0627}\u{0644}\u{0644}\u{0647}\u{0020}\u{0639}\u{0644}\u{06cc}\u{0647}\u{0020}\u{0648}\u{0633}\u{0644}\u{0645}"),
    ('\u{fdfb}', "\u{062c}\u{0644}\u{0020}\u{062c}\u{0644}\u{0627}\u{0644}\u{0647}"),
    ('\u{fdfc}', "\u{0631}\u{06cc}\u{0627}\u{0644}"),
    ('\u{fe70}', "\u{064b}"),
    ('\u{fe71}', "\u{0640}\u{064b}"),
    ('\u{fe72}', "\u{064c}"),
    ('\u{fe74}', "\u{064d}"),
    ('\u{fe76}', "\u{064e}"),
    ('\u{fe77}', "\u{0640}\u{064e}"),
    ('\u{fe78}', "\u{064f}"),
    ('\u{fe79}', "\u{0640}\u{064f}"),
    ('\u{fe7a}', "\u{0650}"),
    ('\u{fe7b}', "\u{0640}\u{0650}"),
    ('\u{fe7c}', "\u{0651}"),
    ('\u{fe7d}', "\u{0640}\u{0651}"),
    ('\u{fe7e}', "\u{0652}"),
    ('\u{fe7f}', "\u{0640}\u{0652}"),
    ('\u{fe80}', "\u{0621}"),
    ('\u{fe81}', "\u{0622}"),
    ('\u{fe82}', "\u{0622}"),
    ('\u{fe83}', "\u{0623}"),
    ('\u{fe84}', "\u{0623}"),
    ('\u{fe85}', "\u{0624}"),
    ('\u{fe86}', "\u{0624}"),
    ('\u{fe87}', "\u{0625}"),
    ('\u{fe88}', "\u{0625}"),
    ('\u{fe89}', "\u{0626}"),
    ('\u{fe8a}', "\u{0626}"),
    ('\u{fe8b}', "\u{0626}"),
    ('\u{fe8c}', "\u{0626}"),
    ('\u{fe8d}', "\u{0627}"),
    ('\u{fe8e}', "\u{0627}"),
    ('\u{fe8f}', "\u{0628}"),
    ('\u{fe90}', "\u{0628}"),
    ('\u{fe91}', "\u{0628}"),
    ('\u{fe92}', "\u{0628}"),
    ('\u{fe93}', "\u{0629}"),
    ('\u{fe94}', "\u{0629}"),
    ('\u{fe95}', "\u{062a}"),
    ('\u{fe96}', "\u{062a}"),
    ('\u{fe97}', "\u{062a}"),
    ('\u{fe98}', "\u{062a}"),
    ('\u{fe99}', "\u{062b}"),
    ('\u{fe9a}', "\u{062b}"),
    ('\u{fe9b}', "\u{062b}"),
    ('\u{fe9c}', "\u{062b}"),
    ('\u{fe9d}', "\u{062c}"),
    ('\u{fe9e}', "\u{062c}"),
    ('\u{fe9f}', "\u{062c}"),
    ('\u{fea0}', "\u{062c}"),
    ('\u{fea1}', "\u{062d}"),
    ('\u{fea2}', "\u{062d}"),
    ('\u{fea3}', "\u{062d}"),
    ('\u{fea4}', "\u{062d}"),
    ('\u{fea5}', "\u{062e}"),
    ('\u{fea6}', "\u{062e}"),
    ('\u{fea7}', "\u{062e}"),
    ('\u{fea8}', "\u{062e}"),
    ('\u{fea9}', "\u{062f}"),
    ('\u{feaa}', "\u{062f}"),
    ('\u{feab}', "\u{0630}"),
    ('\u{feac}', "\u{0630}"),
    ('\u{fead}', "\u{0631}"),
    ('\u{feae}', "\u{0631}"),
    ('\u{feaf}', "\u{0632}"),
    ('\u{feb0}', "\u{0632}"),
    ('\u{feb1}', "\u{0633}"),
    ('\u{feb2}', "\u{0633}"),
    ('\u{feb3}', "\u{0633}"),
    ('\u{feb4}', "\u{0633}"),
    ('\u{feb5}', "\u{0634}"),
    ('\u{feb6}', "\u{0634}"),
    ('\u{feb7}', "\u{0634}"),
    ('\u{feb8}', "\u{0634}"),
    ('\u{feb9}', "\u{0635}"),
    ('\u{feba}', "\u{0635}"),
    ('\u{febb}', "\u{0635}"),
    ('\u{febc}', "\u{0635}"),
    ('\u{febd}', "\u{0636}"),
    ('\u{febe}', "\u{0636}"),
    ('\u{febf}', "\u{0636}"),
    ('\u{fec0}', "\u{0636}"),
    ('\u{fec1}', "\u{0637}"),
    ('\u{fec2}', "\u{0637}"),
    ('\u{fec3}', "\u{0637}"),
    ('\u{fec4}', "\u{0637}"),
    ('\u{fec5}', "\u{0638}"),
    ('\u{fec6}', "\u{0638}"),
    ('\u{fec7}', "\u{0638}"),
    ('\u{fec8}', "\u{0638}"),
    ('\u{fec9}', "\u{0639}"),
    ('\u{feca}', "\u{0639}"),
    ('\u{fecb}', "\u{0639}"),
    ('\u{fecc}', "\u{0639}"),
    ('\u{fecd}', "\u{063a}"),
    ('\u{fece}', "\u{063a}"),
    ('\u{fecf}', "\u{063a}"),
    ('\u{fed0}', "\u{063a}"),
    ('\u{fed1}', "\u{0641}"),
    ('\u{fed2}', "\u{0641}"),
    ('\u{fed3}', "\u{0641}"),
    ('\u{fed4}', "\u{0641}"),
    ('\u{fed5}', "\u{0642}"),
    ('\u{fed6}', "\u{0642}"),
    ('\u{fed7}', "\u{0642}"),
    ('\u{fed8}', "\u{0642}"),
    ('\u{fed9}', "\u{06a9}"),
    ('\u{feda}', "\u{06a9}"),
    ('\u{fedb}', "\u{06a9}"),
    ('\u{fedc}', "\u{06a9}"),
    ('\u{fedd}', "\u{0644}"),
    ('\u{fede}', "\u{0644}"),
    ('\u{fedf}', "\u{0644}"),
    ('\u{fee0}', "\u{0644}"),
    ('\u{fee1}', "\u{0645}"),
    ('\u{fee2}', "\u{0645}"),
    ('\u{fee3}', "\u{0645}"),
    ('\u{fee4}', "\u{0645}"),
    ('\u{fee5}', "\u{0646}"),
    ('\u{fee6}', "\u{0646}"),
    ('\u{fee7}', "\u{0646}"),
    ('\u{fee8}', "\u{0646}"),
    ('\u{fee9}', "\u{0647}"),
    ('\u{feea}', "\u{0647}"),
    ('\u{feeb}', "\u{0647}"),
    ('\u{feec}', "\u{0647}"),
    ('\u{feed}', "\u{0648}"),
    ('\u{feee}', "\u{0648}"),
    ('\u{feef}', "\u{06cc}"),
    ('\u{fef0}', "\u{06cc}"),
    ('\u{fef1}', "\u{06cc}"),
    ('\u{fef2}', "\u{06cc}"),
    ('\u{fef3}', "\u{06cc}"),
    ('\u{fef4}', "\u{06cc}"),
    ('\u{fef5}', "\u{0644}\u{0622}"),
    ('\u{fef6}', "\u{0644}\u{0622}"),
    ('\u{fef7}', "\u{0644}\u{0623}"),
    ('\u{fef8}', "\u{0644}\u{0623}"),
    ('\u{fef9}', "\u{0644}\u{0625}"),
    ('\u{fefa}', "\u{0644}\u{0625}"),
    ('\u{fefb}', "\u{0644}\u{0627}"),
    ('\u{fefc}', "\u{0644}\u{0627}"),
];

/// `ARABIC_SCRIPT_LETTERS`: every letter (category L*) of [`ARABIC_SCRIPT_BLOCKS`], as
/// sorted inclusive ranges.
pub const ARABIC_SCRIPT_LETTER_RANGES: &[(char, char)] = &[
    ('\u{0620}', '\u{064a}'),
    ('\u{066e}', '\u{066f}'),
    ('\u{0671}', '\u{06d3}'),
    ('\u{06d5}', '\u{06d5}'),
    ('\u{06e5}', '\u{06e6}'),
    ('\u{06ee}', '\u{06ef}'),
    ('\u{06fa}', '\u{06fc}'),
    ('\u{06ff}', '\u{06ff}'),
    ('\u{0750}', '\u{077f}'),
    ('\u{08a0}', '\u{08c9}'),
    ('\u{fb50}', '\u{fbb1}'),
    ('\u{fbd3}', '\u{fd3d}'),
    ('\u{fd50}', '\u{fd8f}'),
    ('\u{fd92}', '\u{fdc7}'),
    ('\u{fdf0}', '\u{fdfb}'),
    ('\u{fe70}', '\u{fe74}'),
    ('\u{fe76}', '\u{fefc}'),
];

/// `ARABIC_SCRIPT_TEXT`: those letters and the marks (M*) of the same blocks, and the
/// word ligatures ﷽ ﷾ ﷿ (symbols to Unicode), as sorted inclusive ranges: a line
/// holding none of them is not Persian text.
pub const ARABIC_SCRIPT_TEXT_RANGES: &[(char, char)] = &[
    ('\u{0610}', '\u{061a}'),
    ('\u{0620}', '\u{065f}'),
    ('\u{066e}', '\u{06d3}'),
    ('\u{06d5}', '\u{06dc}'),
    ('\u{06df}', '\u{06e8}'),
    ('\u{06ea}', '\u{06ef}'),
    ('\u{06fa}', '\u{06fc}'),
    ('\u{06ff}', '\u{06ff}'),
    ('\u{0750}', '\u{077f}'),
    ('\u{08a0}', '\u{08e1}'),
    ('\u{08e3}', '\u{08ff}'),
    ('\u{fb50}', '\u{fbb1}'),
    ('\u{fbd3}', '\u{fd3d}'),
    ('\u{fd50}', '\u{fd8f}'),
    ('\u{fd92}', '\u{fdc7}'),
    ('\u{fdf0}', '\u{fdfb}'),
    ('\u{fdfd}', '\u{fdff}'),
    ('\u{fe70}', '\u{fe74}'),
    ('\u{fe76}', '\u{fefc}'),
];

/// Python's `str.isalpha` (categories Lu Ll Lt Lm Lo), as sorted inclusive ranges.
pub const PY_ALPHA_RANGES: &[(char, char)] = &[
    ('\u{0041}', '\u{005a}'),
    ('\u{0061}', '\u{007a}'),
    ('\u{00aa}', '\u{00aa}'),
    ('\u{00b5}', '\u{00b5}'),
    ('\u{00ba}', '\u{00ba}'),
    ('\u{00c0}', '\u{00d6}'),
    ('\u{00d8}', '\u{00f6}'),
    ('\u{00f8}', '\u{02c1}'),
    ('\u{02c6}', '\u{02d1}'),
    ('\u{02e0}', '\u{02e4}'),
    ('\u{02ec}', '\u{02ec}'),
    ('\u{02ee}', '\u{02ee}'),
    ('\u{0370}', '\u{0374}'),
    ('\u{0376}', '\u{0377}'),
    ('\u{037a}', '\u{037d}'),
    ('\u{037f}', '\u{037f}'),
    ('\u{0386}', '\u{0386}'),
    ('\u{0388}', '\u{038a}'),
    ('\u{038c}', '\u{038c}'),
    ('\u{038e}', '\u{03a1}'),
    ('\u{03a3}', '\u{03f5}'),
    ('\u{03f7}', '\u{0481}'),
    ('\u{048a}', '\u{052f}'),
    ('\u{0531}', '\u{0556}'),
    ('\u{0559}', '\u{0559}'),
    ('\u{0560}', '\u{0588}'),
    ('\u{05d0}', '\u{05ea}'),
    ('\u{05ef}', '\u{05f2}'),
    ('\u{0620}', '\u{064a}'),
    ('\u{066e}', '\u{066f}'),
    ('\u{0671}', '\u{06d3}'),
    ('\u{06d5}', '\u{06d5}'),
    ('\u{06e5}', '\u{06e6}'),
    ('\u{06ee}', '\u{06ef}'),
    ('\u{06fa}', '\u{06fc}'),
    ('\u{06ff}', '\u{06ff}'),
    ('\u{0710}', '\u{0710}'),
    ('\u{0712}', '\u{072f}'),
    ('\u{074d}', '\u{07a5}'),
    ('\u{07b1}', '\u{07b1}'),
    ('\u{07ca}', '\u{07ea}'),
    ('\u{07f4}', '\u{07f5}'),
    ('\u{07fa}', '\u{07fa}'),
    ('\u{0800}', '\u{0815}'),
    ('\u{081a}', '\u{081a}'),
    ('\u{0824}', '\u{0824}'),
    ('\u{0828}', '\u{0828}'),
    ('\u{0840}', '\u{0858}'),
    ('\u{0860}', '\u{086a}'),
    ('\u{0870}', '\u{0887}'),
    ('\u{0889}', '\u{088e}'),
    ('\u{08a0}', '\u{08c9}'),
    ('\u{0904}', '\u{0939}'),
    ('\u{093d}', '\u{093d}'),
    ('\u{0950}', '\u{0950}'),
    ('\u{0958}', '\u{0961}'),
    ('\u{0971}', '\u{0980}'),
    ('\u{0985}', '\u{098c}'),
    ('\u{098f}', '\u{0990}'),
    ('\u{0993}', '\u{09a8}'),
    ('\u{09aa}', '\u{09b0}'),
    ('\u{09b2}', '\u{09b2}'),
    ('\u{09b6}', '\u{09b9}'),
    ('\u{09bd}', '\u{09bd}'),
    ('\u{09ce}', '\u{09ce}'),
    ('\u{09dc}', '\u{09dd}'),
    ('\u{09df}', '\u{09e1}'),
    ('\u{09f0}', '\u{09f1}'),
    ('\u{09fc}', '\u{09fc}'),
    ('\u{0a05}', '\u{0a0a}'),
    ('\u{0a0f}', '\u{0a10}'),
    ('\u{0a13}', '\u{0a28}'),
    ('\u{0a2a}', '\u{0a30}'),
    ('\u{0a32}', '\u{0a33}'),
    ('\u{0a35}', '\u{0a36}'),
    ('\u{0a38}', '\u{0a39}'),
    ('\u{0a59}', '\u{0a5c}'),
    ('\u{0a5e}', '\u{0a5e}'),
    ('\u{0a72}', '\u{0a74}'),
    ('\u{0a85}', '\u{0a8d}'),
    ('\u{0a8f}', '\u{0a91}'),
    ('\u{0a93}', '\u{0aa8}'),
    ('\u{0aaa}', '\u{0ab0}'),
    ('\u{0ab2}', '\u{0ab3}'),
    ('\u{0ab5}', '\u{0ab9}'),
    ('\u{0abd}', '\u{0abd}'),
    ('\u{0ad0}', '\u{0ad0}'),
    ('\u{0ae0}', '\u{0ae1}'),
    ('\u{0af9}', '\u{0af9}'),
    ('\u{0b05}', '\u{0b0c}'),
    ('\u{0b0f}', '\u{0b10}'),
    ('\u{0b13}', '\u{0b28}'),
    ('\u{0b2a}', '\u{0b30}'),
    ('\u{0b32}', '\u{0b33}'),
    ('\u{0b35}', '\u{0b39}'),
    ('\u{0b3d}', '\u{0b3d}'),
    ('\u{0b5c}', '\u{0b5d}'),
    ('\u{0b5f}', '\u{0b61}'),
    ('\u{0b71}', '\u{0b71}'),
    ('\u{0b83}', '\u{0b83}'),
    ('\u{0b85}', '\u{0b8a}'),
    ('\u{0b8e}', '\u{0b90}'),
    ('\u{0b92}', '\u{0b95}'),
    ('\u{0b99}', '\u{0b9a}'),
    ('\u{0b9c}', '\u{0b9c}'),
    ('\u{0b9e}', '\u{0b9f}'),
    ('\u{0ba3}', '\u{0ba4}'),
    ('\u{0ba8}', '\u{0baa}'),
    ('\u{0bae}', '\u{0bb9}'),
    ('\u{0bd0}', '\u{0bd0}'),
    ('\u{0c05}', '\u{0c0c}'),
    ('\u{0c0e}', '\u{0c10}'),
    ('\u{0c12}', '\u{0c28}'),
    ('\u{0c2a}', '\u{0c39}'),
    ('\u{0c3d}', '\u{0c3d}'),
    ('\u{0c58}', '\u{0c5a}'),
    ('\u{0c5d}', '\u{0c5d}'),
    ('\u{0c60}', '\u{0c61}'),
    ('\u{0c80}', '\u{0c80}'),
    ('\u{0c85}', '\u{0c8c}'),
    ('\u{0c8e}', '\u{0c90}'),
    ('\u{0c92}', '\u{0ca8}'),
    ('\u{0caa}', '\u{0cb3}'),
    ('\u{0cb5}', '\u{0cb9}'),
    ('\u{0cbd}', '\u{0cbd}'),
    ('\u{0cdd}', '\u{0cde}'),
    ('\u{0ce0}', '\u{0ce1}'),
    ('\u{0cf1}', '\u{0cf2}'),
    ('\u{0d04}', '\u{0d0c}'),
    ('\u{0d0e}', '\u{0d10}'),
    ('\u{0d12}', '\u{0d3a}'),
    ('\u{0d3d}', '\u{0d3d}'),
    ('\u{0d4e}', '\u{0d4e}'),
    ('\u{0d54}', '\u{0d56}'),
    ('\u{0d5f}', '\u{0d61}'),
    ('\u{0d7a}', '\u{0d7f}'),
    ('\u{0d85}', '\u{0d96}'),
    ('\u{0d9a}', '\u{0db1}'),
    ('\u{0db3}', '\u{0dbb}'),
    ('\u{0dbd}', '\u{0dbd}'),
    ('\u{0dc0}', '\u{0dc6}'),
    ('\u{0e01}', '\u{0e30}'),
    ('\u{0e32}', '\u{0e33}'),
    ('\u{0e40}', '\u{0e46}'),
    ('\u{0e81}', '\u{0e82}'),
    ('\u{0e84}', '\u{0e84}'),
    ('\u{0e86}', '\u{0e8a}'),
    ('\u{0e8c}', '\u{0ea3}'),
    ('\u{0ea5}', '\u{0ea5}'),
    ('\u{0ea7}', '\u{0eb0}'),
    ('\u{0eb2}', '\u{0eb3}'),
    ('\u{0ebd}', '\u{0ebd}'),
    ('\u{0ec0}', '\u{0ec4}'),
    ('\u{0ec6}', '\u{0ec6}'),
    ('\u{0edc}', '\u{0edf}'),
    ('\u{0f00}', '\u{0f00}'),
    ('\u{0f40}', '\u{0f47}'),
    ('\u{0f49}', '\u{0f6c}'),
    ('\u{0f88}', '\u{0f8c}'),
    ('\u{1000}', '\u{102a}'),
    ('\u{103f}', '\u{103f}'),
    ('\u{1050}', '\u{1055}'),
    ('\u{105a}', '\u{105d}'),
    ('\u{1061}', '\u{1061}'),
    ('\u{1065}', '\u{1066}'),
    ('\u{106e}', '\u{1070}'),
    ('\u{1075}', '\u{1081}'),
    ('\u{108e}', '\u{108e}'),
    ('\u{10a0}', '\u{10c5}'),
    ('\u{10c7}', '\u{10c7}'),
    ('\u{10cd}', '\u{10cd}'),
    ('\u{10d0}', '\u{10fa}'),
    ('\u{10fc}', '\u{1248}'),
    ('\u{124a}', '\u{124d}'),
    ('\u{1250}', '\u{1256}'),
    ('\u{1258}', '\u{1258}'),
    ('\u{125a}', '\u{125d}'),
    ('\u{1260}', '\u{1288}'),
    ('\u{128a}', '\u{128d}'),
    ('\u{1290}', '\u{12b0}'),
    ('\u{12b2}', '\u{12b5}'),
    ('\u{12b8}', '\u{12be}'),
    ('\u{12c0}', '\u{12c0}'),
    ('\u{12c2}', '\u{12c5}'),
    ('\u{12c8}', '\u{12d6}'),
    ('\u{12d8}', '\u{1310}'),
    ('\u{1312}', '\u{1315}'),
    ('\u{1318}', '\u{135a}'),
    ('\u{1380}', '\u{138f}'),
    ('\u{13a0}', '\u{13f5}'),
    ('\u{13f8}', '\u{13fd}'),
    ('\u{1401}', '\u{166c}'),
    ('\u{166f}', '\u{167f}'),
    ('\u{1681}', '\u{169a}'),
    ('\u{16a0}', '\u{16ea}'),
    ('\u{16f1}', '\u{16f8}'),
    ('\u{1700}', '\u{1711}'),
    ('\u{171f}', '\u{1731}'),
    ('\u{1740}', '\u{1751}'),
    ('\u{1760}', '\u{176c}'),
    ('\u{176e}', '\u{1770}'),
    ('\u{1780}', '\u{17b3}'),
    ('\u{17d7}', '\u{17d7}'),
    ('\u{17dc}', '\u{17dc}'),
    ('\u{1820}', '\u{1878}'),
    ('\u{1880}', '\u{1884}'),
    ('\u{1887}', '\u{18a8}'),
    ('\u{18aa}', '\u{18aa}'),
    ('\u{18b0}', '\u{18f5}'),
    ('\u{1900}', '\u{191e}'),
    ('\u{1950}', '\u{196d}'),
    ('\u{1970}', '\u{1974}'),
    ('\u{1980}', '\u{19ab}'),
    ('\u{19b0}', '\u{19c9}'),
    ('\u{1a00}', '\u{1a16}'),
    ('\u{1a20}', '\u{1a54}'),
    ('\u{1aa7}', '\u{1aa7}'),
    ('\u{1b05}', '\u{1b33}'),
    ('\u{1b45}', '\u{1b4c}'),
    ('\u{1b83}', '\u{1ba0}'),
    ('\u{1bae}', '\u{1baf}'),
    ('\u{1bba}', '\u{1be5}'),
    ('\u{1c00}', '\u{1c23}'),
    ('\u{1c4d}', '\u{1c4f}'),
    ('\u{1c5a}', '\u{1c7d}'),
    ('\u{1c80}', '\u{1c88}'),
    ('\u{1c90}', '\u{1cba}'),
    ('\u{1cbd}', '\u{1cbf}'),
    ('\u{1ce9}', '\u{1cec}'),
    ('\u{1cee}', '\u{1cf3}'),
    ('\u{1cf5}', '\u{1cf6}'),
    ('\u{1cfa}', '\u{1cfa}'),
    ('\u{1d00}', '\u{1dbf}'),
    ('\u{1e00}', '\u{1f15}'),
    ('\u{1f18}', '\u{1f1d}'),
    ('\u{1f20}', '\u{1f45}'),
    ('\u{1f48}', '\u{1f4d}'),
    ('\u{1f50}', '\u{1f57}'),
    ('\u{1f59}', '\u{1f59}'),
    ('\u{1f5b}', '\u{1f5b}'),
    ('\u{1f5d}', '\u{1f5d}'),
    ('\u{1f5f}', '\u{1f7d}'),
    ('\u{1f80}', '\u{1fb4}'),
    ('\u{1fb6}', '\u{1fbc}'),
    ('\u{1fbe}', '\u{1fbe}'),
    ('\u{1fc2}', '\u{1fc4}'),
    ('\u{1fc6}', '\u{1fcc}'),
    ('\u{1fd0}', '\u{1fd3}'),
    ('\u{1fd6}', '\u{1fdb}'),
    ('\u{1fe0}', '\u{1fec}'),
    ('\u{1ff2}', '\u{1ff4}'),
    ('\u{1ff6}', '\u{1ffc}'),
    ('\u{2071}', '\u{2071}'),
    ('\u{207f}', '\u{207f}'),
    ('\u{2090}', '\u{209c}'),
    ('\u{2102}', '\u{2102}'),
    ('\u{2107}', '\u{2107}'),
    ('\u{210a}', '\u{2113}'),
    ('\u{2115}', '\u{2115}'),
    ('\u{2119}', '\u{211d}'),
    ('\u{2124}', '\u{2124}'),
    ('\u{2126}', '\u{2126}'),
    ('\u{2128}', '\u{2128}'),
    ('\u{212a}', '\u{212d}'),
    ('\u{212f}', '\u{2139}'),
    ('\u{213c}', '\u{213f}'),
    ('\u{2145}', '\u{2149}'),
    ('\u{214e}', '\u{214e}'),
    ('\u{2183}', '\u{2184}'),
    ('\u{2c00}', '\u{2ce4}'),
    ('\u{2ceb}', '\u{2cee}'),
    ('\u{2cf2}', '\u{2cf3}'),
    ('\u{2d00}', '\u{2d25}'),
    ('\u{2d27}', '\u{2d27}'),
    ('\u{2d2d}', '\u{2d2d}'),
    ('\u{2d30}', '\u{2d67}'),
    ('\u{2d6f}', '\u{2d6f}'),
    ('\u{2d80}', '\u{2d96}'),
    ('\u{2da0}', '\u{2da6}'),
    ('\u{2da8}', '\u{2dae}'),
    ('\u{2db0}', '\u{2db6}'),
    ('\u{2db8}', '\u{2dbe}'),
    ('\u{2dc0}', '\u{2dc6}'),
    ('\u{2dc8}', '\u{2dce}'),
    ('\u{2dd0}', '\u{2dd6}'),
    ('\u{2dd8}', '\u{2dde}'),
    ('\u{2e2f}', '\u{2e2f}'),
    ('\u{3005}', '\u{3006}'),
    ('\u{3031}', '\u{3035}'),
    ('\u{303b}', '\u{303c}'),
    ('\u{3041}', '\u{3096}'),
    ('\u{309d}', '\u{309f}'),
    ('\u{30a1}', '\u{30fa}'),
    ('\u{30fc}', '\u{30ff}'),
    ('\u{3105}', '\u{312f}'),
    ('\u{3131}', '\u{318e}'),
    ('\u{31a0}', '\u{31bf}'),
    ('\u{31f0}', '\u{31ff}'),
    ('\u{3400}', '\u{4dbf}'),
    ('\u{4e00}', '\u{a48c}'),
    ('\u{a4d0}', '\u{a4fd}'),
    ('\u{a500}', '\u{a60c}'),
    ('\u{a610}', '\u{a61f}'),
    ('\u{a62a}', '\u{a62b}'),
    ('\u{a640}', '\u{a66e}'),
    ('\u{a67f}', '\u{a69d}'),
    ('\u{a6a0}', '\u{a6e5}'),
    ('\u{a717}', '\u{a71f}'),
    ('\u{a722}', '\u{a788}'),
    ('\u{a78b}', '\u{a7ca}'),
    ('\u{a7d0}', '\u{a7d1}'),
    ('\u{a7d3}', '\u{a7d3}'),
    ('\u{a7d5}', '\u{a7d9}'),
    ('\u{a7f2}', '\u{a801}'),
    ('\u{a803}', '\u{a805}'),
    ('\u{a807}', '\u{a80a}'),
    ('\u{a80c}', '\u{a822}'),
    ('\u{a840}', '\u{a873}'),
    ('\u{a882}', '\u{a8b3}'),
    ('\u{a8f2}', '\u{a8f7}'),
    ('\u{a8fb}', '\u{a8fb}'),
    ('\u{a8fd}', '\u{a8fe}'),
    ('\u{a90a}', '\u{a925}'),
    ('\u{a930}', '\u{a946}'),
    ('\u{a960}', '\u{a97c}'),
    ('\u{a984}', '\u{a9b2}'),
    ('\u{a9cf}', '\u{a9cf}'),
    ('\u{a9e0}', '\u{a9e4}'),
    ('\u{a9e6}', '\u{a9ef}'),
    ('\u{a9fa}', '\u{a9fe}'),
    ('\u{aa00}', '\u{aa28}'),
    ('\u{aa40}', '\u{aa42}'),
    ('\u{aa44}', '\u{aa4b}'),
    ('\u{aa60}', '\u{aa76}'),
    ('\u{aa7a}', '\u{aa7a}'),
    ('\u{aa7e}', '\u{aaaf}'),
    ('\u{aab1}', '\u{aab1}'),
    ('\u{aab5}', '\u{aab6}'),
    ('\u{aab9}', '\u{aabd}'),
    ('\u{aac0}', '\u{aac0}'),
    ('\u{aac2}', '\u{aac2}'),
    ('\u{aadb}', '\u{aadd}'),
    ('\u{aae0}', '\u{aaea}'),
    ('\u{aaf2}', '\u{aaf4}'),
    ('\u{ab01}', '\u{ab06}'),
    ('\u{ab09}', '\u{ab0e}'),
    ('\u{ab11}', '\u{ab16}'),
    ('\u{ab20}', '\u{ab26}'),
    ('\u{ab28}', '\u{ab2e}'),
    ('\u{ab30}', '\u{ab5a}'),
    ('\u{ab5c}', '\u{ab69}'),
    ('\u{ab70}', '\u{abe2}'),
    ('\u{ac00}', '\u{d7a3}'),
    ('\u{d7b0}', '\u{d7c6}'),
    ('\u{d7cb}', '\u{d7fb}'),
    ('\u{f900}', '\u{fa6d}'),
    ('\u{fa70}', '\u{fad9}'),
    ('\u{fb00}', '\u{fb06}'),
    ('\u{fb13}', '\u{fb17}'),
    ('\u{fb1d}', '\u{fb1d}'),
    ('\u{fb1f}', '\u{fb28}'),
    ('\u{fb2a}', '\u{fb36}'),
    ('\u{fb38}', '\u{fb3c}'),
    ('\u{fb3e}', '\u{fb3e}'),
    ('\u{fb40}', '\u{fb41}'),
    ('\u{fb43}', '\u{fb44}'),
    ('\u{fb46}', '\u{fbb1}'),
    ('\u{fbd3}', '\u{fd3d}'),
    ('\u{fd50}', '\u{fd8f}'),
    ('\u{fd92}', '\u{fdc7}'),
    ('\u{fdf0}', '\u{fdfb}'),
    ('\u{fe70}', '\u{fe74}'),
    ('\u{fe76}', '\u{fefc}'),
    ('\u{ff21}', '\u{ff3a}'),
    ('\u{ff41}', '\u{ff5a}'),
    ('\u{ff66}', '\u{ffbe}'),
    ('\u{ffc2}', '\u{ffc7}'),
    ('\u{ffca}', '\u{ffcf}'),
    ('\u{ffd2}', '\u{ffd7}'),
    ('\u{ffda}', '\u{ffdc}'),
    ('\u{10000}', '\u{1000b}'),
    ('\u{1000d}', '\u{10026}'),
    ('\u{10028}', '\u{1003a}'),
    ('\u{1003c}', '\u{1003d}'),
    ('\u{1003f}', '\u{1004d}'),
    ('\u{10050}', '\u{1005d}'),
    ('\u{10080}', '\u{100fa}'),
    ('\u{10280}', '\u{1029c}'),
    ('\u{102a0}', '\u{102d0}'),
    ('\u{10300}', '\u{1031f}'),
    ('\u{1032d}', '\u{10340}'),
    ('\u{10342}', '\u{10349}'),
    ('\u{10350}', '\u{10375}'),
    ('\u{10380}', '\u{1039d}'),
    ('\u{103a0}', '\u{103c3}'),
    ('\u{103c8}', '\u{103cf}'),
    ('\u{10400}', '\u{1049d}'),
    ('\u{104b0}', '\u{104d3}'),
    ('\u{104d8}', '\u{104fb}'),
    ('\u{10500}', '\u{10527}'),
    ('\u{10530}', '\u{10563}'),
    ('\u{10570}', '\u{1057a}'),
    ('\u{1057c}', '\u{1058a}'),
    ('\u{1058c}', '\u{10592}'),
    ('\u{10594}', '\u{10595}'),
    ('\u{10597}', '\u{105a1}'),
    ('\u{105a3}', '\u{105b1}'),
    ('\u{105b3}', '\u{105b9}'),
    ('\u{105bb}', '\u{105bc}'),
    ('\u{10600}', '\u{10736}'),
    ('\u{10740}', '\u{10755}'),
    ('\u{10760}', '\u{10767}'),
    ('\u{10780}', '\u{10785}'),
    ('\u{10787}', '\u{107b0}'),
    ('\u{107b2}', '\u{107ba}'),
    ('\u{10800}', '\u{10805}'),
    ('\u{10808}', '\u{10808}'),
    ('\u{1080a}', '\u{10835}'),
    ('\u{10837}', '\u{10838}'),
    ('\u{1083c}', '\u{1083c}'),
    ('\u{1083f}', '\u{10855}'),
    ('\u{10860}', '\u{10876}'),
    ('\u{10880}', '\u{1089e}'),
    ('\u{108e0}', '\u{108f2}'),
    ('\u{108f4}', '\u{108f5}'),
    ('\u{10900}', '\u{10915}'),
    ('\u{10920}', '\u{10939}'),
    ('\u{10980}', '\u{109b7}'),
    ('\u{109be}', '\u{109bf}'),
    ('\u{10a00}', '\u{10a00}'),
    ('\u{10a10}', '\u{10a13}'),
    ('\u{10a15}', '\u{10a17}'),
    ('\u{10a19}', '\u{10a35}'),
    ('\u{10a60}', '\u{10a7c}'),
    ('\u{10a80}', '\u{10a9c}'),
    ('\u{10ac0}', '\u{10ac7}'),
    ('\u{10ac9}', '\u{10ae4}'),
    ('\u{10b00}', '\u{10b35}'),
    ('\u{10b40}', '\u{10b55}'),
    ('\u{10b60}', '\u{10b72}'),
    ('\u{10b80}', '\u{10b91}'),
    ('\u{10c00}', '\u{10c48}'),
    ('\u{10c80}', '\u{10cb2}'),
    ('\u{10cc0}', '\u{10cf2}'),
    ('\u{10d00}', '\u{10d23}'),
    ('\u{10e80}', '\u{10ea9}'),
    ('\u{10eb0}', '\u{10eb1}'),
    ('\u{10f00}', '\u{10f1c}'),
    ('\u{10f27}', '\u{10f27}'),
    ('\u{10f30}', '\u{10f45}'),
    ('\u{10f70}', '\u{10f81}'),
    ('\u{10fb0}', '\u{10fc4}'),
    ('\u{10fe0}', '\u{10ff6}'),
    ('\u{11003}', '\u{11037}'),
    ('\u{11071}', '\u{11072}'),
    ('\u{11075}', '\u{11075}'),
    ('\u{11083}', '\u{110af}'),
    ('\u{110d0}', '\u{110e8}'),
    ('\u{11103}', '\u{11126}'),
    ('\u{11144}', '\u{11144}'),
    ('\u{11147}', '\u{11147}'),
    ('\u{11150}', '\u{11172}'),
    ('\u{11176}', '\u{11176}'),
    ('\u{11183}', '\u{111b2}'),
    ('\u{111c1}', '\u{111c4}'),
    ('\u{111da}', '\u{111da}'),
    ('\u{111dc}', '\u{111dc}'),
    ('\u{11200}', '\u{11211}'),
    ('\u{11213}', '\u{1122b}'),
    ('\u{11280}', '\u{11286}'),
    ('\u{11288}', '\u{11288}'),
    ('\u{1128a}', '\u{1128d}'),
    ('\u{1128f}', '\u{1129d}'),
    ('\u{1129f}', '\u{112a8}'),
    ('\u{112b0}', '\u{112de}'),
    ('\u{11305}', '\u{1130c}'),
    ('\u{1130f}', '\u{11310}'),
    ('\u{11313}', '\u{11328}'),
    ('\u{1132a}', '\u{11330}'),
    ('\u{11332}', '\u{11333}'),
    ('\u{11335}', '\u{11339}'),
    ('\u{1133d}', '\u{1133d}'),
    ('\u{11350}', '\u{11350}'),
    ('\u{1135d}', '\u{11361}'),
    ('\u{11400}', '\u{11434}'),
    ('\u{11447}', '\u{1144a}'),
    ('\u{1145f}', '\u{11461}'),
    ('\u{11480}', '\u{114af}'),
    ('\u{114c4}', '\u{114c5}'),
    ('\u{114c7}', '\u{114c7}'),
    ('\u{11580}', '\u{115ae}'),
    ('\u{115d8}', '\u{115db}'),
    ('\u{11600}', '\u{1162f}'),
    ('\u{11644}', '\u{11644}'),
    ('\u{11680}', '\u{116aa}'),
    ('\u{116b8}', '\u{116b8}'),
    ('\u{11700}', '\u{1171a}'),
    ('\u{11740}', '\u{11746}'),
    ('\u{11800}', '\u{1182b}'),
    ('\u{118a0}', '\u{118df}'),
    ('\u{118ff}', '\u{11906}'),
    ('\u{11909}', '\u{11909}'),
    ('\u{1190c}', '\u{11913}'),
    ('\u{11915}', '\u{11916}'),
    ('\u{11918}', '\u{1192f}'),
    ('\u{1193f}', '\u{1193f}'),
    ('\u{11941}', '\u{11941}'),
    ('\u{119a0}', '\u{119a7}'),
    ('\u{119aa}', '\u{119d0}'),
    ('\u{119e1}', '\u{119e1}'),
    ('\u{119e3}', '\u{119e3}'),
    ('\u{11a00}', '\u{11a00}'),
    ('\u{11a0b}', '\u{11a32}'),
    ('\u{11a3a}', '\u{11a3a}'),
    ('\u{11a50}', '\u{11a50}'),
    ('\u{11a5c}', '\u{11a89}'),
    ('\u{11a9d}', '\u{11a9d}'),
    ('\u{11ab0}', '\u{11af8}'),
    ('\u{11c00}', '\u{11c08}'),
    ('\u{11c0a}', '\u{11c2e}'),
    ('\u{11c40}', '\u{11c40}'),
    ('\u{11c72}', '\u{11c8f}'),
    ('\u{11d00}', '\u{11d06}'),
    ('\u{11d08}', '\u{11d09}'),
    ('\u{11d0b}', '\u{11d30}'),
    ('\u{11d46}', '\u{11d46}'),
    ('\u{11d60}', '\u{11d65}'),
    ('\u{11d67}', '\u{11d68}'),
    ('\u{11d6a}', '\u{11d89}'),
    ('\u{11d98}', '\u{11d98}'),
    ('\u{11ee0}', '\u{11ef2}'),
    ('\u{11fb0}', '\u{11fb0}'),
    ('\u{12000}', '\u{12399}'),
    ('\u{12480}', '\u{12543}'),
    ('\u{12f90}', '\u{12ff0}'),
    ('\u{13000}', '\u{1342e}'),
    ('\u{14400}', '\u{14646}'),
    ('\u{16800}', '\u{16a38}'),
    ('\u{16a40}', '\u{16a5e}'),
    ('\u{16a70}', '\u{16abe}'),
    ('\u{16ad0}', '\u{16aed}'),
    ('\u{16b00}', '\u{16b2f}'),
    ('\u{16b40}', '\u{16b43}'),
    ('\u{16b63}', '\u{16b77}'),
    ('\u{16b7d}', '\u{16b8f}'),
    ('\u{16e40}', '\u{16e7f}'),
    ('\u{16f00}', '\u{16f4a}'),
    ('\u{16f50}', '\u{16f50}'),
    ('\u{16f93}', '\u{16f9f}'),
    ('\u{16fe0}', '\u{16fe1}'),
    ('\u{16fe3}', '\u{16fe3}'),
    ('\u{17000}', '\u{187f7}'),
    ('\u{18800}', '\u{18cd5}'),
    ('\u{18d00}', '\u{18d08}'),
    ('\u{1aff0}', '\u{1aff3}'),
    ('\u{1aff5}', '\u{1affb}'),
    ('\u{1affd}', '\u{1affe}'),
    ('\u{1b000}', '\u{1b122}'),
    ('\u{1b150}', '\u{1b152}'),
    ('\u{1b164}', '\u{1b167}'),
    ('\u{1b170}', '\u{1b2fb}'),
    ('\u{1bc00}', '\u{1bc6a}'),
    ('\u{1bc70}', '\u{1bc7c}'),
    ('\u{1bc80}', '\u{1bc88}'),
    ('\u{1bc90}', '\u{1bc99}'),
    ('\u{1d400}', '\u{1d454}'),
    ('\u{1d456}', '\u{1d49c}'),
    ('\u{1d49e}', '\u{1d49f}'),
    ('\u{1d4a2}', '\u{1d4a2}'),
    ('\u{1d4a5}', '\u{1d4a6}'),
    ('\u{1d4a9}', '\u{1d4ac}'),
    ('\u{1d4ae}', '\u{1d4b9}'),
    ('\u{1d4bb}', '\u{1d4bb}'),
    ('\u{1d4bd}', '\u{1d4c3}'),
    ('\u{1d4c5}', '\u{1d505}'),
    ('\u{1d507}', '\u{1d50a}'),
    ('\u{1d50d}', '\u{1d514}'),
    ('\u{1d516}', '\u{1d51c}'),
    ('\u{1d51e}', '\u{1d539}'),
    ('\u{1d53b}', '\u{1d53e}'),
    ('\u{1d540}', '\u{1d544}'),
    ('\u{1d546}', '\u{1d546}'),
    ('\u{1d54a}', '\u{1d550}'),
    ('\u{1d552}', '\u{1d6a5}'),
    ('\u{1d6a8}', '\u{1d6c0}'),
    ('\u{1d6c2}', '\u{1d6da}'),
    ('\u{1d6dc}', '\u{1d6fa}'),
    ('\u{1d6fc}', '\u{1d714}'),
    ('\u{1d716}', '\u{1d734}'),
    ('\u{1d736}', '\u{1d74e}'),
    ('\u{1d750}', '\u{1d76e}'),
    ('\u{1d770}', '\u{1d788}'),
    ('\u{1d78a}', '\u{1d7a8}'),
    ('\u{1d7aa}', '\u{1d7c2}'),
    ('\u{1d7c4}', '\u{1d7cb}'),
    ('\u{1df00}', '\u{1df1e}'),
    ('\u{1e100}', '\u{1e12c}'),
    ('\u{1e137}', '\u{1e13d}'),
    ('\u{1e14e}', '\u{1e14e}'),
    ('\u{1e290}', '\u{1e2ad}'),
    ('\u{1e2c0}', '\u{1e2eb}'),
    ('\u{1e7e0}', '\u{1e7e6}'),
    ('\u{1e7e8}', '\u{1e7eb}'),
    ('\u{1e7ed}', '\u{1e7ee}'),
    ('\u{1e7f0}', '\u{1e7fe}'),
    ('\u{1e800}', '\u{1e8c4}'),
    ('\u{1e900}', '\u{1e943}'),
    ('\u{1e94b}', '\u{1e94b}'),
    ('\u{1ee00}', '\u{1ee03}'),
    ('\u{1ee05}', '\u{1ee1f}'),
    ('\u{1ee21}', '\u{1ee22}'),
    ('\u{1ee24}', '\u{1ee24}'),
    ('\u{1ee27}', '\u{1ee27}'),
    ('\u{1ee29}', '\u{1ee32}'),
    ('\u{1ee34}', '\u{1ee37}'),
    ('\u{1ee39}', '\u{1ee39}'),
    ('\u{1ee3b}', '\u{1ee3b}'),
    ('\u{1ee42}', '\u{1ee42}'),
    ('\u{1ee47}', '\u{1ee47}'),
    ('\u{1ee49}', '\u{1ee49}'),
    ('\u{1ee4b}', '\u{1ee4b}'),
    ('\u{1ee4d}', '\u{1ee4f}'),
    ('\u{1ee51}', '\u{1ee52}'),
    ('\u{1ee54}', '\u{1ee54}'),
    ('\u{1ee57}', '\u{1ee57}'),
    ('\u{1ee59}', '\u{1ee59}'),
    ('\u{1ee5b}', '\u{1ee5b}'),
    ('\u{1ee5d}', '\u{1ee5d}'),
    ('\u{1ee5f}', '\u{1ee5f}'),
    ('\u{1ee61}', '\u{1ee62}'),
    ('\u{1ee64}', '\u{1ee64}'),
    ('\u{1ee67}', '\u{1ee6a}'),
    ('\u{1ee6c}', '\u{1ee72}'),
    ('\u{1ee74}', '\u{1ee77}'),
    ('\u{1ee79}', '\u{1ee7c}'),
    ('\u{1ee7e}', '\u{1ee7e}'),
    ('\u{1ee80}', '\u{1ee89}'),
    ('\u{1ee8b}', '\u{1ee9b}'),
    ('\u{1eea1}', '\u{1eea3}'),
    ('\u{1eea5}', '\u{1eea9}'),
    ('\u{1eeab}', '\u{1eebb}'),
    ('\u{20000}', '\u{2a6df}'),
    ('\u{2a700}', '\u{2b738}'),
    ('\u{2b740}', '\u{2b81d}'),
    ('\u{2b820}', '\u{2cea1}'),
    ('\u{2ceb0}', '\u{2ebe0}'),
    ('\u{2f800}', '\u{2fa1d}'),
    ('\u{30000}', '\u{3134a}'),
];

/// Python's regex `\w` on `str` (`str.isalnum()` or `_`), as sorted inclusive ranges.
pub const PY_WORD_RANGES: &[(char, char)] = &[
    ('\u{0030}', '\u{0039}'),
    ('\u{0041}', '\u{005a}'),
    ('\u{005f}', '\u{005f}'),
    ('\u{0061}', '\u{007a}'),
    ('\u{00aa}', '\u{00aa}'),
    ('\u{00b2}', '\u{00b3}'),
    ('\u{00b5}', '\u{00b5}'),
    ('\u{00b9}', '\u{00ba}'),
    ('\u{00bc}', '\u{00be}'),
    ('\u{00c0}', '\u{00d6}'),
    ('\u{00d8}', '\u{00f6}'),
    ('\u{00f8}', '\u{02c1}'),
    ('\u{02c6}', '\u{02d1}'),
    ('\u{02e0}', '\u{02e4}'),
    ('\u{02ec}', '\u{02ec}'),
    ('\u{02ee}', '\u{02ee}'),
    ('\u{0370}', '\u{0374}'),
    ('\u{0376}', '\u{0377}'),
    ('\u{037a}', '\u{037d}'),
    ('\u{037f}', '\u{037f}'),
    ('\u{0386}', '\u{0386}'),
    ('\u{0388}', '\u{038a}'),
    ('\u{038c}', '\u{038c}'),
    ('\u{038e}', '\u{03a1}'),
    ('\u{03a3}', '\u{03f5}'),
    ('\u{03f7}', '\u{0481}'),
    ('\u{048a}', '\u{052f}'),
    ('\u{0531}', '\u{0556}'),
    ('\u{0559}', '\u{0559}'),
    ('\u{0560}', '\u{0588}'),
    ('\u{05d0}', '\u{05ea}'),
    ('\u{05ef}', '\u{05f2}'),
    ('\u{0620}', '\u{064a}'),
    ('\u{0660}', '\u{0669}'),
    ('\u{066e}', '\u{066f}'),
    ('\u{0671}', '\u{06d3}'),
    ('\u{06d5}', '\u{06d5}'),
    ('\u{06e5}', '\u{06e6}'),
    ('\u{06ee}', '\u{06fc}'),
    ('\u{06ff}', '\u{06ff}'),
    ('\u{0710}', '\u{0710}'),
    ('\u{0712}', '\u{072f}'),
    ('\u{074d}', '\u{07a5}'),
    ('\u{07b1}', '\u{07b1}'),
    ('\u{07c0}', '\u{07ea}'),
    ('\u{07f4}', '\u{07f5}'),
    ('\u{07fa}', '\u{07fa}'),
    ('\u{0800}', '\u{0815}'),
    ('\u{081a}', '\u{081a}'),
    ('\u{0824}', '\u{0824}'),
    ('\u{0828}', '\u{0828}'),
    ('\u{0840}', '\u{0858}'),
    ('\u{0860}', '\u{086a}'),
    ('\u{0870}', '\u{0887}'),
    ('\u{0889}', '\u{088e}'),
    ('\u{08a0}', '\u{08c9}'),
    ('\u{0904}', '\u{0939}'),
    ('\u{093d}', '\u{093d}'),
    ('\u{0950}', '\u{0950}'),
    ('\u{0958}', '\u{0961}'),
    ('\u{0966}', '\u{096f}'),
    ('\u{0971}', '\u{0980}'),
    ('\u{0985}', '\u{098c}'),
    ('\u{098f}', '\u{0990}'),
    ('\u{0993}', '\u{09a8}'),
    ('\u{09aa}', '\u{09b0}'),
    ('\u{09b2}', '\u{09b2}'),
    ('\u{09b6}', '\u{09b9}'),
    ('\u{09bd}', '\u{09bd}'),
    ('\u{09ce}', '\u{09ce}'),
    ('\u{09dc}', '\u{09dd}'),
    ('\u{09df}', '\u{09e1}'),
    ('\u{09e6}', '\u{09f1}'),
    ('\u{09f4}', '\u{09f9}'),
    ('\u{09fc}', '\u{09fc}'),
    ('\u{0a05}', '\u{0a0a}'),
    ('\u{0a0f}', '\u{0a10}'),
    ('\u{0a13}', '\u{0a28}'),
    ('\u{0a2a}', '\u{0a30}'),
    ('\u{0a32}', '\u{0a33}'),
    ('\u{0a35}', '\u{0a36}'),
    ('\u{0a38}', '\u{0a39}'),
    ('\u{0a59}', '\u{0a5c}'),
    ('\u{0a5e}', '\u{0a5e}'),
    ('\u{0a66}', '\u{0a6f}'),
    ('\u{0a72}', '\u{0a74}'),
    ('\u{0a85}', '\u{0a8d}'),
    ('\u{0a8f}', '\u{0a91}'),
    ('\u{0a93}', '\u{0aa8}'),
    ('\u{0aaa}', '\u{0ab0}'),
    ('\u{0ab2}', '\u{0ab3}'),
    ('\u{0ab5}', '\u{0ab9}'),
    ('\u{0abd}', '\u{0abd}'),
    ('\u{0ad0}', '\u{0ad0}'),
    ('\u{0ae0}', '\u{0ae1}'),
    ('\u{0ae6}', '\u{0aef}'),
    ('\u{0af9}', '\u{0af9}'),
    ('\u{0b05}', '\u{0b0c}'),
    ('\u{0b0f}', '\u{0b10}'),
    ('\u{0b13}', '\u{0b28}'),
    ('\u{0b2a}', '\u{0b30}'),
    ('\u{0b32}', '\u{0b33}'),
    ('\u{0b35}', '\u{0b39}'),
    ('\u{0b3d}', '\u{0b3d}'),
    ('\u{0b5c}', '\u{0b5d}'),
    ('\u{0b5f}', '\u{0b61}'),
    ('\u{0b66}', '\u{0b6f}'),
    ('\u{0b71}', '\u{0b77}'),
    ('\u{0b83}', '\u{0b83}'),
    ('\u{0b85}', '\u{0b8a}'),
    ('\u{0b8e}', '\u{0b90}'),
    ('\u{0b92}', '\u{0b95}'),
    ('\u{0b99}', '\u{0b9a}'),
    ('\u{0b9c}', '\u{0b9c}'),
    ('\u{0b9e}', '\u{0b9f}'),
    ('\u{0ba3}', '\u{0ba4}'),
    ('\u{0ba8}', '\u{0baa}'),
    ('\u{0bae}', '\u{0bb9}'),
    ('\u{0bd0}', '\u{0bd0}'),
    ('\u{0be6}', '\u{0bf2}'),
    ('\u{0c05}', '\u{0c0c}'),
    ('\u{0c0e}', '\u{0c10}'),
    ('\u{0c12}', '\u{0c28}'),
    ('\u{0c2a}', '\u{0c39}'),
    ('\u{0c3d}', '\u{0c3d}'),
    ('\u{0c58}', '\u{0c5a}'),
    ('\u{0c5d}', '\u{0c5d}'),
    ('\u{0c60}', '\u{0c61}'),
    ('\u{0c66}', '\u{0c6f}'),
    ('\u{0c78}', '\u{0c7e}'),
    ('\u{0c80}', '\u{0c80}'),
    ('\u{0c85}', '\u{0c8c}'),
    ('\u{0c8e}', '\u{0c90}'),
    ('\u{0c92}', '\u{0ca8}'),
    ('\u{0caa}', '\u{0cb3}'),
    ('\u{0cb5}', '\u{0cb9}'),
    ('\u{0cbd}', '\u{0cbd}'),
    ('\u{0cdd}', '\u{0cde}'),
    ('\u{0ce0}', '\u{0ce1}'),
    ('\u{0ce6}', '\u{0cef}'),
    ('\u{0cf1}', '\u{0cf2}'),
    ('\u{0d04}', '\u{0d0c}'),
    ('\u{0d0e}', '\u{0d10}'),
    ('\u{0d12}', '\u{0d3a}'),
    ('\u{0d3d}', '\u{0d3d}'),
    ('\u{0d4e}', '\u{0d4e}'),
    ('\u{0d54}', '\u{0d56}'),
    ('\u{0d58}', '\u{0d61}'),
    ('\u{0d66}', '\u{0d78}'),
    ('\u{0d7a}', '\u{0d7f}'),
    ('\u{0d85}', '\u{0d96}'),
    ('\u{0d9a}', '\u{0db1}'),
    ('\u{0db3}', '\u{0dbb}'),
    ('\u{0dbd}', '\u{0dbd}'),
    ('\u{0dc0}', '\u{0dc6}'),
    ('\u{0de6}', '\u{0def}'),
    ('\u{0e01}', '\u{0e30}'),
    ('\u{0e32}', '\u{0e33}'),
    ('\u{0e40}', '\u{0e46}'),
    ('\u{0e50}', '\u{0e59}'),
    ('\u{0e81}', '\u{0e82}'),
    ('\u{0e84}', '\u{0e84}'),
    ('\u{0e86}', '\u{0e8a}'),
    ('\u{0e8c}', '\u{0ea3}'),
    ('\u{0ea5}', '\u{0ea5}'),
    ('\u{0ea7}', '\u{0eb0}'),
    ('\u{0eb2}', '\u{0eb3}'),
    ('\u{0ebd}', '\u{0ebd}'),
    ('\u{0ec0}', '\u{0ec4}'),
    ('\u{0ec6}', '\u{0ec6}'),
    ('\u{0ed0}', '\u{0ed9}'),
    ('\u{0edc}', '\u{0edf}'),
    ('\u{0f00}', '\u{0f00}'),
    ('\u{0f20}', '\u{0f33}'),
    ('\u{0f40}', '\u{0f47}'),
    ('\u{0f49}', '\u{0f6c}'),
    ('\u{0f88}', '\u{0f8c}'),
    ('\u{1000}', '\u{102a}'),
    ('\u{103f}', '\u{1049}'),
    ('\u{1050}', '\u{1055}'),
    ('\u{105a}', '\u{105d}'),
    ('\u{1061}', '\u{1061}'),
    ('\u{1065}', '\u{1066}'),
    ('\u{106e}', '\u{1070}'),
    ('\u{1075}', '\u{1081}'),
    ('\u{108e}', '\u{108e}'),
    ('\u{1090}', '\u{1099}'),
    ('\u{10a0}', '\u{10c5}'),
    ('\u{10c7}', '\u{10c7}'),
    ('\u{10cd}', '\u{10cd}'),
    ('\u{10d0}', '\u{10fa}'),
    ('\u{10fc}', '\u{1248}'),
    ('\u{124a}', '\u{124d}'),
    ('\u{1250}', '\u{1256}'),
    ('\u{1258}', '\u{1258}'),
    ('\u{125a}', '\u{125d}'),
    ('\u{1260}', '\u{1288}'),
    ('\u{128a}', '\u{128d}'),
    ('\u{1290}', '\u{12b0}'),
    ('\u{12b2}', '\u{12b5}'),
    ('\u{12b8}', '\u{12be}'),
    ('\u{12c0}', '\u{12c0}'),
    ('\u{12c2}', '\u{12c5}'),
    ('\u{12c8}', '\u{12d6}'),
    ('\u{12d8}', '\u{1310}'),
    ('\u{1312}', '\u{1315}'),
    ('\u{1318}', '\u{135a}'),
    ('\u{1369}', '\u{137c}'),
    ('\u{1380}', '\u{138f}'),
    ('\u{13a0}', '\u{13f5}'),
    ('\u{13f8}', '\u{13fd}'),
    ('\u{1401}', '\u{166c}'),
    ('\u{166f}', '\u{167f}'),
    ('\u{1681}', '\u{169a}'),
    ('\u{16a0}', '\u{16ea}'),
    ('\u{16ee}', '\u{16f8}'),
    ('\u{1700}', '\u{1711}'),
    ('\u{171f}', '\u{1731}'),
    ('\u{1740}', '\u{1751}'),
    ('\u{1760}', '\u{176c}'),
    ('\u{176e}', '\u{1770}'),
    ('\u{1780}', '\u{17b3}'),
    ('\u{17d7}', '\u{17d7}'),
    ('\u{17dc}', '\u{17dc}'),
    ('\u{17e0}', '\u{17e9}'),
    ('\u{17f0}', '\u{17f9}'),
    ('\u{1810}', '\u{1819}'),
    ('\u{1820}', '\u{1878}'),
    ('\u{1880}', '\u{1884}'),
    ('\u{1887}', '\u{18a8}'),
    ('\u{18aa}', '\u{18aa}'),
    ('\u{18b0}', '\u{18f5}'),
    ('\u{1900}', '\u{191e}'),
    ('\u{1946}', '\u{196d}'),
    ('\u{1970}', '\u{1974}'),
    ('\u{1980}', '\u{19ab}'),
    ('\u{19b0}', '\u{19c9}'),
    ('\u{19d0}', '\u{19da}'),
    ('\u{1a00}', '\u{1a16}'),
    ('\u{1a20}', '\u{1a54}'),
    ('\u{1a80}', '\u{1a89}'),
    ('\u{1a90}', '\u{1a99}'),
    ('\u{1aa7}', '\u{1aa7}'),
    ('\u{1b05}', '\u{1b33}'),
    ('\u{1b45}', '\u{1b4c}'),
    ('\u{1b50}', '\u{1b59}'),
    ('\u{1b83}', '\u{1ba0}'),
    ('\u{1bae}', '\u{1be5}'),
    ('\u{1c00}', '\u{1c23}'),
    ('\u{1c40}', '\u{1c49}'),
    ('\u{1c4d}', '\u{1c7d}'),
    ('\u{1c80}', '\u{1c88}'),
    ('\u{1c90}', '\u{1cba}'),
    ('\u{1cbd}', '\u{1cbf}'),
    ('\u{1ce9}', '\u{1cec}'),
    ('\u{1cee}', '\u{1cf3}'),
    ('\u{1cf5}', '\u{1cf6}'),
    ('\u{1cfa}', '\u{1cfa}'),
    ('\u{1d00}', '\u{1dbf}'),
    ('\u{1e00}', '\u{1f15}'),
    ('\u{1f18}', '\u{1f1d}'),
    ('\u{1f20}', '\u{1f45}'),
    ('\u{1f48}', '\u{1f4d}'),
    ('\u{1f50}', '\u{1f57}'),
    ('\u{1f59}', '\u{1f59}'),
    ('\u{1f5b}', '\u{1f5b}'),
    ('\u{1f5d}', '\u{1f5d}'),
    ('\u{1f5f}', '\u{1f7d}'),
    ('\u{1f80}', '\u{1fb4}'),
    ('\u{1fb6}', '\u{1fbc}'),
    ('\u{1fbe}', '\u{1fbe}'),
    ('\u{1fc2}', '\u{1fc4}'),
    ('\u{1fc6}', '\u{1fcc}'),
    ('\u{1fd0}', '\u{1fd3}'),
    ('\u{1fd6}', '\u{1fdb}'),
    ('\u{1fe0}', '\u{1fec}'),
    ('\u{1ff2}', '\u{1ff4}'),
    ('\u{1ff6}', '\u{1ffc}'),
    ('\u{2070}', '\u{2071}'),
    ('\u{2074}', '\u{2079}'),
    ('\u{207f}', '\u{2089}'),
    ('\u{2090}', '\u{209c}'),
    ('\u{2102}', '\u{2102}'),
    ('\u{2107}', '\u{2107}'),
    ('\u{210a}', '\u{2113}'),
    ('\u{2115}', '\u{2115}'),
    ('\u{2119}', '\u{211d}'),
    ('\u{2124}', '\u{2124}'),
    ('\u{2126}', '\u{2126}'),
    ('\u{2128}', '\u{2128}'),
    ('\u{212a}', '\u{212d}'),
    ('\u{212f}', '\u{2139}'),
    ('\u{213c}', '\u{213f}'),
    ('\u{2145}', '\u{2149}'),
    ('\u{214e}', '\u{214e}'),
    ('\u{2150}', '\u{2189}'),
    ('\u{2460}', '\u{249b}'),
    ('\u{24ea}', '\u{24ff}'),
    ('\u{2776}', '\u{2793}'),
    ('\u{2c00}', '\u{2ce4}'),
    ('\u{2ceb}', '\u{2cee}'),
    ('\u{2cf2}', '\u{2cf3}'),
    ('\u{2cfd}', '\u{2cfd}'),
    ('\u{2d00}', '\u{2d25}'),
    ('\u{2d27}', '\u{2d27}'),
    ('\u{2d2d}', '\u{2d2d}'),
    ('\u{2d30}', '\u{2d67}'),
    ('\u{2d6f}', '\u{2d6f}'),
    ('\u{2d80}', '\u{2d96}'),
    ('\u{2da0}', '\u{2da6}'),
    ('\u{2da8}', '\u{2dae}'),
    ('\u{2db0}', '\u{2db6}'),
    ('\u{2db8}', '\u{2dbe}'),
    ('\u{2dc0}', '\u{2dc6}'),
    ('\u{2dc8}', '\u{2dce}'),
    ('\u{2dd0}', '\u{2dd6}'),
    ('\u{2dd8}', '\u{2dde}'),
    ('\u{2e2f}', '\u{2e2f}'),
    ('\u{3005}', '\u{3007}'),
    ('\u{3021}', '\u{3029}'),
    ('\u{3031}', '\u{3035}'),
    ('\u{3038}', '\u{303c}'),
    ('\u{3041}', '\u{3096}'),
    ('\u{309d}', '\u{309f}'),
    ('\u{30a1}', '\u{30fa}'),
    ('\u{30fc}', '\u{30ff}'),
    ('\u{3105}', '\u{312f}'),
    ('\u{3131}', '\u{318e}'),
    ('\u{3192}', '\u{3195}'),
    ('\u{31a0}', '\u{31bf}'),
    ('\u{31f0}', '\u{31ff}'),
    ('\u{3220}', '\u{3229}'),
    ('\u{3248}', '\u{324f}'),
    ('\u{3251}', '\u{325f}'),
    ('\u{3280}', '\u{3289}'),
    ('\u{32b1}', '\u{32bf}'),
    ('\u{3400}', '\u{4dbf}'),
    ('\u{4e00}', '\u{a48c}'),
    ('\u{a4d0}', '\u{a4fd}'),
    ('\u{a500}', '\u{a60c}'),
    ('\u{a610}', '\u{a62b}'),
    ('\u{a640}', '\u{a66e}'),
    ('\u{a67f}', '\u{a69d}'),
    ('\u{a6a0}', '\u{a6ef}'),
    ('\u{a717}', '\u{a71f}'),
    ('\u{a722}', '\u{a788}'),
    ('\u{a78b}', '\u{a7ca}'),
    ('\u{a7d0}', '\u{a7d1}'),
    ('\u{a7d3}', '\u{a7d3}'),
    ('\u{a7d5}', '\u{a7d9}'),
    ('\u{a7f2}', '\u{a801}'),
    ('\u{a803}', '\u{a805}'),
    ('\u{a807}', '\u{a80a}'),
    ('\u{a80c}', '\u{a822}'),
    ('\u{a830}', '\u{a835}'),
    ('\u{a840}', '\u{a873}'),
    ('\u{a882}', '\u{a8b3}'),
    ('\u{a8d0}', '\u{a8d9}'),
    ('\u{a8f2}', '\u{a8f7}'),
    ('\u{a8fb}', '\u{a8fb}'),
    ('\u{a8fd}', '\u{a8fe}'),
    ('\u{a900}', '\u{a925}'),
    ('\u{a930}', '\u{a946}'),
    ('\u{a960}', '\u{a97c}'),
    ('\u{a984}', '\u{a9b2}'),
    ('\u{a9cf}', '\u{a9d9}'),
    ('\u{a9e0}', '\u{a9e4}'),
    ('\u{a9e6}', '\u{a9fe}'),
    ('\u{aa00}', '\u{aa28}'),
    ('\u{aa40}', '\u{aa42}'),
    ('\u{aa44}', '\u{aa4b}'),
    ('\u{aa50}', '\u{aa59}'),
    ('\u{aa60}', '\u{aa76}'),
    ('\u{aa7a}', '\u{aa7a}'),
    ('\u{aa7e}', '\u{aaaf}'),
    ('\u{aab1}', '\u{aab1}'),
    ('\u{aab5}', '\u{aab6}'),
    ('\u{aab9}', '\u{aabd}'),
    ('\u{aac0}', '\u{aac0}'),
    ('\u{aac2}', '\u{aac2}'),
    ('\u{aadb}', '\u{aadd}'),
    ('\u{aae0}', '\u{aaea}'),
    ('\u{aaf2}', '\u{aaf4}'),
    ('\u{ab01}', '\u{ab06}'),
    ('\u{ab09}', '\u{ab0e}'),
    ('\u{ab11}', '\u{ab16}'),
    ('\u{ab20}', '\u{ab26}'),
    ('\u{ab28}', '\u{ab2e}'),
    ('\u{ab30}', '\u{ab5a}'),
    ('\u{ab5c}', '\u{ab69}'),
    ('\u{ab70}', '\u{abe2}'),
    ('\u{abf0}', '\u{abf9}'),
    ('\u{ac00}', '\u{d7a3}'),
    ('\u{d7b0}', '\u{d7c6}'),
    ('\u{d7cb}', '\u{d7fb}'),
    ('\u{f900}', '\u{fa6d}'),
    ('\u{fa70}', '\u{fad9}'),
    ('\u{fb00}', '\u{fb06}'),
    ('\u{fb13}', '\u{fb17}'),
    ('\u{fb1d}', '\u{fb1d}'),
    ('\u{fb1f}', '\u{fb28}'),
    ('\u{fb2a}', '\u{fb36}'),
    ('\u{fb38}', '\u{fb3c}'),
    ('\u{fb3e}', '\u{fb3e}'),
    ('\u{fb40}', '\u{fb41}'),
    ('\u{fb43}', '\u{fb44}'),
    ('\u{fb46}', '\u{fbb1}'),
    ('\u{fbd3}', '\u{fd3d}'),
    ('\u{fd50}', '\u{fd8f}'),
    ('\u{fd92}', '\u{fdc7}'),
    ('\u{fdf0}', '\u{fdfb}'),
    ('\u{fe70}', '\u{fe74}'),
    ('\u{fe76}', '\u{fefc}'),
    ('\u{ff10}', '\u{ff19}'),
    ('\u{ff21}', '\u{ff3a}'),
    ('\u{ff41}', '\u{ff5a}'),
    ('\u{ff66}', '\u{ffbe}'),
    ('\u{ffc2}', '\u{ffc7}'),
    ('\u{ffca}', '\u{ffcf}'),
    ('\u{ffd2}', '\u{ffd7}'),
    ('\u{ffda}', '\u{ffdc}'),
    ('\u{10000}', '\u{1000b}'),
    ('\u{1000d}', '\u{10026}'),
    ('\u{10028}', '\u{1003a}'),
    ('\u{1003c}', '\u{1003d}'),
    ('\u{1003f}', '\u{1004d}'),
    ('\u{10050}', '\u{1005d}'),
    ('\u{10080}', '\u{100fa}'),
    ('\u{10107}', '\u{10133}'),
    ('\u{10140}', '\u{10178}'),
    ('\u{1018a}', '\u{1018b}'),
    ('\u{10280}', '\u{1029c}'),
    ('\u{102a0}', '\u{102d0}'),
    ('\u{102e1}', '\u{102fb}'),
    ('\u{10300}', '\u{10323}'),
    ('\u{1032d}', '\u{1034a}'),
    ('\u{10350}', '\u{10375}'),
    ('\u{10380}', '\u{1039d}'),
    ('\u{103a0}', '\u{103c3}'),
    ('\u{103c8}', '\u{103cf}'),
    ('\u{103d1}', '\u{103d5}'),
    ('\u{10400}', '\u{1049d}'),
    ('\u{104a0}', '\u{104a9}'),
    ('\u{104b0}', '\u{104d3}'),
    ('\u{104d8}', '\u{104fb}'),
    ('\u{10500}', '\u{10527}'),
    ('\u{10530}', '\u{10563}'),
    ('\u{10570}', '\u{1057a}'),
    ('\u{1057c}', '\u{1058a}'),
    ('\u{1058c}', '\u{10592}'),
    ('\u{10594}', '\u{10595}'),
    ('\u{10597}', '\u{105a1}'),
    ('\u{105a3}', '\u{105b1}'),
    ('\u{105b3}', '\u{105b9}'),
    ('\u{105bb}', '\u{105bc}'),
    ('\u{10600}', '\u{10736}'),
    ('\u{10740}', '\u{10755}'),
    ('\u{10760}', '\u{10767}'),
    ('\u{10780}', '\u{10785}'),
    ('\u{10787}', '\u{107b0}'),
    ('\u{107b2}', '\u{107ba}'),
    ('\u{10800}', '\u{10805}'),
    ('\u{10808}', '\u{10808}'),
    ('\u{1080a}', '\u{10835}'),
    ('\u{10837}', '\u{10838}'),
    ('\u{1083c}', '\u{1083c}'),
    ('\u{1083f}', '\u{10855}'),
    ('\u{10858}', '\u{10876}'),
    ('\u{10879}', '\u{1089e}'),
    ('\u{108a7}', '\u{108af}'),
    ('\u{108e0}', '\u{108f2}'),
    ('\u{108f4}', '\u{108f5}'),
    ('\u{108fb}', '\u{1091b}'),
    ('\u{10920}', '\u{10939}'),
    ('\u{10980}', '\u{109b7}'),
    ('\u{109bc}', '\u{109cf}'),
    ('\u{109d2}', '\u{10a00}'),
    ('\u{10a10}', '\u{10a13}'),
    ('\u{10a15}', '\u{10a17}'),
    ('\u{10a19}', '\u{10a35}'),
    ('\u{10a40}', '\u{10a48}'),
    ('\u{10a60}', '\u{10a7e}'),
    ('\u{10a80}', '\u{10a9f}'),
    ('\u{10ac0}', '\u{10ac7}'),
    ('\u{10ac9}', '\u{10ae4}'),
    ('\u{10aeb}', '\u{10aef}'),
    ('\u{10b00}', '\u{10b35}'),
    ('\u{10b40}', '\u{10b55}'),
    ('\u{10b58}', '\u{10b72}'),
    ('\u{10b78}', '\u{10b91}'),
    ('\u{10ba9}', '\u{10baf}'),
    ('\u{10c00}', '\u{10c48}'),
    ('\u{10c80}', '\u{10cb2}'),
    ('\u{10cc0}', '\u{10cf2}'),
    ('\u{10cfa}', '\u{10d23}'),
    ('\u{10d30}', '\u{10d39}'),
    ('\u{10e60}', '\u{10e7e}'),
    ('\u{10e80}', '\u{10ea9}'),
    ('\u{10eb0}', '\u{10eb1}'),
    ('\u{10f00}', '\u{10f27}'),
    ('\u{10f30}', '\u{10f45}'),
    ('\u{10f51}', '\u{10f54}'),
    ('\u{10f70}', '\u{10f81}'),
    ('\u{10fb0}', '\u{10fcb}'),
    ('\u{10fe0}', '\u{10ff6}'),
    ('\u{11003}', '\u{11037}'),
    ('\u{11052}', '\u{1106f}'),
    ('\u{11071}', '\u{11072}'),
    ('\u{11075}', '\u{11075}'),
    ('\u{11083}', '\u{110af}'),
    ('\u{110d0}', '\u{110e8}'),
    ('\u{110f0}', '\u{110f9}'),
    ('\u{11103}', '\u{11126}'),
    ('\u{11136}', '\u{1113f}'),
    ('\u{11144}', '\u{11144}'),
    ('\u{11147}', '\u{11147}'),
    ('\u{11150}', '\u{11172}'),
    ('\u{11176}', '\u{11176}'),
    ('\u{11183}', '\u{111b2}'),
    ('\u{111c1}', '\u{111c4}'),
    ('\u{111d0}', '\u{111da}'),
    ('\u{111dc}', '\u{111dc}'),
    ('\u{111e1}', '\u{111f4}'),
    ('\u{11200}', '\u{11211}'),
    ('\u{11213}', '\u{1122b}'),
    ('\u{11280}', '\u{11286}'),
    ('\u{11288}', '\u{11288}'),
    ('\u{1128a}', '\u{1128d}'),
    ('\u{1128f}', '\u{1129d}'),
    ('\u{1129f}', '\u{112a8}'),
    ('\u{112b0}', '\u{112de}'),
    ('\u{112f0}', '\u{112f9}'),
    ('\u{11305}', '\u{1130c}'),
    ('\u{1130f}', '\u{11310}'),
    ('\u{11313}', '\u{11328}'),
    ('\u{1132a}', '\u{11330}'),
    ('\u{11332}', '\u{11333}'),
    ('\u{11335}', '\u{11339}'),
    ('\u{1133d}', '\u{1133d}'),
    ('\u{11350}', '\u{11350}'),
    ('\u{1135d}', '\u{11361}'),
    ('\u{11400}', '\u{11434}'),
    ('\u{11447}', '\u{1144a}'),
    ('\u{11450}', '\u{11459}'),
    ('\u{1145f}', '\u{11461}'),
    ('\u{11480}', '\u{114af}'),
    ('\u{114c4}', '\u{114c5}'),
    ('\u{114c7}', '\u{114c7}'),
    ('\u{114d0}', '\u{114d9}'),
    ('\u{11580}', '\u{115ae}'),
    ('\u{115d8}', '\u{115db}'),
    ('\u{11600}', '\u{1162f}'),
    ('\u{11644}', '\u{11644}'),
    ('\u{11650}', '\u{11659}'),
    ('\u{11680}', '\u{116aa}'),
    ('\u{116b8}', '\u{116b8}'),
    ('\u{116c0}', '\u{116c9}'),
    ('\u{11700}', '\u{1171a}'),
    ('\u{11730}', '\u{1173b}'),
    ('\u{11740}', '\u{11746}'),
    ('\u{11800}', '\u{1182b}'),
    ('\u{118a0}', '\u{118f2}'),
    ('\u{118ff}', '\u{11906}'),
    ('\u{11909}', '\u{11909}'),
    ('\u{1190c}', '\u{11913}'),
    ('\u{11915}', '\u{11916}'),
    ('\u{11918}', '\u{1192f}'),
    ('\u{1193f}', '\u{1193f}'),
    ('\u{11941}', '\u{11941}'),
    ('\u{11950}', '\u{11959}'),
    ('\u{119a0}', '\u{119a7}'),
    ('\u{119aa}', '\u{119d0}'),
    ('\u{119e1}', '\u{119e1}'),
    ('\u{119e3}', '\u{119e3}'),
    ('\u{11a00}', '\u{11a00}'),
    ('\u{11a0b}', '\u{11a32}'),
    ('\u{11a3a}', '\u{11a3a}'),
    ('\u{11a50}', '\u{11a50}'),
    ('\u{11a5c}', '\u{11a89}'),
    ('\u{11a9d}', '\u{11a9d}'),
    ('\u{11ab0}', '\u{11af8}'),
    ('\u{11c00}', '\u{11c08}'),
    ('\u{11c0a}', '\u{11c2e}'),
    ('\u{11c40}', '\u{11c40}'),
    ('\u{11c50}', '\u{11c6c}'),
    ('\u{11c72}', '\u{11c8f}'),
    ('\u{11d00}', '\u{11d06}'),
    ('\u{11d08}', '\u{11d09}'),
    ('\u{11d0b}', '\u{11d30}'),
    ('\u{11d46}', '\u{11d46}'),
    ('\u{11d50}', '\u{11d59}'),
    ('\u{11d60}', '\u{11d65}'),
    ('\u{11d67}', '\u{11d68}'),
    ('\u{11d6a}', '\u{11d89}'),
    ('\u{11d98}', '\u{11d98}'),
    ('\u{11da0}', '\u{11da9}'),
    ('\u{11ee0}', '\u{11ef2}'),
    ('\u{11fb0}', '\u{11fb0}'),
    ('\u{11fc0}', '\u{11fd4}'),
    ('\u{12000}', '\u{12399}'),
    ('\u{12400}', '\u{1246e}'),
    ('\u{12480}', '\u{12543}'),
    ('\u{12f90}', '\u{12ff0}'),
    ('\u{13000}', '\u{1342e}'),
    ('\u{14400}', '\u{14646}'),
    ('\u{16800}', '\u{16a38}'),
    ('\u{16a40}', '\u{16a5e}'),
    ('\u{16a60}', '\u{16a69}'),
    ('\u{16a70}', '\u{16abe}'),
    ('\u{16ac0}', '\u{16ac9}'),
    ('\u{16ad0}', '\u{16aed}'),
    ('\u{16b00}', '\u{16b2f}'),
    ('\u{16b40}', '\u{16b43}'),
    ('\u{16b50}', '\u{16b59}'),
    ('\u{16b5b}', '\u{16b61}'),
    ('\u{16b63}', '\u{16b77}'),
    ('\u{16b7d}', '\u{16b8f}'),
    ('\u{16e40}', '\u{16e96}'),
    ('\u{16f00}', '\u{16f4a}'),
    ('\u{16f50}', '\u{16f50}'),
    ('\u{16f93}', '\u{16f9f}'),
    ('\u{16fe0}', '\u{16fe1}'),
    ('\u{16fe3}', '\u{16fe3}'),
    ('\u{17000}', '\u{187f7}'),
    ('\u{18800}', '\u{18cd5}'),
    ('\u{18d00}', '\u{18d08}'),
    ('\u{1aff0}', '\u{1aff3}'),
    ('\u{1aff5}', '\u{1affb}'),
    ('\u{1affd}', '\u{1affe}'),
    ('\u{1b000}', '\u{1b122}'),
    ('\u{1b150}', '\u{1b152}'),
    ('\u{1b164}', '\u{1b167}'),
    ('\u{1b170}', '\u{1b2fb}'),
    ('\u{1bc00}', '\u{1bc6a}'),
    ('\u{1bc70}', '\u{1bc7c}'),
    ('\u{1bc80}', '\u{1bc88}'),
    ('\u{1bc90}', '\u{1bc99}'),
    ('\u{1d2e0}', '\u{1d2f3}'),
    ('\u{1d360}', '\u{1d378}'),
    ('\u{1d400}', '\u{1d454}'),
    ('\u{1d456}', '\u{1d49c}'),
    ('\u{1d49e}', '\u{1d49f}'),
    ('\u{1d4a2}', '\u{1d4a2}'),
    ('\u{1d4a5}', '\u{1d4a6}'),
    ('\u{1d4a9}', '\u{1d4ac}'),
    ('\u{1d4ae}', '\u{1d4b9}'),
    ('\u{1d4bb}', '\u{1d4bb}'),
    ('\u{1d4bd}', '\u{1d4c3}'),
    ('\u{1d4c5}', '\u{1d505}'),
    ('\u{1d507}', '\u{1d50a}'),
    ('\u{1d50d}', '\u{1d514}'),
    ('\u{1d516}', '\u{1d51c}'),
    ('\u{1d51e}', '\u{1d539}'),
    ('\u{1d53b}', '\u{1d53e}'),
    ('\u{1d540}', '\u{1d544}'),
    ('\u{1d546}', '\u{1d546}'),
    ('\u{1d54a}', '\u{1d550}'),
    ('\u{1d552}', '\u{1d6a5}'),
    ('\u{1d6a8}', '\u{1d6c0}'),
    ('\u{1d6c2}', '\u{1d6da}'),
    ('\u{1d6dc}', '\u{1d6fa}'),
    ('\u{1d6fc}', '\u{1d714}'),
    ('\u{1d716}', '\u{1d734}'),
    ('\u{1d736}', '\u{1d74e}'),
    ('\u{1d750}', '\u{1d76e}'),
    ('\u{1d770}', '\u{1d788}'),
    ('\u{1d78a}', '\u{1d7a8}'),
    ('\u{1d7aa}', '\u{1d7c2}'),
    ('\u{1d7c4}', '\u{1d7cb}'),
    ('\u{1d7ce}', '\u{1d7ff}'),
    ('\u{1df00}', '\u{1df1e}'),
    ('\u{1e100}', '\u{1e12c}'),
    ('\u{1e137}', '\u{1e13d}'),
    ('\u{1e140}', '\u{1e149}'),
    ('\u{1e14e}', '\u{1e14e}'),
    ('\u{1e290}', '\u{1e2ad}'),
    ('\u{1e2c0}', '\u{1e2eb}'),
    ('\u{1e2f0}', '\u{1e2f9}'),
    ('\u{1e7e0}', '\u{1e7e6}'),
    ('\u{1e7e8}', '\u{1e7eb}'),
    ('\u{1e7ed}', '\u{1e7ee}'),
    ('\u{1e7f0}', '\u{1e7fe}'),
    ('\u{1e800}', '\u{1e8c4}'),
    ('\u{1e8c7}', '\u{1e8cf}'),
    ('\u{1e900}', '\u{1e943}'),
    ('\u{1e94b}', '\u{1e94b}'),
    ('\u{1e950}', '\u{1e959}'),
    ('\u{1ec71}', '\u{1ecab}'),
    ('\u{1ecad}', '\u{1ecaf}'),
    ('\u{1ecb1}', '\u{1ecb4}'),
    ('\u{1ed01}', '\u{1ed2d}'),
    ('\u{1ed2f}', '\u{1ed3d}'),
    ('\u{1ee00}', '\u{1ee03}'),
    ('\u{1ee05}', '\u{1ee1f}'),
    ('\u{1ee21}', '\u{1ee22}'),
    ('\u{1ee24}', '\u{1ee24}'),
    ('\u{1ee27}', '\u{1ee27}'),
    ('\u{1ee29}', '\u{1ee32}'),
    ('\u{1ee34}', '\u{1ee37}'),
    ('\u{1ee39}', '\u{1ee39}'),
    ('\u{1ee3b}', '\u{1ee3b}'),
    ('\u{1ee42}', '\u{1ee42}'),
    ('\u{1ee47}', '\u{1ee47}'),
    ('\u{1ee49}', '\u{1ee49}'),
    ('\u{1ee4b}', '\u{1ee4b}'),
    ('\u{1ee4d}', '\u{1ee4f}'),
    ('\u{1ee51}', '\u{1ee52}'),
    ('\u{1ee54}', '\u{1ee54}'),
    ('\u{1ee57}', '\u{1ee57}'),
    ('\u{1ee59}', '\u{1ee59}'),
    ('\u{1ee5b}', '\u{1ee5b}'),
    ('\u{1ee5d}', '\u{1ee5d}'),
    ('\u{1ee5f}', '\u{1ee5f}'),
    ('\u{1ee61}', '\u{1ee62}'),
    ('\u{1ee64}', '\u{1ee64}'),
    ('\u{1ee67}', '\u{1ee6a}'),
    ('\u{1ee6c}', '\u{1ee72}'),
    ('\u{1ee74}', '\u{1ee77}'),
    ('\u{1ee79}', '\u{1ee7c}'),
    ('\u{1ee7e}', '\u{1ee7e}'),
    ('\u{1ee80}', '\u{1ee89}'),
    ('\u{1ee8b}', '\u{1ee9b}'),
    ('\u{1eea1}', '\u{1eea3}'),
    ('\u{1eea5}', '\u{1eea9}'),
    ('\u{1eeab}', '\u{1eebb}'),
    ('\u{1f100}', '\u{1f10c}'),
    ('\u{1fbf0}', '\u{1fbf9}'),
    ('\u{20000}', '\u{2a6df}'),
    ('\u{2a700}', '\u{2b738}'),
    ('\u{2b740}', '\u{2b81d}'),
    ('\u{2b820}', '\u{2cea1}'),
    ('\u{2ceb0}', '\u{2ebe0}'),
    ('\u{2f800}', '\u{2fa1d}'),
    ('\u{30000}', '\u{3134a}'),
];

/// Python's regex `\d` on `str` (`str.isdecimal`: category Nd), as sorted inclusive ranges.
pub const PY_DECIMAL_RANGES: &[(char, char)] = &[
    ('\u{0030}', '\u{0039}'),
    ('\u{0660}', '\u{0669}'),
    ('\u{06f0}', '\u{06f9}'),
    ('\u{07c0}', '\u{07c9}'),
    ('\u{0966}', '\u{096f}'),
    ('\u{09e6}', '\u{09ef}'),
    ('\u{0a66}', '\u{0a6f}'),
    ('\u{0ae6}', '\u{0aef}'),
    ('\u{0b66}', '\u{0b6f}'),
    ('\u{0be6}', '\u{0bef}'),
    ('\u{0c66}', '\u{0c6f}'),
    ('\u{0ce6}', '\u{0cef}'),
    ('\u{0d66}', '\u{0d6f}'),
    ('\u{0de6}', '\u{0def}'),
    ('\u{0e50}', '\u{0e59}'),
    ('\u{0ed0}', '\u{0ed9}'),
    ('\u{0f20}', '\u{0f29}'),
    ('\u{1040}', '\u{1049}'),
    ('\u{1090}', '\u{1099}'),
    ('\u{17e0}', '\u{17e9}'),
    ('\u{1810}', '\u{1819}'),
    ('\u{1946}', '\u{194f}'),
    ('\u{19d0}', '\u{19d9}'),
    ('\u{1a80}', '\u{1a89}'),
    ('\u{1a90}', '\u{1a99}'),
    ('\u{1b50}', '\u{1b59}'),
    ('\u{1bb0}', '\u{1bb9}'),
    ('\u{1c40}', '\u{1c49}'),
    ('\u{1c50}', '\u{1c59}'),
    ('\u{a620}', '\u{a629}'),
    ('\u{a8d0}', '\u{a8d9}'),
    ('\u{a900}', '\u{a909}'),
    ('\u{a9d0}', '\u{a9d9}'),
    ('\u{a9f0}', '\u{a9f9}'),
    ('\u{aa50}', '\u{aa59}'),
    ('\u{abf0}', '\u{abf9}'),
    ('\u{ff10}', '\u{ff19}'),
    ('\u{104a0}', '\u{104a9}'),
    ('\u{10d30}', '\u{10d39}'),
    ('\u{11066}', '\u{1106f}'),
    ('\u{110f0}', '\u{110f9}'),
    ('\u{11136}', '\u{1113f}'),
    ('\u{111d0}', '\u{111d9}'),
    ('\u{112f0}', '\u{112f9}'),
    ('\u{11450}', '\u{11459}'),
    ('\u{114d0}', '\u{114d9}'),
    ('\u{11650}', '\u{11659}'),
    ('\u{116c0}', '\u{116c9}'),
    ('\u{11730}', '\u{11739}'),
    ('\u{118e0}', '\u{118e9}'),
    ('\u{11950}', '\u{11959}'),
    ('\u{11c50}', '\u{11c59}'),
    ('\u{11d50}', '\u{11d59}'),
    ('\u{11da0}', '\u{11da9}'),
    ('\u{16a60}', '\u{16a69}'),
    ('\u{16ac0}', '\u{16ac9}'),
    ('\u{16b50}', '\u{16b59}'),
    ('\u{1d7ce}', '\u{1d7ff}'),
    ('\u{1e140}', '\u{1e149}'),
    ('\u{1e2f0}', '\u{1e2f9}'),
    ('\u{1e950}', '\u{1e959}'),
    ('\u{1fbf0}', '\u{1fbf9}'),
];

/// Python's regex `\s` on `str` (`str.isspace`), as sorted inclusive ranges.
pub const PY_SPACE_RANGES: &[(char, char)] = &[
    ('\u{0009}', '\u{000d}'),
    ('\u{001c}', '\u{0020}'),
    ('\u{0085}', '\u{0085}'),
    ('\u{00a0}', '\u{00a0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200a}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202f}', '\u{202f}'),
    ('\u{205f}', '\u{205f}'),
    ('\u{3000}', '\u{3000}'),
];

// ---- END GENERATED ----

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A character drawn mostly from a few blocks (so that maps and texts meet), sometimes
    /// from beyond the BMP.
    fn some_char() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::sample::select(vec![
                'a',
                'b',
                ' ',
                '\u{640}',
                '\u{64a}',
                '\u{6cc}',
                '\u{fefb}',
                '\u{200c}',
                '\u{1f600}',
                '\u{10ffff}'
            ]),
            (0x600u32..0x700).prop_map(|c| char::from_u32(c).expect("BMP, no surrogate")),
            any::<char>(),
        ]
    }

    proptest! {
        /// `apply` (the table's branch-free pass) is the map looked up character by
        /// character, and `edits` and `contains` agree with it; maps of characters to
        /// none, one or several, inserted over each other and back to themselves.
        #[test]
        fn char_map_apply_is_the_map_char_by_char(
            pairs in prop::collection::vec((some_char(), prop::collection::vec(some_char(), 0..3)), 0..12),
            text in prop::collection::vec(some_char(), 0..60),
        ) {
            let mut m = CharMap::new();
            for (from, to) in &pairs {
                m.insert(*from, to.iter().collect::<String>());
            }
            let slow: Vec<char> = text
                .iter()
                .flat_map(|&c| m.get(c).map_or_else(|| vec![c], |r| r.chars().collect()))
                .collect();
            let changed = text.iter().any(|&c| m.contains(c));
            prop_assert_eq!(m.apply(&text), changed.then(|| slow.clone()));
            prop_assert_eq!(crate::edit::apply_edits(&text, &m.edits(&text)), slow);
            for (from, _) in &pairs {
                prop_assert_eq!(m.contains(*from), m.get(*from).is_some());
            }
        }
    }

    /// Every match function agrees with its table over the whole of Unicode's BMP.
    #[test]
    fn match_functions_agree_with_their_tables() {
        for cp in 0..0x10000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(is_non_joining(c), NON_JOINING.contains(&c), "{c:?}");
            assert_eq!(is_diacritic(c), DIACRITICS.contains(&c), "{c:?}");
            assert_eq!(is_letter_mark(c), LETTER_MARKS.contains(&c), "{c:?}");
            assert_eq!(is_disambiguating(c), DISAMBIGUATING.contains(&c), "{c:?}");
            assert_eq!(is_space_variant(c), SPACES.contains(&c), "{c:?}");
            assert_eq!(is_bidi_mark(c), BIDI_MARKS.contains(&c), "{c:?}");
            assert_eq!(
                is_other_language_weak(c),
                OTHER_LANGUAGE_WEAK.contains(&c),
                "{c:?}"
            );
            assert_eq!(
                is_other_language_letter(c),
                OTHER_LANGUAGE_LETTERS.contains(&c),
                "{c:?}"
            );
            assert_eq!(is_arabic_letter(c), in_ranges(ARABIC_LETTER_RANGES, c), "{c:?}");
            assert_eq!(
                is_arabic_script_letter(c),
                in_ranges(ARABIC_SCRIPT_LETTER_RANGES, c),
                "{c:?}"
            );
            assert_eq!(
                is_arabic_script_text(c),
                in_ranges(ARABIC_SCRIPT_TEXT_RANGES, c),
                "{c:?}"
            );
            assert_eq!(is_py_alpha(c), in_ranges(PY_ALPHA_RANGES, c), "{c:?}");
            assert_eq!(is_py_word(c), in_ranges(PY_WORD_RANGES, c), "{c:?}");
            assert_eq!(is_py_space(c), in_ranges(PY_SPACE_RANGES, c), "{c:?}");
            assert_eq!(is_py_decimal(c), in_ranges(PY_DECIMAL_RANGES, c), "{c:?}");
            assert_eq!(
                digit_value(c).is_some(),
                DIGIT_SETS.iter().any(|(_, s)| s.contains(&c))
            );
        }
    }

    #[test]
    fn ranges_are_sorted_and_disjoint() {
        for r in [
            ARABIC_LETTER_RANGES,
            ARABIC_SCRIPT_LETTER_RANGES,
            ARABIC_SCRIPT_TEXT_RANGES,
            PY_ALPHA_RANGES,
            PY_WORD_RANGES,
            PY_DECIMAL_RANGES,
            PY_SPACE_RANGES,
        ] {
            for w in r.windows(2) {
                assert!(w[0].0 <= w[0].1 && w[0].1 < w[1].0);
            }
        }
        for w in PRESENTATION_FORMS.windows(2) {
            assert!(w[0].0 < w[1].0);
        }
    }

    #[test]
    fn a_few_known_rows() {
        assert_eq!(arabic_to_persian('ي'), Some('ی'));
        assert_eq!(arabic_to_persian('ک'), None);
        assert_eq!(compose('ا', '\u{0653}'), Some('آ'));
        assert_eq!(compose('ه', '\u{0654}'), None);
        assert_eq!(presentation_form('\u{fefb}'), Some("لا"));
        assert_eq!(presentation_form('\u{feff}'), None);
        assert_eq!(presentation_form('ب'), None);
        assert!(is_arabic_script_text('\u{064e}') && !is_arabic_script_letter('\u{064e}'));
        assert!(is_arabic_letter('ی') && !is_arabic_letter(TATWEEL));
        assert!(is_py_alpha('é') && !is_py_alpha('1') && is_py_word('۱') && is_py_word('_'));
        assert!(is_py_space('\u{3000}') && !is_py_space(ZWNJ) && !is_py_word(ZWNJ));
        assert!(is_other_language_word(&"ہے".chars().collect::<Vec<_>>()));
        assert!(!is_other_language_word(&"که".chars().collect::<Vec<_>>()));
    }
}
