"""Issue 15, part A: text that is not Persian is left alone.

Lines with no Arabic-script letter come out byte for byte (every preset but search); digits
take the script of the words around them; lines in Urdu, Kurdish, Pashto, Sindhi or Uyghur
are left as written unless ``unify_letters(other_scripts=convert)``. Every row goes through
the plain path, the aligned path and explain, which must agree.
"""
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from conftest import ROOT
from normalizer import Pipeline, get_step, preset

KEEPING = ["default", "letters", "ml"]  # search folds case and digits everywhere (exempt)


def _all_paths(p, text):
    """The plain path's output, after checking that the aligned path and explain agree."""
    out = p(text)
    assert p.normalize_aligned(text).text == out
    ex = p.explain(text)
    assert ex.text == out
    plan = ex.plan()
    assert (Pipeline.from_spec(plan)(text) if plan else text) == out
    return out


# -- lines with no Arabic-script letter: byte for byte ---------------------------------------
UNCHANGED_LINES = [
    "I have 3 cats 1️⃣ and Python 3.11",  # the issue's example
    "Привет 12 мир, 3.14 и 1,000",
    "שלום 12 עולם 2024",
    "東京 2024年 3月 12日",
    "Αθήνα 2024",
    "    x = 3  # n=10",  # code: indentation and runs of spaces
    "\tif (a < 10) { return b[2]; }",
    "def f(x):  return x**2  ",  # trailing spaces
    "2024",  # a line of digits alone
    "۱۴۰۳",
    "   ",  # whitespace only
    "Hello\u200bworld\u00a0!\ufeff",  # ZWSP, NBSP, BOM
    "mp3 COVID-19 v2.1 IR820540102680020817909002",
    "1️⃣ 2️⃣ #️⃣",
    "price: $12.50 (was 15) ...",
    "، ؛ ؟ ۱۲",  # Arabic punctuation and digits, no letter
]


@pytest.mark.parametrize("name", KEEPING)
@pytest.mark.parametrize("line", UNCHANGED_LINES)
def test_line_without_persian_letters_is_unchanged(name, line):
    p = preset(name)
    assert _all_paths(p, line) == line
    # also as one line of a text with Persian lines around it (which are normalized)
    text = f"كتاب هاي من\n{line}\nسال 2024\n"
    out = _all_paths(p, text)
    assert out.split("\n")[1] == line
    assert out.split("\n")[0] != "كتاب هاي من"


# ... but for their digit runs that are no Latin writing (Arabic-Indic digits, mixed sets),
# which the digits step converts on every line but another language's
NO_LATIN_WRITING = [("٣٤٥ 1,000", "۳۴۵ 1,000", "٣٤٥ 1,000"),
                    ("Text ٠١٢ and 123۴۵۶", "Text ۰۱۲ and ۱۲۳۴۵۶", "Text ٠١٢ and 123456")]


@pytest.mark.parametrize("name", KEEPING)
@pytest.mark.parametrize("line,persian,latin", NO_LATIN_WRITING)
def test_digits_that_are_no_latin_writing_change_on_any_line(name, line, persian, latin):
    want = latin if "to=latin" in preset(name).to_spec() else persian
    assert _all_paths(preset(name), line) == want
    out = _all_paths(preset(name), f"كتاب هاي من\n{line}\nسال 2024\n")
    assert out.split("\n")[1] == want


@pytest.mark.parametrize("src", [
    b"I have 3 cats 1\xef\xb8\x8f\xe2\x83\xa3 and Python 3.11\n",
    "یہ ایک کتاب ہے۔\n".encode(),
    "    x = 3  # n=10\n\nسطر\n".encode(),
])
def test_cli_issue_examples(src):
    env = dict(os.environ, PYTHONPATH=ROOT)
    r = subprocess.run([sys.executable, "-m", "normalizer"], input=src, capture_output=True, env=env)
    assert r.returncode == 0
    assert r.stdout == src


