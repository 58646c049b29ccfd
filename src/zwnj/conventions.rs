//! The spellings `fix_zwnj` chooses between where both are in print and accepted: each a
//! convention with a name, its values (the first the default) and examples, set by the
//! `fix_zwnj` option of the same name. docs/ZWNJ.md lists them (generated from
//! [`CONVENTIONS`]), and each example runs as a test.
//!
//! A convention decides how the repair writes what it repairs; `pronoun_plural` and `copula`
//! also rewrite the other spelling where a text has it, when set away from their defaults.

use super::analyzer::Analyzer;
use super::rules::{PLURAL, PLURAL_PRONOUNS, ZWNJ, ZWNJ_S};
use super::text::is_core;
use crate::edit::Edit;
use crate::step::Options;

/// One convention: the option `name` of `fix_zwnj`, its `values` (the first is the default),
/// what it decides, where its default comes from, and `(value, text, output)` examples: the
/// whole step's output with `name=value`.
pub struct Convention {
    pub name: &'static str,
    pub values: &'static [&'static str],
    pub doc: &'static str,
    pub default_from: &'static str,
    pub examples: &'static [(&'static str, &'static str, &'static str)],
}

/// The rule an edit is named after when a convention makes it (not a repair of its own:
/// the spelling of a word written in the convention not chosen).
pub const CONVENTION_RULE: &str = "convention";

/// Every convention of `fix_zwnj`.
pub const CONVENTIONS: &[Convention] = &[
    Convention {
        name: "plural",
        values: &["zwnj", "keep"],
        doc: "a plural suffix glued to a noun (کتابها): joined with a ZWNJ, or kept solid \
              as written (a plural typed apart is joined either way)",
        default_from: "the Academy's guide accepts both; train joins them (PerDT's \
                       convention)",
        examples: &[
            ("zwnj", "کتابها", "کتاب\u{200c}ها"),
            ("keep", "کتابها", "کتابها"),
            ("keep", "کتاب ها", "کتاب\u{200c}ها"),
        ],
    },
    Convention {
        name: "comparative",
        values: &["zwnj", "keep"],
        doc: "‑تر and ‑ترین glued to an adjective (بزرگتر): joined with a ZWNJ, or kept solid \
              as written (بهتر, بیشتر, کمتر are solid either way)",
        default_from: "the Academy's guide writes ‑تر and ‑ترین apart from the adjective, \
                       but for a few words (بهتر, بیشتر, کمتر)",
        examples: &[
            ("zwnj", "بزرگترین", "بزرگ\u{200c}ترین"),
            ("keep", "بزرگترین", "بزرگترین"),
            ("keep", "بزرگ ترین", "بزرگ\u{200c}ترین"),
        ],
    },
    Convention {
        name: "pronoun_plural",
        values: &["keep", "solid", "zwnj"],
        doc: "‑ها after آن, این, همان, همین (آنها, آن‌ها): kept as written (typed apart, \
              joined with a ZWNJ); or every one written solid; or every one with a ZWNJ",
        default_from: "the Academy's guide accepts both; train writes آنها 1,109 times and \
                       آن‌ها 68: both are kept, neither is an error",
        examples: &[
            (
                "keep",
                "آنها و آن ها و این‌ها",
                "آنها و آن\u{200c}ها و این\u{200c}ها",
            ),
            ("solid", "آنها و آن ها و این‌ها", "آنها و آنها و اینها"),
            (
                "zwnj",
                "آنها و آن ها و اینهایی",
                "آن\u{200c}ها و آن\u{200c}ها و این\u{200c}هایی",
            ),
        ],
    },
    Convention {
        name: "copula",
        values: &["space", "zwnj"],
        doc: "است after a participle (رفته است): a glued one (رفتهاست) is written apart, or \
              with a ZWNJ; with zwnj, one typed apart is joined too",
        default_from: "the majority of train: apart 2,030 times, joined once",
        examples: &[
            ("space", "رفتهاست و شده است", "رفته است و شده است"),
            ("zwnj", "رفتهاست و شده است", "رفته\u{200c}است و شده\u{200c}است"),
            ("space", "نوشته‌است", "نوشته\u{200c}است"),
        ],
    },
    Convention {
        name: "spaced_compounds",
        values: &["keep", "join"],
        doc: "a compound of the lexicon typed apart that train writes apart more often than \
              joined (رئیس جمهور, محیط زیست, 545 of them in data/learned/perdt_apart.tsv): \
              left apart, or joined like the other compounds where the line shows spaces \
              typed for joiners",
        default_from: "the majority of train (رئیس جمهور: 53 apart, 28 joined)",
        examples: &[
            ("keep", "کتاب ها و رئیس جمهور", "کتاب\u{200c}ها و رئیس جمهور"),
            (
                "join",
                "کتاب ها و رئیس جمهور",
                "کتاب\u{200c}ها و رئیس\u{200c}جمهور",
            ),
            ("keep", "کتاب ها و محیط زیست", "کتاب\u{200c}ها و محیط زیست"),
        ],
    },
    Convention {
        name: "beh",
        values: &["space", "zwnj"],
        doc: "به before a noun where the lexicon lists the compound (به‌طور, به‌خاطر, به‌زودی) \
              and train writes it apart: a glued one (بهطور) is written apart, or with a ZWNJ; \
              with zwnj, one typed apart is joined too (encyclopedic text joins these often)",
        default_from: "the majority of train: به طور apart 225 times, به خاطر 208, never joined",
        examples: &[
            ("space", "بهطور نمونه و به طور کلی", "به طور نمونه و به طور کلی"),
            (
                "zwnj",
                "بهطور نمونه و به طور کلی",
                "به\u{200c}طور نمونه و به\u{200c}طور کلی",
            ),
            ("space", "به‌طور کلی", "به\u{200c}طور کلی"),
        ],
    },
    Convention {
        name: "preverb",
        values: &["solid", "keep"],
        doc: "a preverb (بر, در, فرا, فرو, وا, ور) typed apart before می or نمی and a verb \
              it makes a compound verb with (بر می‌دارد): written solid with it (برمی‌دارد), \
              or kept as written. Never after در or از (در بر می‌گیرد), nor باز (also \"again\")",
        default_from: "the Academy's guide writes the preverb solid before می (برمی‌دارد); \
                       train writes بر + می solid 126 times and apart 7 (4 of them در بر)",
        examples: &[
            ("solid", "بر می دارد", "برمی\u{200c}دارد"),
            ("keep", "بر می دارد", "بر می\u{200c}دارد"),
            ("solid", "در بر می\u{200c}گیرد", "در بر می\u{200c}گیرد"),
        ],
    },
];

