//! Spacing steps: Unicode spaces, runs of spaces, spaces around punctuation, and between a
//! number and a word glued to it.

use crate::chars::{
    is_any_digit, is_arabic_letter, is_arabic_script_letter, is_arabic_script_text, is_haraka,
    is_persian_digit, is_space_variant, ZWNJ,
};
use crate::edit::Edit;
use crate::marks::{collect, rewrite, Emit};
use crate::step::{Options, Step};

/// A plain or a Unicode space (not tabs or line breaks).
#[inline]
fn is_space(c: char) -> bool {
    c == ' ' || is_space_variant(c)
}

/// What `unify_spaces` does with the spaces at a line's start (`indent`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Indent {
    /// As any run: two or more spaces to one (the default, as before the option).
    Collapse,
    /// As written (a Unicode space still to a plain one, one for one).
    Keep,
    /// Removed, tabs too.
    Strip,
}

/// What `unify_spaces` does with blank lines, lines of nothing but spaces and tabs
/// (`blank_lines`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlankLines {
    /// Left (the default: a corpus keeps its line-to-line correspondence).
    Keep,
    /// A run of them to one: a blank line after a blank line is removed.
    Collapse,
    /// Every one removed.
    Remove,
}

/// A space or a tab: what a blank line is made of, and what `indent=strip` removes.
#[inline]
fn is_blank(c: char) -> bool {
    is_space(c) || c == '\t'
}

/// `unify_spaces`: Unicode spaces (no-break, thin, ideographic ...) to a plain space, runs
/// of spaces to one, and spaces at the end of a line removed (`strip=false` keeps them).
///
/// Tabs and line breaks are left alone: columns and lines keep their shape. `indent` says
/// what becomes of the spaces at a line's start: `collapse` (the default) treats them as
/// any run (two or more to one), `keep` leaves them as written (indentation of code or
/// verse), `strip` removes them and the tabs there. `blank_lines` says what becomes of the
/// lines holding nothing but spaces and tabs: `keep` (the default), `collapse` (a run of
/// them to one; the step then reads the line before a line, [`Step::context_lines`]), or
/// `remove`. (A line of nothing but spaces holds no Persian letter, and a pipeline hides it
/// from every step unless foreign lines are unprotected, [`crate::protect::policy`]; the step
/// alone, as here, sees it.)
///
/// The Python step is one regex of alternatives tried in turn at each position: `end` (a
/// run of spaces before a line break or the text's end, removed; with `strip`), `run` (two
/// or more spaces, to one) and `one` (a Unicode space, to a plain one). A run is always
/// taken whole, so the scanner below decides each run once.
pub struct UnifySpaces {
    strip: bool,
    indent: Indent,
    blank: BlankLines,
}

impl UnifySpaces {
    pub fn new(options: &Options) -> Self {
        UnifySpaces {
            strip: options.bool("strip", true),
            indent: match options.str("indent", "collapse") {
                "keep" => Indent::Keep,
                "strip" => Indent::Strip,
                _ => Indent::Collapse,
            },
            blank: match options.str("blank_lines", "keep") {
                "collapse" => BlankLines::Collapse,
                "remove" => BlankLines::Remove,
                _ => BlankLines::Keep,
            },
        }
    }

    fn scan(&self, text: &[char], emit: Emit<'_>) {
        let n = text.len();
        if self.blank == BlankLines::Keep {
            return self.scan_spaces(text, 0, n, emit);
        }
        let mut start = 0;
        let mut prev_blank = false;
        while start < n {
            let end = text[start..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(n, |k| start + k + 1);
            let blank = text[start..end]
                .iter()
                .all(|&c| is_blank(c) || c == '\r' || c == '\n');
            let drop = blank && (self.blank == BlankLines::Remove || prev_blank);
            if drop {
                emit(start, end, ""); // the line, its line break with it
            } else {
                self.scan_spaces(text, start, end, emit);
            }
            prev_blank = blank;
            start = end;
        }
    }

    /// The spaces of `text[from..to]` (whole lines).
    fn scan_spaces(&self, text: &[char], from: usize, to: usize, emit: Emit<'_>) {
        let n = text.len();
        let mut i = from;
        while i < to {
            let line_start = i == 0 || text[i - 1] == '\n';
            if line_start && self.indent == Indent::Strip && is_blank(text[i]) {
                let j = i + text[i..].iter().take_while(|&&c| is_blank(c)).count();
                emit(i, j, "");
                i = j;
                continue;
            }
            if !is_space(text[i]) {
                i += 1;
                continue;
            }
            let j = i + text[i..].iter().take_while(|&&c| is_space(c)).count();
            if self.strip && (j == n || text[j] == '\n' || text[j] == '\r') {
                emit(i, j, "");
            } else if line_start && self.indent == Indent::Keep {
                if text[i..j].iter().any(|&c| c != ' ') {
                    emit(i, j, &" ".repeat(j - i));
                }
            } else if j - i >= 2 || text[i] != ' ' {
                emit(i, j, " ");
            }
            i = j;
        }
    }
}

impl Step for UnifySpaces {
    fn name(&self) -> &'static str {
        "unify_spaces"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        collect(|emit| self.scan(text, emit))
    }

