"""The punctuation step: Persian comma, semicolon, question mark and quotes."""
from __future__ import annotations

from typing import Any, Callable


from ..data.chars import ARABIC_LETTER_CLASS as L
from ..pipeline import register
from ._base import RegexStep

_MARKS = {",": "،", ";": "؛", "?": "؟"}


@register
class Punctuation(RegexStep):
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

    def rule(self) -> tuple[Any, Callable[[Any], str]]:
        import regex  # type: ignore[import-untyped]  # variable-width lookbehind, \p{...}: imported on first use

        mark = regex.compile(rf"(?<=[{L}][\u064b-\u065f\u0670]* *)[,;?]")
        alts = [mark.pattern]
        if self.options["quotes"]:
            alts.insert(0, rf"(?P<q>\"(?P<in>[^\"\n]*[{L}][^\"\n]*)\"|“(?P<in2>[^“”\n]*[{L}][^“”\n]*)”)")
        pattern = regex.compile("|".join(alts))

        def fix_marks(s: str) -> str:
            return mark.sub(lambda m: _MARKS[m.group()], s)

        def repl(m: Any) -> str:
            if m.lastgroup == "q" or (m.group(0)[:1] in '"“' and len(m.group(0)) > 1):
                inner = m.group("in") if m.group("in") is not None else m.group("in2")
                return "«" + fix_marks(inner) + "»"
            return _MARKS[m.group()]

        return pattern, repl

    def quick(self) -> str:
        return '[,;?"“]'
