"""The engine's output on all of ``../shared/eval`` (train and dev: gold, glued, spaced, mixed,
arabic), for every preset, is pinned by digests in tests/data/eval_outputs.tsv.

The digests were first written by the Python engine the core replaced (after a differential
test showed the two equal, edit for edit), so this test also keeps the core at that
engine's output until a change is meant: then ``python scripts/eval_digests.py`` rewrites the
file, and the commit says why the outputs changed and by how many lines."""
from __future__ import annotations

import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import eval_digests  # noqa: E402


@pytest.mark.skipif(not os.path.isdir(eval_digests.EVAL) and not os.environ.get("CI"),
                    reason="no ../shared/eval beside the checkout")
def test_outputs_on_the_evaluation_text_are_pinned():
    with open(eval_digests.OUT, encoding="utf-8") as f:
        want = f.read().splitlines()
    got = eval_digests.render(eval_digests.rows()).splitlines()
    assert len(want) == len(got) > 1
    changed = [f"was {a}\n    now {b}" for a, b in zip(want, got) if a != b]
    assert not changed, "outputs changed (rewrite with scripts/eval_digests.py if meant):\n" + "\n".join(changed)
