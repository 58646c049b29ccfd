//! Spacing steps: Unicode spaces, runs of spaces, and spaces around punctuation.

use crate::chars::{is_arabic_letter, is_space_variant};
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
    is_arabic_letter(c) || ('\u{064b}'..='\u{065f}').contains(&c) || c == '\u{0670}'
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
pub struct PunctuationSpacing;

impl PunctuationSpacing {
    pub fn new(_options: &Options) -> Self {
        PunctuationSpacing
    }

    /// The edits of a closing mark at `s`.
    fn closing(t: &[char], s: usize, out: &mut Vec<Edit>) {
        let c = t[s];
        let next = t.get(s + 1).copied();
        if s > 0 && t[s - 1] == ' ' && next != Some('.') {
            // no space before a closing mark after a Persian word: «سلام ،» -> «سلام،»
            let mut start = s - 1;
            while start > 0 && t[start - 1] == ' ' {
                start -= 1;
            }
            if start > 0 && letter_or_haraka(t[start - 1]) {
                out.push(Edit::new(start, s, ""));
            }
        }
        if c != '.' && next.is_some_and(is_arabic_letter) {
            // one after a mark followed by a Persian letter: «سلام،دنیا» -> «سلام، دنیا»
            let mut r = String::with_capacity(4);
            r.push(c);
            r.push(' ');
            out.push(Edit::new(s, s + 1, r));
        }
    }

    /// The edits of an opening bracket at `s`.
    fn opening(t: &[char], s: usize, out: &mut Vec<Edit>) {
        let c = t[s];
        if c != '[' && s > 0 && letter_or_haraka(t[s - 1]) {
            // one before an opening bracket after a Persian letter: «دنیا(» -> «دنیا (»
            let mut r = String::with_capacity(4);
            r.push(' ');
            r.push(c);
            out.push(Edit::new(s, s + 1, r));
        }
        let e = s + 1 + t[s + 1..].iter().take_while(|&&x| x == ' ').count();
        if e > s + 1 && t.get(e).copied().is_some_and(is_arabic_letter) {
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
            if is_closing(c) {
                Self::closing(text, i, &mut closing);
            } else if is_opening(c) {
                Self::opening(text, i, &mut opening);
            }
        }
        merge_rules(closing, opening)
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(|&c| is_closing(c) || is_opening(c))
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

        /// Text without a space, a Unicode space or a mark is never touched.
        #[test]
        fn text_without_triggers_unchanged(t in proptest::collection::vec(
            proptest::sample::select("کتابa1\n\u{200c}".chars().collect::<Vec<_>>()), 0..40)) {
            prop_assert!(UnifySpaces::new(&Options::new()).edits(&t).is_empty());
            prop_assert!(PunctuationSpacing::new(&Options::new()).edits(&t).is_empty());
        }
    }
}
