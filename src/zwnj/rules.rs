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
/// ه before آ: the two are never written solid (ایده‌آل, شیشه‌آلات).
pub const HEH_MADDA: &str = "هآ";
/// After a vowel (خانه‌ام, اجتماعی‌اش).
pub const CLITIC: &[&str] = &["اند", "ایم", "اید", "ام", "اش", "ات"];
/// After silent heh only (خانه‌شان; but برایمان, زندگیشان).
pub const CLITIC_HEH: &[&str] = &["شان", "تان", "مان"];
/// Words too short for the clitic analysis of nouns that take the clitics all the same,
/// joined: همه‌اش, همه‌شان, همه‌اند.
pub const CLITIC_HOSTS: &[&str] = &["همه"];
/// Demonstratives take ‑ها solid: آنها, اینها, همانها.
pub const DEMONSTRATIVES: &[&str] = &["آن", "این", "همان", "همین", "چنین", "چنان"];
/// The demonstratives whose plural is written solid or with a ZWNJ by convention (آنها or
/// آن‌ها: the `pronoun_plural` option, see `conventions`).
pub const PLURAL_PRONOUNS: &[&str] = &["آن", "این", "همان", "همین"];
/// The preposition به before a noun (به عنوان; glued, `beh-noun`).
pub const BEH: &str = "به";
/// The copula after a participle (رفته است; glued, `participle-ast`).
pub const COPULA_AST: &str = "است";
/// The verbal prefixes of the present and the past continuous (می‌رود, نمی‌رفت).
pub const MI: &[&str] = &["می", "نمی"];
/// The privative prefix (بی‌شک, بی‌نظیر).
pub const BI: &[&str] = &["بی"];
/// Suffix tokens besides the plural and the comparative that are never words of their own:
/// the copula ‑اند (رفته اند), the plural of the comparative (بزرگ ترها) and the spoken
/// plural + possessive (خونه هاشون). With
/// [`PLURAL`] and [`COMPARATIVE`], a space before one stands for a joiner on any line.
pub const LONE_EXTRA: &[&str] = &["اند", "ترها", "هاشون", "هاتون", "هامون"];
/// The future's auxiliary, in each person and negated, longest first: glued to a past
/// stem (خواهدگشت) it is written apart from it.
pub const FUTURE_AUX: &[&str] = &[
    "نخواهیم",
    "نخواهید",
    "نخواهند",
    "نخواهم",
    "نخواهی",
    "نخواهد",
    "خواهیم",
    "خواهید",
    "خواهند",
    "خواهم",
    "خواهی",
    "خواهد",
];
/// Subject pronouns and the personal ending of a verb that agrees with each: a glued
/// می‌ word after one, with that ending on a stem, is the verb (تو میدانی: not میدانی, of
/// the square).
pub const SUBJECT_ENDINGS: &[(&str, &str)] = &[
    ("من", "م"),
    ("تو", "ی"),
    ("او", "د"),
    ("وی", "د"),
    ("ما", "یم"),
    ("شما", "ید"),
    ("آنها", "ند"),
    ("ایشان", "ند"),
];
/// How many times train must write a learned word of two parts with its joiner (and never
/// as two words) for the parts typed apart to be joined on any line, not only on a line that
/// shows spaces typed for joiners (آیت الله, حزب الله, رسول الله).
pub const LEARNED_ANY_LINE: u32 = 3;
/// The fewest letters of a stem no list holds that a plural suffix is split from
/// (ژنوم‌ها; an unknown word of fewer letters before ‑ها is left as written).
pub const MIN_UNKNOWN_STEM: usize = 3;
/// Words in ‑ها that end compounds (خون‌بها, گرانبها, یکتنها): a word no list holds that
/// ends in one, after a word the lexicon knows, is no plural.
pub const HA_WORDS: &[&str] = &["بها", "تنها", "انتها", "اشتها", "منتها"];
/// Verbal particles written solid before می/نمی: برمی‌گردد, درنمی‌آید.
pub const PREVERBS: &[&str] = &["بر", "در", "باز", "فرا", "فرو", "وا", "ور"];
/// The preverbs that, typed apart before می/نمی and a verb they make a compound verb with
/// (بر می‌دارد), are written solid with it: [`PREVERBS`] but باز, which is also the adverb
/// "again" (باز می‌گردد: train writes it apart 17 times in 78).
pub const PREVERBS_APART: &[&str] = &["بر", "در", "فرا", "فرو", "وا", "ور"];
/// Words after which a preverb typed apart is a preposition's complement, not a preverb:
/// در بر می‌گیرد (در بر گرفتن), از بر می‌کند (از بر کردن).
pub const PREVERB_NOT_AFTER: &[&str] = &["در", "از"];
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
/// ‑تر + the indefinite ی standing alone (درست تری): joined to an adjective before it on any
/// line, as train joins it (22 times where the spaced text has it apart; apart twice: جان
/// تری, چوب تری, wet wood).
pub const COMPARATIVE_YEH: &str = "تری";
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
/// The spaced joins that the words around a gap do not get where they write joiners and
/// show no spaces typed for them (within `JOINER_WINDOW` tokens on its line): their writer
/// typed a joiner where one belongs, so a space before a productive part was meant (محیط
/// کاری, شرکت طلب: a noun and its adjective or complement). Measured on train: the joins of
/// the other spaced rules are right there too often to leave.
pub const KEPT_BY_JOINER_WRITERS: &[&str] = &["productive-compound"];
/// How many tokens on each side of a gap are read for whether its writer types joiners.
pub const JOINER_WINDOW: usize = 24;
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
    /// Derived from the word lists the rules name, by their [`Role`] ([`rule_trigger_words`]).
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
    mi_prefixes.extend(after_preverbs(MI));
    for &pv in PREVERBS {
        for &neg in MI {
            preverb_mi.push((pv, neg, format!("{pv}{neg}")));
        }
    }
    let lone: FxHashSet<&'static str> = PLURAL
        .iter()
        .chain(COMPARATIVE)
        .chain(LONE_EXTRA)
        .copied()
        .collect();
    let weak: FxHashSet<&'static str> = WEAK_SUFFIXES.iter().copied().collect();
    let mut suffix_words: Vec<&'static str> = lone.union(&weak).copied().collect();
    suffix_words.sort_unstable();
    let suffix_word_set = suffix_words.iter().copied().collect();
    let productive: FxHashSet<String> = productive_forms(PRODUCTIVE_BASE).collect();
    let mut productive_lengths: Vec<usize> = productive.iter().map(|p| p.chars().count()).collect();
    productive_lengths.sort_unstable_by(|a, b| b.cmp(a));
    productive_lengths.dedup();
    let productive_ezafe = productive
        .iter()
        .filter(|p| p.ends_with('ا'))
        .map(|p| format!("{p}ی"))
        .collect();
    // (derived from the lists the rules name: see `RULES` and `Role`)
    let trigger_words: FxHashSet<String> = rule_trigger_words().collect();
    let mut standalone_prefixes = mi_prefixes.clone();
    standalone_prefixes.extend(BI.iter().map(|s| s.to_string()));
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

