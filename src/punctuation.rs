//! The punctuation step: Persian comma, semicolon, question mark and quotes; and what the
//! punctuation steps share to tell a Persian mark from one of Latin text, a number or code.

use crate::chars::{is_arabic_letter, is_haraka, is_persian_digit};
use crate::edit::Edit;
use crate::spacing::merge_rules;
use crate::step::{Options, Step};

/// The Latin marks a Persian word takes in the Persian form: , ; ? -> ، ؛ ؟ (`None`: not one).
#[inline]
fn persian_mark(c: char) -> Option<char> {
    match c {
        ',' => Some('،'),
        ';' => Some('؛'),
        '?' => Some('؟'),
        _ => None,
    }
}

/// What a character tells of the words around a mark: Persian (an Arabic-script letter, a
/// haraka, a Persian digit), foreign (another letter or digit, or the placeholder of a hidden
/// Latin word, URL or code), a line's edge, or nothing (spaces, marks, brackets, quotes:
/// looked past).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Persian,
    Foreign,
    Edge,
    Through,
}

#[inline]
pub(crate) fn side(c: char) -> Side {
    if c == '\n' || c == '\r' {
        Side::Edge
    } else if is_arabic_letter(c) || is_haraka(c) || is_persian_digit(c) {
        Side::Persian
    } else if c.is_alphanumeric() || ('\u{e000}'..='\u{f8ff}').contains(&c) {
        Side::Foreign
    } else {
        Side::Through
    }
}

/// The nearest word on each side of every position, within its line: `before[i]` is the
/// side of the last character before `i` that is not looked past, `after[i]` of the first at
/// or after `i` (`Edge` where the line has none). Two passes, so that a long run of marks
/// costs no scan per mark.
pub(crate) struct Sides {
    before: Vec<Side>,
    after: Vec<Side>,
}

impl Sides {
    pub(crate) fn new(t: &[char]) -> Self {
        let n = t.len();
        let mut before = Vec::with_capacity(n + 1);
        let mut last = Side::Edge;
        for &c in t {
            before.push(last);
            match side(c) {
                Side::Through => {}
                s => last = s,
            }
        }
        before.push(last);
        let mut after = vec![Side::Edge; n + 1];
        let mut next = Side::Edge;
        for i in (0..n).rev() {
            match side(t[i]) {
                Side::Through => {}
                s => next = s,
            }
            after[i] = next;
        }
        Sides { before, after }
    }

    /// Is the span `i..j` (a mark or a run of marks) next to a Persian word: the nearest word
    /// before it or after it, through spaces, marks, brackets and quotes?
    pub(crate) fn near(&self, i: usize, j: usize) -> bool {
        self.before[i] == Side::Persian || self.after[j] == Side::Persian
    }

    /// Does the span `i..j` belong to a Persian word: the nearest word before it is Persian,
    /// or it starts its line and the nearest word after it is? (`x = f(a, b)...` is code's.)
    pub(crate) fn attached(&self, i: usize, j: usize) -> bool {
        match self.before[i] {
            Side::Persian => true,
            Side::Edge => self.after[j] == Side::Persian,
            _ => false,
        }
    }
}

/// Is `t[i..j]` inside a number: a digit (of any set) right before and right after it (1,000,
/// 3.14, 23:02, 1....5)?
#[inline]
pub(crate) fn in_number(t: &[char], i: usize, j: usize) -> bool {
    i > 0 && crate::chars::is_any_digit(t[i - 1]) && t.get(j).is_some_and(|&c| crate::chars::is_any_digit(c))
}

/// Is `t[i]` (a mark) after a Persian word: a letter, harakat, spaces, then it?
fn after_persian(t: &[char], i: usize) -> bool {
    let mut k = i;
    while k > 0 && t[k - 1] == ' ' {
        k -= 1;
    }
    while k > 0 && is_haraka(t[k - 1]) {
        if is_arabic_letter(t[k - 1]) {
            return true; // the superscript alef is a letter too
        }
        k -= 1;
    }
    k > 0 && is_arabic_letter(t[k - 1])
}

/// Is the mark `t[i]` a Persian word's: after the word (harakat and spaces between), or,
/// for a `?`, after a run of end marks (`! ? ؟`) after it, so that a run (`چرا???`,
/// `چرا!?`) is converted whole?
fn mark_after_persian(t: &[char], i: usize) -> bool {
    let mut k = i;
    if t[i] == '?' {
        while k > 0 && is_repeated_mark(t[k - 1]) {
            k -= 1;
        }
    }
    after_persian(t, k)
}

