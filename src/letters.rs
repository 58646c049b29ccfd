//! Letter steps: Arabic and look-alike letters to Persian, composed letters, hamza folding,
//! Latin case. (Ported from `normalizer/steps/letters.py`.)

use crate::chars::{self, CharMap};
use crate::edit::{apply_edits, Edit};
use crate::step::{Options, Step};

/// `unify_letters`: Arabic and look-alike letters to the Persian ones a reader sees.
///
/// Changes ي ى to ی, ك to ک, ە ھ ہ to ه, ے to ی, the letters pasted from Urdu, Kurdish and
/// Pashto keyboards (ې ۍ ڪ ګ ...), the Arabic presentation forms (U+FB50-FDFF,
/// U+FE70-FEFF, lam-alef ligatures included) to plain letters ([`chars::ARABIC_TO_PERSIAN`],
/// [`chars::PRESENTATION_FORMS`]). Leaves alone: ۀ (see `ezafe`), ة unless
/// `teh_marbuta=heh`, hamza letters (أ ؤ ئ), digits, and anything outside the Arabic script.
///
/// Text in another Arabic-script language (Urdu, Kurdish, Pashto, Sindhi, Uyghur) is left
/// as written: a pipeline hides those lines from every step
/// ([`crate::protect::is_other_language`]); the step itself is a plain map.
/// `other_scripts=convert` turns that protection off ([`Step::protect_policy`]), for Persian
/// typed on an Urdu or Kurdish keyboard.
pub struct UnifyLetters {
    map: CharMap,
    convert_other: bool,
}

impl UnifyLetters {
    pub fn new(options: &Options) -> Self {
        let mut map = CharMap::new();
        for &(k, v) in chars::ARABIC_TO_PERSIAN {
            map.insert(k, v.to_string());
        }
        if options.bool("presentation_forms", true) {
            for &(k, v) in chars::PRESENTATION_FORMS {
                map.insert(k, v);
            }
        }
        if options.str("teh_marbuta", "keep") == "heh" {
            map.insert(chars::TEH_MARBUTA, chars::HEH.to_string());
        }
        UnifyLetters {
            map,
            convert_other: options.str("other_scripts", "keep") == "convert",
        }
    }
}

impl Step for UnifyLetters {
    fn name(&self) -> &'static str {
        "unify_letters"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        self.map.edits(text)
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        self.map.apply(text)
    }

    fn char_map(&self) -> Option<&CharMap> {
        Some(&self.map)
    }

    fn protect_policy(&self) -> Option<(Option<bool>, Option<bool>)> {
        // other_scripts=convert: lines of other Arabic-script languages are normalized too
        self.convert_other.then_some((None, Some(false)))
    }
}

/// `compose_letters`: a letter typed as base + combining madda or hamza to the one letter a
/// Persian keyboard types: ا + ٓ -> آ, ا + ٔ -> أ, و + ٔ -> ؤ, ی + ٔ -> ئ ([`chars::COMPOSE`]).
/// Leaves هٔ alone (see `ezafe`), and a letter and a mark with anything between them.
///
/// In a pipeline, put it after the steps that may bring a letter and its mark together
/// (`unify_letters`: ﻻٔ -> لأ; `remove_tatweel`, `remove_diacritics`, `remove_invisibles`,
/// `clean_zwnj`), as the presets do: a mark freed after it is composed only by a second run.
/// Not a character map (it reads pairs), so the pipeline does not fuse it.
pub struct ComposeLetters;

impl ComposeLetters {
    pub fn new(_options: &Options) -> Self {
        ComposeLetters
    }
}

impl Step for ComposeLetters {
    fn name(&self) -> &'static str {
        "compose_letters"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        // each (rare) mark looks back at its letter
        let mut out = Vec::new();
        for i in 1..text.len() {
            if chars::is_letter_mark(text[i]) {
                if let Some(r) = chars::compose(text[i - 1], text[i]) {
                    out.push(Edit::new(i - 1, i + 1, r.to_string()));
                }
            }
        }
        out
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(|&c| chars::is_letter_mark(c))
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        if !self.needs(text) {
            return None; // one scan: most texts hold no combining madda or hamza
        }
        let edits = self.edits(text);
        (!edits.is_empty()).then(|| apply_edits(text, &edits))
    }
}

/// `fold_hamza`: fold hamza letters to their bare letter, for search and matching (lossy):
/// أ إ ٱ to ا, ؤ to و, ئ to ی, ۀ and ة to ه, and a combining hamza dropped (هٔ -> ه)
/// ([`chars::HAMZA_FOLD`]). Leaves آ alone: it is a letter of its own.
pub struct FoldHamza {
    map: CharMap,
}

impl FoldHamza {
    pub fn new(_options: &Options) -> Self {
        let mut map = CharMap::new();
        for &(k, v) in chars::HAMZA_FOLD {
            map.insert(k, v);
        }
        FoldHamza { map }
    }
}

impl Step for FoldHamza {
    fn name(&self) -> &'static str {
        "fold_hamza"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        self.map.edits(text)
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        self.map.apply(text)
    }

    fn char_map(&self) -> Option<&CharMap> {
        Some(&self.map)
    }
}

/// `lowercase`: Latin letters (A-Z only) to lower case, URLs and Latin words included
/// (search; lossy): it works inside protected spans too. One edit per run of capitals, as
/// Python's `[A-Z]+` pass makes; as a map of single characters it is fused by the pipeline.
pub struct Lowercase {
    map: CharMap,
}

impl Lowercase {
    pub fn new(_options: &Options) -> Self {
        let mut map = CharMap::new();
        for c in 'A'..='Z' {
            map.insert(c, c.to_ascii_lowercase().to_string());
        }
        Lowercase { map }
    }
}

impl Step for Lowercase {
    fn name(&self) -> &'static str {
        "lowercase"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            if text[i].is_ascii_uppercase() {
                let s = i;
                while i < text.len() && text[i].is_ascii_uppercase() {
                    i += 1;
                }
                let repl: String = text[s..i].iter().map(|c| c.to_ascii_lowercase()).collect();
                out.push(Edit::new(s, i, repl));
            } else {
                i += 1;
            }
        }
        out
    }

    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(char::is_ascii_uppercase)
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        let first = text.iter().position(char::is_ascii_uppercase)?;
        let mut out = text.to_vec();
        for c in &mut out[first..] {
            c.make_ascii_lowercase();
        }
        Some(out)
    }

    fn respects_protection(&self) -> bool {
        false
    }

    fn char_map(&self) -> Option<&CharMap> {
        Some(&self.map)
    }
}
