"""The README runs as written: its >>> examples, its shell lines and its Python blocks, and
every feature it claims names a test that exists."""
import ast
import doctest
import os
import re
import shlex
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

README = os.path.join(ROOT, "README.md")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.M | re.S)

# Shell lines (or `&&` parts of one) the tests do not run, each with the reason.
NOT_RUN = {
    "python3 -m venv .venv": "creates a fresh environment; CI (.ci/run) installs that way",
    ".venv/bin/pip install": "builds and installs the package (minutes, network); CI does it",
    ".venv/bin/python -m pytest": "the test suite itself; CI runs it",
    "python benchmarks/throughput.py --repeat 3": "minutes, and needs hazm, parsivar and rishe; "
        "benchmarks/test_bench.py runs the script on a tiny corpus",
}


def _blocks():
    with open(README, encoding="utf-8") as f:
        text = f.read()
    return [(m.group(1), m.group(2), m.end()) for m in FENCE.finditer(text)], text


def _shell_cases():
    """(commands, expected output or None) for each ```bash block; the output is the ```text
    block that follows it, if the next block is one."""
    blocks, _ = _blocks()
    cases = []
    for i, (lang, body, _) in enumerate(blocks):
        if lang != "bash":
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        want = nxt[1] if nxt and nxt[0] == "text" else None
        cases.append(([ln for ln in body.splitlines() if ln.strip() and not ln.startswith("#")], want))
    return cases


def _runnable(line):
    """The parts of a line to run, with the CLI and Python of this checkout, and the exit code
    its `# exit N` comment expects."""
    code = 0
    m = re.search(r"\s+#\s*exit (\d+)\s*$", line)
    if m:
        code, line = int(m.group(1)), line[:m.start()]
    parts = [p.strip() for p in line.split(" && ")]
    parts = [p for p in parts if not any(p.startswith(k) for k in NOT_RUN)]
    cli = f"{shlex.quote(sys.executable)} -m normalizer"
    out = []
    for p in parts:
        p = re.sub(r"(\.venv/bin/)?persian-normalize\b", cli, p)
        p = re.sub(r"^python3? ", shlex.quote(sys.executable) + " ", p)
        p = re.sub(r"(?<= )(benchmarks|examples)/", lambda m: os.path.join(ROOT, m.group(1)) + "/", p)
        out.append(p)
    return out, code


SHELL = _shell_cases()


@pytest.mark.parametrize("lines,want", SHELL, ids=[c[0][0][:40] for c in SHELL])
def test_readme_shell_lines_run(lines, want, tmp_path):
    env = dict(os.environ, PYTHONPATH=ROOT)
    got = []
    ran = 0
    for line in lines:
        if "$NORMALIZER_EVAL" in line and not os.environ.get("NORMALIZER_EVAL"):
            continue  # the PerDT train files are not in the repository
        parts, code = _runnable(line)
        if not parts:
            continue
        ran += 1
        res = subprocess.run(["bash", "-c", " && ".join(parts)], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=600)
        assert res.returncode == code, (line, res.stderr)
        got.append(res.stdout + (res.stderr if want is not None else ""))
    if not ran:
        pytest.skip(f"nothing to run here: {NOT_RUN}")
    if want is not None:
        assert sorted("".join(got).splitlines()) == sorted(want.splitlines())


def test_every_excluded_line_is_still_in_the_readme():
    _, text = _blocks()
    for line in NOT_RUN:
        assert line in text, f"NOT_RUN lists {line!r}, which the README no longer has"


def _python_blocks():
    blocks, _ = _blocks()
    return [body for lang, body, _ in blocks if lang == "python" and not body.lstrip().startswith(">>>")]


@pytest.mark.parametrize("body", _python_blocks(), ids=lambda b: b.split("\n")[0][:30])
def test_readme_python_blocks_run(body, monkeypatch):
    for node in ast.walk(ast.parse(body)):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
        for name in names:
            pytest.importorskip(name.split(".")[0])
    if "pyspark" in body:
        pytest.importorskip("pyarrow")
        if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
            pytest.skip("Spark needs Java")
        monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
        monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [ROOT, os.environ.get("PYTHONPATH")])))
    ns: dict = {}
    try:
        exec(compile(body, "README.md", "exec"), ns)
        df = ns.get("df")
        if "pyspark" in body:
            assert df.first().text == "کتاب\u200cهای من"
        elif df is not None:
            assert df["text"].tolist() == ["کتاب\u200cهای من", None]
            assert ns["ds"]["text"] == ["کتاب\u200cهای من"]
    finally:
        if "spark" in ns:
            ns["spark"].stop()


def _feature_rows():
    _, text = _blocks()
    section = text.split("## Compared with other toolkits", 1)[1].split("\n## ", 1)[0]
    rows = [r for r in section.splitlines() if r.startswith("|")]
    header = [c.strip() for c in rows[0].strip("|").split("|")]
    assert header[1] == "ours" and header[-1] == "tested by", header
    return [[c.strip() for c in r.strip("|").split("|")] for r in rows[2:]]


def test_every_feature_we_claim_names_a_test_that_exists():
    rows = _feature_rows()
    assert len(rows) >= 15
    for row in rows:
        feature, ours, tested = row[0], row[1], row[-1]
        if ours.startswith("no"):
            continue
        ids = re.findall(r"`([^`]+)`", tested)
        assert ids, f"{feature!r}: we claim {ours!r} and name no test"
        for node in ids:
            path, _, name = node.partition("::")
            full = os.path.join(ROOT, path)
            assert os.path.isfile(full), f"{feature!r}: no file {path}"
            with open(full, encoding="utf-8") as f:
                tree = ast.parse(f.read())
            defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
            assert name in defined, f"{feature!r}: {path} defines no {name}"
