"""Zero-width non-joiner (ZWNJ, U+200C, نیم‌فاصله) steps.

* ``clean_zwnj``: joiners where none belongs (runs, next to a space, punctuation, the edge
  of a word, after a non-joining letter) are removed; joiners between letters are kept.
* ``fix_zwnj``: missing joiners restored with the lexicon, whether the joiner was dropped
  (استانها, میتواند, بهرهگیری) or typed as a space (استان ها, می تواند).
* ``remove_zwnj``: every joiner removed or made a space (search; lossy).
"""
from __future__ import annotations

import re
from itertools import accumulate, compress
from typing import Any, Callable, Iterable, Iterator

import regex

from ..data import chars
from ..data.chars import ARABIC_LETTER_CLASS as L
from ..data.chars import NON_JOINING, ZWNJ
from ..pipeline import Edit, Step, apply_edits, register
from ._base import RegexStep

_MARKS = "\u064b-\u065f\u0670"
_MARK_CHARS = "".join(map(chr, range(0x064B, 0x0660))) + "\u0670"


@register
class CleanZwnj(RegexStep):
    """Remove joiners where none belongs, keep every joiner between two joining letters.

    Collapses runs of ZWNJ to one; removes a ZWNJ next to a space, a line break,
    punctuation, a digit or the edge of the text, and one after a non-joining letter
    (ا د ذ ر ز ژ و), where it is invisible: «بندر‌ها» -> «بندرها». Leaves alone a ZWNJ
    between letters of other scripts (it matters in Indic scripts).

    >>> CleanZwnj()("کتاب\\u200c\\u200cها بندر\\u200cها \\u200cمی")
    'کتاب\\u200cها بندرها می'
    """

    name = "clean_zwnj"
    summary = "remove stray joiners (runs, edges, after non-joining letters)"
    EXAMPLES = [("کتاب\u200c\u200cها و بندر\u200cها", "کتاب\u200cها و بندرها")]

    def rule(self) -> tuple[Any, Callable[[Any], str]]:
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
            return "" if prev in NON_JOINING else ZWNJ

        return regex.compile("\u200c+"), repl

    def quick(self) -> str:
        # every branch starts on the joiner itself, so the scan jumps from one to the next
        return r"\u200c(?:(?=[\W\d_])|\Z|(?<=[\W\d_اآأإٱدذرزژوؤۀةە]\u200c))"

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
        return regex.compile("\u200c+"), lambda m: rep


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
_MI_PREFIXES = frozenset(p + m for p in ("",) + PREVERBS for m in ("می", "نمی"))
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
    "گذاران", "سازان", "آموزان", "پردازان", "وری",
], key=len, reverse=True)
#: Parts written solid after a consonant and joined only after silent heh (هدفمند but
#: علاقه‌مند, دیندار but خانه‌دار).
HEH_ONLY = ("مند", "دار", "وری")
PRODUCTIVE_SET = frozenset(PRODUCTIVE)
NOUNISH = frozenset(["N", "AJ"])
_NOUN = frozenset(["N"])
_ENDINGS = ("یم", "ید", "ند", "م", "ی", "د")


def _join(a: str, b: str) -> str:
    if not a or not b:
        return a + b
    return a + b if a[-1] in NON_JOINING else a + ZWNJ + b


