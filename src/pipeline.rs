//! A program: a sequence of steps compiled to run in one call per text.
//!
//! The plain path hides the protected spans, runs each step's fast path (neighbouring
//! character maps fused into one pass), and puts the hidden strings back.

use crate::align::{self, Alignment};
use crate::chars::CharMap;
use crate::edit::apply_edits;
use crate::edit::Edit;
use crate::protect;
use crate::step::Step;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

enum Planned {
    /// Neighbouring character-map steps, fused.
    Map(CharMap),
    /// The step at this index.
    Step(usize),
}

pub struct Program {
    pub steps: Vec<Box<dyn Step>>,
    plan: Vec<Planned>,
    /// Which whole lines are protected: those with no Arabic-script letter, and those of
    /// other Arabic-script languages.
    pub foreign: bool,
    pub other: bool,
}

impl Program {
    pub fn new(steps: Vec<Box<dyn Step>>) -> Program {
        let mut plan = Vec::new();
        let mut run: Option<CharMap> = None;
        for (i, s) in steps.iter().enumerate() {
            match s.char_map() {
                Some(m) => run = Some(run.map_or_else(|| m.clone(), |r| r.then(m))),
                None => {
                    if let Some(r) = run.take() {
                        plan.push(Planned::Map(r));
                    }
                    plan.push(Planned::Step(i));
                }
            }
        }
        if let Some(r) = run.take() {
            plan.push(Planned::Map(r));
        }
        let (foreign, other) = protect::policy(&steps);
        Program {
            steps,
            plan,
            foreign,
            other,
        }
    }

    /// The lines each text's steps read around a line.
    pub fn context_lines(&self) -> usize {
        self.steps.iter().map(|s| s.context_lines()).max().unwrap_or(0)
    }

    /// Hide the protected spans of `text` as this program does.
    pub fn mask(&self, text: &[char]) -> protect::Masked {
        protect::mask(text, self.foreign, self.other)
    }

    /// Hidden strings after the steps that also work inside protected spans (lowercase;
    /// digits, for the digits that are no Latin writing: [`Step::works_hidden`]).
    pub fn unprotected(&self, mut hidden: Vec<Vec<char>>) -> Vec<Vec<char>> {
        for s in &self.steps {
            if s.works_hidden() && !hidden.is_empty() {
                for h in hidden.iter_mut() {
                    if let Some(out) = s.apply_hidden(h) {
                        *h = out;
                    }
                }
            }
        }
        hidden
    }

    /// `text` normalized (whole, as given: no cutting into chunks or pieces).
    pub fn normalize(&self, text: &[char]) -> Vec<char> {
        let m = self.mask(text);
        if m.untouched {
            return m.text; // (nothing could be hidden: nothing is changed)
        }
        let mut cur = m.text;
        for p in &self.plan {
            let out = match p {
                Planned::Map(map) => map.apply(&cur),
                Planned::Step(i) => self.steps[*i].apply(&cur),
            };
            if let Some(out) = out {
                cur = out;
            }
        }
        if m.hidden.is_empty() {
            cur
        } else {
            protect::unmask(&cur, &self.unprotected(m.hidden), &m.ph)
        }
    }

    /// Step `i`'s edits of `text` as its fast path makes them: none where it tells that
    /// the text needs none.
    pub fn step_edits(&self, i: usize, text: &[char]) -> Vec<Edit> {
        let s = &self.steps[i];
        if !s.needs(text) {
            return Vec::new();
        }
        s.edits(text)
    }
}

/// What one step did in a traced run: its edits of the text it saw (empty: nothing).
pub struct Traced {
    pub edits: Vec<Edit>,
    /// The text the step saw (kept only where it made edits).
    pub seen: Vec<char>,
}

impl Program {
    /// `text` normalized with its alignment (the first character of `text` at `base` of the
    /// original), and whether the alignment's starts and ends never decrease. Each step's
    /// edits are applied in turn (not the fast paths: the same text, with edits to compose).
    pub fn aligned(&self, text: &[char], base: usize) -> (Vec<char>, Alignment, bool) {
        let m = self.mask(text);
        let mut cur = m.text;
        let mut al = Alignment::identity(cur.len(), base);
        if m.untouched {
            return (cur, al, true);
        }
        let mut ordered = true;
        for s in &self.steps {
            let edits = s.edits(&cur);
            if edits.is_empty() {
                continue;
            }
            let (next, ok) = align::compose(&al, &cur, &edits);
            al = next;
            ordered = ordered && ok;
            cur = apply_edits(&cur, &edits);
        }
        let out = if m.hidden.is_empty() {
            cur
        } else {
            protect::unmask(&cur, &self.unprotected(m.hidden), &m.ph)
        };
        (out, al, ordered)
    }

