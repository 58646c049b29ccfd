from normalizer import Pipeline, preset
from conftest import z


def test_entity_span_maps_back_to_original():
    original = "دانشگاه تهران در استانها ٣٤٥ دانشجوي جديد دارد"
    a = preset("default").normalize_aligned(original)
    assert a.text == z("دانشگاه تهران در استان|ها ۳۴۵ دانشجوی جدید دارد")
    start = a.text.index("دانشجوی")
    o = a.to_original(start, start + len("دانشجوی"))
    assert original[o[0]:o[1]] == "دانشجوي"
    assert a.to_normalized(*o) == (start, start + len("دانشجوی"))


def test_inserted_joiner_maps_to_empty_span():
    a = preset("default").normalize_aligned("استانها")
    i = a.text.index("\u200c")
    assert a.spans[i][0] == a.spans[i][1] == 5


def test_letters_keep_their_place_in_an_edit_as_long_as_its_input():
    # «بیسواد ها» -> «بی‌سوادها»: a joiner in, a space out (after a non-joining letter): as
    # long as the input, yet every letter after بی has moved (hypothesis found the kind, on
    # «میخوام ها ها», which a plural no longer joins twice)
    s = "بیسواد ها"
    a = preset("default").normalize_aligned(s)
    assert a.text == z("بی|سوادها")
    for ch, (b, e) in zip(a.text, a.spans):
        if ch != "\u200c":
            assert e - b == 1 and s[b] == ch, (ch, b, e)
    i = a.text.index("س")
    assert a.to_original(i, i + 4) == (2, 6)


def test_removed_tatweel_and_url_untouched():
    s = "کـتاب https://x.ir/a?b=12"
    a = Pipeline.from_spec("remove_tatweel; digits").normalize_aligned(s)
    assert a.text == "کتاب https://x.ir/a?b=12"
    u = a.text.index("https")
    assert a.to_original(u, len(a.text)) == (s.index("https"), len(s))


def test_explain_counts_and_examples():
    ex = preset("default").explain("كتاب هاي ٣٤٥")
    steps = {r.step: r for r in ex.reports}
    assert steps["unify_letters"].edits == 2
    assert steps["digits"].edits == 3
    assert "fix_zwnj" in steps
    assert ex.plan().startswith("unify_letters; digits")
    assert "edits" in str(ex)


# -- spans in arrays, look-ups by binary search, large texts in chunks ----------------------
import pickle  # noqa: E402
from array import array  # noqa: E402

import pytest  # noqa: E402

from normalizer import pipeline as pipeline_mod  # noqa: E402
from normalizer.pipeline import Aligned  # noqa: E402


def test_spans_are_two_arrays_and_a_read_only_view():
    s = "كتاب هاي ﻻ مـــن"
    a = preset("default").normalize_aligned(s)
    assert isinstance(a._starts, array) and isinstance(a._ends, array)
    assert len(a._starts) == len(a._ends) == len(a.text) == len(a.spans)
    pairs = list(a.spans)
    assert all(type(x) is tuple and len(x) == 2 for x in pairs)
    assert a.spans == tuple(pairs) and a.spans == pairs
    assert a.spans[1] == pairs[1] and a.spans[-1] == pairs[-1]
    assert list(a.spans[2:5]) == pairs[2:5]
    with pytest.raises(TypeError):
        a.spans[0] = (0, 0)  # type: ignore[index]
    original, text, spans = a  # unpacks as the named tuple it was
    assert (original, text, list(spans)) == (s, a.text, pairs)
    assert pickle.loads(pickle.dumps(a)) == a
    assert Aligned(s, a.text, pairs) == a


class _Counting(array):
    """An array that counts the items read from it: one by one (as bisect does) or all."""
    reads = 0

    def __getitem__(self, i):
        _Counting.reads += 1
        return super().__getitem__(i)

    def __iter__(self):
        _Counting.reads += len(self)
        return super().__iter__()


