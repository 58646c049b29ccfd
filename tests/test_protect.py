"""Protected spans: what is found, and that masking gives back exactly what it hid."""
import pytest
from hypothesis import given, settings, strategies as st

from normalizer import protect

SPANS = [
    ("ببینید https://example.com/a?b=12. را", ["https://example.com/a?b=12"]),
    ("سایت www.x.ir و digikala.com/p/1", ["www.x.ir", "digikala.com/p/1"]),
    ("ایمیل a.b+c@mail.example.org بفرستید", ["a.b+c@mail.example.org"]),
    ("@user_1 و #هشتگ‌ها", ["@user_1", "#هشتگ‌ها"]),
    ("ISBN 978-964-00-0000-1 کتاب", ["ISBN 978-964-00-0000-1"]),
    ("COVID-19 و mp3 و v2.1", ["COVID-19", "mp3", "v2.1"]),
    ("۳.۱۴ و 1,000 و 23:02", []),  # numbers are no spans: the digit steps handle them
    ("ایمیلa.b@example.com", ["a.b@example.com"]),  # the local part of an address is ASCII
    # HTML: references and whole tags, attribute values included; not a lone & or <
    ("&quot;سلام&quot; و &#1234; و &#x6cc;", ["&quot;", "&quot;", "&#1234;", "&#x6cc;"]),
    ('<b title="چرا!!!">سلام</b>', ['<b title="چرا!!!">', "</b>"]),
    ("۳ < ۵ و ۵ > ۳ و & و ;", []),
]


def test_html_is_left_as_written():
    """No step changes a tag's attribute values or a reference's ; and digits."""
    from normalizer import preset
    for name in ("default", "editorial"):
        for line in ('<strong title="نباید تغییر کند!!!!!">سلام جهان</strong>',
                     '<img alt="تصویر" src="a.png"> سلام', "&quot;سلام&quot; و &#1234; کتاب"):
            assert preset(name)(line) == line


@pytest.mark.parametrize("text,want", SPANS)
def test_spans(text, want):
    assert [text[s:e] for s, e in protect.find(text)] == want


def _per_line(text):
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.extend((pos + s, pos + e) for s, e in protect.find(line))
        pos += len(line) + 1
    return spans


@pytest.mark.parametrize("every", [1, 3, 50])
def test_dense_and_sparse_hints_find_the_same(every):
    # mask() searches line by line where Latin is rare and the rest in one pass where it is
    # dense: both must find what a search of each line finds
    lines = [(f"https://x.ir/{i} سطر {i} or a{i}@b.com" if i % every == 0 else f"سطر {i} فارسی")
             for i in range(400)]
    text = "\n".join(lines)
    masked, hidden, ph = protect.mask(text)
    assert hidden == [text[s:e] for s, e in _per_line(text)]
    assert len(masked) == len(text)
    assert protect.unmask(masked, hidden, ph) == text


_piece = st.sampled_from(["کتاب", " ", "\n", "https://a.ir/x?y=1", "a@b.co", "#تگ", "COVID-19",
                          "۱۲", "3.14", "(", "»", "\ue000", "\ue001", "@u"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_piece, max_size=40))
def test_mask_round_trip(parts):
    text = "".join(parts)
    masked, hidden, ph = protect.mask(text)
    assert len(masked) == len(text)
    assert protect.unmask(masked, hidden, ph) == text
    if hidden:
        assert ph not in text  # the placeholder is a character the text does not hold


# -- whole lines: not Persian, or another Arabic-script language ------------------------------
LINES = [
    ("سطر فارسی\n    x = 3  # n=10\nیہ ایک کتاب ہے۔", ["    x = 3  # n=10", "یہ ایک کتاب ہے۔"]),
    ("I have 3 cats", ["I have 3 cats"]),
    ("\n\n   \nabc\r\n", ["   ", "abc\r"]),  # empty lines: nothing to hide; \r is the line's
    ("2024\n۱۴۰۳\nسال ۱۴۰۳", ["2024", "۱۴۰۳"]),
    ("«سلام» 12\n\u064e\u064f", []),  # a line of harakat is Arabic-script text
    ("کتاب Python 3.11\nمن", []),
]


@pytest.mark.parametrize("text,want", LINES)
def test_lines(text, want):
    assert [text[s:e] for s, e in protect.lines(text)] == want


@pytest.mark.parametrize("line,other", [
    ("یہ ایک کتاب ہے۔", True),  # Urdu: two function words
    ("ٹرین وقت پر آئی اور ہم گھر گئے۔", True),  # one letter, and ہ ھ ے in two more words
    ("ئەم کتێبە زۆر باشە", True),
    ("زه په کابل کې اوسېږم", True),
    ("سنڌي ٻولي", True),
    ("كتاب ھای من", False),  # one stray ھ
    ("ھمه ھر روز به خانه ھا", False),  # ھ for every h: Persian
    ("این خانە بزرگ است کە ما", False),  # ە for every heh: a Kurdish keyboard, Persian
    ("ٹهران شهر بزرگی است", False),  # one letter alone: a stray
    ("ڪتاب ها", False),  # ڪ is a decorative kaf in Persian
    ("قال الكاتب في كتابه", False),  # Arabic
])
def test_is_other_language(line, other):
    assert protect.is_other_language(line) is other
    assert bool(protect.other_language_lines("سطر\n" + line)) is other


def test_policy_follows_the_options():
    from normalizer import Pipeline
    assert protect.policy(Pipeline.from_spec("default").steps) == (True, True)
    assert protect.policy(Pipeline.from_spec("digits(other_scripts=convert)").steps) == (False, True)
    assert protect.policy(Pipeline.from_spec("unify_letters(other_scripts=convert)").steps) == (True, False)
    text = "abc 12\nیہ ایک کتاب ہے۔"
    assert protect.mask(text, foreign=False, other=False)[1] == ["abc"]
    assert protect.mask(text)[1] == ["abc 12", "یہ ایک کتاب ہے۔"]  # the word inside its line too


def test_hidden_words_get_their_own_placeholder():
    text = "نسخهٔ Python 3.11 از https://x.ir و #تگ"
    masked, hidden, ph = protect.mask(text)
    assert hidden == ["Python", "https://x.ir", "#تگ"]
    assert len(ph) == 2 and protect.is_word_mark(ph[1]) and not protect.is_word_mark(ph[0])
    assert masked.count(ph[1]) == len("Python") and masked.count(ph[0]) == len("https://x.ir#تگ")
    assert protect.unmask(masked, hidden, ph) == text


_piece2 = st.sampled_from(["کتاب", " ", "\n", "https://a.ir/x?y=1", "a@b.co", "#تگ", "COVID-19",
                           "۱۲", "3.14", "Python", "یہ ایک کتاب ہے۔", "\r", "\ue000", "\uee00",
                           "\ue001", "\uee01"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_piece2, max_size=40), st.booleans(), st.booleans())
def test_mask_round_trip_with_lines(parts, foreign, other):
    text = "".join(parts)
    masked, hidden, ph = protect.mask(text, foreign, other)
    assert len(masked) == len(text)
    assert protect.unmask(masked, hidden, ph) == text
    assert all(c not in text for c in ph)
    assert all(hidden)
    assert max(masked, default="a") <= "\uffff" or max(text) > "\uffff"  # no wider than the text