    fn needs(&self, text: &[char]) -> bool {
        if self.blank != BlankLines::Keep {
            return true; // (a blank line is cheap to miss and rare to look for)
        }
        // two spaces, a Unicode space, (with strip) a space before a line end, or (with
        // indent=strip) a space or tab at a line's start
        let n = text.len();
        (0..n).any(|i| match text[i] {
            '\t' => self.indent == Indent::Strip && (i == 0 || text[i - 1] == '\n'),
            ' ' => match text.get(i + 1) {
                _ if self.indent == Indent::Strip && (i == 0 || text[i - 1] == '\n') => true,
                None => self.strip,
                Some(' ') => true,
                Some('\n' | '\r') => self.strip,
                Some(&c) => is_space_variant(c),
            },
            c => is_space_variant(c),
        })
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        rewrite(text, |emit| self.scan(text, emit))
    }

    fn context_lines(&self) -> usize {
        // collapse reads whether the line before a blank line is blank
        usize::from(self.blank == BlankLines::Collapse)
    }
}

/// The closing marks `،؛؟!:.)]»`: no space before them after a Persian word, and one after
/// them before a Persian letter (the full stop never gets one added: abbreviations such as
/// ج.ا.ا).
#[inline]
fn is_closing(c: char) -> bool {
    matches!(c, '،' | '؛' | '؟' | '!' | ':' | '.' | ')' | ']' | '»')
}

/// The opening brackets `([«`: one space before them after a Persian letter (not `[`), and
/// none after them before a Persian word.
#[inline]
fn is_opening(c: char) -> bool {
    matches!(c, '(' | '[' | '«')
}

/// A letter or a haraka (U+064B..U+065F, superscript alef): what a Persian word ends with.
#[inline]
fn letter_or_haraka(c: char) -> bool {
    is_arabic_letter(c) || is_haraka(c)
}

/// `punctuation_spacing`: spaces around punctuation in Persian text: none before ، ؛ ؟ ! : .
/// ) » and none after ( «; one after ، ؛ ؟ ! : ) » and before ( « when a Persian letter
/// follows or precedes directly.
///
/// Only next to Arabic-script letters, so 3.14, 1,000, 23:02, URLs and Latin text keep
/// their shape; a full stop never gets a space added (abbreviations such as ج.ا.ا).
///
/// As in Python (a `MultiRegexStep` of two rules), the closing marks' edits and the opening
/// brackets' are made as two lists, merged by `(start, end, replacement)`, and an edit that
/// overlaps an earlier one is dropped.
///
/// `full_stop=true` adds a space after a full stop between a word of two letters or more and
/// a Persian letter (سلام.خوبی -> سلام. خوبی; ج.ا.ا, whose words are single letters, and 3.14
/// are kept). `next_to=words` reaches past letters: the ellipsis … is a closing mark too; a
/// Persian digit and a closing mark count as the end of a word before a closing mark or an
/// opening bracket (`۱۲ ،` -> `۱۲،`, `«سلام» .` -> `«سلام».`, `»«` -> `» «`); a Persian digit
/// and « ( count as the start of a word after a mark or an opening bracket (`،۱۲` -> `، ۱۲`,
/// `( «` -> `(«`), and a mark between two digits (۲۳:۰۲, ۳.۱۴) is never spaced.
pub struct PunctuationSpacing {
    full_stop: bool,
    words: bool,
}

impl PunctuationSpacing {
    pub fn new(options: &Options) -> Self {
        PunctuationSpacing {
            full_stop: options.bool("full_stop", false),
            words: options.str("next_to", "letters") == "words",
        }
    }

    /// A closing mark (with `next_to=words`, the ellipsis too).
    #[inline]
    fn is_closing(&self, c: char) -> bool {
        is_closing(c) || (self.words && c == '…')
    }

