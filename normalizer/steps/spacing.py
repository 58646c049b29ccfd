"""Spacing steps: Unicode spaces, runs of spaces, and spaces around punctuation."""
from __future__ import annotations

from typing import Any, Callable

import re

from ..data import chars
from ..data.chars import ARABIC_LETTER_CLASS as L
from ..pipeline import register
from ._base import RegexStep

_S = chars.SPACES


@register
class UnifySpaces(RegexStep):
    """Unicode spaces (no-break, thin, ideographic ...) to a plain space, runs of spaces to
    one, and spaces at the end of a line removed (``strip=false`` keeps them).

    Tabs and line breaks are left alone: columns and lines keep their shape.

    >>> UnifySpaces()("سلام\\u00a0  دنیا ")
    'سلام دنیا'
    """

    name = "unify_spaces"
    summary = "Unicode spaces to ' ', runs collapsed, line ends stripped"
    OPTIONS = {"strip": (True, bool)}
    EXAMPLES = [("سلام\u00a0  دنیا ", "سلام دنیا")]

    def rule(self) -> tuple[Any, Callable[[Any], str]]:
        alts = [rf"(?P<run>[ {_S}]{{2,}})", rf"(?P<one>[{_S}])"]
        if self.options["strip"]:
            alts.insert(0, rf"(?P<end>[ {_S}]+(?=\r?\n|\r|\Z))")
        pattern = re.compile("|".join(alts))
        return pattern, lambda m: "" if m.lastgroup == "end" else " "

    def quick(self) -> str:
        return rf"[{_S}]|  " + (r"| (?=\r?\n|\r|\Z)" if self.options["strip"] else "")


@register
class PunctuationSpacing(RegexStep):
    """Spaces around punctuation in Persian text: none before ، ؛ ؟ ! : . ) » and none
    after ( «; one after ، ؛ ؟ ! : ) » and before ( « when a Persian letter follows or
    precedes directly.

    Only next to Arabic-script letters, so 3.14, 1,000, 23:02, URLs and Latin text keep
    their shape; a full stop never gets a space added (abbreviations such as ج.ا.ا).

    >>> PunctuationSpacing()("سلام ، دنیا( خوب )است")
    'سلام، دنیا (خوب) است'
    """

    name = "punctuation_spacing"
    summary = "spaces before/after punctuation and brackets in Persian text"
    EXAMPLES = [("سلام ، دنیا( خوب )است", "سلام، دنیا (خوب) است")]

    def rule(self) -> tuple[Any, Callable[[Any], str]]:
        letter = re.compile(rf"[{L}\u064b-\u065f\u0670]")
        pattern = re.compile(
            r"(?P<before> +)(?=[،؛؟!:.)\]»](?!\.))"
            rf"|(?P<inner>[(\[«] +)(?=[{L}])"
            rf"|(?P<after>[،؛؟!:)\]»])(?=[{L}])"
            r"|(?P<open>[(«])"
        )

        def repl(m: Any) -> str:
            kind, g = m.lastgroup, m.group()
            if kind == "after":
                return g + " "
            prev = m.string[m.start() - 1] if m.start() else ""
            after_letter = bool(prev) and bool(letter.match(prev))
            if kind == "before":
                return "" if after_letter else g
            opener = " " if after_letter and g[0] in "(«" else ""
            return opener + (g[0] if kind == "inner" else g)

        return pattern, repl

    def quick(self) -> str:
        return r" [،؛؟!:.)\]»]|[(\[«] |[،؛؟!:)\]»][^\W\d_]|[\w\u064b-\u065f\u0670][(«]"
