//! Alignments: for each character of a text, the span of the original it came from, kept in
//! two arrays (starts and ends), and composed through each step's edits, so that no step does
//! offset arithmetic of its own.

use crate::edit::Edit;
use rustc_hash::FxHashMap;

/// Middles of edits longer than this map as one span (a diff of their characters costs too much).
pub const DIFF_LIMIT: usize = 512;

/// For each character, the start and the end of its span in the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Alignment {
    pub starts: Vec<usize>,
    pub ends: Vec<usize>,
}

impl Alignment {
    /// Each of `n` characters its own span, the first at `base`.
    pub fn identity(n: usize, base: usize) -> Alignment {
        Alignment {
            starts: (base..base + n).collect(),
            ends: (base + 1..base + n + 1).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    fn copy(&mut self, from: &Alignment, i: usize, j: usize) {
        if j > i {
            self.starts.extend_from_slice(&from.starts[i..j]);
            self.ends.extend_from_slice(&from.ends[i..j]);
        }
    }

    fn put(&mut self, b: usize, e: usize, n: usize) {
        self.starts.extend(std::iter::repeat_n(b, n));
        self.ends.extend(std::iter::repeat_n(e, n));
    }
}

/// The alignment after `edits` on `text` (whose alignment is `align`): unchanged characters
/// keep theirs; characters an edit kept at its two ends map one to one; a one-for-one
/// replacement keeps its span; a longer middle is diffed (characters both sides share keep
/// their spans, inserted ones get an empty span where they went in); an insertion gets an
/// empty span at the end of the character before it. Also returns whether the starts and ends
/// never decrease across each edit's characters and their neighbours.
pub fn compose(align: &Alignment, text: &[char], edits: &[Edit]) -> (Alignment, bool) {
    let mut out = Alignment {
        starts: Vec::with_capacity(align.len() + 8),
        ends: Vec::with_capacity(align.len() + 8),
    };
    let mut sites = Vec::with_capacity(edits.len());
    let mut pos = 0;
    for ed in edits {
        let (s, e) = (ed.start, ed.end);
        out.copy(align, pos, s);
        let o0 = out.len();
        let old = &text[s..e];
        let new: Vec<char> = ed.repl.chars().collect();
        let mut p = 0;
        while p < old.len() && p < new.len() && old[p] == new[p] {
            p += 1;
        }
        let mut q = 0;
        while q < old.len() - p && q < new.len() - p && old[old.len() - 1 - q] == new[new.len() - 1 - q] {
            q += 1;
        }
        out.copy(align, s, s + p);
        let n_old = e - q - (s + p);
        let n_new = new.len() - p - q;
        if n_new > 0 {
            if n_old > 0 {
                if n_old == 1 && n_new == 1 {
                    out.copy(align, s + p, e - q);
                } else if n_old <= DIFF_LIMIT && n_new <= DIFF_LIMIT {
                    let mid: Vec<(usize, usize)> =
                        (s + p..e - q).map(|i| (align.starts[i], align.ends[i])).collect();
                    for (b, x) in diff_spans(&mid, &old[p..old.len() - q], &new[p..new.len() - q]) {
                        out.starts.push(b);
                        out.ends.push(x);
                    }
                } else {
                    let hi = align.ends[s + p..e - q].iter().copied().max().unwrap_or(0);
                    out.put(align.starts[s + p], hi, n_new);
                }
            } else {
                let at = if s + p > 0 {
                    align.ends[s + p - 1]
                } else if !align.is_empty() {
                    align.starts[0]
                } else {
                    0
                };
                out.put(at, at, n_new);
            }
        }
        out.copy(align, e - q, e);
        sites.push((o0, out.len()));
        pos = e;
    }
    out.copy(align, pos, align.len());
    let ordered = ordered_around(&out, &sites);
    (out, ordered)
}

/// Whether the starts and ends never decrease from the character before each site `[a, b)`
/// to the one after it.
fn ordered_around(al: &Alignment, sites: &[(usize, usize)]) -> bool {
    let n = al.len();
    for &(a, b) in sites {
        let lo = a.saturating_sub(1);
        let hi = b.min(n.saturating_sub(1));
        for i in lo..hi {
            if al.starts[i] > al.starts[i + 1] || al.ends[i] > al.ends[i + 1] {
                return false;
            }
        }
    }
    true
}

/// Spans for `new`, which replaced `old` (whose characters have the spans `mid`), from the
/// opcodes of a longest-matching-block diff (Python's `difflib.SequenceMatcher` with no junk:
/// the same opcodes, so that alignments are those the Python engine made).
pub fn diff_spans(mid: &[(usize, usize)], old: &[char], new: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(new.len());
    for (tag, i1, i2, j1, j2) in opcodes(old, new) {
        match tag {
            Op::Equal => out.extend_from_slice(&mid[i1..i2]),
            Op::Replace if i2 - i1 == j2 - j1 => out.extend_from_slice(&mid[i1..i2]),
            Op::Replace => {
                let hi = mid[i1..i2].iter().map(|x| x.1).max().unwrap_or(0);
                out.extend(std::iter::repeat_n((mid[i1].0, hi), j2 - j1));
            }
            Op::Insert => {
                let at = if i1 > 0 { mid[i1 - 1].1 } else { mid[0].0 };
                out.extend(std::iter::repeat_n((at, at), j2 - j1));
            }
            Op::Delete => {}
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Equal,
    Replace,
    Insert,
    Delete,
}

/// The longest block `a[i..i+k] == b[j..j+k]` in the given ranges; of the longest, the one
/// that starts first in `a`, then in `b` (difflib's `find_longest_match`, no junk).
fn longest_match(
    a: &[char],
    b2j: &FxHashMap<char, Vec<usize>>,
    alo: usize,
    ahi: usize,
    blo: usize,
    bhi: usize,
) -> (usize, usize, usize) {
    let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0);
    let mut j2len: FxHashMap<usize, usize> = FxHashMap::default();
    for (i, c) in a.iter().enumerate().take(ahi).skip(alo) {
        let mut newj2len: FxHashMap<usize, usize> = FxHashMap::default();
        if let Some(js) = b2j.get(c) {
            for &j in js {
                if j < blo {
                    continue;
                }
                if j >= bhi {
                    break;
                }
                let k = if j > 0 {
                    j2len.get(&(j - 1)).copied().unwrap_or(0)
                } else {
                    0
                } + 1;
                newj2len.insert(j, k);
                if k > bestsize {
                    besti = i + 1 - k;
                    bestj = j + 1 - k;
                    bestsize = k;
                }
            }
        }
        j2len = newj2len;
    }
    (besti, bestj, bestsize)
}

/// difflib's opcodes for turning `a` into `b`.
pub fn opcodes(a: &[char], b: &[char]) -> Vec<(Op, usize, usize, usize, usize)> {
    let mut b2j: FxHashMap<char, Vec<usize>> = FxHashMap::default();
    for (j, c) in b.iter().enumerate() {
        b2j.entry(*c).or_default().push(j);
    }
    let mut blocks = Vec::new();
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, &b2j, alo, ahi, blo, bhi);
        if k > 0 {
            blocks.push((i, j, k));
            if alo < i && blo < j {
                queue.push((alo, i, blo, j));
            }
            if i + k < ahi && j + k < bhi {
                queue.push((i + k, ahi, j + k, bhi));
            }
        }
    }
    blocks.sort_unstable();
    // adjacent blocks collapsed into one
    let mut merged: Vec<(usize, usize, usize)> = Vec::new();
    for (i, j, k) in blocks {
        if let Some(last) = merged.last_mut() {
            if last.0 + last.2 == i && last.1 + last.2 == j {
                last.2 += k;
                continue;
            }
        }
        merged.push((i, j, k));
    }
    merged.push((a.len(), b.len(), 0));
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (ai, bj, size) in merged {
        let tag = match (i < ai, j < bj) {
            (true, true) => Some(Op::Replace),
            (true, false) => Some(Op::Delete),
            (false, true) => Some(Op::Insert),
            _ => None,
        };
        if let Some(t) = tag {
            ops.push((t, i, ai, j, bj));
        }
        i = ai + size;
        j = bj + size;
        if size > 0 {
            ops.push((Op::Equal, ai, i, bj, j));
        }
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn opcodes_as_difflib() {
        // difflib.SequenceMatcher(None, "abxcd", "abcd", autojunk=False).get_opcodes()
        let ops = opcodes(&c("abxcd"), &c("abcd"));
        assert_eq!(
            ops,
            vec![
                (Op::Equal, 0, 2, 0, 2),
                (Op::Delete, 2, 3, 2, 2),
                (Op::Equal, 3, 5, 2, 4)
            ]
        );
        // "qabxcd" -> "abycdf": [('delete',0,1,0,0),('equal',1,3,0,2),('replace',3,4,2,3),
        // ('equal',4,6,3,5),('insert',6,6,5,6)]
        let ops = opcodes(&c("qabxcd"), &c("abycdf"));
        assert_eq!(
            ops,
            vec![
                (Op::Delete, 0, 1, 0, 0),
                (Op::Equal, 1, 3, 0, 2),
                (Op::Replace, 3, 4, 2, 3),
                (Op::Equal, 4, 6, 3, 5),
                (Op::Insert, 6, 6, 5, 6)
            ]
        );
    }

    #[test]
    fn insertion_gets_an_empty_span() {
        let text = c("ab");
        let (al, ordered) = compose(&Alignment::identity(2, 0), &text, &[Edit::new(1, 1, "\u{200c}")]);
        assert_eq!(al.starts, vec![0, 1, 1]);
        assert_eq!(al.ends, vec![1, 1, 2]);
        assert!(ordered);
    }

    #[test]
    fn deletion_and_replacement() {
        let text = c("aـb");
        let (al, _) = compose(&Alignment::identity(3, 10), &text, &[Edit::new(1, 2, "")]);
        assert_eq!((al.starts, al.ends), (vec![10, 12], vec![11, 13]));
    }
}
