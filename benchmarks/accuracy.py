#!/usr/bin/env python3
"""ZWNJ accuracy on the evaluation text, beside hazm's and parsivar's default normalizers.

    python benchmarks/accuracy.py            # markdown table on stdout

For each input (glued, spaced, mixed, arabic, mixed_arabic, and the gold text itself) every
normalizer's output is scored against the gold text with benchmarks/data/score.py: ZWNJ
recall, precision and F1, false merges (a gold space joined) and false splits.

Our normalizer is given each file whole, as `persian-normalize` reads it (the spaced repair
takes a writer's habit from the lines around a line); hazm and parsivar are given it line by
line, as their normalizers do not keep line breaks.
"""
from __future__ import annotations

import os
import sys
from typing import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, DATA)
sys.path.insert(0, os.path.dirname(HERE))
from score import read_lines, score  # noqa: E402

INPUTS = ["glued", "spaced", "mixed", "arabic", "mixed_arabic", "gold"]


def _by_line(fn: Callable[[str], str]) -> Callable[[list[str]], list[str]]:
    return lambda lines: [fn(line).replace("\n", " ") for line in lines]


def contenders() -> dict:
    from normalizer import preset

    default = preset("default")
    out = {"persian-normalizer default": lambda lines: default("\n".join(lines)).split("\n")}
    try:
        import hazm

        out["hazm Normalizer()"] = _by_line(hazm.Normalizer().normalize)
    except ImportError:
        print("(hazm not installed, skipped)", file=sys.stderr)
    try:
        import parsivar

        out["parsivar Normalizer()"] = _by_line(parsivar.Normalizer().normalize)
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
            pred = fn(lines)
            res, _ = score(gold, pred)
            z, ms = res["zwnj"], res["merges_splits"]
            pct = lambda x: "n/a" if x is None else f"{100 * x:.1f}"
            print(f"| {name} | {kind} | {pct(z['recall'])} | {pct(z['precision'])} | {pct(z['f1'])} | "
                  f"{ms['false_merges']} | {ms['false_splits']} | {ms['false_zwnj_inside_word']} |")


if __name__ == "__main__":
    main()
