//! Spans no step may change: HTML tags and character references (`<b title="...">`,
//! `&quot;`, `&#1234;`), URLs, e-mail addresses, @mentions, #hashtags, Latin words and
//! identifiers (ISBN, IBAN, file names, version strings), and whole lines that are not
//! Persian. (A tag's attribute values are markup, not text: `title="چرا!!!"` is kept as
//! written; the `;` of `&quot;` is no semicolon to make Persian, nor the digits of
//! `&#1234;` digits to convert.) (Ported from `normalizer/protect.py`.)
//!
//! They are found once per text by the pipeline, and hidden behind placeholder characters
//! that no step changes. A text with no Latin letter, `@` or `#` cannot hold one of the first
//! kind, and skips that search ([`might_have`]).
//!
//! Whole lines (without their line break) are protected when
//!
//! * they hold no Arabic-script letter or mark ([`foreign_lines`]): Latin, Cyrillic, Hebrew,
//!   CJK text, code, numbers alone: they come out as they went in, indentation and runs of
//!   spaces included;
//! * they are written in another Arabic-script language, Urdu, Kurdish, Pashto, Sindhi or
//!   Uyghur ([`other_language_lines`]).
//!
//! A pipeline turns either off with an option ([`policy`]).
//!
//! Python finds the first kind with one regular expression; here each of its alternatives is
//! a hand-written scanner that returns the same match as Python's backtracking engine (the
//! comments of each say why the greedy choice is the one the engine settles on), tried in
//! the same order at each position:
//!
//! ```text
//! HTML character references           &(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});
//! HTML tags                           </?[A-Za-z][A-Za-z0-9\-]*(?:[ \t/][^<>\n]*)?>
//! e-mail (where the text holds an @)  [A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+
//! scheme and www. URLs                (?:(?:https?|ftp|file)://|www\.)TAIL
//! bare domains, with a path           [A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|org|...)\b(?:/TAIL)?
//! @mentions and #hashtags             [@#][\w\u200c]+
//! words (w): ISBN                     ISBN(?:-1[03])?:? ?[0-9Xx\-]{10,17}
//!          Latin words, identifiers   (?:[A-Za-z]|[0-9_]+[A-Za-z])[A-Za-z0-9_]*(?:[.\-:/][A-Za-z0-9_]+)*
//! TAIL = (?:[^\s<>"'«»()\[\]{}،؛]|\([^\s()]*\))*(?<![.,;:!?؟،؛'"»)\]])
//! ```

use crate::chars::{self, is_py_space, is_py_word, ZWNJ};
use crate::step::Step;

/// A masked text: the protected spans replaced by runs of a placeholder character.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Masked {
    pub text: Vec<char>,
    /// The hidden strings, in order.
    pub hidden: Vec<Vec<char>>,
    /// The placeholders (none, one, or two characters: a span's and a word's).
    pub ph: Vec<char>,
    /// No placeholder was free (the text holds every private-use character they are taken
    /// from): nothing could be hidden, so no step may touch the text at all.
    pub untouched: bool,
}

/// Where the placeholder of a protected *word* (a Latin word or identifier, an ISBN) is
/// taken from, so that a step can tell a hidden word (a letter of another script, to the
/// `digits` step) from a hidden URL, address or line (whose placeholder is taken from the
/// rest of the private use area, U+E001-EDFF). In the Basic Multilingual Plane: one
/// character beyond it would make Python store the whole masked text at four bytes a
/// character, and every Python step slower.
pub const WORD_MARKS: (char, char) = ('\u{ee00}', '\u{efff}');

/// Is `c` (in a masked text) the placeholder of a hidden word of another script?
#[inline]
pub fn is_word_mark(c: char) -> bool {
    (WORD_MARKS.0..=WORD_MARKS.1).contains(&c)
}

/// Where a span's placeholder is looked for: the first private-use character from U+E001
/// on that the text does not hold (U+E001, not U+E000: Python finds a character whose low
/// byte is not zero with `memchr`).
const SPAN_MARKS: (u32, u32) = (0xE001, 0xEE00);
/// Where a word's placeholder is looked for (see [`WORD_MARKS`]).
const WORD_MARK_SEARCH: (u32, u32) = (0xEE01, 0xF000);

/// Could `c` start a protected span (Python's `_HINT`: `[A-Za-z@#]`)? Every span holds one.
#[inline]
fn is_hint(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '@' || c == '#'
}

/// Cheap test: could `text` hold a protected span at all?
pub fn might_have(text: &[char]) -> bool {
    text.iter().any(|&c| is_hint(c))
}

// -- the span scanners ------------------------------------------------------------------

