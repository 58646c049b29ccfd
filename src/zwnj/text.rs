//! Small char-aware helpers: Python slices a `str` by code point (`t[:-2]`, `len(t)`,
//! `t[-3]`); these do the same on `&str`, whose Persian letters take two bytes each.

use super::rules::ZWNJ;

/// Python's `len(s)`.
pub fn clen(s: &str) -> usize {
    s.chars().count()
}

/// Python's `s[-k]` for `k >= 1`, or `None` where `s` is shorter.
pub fn back(s: &str, k: usize) -> Option<char> {
    s.chars().rev().nth(k - 1)
}

pub fn last(s: &str) -> Option<char> {
    s.chars().next_back()
}

pub fn first(s: &str) -> Option<char> {
    s.chars().next()
}

/// The byte offset of char `n` (or the end).
fn byte_at(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// Python's `s[:-n]` for `n >= 1` ("" where `n >= len(s)`).
pub fn drop_last(s: &str, n: usize) -> &str {
    let l = clen(s);
    if n >= l {
        ""
    } else {
        &s[..byte_at(s, l - n)]
    }
}

/// Python's `s[-n:]` for `n >= 1` (all of `s` where `n >= len(s)`).
pub fn last_n(s: &str, n: usize) -> &str {
    let l = clen(s);
    if n >= l {
        s
    } else {
        &s[byte_at(s, l - n)..]
    }
}

/// Python's `s[:n]`.
pub fn take(s: &str, n: usize) -> &str {
    &s[..byte_at(s, n)]
}

/// Python's `s[n:]`.
pub fn skip(s: &str, n: usize) -> &str {
    &s[byte_at(s, n)..]
}

/// `s` without the suffix `suf` it ends with (Python's `s[: -len(suf)]` after `endswith`).
pub fn cut<'a>(s: &'a str, suf: &str) -> &'a str {
    debug_assert!(s.ends_with(suf));
    &s[..s.len() - suf.len()]
}

/// `s.endswith(tuple)`.
pub fn ends_any(s: &str, sufs: &[&str]) -> bool {
    sufs.iter().any(|x| s.ends_with(x))
}

/// `s.startswith(tuple)`.
pub fn starts_any(s: &str, pres: &[&str]) -> bool {
    pres.iter().any(|x| s.starts_with(x))
}

/// `s in list` for a small list.
pub fn among(s: &str, list: &[&str]) -> bool {
    list.contains(&s)
}

/// A haraka or another mark (U+064B..U+065F, U+0670), which `_MARK_CHARS` holds.
pub use super::is_mark;

/// Python's `s.rstrip(_MARK_CHARS)`.
pub fn rstrip_marks(s: &str) -> &str {
    s.trim_end_matches(is_mark)
}

/// `s.replace(ZWNJ, "")` (borrowed where `s` has no joiner, as most words).
pub fn glue(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(ZWNJ) {
        std::borrow::Cow::Owned(s.replace(ZWNJ, ""))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// An Arabic-script letter (`ARABIC_LETTER_CLASS` in `normalizer/data/chars.py`).
pub fn is_letter(c: char) -> bool {
    matches!(c as u32,
        0x0621..=0x063a | 0x0641..=0x064a | 0x066e..=0x06d3 | 0x06d5 | 0x06ee | 0x06ef
        | 0x06fa..=0x06fc | 0x06ff | 0x0750..=0x077f)
}

/// A character of a word: a letter, a mark or a joiner (the `_core` pattern's class).
pub fn is_core(c: char) -> bool {
    is_letter(c) || is_mark(c) || c == ZWNJ
}

/// `s` is one word with nothing around it (`_whole`: the `_core` pattern's fullmatch).
pub fn whole(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_core)
}

/// The non-joining letters (and ء, the hamza above): `NON_JOINING` in chars.py.
pub fn non_joining(c: char) -> bool {
    super::non_joining(c)
}

/// `c in NON_JOINING` for Python's one-character-or-empty string `s[-1:]`.
pub fn nj(c: Option<char>) -> bool {
    c.is_some_and(non_joining)
}
