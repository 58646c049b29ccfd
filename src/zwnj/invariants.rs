//! Invariants of the spaced repair on real text: the token flags that pick the gaps the
//! repair looks at must never hide a gap it would join.

use super::analyzer::analyzer;
use super::rules::{LETTER_END, LETTER_START, PREFIX_ALONE, SUFFIX_ALONE};

/// Does a line show spaces typed for joiners (a prefix or a suffix standing alone beside a
/// letter), as the repair reads its flags?
fn shows_habit(toks: &[&str]) -> bool {
    let an = analyzer(true);
    toks.windows(2).any(|w| {
        let (s, e) = (an.start_flag(w[0]), an.end_flag(w[1]));
        (s & PREFIX_ALONE != 0 && e & LETTER_START != 0) || (e & SUFFIX_ALONE != 0 && s & LETTER_END != 0)
    })
}

fn check_lines(text: &str, limit: usize) {
    let an = analyzer(true);
    for line in text.lines().take(limit) {
        let toks: Vec<&str> = line.split(' ').collect();
        let evidence = shows_habit(&toks);
        for w in toks.windows(2) {
            let (a, b) = (w[0], w[1]);
            if b.is_empty() || an.join_spaced(a, b, evidence).is_none() {
                continue;
            }
            // the gap is looked at: a strong part on either side, or, on a line that shows
            // the habit, parts of a known compound on both
            let (s, e) = (an.start_flag(a), an.end_flag(b));
            assert!(
                (s | e) & 2 != 0 || (evidence && s & e & 1 != 0),
                "the flags hide a join: {a:?} {b:?} (flags {s}, {e}; evidence {evidence})"
            );
        }
    }
}

#[test]
fn flags_never_hide_a_join_on_spaced_text() {
    check_lines(include_str!("../../benchmarks/data/spaced_perdt_dev.txt"), 800);
}

#[test]
fn flags_never_hide_a_join_on_mixed_and_gold_text() {
    check_lines(include_str!("../../benchmarks/data/mixed_perdt_dev.txt"), 800);
    check_lines(include_str!("../../benchmarks/data/gold_perdt_dev.txt"), 800);
}
