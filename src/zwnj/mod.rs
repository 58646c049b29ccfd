//! Zero-width non-joiner (ZWNJ, U+200C, نیم‌فاصله) steps (ported from `normalizer/steps/zwnj.py`).
//!
//! * `clean_zwnj`: joiners where none belongs (runs, next to a space, punctuation, the edge
//!   of a word, after a non-joining letter) are removed; joiners between letters are kept.
//! * `fix_zwnj`: missing joiners restored with the lexicon, whether the joiner was dropped
//!   (استانها, میتواند, بهرهگیری) or typed as a space (استان ها, می تواند).
//! * `remove_zwnj`: every joiner removed or made a space (search; lossy).

pub mod analyzer;
pub mod conventions;
pub mod fix;
#[cfg(test)]
mod invariants;
pub mod rules;
pub mod shape;
pub mod text;
pub mod unicode;
pub mod user;

pub use fix::FixZwnj;

use crate::chars::{in_ranges, is_py_decimal, is_py_word};
use crate::edit::Edit;
use crate::step::{Options, Step};

pub const ZWNJ: char = '\u{200c}';

/// The letters that do not join the letter after them (ا د ذ ر ز ژ و, their hamza forms,
/// ۀ ة ە), and ء and the hamza above: a joiner after one is invisible.
/// (One home in Python: `NON_JOINING` in `normalizer/data/chars.py`.)
pub fn non_joining(c: char) -> bool {
    matches!(
        c,
        'ا' | 'آ'
            | 'أ'
            | 'إ'
            | 'ٱ'
            | 'د'
            | 'ذ'
            | 'ر'
            | 'ز'
            | 'ژ'
            | 'و'
            | 'ؤ'
            | 'ۀ'
            | 'ة'
            | 'ە'
            | 'ء'
            | '\u{0654}'
    )
}

/// Non-joining letters after which `clean_zwnj` keeps a typed joiner: it marks where the
/// words of an Arabic compound meet (ان‌شاء‌الله, دایرة‌المعارف), which a tokenizer reads,
/// though nothing shows it. After the other non-joining letters it is a slip (بندر‌ها).
pub const BOUNDARY_AFTER: &[char] = &['ء', 'ة'];

/// A haraka or another Arabic mark (U+064B..U+065F, U+0670): it belongs to the letter
/// before it, and a look at "the letter before" looks past it.
pub fn is_mark(c: char) -> bool {
    crate::chars::is_haraka(c)
}

/// `clean_zwnj`: remove joiners where none belongs, keep every joiner between two joining
/// letters.
///
/// Collapses runs of ZWNJ to one; removes a ZWNJ next to a space, a line break,
/// punctuation, a digit or the edge of the text, one after a non-joining letter
/// (ا د ذ ر ز ژ و), where it is invisible: «بندر‌ها» -> «بندرها» (but not after ء or ة,
/// where it marks the parts of an Arabic compound: ان‌شاء‌الله), and one before a
/// haraka or a hamza mark, which belongs to the letter before it (ی‌ٔ -> یٔ, which
/// `compose_letters` then writes ئ). Leaves alone a ZWNJ between letters of other scripts
/// (it matters in Indic scripts).
pub struct CleanZwnj;

impl CleanZwnj {
    pub fn new(_options: &Options) -> Self {
        CleanZwnj
    }

    /// What the run of joiners `text[a..b]` becomes.
    fn repl(text: &[char], a: usize, b: usize) -> &'static str {
        let mut i = a;
        while i > 0 && is_mark(text[i - 1]) {
            i -= 1; // look past harakat to the letter
        }
        let word = |c: char| in_ranges(unicode::LETTER_OR_MARK, c);
        let (prev, nxt) = match (i.checked_sub(1).map(|j| text[j]), text.get(b)) {
            (Some(p), Some(&n)) if word(p) && word(n) => (p, n),
            _ => return "",
        };
        if is_mark(nxt) || (non_joining(prev) && !BOUNDARY_AFTER.contains(&prev)) {
            // a mark after the joiner is the letter's before it
            return "";
        }
        "\u{200c}"
    }
}

/// The runs of joiners in `text`, as `(start, end)`, in order.
fn zwnj_runs(text: &[char]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let a = i + text[i..].iter().position(|&c| c == ZWNJ)?;
        let b = a + text[a..]
            .iter()
            .position(|&c| c != ZWNJ)
            .unwrap_or(text.len() - a);
        i = b;
        Some((a, b))
    })
}

