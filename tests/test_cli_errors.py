"""Every error of the filter is one line on stderr and exit 2, never a traceback, and leaves
no temporary file: a walk through the error paths, each run in a real subprocess."""
import os
import resource
import subprocess
import sys
import tempfile

import pytest

from conftest import ROOT

TEMP_PREFIX = ".persian-normalize-"


def run(args, stdin=b"", stdout_full=False, **kw):
    env = dict(os.environ, PYTHONPATH=ROOT)
    argv = [sys.executable, "-m", "normalizer", *map(str, args)]
    if stdout_full:  # stdout on a full disk
        with open("/dev/full", "wb") as full:
            r = subprocess.run(argv, input=stdin, stdout=full, stderr=subprocess.PIPE, env=env,
                               timeout=120, **kw)
        r.stdout = b""
        return r
    return subprocess.run(argv, input=stdin, capture_output=True, env=env, timeout=120, **kw)


def _small_files(n):
    """Children may write at most n bytes to a file: a write past it fails (EFBIG), as a
    full disk does; Python ignores SIGXFSZ, so the failure is an OSError."""
    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (n, n))
    return limit


def _cp1256(tmp):
    p = tmp / "cp1256.txt"
    p.write_bytes("سلام\n".encode("cp1256") + b"\xed\xe1\xed\n")  # يلي: its ی is not in cp1256
    return p


def _late_bad(tmp):
    """About 3.5 MiB of good lines, then a byte that is not UTF-8: found once workers run."""
    p = tmp / "late.txt"
    p.write_bytes("كتاب هاي علي استانها\n".encode() * 100000 + b"\xff\n")
    return p


# (id, argv from (tmp folder, a small input file), extra subprocess arguments, what stderr says)
ROWS = [
    ("missing input", lambda t, a: ["missing.txt"], {}, b"missing.txt: no such file"),
    ("input is a folder", lambda t, a: [t, "-o", t / "out.txt"], {}, b"is a folder"),
    ("output folder missing", lambda t, a: [a, "-o", t / "nope" / "out.txt"], {}, b"no such folder"),
    ("output is a folder", lambda t, a: [a, "-o", t], {}, b"is a folder"),
    ("output is an input", lambda t, a: [a, "-o", a], {}, b"--in-place"),
    ("disk full, -o /dev/full", lambda t, a: [a, "-o", "/dev/full"], {}, b"/dev/full: no space left"),
    ("disk full, stdout /dev/full", lambda t, a: [a], {"stdout_full": True}, b"<stdout>: no space left"),
    ("file too large, -o", lambda t, a: [a, "-o", t / "out.txt"], {"preexec_fn": _small_files(1000)},
     b"out.txt: file too large"),
    ("file too large, --in-place", lambda t, a: ["--in-place", a], {"preexec_fn": _small_files(1000)},
     b"a.txt: file too large"),
    ("bad --encoding", lambda t, a: ["--encoding", "nope", a, "-o", t / "out.txt"], {},
     b"--encoding: unknown encoding 'nope'"),
    ("bytes codec as --encoding", lambda t, a: ["--encoding", "hex", a], {}, b"unknown encoding 'hex'"),
    ("bad --output-encoding", lambda t, a: ["--output-encoding", "nope", a], {},
     b"--output-encoding: unknown encoding"),
    ("output encoding cannot hold a letter",
     lambda t, a: [_cp1256(t), "--encoding", "cp1256", "--output-encoding", "cp1256", "-o", t / "out.txt"],
     {}, b"line 2: '\xdb\x8c' (U+06CC) cannot be written in cp1256"),
    ("undecodable input", lambda t, a: [_cp1256(t), "-o", t / "out.txt"], {}, b"line 1: cannot decode"),
    ("undecodable input, workers running", lambda t, a: ["-j", "2", _late_bad(t), "-o", t / "out.txt"],
     {}, b"line 100001: cannot decode"),
    ("bad spec", lambda t, a: ["--spec", "nope", a], {}, b"unknown step 'nope'"),
    ("bad option value", lambda t, a: ["-j", "x", a], {}, b"invalid int value"),
    ("unknown option", lambda t, a: ["--nope", a], {}, b"unrecognized arguments"),
    ("--in-place on a device", lambda t, a: ["--in-place", "/dev/null"], {}, b"regular files only"),
    ("--in-place on stdin", lambda t, a: ["--in-place"], {}, b"no stdin"),
]


