//! The named constants, word lists and thresholds of the ZWNJ repair (ported from
//! `normalizer/steps/zwnj.py`, with their reasons), and the names of its rules.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

pub const ZWNJ: char = '\u{200c}';
pub const ZWNJ_S: &str = "\u{200c}";

/// Suffixes that follow a stem, longest first, with the kind of stem they need.
pub const PLURAL: &[&str] = &[
    "هایشان",
    "هایتان",
    "هایمان",
    "هایش",
    "هایت",
    "هایم",
    "هایی",
    "هاست",
    "های",
    "ها",
];
pub const COMPARATIVE: &[&str] = &["ترین", "تر"];
/// After a vowel (خانه‌ام, اجتماعی‌اش).
pub const CLITIC: &[&str] = &["اند", "ایم", "اید", "ام", "اش", "ات"];
/// After silent heh only (خانه‌شان; but برایمان, زندگیشان).
pub const CLITIC_HEH: &[&str] = &["شان", "تان", "مان"];
/// Demonstratives take ‑ها solid: آنها, اینها, همانها.
pub const DEMONSTRATIVES: &[&str] = &["آن", "این", "همان", "همین", "چنین", "چنان"];
/// Verbal particles written solid before می/نمی: برمی‌گردد, درنمی‌آید.
pub const PREVERBS: &[&str] = &["بر", "در", "باز", "فرا", "فرو", "وا", "ور"];
/// Function words that also begin compounds (هم‌اکنون, پیش‌بینی, پس‌انداز, نیم‌کره).
pub const PREFIX_WORDS: &[&str] = &["هم", "پیش", "پس", "نیم"];
/// Prefixes that are no words of their own (شبه‌نظامی, ذی‌نفع): one typed apart joins the
/// next word where the lexicon lists the compound, on any line.
pub const BOUND_PREFIXES: &[&str] = &["شبه", "ذی"];
/// Suffix tokens that are also words (ای, ام): joined only when the stem analyses.
pub const WEAK_SUFFIXES: &[&str] = &["ای", "ایم", "اید", "ام", "اش", "ات", "مان", "تان", "شان"];
/// Second parts of productive compounds: بهره‌گیری, نقش‌آفرینی, علاقه‌مند, مسئله‌محور (and,
/// derived in [`Sets`], their abstract nouns in ‑ی: انگیز -> انگیزی, پرست -> پرستی).
pub const PRODUCTIVE_BASE: &[&str] = &[
    "گیری",
    "سازی",
    "پذیری",
    "ناپذیر",
    "ناپذیری",
    "پذیر",
    "آموزی",
    "آموز",
    "محور",
    "محوری",
    "مند",
    "مندی",
    "مندان",
    "گذاری",
    "گذار",
    "آفرینی",
    "آفرین",
    "رسانی",
    "پردازی",
    "شناسی",
    "شناس",
    "نگاری",
    "نگار",
    "گرایی",
    "گرا",
    "کننده",
    "کنندگان",
    "کنندگی",
    "دهنده",
    "دهندگان",
    "طلب",
    "طلبی",
    "ستیزی",
    "ستیز",
    "زدایی",
    "نشین",
    "نشینی",
    "بندی",
    "ریزی",
    "آوری",
    "گزینی",
    "سنجی",
    "یابی",
    "پروری",
    "انگیز",
    "آمیز",
    "برداری",
    "افزایی",
    "رسان",
    "نامه",
    "داری",
    "دار",
    "کاری",
    "نویسی",
    "نویس",
    "درمانی",
    "سرایی",
    "سرا",
    "نگاران",
    "گری",
    "آرایی",
    "بینی",
    "بانی",
    "کشی",
    "طلبان",
    "خوانی",
    "شناسان",
    "پرداز",
    "گذاران",
    "سازان",
    "آموزان",
    "پردازان",
    "وری",
    "پرست",
    "وار",
    "آسا",
    "نشینان",
    "گرایان",
    "پرستان",
    "نویسان",
    "بان",
    "بانان",
    "زدگی",
    "دیدگی",
    "گرایانه",
    "طلبانه",
    "جویانه",
    "خواهانه",
    "بینانه",
    "یافتگی",
];
/// Parts written solid after a consonant and joined only after silent heh (هدفمند but
/// علاقه‌مند, دیندار but خانه‌دار).
pub const HEH_ONLY: &[&str] = &["مند", "دار", "وری", "بان"];
/// Words that follow a noun as adpositions: the spoken را, and بر (on).
pub const ADPOSITIONS: &[&str] = &["رو", "بر"];
/// Flags of a token's part in a spaced join (see `Analyzer::start_flag`): bits, so that
/// `a & b` is true when both may take part and `(a | b) & 2` when either is strong.
pub const STRONG: u8 = 3;
pub const WEAK: u8 = 1;
/// And, for the evidence that a line types spaces for joiners: a start token that is
/// می/نمی/بی standing alone with an end token that begins with a letter, or an end token
/// that is a suffix standing alone with a start token that ends with a letter.
pub const PREFIX_ALONE: u8 = 16;
pub const LETTER_START: u8 = 16;
pub const LETTER_END: u8 = 32;
pub const SUFFIX_ALONE: u8 = 32;
/// Personal endings of a finite verb after its stem.
pub const ENDINGS: &[&str] = &["یم", "ید", "ند", "م", "ی", "د"];
/// A web count that makes a word common on its own (فرهنگی, نشانی, باری): as a second part
/// it is no sign of a compound.
pub const COMMON_WORD: u64 = 5_000_000;
/// A frequency (hazm's) at which بی + a function word is a word of its own (بی‌شمار), and
/// so is a compound with a function word that is also a noun (پشت‌بام, تک‌روی).
pub const COMMON_BI: u64 = 50_000;
/// The ezafe ی after a silent heh, joined across a space on any line (خانه ی).
pub const EZAFE_YEH: &str = "ی";
/// The weekdays (سه شنبه) join across a space on any line.
pub const SATURDAY: &str = "شنبه";
/// Words whose final ه is sounded after a consonant (mostly the last letter of an Arabic
/// root): they take ‑ی solid (توجهی, مشابهی, فقهی), never the ezafe ه‌ی; and Persian words
/// with a sounded ه (گرهی).
pub const SOUNDED_HEH: &[&str] = &[
    "توجه",
    "متوجه",
    "مواجه",
    "موجه",
    "وجه",
    "اوجه",
    "تشابه",
    "مشابه",
    "متشابه",
    "شبه",
    "اشتباه",
    "فقه",
    "تفقه",
    "تنبه",
    "منتبه",
    "متنبه",
    "کنه",
    "نزه",
    "منزه",
    "تنزه",
    "ابله",
    "اله",
    "تاله",
    "متاله",
    "فربه",
    "مکره",
    "اکره",
    "تفکه",
    "تشبه",
    "مشتبه",
    "مرفه",
    "گره",
    "زره",
    "سپه",
    "فره",
    "تبه",
    "نگه",
];
/// The ezafe written as a hamza above a silent heh (هٔ): nothing joins after one.
pub const EZAFE_HAMZA: char = '\u{0654}';
pub const EZAFE_HAMZA_S: &str = "\u{0654}";
/// The ezafe after a silent heh as the ezafe step writes it: هٔ.
pub const EZAFE_HEH: &str = "ه\u{0654}";
pub const WEEKDAY_NUMBERS: &[&str] = &["یک", "دو", "سه", "چهار", "پنج"];
/// Numerals that make adjectives of a noun + ‑ه (سه‌جانبه, دوساله); not نه (also no) nor
/// سی (also a letter's name).
pub const NUMERALS: &[&str] = &[
    "یک",
    "دو",
    "سه",
    "چهار",
    "پنج",
    "شش",
    "هفت",
    "هشت",
    "ده",
    "دوازده",
    "بیست",
    "صد",
    "چند",
];
/// هم اکنون, هم اینک: the adverbs (now).
pub const NOW: &[&str] = &["اکنون", "اینک"];
/// Participles that make adjectives of a compound (وحشت‌زده, آسیب‌دیده).
pub const ADJECTIVE_PARTICIPLES: &[&str] = &["زده", "دیده"];
/// Personal endings that mark an unknown word after می standing alone as a verb (‑ی and ‑د
/// end too many nouns and adjectives: استانهاای, استاد).
pub const UNKNOWN_VERB_ENDINGS: &[&str] = &["یم", "ید", "ند", "م"];
/// The copula written solid after a word (قتلاند, یکتاام): no personal ending of an unknown verb.
pub const COPULA_SOLID: &[&str] = &["اند", "ایم", "اید", "ام"];
/// The clitics of the perfect after a participle (رفته‌ام, رفته‌ای).
pub const PERFECT_CLITICS: &[&str] = &["اند", "اید", "ایم", "ای", "ام"];
pub const VOWEL_CLITICS: &[&str] = &["یم", "یت", "یش", "یمان", "یتان", "یشان"];
pub const CONSONANT_CLITICS: &[&str] = &["م", "ت", "ش", "مان", "تان", "شان"];
/// What a compound takes after it: the plural and comparative (joined after a joining
/// letter) and the plural ‑ان, the ‑ی of nouns and adjectives (written solid):
/// سرمایه‌داران, صاحب‌نظرانی, کاسب‌کارها, دهشت‌بارترین, پول‌شویی.
pub const INFLECTIONS: &[&str] = &["هایی", "های", "ها", "ترین", "تر", "انی", "ان", "یی", "ی"];
/// The names of the Latin letters as Persian spells them (بی بی سی, جی پی اس).
pub const LETTER_NAMES: &[&str] = &[
    "ای",
    "بی",
    "سی",
    "دی",
    "اف",
    "جی",
    "اچ",
    "آی",
    "کی",
    "ال",
    "ام",
    "ان",
    "او",
    "پی",
    "کیو",
    "آر",
    "اس",
    "تی",
    "یو",
    "وی",
    "دبلیو",
    "ایکس",
    "وای",
    "زد",
];
/// Letter names that a run of them does not take in at its edges (او, کی: he, who).
pub const PRONOUN_LETTERS: &[&str] = &["او", "کی"];
/// Letter names that are no Persian words of their own: they mark a run of letter names as
/// an acronym (not وای, زد).
pub const ONLY_LETTER_NAMES: &[&str] = &["جی", "اچ", "ال", "کیو", "آر", "اس", "تی", "یو", "دبلیو", "ایکس"];
/// A web count at which a glued word is a word of its own (تنهایی, not تن‌هایی).
pub const WEB_WORD: u64 = 20_000;
/// Pieces of words that the web counts hold as words of their own because the text they
/// were counted on cut them (الل: from الله): never the stem a suffix is split from on web
/// counts alone (اللهاست is not الل‌هاست).
pub const WEB_FRAGMENTS: &[&str] = &["الل"];
/// The most spaces one spaced run joins across (nine tokens): a word has no more parts than
/// this, and a line of suffixes said over and over must not be joined in a time that grows
/// with its square.
pub const LONGEST_RUN: usize = 8;
/// The most letters an acronym spelled letter by letter is taken to have.
pub const LONGEST_ACRONYM: usize = 8;
/// A frequency (hazm's) at which a compound of three parts or more is common enough to join
/// wherever its parts stand apart (آب شیرین کن, سی تی اسکن).
pub const COMMON_MULTI: u64 = 100_000;
/// What cannot follow an ezafe as its complement: a glued ‑های before one is read ‑ای.
pub const NO_COMPLEMENT: &[&str] = &[
    "که", "از", "را", "و", "به", "در", "با", "تا", "یا", "اما", "ولی", "نیز", "برای", "است", "بود", "شد",
];
/// Punctuation that closes a word (نوشتند. ends a sentence); no ezafe goes before one.
pub const CLOSING_MARKS: &[char] = &['.', ',', '،', '؛', ':', '!', '?', '؟', '»', ')', ']'];
/// What may stand before می/نمی/بی standing alone for it to count as evidence.
pub const BEFORE_PREFIX: &[char] = &[' ', '\t', '\n', '\r', '\u{0c}', '\u{0b}', '(', '«', '"'];
/// A writer's habit holds for the text around the lines that show it: a line with at least
/// `HABIT_LINES` lines showing spaces typed for joiners within `HABIT_WINDOW` lines of it
/// counts as showing them too (in a text of one sentence a line, most lines have no suffix
/// standing alone).
pub const HABIT_WINDOW: usize = 2;
pub const HABIT_LINES: usize = 2;

