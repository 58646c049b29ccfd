import re

import pytest
from hypothesis import given, settings, strategies as st

from normalizer import get_step, preset
from conftest import z

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


@pytest.mark.parametrize("src,want", [
    ("سایة", "سایه"),  # shekar
    ("نشان\u200cدهندة", "نشان\u200cدهنده"),  # shekar
    ("آن دسته از علایم که مشخص\u200cکنندة انتهای جمله",
     "آن دسته از علایم که مشخص\u200cکنندهٔ انتهای جمله"),  # virastar: ة stood for the ezafe
    ("به بهانة «مخالفت با تقلب»", "به بهانهٔ «مخالفت با تقلب»"),  # PerDT
    ("سایة است", "سایه است"),
    # Arabic, left
    ("دایرة\u200cالمعارف", "دایرة\u200cالمعارف"),
    ("نعمة الله", "نعمة الله"),  # ة before a word in ال
    ("رحمة واسعة", "رحمة واسعة"),  # two neighbouring words in ة
    ("مدرسة کبیرة", "مدرسة کبیرة"),
    ("هذه مدرسة", "هذه مدرسة"),
    ("الصلاة", "الصلاة"),
    # untouched
    ("abc 3.14 1,000 https://x.ir/a", "abc 3.14 1,000 https://x.ir/a"),
    ("کتاب\u200cهای علی", "کتاب\u200cهای علی"),
])
def test_teh_marbuta_persian(src, want):
    assert get_step("unify_letters", teh_marbuta="persian")(src) == want
    assert preset("editorial")(src) == want
    assert get_step("unify_letters")(src) == src  # the default leaves ة


@pytest.mark.parametrize("src,spell,keep,drop", [
    ("محمد ﷺ", "محمد صلی الله علیه وسلم", "محمد ﷺ", "محمد "),
    ("ﷲ ﷻ", "الله جل جلاله", "ﷲ ﷻ", "الله "),
    ("قیمت ۱۰۰ ﷼", "قیمت ۱۰۰ ریال", "قیمت ۱۰۰ ﷼", "قیمت ۱۰۰ ریال"),  # the rial sign is a word: spelled by drop
    ("ﷴ ﷵ", "محمد صلعم", "ﷴ ﷵ", "محمد "),
    ("﷽", "بسم الله الرحمن الرحیم", "﷽", "بسم الله الرحمن الرحیم"),  # a line of its own
    ("الله ﷾ و ﷿", "الله سبحانه وتعالی و عز وجل", "الله ﷾ و ﷿", "الله  و "),  # eulogies
    ("ﻻ ك", "لا ک", "لا ک", "لا ک"),          # other presentation forms: as before
    # unchanged
    ("abc 3.14 1,000 https://x.ir/a", "abc 3.14 1,000 https://x.ir/a", "abc 3.14 1,000 https://x.ir/a",
     "abc 3.14 1,000 https://x.ir/a"),
    ("کتاب\u200cهای علی", "کتاب\u200cهای علی", "کتاب\u200cهای علی", "کتاب\u200cهای علی"),
])
def test_ligatures_option(src, spell, keep, drop):
    assert get_step("unify_letters")(src) == spell
    assert get_step("unify_letters", ligatures="spell")(src) == spell
    assert get_step("unify_letters", ligatures="keep")(src) == keep
    assert get_step("unify_letters", ligatures="drop")(src) == drop


def test_ligatures_in_a_fused_map():
    # unify_letters is a character map fused with its neighbours: the option holds there too
    from normalizer import Pipeline

    assert Pipeline.from_spec("unify_letters(ligatures=keep); remove_tatweel")("ﷺـ ك") == "ﷺ ک"
    assert Pipeline.from_spec("unify_letters(ligatures=drop); remove_tatweel; unify_spaces")(
        "محمد ﷺـ است") == "محمد است"
    assert Pipeline.from_spec("unify_letters; remove_tatweel")("ﷺـ") == "صلی الله علیه وسلم"


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


# (input, keep=1, keep=2): rows where the output is the input must stay unchanged
REPEATED = [
    ("سلاممممم", "سلام", "سلامم"),
    ("خیلییییی خوبببب", "خیلی خوب", "خیلیی خوبب"),
    ("اللللله", "الله", "الله"),      # the lexicon knows الله: ل twice
    ("مددددد", "مدد", "مدد"),
    ("سلااااممممم", "سلام", "سلاامم"),
    ("ههههههه", "ه", "هه"),
    (z("کتاب|هاااا"), z("کتاب|ها"), z("کتاب|هاا")),
    ("دههها", "دههها", "دهها"),        # دهه + ها written solid (as search writes them)
    ("بییی", "بییی", "بیی"),           # بی + یی, as search joins them
    # unchanged
    ("الله مدد ببین", "الله مدد ببین", "الله مدد ببین"),  # runs of two
    (z("ل|ل|ل"), z("ل|ل|ل"), z("ل|ل|ل")),              # a ZWNJ is no letter of a run
    ("لـلـل لَلَل", "لـلـل لَلَل", "لـلـل لَلَل"),      # nor a tatweel or a haraka
    ("Hmmm!!! ...؟؟؟", "Hmmm!!! ...؟؟؟", "Hmmm!!! ...؟؟؟"),
    ("1111 ۱۱۱۱ 3.14 1,000", "1111 ۱۱۱۱ 3.14 1,000", "1111 ۱۱۱۱ 3.14 1,000"),
    ("https://x.ir/aaaa", "https://x.ir/aaaa", "https://x.ir/aaaa"),
    (z("کتاب|های علی را می|خوانم."), z("کتاب|های علی را می|خوانم."), z("کتاب|های علی را می|خوانم.")),
]


@pytest.mark.parametrize("src,one,two", REPEATED)
def test_repeated_letters(src, one, two):
    assert get_step("repeated_letters")(src) == one
    assert get_step("repeated_letters", keep=2)(src) == two


@pytest.mark.parametrize("keep", [1, 2])
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="لمداهیب\u200c a1ـ\u064e!", max_size=40))
def test_repeated_letters_leave_no_stretched_run(keep, s):
    # no run of four of a letter is left (three only where two words meet), nothing but
    # letters of runs is removed, and a second pass changes nothing
    step = get_step("repeated_letters", keep=keep)
    once = step(s)
    assert not re.search(r"([لمداهیب])\1{3}", once)
    assert re.sub(r"[لمداهیب]", "", once) == re.sub(r"[لمداهیب]", "", s)
    assert step(once) == once
