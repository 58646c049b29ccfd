"""The tables learned from PerDT train (data/learned/): well formed, and what
scripts/learn_spellings.py writes from the train text (where ../shared/eval is beside the
checkout: the file is reproducible)."""
from __future__ import annotations

import os
import sys

import pytest

from normalizer import _core

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import eval_digests  # noqa: E402
import learn_spellings  # noqa: E402

ZWNJ = "\u200c"
GOLD = os.path.join(eval_digests.EVAL, "gold_perdt_train.txt")


def _rows():
    with open(learn_spellings.OUT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert lines[0].startswith("#")
    return [ln.split("\t") for ln in lines[1:]]


def test_rows_are_joined_words_seen_often_enough_and_sorted():
    rows = _rows()
    assert len(rows) > 1000 and [r[0] for r in rows] == sorted(r[0] for r in rows)
    glued = set()
    for w, joined, solid in rows:
        assert ZWNJ in w and w.strip(ZWNJ) == w and " " not in w
        assert int(joined) >= learn_spellings.MIN_COUNT and solid == "0"
        assert not w.replace(ZWNJ, "").endswith("ای")
        glued.add(w.replace(ZWNJ, ""))
    assert len(glued) == len(rows)  # (one spelling per glued form)


@pytest.mark.parametrize("row", range(0, 2500, 97))
def test_a_learned_word_is_restored_where_glued(row):
    rows = _rows()
    w = rows[row % len(rows)][0]
    assert _core.step_apply("fix_zwnj", {}, w.replace(ZWNJ, "")) == w
    assert _core.step_apply("fix_zwnj", {}, w) == w
    # a word the user keeps as written is not rewritten
    g = w.replace(ZWNJ, "")
    assert _core.step_apply("fix_zwnj", {"keep": [g]}, g) == g


def test_learn_keeps_one_way_spellings_only():
    lines = ["فیلم‌برداری شد و فیلم‌برداری کرد", "نهاده‌ای و نهاده‌ای و نهادهای",
             "خون‌ریزی", "گوشه‌ای گوشه‌ای", "آب‌رسانی آب‌رسانی، (آب‌رسانی)"]
    got = learn_spellings.learn(lines)
    # نهاده‌ای is also written نهادهای (another word); خون‌ریزی is seen once; ‑ای is left to the rules
    assert got == [("آب\u200cرسانی", 3, 0), ("فیلم\u200cبرداری", 2, 0)]


@pytest.mark.skipif(not os.path.exists(GOLD), reason="no ../shared/eval beside the checkout")
def test_the_file_is_what_the_script_writes_from_train():
    with open(GOLD, encoding="utf-8") as f:
        rows = learn_spellings.learn(f.read().splitlines())
    assert [[w, str(c), str(s)] for w, c, s in rows] == _rows()
