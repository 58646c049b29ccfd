"""The core's plumbing seen from Python: alignments diffed as difflib diffs, batches on
threads as one by one, lone surrogates carried through, options checked."""
from __future__ import annotations

from difflib import SequenceMatcher

import pytest
from hypothesis import given, settings, strategies as st

from normalizer import PRESETS, Pipeline, SpecError, _core, preset


@settings(max_examples=300, deadline=None)
@given(a=st.text(alphabet="abcdeکتاب\u200c ", max_size=30), b=st.text(alphabet="abcdeکتاب\u200c ", max_size=30))
def test_opcodes_as_difflib(a: str, b: str) -> None:
    # the aligned path diffs a replacement's characters as the Python engine did, with difflib
    assert [tuple(o) for o in _core._opcodes(a, b)] == SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


_TEXTS = ["كتاب هاي من", None, "", "a" * 10, "بـ\nـا", "استانها می تواند", float("nan"),
          "کتاب ها\nجنایت کار\nکتاب ها"]


@pytest.mark.parametrize("name", list(PRESETS))
@pytest.mark.parametrize("threads", [1, 2, 3])
def test_batch_as_one_by_one(name: str, threads: int) -> None:
    p = preset(name)
    texts = _TEXTS * 40
    got = p.normalize_batch(texts, threads=threads)
    for t, g in zip(texts, got):
        if isinstance(t, str):
            assert g == p(t)
        else:
            assert g is t


def test_batch_rejects_what_is_no_text() -> None:
    with pytest.raises(TypeError, match="str, not int"):
        preset("default").normalize_batch(["a", 3])
    with pytest.raises(ValueError, match="threads"):
        preset("default").normalize_batch(["a"], threads=0)


@pytest.mark.parametrize("name", list(PRESETS))
def test_lone_surrogates_come_back_as_they_were(name: str) -> None:
    # bytes kept by surrogateescape go through every path as the surrogates they are
    text = "كتاب \udcff هاي \udc80x\nمی تواند \ud800"
    p = preset(name)
    out = p(text)
    assert [c for c in out if "\ud800" <= c <= "\udfff"] == ["\udcff", "\udc80", "\ud800"]
    assert p.normalize_aligned(text).text == out == p.explain(text).text
    assert p.normalize_batch([text], threads=2) == [out]


def test_stand_ins_of_surrogates_are_kept_apart_from_real_characters() -> None:
    # a text holding a character of the range the core uses for surrogates, and no surrogate,
    # keeps it; one holding both is refused with a clear error
    assert preset("default")("a \U0010fc00 b") == "a \U0010fc00 b"
    with pytest.raises(ValueError, match="surrogates"):
        preset("default")("\udcff \U0010fc00")


def test_unknown_step_options_are_refused_by_name() -> None:
    with pytest.raises(SpecError, match="no option 'nope'"):
        Pipeline.from_spec("fix_zwnj(nope=1)")


@pytest.mark.parametrize("name", list(PRESETS))
@pytest.mark.parametrize("threads", [2, 3])
def test_a_large_text_on_threads_is_the_text_on_one(name: str, threads: int) -> None:
    # spaced lines among solid ones, so that the ZWNJ repair reads the lines around each
    # (the parts are cut at line breaks and given those lines)
    import random

    rnd = random.Random(7)
    lines = ["كتاب ها و جنایت کار", "استانها میتوانند بهرهگیری کنند", "سلام دنیا", "",
             "می تواند", "Hello 12", "کتاب‌های من ۱۲"]
    text = "\n".join(rnd.choice(lines) for _ in range(30_000))
    p = preset(name)
    assert len(text) > 2 * 65536
    assert p._program.normalize_parallel(text, threads) == p._program.normalize(text)
    assert p(text) == p._program.normalize(text)


@pytest.mark.parametrize("name", list(PRESETS))
def test_a_text_holding_every_placeholder_is_left_as_it_is(name: str) -> None:
    # no private-use character is free to hide the URL with: nothing is changed (the Python
    # engine raised here); one free, and the text is normalized with the URL kept
    pua = "".join(map(chr, range(0xE001, 0xF000)))
    text = pua + " كتاب https://x.ir/ك ٣"
    p = preset(name)
    assert p(text) == text == p.normalize_aligned(text).text
    assert p.explain(text).reports == []
    out = p(text.replace("\ue001", ""))
    assert "https://x.ir/ك" in out and out != text.replace("\ue001", "")
