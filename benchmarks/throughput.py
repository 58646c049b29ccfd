#!/usr/bin/env python3
"""Throughput, startup and peak memory, every contender on the same corpus in one run.

    python benchmarks/throughput.py --mib 8 --kind mixed --repeat 3 [--plot benchmarks/throughput.png]
    python benchmarks/throughput.py --scaling          # default preset at 1, 10 and 100 MiB

Each contender runs in its own process (so that startup and peak memory are its own):
reference floors (read and write unchanged; one regex pass), this toolkit's presets in
process, the CLI as a whole process with one and with all workers, and hazm's, parsivar's
and rishe's normalizers where they are installed. Ratios are to hazm in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from typing import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from corpus import make  # noqa: E402

# Each runner: python code run with the corpus path as argv[1]; it prints
# {"startup": s, "seconds": s} (startup = imports and set-up, seconds = the normalizing).
_TIMER = """
import sys, time, json
t0 = time.perf_counter()
{setup}
t1 = time.perf_counter()
data = open(sys.argv[1], encoding="utf-8").read()
t2 = time.perf_counter()
{work}
t3 = time.perf_counter()
print(json.dumps({{"startup": t1 - t0, "seconds": t3 - t2}}))
"""

RUNNERS = {
    "floor: read+write": ("import os", "open(os.devnull, 'w', encoding='utf-8').write(data)"),
    "floor: one regex pass": ("import re; p = re.compile('[\\u0643\\u064a]')", "out = p.sub('x', data)"),
    "persian-normalizer letters": ("from normalizer import preset; p = preset('letters'); p('ك')",
                                   "out = p(data)"),
    "persian-normalizer default": ("from normalizer import preset; p = preset('default'); p('استانها')",
                                   "out = p(data)"),
    # each other toolkit in the mode that is fastest and linear on large text: line by line
    # (hazm on a whole 8 MiB text runs at 0.17 MiB/s, parsivar at 0.04 on 1 MiB), or the
    # whole text at once (rishe's Pipeline, twice as fast so)
    "hazm Normalizer()": ("import hazm; n = hazm.Normalizer()",
                          "out = '\\n'.join(n.normalize(l) for l in data.split('\\n'))"),
    "parsivar Normalizer()": ("import parsivar; n = parsivar.Normalizer()",
                              "out = '\\n'.join(n.normalize(l) for l in data.split('\\n'))"),
    "rishe Pipeline().normalize": ("import rishe; n = rishe.Pipeline()", "out = n.normalize(data)"),
    "rishe Normalizer()": ("import rishe; n = rishe.Normalizer()",
                           "out = '\\n'.join(n.normalize(l) for l in data.split('\\n'))"),
}


def _maxrss_child(cmd: list[str], stdin_path: str | None = None) -> tuple[subprocess.CompletedProcess, float]:
    """Run ``cmd`` through /usr/bin/time-free accounting: peak RSS of that child in MiB."""
    code = (
        "import resource, subprocess, sys, json\n"
        "cmd = json.loads(sys.argv[1]); stdin = sys.argv[2] or None\n"
        "f = open(stdin, 'rb') if stdin else subprocess.DEVNULL\n"
        "p = subprocess.run(cmd, stdin=f, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
        "sys.stdout.buffer.write(p.stdout[-4000:]); sys.stderr.buffer.write(p.stderr[-4000:])\n"
        "print('\\nMAXRSS', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.exit(p.returncode)\n"
    )
    p = subprocess.run([sys.executable, "-c", code, json.dumps(cmd), stdin_path or ""],
                       capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=ROOT))
    rss = 0.0
    for line in p.stdout.splitlines():
        if line.startswith("MAXRSS"):
            rss = int(line.split()[1]) / 1024
    return p, rss


REPEAT = 1  # runs per contender; the fastest counts (--repeat)


def _fastest(run: Callable[[], dict | None]) -> dict | None:
    """The fastest of REPEAT runs (None if a run fails)."""
    best = None
    for _ in range(REPEAT):
        res = run()
        if res is None:
            return None
        if best is None or res["seconds"] < best["seconds"]:
            best = res
    return best


def run_inproc(name: str, path: str) -> dict | None:
    setup, work = RUNNERS[name]

    def once() -> dict | None:
        p, rss = _maxrss_child([sys.executable, "-c", _TIMER.format(setup=setup, work=work), path])
        if p.returncode != 0:
            return None
        res = json.loads([l for l in p.stdout.splitlines() if l.startswith("{")][-1])
        res["rss"] = rss
        return res

    return _fastest(once)


def run_cli(path: str, jobs: int) -> dict:
    import time

    cmd = [sys.executable, "-m", "normalizer", "-j", str(jobs), "-o", os.devnull]

    def once() -> dict:
        t = time.perf_counter()
        p, rss = _maxrss_child(cmd, path)
        total = time.perf_counter() - t
        if p.returncode != 0:
            raise SystemExit(p.stderr)
        return {"startup": None, "seconds": total, "rss": rss}

    best = _fastest(once)
    assert best is not None
    return best


def cli_startup() -> float:
    """Wall time of the CLI on one word that loads the lexicon, best of five."""
    import time

    best = 1e9
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("استانها\n")
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "normalizer", f.name], capture_output=True,
                       env=dict(os.environ, PYTHONPATH=ROOT), check=True)
        best = min(best, time.perf_counter() - t)
    os.unlink(f.name)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mib", type=float, default=5, help="corpus size in MiB (default: 5)")
    ap.add_argument("--kind", default="mixed", help="corpus kind, see corpus.py (default: mixed)")
    ap.add_argument("--json", default=os.path.join(HERE, "out", "throughput.json"))
    ap.add_argument("--plot", default=None, help="write a bar chart here (needs matplotlib)")
    ap.add_argument("--scaling", action="store_true", help="default preset and CLI at 1, 10, 100 MiB")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per contender, the fastest counted (noisy machines; default: 1)")
    args = ap.parse_args()
    global REPEAT
    REPEAT = max(args.repeat, 1)
    os.makedirs(os.path.dirname(args.json), exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="pn-bench-")
    # byte-compile the package as pip does at install time, so that startup is not spent
    # compiling sources (with PYTHONDONTWRITEBYTECODE set, nothing else would)
    import compileall

    compileall.compile_dir(os.path.join(ROOT, "normalizer"), quiet=1)

    if args.scaling:
        ncpu = os.cpu_count() or 1
        print(f"| MiB | in-process MiB/s | CLI -j 1 MiB/s | CLI -j {ncpu} MiB/s | -j {ncpu} ÷ -j 1 "
              f"| CLI -j 1 peak MiB | CLI -j {ncpu} peak MiB |\n|---|---|---|---|---|---|---|")
        for mib in (1, 10, 100):
            path = os.path.join(tmp, f"c{mib}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(make(args.kind, mib))
            size = os.path.getsize(path) / 2**20
            r = run_inproc("persian-normalizer default", path)
            c, cn = run_cli(path, 1), run_cli(path, ncpu)
            print(f"| {mib} | {size / r['seconds']:.2f} | {size / c['seconds']:.2f} | {size / cn['seconds']:.2f} "
                  f"| {c['seconds'] / cn['seconds']:.2f} | {c['rss']:.0f} | {cn['rss']:.0f} |")
            os.unlink(path)
        return

    path = os.path.join(tmp, "corpus.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(make(args.kind, args.mib))
    size = os.path.getsize(path) / 2**20
    results: dict[str, dict] = {}
    for name in RUNNERS:
        r = run_inproc(name, path)
        if r is None:
            print(f"({name}: not installed, skipped)", file=sys.stderr)
            continue
        results[name] = r
        print(f"{name}: {size / r['seconds']:.2f} MiB/s", file=sys.stderr)
    ncpu = os.cpu_count() or 1
    results["persian-normalize CLI -j 1"] = run_cli(path, 1)
    results[f"persian-normalize CLI -j {ncpu}"] = run_cli(path, ncpu)
    startup = cli_startup()
    base = results.get("hazm Normalizer()")
    print(f"corpus: {args.kind}, {size:.1f} MiB; CLI startup with the lexicon: {startup:.3f} s\n")
    floor = results["floor: read+write"]
    print("| contender | MiB/s | × hazm | floor ÷ | startup s | peak MiB |\n|---|---|---|---|---|---|")
    for name, r in results.items():
        rate = size / r["seconds"]
        ratio = f"{rate / (size / base['seconds']):.1f}" if base else "n/a"
        below = f"{r['seconds'] / floor['seconds']:.1f}"
        st = f"{r['startup']:.2f}" if r.get("startup") is not None else "(in total)"
        print(f"| {name} | {rate:.2f} | {ratio} | {below} | {st} | {r['rss']:.0f} |")
    one, many = results["persian-normalize CLI -j 1"], results[f"persian-normalize CLI -j {ncpu}"]
    print(f"\nCLI -j {ncpu} is {one['seconds'] / many['seconds']:.2f} times CLI -j 1; "
          "'floor ÷' is how many times slower than reading and writing the text unchanged.")
    with open(args.json, "w") as f:
        json.dump({"mib": size, "kind": args.kind, "cli_startup": startup, "results": results}, f, indent=1)
    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        names = list(results)
        rates = [size / results[n]["seconds"] for n in names]
        fig, ax = plt.subplots(figsize=(8, 0.4 * len(names) + 1))
        ax.barh(names[::-1], rates[::-1])
        ax.set_xlabel(f"MiB/s on {size:.0f} MiB of {args.kind} text (one run, this machine)")
        ax.set_xscale("log")
        fig.tight_layout()
        fig.savefig(args.plot, dpi=100)
    os.unlink(path)


if __name__ == "__main__":
    main()
