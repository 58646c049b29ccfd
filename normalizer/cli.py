"""``persian-normalize``: the command-line filter.

Reads files (or stdin), normalizes them block by block with bounded memory, keeps line
endings and line count, and writes stdout, ``-o FILE`` or the files themselves
(``--in-place``, atomically). Exit codes: 0 done, 1 ``--check`` found work, 2 usage error,
bad spec or undecodable input.
"""
from __future__ import annotations

import argparse
import codecs
import collections
import io
import itertools
import os
import sys
import time
import unicodedata
from typing import Any, BinaryIO, Generator, Iterable, Iterator

from . import __version__
from . import pipeline as _pl
from .pipeline import Pipeline, SpecError, lines_after, lines_before, step_classes
from .presets import SPECS, preset

BLOCK_BYTES = 1 << 20  # lines are read and sent to workers in blocks of about 1 MiB
PROG = "persian-normalize"


class UsageError(Exception):
    """Bad arguments or input: printed as one line, exit 2."""


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=PROG,
        description="Normalize Persian text: letters, digits, spacing, punctuation and "
                    "missing zero-width non-joiners. Reads FILEs (or stdin) line by line.",
        epilog="Examples:\n"
               "  echo 'كتاب هاي من' | persian-normalize\n"
               "  persian-normalize --preset search -j 2 corpus.txt -o clean.txt\n"
               "  persian-normalize --spec 'unify_letters; digits(to=latin)' --in-place a.txt\n"
               "  persian-normalize --explain --check notes.txt",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("files", nargs="*", metavar="FILE", help="input files; none or '-' reads stdin")
    g = ap.add_argument_group("what to do")
    g.add_argument("-p", "--preset", default=None,
                   help=f"named pipeline: {', '.join(SPECS)} (default: default)")
    g.add_argument("-s", "--spec", default=None,
                   help="pipeline as text, e.g. 'unify_letters; digits(to=latin); fix_zwnj' "
                        "(default: the preset's)")
    g.add_argument("--skip", action="append", default=[], metavar="STEP",
                   help="leave out a step of the pipeline; repeatable (default: none)")
    g.add_argument("--check", action="store_true",
                   help="write nothing; exit 1 if any input would change (default: off)")
    g.add_argument("--explain", action="store_true",
                   help="print per-step edit counts for the whole input to stderr (default: off)")
    g.add_argument("--diff", nargs="?", const="unified", choices=["unified", "side"],
                   help="print changed lines as a unified diff or side by side instead of the text")
    g.add_argument("--chars", action="store_true",
                   help="print each input character as U+XXXX, name and category (default: off)")
    o = ap.add_argument_group("input and output")
    o.add_argument("-o", "--output", default=None, metavar="FILE",
                   help="write here (default: stdout); written atomically, never over an input")
    o.add_argument("-i", "--in-place", action="store_true",
                   help="rewrite each input file atomically (default: off)")
    o.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker processes; output stays in input order (default: 1; 0 = all cores)")
    o.add_argument("--encoding", default="utf-8", help="input and output encoding (default: utf-8)")
    o.add_argument("--errors", default="strict", choices=["strict", "replace", "ignore", "surrogateescape"],
                   help="what to do with undecodable bytes (default: strict, which stops with exit 2)")
    o.add_argument("--progress", choices=["auto", "on", "off"], default="auto",
                   help="progress bar on stderr (default: auto, when stderr is a terminal and "
                        "the input a file)")
    i = ap.add_argument_group("information")
    i.add_argument("--list-steps", action="store_true", help="list the steps and exit")
    i.add_argument("--list-presets", action="store_true", help="list the presets and exit")
    i.add_argument("--show-spec", action="store_true", help="print the pipeline's spec and exit")
    i.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return ap


def make_pipeline(args: argparse.Namespace) -> Pipeline:
    if args.spec is not None and args.preset is not None:
        raise UsageError("give --preset or --spec, not both")
    p = Pipeline.from_spec(args.spec) if args.spec is not None else preset(args.preset or "default")
    if args.skip:
        p = p.without(*args.skip)
    return p


# -- reading ----------------------------------------------------------------------------
class LinePiece(str):
    """A block that is a piece of a line longer than ``pipeline.LONG_LINE`` (the last piece
    ends with the line's ending): cut where :func:`normalizer.pipeline.line_cuts` cuts it."""


