//! The punctuation step: Persian comma, semicolon, question mark and quotes.

use crate::chars::is_arabic_letter;
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
        let chars: Vec<char> = "سلا ب\u{64e}\u{670}a1,;?\"“”\n« ,\"".chars().collect();
        proptest::collection::vec(proptest::sample::select(chars), 0..40)
    }

    proptest! {
        /// The fast path gives the edits' text, the edits are sorted and apart, and `needs`
        /// is never false where something changes.
        #[test]
        fn fast_path_edits_and_needs(t in alphabet(), quotes in any::<bool>()) {
            let st = Punctuation::new(&Options::new().with("quotes", Value::Bool(quotes)));
            let edits = st.edits(&t);
            prop_assert!(edits.windows(2).all(|w| w[0].end <= w[1].start));
            let fast = st.apply(&t).unwrap_or_else(|| t.clone());
            prop_assert_eq!(fast, apply_edits(&t, &edits));
            if !edits.is_empty() {
                prop_assert!(st.needs(&t));
            }
        }

        /// Text with no Arabic-script letter is never touched.
        #[test]
        fn latin_text_unchanged(t in proptest::collection::vec(
            proptest::sample::select("ab1 ,;?\"“”\n.«".chars().collect::<Vec<_>>()), 0..40)) {
            prop_assert!(Punctuation::new(&Options::new()).edits(&t).is_empty());
        }
    }
}