/// `c` is in `re`'s `[\W\d_]`: no word character, a decimal digit, or `_`.
fn not_wordy(c: char) -> bool {
    !is_py_word(c) || is_py_decimal(c) || c == '_'
}

impl Step for CleanZwnj {
    fn name(&self) -> &'static str {
        "clean_zwnj"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        zwnj_runs(text)
            .filter_map(|(a, b)| {
                let r = Self::repl(text, a, b);
                (b - a != 1 || r.is_empty()).then(|| Edit::new(a, b, r))
            })
            .collect()
    }

    /// Python's fast path: a joiner first in the text, or one before `[\W\d_]` or the end,
    /// or one after `[\W\d_]` or a non-joining letter.
    fn needs(&self, text: &[char]) -> bool {
        if text.first() == Some(&ZWNJ) {
            return true;
        }
        text.iter().enumerate().any(|(i, &c)| {
            c == ZWNJ
                && (text.get(i + 1).is_none_or(|&n| not_wordy(n))
                    || (i > 0 && (not_wordy(text[i - 1]) || non_joining(text[i - 1]))))
        })
    }
}

/// `remove_zwnj`: remove every joiner (`to=none`, the default) or make it a space
/// (`to=space`): for search indexes where کتاب‌ها, کتابها and کتاب ها must meet (lossy).
pub struct RemoveZwnj {
    to: &'static str,
}

impl RemoveZwnj {
    pub fn new(options: &Options) -> Self {
        let to = if options.str("to", "none") == "space" {
            " "
        } else {
            ""
        };
        RemoveZwnj { to }
    }
}

impl Step for RemoveZwnj {
    fn name(&self) -> &'static str {
        "remove_zwnj"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        zwnj_runs(text).map(|(a, b)| Edit::new(a, b, self.to)).collect()
    }

    fn needs(&self, text: &[char]) -> bool {
        text.contains(&ZWNJ)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::apply_edits;

    fn run(step: &dyn Step, s: &str) -> String {
        let t: Vec<char> = s.chars().collect();
        let fast = step
            .apply(&t)
            .map_or_else(|| s.to_string(), |o| o.into_iter().collect());
        let slow: String = apply_edits(&t, &step.edits(&t)).into_iter().collect();
        assert_eq!(fast, slow, "fast path and edits differ on {s:?}");
        fast
    }

    #[test]
    fn clean_zwnj_rows() {
        let st = CleanZwnj::new(&Options::new());
        let z = "\u{200c}";
        for (inp, out) in [
            (format!("کتاب{z}{z}ها"), format!("کتاب{z}ها")),
            (format!("بندر{z}ها"), "بندرها".to_string()),
            (format!("{z}می"), "می".to_string()),
            (format!("کتاب{z} ها"), "کتاب ها".to_string()),
            (format!("کتاب{z}"), "کتاب".to_string()),
            (format!("ی{z}\u{0654}"), "ی\u{0654}".to_string()),
            (format!("را\u{064b}{z}ها"), "را\u{064b}ها".to_string()),
            (format!("کتاب{z}1"), "کتاب1".to_string()),
        ] {
            assert_eq!(run(&st, &inp), out, "{inp:?}");
        }
        for keep in [
            format!("کتاب{z}ها"),
            format!("می{z}رود"),
            "abc def".to_string(),
            "12 34".to_string(),
            "https://example.com/x".to_string(),
            format!("क{z}ष"),
            String::new(),
        ] {
            assert_eq!(run(&st, &keep), keep);
        }
    }

    #[test]
    fn remove_zwnj_rows() {
        let none = RemoveZwnj::new(&Options::new());
        let space = RemoveZwnj::new(&Options::new().with("to", crate::Value::Str("space".into())));
        assert_eq!(run(&none, "کتاب\u{200c}\u{200c}ها"), "کتابها");
        assert_eq!(run(&space, "کتاب\u{200c}ها"), "کتاب ها");
        assert_eq!(run(&none, "abc 123"), "abc 123");
    }

    proptest::proptest! {
        #[test]
        fn clean_zwnj_idempotent_and_trigger_free_unchanged(s in "[کتابهایمیرودز \u{200c}\u{064b}a1.]{0,30}") {
            let st = CleanZwnj::new(&Options::new());
            let once = run(&st, &s);
            proptest::prop_assert_eq!(run(&st, &once), once.clone());
            if !s.contains('\u{200c}') {
                proptest::prop_assert_eq!(once, s);
            }
        }
    }
}