/// `[A-Za-z0-9._%+\-]`: an e-mail address's local part.
#[inline]
fn is_local(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

/// `[A-Za-z0-9\-]`: a domain label.
#[inline]
fn is_label(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-'
}

/// `[A-Za-z0-9_]`: a Latin word's characters after its first.
#[inline]
fn is_latin_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// A URL's characters: `[^\s<>"'«»()\[\]{}،؛]`.
#[inline]
fn is_url_char(c: char) -> bool {
    !matches!(
        c,
        '<' | '>' | '"' | '\'' | '«' | '»' | '(' | ')' | '[' | ']' | '{' | '}' | '،' | '؛'
    ) && !is_py_space(c)
}

/// What a URL does not end with (a trailing full stop or bracket is not part of it):
/// `[.,;:!?؟،؛'"»)\]]`.
#[inline]
fn is_url_end_forbidden(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | '؟' | '،' | '؛' | '\'' | '"' | '»' | ')' | ']'
    )
}

/// Does `t[at..]` start with `s` (ASCII)?
#[inline]
fn starts_with(t: &[char], at: usize, s: &str) -> bool {
    let b = s.as_bytes();
    at + b.len() <= t.len() && b.iter().zip(&t[at..]).all(|(&x, &c)| c == x as char)
}

/// The end of the run of `pred` characters from `at`.
#[inline]
fn run(t: &[char], mut at: usize, pred: impl Fn(char) -> bool) -> usize {
    while at < t.len() && pred(t[at]) {
        at += 1;
    }
    at
}

/// TAIL from `q` (`q > 0`, after a URL's prefix or a path's slash): the end of the URL.
///
/// Each step of the starred group is one of two mutually exclusive items (a character, or a
/// parenthesized run with no space or paren in it, which ends on its `)` or not at all), so
/// the greedy star takes the longest sequence of items and the engine, backtracking for the
/// lookbehind, gives them up one by one: the end is the last item end (or `q` itself) whose
/// character before is not a closing one. `None` where there is none (`www.` followed by
/// nothing a URL holds).
fn url_tail(t: &[char], q: usize) -> Option<usize> {
    let n = t.len();
    let mut best = (!is_url_end_forbidden(t[q - 1])).then_some(q);
    let mut x = q;
    loop {
        if x < n && is_url_char(t[x]) {
            x += 1;
        } else if x < n && t[x] == '(' {
            let y = run(t, x + 1, |c| c != '(' && c != ')' && !is_py_space(c));
            if y < n && t[y] == ')' {
                x = y + 1;
            } else {
                break;
            }
        } else {
            break;
        }
        if !is_url_end_forbidden(t[x - 1]) {
            best = Some(x);
        }
    }
    best
}

/// The top-level domains a bare domain may end with, in the pattern's order.
const TLDS: &[&str] = &[
    "com", "org", "net", "ir", "io", "edu", "gov", "info", "co", "me", "dev", "ai", "app",
];

/// `\.(?:com|...)\b` at `dot` (the dot's position): the end of the domain. The first
/// alternative that matches with a word boundary after it wins (`co` after a failed `com` is
/// followed by `m`, no boundary, so the order never picks a shorter one wrongly).
fn tld_at(t: &[char], dot: usize) -> Option<usize> {
    if t.get(dot) != Some(&'.') {
        return None;
    }
    TLDS.iter().find_map(|tld| {
        let e = dot + 1 + tld.len();
        (starts_with(t, dot + 1, tld) && (e == t.len() || !is_py_word(t[e]))).then_some(e)
    })
}

/// Caches, per line, of the runs the scanners read from each position of a run again: the
/// engine tries each position in turn, and a long run of dots, hyphens or digits would be
/// read once per position (quadratic) without them. Each holds the answer for every
/// position of the run it was computed on.
#[derive(Default)]
struct Caches {
    /// The end of the e-mail local-part run the last position was in.
    local_end: usize,
    /// The end of the `[0-9_]` run the last position was in.
    num_end: usize,
    /// The dotted label sequence the last position was in: its end, and the match of the
    /// domain pattern from a label starting at or before the last TLD dot (`None`: no TLD
    /// dot in the sequence).
    dom_end: usize,
    dom: Option<(usize, usize)>,
}

/// E-mail addresses at `p` (the local part cannot hold `@`, and labels cannot hold `.`, so
/// every greedy run is final: the match ends after the last `.label`, at least one).
fn email(t: &[char], p: usize, c: &mut Caches) -> Option<usize> {
    if !is_local(t[p]) {
        return None;
    }
    if p >= c.local_end {
        c.local_end = run(t, p, is_local);
    }
    let at = c.local_end;
    if t.get(at) != Some(&'@') {
        return None;
    }
    let mut q = run(t, at + 1, is_label);
    if q == at + 1 {
        return None;
    }
    let mut groups = 0;
    while q < t.len() && t[q] == '.' {
        let r = run(t, q + 1, is_label);
        if r == q + 1 {
            break;
        }
        q = r;
        groups += 1;
    }
    (groups > 0).then_some(q)
}

