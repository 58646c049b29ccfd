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
