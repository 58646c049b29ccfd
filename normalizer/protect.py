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

import re


_HINT = re.compile(r"[A-Za-z@#]")

_URL_TAIL = r"(?:[^\s<>\"'«»()\[\]{}،؛]|\([^\s()]*\))*(?<![.,;:!?؟،؛'\"»)\]])"
_MAIN = [
    # scheme URLs and www. URLs (a trailing full stop or bracket is not part of them)
    r"(?:(?:https?|ftp|file)://|www\.)" + _URL_TAIL,
    # bare domains, with a path: example.com/a?b=1, digikala.com
    r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|org|net|ir|io|edu|gov|info|co|me|dev|ai|app)\b"
    r"(?:/" + _URL_TAIL + ")?",
    # @mentions and #hashtags (Persian ones too; a joiner may be inside)
    r"[@#][\w\u200c]+",
    # ISBN with its digits and hyphens
    r"ISBN(?:-1[03])?:? ?[0-9Xx\-]{10,17}",
    # Latin words and identifiers, digits and inner dots, hyphens, colons included:
    # COVID-19, mp3, v2.1, IR820540102680020817909002, file_name.txt
    r"(?:[A-Za-z]|[0-9_]+[A-Za-z])[A-Za-z0-9_]*(?:[.\-:/][A-Za-z0-9_]+)*",
]
# e-mail addresses come first where there is an @ (a costly pattern, so only then)
_EMAIL = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
# every span starts with one of these: the engine skips other characters before trying
# the alternatives (six times faster on text with Latin words in it)
_START = r"(?=[A-Za-z0-9_@#.%+\-])"
_PATTERNS: dict[bool, "re.Pattern[str]"] = {}  # compiled on first use, with e-mails or not


def _pattern(at: bool) -> "re.Pattern[str]":
    pattern = _PATTERNS.get(at)
    if pattern is None:
        pattern = _PATTERNS[at] = re.compile(_START + "(?:" + "|".join(([_EMAIL] if at else []) + _MAIN) + ")")
    return pattern


def might_have(text: str) -> bool:
    """Cheap test: could ``text`` hold a protected span at all?"""
    return _HINT.search(text) is not None


def find(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` spans of ``text`` that no step may change."""
    return [m.span() for m in _pattern("@" in text).finditer(text)]


def _placeholder(text: str) -> str:
    """A private-use character the text does not hold."""
    for cp in range(0xE000, 0xF900):
        ch = chr(cp)
        if ch not in text:
            return ch
    raise ValueError("no free private-use character to mask protected spans with")  # pragma: no cover


def mask(text: str) -> tuple[str, list[str], str]:
    """Hide the protected spans: each becomes a run, as long as itself, of one private-use
    character that no step changes (no step maps it, and it is neither a letter nor a
    space). Returns the masked text, the hidden strings in order, and the placeholder.
    """
    if not might_have(text):
        return text, [], ""
    # only lines with a Latin letter, @ or # can hold a span: where they are few, only they
    # are searched; where they are many, the rest of the text in one pass
    spans: list[tuple[int, int]] = []
    pos, n, lines = 0, len(text), 0
    while pos < n:
        m = _HINT.search(text, pos)
        if m is None:
            break
        start = text.rfind("\n", 0, m.start()) + 1
        lines += 1
        if lines > 32 and start < 2048 * lines:
            spans.extend(m.span() for m in _pattern("@" in text).finditer(text, start))
            break
        end = text.find("\n", m.end())
        if end < 0:
            end = n
        spans.extend((start + s, start + e) for s, e in find(text[start:end]))
        pos = end + 1
    if not spans:
        return text, [], ""
    ph = _placeholder(text)
    out: list[str] = []
    pos = 0
    hidden = []
    for s, e in spans:
        out.append(text[pos:s])
        out.append(ph * (e - s))
        hidden.append(text[s:e])
        pos = e
    out.append(text[pos:])
    return "".join(out), hidden, ph


def unmask(text: str, hidden: list[str], ph: str) -> str:
    """Put the hidden strings back into the placeholder runs, in order."""
    if not hidden:
        return text
    out: list[str] = []
    pos = 0
    it = iter(hidden)
    find = text.find
    while True:
        start = find(ph, pos)  # a memchr-speed scan from one run to the next
        if start < 0:
            break
        out.append(text[pos:start])
        # neighbouring spans make one run: take as many hidden strings as fill it
        pos = start
        while pos < len(text) and text[pos] == ph:
            h = next(it)
            out.append(h)
            pos += len(h)
    out.append(text[pos:])
    return "".join(out)
