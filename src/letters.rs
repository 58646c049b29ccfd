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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::step::{make_step, Value};
    use proptest::prelude::*;

    fn opts(pairs: &[(&str, &str)]) -> Options {
        pairs.iter().fold(Options::new(), |o, (k, v)| {
            let value = match *v {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                s => Value::Str(s.to_string()),
            };
            o.with(k, value)
        })
    }

    fn run(name: &str, o: &Options, s: &str) -> String {
        let step = make_step(name, o).unwrap();
        let t: Vec<char> = s.chars().collect();
        let fast = step
            .apply(&t)
            .map_or_else(|| s.to_string(), |o| o.into_iter().collect());
        let slow: String = crate::apply_edits(&t, &step.edits(&t)).into_iter().collect();
        assert_eq!(fast, slow, "{name} on {s:?}: fast path and edits differ");
        fast
    }

    /// (step, options, input, output): rows that change, and rows that must not (Latin
    /// text, numbers, URLs, a line already right). Outputs as Python gives them.
    #[test]
    fn table_of_rows() {
        type Row = (
            &'static str,
            &'static [(&'static str, &'static str)],
            &'static str,
            &'static str,
        );
        let rows: &[Row] = &[
            ("unify_letters", &[], "كيك عليٰ", "کیک علیٰ"),
            ("unify_letters", &[], "ﻻ ﺑﺎﺯﺍﺭ", "لا بازار"),
            ("unify_letters", &[], "ﷲ", "الله"),
            // the step is a plain map: other-language lines are the pipeline's to hide
            ("unify_letters", &[], "یہ ایک کتاب ہے۔", "یه ایک کتاب هی۔"),
            ("unify_letters", &[], "مدرسة", "مدرسة"),
            ("unify_letters", &[("teh_marbuta", "heh")], "مدرسة", "مدرسه"),
            ("unify_letters", &[("presentation_forms", "false")], "ﻻ ك", "ﻻ ک"),
            (
                "unify_letters",
                &[],
                "abc 123 https://x.ir/a?b=1",
                "abc 123 https://x.ir/a?b=1",
            ),
            ("unify_letters", &[], "کتاب‌های علی", "کتاب‌های علی"),
            ("compose_letters", &[], "ا\u{0653}ب", "آب"),
            ("compose_letters", &[], "ی\u{0654}", "ئ"),
            ("compose_letters", &[], "و\u{0654}\u{0654}", "ؤ\u{0654}"),
            ("compose_letters", &[], "ه\u{0654}", "ه\u{0654}"),
            ("compose_letters", &[], "\u{0654}ا", "\u{0654}ا"),
            ("compose_letters", &[], "ا\u{064e}\u{0653}", "ا\u{064e}\u{0653}"),
            ("compose_letters", &[], "abc آب", "abc آب"),
            ("fold_hamza", &[], "مسئلهٔ مؤسسه", "مسیله موسسه"),
            ("fold_hamza", &[], "آب", "آب"),
            ("fold_hamza", &[], "abc 123", "abc 123"),
            ("lowercase", &[], "Python و URL", "python و url"),
            ("lowercase", &[], "ÀB", "Àb"),
            ("lowercase", &[], "already lower ۱۲", "already lower ۱۲"),
        ];
        for (name, o, input, want) in rows {
            assert_eq!(run(name, &opts(o), input), *want, "{name} {o:?} {input:?}");
        }
    }

    #[test]
    fn edits_are_per_character_or_per_run() {
        let t: Vec<char> = "Python و URL".chars().collect();
        let e = Lowercase::new(&Options::new()).edits(&t);
        assert_eq!(e, vec![Edit::new(0, 1, "p"), Edit::new(9, 12, "url")]);
        let t: Vec<char> = "ﻻ".chars().collect();
        let e = UnifyLetters::new(&Options::new()).edits(&t);
        assert_eq!(e, vec![Edit::new(0, 1, "لا")]);
    }

    #[test]
    fn policy_and_protection() {
        let convert = opts(&[("other_scripts", "convert")]);
        assert_eq!(
            UnifyLetters::new(&convert).protect_policy(),
            Some((None, Some(false)))
        );
        assert_eq!(UnifyLetters::new(&Options::new()).protect_policy(), None);
        assert!(!Lowercase::new(&Options::new()).respects_protection());
        assert!(ComposeLetters::new(&Options::new()).char_map().is_none());
    }

    proptest! {
        /// Each step is idempotent, and text without its trigger characters is unchanged.
        #[test]
        fn idempotent_and_quiet(s in "[a-zA-Z0-9 كيكىةۀأؤئٔٓاوی\u{fefb}\u{fe91}ه\u{200c}]{0,40}") {
            for name in ["unify_letters", "compose_letters", "fold_hamza", "lowercase"] {
                let once = run(name, &Options::new(), &s);
                // compose_letters is idempotent too: a composed letter is no base letter
                prop_assert_eq!(run(name, &Options::new(), &once), once.clone(), "{}", name);
            }
            let quiet: String = s.chars().filter(|c| c.is_ascii_lowercase() || *c == ' ').collect();
            for name in ["unify_letters", "compose_letters", "fold_hamza", "lowercase"] {
                prop_assert_eq!(run(name, &Options::new(), &quiet), quiet.clone());
            }
        }
    }
}
