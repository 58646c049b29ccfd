"""The filter's reading layer: input decoded as a stream (UTF-16 and UTF-32 too), a leading
byte order mark, undecodable bytes named by their line, and long lines read in pieces."""
import codecs
import io
import os
import subprocess
import sys

import pytest

from conftest import ROOT
from normalizer import cli, preset
from normalizer import pipeline as pl
from normalizer.presets import PRESETS
from test_long_lines import long_line

#: lines that the default preset changes, more than 1 MiB of them once encoded
_LINES = ["كتاب هاي علي ٣٤٥", "استانها میتوانند بهرهگیری کنند", "می تواند در میدان", "", "see https://a.ir/x"]
BIG = "\n".join(_LINES * 20000) + "\n"


def run(args, stdin=b""):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "normalizer", *args], input=stdin,
                          capture_output=True, env=env)


@pytest.mark.parametrize("encoding, data", [
    ("utf-16", BIG.encode("utf-16")),  # a BOM, little-endian here
    ("utf-16", codecs.BOM_UTF16_BE + BIG.encode("utf-16-be")),
    ("utf-16", BIG.encode("utf-16-le")),  # no BOM: little-endian, as Python reads it
    ("utf-16-le", BIG.encode("utf-16-le")),
    ("utf-16-be", BIG.encode("utf-16-be")),
    ("utf-16-be", codecs.BOM_UTF16_BE + BIG.encode("utf-16-be")),  # a BOM is no text
    ("utf-32", BIG.encode("utf-32")),
    ("utf-32-be", BIG.encode("utf-32-be")),
])
def test_utf16_and_utf32_are_read_as_a_stream(encoding, data):
    # more than 1 MiB: the old reader cut at b"\n" bytes, which split a UTF-16 character
    assert len(data) > 2 * cli.BLOCK_BYTES
    r = run(["--encoding", encoding], data)
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout.decode("utf-8") == preset("default")(BIG)  # written as UTF-8, no BOM
    # and in the input's encoding where --output-encoding asks for it
    r = run(["--encoding", encoding, "--output-encoding", encoding], data)
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout.decode(encoding).lstrip("\ufeff") == preset("default")(BIG)


@pytest.mark.parametrize("name", list(PRESETS))
def test_utf8_bom_is_kept_once_and_not_text(name, tmp_path):
    # in every preset: the BOM goes out first, once, and never reaches the steps
    p = preset(name)
    text = "كتاب هاي\r\nمی تواند\n"
    r = run(["-p", name], codecs.BOM_UTF8 + text.encode())
    assert r.returncode == 0
    assert r.stdout == codecs.BOM_UTF8 + p(text).encode()
    # text that is already normalized, behind a BOM: nothing to do for --check
    done = codecs.BOM_UTF8 + p(text).encode()
    assert run(["-p", name, "--check"], done).returncode == 0
    assert run(["-p", name, "--diff"], done).stdout == b""
    # --in-place keeps the file's BOM; a file of a BOM alone stays one
    f, g = tmp_path / "a.txt", tmp_path / "b.txt"
    f.write_bytes(codecs.BOM_UTF8 + text.encode())
    g.write_bytes(codecs.BOM_UTF8)
    assert run(["-p", name, "-i", str(f), str(g)]).returncode == 0
    assert f.read_bytes() == codecs.BOM_UTF8 + p(text).encode()
    assert g.read_bytes() == codecs.BOM_UTF8