/// The conventions a `fix_zwnj` writes, as its options set them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Conventions {
    plural_keep: bool,
    comparative_keep: bool,
    /// `None`: keep; `Some(true)`: solid; `Some(false)`: with a ZWNJ.
    pronoun_solid: Option<bool>,
    copula_zwnj: bool,
    /// به before a noun joined with a ZWNJ (`beh=zwnj`).
    beh_zwnj: bool,
    /// The compounds train writes apart are joined like the others (`spaced_compounds=join`).
    apart_join: bool,
    /// A preverb typed apart is kept apart (`preverb=keep`).
    preverb_keep: bool,
}

impl Conventions {
    /// An error names the option and its values where a value is none of them.
    pub fn new(options: &Options) -> Result<Self, String> {
        for c in CONVENTIONS {
            let v = options.str(c.name, c.values[0]);
            if !c.values.contains(&v) {
                return Err(format!(
                    "fix_zwnj: {}={v:?} is not valid; choose one of: {}",
                    c.name,
                    c.values.join(", ")
                ));
            }
        }
        // (each value checked above; a convention's default is the first of its values)
        let value = |name: &str| {
            let c = CONVENTIONS
                .iter()
                .find(|c| c.name == name)
                .expect("a convention of CONVENTIONS");
            options.str(c.name, c.values[0])
        };
        Ok(Conventions {
            plural_keep: value("plural") == "keep",
            comparative_keep: value("comparative") == "keep",
            pronoun_solid: match value("pronoun_plural") {
                "solid" => Some(true),
                "zwnj" => Some(false),
                _ => None,
            },
            copula_zwnj: value("copula") == "zwnj",
            apart_join: value("spaced_compounds") == "join",
            beh_zwnj: value("beh") == "zwnj",
            preverb_keep: value("preverb") == "keep",
        })
    }

    /// Are the compounds train writes apart left apart (the analyzer's `apart`)?
    pub fn apart(&self) -> bool {
        !self.apart_join
    }

    /// The rules whose edits a convention leaves out (a glued spelling kept as written).
    pub fn disabled(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.plural_keep {
            out.push("plural-suffix");
        }
        if self.comparative_keep {
            out.push("comparative-suffix");
        }
        if self.preverb_keep {
            out.push("preverb-mi");
        }
        out
    }

