//! What the steps' unit tests share: run a step on a string, and check rows of it.

use crate::edit::{apply_edits, Edit};
use crate::step::Step;

/// `s` through the step's fast path.
pub fn run(step: &dyn Step, s: &str) -> String {
    let t: Vec<char> = s.chars().collect();
    step.apply(&t)
        .map_or_else(|| s.to_string(), |o| o.into_iter().collect())
}

/// `s` through the step and its edits, checking that the fast path gives the text the edits
/// give.
pub fn run_with_edits(step: &dyn Step, s: &str) -> (String, Vec<Edit>) {
    let t: Vec<char> = s.chars().collect();
    let e = step.edits(&t);
    let slow: String = apply_edits(&t, &e).into_iter().collect();
    let fast = run(step, s);
    assert_eq!(fast, slow, "fast path and edits differ on {s:?}");
    (fast, e)
}

/// Each row: `(input, output)`; the fast path and the edits must both give the output, and
/// `needs` may be false only where nothing changes.
pub fn check(step: &dyn Step, rows: &[(&str, &str)]) {
    for &(src, want) in rows {
        let t: Vec<char> = src.chars().collect();
        assert_eq!(run(step, src), want, "{src:?}");
        let by_edits: String = apply_edits(&t, &step.edits(&t)).into_iter().collect();
        assert_eq!(by_edits, want, "edits of {src:?}");
        if src != want {
            assert!(step.needs(&t), "needs {src:?}");
        }
    }
}
