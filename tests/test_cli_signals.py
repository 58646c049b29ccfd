"""SIGINT, SIGTERM and SIGHUP stop the filter quietly (exit 128 + the signal's number) with no
temporary file left, and no traceback from the filter or its worker threads."""
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT

TEMP_PREFIX = ".persian-normalize-"
pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self") or not hasattr(signal, "SIGHUP"),
                                reason="needs POSIX signals and /proc")


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """About 24 MiB, which the filter takes several seconds to get through."""
    p = tmp_path_factory.mktemp("big") / "big.txt"
    line = "كتاب هاي علي استانها می تواند بهره گیری ٣٤٥ جنایت کار\n"
    p.write_text(line * 300000, encoding="utf-8")
    return p


def _children(pid):
    """The processes whose parent is ``pid``, from /proc."""
    kids = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", encoding="ascii", errors="replace") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(d))
    return kids


def _threads(pid):
    """How many threads the process ``pid`` runs (its worker threads and the main one)."""
    try:
        return len(os.listdir(f"/proc/{pid}/task"))
    except OSError:
        return 0


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def _wait_for(cond, what, proc, timeout=60):
    t0 = time.monotonic()
    while not cond():
        if proc.poll() is not None:
            pytest.fail(f"the filter ended (exit {proc.returncode}) before {what}: {proc.stderr.read()!r}")
        if time.monotonic() - t0 > timeout:
            proc.kill()
            pytest.fail(f"no {what} after {timeout} s")
        time.sleep(0.02)


# (signal, sent to the process group as a terminal does, or to the filter alone), jobs, how
ROWS = [
    ("SIGINT", "group", 2, "-o"),      # Ctrl-C: the workers get it too
    ("SIGINT", "group", 1, "-o"),
    ("SIGTERM", "process", 2, "-o"),   # kill PID
    ("SIGTERM", "group", 2, "--in-place"),
    ("SIGHUP", "group", 2, "-o"),      # the terminal closed
    ("SIGHUP", "process", 1, "--in-place"),
]


@pytest.mark.parametrize("name,to,jobs,how", ROWS, ids=["-".join(map(str, r)) for r in ROWS])
def test_signal_leaves_nothing_behind(tmp_path, big, name, to, jobs, how):
    sig = getattr(signal, name)
    work = tmp_path / "work"
    work.mkdir()
    src = work / "in.txt"
    src.write_bytes(big.read_bytes())
    args = ["--in-place", src] if how == "--in-place" else [src, "-o", work / "out.txt"]
    env = dict(os.environ, PYTHONPATH=ROOT)
    proc = subprocess.Popen([sys.executable, "-m", "normalizer", "-j", str(jobs), *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    try:
        _wait_for(lambda: any(p.name.startswith(TEMP_PREFIX) for p in work.iterdir()),
                  "a temporary file", proc)
        if jobs > 1:
            _wait_for(lambda: _threads(proc.pid) > jobs, "the worker threads", proc)
        else:
            time.sleep(0.3)  # well into the work
        assert proc.poll() is None, "the input is too small: the filter has ended"
        if to == "group":
            os.killpg(proc.pid, sig)
        else:
            os.kill(proc.pid, sig)
        try:
            out, err = proc.communicate(timeout=60)  # a worker left would hold stderr open
        except subprocess.TimeoutExpired:
            pytest.fail("the filter or a worker did not end")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 128 + sig, err
    assert err == b"" and out == b""  # quietly: no traceback from the filter or its workers
    assert sorted(p.name for p in work.iterdir()) == ["in.txt"]  # no temp file, no output
    assert src.read_bytes() == big.read_bytes()
    assert not _children(proc.pid)


def test_a_signal_ignored_at_start_stays_ignored(tmp_path):
    # under nohup, SIGHUP does not stop the filter, and its workers (-j 2) go on too
    src = tmp_path / "in.txt"
    src.write_text("كتاب هاي علي ٣٤٥\n" * 150000, encoding="utf-8")
    out = tmp_path / "out.txt"
    env = dict(os.environ, PYTHONPATH=ROOT)
    proc = subprocess.Popen([sys.executable, "-m", "normalizer", "-j", "2", str(src), "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))
    try:
        _wait_for(lambda: _threads(proc.pid) > 2, "the worker threads", proc)
        os.killpg(proc.pid, signal.SIGHUP)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert (proc.returncode, err) == (0, b"")
    assert out.read_text(encoding="utf-8") == "کتاب\u200cهای علی ۳۴۵\n" * 150000


def test_hard_stop_drops_the_blocks_not_started():
    # after a signal, the filter leaves at once: the blocks queued are not normalized first
    import threading

    from normalizer import cli, preset

    w = cli.Workers(preset("letters"), 2)
    assert w.submit(("", "ك\n", "")).result(30) == "ک\n"
    futures = [w.submit(("", "ك" * 100_000 + "\n", "")) for _ in range(400)]
    t = threading.Thread(target=w.terminate, kwargs={"hard": True}, daemon=True)
    t.start()
    t.join(20)
    assert not t.is_alive() and not w.started
    assert sum(f.cancelled() for f in futures) > 300
