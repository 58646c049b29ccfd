import pytest

from normalizer import get_step

# (input, output): rows where output == input must stay unchanged
UNIFY = [
    ("كتاب", "کتاب"),
    ("علي", "علی"),
    ("مصطفى", "مصطفی"),
    ("ە ھ ہ", "ه ه ه"),
    # one stray letter of an Urdu, Kurdish or Pashto keyboard in a Persian line is unified
    ("ڪتاب ګلها", "کتاب گلها"),
    ("کتاب ې من", "کتاب ی من"),
    ("کتاب ۍ من", "کتاب ی من"),
    ("کتاب ێ من", "کتاب ی من"),
    ("کتاب ے من", "کتاب ی من"),
    ("ﻻ", "لا"),
    ("ﺑﺎﺯﺍﺭ", "بازار"),
    ("ﷲ", "الله"),
    ("ا\u0653ب", "ا\u0653ب"),  # compose_letters owns this
    ("ی\u0654", "ی\u0654"),
    ("ٱلله", "الله"),
    # unchanged
    ("کتاب فارسی", "کتاب فارسی"),
    ("آب أسد مؤمن مسئله", "آب أسد مؤمن مسئله"),
    ("خانۀ ما", "خانۀ ما"),
    ("خانهٔ ما", "خانهٔ ما"),
    ("رحمة", "رحمة"),
    ("abc 123 ۱۲۳", "abc 123 ۱۲۳"),
    ("می\u200cرود", "می\u200cرود"),
]


@pytest.mark.parametrize("src,want", UNIFY)
def test_unify_letters(src, want):
    assert get_step("unify_letters")(src) == want


@pytest.mark.parametrize("src,keep,convert", [
    ("یہ ایک کتاب ہے۔", "یہ ایک کتاب ہے۔", "یه ایک کتاب هی۔"),  # Urdu
    ("من لە هەولێر دەژیم", "من لە هەولێر دەژیم", "من له ههولیر دهژیم"),  # Sorani
    ("زه په کابل کې اوسېږم", "زه په کابل کې اوسېږم", "زه په کابل کی اوسیږم"),  # Pashto (ږ: no map)
    ("كتاب ھای من", "کتاب های من", "کتاب های من"),  # Persian: the same either way
])
def test_other_scripts(src, keep, convert):
    assert get_step("unify_letters")(src) == keep
    assert get_step("unify_letters", other_scripts="convert")(src) == convert



def test_teh_marbuta_option():
    assert get_step("unify_letters", teh_marbuta="heh")("رحمة") == "رحمه"
    assert get_step("unify_letters")("رحمة") == "رحمة"


def test_presentation_forms_option():
    assert get_step("unify_letters", presentation_forms=False)("ﻻ") == "ﻻ"


@pytest.mark.parametrize("src,want", [
    ("مسئله", "مسیله"), ("مؤسسه", "موسسه"), ("أسد", "اسد"), ("خانهٔ", "خانه"), ("خانۀ", "خانه"),
    ("آب", "آب"), ("کتاب", "کتاب"),
])
def test_fold_hamza(src, want):
    assert get_step("fold_hamza")(src) == want


def test_lowercase_touches_latin_only():
    assert get_step("lowercase")("Hello کتاب WWW.X.COM") == "hello کتاب www.x.com"
