"""Spans no step may change: HTML tags and character references (``<b title="...">``,
``&quot;``, ``&#1234;``: markup, not text), URLs, e-mail addresses, @mentions, #hashtags,
Latin words and identifiers (ISBN, IBAN, file names, version strings), and whole lines that
are not Persian.

They are found once per text by the pipeline, and every edit that touches one is dropped,
whatever step made it. A text with no Latin letter, ``@``, ``#`` or ``://`` cannot hold one
of the first kind, and skips that search.

Whole lines (without their line break) are protected when

* they hold no Arabic-script letter or mark (:func:`foreign_lines`): Latin, Cyrillic, Hebrew, CJK
  text, code, numbers alone, blank lines: they come out byte for byte as they went in,
  indentation and runs of spaces included;
* they are written in another Arabic-script language, Urdu, Kurdish, Pashto, Sindhi or
  Uyghur (:func:`other_language_lines`).

A pipeline turns either off with an option (:func:`policy`).

>>> text = "ایمیل a.b@example.com و https://x.ir/a?b=12 و #تگ۱"
>>> [text[s:e] for s, e in find(text)]
['a.b@example.com', 'https://x.ir/a?b=12', '#تگ۱']
>>> text = "سطر فارسی\\n    x = 3  # n=10\\nیہ ایک کتاب ہے۔"
>>> [text[s:e] for s, e in lines(text)]
['    x = 3  # n=10', 'یہ ایک کتاب ہے۔']
"""
from __future__ import annotations

from typing import Any, Iterable

from . import _core

#: Where the placeholder of a protected *word* (a Latin word or identifier, an ISBN) is
#: taken from, so that a step can tell a hidden word (a letter of another script, to the
#: ``digits`` step) from a hidden URL, address or line (whose placeholder is taken from the
#: rest of the private use area, U+E001-EDFF). The core keeps the same range.
WORD_MARKS = ("\uee00", "\uefff")


def is_word_mark(c: str) -> bool:
    """Is ``c`` (in a masked text) the placeholder of a hidden word of another script?"""
    return WORD_MARKS[0] <= c <= WORD_MARKS[1]


def find(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` spans of ``text`` that no step may change."""
    return list(_core.find(text))


def foreign_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` (line breaks not included) that hold no Arabic-script
    letter or mark; empty lines are left out, there being nothing in them to hide. A line is
    what lies between two ``\\n``."""
    return list(_core.foreign_lines(text))


def is_other_language(line: str) -> bool:
    """Is ``line`` written in another Arabic-script language (Urdu, Kurdish, Pashto, Sindhi,
    Uyghur) rather than Persian?

    It scores a point for each letter Persian never uses (ٹ ڈ ڑ ں ێ ڵ ڕ ۆ ڤ ښ ځ ې ۇ ...) and
    one for each very common function word of those languages (ہے یہ میں سے / ئەم لە / کې چې
    ...). Two points make it another language; one point does where two words hold the
    letters Persian text gets stray from those keyboards (ے ہ ھ ە), else it is a stray typed
    into Persian. Those letters score nothing by themselves, so «كتاب ھای من», «خانە» and
    Persian written with ھ for every h stay Persian and are unified. (The tables and
    thresholds are in the core: ``src/chars.rs`` and ``src/protect.rs``.)

    >>> is_other_language("یہ ایک کتاب ہے۔"), is_other_language("کتاب ھای من")
    (True, False)
    """
    return bool(_core.is_other_language(line))


def other_language_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` (line breaks not included) that :func:`is_other_language`
    takes for another Arabic-script language."""
    return list(_core.other_language_lines(text))


def lines(text: str, foreign: bool = True, other: bool = True) -> list[tuple[int, int]]:
    """The sorted spans of the lines a pipeline leaves as written: :func:`foreign_lines`
    (unless ``foreign`` is false) and :func:`other_language_lines` (unless ``other`` is)."""
    return list(_core.lines(text, foreign, other))


def policy(steps: Iterable[Any]) -> tuple[bool, bool]:
    """Which whole lines a pipeline of these steps leaves as written, as ``(foreign, other)``
    for :func:`lines`: lines with no Arabic-script letter unless a ``digits`` step has
    ``other_scripts=convert`` (every digit converted, as search wants: then such lines are
    normalized like any text), and lines of other Arabic-script languages unless an
    ``unify_letters`` step has ``other_scripts=convert`` (Persian typed on an Urdu or
    Kurdish keyboard)."""
    from .pipeline import Pipeline

    return Pipeline(list(steps))._protect


def sets_policy(step: Any) -> bool:
    """Does ``step`` turn a protection of whole lines off (see :func:`policy`)? A pipeline's
    explanation names it even where it made no edit, so that its plan replays the same."""
    return tuple(step._core.protect) != (True, True)


def mask(text: str, foreign: bool = True, other: bool = True) -> tuple[str, list[str], str]:
    """Hide the protected spans: each becomes a run, as long as itself, of one private-use
    character that no step changes (a word's is another, see :data:`WORD_MARKS`). Returns
    the masked text, the hidden strings in order, and the placeholders (one or two
    characters). ``foreign`` and ``other`` say which whole lines are hidden too (see
    :func:`lines`)."""
    return tuple(_core.mask(text, foreign, other))  # type: ignore[return-value]


def unmask(text: str, hidden: list[str], ph: str) -> str:
    """Put the hidden strings back into the placeholder runs, in order."""
    return str(_core.unmask(text, list(hidden), ph)) if hidden else text
