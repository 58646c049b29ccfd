#!/usr/bin/env python3
"""Throughput, startup and peak memory, every contender on the same corpora in one run;
the goals of the Rust core judged, and benchmarks/RESULTS.md written.

    python benchmarks/throughput.py                     # novel + 40 MiB repeated, RESULTS.md
    python benchmarks/throughput.py --corpus repeated --mib 2 --repeat 3 [--plot out.png]
    python benchmarks/throughput.py --scaling           # default preset and CLI at 1, 10, 100 MiB

Corpora: "novel" is ../shared/eval/mixed_perdt_train.txt (3.6 MiB, every sentence new, so no
cache helps; --novel for another file); "repeated" is --mib MiB (default 40) of --kind text
made by corpus.py, the evaluation lines shuffled and repeated, so the vocabulary saturates.

Each contender runs in its own process (so that startup and peak memory are its own):
reference floors (read and write unchanged; one regex pass), this toolkit's presets in
process (a fresh process, the lexicon loaded before the clock starts), the CLI as a whole
process (start-up included) with -j 1 and -j 2, and hazm's, parsivar's and rishe's
normalizers where they are installed (a row says so where one is not). Ratios are to hazm
on the same corpus in the same run. Timings are printed and written, never asserted here.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any, Callable

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from corpus import make  # noqa: E402

#: the goals of the engine issue, each judged from this run's figures (see :func:`goals`)
GOAL_DEFAULT_X_HAZM = 25.0  # `default` in process on novel text, times hazm line by line
GOAL_CLI_X_HAZM = 50.0  # the CLI -j 1, whole process, on the repeated corpus, times hazm
GOAL_CLI_MIB = 40.0  # ... on this many MiB (a smaller --mib is a quick run, not the goal)
GOAL_J2_X_J1 = 1.7  # CLI -j 2 over -j 1 on the repeated corpus
GOAL_STARTUP_S = 0.1  # `echo کتاب | persian-normalize`, whole process
GOAL_PEAK_MIB = 200.0  # the CLI, -j 1 and -j 2, on every corpus
STARTUP_WORD = "کتاب"
STARTUP_RUNS = 5  # start-up is the best of this many runs


def novel_default() -> str:
    """The novel corpus: $NORMALIZER_EVAL, else shared/eval beside the checkout (the main
    checkout's ../shared, or a worktree's ../../shared)."""
    name = "mixed_perdt_train.txt"
    env = os.environ.get("NORMALIZER_EVAL")
    candidates = [os.path.join(env, name)] if env else []
    candidates += [os.path.join(ROOT, "..", "shared", "eval", name),
                   os.path.join(ROOT, "..", "..", "shared", "eval", name)]
    for c in candidates:
        if os.path.exists(c):
            return os.path.normpath(c)
    return os.path.normpath(candidates[0] if env else candidates[-1])


# Each runner: python code run with the corpus path as argv[1]; it prints
# {"startup": s, "seconds": s} (startup = imports and set-up, seconds = the normalizing),
# or {"missing": why} when the setup cannot import its toolkit.
_TIMER = """
import sys, time, json
t0 = time.perf_counter()
try:
    {setup}
except ImportError as e:
    print(json.dumps({{"missing": str(e)}}))
    sys.exit(0)
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
HAZM = "hazm Normalizer()"
RISHE_PIPELINE = "rishe Pipeline().normalize"
LETTERS, DEFAULT = "persian-normalizer letters", "persian-normalizer default"
GROUPS = ("floor", "ours", "others")  # --contenders


def group(name: str) -> str:
    """floor, ours (the presets and the CLI) or others (hazm, parsivar, rishe)."""
    if name.startswith("floor"):
        return "floor"
    return "ours" if name.startswith("persian-normaliz") else "others"


def cli_name(jobs: int) -> str:
    return f"persian-normalize CLI -j {jobs}"


#: the filter as a whole process (`python -m normalizer` is `persian-normalize`; run this way,
#: it is this checkout's, through PYTHONPATH, and not whatever is installed)
CLI = [sys.executable, "-m", "normalizer"]


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=ROOT)