/// `punctuation`: Persian punctuation in Persian text: , ; ? after a Persian word become
/// ، ؛ ؟, and "..." or “...” around Persian words become «...» (`quotes=false` keeps them).
///
/// A mark counts as Persian only when the word before it is in the Arabic script, so 1,000,
/// 3.14, English sentences, URLs and code are left as written.
///
/// As in Python (a `MultiRegexStep`), the quotes' edits and the marks' are made as two
/// lists and merged (the marks inside a quote are the quote's: the merge drops their own
/// edits there).
///
/// `context=near` (the `editorial` preset) takes a mark for Persian when the nearest word on
/// either side of it in its line is Persian, looking past spaces, brackets, quotes and other
/// marks: `سلام (,) دنیا` and `چرا???` are Persian; a mark between two foreign words (Latin,
/// a hidden URL or identifier) or inside a number (a digit right before and after it) is not.
///
/// `quote_rule=sides` (the `editorial` preset) decides each quote's role from its own sides
/// instead of pairing a quote with the next one: a straight quote opens after a space, the
/// line's start, `( [ { « :` and before a non-space that is no closing mark (an ellipsis
/// is none here: `"... من"`), and closes
/// after a non-space and before a space, a closing mark or the line's end (other quotes
/// next to it are looked past); “ ‘ open and ” ’ close. Openings and closings are matched
/// like brackets, nested ones included, within a line (a closing quote closes the innermost
/// open one if that is of its kind; if not, the two cross and neither counts); a matched
/// pair around an Arabic-script letter becomes «...», and a quote whose role cannot be told
/// or that has no partner is left as it is.
pub struct Punctuation {
    quotes: bool,
    near: bool,
    sides: bool,
}

/// The families of quotes: each closes only its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Straight,
    Double,
    Single,
    /// « and », already right: matched like the others (so that converting a pair changes
    /// no other pair on the next pass), never changed.
    Guillemet,
    /// `'`, `''`, `` ` `` and ``` `` ```: straight quotes typed with an apostrophe or a
    /// backtick (`quote_rule=sides` only), each its own family.
    Apostrophe,
    Apostrophes,
    Backtick,
    Backticks,
}

/// The quote token at `line[i]` for `quote_rule=sides`: its length, family and role (see
/// [`quote_kind`]). An apostrophe between two words (don't, O'Reilly, hidden as words
/// around it) or after a digit (5', a prime) is no quote.
fn sided_token(line: &[char], i: usize) -> Option<(usize, Family, Option<bool>)> {
    let c = line[i];
    if c == '\'' || c == '`' {
        let two = line.get(i + 1) == Some(&c);
        let len = if two { 2 } else { 1 };
        let before = i.checked_sub(1).map(|k| line[k]);
        let after = line.get(i + len).copied();
        let word = |x: Option<char>| x.is_some_and(|x| side(x) != Side::Through);
        if c == '\'' && (before.is_some_and(crate::chars::is_any_digit) || (word(before) && word(after))) {
            return None;
        }
        let family = match (c, two) {
            ('\'', false) => Family::Apostrophe,
            ('\'', true) => Family::Apostrophes,
            (_, false) => Family::Backtick,
            (_, true) => Family::Backticks,
        };
        return Some((len, family, None));
    }
    quote_kind(c).map(|(f, r)| (1, f, r))
}

/// Is `c` a quote character, to be looked past when a straight quote's sides are read?
#[inline]
fn is_quote_char(c: char) -> bool {
    quote_kind(c).is_some() || c == '\'' || c == '`'
}

/// A quote character's (or a guillemet's) family and role (`Some(true)`: opens, `Some(false)`: closes, `None`:
/// the straight quote, read from its sides).
#[inline]
fn quote_kind(c: char) -> Option<(Family, Option<bool>)> {
    match c {
        '"' => Some((Family::Straight, None)),
        '“' => Some((Family::Double, Some(true))),
        '”' => Some((Family::Double, Some(false))),
        '‘' => Some((Family::Single, Some(true))),
        '’' => Some((Family::Single, Some(false))),
        '«' => Some((Family::Guillemet, Some(true))),
        '»' => Some((Family::Guillemet, Some(false))),
        _ => None,
    }
}

/// What a straight quote opens after: a space, a line's start, an opening bracket, a colon.
#[inline]
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '{' | '«' | ':'),
    }
}

/// What a quote closes before: a space, a line's end, a closing mark.
#[inline]
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | '،'
                        | '؛'
                        | '؟'
                        | '…'
                        | ')'
                        | ']'
                        | '}'
                        | '»'
                        | '-'
                        | '–'
                        | '—'
                )
        }
    }
}

impl Punctuation {
    pub fn new(options: &Options) -> Self {
        Punctuation {
            quotes: options.bool("quotes", true),
            near: options.str("context", "word") == "near",
            sides: options.str("quote_rule", "pairs") == "sides",
        }
    }

