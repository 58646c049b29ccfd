//! The punctuation step: Persian comma, semicolon, question mark and quotes.

use crate::edit::{apply_edits, Edit};
use crate::marks::is_arabic_letter;
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

/// A haraka (U+064B..U+065F) or the superscript alef (U+0670).
#[inline]
fn is_haraka(c: char) -> bool {
    ('\u{064b}'..='\u{065f}').contains(&c) || c == '\u{0670}'
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

/// `punctuation`: Persian punctuation in Persian text: , ; ? after a Persian word become
/// ، ؛ ؟, and "..." or “...” around Persian words become «...» (`quotes=false` keeps them).
///
/// A mark counts as Persian only when the word before it is in the Arabic script, so 1,000,
/// 3.14, English sentences, URLs and code are left as written.
///
/// As in Python (a `MultiRegexStep`), the quotes' edits and the marks' are made as two
/// lists and merged (the marks inside a quote are the quote's: the merge drops their own
/// edits there).
pub struct Punctuation {
    quotes: bool,
}

impl Punctuation {
    pub fn new(options: &Options) -> Self {
        Punctuation {
            quotes: options.bool("quotes", true),
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
                        Some(m) if after_persian(inner, k) => r.push(m),
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

    /// The marks after a Persian word.
    fn marks(t: &[char], out: &mut Vec<Edit>) {
        for (i, &c) in t.iter().enumerate() {
            if let Some(m) = persian_mark(c) {
                // a letter, a haraka or a space before it, then the word before those
                if i > 0
                    && (t[i - 1] == ' ' || is_arabic_letter(t[i - 1]) || is_haraka(t[i - 1]))
                    && after_persian(t, i)
                {
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
            Self::quotes(text, &mut quotes);
        }
        let mut marks = Vec::new();
        Self::marks(text, &mut marks);
        merge_rules(quotes, marks)
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter()
            .any(|&c| persian_mark(c).is_some() || (self.quotes && (c == '"' || c == '“')))
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        if !self.needs(text) {
            return None;
        }
        let edits = self.edits(text);
        if edits.is_empty() {
            None
        } else {
            Some(apply_edits(text, &edits))
        }
    }
}