@pytest.mark.parametrize("make_args,extra,says", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_every_error_is_one_line_and_exit_2(tmp_path, make_args, extra, says):
    a = tmp_path / "a.txt"
    text = "".join(f"كتاب {i} استانها\n" for i in range(2000))  # about 50 KB: past the size limit
    a.write_text(text, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    r = run(make_args(tmp_path, a), **extra)
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith(b"persian-normalize: error: ") and r.stderr.count(b"\n") == 1, r.stderr
    assert says in r.stderr
    assert b"Traceback" not in r.stderr + r.stdout
    assert not [p for p in tmp_path.rglob(TEMP_PREFIX + "*")]
    # nothing is written over
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name in before} == before
    assert not (tmp_path / "out.txt").exists()


#: run the filter as the user nobody: the interpreter (which may live in root's home) and the
#: package are loaded first, then the process gives up root
_AS_NOBODY = """import os, sys
sys.path.insert(0, sys.argv[1])
from normalizer import cli
import difflib, locale, tempfile  # what the filter imports when it needs it
os.setgroups([]); os.setgid(65534); os.setuid(65534)
sys.exit(cli.main(sys.argv[2:]))
"""


# (id, argv from (input file, folder), what stderr says after "error: ")
NOBODY_ROWS = [
    ("unreadable input", lambda f, d: [f], "{f}: permission denied", 0o000),
    ("output folder not writable", lambda f, d: [f, "-o", os.path.join(d, "out.txt")],
     "{d}/out.txt: permission denied", 0o644),
    ("--in-place in a folder not writable", lambda f, d: ["--in-place", f], "{f}: permission denied", 0o644),
]


@pytest.mark.parametrize("make_args,says,mode", [r[1:] for r in NOBODY_ROWS], ids=[r[0] for r in NOBODY_ROWS])
def test_permission_errors_as_a_non_root_user(make_args, says, mode):
    # root reads and writes every file: when the tests run as root, the filter drops to nobody
    d = tempfile.mkdtemp(prefix="pn-perm-")
    f = os.path.join(d, "secret.txt")
    try:
        with open(f, "w", encoding="utf-8") as fh:
            fh.write("كتاب\n")
        os.chmod(f, mode)
        os.chmod(d, 0o755 if os.geteuid() == 0 else 0o555)  # nobody (or this user) cannot write here
        args = [str(x) for x in make_args(f, d)]
        if os.geteuid() == 0:
            if not hasattr(os, "setuid"):
                pytest.skip("no os.setuid here")
            r = subprocess.run([sys.executable, "-c", _AS_NOBODY, ROOT, *args], capture_output=True, timeout=120)
        elif os.access(f, os.R_OK) and os.access(d, os.W_OK) or (mode == 0 and os.access(f, os.R_OK)):
            pytest.skip("this user reads and writes files whatever their mode")
        else:
            r = run(args)
        assert r.returncode == 2, r.stderr
        assert r.stderr == f"persian-normalize: error: {says.format(f=f, d=d)}\n".encode()
        assert sorted(os.listdir(d)) == ["secret.txt"]
    finally:
        os.chmod(d, 0o700)
        os.chmod(f, 0o600)
        with open(f, encoding="utf-8") as fh:
            assert fh.read() == "كتاب\n"
        os.unlink(f)
        os.rmdir(d)


def test_write_failure_in_process_removes_the_temporary_file(tmp_path, monkeypatch, capsys):
    # a full disk found half-way through -o: the temp file goes, the old output stays
    import errno

    from normalizer import cli

    a, out = tmp_path / "a.txt", tmp_path / "out.txt"
    a.write_text("كتاب\n" * 10, encoding="utf-8")
    out.write_text("old", encoding="utf-8")

    real_fdopen = os.fdopen

    def fdopen(fd, mode="r", *args, **kw):
        f = real_fdopen(fd, mode, *args, **kw)
        if "w" in mode:
            class W:
                def __getattr__(self, k):
                    return getattr(f, k)

                def write(self, b):
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return W()
        return f

    monkeypatch.setattr(cli.os, "fdopen", fdopen)
    assert cli.main([str(a), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"persian-normalize: error: {out}: no space left on the device (disk full)\n"
    assert out.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.txt"]
