"""What the filter reads and writes: any readable input but a folder, the mode, owner and
group of the files it writes, symbolic links, --diff and --check exit codes, the output
encoding and --progress on stdin. Each through a real subprocess."""
import os
import stat
import subprocess
import sys
import threading

import pytest

from conftest import ROOT

DIRTY, CLEAN = "كتاب هاي علي\n", "کتاب\u200cهای علی\n"


def env():
    return dict(os.environ, PYTHONPATH=ROOT)


def run(args, stdin=b"", **kw):
    return subprocess.run([sys.executable, "-m", "normalizer", *map(str, args)], input=stdin,
                          capture_output=True, env=env(), timeout=120, **kw)


def sh(script, **kw):
    """Run a bash script with the filter as $PN."""
    e = dict(env(), PN=f"{sys.executable} -m normalizer")
    return subprocess.run(["bash", "-c", script], capture_output=True, env=e, timeout=120, **kw)


# -- inputs -----------------------------------------------------------------------------
def test_process_substitution_is_an_input():
    r = sh(f"$PN <(printf '{DIRTY}')")
    assert (r.returncode, r.stdout.decode(), r.stderr) == (0, CLEAN, b"")


def test_dev_stdin_and_dev_null_are_inputs(tmp_path):
    r = run(["/dev/stdin"], DIRTY.encode())
    assert (r.returncode, r.stdout.decode()) == (0, CLEAN)
    r = run(["/dev/null"])
    assert (r.returncode, r.stdout, r.stderr) == (0, b"", b"")
    # among files, in order
    a = tmp_path / "a.txt"
    a.write_text("علي\n", encoding="utf-8")
    r = run([a, "/dev/stdin", "/dev/null", a], DIRTY.encode())
    assert r.stdout.decode() == "علی\n" + CLEAN + "علی\n"


def test_fifo_is_an_input(tmp_path):
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as f:
            f.write(DIRTY.encode() * 3)

    t = threading.Thread(target=feed, daemon=True)  # stays blocked if the filter never opens it
    t.start()
    r = run([fifo, "-o", tmp_path / "out.txt"])
    t.join(10)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == CLEAN * 3


# -- the files written ------------------------------------------------------------------
def _with_umask(mask):
    return lambda: os.umask(mask)


@pytest.mark.parametrize("mask,mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600), (0o002, 0o664)],
                         ids=["022", "027", "077", "002"])
def test_new_output_gets_the_umask_mode(tmp_path, mask, mode):
    a, out = tmp_path / "a.txt", tmp_path / "new.txt"
    a.write_text(DIRTY, encoding="utf-8")
    r = run([a, "-o", out], preexec_fn=_with_umask(mask))
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert out.read_text(encoding="utf-8") == CLEAN


def _owned(path, mode, uid_gid):
    os.chmod(path, mode)
    if uid_gid is not None:
        os.chown(path, *uid_gid)


# an owner and group other than the runner's, where the tests may give them (as root)
OTHER = (65534, 65534) if hasattr(os, "geteuid") and os.geteuid() == 0 else None


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o444, 0o755], ids=oct)
@pytest.mark.parametrize("how", ["-o", "--in-place"])
def test_replaced_file_keeps_mode_owner_and_group(tmp_path, mode, how):
    a = tmp_path / "a.txt"
    a.write_text(DIRTY, encoding="utf-8")
    target = a if how == "--in-place" else tmp_path / "out.txt"
    if how == "-o":
        target.write_text("old\n", encoding="utf-8")
    _owned(target, mode, OTHER)
    before = target.stat()
    args = ["--in-place", a] if how == "--in-place" else [a, "-o", target]
    r = run(args, preexec_fn=_with_umask(0o022))
    assert r.returncode == 0, r.stderr
    after = target.stat()
    assert stat.S_IMODE(after.st_mode) == mode
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)
    assert after.st_ino != before.st_ino  # replaced, not written over in place
    target.chmod(0o600)
    assert target.read_text(encoding="utf-8") == CLEAN
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"a.txt", target.name})