# -- digits take the script of their words ----------------------------------------------------
DIGITS = [  # (input, default preset output)
    ("سال 2024", "سال ۲۰۲۴"),
    ("2024 سال", "۲۰۲۴ سال"),
    ("سال ٢٠٢٤ و 3.14", "سال ۲۰۲۴ و ۳.۱۴"),
    ("نسخهٔ Python 3.11 آمد", "نسخهٔ Python 3.11 آمد"),
    ("نسخهٔ 3.11 از Python", "نسخهٔ ۳.۱۱ از Python"),
    ("کتاب Привет 12", "کتاب Привет 12"),
    ("عدد 12 שלום", "عدد 12 שלום"),
    ("عدد 12 東京", "عدد 12 東京"),
    ("گزینهٔ 1️⃣ را بزنید", "گزینهٔ 1️⃣ را بزنید"),  # keycap: digit + U+FE0F + U+20E3
    ("گزینهٔ 1\u20e3 را بزنید", "گزینهٔ 1\u20e3 را بزنید"),  # keycap without the selector
    ("گزینهٔ 12️⃣ را", "گزینهٔ ۱2️⃣ را"),  # only the keycap's own digit is kept
    ("لینک https://x.ir/a 12 صفحه", "لینک https://x.ir/a ۱۲ صفحه"),  # a URL is no letter
    ("اعداد 1، 2، 3 و 4", "اعداد ۱، ۲، ۳ و ۴"),
    ("قیمت: 1,000 - 2,000 تومان", "قیمت: ۱,۰۰۰ - ۲,۰۰۰ تومان"),
    ("سال 2024\nI have 3 cats\nسال 2025", "سال ۲۰۲۴\nI have 3 cats\nسال ۲۰۲۵"),
    ("سال 2024\n2025", "سال ۲۰۲۴\n2025"),  # a line of digits alone: never from its neighbours
]


@pytest.mark.parametrize("src,want", DIGITS)
def test_digits_follow_their_words(src, want):
    assert _all_paths(preset("default"), src) == want


ML_DIGITS = [  # to=latin, mirrored: Persian digits among Latin words stay
    ("سال ۲۰۲۴", "سال 2024"),
    ("نسخهٔ Python ۳.۱۱ آمد", "نسخهٔ Python ۳.۱۱ آمد"),
    ("۱۲ apples", "۱۲ apples"),
    ("سال ۱۴۰۳\n۱۴۰۳", "سال 1403\n۱۴۰۳"),
]


@pytest.mark.parametrize("src,want", ML_DIGITS)
def test_latin_digits_follow_their_words(src, want):
    assert _all_paths(preset("ml"), src) == want


@pytest.mark.parametrize("src,want", [
    ("۱۲۳", "123"),  # so that a query of digits meets the same number in a Persian text
    ("Hello\u00a0World ۱۲", "hello world 12"),
    ("Hello\u00a0World", "hello world"),  # (explain's plan names digits: it unprotects the line)
    ("نسخهٔ Python ۳.۱۱", "نسخه python 3.11"),
])
def test_search_folds_digits_everywhere(src, want):
    assert _all_paths(preset("search"), src) == want


def test_a_long_line_of_numbers_is_read_once():
    # each run looks no further than the run before it: linear, and the same answer
    line = "کتاب " + " ".join(map(str, range(20000))) + " Python"
    out = preset("letters")(line)
    assert out == line  # the nearest letter on the right of every run is Python's
    line = "کتاب " + " ".join(map(str, range(20000)))
    assert preset("letters")(line) == get_step("digits")(line) != line
    assert "0123456789" not in "".join(c for c in preset("letters")(line) if c.isdigit())


# -- other Arabic-script languages ------------------------------------------------------------
OTHER_LANGUAGES = [
    "یہ ایک کتاب ہے۔",  # Urdu (the issue's example)
    "میں نے کل اسے دیکھا تھا۔",  # Urdu
    "ٹرین وقت پر آئی اور ہم گھر گئے۔",  # Urdu
    "ئەم کتێبە زۆر باشە",  # Kurdish (Sorani)
    "من لە هەولێر دەژیم",  # Kurdish (Sorani)
    "زه په کابل کې اوسېږم",  # Pashto
    "دا ښه ورځ ده",  # Pashto
    "سنڌي ٻولي",  # Sindhi
    "ئۇيغۇر تىلى",  # Uyghur
    # long lines, where the share of marked words decides (OTHER_LANGUAGE_SHARE_PERCENT)
    "حکومت پاکستان نے آج اعلان کیا کہ ملک میں نئی تعلیمی پالیسی نافذ کی جائے گی۔",  # Urdu, 3 in 15
    "اردو پاکستان کی قومی زبان ہے اور یہ بھارت میں بھی بولی جاتی ہے۔",  # Urdu
    "کوردستان وڵاتێکی جوانە و خەڵکەکەی زۆر میواندۆستن.",  # Kurdish (Sorani)
    "زمانی کوردی یەکێکە لە زمانە ئێرانییەکان.",  # Kurdish (Sorani)
    "افغانستان په منځنۍ اسیا کې یو هېواد دی.",  # Pashto
    "سنڌي ٻولي سنڌ جي ٻولي آهي ۽ هيءَ تمام پراڻي ٻولي آهي.",  # Sindhi
]


