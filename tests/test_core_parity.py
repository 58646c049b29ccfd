"""Differential test: the Rust core against the Python engine, step by step.

Every step the core implements must make the same edits as the Python step of the same
name and options, and its fast path give the same text, on all of ``../shared/eval`` (train
and dev: gold, glued, spaced, mixed, arabic), on ``tests/golden``, and on random text.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from normalizer import _core, get_step
from normalizer import protect

HERE = Path(__file__).parent
# ../shared/eval beside the checkout (a worktree elsewhere sets NORMALIZER_EVAL)
EVAL = Path(os.environ.get("NORMALIZER_EVAL", HERE.parent.parent / "shared" / "eval"))

#: (step, options): every step and the options that change what it does
SPECS: list[tuple[str, dict]] = [
    ("unify_letters", {}), ("unify_letters", {"teh_marbuta": "heh"}),
    ("unify_letters", {"presentation_forms": False}), ("unify_letters", {"other_scripts": "convert"}),
    ("compose_letters", {}), ("fold_hamza", {}), ("lowercase", {}),
    ("digits", {}), ("digits", {"to": "latin"}), ("digits", {"to": "latin", "other_scripts": "convert"}),
    ("digits", {"to": "persian", "other_scripts": "convert"}),
    ("remove_tatweel", {}), ("remove_diacritics", {}), ("remove_diacritics", {"letter_marks": False}),
    ("remove_invisibles", {}), ("remove_invisibles", {"bidi": True}),
    ("ezafe", {"style": "hamza"}), ("ezafe", {"style": "zwnj"}), ("ezafe", {"style": "yeh"}),
    ("unify_spaces", {}), ("unify_spaces", {"strip": False}), ("punctuation_spacing", {}),
    ("punctuation", {}), ("punctuation", {"quotes": False}),
    ("clean_zwnj", {}), ("remove_zwnj", {}), ("remove_zwnj", {"to": "space"}),
    ("fix_zwnj", {}), ("fix_zwnj", {"solid": True}), ("fix_zwnj", {"spaced": False}),
    ("fix_zwnj", {"glued": False}), ("fix_zwnj", {"compounds": False}),
]


def _ported(name: str) -> bool:
    return name in _core.step_names()


def _eval_texts() -> list[tuple[str, str]]:
    """(label, text) blocks: each eval file in blocks of 200 lines, and the golden files."""
    out = []
    if not EVAL.is_dir() and os.environ.get("CI"):
        raise RuntimeError(f"no evaluation text at {EVAL}: set NORMALIZER_EVAL")
    files = sorted(EVAL.glob("*_perdt_*.txt")) if EVAL.is_dir() else []
    limit = int(os.environ.get("NORMALIZER_PARITY_LINES", "0"))  # 0: every line
    for f in files:
        lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
        if limit:
            lines = lines[:limit]
        for i in range(0, len(lines), 200):
            out.append((f"{f.name}:{i + 1}", "".join(lines[i:i + 200])))
    for f in sorted((HERE / "golden").glob("*.txt")):
        out.append((f.name, f.read_text(encoding="utf-8")))
    return out


def _python_edits(step, text: str) -> list[tuple[int, int, str]]:
    return [tuple(e) for e in step.edits(text)]  # type: ignore[misc]


def _core_edits(name: str, opts: dict, text: str) -> list[tuple[int, int, str]]:
    return [(s, e, r) for s, e, r, _ in _core.step_edits(name, opts, text)]


def _first_difference(a: list, b: list) -> str:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"edit {i}: python {x!r} core {y!r}"
    return f"python {len(a)} edits, core {len(b)}; next: {a[len(b):len(b) + 1] or b[len(a):len(a) + 1]}"


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    t = _eval_texts()
    if not t:
        pytest.skip("no evaluation text")
    return t


def test_eval_text_is_read(texts) -> None:
    # the differential tests below read every evaluation file (not only the golden files)
    assert any(label.startswith("gold_perdt_train") for label, _ in texts), f"no eval text at {EVAL}"


@pytest.mark.parametrize("name,opts", SPECS, ids=[f"{n}{o or ''}" for n, o in SPECS])
def test_same_edits_on_eval(texts, name: str, opts: dict) -> None:
    if not _ported(name):
        pytest.skip(f"{name} not in the core yet")
    step = get_step(name, **opts)
    for label, text in texts:
        want = _python_edits(step, text)
        got = _core_edits(name, opts, text)
        assert got == want, f"{label}: {_first_difference(want, got)}"
        assert _core.step_apply(name, opts, text) == step.apply(text), label


_ALPHABET = st.sampled_from(
    list("کتابهایمیتوانداستنرشدگیزی ") + ["\u200c", "\u200c", " ", "\n", "ي", "ك", "ة", "ۀ", "ـ", "ً", "ٔ",
                                       "ٓ", "ئ", "أ", "ء", "۱", "1", "٣", ".", ",", "،", "?", "!", "«", '"', "(", ")",
                                       "a", "B", "x", ":", "/", "@", "#", "-", "\u200b", "\u200d", "\u00a0",
                                       "\u200f", "ﻻ", "ﷲ", "ہ", "ے", "ٹ", "ە", "ھ", "é", "😀", "\ufeff"]
    + ["می", "ها", "های", "تر", "ای", " است", "خانه", "شده", "بی", "هم", "www.", ".com"])


@pytest.mark.parametrize("name,opts", SPECS, ids=[f"{n}{o or ''}" for n, o in SPECS])
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(_ALPHABET, max_size=40))
def test_same_edits_on_random_text(name: str, opts: dict, parts: list[str]) -> None:
    if not _ported(name):
        return
    text = "".join(parts)
    step = get_step(name, **opts)
    assert _core_edits(name, opts, text) == _python_edits(step, text)
    assert _core.step_apply(name, opts, text) == step.apply(text)


def test_same_masks(texts) -> None:
    if not _core.mask("see example.com")[1]:
        pytest.skip("protect not in the core yet")
    for foreign in (True, False):
        for other in (True, False):
            for label, text in texts:
                assert _core.mask(text, foreign, other) == protect.mask(text, foreign, other), label


# -- whole pipelines: output, alignment and explanation ---------------------------------
from normalizer import PRESET_SPECS, Pipeline  # noqa: E402


def _both(spec: str) -> tuple[Pipeline, Pipeline]:
    """The pipeline through the core, and the same through the Python engine."""
    core, py = Pipeline.from_spec(spec), Pipeline.from_spec(spec)
    py.__dict__["_core_program"] = None
    return core, py


@pytest.mark.parametrize("preset", list(PRESET_SPECS))
def test_same_pipeline_results(texts, preset: str) -> None:
    core, py = _both(PRESET_SPECS[preset])
    if core._program is None:
        pytest.skip("a step of this preset is not in the core yet")
    for label, text in texts:
        assert core(text) == py(text), label
    for label, text in texts[::7]:
        a, b = core.normalize_aligned(text), py.normalize_aligned(text)
        assert (a.text, a.spans) == (b.text, b.spans), label
        ea, eb = core.explain(text), py.explain(text)
        assert [(r.step, r.edits, r.examples) for r in ea.reports] == \
            [(r.step, r.edits, r.examples) for r in eb.reports], label
        assert ea.text == eb.text


@settings(max_examples=200, deadline=None)
@given(a=st.text(alphabet="abcdeکتاب\u200c ", max_size=30), b=st.text(alphabet="abcdeکتاب\u200c ", max_size=30))
def test_opcodes_as_difflib(a: str, b: str) -> None:
    from difflib import SequenceMatcher

    assert [tuple(o) for o in _core._opcodes(a, b)] == SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def test_batch_as_one_by_one() -> None:
    p = Pipeline.from_spec("remove_tatweel")
    texts = ["کـتاب", None, "", "a" * 10, "بـ\nـا"] * 50
    assert p.normalize_batch(texts, threads=3) == [t if t is None else p(t) for t in texts]
