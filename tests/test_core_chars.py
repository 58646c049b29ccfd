"""The core's character tables against Python's (src/chars.rs, generated in part)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


from normalizer import get_step

ROOT = Path(__file__).resolve().parent.parent


def test_generated_tables_are_current() -> None:
    """The Unicode-derived section of src/chars.rs is what this Python makes of it."""
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_core_chars.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_every_arabic_form_maps_as_unicode_decomposes_it() -> None:
    """Every character of the Arabic blocks and presentation forms, one at a time, through
    unify_letters: as the generator derives it from ``unicodedata`` (an oracle apart from
    the core's tables: NFKC, then ARABIC_TO_PERSIAN)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import gen_core_chars as gen

    forms, a2p = gen.presentation_forms(), gen.arabic_to_persian()
    assert len(forms) > 500
    cps = [*range(0x0600, 0x0780), *range(0x08A0, 0x0900), *range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]
    for opts in ({}, {"teh_marbuta": "heh"}, {"presentation_forms": False}):
        step = get_step("unify_letters", **opts)
        for cp in cps:
            c = chr(cp)
            want = a2p.get(c, c)
            if opts.get("presentation_forms", True) and c in forms:
                want = forms[c]
            if opts.get("teh_marbuta") == "heh" and c == "ة":
                want = "ه"
            if opts.get("presentation_forms", True) and c in "\ufdfd\ufdfe\ufdff":
                want = {"\ufdfd": "بسم الله الرحمن الرحیم", "\ufdfe": "سبحانه وتعالی",
                        "\ufdff": "عز وجل"}[c]  # no decomposition: spelt as they read
            assert step.apply(c) == want, (hex(cp), opts)