//! The digits step: one digit set for the numbers of Persian text.
//! (Ported from `normalizer/steps/digits.py`.)

use crate::chars;
use crate::edit::Edit;
use crate::protect::{self, is_word_mark};
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

/// Bits of [`digit_sets`]: which digit sets a run holds.
const LATIN_SET: u8 = 1;
const ARABIC_SET: u8 = 2;
const PERSIAN_SET: u8 = 4;

/// The digit sets `run` holds, as bits.
fn digit_sets(run: &[char]) -> u8 {
    run.iter().fold(0, |a, &c| {
        a | match c {
            '0'..='9' => LATIN_SET,
            '\u{0660}'..='\u{0669}' => ARABIC_SET,
            '\u{06f0}'..='\u{06f9}' => PERSIAN_SET,
            _ => 0,
        }
    })
}

/// `separators=persian`: the decimal separator of a number written in Arabic-script
/// digits (ARABIC DECIMAL SEPARATOR), for `.` between its digits.
pub const DECIMAL_SEPARATOR: char = '\u{066b}';
/// ... its thousands separator (ARABIC THOUSANDS SEPARATOR), for `,` between groups of three.
pub const THOUSANDS_SEPARATOR: char = '\u{066c}';
/// ... its percent sign (ARABIC PERCENT SIGN), for `%` right after it.
pub const PERCENT_SIGN: char = '\u{066a}';
/// Marks that join the digit groups of a number (read by `separators=persian`); of them,
/// `:` and `/` make it a time, a date or a ratio, whose marks are left.
const NUMBER_JOINS: [char; 6] = ['.', ',', DECIMAL_SEPARATOR, THOUSANDS_SEPARATOR, ':', '/'];

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
/// A run with no letter on either side is left alone (`context=persian`, the default) or
/// converted (`context=not_latin`). A digit in a keycap emoji (1️⃣: digit + U+FE0F +
/// U+20E3) is never converted.
///
/// A run that is no Latin writing is converted wherever it is: one that mixes digit sets
/// (123۴۵۶), and, to an Arabic-script set (`persian`, `arabic`), one holding an
/// Arabic-script digit (٠-٩, ۰-۹: Text ٣ -> Text ۳), unless it is glued to a letter of
/// another script (part of a Latin name: CoRoT-٧b is left). The pipeline hides whole lines with
/// no Arabic-script letter from the steps; the step works on them all the same
/// ([`Step::apply_hidden`]), with their URLs, addresses and Latin words hidden, unless the
/// line is another Arabic-script language: there only such runs change, and with
/// `context=not_latin` the runs with no letter around them (a line of digits alone).
///
/// `separators=persian` writes the marks of a number written in Arabic-script digits as
/// that script does: `.` between its digits as ٫ (one `.` only: 4.7.1 and 192.168.0.1 are
/// kept), `,` between groups of three as ٬ (۱۲,۵۴۳ -> ۱۲٬۵۴۳; 1,2 is kept), `%` right after
/// it as ٪. A number holding `:` or `/` (a time, a date) or a Latin digit is left.
///
/// `other_scripts=convert` converts every digit wherever it is, and makes the pipeline
/// normalize lines with no Arabic-script letter like any other ([`Step::protect_policy`]:
/// the `search` preset, so that 123 and ۱۲۳ meet).
pub struct Digits {
    /// The digit set written.
    target: [char; 10],
    /// `to=latin`.
    latin_target: bool,
    /// `other_scripts=convert`: every digit, whatever its neighbours.
    everywhere: bool,
    /// `context=not_latin`: a run with no letter on either side too.
    not_latin: bool,
    /// `separators=persian`.
    separators: bool,
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
            latin_target: target == chars::LATIN_DIGITS,
            everywhere: options.str("other_scripts", "keep") == "convert",
            not_latin: options.str("context", "persian") == "not_latin",
            separators: options.str("separators", "keep") == "persian",
        }
    }

    /// The digit `c` becomes, if it is a digit of another set.
    #[inline]
    fn map(&self, c: char) -> Option<char> {
        let v = chars::digit_value(c)?;
        let t = self.target[v as usize];
        (t != c).then_some(t)
    }

    /// Is `run` (digits) no Latin writing, converted whatever its neighbours: it mixes
    /// digit sets, or holds an Arabic-script digit and the target is an Arabic-script set?
    fn forced(&self, run: &[char]) -> bool {
        let sets = digit_sets(run);
        sets.count_ones() > 1 || (!self.latin_target && sets & (ARABIC_SET | PERSIAN_SET) != 0)
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
            // (a run glued to a Latin letter is part of a Latin name: CoRoT-7b, 3D)
            let glued = |c: Option<&char>| c.is_some_and(|&c| script(c) == Script::Other);
            let forced = self.forced(&text[s..run_end])
                && !glued(s.checked_sub(1).and_then(|p| text.get(p)))
                && !glued(text.get(e));
            if !self.everywhere && !forced {
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
                if right == Script::Other
                    || (left == Script::None && right == Script::None && !self.not_latin)
                {
                    continue;
                }
            }
            out.push((s, run_end));
        }
        out
    }

    /// `separators=persian` on `out` (digits converted): the marks of each number written
    /// wholly in the target set, where it is an Arabic-script one. True where one changed.
    fn write_separators(&self, out: &mut [char]) -> bool {
        if self.latin_target {
            return false;
        }
        let n = out.len();
        let mut changed = false;
        let mut i = 0;
        while i < n {
            if !chars::is_any_digit(out[i]) {
                i += 1;
                continue;
            }
            // a number: groups of digits, each joined to the next by one mark
            let start = i;
            let mut groups = Vec::new();
            let mut joins = Vec::new();
            loop {
                let g = i;
                while i < n && chars::is_any_digit(out[i]) {
                    i += 1;
                }
                groups.push(i - g);
                if i + 1 < n && NUMBER_JOINS.contains(&out[i]) && chars::is_any_digit(out[i + 1]) {
                    joins.push(i);
                    i += 1;
                } else {
                    break;
                }
            }
            let end = i;
            let keycap = end < n && matches!(out[end], KEYCAP | VS16);
            if keycap
                || !out[start..end]
                    .iter()
                    .all(|c| !chars::is_any_digit(*c) || self.target.contains(c))
                || joins.iter().any(|&p| matches!(out[p], ':' | '/'))
            {
                continue;
            }
            let is_dot = |c: char| c == '.' || c == DECIMAL_SEPARATOR;
            let dots: Vec<usize> = (0..joins.len()).filter(|&k| is_dot(out[joins[k]])).collect();
            if dots.len() > 1 {
                continue; // a version, an address, a date
            }
            // the commas: before the decimal separator, the first group of one to three
            // digits and each group after a comma of three
            let int_joins = dots.first().copied().unwrap_or(joins.len());
            if int_joins > 0 && (groups[0] > 3 || groups[1..=int_joins].iter().any(|&g| g != 3)) {
                continue;
            }
            if joins[int_joins.min(joins.len())..]
                .iter()
                .skip(1)
                .any(|&p| !is_dot(out[p]))
            {
                continue; // (no comma after the decimal separator)
            }
            for &p in &joins {
                let want = if is_dot(out[p]) {
                    DECIMAL_SEPARATOR
                } else {
                    THOUSANDS_SEPARATOR
                };
                if out[p] != want {
                    out[p] = want;
                    changed = true;
                }
            }
            if end < n && out[end] == '%' {
                out[end] = PERCENT_SIGN;
                changed = true;
            }
        }
        changed
    }
}