    /// Each step's edits of the masked `text`, in turn (for `explain`), and the masked text's
    /// hidden strings and placeholders.
    pub fn trace(&self, text: &[char]) -> (Vec<Traced>, protect::Masked) {
        let mut m = self.mask(text);
        let mut cur = std::mem::take(&mut m.text);
        let mut out = Vec::with_capacity(self.steps.len());
        for s in &self.steps {
            if m.untouched {
                out.push(Traced {
                    edits: Vec::new(),
                    seen: Vec::new(),
                });
                continue;
            }
            let edits = s.edits(&cur);
            if edits.is_empty() {
                out.push(Traced {
                    edits,
                    seen: Vec::new(),
                });
                continue;
            }
            let next = apply_edits(&cur, &edits);
            out.push(Traced {
                edits,
                seen: std::mem::replace(&mut cur, next),
            });
        }
        m.text = cur;
        (out, m)
    }

    /// Step `i`'s fast path on `text` (no protected spans); `None` where it changes nothing.
    pub fn apply_step(&self, i: usize, text: &[char]) -> Option<Vec<char>> {
        self.steps[i].apply(text)
    }

    /// Many texts normalized on up to `threads` threads (each text whole). The threads are
    /// kept from one call to the next (one pool per thread count), and with them what each
    /// has learned of the words it met (the ZWNJ repair's caches are per thread).
    pub fn normalize_many(&self, texts: &[Vec<char>], threads: usize) -> Vec<Vec<char>> {
        let threads = threads.max(1);
        if threads == 1 || texts.len() < 2 {
            return texts.iter().map(|t| self.normalize(t)).collect();
        }
        pool(threads).install(|| texts.par_iter().map(|t| self.normalize(t)).collect())
    }
}

/// Texts at least this long (in characters) are cut into parts of about this size for
/// [`Program::normalize_parallel`].
pub const PART_CHARS: usize = 1 << 16;

impl Program {
    /// `text` normalized on up to `threads` threads: cut at line breaks into parts of about
    /// [`PART_CHARS`] characters, each normalized with the [`Program::context_lines`] lines
    /// around it that the steps read, and put together again. The same text as
    /// [`Program::normalize`] of the whole (a part whose line breaks a step changed is
    /// normalized alone, as the Python front's chunks are).
    pub fn normalize_parallel(&self, text: &[char], threads: usize) -> Vec<char> {
        if threads <= 1 || text.len() < 2 * PART_CHARS {
            return self.normalize(text);
        }
        let mut parts = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let target = (pos + PART_CHARS).min(text.len());
            let end = text[target..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(text.len(), |i| target + i + 1);
            parts.push((pos, end));
            pos = end;
        }
        let k = self.context_lines();
        let outs: Vec<Vec<char>> = pool(threads).install(|| {
            parts
                .par_iter()
                .map(|&(a, b)| self.in_context(text, a, b, k))
                .collect()
        });
        outs.concat()
    }

    /// `text[a..b]` (whole lines) normalized with the `k` lines before and after it.
    pub fn in_context(&self, text: &[char], a: usize, b: usize, k: usize) -> Vec<char> {
        let piece = &text[a..b];
        if k == 0 {
            return self.normalize(piece);
        }
        let lo = lines_before(text, a, k);
        let hi = lines_after(text, b, k);
        if lo == a && hi == b {
            return self.normalize(piece);
        }
        let out = self.normalize(&text[lo..hi]);
        let count = |s: &[char]| s.iter().filter(|&&c| c == '\n').count();
        let (nb, nt, na) = (count(&text[lo..a]), count(piece), count(&text[b..hi]));
        if count(&out) != nb + nt + na {
            return self.after_lines(text, lo, a, b); // a step changed the line breaks
        }
        // the piece's part: after the `nb` line breaks of the lines before it, and up to its
        // own last line break (the `na + 1`-th from the end) where lines follow it
        let mut start = 0;
        for _ in 0..nb {
            start += out[start..].iter().position(|&c| c == '\n').expect("counted") + 1;
        }
        let mut end = out.len();
        if hi > b {
            for _ in 0..=na {
                end = out[..end].iter().rposition(|&c| c == '\n').expect("counted");
            }
            end += 1;
        }
        out[start..end].to_vec()
    }
}

impl Program {
    /// `text[a..b]` normalized after the lines `text[lo..a]`, where a step changed the line
    /// breaks (`unify_spaces(blank_lines=...)` removes blank lines): what `text[lo..b]` comes
    /// out as past what `text[lo..a]` comes out as alone, where that is how it begins (so for
    /// steps that decide a line by the lines before it, not after it); else the piece alone.
    fn after_lines(&self, text: &[char], lo: usize, a: usize, b: usize) -> Vec<char> {
        if lo < a {
            let head = self.normalize(&text[lo..a]);
            let both = self.normalize(&text[lo..b]);
            if both.starts_with(&head) {
                return both[head.len()..].to_vec();
            }
        }
        self.normalize(&text[a..b])
    }
}

