"""The core's character tables against Python's (src/chars.rs, generated in part)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from normalizer import _core, get_step
from normalizer.data import chars

ROOT = Path(__file__).resolve().parent.parent


def test_generated_tables_are_current() -> None:
    """The Unicode-derived section of src/chars.rs is what this Python makes of it."""
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_core_chars.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def _ported(name: str) -> bool:
    return name in _core.step_names()


def test_presentation_forms_and_letters_map_as_in_python() -> None:
    """Every character of the Arabic blocks and presentation forms, one at a time."""
    if not _ported("unify_letters"):
        pytest.skip("unify_letters not in the core yet")
    cps = [*range(0x0600, 0x0780), *range(0x08A0, 0x0900), *range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]
    text = " ".join(chr(cp) for cp in cps)
    for opts in ({}, {"teh_marbuta": "heh"}, {"presentation_forms": False}):
        step = get_step("unify_letters", **opts)
        want = [tuple(e) for e in step.edits(text)]
        got = [(s, e, r) for s, e, r, _ in _core.step_edits("unify_letters", opts, text)]
        assert got == want
    assert len(chars.presentation_forms()) > 500