    /// What a closing mark may be pulled to across spaces: the end of a Persian word (with
    /// `next_to=words`, a Persian digit or a closing bracket or guillemet too: `«سلام» .`;
    /// not another mark: `: :` and `، ،` are typos to show, not to hide).
    #[inline]
    fn ends_word(&self, c: char) -> bool {
        letter_or_haraka(c) || (self.words && (is_persian_digit(c) || matches!(c, ')' | ']' | '»')))
    }

    /// Does the closing mark `c` at `s`, after spaces, lose them? Not a spaced ellipsis
    /// (`و …`: it stands for words left out), nor a mark before a full stop (`...`).
    fn pulls(&self, t: &[char], s: usize) -> bool {
        t[s] != '…' && t.get(s + 1) != Some(&'.')
    }

    /// A full stop at `s` between two Persian words (spaces before the stop are looked past:
    /// they go), not in an abbreviation: the word after it has two letters or more (ه.ق,
    /// ب.ظ), the word before it too unless it follows a Persian word and a space (ج.ا at a
    /// line's start or after a digit; but خانه ی.خانه, whose ی the ZWNJ repair may join,
    /// is spaced as خانهٔ.خانه is), and neither is glued by another full stop to a further
    /// word (بی.ام.دبلیو, اچ.آی.وی).
    fn full_stop_between_words(t: &[char], s: usize) -> bool {
        let word = |c: char| letter_or_haraka(c) || c == ZWNJ;
        let mut b = s;
        while b > 0 && t[b - 1] == ' ' {
            b -= 1;
        }
        let mut start = b;
        while start > 0 && word(t[start - 1]) {
            start -= 1;
        }
        let mut end = s + 1;
        while end < t.len() && word(t[end]) {
            end += 1;
        }
        let letters = |w: &[char]| w.iter().filter(|&&c| is_arabic_letter(c)).take(2).count();
        let after_word = start >= 2 && t[start - 1] == ' ' && letter_or_haraka(t[start - 2]);
        let dotted_before = start >= 2 && t[start - 1] == '.' && is_arabic_letter(t[start - 2]);
        let dotted_after = t.get(end) == Some(&'.') && t.get(end + 1).copied().is_some_and(is_arabic_letter);
        letters(&t[s + 1..end]) >= 2
            && (letters(&t[start..b]) >= 2 || (after_word && start < b))
            && !dotted_before
            && !dotted_after
    }

    /// The edits of a closing mark at `s`.
    fn closing(&self, t: &[char], s: usize, out: &mut Vec<Edit>) {
        let c = t[s];
        let next = t.get(s + 1).copied();
        // the character the mark ends up after
        let mut prev = s.checked_sub(1).map(|k| t[k]);
        if s > 0 && t[s - 1] == ' ' && self.pulls(t, s) {
            // no space before a closing mark after a Persian word: «سلام ،» -> «سلام،»
            let mut start = s - 1;
            while start > 0 && t[start - 1] == ' ' {
                start -= 1;
            }
            if start > 0 && self.ends_word(t[start - 1]) {
                out.push(Edit::new(start, s, ""));
                prev = Some(t[start - 1]);
            }
        }
        let space_after = match next {
            // one after a mark followed by a Persian letter: «سلام،دنیا» -> «سلام، دنیا»
            Some(n) if is_arabic_letter(n) => {
                c != '.' || (self.full_stop && Self::full_stop_between_words(t, s))
            }
            // and by a Persian digit, after a word, not inside a number: «سلام،۱۲»
            Some(n) if self.words && is_persian_digit(n) => {
                c != '.' && prev.is_some_and(|p| self.ends_word(p) && !is_any_digit(p))
            }
            _ => false,
        };
        if space_after {
            let mut r = String::with_capacity(4);
            r.push(c);
            r.push(' ');
            out.push(Edit::new(s, s + 1, r));
        }
    }

    /// Does an opening bracket `c` take a space after `p`: a Persian letter (with
    /// `next_to=words`, a Persian digit or a closing mark other than the full stop; a colon
    /// only before «: `:(` is a face)?
    fn space_before_opening(&self, p: char, c: char) -> bool {
        letter_or_haraka(p)
            || (self.words
                && (is_persian_digit(p)
                    || (self.is_closing(p) && !matches!(p, '.' | ':'))
                    || (p == ':' && c == '«')))
    }

    /// What an opening bracket is pulled to across spaces: a Persian letter (with
    /// `next_to=words`, a Persian digit or an opening bracket too).
    fn starts_word(&self, c: char) -> bool {
        is_arabic_letter(c) || (self.words && (is_persian_digit(c) || is_opening(c)))
    }

