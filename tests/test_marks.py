import pytest

from normalizer import get_step
from conftest import z


@pytest.mark.parametrize("src,want", [
    ("کـــتاب", "کتاب"), ("ســلام", "سلام"), ("کتاب", "کتاب"),
])
def test_remove_tatweel(src, want):
    assert get_step("remove_tatweel")(src) == want


@pytest.mark.parametrize("src,want", [
    ("مُحَمَّد", "محمد"),
    ("کتابٌ", "کتاب"),
    ("خانهٔ", "خانهٔ"),          # hamza of the ezafe is part of the letter
    ("آب أسد مؤمن مسئله", "آب أسد مؤمن مسئله"),  # precomposed letters never decomposed
    ("علیٰ", "علی"),
    ("بی\u200cشک", "بی\u200cشک"),  # ZWNJ is a letter-level character
])
def test_remove_diacritics(src, want):
    assert get_step("remove_diacritics")(src) == want


def test_remove_diacritics_letter_marks_option():
    assert get_step("remove_diacritics", letter_marks=False)("خانهٔ") == "خانه"


@pytest.mark.parametrize("src,want", [
    ("حتماً فوراً", "حتماً فوراً"),          # tanwin kept
    ("مُحَمَّد", "محمّد"),                   # shadda kept, fatha and damma not
    ("بَنّا و بَنا", "بنّا و بنا"),
    ("کتابٌ کتابٍ", "کتابٌ کتابٍ"),
    ("خانهٔ", "خانهٔ"),                      # the hamza of the ezafe, as letter_marks says
    ("عَلیٰ بِسْمِ", "علی بسم"),             # superscript alef, kasra, sukun removed
    # unchanged
    ("abc 3.14 1,000 ۱۴۰۳/۰۹/۱۶", "abc 3.14 1,000 ۱۴۰۳/۰۹/۱۶"),
    ("https://example.com/a?b=1", "https://example.com/a?b=1"),
    ("`x = 1`", "`x = 1`"),
    ("کتاب\u200cها را می\u200cخوانم.", "کتاب\u200cها را می\u200cخوانم."),
])
def test_remove_diacritics_keep_disambiguating(src, want):
    assert get_step("remove_diacritics", keep="disambiguating")(src) == want
    # the default removes them all
    assert "\u064b" not in get_step("remove_diacritics")(src)
    assert "\u0651" not in get_step("remove_diacritics")(src)


def test_remove_diacritics_keep_with_letter_marks_off():
    st = get_step("remove_diacritics", keep="disambiguating", letter_marks=False)
    assert st("حتماً خانهٔ") == "حتماً خانه"


@pytest.mark.parametrize("src,want", [
    ("\ufeffسلام", "سلام"),
    ("کتاب\u00adها", "کتابها"),
    ("کتاب\u200bها", z("کتاب|ها")),      # ZWSP between letters was meant as ZWNJ
    ("کتاب a\u200bb", "کتاب ab"),  # (a line with no Persian letter is left as it is)
    ("من\u200dو", "منو"),                  # ZWJ outside emoji
    ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),  # emoji sequences keep their joiners
    ("سلام\u200fدنیا", "سلام\u200fدنیا"),  # bidi marks stay by default
    (z("می|رود"), z("می|رود")),
])
def test_remove_invisibles(src, want):
    assert get_step("remove_invisibles")(src) == want


def test_remove_invisibles_bidi():
    assert get_step("remove_invisibles", bidi=True)("سلام\u200fدنیا\u202a") == "سلامدنیا"


@pytest.mark.parametrize("style,src,want", [
    ("hamza", "خانۀ ما", "خانهٔ ما"),
    ("hamza", z("خانه|ی ما"), "خانهٔ ما"),
    ("yeh", "خانهٔ ما", "خانۀ ما"),
    ("zwnj", "خانۀ ما", z("خانه|ی ما")),
    ("zwnj", "خانهٔ ما", z("خانه|ی ما")),
    ("hamza", z("نقشه|یابی"), z("نقشه|یابی")),  # not word-final: not an ezafe
    ("keep", "خانۀ و خانهٔ", "خانۀ و خانهٔ"),
    ("hamza", "خانه ما", "خانه ما"),
])
def test_ezafe(style, src, want):
    assert get_step("ezafe", style=style)(src) == want
