#!/usr/bin/env python3
"""Write (or check) tests/data/eval_outputs.tsv: for each preset and each evaluation file of
``../shared/eval``, the SHA-256 of the output and how many lines it changes.

The engine's outputs on all of the evaluation text are pinned by this file: a change to any
step that changes one character of them shows as a changed digest (tests/test_eval_outputs.py),
to be explained in the commit that updates the file.

    python scripts/eval_digests.py            # rewrite the file
    python scripts/eval_digests.py --check    # exit 1 where a digest differs
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
OUT = os.path.join(ROOT, "tests", "data", "eval_outputs.tsv")
EVAL = os.environ.get("NORMALIZER_EVAL", os.path.join(ROOT, "..", "shared", "eval"))


def rows(eval_dir: str = EVAL) -> list[tuple[str, str, int, str]]:
    """(preset, file, lines changed, sha256 of the output) for every preset and eval file."""
    from normalizer import PRESET_SPECS, preset

    texts = []  # (file, text), read once for every preset
    for f in sorted(f for f in os.listdir(eval_dir) if f.endswith(".txt") and "_perdt_" in f):
        with open(os.path.join(eval_dir, f), encoding="utf-8", newline="") as fh:
            texts.append((f, fh.read()))
    out = []
    for name in PRESET_SPECS:
        p = preset(name)
        for f, text in texts:
            res = p(text)
            changed = sum(a != b for a, b in zip(text.split("\n"), res.split("\n")))
            out.append((name, f, changed, hashlib.sha256(res.encode("utf-8")).hexdigest()))
    return out


def render(rs: list[tuple[str, str, int, str]]) -> str:
    return "#preset\tfile\tlines changed\tsha256 of the output\n" + "".join(
        f"{a}\t{b}\t{c}\t{d}\n" for a, b, c, d in rs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    args = ap.parse_args()
    text = render(rows())
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
        if old != text:
            for a, b in zip(old.splitlines(), text.splitlines()):
                if a != b:
                    print(f"was {a}\nnow {b}")
            return 1
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
