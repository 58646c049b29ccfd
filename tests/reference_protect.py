"""A reference copy of normalizer/protect.py as it was in Python, before the core
(kept for tests/test_core_protect.py, which compares the core's hand-written scanners with
these regular expressions). The original docstring follows.

Spans no step may change: URLs, e-mail addresses, @mentions, #hashtags, Latin words and
identifiers (ISBN, IBAN, file names, version strings), and whole lines that are not Persian.

They are found once per text by the pipeline, and every edit that touches one is dropped,
whatever step made it. A text with no Latin letter, ``@``, ``#`` or ``://`` cannot hold one
of the first kind, and skips that search (:func:`might_have`).

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

import re
from typing import Any, Iterable

import unicodedata

# -- the tables it read from normalizer/data/chars.py, as they were --
#: The Unicode blocks of the Arabic script: Arabic, Arabic Supplement, Arabic Extended-A,
#: and the presentation forms A and B.
ARABIC_SCRIPT_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                        (0xFE70, 0xFEFF))
#: Every letter (Unicode category L*) of those blocks.
ARABIC_SCRIPT_LETTERS = frozenset(chr(cp) for lo, hi in ARABIC_SCRIPT_BLOCKS for cp in range(lo, hi + 1)
                                  if unicodedata.category(chr(cp)).startswith("L"))
#: Those letters and the marks (harakat, M*) of the same blocks: a line holding none of
#: them is not Persian text and is left as written (see :mod:`normalizer.protect`). A mark
#: counts because a line of harakat is Arabic-script text to clean, not another script.
ARABIC_SCRIPT_TEXT = ARABIC_SCRIPT_LETTERS | frozenset(
    chr(cp) for lo, hi in ARABIC_SCRIPT_BLOCKS for cp in range(lo, hi + 1)
    if unicodedata.category(chr(cp)).startswith("M")) | frozenset("\ufdfd\ufdfe\ufdff")
#: (and the word ligatures Unicode files as symbols, ﷽ ﷾ ﷿: a line of ﷽ alone is text to
#: clean, as scripts/gen_core_chars.py has it)


def _char_class(letters: frozenset[str]) -> str:
    """A regular-expression class body (ranges, no brackets) of these characters."""
    ranges: list[list[int]] = []
    for cp in sorted(map(ord, letters)):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges)


#: :data:`ARABIC_SCRIPT_LETTERS` as a regular-expression class body.
ARABIC_SCRIPT_CLASS = _char_class(ARABIC_SCRIPT_LETTERS)
#: :data:`ARABIC_SCRIPT_TEXT` as a regular-expression class body.
ARABIC_SCRIPT_TEXT_CLASS = _char_class(ARABIC_SCRIPT_TEXT)

#: Letters of other Arabic-script languages that Persian never uses: a line holding them is
#: likely one of those languages (see :data:`OTHER_LANGUAGE_WORDS` for how lines are scored).
#: ڪ (SWASH KAF, Sindhi's k) is left out: Persian web text uses it as a decorative kaf.
OTHER_LANGUAGE_LETTERS = frozenset(
    "\u0679\u0688\u0691\u06ba\u06d3"  # Urdu: TTEH ٹ, DDAL ڈ, RREH ڑ, NOON GHUNNA ں, YEH BARREE WITH HAMZA ۓ
    "\u06ce\u06b5\u0695\u06c6\u06a4"  # Kurdish (Sorani): YEH WITH SMALL V ێ, LAM WITH SMALL V ڵ, REH WITH SMALL V BELOW ڕ, OE ۆ, VEH ڤ
    "\u069a\u0696\u0681\u0685\u0689\u0693\u067c\u06bc\u06cd\u06d0\u06ab"  # Pashto: ښ ږ ځ څ ډ ړ ټ ڼ ۍ ې ګ
    "\u067b\u0680\u067a\u067d\u067f\u0683\u0684\u0687\u068a\u068c\u068d\u068e\u068f\u0699\u06a6\u06b1\u06b3\u06bb\u06fe"  # Sindhi: ٻ ڀ ٺ ٽ ٿ ڃ ڄ ڇ ڊ ڌ ڍ ڎ ڏ ڙ ڦ ڱ ڳ ڻ ۾
    "\u06ad\u06c7\u06c8\u06cb\u06c5\u06c9"  # Uyghur and Kyrgyz: NG ڭ, U ۇ, YU ۈ, VE ۋ, KIRGHIZ OE ۅ, KIRGHIZ YU ۉ
)

#: Letters those languages use all the time that are also typed stray in Persian text from
#: their keyboards (ی as ے, ه as ە ہ ھ): alone they never make a line another language
#: (Persian written with ھ for every h is common in old web text), but a line holding one is
#: looked at word by word.
OTHER_LANGUAGE_WEAK = frozenset("\u06d2\u06c1\u06d5\u06be")  # YEH BARREE ے, HEH GOAL ہ, AE ە, HEH DOACHASHMEE ھ

#: Very common function words of Urdu, Sorani Kurdish and Pashto, each holding a letter of
#: :data:`OTHER_LANGUAGE_LETTERS` or :data:`OTHER_LANGUAGE_WEAK`. A line scores one point for
#: each of their letters and each of these words; two points make it another language
#: (:func:`normalizer.protect.other_language_lines`). Words that are Persian once their
#: letters are unified are left out: کە بە (که به typed on a Kurdish keyboard), تھی (تهی),
#: دی ته (Pashto, but Persian دی ته too), کی کو اور (Urdu, but Persian spellings too), کہ ہی
#: (که هی with one stray ہ).
#: Source: the most frequent words of each language's Wikipedia, checked by hand.
OTHER_LANGUAGE_WORDS = frozenset({
    # Urdu: is, are, am, this, that, of, (ergative), from, in, not, was, also, will, own, for ...
    "ہے", "ہیں", "ہوں", "یہ", "وہ", "کے", "نے", "سے", "میں", "نہیں", "تھا", "تھے", "بھی", "گے",
    "اپنے", "لیے", "ہوتا", "ہوتی", "کرتے",
    # Sorani Kurdish: this, that, that is, in/from, for, with, is, is not, we, does
    "ئەم", "ئەو", "ئەوە", "لە", "بۆ", "لەگەڵ", "هەیە", "نییە", "ئێمە", "دەکات", "دەبێت", "زۆر",
    # Pashto: in, that, his/her, this (oblique), good
    "کې", "چې", "یې", "دې", "ښه",
})


_HINT = re.compile(r"[A-Za-z@#]")

_URL_TAIL = r"(?:[^\s<>\"'«»()\[\]{}،؛]|\([^\s()]*\))*(?<![.,;:!?؟،؛'\"»)\]])"
_MAIN = [
    # HTML character references and tags (attribute values are markup, not text); added
    # with the core's scanners for them, after the port
    r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});",
    r"</?[A-Za-z][A-Za-z0-9\-]*(?:[ \t/][^<>\n]*)?>",
    # scheme URLs and www. URLs (a trailing full stop or bracket is not part of them)
    r"(?:(?:https?|ftp|file)://|www\.)" + _URL_TAIL,
    # bare domains, with a path: example.com/a?b=1, digikala.com
    r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|org|net|ir|io|edu|gov|info|co|me|dev|ai|app)\b"
    r"(?:/" + _URL_TAIL + ")?",
    # @mentions and #hashtags (Persian ones too; a joiner may be inside)
    r"[@#][\w\u200c]+",
    # words (group w: to the digits step, a word of another script): ISBN with its digits
    # and hyphens, and Latin words and identifiers, digits and inner dots, hyphens, colons
    # included: COVID-19, mp3, v2.1, IR820540102680020817909002, file_name.txt
    r"(?P<w>ISBN(?:-1[03])?:? ?[0-9Xx\-]{10,17}"
    r"|(?:[A-Za-z]|[0-9_]+[A-Za-z])[A-Za-z0-9_]*(?:[.\-:/][A-Za-z0-9_]+)*)",
]
# e-mail addresses come first where there is an @ (a costly pattern, so only then)
_EMAIL = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
# every span starts with one of these: the engine skips other characters before trying
# the alternatives (six times faster on text with Latin words in it)
_START = r"(?=[A-Za-z0-9_@#.%+\-&<])"
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


#: Where the placeholder of a protected *word* (a Latin word or identifier, an ISBN) is
#: taken from, so that a step can tell a hidden word (a letter of another script, to the
#: ``digits`` step) from a hidden URL, address or line (whose placeholder is taken from
#: the rest of the private use area, U+E000-EDFF). In the Basic Multilingual Plane: one
#: character beyond it would make Python store the whole masked text at four bytes a
#: character, and every step slower (7 % on the train text).
WORD_MARKS = ("\uee00", "\uefff")


def is_word_mark(c: str) -> bool:
    """Is ``c`` (in a masked text) the placeholder of a hidden word of another script?"""
    return WORD_MARKS[0] <= c <= WORD_MARKS[1]


def _placeholder(text: str, lo: int = 0xE001, hi: int = 0xEE00) -> str:
    """A private-use character the text does not hold.

    The search starts at a character whose low byte is not zero (U+E001, U+EE01): CPython
    looks for such a character with ``memchr`` on its low byte, while one ending in 00 is
    compared one character at a time (0.4 ms per 700,000 characters of Persian text, for
    each of the two tests here and each placeholder looked for in :func:`unmask`)."""
    for cp in range(lo, hi):
        ch = chr(cp)
        if ch not in text:
            return ch
    raise ValueError("no free private-use character to mask protected spans with")  # pragma: no cover


# -- whole lines ------------------------------------------------------------------------
# a line's characters up to its end, none an Arabic-script letter (possessive: no backtracking)
_NO_LETTER = re.compile(rf"[^\n{ARABIC_SCRIPT_TEXT_CLASS}]*+(?=\n|\Z)")
# a line that does not start with an Arabic-script letter: most Persian lines do, so only
# these few are looked at (the search for a line break runs at memory speed)
_ODD_START = re.compile(rf"\n(?=[^{ARABIC_SCRIPT_TEXT_CLASS}])")


def foreign_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` (line breaks not included) that hold no Arabic-script
    letter or mark (:data:`~normalizer.data.chars.ARABIC_SCRIPT_TEXT`); empty lines are left out,
    there being nothing in them to hide. A line is what lies between two ``\\n``."""
    if text[:1] in ARABIC_SCRIPT_TEXT and "\n" not in text:
        return []  # one line, a Persian one (the common short text: no regex call)
    out: list[tuple[int, int]] = []
    match = _NO_LETTER.match
    m = match(text)
    if m is not None and m.end() > 0:
        out.append(m.span())
    for nl in _ODD_START.finditer(text):
        p = nl.end()
        m = match(text, p)
        if m is not None and m.end() > p:
            out.append(m.span())
    return out


