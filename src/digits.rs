//! The digits step: one digit set for the numbers of Persian text.
//! (Ported from `normalizer/steps/digits.py`.)

use crate::chars;
use crate::edit::Edit;
use crate::protect::is_word_mark;
use crate::step::{Options, Step};

/// COMBINING ENCLOSING KEYCAP: 1️⃣ is 1 + U+FE0F + U+20E3; a keycap's digit is never converted.
pub const KEYCAP: char = '\u{20e3}';
/// VARIATION SELECTOR-16 (emoji presentation).
pub const VS16: char = '\u{fe0f}';

/// The script of a character for the digit rule (see [`script`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    /// No letter: a space, punctuation, a symbol, a digit, a hidden URL, e-mail or hashtag.
    None,
    /// An Arabic-script letter ([`chars::is_arabic_script_letter`]).
    Arabic,
    /// A letter of another script, or the placeholder of a hidden Latin word or identifier.
    Other,
}

/// The script of a character for the digit rule: an Arabic-script letter, a letter of
/// another script (a Latin word or identifier the pipeline hid is one too), or no letter (a
/// hidden URL, e-mail address or hashtag is none). "Letter" is Python's `str.isalpha`.
#[inline]
fn script(c: char) -> Script {
    if chars::is_arabic_script_letter(c) {
        Script::Arabic
    } else if chars::is_py_alpha(c) || is_word_mark(c) {
        Script::Other
    } else {
        Script::None
    }
}

/// `digits`: write the digits of Persian text in one set: `to=persian` (۰-۹), `latin`
/// (0-9) or `arabic` (٠-٩).
///
/// Digits take the script of the words around them. A run of digits looks for the nearest
/// letter on its left and on its right, as far as it must but never past its line, skipping
/// spaces, punctuation, symbols, emoji and other digits (so 3.14, 1,000 and 23:02 go as one,
/// and a list of numbers goes with the words around it). It is converted when the nearest
/// letters it finds are Arabic-script letters (سال 2024 -> سال ۲۰۲۴, 2024 سال too), and left
/// as it is when either is a letter of another script (Latin, Cyrillic, Greek, Hebrew, CJK
/// ...), a hidden Latin word or identifier included (Python, COVID-19, mp3): «نسخهٔ Python
/// 3.11» keeps its 3.11. A URL, an e-mail address or a hashtag is no letter and is skipped.
/// A run with no letter on either side is left alone. A digit in a keycap emoji (1️⃣: digit +
/// U+FE0F + U+20E3) is never converted. Separators are left as they are.
///
/// `other_scripts=convert` converts every digit wherever it is, and makes the pipeline
/// normalize lines with no Arabic-script letter like any other ([`Step::protect_policy`]:
/// the `search` preset, so that 123 and ۱۲۳ meet).
pub struct Digits {
    /// The digit set written.
    target: [char; 10],
    /// `other_scripts=convert`: every digit, whatever its neighbours.
    everywhere: bool,
}

impl Digits {
    pub fn new(options: &Options) -> Self {
        let to = options.str("to", "persian");
        let target = chars::DIGIT_SETS
            .iter()
            .find(|(name, _)| *name == to)
            .map_or(chars::PERSIAN_DIGITS, |(_, set)| *set);
        Digits {
            target,
            everywhere: options.str("other_scripts", "keep") == "convert",
        }
    }

    /// The digit `c` becomes, if it is a digit of another set.
    #[inline]
    fn map(&self, c: char) -> Option<char> {
        let v = chars::digit_value(c)?;
        let t = self.target[v as usize];
        (t != c).then_some(t)
    }

    /// The runs of digits to convert, as `(start, end)`: every digit in them that is of
    /// another set is converted (a keycap's digit is left out of its run).
    fn runs(&self, text: &[char]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let n = text.len();
        // the nearest letters found so far: left of the run before (with where that run
        // ended) and right of a run (with where that letter is), so that a line of many
        // numbers is read once, not once per number
        let (mut prev_end, mut prev_left) = (None::<usize>, Script::None);
        let (mut right_at, mut right) = (None::<usize>, Script::None);
        let mut end = 0; // the end of the run found last
        let mut i = 0;
        while i < n {
            if self.map(text[i]).is_none() {
                i += 1;
                continue;
            }
            // a digit to convert: its run, grown over the digits of every set beside it
            let mut s = i;
            while s > end && chars::is_any_digit(text[s - 1]) {
                s -= 1;
            }
            let mut e = i;
            while e < n && chars::is_any_digit(text[e]) {
                e += 1;
            }
            end = e;
            i = e;
            let mut run_end = e;
            if e < n && (text[e] == KEYCAP || (text[e] == VS16 && text.get(e + 1) == Some(&KEYCAP))) {
                run_end -= 1; // the keycap's digit stays
            }
            // the nearest letter on the left (within the line)
            let mut left = Script::None;
            let mut j = s;
            while j > 0 {
                j -= 1;
                if prev_end.is_some_and(|p| j < p) {
                    left = prev_left; // only non-letters since the run before
                    break;
                }
                let c = text[j];
                if c == '\n' {
                    break;
                }
                left = script(c);
                if left != Script::None {
                    break;
                }
            }
            prev_end = Some(e);
            prev_left = left;
            if !text[s..run_end].iter().any(|&c| self.map(c).is_some()) {
                continue;
            }
            if !self.everywhere {
                if left == Script::Other {
                    continue;
                }
                if !matches!(right_at, Some(r) if r >= e) {
                    let mut j = e;
                    right = Script::None;
                    while j < n {
                        let c = text[j];
                        if c == '\n' {
                            break;
                        }
                        right = script(c);
                        if right != Script::None {
                            break;
                        }
                        j += 1;
                    }
                    right_at = Some(j);
                }
                if right == Script::Other || (left == Script::None && right == Script::None) {
                    continue;
                }
            }
            out.push((s, run_end));
        }
        out
    }
}

