#!/usr/bin/env python3
"""The Spark example job on local[1] and local[2] against the CLI with -j 1 and -j 2, on the
same folder of files, in one run (wall time of each whole command, start-up included).

    python benchmarks/spark_bench.py --mib 20 --files 8
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from corpus import make  # noqa: E402


def timed(cmd: list[str]) -> float:
    env = dict(os.environ, PYTHONPATH=ROOT, PYSPARK_PYTHON=sys.executable)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mib", type=float, default=20, help="corpus size in MiB (default: 20)")
    ap.add_argument("--files", type=int, default=8, help="number of files (default: 8)")
    ap.add_argument("--kind", default="mixed")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="pn-spark-bench-")
    src = os.path.join(work, "in")
    os.makedirs(src)
    for i in range(args.files):
        with open(os.path.join(src, f"part{i:03d}.txt"), "w", encoding="utf-8") as f:
            f.write(make(args.kind, args.mib / args.files, seed=i))
    size = sum(os.path.getsize(os.path.join(src, f)) for f in os.listdir(src)) / 2**20
    files = sorted(os.path.join(src, f) for f in os.listdir(src))
    job = os.path.join(ROOT, "examples", "spark_normalize.py")
    rows = []
    for jobs in (1, 2):
        t = timed([sys.executable, "-m", "normalizer", "-j", str(jobs), "-o", os.devnull, *files])
        rows.append((f"persian-normalize -j {jobs}", t))
    for cores in (1, 2):
        out = os.path.join(work, f"out{cores}")
        t = timed([sys.executable, job, src, out, "--master", f"local[{cores}]"])
        rows.append((f"spark_normalize.py --master local[{cores}]", t))
    print(f"corpus: {args.kind}, {size:.1f} MiB in {args.files} files\n")
    print("| command | seconds | MiB/s |\n|---|---|---|")
    for name, t in rows:
        print(f"| {name} | {t:.1f} | {size / t:.2f} |")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