/// The productive parts and, where they end in a consonant, their abstract nouns in ‑ی
/// (انگیز -> انگیزی, پرست -> پرستی).
fn productive_forms(base: &'static [&'static str]) -> impl Iterator<Item = String> {
    base.iter().flat_map(|p| {
        let noun = (!matches!(p.chars().last(), Some('ی' | 'ه' | 'ا' | 'و'))).then(|| format!("{p}ی"));
        std::iter::once(p.to_string()).chain(noun)
    })
}

/// The verbal prefixes alone and after each preverb (می, برمی, درنمی ...).
fn after_preverbs(prefixes: &'static [&'static str]) -> impl Iterator<Item = String> {
    std::iter::once("")
        .chain(PREVERBS.iter().copied())
        .flat_map(move |p| prefixes.iter().map(move |m| format!("{p}{m}")))
}

/// The derived sets (built on first use).
pub fn sets() -> &'static Sets {
    static SETS: OnceLock<Sets> = OnceLock::new();
    SETS.get_or_init(build)
}

// -- the rules ------------------------------------------------------------------------

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

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Glued => "glued",
            Spaced => "spaced",
            Run => "run",
        }
    }
}

/// What a word list named by a rule does in the spaced repair. The trigger sets are derived
/// from the lists the rules name by their role ([`rule_trigger_words`], [`rule_end_words`]):
/// a list has one home (its constant above) and the rules that read it name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The rule reads the list; its words set off no spaced join of their own.
    Read,
    /// Its words, standing alone, may join a neighbour across a space on any line: a token
    /// holding one is flagged STRONG and is a special token (`Sets::trigger_words`).
    Alone,
    /// As `Alone`, and the abstract nouns in ‑ی of its words (`Sets::productive`).
    Productive,
    /// As `Alone`, alone and after each preverb of [`PREVERBS`] (`Sets::mi_prefixes`).
    AfterPreverb,
    /// Its words, standing alone, join the word before them (ی after a silent heh, شنبه
    /// after a numeral): the end triggers (`Analyzer::end_triggers`, with the lexicon's
    /// bound parts, verbal nouns and participle plurals).
    End,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Read => "read",
            Role::Alone => "alone",
            Role::Productive => "productive",
            Role::AfterPreverb => "after-preverb",
            Role::End => "end",
        }
    }
}

/// A word list a rule names: the name of its constant, its words and its role.
#[derive(Debug)]
pub struct WordList {
    pub name: &'static str,
    pub words: &'static [&'static str],
    pub role: Role,
}

macro_rules! word_lists {
    ($($id:ident = $list:ident, $words:expr, $role:ident;)*) => {
        $(pub const $id: WordList = WordList { name: stringify!($list), words: $words, role: Role::$role };)*
    };
}

word_lists! {
    L_PLURAL = PLURAL, PLURAL, Alone;
    L_COMPARATIVE = COMPARATIVE, COMPARATIVE, Alone;
    L_LONE_EXTRA = LONE_EXTRA, LONE_EXTRA, Alone;
    L_WEAK_SUFFIXES = WEAK_SUFFIXES, WEAK_SUFFIXES, Alone;
    L_PRODUCTIVE_BASE = PRODUCTIVE_BASE, PRODUCTIVE_BASE, Productive;
    L_MI = MI, MI, AfterPreverb;
    L_BI = BI, BI, Alone;
    L_BOUND_PREFIXES = BOUND_PREFIXES, BOUND_PREFIXES, Alone;
    L_EZAFE_YEH = EZAFE_YEH, &[EZAFE_YEH], End;
    L_COMPARATIVE_YEH = COMPARATIVE_YEH, &[COMPARATIVE_YEH], End;
    L_SATURDAY = SATURDAY, &[SATURDAY], End;
    L_NOW = NOW, NOW, End;
    L_PREVERBS = PREVERBS, PREVERBS, Read;
    L_PREVERBS_APART = PREVERBS_APART, PREVERBS_APART, Read;
    L_HA_WORDS = HA_WORDS, HA_WORDS, Read;
    L_FUTURE_AUX = FUTURE_AUX, FUTURE_AUX, Read;
    L_PREVERB_NOT_AFTER = PREVERB_NOT_AFTER, PREVERB_NOT_AFTER, Read;
    L_CLITIC = CLITIC, CLITIC, Read;
    L_CLITIC_HEH = CLITIC_HEH, CLITIC_HEH, Read;
    L_DEMONSTRATIVES = DEMONSTRATIVES, DEMONSTRATIVES, Read;
    L_COPULA_AST = COPULA_AST, &[COPULA_AST], Read;
    L_BEH = BEH, &[BEH], Read;
    L_CLITIC_HOSTS = CLITIC_HOSTS, CLITIC_HOSTS, Read;
    L_HEH_MADDA = HEH_MADDA, &[HEH_MADDA], Read;
    L_SOUNDED_HEH = SOUNDED_HEH, SOUNDED_HEH, Read;
    L_NO_COMPLEMENT = NO_COMPLEMENT, NO_COMPLEMENT, Read;
    L_PERFECT_CLITICS = PERFECT_CLITICS, PERFECT_CLITICS, Read;
    L_HEH_ONLY = HEH_ONLY, HEH_ONLY, Read;
    L_INFLECTIONS = INFLECTIONS, INFLECTIONS, Read;
    L_PREFIX_WORDS = PREFIX_WORDS, PREFIX_WORDS, Read;
    L_WEEKDAY_NUMBERS = WEEKDAY_NUMBERS, WEEKDAY_NUMBERS, Read;
    L_NUMERALS = NUMERALS, NUMERALS, Read;
    L_ADJECTIVE_PARTICIPLES = ADJECTIVE_PARTICIPLES, ADJECTIVE_PARTICIPLES, Read;
    L_LETTER_NAMES = LETTER_NAMES, LETTER_NAMES, Read;
    L_ONLY_LETTER_NAMES = ONLY_LETTER_NAMES, ONLY_LETTER_NAMES, Read;
}

