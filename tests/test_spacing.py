import pytest

from normalizer import get_step


@pytest.mark.parametrize("src,want", [
    ("سلام  دنیا", "سلام دنیا"),
    ("سلام\u00a0دنیا", "سلام دنیا"),
    ("سلام\u2009\u2009دنیا", "سلام دنیا"),
    ("سلام \nدنیا  \n", "سلام\nدنیا\n"),
    ("سلام \r\nدنیا", "سلام\r\nدنیا"),
    ("a\tb", "a\tb"),                 # tabs are columns: kept
    ("  تورفتگی", " تورفتگی"),
    ("سلام دنیا", "سلام دنیا"),
])
def test_unify_spaces(src, want):
    assert get_step("unify_spaces")(src) == want


def test_unify_spaces_no_strip():
    assert get_step("unify_spaces", strip=False)("سلام ") == "سلام "


@pytest.mark.parametrize("src,want", [
    ("سلام ، دنیا", "سلام، دنیا"),
    ("سلام،دنیا", "سلام، دنیا"),
    ("چرا ؟", "چرا؟"),
    ("( سلام )", "(سلام)"),
    ("« سلام »", "«سلام»"),
    ("او گفت«سلام»و رفت", "او گفت «سلام» و رفت"),
    ("پیامبر (ص)ناراحت", "پیامبر (ص) ناراحت"),
    # unchanged
    ("3.14 و 1,000 و 23:02", "3.14 و 1,000 و 23:02"),
    ("ج.ا.ایران", "ج.ا.ایران"),
    ("Hello , world", "Hello , world"),
    ("سلام، دنیا.", "سلام، دنیا."),
    ("صبر کنید ...", "صبر کنید ..."),
])
def test_punctuation_spacing(src, want):
    assert get_step("punctuation_spacing")(src) == want