    /// The edits of an opening bracket at `s`.
    fn opening(&self, t: &[char], s: usize, out: &mut Vec<Edit>) {
        let c = t[s];
        if c != '[' && s > 0 && self.space_before_opening(t[s - 1], c) {
            // one before an opening bracket after a Persian letter: «دنیا(» -> «دنیا (»
            let mut r = String::with_capacity(4);
            r.push(' ');
            r.push(c);
            out.push(Edit::new(s, s + 1, r));
        }
        let e = s + 1 + t[s + 1..].iter().take_while(|&&x| x == ' ').count();
        if e > s + 1 && t.get(e).copied().is_some_and(|x| self.starts_word(x)) {
            // none after an opening bracket: «( سلام» -> «(سلام»
            out.push(Edit::new(s + 1, e, ""));
        }
    }
}

/// Merge two rules' edits as Python's `MultiRegexStep` does: `heapq.merge` by `(start, end,
/// replacement)` (the first list first on a tie), then an edit that starts before the end
/// of the last one kept is dropped.
pub(crate) fn merge_rules(a: Vec<Edit>, b: Vec<Edit>) -> Vec<Edit> {
    if b.is_empty() {
        return a;
    }
    if a.is_empty() {
        return b;
    }
    let key = |e: &Edit| (e.start, e.end, e.repl.clone());
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut end = 0;
    let mut keep = |e: Edit, out: &mut Vec<Edit>| {
        if e.start >= end {
            end = e.end;
            out.push(e);
        }
    };
    let (mut ia, mut ib) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let take_a = match (ia.peek(), ib.peek()) {
            (Some(x), Some(y)) => {
                (x.start, x.end) < (y.start, y.end)
                    || ((x.start, x.end) == (y.start, y.end) && key(x) <= key(y))
            }
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let e = if take_a { ia.next() } else { ib.next() };
        keep(e.unwrap(), &mut out);
    }
    out
}

impl Step for PunctuationSpacing {
    fn name(&self) -> &'static str {
        "punctuation_spacing"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        let mut closing = Vec::new();
        let mut opening = Vec::new();
        for (i, &c) in text.iter().enumerate() {
            if self.is_closing(c) {
                self.closing(text, i, &mut closing);
            } else if is_opening(c) {
                self.opening(text, i, &mut opening);
            }
        }
        merge_rules(closing, opening)
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(|&c| self.is_closing(c) || is_opening(c))
    }
}

/// Words written glued to a number (or with a ZWNJ, then no glue to mend): the ordinals
/// (۲۰م, ۵ام, ۲۰مین, ۳امین), the plural with its pronouns (دههٔ ۱۳۶۰ها, ۵۰هایشان), گانه
/// (۵۵گانه) and the days of the week written with their digit (۵شنبه: Thursday; ۵ شنبه
/// would be five Saturdays). `number_spacing` adds no space before them.
pub const NUMBER_SUFFIXES: &[&str] = &[
    "م",
    "ام",
    "مین",
    "امین",
    "ها",
    "های",
    "هایی",
    "هایم",
    "هایت",
    "هایش",
    "هایمان",
    "هایتان",
    "هایشان",
    "هام",
    "هات",
    "هاش",
    "هامان",
    "هاتان",
    "هاشان",
    "گانه",
    "شنبه",
];

/// `number_spacing`: a space between a number written in Arabic-script digits (۰-۹, ٠-٩)
/// and an Arabic-script word glued to it, on either side (مسافت۹کیلومتر -> مسافت ۹
/// کیلومتر), as hazm's spacing does.
///
/// Not before a word of [`NUMBER_SUFFIXES`] (۲۰م, ۵ام, ۳امین, ۱۳۶۰ها), nor before one
/// letter and a full stop (an abbreviation after a year: ۱۴۰۳ه.ش, ۵۰۰ق.م), nor around
/// one letter glued between two numbers (a code, a number plate: ۱۲ب۳۴۵, ۲۸و۲۹). A ZWNJ
/// between a number and a word separates nothing (a digit never joins): it becomes the
/// space (۹۲‌میچلاند -> ۹۲ میچلاند), and is kept before a suffix (۵‌ام). A Latin
/// letter (۴G), a Latin number (mp3, 3D), a mark between them (a haraka, a tatweel) or
/// punctuation is no glue.
pub struct NumberSpacing;

/// An Arabic-script letter that starts or ends a word glued to a number (not the tatweel,
/// which stretches a joint: ۹ـمتر is left to `remove_tatweel`).
#[inline]
fn is_word_letter(c: char) -> bool {
    is_arabic_script_letter(c) && c != '\u{0640}'
}