/// The derived sets, built once.
pub struct Sets {
    pub mi_prefixes: FxHashSet<String>,
    /// `(preverb, می or نمی)` in Python's order, and the two glued.
    pub preverb_mi: Vec<(&'static str, &'static str, String)>,
    pub colloquial: FxHashMap<String, String>,
    /// Suffix tokens that are never words of their own: a space before one stands for a joiner.
    pub lone_suffixes: FxHashSet<&'static str>,
    pub weak_suffixes: FxHashSet<&'static str>,
    /// Both kinds of suffix tokens, sorted as Python sorts them.
    pub suffix_words: Vec<&'static str>,
    pub suffix_word_set: FxHashSet<&'static str>,
    pub productive: FxHashSet<String>,
    pub productive_lengths: Vec<usize>,
    /// The productive parts that end in ا with the ezafe (or indefinite) ‑ی: گرای, آسای.
    pub productive_ezafe: FxHashSet<String>,
    /// Words that may join a neighbour across a space on any line (a suffix, a productive
    /// compound part, می/نمی/بی, a bound prefix): a token holding one is flagged STRONG.
    pub trigger_words: FxHashSet<String>,
    pub standalone_prefixes: FxHashSet<String>,
    /// What follows a participle in a verb phrase (انجام شده است, داده شده و): the
    /// auxiliaries, conjunctions and suffixes standing alone; after one, a participle stays apart.
    pub after_verb: FxHashSet<String>,
    pub inflection_lengths: Vec<usize>,
    pub sounded_heh: FxHashSet<&'static str>,
}

