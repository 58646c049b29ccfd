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
]


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
                          "۱۲", "3.14", "(", "»", "\ue000", "@u"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_piece, max_size=40))
def test_mask_round_trip(parts):
    text = "".join(parts)
    masked, hidden, ph = protect.mask(text)
    assert len(masked) == len(text)
    assert protect.unmask(masked, hidden, ph) == text
    if hidden:
        assert ph not in text  # the placeholder is a character the text does not hold