impl Step for Digits {
    fn name(&self) -> &'static str {
        "digits"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        // one edit per character changed (a digit, a separator), as a character map makes
        let Some(out) = self.apply(text) else {
            return Vec::new();
        };
        text.iter()
            .zip(&out)
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(i, (_, &b))| Edit::new(i, i + 1, b.to_string()))
            .collect()
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(|&c| {
            self.map(c).is_some() || (self.separators && !self.latin_target && matches!(c, '.' | ',' | '%'))
        })
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        if !self.needs(text) {
            return None;
        }
        let mut out = text.to_vec();
        let mut changed = false;
        for (s, e) in self.runs(text) {
            for c in &mut out[s..e] {
                if let Some(t) = self.map(*c) {
                    *c = t;
                    changed = true;
                }
            }
        }
        if self.separators {
            changed |= self.write_separators(&mut out);
        }
        changed.then_some(out)
    }

    fn works_hidden(&self) -> bool {
        // (with other_scripts=convert no line is hidden, and spans stay as they are)
        !self.everywhere
    }

    /// A hidden line is read as visible text is, with its own URLs, addresses, hashtags and
    /// Latin words hidden: a Latin line keeps its Latin numbers, a line of digits alone
    /// changes with `context=not_latin`, and runs that are no Latin writing change
    /// everywhere. A hidden span comes out as it is (it is hidden again here); a line of
    /// another Arabic-script language too.
    fn apply_hidden(&self, hidden: &[char]) -> Option<Vec<char>> {
        // (without those options only runs that are no Latin writing change: the string
        // must hold an Arabic-script digit, and a digit to convert)
        let no_latin_writing = hidden.iter().any(|&c| chars::is_persian_digit(c))
            && hidden.iter().any(|&c| self.map(c).is_some());
        if !(self.not_latin || self.separators || no_latin_writing) {
            return None;
        }
        if !self.needs(hidden) || protect::is_other_language(hidden) {
            return None;
        }
        let m = protect::mask(hidden, false, false);
        if m.untouched {
            return None;
        }
        let out = self.apply(&m.text)?;
        Some(if m.hidden.is_empty() {
            out
        } else {
            protect::unmask(&out, &m.hidden, &m.ph)
        })
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

    fn editorial(to: &str) -> Digits {
        Digits::new(
            &Options::new()
                .with("to", Value::Str(to.into()))
                .with("context", Value::Str("not_latin".into()))
                .with("separators", Value::Str("persian".into())),
        )
    }

    /// Runs that are no Latin writing; `context=not_latin` and `separators=persian`.
    #[test]
    fn table_of_new_rows() {
        let p = step("persian", false);
        let rows: &[(&str, &str)] = &[
            ("\u{ee01} ٣", "\u{ee01} ۳"),
            ("ab 12۳", "ab ۱۲۳"),
            ("\u{ee01}٣", "\u{ee01}٣"), // glued to a Latin name
            ("٣\u{fe0f}\u{20e3}", "٣\u{fe0f}\u{20e3}"),
            ("12", "12"),
        ];
        for (input, want) in rows {
            assert_eq!(run(&p, input), *want, "{input:?}");
        }
        let e = editorial("persian");
        let rows: &[(&str, &str)] = &[
            ("12", "۱۲"),
            ("96%", "۹۶٪"),
            ("۱۲.۵۶ و ۱۲,۵۴۳", "۱۲٫۵۶ و ۱۲٬۵۴۳"),
            ("1,234,567.25", "۱٬۲۳۴٬۵۶۷٫۲۵"),
            // digits converted, marks kept
            ("1403/09/16 23:02", "۱۴۰۳/۰۹/۱۶ ۲۳:۰۲"),
            ("4.7.1 192.168.0.1", "۴.۷.۱ ۱۹۲.۱۶۸.۰.۱"),
            ("۱,۲ ۱۲,۳۴ ۱۲۳۴,۵۶۷ ۱.۵,۰۰۰", "۱,۲ ۱۲,۳۴ ۱۲۳۴,۵۶۷ ۱.۵,۰۰۰"),
            // unchanged: Latin context, a keycap, already right
            ("ab 3.14 1,000 96%", "ab 3.14 1,000 96%"),
            ("\u{ee01} 4.7", "\u{ee01} 4.7"),
            ("1\u{fe0f}\u{20e3}", "1\u{fe0f}\u{20e3}"),
            ("۱۲٫۵۶ ۱۲٬۵۴۳ ۹۶٪", "۱۲٫۵۶ ۱۲٬۵۴۳ ۹۶٪"),
        ];
        for (input, want) in rows {
            assert_eq!(run(&e, input), *want, "{input:?}");
        }
        assert_eq!(run(&editorial("latin"), "۱۲.۵ %"), "12.5 %");
    }

    /// A hidden string: read with its own spans hidden; another language's line is left.
    #[test]
    fn hidden_strings() {
        let hid = |st: &Digits, s: &str| -> String {
            let t: Vec<char> = s.chars().collect();
            st.apply_hidden(&t)
                .map_or_else(|| s.to_string(), |o| o.into_iter().collect())
        };
        let p = step("persian", false);
        assert!(p.works_hidden() && !step("latin", true).works_hidden());
        assert_eq!(hid(&p, "Text ٠١٢"), "Text ۰۱۲");
        assert_eq!(hid(&p, "https://x.ir/٣"), "https://x.ir/٣");
        assert_eq!(hid(&p, "#١٢"), "#١٢");
        assert_eq!(hid(&p, "12:34"), "12:34");
        assert_eq!(hid(&p, "یہ ایک کتاب ہے ٣"), "یہ ایک کتاب ہے ٣");
        let e = editorial("persian");
        assert_eq!(hid(&e, "12:34"), "۱۲:۳۴");
        assert_eq!(hid(&e, "x = 1.5"), "x = 1.5");
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
        fn idempotent_and_quiet(s in "[a-z0-9۰-۹٠-٩ .,:%/٫٬کتابسال\u{20e3}\u{fe0f}\u{ee01}\n]{0,40}") {
            for to in ["persian", "latin", "arabic"] {
                for convert in [false, true] {
                    let st = step(to, convert);
                    let once = run(&st, &s);
                    prop_assert_eq!(run(&st, &once), once.clone());
                }
            }
            for to in ["persian", "latin", "arabic"] {
                let st = editorial(to);
                let once = run(&st, &s);
                prop_assert_eq!(run(&st, &once), once.clone());
                prop_assert_eq!(once.chars().count(), s.chars().count());
            }
            let quiet: String = s.chars().filter(|c| !c.is_ascii_digit() && !('٠'..='٩').contains(c)).collect();
            prop_assert_eq!(run(&step("persian", true), &quiet), quiet.clone());
        }
    }
}
