"""The punctuation step: Persian comma, semicolon, question mark and quotes."""
from __future__ import annotations

import re
from typing import Any, Callable


from ..data.chars import ARABIC_LETTER_CLASS as L
from ..data.chars import ARABIC_LETTERS as _LETTERS
from ..pipeline import register
from ._base import MultiRegexStep

_MARKS = {",": "،", ";": "؛", "?": "؟"}


@register
class Punctuation(MultiRegexStep):
    """Persian punctuation in Persian text: , ; ? after a Persian word become ، ؛ ؟,
    and "..." or “...” around Persian words become «...» (``quotes=false`` keeps them).

    A mark counts as Persian only when the word before it is in the Arabic script, so
    1,000, 3.14, English sentences, URLs and code are left as written.

    >>> Punctuation()('گفت: "سلام, خوبی?"')
    'گفت: «سلام، خوبی؟»'
    >>> Punctuation()("1,000 and why?")
    '1,000 and why?'
    """

    name = "punctuation"
    summary = "Persian comma, semicolon, question mark and «» quotes"
    OPTIONS = {"quotes": (True, bool)}
    EXAMPLES = [('گفت: "سلام, خوبی?"', "گفت: «سلام، خوبی؟»")]

    def rules(self) -> list[tuple[Any, Callable[[Any], Any], str | None]]:
        def after_persian(t: str, i: int) -> bool:
            """Is t[i] (a mark) after a Persian word: a letter, harakat, spaces, then it?"""
            i -= 1
            while i >= 0 and t[i] == " ":
                i -= 1
            while i >= 0 and ("\u064b" <= t[i] <= "\u065f" or t[i] == "\u0670"):
                if t[i] in _LETTERS:  # the superscript alef is a letter too
                    return True
                i -= 1
            return i >= 0 and t[i] in _LETTERS

        def fix_marks(inner: str) -> str:
            return "".join(_MARKS[c] if c in _MARKS and after_persian(inner, i) else c
                           for i, c in enumerate(inner))

        def mark(m: Any) -> str:
            return _MARKS[m.group()] if after_persian(m.string, m.start()) else m.group()

        def quote(m: Any) -> str:
            inner = m.group("in") if m.group("in") is not None else m.group("in2")
            return "«" + fix_marks(inner) + "»"

        # the marks: only after a letter, a haraka or a space (checked in C), then the
        # word before them in Python (1,000 and Latin text are mostly ruled out in C)
        rules: list[tuple[Any, Callable[[Any], Any], str | None]] = [
            (re.compile(r"[,;?](?<=[" + L + r"\u064b-\u065f\u0670 ][,;?])"), mark, ",;?")]
        if self.options["quotes"]:
            # a quote around Persian text, with its marks fixed (those inside it are the
            # quote's: the merge drops the marks' own edits there)
            # (each pattern starts on its mark's character class: the scan jumps between them)
            # (the text to the next mark is looked into once, never backtracked over: an
            # unpaired quote costs one scan to the line's end, not one per letter after it)
            rules.insert(0, (re.compile(rf"[\"“](?:(?<=\")(?P<in>(?=[^\"\n]*?[{L}])[^\"\n]*+)\""
                                        rf"|(?<=“)(?P<in2>(?=[^“”\n]*?[{L}])[^“”\n]*+)”)"), quote, '"“'))
        return rules
