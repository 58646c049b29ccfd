"""fix_zwnj's user words in the core: the `words` and `keep` options (lists of strings).

The Python engine has no such options; these rows check the core alone, through
``_core.step_apply``: rows that change with a user word and stay as they were without it,
and `keep` words left alone glued and spaced. With both lists empty the step is the
built-in one (tests/test_eval_outputs.py pins its outputs on all of ../shared/eval).
"""
from __future__ import annotations

import pytest

from normalizer import _core

Z = "\u200c"
ABR = f"ابر{Z}رایانه"


def fix(text: str, **opts) -> str:
    return _core.step_apply("fix_zwnj", opts, text)


@pytest.mark.parametrize("text, want", [
    ("ابررایانه ساخت", f"{ABR} ساخت"),
    ("ابر رایانه ساخت", f"{ABR} ساخت"),
    ("«ابر رایانه»", f"«{ABR}»"),
    ("ابررایانهها", f"{ABR}{Z}ها"),
    ("سازمان ملل متحد", f"سازمان{Z}ملل{Z}متحد"),
    ("فیسبوکها", f"فیسبوک{Z}ها"),
])
def test_user_words_repair_on_any_line(text: str, want: str) -> None:
    words = [ABR, f"سازمان{Z}ملل{Z}متحد", "فیسبوک"]
    assert fix(text, words=words) == want
    assert fix(text) != want
    assert fix(text, words=list(reversed(words))) == want  # one analyzer, any order


def test_a_solid_user_word_is_never_split() -> None:
    assert fix("میتواند") == f"می{Z}تواند"
    assert fix("میتواند", words=["میتواند"]) == "میتواند"


@pytest.mark.parametrize("text", ["استانها", "استان ها", "«استانها»", "استانها، استان ها"])
def test_keep_words_are_left_alone(text: str) -> None:
    assert fix(text) != text
    assert fix(text, keep=["استانها", "استان"]) == text


def test_empty_lists_change_nothing() -> None:
    text = "استان ها میتوانند بهرهگیری کنند"
    assert fix(text, words=[], keep=[]) == fix(text)
    assert _core.step_edits("fix_zwnj", {"words": [], "keep": []}, text) == _core.step_edits("fix_zwnj", {}, text)