#: Points (letters Persian never uses, function words of those languages) that make a line
#: another Arabic-script language (:func:`is_other_language`). Raising it lets more Urdu or
#: Kurdish lines be unified as Persian; one point alone is taken for a stray letter.
OTHER_LANGUAGE_POINTS = 2
#: Words holding a letter of ``OTHER_LANGUAGE_WEAK`` (ے ہ ھ ە) that make a line of one
#: point another language all the same (Urdu with one ٹ and ہم گھر گئے). They never count
#: alone: Persian written with ھ or ە for every heh has many such words.
OTHER_LANGUAGE_WEAK_WORDS = 2
#: The share of a line's words, in percent, that must hold a letter of those languages
#: (``OTHER_LANGUAGE_LETTERS`` or ``OTHER_LANGUAGE_WEAK``) for the points to count: below
#: it the letters are strays in a long Persian line.
OTHER_LANGUAGE_SHARE_PERCENT = 15

_TRIGGERS = "".join(sorted(OTHER_LANGUAGE_LETTERS | OTHER_LANGUAGE_WEAK))
_TRIGGER = re.compile(f"[{_TRIGGERS}]")
_WORD = re.compile(rf"[{ARABIC_SCRIPT_CLASS}\u200c]+")


def is_other_language(line: str) -> bool:
    """Is ``line`` written in another Arabic-script language (Urdu, Kurdish, Pashto, Sindhi,
    Uyghur) rather than Persian?

    It scores a point for each letter Persian never uses (``OTHER_LANGUAGE_LETTERS``:
    ٹ ڈ ڑ ں ێ ڵ ڕ ۆ ڤ ښ ځ ې ۇ ...) and one for each very common function word of those
    languages (``OTHER_LANGUAGE_WORDS``: ہے یہ میں سے / ئەم لە / کې چې ...). Two points
    (``OTHER_LANGUAGE_POINTS``) make it another language; one point does where two words
    (``OTHER_LANGUAGE_WEAK_WORDS``) hold the letters Persian
    text gets stray from those keyboards (``OTHER_LANGUAGE_WEAK``: ے ہ ھ ە), else it is a
    stray typed into Persian. Those letters score nothing by themselves, so «كتاب ھای من»,
    «خانە» and Persian written with ھ for every h stay Persian and are unified.

    >>> is_other_language("یہ ایک کتاب ہے۔"), is_other_language("کتاب ھای من")
    (True, False)
    """
    words = _WORD.findall(line)
    marked = sum(1 for w in words if not (OTHER_LANGUAGE_LETTERS | OTHER_LANGUAGE_WEAK).isdisjoint(w))
    if marked * 100 < OTHER_LANGUAGE_SHARE_PERCENT * len(words):
        return False  # a few strays in a long Persian line
    score = sum(1 for c in line if c in OTHER_LANGUAGE_LETTERS)
    score += sum(1 for w in words if w in OTHER_LANGUAGE_WORDS)
    if score >= OTHER_LANGUAGE_POINTS:
        return True
    # one point short: a stray, unless words hold the letters those languages share with
    # Persian keyboards' strays (ٹرین ... ہم گھر گئے is Urdu)
    return (score == OTHER_LANGUAGE_POINTS - 1
            and sum(1 for w in words if not OTHER_LANGUAGE_WEAK.isdisjoint(w)) >= OTHER_LANGUAGE_WEAK_WORDS)


