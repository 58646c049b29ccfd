//! The user's words: `fix_zwnj`'s `words` and `keep` options, which extend the built-in
//! lexicon for one option set.
//!
//! * `words`: words in their right spelling. A word with a joiner (رئیس‌جمهور, زمین‌لرزه)
//!   is a compound: its glued spelling (رئیسجمهور) and its spelling with spaces (رئیس
//!   جمهور; three tokens or more for a word of three parts or more) are repaired to it on
//!   any line, with no evidence needed (the user asked for it), and inflected where the
//!   engine inflects the lexicon's compounds (رئیسجمهورها). A word without a joiner is
//!   right as written: never split (as the lexicon's solid words), though suffixes may
//!   still join it (فیسبوکها -> فیسبوک‌ها).
//! * `keep`: words kept exactly as written: a token that is one of them (punctuation and
//!   harakat aside) is never changed and never joined to a neighbour.
//!
//! The analyzer of an option set with user words is built once per process, on a copy of
//! the built-in lexicon with the words added (see [`analyzer_for`]), and keeps memos of its own.

use super::analyzer::{analyzer_with, Analyzer, BUILTIN_ANALYZERS};
use super::rules::INFLECTIONS;
use super::text::{glue, is_core, rstrip_marks};
use crate::lexicon::{self, StrMap, StrSet, ZWNJ};
use rustc_hash::FxHashMap;
use std::sync::Mutex;

/// What an analyzer knows of the user's words (empty for the built-in ones).
#[derive(Default)]
pub struct UserWords {
    /// The glued spelling of each compound -> the compound (رئیسجمهور -> رئیس‌جمهور).
    pub compounds: StrMap<String>,
    /// The glued first and last token of each compound written as two tokens (رئیس, جمهور;
    /// for a compound of three parts, also سازمان‌ملل | متحد): a token holding one may open
    /// a spaced join on any line. (Compounds written as three tokens or more join as the
    /// lexicon's multi-part compounds do.)
    pub starts: StrSet,
    pub ends: StrSet,
    /// The `keep` words.
    pub keep: StrSet,
    any: bool,
}

impl UserWords {
    /// No user words: the analyzer behaves exactly as the built-in one.
    #[inline]
    pub fn is_empty(&self) -> bool {
        !self.any
    }

    /// `tok` is a `keep` word, punctuation around it and harakat after it aside.
    pub fn kept(&self, tok: &str) -> bool {
        if self.keep.is_empty() {
            return false;
        }
        let w = tok.trim_matches(|c: char| !is_core(c) || c == ZWNJ);
        self.keep.contains(tok) || self.keep.contains(rstrip_marks(w))
    }

    /// The glued word `t` is a user compound (or `t` is one with some of its joiners
    /// dropped): the compound.
    pub fn compound(&self, t: &str) -> Option<&str> {
        if self.compounds.is_empty() {
            return None;
        }
        self.compounds.get(&glue(t)).map(String::as_str)
    }

    /// `t`, a token's last or first word, is the glued first or last token of a user
    /// compound written as two tokens.
    pub fn starts_pair(&self, w: &str) -> bool {
        !self.starts.is_empty() && self.starts.contains(&glue(w))
    }

    pub fn ends_pair(&self, w: &str) -> bool {
        if self.ends.is_empty() {
            return false;
        }
        let g = glue(w);
        // (inflected too: رئیس جمهورها)
        self.ends.contains(&g)
            || INFLECTIONS
                .iter()
                .any(|s| g.ends_with(s) && self.ends.contains(&g[..g.len() - s.len()]))
    }
}

/// A user word as given: spaces and joiners around it dropped, runs of joiners made one;
/// `None` where nothing is left or it holds a space (no word).
fn clean(w: &str) -> Option<String> {
    let w = w.trim().trim_matches(ZWNJ);
    if w.is_empty() || w.chars().any(char::is_whitespace) {
        return None;
    }
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        if !(c == ZWNJ && out.ends_with(ZWNJ)) {
            out.push(c);
        }
    }
    Some(out)
}

