"""Zero-width non-joiner (ZWNJ, U+200C, نیم‌فاصله) steps.

* ``clean_zwnj``: joiners where none belongs (runs, next to a space, punctuation, the edge
  of a word, after a non-joining letter) are removed; joiners between letters are kept.
* ``fix_zwnj``: missing joiners restored with the lexicon, whether the joiner was dropped
  (استانها, میتواند, بهرهگیری) or typed as a space (استان ها, می تواند).
* ``remove_zwnj``: every joiner removed or made a space (search; lossy).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, chain, compress, product, repeat
from operator import and_, ge, ne, or_, sub
from typing import Any, Callable, Iterable, Iterator, cast

from ..data.chars import ARABIC_LETTER_CLASS as L
from ..data.chars import ARABIC_LETTERS as _LETTERS
from ..data.chars import NON_JOINING, ZWNJ
from ..pipeline import Edit, Step, apply_edits, register
from ._base import RegexStep

_MARKS = "\u064b-\u065f\u0670"
_MARK_CHARS = "".join(map(chr, range(0x064B, 0x0660))) + "\u0670"


#: NON_JOINING as the body of a regex class, for CleanZwnj's fast path (one home: chars.py)
_NON_JOINING_CLASS = "".join(re.escape(c) for c in sorted(NON_JOINING))


@register
class CleanZwnj(RegexStep):
    """Remove joiners where none belongs, keep every joiner between two joining letters.

    Collapses runs of ZWNJ to one; removes a ZWNJ next to a space, a line break,
    punctuation, a digit or the edge of the text, one after a non-joining letter
    (ا د ذ ر ز ژ و), where it is invisible: «بندر‌ها» -> «بندرها», and one before a
    haraka or a hamza mark, which belongs to the letter before it (ی‌ٔ -> یٔ, which
    ``compose_letters`` then writes ئ; other steps would bring the two together on a next
    pass). Leaves alone a ZWNJ
    between letters of other scripts (it matters in Indic scripts).

    >>> CleanZwnj()("کتاب\\u200c\\u200cها بندر\\u200cها \\u200cمی")
    'کتاب\\u200cها بندرها می'
    """

    name = "clean_zwnj"
    summary = "remove stray joiners (runs, edges, after non-joining letters)"
    EXAMPLES = [("کتاب\u200c\u200cها و بندر\u200cها", "کتاب\u200cها و بندرها")]

    def rule(self) -> tuple[Any, Callable[[Any], str]]:
        import regex  # type: ignore[import-untyped]  # \p{...} classes; imported when a text first needs this rule

        word_char = regex.compile(r"[\p{L}\p{M}]")

        def repl(m: Any) -> str:
            s, a, b = m.string, m.start(), m.end()
            i = a - 1
            while i >= 0 and ("\u064b" <= s[i] <= "\u065f" or s[i] == "\u0670"):
                i -= 1  # look past harakat to the letter
            prev = s[i] if i >= 0 else ""
            nxt = s[b] if b < len(s) else ""
            if not prev or not nxt or not word_char.match(prev) or not word_char.match(nxt):
                return ""
            if "\u064b" <= nxt <= "\u065f" or nxt == "\u0670":
                return ""  # a mark after the joiner is the letter's before it
            return "" if prev in NON_JOINING else ZWNJ

        return re.compile("\u200c+"), repl

    def quick(self) -> str:
        # every branch starts on the joiner itself, so the scan jumps from one to the next;
        # the letters after which a joiner goes are NON_JOINING's, as in rule() (ء too)
        return rf"\u200c(?:(?=[\W\d_])|\Z|(?<=[\W\d_{_NON_JOINING_CLASS}]\u200c))"

    def needs(self, text: str) -> bool:
        return "\u200c" in text and (text[0] == "\u200c" or self._quick(text) is not None)  # type: ignore[misc]


@register
class RemoveZwnj(RegexStep):
    """Remove every joiner (``to=none``, the default) or make it a space (``to=space``):
    for search indexes where کتاب‌ها, کتابها and کتاب ها must meet (lossy).

    >>> RemoveZwnj()("کتاب\\u200cها")
    'کتابها'
    """

    name = "remove_zwnj"
    summary = "remove every joiner, or make it a space (search)"
    lossy = True
    OPTIONS = {"to": ("none", ("none", "space"))}
    EXAMPLES = [("کتاب\u200cها", "کتابها")]

    def rule(self) -> tuple[Any, Callable[[Any], str]]:
        rep = "" if self.options["to"] == "none" else " "
        return re.compile("\u200c+"), lambda m: rep


# -- the lexicon-based repair ----------------------------------------------------------

#: Suffixes that follow a stem, longest first, with the kind of stem they need.
PLURAL = ["هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "هاست", "های", "ها"]
COMPARATIVE = ["ترین", "تر"]
CLITIC = ["اند", "ایم", "اید", "ام", "اش", "ات"]  # after a vowel (خانه‌ام, اجتماعی‌اش)
CLITIC_HEH = ["شان", "تان", "مان"]  # after silent heh only (خانه‌شان; but برایمان, زندگیشان)
#: Demonstratives take ‑ها solid: آنها, اینها, همانها.
DEMONSTRATIVES = frozenset(["آن", "این", "همان", "همین", "چنین", "چنان"])
#: Verbal particles written solid before می/نمی: برمی‌گردد, درنمی‌آید.
PREVERBS = ("بر", "در", "باز", "فرا", "فرو", "وا", "ور")
#: Function words that also begin compounds (هم‌اکنون, پیش‌بینی, پس‌انداز, نیم‌کره).
_PREFIX_WORDS = frozenset(["هم", "پیش", "پس", "نیم"])
#: prefixes that are no words of their own (شبه‌نظامی, ذی‌نفع): one typed apart joins the
#: next word where the lexicon lists the compound, on any line
_BOUND_PREFIXES = frozenset(["شبه", "ذی"])
_MI_PREFIXES = frozenset(p + m for p in ("",) + PREVERBS for m in ("می", "نمی"))


def _colloquial_verbs() -> dict[str, str]:
    """Glued spoken-style present forms after می/نمی and their joined spelling (میخوام ->
    می‌خوام, نمیدونم, میکنه, میگن): the written-down speech of chats and comments. Written by
    hand: common verbs only, so that no word of the lexicon is read as one; میری (also a
    surname) is left out, and so are the forms of آمدن and آوردن (میاد, میارم: written solid
    as often as not)."""
    forms = []
    # spoken stems that take every spoken ending: خواه -> خوا, دان -> دون, توان -> تون ...
    for stem in ("دون", "تون", "گ", "ش", "د", "ذار", "خون"):
        forms += [stem + e for e in ("م", "ی", "ه", "یم", "ین", "ن")]
    forms += ["رم", "ره", "ریم", "رین", "رن"]
    forms += ["خوا" + e for e in ("م", "ی", "د", "یم", "ین", "ن")]  # میخوام, میخواد
    # common present stems with the spoken 3rd singular, 2nd and 3rd plural: میکنه, میبینین
    for stem in ("کن", "زن", "بین", "گیر", "خور", "رس", "پرس", "فهم", "نویس", "کش", "بر",
                 "گرد", "خند", "پوش", "ساز", "فروش", "خر", "بند", "ریز", "ترس", "خواب",
                 "نشین", "بخش", "شکن", "رقص", "سوز", "گذر"):
        forms += [stem + e for e in ("ه", "ین", "ن")]
    return {pre + f: pre + ZWNJ + f for pre in ("می", "نمی") for f in forms}


_COLLOQUIAL = _colloquial_verbs()
#: Suffix tokens that are never words of their own: a space before one stands for a joiner.
LONE_SUFFIXES = frozenset(PLURAL + COMPARATIVE + ["اند", "ترها"])
#: Suffix tokens that are also words (ای, ام): joined only when the stem analyses.
WEAK_SUFFIXES = frozenset(["ای", "ایم", "اید", "ام", "اش", "ات", "مان", "تان", "شان"])
#: Second parts of productive compounds: بهره‌گیری, نقش‌آفرینی, علاقه‌مند, مسئله‌محور.
PRODUCTIVE = sorted([
    "گیری", "سازی", "پذیری", "ناپذیر", "ناپذیری", "پذیر", "آموزی", "آموز", "محور", "محوری",
    "مند", "مندی", "مندان", "گذاری", "گذار", "آفرینی", "آفرین", "رسانی", "پردازی", "شناسی",
    "شناس", "نگاری", "نگار", "گرایی", "گرا", "کننده", "کنندگان", "کنندگی", "دهنده", "دهندگان",
    "طلب", "طلبی", "ستیزی", "ستیز", "زدایی", "نشین", "نشینی", "بندی", "ریزی", "آوری",
    "گزینی", "سنجی", "یابی", "پروری", "انگیز", "آمیز", "برداری", "افزایی", "رسان",
    "نامه", "داری", "دار", "کاری", "نویسی", "نویس", "درمانی", "سرایی", "سرا",
    "نگاران", "گری", "آرایی", "بینی", "بانی", "کشی", "طلبان", "خوانی", "شناسان", "پرداز",
    "گذاران", "سازان", "آموزان", "پردازان", "وری", "پرست", "وار", "آسا",
    "نشینان", "گرایان", "پرستان", "نویسان", "بان", "بانان", "زدگی", "دیدگی",
    "گرایانه", "طلبانه", "جویانه", "خواهانه", "بینانه", "یافتگی",
], key=len, reverse=True)
# and their abstract nouns in ‑ی (انگیز -> انگیزی, پرست -> پرستی)
PRODUCTIVE = sorted(set(PRODUCTIVE) | {p + "ی" for p in PRODUCTIVE if p[-1] not in "یهاو"}, key=len, reverse=True)
#: Parts written solid after a consonant and joined only after silent heh (هدفمند but
#: علاقه‌مند, دیندار but خانه‌دار).
HEH_ONLY = ("مند", "دار", "وری", "بان")
#: the productive parts that end in ا with the ezafe (or indefinite) ‑ی: گرای, آسای, سرای
_PRODUCTIVE_EZAFE = frozenset(p + "ی" for p in PRODUCTIVE if p[-1] == "ا")
PRODUCTIVE_SET = frozenset(PRODUCTIVE)
_PRODUCTIVE_LENGTHS = sorted({len(p) for p in PRODUCTIVE}, reverse=True)
NOUNISH = frozenset(["N", "AJ"])
_NOUN = frozenset(["N"])
_DETERMINING = frozenset(["DET", "PRO", "NUM", "CONJ"])
#: words that follow a noun as adpositions: the spoken را, and بر (on)
_ADPOSITIONS = frozenset(["رو", "بر"])
_RESIDUAL = frozenset(["RES"])  # hazm's tag for a part that is no word (جانبه)
_ADJECTIVE = frozenset(["AJ"])
#: flags of a token's part in a spaced join (see Analyzer._starts): bits, so that
#: ``a & b`` is true when both may take part and ``(a | b) & 2`` when either is strong
STRONG, WEAK = 3, 1
#: and, for the evidence that a line types spaces for joiners (see evidence_pattern), a start
#: token that is می/نمی/بی standing alone with an end token that begins with a letter, or an
#: end token that is a suffix standing alone with a start token that ends with a letter:
#: ``(start & end) & EVIDENCE``
PREFIX_ALONE, LETTER_START = 16, 16
LETTER_END, SUFFIX_ALONE = 32, 32
EVIDENCE = 48
_ENDINGS = ("یم", "ید", "ند", "م", "ی", "د")
#: a web count that makes a word common on its own (فرهنگی, نشانی, باری): as a second part it
#: is no sign of a compound
_COMMON_WORD = 5_000_000
#: a frequency (hazm's) at which بی + a function word is a word of its own (بی‌شمار), and
#: so is a compound with a function word that is also a noun (پشت‌بام, تک‌روی)
_COMMON_BI = 50_000
#: closed sets joined across a space on any line: the ezafe ی after a silent heh (خانه ی),
#: the weekdays (سه شنبه), the adverbs هم اکنون and هم اینک
EZAFE_YEH = "ی"
_SATURDAY = "شنبه"
#: words whose final ه is sounded after a consonant (mostly the last letter of an Arabic
#: root): they take ‑ی solid (توجهی, مشابهی, فقهی), never the ezafe ه‌ی
_SOUNDED_HEH = frozenset([
    "توجه", "متوجه", "مواجه", "موجه", "وجه", "اوجه", "تشابه", "مشابه", "متشابه", "شبه", "اشتباه",
    "فقه", "تفقه", "تنبه", "منتبه", "متنبه", "کنه", "نزه", "منزه", "تنزه", "ابله", "اله", "تاله",
    "متاله", "فربه", "مکره", "اکره", "تفکه", "تشبه", "مشتبه", "مرفه",
    "گره", "زره", "سپه", "فره", "تبه", "نگه",  # and Persian words with a sounded ه (گرهی)
])
#: the endings of a word written with its ezafe (هفتهٔ, هفتۀ): nothing joins after one
_EZAFE_HAMZA = "\u0654"
_EZAFE_MARKED = (_EZAFE_HAMZA, "ۀ")
#: the ezafe after a silent heh as the ezafe step writes it: هٔ, and the other writings of it
#: that a spaced join reads as that one
_EZAFE_HEH = "ه" + _EZAFE_HAMZA


def _ezafe_bare(w: str) -> str | None:
    """``w`` without its ezafe written ۀ or ه‌ی, its ه kept (کنندۀ, کننده‌ی -> کننده), or
    None: the ezafe step writes these as هٔ, and a spaced join reads them as that one."""
    if len(w) > 1 and w[-1] == "ۀ":
        return w[:-1] + "ه"
    if len(w) > 3 and w.endswith("ه" + ZWNJ + "ی"):
        return w[:-2]
    return None
_WEEKDAY_NUMBERS = frozenset(["یک", "دو", "سه", "چهار", "پنج"])
#: numerals that make adjectives of a noun + ‑ه (سه‌جانبه, دوساله); not نه (also no) nor سی
#: (also a letter's name)
_NUMERALS = _WEEKDAY_NUMBERS | frozenset(["شش", "هفت", "هشت", "ده", "دوازده", "بیست", "صد", "چند"])
_NOW = frozenset(["اکنون", "اینک"])
_ADJECTIVE_PARTICIPLES = frozenset(["زده", "دیده"])
#: personal endings that mark an unknown word after می standing alone as a verb (‑ی and ‑د
#: end too many nouns and adjectives: استانهاای, استاد)
_UNKNOWN_VERB_ENDINGS = ("یم", "ید", "ند", "م")
#: the copula written solid after a word (قتلاند, یکتاام): no personal ending of an unknown verb
_COPULA_SOLID = ("اند", "ایم", "اید", "ام")
#: the clitics of the perfect after a participle (رفته‌ام, رفته‌ای)
_PERFECT_CLITICS = ("اند", "اید", "ایم", "ای", "ام")
_PLURAL_T, _COMPARATIVE_T = tuple(PLURAL), tuple(COMPARATIVE)
_CLITIC_T, _CLITIC_HEH_T = tuple(CLITIC), tuple(CLITIC_HEH)
_VOWEL_CLITICS = ("یم", "یت", "یش", "یمان", "یتان", "یشان")
_CONSONANT_CLITICS = ("م", "ت", "ش", "مان", "تان", "شان")
_AROUND_BEH = re.compile(r"(.{2,})به\1")
_PREVERB_MI = [(pv, neg) for pv in PREVERBS for neg in ("می", "نمی")]
_PREVERB_MI_T = tuple(pv + neg for pv, neg in _PREVERB_MI)
#: what a compound takes after it: the plural and comparative (joined after a joining
#: letter) and the plural ‑ان, the ‑ی of nouns and adjectives (written solid):
#: سرمایه‌داران, صاحب‌نظرانی, کاسب‌کارها, دهشت‌بارترین, پول‌شویی
INFLECTIONS = ("هایی", "های", "ها", "ترین", "تر", "انی", "ان", "یی", "ی")
_INFLECTION_SET = frozenset(INFLECTIONS)
_INFLECTION_LENGTHS = sorted({len(i) for i in INFLECTIONS}, reverse=True)


#: the names of the Latin letters as Persian spells them (بی بی سی, جی پی اس); those that are
#: no Persian words of their own mark a run of them as an acronym
LETTER_NAMES = frozenset(["ای", "بی", "سی", "دی", "اف", "جی", "اچ", "آی", "کی", "ال", "ام",
                          "ان", "او", "پی", "کیو", "آر", "اس", "تی", "یو", "وی", "دبلیو", "ایکس",
                          "وای", "زد"])
#: letter names that a run of them does not take in at its edges (او, کی: he, who)
_PRONOUN_LETTERS = frozenset(["او", "کی"])
ONLY_LETTER_NAMES = frozenset(["جی", "اچ", "ال", "کیو", "آر", "اس", "تی", "یو", "دبلیو", "ایکس"])  # (not وای, زد)
#: a web count at which a glued word is a word of its own (تنهایی, not تن‌هایی)
_WEB_WORD = 20_000
#: pieces of words that the web counts hold as words of their own because the text they
#: were counted on cut them (الل: from الله, written ﷲ or cut before its ه): never the stem
#: a suffix is split from on web counts alone (اللهاست is not الل‌هاست). A word the lexicon
#: lists is judged as before.
_WEB_FRAGMENTS = frozenset(["الل"])
#: the most spaces one spaced run joins across (nine tokens): a word has no more parts than
#: this, and a line of suffixes said over and over must not be joined in a time that grows
#: with its square
_LONGEST_RUN = 8
#: the most letters an acronym spelled letter by letter is taken to have
_LONGEST_ACRONYM = 8
#: a frequency (hazm's) at which a compound of three parts or more is common enough to join
#: wherever its parts stand apart (آب شیرین کن, سی تی اسکن)
_COMMON_MULTI = 100_000


def _unpluralized(w: str) -> str:
    """``w`` without a plural ending (روها -> رو), or ``w``."""
    for p in ("هایی", "های", "ها"):
        if w.endswith(p) and len(w) > len(p) + 1:
            return w[: -len(p)]
    return w


def _participle_head(w: str, past: Callable[[str], bool]) -> str:
    """``w`` without a plural ending, and without a comparative one where a participle
    (``past``) is left (شدهتر -> شده): the search preset writes شده‌تر solid, and the next
    pass must read it as the participle it read before. Other words are returned as
    ``_unpluralized`` gives them (بهتر, کمتر stay)."""
    w = _unpluralized(w)
    for suf in COMPARATIVE:
        if w.endswith(suf) and len(w) > len(suf) + 1 and past(w[: -len(suf)]):
            return w[: -len(suf)]
    return w


def _ends_in_beh(w: str) -> bool:
    """``w`` is a word ending in a non-joining letter with به glued after it (جابه, روبه):
    the first half of a reduplication around به."""
    return len(w) >= 3 and w.endswith("به") and w[-3] in NON_JOINING


def _silent_heh(w: str) -> bool:
    """``w`` ends in a silent heh (خانه, علاقه), not a sounded one (راه, آگاه, دانشگاه, and
    the two-letter words: ره, ده, مه, شه; the function words نه, که, چه join nothing)."""
    return w.endswith("ه") and not w.endswith("اه") and len(w) > 2


def _join(a: str, b: str) -> str:
    """``a`` and ``b`` joined by a ZWNJ, or solid where the letter that ends ``a`` (marks
    aside, as clean_zwnj looks past them: «راً») joins nothing: a non-joining letter, or
    a joiner already there (ی‌ٌ)."""
    if not a or not b:
        return a + b
    last = a.rstrip(_MARK_CHARS)[-1:] if a[-1] in _MARK_CHARS else a[-1]
    return a + b if last in NON_JOINING or last == ZWNJ else a + ZWNJ + b


class Analyzer:
    """Decides, word by word, where joiners go. One per process and option set; memoized."""

    def __init__(self, compounds: bool) -> None:
        from .. import lexicon

        self.lex = lexicon.load()
        self.compounds = compounds
        self._words: dict[str, str] = {}
        self._tokens: dict[str, str] = {}  # token -> its repaired form (a plain dict: fast)
        #: token -> (what comes before its last word, its last word) and
        #: token -> (its first word, what comes after it), for the spaced joins
        self._tails: dict[str, tuple[str, str] | None] = _Memo(self._tail)
        self._heads: dict[str, tuple[str, str] | None] = _Memo(self._head)
        #: token -> how its last word may begin a spaced join, and its first word end one:
        #: STRONG (a suffix, می, بی, a compound part that is no word), WEAK (a part of a
        #: known compound: joined on lines that show spaces typed for joiners), or 0
        self._starts: dict[str, int] = _Memo(self._start_flag)
        self._ends: dict[str, int] = _Memo(self._end_flag)
        #: tokens whose flags hold a strong part or evidence: the few that a text's spaced
        #: repair starts from (every token in ``_tokens`` has been classified)
        self._special: set[str] = set()
        self._pairs: dict[tuple[str, str, int], str | None] = _Memo(lambda k: self._join_spaced(*k))
        #: spaced joins of a participle tagged as a word (انجام‌شده), or of a verbal noun
        #: (پول‌شویی): made only where the word after it shows an adjective or a noun, not a
        #: verb phrase (انجام شده است, اکرام نمایی.)
        self._adjectival: set[str] = set()
        #: glued words read as stem + ‑های whose ‑ای reading (خانه‌ای) is the only one left
        #: where nothing can follow the ezafe; and tokens ending in one, with that reading
        self._ai_alt: dict[str, str] = {}
        self._alts: dict[str, str] = {}
        #: second parts of compounds that are no words of their own (المللی, کوپتر)
        self._bound = self.lex.bound
        #: second parts of known compounds that are a present stem + ی, the verbal noun of a
        #: compound (جویی in صرفه‌جویی, پوشی in چشم‌پوشی): a space before one joins where the
        #: whole is listed
        stems = frozenset(self.lex.stems)
        self._verbal = frozenset(s for s in self.lex.second if len(s) >= 3 and s[-1] == "ی" and (
            (s.endswith("یی") and s[-3] in "او" and s[:-2] in stems)
            or (s[:-1] in stems and s[-2] not in "اوتد"))
            and (self.lex.web.get(s) or self.lex.weak.get(s, 0)) < _COMMON_WORD) - PRODUCTIVE_SET
        #: and those of them that are no words of their own, nor a noun + ی (شویی, فرمایی;
        #: not شماری, خوابی): the verbal noun of a compound the lexicon may lack
        self._verbal_nouns = frozenset(s for s in self._verbal if not self.lex.tags(s) and not (
            self.lex.tags(s[:-2] if s.endswith("یی") else s[:-1]) & NOUNISH))
        #: plurals in ‑گان of participles that end known compounds (دیدگان, زدگان, ندیدگان;
        #: not of a present stem + ه, a noun: شماره, گروه)
        self._participle_plurals = frozenset(p[:-1] + "گان" for p in self.lex.second
                                             if p[-1] == "ه" and self._past_form(p))
        #: words that may join the word before them across a space on any line, besides the
        #: triggers: bound parts, verbal nouns and participle plurals of listed compounds,
        #: ی (خانه ی: the ezafe), شنبه (سه شنبه: a weekday), اکنون and اینک (هم اکنون)
        self._end_triggers = (self._bound | self._verbal | self._participle_plurals
                              | {EZAFE_YEH, _SATURDAY} | _NOW)
        self._core = re.compile(rf"[{L}{_MARKS}\u200c]+")
        #: the token is one word (letters, marks, joiners) with nothing around it
        self._whole = self._core.fullmatch
        lex = self.lex
        #: function words (never part of a compound): stopwords that are not nouns or adjectives
        #: (hazm's list also holds جمع, دار, اکنون, برداری, which compounds are made of)
        function = frozenset(["PRO", "DET", "CONJ", "P", "PREP", "POSTP"])
        self.stop = frozenset(w for w in lex.stop if not (lex.tags(w) & NOUNISH) or lex.tags(w) & function
                              or w in ("یک", "دو", "سه")) - PRODUCTIVE_SET
        #: compounds of three parts or more written with a space (بی بی سی, سی تی‌اسکن), which
        #: joins of pairs cannot see: by each token of each way to write one
        self._multi = _writings(self._multi_compounds(), self.lex.freq)
        self._multi_keys = frozenset(self._multi) | ONLY_LETTER_NAMES  # (special tokens)

    def _multi_compounds(self) -> list[str]:
        """The compounds of three parts or more that join wherever they are written apart:
        those the lexicon tags as common words, and acronyms (دی‌ان‌ای); not those with به
        (چشم به راه may be meant word by word) or ending in a participle (پیش‌بینی شده: see
        the adjectival participles)."""
        lex, out = self.lex, []
        for w, (f, _tags) in lex.words.items():
            parts = w.split(ZWNJ)
            if len(parts) < 3 or "به" in parts or "" in parts:
                continue
            last = parts[-1]
            if last.endswith("ه") and self._past_form(last):
                continue
            if f >= _COMMON_MULTI or all(p in LETTER_NAMES for p in parts):
                out.append(w)
        return out

    def _past_form(self, w: str) -> bool:
        """``w`` is a participle or an infinitive, or their negatives (گرفته, نشده, شدن): a
        past stem, which ends in د or ت, + ه or ن. A present stem + ه is a noun (نامه, خنده,
        ناله): «دوهفته نامه» is a compound, not a verb phrase."""
        if len(w) < 3 or not w.endswith(("ه", "ن")):
            return False
        stem = w[:-1]
        if stem[0] == "ن" and stem[1:] in self.lex.stems:
            stem = stem[1:]
        return stem.endswith(("د", "ت")) and (stem in self.lex.stems or (
            # a regular past stem, the present stem + ید (گردید), though hazm lists another
            len(stem) >= 4 and stem.endswith("ید") and stem[:-2] in self.lex.stems))

    # -- single words ---------------------------------------------------------------
    def word(self, w: str) -> str:
        r = self._words.get(w)
        if r is None:
            if len(self._words) > 500_000:
                self._words.clear()
            bare = w.rstrip(_MARK_CHARS)
            if len(bare) < len(w):  # هفته‌نامهٔ: the ezafe hamza (or a haraka) after the word
                r = self.word(bare) + w[len(bare):]
            elif w[-1:] == "ۀ" and len(w) > 1:
                # بی‌بادۀ: the ezafe written ۀ is read as هٔ is (the ezafe step writes one as
                # the other, and the next pass must read the word the same)
                h = self.word(w[:-1] + "ه")
                r = h[:-1] + "ۀ" if h[-1] == "ه" else w
            else:
                r = self._analyze(w)
            self._words[w] = r
        return r

    def _analyze(self, t: str) -> str:
        lex = self.lex
        if len(t) < 3 or t in lex.words:
            return t
        if ZWNJ in t:
            glued = t.replace(ZWNJ, "")
            j = self._known(glued)
            if j == t:
                return t  # می‌بینیم: right as it is (its part بینیم is not read as بی‌نیم)
            if self.word(glued) == t:
                # طرح‌وارهای: what the glued word is repaired to stays as it is (its part
                # وارهای is not read again as واره‌ای), so that a repair holds on a second pass
                return t
            if j is not None and j.replace(ZWNJ, "") == glued and j.count(ZWNJ) > t.count(ZWNJ):
                return j
            return self._parts(t.split(ZWNJ))
        if t.endswith("ترین") and t[:-2] in lex.words:
            return t  # بیشترین: the superlative of a comparative written solid (بیشتر)
        j = self._known(t)
        if j is not None and t.endswith("های") and j == t[:-2] + ZWNJ + "ای":
            # زبانهای: the lexicon lists the ‑ای form of زبانه, but the plural of the shorter
            # word may be meant (زبان‌های): the two are weighed as where none is listed
            r = self._suffix(t)
            if r is not None:
                return r
        if j is not None and not self._splits_solid_stem(t, j):
            return j
        if t in lex.solid and not t.startswith(_PREVERB_MI_T):
            return t  # (a preverb + می + a verb is joined all the same: برمی‌دارد)
        if t.endswith("هی") and t not in lex.weak and self._silent_heh_word(t[:-1]):
            return t[:-1] + ZWNJ + "ی"  # خانهی: the ezafe after a silent heh, its joiner lost
        r = self._suffix(t)
        if r is not None:
            return r
        if self.compounds:
            r = self._compound(t, strict=t in lex.weak)
            if r is not None:
                return r
        return t

    def _parts(self, parts: list[str]) -> str:
        """The parts of a word typed with joiners, each repaired, joined by joiners. Parts
        that the glued repair of their glued form writes as they are stand as they are
        (همجنس‌بازی‌ت: همجنس and بازی, which the repair of همجنسبازی wrote, are not read
        again one by one as هم‌جنس): a second pass reads the repair of a part as it was
        written (longest run of parts first)."""
        out: list[str] = []
        i, n = 0, len(parts)
        while i < n:
            for k in range(n, i + 1, -1):
                seg = parts[i:k]
                if all(seg) and self.word("".join(seg)) == ZWNJ.join(seg):
                    out.append(ZWNJ.join(seg))
                    i = k
                    break
            else:
                out.append(self.word(parts[i]))
                i += 1
        return ZWNJ.join(out)

    def _silent_heh_word(self, w: str) -> bool:
        """``w`` is a word the lexicon knows that ends in a silent heh: not after و or ی, where
        ه is often sounded (گروه, توجیه), nor one of the Arabic words whose ه is a root
        letter (توجه, مشابه, فقه)."""
        return (_silent_heh(w) and w[-2] not in "وی" and w not in _SOUNDED_HEH
                and not w.endswith("الله")  # عبداللهی, a surname: the ه of الله is sounded
                and bool(self.lex.tags(w)))

    def is_verb(self, w: str) -> bool:
        """``w`` is a finite verb, which no ezafe takes as its complement: a می/نمی form,
        joined or glued (می‌کنند, میکنند), or a stem with a plural or 2nd-person ending
        (نوشتند, دارید) that is no word of another kind (روند, کلید)."""
        lex = self.lex
        w = w.rstrip(_CLOSING_MARKS)  # (نوشتند. ends a sentence)
        if w in lex.words or len(w) < 3:
            return False
        if (lex.joined.get(w) or w).startswith(("می\u200c", "نمی\u200c")):
            return True
        return w.endswith(("ند", "یم", "ید")) and w[:-2] in lex.stems

    def no_complement_at(self, toks: list[str], i: int) -> bool:
        """``toks[i]`` cannot be the complement of an ezafe before it (که, از, a mark, a
        finite verb): a glued ‑های before it is read ‑ای (خانهای که, نامهای نوشتند). A
        line's end is no sign: text may be wrapped."""
        return i < len(toks) and (toks[i] in _NO_COMPLEMENT or self.is_verb(toks[i]))

    def adjective_follows(self, toks: list[str], i: int) -> bool:
        """``toks[i]`` may follow an adjectival participle (آمار انجام‌شده از ...), not only
        a verbal one: it is no auxiliary, conjunction or suffix standing alone, and the line
        goes on. (A verb may follow either: آمار ارائه‌شده می‌گوید, the subject.)"""
        if i >= len(toks):
            return False
        t = toks[i].rstrip(_CLOSING_MARKS)
        if not t or t == "\n" or t in _AFTER_VERB:
            return False
        # (read on its first part too, as the glued repair parts it: است‌هایم, or استهایم
        # in search, which a join may make of است هایم, is still است to the participle
        # before it, as it was before the join)
        r = self.token(t)
        return ZWNJ not in r or r.split(ZWNJ, 1)[0] not in _AFTER_VERB

    def _untagged_ok(self, ac: str, bc: str, glued: str) -> bool:
        """Whether a compound the lexicon lists but does not tag (shekar's list has ezafe
        phrases too: جمهوری اسلامی) may join on a line that shows spaces typed for joiners:
        when its second part is no word of its own (روان پزشکی, دوست نماها), and a ‑ی ending
        it makes a noun of a compound the lexicon knows (روان‌پزشک, اوقات‌تلخ), not an
        adjective of relation (میراث فرهنگی)."""
        lex = self.lex
        if lex.tags(bc):
            return False
        return bc[-1] != "ی" or bool(lex.compounds.get(glued[:-1])) or _join(ac, bc[:-1]) in lex.words

    def _said_again(self, g: str, suffix: str) -> bool:
        """The glued word ``g`` ends in the suffix that ``suffix`` begins with (کتابها before
        ها, نمیتر before ترها), read on its letters alone, so that a text reads the same
        with its joiners dropped or restored; not a word of the lexicon or a common web word
        that ends so (تنها, بها)."""
        lex = self.lex
        return (any(g.endswith(x) and suffix.startswith(x) and len(g) - len(x) >= 2 for x in _SUFFIX_WORDS)
                and g not in lex.words and lex.weak.get(g, 0) < _WEB_WORD and not lex.web.get(g))

    def _joined_twin(self, w: str) -> bool:
        """Whether the lexicon tags a spelling of ``w`` with a joiner in it too (همزمان and
        هم‌زمان): the one is the other with its joiner dropped."""
        words = self.lex.words
        return any(w[i - 1] not in NON_JOINING and w[:i] + ZWNJ + w[i:] in words for i in range(2, len(w) - 1))

    def _bi_word(self, w: str) -> bool:
        """بی + the function word ``w`` is a common word of its own that the lexicon tags
        (بی‌شمار, بی‌جهت, بی‌خود), not a conjunction after بی (بی آنکه, بی تا)."""
        lex = self.lex
        j = "بی" + ZWNJ + w
        return "CONJ" not in lex.tags(w) and lex.freq(j) >= _COMMON_BI and bool(lex.tags(j) & NOUNISH)

    def _noun_function(self, a: str, b: str, j: str | None) -> bool:
        """One of ``a`` and ``b`` is a function word that is also a noun, such as پشت, روی
        (not a determiner, pronoun, numeral or conjunction: آن قدر, یک دفعه, همه جا), and
        the lexicon tags their compound ``j`` as a common word: پشت‌بام, زیاده‌روی, تک‌روی.
        Not رو and بر after a word: the spoken را (ماشین رو بردم) and the preposition."""
        stop, lex = self.stop, self.lex
        if j is None or (a in stop) == (b in stop) or b in _ADPOSITIONS or lex.freq(j) < _COMMON_BI:
            return False
        tags = lex.tags(a if a in stop else b)
        return bool(tags & _NOUN) and not tags & _DETERMINING

    def _preverb_participle(self, w: str) -> bool:
        """``w`` is a preverb + a participle (برگردیده, برتافته, درگرفته): a participle too."""
        return w.endswith("ه") and any(w.startswith(pv) and len(w) - len(pv) >= 4 and self._past_form(w[len(pv):])
                                      for pv in PREVERBS)

    def _possessed(self, w: str) -> bool:
        """``w`` is a noun + a possessive clitic, with no joiner: انتهایش, آرزویم (a word
        ending in ا or و + ی + the clitic), نظیرش, گناهم (after a consonant, a sounded ه
        too); not a function word + a clitic (آنش, همش)."""
        tags = self.lex.tags
        for clitic in _VOWEL_CLITICS:
            base = w[: -len(clitic)]
            if (w.endswith(clitic) and len(base) >= 2 and base[-1] in "او" and tags(base) & NOUNISH
                    and base not in self.stop):
                return True
        for clitic in _CONSONANT_CLITICS:
            base = w[: -len(clitic)]
            if (w.endswith(clitic) and len(base) >= 2 and base[-1] not in "اوی"
                    and not (base[-1] == "ه" and _silent_heh(base) and base not in _SOUNDED_HEH)
                    and tags(base) & NOUNISH and base not in self.stop):
                return True
        return False

    def _known(self, glued: str) -> str | None:
        """The joined spelling the lexicon gives for a glued form (compounds by option)."""
        j = self.lex.joined.get(glued) or _COLLOQUIAL.get(glued)
        if j is None and self.compounds:
            j = self.lex.compounds.get(glued)
        return j

    def _splits_solid_stem(self, t: str, j: str) -> bool:
        """The lexicon's joined compound ``j`` for ``t`` puts its joiner inside a word that
        the lexicon knows solid, of which ``t`` is an inflection: پژوهشگران is پژوهشگر + ‑ان
        (پژوهشگر is written solid), not پژوهش‌گران. Verb forms are not judged so (میگویی)."""
        lex = self.lex
        if lex.joined.get(t) is not None:
            return False
        for suf in INFLECTIONS:
            if t.endswith(suf):
                stem = t[: -len(suf)]
                if stem in lex.words and ZWNJ not in stem and j.find(ZWNJ) < len(stem):
                    return True
        return False

    def _inflected(self, glued: str, split: int = 0) -> tuple[str, str] | None:
        """``glued`` as a known compound + an inflection: (the compound, the joined whole).
        With ``split``, where a space stood, a compound that hazm tags as a word though it
        is not listed counts too (کاسب کارها: کاسب‌کار + ‑ها)."""
        compounds = self.lex.compounds if self.compounds else {}
        for suf in INFLECTIONS:
            if glued.endswith(suf) and len(glued) - len(suf) >= 4:
                j = compounds.get(glued[: -len(suf)])
                if j is None and split and len(glued) - len(suf) > split:
                    t = _join(glued[:split], glued[split: -len(suf)])
                    j = t if t in self.lex.words else None
                if j is None:
                    continue
                end = j[-1]
                if suf.startswith(("ها", "تر")):
                    return j, _join(j, suf)
                if suf == "یی" and end in "او":  # پول‌شویی
                    return j, j + suf
                if suf != "یی" and end not in "اویه":  # not after a vowel (‑گان, ‑یان)
                    return j, j + suf
        return None

    def _stem(self, stem: str, weak: bool = False) -> tuple[str, frozenset, int] | None:
        """A stem that is a known word: (its spelling, its tags, its frequency).

        With ``weak``, a word seen only on the web counts too, as a noun (for ‑ها).
        """
        lex = self.lex
        if stem in lex.words:
            f, tags = lex.words[stem]
            return stem, tags, f
        if ZWNJ in stem:
            # judged as its glued form would be, so that joined and glued input agree
            r = self._stem(stem.replace(ZWNJ, ""), weak)
            return (stem, r[1], r[2]) if r is not None else None
        if (weak and len(stem) >= 3 and lex.weak.get(stem, 0) >= 5_000 and stem not in lex.stems
                and stem not in _WEB_FRAGMENTS):
            return stem, _NOUN, lex.weak[stem] // 20 + 1
        if weak and len(stem) >= 4 and stem in lex.solid and stem not in lex.stems:
            return stem, _NOUN, 1  # دلتنگی: a word the lexicon knows solid (دلتنگی‌هایش)
        j = lex.joined.get(stem)
        if j is not None:  # a verb form or an inflected word: not a noun unless tagged one
            f, tags = lex.words.get(j, (1, frozenset(["V"])))
            return j, tags, max(f, 1)
        j = lex.compounds.get(stem) if self.compounds else None
        if j is not None:
            f, tags = lex.words.get(j, (1, NOUNISH))
            return j, tags, max(f, 1)
        for suf in COMPARATIVE:
            # بزرگ‌ترها, مهم‌ترین‌ها: a comparative is a stem too
            if stem.endswith(suf) and "AJ" in lex.tags(stem[: -len(suf)]):
                return _join(stem[: -len(suf)], suf), frozenset(["N", "AJ"]), max(lex.freq(stem[: -len(suf)]) // 10, 1)
        if stem[-1] == "ی" and len(stem) >= 4 and stem[:-1] in lex.words and not self._silent_heh_word(stem[:-1]):
            # a relational adjective or abstract noun: اجتماعی, دانشجویی (after a silent heh
            # the ی is the ezafe, هفته‌ی: those take ‑ای, خانه‌ای)
            f, tags = lex.words[stem[:-1]]
            if tags & NOUNISH:
                return stem, NOUNISH, max(f // 10, 1)
        if self.compounds and len(stem) >= 5:
            c = self._compound(stem)
            if c is not None:
                return c, NOUNISH, 1
        return None

    def _unknown_verb(self, w: str) -> bool:
        """``w``, a word's letters with no joiner, is a verb the lexicon lacks: a personal
        ending, and no word or reading of another kind."""
        lex = self.lex
        return (len(w) >= 4 and w.endswith(_UNKNOWN_VERB_ENDINGS) and w not in lex.words
                and not w.startswith(("می", "نمی"))  # a verb takes one می (not می میهاای)
                and w not in lex.weak and w not in lex.solid
                and self.word(w) == w  # not میتواند, استانگیری: words of another kind
                # nor a known word + the copula written solid (قتلاند, یکتاام, سحرام: the
                # search preset writes قتل‌اند so)
                and not any(w.endswith(c) and w[: -len(c)] in lex.words for c in _COPULA_SOLID))

    def _finite(self, w: str) -> bool:
        """``w`` is a stem with a personal ending (دانی, رفتند, گوید)."""
        stems = self.lex.stems
        if w in stems:  # رفت, past third person
            return True
        return any(w.endswith(e) and w[: -len(e)] in stems for e in _ENDINGS)

    def _suffix(self, t: str) -> str | None:
        best: tuple[int, str] | None = None
        if t[-1] == "ی" and t[-2] in "اوی" and t[:-1] in self.lex.words:
            # انتهای, دنیای: a word + the ezafe or indefinite ی, a reading with no joiner
            best = (self.lex.words[t[:-1]][0], t)
        else:
            # انتهایش, آرزویم: a word ending in ا or و + ی + a clitic, with no joiner
            for clitic in _VOWEL_CLITICS if t.endswith(_VOWEL_CLITICS) else ():
                base = t[: -len(clitic)]
                if t.endswith(clitic) and base[-1:] in ("ا", "و") and base in self.lex.words:
                    best = (self.lex.words[base][0], t)
                    break

        # a glued word the web writes at least a fifth as often as the stem of a reading, or
        # whose stem it does not write at all (and no lexicon lists), is a word of its own,
        # not that reading (فیلتر, not فیل‌تر; دکترین, لوستر, انتهایی, مستر, توتالیتر); the
        # stem's inflections are far rarer than it (مهمتر: 3 %, کوچکتر: 5 %, رنگها: 1 %)
        counts = self.lex.web
        own = 5 * self.lex.weak.get(t, 0)
        # ‑یات after a word is the Arabic plural (شخصیات, حفریات), not ‑ی + ‑ات
        arabic_plural = own and t.endswith("یات")
        if own and t in self.lex.stems:
            return None  # a verb's past stem, its third person (نمایاند), is no noun + clitic

        # خانهای: خانه‌ای or خان‌های? when both stems are counted on the web, those counts
        # decide (hazm's corpus counts خان above خانه)
        by_web = t.endswith("های") and counts.get(t[:-3]) and counts.get(t[:-2])

        def consider(stem: str, suffix: str, need: frozenset, vowel_final: str = "",
                     weak: bool = False) -> str | None:
            """Weigh stem + suffix against the best reading so far; the reading, if any."""
            nonlocal best
            if len(stem) < (4 if vowel_final else 2):
                return None
            if vowel_final and (stem[-1] not in vowel_final or (stem[-1] == "ه" and not _silent_heh(stem))):
                return None  # (راه, نگاه, دانشگاه: a sounded ه takes clitics solid: نگاهشان)
            if own and own > (counts.get(stem) or self.lex.weak.get(stem)
                              or (own if stem in self.lex.words or ZWNJ in self.word(stem) else 0)):
                return None
            if arabic_plural and suffix == "ات":
                return None
            s = self._stem(stem, weak)
            if s is None:
                return None
            spelling, tags, freq = s
            if not (tags & need) or (spelling in DEMONSTRATIVES and suffix.startswith("ها")):
                return None
            if by_web and suffix in ("ای", "های"):
                freq = counts[stem]
            cand = _join(spelling, suffix)
            if best is None or freq > best[0]:
                best = (freq, cand)
            return cand

        # (each family's endings are tested at once, in C, before one by one)
        for suf in PLURAL if t.endswith(_PLURAL_T) else ():
            if t.endswith(suf):
                consider(t[: -len(suf)], suf, _NOUN, weak=True)
        for suf in COMPARATIVE if t.endswith(_COMPARATIVE_T) else ():
            if t.endswith(suf):
                consider(t[: -len(suf)], suf, frozenset(["AJ"]))
        for suf in CLITIC if t.endswith(_CLITIC_T) else ():
            if t.endswith(suf):
                consider(t[: -len(suf)], suf, NOUNISH, vowel_final="هی")
                if t[-len(suf) - 2:-len(suf)] == "یی":  # تنهایی‌ام, دانشجویی‌اش
                    consider(t[: -len(suf)], suf, _NOUN, vowel_final="ی", weak=True)
        if (t.endswith("اند") and t[-4:-3] not in "هی" and not own and t not in self.lex.stems
                and not (t[:1] in "بن" and t[1:] in self.lex.stems)):
            # موظف‌اند, مطمئن‌اند: the copula after an adjective that ends in a consonant (not
            # a verb: بماند, nor a word the web writes: اولاند)
            consider(t[:-3], "اند", _ADJECTIVE)
        for suf in CLITIC_HEH if t.endswith(_CLITIC_HEH_T) else ():
            if t.endswith(suf):
                consider(t[: -len(suf)], suf, NOUNISH, vowel_final="ه", weak=True)
        if t.endswith("ای") and t[-3:-2] == "ه" and _silent_heh(t[:-2]):
            # هسته‌ای or هست‌های, دسته‌ای or دست‌های? the stems' web counts decide, as they
            # are. (Favouring the plural two to one, as before, read 59 of the 2,000 commonest
            # such words the other way: about 50 wrongly, هفت‌های, نیم‌های, سابق‌های,
            # ماهان‌های for هفته‌ای ...; the rest could be either: دامن‌های, زنجیرهای.)
            ai = consider(t[:-2], "ای", NOUNISH, weak=True)
            if ai is not None and best is not None and best[1] != ai:
                # the plural won; but where no word can follow as the ezafe's complement
                # (punctuation, که, از ...), the ‑ای reading is the only one left
                self._ai_alt[t] = ai
        if t.endswith("ای") and t[-3:-2] == "ی" and len(t) >= 7:
            consider(t[:-2], "ای", NOUNISH)  # سنتی‌ای, فضایی‌ای
        if best is None:
            if t.endswith(("دهاند", "تهاند")) and len(t) >= 7:
                return t[:-3] + ZWNJ + "اند"  # the perfect of a verb the lexicon lacks
            for clitic in _PERFECT_CLITICS if t.endswith(_PERFECT_CLITICS) else ():
                # برگردیدهای, برتافتهاید: a preverb + a participle the lexicon knows, + the
                # perfect's clitic
                if t.endswith(clitic) and self._preverb_participle(t[: -len(clitic)]):
                    return t[: -len(clitic)] + ZWNJ + clitic
            for pv, neg in _PREVERB_MI if t.startswith(_PREVERB_MI_T) else ():
                if t.startswith(pv + neg) and len(t) > len(pv) + len(neg) + 1:
                    j = self.lex.joined.get(t[len(pv):])
                    if j is not None and j.startswith(neg + ZWNJ):
                        return pv + j
            return None
        return best[1] if best[1] != t else None

    def _compound(self, t: str, strict: bool = False) -> str | None:
        """A compound reading of ``t``. ``strict`` (t is a word seen on the web): only a
        productive second part after a POS-tagged first part."""
        lex = self.lex
        # reduplication around به: چهره‌به‌چهره, دست‌به‌دست
        m = _AROUND_BEH.fullmatch(t) if "به" in t else None
        if m and m.group(1) in lex.words and not strict:
            x = m.group(1)
            return _join(_join(x, "به"), x)
        for n in _PRODUCTIVE_LENGTHS:  # longest first; a set lookup per length
            part = t[-n:]
            if part in PRODUCTIVE_SET and len(t) - n >= 2:
                a = t[:-n]
                if a[-1] in NON_JOINING:
                    continue
                if strict and (a not in lex.words or not _silent_heh(a)):
                    continue  # هدفمندی, عکسبرداری are written solid; علاقه‌مندی is not
                if part.startswith(HEH_ONLY) and not _silent_heh(a):
                    continue
                s = self._stem(a) if a not in self.stop else None
                if s is not None and s[1] & NOUNISH:
                    return _join(s[0], part)
        if strict:
            return None
        inf = self._inflected(t)
        if inf is not None:
            return inf[1]
        if t.startswith("بی") and len(t) >= 4 and not self._finite(t):  # not بینیم
            rest = t[2:]
            f, tags = lex.words.get(rest, (0, frozenset()))
            if not tags and rest.endswith("ی"):  # بی‌تعادلی: بی + a noun + ی
                f, tags = lex.words.get(rest[:-1], (0, frozenset()))
            if tags & NOUNISH and f >= 1000 and rest not in self.stop and rest[:-1] not in self.stop:
                return "بی" + ZWNJ + self.word(rest)  # (as the joined form is read again: بی‌هفته‌ی)
        half = len(t) // 2
        if len(t) % 2 == 0 and half >= 2 and t[:half] == t[half:]:
            # کم‌کم, دانه‌دانه: a reduplicated word
            x = t[:half]
            if lex.tags(x) and x not in self.stop and x[-1] not in NON_JOINING:
                return x + ZWNJ + x
        return None

    # -- tokens (a word with punctuation around it) ----------------------------------
    def token(self, tok: str) -> str:
        r = self._tokens.get(tok)
        if r is None:
            self.learn((tok,))
            r = self._tokens[tok]
        return r

    def _last_word(self, tok: str) -> "re.Match[str] | None":
        last = None
        for last in self._core.finditer(tok):
            pass
        return last

    def _fix_token(self, tok: str) -> str:
        if self._whole(tok):  # most tokens: one word, nothing around it
            fixed = self.word(tok)
            if tok in self._ai_alt:
                self._alts[tok] = self._ai_alt[tok]  # decided by the next token
            return fixed
        fixed = self._core.sub(lambda m: self.word(m.group()), tok)
        last = self._last_word(tok)
        if last is not None and last.group() in self._ai_alt:
            # fixed is what comes before the last word, its repair, and what follows it
            tail = tok[last.end():]
            head = fixed[: len(fixed) - len(tail) - len(self.word(last.group()))]
            alt = head + self._ai_alt[last.group()] + tail
            if tail and tail[0] in _NO_COMPLEMENT_MARKS:
                return alt  # «زمینهای،»: no ezafe before punctuation
            if not tail:
                self._alts[tok] = alt  # decided by the next token (see FixZwnj._runs)
        return fixed

    def learn(self, tokens: Iterable[str]) -> None:
        """Analyse the tokens not seen before (none holds a line break)."""
        memo = self._tokens
        new = set(tokens).difference(memo)  # an exact dict: looked up in C, not iterated
        if not new:
            return
        if len(memo) > 1_000_000:  # bounded memory on endless corpora
            memo.clear()
            new = set(tokens)
        starts, ends, special, alts = self._starts, self._ends, self._special, self._alts
        if len(special) > 1_000_000:
            special.clear()
        whole, end_triggers, multi = self._whole, self._end_triggers, self._multi_keys
        for t in new:
            memo[t] = self._fix_token(t)
            if whole(t):
                # one word (most tokens): its flags, computed when a gap beside it is looked
                # at, make it special exactly when the word, marks aside, is a trigger (a
                # suffix, می, بی, a productive part) or joins the word before it, or is what
                # a multi-part compound or an acronym is looked up by (a test checks)
                w = _ezafe_bare(t) or t.rstrip(_MARK_CHARS) or t
                if (w in _TRIGGER_WORDS or w in end_triggers or t in alts or _ends_in_beh(t)
                        or _stray_suffix(w) or t in multi):
                    special.add(t)
            elif starts[t] & (2 | PREFIX_ALONE) or ends[t] & (2 | SUFFIX_ALONE) or t in alts:
                special.add(t)

    def _tail(self, tok: str) -> tuple[str, str] | None:
        if self._whole(tok):
            return "", tok
        last = self._last_word(tok)
        # the last word must end the token: «کتاب،» does not join what follows
        if last is None or last.end() != len(tok):
            return None
        return tok[: last.start()], last.group()

    def _head(self, tok: str) -> tuple[str, str] | None:
        if self._whole(tok):
            bare = tok.rstrip(_MARK_CHARS)
            return (bare, tok[len(bare):]) if bare else (tok, "")
        m = self._core.match(tok)
        if not m:
            return None
        # a mark after the word (نامهٔ: the ezafe) goes with what follows it
        w = m.group()
        bare = w.rstrip(_MARK_CHARS)
        return (bare, tok[len(bare):]) if bare else (w, tok[m.end():])

    def _start_flag(self, tok: str) -> int:
        t = self._tails[tok]
        if t is None:
            return 0
        pre, w = t
        flag = LETTER_END if tok[-1:] in _LETTERS else 0
        if w in _STANDALONE_PREFIXES and (not pre or pre[-1] in _BEFORE_PREFIX):
            flag |= PREFIX_ALONE
        if w.endswith(ZWNJ):
            return flag
        if w in _TRIGGER_WORDS or _ends_in_beh(w):
            return flag | STRONG
        return flag | (WEAK if w.replace(ZWNJ, "") in self.lex.first or w in _NUMERALS else 0)

    def _end_flag(self, tok: str) -> int:
        bare = _ezafe_bare(tok)
        if bare is not None and self._whole(tok):
            return self._ends[bare + _EZAFE_HAMZA]  # کننده‌ی, کنندۀ: as کنندهٔ (see _join_spaced)
        h = self._heads[tok]
        if h is None:
            return 0
        w = h[0]
        flag = LETTER_START if tok[:1] in _LETTERS else 0
        if w.rstrip(_MARK_CHARS) in _SUFFIX_WORD_SET:
            flag |= SUFFIX_ALONE
        if w.startswith(ZWNJ):
            return flag
        if w in _TRIGGER_WORDS or w in self._end_triggers:
            return flag | STRONG
        if _stray_suffix(w):
            return flag | STRONG
        g = w.replace(ZWNJ, "") if ZWNJ in w else w
        second = self.lex.second
        if g in second:
            return flag | WEAK
        for n in _INFLECTION_LENGTHS:  # سرمایه داران: the part of a compound, inflected
            if g[-n:] in _INFLECTION_SET and g[:-n] in second:
                return flag | WEAK
        if self._measure(g):
            return flag | WEAK
        return flag

    def _measure(self, w: str) -> bool:
        """``w`` is a noun + ‑ه that is no word of its own (جانبه, ساله, منظوره): after a
        numeral, an adjective (سه‌جانبه, دوساله); not هفته, شاخه, which are words."""
        lex = self.lex
        return (len(w) >= 4 and w[-1] == "ه" and bool(lex.tags(w[:-1]) & _NOUN)
                and not lex.tags(w) - _RESIDUAL and not lex.weak.get(w))

    # -- spaced joins ------------------------------------------------------------------
    def multi_runs(self, toks: list[str], special: list[int]) -> list[tuple[int, int, str]]:
        """The runs of tokens that spell a compound of three parts or more with a space in it
        (see _multi_compounds), or a Latin acronym letter by letter with a letter that is no
        Persian word among them (جی پی اس, سی ان ان): ``(first, last, joined)``, in order.
        ``special``: the places of the text's special tokens, in order (their tokens hold
        what a run is looked up by)."""
        multi = self._multi
        n = len(toks)
        keys = self._multi_keys
        hits = [i for i in special if toks[i] in keys]
        if not hits:
            return []
        tails, heads, core = self._tails, self._heads, self._core.search
        runs: list[tuple[int, int, str]] = []
        done = -1  # tokens up to here are in a run

        def tail(t: str) -> tuple[str, str] | None:  # (marks, last word) of t, if only marks are before it
            tw = tails[t]
            return tw if tw is not None and not core(tw[0]) else None

        def head(t: str) -> tuple[str, str] | None:  # (first word, marks) of t, if only marks are after it
            hw = heads[t]
            return hw if hw is not None and not core(hw[1]) else None

        for m in hits:
            if m <= done:
                continue
            found = None
            for wt, q, c in multi.get(toks[m], ()):  # the longest writings first
                i, j = m - q, m - q + len(wt) - 1
                if i <= done or j >= n or list(toks[i + 1:j]) != list(wt[1:-1]):
                    continue
                tw, hw = tail(toks[i]), head(toks[j])
                if tw is not None and tw[1] == wt[0] and hw is not None and hw[0] == wt[-1]:
                    found = (i, j, tw[0] + c + hw[1])
                    break
            if found is None and toks[m] in ONLY_LETTER_NAMES:
                i, j = m, m
                while i - 1 > done and toks[i - 1] in LETTER_NAMES:
                    i -= 1
                while j + 1 < n and toks[j + 1] in LETTER_NAMES:
                    j += 1
                while toks[i] in _PRONOUN_LETTERS and i < m:
                    i += 1
                while toks[j] in _PRONOUN_LETTERS and j > m:
                    j -= 1
                # a mark before the first letter or after the last: «سی ان ان»
                pre = post = ""
                # (a letter with marks beside it; not a letter alone, which the run did not
                # take: او, کی)
                tw = tail(toks[i - 1]) if i - 1 > done else None
                if tw is not None and tw[0] and tw[1] in LETTER_NAMES and tw[1] not in _PRONOUN_LETTERS:
                    pre, i = tw[0], i - 1
                hw = head(toks[j + 1]) if j + 1 < n else None
                if hw is not None and hw[1] and hw[0] in LETTER_NAMES and hw[0] not in _PRONOUN_LETTERS:
                    post, j = hw[1], j + 1
                if j - i >= _LONGEST_ACRONYM:
                    done = j  # a longer run is no acronym (and its other letters, looked at
                    continue  # again, would find the same run)
                if j - i >= 2:
                    letters = [toks[x] for x in range(i, j + 1)]
                    letters[0], letters[-1] = letters[0][len(pre):], letters[-1][:len(letters[-1]) - len(post)]
                    joined = letters[0]
                    for x in letters[1:]:
                        joined = _join(joined, x)
                    found = (i, j, pre + joined + post)
            if found is not None:
                runs.append(found)
                done = found[1]
        return runs

    def join_spaced(self, a: str, b: str, evidence: bool) -> str | None:
        """The joined form of tokens ``a`` and ``b`` (a space between them), or None."""
        return self._pairs[a, b, evidence]

    def _join_spaced(self, a: str, b: str, evidence: bool) -> str | None:
        bare = _ezafe_bare(b)
        if bare is not None and self._whole(b):
            # خسته کنندۀ, خسته کننده‌ی: joined as خسته کنندهٔ is, the ezafe as written (the
            # ezafe step writes one for the other: the next pass must join alike)
            r = self._join_spaced(a, bare + _EZAFE_HAMZA, evidence)
            n = len(b) - len(bare) + 1  # the ezafe as written, with its ه
            return r[:-2] + b[-n:] if r is not None and r.endswith(_EZAFE_HEH) else None
        ta, hb = self._tails[a], self._heads[b]
        if hb is not None and hb[1] and hb[0] + hb[1] == b and _ezafe_bare(hb[0]) is not None:
            # سیاه‌ی), سیاهۀ.: read as سیاهٔ) is, punctuation after the ezafe (ml writes one
            # for the other, and the next pass must join alike)
            bare, tail = cast(str, _ezafe_bare(hb[0])), _EZAFE_HEH + hb[1]
            r = self._join_spaced(a, bare + _EZAFE_HAMZA + hb[1], evidence)
            return r[: -len(tail)] + b[len(bare) - 1:] if r is not None and r.endswith(tail) else None
        if ta is None or hb is None:
            return None
        (pre, ac), (bc, post) = ta, hb
        if not ac.rstrip(_MARK_CHARS) or not bc.rstrip(_MARK_CHARS) or bc[0] in _MARK_CHARS:
            # a mark typed alone, or before a word, is no word's end or start: a joiner
            # beside it would join no letter, and clean_zwnj would remove it on the next
            # pass («ً ها», «می ًایم» stay apart)
            return None
        bc = _stray_suffix(bc) or bc
        if (ac == bc != "بی") or ac.endswith(ZWNJ) or bc.startswith(ZWNJ) or ac.endswith(_EZAFE_MARKED):
            return None  # (an ezafe ends its word: هفتهٔ ای is two words)
        ga, gb = ac.replace(ZWNJ, ""), bc.replace(ZWNJ, "")
        if len(ga) >= 3 and len(gb) >= 3 and (gb.startswith(ga) or ga.endswith(gb)):
            return None  # a word said twice stays apart, inflected too: گروه گروه‌ها, گروه گروهها
        if (not evidence and bc not in _TRIGGER_WORDS and ac not in _TRIGGER_WORDS
                and bc not in self._end_triggers and ac != bc + "به"):
            return None  # nothing can join these two (the common case, decided fast)
        lex = self.lex
        glued = ga + gb
        joined: str | None = None
        adjectival = False  # joined only where the words after it show no verb (a participle, a verbal noun)
        if bc in _SUFFIX_WORD_SET and self._said_again(ga, gb):
            return None  # a suffix said twice joins once: کتاب‌ها ها, داروها ها (laughter?)
        if bc in LONE_SUFFIXES:
            r = self.word(ac + bc)
            joined = r if _boundary_ok(r, ac, bc) else _join(self.word(ac), bc)
        elif bc in WEAK_SUFFIXES:
            r = self.word(ac + bc)
            if _boundary_ok(r, ac, bc):
                joined = r
            elif (_silent_heh(ac) or ac[-1] == "ی") and len(ac) >= 3 and (
                    self._stem(ac, weak=True) or self._known(ac.replace(ZWNJ, "")) or self._preverb_participle(ac)):
                # خانه ای, رفته ام, سنتی ای: the space shows where the suffix begins
                joined = _join(self.word(ac), bc)
        elif bc == EZAFE_YEH:
            # خانه ی: the ezafe (or indefinite) after a silent heh, written apart; a joiner
            # puts it back (the ezafe step then writes it in the chosen style)
            w = self.word(ac)  # (its glued repair: انجامشده ی as انجام‌شده ی)
            if self._silent_heh_word(w):  # (as glued: not گروه ی, توجه ی)
                joined = w + ZWNJ + bc
        elif ac == bc + "به":
            # جابه جا, روبه رو: به glued to a word that ends in a non-joining letter, and the
            # word again (جابه‌جا, like چهره‌به‌چهره glued)
            r = self.word(ac + bc)
            if _boundary_ok(r, ac, bc):
                joined = r
        elif bc in _NOW and ac == "هم":
            joined = ac + ZWNJ + bc  # هم اکنون, هم اینک: the adverbs (now), not هم (also) + اکنون
        elif bc == _SATURDAY and ac in _WEEKDAY_NUMBERS:
            # سه شنبه: a weekday, though سه is a function word; spelled as the lexicon spells
            # it more often (یکشنبه, سه‌شنبه, پنج‌شنبه)
            joined = max((ac + bc, _join(ac, bc)), key=lex.freq)
        elif ac in _NUMERALS and self.compounds and self._measure(bc):
            # سه جانبه, دو ساله, چند منظوره: a numeral + a noun + ‑ه, no word of its own,
            # is an adjective written as one word (not دو هفته, سه شاخه: هفته and شاخه are words)
            joined = _join(ac, bc)
        elif ac in _MI_PREFIXES:
            j = self.word(glued) if ac not in ("می", "نمی") else lex.joined.get(glued)
            if ((j is None or not _boundary_ok(j, ac, bc))
                    and (self._finite(gb) or self._unknown_verb(gb))):
                # می دانی: glued, میدانی is a word (of the square); spaced, a verb (so برمی دارد,
                # though the web writes برمیدارد). می نکوهیم: a verb the lexicon lacks, but a
                # personal ending after می standing alone. (Read on the verb's letters, its
                # joiners aside: می اس‌اند as می اساند, which the search preset makes of it)
                j = ac + ZWNJ + bc
            if j is not None and _boundary_ok(j, ac, bc):
                joined = j
        elif ac == "بی" and bc == "بی":
            # بی بی: the word بی‌بی (lady), as the lexicon tags it; the second بی is then no
            # prefix (بی بی پارک is بی‌بی پارک, not بی بی‌پارک)
            if _join(ac, bc) in lex.words:
                joined = _join(ac, bc)
        elif ac == "بی":
            # بی standing alone is the prefix (بی اعتنایی, بی شک) unless the next word is a
            # function word (بی آن که)
            # (all read on the word's letters, its joiners aside, so that بی دانش‌گاه and بی
            # دانشگاه, the one with its joiner dropped, are read alike)
            w = gb
            known = (lex.tags(w) & NOUNISH or lex.weak.get(w, 0) >= _WEB_WORD
                     or (w[-1] == "ی" and lex.tags(w[:-1]) & NOUNISH)
                     or (w.endswith(("یی", "انه")) and lex.tags(w[:-2 if w[-1] == "ی" else -3]) & NOUNISH)
                     or self._possessed(w))
            # (not before a word the lexicon splits: بی ایها would become بی‌ای‌ها, while
            # بی ای‌ها, its own repair, stays; the two must agree. The ezafe after a silent
            # heh splits nothing: بی هفتهٔ and بی هفتهی join alike)
            # Nor before a compound the lexicon lists, in either spelling: بی همخانه stays, as
            # بی هم‌خانه does (the search preset, which drops joiners, gives the one for the other)
            core = self.word(w)
            if core.endswith(ZWNJ + "ی") and self._silent_heh_word(core[:-2]):
                core = core[:-2]
            if (known and len(w) >= 2 and ZWNJ not in (lex.compounds.get(w) or "")
                    and not self._joined_twin(w)
                    and ((w not in self.stop and _unpluralized(w) not in self.stop) or self._bi_word(w))
                    and not w.startswith(("می", "نمی", "بی")) and ZWNJ not in core):
                joined = "بی" + ZWNJ + bc
        elif self.compounds:
            # a compound of the lexicon: when its second part cannot stand alone (آموز, گیری),
            # or on a line that shows spaces typed for joiners; never with a function word
            # (هم, پیش) unless the lexicon tags the whole compound
            j = lex.compounds.get(glued)
            tagged = j
            if j is None and evidence and _join(ac, bc) in lex.words:
                j = tagged = _join(ac, bc)  # جنایت کار: hazm tags جنایت‌کار as a word of its own
            plural = False
            if bc in self._participle_plurals:
                # آسیب دیدگان: the plural in ‑گان of a listed compound with a participle
                # (آسیب‌دیده), an adjective made a noun
                single = bc[:-3] + "ه"
                plural = bool(lex.compounds.get(ac + single) or _join(ac, single) in lex.words
                              or ac + single in lex.words)
                if plural and j is None:
                    j = tagged = _join(ac, bc)
            if j is None and evidence:
                inf = self._inflected(glued, len(ga))  # سرمایه داران: a compound + ‑ان
                if inf is not None:
                    tagged, j = inf
            head = _participle_head(self.word(bc).split(ZWNJ, 1)[0], self._past_form)  # (نشده‌ها, شدهتر)
            if (self._past_form(head)
                    and not (head in _ADJECTIVE_PARTICIPLES and tagged in lex.words)):
                # a participle or an infinitive, or their negatives (گرفته شده, حل نشده, واقع
                # شدن): a verb phrase, not a compound; but ‑زده and ‑دیده make adjectives.
                # Where the lexicon tags the whole as a word (انجام‌شده, وحشت‌زده), a
                # participle joins where the words after it show an adjective (آمار انجام
                # شده از ..., not انجام شده است: see adjective_follows)
                if (bc[-1] == "ه" and head == bc and tagged in lex.words and evidence
                        and bc not in PRODUCTIVE_SET and (not post or post == _EZAFE_HAMZA)):
                    # (an ezafe on the participle shows the adjective: سرزمین‌های اشغال شدهٔ
                    # فلسطینی; a verb phrase takes none)
                    adjectival = not post
                else:
                    j = None
            function = ac in self.stop or bc in self.stop
            prefix = ac in _PREFIX_WORDS and bc not in self.stop
            if j is not None and _boundary_ok(j, ac, bc):
                # (after a function word too when the second part is no word: بین المللی, and
                # after هم پیش پس نیم before a productive part: پیش بینی)
                # (a productive part after a function word the lexicon also tags as a noun or
                # an adjective, where it tags the whole: دسته بندی, همه گیری, درون گرا)
                if ((bc in PRODUCTIVE_SET and (prefix or not function or (
                        tagged in lex.words and lex.tags(ac) & NOUNISH and bc not in self.stop
                        and ac[-1] not in NON_JOINING)))
                        or (bc in self._bound and len(ac) >= 3)
                        or (plural and not function and ac[-1] not in NON_JOINING)
                        or (ac in _BOUND_PREFIXES and bc not in self.stop)
                        or (bc in self._verbal and not function and ac[-1] not in NON_JOINING)
                        # (a space after a non-joining letter stands for no joiner: مورد نظر)
                        or (evidence and (tagged in lex.words or self._untagged_ok(ac, bc, glued))
                            and (prefix or not function or self._noun_function(ac, bc, tagged))
                            and ac[-1] not in NON_JOINING)):
                    joined = j
            elif ((bc in PRODUCTIVE_SET or bc in _PRODUCTIVE_EZAFE) and ac[-1] not in NON_JOINING
                  and not function and ac not in _SUFFIX_WORD_SET):
                # (a suffix standing alone is no first part: ای وار; a part that ends in ا
                # takes the ezafe as ‑ی: مرگ آسای, اصلاح گرای)
                s = self._stem(ac)
                if s is not None and s[1] & NOUNISH and not (bc.startswith(HEH_ONLY) and not _silent_heh(ac)):
                    joined = _join(s[0], bc)
            elif evidence and bc in self._verbal_nouns and ac[-1] not in NON_JOINING and not function and not post:
                # پول شویی, حکم فرمایی: a noun + a verbal noun, on a line that shows spaces
                # typed for joiners, though the lexicon lacks the compound; joined only where
                # the words after it show no verb (اکرام نمایی.: you honour)
                s = self._stem(ac)
                if s is not None and s[1] & _NOUN:
                    joined = _join(s[0], bc)
                    adjectival = True
        if joined is None:
            return None
        r = pre + joined + post
        if adjectival:
            if len(self._adjectival) > 100_000:  # bounded, and forgotten with the memo of pairs
                self._adjectival.clear()
                self._pairs.clear()
            self._adjectival.add(r)
        return r


def _boundary_ok(r: str, a: str, b: str) -> bool:
    """``r`` spells ``a`` + ``b`` (joiners aside) and puts a joiner, or nothing after a
    non-joining letter, between them."""
    ga, gb = a.replace(ZWNJ, ""), b.replace(ZWNJ, "")
    if r.replace(ZWNJ, "") != ga + gb:
        return False
    n = 0
    for i, c in enumerate(r):
        if c != ZWNJ:
            n += 1
            if n == len(ga):
                nxt = r[i + 1] if i + 1 < len(r) else ""
                return nxt == ZWNJ or c in NON_JOINING
    return False


class _Memo(dict):
    """A dict that computes a missing value with ``fn`` (bounded: cleared when large)."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: Any) -> Any:
        if len(self) > 500_000:
            self.clear()
        v = self[key] = self.fn(key)
        return v


_ANALYZERS: dict[bool, Analyzer] = {}


def analyzer(compounds: bool = True) -> Analyzer:
    a = _ANALYZERS.get(compounds)
    if a is None:
        a = _ANALYZERS[compounds] = Analyzer(compounds)
    return a


def _writings(compounds: Iterable[str], freq: Callable[[str], int]
              ) -> dict[str, list[tuple[tuple[str, ...], int, str]]]:
    """For each compound (parts joined by joiners), every way to write it with at least one
    space between parts (the others a joiner or nothing), by the rarest of the writing's
    tokens that has no mark to stand beside (so that a text's common words look up nothing):
    ``token -> [(the writing's tokens, the token's place in them, the compound)]``."""
    out: dict[str, list[tuple[tuple[str, ...], int, str]]] = {}
    for c in compounds:
        parts = c.split(ZWNJ)
        for gaps in product((" ", ZWNJ, ""), repeat=len(parts) - 1):
            if " " not in gaps:
                continue
            text = parts[0] + "".join(g + p for g, p in zip(gaps, parts[1:]))
            toks = tuple(text.split(" "))
            inner = range(1, len(toks) - 1) if len(toks) > 2 else range(len(toks))
            q = min(inner, key=lambda x: (freq(toks[x]), x))
            out.setdefault(toks[q], []).append((toks, q, c))
    for v in out.values():
        v.sort(key=lambda x: -len(x[0]))
    return out


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` as a trie, so that matching does not try each one."""
    tree: dict = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(c) + emit(sub) if c else "" for c, sub in sorted(node.items())]
        opt = "" in node
        alts = [a for a in alts if a]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if opt else body

    return emit(tree)


_SUFFIX_WORDS = sorted(LONE_SUFFIXES | WEAK_SUFFIXES)


def evidence_pattern() -> "re.Pattern[str]":
    """The definition of a line that shows its writer types spaces for joiners (a suffix,
    or می/نمی/بی, standing alone). The repair decides it from token flags, which the tests
    check against this pattern."""
    return re.compile(
        rf"(?:^|[\s(«\"])(?:{_trie(sorted(_MI_PREFIXES))}|بی) [{L}]|[{L}] {_trie(_SUFFIX_WORDS)}(?![{L}\u200c])"
    )


def _breaks(toks: list[str]) -> list[int]:
    """The indices of the line-break tokens, found by ``list.index`` (a C scan that
    compares pointers first: a one-character token is a shared object)."""
    out: list[int] = []
    index = toks.index
    i = -1
    try:
        while True:
            i = index("\n", i + 1)
            out.append(i)
    except ValueError:
        return out


#: A writer's habit holds for the text around the lines that show it: a line with at least
#: _HABIT_LINES lines showing spaces typed for joiners within _HABIT_WINDOW lines of it counts
#: as showing them too (in a text of one sentence a line, most lines have no suffix standing alone)
_HABIT_WINDOW, _HABIT_LINES = 2, 2


def _habit_lines(lines: list[int], count: int) -> list[int]:
    """The sorted line numbers that count as showing spaces typed for joiners: ``lines``
    (sorted, each showing them), and the lines of the ``count`` with ``_HABIT_LINES`` of
    them within ``_HABIT_WINDOW`` lines (found with C-level maps over a prefix sum)."""
    w = _HABIT_WINDOW
    marks = bytearray(count + 2 * w)  # line c at c + w
    for b in lines:
        marks[b + w] = 1
    acc = list(accumulate(marks, initial=0))
    # lines showing it within w of line c: acc[c + 2w + 1] - acc[c] (c itself counts only
    # when it shows it, and then it is kept anyway)
    near = map(ge, map(sub, acc[2 * w + 1:], acc[:count]), repeat(_HABIT_LINES))
    return list(compress(range(count), map(or_, marks[w:w + count], near)))


def _stray_suffix(w: str) -> str | None:
    """The suffix that ``w`` is, with a stray joiner inside (های‌ی -> هایی), or None: such a
    token joins the word before it as the suffix would."""
    if ZWNJ in w:
        g = w.replace(ZWNJ, "")
        if g in _SUFFIX_WORD_SET:
            return g
    return None


_STANDALONE_PREFIXES = _MI_PREFIXES | {"بی"}
#: What cannot follow an ezafe as its complement: a glued ‑های before one is read ‑ای
_NO_COMPLEMENT = frozenset(["که", "از", "را", "و", "به", "در", "با", "تا", "یا", "اما", "ولی", "نیز",
                            "برای", "است", "بود", "شد"])
_CLOSING_MARKS = ".,،؛:!?؟»)]"
#: what follows a participle in a verb phrase (انجام شده است, گرفته شده بودند, داده شده
#: و): the auxiliaries, conjunctions and suffixes standing alone; after one of these, a
#: participle stays apart
_AFTER_VERB = (frozenset(["است", "نیست", "هست", "هستند", "بوده", "نبوده", "شد", "شود",
                          "و", "که", "تا", "اما", "ولی", "یا"])
               | {aux + e for aux in ("بود", "نبود") for e in ("م", "ی", "", "یم", "ید", "ند")}
               | {aux + e for aux in ("باش", "نباش") for e in ("م", "ی", "د", "یم", "ید", "ند")}
               | LONE_SUFFIXES | WEAK_SUFFIXES)
_NO_COMPLEMENT_MARKS = frozenset(_CLOSING_MARKS)
_BEFORE_PREFIX = frozenset(" \t\n\r\f\v(«\"")
_SUFFIX_WORD_SET = frozenset(_SUFFIX_WORDS)
#: Words that may join a neighbour across a space on any line (a suffix, a productive
#: compound part, می/نمی/بی, a bound prefix): a token holding one is flagged STRONG.
_TRIGGER_WORDS = LONE_SUFFIXES | WEAK_SUFFIXES | PRODUCTIVE_SET | _MI_PREFIXES | {"بی"} | _BOUND_PREFIXES


@register
class FixZwnj(Step):
    """Restore missing joiners with the lexicon: dropped (استانها, میتواند, بهرهگیری) or
    typed as a space (استان ها, می تواند, بهره گیری).

    Repairs the verbal prefixes می and نمی before verb forms (not میدان, میلیون, میز);
    the suffixes ‑ها ‑های ‑هایی ‑هایشان ..., ‑تر ‑ترین after a known noun or adjective,
    clitics after a vowel (خانه‌ام, اجتماعی‌اش) and ‑ای after silent heh (هسته‌ای);
    perfects (رفته‌اند); compounds from the lexicon, inflected too (سرمایه‌داران), and
    productive ones (‑گیری ‑سازی ‑پذیر ‑مند ‑محور ...) after a known word; بی‌ before a
    known word; the ezafe ی typed apart after a silent heh (خانه ی -> خانه‌ی, which the
    ``ezafe`` step can then write هٔ or ۀ). After a non-joining letter the parts are
    written solid: داروها, بندرها.

    Leaves alone a word that is right as written (آنها, همچنین, دانشگاه, بیشتر), names,
    Latin text and whatever the lexicon cannot vouch for. A space is turned into a joiner
    only before a suffix that is never a word of its own, after می/نمی/بی, before the part
    of a known compound that is no word (بین المللی), or, for other compounds, on a line
    that shows its writer types spaces for joiners, or among such lines (two of the two
    lines before it and the two after: ``context_lines``); never after a non-joining letter
    (مورد نظر), across a function word or in a reduplication (کم کم), nor a participle in a
    verb phrase (انجام شده است; but آمار انجام‌شده از, where the lexicon tags it).
    Compounds of three parts or more that the lexicon tags as common words, and Latin
    acronyms spelled letter by letter, are joined wherever they are written apart (بی بی
    سی, سی تی اسکن, جی پی اس).

    ‑ای after silent heh and the plural ‑های (خانه‌ای or خان‌های) are weighed by the web
    counts of the two stems; before punctuation or a word that cannot follow an ezafe
    (که, از, را ...) only ‑ای is left (دسته‌ای که).

    Options: ``glued`` and ``spaced`` switch the two repairs, ``compounds`` the compounds.
    ``solid=true`` writes the parts it joins with no joiner between them (for search, after
    ``remove_zwnj``: a word is read as the next pass reads it, with no joiner inside, and
    می‌شد, میشد and می شد all come out میشد); its other changes, which only put joiners
    in, are then no changes.

    >>> FixZwnj()("استانها میتوانند بهرهگیری کنند")
    'استان\\u200cها می\\u200cتوانند بهره\\u200cگیری کنند'
    >>> FixZwnj()("می تواند در میدان")
    'می\\u200cتواند در میدان'
    """

    name = "fix_zwnj"
    summary = "restore missing joiners (glued or spaced) with the lexicon"
    OPTIONS = {"glued": (True, bool), "spaced": (True, bool), "compounds": (True, bool), "solid": (False, bool)}
    EXAMPLES = [("استان ها میتوانند بهره گیری کنند", "استان\u200cها می\u200cتوانند بهره\u200cگیری کنند")]

    def _setup(self) -> None:
        self._an: Analyzer | None = None

    @property
    def context_lines(self) -> int:
        # the spaced repair takes a writer's habit from the lines around a line
        return _HABIT_WINDOW if self.options["spaced"] else 0

    @property
    def an(self) -> Analyzer:
        if self._an is None:
            self._an = analyzer(self.options["compounds"])
        return self._an

    def apply(self, text: str) -> str:
        if self.options["solid"]:
            return apply_edits(text, self.edits(text))
        # a line break becomes a token of its own, which joins nothing: one pass over the
        # whole text, with no line-by-line work
        broken = "\n" in text
        toks, fixed, runs = self._plan(text.replace("\n", " \n ") if broken else text)
        if not runs:
            out = " ".join(fixed)
        else:
            # a run's first token becomes the joined form, the others are left out
            fixed = fixed if fixed is not toks else list(toks)
            keep = bytearray(b"\x01") * len(fixed)
            for k, j, joined in runs:
                fixed[k] = joined
                keep[k + 1:j + 1] = bytes(j - k)
            out = " ".join(compress(fixed, keep))
        return out.replace(" \n ", "\n") if broken else out

    def edits(self, text: str) -> Iterator[Edit]:
        if not self.options["solid"]:
            return self._edits(text)
        # the same edits with no joiner in what they write; those left writing what was
        # there are dropped
        return ((a, b, r.replace(ZWNJ, "")) for a, b, r in self._edits(text)
                if r.replace(ZWNJ, "") != text[a:b])

    def _edits(self, text: str) -> Iterator[Edit]:
        # planned as apply plans it (the whole text, a line break a token of its own), so
        # that a line is decided with the lines around it here too
        broken = "\n" in text
        toks, fixed, runs = self._plan(text.replace("\n", " \n ") if broken else text)
        if broken:
            # toks[m] starts at at[m] in ``text``: the spaces put around a line break are not in it
            at, pos = [], 0
            for m, t in enumerate(toks):
                at.append(pos)
                pos += 1 if t == "\n" else len(t) + (m + 1 >= len(toks) or toks[m + 1] != "\n")
            at.append(pos)
        else:
            at = list(accumulate((len(t) + 1 for t in toks), initial=0))
        runs.append((len(toks), len(toks), ""))  # a sentinel
        r = 0
        for m in compress(range(len(toks)), map(ne, fixed, toks)) if fixed is not toks else ():
            while runs[r][1] < m:
                k, j, joined = runs[r]
                yield at[k], at[j] + len(toks[j]), joined
                r += 1
            if runs[r][0] <= m:
                continue  # inside a run
            yield at[m], at[m] + len(toks[m]), fixed[m]
        for k, j, joined in runs[r:-1]:
            yield at[k], at[j] + len(toks[j]), joined

    def _plan(self, text: str) -> tuple[list[str], list[str], list[tuple[int, int, str]]]:
        """The text's space-separated tokens, each with its glued repair, and the runs of
        tokens ``(first, last, joined)`` that the spaced repair joins. A line break must
        stand alone as a token."""
        an = self.an
        glued = self.options["glued"]
        toks = text.split(" ")
        # each token is analysed once per process; then it is one lookup in C
        seen = list(map(an._tokens.get, toks))
        if None in seen:  # tokens not seen before
            an.learn(toks)
            seen = list(map(an._tokens.get, toks))
        fixed = cast("list[str]", seen) if glued else toks
        runs = self._runs(toks, fixed, glued)
        return toks, fixed, runs

    def _runs(self, toks: list[str], fixed: list[str], glued: bool) -> list[tuple[int, int, str]]:
        an = self.an
        spaced = self.options["spaced"]
        n = len(toks)
        # Gap k lies between toks[k] and toks[k + 1]. The gaps that may join hold a strong
        # part on either side or, on a line that shows spaces typed for joiners, parts of a
        # known compound on both; join_spaced decides. The search starts from the few
        # special tokens, found with one C-level scan.
        special = list(compress(range(n), map(an._special.__contains__, toks)))
        starts, ends, alts = an._starts, an._ends, an._alts
        if glued and alts:
            for i in compress(special, map(alts.__contains__, map(toks.__getitem__, special))):
                if an.no_complement_at(fixed, i + 1):  # (the next word as repaired: میپراند is a verb)
                    # «خانهای که», «نامهای نوشتند»: an ezafe needs a noun or an adjective
                    # after it (a line's end is no sign: text may be wrapped)
                    fixed[i] = alts[toks[i]]
        if not spaced:
            return []
        raw = toks
        changed = list(compress(range(n), map(ne, fixed, toks))) if glued else []
        if changed:
            # the spaced repair reads the words as the glued repair wrote them, as a second
            # pass would read them: «سی هفتهای می علی» is «سی هفته‌ای می علی» to it, which
            # it joins (with evidence) now rather than on the next pass (issue 15)
            toks = list(fixed)
            words = list(map(toks.__getitem__, changed))
            an.learn(words)
            now = set(compress(changed, map(an._special.__contains__, words)))
            special = sorted(now.union(set(special).difference(changed)))
        if not special:
            return []
        multi = an.multi_runs(toks, special)
        stoks = list(map(toks.__getitem__, special))
        # flags looked up in C: a strong part opens the gap after it (a start) or before it
        # (an end); a prefix or suffix standing alone beside a letter shows the line's spaces
        sfs = list(map(starts.__getitem__, stoks))
        efs = list(map(ends.__getitem__, stoks))
        cands = set(compress(special, map(and_, sfs, repeat(2))))
        cands.update(compress(map(sub, special, repeat(1)), map(and_, efs, repeat(2))))
        cands.discard(-1)
        shown = [i for i in compress(special, map(and_, sfs, repeat(PREFIX_ALONE)))
                 if i + 1 < n and ends[toks[i + 1]] & LETTER_START]
        shown += [i - 1 for i in compress(special, map(and_, efs, repeat(SUFFIX_ALONE)))
                  if i and starts[toks[i - 1]] & LETTER_END]
        evidence = bytearray(n)  # gap k lies on a line with evidence
        if shown:
            breaks = _breaks(toks)
            lines = sorted(set(bisect_left(breaks, k + 1) for k in shown))
            if len(lines) >= _HABIT_LINES:
                lines = _habit_lines(lines, len(breaks) + 1)
            spans: list[list[int]] = []  # runs of consecutive lines: one pass each
            for b in lines:
                if spans and spans[-1][1] == b - 1:
                    spans[-1][1] = b
                else:
                    spans.append([b, b])
            for top, bottom in spans:
                a = breaks[top - 1] + 1 if top else 0
                done = breaks[bottom] if bottom < len(breaks) else n
                evidence[a:done] = b"\x01" * (done - a)
                # parts of a known compound on both sides of a gap of these lines (no flag
                # of a line break joins it to anything)
                both = map(and_, map(starts.__getitem__, toks[a:done]), map(ends.__getitem__, toks[a + 1:done + 1]))
                cands.update(compress(range(a, done), map(and_, both, repeat(1))))
        cands.discard(n - 1)
        join = an.join_spaced
        adjectival = an._adjectival
        undecided: dict[int, str] = {}  # a run's first token -> its ‑ای reading, were a verb after it

        def grow(k: int, j: int, cur: str, left: Callable[[int], bool], hi: int) -> tuple[int, int, str]:
            """The run toks[k..j], joined as ``cur``, grown as a second pass over the joined
            form would grow it: over the gaps before it that ``left`` allows (برف پاک کن,
            where پاک کن joins first), and the tokens after it up to ``hi``, on each side
            again while the other side grew (می بی بی ام: بی‌بی‌ام is a verb's form to می)."""
            grew = True
            while grew:
                grew = False
                while j + 1 < hi and toks[j + 1] and j - k < _LONGEST_RUN:
                    merged = join(cur, toks[j + 1], evidence[j] == 1)
                    if merged is None or (merged in adjectival and not an.adjective_follows(toks, j + 2)):
                        break
                    cur, j, grew = merged, j + 1, True
                while left(k - 1) and j - k < _LONGEST_RUN:
                    merged = join(toks[k - 1], cur, evidence[k - 1] == 1)
                    if merged is None or (merged in adjectival and not an.adjective_follows(toks, j + 1)):
                        break
                    cur, k, grew = merged, k - 1, True
            if glued:
                r = an.token(cur)
                if cur in an._alts:
                    if an.no_complement_at(toks, j + 1):
                        r = an._alts[cur]  # آمار های نوشتند: read as the glued آمارهای would be (آماره‌ای)
                    else:
                        undecided[k] = an._alts[cur]  # (unless a run after it makes a verb: below)
                cur = r
            return k, j, cur

        # a multi-part compound takes the words beside it as a pair would (بی بی سی ها); the
        # pairs then join none of its tokens
        for m, (k, j, cur) in enumerate(multi):
            # (between the run before, as it grew, and the next, as it stands)
            lo, hi = multi[m - 1][1] if m else -1, multi[m + 1][0] if m + 1 < len(multi) else n
            multi[m] = grow(k, j, cur, lambda g: g > lo and bool(toks[g]), hi)  # (called at once)
        stops = [k for k, _, _ in multi] + [n]  # where the runs of pairs must stop
        if multi:
            taken = set(chain.from_iterable(range(k, j + 1) for k, j, _ in multi))
            cands = {k for k in cands if k not in taken and k + 1 not in taken}
        gaps = sorted(cands)
        # each candidate gap is decided by one memo lookup, made in C; only the gaps that
        # join are walked in Python (a run may go on past them: بی اعتنایی ها)
        pairs = an._pairs
        nxt = toks[1:]
        joins = list(map(pairs.__getitem__, zip(map(toks.__getitem__, gaps), map(nxt.__getitem__, gaps),
                                                map(evidence.__getitem__, gaps))))
        runs = []
        i = 0  # tokens before i are done
        # (the gaps that join are picked out in C: most candidates do not)
        for k, first in compress(zip(gaps, joins), joins):
            if k < i:
                continue  # joined into the previous run
            cur = cast(str, first)
            if cur in adjectival and not an.adjective_follows(toks, k + 2):
                continue
            i0 = i
            # (any gap back to the previous run, as the right side grows: the run is one
            # token to the next pass, which reads the gap before it by that token's flags)
            run = grow(k, k + 1, cur, lambda g: g >= i0 and bool(toks[g]), stops[bisect_left(stops, k)])
            runs.append(run)
            i = run[1] + 1
        runs = sorted(runs + multi) if multi else runs
        if glued and alts:
            # an ezafe before a run is read by the run as joined, as the next pass reads it:
            # «منظرهای می روبیدند» is «منظرهای می‌روبیدند», a verb after it (‑ای, see above)
            ends_at = {j: m for m, (_, j, _) in enumerate(runs)}
            for k, _, joined in runs:
                i = k - 1
                if not an.no_complement_at([joined], 0):
                    continue
                if i in ends_at:  # a run before this one (مند های نمی شناسند)
                    m = ends_at[i]
                    k0 = runs[m][0]
                    if k0 in undecided:
                        runs[m] = (k0, i, undecided[k0])
                elif i >= 0 and raw[i] in alts:
                    fixed[i] = alts[raw[i]]
        return runs
