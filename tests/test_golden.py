"""Golden files: tests/golden/input.txt through every preset. UPDATE_GOLDEN=1 rewrites them
(then read the diff before committing)."""
import os

import pytest

from normalizer import PRESETS, preset

HERE = os.path.join(os.path.dirname(__file__), "golden")


@pytest.mark.parametrize("name", list(PRESETS))
def test_golden(name):
    with open(os.path.join(HERE, "input.txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    got = preset(name)(text)
    path = os.path.join(HERE, f"{name}.txt")
    if os.environ.get("UPDATE_GOLDEN"):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(got)
    with open(path, encoding="utf-8", newline="") as f:
        assert got == f.read()
