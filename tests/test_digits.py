import pytest
from hypothesis import given, settings, strategies as st

from normalizer import get_step
from normalizer.pipeline import apply_edits

P = get_step("digits")  # to=persian
LAT = get_step("digits", to="latin")

ROWS = [
    ("عدد 345", "عدد ۳۴۵"),
    ("عدد ٣٤٥", "عدد ۳۴۵"),
    ("عدد 3.14", "عدد ۳.۱۴"),
    ("عدد 1,000", "عدد ۱,۰۰۰"),
    ("ساعت 23:02", "ساعت ۲۳:۰۲"),
    ("2025-12-17 تاریخ", "۲۰۲۵-۱۲-۱۷ تاریخ"),
    # protected: never changed
    ("https://example.com/a?b=12", "https://example.com/a?b=12"),
    ("www.site.ir/page2", "www.site.ir/page2"),
    ("ali99@mail.com", "ali99@mail.com"),
    ("@user2024", "@user2024"),
    ("#tag1402", "#tag1402"),
    ("#تگ۱۲", "#تگ۱۲"),
    ("mp3 H2O COVID-19 v2.1", "mp3 H2O COVID-19 v2.1"),
    ("IR820540102680020817909002", "IR820540102680020817909002"),
    ("ISBN 978-3-16-148410-0", "ISBN 978-3-16-148410-0"),
    ("ISBN: 978-3-16-148410-0 و 12", "ISBN: 978-3-16-148410-0 و ۱۲"),
    ("فایل report_2023.pdf و 5 صفحه", "فایل report_2023.pdf و ۵ صفحه"),
    ("۱۲۳", "۱۲۳"),
    ("بدون عدد", "بدون عدد"),
]


@pytest.mark.parametrize("src,want", ROWS)
def test_to_persian(src, want):
    assert P(src) == want


@pytest.mark.parametrize("src,want", [("۱۲۳ و ١٢٣", "123 و 123"), ("123", "123"), ("3.14", "3.14")])
def test_to_latin(src, want):
    assert LAT(src) == want


def test_to_arabic():
    assert get_step("digits", to="arabic")("عدد 12 ۳۴") == "عدد ١٢ ٣٤"


def test_url_inside_persian_sentence():
    s = "سایت https://x.ir/p?id=42. را ببینید 42"
    assert P(s) == "سایت https://x.ir/p?id=42. را ببینید ۴۲"


# digits take the script of their words (see tests/test_other_scripts.py for the presets)
CONTEXT = [
    ("سال 2024", "سال ۲۰۲۴"),
    ("Python 3.11 را نصب کنید", "Python 3.11 را نصب کنید"),
    ("نصب Python 3.11", "نصب Python 3.11"),
    ("کتاب Привет 12", "کتاب Привет 12"),
    ("گزینهٔ 1️⃣ و 2", "گزینهٔ 1️⃣ و ۲"),
    ("I have 3 cats", "I have 3 cats"),  # no Arabic-script letter in the line
    ("3", "3"),
    ("سال 2024\n2025\nPython 3", "سال ۲۰۲۴\n2025\nPython 3"),
]


@pytest.mark.parametrize("src,want", CONTEXT)
def test_context(src, want):
    assert P(src) == want


@pytest.mark.parametrize("src,want", [("سال ۲۰۲۴ و Python ۳", "سال 2024 و Python ۳"), ("۱۲", "۱۲")])
def test_context_to_latin(src, want):
    assert LAT(src) == want


@pytest.mark.parametrize("src,want", [("Python 3", "Python ۳"), ("3", "۳"), ("1️⃣ 2", "1️⃣ ۲")])
def test_other_scripts_convert(src, want):
    assert get_step("digits", other_scripts="convert")(src) == want


def test_edits_are_one_per_digit():
    assert list(P.edits("سال 20۲4")) == [(4, 5, "۲"), (5, 6, "۰"), (7, 8, "۴")]


def _reference(text, to="persian"):
    """The digit rule written the slow, obvious way: each run looks at its whole line."""
    import re
    from normalizer.data.chars import ARABIC_SCRIPT_LETTERS, DIGIT_SETS

    def script(c):
        return "ar" if c in ARABIC_SCRIPT_LETTERS else "other" if c.isalpha() else None

    table = {a: b for src in DIGIT_SETS.values() for a, b in zip(src, DIGIT_SETS[to])}
    out = list(text)
    for m in re.finditer("[0-9\u0660-\u0669\u06f0-\u06f9]+", text):
        s, e = m.span()
        if re.match("\ufe0f?\u20e3", text[e:]):
            e -= 1
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e) % (len(text) + 1)
        left = next((script(c) for c in reversed(text[line_start:s]) if script(c)), None)
        right = next((script(c) for c in text[m.end():line_end] if script(c)), None)
        if "other" in (left, right) or left == right is None:
            continue
        for i in range(s, e):
            out[i] = table[text[i]]
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["12", "٣", "۴۵", "3.14", " ", "\n", "کتاب", "ab", "Я", "،", "(",
                                 "\ufe0f", "\u20e3", "1\ufe0f\u20e3", "\u200c", "ـ"]), max_size=30),
       st.sampled_from(["persian", "latin", "arabic"]), st.sampled_from([0, 4100]))
def test_rule_matches_its_reference(parts, to, pad):
    text = "".join(parts) + "\n" * bool(pad) + " " * pad  # (a long text: digits found by str.find)
    step = get_step("digits", to=to)
    assert step.apply(text) == _reference(text, to)
    assert apply_edits(text, step.edits(text)) == step.apply(text)


# Digits.apply converts the lines with no letter of another script, hidden word or keycap
# by a fast path; every other line goes through the rule run by run (Digits._runs). The
# two must agree on any text, of any length (a long one: digits found by str.find).
_FAST_PIECES = ["12", "٣", "۴۵", "3.14", "1,000", " ", "\n", "کتاب", "و", "ab", "é", "Я", "²", "½",
                "،", "«", "\u200c", "\u064b", "\ufe0f", "\u20e3", "1\ufe0f\u20e3", "😀", "\uee00",
                "\uee01", "\ue001", "\ufb8e", "\u0660"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FAST_PIECES), max_size=40),
       st.sampled_from(["persian", "latin", "arabic"]), st.sampled_from(["keep", "convert"]),
       st.sampled_from([0, 4100]))
def test_fast_path_equals_run_by_run(parts, to, other, pad):
    text = "".join(parts) + "\nکتاب " * bool(pad) + "۱" * pad
    step = get_step("digits", to=to, other_scripts=other)
    assert step.apply(text) == apply_edits(text, list(step.edits(text)))
