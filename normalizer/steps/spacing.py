"""Spacing steps: Unicode spaces, runs of spaces, and spaces around punctuation."""
from __future__ import annotations

from typing import Any, Callable

import re

from ..data import chars
from ..data.chars import ARABIC_LETTER_CLASS as L
from ..data.chars import ARABIC_LETTERS
from ..pipeline import register
from ._base import MultiRegexStep, RegexStep

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

    def needs(self, text: str) -> bool:
        # plain substring tests run at memory speed (one per odd space: a character-class
        # scan is several times slower)
        return ("  " in text or any(c in text for c in _S)
                or (self.options["strip"] and (" \n" in text or " \r" in text or text.endswith(" "))))


@register
class PunctuationSpacing(MultiRegexStep):
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

    def rules(self) -> list[tuple[Any, Callable[[Any], Any], str | None]]:
        letter = re.compile(rf"[{L}\u064b-\u065f\u0670]").match

        def closing(m: Any) -> list[tuple[int, int, str]]:
            t, s, c = m.string, m.start(), m.group()
            out = []
            if s and t[s - 1] == " " and t[s + 1:s + 2] != ".":
                # no space before a closing mark after a Persian word: «سلام ،» -> «سلام،»
                start = s - 1
                while start > 0 and t[start - 1] == " ":
                    start -= 1
                if start > 0 and letter(t[start - 1]):
                    out.append((start, s, ""))
            if c != "." and t[s + 1:s + 2] in ARABIC_LETTERS:
                # one after a mark followed by a Persian letter: «سلام،دنیا» -> «سلام، دنیا»
                out.append((s, s + 1, c + " "))
            return out

        def opening(m: Any) -> list[tuple[int, int, str]]:
            t, s, c = m.string, m.start(), m.group()
            out = []
            if c != "[" and s and letter(t[s - 1]):
                # one before an opening bracket after a Persian letter: «دنیا(» -> «دنیا (»
                out.append((s, s + 1, " " + c))
            e = s + 1
            while t[e:e + 1] == " ":
                e += 1
            if e > s + 1 and t[e:e + 1] in ARABIC_LETTERS:
                # none after an opening bracket: «( سلام» -> «(سلام»
                out.append((s + 1, e, ""))
            return out

        # one scan per family, starting only on a mark that has work (a space before a
        # closing mark or a letter after it; a letter before an opening one or a space after)
        return [
            (re.compile(rf"[،؛؟!:.)\]»](?:(?<= .)|(?=[{L}]))"), closing, "،؛؟!:.)]»"),
            (re.compile(rf"[(\[«](?:(?<=[{L}\u064b-\u065f\u0670].)|(?= +[{L}]))"), opening, "([«"),
        ]