/// Where the `k` lines before `end` (a line's start) start.
fn lines_before(text: &[char], end: usize, k: usize) -> usize {
    let mut start = end;
    for _ in 0..k {
        if start == 0 {
            break;
        }
        start = text[..start - 1]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |i| i + 1);
    }
    start
}

/// Where the `k` lines from `start` (a line's start) end, their line breaks included.
fn lines_after(text: &[char], start: usize, k: usize) -> usize {
    let mut end = start;
    for _ in 0..k {
        if end >= text.len() {
            break;
        }
        end = text[end..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(text.len(), |i| end + i + 1);
    }
    end
}

/// The pool of `threads` threads, made on first use and kept. A process forked from one that
/// made pools (multiprocessing, a dataset's `map(num_proc=...)`) has none of their threads:
/// it makes its own (the parent's are left alone, never used or dropped there).
fn pool(threads: usize) -> Arc<rayon::ThreadPool> {
    type Pools = (u32, HashMap<usize, Arc<rayon::ThreadPool>>);
    static POOLS: OnceLock<Mutex<Pools>> = OnceLock::new();
    let pools = POOLS.get_or_init(|| Mutex::new((std::process::id(), HashMap::new())));
    let mut pools = pools.lock().unwrap_or_else(|e| e.into_inner());
    let pid = std::process::id();
    if pools.0 != pid {
        // (forked: the pools are the parent's; forget them without running their drop)
        for (_, p) in pools.1.drain() {
            std::mem::forget(p);
        }
        pools.0 = pid;
    }
    pools
        .1
        .entry(threads)
        .or_insert_with(|| {
            Arc::new(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .thread_name(|i| format!("normalize-{i}"))
                    .build()
                    .expect("a thread pool"),
            )
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::step::{make_step, Options};

    fn program(names: &[&str]) -> Program {
        Program::new(
            names
                .iter()
                .map(|n| make_step(n, &Options::new()).expect("a step"))
                .collect(),
        )
    }

    #[test]
    fn parallel_parts_give_the_whole() {
        // spaced and mixed lines: the ZWNJ repair reads the lines around each line
        let text: Vec<char> = [
            include_str!("../benchmarks/data/mixed_perdt_dev.txt"),
            include_str!("../benchmarks/data/glued_perdt_dev.txt"),
        ]
        .concat()
        .chars()
        .collect();
        assert!(text.len() > 2 * PART_CHARS);
        let p = program(&[
            "unify_letters",
            "digits",
            "clean_zwnj",
            "unify_spaces",
            "fix_zwnj",
        ]);
        let whole = p.normalize(&text);
        for threads in [2, 3] {
            assert_eq!(p.normalize_parallel(&text, threads), whole);
        }
    }

    #[test]
    fn parallel_parts_read_the_lines_around_them() {
        // "جنایت کار" is joined only between two lines that show spaces typed for joiners:
        // a part that starts with it is right only if it is given the line before it
        let lines = ["کتاب ها", "جنایت کار"];
        let text: Vec<char> = (0..120_000)
            .map(|i| lines[i % 2])
            .collect::<Vec<_>>()
            .join("\n")
            .chars()
            .collect();
        assert!(text.len() > 8 * PART_CHARS);
        let p = program(&["fix_zwnj"]);
        let whole = p.normalize(&text);
        assert!(whole.iter().collect::<String>().contains("جنایت\u{200c}کار"));
        assert_eq!(p.normalize_parallel(&text, 2), whole);
    }

    #[test]
    fn a_text_holding_every_placeholder_is_left_as_it_is() {
        // no private-use character is free to hide its URL with: no step may touch it
        let mut s: String = ('\u{e001}'..='\u{efff}').collect();
        s.push_str(" كتاب https://x.ir/ك ٣");
        let t: Vec<char> = s.chars().collect();
        let p = program(&["unify_letters", "digits", "fix_zwnj"]);
        assert_eq!(p.normalize(&t), t);
        assert_eq!(p.aligned(&t, 0).0, t);
        assert!(p.trace(&t).0.iter().all(|x| x.edits.is_empty()));
        // with one placeholder free, the text is normalized and the URL kept
        let t2: Vec<char> = s.replace('\u{e001}', "").chars().collect();
        let out: String = p.normalize(&t2).into_iter().collect();
        assert!(out.ends_with(" کتاب https://x.ir/ك ۳"), "{out}");
    }

    #[test]
    fn context_lines_are_found_as_python_finds_them() {
        let t: Vec<char> = "a\nbb\nccc\nd".chars().collect();
        assert_eq!(lines_before(&t, 9, 2), 2); // "bb\nccc\n" before "d"
        assert_eq!(lines_before(&t, 2, 5), 0);
        assert_eq!(lines_after(&t, 2, 1), 5);
        assert_eq!(lines_after(&t, 5, 3), t.len());
    }
}
