#!/usr/bin/env python3
"""ZWNJ accuracy on the evaluation text, beside hazm's and parsivar's default normalizers.

    python benchmarks/accuracy.py                    # PerDT dev, in benchmarks/data
    python benchmarks/accuracy.py --split train      # PerDT train: --eval DIR or $NORMALIZER_EVAL

For each input (glued, spaced, mixed, arabic, mixed_arabic, and the gold text itself) every
normalizer's output is scored against the gold text with benchmarks/data/score.py: ZWNJ
recall, precision and F1, false merges (a gold space joined) and false splits.

Our normalizer is given each file whole, as `persian-normalize` reads it (the spaced repair
takes a writer's habit from the lines around a line); hazm and parsivar are given it line by
line, as their normalizers do not keep line breaks.
"""
from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "train"], default="dev",
                    help="the PerDT split to score (default: dev)")
    ap.add_argument("--eval", default=None, metavar="DIR",
                    help="the folder of {kind}_perdt_{split}.txt files (default: benchmarks/data for dev, "
                         "$NORMALIZER_EVAL for train)")
    args = ap.parse_args(argv)
    folder = args.eval or (DATA if args.split == "dev" else os.environ.get("NORMALIZER_EVAL"))
    if not folder:
        ap.error("the train files are not in the repository: give --eval DIR or set NORMALIZER_EVAL")
    path = lambda kind: os.path.join(folder, f"{kind}_perdt_{args.split}.txt")  # noqa: E731
    if not os.path.exists(path("gold")):
        ap.error(f"no {path('gold')}")
    gold = read_lines(path("gold"))
    kinds = [k for k in INPUTS if os.path.exists(path(k))]
    print("| normalizer | input | ZWNJ recall % | precision % | F1 % | false merges | false splits | ZWNJ inside word |")
    print("|---|---|---|---|---|---|---|---|")
    for name, fn in contenders().items():
        for kind in kinds:
            lines = read_lines(path(kind))
            pred = fn(lines)
            res, _ = score(gold, pred)
            z, ms = res["zwnj"], res["merges_splits"]
            pct = lambda x: "n/a" if x is None else f"{100 * x:.1f}"
            print(f"| {name} | {kind} | {pct(z['recall'])} | {pct(z['precision'])} | {pct(z['f1'])} | "
                  f"{ms['false_merges']} | {ms['false_splits']} | {ms['false_zwnj_inside_word']} |")


if __name__ == "__main__":
    main()
