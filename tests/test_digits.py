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


def _reference(text, to="persian", context="persian"):
    """The digit rule written the slow, obvious way: each run looks at its whole line."""
    import re
    from normalizer.data.chars import ARABIC_SCRIPT_LETTERS, DIGIT_SETS

    def script(c):
        return "ar" if c in ARABIC_SCRIPT_LETTERS else "other" if c.isalpha() else None

    def sets(run):
        return {"latin" if c < "\u0660" else "arabic" if c < "\u06f0" else "persian" for c in run}

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
        # no Latin writing: mixed sets, or an Arabic-script digit to an Arabic-script set,
        # where no letter of another script is glued to the run
        found = sets(text[s:e])
        glued = "other" in (script(text[s - 1]) if s else None, script(text[m.end()]) if m.end() < len(text) else None)
        forced = not glued and (len(found) > 1 or (to != "latin" and found - {"latin"}))
        if not forced and ("other" in (left, right) or (left == right is None and context == "persian")):
            continue
        for i in range(s, e):
            out[i] = table[text[i]]
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["12", "٣", "۴۵", "3.14", " ", "\n", "کتاب", "ab", "Я", "،", "(",
                                 "\ufe0f", "\u20e3", "1\ufe0f\u20e3", "\u200c", "ـ"]), max_size=30),
       st.sampled_from(["persian", "latin", "arabic"]), st.sampled_from(["persian", "not_latin"]),
       st.sampled_from([0, 4100]))
def test_rule_matches_its_reference(parts, to, context, pad):
    text = "".join(parts) + "\n" * bool(pad) + " " * pad  # (a long text: digits found by str.find)
    step = get_step("digits", to=to, context=context)
    assert step.apply(text) == _reference(text, to, context)
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


# runs that are no Latin writing: converted wherever they are, in default too (the step sees
# the lines the pipeline hides, with their own URLs and Latin words hidden again)
NO_LATIN_WRITING = [
    ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"),
    ("Text ٠١٢٣٤٥٦٧٨٩", "Text ۰۱۲۳۴۵۶۷۸۹"),
    ("123۴۵۶", "۱۲۳۴۵۶"),
    ("نصب Python ٣.١١", "نصب Python ۳.۱۱"),
    ("سال 20۲۴ و ab 12۳", "سال ۲۰۲۴ و ab ۱۲۳"),
    # unchanged: glued to a Latin letter, inside a URL or hashtag, another language's line,
    # Latin numbers, already right
    ("CoRoT-٧b", "CoRoT-٧b"),
    ("https://x.ir/a/٣ و ١", "https://x.ir/a/٣ و ۱"),
    ("#١٢ ok", "#١٢ ok"),
    ("یہ ایک کتاب ہے ٣", "یہ ایک کتاب ہے ٣"),
    ("0123456789", "0123456789"),
    ("I have 3 cats, 1,000 and 3.14 at 23:02 on 1403/09/16", "I have 3 cats, 1,000 and 3.14 at 23:02 on 1403/09/16"),
    ("سال ۲۰۲۴", "سال ۲۰۲۴"),
]


@pytest.mark.parametrize("src,want", NO_LATIN_WRITING)
def test_no_latin_writing(src, want):
    assert P(src) == want


def test_no_latin_writing_to_latin_and_arabic():
    assert LAT("abc ۱۲3") == "abc 123"  # mixed sets: the target set
    assert LAT("abc ۱۲۳") == "abc ۱۲۳"  # one set, Latin context: left
    assert get_step("digits", to="arabic")("Text ۱۲۳") == "Text ١٢٣"


ED = get_step("digits", context="not_latin", separators="persian")

# context=not_latin and separators=persian, as editorial sets them
EDITORIAL = [
    ("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
    ("12:34", "۱۲:۳۴"),
    ("96%", "۹۶٪"),
    ("۹۶%", "۹۶٪"),
    ("۱۲.۵۶", "۱۲٫۵۶"),
    ("۱۲,۵۴۳", "۱۲٬۵۴۳"),
    ("1,234,567.25", "۱٬۲۳۴٬۵۶۷٫۲۵"),
    ("نسخهٔ وردپرس 4.7 لازم است", "نسخهٔ وردپرس ۴٫۷ لازم است"),
    ("مثلا: 12% 456", "مثلا: ۱۲٪ ۴۵۶"),
    ("۱۲.۵۶.", "۱۲٫۵۶."),
    # digits converted, marks kept: dates, times, versions, addresses, lists, ranges
    ("1403/09/16", "۱۴۰۳/۰۹/۱۶"),
    ("ساعت 23:02", "ساعت ۲۳:۰۲"),
    ("نسخهٔ 4.7.1 و 192.168.0.1", "نسخهٔ ۴.۷.۱ و ۱۹۲.۱۶۸.۰.۱"),
    ("۱,۲ و ۱۲,۳۴ و ۱۲۳۴,۵۶۷ و ۱.۵,۰۰۰", "۱,۲ و ۱۲,۳۴ و ۱۲۳۴,۵۶۷ و ۱.۵,۰۰۰"),
    ("۲۰۲۵-۱۲-۱۷", "۲۰۲۵-۱۲-۱۷"),
    # unchanged: Latin context, URLs, code, keycaps, Latin names, a line already right
    ("1- salam", "1- salam"),
    ("version 4.7 and 1,000 at 96%", "version 4.7 and 1,000 at 96%"),
    ("x = f(3.14, 1,000)", "x = f(3.14, 1,000)"),
    ("نصب Python 3.11", "نصب Python 3.11"),
    ("https://x.ir/a?b=1.5&c=10%", "https://x.ir/a?b=1.5&c=10%"),
    ("mp3 H2O COVID-19 v2.1", "mp3 H2O COVID-19 v2.1"),
    ("1️⃣ 2", "1️⃣ ۲"),
    ("۱۲٫۵۶ و ۱۲٬۵۴۳ و ۹۶٪ در ۱۴۰۳/۰۹/۱۶", "۱۲٫۵۶ و ۱۲٬۵۴۳ و ۹۶٪ در ۱۴۰۳/۰۹/۱۶"),
]


@pytest.mark.parametrize("src,want", EDITORIAL)
def test_not_latin_context_and_persian_separators(src, want):
    assert ED(src) == want


def test_options_alone():
    # context alone: digits only; separators alone: only numbers already in the target set
    assert get_step("digits", context="not_latin")("96% و 1.5") == "۹۶% و ۱.۵"
    assert get_step("digits", separators="persian")("96%\n۹۶%") == "96%\n۹۶٪"
    assert get_step("digits", to="latin", separators="persian")("۱۲.۵ سال") == "12.5 سال"


_ED_PIECES = ["12", "٣", "۴۵", "3.14", "1,000", "۱۲,۵۴۳", "۹.۵", ".", ",", "%", ":", "/", " ", "\n",
              "کتاب", "ab", "\ufe0f\u20e3", "https://x.ir/1.5"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ED_PIECES), max_size=30), st.sampled_from(["persian", "latin", "arabic"]))
def test_separators_and_context_are_idempotent_and_keep_the_shape(parts, to):
    text = "".join(parts)
    step = get_step("digits", to=to, context="not_latin", separators="persian")
    once = step(text)
    assert step(once) == once
    assert len(once) == len(text)  # one character for one
    assert apply_edits(text, step.edits(text)) == step.apply(text)
    # a text with no Arabic-script digit in the target set's way keeps its marks
    if to == "latin":
        assert [c for c in once if not c.isdigit()] == [c for c in text if not c.isdigit()]
