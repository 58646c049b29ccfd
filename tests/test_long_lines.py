"""Long lines in the library: a line longer than ``pipeline.LONG_LINE`` is normalized in
pieces cut at spaces, each with its line's text around it, and comes out as it does whole.

The tests shrink LONG_LINE and LINE_CONTEXT (monkeypatched) so that a line of a few hundred
thousand characters is long; the real sizes are measured by hand (see the report)."""
import os
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from normalizer import pipeline as pl
from normalizer import preset
from normalizer.presets import PRESETS

_TRAIN = os.path.join(os.environ.get("NORMALIZER_EVAL", os.path.join(ROOT, "..", "shared", "eval")),
                      "mixed_perdt_train.txt")
_NEWS = os.path.join(ROOT, "tests", "golden", "news_spaced.txt")


def _sentences() -> list[str]:
    """Sentences to build long lines of: the PerDT train text with its spaced and glued
    joiners (if ../shared/eval is there), else the news golden. Sentences with an ASCII ``"``
    are left out: the punctuation step pairs those quotes over a whole line, so one unpaired
    quote changes every quote after it, which a piece cannot know (see the report)."""
    path = _TRAIN if os.path.exists(_TRAIN) else _NEWS
    with open(path, encoding="utf-8") as f:
        return [s for s in f.read().splitlines() if s.strip() and '"' not in s]


def long_line(chars: int, seed: int) -> str:
    """A deterministic line of at least ``chars`` characters: sentences drawn with a seed,
    joined by spaces."""
    sents = _sentences()
    rng = random.Random(seed)
    out, n = [], 0
    while n < chars:
        s = rng.choice(sents)
        out.append(s)
        n += len(s) + 1
    return " ".join(out)


@pytest.fixture
def small(monkeypatch):
    """LONG_LINE of 32 KiB characters (pieces of about 16 Ki), 4 Ki of context a side."""
    monkeypatch.setattr(pl, "LONG_LINE", 1 << 15)
    monkeypatch.setattr(pl, "LINE_CONTEXT", 1 << 12)


@pytest.mark.parametrize("name", list(PRESETS))
@pytest.mark.parametrize("seed", [1, 2])
def test_long_line_in_pieces_is_the_whole(small, name, seed):
    line = long_line(200_000, seed)
    p = preset(name)
    cuts = pl.line_cuts(line, 0, len(line))
    assert len(cuts) > 8  # it is cut
    assert p(line) == p._normalize(line)


@pytest.mark.parametrize("name", ["default", "search"])
def test_long_line_work_is_bounded(small, monkeypatch, name):
    # no step sees more than a piece and its context: the work's memory does not grow with
    # the line (before, the whole line went through every step at once)
    line = long_line(300_000, 3)
    seen: list[int] = []
    real_mask, real_normalize = pl.Pipeline._mask, pl.Pipeline._normalize

    def spy(real):
        def f(self, text, *args):
            seen.append(len(text))
            return real(self, text, *args)
        return f

    # every text the core is given goes through one of these two
    monkeypatch.setattr(pl.Pipeline, "_mask", spy(real_mask))
    monkeypatch.setattr(pl.Pipeline, "_normalize", spy(real_normalize))
    out = preset(name)(line)
    assert seen and max(seen) <= pl.LONG_LINE // 2 + 2 * pl.LINE_CONTEXT + 4096
    monkeypatch.undo()
    assert out == preset(name)._normalize(line)


@pytest.mark.parametrize("ending", ["\n", "\r\n", ""])
def test_long_lines_among_short_ones_keep_their_endings(small, ending):
    # long lines between short ones, \r\n endings, no final line break: every line keeps its
    # ending, the long ones come out as they do whole, the short ones as they do without them
    p = preset("default")
    a, b = long_line(100_000, 4), long_line(70_000, 5)
    shorts = ["كتاب هاي من", "", "می تواند   رفت", "استانها میتوانند"]
    lines = [shorts[0], a, shorts[1], shorts[2], b, shorts[3], b]
    text = "\r\n".join(lines[:-1]) + "\r\n" + lines[-1] + ending
    out = p(text)
    got = out.splitlines(keepends=True)
    assert len(got) == len(lines)
    assert [g[len(g.rstrip("\r\n")):] for g in got] == ["\r\n"] * (len(lines) - 1) + [ending]
    assert [g.rstrip("\r\n") for g in got] == [
        p(shorts[0]), p._normalize(a), p(shorts[1]), p("\r\n".join(shorts[1:3])).split("\r\n")[1],
        p._normalize(b), p(shorts[3]), p._normalize(b)]


