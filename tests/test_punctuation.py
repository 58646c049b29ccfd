import pytest
from hypothesis import given, settings, strategies as st

from normalizer import get_step


@pytest.mark.parametrize("src,want", [
    ("سلام, دنیا", "سلام، دنیا"),
    ("چرا?", "چرا؟"),
    ("کتاب?????", "کتاب؟؟؟؟؟"),  # the whole run, not its first mark
    ("کتاب????!!!!", "کتاب؟؟؟؟!!!!"),
    ('گفت "چرا!??"', "گفت «چرا!؟؟»"),
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
    ("why!?? و", "why!?? و"),
])
def test_punctuation(src, want):
    assert get_step("punctuation")(src) == want


def test_quotes_option():
    assert get_step("punctuation", quotes=False)('"سلام"') == '"سلام"'


# The step as first written: one `regex` pass with a variable-width lookbehind. The step now
# scans with `re` for the marks and the quotes apart and checks the word before a mark in
# Python; it must agree with the first form everywhere.
def _reference_punctuation(text, quotes=True):
    import regex

    from normalizer.data.chars import ARABIC_LETTER_CLASS as L

    marks = {",": "،", ";": "؛", "?": "؟"}
    # (a ? after a run of end marks after the word too: the run is converted whole)
    mark = regex.compile(rf"(?<=[{L}][\u064b-\u065f\u0670]* *)[,;?]|(?<=[{L}][\u064b-\u065f\u0670]* *[!?؟]+)\?")
    alts = [mark.pattern]
    if quotes:
        alts.insert(0, rf"(?P<q>\"(?P<in>[^\"\n]*[{L}][^\"\n]*)\"|“(?P<in2>[^“”\n]*[{L}][^“”\n]*)”)")

    def repl(m):
        if m.lastgroup == "q" or (m.group(0)[:1] in '"“' and len(m.group(0)) > 1):
            inner = m.group("in") if m.group("in") is not None else m.group("in2")
            return "«" + mark.sub(lambda k: marks[k.group()], inner) + "»"
        return marks[m.group()]

    return regex.compile("|".join(alts)).sub(repl, text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list('سلا ب\u064e\u0670a1,;?!؟"“”\n«') + [" ", ",", '"'] * 3), max_size=30).map("".join),
       st.booleans())
def test_punctuation_matches_its_first_form(text, quotes):
    assert get_step("punctuation", quotes=quotes)(text) == _reference_punctuation(text, quotes)




# context=near: a mark with a Persian word on either side (the editorial preset)
@pytest.mark.parametrize("src,want", [
    ("سلام (,) دنیا", "سلام (،) دنیا"),
    ("چرا???", "چرا؟؟؟"),
    ("«سلام», دنیا", "«سلام»، دنیا"),
    ("۱۲, ۱۳ و ۱۴", "۱۲، ۱۳ و ۱۴"),
    ("Python, سلام", "Python، سلام"),
    # unchanged
    ("Hello, world; why?", "Hello, world; why?"),
    ("از Python, Rust و Go", "از Python, Rust و Go"),
    ("عدد 1,000 و ۱,۰۰۰", "عدد 1,000 و ۱,۰۰۰"),
    ("عدد 3.14 و 23:02 و 1403/09/16", "عدد 3.14 و 23:02 و 1403/09/16"),
    ("نشانی https://x.ir/?q=1,2 را", "نشانی https://x.ir/?q=1,2 را"),
    ("کد x = f(a, b)... را", "کد x = f(a, b)... را"),
    ("x = f(a, b)...", "x = f(a, b)..."),
    ("سلام، دنیا؟", "سلام، دنیا؟"),
])
def test_punctuation_near(src, want):
    assert get_step("punctuation", context="near")(src) == want


# quote_rule=sides: each quote's role from its sides, nested quotes, lone quotes kept
@pytest.mark.parametrize("src,want", [
    ('گفت "او گفت "نه" و رفت"', "گفت «او گفت «نه» و رفت»"),
    ('گفت "سلام, خوبی?"', "گفت «سلام، خوبی؟»"),
    ('گفت:"سلام".', "گفت:«سلام»."),
    ('گفت: "... من رفتم".', "گفت: «... من رفتم»."),
    ("گفت “او گفت ‘نه’ و رفت”", "گفت «او گفت «نه» و رفت»"),
    ('«او گفت "نه" و رفت»', "«او گفت «نه» و رفت»"),
    ("''تست''", "«تست»"),
    ("'تست'", "«تست»"),
    ("`تست`", "«تست»"),
    ("``تست``", "«تست»"),
    ("در ترکیباتی مانند ''خانهٔ پدری'' که", "در ترکیباتی مانند «خانهٔ پدری» که"),
    ('این افزونه به php نسخه "%1$s" نیاز دارد', "این افزونه به php نسخه «%1$s» نیاز دارد"),
    # unchanged
    ("کتاب O'Reilly و don't", "کتاب O'Reilly و don't"),  # apostrophes
    ("قد 5' و 6'' است", "قد 5' و 6'' است"),                # primes
    ("کد print('hi') و `ls -la` را", "کد print('hi') و `ls -la` را"),
    ('گفت "hello world" و رفت', 'گفت "hello world" و رفت'),  # Latin words, not one
    ("او گفت 'سلام و رفت", "او گفت 'سلام و رفت"),
    ('او گفت "سلام و رفت', 'او گفت "سلام و رفت'),          # a lone quote
    ('سلام " دنیا', 'سلام " دنیا'),                        # no role
    ('گفت "او "نه" رفت', 'گفت "او «نه» رفت'),              # the outer one has no partner
    ("”سلام“", "”سلام“"),
    ('he said "hi"', 'he said "hi"'),
    ('کد print("hello") را', 'کد print("hello") را'),
    ("1,000 و 3.14", "1,000 و 3.14"),
    ("«سلام»", "«سلام»"),
])
def test_punctuation_quotes_by_sides(src, want):
    assert get_step("punctuation", quote_rule="sides")(src) == want


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list('سلا ب\u064e۱a1,;?"“”‘’\n«»()\'`') + [" ", ",", '"', "''", "%1$s"] * 3),
                max_size=30).map("".join))