/// The words the lists the rules name add to `Sets::trigger_words`: the `Alone` lists as
/// they are, the `Productive` ones with their nouns in ‑ی, the `AfterPreverb` ones alone and
/// after each preverb. (Every list is named by a rule: the set is what the rules say.)
pub fn rule_trigger_words() -> impl Iterator<Item = String> {
    RULES
        .iter()
        .flat_map(|r| r.lists)
        .flat_map(|l| -> Box<dyn Iterator<Item = String>> {
            match l.role {
                Role::Alone => Box::new(l.words.iter().map(|s| s.to_string())),
                Role::Productive => Box::new(productive_forms(l.words)),
                Role::AfterPreverb => Box::new(after_preverbs(l.words)),
                Role::Read | Role::End => Box::new(std::iter::empty()),
            }
        })
}

/// The words the `End` lists the rules name add to the end triggers (ی, شنبه, اکنون, اینک).
pub fn rule_end_words() -> impl Iterator<Item = &'static str> {
    RULES
        .iter()
        .flat_map(|r| r.lists)
        .filter(|l| l.role == Role::End)
        .flat_map(|l| l.words.iter().copied())
}

/// A named rule of `fix_zwnj`: the name `explain` shows and `disable` switches off, what it
/// does, what sets it off, and rows its tests run (docs/ZWNJ.md is written from these).
#[derive(Debug)]
pub struct Rule {
    pub name: &'static str,
    pub kind: Kind,
    /// What the rule does, in a line.
    pub doc: &'static str,
    /// What sets it off, in a line.
    pub triggers: &'static str,
    /// The word lists of the code that trigger it or that it reads (their one home is the
    /// constant of that name in this file).
    pub lists: &'static [&'static WordList],
    /// Texts the rule changes, and what it makes of them (the whole step's output; at least
    /// two). With the rule disabled, the step makes no edit named after it on them.
    pub examples: &'static [(&'static str, &'static str)],
    /// Texts the step leaves as they are, though they look like the rule's (at least one).
    pub counter: &'static [&'static str],
}

use Kind::*;