def test_lines_under_long_line_are_unchanged(small):
    # a text longer than LONG_LINE whose lines are all shorter goes through whole, as before
    p = preset("default")
    text = "\n".join(long_line(2_000, s) for s in range(40)) + "\n"
    assert len(text) > pl.LONG_LINE and pl.first_long_line(text) is None
    assert p(text) == p._normalize(text)


def test_a_line_with_no_space_is_one_piece(small):
    p = preset("letters")
    line = "ك" * (pl.LONG_LINE + 10)
    assert pl.line_cuts(line, 0, len(line)) == [0, len(line)]
    assert p(line) == "ک" * (pl.LONG_LINE + 10)


@pytest.mark.parametrize("text, start, want", [
    ("ab\n" * 10, 0, None),
    ("x" * 40 + "\n", 0, (0, 41)),
    ("ab\n" + "x" * 40, 0, (3, 43)),
    ("ab\n" + "x" * 40 + "\nc", 3, (3, 44)),
    ("x" * 31 + "\n" + "y" * 31 + "\n", 0, None),
])
def test_first_long_line(monkeypatch, text, start, want):
    monkeypatch.setattr(pl, "LONG_LINE", 32)
    assert pl.first_long_line(text, start) == want


def test_pieces_of_a_quote_across_a_cut_lose_no_text(small):
    # an ASCII quote pairs over the whole line: a pair around a cut, wider than the small
    # windows that place the cut, straddles it in both pieces' windows; each piece is then
    # normalized without that side's context, and every character of the line comes out once
    p = preset("default")
    line = long_line(120_000, 6)
    cut = pl.line_cuts(line, 0, len(line))[3]
    o, c = line.index(" ", cut - 2000), line.index(" ", cut + 1500)
    line = line[:o] + ' "' + line[o + 1:c] + '" ' + line[c + 1:]
    out, whole = p(line), p._normalize(line)
    n = line.count("«")
    assert whole.count("«") == n + 1 and out.count("«") == n  # (the pair, seen by neither piece)
    strip = str.maketrans("", "", '"«» \u200c')
    assert out.translate(strip) == whole.translate(strip)


_WORDS = ["کتاب", "ها", "های", "می", "تواند", "بهره", "گیری", "جنایت", "کار", '"', "«", "»", "،", ".", ",",
          "https://a.ir/x", "ABC", "۱۲۳", "3.14", "\u200c", "  ", "ي", "ك", "بی", "خانه", "ای", "ان\u200cشاء\u200cالله"]


_FOLD_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=120), st.sampled_from(["\n", "\r\n", ""]),
       st.integers(24, 96), st.integers(4, 24))
def test_pieces_lose_and_double_nothing(monkeypatch, words, ending, long, ctx):
    # tiny pieces and windows, where the steps read less than they need: the output may differ
    # from the whole line's in joiners, spaces and marks, and in the script of a digit whose
    # nearest letter lies beyond the window (digits take the script of the words around
    # them), never in its letters and digits; character maps alone come out as the whole
    monkeypatch.setattr(pl, "LONG_LINE", long)
    monkeypatch.setattr(pl, "LINE_CONTEXT", min(ctx, long // 2))
    line = " ".join(words) + ending
    keep = re.compile(r"[^\w]|_")
    for name in ["default", "search"]:
        p = preset(name)
        out, whole = p(line), p._normalize(line)
        assert keep.sub("", out).translate(_FOLD_DIGITS) == keep.sub("", whole).translate(_FOLD_DIGITS)
        assert out.endswith(ending) and out.count("\n") == whole.count("\n")
    maps = preset("letters").without("digits")  # character maps alone: exactly the whole
    assert maps(line) == maps._normalize(line)
    letters = preset("letters")  # (a digit's script may come from beyond a tiny window)
    assert letters(line).translate(_FOLD_DIGITS) == letters._normalize(line).translate(_FOLD_DIGITS)
