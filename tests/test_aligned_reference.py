"""The aligned path (composed in the core, kept in arrays) against a reference copy, in
Python, of the list-of-tuples version it replaced: the same spans, and the same answers from
``to_original`` and ``to_normalized`` (binary searches now, scans in the reference), on random
text through every preset."""
from array import array
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from normalizer import PRESETS, Aligned, Pipeline, preset, protect
from normalizer import _core
from normalizer.pipeline import apply_edits
from conftest import ZWNJ


# -- the reference: normalizer/pipeline.py as it was before the spans became arrays ----------
class RefAligned(NamedTuple):
    original: str
    text: str
    spans: tuple[tuple[int, int], ...]

    def to_original(self, start, end):
        if not 0 <= start <= end <= len(self.text):
            raise IndexError
        if start == end:
            if start < len(self.spans):
                p = self.spans[start][0]
            else:
                p = self.spans[-1][1] if self.spans else len(self.original)
            return p, p
        return self.spans[start][0], max(e for _, e in self.spans[start:end])

    def to_normalized(self, start, end):
        if not 0 <= start <= end <= len(self.original):
            raise IndexError
        idx = [i for i, (s, e) in enumerate(self.spans)
               if (s < end and e > start) or (s == e and start <= s < end)]
        if not idx:
            p = next((i for i, (s, _) in enumerate(self.spans) if s >= end), len(self.text))
            return p, p
        return idx[0], idx[-1] + 1


def ref_compose(align, text, edits):
    out = []
    pos = 0
    for s, e, r in edits:
        out.extend(align[pos:s])
        old = text[s:e]
        p = 0
        while p < len(old) and p < len(r) and old[p] == r[p]:
            p += 1
        q = 0
        while q < len(old) - p and q < len(r) - p and old[-1 - q] == r[-1 - q]:
            q += 1
        out.extend(align[s:s + p])
        mid_old = align[s + p:e - q]
        n_new = len(r) - p - q
        if n_new:
            if mid_old:
                if len(mid_old) == n_new == 1:
                    out.extend(mid_old)
                elif len(mid_old) <= 512 and n_new <= 512:
                    out.extend(ref_diff_spans(mid_old, old[p:len(old) - q], r[p:len(r) - q]))
                else:
                    span = (mid_old[0][0], max(x[1] for x in mid_old))
                    out.extend([span] * n_new)
            else:
                if s + p > 0:
                    at = align[s + p - 1][1]
                elif align:
                    at = align[0][0]
                else:
                    at = 0
                out.extend([(at, at)] * n_new)
        out.extend(align[e - q:e])
        pos = e
    out.extend(align[pos:])
    return out


def ref_diff_spans(mid, old, new):
    from difflib import SequenceMatcher

    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            out.extend(mid[i1:i2])
        elif tag == "replace":
            out.extend([(mid[i1][0], max(x[1] for x in mid[i1:i2]))] * (j2 - j1))
        elif tag == "insert":
            at = mid[i1 - 1][1] if i1 else mid[0][0]
            out.extend([(at, at)] * (j2 - j1))
    return out


def ref_normalize_aligned(p: Pipeline, text: str) -> RefAligned:
    masked, hidden, ph = protect.mask(text, *p._protect)
    cur, align = masked, [(i, i + 1) for i in range(len(masked))]
    for step in p.steps:
        edits = list(step.edits(cur))
        if edits:
            cur, align = apply_edits(cur, edits), ref_compose(align, cur, edits)
    return RefAligned(text, protect.unmask(cur, p._unprotected(hidden), ph), tuple(align))


# -- random text with insertions (joiners, spaces), deletions (tatweel, marks, invisibles),
# one-to-many replacements (ligatures) and protected spans --------------------------------
PIECES = ["می", "ها", "استان", "تواند", "کتاب", "هاي", "كتاب", "بهره", "گیری", "خانه", "ای", "بی",
          "میخوام", "هفتهی", "نامهای", "مـــن", "ﻻ", "ﷲ", "ﺑ", "ی\u064e", "٣٤٥", "3.14", "،", ",", " ",
          "  ", ZWNJ, "\u200b", "\u200d", "\n", "https://a.ir/x?1", "a@b.com", "Python", "«", "»",
          "?", "!", ".", "(", ")", "شده", "است", "کار", "انجام"]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map(lambda ps: "".join(ps)) | \
    st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join)
RANDOM = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _queries(data, n):
    """Spans (start, end) of a text of length ``n``, empty ones and the ends included."""
    out = [(0, 0), (0, n), (n, n)]
    for _ in range(6):
        a = data.draw(st.integers(0, n))
        b = data.draw(st.integers(a, n))
        out.append((a, b))
    return out


@pytest.mark.parametrize("name", list(PRESETS))
@RANDOM
@given(texts, st.data())
def test_arrays_give_the_reference_spans_and_answers(name, s, data):
    p = preset(name)
    new, ref = p.normalize_aligned(s), ref_normalize_aligned(p, s)
    assert new.text == ref.text
    assert list(new.spans) == list(ref.spans)
    if new._others is not None:  # the path's own order check, made around each edit, is right
        assert not new._others and Aligned(s, new.text, list(new.spans))._is_sorted()
    assert list(new._out_of_order()) == greedy_others(list(new.spans))
    for q in _queries(data, len(s)):
        assert new.to_normalized(*q) == ref.to_normalized(*q), q
    for q in _queries(data, len(new.text)):
        assert new.to_original(*q) == ref.to_original(*q), q