/// HTML character references: `&quot;`, `&nbsp;`, `&#1234;`, `&#x6CC;` (each run is bounded,
/// and what follows it must be the `;`, so the greedy run is final).
fn html_entity(t: &[char], p: usize) -> Option<usize> {
    if t[p] != '&' {
        return None;
    }
    let n = t.len();
    let bounded = |from: usize, pred: fn(char) -> bool, min: usize, max: usize| {
        let e = run(t, from, pred).min(from + max);
        (e >= from + min && e < n && t[e] == ';').then_some(e + 1)
    };
    match t.get(p + 1) {
        Some(c) if c.is_ascii_alphabetic() => bounded(p + 2, |c| c.is_ascii_alphanumeric(), 1, 31),
        Some('#') => match t.get(p + 2) {
            Some('x' | 'X') => bounded(p + 3, |c| c.is_ascii_hexdigit(), 1, 6),
            _ => bounded(p + 2, |c| c.is_ascii_digit(), 1, 7),
        },
        _ => None,
    }
}

/// HTML tags, attributes and all, within a line: `<b>`, `</p>`, `<br/>`,
/// `<img alt="تصویر" src="a.png">`. After the name, a space, tab or `/` and anything but
/// `< > \n` up to the `>` (a run that cannot hold `>`: the first `>` ends it or nothing does).
fn html_tag(t: &[char], p: usize) -> Option<usize> {
    if t[p] != '<' {
        return None;
    }
    let mut x = p + 1;
    if t.get(x) == Some(&'/') {
        x += 1;
    }
    if !t.get(x).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    x = run(t, x + 1, |c| c.is_ascii_alphanumeric() || c == '-');
    if matches!(t.get(x), Some(' ' | '\t' | '/')) {
        x = run(t, x + 1, |c| !matches!(c, '<' | '>' | '\n'));
    }
    (t.get(x) == Some(&'>')).then_some(x + 1)
}

/// Scheme URLs (`https://`, `http://`, `ftp://`, `file://`, case as written) and `www.` URLs.
fn scheme_url(t: &[char], p: usize) -> Option<usize> {
    let q = match t[p] {
        'h' if starts_with(t, p, "https://") => p + 8,
        'h' if starts_with(t, p, "http://") => p + 7,
        'f' if starts_with(t, p, "ftp://") => p + 6,
        'f' if starts_with(t, p, "file://") => p + 7,
        'w' if starts_with(t, p, "www.") => p + 4,
        _ => return None,
    };
    url_tail(t, q)
}

/// Bare domains: `example.com`, `a.b.ir/path?x=1`. Labels hold no dot, so shortening one
/// never lets the next `\.` match: the engine's only real choice is how many `.label`
/// groups the star keeps before `\.TLD\b`, and it tries the most first. So the match ends
/// at the last dot of the sequence (after the first label) that a TLD and a word boundary
/// follow, then takes an optional `/TAIL`.
fn domain(t: &[char], p: usize, c: &mut Caches) -> Option<usize> {
    if !is_label(t[p]) {
        return None;
    }
    let q0 = run(t, p, is_label);
    if p >= c.dom_end {
        // a new sequence: its end, and its last TLD dot (each position in it has the same)
        let mut q = q0;
        while q < t.len() && t[q] == '.' {
            let r = run(t, q + 1, is_label);
            if r == q + 1 {
                break;
            }
            q = r;
        }
        c.dom_end = q;
        c.dom = (q0..=q)
            .rev()
            .filter(|&x| x == q || t[x] == '.')
            .find_map(|x| tld_at(t, x).map(|e| (x, e)));
    }
    let (dot, e) = c.dom?;
    if dot < q0 {
        return None; // the last TLD dot is before this position's first label
    }
    if t.get(e) == Some(&'/') {
        return url_tail(t, e + 1);
    }
    Some(e)
}

/// `@mentions` and `#hashtags` (Persian ones too; a joiner may be inside).
fn mention(t: &[char], p: usize) -> Option<usize> {
    if t[p] != '@' && t[p] != '#' {
        return None;
    }
    let e = run(t, p + 1, |c| is_py_word(c) || c == ZWNJ);
    (e > p + 1).then_some(e)
}