    /// A quote pair around Persian text: `"` ... `"`, or `“` ... `”`, on one line, with an
    /// Arabic-script letter inside. Each opening quote looks once to the next quote of its
    /// kind or the line's end, never back: an unpaired quote costs one scan to the line's
    /// end, not one per letter after it (and the next scan starts where that one stopped).
    fn quotes(t: &[char], out: &mut Vec<Edit>) {
        let n = t.len();
        let mut i = 0;
        while i < n {
            let curly = match t[i] {
                '"' => false,
                '“' => true,
                _ => {
                    i += 1;
                    continue;
                }
            };
            let stops = |c: char| {
                if curly {
                    matches!(c, '“' | '”' | '\n')
                } else {
                    matches!(c, '"' | '\n')
                }
            };
            let mut j = i + 1;
            let mut letter = false;
            while j < n && !stops(t[j]) {
                letter |= is_arabic_letter(t[j]);
                j += 1;
            }
            let close = if curly { '”' } else { '"' };
            if letter && j < n && t[j] == close {
                let inner = &t[i + 1..j];
                let mut r = String::with_capacity(2 * inner.len() + 4);
                r.push('«');
                for (k, &c) in inner.iter().enumerate() {
                    match persian_mark(c) {
                        // a mark's word is looked for inside the quote only
                        Some(m) if mark_after_persian(inner, k) => r.push(m),
                        _ => r.push(c),
                    }
                }
                r.push('»');
                out.push(Edit::new(i, j + 1, r));
                i = j + 1;
            } else {
                i += 1;
            }
        }
    }

    /// The role of the straight quote `t[i..j]` in its line `t`, read from its sides (other
    /// quotes next to it looked past): `Some(true)` opens, `Some(false)` closes.
    fn straight_role(t: &[char], i: usize, j: usize) -> Option<bool> {
        let mut b = i;
        while b > 0 && is_quote_char(t[b - 1]) {
            b -= 1;
        }
        let mut a = j;
        while a < t.len() && is_quote_char(t[a]) {
            a += 1;
        }
        let before = b.checked_sub(1).map(|k| t[k]);
        let after = t.get(a).copied();
        // an ellipsis opens a quotation as a word does: "... من
        let ellipsis = after == Some('…') || (after == Some('.') && t.get(a + 1) == Some(&'.'));
        if opens_after(before) {
            (ellipsis || !closes_before(after)).then_some(true)
        } else {
            closes_before(after).then_some(false)
        }
    }

    /// The quotes of `t` matched by their sides, line by line (see the step's doc): each
    /// matched pair around an Arabic-script letter, or around one word (no space) between
    /// two Persian words, becomes « and ».
    fn sided_quotes(t: &[char], out: &mut Vec<Edit>) {
        let mut start = 0;
        while start < t.len() {
            let end = start + t[start..].iter().take_while(|&&c| c != '\n' && c != '\r').count();
            let line = &t[start..end];
            // (family, position, length) of the open quotes; pairs as (open, its length,
            // close, its length)
            let mut open: Vec<(Family, usize, usize)> = Vec::new();
            let mut pairs: Vec<(usize, usize, usize, usize)> = Vec::new();
            let mut i = 0;
            while i < line.len() {
                let Some((len, family, role)) = sided_token(line, i) else {
                    i += 1;
                    continue;
                };
                let at = i;
                i += len;
                // a curly single quote inside a word is an apostrophe
                if family == Family::Single
                    && at > 0
                    && line[at - 1].is_alphanumeric()
                    && line.get(at + 1).is_some_and(|c| c.is_alphanumeric())
                {
                    continue;
                }
                match role.or_else(|| Self::straight_role(line, at, at + len)) {
                    Some(true) => open.push((family, at, len)),
                    // a closing quote closes the innermost open one if it is of its
                    // family; otherwise the two cross, and neither is taken for a quote
                    // (so that turning a pair into « » changes no other pair next time)
                    Some(false) => {
                        if let Some((f, o, ol)) = open.pop() {
                            if f == family && f != Family::Guillemet {
                                pairs.push((o, ol, at, len));
                            }
                        }
                    }
                    None => {}
                }
            }
            pairs.sort_unstable();
            let mut sides: Option<Sides> = None;
            for (o, ol, c, cl) in pairs {
                let inner = &line[o + ol..c];
                let quoted = inner.iter().any(|&x| is_arabic_letter(x))
                    || (!inner.is_empty() && !inner.iter().any(|x| x.is_whitespace()) && {
                        // one word (a name, a placeholder such as %1$s) between Persian words
                        let sides = sides.get_or_insert_with(|| Sides::new(line));
                        sides.before[o] == Side::Persian && sides.after[c + cl] == Side::Persian
                    });
                if quoted {
                    out.push(Edit::new(start + o, start + o + ol, "«"));
                    out.push(Edit::new(start + c, start + c + cl, "»"));
                }
            }
            start = end + 1;
        }
        out.sort_unstable_by_key(|e| e.start);
    }

    /// The marks with a Persian word on either side (`context=near`), not in a number.
    fn near_marks(t: &[char], out: &mut Vec<Edit>) {
        let sides = Sides::new(t);
        for (i, &c) in t.iter().enumerate() {
            if let Some(m) = persian_mark(c) {
                if !in_number(t, i, i + 1) && sides.near(i, i + 1) {
                    out.push(Edit::new(i, i + 1, m.to_string()));
                }
            }
        }
    }

