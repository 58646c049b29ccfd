//! Protected spans (to be ported from `normalizer/protect.py`): URLs, e-mails, mentions,
//! Latin words, and whole lines that are not Persian, hidden behind placeholders.

use crate::step::Step;

/// A masked text: the protected spans replaced by runs of a placeholder character.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Masked {
    pub text: Vec<char>,
    /// The hidden strings, in order.
    pub hidden: Vec<Vec<char>>,
    /// The placeholders (none, one, or two characters: a span's and a word's).
    pub ph: Vec<char>,
}

/// Hide the protected spans of `text`; `foreign` and `other` say which whole lines are hidden.
pub fn mask(text: &[char], _foreign: bool, _other: bool) -> Masked {
    Masked {
        text: text.to_vec(),
        hidden: Vec::new(),
        ph: Vec::new(),
    }
}

/// Put the hidden strings back into the placeholder runs, in order.
pub fn unmask(text: &[char], hidden: &[Vec<char>], _ph: &[char]) -> Vec<char> {
    debug_assert!(hidden.is_empty());
    text.to_vec()
}

/// Which whole lines a pipeline of these steps leaves as written: `(foreign, other)`.
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