def _spans(n, disorder=()):
    """``n`` spans in order, one in ten an insertion (empty); at the positions in
    ``disorder``, an insertion inside a block of one span (ﷲ -> الل‌ه), out of order."""
    starts, ends, pos = [], [], 0
    for i in range(n):
        if i in disorder:
            starts += [pos - 1, pos, pos - 1][: n - len(starts)]
            ends += [pos, pos, pos][: n - len(ends)]
        elif i % 10 == 0:
            starts.append(pos)
            ends.append(pos)
        else:
            starts.append(pos)
            ends.append(pos + 1)
            pos += 1
    return starts[:n], ends[:n]


@pytest.mark.parametrize("disorder", [(), (5_001, 70_003)])
def test_look_ups_read_a_logarithmic_number_of_items(disorder):
    # 100,000 characters, one in ten inserted (an empty span): a look-up reads a few dozen
    # of them, where a scan reads them all; spans out of order are read one by one
    n = 100_000
    s, e = _spans(n, disorder)
    starts, ends = _Counting("i", s), _Counting("i", e)
    m = max(e)
    a = Aligned._from_arrays("o" * m, "x" * n, starts, ends)
    assert a._is_sorted() == (not disorder)
    a.to_normalized(0, 1)  # (spans out of order are set apart once)
    for q in [(0, 0), (5, 6), (m // 2, m // 2 + 40), (4_500, 4_501), (m - 1, m), (m, m)]:
        _Counting.reads = 0
        a.to_normalized(*q)
        assert _Counting.reads <= 4 * n.bit_length() + 4 * len(disorder), q
    for q in [(0, n), (n // 3, n // 2), (n, n)]:
        _Counting.reads = 0
        a.to_original(*q)
        assert _Counting.reads <= 4 + 4 * len(disorder), q


LONG_LINES = ["كتاب هاي علي ٣٤٥ https://example.com/a?b=12", "استانها میتوانند بهرهگیری کنند", "",
              "می تواند در میدان", "مـــن  به مدرسه رفتم ،سپس", "ﻻ ﷲ می خواهم", "جنایت کار", "انجام شده"]


@pytest.mark.parametrize("name", ["default", "letters", "search"])
def test_a_large_text_is_aligned_in_chunks_as_it_is_whole(name, monkeypatch):
    p = preset(name)
    text = "\n".join(LONG_LINES[i % len(LONG_LINES)] + " " * (i % 3) for i in range(400)) + "\nآخر"
    whole = p.normalize_aligned(text)  # (shorter than two chunks)
    sizes = []
    aligned = pipeline_mod.Pipeline._aligned

    def spy(self, t, base):
        sizes.append(len(t))
        return aligned(self, t, base)

    monkeypatch.setattr(pipeline_mod, "CHUNK_CHARS", 500)
    monkeypatch.setattr(pipeline_mod.Pipeline, "_aligned", spy)
    chunked = p.normalize_aligned(text)
    assert len(sizes) > 10 and max(sizes) < 1500  # never the whole text at once
    assert chunked.text == whole.text == p(text)
    assert list(chunked.spans) == list(whole.spans)
    for q in [(0, len(text)), (700, 900), (2000, 2001), (len(text) - 5, len(text))]:
        assert chunked.to_normalized(*q) == whole.to_normalized(*q)


def test_chunks_aligned_in_narrower_offsets_join_a_wider_whole(monkeypatch):
    # a text too long for 4-byte offsets is aligned in 8-byte ones, while its first chunks'
    # offsets fit in 4 bytes (here the bound is lowered to 1,000 characters)
    p = preset("default")
    text = "\n".join(LONG_LINES[i % len(LONG_LINES)] for i in range(100))
    whole = p.normalize_aligned(text)
    monkeypatch.setattr(pipeline_mod, "CHUNK_CHARS", 500)
    monkeypatch.setattr(pipeline_mod, "_typecode", lambda n: "q" if n > 1000 else "i")
    chunked = p.normalize_aligned(text)
    assert chunked._starts.typecode == "q" and chunked.text == whole.text
    assert list(chunked.spans) == list(whole.spans)