/// ISBN with its digits and hyphens. The optional parts (`-10`/`-13`, `:`, a space) are
/// tried taken first, then left, as the engine backtracks; the digits take up to 17 of
/// their run and need 10.
fn isbn(t: &[char], p: usize) -> Option<usize> {
    if !starts_with(t, p, "ISBN") {
        return None;
    }
    let base = p + 4;
    let is_isbn = |c: char| c.is_ascii_digit() || matches!(c, 'X' | 'x' | '-');
    let mut firsts = [Some(base), None];
    if starts_with(t, base, "-10") || starts_with(t, base, "-13") {
        firsts = [Some(base + 3), Some(base)];
    }
    for a in firsts.into_iter().flatten() {
        let colons = if t.get(a) == Some(&':') {
            [Some(a + 1), Some(a)]
        } else {
            [Some(a), None]
        };
        for b in colons.into_iter().flatten() {
            let spaces = if t.get(b) == Some(&' ') {
                [Some(b + 1), Some(b)]
            } else {
                [Some(b), None]
            };
            for d in spaces.into_iter().flatten() {
                let count = (run(t, d, is_isbn) - d).min(17);
                if count >= 10 {
                    return Some(d + count);
                }
            }
        }
    }
    None
}

/// Latin words and identifiers, digits and inner dots, hyphens, colons and slashes
/// included: COVID-19, mp3, v2.1, IR820540102680020817909002, file_name.txt. Nothing
/// follows in the pattern, so every greedy run is final; a leading `[0-9_]+` must be
/// followed by a letter (a shorter run would be followed by a digit).
fn latin_word(t: &[char], p: usize, c: &mut Caches) -> Option<usize> {
    let first = t[p];
    let mut x = if first.is_ascii_alphabetic() {
        p + 1
    } else if first.is_ascii_digit() || first == '_' {
        if p >= c.num_end {
            c.num_end = run(t, p, |c| c.is_ascii_digit() || c == '_');
        }
        let r = c.num_end;
        if r < t.len() && t[r].is_ascii_alphabetic() {
            r + 1
        } else {
            return None;
        }
    } else {
        return None;
    };
    x = run(t, x, is_latin_word);
    while x + 1 < t.len() && matches!(t[x], '.' | '-' | ':' | '/') && is_latin_word(t[x + 1]) {
        x = run(t, x + 1, is_latin_word);
    }
    Some(x)
}

/// The span starting at `p`, if one does: its end, and whether it is a word (the pattern's
/// group `w`). The alternatives are tried in the pattern's order; `t` ends where the line
/// does (a line break or the text's end), as no alternative crosses a line break.
fn match_at(t: &[char], p: usize, c: &mut Caches) -> Option<(usize, bool)> {
    if let Some(e) = html_entity(t, p).or_else(|| html_tag(t, p)) {
        return Some((e, false));
    }
    if let Some(e) = email(t, p, c) {
        return Some((e, false));
    }
    if let Some(e) = scheme_url(t, p) {
        return Some((e, false));
    }
    if let Some(e) = domain(t, p, c) {
        return Some((e, false));
    }
    if let Some(e) = mention(t, p) {
        return Some((e, false));
    }
    if let Some(e) = isbn(t, p) {
        return Some((e, true));
    }
    latin_word(t, p, c).map(|e| (e, true))
}

/// Can a span start with `c` (the pattern's `(?=[A-Za-z0-9_@#.%+\-&<])`)?
#[inline]
fn may_start(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '@' | '#' | '.' | '%' | '+' | '-' | '&' | '<')
}

/// The spans of `text[start..end]` (one line, or any text whose every span lies within
/// it), each with whether it is a word, appended to `out`.
fn scan(text: &[char], start: usize, end: usize, out: &mut Vec<(usize, usize, bool)>) {
    let t = &text[..end];
    let mut c = Caches::default();
    let mut p = start;
    while p < end {
        if may_start(t[p]) {
            if let Some((e, w)) = match_at(t, p, &mut c) {
                out.push((p, e, w));
                p = e;
                continue;
            }
        }
        p += 1;
    }
}

/// The spans of the lines of `text` that might hold one (a line with a Latin letter, `@`
/// or `#`), each with whether it is a word (see [`WORD_MARKS`]).
fn word_spans(text: &[char]) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let n = text.len();
    let mut pos = 0;
    while pos < n {
        let Some(h) = text[pos..].iter().position(|&c| is_hint(c)) else {
            break;
        };
        let h = pos + h;
        let ls = text[..h].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
        let le = text[h..].iter().position(|&c| c == '\n').map_or(n, |i| h + i);
        scan(text, ls.max(pos), le, &mut out);
        pos = le + 1;
    }
    out
}

/// Sorted, non-overlapping `(start, end)` spans of `text` that no step may change.
pub fn find(text: &[char]) -> Vec<(usize, usize)> {
    word_spans(text).into_iter().map(|(s, e, _)| (s, e)).collect()
}

// -- whole lines ------------------------------------------------------------------------