/// Glued spoken-style present forms after می/نمی and their joined spelling (میخوام ->
/// می‌خوام, نمیدونم, میکنه, میگن): the written-down speech of chats and comments. Written by
/// hand: common verbs only, so that no word of the lexicon is read as one; میری (also a
/// surname) is left out, and so are the forms of آمدن and آوردن (میاد, میارم: written solid
/// as often as not).
fn colloquial_verbs() -> FxHashMap<String, String> {
    let mut forms: Vec<String> = Vec::new();
    // spoken stems that take every spoken ending: خواه -> خوا, دان -> دون, توان -> تون ...
    for stem in ["دون", "تون", "گ", "ش", "د", "ذار", "خون"] {
        for e in ["م", "ی", "ه", "یم", "ین", "ن"] {
            forms.push(format!("{stem}{e}"));
        }
    }
    for f in ["رم", "ره", "ریم", "رین", "رن"] {
        forms.push(f.to_string());
    }
    for e in ["م", "ی", "د", "یم", "ین", "ن"] {
        forms.push(format!("خوا{e}")); // میخوام, میخواد
    }
    // common present stems with the spoken 3rd singular, 2nd and 3rd plural: میکنه, میبینین
    for stem in [
        "کن", "زن", "بین", "گیر", "خور", "رس", "پرس", "فهم", "نویس", "کش", "بر", "گرد", "خند", "پوش", "ساز",
        "فروش", "خر", "بند", "ریز", "ترس", "خواب", "نشین", "بخش", "شکن", "رقص", "سوز", "گذر",
    ] {
        for e in ["ه", "ین", "ن"] {
            forms.push(format!("{stem}{e}"));
        }
    }
    let mut out = FxHashMap::default();
    for pre in ["می", "نمی"] {
        for f in &forms {
            out.insert(format!("{pre}{f}"), format!("{pre}{ZWNJ}{f}"));
        }
    }
    out
}

