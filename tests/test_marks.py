import pytest
from hypothesis import given, settings, strategies as st

from normalizer import get_step, preset
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


@pytest.mark.parametrize("style,src,want", [
    ("hamza", "از غم به هر بهانهء ممکن عبور کن!", "از غم به هر بهانهٔ ممکن عبور کن!"),  # virastar
    ("hamza", "از غم به هر بهانه ء ممکن عبور کن!", "از غم به هر بهانهٔ ممکن عبور کن!"),
    ("zwnj", "خانه ء پدری", z("خانه|ی پدری")),
    ("yeh", "خانهء پدری", "خانۀ پدری"),
    # a ء that is a letter, or not between a word in ه and a word: left
    ("hamza", "جزء و شیء و ابتدا ء", "جزء و شیء و ابتدا ء"),
    ("hamza", "بهانهء", "بهانهء"),
    ("hamza", "بهانهء، ممکن", "بهانهء، ممکن"),
    ("keep", "بهانهء ممکن", "بهانهء ممکن"),
    ("hamza", "abc 3.14 https://x.ir/a", "abc 3.14 https://x.ir/a"),
])
def test_ezafe_lone_hamza(style, src, want):
    assert get_step("ezafe", style=style)(src) == want


@pytest.mark.parametrize("src,want", [
    (z("خانه|یی بر روی آب"), z("خانه|ای بر روی آب")),  # virastar
    (z("خانه|ئی بر روی آب"), z("خانه|ای بر روی آب")),
    (z("خانه|يی بر روی آب"), z("خانه|ای بر روی آب")),
    (z("خانه|ای بر روی آب"), z("خانه|ای بر روی آب")),  # already right
    ("پاییز و روییدن و خانهیی", "پاییز و روییدن و خانهیی"),  # a stem's یی, no joiner
    (z("خانه|ی ما."), z("خانه|ی ما.")),  # an ezafe is not the indefinite ی
    ("abc 3.14 https://x.ir/a", "abc 3.14 https://x.ir/a"),
])
def test_ezafe_indefinite(src, want):
    assert get_step("ezafe", indefinite="alef")(src) == want
    assert get_step("ezafe")(src) == src  # keep: the default
    assert preset("editorial")(src) == get_step("ezafe", style="hamza")(want)


@pytest.mark.parametrize("src,want", [
    ("لطفاًً", "لطفاً"),  # virastar
    ("مُُحَمَّد", "مُحَمَّد"),
    ("خانهٔٔ ما", "خانهٔ ما"),
    ("مُحَمَّد و شدَّ", "مُحَمَّد و شدَّ"),  # different marks
    ("مُـُحمد", "مُـُحمد"),  # a tatweel between
    ("abc 3.14 https://x.ir/a", "abc 3.14 https://x.ir/a"),
    ("کتاب\u200cهای علی", "کتاب\u200cهای علی"),
])
def test_repeated_marks(src, want):
    assert get_step("repeated_marks")(src) == want


@pytest.mark.parametrize("name", ["default", "letters", "editorial"])
def test_repeated_marks_in_presets_that_keep_marks(name):
    assert preset(name)("لطفاًً") == "لطفاً"
    assert preset(name)("حتماً") == "حتماً"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="بکهاً ٌُ\u0654ـ\u200ca1.", max_size=30))
def test_repeated_marks_leaves_no_twin_and_is_idempotent(s):
    out = get_step("repeated_marks")(s)
    assert get_step("repeated_marks")(out) == out
    assert not any(a == b and a in "ًٌُ\u0654" for a, b in zip(out, out[1:]))