    /// `edits` (sorted, of `text`) written in these conventions, with the edits that write
    /// the words of `text` in them where the text has the other spelling.
    pub fn apply(&self, text: &[char], mut edits: Vec<Edit>, an: &Analyzer) -> Vec<Edit> {
        for e in &mut edits {
            if e.rule == "participle-ast" && !self.copula_zwnj {
                e.repl = e.repl.replace("ه\u{200c}است", "ه است");
            }
            if e.rule == "beh-noun" && !self.beh_zwnj {
                e.repl = e.repl.replacen("به\u{200c}", "به ", 1);
            }
            if let Some(solid) = self.pronoun_solid {
                if e.repl.contains("ها") {
                    e.repl = rewrite_words(&e.repl, |w| pronoun_plural(w, solid));
                }
            }
        }
        if self.pronoun_solid.is_none() && !self.copula_zwnj && !self.beh_zwnj {
            return edits;
        }
        // the words of the text outside the edits
        let mut more = Vec::new();
        let mut next = 0; // the first edit not before the word
        let words = word_spans(text);
        for (k, &(s, e)) in words.iter().enumerate() {
            while next < edits.len() && edits[next].end <= s {
                next += 1;
            }
            // (the first edit that ends after the word's start, if it starts before `end`)
            let edited = |end: usize| next < edits.len() && edits[next].start < end;
            if edited(e) {
                continue; // (inside an edit)
            }
            let w: String = text[s..e].iter().collect();
            if let Some(solid) = self.pronoun_solid {
                if let Some(r) = pronoun_plural(&w, solid) {
                    more.push(Edit::ruled(s, e, r, CONVENTION_RULE));
                    continue;
                }
            }
            // the next word, where one space stands between the two and no edit covers them
            let apart_next = words
                .get(k + 1)
                .filter(|&&(s2, e2)| s2 == e + 1 && text[e] == ' ' && !edited(e2))
                .map(|&(s2, e2)| text[s2..e2].iter().collect::<String>());
            let Some(after) = apart_next else { continue };
            // به طور: a compound of the lexicon train writes apart; رفته است: a participle
            // and است as a word of its own
            let join = (self.beh_zwnj && w == "به" && an.beh_noun(&after))
                || (self.copula_zwnj && after == "است" && w.ends_with('ه') && an.past_form(&w));
            if join {
                more.push(Edit::ruled(e, e + 1, ZWNJ_S, CONVENTION_RULE));
            }
        }
        if !more.is_empty() {
            edits.extend(more);
            edits.sort_by_key(|e| e.start);
        }
        edits
    }
}

/// The spans of the words of `text`: runs of letters, marks and joiners.
fn word_spans(text: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &c) in text.iter().enumerate() {
        match (is_core(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// `s` with each word `f` rewrites rewritten (the rest as it is).
fn rewrite_words(s: &str, f: impl Fn(&str) -> Option<String>) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut pos = 0;
    for (a, b) in word_spans(&chars) {
        out.extend(&chars[pos..a]);
        let w: String = chars[a..b].iter().collect();
        out.push_str(&f(&w).unwrap_or(w));
        pos = b;
    }
    out.extend(&chars[pos..]);
    out
}

/// A demonstrative + a plural suffix (آنها, آن‌ها, اینهایی) written solid or with a ZWNJ
/// (`solid`), where that differs from `w`; `None` for any other word.
fn pronoun_plural(w: &str, solid: bool) -> Option<String> {
    let dem = PLURAL_PRONOUNS.iter().find(|d| w.starts_with(**d))?;
    let rest = &w[dem.len()..];
    let suffix = rest.strip_prefix(ZWNJ).unwrap_or(rest);
    if !PLURAL.contains(&suffix) {
        return None;
    }
    let want = if solid {
        format!("{dem}{suffix}")
    } else {
        format!("{dem}{ZWNJ}{suffix}")
    };
    (want != w).then_some(want)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronoun_plural_rows() {
        let rows: &[(&str, bool, Option<&str>)] = &[
            ("آنها", true, None),
            ("آن\u{200c}ها", true, Some("آنها")),
            ("آنها", false, Some("آن\u{200c}ها")),
            ("اینهایی", false, Some("این\u{200c}هایی")),
            ("همینها", false, Some("همین\u{200c}ها")),
            ("آنکه", false, None),
            ("آنتن", true, None),
            ("کتابها", false, None),
        ];
        for &(w, solid, want) in rows {
            assert_eq!(pronoun_plural(w, solid).as_deref(), want, "{w} {solid}");
        }
    }

    #[test]
    fn words_are_rewritten_in_place() {
        let s = "«آن\u{200c}ها»، و آن\u{200c}هایی";
        assert_eq!(rewrite_words(s, |w| pronoun_plural(w, true)), "«آنها»، و آنهایی");
        assert_eq!(
            word_spans(&"ab کتاب، آن".chars().collect::<Vec<_>>()),
            vec![(3, 7), (9, 11)]
        );
    }

    #[test]
    fn a_value_outside_the_convention_is_an_error() {
        use crate::step::Value;
        let o = Options::new().with("copula", Value::Str("hyphen".into()));
        let e = Conventions::new(&o).unwrap_err();
        assert!(e.contains("copula") && e.contains("space, zwnj"), "{e}");
        assert_eq!(Conventions::new(&Options::new()).unwrap(), Conventions::default());
    }
}
