"""pytest-benchmark suites: every preset and every step on realistic inputs.

    python -m pytest benchmarks --benchmark-enable --benchmark-only      # measure
    python -m pytest benchmarks                                         # smoke (CI)

Timings are reported, never asserted.
"""
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import make  # noqa: E402

from normalizer import PRESETS, get_step, preset, step_names  # noqa: E402

KINDS = ["clean", "arabic", "glued", "spaced", "latin"]
SIZE = float(os.environ.get("BENCH_MIB", "0.25"))


@pytest.fixture(scope="module", params=KINDS)
def corpus(request):
    return make(request.param, SIZE)


@pytest.mark.parametrize("name", list(PRESETS))
def test_preset(benchmark, corpus, name):
    p = preset(name)
    p(corpus[:1000])  # load the lexicon outside the timing
    out = benchmark(p, corpus)
    assert out.count("\n") == corpus.count("\n")


@pytest.mark.parametrize("name", [n for n in step_names() if n != "pipeline"])
def test_step(benchmark, name):
    text = make("mixed", SIZE)
    step = get_step(name)
    step(text[:1000])
    out = benchmark(step, text)
    assert out.count("\n") == text.count("\n")
