//! The step interface, step options, and the registry that makes a step from its name.

use crate::edit::{apply_edits, Edit};
use std::collections::BTreeMap;

/// An option's value as a spec gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Bool(bool),
    Int(i64),
    Str(String),
    List(Vec<String>),
}

/// A step's options by name. The Python front checks names and values against the step's
/// declared options before it makes the step; the core reads them with defaults.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options(pub BTreeMap<String, Value>);

impl Options {
    pub fn new() -> Self {
        Options(BTreeMap::new())
    }

    pub fn with(mut self, key: &str, value: Value) -> Self {
        self.0.insert(key.to_string(), value);
        self
    }

    pub fn bool(&self, key: &str, default: bool) -> bool {
        match self.0.get(key) {
            Some(Value::Bool(b)) => *b,
            _ => default,
        }
    }

    pub fn int(&self, key: &str, default: i64) -> i64 {
        match self.0.get(key) {
            Some(Value::Int(i)) => *i,
            _ => default,
        }
    }

    pub fn str<'a>(&'a self, key: &str, default: &'a str) -> &'a str {
        match self.0.get(key) {
            Some(Value::Str(s)) => s.as_str(),
            _ => default,
        }
    }

    pub fn list(&self, key: &str) -> Vec<String> {
        match self.0.get(key) {
            Some(Value::List(v)) => v.clone(),
            Some(Value::Str(s)) if !s.is_empty() => vec![s.clone()],
            _ => Vec::new(),
        }
    }
}

/// A normalization step: a small named transformation that describes its work as edits.
pub trait Step: Send + Sync {
    /// The public, stable name (`unify_letters`).
    fn name(&self) -> &'static str;

    /// The edits of `text`: sorted, non-overlapping, in char positions.
    fn edits(&self, text: &[char]) -> Vec<Edit>;

    /// Cheap test: might the step change `text`? Never false where it would. A character
    /// map needs a text holding one of its characters; another step says true unless it
    /// has a test of its own.
    fn needs(&self, text: &[char]) -> bool {
        match self.char_map() {
            Some(m) => text.iter().any(|&c| m.contains(c)),
            None => true,
        }
    }

    /// The step's result on `text`; `None` where it changes nothing. Same text as applying
    /// [`Step::edits`] (a step may have a faster path).
    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        if let Some(m) = self.char_map() {
            return m.apply(text);
        }
        if !self.needs(text) {
            return None;
        }
        let edits = self.edits(text);
        if edits.is_empty() {
            None
        } else {
            Some(apply_edits(text, &edits))
        }
    }

    /// False for steps that also work inside protected spans (lowercase).
    fn respects_protection(&self) -> bool {
        true
    }

    /// Does the step work on the hidden strings (protected spans and lines) too, after the
    /// steps have run ([`Step::apply_hidden`])? A step that does not respect protection
    /// does; `digits` does for the digits that are no Latin writing.
    fn works_hidden(&self) -> bool {
        !self.respects_protection()
    }

    /// The step's result on one hidden string (a protected span or a whole protected line,
    /// as it was written), `None` where it changes nothing: its fast path for a step that
    /// does not respect protection (lowercase); a step that [`Step::works_hidden`] with
    /// protection respected says what it does there (it must keep the string's length and
    /// line breaks: the alignment and the placeholders count on it).
    fn apply_hidden(&self, hidden: &[char]) -> Option<Vec<char>> {
        if self.respects_protection() {
            None
        } else {
            self.apply(hidden)
        }
    }

    /// How many lines before and after a line the step reads to decide it.
    fn context_lines(&self) -> usize {
        0
    }

    /// The single-character map this step is, if it is one: neighbouring maps are fused
    /// into one pass by the pipeline, and `needs` and `apply` are the map's.
    fn char_map(&self) -> Option<&crate::chars::CharMap> {
        None
    }

    /// Whether the step sets which whole lines are protected, and how: `(foreign, other)`,
    /// `None` where it says nothing (see `protect::policy`).
    fn protect_policy(&self) -> Option<(Option<bool>, Option<bool>)> {
        None
    }
}

/// Make a step from its registered name and options.
pub fn make_step(name: &str, options: &Options) -> Result<Box<dyn Step>, String> {
    use crate::*;
    let step: Box<dyn Step> = match name {
        // -- registry: one arm per step, in the order of STEP_NAMES --
        "unify_letters" => Box::new(letters::UnifyLetters::new(options)),
        "compose_letters" => Box::new(letters::ComposeLetters::new(options)),
        "fold_hamza" => Box::new(letters::FoldHamza::new(options)),
        "lowercase" => Box::new(letters::Lowercase::new(options)),
        "repeated_letters" => Box::new(letters::RepeatedLetters::new(options)),
        "digits" => Box::new(digits::Digits::new(options)),
        "remove_tatweel" => Box::new(marks::RemoveTatweel::new(options)),
        "remove_diacritics" => Box::new(marks::RemoveDiacritics::new(options)),
        "remove_invisibles" => Box::new(marks::RemoveInvisibles::new(options)),
        "repeated_marks" => Box::new(marks::RepeatedMarks::new(options)),
        "ezafe" => Box::new(marks::Ezafe::new(options)),
        "unify_spaces" => Box::new(spacing::UnifySpaces::new(options)),
        "punctuation_spacing" => Box::new(spacing::PunctuationSpacing::new(options)),
        "number_spacing" => Box::new(spacing::NumberSpacing::new(options)),
        "punctuation" => Box::new(punctuation::Punctuation::new(options)),
        "punctuation_runs" => Box::new(punctuation::PunctuationRuns::new(options)),
        "tatweel_dash" => Box::new(punctuation::TatweelDash::new(options)),
        "clean_zwnj" => Box::new(zwnj::CleanZwnj::new(options)),
        "remove_zwnj" => Box::new(zwnj::RemoveZwnj::new(options)),
        "fix_zwnj" => Box::new(zwnj::FixZwnj::new(options)?),
        _ => return Err(format!("the core has no step {name:?}")),
    };
    Ok(step)
}

/// The names of the steps the core implements.
pub const STEP_NAMES: &[&str] = &[
    "unify_letters",
    "compose_letters",
    "fold_hamza",
    "lowercase",
    "repeated_letters",
    "digits",
    "remove_tatweel",
    "remove_diacritics",
    "remove_invisibles",
    "repeated_marks",
    "ezafe",
    "unify_spaces",
    "punctuation_spacing",
    "number_spacing",
    "punctuation",
    "punctuation_runs",
    "tatweel_dash",
    "clean_zwnj",
    "remove_zwnj",
    "fix_zwnj",
];

/// The names of the steps the core implements.
pub fn step_names() -> Vec<&'static str> {
    STEP_NAMES.to_vec()
}