/// Every rule `fix_zwnj` names its edits by: what `explain` shows and what
/// `fix_zwnj(disable=[...])` switches off. A name may serve a glued and a spaced repair of
/// the same decision (mi-prefix: میتواند and می تواند); each has its row, and disabling the
/// name switches off both.
pub const RULES: &[Rule] = &[
    // -- glued words (the word analysis) --
    Rule {
        name: "mi-prefix",
        kind: Glued,
        doc: "می/نمی (after a preverb too) before a verb form the lexicon lists",
        triggers: "a glued word that starts with می or نمی, or with a preverb and one of them (برمی, درنمی)",
        lists: &[&L_MI, &L_PREVERBS],
        examples: &[("میتواند", "می\u{200c}تواند"), ("نمیدانم", "نمی\u{200c}دانم"), ("برمیدارد", "برمی\u{200c}دارد")],
        counter: &["میدان", "میلیون", "میز"],
    },
    Rule {
        name: "future-apart",
        kind: Glued,
        doc: "the future's auxiliary glued to the past stem after it, written apart (خواهدگشت -> خواهد گشت)",
        triggers: "a glued word that is an auxiliary of FUTURE_AUX + a past stem the lexicon lists (ending in د or ت)",
        lists: &[&L_FUTURE_AUX],
        examples: &[("او بر خواهدگشت", "او بر خواهد گشت"), ("نخواهیمرفت", "نخواهیم رفت")],
        counter: &["خواهندگان", "خواهران", "خواهد رفت"],
    },
    Rule {
        name: "mi-after-subject",
        kind: Glued,
        doc: "a glued می/نمی word that is also a word of its own, after a subject pronoun whose personal ending it has on a verb stem: the verb (the pair SUBJECT_ENDINGS)",
        triggers: "a subject pronoun, one space, and a glued word in می or نمی that the glued repair left as a word (میدانی)",
        lists: &[&L_MI],
        examples: &[("تو میدانی", "تو می\u{200c}دانی"), ("آیا تو میدانی؟", "آیا تو می\u{200c}دانی؟")],
        counter: &["او میدانی بزرگ", "تو میدان", "ما میدانی"],
    },
    Rule {
        name: "colloquial-verb",
        kind: Glued,
        doc: "a spoken present form after می/نمی, from a hand-written list",
        triggers: "a glued word that is one of the spoken forms of `colloquial_verbs` (common verbs only)",
        lists: &[&L_MI],
        examples: &[("میخوام", "می\u{200c}خوام"), ("نمیدونم", "نمی\u{200c}دونم"), ("میکنه", "می\u{200c}کنه")],
        counter: &["میری", "میاد"],
    },
    Rule {
        name: "lexicon-form",
        kind: Glued,
        doc: "another grammatical form the lexicon spells joined (perfects, plurals)",
        triggers: "a glued word whose joined spelling the lexicon lists as a form",
        lists: &[],
        examples: &[("آراستهام", "آراسته\u{200c}ام"), ("رفتهاند", "رفته\u{200c}اند"), ("درگرفتهام", "درگرفته\u{200c}ام")],
        counter: &["بماند", "نمایاند"],
    },
    Rule {
        name: "lexicon-compound",
        kind: Glued,
        doc: "a compound the lexicon lists",
        triggers: "a glued word whose joined spelling the lexicon lists as a compound",
        lists: &[],
        examples: &[("بهرهگیری", "بهره\u{200c}گیری"), ("نقشآفرینی", "نقش\u{200c}آفرینی"), ("اجتنابناپذیر", "اجتناب\u{200c}ناپذیر")],
        counter: &["دانشگاه", "همچنین", "فیلمنامه\u{200c}نویس"],
    },
    Rule {
        name: "unknown-plural",
        kind: Glued,
        doc: "a plural suffix after a stem no list holds, where the stem looks like a word (a character trigram model of the lexicon's words, src/zwnj/shape.rs)",
        triggers: "a glued word no list or web count holds, ending in a plural suffix after a stem of MIN_UNKNOWN_STEM letters or more that ends in a joining letter",
        lists: &[&L_PLURAL, &L_HA_WORDS],
        examples: &[("همانژیومها", "همانژیوم\u{200c}ها"), ("نانوروباتهای", "نانوروبات\u{200c}های"), ("لوکیشنهایشان", "لوکیشن\u{200c}هایشان")],
        counter: &["گازبها", "شیربها", "abcها"],
    },
    Rule {
        name: "learned-spelling",
        kind: Glued,
        doc: "a word the PerDT treebank's train split writes with a ZWNJ, at least twice and never otherwise",
        triggers: "a glued word the other rules leave as it is, whose joined spelling is in data/learned/perdt_spellings.tsv",
        lists: &[],
        examples: &[("بزرگنمایی", "بزرگ\u{200c}نمایی"), ("احوالپرسی", "احوال\u{200c}پرسی"), ("آبرسانی", "آب\u{200c}رسانی")],
        counter: &["دانشگاه", "نهادها", "کتابخانه"],
    },
    Rule {
        name: "learned-spelling",
        kind: Spaced,
        doc: "a word the PerDT treebank's train split writes with one ZWNJ, at least twice and never otherwise nor as two words, typed apart",
        triggers: "two words the other rules do not join (neither a prefix nor a suffix) whose joined spelling is in data/learned/perdt_spellings.tsv with no time apart: on any line where train writes it LEARNED_ANY_LINE times or more, else on a line that shows spaces typed for joiners",
        lists: &[],
        examples: &[("کتاب ها و دسته جمعی رفتند", "کتاب\u{200c}ها و دسته\u{200c}جمعی رفتند"), ("دسته جمعی رفتند", "دسته\u{200c}جمعی رفتند"), ("کتاب ها و آبی رنگی", "کتاب\u{200c}ها و آبی\u{200c}رنگی")],
        counter: &["آبی رنگی", "تک تک آنها"],
    },
    Rule {
        name: "joined-parts",
        kind: Glued,
        doc: "a word typed with joiners, each part repaired",
        triggers: "a word with a joiner in it, a part of which is glued (named after the first part repaired)",
        lists: &[],
        examples: &[("بهرهگیری\u{200c}اش", "بهره\u{200c}گیری\u{200c}اش"), ("سرمایه\u{200c}گذاریها", "سرمایه\u{200c}گذاری\u{200c}ها"), ("پیش\u{200c}بینیهایش", "پیش\u{200c}بینی\u{200c}هایش")],
        counter: &["وب\u{200c}مستر", "می\u{200c}رود"],
    },
    Rule {
        name: "ezafe-yeh",
        kind: Glued,
        doc: "the ezafe ی after a silent heh, its joiner lost",
        triggers: "a glued word ending in a silent ه + ی (not after a sounded ه: `SOUNDED_HEH`)",
        lists: &[&L_EZAFE_YEH, &L_SOUNDED_HEH],
        examples: &[("خانهی", "خانه\u{200c}ی"), ("لایحهی", "لایحه\u{200c}ی"), ("همهی", "همه\u{200c}ی")],
        counter: &["توجهی", "گروهی", "فقهی"],
    },
    Rule {
        name: "plural-suffix",
        kind: Glued,
        doc: "‑ها ‑های ‑هایی ‑هایشان ... after a known noun",
        triggers: "a glued word ending in a plural suffix after a noun the lexicon knows (the demonstratives take it solid)",
        lists: &[&L_PLURAL, &L_DEMONSTRATIVES],
        examples: &[("استانها", "استان\u{200c}ها"), ("کتابهایشان", "کتاب\u{200c}هایشان"), ("رنگها", "رنگ\u{200c}ها")],
        counter: &["بندرها", "آنها", "تنها"],
    },
    Rule {
        name: "comparative-suffix",
        kind: Glued,
        doc: "‑تر ‑ترین after a known adjective",
        triggers: "a glued word ending in ‑تر or ‑ترین after an adjective the lexicon knows",
        lists: &[&L_COMPARATIVE],
        examples: &[("مهمتر", "مهم\u{200c}تر"), ("بزرگترین", "بزرگ\u{200c}ترین"), ("کوچکترین", "کوچک\u{200c}ترین")],
        counter: &["بهتر", "دفتر", "بیشترین"],
    },
    Rule {
        name: "clitic",
        kind: Glued,
        doc: "a clitic after a vowel (‑ام ‑اش ...) or after silent heh (‑شان ‑تان ‑مان)",
        triggers: "a glued word ending in a clitic after a vowel, or in ‑شان ‑تان ‑مان after a silent ه",
        lists: &[&L_CLITIC, &L_CLITIC_HEH, &L_CLITIC_HOSTS],
        examples: &[("خانهام", "خانه\u{200c}ام"), ("اجتماعیاش", "اجتماعی\u{200c}اش"), ("میوهشان", "میوه\u{200c}شان"), ("زندگیات", "زندگی\u{200c}ات"), ("همهاش", "همه\u{200c}اش")],
        counter: &["نگاهشان", "صدایشان", "آرزویم"],
    },
    Rule {
        name: "copula",
        kind: Glued,
        doc: "‑اند after an adjective that ends in a consonant",
        triggers: "a glued word ending in ‑اند after an adjective the lexicon knows",
        lists: &[],
        examples: &[("موظفاند", "موظف\u{200c}اند"), ("مطمئناند", "مطمئن\u{200c}اند")],
        counter: &["بماند", "اولاند", "خشکاند"],
    },
    Rule {
        name: "beh-noun",
        kind: Glued,
        doc: "به glued to a noun, a compound of the lexicon that train writes apart: written apart, or with a ZWNJ as the `beh` option asks",
        triggers: "a glued word به + a noun, where the lexicon lists به‌ + the noun and the pair is in data/learned/perdt_apart.tsv (به طور, به خاطر)",
        lists: &[&L_BEH],
        examples: &[("بهخاطر", "به خاطر"), ("بهطور کلی", "به طور کلی"), ("بهزودی", "به زودی")],
        counter: &["بهشهر", "بهترین", "به‌طور", "بهداشت"],
    },
    Rule {
        name: "participle-ast",
        kind: Glued,
        doc: "است glued to a participle (the perfect's third person): written apart, or with a ZWNJ as the `copula` option asks",
        triggers: "a glued word ending in است after a past participle the lexicon's stems make (رفته, شده, نوشته)",
        lists: &[&L_COPULA_AST],
        examples: &[("رفتهاست", "رفته است"), ("شدهاست.", "شده است."), ("نرفتهاست", "نرفته است")],
        counter: &["خواست", "کاست", "رفته است", "نوشته\u{200c}است"],
    },
    Rule {
        name: "heh-madda",
        kind: Glued,
        doc: "a word glued at ه + آ, which are never written solid: a ZWNJ between, each side repaired",
        triggers: "a glued word with ه followed by آ inside it",
        lists: &[&L_HEH_MADDA],
        examples: &[("ایدهآل", "ایده\u{200c}آل"), ("ایدهآلیستی", "ایده\u{200c}آلیستی"), ("شیشهآلات", "شیشه\u{200c}آلات")],
        counter: &["مآخذ", "ایده\u{200c}آل", "هآ"],
    },
    Rule {
        name: "ai-suffix",
        kind: Glued,
        doc: "‑ای after silent heh or ی, weighed against the plural ‑های by web counts",
        triggers: "a glued word ending in ‑ای after a silent ه or ی",
        lists: &[],
        examples: &[("هستهای", "هسته\u{200c}ای"), ("هفتهای", "هفته\u{200c}ای"), ("سابقهای", "سابقه\u{200c}ای")],
        counter: &["جاهای که", "انتهایش"],
    },
    Rule {
        name: "ai-reading",
        kind: Glued,
        doc: "the ‑ای reading of a glued ‑های where no ezafe complement can follow (punctuation, که, a verb)",
        triggers: "a glued ‑های with both readings, before a mark, a word of `NO_COMPLEMENT` or a verb",
        lists: &[&L_NO_COMPLEMENT],
        examples: &[("زمینهای، خوب", "زمینه\u{200c}ای، خوب"), ("دستهای از", "دسته\u{200c}ای از"), ("نامهای نوشتند.", "نامه\u{200c}ای نوشتند.")],
        counter: &["جاهای که"],
    },
    Rule {
        name: "perfect",
        kind: Glued,
        doc: "the perfect's clitic after a participle the lexicon lacks, or after a preverb + participle",
        triggers: "a glued word ending in a participle's ‑ه + a clitic of the perfect",
        lists: &[&L_PERFECT_CLITICS, &L_PREVERBS],
        examples: &[("درگرفتهای", "درگرفته\u{200c}ای"), ("برتافتهاید", "برتافته\u{200c}اید")],
        counter: &["گرداند", "نمایاند"],
    },
    Rule {
        name: "beh-reduplication",
        kind: Glued,
        doc: "a word, به, the word again",
        triggers: "a glued word that is a word, به and the same word again",
        lists: &[],
        examples: &[("چهرهبهچهره", "چهره\u{200c}به\u{200c}چهره"), ("خانهبهخانه", "خانه\u{200c}به\u{200c}خانه"), ("شانهبهشانه", "شانه\u{200c}به\u{200c}شانه")],
        counter: &["تابه", "چشم به راه"],
    },
    Rule {
        name: "productive-compound",
        kind: Glued,
        doc: "a known word + a productive second part (‑گیری ‑سازی ‑مند ...)",
        triggers: "a glued word ending in a productive part after a word the lexicon knows (‑مند ‑دار ‑وری ‑بان only after a silent ه)",
        lists: &[&L_PRODUCTIVE_BASE, &L_HEH_ONLY],
        examples: &[("مسئلهمحور", "مسئله\u{200c}محور"), ("توسعهمحور", "توسعه\u{200c}محور")],
        counter: &["هدفمند", "پناهمند", "امیدوار"],
    },
    Rule {
        name: "inflected-compound",
        kind: Glued,
        doc: "a listed compound + an inflection (‑ها ‑ان ‑ی ...)",
        triggers: "a glued word that is a compound the lexicon lists + one of `INFLECTIONS`",
        lists: &[&L_INFLECTIONS],
        examples: &[("سرمایهداران", "سرمایه\u{200c}داران"), ("دوچرخهسواران", "دوچرخه\u{200c}سواران"), ("صاحبنظرانی", "صاحب\u{200c}نظرانی")],
        counter: &["پژوهشگران", "سیاستمداران"],
    },
    Rule {
        name: "bi-prefix",
        kind: Glued,
        doc: "بی before a common noun or adjective",
        triggers: "a glued word that starts with بی before a noun or adjective the lexicon knows",
        lists: &[&L_BI],
        examples: &[("بیدرخت", "بی\u{200c}درخت"), ("بیمعلم", "بی\u{200c}معلم"), ("بیماشین", "بی\u{200c}ماشین")],
        counter: &["بیمار", "بیست", "بیشتر"],
    },
    Rule {
        name: "reduplication",
        kind: Glued,
        doc: "a tagged word said twice (دانه‌دانه)",
        triggers: "a glued word that is a word the lexicon tags said twice",
        lists: &[],
        examples: &[("دانهدانه", "دانه\u{200c}دانه"), ("خوشهخوشه", "خوشه\u{200c}خوشه")],
        counter: &["همهمه", "کم کم"],
    },
    // -- spaced pairs (a space typed for a joiner) --
    Rule {
        name: "spaced-suffix",
        kind: Spaced,
        doc: "a suffix standing alone joins the word before it",
        triggers: "a suffix standing alone: one that is never a word (‑ها ‑تر ‑اند ...) on any line, one that is also a word (ای, ام ...) where the stem analyses",
        lists: &[&L_PLURAL, &L_COMPARATIVE, &L_LONE_EXTRA, &L_WEAK_SUFFIXES, &L_COMPARATIVE_YEH],
        examples: &[("استان ها", "استان\u{200c}ها"), ("بزرگ ترین", "بزرگ\u{200c}ترین"), ("رفته اند", "رفته\u{200c}اند"), ("دارو ها", "داروها"), ("درست تری", "درست\u{200c}تری")],
        counter: &["ها ها ها", "نگاه شان", "یکی از آنها"],
    },
    Rule {
        name: "mi-prefix",
        kind: Spaced,
        doc: "می/نمی standing alone before a verb",
        triggers: "می or نمی standing alone (after a preverb too) before a verb form",
        lists: &[&L_MI, &L_PREVERBS],
        examples: &[("می تواند", "می\u{200c}تواند"), ("نمی توانند", "نمی\u{200c}توانند"), ("می نکوهیم", "می\u{200c}نکوهیم")],
        counter: &["می و مینا", "می میهمانیم"],
    },
    Rule {
        name: "preverb-mi",
        kind: Spaced,
        doc: "a preverb typed apart before می/نمی and a verb it makes a compound verb with, written solid with it (the `preverb` convention)",
        triggers: "a preverb standing alone (not after در or از) before a word that starts with می or نمی, where the preverb and the verb's stem are a stem the lexicon lists",
        lists: &[&L_PREVERBS_APART, &L_PREVERB_NOT_AFTER],
        examples: &[("بر می دارد", "برمی\u{200c}دارد"), ("او بر نمی\u{200c}گردد", "او برنمی\u{200c}گردد"), ("فرا می گیرد", "فرامی\u{200c}گیرد")],
        counter: &["در بر می\u{200c}گیرد", "باز می\u{200c}گردد", "بر میز"],
    },
    Rule {
        name: "ezafe-yeh",
        kind: Spaced,
        doc: "the ezafe ی typed apart after a silent heh",
        triggers: "ی standing alone after a word the lexicon knows that ends in a silent ه",
        lists: &[&L_EZAFE_YEH, &L_SOUNDED_HEH],
        examples: &[("در خانه ی ما", "در خانه\u{200c}ی ما"), ("منطقه ی آزاد", "منطقه\u{200c}ی آزاد"), ("درباره ی او", "درباره\u{200c}ی او")],
        counter: &["حرف ی", "توجه ی", "زیگوله ی"],
    },
    Rule {
        name: "beh-reduplication",
        kind: Spaced,
        doc: "a word + به, then the word again (جابه جا)",
        triggers: "a word that ends in به followed by that word again",
        lists: &[],
        examples: &[("جابه جا", "جابه\u{200c}جا"), ("روبه رو شد", "روبه\u{200c}رو شد")],
        counter: &["تابه داغ", "چشم به راه"],
    },
    Rule {
        name: "now-adverb",
        kind: Spaced,
        doc: "هم اکنون, هم اینک: the adverbs",
        triggers: "اکنون or اینک after هم",
        lists: &[&L_NOW],
        examples: &[("هم اکنون", "هم\u{200c}اکنون"), ("هم اینک", "هم\u{200c}اینک")],
        counter: &["تا اکنون", "او هم چنین کاری کرد"],
    },
    Rule {
        name: "weekday",
        kind: Spaced,
        doc: "a numeral + شنبه, spelled as the lexicon spells it more often",
        triggers: "شنبه after یک ... پنج",
        lists: &[&L_SATURDAY, &L_WEEKDAY_NUMBERS],
        examples: &[("روز سه شنبه", "روز سه\u{200c}شنبه"), ("یک شنبه", "یکشنبه"), ("پنج شنبه", "پنج\u{200c}شنبه")],
        counter: &["روز شنبه", "شش شنبه"],
    },
    Rule {
        name: "numeral-measure",
        kind: Spaced,
        doc: "a numeral + a noun + ‑ه that is no word of its own (سه جانبه), on a line with evidence",
        triggers: "a noun + ‑ه after a numeral of `NUMERALS`, on a line with evidence",
        lists: &[&L_NUMERALS],
        examples: &[("کتاب ها و سه جانبه", "کتاب\u{200c}ها و سه\u{200c}جانبه"), ("کتاب ها و دو جانبه", "کتاب\u{200c}ها و دوجانبه"), ("کتاب ها و چند منظوره", "کتاب\u{200c}ها و چندمنظوره")],
        counter: &["سه جانبه", "دو هفته"],
    },
    Rule {
        name: "bi-bi",
        kind: Spaced,
        doc: "بی بی: the word بی‌بی (lady)",
        triggers: "بی standing alone before بی",
        lists: &[&L_BI],
        examples: &[("بی بی", "بی\u{200c}بی"), ("بی بی جان", "بی\u{200c}بی جان")],
        counter: &["بی او کی"],
    },
    Rule {
        name: "bi-prefix",
        kind: Spaced,
        doc: "بی standing alone before a known noun or adjective",
        triggers: "بی standing alone before a noun or adjective (not a function word, unless the whole is common)",
        lists: &[&L_BI],
        examples: &[("بی شک", "بی\u{200c}شک"), ("بی نظیرش", "بی\u{200c}نظیرش"), ("بی کتاب", "بی\u{200c}کتاب")],
        counter: &["بی آن که", "بی تا", "بی حال"],
    },
    Rule {
        name: "lexicon-compound",
        kind: Spaced,
        doc: "a listed compound whose second part is bound, productive or a verbal noun, or any listed compound on a line with evidence",
        triggers: "two words the lexicon lists as a compound: on any line where the second part is no word (or the first a bound prefix), else on a line with evidence",
        lists: &[&L_BOUND_PREFIXES, &L_PREFIX_WORDS],
        examples: &[("روابط بین المللی", "روابط بین\u{200c}المللی"), ("شبه جزیره", "شبه\u{200c}جزیره"), ("ذی نفع", "ذی\u{200c}نفع"), ("کتاب ها و جنایت کار", "کتاب\u{200c}ها و جنایت\u{200c}کار")],
        counter: &["جنایت کار", "شبه خوب", "نفت خام"],
    },
    Rule {
        name: "inflected-compound",
        kind: Spaced,
        doc: "a compound + an inflection, on a line with evidence",
        triggers: "a listed compound + one of `INFLECTIONS` written apart, on a line with evidence",
        lists: &[&L_INFLECTIONS],
        examples: &[("کتاب ها و سرمایه داران", "کتاب\u{200c}ها و سرمایه\u{200c}داران"), ("کتاب ها و کاسب کارها", "کتاب\u{200c}ها و کاسب\u{200c}کارها")],
        counter: &["کاسب کارها"],
    },
    Rule {
        name: "participle-plural",
        kind: Spaced,
        doc: "the plural in ‑گان of a compound with a participle",
        triggers: "a ‑زدگان or ‑دیدگان whose singular the lexicon lists with the word before it",
        lists: &[&L_ADJECTIVE_PARTICIPLES],
        examples: &[("وحشت زدگان", "وحشت\u{200c}زدگان"), ("غم زدگان", "غم\u{200c}زدگان")],
        counter: &["در برابر دیدگان", "اشک دیدگان"],
    },
    Rule {
        name: "participle-compound",
        kind: Spaced,
        doc: "a participle the lexicon tags with its first part, where an adjective follows",
        triggers: "a participle the lexicon tags with the word before it, on a line with evidence, before what an adjective may stand before",
        lists: &[&L_ADJECTIVE_PARTICIPLES],
        examples: &[("کتاب ها و آمار انجام شده از", "کتاب\u{200c}ها و آمار انجام\u{200c}شده از"), ("کتاب ها و هزینهٔ اعلام شدهٔ اولیه", "کتاب\u{200c}ها و هزینهٔ اعلام\u{200c}شدهٔ اولیه")],
        counter: &["انجام شده است", "آمار انجام شده از", "کشته شده است"],
    },
    Rule {
        name: "productive-compound",
        kind: Spaced,
        doc: "a known word + a productive part the lexicon does not list together",
        triggers: "a productive part standing alone after a word the lexicon knows",
        lists: &[&L_PRODUCTIVE_BASE, &L_HEH_ONLY],
        examples: &[("نظام پذیر", "نظام\u{200c}پذیر"), ("غم انگیزی", "غم\u{200c}انگیزی"), ("کابوس وار", "کابوس\u{200c}وار")],
        counter: &["باغ بان", "کنار جویی"],
    },
    Rule {
        name: "verbal-noun",
        kind: Spaced,
        doc: "a noun + a verbal noun (پول شویی), on a line with evidence, where no verb follows",
        triggers: "a present stem + ی that is no word of its own after a noun, on a line with evidence",
        lists: &[],
        examples: &[("کتاب ها و پول شویی در بانک", "کتاب\u{200c}ها و پول\u{200c}شویی در بانک"), ("کتاب ها و فرش شویی در", "کتاب\u{200c}ها و فرش\u{200c}شویی در")],
        counter: &["فرش شویی در"],
    },
    // -- runs of three tokens or more --
    Rule {
        name: "multi-compound",
        kind: Run,
        doc: "a common compound of three parts or more written apart",
        triggers: "three parts or more that the lexicon lists as a compound common enough (`COMMON_MULTI`)",
        lists: &[],
        examples: &[("آب شیرین کن", "آب\u{200c}شیرین\u{200c}کن"), ("سی تی اسکن", "سی\u{200c}تی\u{200c}اسکن"), ("بی بی سی گزارش داد", "بی\u{200c}بی\u{200c}سی گزارش داد")],
        counter: &["سی دی", "نفت خام"],
    },
    Rule {
        name: "acronym",
        kind: Glued,
        doc: "a Latin acronym spelled letter by letter and glued, which no list holds",
        triggers: "an unknown glued word made of names of Latin letters, two of them or more only letters' names, not beginning with ال",
        lists: &[&L_LETTER_NAMES, &L_ONLY_LETTER_NAMES],
        examples: &[("اچتیامال", "اچ\u{200c}تی\u{200c}ام\u{200c}ال"), ("اسکیوال", "اس\u{200c}کیوال"), ("کدهای اچتیامال", "کدهای اچ\u{200c}تی\u{200c}ام\u{200c}ال")],
        counter: &["آرام", "اسکی", "تیسیان", "الاسدی"],
    },
    Rule {
        name: "acronym",
        kind: Run,
        doc: "a Latin acronym spelled letter by letter",
        triggers: "a run of the names of Latin letters with one that is only a letter's name",
        lists: &[&L_LETTER_NAMES, &L_ONLY_LETTER_NAMES],
        examples: &[("جی پی اس", "جی\u{200c}پی\u{200c}اس"), ("اس ام اس", "اس\u{200c}ام\u{200c}اس"), ("او اس ام اس فرستاد", "او اس\u{200c}ام\u{200c}اس فرستاد")],
        counter: &["سی دی زد", "جی پی اس اس اس اس اس اس اس اس"],
    },
];