class _TreeMemory(threading.Thread):
    """Samples, every ``every`` seconds, the summed proportional set size (PSS: a page shared
    by n processes counts 1/n in each, so the forked workers' shared lexicon counts once) of
    all the descendants of a process (the launcher); ``peak`` is the largest sum seen, in MiB."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.peak = pid, every, 0.0
        self._done = threading.Event()

    def _tree(self) -> list[int]:
        parents: dict[int, list[int]] = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open(f"/proc/{d}/stat", "rb") as f:
                        ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
                parents.setdefault(ppid, []).append(int(d))
        out, todo = [], list(parents.get(self.pid, []))  # the launcher's children, not itself
        while todo:
            p = todo.pop()
            out.append(p)
            todo += parents.get(p, [])
        return out

    @staticmethod
    def _pss(pid: int) -> float:
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
                for line in f:
                    if line.startswith(b"Pss:"):
                        return int(line.split()[1]) / 1024
        except (OSError, ValueError):
            pass
        return 0.0

    def run(self) -> None:
        tree: list[int] = []
        n = 0
        while not self._done.is_set():
            if n % 5 == 0 or not tree:  # a scan of /proc costs a few ms: every 5th time
                tree = self._tree()
            n += 1
            self.peak = max(self.peak, sum(self._pss(p) for p in tree))
            self._done.wait(self.every)

    def stop(self) -> None:
        self._done.set()
        self.join()


#: runs a command and reports its wall time and peak memory. The figures are taken in this
#: small interpreter and not in the benchmark's: a forked child's peak resident set starts at
#: its parent's (Linux keeps the high-water mark of the memory it had before exec), and the
#: benchmark's process, which made a 40 MiB corpus, is large; this one is a fresh python.
_LAUNCHER = """
import json, os, subprocess, sys, time
cmd, report = json.loads(sys.argv[1]), sys.argv[2]
t = time.perf_counter()
p = subprocess.Popen(cmd)
_, status, usage = os.wait4(p.pid, 0)
wall = time.perf_counter() - t
with open(report, "w") as f:
    json.dump({"wall": wall, "rss": usage.ru_maxrss / 1024,
               "returncode": os.waitstatus_to_exitcode(status)}, f)
