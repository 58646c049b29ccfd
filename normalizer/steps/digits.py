"""The digits step: one digit set for the numbers of Persian text."""
from __future__ import annotations

import re
from typing import Iterator

from ..data import chars
from ..pipeline import Edit, Step, apply_edits, register
from ..protect import WORD_MARKS, is_word_mark

#: a run of digits of any of the three sets (its separators need no run of their own: the
#: digits on both sides of 3.11 have the same nearest letters)
_DIGITS = frozenset("".join(chars.DIGIT_SETS.values()))
KEYCAP = "\u20e3"  # COMBINING ENCLOSING KEYCAP: 1️⃣ is 1 + U+FE0F + U+20E3
VS16 = "\ufe0f"  # VARIATION SELECTOR-16 (emoji presentation)

_NONE, _ARABIC, _OTHER = 0, 1, 2


def _plain_chars() -> frozenset[str]:
    """The characters a line may hold and still have every digit in it converted (given
    an Arabic-script letter in it): the Arabic-script blocks, and the non-letters of ASCII,
    Latin-1 and General Punctuation (spaces, punctuation, ZWNJ, quotes, dashes)."""
    cps = [*range(0x80), *range(0xA0, 0x100), *range(0x2000, 0x2070)]
    cps += [cp for lo, hi in chars.ARABIC_SCRIPT_BLOCKS for cp in range(lo, hi + 1)]
    return frozenset(c for c in map(chr, cps)
                     if c != "\n" and (c in chars.ARABIC_SCRIPT_LETTERS or not c.isalpha()))


#: A character outside :func:`_plain_chars`: a letter of another script, a hidden word's
#: placeholder, a keycap, an emoji... A line that holds none and holds an Arabic-script
#: letter has every digit converted (the fast path of :meth:`Digits.apply`); a line that
#: holds one is read run by run. It changes no output, only which lines are read one
#: character at a time (most Persian lines with numbers are not).
_NOT_PLAIN = re.compile(f"[^{chars._char_class(_plain_chars())}]")
_ARABIC_LETTER = re.compile(f"[{chars.ARABIC_SCRIPT_CLASS}]")


def _script(c: str, _arabic: frozenset[str] = chars.ARABIC_SCRIPT_LETTERS) -> int:
    """The script of a character for the digit rule: an Arabic-script letter, a letter of
    another script (a Latin word or identifier the pipeline hid is one too), or no letter
    (a hidden URL, e-mail address or hashtag is none)."""
    if c in _arabic:
        return _ARABIC
    if c.isalpha() or is_word_mark(c):
        return _OTHER
    return _NONE


