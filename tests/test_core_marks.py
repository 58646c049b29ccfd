"""The core's remove_invisibles against the Python rule it replaced, on the emoji classes
(src/marks.rs; the rule is kept below as the reference, with the `regex` module's classes)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


from normalizer import _core

ROOT = Path(__file__).resolve().parent.parent


def test_emoji_tables_are_current() -> None:
    """src/marks.rs's emoji tables are what this Python's `regex` matches."""
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_emoji_table.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def _reference() -> object:
    """remove_invisibles as the Python engine wrote it: one pattern, one replacement."""
    import regex  # type: ignore[import-untyped]

    from normalizer.data.chars import ARABIC_LETTER_CLASS as L

    picto = r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]"
    drop = "\ufeff\u00ad\u2060"
    pattern = regex.compile(rf"(?P<zwnj>(?<=[{L}])\u200b+(?=[{L}]))|(?P<drop>[{drop}\u200b]+)"
                            rf"|(?P<zwj>(?<!{picto})\u200d|\u200d(?!\p{{Extended_Pictographic}}))")
    return lambda text: [(m.start(), m.end(), "\u200c" if m.lastgroup == "zwnj" else "")
                         for m in pattern.finditer(text)]


def test_zwj_next_to_every_code_point() -> None:
    """A ZWJ after every code point (before an emoji), and before every one (after an
    emoji): kept or removed as the Python rule keeps or removes it."""
    ref = _reference()
    cps = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for k in range(0, len(cps), 100_000):
        chunk = cps[k:k + 100_000]
        for text in ("a".join(c + "\u200d\U0001F600" for c in chunk),
                     "a".join("\U0001F600\u200d" + c for c in chunk)):
            want = ref(text)  # type: ignore[operator]
            got = [(s, e, r) for s, e, r, _ in _core.step_edits("remove_invisibles", {}, text)]
            assert got == want, f"code points from U+{k:04X}"