class Analyzer:
    """Decides, word by word, where joiners go. One per process and option set; memoized."""

    def __init__(self, compounds: bool) -> None:
        from .. import lexicon

        self.lex = lexicon.load()
        self.compounds = compounds
        self._words: dict[str, str] = {}
        self._tokens: dict[str, str] = {}  # token -> its repaired form (a plain dict: fast)
        #: tokens holding a word that may join its neighbour across a space (a suffix, a
        #: bound compound part, می/نمی/بی); every token in ``_tokens`` has been classified.
        #: Lines with none of them skip the spaced repair.
        self.triggers: set[str] = set()
        #: token -> (what comes before its last word, its last word) and
        #: token -> (its first word, what comes after it), for the spaced joins
        self._tails: dict[str, tuple[str, str] | None] = _Memo(self._tail)
        self._heads: dict[str, tuple[str, str] | None] = _Memo(self._head)
        #: word -> it is no word of its own (المللی, کوپتر): the second part of a compound
        self._bound: dict[str, bool] = _Memo(self._is_bound)
        self._core = regex.compile(rf"[{L}{_MARKS}\u200c]+")
        lex = self.lex
        #: function words (never part of a compound): stopwords that are not nouns or adjectives
        #: (hazm's list also holds جمع, دار, اکنون, برداری, which compounds are made of)
        function = frozenset(["PRO", "DET", "CONJ", "P", "PREP", "POSTP"])
        self.stop = frozenset(w for w in lex.stop if not (lex.tags(w) & NOUNISH) or lex.tags(w) & function
                              or w in ("یک", "دو", "سه")) - PRODUCTIVE_SET

    # -- single words ---------------------------------------------------------------
    def word(self, w: str) -> str:
        r = self._words.get(w)
        if r is None:
            if len(self._words) > 500_000:
                self._words.clear()
            bare = w.rstrip(_MARK_CHARS)
            if len(bare) < len(w):  # هفته‌نامهٔ: the ezafe hamza (or a haraka) after the word
                r = self.word(bare) + w[len(bare):]
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
            if j is not None and j.replace(ZWNJ, "") == glued and len(j.split(ZWNJ)) > len(t.split(ZWNJ)):
                return j
            return ZWNJ.join(self.word(p) for p in t.split(ZWNJ))
        j = self._known(t)
        if j is not None:
            return j
        if t in lex.solid:
            return t
        r = self._suffix(t)
        if r is not None:
            return r
        if self.compounds:
            r = self._compound(t, strict=t in lex.weak)
            if r is not None:
                return r
        return t

    def _known(self, glued: str) -> str | None:
        """The joined spelling the lexicon gives for a glued form (compounds by option)."""
        j = self.lex.joined.get(glued)
        if j is None and self.compounds:
            j = self.lex.compounds.get(glued)
        return j

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
        if weak and len(stem) >= 3 and lex.weak.get(stem, 0) >= 5_000:
            return stem, _NOUN, lex.weak[stem] // 20 + 1
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
        if stem[-1] == "ی" and len(stem) >= 4 and stem[:-1] in lex.words:
            # a relational adjective or abstract noun: اجتماعی, دانشجویی
            f, tags = lex.words[stem[:-1]]
            if tags & NOUNISH:
                return stem, NOUNISH, max(f // 10, 1)
        if self.compounds and len(stem) >= 5:
            c = self._compound(stem)
            if c is not None:
                return c, NOUNISH, 1
        return None

    def _is_bound(self, w: str) -> bool:
        lex = self.lex
        return (len(w) >= 2 and ZWNJ not in w and w not in lex.words and lex.weak.get(w, 0) < 1000
                and w not in lex.solid and w not in lex.joined and w not in lex.compounds
                and not self._finite(w)
                and not (w[-1] == "ی" and (w[:-1] in lex.words or w[:-1] in lex.weak))  # ایفای
                and self._suffix(w) is None)

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

        # خانهای: خانه‌ای or خان‌های? when both stems are counted on the web, those counts
        # decide (hazm's corpus counts خان above خانه)
        web = self.lex.web
        if not (t.endswith("های") and web.get(t[:-3]) and web.get(t[:-2])):
            web = {}

        def consider(stem: str, suffix: str, need: frozenset, vowel_final: str = "",
                     weak: bool = False, penalty: int = 1) -> None:
            nonlocal best
            if len(stem) < (4 if vowel_final else 2):
                return
            if vowel_final and stem[-1] not in vowel_final:
                return
            s = self._stem(stem, weak)
            if s is None:
                return
            spelling, tags, freq = s
            if not (tags & need) or (spelling in DEMONSTRATIVES and suffix.startswith("ها")):
                return
            if web and suffix in ("ای", "های"):
                freq = web[stem]
            cand = _join(spelling, suffix)
            freq //= penalty
            if best is None or freq > best[0]:
                best = (freq, cand)

        for suf in PLURAL:
            if t.endswith(suf):
                consider(t[: -len(suf)], suf, _NOUN, weak=True)
        for suf in COMPARATIVE:
            if t.endswith(suf):
                consider(t[: -len(suf)], suf, frozenset(["AJ"]))
        for suf in CLITIC:
            if t.endswith(suf):
                consider(t[: -len(suf)], suf, NOUNISH, vowel_final="هی")
                if t[-len(suf) - 2:-len(suf)] == "یی":  # تنهایی‌ام, دانشجویی‌اش
                    consider(t[: -len(suf)], suf, _NOUN, vowel_final="ی", weak=True)
        for suf in CLITIC_HEH:
            if t.endswith(suf):
                consider(t[: -len(suf)], suf, NOUNISH, vowel_final="ه")
        if t.endswith("ای") and t[-3:-2] == "ه":
            # هسته‌ای or هست‌های, دسته‌ای or دست‌های? the stems' frequencies decide, with the
            # plural (the commoner ending) favoured two to one
            consider(t[:-2], "ای", NOUNISH, penalty=2, weak=True)
        if t.endswith("ای") and t[-3:-2] == "ی" and len(t) >= 7:
            consider(t[:-2], "ای", NOUNISH)  # سنتی‌ای, فضایی‌ای
        if best is None:
            if t.endswith(("دهاند", "تهاند")) and len(t) >= 7:
                return t[:-3] + ZWNJ + "اند"  # the perfect of a verb the lexicon lacks
            for pv in PREVERBS:
                for neg in ("می", "نمی"):
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
        m = regex.fullmatch(r"(.{2,})به\1", t)
        if m and m.group(1) in lex.words and not strict:
            x = m.group(1)
            return _join(_join(x, "به"), x)
        for part in PRODUCTIVE:
            if t.endswith(part) and len(t) - len(part) >= 2:
                a = t[: -len(part)]
                if a[-1] in NON_JOINING:
                    continue
                if strict and (a not in lex.words or a[-1] != "ه"):
                    continue  # هدفمندی, عکسبرداری are written solid; علاقه‌مندی is not
                if part.startswith(HEH_ONLY) and a[-1] != "ه":
                    continue
                s = self._stem(a) if a not in self.stop else None
                if s is not None and s[1] & NOUNISH:
                    return _join(s[0], part)
        if strict:
            return None
        if t.startswith("بی") and len(t) >= 4:
            rest = t[2:]
            f, tags = lex.words.get(rest, (0, frozenset()))
            if not tags and rest.endswith("ی"):  # بی‌تعادلی: بی + a noun + ی
                f, tags = lex.words.get(rest[:-1], (0, frozenset()))
            if tags & NOUNISH and f >= 1000 and rest not in self.stop and rest[:-1] not in self.stop:
                return "بی" + ZWNJ + rest
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

    def _fix_token(self, tok: str) -> str:
        if any(w in _TRIGGER_WORDS or self._bound[w] for w in self._core.findall(tok)):
            self.triggers.add(tok)
        return self._core.sub(lambda m: self.word(m.group()), tok)

    def learn(self, tokens: Iterable[str]) -> list[str]:
        """Analyse the tokens not seen before (and classify them as triggers or not).

        Returns the new tokens that hold a line break (the last word of a line glued to the
        first of the next by a split on spaces): nearly every one is new, so the caller
        :meth:`forget` them when done, and the memo stays as large as the vocabulary, not
        as the number of lines.
        """
        memo = self._tokens
        new = set(tokens).difference(memo)  # an exact dict: looked up in C, not iterated
        if not new:
            return []
        if len(memo) > 1_000_000:  # bounded memory on endless corpora
            memo.clear()
            self.triggers.clear()
            new = set(tokens)
        for t in new:
            memo[t] = self._fix_token(t)
        return [t for t in new if "\n" in t]

    def forget(self, tokens: list[str]) -> None:
        memo, triggers = self._tokens, self.triggers
        for t in tokens:
            memo.pop(t, None)
            triggers.discard(t)

    def _tail(self, tok: str) -> tuple[str, str] | None:
        last = None
        for last in self._core.finditer(tok):
            pass
        # the last word must end the token: «کتاب،» does not join what follows
        if last is None or last.end() != len(tok):
            return None
        return tok[: last.start()], last.group()

    def _head(self, tok: str) -> tuple[str, str] | None:
        m = self._core.match(tok)
        return (m.group(), tok[m.end():]) if m else None

    # -- spaced joins ------------------------------------------------------------------
    def join_spaced(self, a: str, b: str, evidence: bool) -> str | None:
        """The joined form of tokens ``a`` and ``b`` (a space between them), or None."""
        ta, hb = self._tails[a], self._heads[b]
        if ta is None or hb is None:
            return None
        (pre, ac), (bc, post) = ta, hb
        if ac == bc or ac.endswith(ZWNJ) or bc.startswith(ZWNJ):
            return None
        if (not evidence and bc not in _TRIGGER_WORDS and ac not in _TRIGGER_WORDS
                and not self._bound[bc]):
            return None  # nothing can join these two (the common case, decided fast)
        lex = self.lex
        glued = ac.replace(ZWNJ, "") + bc.replace(ZWNJ, "")
        joined: str | None = None
        if bc in LONE_SUFFIXES:
            r = self.word(ac + bc)
            joined = r if _boundary_ok(r, ac, bc) else _join(self.word(ac), bc)
        elif bc in WEAK_SUFFIXES:
            r = self.word(ac + bc)
            if _boundary_ok(r, ac, bc):
                joined = r
            elif ac[-1] in "هی" and len(ac) >= 3 and (self._stem(ac, weak=True) or self._known(ac.replace(ZWNJ, ""))):
                # خانه ای, رفته ام, سنتی ای: the space shows where the suffix begins
                joined = _join(self.word(ac), bc)
        elif ac in _MI_PREFIXES:
            j = self.word(glued) if ac not in ("می", "نمی") else lex.joined.get(glued)
            if j is None and ac in ("می", "نمی") and self._finite(bc):
                j = ac + ZWNJ + bc  # می دانی: glued, میدانی is a word (of the square); spaced, a verb
            if j is not None and _boundary_ok(j, ac, bc):
                joined = j
        elif ac == "بی":
            # بی standing alone is the prefix (بی اعتنایی, بی شک) unless the next word is a
            # function word (بی آن که)
            known = (lex.tags(bc) & NOUNISH or lex.weak.get(bc, 0) >= 20_000
                     or (bc[-1] == "ی" and lex.tags(bc[:-1]) & NOUNISH)
                     or (bc.endswith(("یی", "انه")) and lex.tags(bc[:-2 if bc[-1] == "ی" else -3]) & NOUNISH))
            if (known and len(bc) >= 2 and bc not in self.stop and ZWNJ not in bc
                    and not bc.startswith(("می", "نمی", "بی"))):
                joined = "بی" + ZWNJ + self.word(bc)
        elif self.compounds:
            # a compound of the lexicon: when its second part cannot stand alone (آموز, گیری),
            # or on a line that shows spaces typed for joiners; never with a function word
            # (هم, پیش) unless the lexicon tags the whole compound
            j = lex.compounds.get(glued)
            if j is None and evidence and _join(ac, bc) in lex.words:
                j = _join(ac, bc)  # جنایت کار: hazm tags جنایت‌کار as a word of its own
            if bc.endswith("ه") and bc[:-1] in lex.stems:
                j = None  # a participle (کشته شده, گرفته شده): a verb phrase, not a compound
            function = ac in self.stop or bc in self.stop
            prefix = ac in _PREFIX_WORDS and bc not in self.stop
            if j is not None and _boundary_ok(j, ac, bc):
                # (after a function word too when the second part is no word: بین المللی)
                if ((bc in PRODUCTIVE_SET and not function) or (self._bound[bc] and len(ac) >= 3)
                        or (evidence and j in lex.words and (prefix or not function))):
                    joined = j
            elif bc in PRODUCTIVE_SET and ac[-1] not in NON_JOINING and not function:
                s = self._stem(ac)
                if s is not None and s[1] & NOUNISH and not (bc.startswith(HEH_ONLY) and ac[-1] != "ه"):
                    joined = _join(s[0], bc)
        if joined is None:
            return None
        return pre + joined + post


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

    def __init__(self, fn: Callable[[str], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: str) -> Any:
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
#: A line that shows its writer types spaces for joiners (a suffix or می standing alone).
_EVIDENCE = re.compile(
    rf"(?:^|[\s(«\"])(?:{_trie(sorted(_MI_PREFIXES))}|بی) [{L}]|[{L}] {_trie(_SUFFIX_WORDS)}(?![{L}\u200c])"
)
#: Words that may join a neighbour across a space (a suffix, a compound part, می/نمی/بی):
#: a line holding one goes through the spaced repair, word by word.
_TRIGGER_WORDS = LONE_SUFFIXES | WEAK_SUFFIXES | PRODUCTIVE_SET | _MI_PREFIXES | {"بی"}


@register
class FixZwnj(Step):
    """Restore missing joiners with the lexicon: dropped (استانها, میتواند, بهرهگیری) or
    typed as a space (استان ها, می تواند, بهره گیری).

    Repairs the verbal prefixes می and نمی before verb forms (not میدان, میلیون, میز);
    the suffixes ‑ها ‑های ‑هایی ‑هایشان ..., ‑تر ‑ترین after a known noun or adjective,
    clitics after a vowel (خانه‌ام, اجتماعی‌اش) and ‑ای after silent heh (هسته‌ای);
    perfects (رفته‌اند); compounds from the lexicon and productive ones (‑گیری ‑سازی
    ‑پذیر ‑مند ‑محور ...) after a known word; بی‌ before a known word. After a
    non-joining letter the parts are written solid: داروها, بندرها.

    Leaves alone a word that is right as written (آنها, همچنین, دانشگاه, بیشتر), names,
    Latin text and whatever the lexicon cannot vouch for. A space is turned into a joiner
    only before a suffix that is never a word of its own, after می/نمی/بی, or, for
    compounds, on a line that shows its writer types spaces for joiners; never across a
    function word or in a reduplication (کم کم).

    Options: ``glued`` and ``spaced`` switch the two repairs, ``compounds`` the compounds.

    >>> FixZwnj()("استانها میتوانند بهرهگیری کنند")
    'استان\\u200cها می\\u200cتوانند بهره\\u200cگیری کنند'
    >>> FixZwnj()("می تواند در میدان")
    'می\\u200cتواند در میدان'
    """

    name = "fix_zwnj"
    summary = "restore missing joiners (glued or spaced) with the lexicon"
    OPTIONS = {"glued": (True, bool), "spaced": (True, bool), "compounds": (True, bool)}
    EXAMPLES = [("استان ها میتوانند بهره گیری کنند", "استان\u200cها می\u200cتوانند بهره\u200cگیری کنند")]

    def _setup(self) -> None:
        self._an: Analyzer | None = None

    @property
    def an(self) -> Analyzer:
        if self._an is None:
            self._an = analyzer(self.options["compounds"])
        return self._an

    def apply(self, text: str) -> str:
        an = self.an
        toks = text.split(" ")
        transient = an.learn(toks)  # each token analysed once per process; then lookups in C
        try:
            return self._apply(text, toks)
        finally:
            an.forget(transient)

    def _apply(self, text: str, toks: list[str]) -> str:
        an = self.an
        glued = self.options["glued"]
        fast = " ".join(map(an._tokens.__getitem__, toks)) if glued else text
        if not self.options["spaced"] or an.triggers.isdisjoint(toks):
            return fast
        # Lines holding a trigger (a suffix, می, بی ...) may hold joiners typed as spaces:
        # they are redone word by word; the others keep the fast path's result (the glued
        # repair never adds or removes a line, so lines correspond one to one).
        hits = compress(range(len(toks)), map(an.triggers.__contains__, toks))
        ends = list(accumulate(map(len, toks)))  # token i ends at ends[i] + i
        redo: set[int] = set()
        line = pos = 0
        for i in hits:
            b = ends[i] + i
            a = b - len(toks[i])
            line += text.count("\n", pos, a)
            pos = a
            redo.update(range(line, line + text.count("\n", a, b) + 1))
        lines_in = text.split("\n")
        lines_out = fast.split("\n")
        for k in redo:
            lines_out[k] = apply_edits(lines_in[k], self._line_edits(lines_in[k], 0, glued))
        return "\n".join(lines_out)

    def edits(self, text: str) -> Iterator[Edit]:
        an = self.an
        glued, spaced = self.options["glued"], self.options["spaced"]
        pos = 0
        for line in text.split("\n"):
            toks = line.split(" ")
            an.learn(toks)  # a line's tokens hold no line break: nothing to forget
            if spaced and not an.triggers.isdisjoint(toks):
                yield from self._line_edits(line, pos, glued)
            elif glued:
                p = pos
                for tok in toks:
                    r = an.token(tok)
                    if r != tok:
                        yield p, p + len(tok), r
                    p += len(tok) + 1
            pos += len(line) + 1

    def _line_edits(self, line: str, offset: int, glued: bool) -> Iterator[Edit]:
        an = self.an
        toks = []
        p = 0
        evidence = bool(_EVIDENCE.search(line))
        for t in line.split(" "):
            toks.append((p, t))
            p += len(t) + 1
        i = 0
        n = len(toks)
        while i < n:
            start, cur = toks[i]
            j = i
            while j + 1 < n and toks[j + 1][1]:
                merged = an.join_spaced(cur, toks[j + 1][1], evidence)
                if merged is None:
                    break
                cur = merged
                j += 1
            end = toks[j][0] + len(toks[j][1])
            if glued:
                cur = an.token(cur)
            if cur != line[start:end]:
                yield offset + start, offset + end, cur
            i = j + 1