def other_language_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` (line breaks not included) that :func:`is_other_language`
    takes for another Arabic-script language. Only lines holding one of their letters, or
    one that Persian gets stray from their keyboards, are looked at."""
    if len(text) > 256:
        # one memory-speed substring test per letter: far faster than a scan of the text
        if not any(c in text for c in _TRIGGERS):
            return []
    out: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    search = _TRIGGER.search
    while True:
        m = search(text, pos)
        if m is None:
            break
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            end = n
        if is_other_language(text[start:end]):
            out.append((start, end))
        pos = end + 1
    return out


def lines(text: str, foreign: bool = True, other: bool = True) -> list[tuple[int, int]]:
    """The sorted spans of the lines a pipeline leaves as written: :func:`foreign_lines`
    (unless ``foreign`` is false) and :func:`other_language_lines` (unless ``other`` is)."""
    spans = foreign_lines(text) if foreign else []
    if other:
        more = other_language_lines(text)
        if more:
            spans = sorted(set(spans).union(more))  # (a line can be both: ۾ is no letter)
    return spans


def sets_policy(step: Any) -> bool:
    """Does ``step`` turn a protection of whole lines off (see :func:`policy`)? A pipeline's
    explanation names it even where it made no edit, so that its plan replays the same."""
    return step.name in ("digits", "unify_letters") and step.options.get("other_scripts") == "convert"


def policy(steps: Iterable[Any]) -> tuple[bool, bool]:
    """Which whole lines a pipeline of these steps leaves as written, as ``(foreign, other)``
    for :func:`lines`: lines with no Arabic-script letter unless a ``digits`` step has
    ``other_scripts=convert`` (every digit converted, as search wants: then such lines are
    normalized like any text), and lines of other Arabic-script languages unless an
    ``unify_letters`` step has ``other_scripts=convert`` (Persian typed on an Urdu or
    Kurdish keyboard)."""
    foreign = other = True
    for s in steps:
        if sets_policy(s):
            if s.name == "digits":
                foreign = False
            else:
                other = False
    return foreign, other


def _word_spans(text: str) -> list[tuple[int, int, bool]]:
    """:func:`find` over the lines of ``text`` that might hold a span, each span with
    whether it is a word (see :data:`WORD_MARKS`)."""
    if not might_have(text):
        return []
    # only lines with a Latin letter, @ or # can hold a span: where they are few, only they
    # are searched; where they are many, the rest of the text in one pass
    spans: list[tuple[int, int, bool]] = []
    pos, n, count = 0, len(text), 0
    while pos < n:
        m = _HINT.search(text, pos)
        if m is None:
            break
        start = text.rfind("\n", 0, m.start()) + 1
        count += 1
        if count > 32 and start < 2048 * count:
            spans.extend((*m.span(), m.lastgroup == "w") for m in _pattern("@" in text).finditer(text, start))
            break
        end = text.find("\n", m.end())
        if end < 0:
            end = n
        line_pattern = _pattern(text.find("@", start, end) >= 0)
        spans.extend((*m.span(), m.lastgroup == "w") for m in line_pattern.finditer(text, start, end))
        pos = end + 1
    return spans


def _outside(spans: list[tuple[int, int, bool]], wholes: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """``spans`` and ``wholes`` merged in order, leaving out the spans inside a whole line."""
    out: list[tuple[int, int, bool]] = []
    i, k = 0, len(wholes)
    for s, e, w in spans:
        while i < k and wholes[i][1] <= s:
            out.append((*wholes[i], False))
            i += 1
        if i < k and wholes[i][0] <= s:
            continue  # inside this line (no span crosses a line break: no pattern matches one)
        out.append((s, e, w))
    out.extend((a, b, False) for a, b in wholes[i:])
    return out


def mask(text: str, foreign: bool = True, other: bool = True) -> tuple[str, list[str], str]:
    """Hide the protected spans: each becomes a run, as long as itself, of one private-use
    character that no step changes (no step maps it, and it is neither a letter nor a
    space; a word's is another, see :data:`WORD_MARKS`). Returns the masked text, the hidden
    strings in order, and the placeholders (one or two characters).
    ``foreign`` and ``other`` say which whole lines are hidden too (see :func:`lines`).
    """
    spans = _word_spans(text)
    wholes = lines(text, foreign, other)
    if wholes:
        spans = _outside(spans, wholes) if spans else [(s, e, False) for s, e in wholes]
    if not spans:
        return text, [], ""
    ph = _placeholder(text)
    wph = _placeholder(text, 0xEE01, 0xF000) if any(w for _, _, w in spans) else ""
    out: list[str] = []
    pos = 0
    hidden = []
    for s, e, w in spans:
        out.append(text[pos:s])
        out.append((wph if w else ph) * (e - s))
        hidden.append(text[s:e])
        pos = e
    out.append(text[pos:])
    return "".join(out), hidden, ph + wph


def unmask(text: str, hidden: list[str], ph: str) -> str:
    """Put the hidden strings back into the placeholder runs, in order."""
    if not hidden:
        return text
    out: list[str] = []
    pos = 0
    it = iter(hidden)
    n = len(text)
    find = text.find
    nxt = {c: find(c) for c in ph}  # where each placeholder is next found (-1: nowhere)
    while True:
        # a memchr-speed scan from one run to the next (of either placeholder)
        for c, i in nxt.items():
            if 0 <= i < pos:
                nxt[c] = find(c, pos)
        start = min((i for i in nxt.values() if i >= 0), default=-1)
        if start < 0:
            break
        out.append(text[pos:start])
        # neighbouring spans make one run: take as many hidden strings as fill it
        pos = start
        while pos < n and text[pos] in ph:
            h = next(it)
            out.append(h)
            pos += len(h)
    out.append(text[pos:])
    return "".join(out)