    /// The marks after a Persian word (see [`mark_after_persian`]).
    fn marks(t: &[char], out: &mut Vec<Edit>) {
        for (i, &c) in t.iter().enumerate() {
            if let Some(m) = persian_mark(c) {
                if mark_after_persian(t, i) {
                    out.push(Edit::new(i, i + 1, m.to_string()));
                }
            }
        }
    }
}

impl Step for Punctuation {
    fn name(&self) -> &'static str {
        "punctuation"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        let mut quotes = Vec::new();
        if self.quotes {
            if self.sides {
                Self::sided_quotes(text, &mut quotes);
            } else {
                Self::quotes(text, &mut quotes);
            }
        }
        let mut marks = Vec::new();
        if self.near {
            Self::near_marks(text, &mut marks);
        } else {
            Self::marks(text, &mut marks);
        }
        merge_rules(quotes, marks)
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(|&c| {
            persian_mark(c).is_some()
                || (self.quotes
                    && (c == '"' || c == '“' || (self.sides && matches!(c, '”' | '‘' | '’' | '\'' | '`'))))
        })
    }
}

/// The marks `punctuation_runs` collapses a run of to one of each: ! ? ؟.
#[inline]
fn is_repeated_mark(c: char) -> bool {
    matches!(c, '!' | '?' | '؟')
}

/// `punctuation_runs`: runs of marks in Persian text, written as a typesetter would: `...`
/// (three dots or more) -> `…` (`ellipsis`), `--` -> `–` and `---` -> `—` (`dashes`), and a
/// run of ! ? ؟ to one of each kind, in their order: `؟؟؟!!!` -> `؟!` (`repeats`).
///
/// Only runs that belong to Persian words: the nearest word before the run (through spaces,
/// brackets, quotes and marks, within its line) is Persian, or the run starts its line and
/// the next word is Persian; a dash run must also have a space, a line's edge or a Persian
/// letter right on each side, and be near a Persian word. So a Latin line (`--help`, a
/// markdown `---` line, Python's `...`), code after a Latin word (`f(a, b)...`), and dots
/// inside a number (`1....5`) keep their marks. Four hyphens or more are a rule, not a dash,
/// and are left alone.
pub struct PunctuationRuns {
    ellipsis: bool,
    dashes: bool,
    repeats: bool,
    /// `order=question_first`: a run holding both a question and an exclamation mark is
    /// written `؟!` whatever its order (`!!?` -> `؟!`); `as_written` keeps one of each
    /// character in the run's order (`!!?` -> `!?`).
    question_first: bool,
}

impl PunctuationRuns {
    pub fn new(options: &Options) -> Self {
        PunctuationRuns {
            ellipsis: options.bool("ellipsis", true),
            dashes: options.bool("dashes", true),
            repeats: options.bool("repeats", true),
            question_first: options.str("order", "question_first") == "question_first",
        }
    }

    /// A run of `! ? ؟` (after a Persian word) written once: with `question_first`, the
    /// question mark (Persian) then the exclamation mark, those it holds; else one of each
    /// character, in order.
    fn collapsed(&self, run: &[char]) -> String {
        if self.question_first {
            let mut out = String::new();
            if run.iter().any(|&x| x != '!') {
                out.push('؟');
            }
            if run.contains(&'!') {
                out.push('!');
            }
            out
        } else {
            let mut kinds = String::new();
            for &x in run {
                if !kinds.contains(x) {
                    kinds.push(x);
                }
            }
            kinds
        }
    }

    /// What a dash run may touch on either side: a space, a line's edge, a Persian letter,
    /// a bracket (`(--)`).
    fn dash_neighbour(c: Option<char>) -> bool {
        c.is_none_or(|c| {
            c.is_whitespace()
                || is_arabic_letter(c)
                || is_haraka(c)
                || matches!(c, '(' | ')' | '[' | ']' | '{' | '}' | '«' | '»')
        })
    }
}