"""


def run_process(cmd: list[str], stdin: str | int | None = None, tree: bool = False) -> dict:
    """Run ``cmd`` (stdin: a path, a file descriptor or nothing) through ``_LAUNCHER``:
    {"returncode", "stdout", "stderr", "wall" (s, from its start to its exit), "rss" (MiB:
    the largest peak resident set of the process or any of its children; at least the
    launcher's, about 10 MiB)}; with ``tree``, "pss" (MiB: the peak of the summed PSS of the
    process and its children, sampled; see :class:`_TreeMemory`)."""
    fin = open(stdin, "rb") if isinstance(stdin, str) else None
    src: Any = fin if fin is not None else (stdin if stdin is not None else subprocess.DEVNULL)
    fd, report = tempfile.mkstemp(prefix="pn-bench-", suffix=".json")
    os.close(fd)
    try:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            p = subprocess.Popen([sys.executable, "-c", _LAUNCHER, json.dumps(cmd), report],
                                 stdin=src, stdout=out, stderr=err, env=_env())
            sampler = _TreeMemory(p.pid) if tree else None
            if sampler:
                sampler.start()
            p.wait()
            if sampler:
                sampler.stop()
            out.seek(0)
            err.seek(0)
            res: dict[str, Any] = {"stdout": out.read().decode("utf-8", "replace"),
                                   "stderr": err.read().decode("utf-8", "replace")}
        with open(report, encoding="utf-8") as f:
            text = f.read()
        res.update(json.loads(text) if text else {"returncode": p.returncode or -1, "wall": 0.0,
                                                   "rss": 0.0})
    finally:
        if fin is not None:
            fin.close()
        os.unlink(report)
    if sampler:
        res["pss"] = sampler.peak
    return res


REPEAT = 1  # runs per contender; the fastest counts (--repeat)


def _fastest(run: Callable[[], dict]) -> dict:
    """The fastest of REPEAT runs; a run that says "missing" or "failed" ends it."""
    best: dict | None = None
    for _ in range(REPEAT):
        res = run()
        if "seconds" not in res:
            return res
        if best is None or res["seconds"] < best["seconds"]:
            best = res
    assert best is not None
    return best


def _last_line(text: str) -> str:
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return lines[-1][:200] if lines else "no message"


def run_inproc(name: str, path: str) -> dict:
    """One in-process contender in a fresh process: {"startup", "seconds", "rss"}, or
    {"missing": why} if another toolkit is not installed, or {"failed": why} (an import
    error of this package, such as an unbuilt core, is a failure)."""
    setup, work = RUNNERS[name]

    def once() -> dict:
        p = run_process([sys.executable, "-c", _TIMER.format(setup=setup, work=work), path])
        if p["returncode"] != 0:
            return {"failed": f"exit {p['returncode']}: {_last_line(p['stderr'])}"}
        res = json.loads([l for l in p["stdout"].splitlines() if l.startswith("{")][-1])
        if "missing" in res and group(name) != "others":  # our own package must import
            return {"failed": f"ImportError: {res['missing']}"}
        res["rss"] = p["rss"]
        return res

    return _fastest(once)


def run_cli(path: str, jobs: int) -> dict:
    """The CLI as a whole process on ``path`` (its stdin), output to /dev/null: "seconds" is
    the wall time, start-up included; "peak" the larger of "rss" and the tree's "pss"."""

    def once() -> dict:
        p = run_process(CLI + ["-j", str(jobs), "-o", os.devnull], path, tree=True)
        if p["returncode"] != 0:
            return {"failed": f"exit {p['returncode']}: {_last_line(p['stderr'])}"}
        return {"startup": None, "seconds": p["wall"], "rss": p["rss"], "pss": p["pss"],
                "peak": max(p["rss"], p["pss"])}

    return _fastest(once)


def cli_startup(word: str = STARTUP_WORD, runs: int = STARTUP_RUNS) -> dict:
    """`echo WORD | persian-normalize`: the wall time of the whole process, one word on a
    pipe; {"best", "median", "runs", "peak", "output"} (s, MiB), or {"failed": why}."""
    times, peak, output = [], 0.0, ""
    for _ in range(runs):
        r, w = os.pipe()
        os.write(w, (word + "\n").encode())
        os.close(w)
        try:
            p = run_process(CLI, r)
        finally:
            os.close(r)
        if p["returncode"] != 0:
            return {"failed": f"exit {p['returncode']}: {_last_line(p['stderr'])}"}
        times.append(p["wall"])
        peak, output = max(peak, p["rss"]), p["stdout"].strip()
    return {"best": min(times), "median": statistics.median(times), "runs": runs, "peak": peak,
            "output": output}


def describe(path: str) -> dict:
    """Size, lines and the share of distinct lines of a corpus file."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return {"path": path, "mib": os.path.getsize(path) / 2**20, "lines": len(lines),
            "distinct": len(set(lines)) / max(len(lines), 1)}


def _cmd_out(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine() -> dict:
    """What the run ran on: CPU model, cores, Python, rustc, the toolkits' versions, the
    checkout's commit, whether the core extension is built and which steps it runs."""
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    versions = {}
    from importlib import metadata

    for dist in ("hazm", "parsivar", "rishe"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    core = run_process([sys.executable, "-c", (
        "import json\n"
        "try:\n"
        "    from normalizer import _core\n"
        "except ImportError as e:\n"
        "    print(json.dumps({'built': False, 'why': str(e)})); raise SystemExit\n"
        "from normalizer import preset\n"
        "out = {'built': True, 'steps': sorted(_core.step_names())}\n"
        "for n in ('letters', 'default'):\n"
        "    p = preset(n); out[n] = {'core': p._program is not None,\n"
        "        'ported': sum(s.name in out['steps'] for s in p.steps), 'of': len(p.steps)}\n"
        "print(json.dumps(out))\n")])
    try:
        core_info = json.loads(core["stdout"].strip().splitlines()[-1])
    except (ValueError, IndexError):
        core_info = {"built": False, "why": _last_line(core["stderr"])}
    commit = _cmd_out(["git", "rev-parse", "--short", "HEAD"]) or "unknown"
    if _cmd_out(["git", "status", "--porcelain", "--untracked-files=no"]):
        commit += " (with uncommitted changes)"
    return {
        "cpu": cpu, "cores": os.cpu_count() or 1, "usable_cores": usable,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "rustc": _cmd_out(["rustc", "--version"]) or "not found",
        "os": f"{platform.system()} {platform.release()}",
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "commit": commit, "versions": versions, "core": core_info,
    }


def command_line() -> str:
    """The command that made this run, as one can paste it again from the repository's root
    (the interpreter as ``python``, with hazm, parsivar and rishe installed beside the package:
    no path of the machine it ran on)."""
    script = os.path.relpath(os.path.abspath(sys.argv[0]), ROOT)
    return " ".join(["python", shlex.quote(script)] + [shlex.quote(a) for a in sys.argv[1:]])


def _cell(text: str) -> str:
    """``text`` as one cell of a Markdown table."""
    return text.replace("|", "\\|").replace("\n", " ")


def _rate(r: dict, mib: float) -> float | None:
    return mib / r["seconds"] if r.get("seconds") else None


def _peak(r: dict) -> float:
    return r.get("peak", r.get("rss", 0.0))


def goals(corpora: dict, results: dict, startup: dict | None, jobs: list[int]) -> list[dict]:
    """Each goal of the engine issue: {"goal", "measured", "status" (pass, FAIL or not
    measured)} from this run's figures."""
    out = []

    def add(goal: str, measured: str, ok: bool | None) -> None:
        status = "not measured" if ok is None else ("pass" if ok else "FAIL")
        out.append({"goal": goal, "measured": measured, "status": status})

    def ratio(corpus: str, a: str, b: str) -> tuple[float, float, float] | None:
        res = results.get(corpus, {})
        if a not in res or b not in res:
            return None
        ra, rb = _rate(res[a], corpora[corpus]["mib"]), _rate(res[b], corpora[corpus]["mib"])
        return (ra / rb, ra, rb) if ra and rb else None

    g = f"`default` in process on novel text ≥ {GOAL_DEFAULT_X_HAZM:g} × hazm"
    r = ratio("novel", DEFAULT, HAZM)
    add(g, f"{r[0]:.1f} × ({r[1]:.2f} vs {r[2]:.2f} MiB/s)" if r else "no figure (novel corpus "
        "or hazm not run)", r[0] >= GOAL_DEFAULT_X_HAZM if r else None)

    g = f"CLI -j 1, whole process, on {GOAL_CLI_MIB:g} MiB repeated ≥ {GOAL_CLI_X_HAZM:g} × hazm"
    r = ratio("repeated", cli_name(1), HAZM)
    size = corpora.get("repeated", {}).get("mib", 0.0)
    note = "" if size >= GOAL_CLI_MIB * 0.99 else f" (on {size:.2f} MiB only: not the goal's size)"
    add(g, (f"{r[0]:.1f} × ({r[1]:.2f} vs {r[2]:.2f} MiB/s){note}" if r else
            "no figure (repeated corpus or hazm not run)"), r[0] >= GOAL_CLI_X_HAZM if r else None)

    g = f"CLI -j 2 ≥ {GOAL_J2_X_J1:g} × CLI -j 1 on the repeated corpus"
    r = ratio("repeated", cli_name(2), cli_name(1)) if 2 in jobs else None
    add(g, f"{r[0]:.2f} × ({r[1]:.2f} vs {r[2]:.2f} MiB/s)" if r else "no figure",
        r[0] >= GOAL_J2_X_J1 if r else None)

    g = f"start-up, `echo {STARTUP_WORD} | persian-normalize` < {GOAL_STARTUP_S:g} s"
    if startup and "best" in startup:
        add(g, f"{startup['best']:.3f} s (best of {startup['runs']}; median "
            f"{startup['median']:.3f} s)", startup["best"] < GOAL_STARTUP_S)
    else:
        add(g, "no figure", None)

    g = f"peak memory < {GOAL_PEAK_MIB:g} MiB, CLI -j 1 and -j 2, every corpus"
    peaks = [(_peak(res[cli_name(j)]), f"{cli_name(j)} on {c}") for c, res in results.items()
             for j in jobs if j <= 2 and "seconds" in res.get(cli_name(j), {})]
    if startup and "peak" in startup:
        peaks.append((startup["peak"], "CLI on one word"))
    if peaks:
        worst = max(peaks)
        add(g, f"{worst[0]:.0f} MiB ({worst[1]})", worst[0] < GOAL_PEAK_MIB)
    else:
        add(g, "no figure", None)

    g = "`letters` at least as fast as rishe's `Pipeline`, every corpus"
    rs = [(r, c) for c in corpora if (r := ratio(c, LETTERS, RISHE_PIPELINE))]
    if rs:
        add(g, "; ".join(f"{r[0]:.2f} × on {c} ({r[1]:.2f} vs {r[2]:.2f} MiB/s)" for r, c in rs),
            min(r[0] for r, _ in rs) >= 1.0)
    else:
        add(g, "no figure (rishe not installed or not run)", None)
    return out


def render(info: dict, command: str, corpora: dict, results: dict, startup: dict | None,
           goal_rows: list[dict]) -> str:
    """benchmarks/RESULTS.md: the machine and command, the corpora, every contender's
    figures, start-up and the goals."""
    m = info
    core = m["core"]
    if core.get("built"):
        core_line = (f"built; steps in the core: {', '.join(core['steps']) or 'none'}; "
                     + "; ".join(f"`{n}` {core[n]['ported']} of {core[n]['of']} steps ported, "
                                 + ("runs in the core" if core[n]["core"] else "runs in Python")
                                 for n in ("letters", "default")))
    else:
        core_line = f"not built ({core.get('why', '')}): every preset runs in Python"
    out = [
        "# Throughput results",
        "",
        "Generated by `benchmarks/throughput.py`; do not edit by hand (run it again).",
        "",
        "## Machine",
        "",
        "| | |", "|---|---|",
        f"| CPU | {m['cpu']} |",
        f"| cores | {m['cores']} ({m['usable_cores']} usable by this run) |",
        f"| Python | {m['python']} |",
        f"| rustc | {m['rustc']} |",
        f"| OS | {m['os']} |",
        f"| date | {m['date']} |",
        f"| load average at the start | {m['load']} |",
        f"| persian-normalizer | commit {m['commit']} |",
        f"| normalizer._core | {core_line} |",
        "| other toolkits | " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()) + " |",
        "",
        "Command:",
        "",
        "```",
        command,
        "```",
        "",
        "## Corpora",
        "",
        "| corpus | text | MiB | lines | distinct lines |",
        "|---|---|---|---|---|",
    ]
    for name, c in corpora.items():
        out.append(f"| {name} | {c['what']} | {c['mib']:.2f} | {c['lines']} | {100 * c['distinct']:.0f} % |")
    out += [
        "",
        "## Throughput",
        "",
        "MiB/s: the corpus's size in UTF-8 over the time of the normalizing alone (in process:"
        " after the imports and set-up, which load the lexicon, and after reading the file) or"
        " of the whole process (the CLI: start-up, reading and writing included, output to"
        " /dev/null). × hazm: times hazm's rate on the same corpus in this run. floor ÷: how"
        " many times slower than reading and writing the text unchanged. startup: the in-process"
        " contender's imports and set-up. peak MiB: the process's peak resident set; for the"
        " CLI, the larger of that and the peak of the summed PSS of the CLI and its workers"
        " (sampled every 50 ms; a page shared by the forked workers counts once).",
        "",
        "| corpus | contender | MiB/s | × hazm | floor ÷ | startup s | peak MiB |",
        "|---|---|---|---|---|---|---|",
    ]
    for corpus, res in results.items():
        mib = corpora[corpus]["mib"]
        base = res.get(HAZM, {})
        floor = res.get("floor: read+write", {})
        for name, r in res.items():
            if "seconds" not in r:
                why = "not installed" if "missing" in r else _cell(f"failed: {r['failed']}")
                out.append(f"| {corpus} | {name} | {why} | | | | |")
                continue
            rate = mib / r["seconds"]
            ratio = f"{base['seconds'] / r['seconds']:.1f}" if base.get("seconds") else "n/a"
            below = f"{r['seconds'] / floor['seconds']:.1f}" if floor.get("seconds") else "n/a"
            st = f"{r['startup']:.2f}" if r.get("startup") is not None else "(in total)"
            out.append(f"| {corpus} | {name} | {rate:.2f} | {ratio} | {below} | {st} | {_peak(r):.0f} |")
    out += ["", "## Start-up", "",
            "| command | best s | median s | runs | peak MiB |", "|---|---|---|---|---|"]
    if startup and "failed" in startup:
        out.append(f"| `echo {STARTUP_WORD} \\| persian-normalize` | {_cell('failed: ' + startup['failed'])} | | | |")
    elif startup:
        out.append(f"| `echo {STARTUP_WORD} \\| persian-normalize` | {startup['best']:.3f} | "
                   f"{startup['median']:.3f} | {startup['runs']} | {startup['peak']:.0f} |")
    else:
        out.append("| not measured (the CLI was not run) | | | | |")
    out += ["", "## Goals", "", "| goal | measured | result |", "|---|---|---|"]
    for g in goal_rows:
        cells = (g["goal"], g["measured"], g["status"])
        out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    out += ["", "Peak memory is judged on the CLI, which reads and writes in blocks; a call in "
            "process holds the whole text and its result, so its peak grows with the input. "
            "Timings on a shared or busy machine are noisy: compare figures from one run, "
            "and judge the goals from a run on a quiet machine (the load average above; "
            "--repeat 3 keeps the fastest of three runs).", ""]
    return "\n".join(out)


def plot(corpora: dict, results: dict, path: str) -> None:
    """A bar chart of every measured rate (log scale); skipped if matplotlib is missing."""
    try:
        import matplotlib
    except ImportError:
        print("(matplotlib is not installed: no plot)", file=sys.stderr)
        return
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names, rates = [], []
    for corpus, res in results.items():
        for name, r in res.items():
            if r.get("seconds"):
                names.append(f"{corpus}: {name}")
                rates.append(corpora[corpus]["mib"] / r["seconds"])
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(names) + 1))
    ax.barh(names[::-1], rates[::-1])
    ax.set_xlabel("MiB/s (one run, this machine; " +
                  ", ".join(f"{c} {v['mib']:.1f} MiB" for c, v in corpora.items()) + ")")
    ax.set_xscale("log")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def scaling(kind: str, tmp: str) -> None:
    ncpu = os.cpu_count() or 1
    print(f"| MiB | in-process MiB/s | CLI -j 1 MiB/s | CLI -j {ncpu} MiB/s | -j {ncpu} ÷ -j 1 "
          f"| CLI -j 1 peak MiB | CLI -j {ncpu} peak MiB |\n|---|---|---|---|---|---|---|")
    for mib in (1, 10, 100):
        path = os.path.join(tmp, f"c{mib}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(make(kind, mib))
        size = os.path.getsize(path) / 2**20
        r = run_inproc(DEFAULT, path)
        c, cn = run_cli(path, 1), run_cli(path, ncpu)
        if not all("seconds" in x for x in (r, c, cn)):
            raise SystemExit(f"a run failed: {r} {c} {cn}")
        print(f"| {mib} | {size / r['seconds']:.2f} | {size / c['seconds']:.2f} | {size / cn['seconds']:.2f} "
              f"| {c['seconds'] / cn['seconds']:.2f} | {_peak(c):.0f} | {_peak(cn):.0f} |")
        os.unlink(path)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=["novel", "repeated", "both"], default="both",
                    help="which corpora (default: both)")
    ap.add_argument("--mib", type=float, default=GOAL_CLI_MIB,
                    help=f"size of the repeated corpus in MiB (default: {GOAL_CLI_MIB:g}, the goal's; "
                         "smaller for a quick run)")
    ap.add_argument("--kind", default="mixed", help="kind of the repeated corpus, see corpus.py (default: mixed)")
    ap.add_argument("--novel", default=None,
                    help="the novel corpus (default: $NORMALIZER_EVAL or ../shared/eval, mixed_perdt_train.txt)")
    ap.add_argument("--contenders", default=",".join(GROUPS),
                    help="comma-separated groups to run: floor, ours (presets and CLI), others "
                         "(hazm, parsivar, rishe) (default: all)")
    ap.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"),
                    help="the Markdown report to write (default: benchmarks/RESULTS.md)")
    ap.add_argument("--json", default=os.path.join(HERE, "out", "throughput.json"))
    ap.add_argument("--plot", default=None, help="write a bar chart here (needs matplotlib; skipped without it)")
    ap.add_argument("--plot-from", default=None, metavar="JSON",
                    help="measure nothing: draw --plot from the --json of an earlier run")
    ap.add_argument("--scaling", action="store_true", help="default preset and CLI at 1, 10, 100 MiB")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per contender, the fastest counted (noisy machines; default: 1)")
    args = ap.parse_args(argv)
    if args.plot_from:
        if not args.plot:
            ap.error("--plot-from needs --plot FILE")
        with open(args.plot_from, encoding="utf-8") as f:
            run = json.load(f)
        plot(run["corpora"], run["results"], args.plot)
        return
    global REPEAT
    REPEAT = max(args.repeat, 1)
    chosen = {g.strip() for g in args.contenders.split(",") if g.strip()}
    if not chosen <= set(GROUPS):
        ap.error(f"--contenders: unknown group(s) {', '.join(sorted(chosen - set(GROUPS)))}")
    tmp = tempfile.mkdtemp(prefix="pn-bench-")
    # byte-compile the package as pip does at install time, so that startup is not spent
    # compiling sources (with PYTHONDONTWRITEBYTECODE set, nothing else would)
    import compileall

    compileall.compile_dir(os.path.join(ROOT, "normalizer"), quiet=1)

    if args.scaling:
        scaling(args.kind, tmp)
        return

    command = command_line()
    info = machine()
    corpora: dict[str, dict] = {}
    paths: dict[str, str] = {}
    if args.corpus in ("novel", "both"):
        novel = args.novel or novel_default()
        if not os.path.exists(novel):
            ap.error(f"the novel corpus {novel} is not there: give --novel FILE, set "
                     "NORMALIZER_EVAL, or run --corpus repeated")
        paths["novel"] = novel
        corpora["novel"] = dict(describe(novel), what=f"`{os.path.basename(novel)}` (every sentence new)")
    if args.corpus in ("repeated", "both"):
        path = os.path.join(tmp, "repeated.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(make(args.kind, args.mib))
        paths["repeated"] = path
        corpora["repeated"] = dict(describe(path), what=f"corpus.py `{args.kind}`: the evaluation "
                                   "lines shuffled and repeated (the vocabulary saturates)")

    ncpu = os.cpu_count() or 1
    jobs = sorted({1, 2, ncpu})
    results: dict[str, dict[str, dict]] = {}
    for corpus, path in paths.items():
        res = results[corpus] = {}
        mib = corpora[corpus]["mib"]
        for name in RUNNERS:
            if group(name) not in chosen:
                continue
            r = res[name] = run_inproc(name, path)
            rate = _rate(r, mib)
            print(f"{corpus}: {name}: " + (f"{rate:.2f} MiB/s" if rate else
                  "not installed" if "missing" in r else f"failed ({r['failed']})"), file=sys.stderr)
        if "ours" in chosen:
            for j in jobs:
                r = res[cli_name(j)] = run_cli(path, j)
                rate = _rate(r, mib)
                print(f"{corpus}: {cli_name(j)}: " + (f"{rate:.2f} MiB/s" if rate else r["failed"]),
                      file=sys.stderr)
    startup = cli_startup() if "ours" in chosen else None
    goal_rows = goals(corpora, results, startup, jobs)
    report = render(info, command, corpora, results, startup, goal_rows)
    print(report)
    with open(args.results, "w", encoding="utf-8") as f:
        f.write(report)
    os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump({"machine": info, "command": command, "corpora": corpora, "results": results,
                   "startup": startup, "goals": goal_rows}, f, indent=1, ensure_ascii=False)
    if args.plot:
        plot(corpora, results, args.plot)
    if "repeated" in paths:
        os.unlink(paths["repeated"])
    os.rmdir(tmp)
    failed = [f"{c}: {n}" for c, res in results.items() for n, r in res.items()
              if group(n) != "others" and "failed" in r]
    if startup and "failed" in startup:
        failed.append("the CLI on one word")
    if failed:  # the report is written; the run still says it went wrong
        raise SystemExit(f"failed: {'; '.join(failed)}")


if __name__ == "__main__":
    main()