@pytest.mark.parametrize("name", KEEPING + ["editorial"])
@pytest.mark.parametrize("line", OTHER_LANGUAGES)
def test_other_language_is_left_as_written(name, line):
    assert _all_paths(preset(name), line) == line
    text = f"كتاب هاي من\n{line}\n"
    assert _all_paths(preset(name), text).split("\n")[1] == line


@pytest.mark.parametrize("src,want", [
    ("یہ ایک کتاب ہے۔", "یه ایک کتاب هی۔"),
    ("ئەم کتێبە زۆر باشە", "ئهم کتیبه زور باشه"),
])
def test_other_scripts_convert(src, want):
    p = Pipeline.from_spec("unify_letters(other_scripts=convert)")
    assert _all_paths(p, src) == want
    assert get_step("unify_letters", other_scripts="convert")(src) == want


STRAY = [  # Persian with letters of other keyboards: still unified
    ("كتاب ھای من", "کتاب های من"),
    ("خانە ما بزرگ است", "خانه ما بزرگ است"),
    ("این کتابے من است", "این کتابی من است"),
    ("ھمه ھر روز به خانه ھا می‌روند", "همه هر روز به خانه ها می‌روند"),  # ھ for every h
    ("این خانە بزرگ است کە ما دیدیم", "این خانه بزرگ است که ما دیدیم"),  # a Kurdish keyboard
    ("ٹهران شهر بزرگی است", "تهران شهر بزرگی است"),  # one letter Persian never uses: a stray
    ("قال الكاتب في كتابه ٣", "قال الکاتب فی کتابه ۳"),  # Arabic: converted as before
    ("مدينة ٣", "مدینة ۳"),
    # a long Persian line with two or three letters of other keyboards (shekar's test): few
    # words hold them, so they are strays
    ("«فارسی شکر است» نام داستان ڪوتاه طنز آمێزی از محمد علی جمالزاده است که در سال ۱۳۰۰ "
     "منتشر شده و آغازگر تحول بزرگی در ادبێات معاصر ایران است.",
     "«فارسی شکر است» نام داستان کوتاه طنز آمیزی از محمد علی جمالزاده است که در سال ۱۳۰۰ "
     "منتشر شده و آغازگر تحول بزرگی در ادبیات معاصر ایران است."),
    ("سلام عليكم و رحمۃاللہ", "سلام علیکم و رحمةالله"),  # Urdu's ۃ is Arabic's ة
]


@pytest.mark.parametrize("src,want", STRAY)
def test_stray_letters_in_persian_are_unified(src, want):
    assert _all_paths(preset("letters"), src) == want


# -- properties -------------------------------------------------------------------------------
_FOREIGN = st.lists(st.sampled_from(list(
    "abcXYZ АБВжд 東京語 αβ שלום 0123456789 ۰۱۲۳ ٠١٢ \t  .,;:!?\"'()[]{}<>-_=+*/\\%$#@&|~^`"
    "،؛؟«»") + ["\u200b", "\u00a0", "\ufeff", "\u200c", "\u200e", "😀", "1️⃣", "\u20e3", "\ufe0f",
                "\u3000", "\u2009", "\r", "https://x.ir/a?b=1", "a@b.co", "COVID-19", "  "]),
    max_size=30).map("".join)


@pytest.mark.parametrize("name", KEEPING)
@settings(max_examples=150, deadline=None)
@given(line=_FOREIGN, before=st.sampled_from(["", "كتاب هاي 12 من  \n", "سال 2024 !\n\n"]),
       after=st.sampled_from(["", "\nكتاب هاي من ", "\nیہ ایک کتاب ہے۔\n"]))
def test_any_line_without_persian_letters_is_byte_identical(name, line, before, after):
    p = preset(name)
    out = _all_paths(p, before + line + after)
    alone = _all_paths(p, line)
    if not any("\u0660" <= c <= "\u0669" or "\u06f0" <= c <= "\u06f9" for c in line):
        assert out.split("\n")[before.count("\n")] == line
        assert alone == line
    else:  # (runs that are no Latin writing may change their digits, and nothing else)
        fold = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
        assert out.split("\n")[before.count("\n")].translate(fold) == line.translate(fold)
        assert alone.translate(fold) == line.translate(fold)