impl Step for PunctuationRuns {
    fn name(&self) -> &'static str {
        "punctuation_runs"
    }

    fn edits(&self, t: &[char]) -> Vec<Edit> {
        let mut out = Vec::new();
        let mut sides: Option<Sides> = None;
        let n = t.len();
        let mut i = 0;
        while i < n {
            let c = t[i];
            let same = |x: char| {
                if is_repeated_mark(c) {
                    is_repeated_mark(x)
                } else {
                    x == c
                }
            };
            if !matches!(c, '.' | '-') && !is_repeated_mark(c) {
                i += 1;
                continue;
            }
            let j = i + t[i..].iter().take_while(|&&x| same(x)).count();
            let len = j - i;
            let edit = match c {
                '.' if self.ellipsis && len >= 3 && !in_number(t, i, j) => {
                    Some(("…".to_string(), "ellipsis", false))
                }
                '-' if self.dashes
                    && (len == 2 || len == 3)
                    && Self::dash_neighbour(i.checked_sub(1).map(|k| t[k]))
                    && Self::dash_neighbour(t.get(j).copied()) =>
                {
                    Some((if len == 2 { "–" } else { "—" }.to_string(), "dash", true))
                }
                _ if self.repeats && len >= 2 && is_repeated_mark(c) => {
                    let once = self.collapsed(&t[i..j]);
                    (!once.chars().eq(t[i..j].iter().copied())).then_some((once, "repeats", false))
                }
                _ => None,
            };
            if let Some((repl, rule, near)) = edit {
                let sides = sides.get_or_insert_with(|| Sides::new(t));
                if (near && sides.near(i, j)) || (!near && sides.attached(i, j)) {
                    out.push(Edit::ruled(i, j, repl, rule));
                }
            }
            i = j;
        }
        out
    }

    fn needs(&self, t: &[char]) -> bool {
        t.windows(2).any(|w| {
            (self.ellipsis && w == ['.', '.'])
                || (self.dashes && w == ['-', '-'])
                || (self.repeats && is_repeated_mark(w[0]) && is_repeated_mark(w[1]))
        })
    }
}

/// Does a tatweel run end a word before `c` (a space, a line's end, a mark)?
#[inline]
fn ends_before(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || (!c.is_alphanumeric() && !is_haraka(c) && c != crate::chars::ZWNJ))
}

/// The letters of the word running from `t[i]` on (`step` 1) or back from it (`step` -1):
/// Arabic-script letters, harakat and joiners.
fn word_letters(t: &[char], i: usize, forward: bool) -> usize {
    let in_word = |c: char| is_arabic_letter(c) || is_haraka(c) || c == crate::chars::ZWNJ;
    if forward {
        t[i..]
            .iter()
            .take_while(|&&c| in_word(c))
            .filter(|&&c| is_arabic_letter(c))
            .count()
    } else {
        t[..i]
            .iter()
            .rev()
            .take_while(|&&c| in_word(c))
            .filter(|&&c| is_arabic_letter(c))
            .count()
    }
}

/// `tatweel_dash`: a tatweel (U+0640) typed for a dash becomes an en dash `–`, before
/// `remove_tatweel` would remove it. Always: a tatweel run between two digits (`۱۱ـ۲۳`, a
/// range: removing it would make one number of two). With `words=true` (the `editorial`
/// preset), also a run standing alone between spaces or a line's edges (`ـ که ... ـ`), at
/// the start of a word after a space or a line's start (`ـکه`), or at the end of a word
/// before a space, a line's end or a mark (`می‌بالیمـ`), as virastar reads it. A word of
/// one letter keeps its tatweel (`هـ.ش`, `ـه`: an abbreviation, a letter's form), and a
/// tatweel inside a word (`جمالــــزاده`) is left for `remove_tatweel`.
pub struct TatweelDash {
    words: bool,
}

impl TatweelDash {
    pub fn new(options: &Options) -> Self {
        TatweelDash {
            words: options.bool("words", false),
        }
    }
}

