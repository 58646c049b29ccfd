//! The one edit mechanism every step goes through.
//!
//! A step describes its work as edits: non-overlapping `(start, end, replacement)` triples over
//! its input, in order, in `char` positions (Unicode scalar values, as Python counts them).
//! Applying them, composing alignments and counting them for `explain` are built on that.

/// One edit: `text[start..end]` becomes `repl`. `rule` names the rule behind it, where a step
/// has several (`""` where the step is its own rule).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub repl: String,
    pub rule: &'static str,
}

impl Edit {
    pub fn new(start: usize, end: usize, repl: impl Into<String>) -> Self {
        Edit {
            start,
            end,
            repl: repl.into(),
            rule: "",
        }
    }

    pub fn ruled(start: usize, end: usize, repl: impl Into<String>, rule: &'static str) -> Self {
        Edit {
            start,
            end,
            repl: repl.into(),
            rule,
        }
    }
}

/// Apply sorted, non-overlapping edits to `text`.
pub fn apply_edits(text: &[char], edits: &[Edit]) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len() + 16);
    let mut pos = 0;
    for e in edits {
        debug_assert!(e.start >= pos && e.end >= e.start && e.end <= text.len());
        out.extend_from_slice(&text[pos..e.start]);
        out.extend(e.repl.chars());
        pos = e.end;
    }
    out.extend_from_slice(&text[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn applies_in_order() {
        let t = chars("abcdef");
        let out = apply_edits(
            &t,
            &[Edit::new(0, 1, "X"), Edit::new(2, 4, ""), Edit::new(6, 6, "!")],
        );
        assert_eq!(out.iter().collect::<String>(), "Xbef!");
    }

    #[test]
    fn no_edits_is_identity() {
        let t = chars("کتاب");
        assert_eq!(apply_edits(&t, &[]), t);
    }
}