def test_bom_goes_first_in_each_files_output(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes("كتاب\n".encode())
    b.write_bytes(codecs.BOM_UTF8 + "علي\n".encode())
    r = run([str(a), str(b), str(a)])
    assert r.stdout == "کتاب\n".encode() + codecs.BOM_UTF8 + "علی\n".encode() + "کتاب\n".encode()
    # a UTF-16 input's BOM is its codec's: no UTF-8 BOM comes out of it
    r = run(["--encoding", "utf-16"], "\ufeffعلي\n".encode("utf-16"))
    assert r.stdout == "علی\n".encode()
    r = run(["--encoding", "utf-16", "--output-encoding", "utf-16"], "\ufeffعلي\n".encode("utf-16"))
    assert r.stdout.decode("utf-16") == "علی\n"


@pytest.mark.parametrize("encoding, bad", [
    ("utf-8", b"\xff"),
    ("utf-16-le", "\ud800".encode("utf-16-le", "surrogatepass")),  # a lone surrogate
    ("utf-16", "\ud800".encode("utf-16-le", "surrogatepass")),
    ("utf-16 no BOM", "\ud800".encode("utf-16-le", "surrogatepass")),
])
def test_undecodable_byte_names_its_line(encoding, bad):
    # in a multi-MiB input, far past the first block
    n = 70001
    bom = encoding == "utf-16"
    encoding = encoding.split()[0]
    enc = "utf-16-le" if encoding == "utf-16" else encoding
    lines = [(ln + "\n").encode(enc) for ln in (_LINES * 20000)[:80000]]
    data = b"".join(lines[:n - 1]) + lines[n - 1][:4] + bad + b"".join(lines[n - 1:])[4:]
    if bom:
        data = codecs.BOM_UTF16_LE + data
    assert len(data) > 2 * cli.BLOCK_BYTES
    r = run(["--encoding", encoding], data)
    assert r.returncode == 2
    err = r.stderr.decode()
    assert f"line {n}: cannot decode as {encoding}" in err and err.count("\n") == 1


def test_surrogateescape_keeps_bytes_in_long_lines(monkeypatch, tmp_path):
    monkeypatch.setattr(pl, "LONG_LINE", 1 << 14)
    line = long_line(60_000, 8)
    raw = line.encode()
    at = raw.index(b" ", 30_000) + 1  # (between two characters)
    raw = raw[:at] + b"\xff" + raw[at:]
    src = tmp_path / "in.txt"
    src.write_bytes(raw + b"\n")
    out = tmp_path / "out.txt"
    assert cli.main([str(src), "-o", str(out), "--errors", "surrogateescape", "-p", "letters"]) == 0
    text = (raw + b"\n").decode("utf-8", "surrogateescape")
    assert out.read_bytes() == preset("letters")(text).encode("utf-8", "surrogateescape")


# -- long lines ------------------------------------------------------------------------
@pytest.fixture
def small(monkeypatch):
    monkeypatch.setattr(pl, "LONG_LINE", 1 << 15)
    monkeypatch.setattr(pl, "LINE_CONTEXT", 1 << 12)


def test_reader_gives_long_lines_in_pieces(small):
    # the blocks of a long line are its pieces, cut where the library cuts it, whatever the
    # read size: no block holds the whole line
    line = long_line(300_000, 9)
    text = "کتاب\n" + line + "\r\nعلي\n" + line
    want = pl.line_cuts(line, 0, len(line) + 2)
    for size in (1000, 4096, 1 << 16):
        blocks = list(cli.read_blocks(io.BytesIO(text.encode()), "x", "utf-8", "strict", block=size))
        assert "".join(blocks) == text
        assert max(map(len, blocks)) <= pl.LONG_LINE // 2 + 200
        pieces = [b for b in blocks if isinstance(b, cli.LinePiece)]
        first = [len(b) for b in pieces[:len(want) - 1]]
        assert first == [b - a for a, b in zip(want, want[1:])]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("ending", ["\n", "\r\n", ""])
def test_cli_long_lines_are_the_library_and_the_whole(small, tmp_path, monkeypatch, jobs, ending):
    p = preset("default")
    a, b = long_line(200_000, 10), long_line(90_000, 11)
    text = "كتاب هاي من\r\n" + a + "\r\nمی تواند\n\n" + b + ending
    src, out = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_bytes(text.encode())
    assert cli.main([str(src), "-o", str(out), "-j", str(jobs)]) == 0
    got = out.read_bytes().decode()
    assert got == p(text)
    lines = got.splitlines(keepends=True)
    assert lines[1] == p._normalize(a) + "\r\n" and lines[4] == p._normalize(b) + ending
    # and from stdin
    sink = _Kept()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(sink))
    assert cli.main(["-j", str(jobs)]) == 0
    assert sink.getvalue().decode() == got


class _Kept(io.BytesIO):
    """A stdout whose bytes stay readable when the CLI's writer closes it."""

    def close(self):
        pass