/// The lines of `text` as `(start, end)`, line breaks not included (a line is what lies
/// between two `\n`; a text ending in `\n` ends with an empty line).
fn line_spans(text: &[char]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let s = start;
        match text[s..].iter().position(|&c| c == '\n') {
            Some(i) => {
                start = s + i + 1;
                Some((s, s + i))
            }
            None => {
                done = true;
                Some((s, text.len()))
            }
        }
    })
}

/// Spans of the lines of `text` (line breaks not included) that hold no Arabic-script
/// letter or mark ([`chars::is_arabic_script_text`]); empty lines are left out, there being
/// nothing in them to hide.
pub fn foreign_lines(text: &[char]) -> Vec<(usize, usize)> {
    line_spans(text)
        .filter(|&(s, e)| e > s && !text[s..e].iter().any(|&c| chars::is_arabic_script_text(c)))
        .collect()
}

/// Points (letters Persian never uses, function words of those languages) that make a line
/// another Arabic-script language ([`is_other_language`]). Raising it lets more Urdu or
/// Kurdish lines be unified as Persian; one point alone is taken for a stray letter.
pub const OTHER_LANGUAGE_POINTS: usize = 2;
/// Words holding a letter of `OTHER_LANGUAGE_WEAK` (ے ہ ھ ە) that make a line of one point
/// another language all the same (Urdu with one ٹ and ہم گھر گئے). They never count alone:
/// Persian written with ھ or ە for every heh has many such words.
pub const OTHER_LANGUAGE_WEAK_WORDS: usize = 2;
/// The share of a line's words, in percent, that must be marked as another language's (hold
/// a letter of `OTHER_LANGUAGE_LETTERS` or `OTHER_LANGUAGE_WEAK`, or be one of
/// `OTHER_LANGUAGE_WORDS`) for the points to make it that language: below it, the letters
/// are strays in a Persian line (one word in nine in shekar's «... ڪوتاه طنز آمێزی ...
/// ادَبێات ...»), and the line is unified. Urdu, Kurdish, Pashto and Sindhi lines mark one
/// word in five or more (Urdu's ہے میں نے سے کے, Sorani's ە in most words).
pub const OTHER_LANGUAGE_SHARE_PERCENT: usize = 15;

/// A letter that makes a line worth scoring: one Persian never uses, or one Persian gets
/// stray from those languages' keyboards.
#[inline]
fn is_trigger(c: char) -> bool {
    // every trigger lies in U+0679..U+06FE: one range test and a table look-up per character
    let u = c as u32;
    u >= TRIGGER_LO && u < TRIGGER_LO + TRIGGERS.len() as u32 && TRIGGERS[(u - TRIGGER_LO) as usize]
}

const TRIGGER_LO: u32 = 0x0679;

/// [`chars::is_other_language_letter`] or [`chars::is_other_language_weak`] from U+0679 on,
/// computed at compile time.
const TRIGGERS: [bool; 0x86] = {
    let mut t = [false; 0x86];
    let mut i = 0;
    while i < t.len() {
        let c = match char::from_u32(TRIGGER_LO + i as u32) {
            Some(c) => c,
            None => panic!("a character"),
        };
        t[i] = chars::is_other_language_letter(c) || chars::is_other_language_weak(c);
        i += 1;
    }
    t
};

/// Is `line` written in another Arabic-script language (Urdu, Kurdish, Pashto, Sindhi,
/// Uyghur) rather than Persian?
///
/// It scores a point for each letter Persian never uses (`OTHER_LANGUAGE_LETTERS`) and one
/// for each very common function word of those languages (`OTHER_LANGUAGE_WORDS`; a word is
/// a run of Arabic-script letters and ZWNJ). Two points ([`OTHER_LANGUAGE_POINTS`]) make it
/// another language; one point does where two words ([`OTHER_LANGUAGE_WEAK_WORDS`]) hold the
/// letters Persian text gets stray from those keyboards (`OTHER_LANGUAGE_WEAK`: ے ہ ھ ە),
/// else it is a stray typed into Persian. Those letters score nothing by themselves, so
/// «كتاب ھای من», «خانە» and Persian written with ھ for every h stay Persian. The points
/// count only where [`OTHER_LANGUAGE_SHARE_PERCENT`] of the words hold such letters: a long
/// Persian line with two or three stray letters is Persian.
pub fn is_other_language(line: &[char]) -> bool {
    let mut score = 0;
    let mut weak_words = 0;
    let (mut words, mut marked) = (0, 0);
    let is_word_char = |c: char| chars::is_arabic_script_letter(c) || c == ZWNJ;
    let mut i = 0;
    while i < line.len() {
        let c = line[i];
        if chars::is_other_language_letter(c) {
            score += 1;
        }
        if !is_word_char(c) {
            i += 1;
            continue;
        }
        // a word: its letters scored, and the list read only for a word holding a letter
        // of those languages (every word of it does)
        let mut e = i;
        let (mut strong, mut weak) = (false, false);
        while e < line.len() && is_word_char(line[e]) {
            let c = line[e];
            if e > i && chars::is_other_language_letter(c) {
                score += 1;
            }
            strong |= chars::is_other_language_letter(c);
            weak |= chars::is_other_language_weak(c);
            e += 1;
        }
        if (strong || weak) && chars::is_other_language_word(&line[i..e]) {
            score += 1;
        }
        if weak {
            weak_words += 1;
        }
        words += 1;
        if strong || weak {
            marked += 1; // (every word of OTHER_LANGUAGE_WORDS holds such a letter)
        }
        i = e;
    }
    let points = score >= OTHER_LANGUAGE_POINTS
        || (score == OTHER_LANGUAGE_POINTS - 1 && weak_words >= OTHER_LANGUAGE_WEAK_WORDS);
    points && marked * 100 >= OTHER_LANGUAGE_SHARE_PERCENT * words
}

