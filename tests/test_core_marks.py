"""The core's remove_invisibles against Python's on the emoji classes (src/marks.rs)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from normalizer import _core, get_step

ROOT = Path(__file__).resolve().parent.parent


def test_emoji_tables_are_current() -> None:
    """src/marks.rs's emoji tables are what this Python's `regex` matches."""
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_emoji_table.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_zwj_next_to_every_code_point() -> None:
    """A ZWJ after every code point (before an emoji), and before every one (after an
    emoji): kept or removed as Python keeps or removes it."""
    if "remove_invisibles" not in _core.step_names():
        pytest.skip("remove_invisibles not in the core yet")
    step = get_step("remove_invisibles")
    cps = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for k in range(0, len(cps), 100_000):
        chunk = cps[k:k + 100_000]
        for text in ("a".join(c + "\u200d\U0001F600" for c in chunk),
                     "a".join("\U0001F600\u200d" + c for c in chunk)):
            want = [tuple(e) for e in step.edits(text)]
            got = [(s, e, r) for s, e, r, _ in _core.step_edits("remove_invisibles", {}, text)]
            assert got == want, f"code points from U+{k:04X}"