def test_check_counts_a_long_line_once(small, tmp_path, monkeypatch):
    # a long line whose pieces all change is one line that would change
    line = long_line(200_000, 12).replace("ی", "ي")
    src = tmp_path / "in.txt"
    src.write_bytes(("كتاب\n" + line + "\nمن\n" + line).encode())
    assert len(pl.line_cuts(line, 0, len(line))) > 5
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(_Kept()))
    monkeypatch.setattr(sys, "stderr", err)
    assert cli.main([str(src), "--check"]) == 1
    assert err.getvalue() == f"{src}: 3 lines would change\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_in_place_writes_one_bom(tmp_path, encoding):
    # a file of several blocks rewritten: the encoding's BOM once, at the start
    f = tmp_path / "a.txt"
    f.write_bytes(BIG.encode(encoding))
    assert run(["-i", "--encoding", encoding, "--output-encoding", encoding, str(f)]).returncode == 0
    data = f.read_bytes()
    assert data.decode(encoding) == preset("default")(BIG)
    assert "\ufeff" not in data.decode(encoding)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_blocks_written_as_the_core_encodes_them(monkeypatch, tmp_path, jobs):
    # UTF-8 out: a block goes out as the bytes the core encodes; a block holding a byte kept
    # by surrogateescape goes through the str path and is written back as it came; the
    # whole is the text normalized, in -o, stdout and --in-place alike
    monkeypatch.setattr(cli.read_blocks, "__defaults__", (1 << 12, None, None))  # (blocks of 4 KiB)
    lines = [ln.encode() for ln in (_LINES * 400)[:2000]]
    lines[700] = lines[700] + b" \xff"  # (a lone byte in one block of many)
    raw = b"".join(ln + b"\n" for ln in lines)
    text = raw.decode("utf-8", "surrogateescape")
    want = preset("default")(text).encode("utf-8", "surrogateescape")
    used = []
    real = pl.Pipeline._in_context_utf8
    monkeypatch.setattr(pl.Pipeline, "_in_context_utf8",
                        lambda self, *a: used.append(r := real(self, *a)) or r)
    src = tmp_path / "in.txt"
    src.write_bytes(raw)
    out = tmp_path / "out.txt"
    assert cli.main([str(src), "-o", str(out), "--errors", "surrogateescape", "-j", jobs]) == 0
    assert out.read_bytes() == want
    assert used.count(None) == 1 and len(used) > 10  # (None: the one block with the lone byte)
    assert cli.main([str(src), "--in-place", "--errors", "surrogateescape", "-j", jobs]) == 0
    assert src.read_bytes() == want
    # and not where the output is not plain UTF-8
    used.clear()
    clean = tmp_path / "clean.txt"
    clean.write_bytes(raw.replace(b"\xff", b""))
    assert cli.main([str(clean), "-o", str(tmp_path / "o16.txt"), "--output-encoding", "utf-16"]) == 0
    assert not used


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_utf8_blocks_go_to_the_core_as_bytes(monkeypatch, tmp_path, jobs, bom):
    # UTF-8 in and out, read strictly: blocks of bytes, decoded by the core; from a long
    # line on, the rest is read as text (the pieces of the long line, then blocks of str);
    # the output is the whole normalized, with -o and --in-place
    monkeypatch.setattr(cli.read_utf8_blocks, "__defaults__", (1 << 12, None))  # (4 KiB blocks)
    monkeypatch.setattr(pl, "LONG_LINE", 1 << 13)
    lines = (_LINES * 300)[:1200]
    lines[600] = long_line(12_000, 8)  # (some 20 KiB: long in bytes and in chars)
    text = "".join(ln + "\n" for ln in lines)
    want = bom + preset("default")(text).encode()
    calls = []
    real = pl.Pipeline._in_context_bytes
    monkeypatch.setattr(pl.Pipeline, "_in_context_bytes",
                        lambda self, *a: calls.append(r := real(self, *a)) or r)
    src, out = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_bytes(bom + text.encode())
    assert cli.main([str(src), "-o", str(out), "-j", jobs]) == 0
    assert out.read_bytes() == want
    assert len(calls) >= 4 and None not in calls  # (the blocks before the long line)
    assert cli.main([str(src), "--in-place", "-j", jobs]) == 0
    assert src.read_bytes() == want