/// Spans of the lines of `text` (line breaks not included) that [`is_other_language`] takes
/// for another Arabic-script language. Only lines holding one of their letters, or one that
/// Persian gets stray from their keyboards, are looked at.
pub fn other_language_lines(text: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = text.len();
    let mut pos = 0;
    while pos < n {
        let Some(h) = text[pos..].iter().position(|&c| is_trigger(c)) else {
            break;
        };
        let h = pos + h;
        let ls = text[..h].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
        let le = text[h..].iter().position(|&c| c == '\n').map_or(n, |i| h + i);
        if is_other_language(&text[ls..le]) {
            out.push((ls, le));
        }
        pos = le + 1;
    }
    out
}

/// The sorted spans of the lines a pipeline leaves as written: [`foreign_lines`] (unless
/// `foreign` is false) and [`other_language_lines`] (unless `other` is).
pub fn lines(text: &[char], foreign: bool, other: bool) -> Vec<(usize, usize)> {
    let mut spans = if foreign { foreign_lines(text) } else { Vec::new() };
    if other {
        let more = other_language_lines(text);
        if !more.is_empty() {
            // (a line can be both: ۾ is no letter)
            spans.extend(more);
            spans.sort_unstable();
            spans.dedup();
        }
    }
    spans
}

/// Which whole lines a pipeline of these steps leaves as written, as `(foreign, other)` for
/// [`lines`]: lines with no Arabic-script letter unless a `digits` step has
/// `other_scripts=convert` (every digit converted, as search wants), and lines of other
/// Arabic-script languages unless an `unify_letters` step has `other_scripts=convert`
/// (Persian typed on an Urdu or Kurdish keyboard). Each step says so in
/// [`Step::protect_policy`].
pub fn policy(steps: &[Box<dyn Step>]) -> (bool, bool) {
    let (mut foreign, mut other) = (true, true);
    for s in steps {
        if let Some((f, o)) = s.protect_policy() {
            if let Some(f) = f {
                foreign = f;
            }
            if let Some(o) = o {
                other = o;
            }
        }
    }
    (foreign, other)
}

/// `spans` and `wholes` merged in order, leaving out the spans inside a whole line (no span
/// crosses a line break).
fn outside(spans: &[(usize, usize, bool)], wholes: &[(usize, usize)]) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::with_capacity(spans.len() + wholes.len());
    let mut i = 0;
    for &(s, e, w) in spans {
        while i < wholes.len() && wholes[i].1 <= s {
            out.push((wholes[i].0, wholes[i].1, false));
            i += 1;
        }
        if i < wholes.len() && wholes[i].0 <= s {
            continue; // inside this line
        }
        out.push((s, e, w));
    }
    out.extend(wholes[i..].iter().map(|&(a, b)| (a, b, false)));
    out
}

/// The first character of `lo..hi` that `present` (a bitmap of U+E000-EFFF) does not hold.
fn free_mark(present: &[bool], lo: u32, hi: u32) -> Option<char> {
    (lo..hi)
        .find(|&cp| !present[(cp - 0xE000) as usize])
        .and_then(char::from_u32)
}

