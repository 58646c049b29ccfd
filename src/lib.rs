//! The engine of persian-normalizer: the steps, the protected spans and the ZWNJ repair.
//!
//! Text is handled as `&[char]` and every position is a `char` index, as Python counts a
//! `str`, so that edits, spans and alignments cross the binding unchanged. Each step family
//! has its module; [`pipeline::Program`] runs a sequence of steps in one call.

pub mod align;
pub mod alloc;
pub mod chars;
pub mod digits;
pub mod edit;
pub mod letters;
pub mod lexicon;
pub mod marks;
pub mod pipeline;
pub mod protect;
pub mod punctuation;
pub mod spacing;
pub mod step;
#[cfg(test)]
mod testing;
pub mod zwnj;

#[cfg(feature = "python")]
mod python;

pub use edit::{apply_edits, Edit};
pub use step::{make_step, Options, Step, Value};