@register
class Digits(Step):
    """Write the digits of Persian text in one set: ``to=persian`` (۰-۹), ``latin`` (0-9)
    or ``arabic`` (٠-٩).

    Digits take the script of the words around them. A run of digits looks for the
    nearest letter on its left and on its right, as far as it must but never past its
    line, skipping spaces, punctuation, symbols, emoji and other digits (so 3.14, 1,000
    and 23:02 go as one, and a list of numbers goes with the words around it). It is
    converted when the nearest letters it finds are Arabic-script letters (سال 2024 ->
    سال ۲۰۲۴, 2024 سال too), and left as it is when either is a letter of another script
    (Latin, Cyrillic, Greek, Hebrew, CJK ...), a Latin word or identifier included
    (Python, COVID-19, mp3, which never change themselves): «نسخهٔ Python 3.11» keeps its
    3.11. A URL, an e-mail address or a hashtag is no letter and is skipped. A digit in a
    keycap emoji (1️⃣: digit + U+FE0F + U+20E3) is never converted. Separators are left as
    they are, so 3.14, 1,000, 23:02 and 2025-12-17 keep their shape.

    A line with no Arabic-script letter or mark (Latin, Cyrillic, Hebrew or CJK text, code,
    a blank line, a line of digits alone such as «2024» or «۱۴۰۳») is left alone by every
    step of a pipeline, byte for byte, indentation and runs of spaces included, whatever
    its neighbouring lines are (see ``normalizer.protect``; ``lowercase`` is the one step
    that still works inside it).

    ``other_scripts=convert`` converts every digit wherever it is, and makes the pipeline
    normalize lines with no Arabic-script letter like any other (the ``search`` preset,
    so that 123 and ۱۲۳ meet).

    >>> Digits(to="latin")("۱۴۰۳ و ٣٫٥")
    '1403 و 3٫5'
    >>> Digits()("ساعت 23:02 در https://x.ir/a?b=12")
    'ساعت ۲۳:۰۲ در https://x.ir/a?b=12'
    >>> Digits()("نسخهٔ 3.11 از Python 3.11 و 1️⃣")
    'نسخهٔ ۳.۱۱ از Python 3.11 و 1️⃣'
    """

    name = "digits"
    summary = "digits of Persian text to one set (persian, latin or arabic)"
    OPTIONS = {"to": ("persian", ("persian", "latin", "arabic")),
               "other_scripts": ("keep", ("keep", "convert"))}
    EXAMPLES = [("ساعت 23:02، ٣٤٥ تومان", "ساعت ۲۳:۰۲، ۳۴۵ تومان"),
                ("نسخهٔ 3 از Python 3", "نسخهٔ ۳ از Python 3")]

    def _setup(self) -> None:
        target = chars.DIGIT_SETS[self.options["to"]]
        table: dict[str, str] = {}
        for src in chars.DIGIT_SETS.values():
            table.update((a, b) for a, b in zip(src, target) if a != b)
        self._trans = str.maketrans(table)
        self._sources = tuple(table)
        one = re.compile("[" + "".join(table) + "]")
        self._any, self._each = one.search, one.finditer
        self._table = table
        self._all = self.options["other_scripts"] == "convert"

    def edits(self, text: str) -> Iterator[Edit]:
        # one edit per digit, as a character map makes
        for s, e, new in self._runs(text):
            for i, c in enumerate(new, s):
                if text[i] != c:
                    yield i, i + 1, c

    def _runs(self, text: str) -> Iterator[Edit]:
        """The runs of digits to convert, as whole-run edits."""
        trans, everywhere = self._trans, self._all
        # the nearest letters found so far: left of the run before (with where that run ended)
        # and right of a run (with where that letter is), so that a line of many numbers is
        # read once, not once per number
        prev_end, prev_left = -1, _NONE
        right_at, right = -1, _NONE
        n = len(text)
        for s, e in self._digit_runs(text):
            run = text[s:e]
            if e < n and (text[e] == KEYCAP or (text[e] == VS16 and text[e + 1:e + 2] == KEYCAP)):
                run = run[:-1]  # the keycap's digit stays
            new = run.translate(trans)
            # the nearest letter on the left (within the line)
            i, left = s - 1, _NONE
            while i >= 0:
                if i < prev_end:
                    left = prev_left  # only non-letters since the run before
                    break
                c = text[i]
                if c == "\n":
                    break
                left = _script(c)
                if left:
                    break
                i -= 1
            prev_end, prev_left = e, left
            if new == run:
                continue
            if not everywhere:
                if left == _OTHER:
                    continue
                if right_at < e:
                    j, right = e, _NONE
                    while j < n:
                        c = text[j]
                        if c == "\n":
                            break
                        right = _script(c)
                        if right:
                            break
                        j += 1
                    right_at = j
                if right == _OTHER or (left == right == _NONE):
                    continue
            yield s, s + len(run), new

    def _digit_runs(self, text: str) -> Iterator[tuple[int, int]]:
        """The spans of the runs of digits that hold a digit to convert, in order: each of
        :meth:`_positions` grown over the digits of every set beside it."""
        end, n = -1, len(text)
        for i in self._positions(text):
            if i < end:
                continue  # (in the run found last)
            start = end = i
            while start > 0 and text[start - 1] in _DIGITS:
                start -= 1
            while end < n and text[end] in _DIGITS:
                end += 1
            yield start, end

    def apply(self, text: str) -> str:
        """The rule of :meth:`edits`, read run by run only on the lines that need it.

        Most lines holding a digit to convert hold an Arabic-script letter and no letter of
        another script, hidden word or keycap (:data:`_NOT_PLAIN`): every digit in them is
        converted, one character each. The other lines go through :meth:`_runs`, which
        never reads past a line break, so that each is the same alone as within the text.
        """
        at = self._positions(text)
        if not at:
            return text
        bad, arabic, table = _NOT_PLAIN.search, _ARABIC_LETTER.search, self._table
        out: list[str] = []
        n, pos, le, plain = len(text), 0, -1, True
        for p in at:
            if p >= le:  # a new line: is it plain?
                ls = text.rfind("\n", 0, p) + 1
                le = text.find("\n", p)
                if le < 0:
                    le = n
                plain = bad(text, ls, le) is None and arabic(text, ls, le) is not None
                if not plain:
                    out.append(text[pos:ls])
                    line = text[ls:le]
                    edits = list(self._runs(line))
                    out.append(apply_edits(line, edits) if edits else line)
                    pos = le
            if plain:
                out.append(text[pos:p])
                out.append(table[text[p]])
                pos = p + 1
        if not out:
            return text
        out.append(text[pos:])
        return "".join(out)

    def _positions(self, text: str) -> list[int]:
        """The sorted places of the digits of ``text`` that the step may convert."""
        if len(text) < 4096:  # a short text: one scan is cheaper than twenty calls
            return [m.start() for m in self._each(text)] if self._any(text) is not None else []
        # str.find runs at memory speed (a character-class scan costs ~5 ms per MiB)
        at: list[int] = []
        find, most = text.find, len(text) >> 6
        for c in self._sources:
            i = find(c)
            while i >= 0:
                at.append(i)
                i = find(c, i + 1)
            if len(at) > most:
                return [m.start() for m in self._each(text)]
        at.sort()
        return at