def test_utf8_block_read_as_bytes_names_the_line_it_cannot_decode(monkeypatch, tmp_path, capsys):
    # the core finds a block no UTF-8: the error names the line, as read_blocks names it,
    # and nothing is written over
    monkeypatch.setattr(cli.read_utf8_blocks, "__defaults__", (1 << 12, None))
    lines = [(ln + "\n").encode() for ln in (_LINES * 300)[:1200]]
    lines[900] = lines[900][:3] + b"\xc3(" + lines[900][3:]  # (a broken two-byte sequence)
    src, out = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_bytes(b"".join(lines))
    assert cli.main([str(src), "-o", str(out), "-j", "2"]) == 2
    err = capsys.readouterr().err
    assert err == (f"persian-normalize: error: {src}: line 901: cannot decode as utf-8 "
                   "(invalid continuation byte); try --encoding or --errors\n")
    assert not out.exists()


def test_utf8_blocks_from_a_pipe_that_gives_the_signature_alone():
    # a pipe may hand over the BOM in a read of its own: the text after it is still read,
    # and a first block of one short line is context as bytes for the next
    class Trickle(io.RawIOBase):
        def __init__(self, parts):
            super().__init__()
            self.parts = list(parts)

        def readable(self):
            return True

        def readinto(self, b):
            if not self.parts:
                return 0
            part = self.parts.pop(0)
            n = min(len(b), len(part))
            b[:n] = part[:n]
            if n < len(part):
                self.parts.insert(0, part[n:])
            return n

    text = "کتاب ها\n" + "".join(ln + "\n" for ln in _LINES * 50)
    parts = [codecs.BOM_UTF8, "کتاب ها\n".encode(), text[len("کتاب ها\n"):].encode()]
    bom: list = []
    blocks = list(cli.read_utf8_blocks(Trickle(parts), "x", block=1 << 12, bom=bom))
    assert bom == [True] and b"".join(blocks).decode() == text
    assert blocks[0] == "کتاب ها\n".encode()
    pieces = list(cli.with_context(iter(blocks), 2))
    assert all(isinstance(x, bytes) for piece in pieces for x in piece if x)
    p = preset("default")
    assert "".join(cli.normalize_piece(p, piece, True).decode() for piece in pieces) == p(text)


def test_blocks_of_the_default_size_go_to_the_core_in_one_call(monkeypatch, tmp_path):
    # a block of BLOCK_BYTES with its context lines is longer than LONG_LINE (in bytes, and
    # in chars too where the text is Latin): it is still one core call, decoded there
    assert cli.BLOCK_BYTES >= pl.LONG_LINE
    calls = []
    real = pl.Pipeline._in_context_bytes
    monkeypatch.setattr(pl.Pipeline, "_in_context_bytes",
                        lambda self, *a: calls.append(r := real(self, *a)) or r)
    persian = "".join(ln + "\n" for ln in _LINES * 16_000)
    latin = "".join(f"line {i}: plain Latin text, 1,000 words\n" for i in range(60_000))
    for text in (persian, latin):
        calls.clear()
        src, out = tmp_path / "in.txt", tmp_path / "out.txt"
        src.write_bytes(text.encode())
        assert len(text.encode()) > 2 * cli.BLOCK_BYTES
        assert cli.main([str(src), "-o", str(out), "-j", "1"]) == 0
        assert out.read_bytes() == preset("default")(text).encode()
        assert len(calls) >= 2 and None not in calls


@pytest.mark.parametrize("parts, one", [
    (("",), True),
    (("a\n" * (pl.LONG_LINE // 2),), True),  # (a text of LONG_LINE chars, short lines)
    (("a\n" * (pl.LONG_LINE // 2), "b\n", "c\n"), True),  # (longer than LONG_LINE in all)
    ((b"a\n" * pl.CHUNK_CHARS, b"b\n"), False),  # (longer than two chunks: in chunks)
    (("a" * pl.LONG_LINE + "\n",), False),  # (a long line: in pieces)
    (("b\n", "a" * (pl.LONG_LINE + 1)), False),  # (the last line long, with no break)
    (("b\n", "a" * pl.LONG_LINE), True),  # (as long as a line may be)
])
def test_fits_one_call(parts, one):
    assert pl._fits_one_call(*parts) is one
