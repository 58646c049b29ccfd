"""The core's protected spans (src/protect.rs) against a reference copy of the Python
implementation they replaced (tests/reference_protect.py).

The core finds URLs, e-mail addresses, mentions, Latin words and ISBNs with hand-written
scanners where Python uses one regular expression: these tests throw URL-ish text, made of
the characters each alternative turns on, at both, and compare the masks (the hidden
strings give the spans, the placeholders tell words from the rest).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from normalizer import _core
import reference_protect as protect

pytestmark = pytest.mark.skipif(not _core.mask("see example.com", False, False)[1],
                                reason="protect not in the core yet")

#: pieces the patterns are made of: schemes, TLDs, separators, brackets, closing marks,
#: Persian letters and marks, spaces of several kinds, ISBN parts, placeholders
_PIECES = st.sampled_from(
    list("abcXYZ019_-.:/@#%+()[]{}<>\"'«»،؛؟!?,; \n\t") + [
        "http://", "https://", "ftp://", "file://", "www.", "HTTP://", ".com", ".ir", ".co", ".info",
        ".io", ".app", ".ai", "m", "co-op", "ISBN", "ISBN-10", "ISBN-13", "ISBN:", " 978", "0-306-40615-2",
        "X", "x", "e", "mail", "@gmail.com", "\u200c", "\u00a0", "\u3000", "\u2028", "کتاب", "ی", "ه", "۱۲", "٣",
        "\u064e", "ہے", "یہ", "ٹ", "ھ", "ە", "ے", "\ue001", "\uee01", "\u0661", "é", "ß", "Ж", "😀", "\u0660",
        "(x)", "(a b)", "a.b", "1.2.3", "v2.1", "COVID-19", "file_name.txt", "@user", "#تگ",
        "&", "&quot;", "&amp", "&#", "&#1234;", "&#x6cc;", "&#X", ";", "<b>", "</p", "<br/>", "<a ",
        " title=\"", "\">", "<!--", "-->", "<img alt=\"تصویر\">",
    ])


def _both(text: str, foreign: bool, other: bool) -> None:
    assert _core.mask(text, foreign, other) == protect.mask(text, foreign, other), repr(text)


@settings(max_examples=3000, deadline=None)
@given(parts=st.lists(_PIECES, max_size=30), foreign=st.booleans(), other=st.booleans())
def test_same_masks_on_url_ish_text(parts: list[str], foreign: bool, other: bool) -> None:
    _both("".join(parts), foreign, other)


@settings(max_examples=1000, deadline=None)
@given(text=st.text(max_size=60))
def test_same_masks_on_any_text(text: str) -> None:
    _both(text, False, False)
    _both(text, True, True)


@pytest.mark.parametrize("text", [
    "ایمیل a.b@example.com و https://x.ir/a?b=12 و #تگ۱",
    "سطر فارسی\n    x = 3  # n=10\nیہ ایک کتاب ہے۔",
    "آدرس www. و www.x و (https://a.com/b_(c)) و «http://x.ir/»، و example.co-op",
    "کتاب example.community و a.b.c.com.ir/x و 1.2.3 و ...-- و a-.com",
    "شابک ISBN-10 123456789X و ISBN 978-0-306-40615-7 و ISBN:12345 و ISBN-1012345678",
    "سلام 3rd و _a و __1 و v2.1: و COVID-19، mp3",
    '&quot;سلام&quot; و &#1234; و &#x6CC; و &amp; و S&P و &a; و &#; و &#x;',
    '<strong title="نباید تغییر کند!!!!!">سلام</strong> و <br/> و < باند > و a<b و <!-- x --> و <a\nb>',
    "@علی_رضا و #هشتگ\u200cها و a@b و a@b.c. و .a@b.ir",
    "کتاب ھای من\nخانە\nٹرین ہم گھر گئے\nیہ ایک کتاب ہے۔\n\n  \nabc\n",
    "" , "\n", "a", "کتاب", "\ue001 http://x.ir \uee01 word",
])
def test_same_masks_on_rows(text: str) -> None:
    for foreign in (True, False):
        for other in (True, False):
            _both(text, foreign, other)


def test_every_foreign_and_other_language_line() -> None:
    """Lines of every kind, alone and together, in every order of three."""
    rows = ["کتاب", "abc", "", "  ", "\u064e\u064f", "یہ ایک کتاب ہے", "ھمه ھر", "۾", "123", "ٹ ہم گھر"]
    for a in rows:
        for b in rows:
            for c in rows:
                _both("\n".join((a, b, c)), True, True)
                _both("\n".join((a, b, c)), True, False)