def test_punctuation_editorial_options_idempotent(text):
    step = get_step("punctuation", context="near", quote_rule="sides")
    once = step(text)
    assert step(once) == once


@pytest.mark.parametrize("src,want", [
    ("صبر کنید...", "صبر کنید…"),
    ("صبر کنید .....", "صبر کنید …"),
    ("سلام -- دنیا --- آری", "سلام – دنیا — آری"),
    ("چرا؟؟؟!!!", "چرا؟!"),
    ("چرا!!!", "چرا!"),
    ("چرا!؟!؟", "چرا؟!"),  # question first, whatever the order
    ("متن فارسی!?", "متن فارسی؟!"),
    ("کتاب!!!!?????", "کتاب؟!"),
    ("کتاب!!!!!!!!!؟؟؟؟؟؟؟؟", "کتاب؟!"),
    ("خط کوتاه (--) و بلند (---)", "خط کوتاه (–) و بلند (—)"),
    # unchanged
    ("Wait... what?!!", "Wait... what?!!"),
    ("سلام Wait!?", "سلام Wait!?"),  # after a Latin word: its own order
    ("سلام (--help)", "سلام (--help)"),
    ("چرا؟!", "چرا؟!"),
    ("Run it with --help", "Run it with --help"),
    ("از --help استفاده کنید", "از --help استفاده کنید"),
    ("---", "---"),
    ("سلام\n---\nدنیا", "سلام\n---\nدنیا"),
    ("x = f(a, b)...", "x = f(a, b)..."),
    ("کد f(a, b)... را", "کد f(a, b)... را"),
    ("عدد ۱....۵ و 1,000 و 3.14 و 23:02 و 1403/09/16", "عدد ۱....۵ و 1,000 و 3.14 و 23:02 و 1403/09/16"),
    ("نشانی https://x.ir/a--b...c را", "نشانی https://x.ir/a--b...c را"),
    ("سلام <!-- x -->", "سلام <!-- x -->"),
    ("صبر کنید..", "صبر کنید.."),
    ("سلام… دنیا — آری؟!", "سلام… دنیا — آری؟!"),
])
def test_punctuation_runs(src, want):
    assert get_step("punctuation_runs")(src) == want


def test_punctuation_runs_order_as_written():
    step = get_step("punctuation_runs", order="as_written")
    assert step("چرا!!!؟؟") == "چرا!؟"
    assert step("چرا؟؟!!") == "چرا؟!"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("سل ۱1a.-!?؟…\n(«") + ["...", "--", "!!", "abc"]), max_size=30).map("".join))
def test_punctuation_runs_idempotent(text):
    step = get_step("punctuation_runs")
    once = step(text)
    assert step(once) == once


# tatweel_dash: a tatweel typed for a dash; words=true in editorial
@pytest.mark.parametrize("src,want,words", [
    ("۱۱ـ۲۳", "۱۱–۲۳", False),
    ("سال‌های 1311ــ1323", "سال‌های 1311–1323", False),
    ("ـ که ... می‌دانستم ـ", "– که ... می‌دانستم –", True),
    ("ـکه ... می‌بالیمـ", "–که ... می‌بالیم–", True),
    ("افغانستان ـکه می‌بالیمـ شاید", "افغانستان –که می‌بالیم– شاید", True),
    # unchanged
    ("ـ که ... ـ", "ـ که ... ـ", False),
    ("جمالــــزاده", "جمالــــزاده", True),
    ("سال ۱۳۴۰ هـ.ش", "سال ۱۳۴۰ هـ.ش", True),
    ("عدد 1,000 و 3.14 و 23:02 و 1403/09/16", "عدد 1,000 و 3.14 و 23:02 و 1403/09/16", True),
    ("نشانی https://x.ir/aـb و کد f(a)ـ را", "نشانی https://x.ir/aـb و کد f(a)ـ را", True),
    ("Hello world", "Hello world", True),
    ("– که ... می‌دانستم –", "– که ... می‌دانستم –", True),
])
def test_tatweel_dash(src, want, words):
    assert get_step("tatweel_dash", words=words)(src) == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ـسل ۱1.\n،\u200c") + ["ـ", "ـ "]), max_size=30).map("".join), st.booleans())
def test_tatweel_dash_idempotent(text, words):
    step = get_step("tatweel_dash", words=words)
    once = step(text)
    assert step(once) == once


@pytest.mark.parametrize("name", ["default", "letters", "ml", "search", "editorial"])
def test_no_preset_makes_one_number_of_two(name):
    from normalizer import preset
    out = preset(name)("سال‌های ۱۳۱۱ـ۱۳۲۳ و جمالــــزاده")
    assert "–" in out and "ـ" not in out and "۱۳۱۱۱۳۲۳" not in out and "13111323" not in out
