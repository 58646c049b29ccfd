import pytest

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
