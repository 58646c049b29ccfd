#!/usr/bin/env python3
"""ZWNJ accuracy on the evaluation text, beside hazm's and parsivar's default normalizers.

    python benchmarks/accuracy.py            # markdown table on stdout

For each input (glued, spaced, mixed, arabic, mixed_arabic, and the gold text itself) every
normalizer's output is scored against the gold text with benchmarks/data/score.py: ZWNJ
recall, precision and F1, false merges (a gold space joined) and false splits.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, DATA)
sys.path.insert(0, os.path.dirname(HERE))
from score import read_lines, score  # noqa: E402

INPUTS = ["glued", "spaced", "mixed", "arabic", "mixed_arabic", "gold"]


def contenders() -> dict:
    from normalizer import preset

    out = {"persian-normalizer default": preset("default")}
    try:
        import hazm

        out["hazm Normalizer()"] = hazm.Normalizer().normalize
    except ImportError:
        print("(hazm not installed, skipped)", file=sys.stderr)
    try:
        import parsivar

        out["parsivar Normalizer()"] = parsivar.Normalizer().normalize
    except ImportError:
        print("(parsivar not installed, skipped)", file=sys.stderr)
    return out


def main() -> None:
    gold = read_lines(os.path.join(DATA, "gold_perdt_dev.txt"))
    print("| normalizer | input | ZWNJ recall % | precision % | F1 % | false merges | false splits | ZWNJ inside word |")
    print("|---|---|---|---|---|---|---|---|")
    for name, fn in contenders().items():
        for kind in INPUTS:
            lines = read_lines(os.path.join(DATA, f"{kind}_perdt_dev.txt"))
            pred = [fn(l).replace("\n", " ") for l in lines]
            res, _ = score(gold, pred)
            z, ms = res["zwnj"], res["merges_splits"]
            pct = lambda x: "n/a" if x is None else f"{100 * x:.1f}"
            print(f"| {name} | {kind} | {pct(z['recall'])} | {pct(z['precision'])} | {pct(z['f1'])} | "
                  f"{ms['false_merges']} | {ms['false_splits']} | {ms['false_zwnj_inside_word']} |")


if __name__ == "__main__":
    main()