/// The option set's lists, cleaned, sorted and without repeats: the key of its analyzer.
fn key(list: &[String]) -> Vec<String> {
    let mut v: Vec<String> = list.iter().filter_map(|w| clean(w)).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The analyzers built for option sets with user words, by `(compounds, words, keep)`.
/// (Each is built once and lives as long as the process: an option set is a user's
/// configuration, and there are few.)
type Built = FxHashMap<(bool, bool, Vec<String>, Vec<String>), &'static Analyzer>;

static BUILT: Mutex<Option<Built>> = Mutex::new(None);

/// The analyzer for an option set: the built-in one where both lists are empty, else one
/// built on first use for the lists (in any order) and kept.
pub fn analyzer_for(compounds: bool, apart: bool, words: &[String], keep: &[String]) -> &'static Analyzer {
    let (words, keep) = (key(words), key(keep));
    if words.is_empty() && keep.is_empty() {
        return analyzer_with(compounds, apart);
    }
    let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
    let built = built.get_or_insert_with(Default::default);
    let k = (compounds, apart, words, keep);
    if let Some(an) = built.get(&k) {
        return an;
    }
    // (the first memos are the built-in analyzers')
    let idx = BUILTIN_ANALYZERS + built.len();
    let an: &'static Analyzer = Box::leak(Box::new(build(compounds, apart, &k.2, &k.3, idx)));
    built.insert(k, an);
    an
}

