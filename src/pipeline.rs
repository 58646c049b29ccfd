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

    /// Hidden strings after the steps that also work inside protected spans (lowercase).
    pub fn unprotected(&self, mut hidden: Vec<Vec<char>>) -> Vec<Vec<char>> {
        for s in &self.steps {
            if !s.respects_protection() && !hidden.is_empty() {
                for h in hidden.iter_mut() {
                    if let Some(out) = s.apply(h) {
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
