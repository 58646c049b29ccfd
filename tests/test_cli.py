"""The filter, through a real subprocess."""
import os
import subprocess
import sys

import pytest

from conftest import ROOT, z

from normalizer import PRESETS


def run(args, stdin=b"", **kw):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "normalizer", *args], input=stdin,
                          capture_output=True, env=env, **kw)


def test_issue_example():
    r = run([], "كتاب هاي علي ٣٤٥ https://example.com/a?b=12\n".encode())
    assert r.returncode == 0
    assert r.stdout.decode() == z("کتاب|های علی ۳۴۵ https://example.com/a?b=12\n")


def test_zwnj_examples():
    r = run([], "استانها میتوانند بهرهگیری کنند\nمیدان\n".encode())
    assert r.stdout.decode() == z("استان|ها می|توانند بهره|گیری کنند\nمیدان\n")


def test_keeps_line_endings_and_last_line():
    r = run([], "كتاب\r\nعلي\n\nبدون خط آخر".encode())
    assert r.stdout.decode() == "کتاب\r\nعلی\n\nبدون خط آخر"


def test_files_and_output(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("كتاب\n", encoding="utf-8")
    b.write_text("علي\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    r = run([str(a), str(b), "-o", str(out)])
    assert r.returncode == 0 and out.read_text(encoding="utf-8") == "کتاب\nعلی\n"


def test_in_place_atomic(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("كتاب ٣\n", encoding="utf-8")
    r = run(["--in-place", str(a)])
    assert r.returncode == 0 and a.read_text(encoding="utf-8") == "کتاب ۳\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_refuses_to_write_over_input(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("كتاب\n", encoding="utf-8")
    r = run([str(a), "-o", str(a)])
    assert r.returncode == 2 and b"--in-place" in r.stderr
    assert a.read_text(encoding="utf-8") == "كتاب\n"


def test_undecodable_input_names_line_and_keeps_output(tmp_path):
    a = tmp_path / "a.txt"
    a.write_bytes("خوب\n".encode() + b"\xff\xfe bad\n")
    out = tmp_path / "out.txt"
    out.write_text("keep me", encoding="utf-8")
    r = run([str(a), "-o", str(out)])
    assert r.returncode == 2
    assert b"line 2" in r.stderr and b"Traceback" not in r.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    r = run([str(a), "--in-place"])
    assert r.returncode == 2 and a.read_bytes().endswith(b"\xff\xfe bad\n")


def test_errors_replace():
    r = run(["--errors", "replace"], b"\xff\n")
    assert r.returncode == 0 and r.stdout.decode() == "\ufffd\n"


def test_check_exit_codes(tmp_path):
    assert run(["--check"], "کتاب\n".encode()).returncode == 0
    r = run(["--check"], "كتاب\n".encode())
    assert r.returncode == 1 and r.stdout == b"" and b"1 line would change" in r.stderr


@pytest.mark.parametrize("args,msg", [
    (["--spec", "nope"], b"unknown step 'nope'"),
    (["--preset", "nope"], b"unknown preset 'nope'"),
    (["--skip", "nope"], b"unknown step 'nope'"),
    (["missing-file.txt"], b"no such file"),
    (["--preset", "default", "--spec", "digits"], b"not both"),
])
def test_usage_errors(args, msg):
    r = run(args)
    assert r.returncode == 2 and msg in r.stderr and b"Traceback" not in r.stderr


def test_list_and_show():
    r = run(["--list-steps"])
    assert b"fix_zwnj" in r.stdout and b"unify_letters" in r.stdout
    listed = run(["--list-presets"]).stdout.decode().splitlines()
    assert [line.split()[0] for line in listed] == list(PRESETS)
    r = run(["--preset", "letters", "--skip", "digits", "--show-spec"])
    assert r.stdout.decode().strip() == "tatweel_dash; unify_letters; remove_tatweel; repeated_marks; compose_letters"


def test_skip_step():
    r = run(["--skip", "digits"], "٣ كتاب\n".encode())
    assert r.stdout.decode() == "٣ کتاب\n"


def test_jobs_output_identical_and_in_order(tmp_path):
    # about 2.5 MiB: three blocks, all sent to the workers
    lines = [f"كتاب {i} استانها می تواند بهره گیری {i * 7}\n" for i in range(50000)]
    data = "".join(lines).encode()
    one = run(["-j", "1"], data)
    two = run(["-j", "2"], data)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert one.stdout.count(b"\n") == 50000


def test_jobs_over_files_small_then_large(tmp_path):
    # a one-block file is done before any worker starts; the workers start with the next
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("كتاب استانها\n", encoding="utf-8")
    large.write_text("".join(f"سطر {i} می تواند كتابها\n" for i in range(60000)), encoding="utf-8")
    one = run(["-j", "1", str(small), str(large)])
    two = run(["-j", "2", str(small), str(large)])
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert one.stdout.count(b"\n") == 60001


def test_closed_pipe_is_quiet():
    env = dict(os.environ, PYTHONPATH=ROOT)
    data = "كتاب\n".encode() * 200000
    p = subprocess.run(f"{sys.executable} -m normalizer | head -1", shell=True, input=data,
                       capture_output=True, env=env)
    assert p.stdout.decode() == "کتاب\n"
    assert b"Traceback" not in p.stderr and b"Error" not in p.stderr


def test_explain_diff_chars():
    r = run(["--explain"], "كتاب ٣\n".encode())
    assert r.stdout.decode() == "کتاب ۳\n"
    assert b"unify_letters: 1 edit" in r.stderr and b"digits: 1 edit" in r.stderr
    r = run(["--diff"], "كتاب\nسلام\n".encode())
    assert "-كتاب" in r.stdout.decode() and "+کتاب" in r.stdout.decode() and "سلام" not in r.stdout.decode()
    r = run(["--diff-style", "side"], "كتاب\n".encode())
    assert r.stdout.decode() == "1: كتاب  |  کتاب\n"
    r = run(["--chars"], "ك\u200c".encode())
    out = r.stdout.decode()
    assert "U+0643" in out and "ARABIC LETTER KAF" in out and "U+200C" in out and "ZERO WIDTH NON-JOINER" in out


_HABIT = "".join("کتاب ها\n" if i % 2 else "جنایت کار\n" for i in range(40))


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("size", [1, 2, 3, 7])
def test_blocks_read_the_lines_around_them(jobs, size):
    # the spaced repair takes a writer's habit from the two lines before and after a line
    # (جنایت کار joins between two lines with a suffix standing alone): cut into blocks of
    # `size` lines, the input comes out as it does whole, in one process or in workers
    from normalizer import cli, preset

    p = preset("default")
    lines = _HABIT.splitlines(keepends=True)
    blocks = ["".join(lines[i:i + size]) for i in range(0, len(lines), size)]
    whole = p(_HABIT)
    assert whole.count("جنایت\u200cکار") == 19  # each but the first line, which has one neighbour
    w = cli.Workers(p, 2) if jobs == 2 else None
    try:
        out = list(cli.normalized_blocks(p, iter(blocks), w, jobs))
    finally:
        if w is not None:
            w.terminate()
    assert [b for b, _ in out] == blocks
    assert "".join(o for _, o in out) == whole
    # alone, each block's first and last lines would lose the lines around them
    if size < 5:
        assert "".join(p(b) for b in blocks) != whole


def test_explain_counts_blocks_as_the_whole():
    # two blocks (1 MiB each at most) of lines whose repair reads the lines around them: the
    # per-step counts of --explain are those of the whole text, and so is the output
    import re

    from normalizer import preset

    text = _HABIT * 6000  # about 1.1 MiB
    r = run(["--explain"], text.encode())
    assert r.returncode == 0
    assert r.stdout.decode() == preset("default")(text)
    want = {}
    for rep in preset("default").explain(text).reports:
        for rule, n in (rep.rules or {"": rep.edits}).items():
            want[f"{rep.step}/{rule}" if rule else rep.step] = n
    got = {m[1]: int(m[2]) for m in re.finditer(r"^(\S+): (\d+) edits?$", r.stderr.decode(), re.M)}
    # fix_zwnj's edits are counted by rule (fix_zwnj/spaced-suffix ...)
    assert got == want and want["fix_zwnj/spaced-suffix"] > 0


def test_workers_start_only_for_more_than_a_block():
    from normalizer import cli, preset

    p = preset("letters")
    w = cli.Workers(p, 2)
    try:
        # one block and a scrap: normalized here, no fork
        out = list(cli.normalized_blocks(p, iter(["ك\n" * 100, "ي\n" * 10]), w, 2))
        assert [o for _, o in out] == ["ک\n" * 100, "ی\n" * 10] and not w.started
        # two full blocks: the workers take them, in order
        out = list(cli.normalized_blocks(p, iter(["ك\n" * 100, "ي\n" * 100]), w, 2))
        assert [o for _, o in out] == ["ک\n" * 100, "ی\n" * 100] and w.started
    finally:
        w.terminate()
