import pytest
from hypothesis import given, settings, strategies as st

from normalizer import get_step


@pytest.mark.parametrize("src,want", [
    ("سلام, دنیا", "سلام، دنیا"),
    ("چرا?", "چرا؟"),
    ("اول; دوم", "اول؛ دوم"),
    ('گفت "سلام, خوبی?"', "گفت «سلام، خوبی؟»"),
    ("گفت “سلام”", "گفت «سلام»"),
    # unchanged
    ("1,000", "1,000"),
    ("3.14", "3.14"),
    ("Hello, world?", "Hello, world?"),
    ('he said "hi"', 'he said "hi"'),
    ("https://x.ir/?q=1,2", "https://x.ir/?q=1,2"),
    ("سلام، دنیا؟", "سلام، دنیا؟"),
])
def test_punctuation(src, want):
    assert get_step("punctuation")(src) == want


def test_quotes_option():
    assert get_step("punctuation", quotes=False)('"سلام"') == '"سلام"'


# The step as first written: one `regex` pass with a variable-width lookbehind. The step now
# scans with `re` for the marks and the quotes apart and checks the word before a mark in
# Python; it must agree with the first form everywhere.
def _reference_punctuation(text, quotes=True):
    import regex

    from normalizer.data.chars import ARABIC_LETTER_CLASS as L

    marks = {",": "،", ";": "؛", "?": "؟"}
    mark = regex.compile(rf"(?<=[{L}][\u064b-\u065f\u0670]* *)[,;?]")
    alts = [mark.pattern]
    if quotes:
        alts.insert(0, rf"(?P<q>\"(?P<in>[^\"\n]*[{L}][^\"\n]*)\"|“(?P<in2>[^“”\n]*[{L}][^“”\n]*)”)")

    def repl(m):
        if m.lastgroup == "q" or (m.group(0)[:1] in '"“' and len(m.group(0)) > 1):
            inner = m.group("in") if m.group("in") is not None else m.group("in2")
            return "«" + mark.sub(lambda k: marks[k.group()], inner) + "»"
        return marks[m.group()]

    return regex.compile("|".join(alts)).sub(repl, text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list('سلا ب\u064e\u0670a1,;?"“”\n«') + [" ", ",", '"'] * 3), max_size=30).map("".join),
       st.booleans())
def test_punctuation_matches_its_first_form(text, quotes):
    assert get_step("punctuation", quotes=quotes)(text) == _reference_punctuation(text, quotes)


