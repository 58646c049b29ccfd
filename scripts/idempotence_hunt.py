"""Hunt for texts on which a preset is not idempotent: p(p(x)) != p(x).

Draws lines with the generator of tests/test_idempotence.py (words of the PerDT train split,
their glued and spaced forms, suffixes alone, stray marks, ZWJ, tatweel, digits ...), feeds
them to each preset in blocks and prints every failing line, with the line alone when it
fails alone too, and a count per preset.

    python scripts/idempotence_hunt.py --seed 1 --lines 1000000 [--preset default] [--block 200]
"""
from __future__ import annotations

import argparse
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests")]

from normalizer import PRESETS, preset  # noqa: E402
from test_idempotence import lines  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--preset", action="append", choices=list(PRESETS))
    ap.add_argument("--block", type=int, default=200)
    ap.add_argument("--show", type=int, default=20, help="failing lines shown per preset")
    a = ap.parse_args(argv)
    names = a.preset or list(PRESETS)
    total_failures = 0
    for name in names:
        p = preset(name)
        t0 = time.perf_counter()
        failures = shown = 0
        chunk: list[str] = []

        def run(chunk: list[str]) -> None:
            nonlocal failures, shown
            once = p("\n".join(chunk))
            twice = p(once)
            if twice == once:
                return
            for src, x, y in zip(chunk, once.split("\n"), twice.split("\n")):
                if x != y:
                    failures += 1
                    if shown < a.show:
                        shown += 1
                        alone = p(src)
                        tag = "alone" if p(alone) != alone else "in block only"
                        print(f"[{name}] ({tag}) {src!r}\n    once:  {x!r}\n    twice: {y!r}")

        for s in lines(a.seed, a.lines):
            chunk.append(s)
            if len(chunk) == a.block:
                run(chunk)
                chunk = []
        if chunk:
            run(chunk)
        dt = time.perf_counter() - t0
        print(f"{name}: {failures} failing lines of {a.lines} (seed {a.seed}, blocks of {a.block}), {dt:.1f} s")
        total_failures += failures
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())