/// Hide the protected spans of `text`: each becomes a run, as long as itself, of one
/// private-use character that no step changes (no step maps it, and it is neither a letter
/// nor a space; a word's is another, see [`WORD_MARKS`]). `foreign` and `other` say which
/// whole lines are hidden too (see [`lines`]).
///
/// (Python raises an error where the text holds every candidate placeholder, thousands of
/// private-use characters; the core then hides nothing.)
pub fn mask(text: &[char], foreign: bool, other: bool) -> Masked {
    let mut spans = if might_have(text) {
        word_spans(text)
    } else {
        Vec::new()
    };
    let wholes = lines(text, foreign, other);
    if !wholes.is_empty() {
        spans = if spans.is_empty() {
            wholes.iter().map(|&(s, e)| (s, e, false)).collect()
        } else {
            outside(&spans, &wholes)
        };
    }
    let unmasked = || Masked {
        text: text.to_vec(),
        ..Masked::default()
    };
    if spans.is_empty() {
        return unmasked();
    }
    let untouched = || Masked {
        text: text.to_vec(),
        untouched: true,
        ..Masked::default()
    };
    let mut present = vec![false; 0x1000];
    for &c in text {
        if ('\u{e000}'..='\u{efff}').contains(&c) {
            present[(c as u32 - 0xE000) as usize] = true;
        }
    }
    let Some(ph) = free_mark(&present, SPAN_MARKS.0, SPAN_MARKS.1) else {
        return untouched();
    };
    let wph = if spans.iter().any(|s| s.2) {
        match free_mark(&present, WORD_MARK_SEARCH.0, WORD_MARK_SEARCH.1) {
            Some(c) => Some(c),
            None => return untouched(),
        }
    } else {
        None
    };
    let mut out = Vec::with_capacity(text.len());
    let mut hidden = Vec::with_capacity(spans.len());
    let mut pos = 0;
    for &(s, e, w) in &spans {
        out.extend_from_slice(&text[pos..s]);
        let mark = if w { wph.unwrap_or(ph) } else { ph };
        out.resize(out.len() + (e - s), mark);
        hidden.push(text[s..e].to_vec());
        pos = e;
    }
    out.extend_from_slice(&text[pos..]);
    let mut marks = vec![ph];
    marks.extend(wph);
    Masked {
        text: out,
        hidden,
        ph: marks,
        untouched: false,
    }
}

/// Put the hidden strings back into the placeholder runs, in order. Neighbouring spans make
/// one run: as many hidden strings are taken as fill it.
pub fn unmask(text: &[char], hidden: &[Vec<char>], ph: &[char]) -> Vec<char> {
    if hidden.is_empty() {
        return text.to_vec();
    }
    let mut out = Vec::with_capacity(text.len());
    let mut it = hidden.iter();
    let n = text.len();
    let mut pos = 0;
    while pos < n {
        // copy up to the next run (of either placeholder) in one go
        let Some(k) = text[pos..].iter().position(|c| ph.contains(c)) else {
            out.extend_from_slice(&text[pos..]);
            break;
        };
        out.extend_from_slice(&text[pos..pos + k]);
        pos += k;
        // neighbouring spans make one run: take as many hidden strings as fill it
        while pos < n && ph.contains(&text[pos]) {
            let Some(h) = it.next() else {
                // more runs than hidden strings: not a text mask made
                out.extend_from_slice(&text[pos..]);
                return out;
            };
            out.extend_from_slice(h);
            pos += h.len();
        }
    }
    out
}

#[cfg(test)]
mod trigger_tests {
    use super::*;