impl Step for Digits {
    fn name(&self) -> &'static str {
        "digits"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        // one edit per digit, as a character map makes
        let mut out = Vec::new();
        for (s, e) in self.runs(text) {
            for (i, &c) in text.iter().enumerate().take(e).skip(s) {
                if let Some(t) = self.map(c) {
                    out.push(Edit::new(i, i + 1, t.to_string()));
                }
            }
        }
        out
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(|&c| self.map(c).is_some())
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        if !self.needs(text) {
            return None;
        }
        let runs = self.runs(text);
        if runs.is_empty() {
            return None;
        }
        let mut out = text.to_vec();
        for (s, e) in runs {
            for c in &mut out[s..e] {
                if let Some(t) = self.map(*c) {
                    *c = t;
                }
            }
        }
        Some(out)
    }

    fn protect_policy(&self) -> Option<(Option<bool>, Option<bool>)> {
        // other_scripts=convert: lines with no Arabic-script letter are normalized too
        self.everywhere.then_some((Some(false), None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::step::Value;
    use proptest::prelude::*;

    fn step(to: &str, convert: bool) -> Digits {
        let mut o = Options::new().with("to", Value::Str(to.into()));
        if convert {
            o = o.with("other_scripts", Value::Str("convert".into()));
        }
        Digits::new(&o)
    }

    fn run(st: &Digits, s: &str) -> String {
        let t: Vec<char> = s.chars().collect();
        let fast = st
            .apply(&t)
            .map_or_else(|| s.to_string(), |o| o.into_iter().collect());
        let slow: String = crate::apply_edits(&t, &st.edits(&t)).into_iter().collect();
        assert_eq!(fast, slow, "{s:?}: fast path and edits differ");
        fast
    }

    /// (to, other_scripts=convert, input, output), as Python gives them.
    #[test]
    fn table_of_rows() {
        let rows: &[(&str, bool, &str, &str)] = &[
            (
                "persian",
                false,
                "ساعت 23:02 در https://x.ir/a?b=12",
                "ساعت ۲۳:۰۲ در https://x.ir/a?b=12",
            ),
            (
                "persian",
                false,
                "نسخهٔ 3.11 از Python 3.11 و 1️⃣",
                "نسخهٔ ۳.۱۱ از Python 3.11 و 1️⃣",
            ),
            ("persian", false, "قیمت ٣٤٥ تومان", "قیمت ۳۴۵ تومان"),
            ("persian", false, "12 ab 34 کتاب 56", "12 ab 34 کتاب ۵۶"),
            ("persian", false, "1\n2 کتاب\n3", "1\n۲ کتاب\n3"),
            // a hidden word is a letter of another script; a hidden URL is no letter
            ("persian", false, "\u{ee01} 12 کتاب", "\u{ee01} 12 کتاب"),
            ("persian", false, "کتاب 12 \u{e001} و", "کتاب ۱۲ \u{e001} و"),
            // unchanged: no letter at all, Latin text, already right
            ("persian", false, "2024", "2024"),
            ("persian", false, "abc 123", "abc 123"),
            ("persian", false, "سال ۲۰۲۴", "سال ۲۰۲۴"),
            ("persian", false, "", ""),
            ("latin", false, "۱۴۰۳ و ٣٫٥", "1403 و 3٫5"),
            ("latin", false, "abc ۱۲۳", "abc ۱۲۳"),
            ("latin", true, "abc ۱۲۳", "abc 123"),
            ("latin", true, "۱\u{fe0f}\u{20e3} ۲", "۱\u{fe0f}\u{20e3} 2"),
            ("arabic", false, "سال 2024", "سال ٢٠٢٤"),
        ];
        for (to, convert, input, want) in rows {
            assert_eq!(run(&step(to, *convert), input), *want, "{to} {convert} {input:?}");
        }
    }

    #[test]
    fn one_edit_per_digit() {
        let t: Vec<char> = "سال 2۰24".chars().collect();
        let e = step("persian", false).edits(&t);
        assert_eq!(
            e,
            vec![Edit::new(4, 5, "۲"), Edit::new(6, 7, "۲"), Edit::new(7, 8, "۴")]
        );
        assert_eq!(step("latin", true).protect_policy(), Some((Some(false), None)));
    }

    proptest! {
        /// Idempotent; converting to one set and back to the source set of a text of one
        /// set gives it back; text with no digit of another set is unchanged.
        #[test]
        fn idempotent_and_quiet(s in "[a-z0-9۰-۹٠-٩ .,:کتابسال\u{20e3}\u{fe0f}\u{ee01}\n]{0,40}") {
            for to in ["persian", "latin", "arabic"] {
                for convert in [false, true] {
                    let st = step(to, convert);
                    let once = run(&st, &s);
                    prop_assert_eq!(run(&st, &once), once.clone());
                }
            }
            let quiet: String = s.chars().filter(|c| !c.is_ascii_digit() && !('٠'..='٩').contains(c)).collect();
            prop_assert_eq!(run(&step("persian", true), &quiet), quiet.clone());
        }
    }
}