/// The analyzer of the built-in lexicon with the user's words added.
fn build(compounds: bool, apart: bool, words: &[String], keep: &[String], idx: usize) -> Analyzer {
    let lex: &'static lexicon::Lexicon = Box::leak(Box::new(lexicon::builtin().with_user(words)));
    let mut an = Analyzer::build(lex, compounds, apart, idx);
    let mut user = UserWords {
        any: true,
        keep: keep.iter().collect(),
        ..Default::default()
    };
    let mut multi: Vec<String> = Vec::new();
    for w in words.iter().filter(|w| w.contains(ZWNJ)) {
        user.compounds.insert(&glue(w), w.clone());
        let parts: Vec<&str> = w.split(ZWNJ).collect();
        for k in 1..parts.len() {
            user.starts.insert(&parts[..k].concat());
            user.ends.insert(&parts[k..].concat());
        }
        if parts.len() >= 3 {
            multi.push(w.clone());
        }
    }
    // compounds of three parts or more written as three tokens or more: as the lexicon's
    // multi-part compounds (the writings as two tokens are joined as pairs, see above)
    if !multi.is_empty() {
        for (tok, ws) in an.writings(&multi).into_iter_pairs() {
            let ws: Vec<_> = ws.into_iter().filter(|w| w.toks.len() >= 3).collect();
            if ws.is_empty() {
                continue;
            }
            an.multi_keys.insert(&tok);
            let all = an.multi.entry_or_insert_with(&tok, Vec::new);
            all.extend(ws);
            all.sort_by_key(|w| std::cmp::Reverse(w.toks.len()));
        }
    }
    an.user = user;
    an
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::apply_edits;
    use crate::step::{Options, Step, Value};
    use crate::zwnj::analyzer::analyzer;
    use crate::zwnj::FixZwnj;

    const Z: &str = "\u{200c}";

    fn step(words: &[&str], keep: &[&str], compounds: bool) -> FixZwnj {
        let list = |l: &[&str]| Value::List(l.iter().map(|w| w.to_string()).collect());
        FixZwnj::new(
            &Options::new()
                .with("words", list(words))
                .with("keep", list(keep))
                .with("compounds", Value::Bool(compounds)),
        )
        .expect("no rule disabled")
    }

    /// The text after the step, checking that its fast path and its edits agree.
    fn run(st: &FixZwnj, s: &str) -> String {
        let t: Vec<char> = s.chars().collect();
        let slow: String = apply_edits(&t, &st.edits(&t)).into_iter().collect();
        let fast = st
            .apply(&t)
            .map_or_else(|| s.to_string(), |o| o.into_iter().collect());
        assert_eq!(fast, slow, "fast path and edits differ on {s:?}");
        fast
    }

    #[test]
    fn lists_are_keyed_in_any_order_and_cleaned() {
        let a = analyzer_for(true, true, &["ب‌پ".into(), " الف ".into()], &[]);
        let b = analyzer_for(
            true,
            true,
            &["الف".into(), "ب\u{200c}\u{200c}پ".into(), "".into()],
            &[],
        );
        assert!(std::ptr::eq(a, b));
        assert!(std::ptr::eq(
            analyzer_for(true, true, &["".into()], &[]),
            analyzer(true)
        ));
        assert!(!std::ptr::eq(
            a,
            analyzer_for(false, true, &["الف".into(), "ب‌پ".into()], &[])
        ));
    }

    #[test]
    fn user_words_change_rows_that_stay_without_them() {
        let (abr, org) = (format!("ابر{Z}رایانه"), format!("سازمان{Z}ملل{Z}متحد"));
        let user = step(&[&abr, &org, "فیسبوک"], &[], true);
        let plain = step(&[], &[], true);
        for (inp, out) in [
            // a compound: glued, spaced (no evidence on the line), inflected, in punctuation
            ("ابررایانه ساخت", format!("{abr} ساخت")),
            ("ابر رایانه ساخت", format!("{abr} ساخت")),
            ("«ابر رایانه»", format!("«{abr}»")),
            ("ابررایانهها", format!("{abr}{Z}ها")),
            ("ابر رایانههای", format!("{abr}{Z}های")),
            // three parts: as three tokens, glued, and partly joined
            ("سازمان ملل متحد", org.clone()),
            ("سازمانمللمتحد", org.clone()),
            (&format!("سازمان{Z}ملل متحد"), org.clone()),
            // a solid word takes suffixes
            ("فیسبوکها", format!("فیسبوک{Z}ها")),
        ] {
            assert_eq!(run(&user, inp), out, "{inp:?} with the words");
            assert_eq!(run(&user, &out), out, "{out:?} again");
            assert_ne!(run(&plain, inp), out, "{inp:?} without them");
        }
        // on any line, with compounds off too
        assert_eq!(run(&step(&[&abr], &[], false), "ابر رایانه"), abr);
        // right as written already; Latin, numbers, URLs, a line that is right
        for keep in [
            abr.as_str(),
            "Hello world 123",
            "https://example.com/ابر",
            "۱۲۳ ۴۵۶",
            &format!("کتاب{Z}ها و {abr}"),
            "ابر سیاه رایانه",
        ] {
            assert_eq!(run(&user, keep), keep);
        }
    }

    #[test]
    fn a_solid_user_word_is_never_split() {
        // the lexicon reads میتواند as می‌تواند; the user's word stands
        let st = step(&["میتواند"], &[], true);
        assert_eq!(run(&st, "میتواند"), "میتواند");
        assert_eq!(run(&step(&[], &[], true), "میتواند"), format!("می{Z}تواند"));
    }

    #[test]
    fn keep_words_are_left_alone_glued_and_spaced() {
        let st = step(&[], &["استانها", "استان", "میخواند", "سی"], true);
        let plain = step(&[], &[], true);
        for (inp, without) in [
            ("استانها", format!("استان{Z}ها")),
            ("استان ها", format!("استان{Z}ها")),
            ("«استانها»", format!("«استان{Z}ها»")),
            ("کتابها را میخواند", format!("کتاب{Z}ها را می{Z}خواند")),
            // a multi-part compound takes no kept token (بی بی is a word of its own)
            ("بی بی سی", format!("بی{Z}بی{Z}سی")),
        ] {
            assert_eq!(run(&plain, inp), without, "{inp:?}");
        }
        assert_eq!(run(&st, "استانها"), "استانها");
        assert_eq!(run(&st, "استان ها"), "استان ها");
        assert_eq!(run(&st, "«استانها»"), "«استانها»");
        assert_eq!(run(&st, "کتابها را میخواند"), format!("کتاب{Z}ها را میخواند"));
        assert_eq!(run(&st, "بی بی سی"), format!("بی{Z}بی سی"));
    }

    #[test]
    fn empty_lists_are_the_builtin_analyzer() {
        let st = step(&[], &[], true);
        assert_eq!(run(&st, "استان ها میتواند"), format!("استان{Z}ها می{Z}تواند"));
    }

    #[test]
    fn an_option_set_is_built_once() {
        // building one copies the built-in lexicon (a tenth of a second): the analyzer of an
        // option set is kept, and the same set given again, in any order, is the same one
        let a = analyzer_for(true, true, &["آزمون‌یک".into(), "آزمونیک".into()], &["الف".into()]);
        let b = analyzer_for(true, true, &["آزمونیک".into(), "آزمون‌یک".into()], &["الف".into()]);
        assert!(std::ptr::eq(a, b));
        let c = analyzer_for(true, true, &["آزمونیک".into()], &["الف".into()]);
        assert!(!std::ptr::eq(a, c));
    }

    proptest::proptest! {
        #[test]
        fn user_words_leave_text_without_them_as_it_was(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "کتاب", "ها", "می", "تواند", "خانه", "ی", "استان", "بی", "شک", " ", " ", "\n", "،",
            ]), 0..20)
        ) {
            // none of these tokens is (a part of) a user word: same text with and without them
            let s: String = parts.concat();
            let user = step(&["ابر\u{200c}رایانه", "فیسبوک"], &["زمین"], true);
            proptest::prop_assert_eq!(run(&user, &s), run(&step(&[], &[], true), &s));
        }
    }
}