    #[test]
    fn trigger_table_is_the_two_classes() {
        for u in 0..0x11000u32 {
            if let Some(c) = char::from_u32(u) {
                let want = chars::is_other_language_letter(c) || chars::is_other_language_weak(c);
                assert_eq!(is_trigger(c), want, "U+{u:04X}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// (text, spans with whether each is a word), as Python's `protect._word_spans` gives
    /// them.
    #[test]
    fn spans_as_python_finds_them() {
        type Row = (&'static str, &'static [(usize, usize, bool)]);
        let rows: &[Row] = &[
            (
                "ایمیل a.b@example.com و https://x.ir/a?b=12 و #تگ۱",
                &[(6, 21, false), (24, 43, false), (46, 50, false)],
            ),
            (
                "آدرس www. و www.x و (https://a.com/b_(c)) و «http://x.ir/»، و example.co-op",
                &[
                    (5, 8, true),
                    (12, 17, false),
                    (21, 37, false),
                    (38, 39, true),
                    (45, 57, false),
                    (62, 72, false),
                    (73, 75, true),
                ],
            ),
            (
                "کتاب example.community و a.b.c.com.ir/x و 1.2.3",
                &[(5, 22, true), (25, 39, false)],
            ),
            (
                "شابک ISBN-10 123456789X و ISBN-1012345678 و ISBN:12345",
                &[(5, 23, true), (26, 41, true), (44, 54, true)],
            ),
            (
                "سلام 3rd و _a و __1 و v2.1: و COVID-19، mp3",
                &[
                    (5, 8, true),
                    (11, 13, true),
                    (22, 26, true),
                    (30, 38, true),
                    (40, 43, true),
                ],
            ),
            (
                "a@b و a@b.c. و HTTP://X.IR",
                &[
                    (0, 1, true),
                    (1, 3, false),
                    (6, 11, false),
                    (15, 19, true),
                    (22, 26, true),
                ],
            ),
            ("کتاب و ۱۲۳ بدون لاتین", &[]),
            ("-.-.-.-.x", &[(8, 9, true)]),
            ("a.co-op.ir", &[(0, 10, false)]),
        ];
        for (text, want) in rows {
            assert_eq!(word_spans(&chars(text)), *want, "{text:?}");
        }
    }

    /// HTML character references and tags are spans; what only looks like one is not.
    #[test]
    fn html_spans() {
        let hidden = |s: &str| -> Vec<String> {
            let t = chars(s);
            find(&t)
                .into_iter()
                .map(|(a, b)| t[a..b].iter().collect())
                .collect()
        };
        assert_eq!(
            hidden("&quot;سلام&quot; و &#1234; و &#x6CC; و &nbsp;"),
            ["&quot;", "&quot;", "&#1234;", "&#x6CC;", "&nbsp;"]
        );
        assert_eq!(
            hidden("<strong title=\"نباید!!!\">سلام</strong> و <br/>"),
            ["<strong title=\"نباید!!!\">", "</strong>", "<br/>"]
        );
        // not references or tags: the Latin words in them are hidden as words
        assert_eq!(
            hidden("S&P و &a; و &#; و &#x; و &#12345678;"),
            ["S", "P", "a", "#x", "#12345678"]
        ); // (hashtags)
        assert_eq!(hidden("< باند > و ۳ < ۵ و <!-- x --> و <a\nb>"), ["x", "a", "b"]);
    }

    #[test]
    fn whole_lines() {
        let t = chars("کتاب ھای من\nخانە\nٹرین ہم گھر گئے\nیہ ایک کتاب ہے۔\n\n  \nabc\n۾");
        assert_eq!(foreign_lines(&t), vec![(50, 52), (53, 56), (57, 58)]);
        assert_eq!(other_language_lines(&t), vec![(17, 32), (33, 48)]);
        assert_eq!(
            lines(&t, true, true),
            vec![(17, 32), (33, 48), (50, 52), (53, 56), (57, 58)]
        );
        assert_eq!(lines(&t, false, false), vec![]);
        assert!(is_other_language(&chars("یہ ایک کتاب ہے۔")));
        assert!(!is_other_language(&chars("کتاب ھای من")));
        assert!(foreign_lines(&chars("کتاب")).is_empty() && foreign_lines(&[]).is_empty());
    }

    #[test]
    fn mask_and_unmask() {
        let t = chars("کتاب abc و https://x.ir\nfoo");
        let m = mask(&t, true, true);
        assert_eq!(
            m.text,
            chars("کتاب \u{ee01}\u{ee01}\u{ee01} و \u{e001}\u{e001}\u{e001}\u{e001}\u{e001}\u{e001}\u{e001}\u{e001}\u{e001}\u{e001}\u{e001}\u{e001}\n\u{e001}\u{e001}\u{e001}")
        );
        assert_eq!(m.hidden, vec![chars("abc"), chars("https://x.ir"), chars("foo")]);
        assert_eq!(m.ph, vec!['\u{e001}', '\u{ee01}']);
        assert_eq!(unmask(&m.text, &m.hidden, &m.ph), t);
        // a placeholder already in the text is passed over
        let t = chars("\u{e001}\u{ee01} abc");
        let m = mask(&t, false, false);
        assert_eq!(m.ph, vec!['\u{e002}', '\u{ee02}']);
        // nothing to hide
        let t = chars("کتاب ۱۲۳");
        assert_eq!(
            mask(&t, true, true),
            Masked {
                text: t.clone(),
                hidden: vec![],
                ph: vec![],
                untouched: false,
            }
        );
    }

    proptest! {
        /// Unmasking gives the text back; the spans are sorted, apart, and never hold a
        /// line break.
        #[test]
        fn round_trip(s in "([a-zA-Z0-9./:@#()_\\- \n]|https://|www\\.|\\.com|کتاب|ہے|یہ|\u{e001}){0,30}") {
            let t = chars(&s);
            for (f, o) in [(true, true), (false, false), (true, false)] {
                let m = mask(&t, f, o);
                prop_assert_eq!(m.text.len(), t.len());
                prop_assert_eq!(unmask(&m.text, &m.hidden, &m.ph), t.clone());
            }
            let spans = word_spans(&t);
            for w in spans.windows(2) {
                prop_assert!(w[0].1 <= w[1].0);
            }
            for &(a, b, _) in &spans {
                prop_assert!(a < b && !t[a..b].contains(&'\n'));
            }
        }
    }
}