def test_in_place_on_a_link_rewrites_its_file_and_keeps_the_link(tmp_path):
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "a.txt"
    real.write_text(DIRTY, encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    r = run(["--in-place", link])
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == CLEAN
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.txt", "link.txt", "real"]


def test_output_through_a_link_keeps_the_link(tmp_path):
    a, real, link = tmp_path / "a.txt", tmp_path / "real.txt", tmp_path / "link.txt"
    a.write_text(DIRTY, encoding="utf-8")
    real.write_text("old\n", encoding="utf-8")
    link.symlink_to(real)
    assert run([a, "-o", link]).returncode == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8") == CLEAN


def test_output_to_a_device_or_fifo_is_written_straight(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(DIRTY, encoding="utf-8")
    r = run([a, "-o", "/dev/null"])
    assert (r.returncode, r.stdout, r.stderr) == (0, b"", b"")
    # /dev/fd/1 (like /dev/stdout) leads to the shell's file: written through, never replaced.
    # (Not /dev/stdout itself here: the code before this test replaced that link by a file.)
    out = tmp_path / "out.txt"
    r = sh(f"$PN '{a}' -o /dev/fd/1 > '{out}'; ls -A '{tmp_path}'")
    assert r.returncode == 0 and out.read_text(encoding="utf-8") == CLEAN
    assert sorted(r.stdout.decode().split()) == ["a.txt", "out.txt"]
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got = []
    t = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
    t.start()
    r = run([a, "-o", fifo])
    t.join(10)
    assert r.returncode == 0 and got == [CLEAN.encode()] and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_check_writes_no_output_file(tmp_path):
    a, out = tmp_path / "a.txt", tmp_path / "out.txt"
    a.write_text(DIRTY, encoding="utf-8")
    out.write_text("keep\n", encoding="utf-8")
    r = run(["--check", a, "-o", out])
    assert r.returncode == 1 and out.read_text(encoding="utf-8") == "keep\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.txt"]


# -- --diff and --check -----------------------------------------------------------------
@pytest.mark.parametrize("args,code", [
    (["--diff"], 1), (["--diff-style", "side"], 1), (["--diff", "--diff-style", "unified"], 1),
    (["--check"], 1), (["--check", "--diff"], 1), ([], 0),
])
@pytest.mark.parametrize("clean", [False, True])
def test_diff_reads_its_file_and_exits_like_diff(tmp_path, args, code, clean):
    a = tmp_path / "a.txt"
    a.write_text(CLEAN if clean else DIRTY, encoding="utf-8")
    r = run([*args, a])  # --diff FILE: FILE is the input, not a style
    assert r.returncode == (0 if clean else code), r.stderr
    if "--diff" in args or "--diff-style" in args:
        assert (r.stdout == b"") == clean
        if not clean:
            assert str(a).encode() in r.stdout or b"1: " in r.stdout


def test_diff_styles():
    r = run(["--diff"], DIRTY.encode())
    assert r.stdout.decode().splitlines() == ["--- <stdin>", "+++ <stdin> (normalized)",
                                              "@@ -1 +1 @@", "-" + DIRTY.strip(), "+" + CLEAN.strip()]
    r = run(["--diff-style", "side"], DIRTY.encode())
    assert r.stdout.decode() == f"1: {DIRTY.strip()}  |  {CLEAN.strip()}\n"
    r = run(["--diff-style", "wide"], DIRTY.encode())
    assert r.returncode == 2 and b"invalid choice" in r.stderr


def test_help_lists_every_exit_code():
    r = run(["--help"])
    assert r.returncode == 0
    text = r.stdout.decode()
    assert "exit status:" in text
    for code in ("0", "1", "2", "129", "130", "143"):
        assert f"\n  {code} " in text or f" {code} by" in text or f", {code} " in text, code
    assert "--output-encoding" in text and "--diff-style" in text


# -- encodings --------------------------------------------------------------------------
def test_cp1256_input_is_written_as_utf8():
    data = "كتاب هاي علي\n".encode("cp1256")  # Arabic kaf and yeh, which cp1256 has
    r = run(["--encoding", "cp1256"], data)
    assert (r.returncode, r.stdout.decode("utf-8")) == (0, CLEAN)


@pytest.mark.parametrize("enc", ["utf-8", "utf-16", "utf-16-le", "utf-32", "utf-8-sig"])
def test_output_encoding(enc):
    # several blocks: a BOM, where the encoding writes one, comes once
    r = run(["--output-encoding", enc], DIRTY.encode() * 60000)
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode(enc) == CLEAN * 60000


def test_output_encoding_that_holds_the_text(tmp_path):
    # cp1256 holds the Persian keheh (not the Persian yeh): written in it, also by --in-place
    r = run(["--encoding", "cp1256", "--output-encoding", "cp1256"], "كتاب\n".encode("cp1256"))
    assert (r.returncode, r.stdout.decode("cp1256")) == (0, "کتاب\n")
    a = tmp_path / "a.txt"
    a.write_bytes("كتاب\n".encode("cp1256"))
    assert run(["--encoding", "cp1256", "--output-encoding", "cp1256", "-i", a]).returncode == 0
    assert a.read_bytes() == "کتاب\n".encode("cp1256")


# -- --progress -------------------------------------------------------------------------
def test_progress_on_stdin_shows_bytes_read():
    data = ("سلام\n" * 400000).encode()  # about 3.6 MiB
    r = run(["--progress", "on", "--spec", "unify_letters"], data)
    assert r.returncode == 0 and r.stdout == data
    err = r.stderr.decode()
    assert "MiB read" in err and "MiB/s" in err and err.endswith("\n")
    last = err.strip().split("\r")[-1]
    assert float(last.split()[0]) == pytest.approx(len(data) / 2**20, abs=0.06)


def test_progress_on_a_file_shows_a_bar(tmp_path):
    a = tmp_path / "a.txt"
    a.write_bytes(("سلام\n" * 100000).encode())
    r = run(["--progress", "on", a, "-o", "/dev/null"])
    assert r.returncode == 0 and "100.0%" in r.stderr.decode()
    assert run(["--progress", "off"], b"x\n").stderr == b""
