//! A program: a sequence of steps compiled to run in one call per text.
//!
//! The plain path hides the protected spans, runs each step's fast path (neighbouring
//! character maps fused into one pass), and puts the hidden strings back.

use crate::chars::CharMap;
use crate::edit::Edit;
use crate::protect;
use crate::step::Step;

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
