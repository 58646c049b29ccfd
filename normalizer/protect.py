"""Spans no step may change: URLs, e-mail addresses, @mentions, #hashtags, Latin words and
identifiers (ISBN, IBAN, file names, version strings).

They are found once per text by the pipeline, and every edit that touches one is dropped,
whatever step made it. A text with no Latin letter, ``@``, ``#`` or ``://`` cannot hold one,
and skips the search (:func:`might_have`).

>>> text = "ایمیل a.b@example.com و https://x.ir/a?b=12 و #تگ۱"
>>> [text[s:e] for s, e in find(text)]
['a.b@example.com', 'https://x.ir/a?b=12', '#تگ۱']
"""
from __future__ import annotations

import regex

_HINT = regex.compile(r"[A-Za-z@#\uff20\uff03]|://")

_URL_TAIL = r"(?:[^\s<>\"'«»()\[\]{}،؛]|\([^\s()]*\))*(?<![.,;:!?؟،؛'\"»)\]])"
_PATTERN = regex.compile(
    "|".join([
        # scheme URLs and www. URLs (a trailing full stop or bracket is not part of them)
        r"(?:(?:https?|ftp|file)://|www\.)" + _URL_TAIL,
        # e-mail addresses
        r"[\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
        # bare domains with a path: example.com/a/b, digikala.com
        r"(?<![\w@.])[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|org|net|ir|io|edu|gov|info|co|me|dev|ai|app)\b(?:/" + _URL_TAIL + ")?",
        # @mentions and #hashtags (Persian ones too; a joiner may be inside)
        r"(?<![\w@])[@#][\w\u200c]+",
        # ISBN with its digits and hyphens
        r"ISBN(?:-1[03])?:?\s?[0-9Xx\-]{10,17}",
        # Latin words and identifiers, digits and inner dots, hyphens, colons included:
        # COVID-19, mp3, v2.1, IR820540102680020817909002, file_name.txt
        r"[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?:[.\-:/][A-Za-z0-9_]+)*",
    ]),
    regex.V0,
)


def might_have(text: str) -> bool:
    """Cheap test: could ``text`` hold a protected span at all?"""
    return _HINT.search(text) is not None


def find(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` spans of ``text`` that no step may change."""
    return [m.span() for m in _PATTERN.finditer(text)]