def read_blocks(f: BinaryIO, name: str, encoding: str, errors: str,
                block: int = BLOCK_BYTES, bom: list[bool] | None = None) -> Iterator[str]:
    """Decoded blocks of whole lines (line endings kept), and the pieces (:class:`LinePiece`)
    of lines longer than ``pipeline.LONG_LINE``, read ``block`` bytes at a time with an
    incremental decoder (UTF-16 and UTF-32 are decoded as a stream). A leading byte order
    mark is the encoding's signature, not text: it is left out, and ``bom`` (if given) gets
    True when it was a UTF-8 one. Undecodable input names its line."""
    try:
        dec = codecs.getincrementaldecoder(encoding)(errors)
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}") from None
    codec = codecs.lookup(encoding).name
    utf8 = codec == "utf-8"
    decoding = encoding  # the codec the decoder is of
    lines = 0  # line breaks decoded so far
    buf = ""  # decoded text not given out yet: from a line's start, or from a cut in a long line
    in_long = False
    first = True
    while True:
        data = f.read(block)
        final = not data
        if first and data:
            while len(data) < 4:  # (a pipe may give fewer bytes than asked)
                more = f.read(4 - len(data))
                if not more:
                    break
                data += more
            if utf8 and data.startswith(codecs.BOM_UTF8):
                data = data[3:]
                if bom is not None:
                    bom.append(True)
            elif codec in _NO_BOM and not data.startswith(_NO_BOM[codec][1]):
                # no BOM: read in the machine's byte order, as bytes.decode reads it (the
                # stream decoder would refuse it)
                decoding = _NO_BOM[codec][0]
                dec = codecs.getincrementaldecoder(decoding)(errors)
        state = dec.getstate()
        try:
            text = dec.decode(data, final)
        except UnicodeDecodeError as e:
            at = lines + _breaks_before(decoding, state, e)
            raise UsageError(f"{name}: line {at + 1}: cannot decode as {encoding} "
                             f"({e.reason}); try --encoding or --errors") from None
        if first and text:
            first = False
            if text[0] == "\ufeff":  # a UTF-16 or UTF-32 codec of a given byte order keeps it
                text = text[1:]
        lines += text.count("\n")
        buf += text
        while buf:
            if in_long:
                nl = buf.find("\n")
                c = _pl.next_cut(buf, max(_pl.LONG_LINE // 2, 1), nl if nl >= 0 else len(buf))
                if c >= 0:
                    yield LinePiece(buf[:c])
                    buf = buf[c:]
                elif nl >= 0:
                    yield LinePiece(buf[:nl + 1])
                    buf, in_long = buf[nl + 1:], False
                elif final:
                    yield LinePiece(buf)
                    buf = ""
                else:
                    break
                continue
            span = _pl.first_long_line(buf)
            if span is not None:
                if span[0]:
                    yield buf[:span[0]]
                    buf = buf[span[0]:]
                in_long = True
                continue
            nl = len(buf) if final else buf.rfind("\n") + 1
            if nl:
                yield buf[:nl]
                buf = buf[nl:]
            break
        if final:
            return


#: the codecs that read a byte order from a BOM: the one they read without it, and the BOMs
_NO_BOM = {
    "utf-16": ("utf-16-le" if sys.byteorder == "little" else "utf-16-be", (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)),
    "utf-32": ("utf-32-le" if sys.byteorder == "little" else "utf-32-be", (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)),
}


def _breaks_before(encoding: str, state: Any, e: UnicodeDecodeError) -> int:
    """The line breaks in what a decoder in ``state`` decoded before the error ``e``."""
    try:
        d = codecs.getincrementaldecoder(encoding)("replace")
        d.setstate((b"", state[1]))
        return d.decode(e.object[:e.start], True).count("\n")
    except Exception:  # pragma: no cover - a codec with a state of its own
        return bytes(e.object[:e.start]).count(b"\n")


# -- workers ----------------------------------------------------------------------------
_WORKER: Pipeline | None = None


def _init_worker(spec: str) -> None:
    global _WORKER
    _WORKER = Pipeline.from_spec(spec)


def _work(piece: tuple[str, str, str]) -> str:
    assert _WORKER is not None
    before, text, after = piece
    return _WORKER.in_context(text, before, after)


class Workers:
    """Worker processes for ``-j``, forked when a second block shows the input is worth it,
    after the lexicon is loaded here: the workers share its pages instead of each loading it.
    Each worker analyses the words it meets for itself (a few microseconds a word)."""

    def __init__(self, pipeline: Pipeline, jobs: int) -> None:
        self.pipeline, self.jobs = pipeline, jobs
        self._pool: Any = None

    def pool(self) -> Any:
        if self._pool is None:
            import multiprocessing as mp

            self.pipeline(_WARM_UP)  # loads the lexicon before the fork
            ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
            self._pool = ctx.Pool(self.jobs, initializer=_init_worker, initargs=(self.pipeline.to_spec(),))
        return self._pool

    @property
    def started(self) -> bool:
        return self._pool is not None

    def terminate(self) -> None:
        if self._pool is not None:
            self._pool.terminate()


#: a line that makes every step of the default presets set itself up (the lexicon included)
_WARM_UP = "استانها می تواند"


def make_pool(pipeline: Pipeline, jobs: int) -> Workers | None:
    """Workers for ``-j N``; None for one job."""
    return Workers(pipeline, jobs) if jobs > 1 else None


def with_context(blocks: Iterable[str], k: int) -> Iterator[tuple[str, str, str]]:
    """(before, block, after) for each block: the ``k`` lines before it and the ``k`` after
    it, which the steps read to decide the block's first and last lines as they do within
    the whole input (the blocks are whole lines; one block of lookahead is usually enough).
    A piece of a long line (:class:`LinePiece`) is given instead the end of the piece before
    it and the start of the one after it in its line (``pipeline.LINE_CONTEXT`` characters);
    a long line is no context of the lines around it, nor are they of it."""
    blocks = iter(blocks)
    ahead: collections.deque = collections.deque()
    tail = ""
    for b in blocks:
        ahead.append(b)
        while _ready(ahead, k):
            tail = yield from _emit(ahead, tail, k)
    while ahead:
        tail = yield from _emit(ahead, tail, k)


def _ready(ahead: collections.deque, k: int) -> bool:
    """Do the blocks after the first of ``ahead`` hold all the context the first reads?"""
    if not ahead:
        return False
    first = ahead[0]
    if isinstance(first, LinePiece) and not first.endswith("\n"):
        return len(ahead) > 1
    need = k
    for x in itertools.islice(ahead, 1, None):
        if isinstance(x, LinePiece) or need <= 0:
            return True
        need -= x.count("\n")
    return need <= 0


def _emit(ahead: collections.deque, tail: str, k: int) -> Generator[tuple[str, str, str], None, str]:
    """Yield the first block of ``ahead`` with its context; return the new ``tail``."""
    cur = ahead.popleft()
    if isinstance(cur, LinePiece):
        before = tail if not tail.endswith("\n") else ""  # (the piece before, in its line)
        after = ahead[0][:_pl.LINE_CONTEXT] if ahead and not cur.endswith("\n") else ""
        yield before, cur, after
        return "" if cur.endswith("\n") else cur[-_pl.LINE_CONTEXT:]
    after, need = [], k
    for x in ahead:
        if isinstance(x, LinePiece) or need <= 0:
            break
        piece = lines_after(x, 0, need)
        after.append(piece)
        need -= piece.count("\n")
    yield tail, cur, "".join(after)
    t = lines_before(cur, len(cur), k)
    if t.count("\n") < k:
        t = lines_before(tail + t, len(tail) + len(t), k)
    return t


def normalized_blocks(pipeline: Pipeline, blocks: Iterator[str], workers: Workers | None, jobs: int
                      ) -> Iterator[tuple[str, str]]:
    """(input block, output block) pairs in input order; at most 4 x jobs blocks in flight.
    An input of one block (and a scrap) is normalized here: workers start only for more."""
    for (_, b, _), res in normalized_pieces(pipeline, blocks, workers, jobs):
        yield b, res


def normalized_pieces(pipeline: Pipeline, blocks: Iterator[str], workers: Workers | None, jobs: int
                      ) -> Iterator[tuple[tuple[str, str, str], str]]:
    """((before, block, after), output block) for each block, in input order (see
    :func:`normalized_blocks`)."""
    pieces = with_context(blocks, pipeline.context_lines)
    if workers is None:
        for piece in pieces:
            yield piece, pipeline.in_context(piece[1], piece[0], piece[2])
        return
    head = list(itertools.islice(pieces, 3))  # enough to tell whether workers pay
    if not workers.started and (len(head) < 2 or (len(head) == 2 and len(head[1][1]) < len(head[0][1]) // 4)):
        # one block, or one and a scrap: here, with no fork
        for piece in head:
            yield piece, pipeline.in_context(piece[1], piece[0], piece[2])
        return
    window: collections.deque = collections.deque()
    for piece in itertools.chain(head, pieces):
        window.append((piece, workers.pool().apply_async(_work, (piece,))))
        if len(window) >= 4 * jobs:
            done, res = window.popleft()
            yield done, res.get()
    while window:
        done, res = window.popleft()
        yield done, res.get()


class Progress:
    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total, self.enabled, self.done = total, enabled and bool(total), 0
        self.t0 = self.last = time.monotonic()

    def add(self, n: int) -> None:
        if not self.enabled:
            return
        self.done += n
        now = time.monotonic()
        if now - self.last < 0.2 and self.done < (self.total or 0):
            return
        self.last = now
        frac = min(self.done / (self.total or 1), 1.0)
        rate = self.done / max(now - self.t0, 1e-9) / 2**20
        bar = "#" * int(frac * 30)
        sys.stderr.write(f"\r[{bar:<30}] {frac:6.1%} {rate:7.1f} MiB/s")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


# -- the modes --------------------------------------------------------------------------
def print_chars(blocks: Iterator[str], out: io.TextIOBase) -> None:
    for text in blocks:
        for ch in text:
            name = unicodedata.name(ch, "") or {"\n": "LINE FEED", "\r": "CARRIAGE RETURN",
                                                "\t": "CHARACTER TABULATION"}.get(ch, "<unnamed>")
            shown = ch if ch.isprintable() and not unicodedata.category(ch).startswith(("M", "C", "Z")) else " "
            out.write(f"U+{ord(ch):04X}  {unicodedata.category(ch)}  {shown}  {name}\n")


def run(args: argparse.Namespace) -> int:
    if args.list_steps:
        for name, cls in step_classes().items():
            opts = ", ".join(f"{k}={v[0]!r}" for k, v in cls.OPTIONS.items())
            print(f"{name:20} {'lossy ' if cls.lossy else ''}{cls.summary}" + (f"  [{opts}]" if opts else ""))
        return 0
    if args.list_presets:
        for name, spec in SPECS.items():
            print(f"{name:8} {spec}")
        return 0
    pipeline = make_pipeline(args)
    if args.show_spec:
        print(pipeline.to_spec())
        return 0
    files = args.files or ["-"]
    if args.in_place and (args.output or "-" in files):
        raise UsageError("--in-place rewrites named files; it takes no -o and no stdin")
    if args.in_place and (args.check or args.diff or args.chars):
        raise UsageError("--in-place does not go with --check, --diff or --chars")
    for f in files:
        if f != "-" and not os.path.isfile(f):
            raise UsageError(f"{f}: no such file")
    if args.output and args.output != "-" and os.path.exists(args.output):
        for f in files:
            if f != "-" and os.path.samefile(f, args.output):
                raise UsageError(f"-o {args.output} is an input file; use --in-place to rewrite it")
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    try:
        "".encode(args.encoding)
    except LookupError:
        raise UsageError(f"unknown encoding {args.encoding!r}") from None

    pool = None if args.chars else make_pool(pipeline, jobs)
    try:
        return _run_files(args, pipeline, files, jobs, pool)
    finally:
        if pool is not None:
            pool.terminate()


def _run_files(args: argparse.Namespace, pipeline: Pipeline, files: list[str], jobs: int, pool: Any) -> int:
    if args.in_place:
        for f in files:
            _rewrite(f, pipeline, args, jobs, pool)
        return 0

    out_path = args.output if args.output not in (None, "-") else None
    tmp = None
    if out_path and os.path.exists(out_path) and not os.path.isfile(out_path):
        out_bin: BinaryIO = open(out_path, "wb")  # a device or a pipe (/dev/null): no renaming
        out_path = None
    elif out_path:
        d = os.path.dirname(os.path.abspath(out_path))
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=d, prefix=".persian-normalize-")
        out_bin = os.fdopen(fd, "wb")
    else:
        out_bin = sys.stdout.buffer
    out = io.TextIOWrapper(out_bin, encoding=args.encoding, newline="", write_through=False,
                           errors="surrogateescape" if args.errors == "surrogateescape" else "strict")
    changed_total = 0
    counts: collections.Counter = collections.Counter()
    try:
        for f in files:
            changed_total += _process(f, pipeline, args, jobs, pool, out, counts)
        out.flush()
        if tmp:
            out.close()
            os.replace(tmp, out_path)  # type: ignore[arg-type]
            tmp = None
    finally:
        if tmp:
            try:
                out.close()
            except Exception:
                pass
            os.unlink(tmp)
    if args.explain:
        if counts:
            for step, n in counts.items():
                print(f"{step}: {n} edit{'s' if n != 1 else ''}", file=sys.stderr)
        else:
            print("no changes", file=sys.stderr)
    if args.check:
        return 1 if changed_total else 0
    return 0


def _open(f: str) -> tuple[BinaryIO, str, int | None]:
    if f == "-":
        return sys.stdin.buffer, "<stdin>", None
    size = os.path.getsize(f)
    return open(f, "rb"), f, size


def _process(f: str, pipeline: Pipeline, args: argparse.Namespace, jobs: int, pool: Any,
             out: io.TextIOBase, counts: collections.Counter) -> int:
    fh, name, size = _open(f)
    try:
        bom: list[bool] = []  # a UTF-8 BOM goes out first exactly when the input had one
        blocks = read_blocks(fh, name, args.encoding, args.errors, bom=bom)
        if args.chars:
            print_chars(blocks, out)
            return 0
        show = args.progress == "on" or (args.progress == "auto" and size is not None and sys.stderr.isatty())
        prog = Progress(size, show)
        changed = 0
        line_base = 0
        counted = False  # a long line's change is counted once, in the first piece that changes
        for (before, inp, after), res in normalized_pieces(pipeline, blocks, pool, jobs):
            prog.add(len(inp.encode(args.encoding, "surrogateescape")))
            if args.explain:
                for rep in pipeline.explain_in_context(inp, before, after).reports:
                    counts[rep.step] += rep.edits
            if inp != res:
                if args.check or args.diff:
                    a, b = inp.splitlines(True), res.splitlines(True)
                    n_changed = sum(1 for x, y in zip(a, b) if x != y)
                    if isinstance(inp, LinePiece):
                        n_changed, counted = (0 if counted else n_changed), counted or n_changed > 0
                    changed += n_changed
                    if args.diff:
                        _write_diff(out, name, a, b, args.diff, line_base)
                else:
                    changed += 1
            line_base += inp.count("\n")
            if inp.endswith("\n"):
                counted = False
            if not args.check and not args.diff:
                if bom:
                    out.write("\ufeff")
                    bom.clear()
                out.write(res)
        if bom and not args.check and not args.diff:
            out.write("\ufeff")
        prog.close()
        if args.check and changed:
            print(f"{name}: {changed} line{'s' if changed != 1 else ''} would change", file=sys.stderr)
        return changed
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def _write_diff(out: io.TextIOBase, name: str, a: list[str], b: list[str], mode: str, base: int) -> None:
    import difflib

    if mode == "side":
        for k, (x, y) in enumerate(zip(a, b)):
            if x != y:
                out.write(f"{base + k + 1}: {x.rstrip()}  |  {y.rstrip()}\n")
        return
    for k, (x, y) in enumerate(zip(a, b)):
        if x != y:
            for line in difflib.unified_diff([x], [y], f"{name}", f"{name} (normalized)",
                                             lineterm="", n=0):
                if line.startswith("@@"):
                    line = f"@@ -{base + k + 1} +{base + k + 1} @@"
                out.write(line.rstrip("\r\n") + "\n")


def _rewrite(f: str, pipeline: Pipeline, args: argparse.Namespace, jobs: int, pool: Any) -> None:
    d = os.path.dirname(os.path.abspath(f))
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=d, prefix=".persian-normalize-")
    try:
        with os.fdopen(fd, "wb") as ob, open(f, "rb") as fh:
            bom: list[bool] = []
            # one encoder for the file: a UTF-16 or UTF-32 one writes its BOM once, not per block
            enc = codecs.getincrementalencoder(args.encoding)(
                "surrogateescape" if args.errors == "surrogateescape" else "strict")
            for _, res in normalized_blocks(pipeline, read_blocks(fh, f, args.encoding, args.errors, bom=bom), pool, jobs):
                if bom:
                    ob.write(codecs.BOM_UTF8)
                    bom.clear()
                ob.write(enc.encode(res))
            if bom:
                ob.write(codecs.BOM_UTF8)
            ob.write(enc.encode("", True))
        os.chmod(tmp, os.stat(f).st_mode & 0o7777)
        os.replace(tmp, f)
    except BaseException:
        os.unlink(tmp)
        raise


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    try:
        return run(args)
    except (UsageError, SpecError) as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader went away (| head): leave quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        return 130


def entry() -> None:
    code = main()
    # Leave without tearing the lexicon down object by object (about 0.07 s of a short run):
    # everything the user asked for is written and flushed by now.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        pass
    except Exception:  # pragma: no cover - a stream that cannot flush: the normal exit
        sys.exit(code)
    os._exit(code)


if __name__ == "__main__":
    entry()
