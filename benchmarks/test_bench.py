"""pytest-benchmark suites: every preset and every step on realistic inputs.

    python -m pytest benchmarks --benchmark-enable --benchmark-only      # measure
    python -m pytest benchmarks                                         # smoke (CI)

Timings are reported, never asserted.
"""
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import make  # noqa: E402

from normalizer import PRESETS, get_step, preset, step_names  # noqa: E402

KINDS = ["clean", "arabic", "glued", "spaced", "latin"]
SIZE = float(os.environ.get("BENCH_MIB", "0.25"))


@pytest.fixture(scope="module", params=KINDS)
def corpus(request):
    return make(request.param, SIZE)


@pytest.mark.parametrize("name", list(PRESETS))
def test_preset(benchmark, corpus, name):
    p = preset(name)
    p(corpus[:1000])  # load the lexicon outside the timing
    out = benchmark(p, corpus)
    assert out.count("\n") == corpus.count("\n")


@pytest.mark.parametrize("name", [n for n in step_names() if n != "pipeline"])
def test_step(benchmark, name):
    text = make("mixed", SIZE)
    step = get_step(name)
    step(text[:1000])
    out = benchmark(step, text)
    assert out.count("\n") == text.count("\n")


# -- throughput.py: the plumbing on a tiny corpus (our own contenders only: no hazm needed) --

import json  # noqa: E402
import subprocess  # noqa: E402

import throughput  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SECTIONS = ["## Machine", "## Corpora", "## Throughput", "## Start-up", "## Goals", "Command:"]


def _table(md: str, heading: str) -> list[list[str]]:
    """The rows (cells) of the first table after ``heading``, without its head."""
    part = md.split(heading, 1)[1].split("\n## ", 1)[0]
    rows = [l for l in part.splitlines() if l.startswith("|")]
    return [[c.strip() for c in r.strip("|").split(" | ")] for r in rows[2:]]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One run of the script as a user types it: both corpora (a small novel file), --mib 0.05,
    floors and our own contenders, a plot asked for."""
    tmp = tmp_path_factory.mktemp("bench")
    novel = tmp / "novel.txt"
    with open(os.path.join(HERE, "data", "mixed_perdt_dev.txt"), encoding="utf-8") as f:
        novel.write_text("".join(f.readlines()[:80]), encoding="utf-8")
    out = {"md": tmp / "RESULTS.md", "json": tmp / "t.json", "png": tmp / "t.png"}
    cmd = [sys.executable, os.path.join(HERE, "throughput.py"), "--mib", "0.05", "--novel", str(novel),
           "--contenders", "floor,ours", "--results", str(out["md"]), "--json", str(out["json"]),
           "--plot", str(out["png"])]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                       env=dict(os.environ, PYTHONPATH=ROOT), timeout=600)
    assert p.returncode == 0, p.stderr
    out["stdout"], out["stderr"] = p.stdout, p.stderr
    return out


def test_results_md_has_every_table(run):
    md = run["md"].read_text(encoding="utf-8")
    for s in SECTIONS:
        assert s in md, s
    assert md.strip() == run["stdout"].strip()  # the same report on stdout
    machine = {r[0]: r[1] for r in _table(md, "## Machine")}
    for key in ("CPU", "cores", "Python", "rustc", "date", "normalizer._core"):
        assert machine.get(key), key
    assert "throughput.py --mib 0.05" in md  # the exact command
    assert [r[0] for r in _table(md, "## Corpora")] == ["novel", "repeated"]


def test_every_contender_has_a_row(run):
    rows = _table(run["md"].read_text(encoding="utf-8"), "## Throughput")
    got = {(r[0], r[1]) for r in rows}
    ours = [n for n in throughput.RUNNERS if throughput.group(n) in ("floor", "ours")]
    ours += [throughput.cli_name(j) for j in sorted({1, 2, os.cpu_count() or 1})]
    for corpus in ("novel", "repeated"):
        for name in ours:
            assert (corpus, name) in got, (corpus, name)
    assert not any("hazm" in r[1] or "rishe" in r[1] for r in rows)  # not asked for
    for r in rows:
        assert len(r) == 7
        float(r[2]), float(r[6])  # a figure in MiB/s and in MiB, whatever it is
        assert r[3] == "n/a"  # no hazm in this run, so no ratio to it


def test_goals_table(run):
    goals = _table(run["md"].read_text(encoding="utf-8"), "## Goals")
    assert len(goals) == 6
    assert all(g[2] in ("pass", "FAIL", "not measured") for g in goals)
    # hazm's and rishe's goals have no figure without them; the others have one
    assert [g[2] == "not measured" for g in goals] == [True, True, False, False, False, True]
    start = _table(run["md"].read_text(encoding="utf-8"), "## Start-up")
    assert start[0][0].startswith("`echo ")


def test_json_and_plot(run):
    data = json.loads(run["json"].read_text(encoding="utf-8"))
    assert set(data) >= {"machine", "command", "corpora", "results", "startup", "goals"}
    assert set(data["results"]) == {"novel", "repeated"}
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert not run["png"].exists() and "no plot" in run["stderr"]
    else:
        assert run["png"].exists()


def test_rows_for_missing_or_failed_contenders():
    """A contender that is not installed, or fails, gets a row that says so; goals that need
    it are "not measured"; ratios and pass/fail follow the figures given (no timing here)."""
    corpora = {"novel": {"mib": 2.0, "lines": 10, "distinct": 1.0, "what": "x"}}
    res = {"novel": {
        throughput.HAZM: {"seconds": 4.0, "startup": 1.0, "rss": 300.0},  # 0.5 MiB/s
        throughput.DEFAULT: {"seconds": 0.1, "startup": 0.1, "rss": 50.0},  # 20 MiB/s: 40 x
        throughput.LETTERS: {"seconds": 0.05, "startup": 0.1, "rss": 20.0},
        throughput.RISHE_PIPELINE: {"missing": "No module named 'rishe'"},
        "parsivar Normalizer()": {"failed": "exit 1: a|b"},
    }}
    goals = throughput.goals(corpora, res, None, [1, 2])
    assert goals[0]["status"] == "pass" and goals[0]["measured"].startswith("40.0 ×")
    assert [g["status"] for g in goals[1:]] == ["not measured"] * 5
    info = {"cpu": "c", "cores": 2, "usable_cores": 2, "python": "p", "rustc": "r", "os": "o",
            "date": "d", "load": "0", "commit": "x", "versions": {}, "core": {"built": False}}
    md = throughput.render(info, "cmd", corpora, res, None, goals)
    rows = {r[1]: r for r in _table(md, "## Throughput")}
    assert rows[throughput.RISHE_PIPELINE][2] == "not installed"
    assert rows["parsivar Normalizer()"][2] == "failed: exit 1: a\\|b"  # one cell
    assert rows[throughput.DEFAULT][3] == "40.0"
    slow = dict(res["novel"], **{throughput.DEFAULT: {"seconds": 1.0, "startup": 0.1, "rss": 50.0}})
    assert throughput.goals(corpora, {"novel": slow}, None, [1, 2])[0]["status"] == "FAIL"