impl Step for TatweelDash {
    fn name(&self) -> &'static str {
        "tatweel_dash"
    }

    fn edits(&self, t: &[char]) -> Vec<Edit> {
        use crate::chars::{is_any_digit, TATWEEL};
        let mut out = Vec::new();
        let n = t.len();
        let mut i = 0;
        while i < n {
            if t[i] != TATWEEL {
                i += 1;
                continue;
            }
            let j = i + t[i..].iter().take_while(|&&c| c == TATWEEL).count();
            let before = i.checked_sub(1).map(|k| t[k]);
            let after = t.get(j).copied();
            let edge = |c: Option<char>| c.is_none_or(char::is_whitespace);
            let dash = (before.is_some_and(is_any_digit) && after.is_some_and(is_any_digit))
                || (self.words
                    && ((edge(before) && edge(after))
                        || (edge(before)
                            && after.is_some_and(is_arabic_letter)
                            && word_letters(t, j, true) > 1)
                        || (before.is_some_and(is_arabic_letter)
                            && ends_before(after)
                            && word_letters(t, i, false) > 1)));
            if dash {
                out.push(Edit::new(i, j, "–"));
            }
            i = j;
        }
        out
    }

    fn needs(&self, t: &[char]) -> bool {
        t.contains(&crate::chars::TATWEEL)
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
    fn marks_and_quotes() {
        let st = Punctuation::new(&Options::new());
        check(
            &st,
            &[
                ("سلام, دنیا", "سلام، دنیا"),
                ("چرا?", "چرا؟"),
                ("کتاب?????", "کتاب؟؟؟؟؟"), // the whole run, not its first mark
                ("کتاب????!!!!", "کتاب؟؟؟؟!!!!"),
                ("چرا!?", "چرا!؟"),
                ("چرا ?!?", "چرا ؟!؟"),
                ("اول; دوم", "اول؛ دوم"),
                ("کتابَ ,", "کتابَ ،"),
                ("گفت \"سلام, خوبی?\"", "گفت «سلام، خوبی؟»"),
                ("گفت “سلام”", "گفت «سلام»"),
                ("\", سلام\"", "«, سلام»"), // a mark's word is looked for inside the quote
                ("\"سلام\n\"", "\"سلام\n\""), // one line only
                ("\"abc\" \"سلام\"", "\"abc\" «سلام»"),
                // unchanged
                ("1,000", "1,000"),
                ("3.14", "3.14"),
                ("Hello, world?", "Hello, world?"),
                ("why!?? ۱?!", "why!?? ۱?!"),
                ("he said \"hi\"", "he said \"hi\""),
                ("https://x.ir/?q=1,2", "https://x.ir/?q=1,2"),
                ("سلام، دنیا؟", "سلام، دنیا؟"),
                ("", ""),
            ],
        );
        let st = Punctuation::new(&Options::new().with("quotes", Value::Bool(false)));
        check(&st, &[("\"سلام\"", "\"سلام\""), ("\"سلام?\"", "\"سلام؟\"")]);
    }

    #[test]
    fn near_context() {
        let st = Punctuation::new(&Options::new().with("context", Value::Str("near".into())));
        check(
            &st,
            &[
                ("سلام (,) دنیا", "سلام (،) دنیا"),
                ("چرا???", "چرا؟؟؟"),
                ("«سلام», دنیا", "«سلام»، دنیا"),
                (", سلام", "، سلام"),
                ("۱۲, ۱۳ و ۱۴", "۱۲، ۱۳ و ۱۴"),
                ("\u{e001}, سلام", "\u{e001}، سلام"), // a hidden word before, Persian after
                // unchanged
                ("\u{e001}, \u{e001} و", "\u{e001}, \u{e001} و"), // between hidden Latin words
                ("عدد 1,000 و ۱,۰۰۰", "عدد 1,000 و ۱,۰۰۰"),
                ("عدد 3.14", "عدد 3.14"),
                ("Hello, world?", "Hello, world?"),
                ("x = f(a, b)", "x = f(a, b)"),
                ("سلام\n, x", "سلام\n, x"), // not past the line
                ("سلام، دنیا؟", "سلام، دنیا؟"),
            ],
        );
    }

    #[test]
    fn quotes_by_sides() {
        let st = Punctuation::new(&Options::new().with("quote_rule", Value::Str("sides".into())));
        check(
            &st,
            &[
                ("گفت \"او گفت \"نه\" و رفت\"", "گفت «او گفت «نه» و رفت»"),
                ("گفت \"سلام\"", "گفت «سلام»"),
                ("\"\"نه\" گفت\"", "««نه» گفت»"),
                ("\"او گفت \"نه\"\"", "«او گفت «نه»»"),
                ("گفت:\"سلام\".", "گفت:«سلام»."),
                ("گفت: \"... من رفتم\".", "گفت: «... من رفتم»."),
                ("گفت: \"… من رفتم\".", "گفت: «… من رفتم»."),
                ("(\"سلام\")", "(«سلام»)"),
                ("گفت “سلام” و ‘خوب’", "گفت «سلام» و «خوب»"),
                ("گفت “او گفت ‘نه’ و رفت”", "گفت «او گفت «نه» و رفت»"),
                ("گفت \"سلام, خوبی?\"", "گفت «سلام، خوبی؟»"),
                // apostrophes and backticks typed for quotes
                ("''تست''", "«تست»"),
                ("'تست'", "«تست»"),
                ("`تست`", "«تست»"),
                ("``تست``", "«تست»"),
                ("مانند ''خانهٔ پدری'' که", "مانند «خانهٔ پدری» که"),
                ("گفت 'او گفت \"نه\" و رفت'", "گفت «او گفت «نه» و رفت»"),
                // one word between Persian words: a placeholder, a name
                ("نسخه \"%1$s\" نیاز", "نسخه «%1$s» نیاز"),
                ("نسخه '\u{ee01}\u{ee01}' نیاز", "نسخه «\u{ee01}\u{ee01}» نیاز"),
                // apostrophes, primes, Latin and code stay
                (
                    "\u{ee01}'\u{ee01} و \u{ee01}'\u{ee01}\u{ee01}",
                    "\u{ee01}'\u{ee01} و \u{ee01}'\u{ee01}\u{ee01}",
                ),
                ("قد 5' و 6'' است", "قد 5' و 6'' است"),
                ("کد \u{ee01}(\"\u{ee01}\") را", "کد \u{ee01}(\"\u{ee01}\") را"),
                ("گفت \"\u{ee01} \u{ee01}\" و", "گفت \"\u{ee01} \u{ee01}\" و"),
                ("\u{ee01} '\u{ee01}' \u{ee01}", "\u{ee01} '\u{ee01}' \u{ee01}"),
                ("او گفت 'سلام", "او گفت 'سلام"),
                // a quote whose role or partner is not found stays
                ("او گفت \"سلام", "او گفت \"سلام"),
                ("او گفت سلام\"", "او گفت سلام\""),
                ("سلام \" دنیا", "سلام \" دنیا"),
                ("سلام\"دنیا", "سلام\"دنیا"),
                ("گفت \"او \"نه\" رفت", "گفت \"او «نه» رفت"),
                ("”سلام“", "”سلام“"),
                ("\"سلام\nدنیا\"", "\"سلام\nدنیا\""), // one line only
                ("\"abc\" \"سلام\"", "\"abc\" «سلام»"),
                ("he said \"hi\"", "he said \"hi\""),
                ("«سلام»", "«سلام»"),
                ("", ""),
            ],
        );
    }

    #[test]
    fn runs() {
        let st = PunctuationRuns::new(&Options::new());
        check(
            &st,
            &[
                ("صبر کنید...", "صبر کنید…"),
                ("صبر کنید .....", "صبر کنید …"),
                ("...و رفت", "…و رفت"),
                ("«سلام»...", "«سلام»…"),
                ("سلام -- دنیا", "سلام – دنیا"),
                ("سلام --- دنیا", "سلام — دنیا"),
                ("سلام--دنیا", "سلام–دنیا"),
                ("-- سلام", "– سلام"),
                ("چرا؟؟؟!!!", "چرا؟!"),
                ("چرا!!!", "چرا!"),
                ("چرا!؟!؟", "چرا؟!"), // question first
                ("متن فارسی!?", "متن فارسی؟!"),
                ("کتاب!!!!?????", "کتاب؟!"),
                ("کتاب!!!!!!!!!؟؟؟؟؟؟؟؟", "کتاب؟!"),
                ("کتاب؟؟؟?", "کتاب؟"),
                ("سلام (--) و (---)", "سلام (–) و (—)"),
                ("چرا ؟؟ و !! ", "چرا ؟ و ! "),
                // unchanged
                ("صبر کنید..", "صبر کنید.."),
                ("چرا؟!", "چرا؟!"),
                ("عدد ۱....۵ و 1...2", "عدد ۱....۵ و 1...2"),
                ("Wait... what?!!", "Wait... what?!!"),
                ("چرا؟!", "چرا؟!"),
                ("سلام \u{e001}!?", "سلام \u{e001}!?"), // after a hidden Latin word
                ("سلام (--\u{e001})", "سلام (--\u{e001})"),
                ("\u{e001}... و", "\u{e001}... و"), // after a hidden Latin word
                ("کد f(\u{e001}, \u{e001})... را", "کد f(\u{e001}, \u{e001})... را"),
                ("از --\u{e001} استفاده کنید", "از --\u{e001} استفاده کنید"),
                ("سلام ---- دنیا", "سلام ---- دنیا"),
                ("سلام <!-- x -->", "سلام <!-- x -->"),
                ("۱۳۹۰--۱۴۰۰", "۱۳۹۰--۱۴۰۰"),
                ("---\nسلام", "---\nسلام"),
                ("سلام\n...", "سلام\n..."),
                ("x = f(a, b)...", "x = f(a, b)..."),
                ("سلام… دنیا — آری", "سلام… دنیا — آری"),
                ("", ""),
            ],
        );
        let off = Options::new()
            .with("ellipsis", Value::Bool(false))
            .with("dashes", Value::Bool(false))
            .with("repeats", Value::Bool(false));
        check(&PunctuationRuns::new(&off), &[("سلام... -- !!", "سلام... -- !!")]);
        let written = Options::new().with("order", Value::Str("as_written".into()));
        check(
            &PunctuationRuns::new(&written),
            &[("چرا!!؟؟", "چرا!؟"), ("چرا؟؟!!", "چرا؟!"), ("چرا!؟", "چرا!؟")],
        );
    }

    #[test]
    fn tatweel_dash() {
        check(
            &TatweelDash::new(&Options::new()),
            &[
                ("۱۱ـ۲۳", "۱۱–۲۳"),
                ("11ــ23 و ١١ـ٢٣", "11–23 و ١١–٢٣"),
                // unchanged
                ("ـ که ـ", "ـ که ـ"),
                ("جمالــــزاده", "جمالــــزاده"),
                ("۱۱ـ", "۱۱ـ"),
                ("", ""),
            ],
        );
        check(
            &TatweelDash::new(&Options::new().with("words", Value::Bool(true))),
            &[
                ("ـ که ... می‌دانستم ـ", "– که ... می‌دانستم –"),
                ("ـکه ... می‌بالیمـ", "–که ... می‌بالیم–"),
                ("افغانستان ـکه می‌بالیمـ شاید", "افغانستان –که می‌بالیم– شاید"),
                ("گفتمـ، و", "گفتم–، و"),
                ("۱۱ـ۲۳", "۱۱–۲۳"),
                // unchanged
                ("جمالــــزاده", "جمالــــزاده"),
                ("سال ۱۳۴۰ هـ.ش و هـ ق", "سال ۱۳۴۰ هـ.ش و هـ ق"), // one letter: an abbreviation
                ("شکل‌های ـه و هـ", "شکل‌های ـه و هـ"),
                ("\u{ee01}ـ\u{ee01}", "\u{ee01}ـ\u{ee01}"),
                ("سلام", "سلام"),
            ],
        );
    }

    proptest! {
        /// tatweel_dash: fast path and edits agree, and a second pass changes nothing.
        #[test]
        fn tatweel_dash_idempotent(t in proptest::collection::vec(
            proptest::sample::select("ـسل ۱1.\n،\u{200c}".chars().collect::<Vec<_>>()), 0..30),
            words in any::<bool>()) {
            let st = TatweelDash::new(&Options::new().with("words", Value::Bool(words)));
            let edits = st.edits(&t);
            let once = st.apply(&t).unwrap_or_else(|| t.clone());
            prop_assert_eq!(&once, &apply_edits(&t, &edits));
            prop_assert_eq!(st.apply(&once), None);
        }
    }

    #[test]
    fn unpaired_quotes_cost_one_scan() {
        // a line of lone quotes and letters: linear, not one scan per quote to the end
        let line: Vec<char> = "\"سلام ".repeat(200_000).chars().collect();
        let st = Punctuation::new(&Options::new());
        let t = std::time::Instant::now();
        let edits = st.edits(&line);
        assert_eq!(edits.len(), 100_000);
        let curly: Vec<char> = "“سلام ".repeat(200_000).chars().collect();
        assert!(st.edits(&curly).is_empty());
        assert!(t.elapsed().as_secs_f64() < 2.0);
    }

    fn alphabet() -> impl Strategy<Value = Vec<char>> {
        let chars: Vec<char> = "سلا ب\u{64e}\u{670}a1۱,;?\"“”‘’\n«»( ,\"'`\u{ee01}"
            .chars()
            .collect();
        proptest::collection::vec(proptest::sample::select(chars), 0..40)
    }

    proptest! {
        /// The fast path gives the edits' text, the edits are sorted and apart, and `needs`
        /// is never false where something changes.
        #[test]
        fn fast_path_edits_and_needs(
            t in alphabet(),
            quotes in any::<bool>(),
            near in any::<bool>(),
            sides in any::<bool>(),
        ) {
            let st = Punctuation::new(
                &Options::new()
                    .with("quotes", Value::Bool(quotes))
                    .with("context", Value::Str(if near { "near" } else { "word" }.into()))
                    .with("quote_rule", Value::Str(if sides { "sides" } else { "pairs" }.into())),
            );
            let edits = st.edits(&t);
            prop_assert!(edits.windows(2).all(|w| w[0].end <= w[1].start));
            let fast = st.apply(&t).unwrap_or_else(|| t.clone());
            prop_assert_eq!(fast, apply_edits(&t, &edits));
            if !edits.is_empty() {
                prop_assert!(st.needs(&t));
            }
        }

        /// With `context=near` and `quote_rule=sides`, a second pass changes nothing.
        #[test]
        fn near_and_sides_idempotent(t in alphabet()) {
            let st = Punctuation::new(
                &Options::new()
                    .with("context", Value::Str("near".into()))
                    .with("quote_rule", Value::Str("sides".into())),
            );
            let once = st.apply(&t).unwrap_or_else(|| t.clone());
            prop_assert_eq!(st.apply(&once), None);
        }

        /// punctuation_runs: fast path and edits agree, `needs` holds, a second pass
        /// changes nothing.
        #[test]
        fn runs_idempotent(t in proptest::collection::vec(
            proptest::sample::select("سل ۱1a.-!?؟…\n(«\u{e001}".chars().collect::<Vec<_>>()), 0..40)) {
            let st = PunctuationRuns::new(&Options::new());
            let edits = st.edits(&t);
            let once = st.apply(&t).unwrap_or_else(|| t.clone());
            prop_assert_eq!(&once, &apply_edits(&t, &edits));
            if !edits.is_empty() {
                prop_assert!(st.needs(&t));
            }
            prop_assert_eq!(st.apply(&once), None);
        }

        /// Text with no Arabic-script letter is never touched.
        #[test]
        fn latin_text_unchanged(t in proptest::collection::vec(
            proptest::sample::select("ab1 ,;?\"“”\n.«-!".chars().collect::<Vec<_>>()), 0..40)) {
            prop_assert!(Punctuation::new(&Options::new()).edits(&t).is_empty());
            let editorial = Options::new()
                .with("context", Value::Str("near".into()))
                .with("quote_rule", Value::Str("sides".into()));
            prop_assert!(Punctuation::new(&editorial).edits(&t).is_empty());
            prop_assert!(PunctuationRuns::new(&Options::new()).edits(&t).is_empty());
        }
    }
}