fn build() -> Sets {
    let mut mi_prefixes = FxHashSet::default();
    let mut preverb_mi = Vec::new();
    for p in std::iter::once("").chain(PREVERBS.iter().copied()) {
        for m in ["می", "نمی"] {
            mi_prefixes.insert(format!("{p}{m}"));
        }
    }
    for &pv in PREVERBS {
        for neg in ["می", "نمی"] {
            preverb_mi.push((pv, neg, format!("{pv}{neg}")));
        }
    }
    let mut lone: FxHashSet<&'static str> = PLURAL.iter().chain(COMPARATIVE).copied().collect();
    lone.insert("اند");
    lone.insert("ترها");
    let weak: FxHashSet<&'static str> = WEAK_SUFFIXES.iter().copied().collect();
    let mut suffix_words: Vec<&'static str> = lone.union(&weak).copied().collect();
    suffix_words.sort_unstable();
    let suffix_word_set = suffix_words.iter().copied().collect();
    let mut productive: FxHashSet<String> = PRODUCTIVE_BASE.iter().map(|s| s.to_string()).collect();
    for p in PRODUCTIVE_BASE {
        if !matches!(p.chars().last(), Some('ی' | 'ه' | 'ا' | 'و')) {
            productive.insert(format!("{p}ی"));
        }
    }
    let mut productive_lengths: Vec<usize> = productive.iter().map(|p| p.chars().count()).collect();
    productive_lengths.sort_unstable_by(|a, b| b.cmp(a));
    productive_lengths.dedup();
    let productive_ezafe = productive
        .iter()
        .filter(|p| p.ends_with('ا'))
        .map(|p| format!("{p}ی"))
        .collect();
    let mut trigger_words: FxHashSet<String> = lone.iter().map(|s| s.to_string()).collect();
    trigger_words.extend(weak.iter().map(|s| s.to_string()));
    trigger_words.extend(productive.iter().cloned());
    trigger_words.extend(mi_prefixes.iter().cloned());
    trigger_words.insert("بی".to_string());
    trigger_words.extend(BOUND_PREFIXES.iter().map(|s| s.to_string()));
    let mut standalone_prefixes = mi_prefixes.clone();
    standalone_prefixes.insert("بی".to_string());
    let mut after_verb: FxHashSet<String> = [
        "است",
        "نیست",
        "هست",
        "هستند",
        "بوده",
        "نبوده",
        "شد",
        "شود",
        "و",
        "که",
        "تا",
        "اما",
        "ولی",
        "یا",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for aux in ["بود", "نبود"] {
        for e in ["م", "ی", "", "یم", "ید", "ند"] {
            after_verb.insert(format!("{aux}{e}"));
        }
    }
    for aux in ["باش", "نباش"] {
        for e in ["م", "ی", "د", "یم", "ید", "ند"] {
            after_verb.insert(format!("{aux}{e}"));
        }
    }
    after_verb.extend(suffix_words.iter().map(|s| s.to_string()));
    let mut inflection_lengths: Vec<usize> = INFLECTIONS.iter().map(|s| s.chars().count()).collect();
    inflection_lengths.sort_unstable_by(|a, b| b.cmp(a));
    inflection_lengths.dedup();
    Sets {
        mi_prefixes,
        preverb_mi,
        colloquial: colloquial_verbs(),
        lone_suffixes: lone,
        weak_suffixes: weak,
        suffix_words,
        suffix_word_set,
        productive,
        productive_lengths,
        productive_ezafe,
        trigger_words,
        standalone_prefixes,
        after_verb,
        inflection_lengths,
        sounded_heh: SOUNDED_HEH.iter().copied().collect(),
    }
}

/// The derived sets (built on first use).
pub fn sets() -> &'static Sets {
    static SETS: OnceLock<Sets> = OnceLock::new();
    SETS.get_or_init(build)
}