/// A letter or a mark of an Arabic-script word (ۀ and هٔ are one letter to the step).
#[inline]
fn in_word(c: char) -> bool {
    is_arabic_script_letter(c) || is_arabic_script_text(c)
}

impl NumberSpacing {
    pub fn new(_options: &Options) -> Self {
        NumberSpacing
    }
}

impl Step for NumberSpacing {
    fn name(&self) -> &'static str {
        "number_spacing"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        let mut out = Vec::new();
        let n = text.len();
        for i in 0..n {
            let a = text[i];
            let number = is_persian_digit(a);
            if !number && !is_word_letter(a) {
                continue;
            }
            // what follows, past any ZWNJ (no separation: a digit never joins)
            let mut j = i + 1;
            while j < n && text[j] == ZWNJ {
                j += 1;
            }
            let Some(&b) = text.get(j) else { continue };
            if !number && is_persian_digit(b) {
                // the word before (its letters and marks), and what is before it
                let s = text[..=i].iter().rposition(|&c| !in_word(c)).map_or(0, |p| p + 1);
                let letters = text[s..=i]
                    .iter()
                    .filter(|&&c| is_arabic_script_letter(c))
                    .count();
                let before = text[..s].iter().rposition(|&c| c != ZWNJ).map(|p| text[p]);
                if !(letters == 1 && before.is_some_and(is_persian_digit)) {
                    out.push(Edit::new(i + 1, j, " "));
                }
            } else if number && is_word_letter(b) {
                let mut e = j;
                while e < n && in_word(text[e]) {
                    e += 1;
                }
                let word: String = text[j..e]
                    .iter()
                    .filter(|&&c| is_arabic_script_letter(c))
                    .collect();
                let suffix = NUMBER_SUFFIXES.contains(&word.as_str());
                let abbreviation = word.chars().count() == 1 && text.get(e) == Some(&'.');
                let after = text[e..].iter().find(|&&c| c != ZWNJ);
                let code = word.chars().count() == 1 && after.is_some_and(|&c| is_persian_digit(c));
                if !suffix && !abbreviation && !code {
                    out.push(Edit::new(i + 1, j, " "));
                }
            }
        }
        out
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(|&c| is_persian_digit(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::apply_edits;
    use crate::step::Value;
    use crate::testing::check;
    use proptest::prelude::*;

    #[test]
    fn spaces() {
        let st = UnifySpaces::new(&Options::new());
        check(
            &st,
            &[
                ("سلام  دنیا", "سلام دنیا"),
                ("سلام\u{a0}دنیا", "سلام دنیا"),
                ("سلام\u{2009}\u{2009}دنیا", "سلام دنیا"),
                ("سلام \nدنیا  \n", "سلام\nدنیا\n"),
                ("سلام \r\nدنیا", "سلام\r\nدنیا"),
                ("سلام \rدنیا\u{3000}", "سلام\rدنیا"),
                ("  تورفتگی", " تورفتگی"),
                ("a\tb", "a\tb"), // tabs are columns: kept
                ("سلام دنیا", "سلام دنیا"),
                ("abc def", "abc def"),
                ("3.14 و 1,000", "3.14 و 1,000"),
                ("https://example.com/a?b=1", "https://example.com/a?b=1"),
                ("", ""),
            ],
        );
        let st = UnifySpaces::new(&Options::new().with("strip", Value::Bool(false)));
        check(&st, &[("سلام ", "سلام "), ("سلام  \n", "سلام \n"), ("a\u{a0}", "a ")]);
    }

    fn spaces_with(key: &str, v: &str) -> UnifySpaces {
        UnifySpaces::new(&Options::new().with(key, Value::Str(v.into())))
    }

    /// Rows every option value must leave as they are: Latin, numbers, URLs, code in one
    /// line, a line already right, lines with no blank line between them.
    const SPACES_UNTOUCHED: &[&str] = &[
        "",
        "abc def",
        "3.14 و 1,000 و 23:02",
        "https://example.com/a?b=1",
        "x = f(a, b)",
        "کتاب\u{200c}ها را می\u{200c}خوانم.\nسطر دوم",
    ];

    #[test]
    fn indent() {
        let strip = spaces_with("indent", "strip");
        check(
            &strip,
            &[
                ("  تورفتگی", "تورفتگی"),
                ("\t \u{a0}سلام\n   دنیا  \n", "سلام\nدنیا\n"),
                ("سلام  دنیا", "سلام دنیا"),
                ("a\tb", "a\tb"),               // tabs inside a line: kept
                ("\u{200c}سلام", "\u{200c}سلام"), // ZWNJ is no space
            ],
        );
        let keep = spaces_with("indent", "keep");
        check(
            &keep,
            &[
                ("    def f():\n        return 1", "    def f():\n        return 1"),
                ("  سلام  دنیا ", "  سلام دنیا"),
                ("\u{a0}\u{a0}سلام", "  سلام"),
                ("   \nسلام", "\nسلام"), // a line of spaces: stripped as a line end
            ],
        );
        for st in [strip, keep, spaces_with("indent", "collapse")] {
            for &t in SPACES_UNTOUCHED {
                check(&st, &[(t, t)]);
            }
        }
    }

    #[test]
    fn blank_lines() {
        let collapse = spaces_with("blank_lines", "collapse");
        check(
            &collapse,
            &[
                ("الف\n\n\n\nب", "الف\n\nب"),
                ("الف\n \n\t\n\nب\n", "الف\n\nب\n"),
                ("الف\r\n\r\n\r\nب", "الف\r\n\r\nب"),
                ("\n\n\nالف", "\nالف"),
                ("الف\n\n  ", "الف\n\n"),
                ("الف\n\nب\n\nج", "الف\n\nب\n\nج"), // one blank line: kept
            ],
        );
        let remove = spaces_with("blank_lines", "remove");
        check(
            &remove,
            &[
                ("الف\n\n\n\nب", "الف\nب"),
                ("الف\n \n\t\nب\n\n", "الف\nب\n"),
                ("\nالف\r\n\r\nب", "الف\r\nب"),
                ("الف  \n\u{200c}\n", "الف\n\u{200c}\n"), // a ZWNJ is no blank
            ],
        );
        assert_eq!(collapse.context_lines(), 1);
        assert_eq!(remove.context_lines(), 0);
        assert_eq!(spaces_with("blank_lines", "keep").context_lines(), 0);
        for st in [collapse, remove] {
            for &t in SPACES_UNTOUCHED {
                check(&st, &[(t, t)]);
            }
        }
    }

    #[test]
    fn punctuation_spacing() {
        let st = PunctuationSpacing::new(&Options::new());
        check(
            &st,
            &[
                ("سلام ، دنیا", "سلام، دنیا"),
                ("سلام،دنیا", "سلام، دنیا"),
                ("چرا ؟", "چرا؟"),
                ("( سلام )", "(سلام)"),
                ("« سلام »", "«سلام»"),
                ("او گفت«سلام»و رفت", "او گفت «سلام» و رفت"),
                ("پیامبر (ص)ناراحت", "پیامبر (ص) ناراحت"),
                ("سلامَ(", "سلامَ ("),
                ("سلام[", "سلام["), // no space before [
                // unchanged
                ("3.14 و 1,000 و 23:02", "3.14 و 1,000 و 23:02"),
                ("ج.ا.ایران", "ج.ا.ایران"),
                ("Hello , world", "Hello , world"),
                ("سلام، دنیا.", "سلام، دنیا."),
                ("صبر کنید ...", "صبر کنید ..."),
                ("https://example.com/a?b=1", "https://example.com/a?b=1"),
                ("", ""),
            ],
        );
    }

    #[test]
    fn punctuation_spacing_editorial() {
        let opts = Options::new()
            .with("full_stop", Value::Bool(true))
            .with("next_to", Value::Str("words".into()));
        let st = PunctuationSpacing::new(&opts);
        check(
            &st,
            &[
                ("سلام .خوبی ؟", "سلام. خوبی؟"),
                ("سلام.خوبی", "سلام. خوبی"),
                ("سلام…دنیا", "سلام… دنیا"),
                ("سلام.خوبی.", "سلام. خوبی."),
                ("خانه ی.خانه", "خانه ی. خانه"), // as خانهٔ.خانه, which fix_zwnj makes of it
                ("آقای م.رضایی", "آقای م. رضایی"),
                ("سال ۱۴۰۳ ،", "سال ۱۴۰۳،"),
                ("سلام،۱۲", "سلام، ۱۲"),
                ("«سلام» .", "«سلام»."),
                ("(سلام) ؟", "(سلام)؟"),
                ("«الف»«ب»", "«الف» «ب»"),
                ("سلام،(دنیا)", "سلام، (دنیا)"),
                ("گفت:«نه»", "گفت: «نه»"),
                ("( «سلام» )", "(«سلام»)"),
                ("( ۱۲ )", "(۱۲)"),
                ("سال ۱۳۰۰(شمسی)", "سال ۱۳۰۰ (شمسی)"),
                ("سلام ، دنیا( خوب )است", "سلام، دنیا (خوب) است"),
                // unchanged
                ("ج.ا.ایران", "ج.ا.ایران"),
                ("ه.ش", "ه.ش"),
                ("قرن سوم ه.ق", "قرن سوم ه.ق"),
                ("سلام.و رفت", "سلام.و رفت"),
                ("م.رضایی", "م.رضایی"),
                ("بی.ام.دبلیو و اچ.آی.وی", "بی.ام.دبلیو و اچ.آی.وی"),
                ("ایرانی و … بسیار", "ایرانی و … بسیار"), // the spaced ellipsis is a word
                ("اگر …».", "اگر …»."),
                ("گفت: : مهناز، ، دنیا", "گفت: : مهناز، ، دنیا"),
                (
                    "3.14 و 1,000 و 23:02 و 1403/09/16",
                    "3.14 و 1,000 و 23:02 و 1403/09/16",
                ),
                ("۳.۱۴ و ۲۳:۰۲ و ۱۴۰۳/۰۹/۱۶", "۳.۱۴ و ۲۳:۰۲ و ۱۴۰۳/۰۹/۱۶"),
                ("Hello , world. Next", "Hello , world. Next"),
                ("x = f(a, b)...", "x = f(a, b)..."),
                ("سلام :(", "سلام:("),
                ("سلام، دنیا. خوبی؟ «آری» (نه)!", "سلام، دنیا. خوبی؟ «آری» (نه)!"),
                ("", ""),
            ],
        );
        // each option alone
        let st = PunctuationSpacing::new(&Options::new().with("full_stop", Value::Bool(true)));
        check(&st, &[("سلام.خوبی", "سلام. خوبی"), ("سلام …دنیا", "سلام …دنیا")]);
        let words = Options::new().with("next_to", Value::Str("words".into()));
        let st = PunctuationSpacing::new(&words);
        check(&st, &[("سلام.خوبی", "سلام.خوبی"), ("سلام …دنیا", "سلام … دنیا")]);
    }

    #[test]
    fn merge_drops_an_edit_overlapping_an_earlier_one() {
        let a = vec![Edit::new(0, 3, "x"), Edit::new(5, 6, "y")];
        let b = vec![Edit::new(1, 2, "z"), Edit::new(3, 4, ""), Edit::new(5, 6, "a")];
        let got: Vec<_> = merge_rules(a, b)
            .into_iter()
            .map(|e| (e.start, e.end, e.repl))
            .collect();
        let want = [(0, 3, "x"), (3, 4, ""), (5, 6, "a")];
        assert_eq!(got, want.map(|(s, e, r)| (s, e, r.to_string())));
    }

    fn alphabet() -> impl Strategy<Value = Vec<char>> {
        let chars: Vec<char> = "سلام دa1 ،؛؟!:.)]»([«\u{64e}\n\r\t\u{a0}\u{2009}\u{3000}"
            .chars()
            .collect();
        proptest::collection::vec(proptest::sample::select(chars), 0..40)
    }

    proptest! {
        /// The fast path gives the edits' text, the edits are sorted and apart, `needs` is
        /// never false where something changes; unify_spaces twice is unify_spaces once.
        #[test]
        fn fast_path_edits_and_needs(t in alphabet()) {
            let steps: Vec<Box<dyn Step>> = vec![
                Box::new(UnifySpaces::new(&Options::new())),
                Box::new(UnifySpaces::new(&Options::new().with("strip", Value::Bool(false)))),
                Box::new(PunctuationSpacing::new(&Options::new())),
                Box::new(PunctuationSpacing::new(
                    &Options::new()
                        .with("full_stop", Value::Bool(true))
                        .with("next_to", Value::Str("words".into())),
                )),
            ];
            let mut steps = steps;
            for indent in ["collapse", "keep", "strip"] {
                for blank in ["keep", "collapse", "remove"] {
                    for strip in [true, false] {
                        let o = Options::new()
                            .with("indent", Value::Str(indent.into()))
                            .with("blank_lines", Value::Str(blank.into()))
                            .with("strip", Value::Bool(strip));
                        steps.push(Box::new(UnifySpaces::new(&o)));
                    }
                }
            }
            for st in &steps {
                let edits = st.edits(&t);
                prop_assert!(edits.windows(2).all(|w| w[0].end <= w[1].start));
                let by_edits = apply_edits(&t, &edits);
                let fast = st.apply(&t).unwrap_or_else(|| t.clone());
                prop_assert_eq!(&fast, &by_edits, "{}", st.name());
                if !edits.is_empty() {
                    prop_assert!(st.needs(&t), "{}", st.name());
                }
                if st.name() == "unify_spaces" {
                    prop_assert!(st.edits(&fast).is_empty());
                }
            }
        }

        /// With `full_stop=true, next_to=words` (the editorial preset), a second pass
        /// changes nothing.
        #[test]
        fn editorial_idempotent(t in proptest::collection::vec(
            proptest::sample::select("سلام د ۱2a ،؛؟!:.)]»([«…\u{64e}\n".chars().collect::<Vec<_>>()), 0..40)) {
            let st = PunctuationSpacing::new(
                &Options::new()
                    .with("full_stop", Value::Bool(true))
                    .with("next_to", Value::Str("words".into())),
            );
            let once = st.apply(&t).unwrap_or_else(|| t.clone());
            prop_assert_eq!(st.apply(&once), None);
        }

        /// Text without a space, a Unicode space or a mark is never touched.
        #[test]
        fn text_without_triggers_unchanged(t in proptest::collection::vec(
            proptest::sample::select("کتابa1\n\u{200c}".chars().collect::<Vec<_>>()), 0..40)) {
            prop_assert!(UnifySpaces::new(&Options::new()).edits(&t).is_empty());
            prop_assert!(PunctuationSpacing::new(&Options::new()).edits(&t).is_empty());
        }
    }

    /// number_spacing: (input, output).
    #[test]
    fn number_spacing_rows() {
        let st = NumberSpacing::new(&Options::new());
        let rows: &[(&str, &str)] = &[
            ("مسافت ۹کیلومتر", "مسافت ۹ کیلومتر"),
            ("مسافت۹ کیلومتر", "مسافت ۹ کیلومتر"),
            ("به طول ۹متر و عرض۶", "به طول ۹ متر و عرض ۶"),
            ("۱۲٫۵کیلو", "۱۲٫۵ کیلو"),
            ("٣كتاب", "٣ كتاب"),
            // unchanged: suffixes, abbreviations, Latin, marks, punctuation, already right
            (
                "۲۰م ۵ام ۳امین ۲۰مین ۱۳۶۰ها ۱۳۶۰های",
                "۲۰م ۵ام ۳امین ۲۰مین ۱۳۶۰ها ۱۳۶۰های",
            ),
            ("۱۴۰۳ه.ش و ۵۰۰ق.م", "۱۴۰۳ه.ش و ۵۰۰ق.م"),
            ("۵۵گانه ۵شنبه\u{200c}ها", "۵۵گانه ۵شنبه\u{200c}ها"),
            ("۱۲ب۳۴۵ و ۲۸و۲۹ و ۰ۀ۰ و ۰هٔ۰", "۱۲ب۳۴۵ و ۲۸و۲۹ و ۰ۀ۰ و ۰هٔ۰"),
            ("۲۰اُم ۵۱هاشان ۵۰هایشان", "۲۰اُم ۵۱هاشان ۵۰هایشان"),
            ("۴G mp3 3D H2O 3کتاب", "۴G mp3 3D H2O 3کتاب"),
            ("۵\u{200c}ام ۲۰ُم ۹ـمتر", "۵\u{200c}ام ۲۰ُم ۹ـمتر"),
            ("۹۲\u{200c}میچلاند\u{200c}۶۴", "۹۲ میچلاند ۶۴"),
            ("۱۲\u{200c}ب\u{200c}۳۴۵", "۱۲\u{200c}ب\u{200c}۳۴۵"),
            ("۱۲:۳۰، ۱,۰۰۰ و ۱۴۰۳/۰۹/۱۶ (۲)", "۱۲:۳۰، ۱,۰۰۰ و ۱۴۰۳/۰۹/۱۶ (۲)"),
            ("مسافت ۹ کیلومتر", "مسافت ۹ کیلومتر"),
        ];
        for (input, want) in rows {
            let t: Vec<char> = input.chars().collect();
            let got: String = apply_edits(&t, &st.edits(&t)).into_iter().collect();
            assert_eq!(got, *want, "{input:?}");
        }
    }

    proptest! {
        /// number_spacing: idempotent, and only spaces are added (or a ZWNJ made one).
        #[test]
        fn number_spacing_idempotent(s in "[۰-۹٠-٩0-9a-zکتابماهیش .\u{200c}]{0,30}") {
            let st = NumberSpacing::new(&Options::new());
            let t: Vec<char> = s.chars().collect();
            let once = apply_edits(&t, &st.edits(&t));
            prop_assert_eq!(apply_edits(&once, &st.edits(&once)), once.clone());
            let no_space = |v: &[char]| v.iter().filter(|&&c| c != ' ' && c != ZWNJ).copied().collect::<Vec<_>>();
            prop_assert_eq!(no_space(&once), no_space(&t));
        }
    }
}