# Rows with each kind of edit, checked on every span of the original and of the output.
ROWS = [
    "کـــتاب",              # deletions (tatweel)
    "استانها",              # an insertion (a joiner)
    "ﻻ ﷲ",                  # one character to two and to four (a block of equal spans)
    "كتاب هاي ٣٤٥",          # one-for-one replacements
    "میخوام ها",            # letters that move inside one edit
    "",
    "https://x.ir/a?b=12 و كتاب",  # a protected span
    "مـــن  به مدرسه رفتم ،سپس\n\nسلام",
    "ﷲاست",                 # a joiner inserted inside ﷲ -> الله: spans out of order (ml)
    " ها,ﻻ\n3.14\na@b.comﷲاست»میاستانهفتهی",  # (default; found by a random search)
]


@pytest.mark.parametrize("name", list(PRESETS))
@pytest.mark.parametrize("s", ROWS)
def test_every_span_answers_as_the_reference(name, s):
    p = preset(name)
    new, ref = p.normalize_aligned(s), ref_normalize_aligned(p, s)
    assert list(new.spans) == list(ref.spans)
    for a in range(len(s) + 1):
        for b in range(a, len(s) + 1):
            assert new.to_normalized(a, b) == ref.to_normalized(a, b), (a, b)
    for a in range(len(new.text) + 1):
        for b in range(a, len(new.text) + 1):
            assert new.to_original(a, b) == ref.to_original(a, b), (a, b)


# Spans given by hand whose starts or ends go down somewhere (no pipeline makes them): the
# look-ups fall back to a scan, with the reference's answers.
UNSORTED = [
    [(0, 2), (1, 1), (0, 3)],
    [(2, 3), (0, 1), (1, 2)],
    [(0, 3), (3, 3), (1, 2), (2, 2)],
    [(1, 1), (0, 0)],
]


@pytest.mark.parametrize("spans", UNSORTED)
def test_spans_out_of_order_answer_as_the_reference(spans):
    original, text = "abc", "x" * len(spans)
    new, ref = Aligned(original, text, spans), RefAligned(original, text, tuple(spans))
    assert not new._is_sorted()
    for a in range(4):
        for b in range(a, 4):
            assert new.to_normalized(a, b) == ref.to_normalized(a, b), (a, b)
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert new.to_original(a, b) == ref.to_original(a, b), (a, b)


@st.composite
def sorted_spans(draw):
    """Spans whose starts and ends never go down, empty ones among them, over an original."""
    n = draw(st.integers(0, 12))
    out, s, e = [], 0, 0
    for _ in range(draw(st.integers(0, 12))):
        s = draw(st.integers(s, n))
        e = draw(st.integers(max(s, e), n))
        out.append((s, e))
    return "o" * n, out


@RANDOM
@given(sorted_spans())
def test_binary_searches_equal_scans_on_any_sorted_spans(case):
    original, spans = case
    text = "x" * len(spans)
    new, ref = Aligned(original, text, spans), RefAligned(original, text, tuple(spans))
    assert new._is_sorted()
    for a in range(len(original) + 1):
        for b in range(a, len(original) + 1):
            assert new.to_normalized(a, b) == ref.to_normalized(a, b), (a, b)
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert new.to_original(a, b) == ref.to_original(a, b), (a, b)


# _compose's order check around its edits, on alignments made by hand: (spans, text, edits)
COMPOSE_ROWS = [
    ([(0, 1), (1, 2)], "ab", [(1, 1, "x")]),                    # an insertion: in order
    ([(0, 1), (0, 1)], "ab", [(1, 1, "x")]),                    # inside a block of one span: not
    ([(0, 1), (0, 1), (1, 2)], "abc", [(0, 1, ""), (2, 2, "yy")]),
    ([(0, 2), (0, 2), (2, 3)], "abc", [(1, 1, "x"), (2, 3, "zz")]),
    ([(0, 1), (1, 2), (2, 3)], "abc", [(0, 3, "cab")]),          # a diff inside one edit
    ([(0, 1), (1, 2), (2, 3)], "abc", [(1, 2, "")]),             # a deletion
]


@pytest.mark.parametrize("spans, text, edits", COMPOSE_ROWS)
def test_compose_reports_the_order_it_leaves(spans, text, edits):
    align = (array("i", [s for s, _ in spans]), array("i", [e for _, e in spans]))
    starts, ends, ordered = _core._compose(list(align[0]), list(align[1]), text, edits)
    got = list(zip(starts, ends))
    assert got == ref_compose(spans, text, edits)
    out = apply_edits(text, edits)
    assert ordered == Aligned("o" * 3, out, got)._is_sorted()


def greedy_others(spans):
    """The positions of spans not kept by one pass keeping each span that is in order (its
    start at most its end) with the last kept: what Aligned sets apart."""
    out, ls, le = [], -1, -1
    for i, (s, e) in enumerate(spans):
        if ls <= s <= e and le <= e:
            ls, le = s, e
        else:
            out.append(i)
    return out


@st.composite
def any_spans(draw):
    """Spans in any order, empty ones and ones ending before they start among them."""
    n = draw(st.integers(0, 10))
    pairs = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=12))
    return "o" * n, pairs


@RANDOM
@given(any_spans())
def test_look_ups_on_spans_in_any_order_answer_as_the_reference(case):
    original, spans = case
    text = "x" * len(spans)
    new, ref = Aligned(original, text, spans), RefAligned(original, text, tuple(spans))
    assert list(new._out_of_order()) == greedy_others(spans)
    for a in range(len(original) + 1):
        for b in range(a, len(original) + 1):
            assert new.to_normalized(a, b) == ref.to_normalized(a, b), (a, b)
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert new.to_original(a, b) == ref.to_original(a, b), (a, b)
