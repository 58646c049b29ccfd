"""The tables learned from PerDT train (data/learned/): well formed, read by the repair, and
what scripts/learn_spellings.py writes from the train text (where ../shared/eval is beside the
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


def _table(path):
    """A table's rows, split at tabs (after its # line)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert lines[0].startswith("#")
    return [ln.split("\t") for ln in lines[1:]]


def _rows():
    return _table(learn_spellings.OUT)


def test_rows_are_joined_words_seen_often_enough_and_sorted():
    rows = _rows()
    assert len(rows) > 1000 and [r[0] for r in rows] == sorted(r[0] for r in rows)
    glued = set()
    for w, joined, apart in rows:
        assert ZWNJ in w and w.strip(ZWNJ) == w and " " not in w
        assert int(joined) >= learn_spellings.MIN_COUNT
        assert apart == "-" if w.count(ZWNJ) > 1 else int(apart) >= 0
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
    assert got == [("آب\u200cرسانی", 3, "0"), ("فیلم\u200cبرداری", 2, "0")]


def _apart():
    return _table(learn_spellings.APART_OUT)


def test_apart_rows_are_lexicon_compounds_train_writes_apart():
    rows = _apart()
    lexicon, seconds = learn_spellings.lexicon_words(), learn_spellings.second_parts()
    assert len(rows) > 100 and [r[0] for r in rows] == sorted(r[0] for r in rows)
    for pair, c in rows:
        a, b = pair.split(" ")
        assert int(c) >= learn_spellings.MIN_COUNT
        assert f"{a}{ZWNJ}{b}" in lexicon or f"{a}{b}" in lexicon or b in seconds, pair


_SHOWS = "کتاب ها"  # a line that shows spaces typed for joiners


@pytest.mark.parametrize("pair", ["رئیس جمهور", "خلیج فارس", "محیط زیست", "اهل بیت"])
def test_a_compound_train_writes_apart_stays_apart(pair):
    assert any(r[0] == pair for r in _apart())
    text = f"{_SHOWS}\n{pair} آمد\n{_SHOWS}"
    assert _core.step_apply("fix_zwnj", {}, text).split("\n")[1] == f"{pair} آمد"
    # with spaced_compounds=join it joins as the other compounds do; a compound not on the
    # table joins among the same lines by default
    joined = pair.replace(" ", ZWNJ)
    got = _core.step_apply("fix_zwnj", {"spaced_compounds": "join"}, text).split("\n")[1]
    assert got == f"{joined} آمد"
    control = f"{_SHOWS}\nجنایت کار آمد\n{_SHOWS}"
    assert _core.step_apply("fix_zwnj", {}, control).split("\n")[1] == "جنایت\u200cکار آمد"
    # a user's word still decides
    assert _core.step_apply("fix_zwnj", {"words": [joined]}, text).split("\n")[1] == f"{joined} آمد"


def _solid():
    return _table(learn_spellings.SOLID_OUT)


def test_solid_rows_are_words_with_no_joiner():
    rows = _solid()
    assert len(rows) > 5000 and [r[0] for r in rows] == sorted(r[0] for r in rows)
    learned = {w.replace(ZWNJ, "") for w, _, _ in _rows()}
    for w, c in rows:
        assert ZWNJ not in w and " " not in w and len(w) >= 4 and int(c) >= learn_spellings.SOLID_MIN_COUNT
        assert w not in learned


@pytest.mark.parametrize("word, joined", [("نگهبانی", "نگه\u200cبانی"), ("آتشفشان", "آتش\u200cفشان"),
                                          ("دستشویی", "دست\u200cشویی")])
def test_a_word_train_writes_solid_stays_solid(word, joined):
    assert any(r[0] == word for r in _solid())
    assert _core.step_apply("fix_zwnj", {}, word) == word
    # a user's word comes first
    assert _core.step_apply("fix_zwnj", {"words": [joined]}, word) == joined


@pytest.mark.skipif(not os.path.exists(GOLD), reason="no ../shared/eval beside the checkout")
def test_the_files_are_what_the_script_writes_from_train():
    with open(GOLD, encoding="utf-8") as f:
        lines = f.read().splitlines()
    rows = learn_spellings.learn(lines)
    assert [[w, str(c), str(s)] for w, c, s in rows] == _rows()
    pairs = learn_spellings.learn_apart(lines, learn_spellings.lexicon_words(), learn_spellings.second_parts())
    assert [[p, str(c)] for p, c in pairs] == _apart()
    assert [[w, str(c)] for w, c in learn_spellings.learn_solid(lines)] == _solid()


def _names():
    rows = _table(os.path.join(ROOT, "data", "lexicon", "names.txt"))
    assert all(len(row) == 1 for row in rows)  # (one word a line)
    return [row[0] for row in rows]


def test_names_are_sorted_with_visible_joiners():
    names = _names()
    assert names == sorted(names) and len(names) == len(set(names))
    for w in names:
        assert ZWNJ in w and " " not in w and w.strip(ZWNJ) == w
        for k, c in enumerate(w):
            if c == ZWNJ:
                assert w[k - 1] not in "اآأإدذرزژوؤ", w  # (a joiner after these is invisible)


@pytest.mark.parametrize("name", _names())
def test_a_name_is_restored_where_glued(name):
    glued = name.replace(ZWNJ, "")
    assert _core.step_apply("fix_zwnj", {}, glued) == name
    assert _core.step_apply("fix_zwnj", {}, f"او {glued} را دید.") == f"او {name} را دید."
    assert _core.step_apply("fix_zwnj", {}, name) == name