/// What a rule of `fix_zwnj` repairs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A word whose joiner was dropped (استانها).
    Glued,
    /// Two tokens with a space typed for a joiner (استان ها).
    Spaced,
    /// A run of three tokens or more (بی بی سی).
    Run,
}

/// A named rule of `fix_zwnj`: the name `explain` shows and `disable` will switch off.
pub struct Rule {
    pub name: &'static str,
    pub kind: Kind,
    pub doc: &'static str,
    pub example: (&'static str, &'static str),
}

use Kind::*;

/// Every rule `fix_zwnj` names its edits by: what `explain` shows and what
/// `fix_zwnj(disable=[...])` will switch off. A name may serve a glued and a spaced repair
/// of the same decision (mi-prefix: میتواند and می تواند); each has its row.
pub const RULES: &[Rule] = &[
    // -- glued words (the word analysis) --
    Rule { name: "mi-prefix", kind: Glued, doc: "می/نمی (after a preverb too) before a verb form the lexicon lists", example: ("میتواند", "می\u{200c}تواند") },
    Rule { name: "colloquial-verb", kind: Glued, doc: "a spoken present form after می/نمی, from a hand-written list", example: ("میخوام", "می\u{200c}خوام") },
    Rule { name: "lexicon-form", kind: Glued, doc: "another grammatical form the lexicon spells joined (perfects, plurals)", example: ("آراستهام", "آراسته\u{200c}ام") },
    Rule { name: "lexicon-compound", kind: Glued, doc: "a compound the lexicon lists", example: ("بهرهگیری", "بهره\u{200c}گیری") },
    Rule { name: "joined-parts", kind: Glued, doc: "a word typed with joiners, each part repaired", example: ("همجنس\u{200c}بازیت", "هم\u{200c}جنس\u{200c}بازیت") },
    Rule { name: "ezafe-yeh", kind: Glued, doc: "the ezafe ی after a silent heh, its joiner lost", example: ("خانهی", "خانه\u{200c}ی") },
    Rule { name: "plural-suffix", kind: Glued, doc: "‑ها ‑های ‑هایی ‑هایشان ... after a known noun", example: ("استانها", "استان\u{200c}ها") },
    Rule { name: "comparative-suffix", kind: Glued, doc: "‑تر ‑ترین after a known adjective", example: ("مهمتر", "مهم\u{200c}تر") },
    Rule { name: "clitic", kind: Glued, doc: "a clitic after a vowel (‑ام ‑اش ...) or after silent heh (‑شان ‑تان ‑مان)", example: ("خانهام", "خانه\u{200c}ام") },
    Rule { name: "copula", kind: Glued, doc: "‑اند after an adjective that ends in a consonant", example: ("موظفاند", "موظف\u{200c}اند") },
    Rule { name: "ai-suffix", kind: Glued, doc: "‑ای after silent heh or ی, weighed against the plural ‑های by web counts", example: ("هستهای", "هسته\u{200c}ای") },
    Rule { name: "ai-reading", kind: Glued, doc: "the ‑ای reading of a glued ‑های where no ezafe complement can follow (punctuation, که, a verb)", example: ("زمینهای، خوب", "زمینه\u{200c}ای، خوب") },
    Rule { name: "perfect", kind: Glued, doc: "the perfect's clitic after a participle the lexicon lacks, or after a preverb + participle", example: ("درگرفتهای", "درگرفته\u{200c}ای") },
    Rule { name: "beh-reduplication", kind: Glued, doc: "a word, به, the word again", example: ("چهرهبهچهره", "چهره\u{200c}به\u{200c}چهره") },
    Rule { name: "productive-compound", kind: Glued, doc: "a known word + a productive second part (‑گیری ‑سازی ‑مند ...)", example: ("مسئلهمحور", "مسئله\u{200c}محور") },
    Rule { name: "inflected-compound", kind: Glued, doc: "a listed compound + an inflection (‑ها ‑ان ‑ی ...)", example: ("سرمایهداران", "سرمایه\u{200c}داران") },
    Rule { name: "bi-prefix", kind: Glued, doc: "بی before a common noun or adjective", example: ("بیدرخت", "بی\u{200c}درخت") },
    Rule { name: "reduplication", kind: Glued, doc: "a tagged word said twice (دانه‌دانه)", example: ("دانهدانه", "دانه\u{200c}دانه") },
    // -- spaced pairs (a space typed for a joiner) --
    Rule { name: "spaced-suffix", kind: Spaced, doc: "a suffix standing alone joins the word before it", example: ("استان ها", "استان\u{200c}ها") },
    Rule { name: "mi-prefix", kind: Spaced, doc: "می/نمی standing alone before a verb", example: ("می تواند", "می\u{200c}تواند") },
    Rule { name: "ezafe-yeh", kind: Spaced, doc: "the ezafe ی typed apart after a silent heh", example: ("خانه ی", "خانه\u{200c}ی") },
    Rule { name: "beh-reduplication", kind: Spaced, doc: "a word + به, then the word again (جابه جا)", example: ("جابه جا", "جابه\u{200c}جا") },
    Rule { name: "now-adverb", kind: Spaced, doc: "هم اکنون, هم اینک: the adverbs", example: ("هم اکنون", "هم\u{200c}اکنون") },
    Rule { name: "weekday", kind: Spaced, doc: "a numeral + شنبه, spelled as the lexicon spells it more often", example: ("سه شنبه", "سه\u{200c}شنبه") },
    Rule { name: "numeral-measure", kind: Spaced, doc: "a numeral + a noun + ‑ه that is no word of its own (سه جانبه), on a line with evidence", example: ("کتاب ها و سه جانبه", "کتاب\u{200c}ها و سه\u{200c}جانبه") },
    Rule { name: "bi-bi", kind: Spaced, doc: "بی بی: the word بی‌بی (lady)", example: ("بی بی", "بی\u{200c}بی") },
    Rule { name: "bi-prefix", kind: Spaced, doc: "بی standing alone before a known noun or adjective", example: ("بی شک", "بی\u{200c}شک") },
    Rule { name: "lexicon-compound", kind: Spaced, doc: "a listed compound whose second part is bound, productive or a verbal noun, or any listed compound on a line with evidence", example: ("بین المللی", "بین\u{200c}المللی") },
    Rule { name: "inflected-compound", kind: Spaced, doc: "a compound + an inflection, on a line with evidence", example: ("کتاب ها و سرمایه داران", "کتاب\u{200c}ها و سرمایه\u{200c}داران") },
    Rule { name: "participle-plural", kind: Spaced, doc: "the plural in ‑گان of a compound with a participle", example: ("وحشت زدگان", "وحشت\u{200c}زدگان") },
    Rule { name: "participle-compound", kind: Spaced, doc: "a participle the lexicon tags with its first part, where an adjective follows", example: ("کتاب ها و آمار انجام شده از", "کتاب\u{200c}ها و آمار انجام\u{200c}شده از") },
    Rule { name: "productive-compound", kind: Spaced, doc: "a known word + a productive part the lexicon does not list together", example: ("نظام پذیر", "نظام\u{200c}پذیر") },
    Rule { name: "verbal-noun", kind: Spaced, doc: "a noun + a verbal noun (پول شویی), on a line with evidence, where no verb follows", example: ("کتاب ها و پول شویی در", "کتاب\u{200c}ها و پول\u{200c}شویی در") },
    // -- runs of three tokens or more --
    Rule { name: "multi-compound", kind: Run, doc: "a common compound of three parts or more written apart", example: ("آب شیرین کن", "آب\u{200c}شیرین\u{200c}کن") },
    Rule { name: "acronym", kind: Run, doc: "a Latin acronym spelled letter by letter", example: ("جی پی اس", "جی\u{200c}پی\u{200c}اس") },
];

/// Whether `name` is the name of a rule.
pub fn is_rule(name: &str) -> bool {
    RULES.iter().any(|r| r.name == name)
}
