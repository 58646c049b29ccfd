"""The core's character tables (``src/chars.rs``, their one home), as Python strings and sets,
for tools and tests that need them: which characters are spaces, digits, Arabic-script
letters, bidi marks... No step reads them from here."""
from __future__ import annotations

from .._core import tables as _tables

_T = dict(_tables())

ZWNJ: str = _T["ZWNJ"]
TATWEEL: str = _T["TATWEEL"]
PERSIAN_DIGITS: str = _T["PERSIAN_DIGITS"]
ARABIC_DIGITS: str = _T["ARABIC_DIGITS"]
LATIN_DIGITS: str = _T["LATIN_DIGITS"]
DIGIT_SETS: dict[str, str] = {"persian": PERSIAN_DIGITS, "latin": LATIN_DIGITS, "arabic": ARABIC_DIGITS}
#: the Arabic-script letters a Persian word is made of (no tatweel, no harakat)
ARABIC_LETTERS: frozenset[str] = frozenset(_T["ARABIC_LETTERS"])
#: every letter of the Arabic-script blocks
ARABIC_SCRIPT_LETTERS: frozenset[str] = frozenset(_T["ARABIC_SCRIPT_LETTERS"])
#: those letters and the marks that make a line Arabic-script text
ARABIC_SCRIPT_TEXT: frozenset[str] = frozenset(_T["ARABIC_SCRIPT_TEXT"])
NON_JOINING: frozenset[str] = frozenset(_T["NON_JOINING"])
DIACRITICS: str = _T["DIACRITICS"]
LETTER_MARKS: str = _T["LETTER_MARKS"]
SPACES: str = _T["SPACES"]
BOM: str = _T["BOM"]
SOFT_HYPHEN: str = _T["SOFT_HYPHEN"]
ZWSP: str = _T["ZWSP"]
WORD_JOINER: str = _T["WORD_JOINER"]
BIDI_MARKS: str = _T["BIDI_MARKS"]


def char_class(chars: frozenset[str] | str) -> str:
    """The body of a regular-expression class matching exactly ``chars``."""
    import re

    return "".join(re.escape(c) for c in sorted(chars))


#: :data:`ARABIC_LETTERS` as the body of a regular-expression class
ARABIC_LETTER_CLASS: str = char_class(ARABIC_LETTERS)