/// Whether `name` is the name of a rule.
pub fn is_rule(name: &str) -> bool {
    RULES.iter().any(|r| r.name == name)
}

/// The rule names, each once, in the order of [`RULES`].
pub fn rule_names() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for r in RULES {
        if !out.contains(&r.name) {
            out.push(r.name);
        }
    }
    out
}

/// The rule names of `disable` (as the registry spells them), or an error that lists the
/// valid names.
pub fn disabled_rules(disable: &[String]) -> Result<Vec<&'static str>, String> {
    let names = rule_names();
    let mut out = Vec::new();
    for d in disable {
        match names.iter().find(|n| **n == d.as_str()) {
            Some(n) => out.push(*n),
            None => {
                return Err(format!(
                    "fix_zwnj: no rule {d:?} to disable; the rules are: {}",
                    names.join(", ")
                ))
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::step::{make_step, Options, Step, Value};
    use crate::testing::run_with_edits as run;

    fn step(disable: &[&str]) -> Box<dyn Step> {
        let list = disable.iter().map(|s| s.to_string()).collect();
        make_step("fix_zwnj", &Options::new().with("disable", Value::List(list))).unwrap()
    }

    #[test]
    fn every_rule_has_examples_and_counter_examples() {
        for r in RULES {
            assert!(r.examples.len() >= 2, "{}: fewer than two examples", r.name);
            assert!(!r.counter.is_empty(), "{}: no counter-example", r.name);
            assert!(!r.doc.is_empty() && !r.triggers.is_empty(), "{}", r.name);
        }
        // a name serves at most one rule of each kind
        for (i, a) in RULES.iter().enumerate() {
            assert!(
                !RULES[..i].iter().any(|b| b.name == a.name && b.kind == a.kind),
                "{}",
                a.name
            );
        }
    }

    #[test]
    fn every_rule_does_its_examples_and_not_when_disabled() {
        let all = step(&[]);
        let mut bad = Vec::new();
        for r in RULES {
            let off = step(&[r.name]);
            for &(inp, want) in r.examples {
                let (out, e) = run(&*all, inp);
                let names: Vec<_> = e.iter().map(|e| e.rule).collect();
                if out != want || !names.contains(&r.name) {
                    bad.push(format!("{}: {inp:?} -> {out:?} {names:?}, not {want:?}", r.name));
                    continue;
                }
                // disabled: the other edits only, the text under the rule's as written
                let (out_off, e_off) = run(&*off, inp);
                let rest: Vec<Edit> = e.iter().filter(|e| e.rule != r.name).cloned().collect();
                if e_off != rest || out_off == want {
                    bad.push(format!("{} disabled: {inp:?} -> {out_off:?}", r.name));
                }
            }
            for &keep in r.counter {
                let (out, e) = run(&*all, keep);
                if out != keep || !e.is_empty() {
                    bad.push(format!("{} counter: {keep:?} -> {out:?}", r.name));
                }
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn unknown_rule_is_an_error_that_lists_the_rules() {
        let o = Options::new().with("disable", Value::List(vec!["no-such-rule".into()]));
        let err = make_step("fix_zwnj", &o).err().expect("an error");
        assert!(
            err.contains("no-such-rule") && err.contains("mi-prefix") && err.contains("acronym"),
            "{err}"
        );
        // one name as a string too, and every name of the registry
        let o = Options::new().with("disable", Value::Str("clitic".into()));
        assert!(make_step("fix_zwnj", &o).is_ok());
        assert_eq!(
            disabled_rules(&rule_names().iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap(),
            rule_names()
        );
    }

    #[test]
    fn trigger_sets_are_the_ones_the_lists_make() {
        // what the sets were before the rules named their lists: the lone and weak suffixes,
        // the productive parts (and their ‑ی nouns), می/نمی after a preverb too, بی and the
        // bound prefixes
        let st = sets();
        let mut want: FxHashSet<String> = st.lone_suffixes.iter().map(|s| s.to_string()).collect();
        want.extend(st.weak_suffixes.iter().map(|s| s.to_string()));
        want.extend(st.productive.iter().cloned());
        want.extend(st.mi_prefixes.iter().cloned());
        want.insert("بی".to_string());
        want.extend(BOUND_PREFIXES.iter().map(|s| s.to_string()));
        assert_eq!(st.trigger_words, want);
        assert!(st.productive.contains("انگیزی") && st.mi_prefixes.contains("درنمی"));
        let mut ends: Vec<&str> = rule_end_words().collect();
        ends.sort_unstable();
        ends.dedup();
        let mut want_ends = vec![EZAFE_YEH, COMPARATIVE_YEH, SATURDAY, "اکنون", "اینک"];
        want_ends.sort_unstable();
        assert_eq!(ends, want_ends);
    }

    #[test]
    fn disabling_every_rule_leaves_text_as_written() {
        let none = step(&rule_names());
        for r in RULES {
            for &(inp, _) in r.examples {
                assert_eq!(run(&*none, inp).0, inp);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn a_disabled_rule_only_takes_its_edits_away(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "کتاب", "ها", "های", "می", "تواند", "خانه", "ی", "ای", "بی", "شک", "استان",
                "بهره", "گیری", "سه", "شنبه", "هم", "اکنون", "جی", "پی", "اس", " ", " ", "\n",
                "\u{200c}", "،", "که",
            ]), 0..30),
            which in 0..RULES.len(),
        ) {
            let s: String = parts.concat();
            let name = RULES[which].name;
            let (_, e) = run(&*step(&[]), &s);
            let (_, e_off) = run(&*step(&[name]), &s);
            let rest: Vec<Edit> = e.into_iter().filter(|e| e.rule != name).collect();
            proptest::prop_assert_eq!(e_off, rest);
        }
    }
}
