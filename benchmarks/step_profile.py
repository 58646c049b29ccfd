#!/usr/bin/env python3
"""Where a preset's time goes on the plain path: the masking of protected spans, each step
(its fast path in the core, one call each; in a pipeline neighbouring character maps are fused
into one pass, so their sum here is an upper bound) and the unmasking, timed on the text as
the pipeline gives it to each, chunk by chunk as ``Pipeline.__call__`` cuts it.

    python benchmarks/step_profile.py FILE [--preset letters] [--repeat 3] [--root DIR]

``--root`` imports ``normalizer`` from another checkout than this one (to compare two versions on one
file). Prints milliseconds per entry, the best of ``--repeat`` runs; never asserts a time.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any, Callable


def profile(text: str, name: str, repeat: int) -> dict[str, float]:
    """Milliseconds per entry of preset ``name`` on ``text`` (the best of ``repeat``)."""
    from normalizer import preset, protect
    from normalizer import pipeline as P

    p = preset(name)
    p(text[:1000])  # load what the steps load on first use, outside the timing
    chunks, start, n = [], 0, len(text)
    while start < n:
        end = text.find("\n", start + P.CHUNK_CHARS)
        end = n if end < 0 else end + 1
        chunks.append(text[start:end])
        start = end
    best: dict[str, float] = {}
    for _ in range(repeat):
        times: dict[str, float] = {}

        def timed(key: str, fn: Callable[..., Any], *args: Any) -> Any:
            t0 = time.perf_counter()
            out = fn(*args)
            times[key] = times.get(key, 0.0) + time.perf_counter() - t0
            return out

        for chunk in chunks:
            masked, hidden, ph = timed("mask", protect.mask, chunk, *p._protect)
            for i, step in enumerate(p.steps):
                masked = timed(f"{i}:{step.name}", step.apply, masked)
            timed("unmask", protect.unmask, masked, hidden, ph)
        best = {k: min(v, best.get(k, v)) for k, v in times.items()}
    return {k: round(v * 1000, 1) for k, v in best.items()}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--preset", default="letters")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--root", help="the checkout to import normalizer from")
    args = ap.parse_args(argv)
    sys.path.insert(0, args.root or os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(args.file, encoding="utf-8") as f:
        text = f.read()
    ms = profile(text, args.preset, args.repeat)
    print(json.dumps({**ms, "total": round(sum(ms.values()), 1)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
