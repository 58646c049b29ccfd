"""Deterministic benchmark corpora made from the evaluation text (nothing large committed).

    python benchmarks/corpus.py --kind mixed --mib 10 > /tmp/mixed10.txt
"""
from __future__ import annotations

import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
KINDS = {
    "clean": "gold_perdt_dev.txt",
    "arabic": "arabic_perdt_dev.txt",
    "glued": "glued_perdt_dev.txt",
    "spaced": "spaced_perdt_dev.txt",
    "mixed": "mixed_arabic_perdt_dev.txt",
}
LATIN = ["see https://example.com/page?id=42 for details", "Python 3.11 and COVID-19",
         "contact: info@example.org", "version v2.1.0 released", "#hashtag @user"]


def lines(kind: str) -> list[str]:
    if kind == "latin":
        base = lines("mixed")
        rnd = random.Random(1)
        return [l + " " + rnd.choice(LATIN) if i % 3 == 0 else l for i, l in enumerate(base)]
    with open(os.path.join(DATA, KINDS[kind]), encoding="utf-8") as f:
        return f.read().splitlines()


def make(kind: str, mib: float, seed: int = 0) -> str:
    """About ``mib`` MiB of ``kind`` text: the evaluation lines shuffled and repeated."""
    base = lines(kind)
    rnd = random.Random(seed)
    out: list[str] = []
    size = 0
    target = int(mib * 2**20)
    while size < target:
        block = base[:]
        rnd.shuffle(block)
        for l in block:
            out.append(l)
            size += len(l.encode()) + 1
            if size >= target:
                break
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", choices=list(KINDS) + ["latin"], default="mixed")
    ap.add_argument("--mib", type=float, default=10)
    args = ap.parse_args()
    sys.stdout.write(make(args.kind, args.mib))


if __name__ == "__main__":
    main()
