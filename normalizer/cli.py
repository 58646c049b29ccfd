"""``persian-normalize``: the command-line filter.

Reads files (or stdin), normalizes them block by block with bounded memory, keeps line
endings and line count, and writes stdout, ``-o FILE`` or the files themselves
(``--in-place``). What it promises:

* Input: any readable path that is not a folder (a file, a FIFO, ``<(cmd)``, ``/dev/stdin``,
  ``/dev/null``); ``-`` or none reads stdin. ``--encoding`` is the input's encoding only.
* Output: UTF-8 unless ``--output-encoding`` says otherwise. ``-o FILE`` and ``--in-place``
  write a temporary file in the target's folder and rename it over the target at the end, so
  the target holds the old text or the whole new one. A new file gets the mode the umask gives
  (644 under umask 022); a file replaced keeps its mode, owner and group (the owner where the
  system permits). ``--in-place`` on a symbolic link rewrites the file it points to and keeps
  the link. ``-o`` to a device or a FIFO (``/dev/null``, ``/dev/stdout``) writes straight to it.
* Errors: one line ``persian-normalize: error: ...`` on stderr and exit 2, never a traceback;
  the temporary file is removed and nothing is written over.
* SIGINT, SIGTERM and SIGHUP (unless ignored when the filter starts, as under ``nohup``) stop it
  quietly with exit 128 + the signal's number, leaving no temporary file behind.

Exit codes: :data:`EXIT_CODES`.
"""
from __future__ import annotations

import argparse
import codecs
import collections
import contextlib
import errno
import io
import itertools
import os
import signal
import stat
import sys
import time
import unicodedata
from typing import Any, BinaryIO, Generator, Iterable, Iterator, NoReturn, cast

from . import __version__
from . import pipeline as _pl
from .pipeline import Pipeline, SpecError, lines_after, lines_before, step_classes
from .presets import SPECS, preset

BLOCK_BYTES = 1 << 20  # lines are read and sent to workers in blocks of about 1 MiB
PROG = "persian-normalize"
TEMP_PREFIX = ".persian-normalize-"  # the temporary file of -o and --in-place, in the target's folder

#: the exit codes, as ``--help`` lists them
EXIT_CODES = """exit status:
  0    done; with --check or --diff: no line would change
  1    --check or --diff: some line would change
  2    error, told in one line on stderr: a bad option, spec or encoding, an input that
       is missing, a folder, unreadable or undecodable, an output that cannot be written
       (no such folder, a folder, disk full, a character its encoding cannot hold);
       nothing is written over and no temporary file is left
  129  stopped by SIGHUP, 130 by SIGINT (Ctrl-C), 143 by SIGTERM: quietly, with no
       temporary file left"""


class UsageError(Exception):
    """Bad arguments or input: printed as one line, exit 2."""


class Interrupted(BaseException):
    """Raised in the main thread by SIGINT, SIGTERM or SIGHUP (see :func:`_signal_handlers`):
    it unwinds through the ``finally`` blocks, which remove the temporary file and end the
    workers, and :func:`main` returns 128 + the signal's number without a word."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """A bad option is one line on stderr, like every other error (exit 2)."""
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(
        prog=PROG,
        description="Normalize Persian text: letters, digits, spacing, punctuation and "
                    "missing zero-width non-joiners. Reads FILEs (or stdin) line by line.",
        epilog="Examples:\n"
               "  echo 'كتاب هاي من' | persian-normalize\n"
               "  persian-normalize --preset search -j 2 corpus.txt -o clean.txt\n"
               "  persian-normalize --spec 'unify_letters; digits(to=latin)' --in-place a.txt\n"
               "  persian-normalize --explain --check notes.txt\n"
               "  persian-normalize --diff-style side --encoding cp1256 old.txt\n"
               "  zcat corpus.txt.gz | persian-normalize -j 2 --progress on > clean.txt\n"
               "\n"
               "A FILE is anything readable but a folder: a file, a FIFO, <(cmd), /dev/stdin.\n"
               "-o and --in-place replace their target atomically (a temporary file in its\n"
               "folder, renamed at the end): a new file gets the mode of the umask, a file\n"
               "replaced keeps its mode, owner and group; --in-place on a symbolic link rewrites\n"
               "the file it points to. -o to a device or FIFO (/dev/stdout) writes straight.\n"
               "\n"
               "Input is decoded as a stream (UTF-16 and UTF-32 too, with or without a BOM)\n"
               "and read in blocks, so memory does not grow with it, even on one huge line: a\n"
               "line of more than a million characters is normalized in pieces cut at spaces,\n"
               "each read with 4,000 characters of its line on either side. A leading byte\n"
               "order mark is the encoding's signature, not text, in every preset: it is\n"
               "never counted as a change, and a UTF-8 one is written back first where the\n"
               "output is UTF-8. Line endings and the line count are kept. Lines with no\n"
               "Persian or Arabic letter, and lines in Urdu, Kurdish, Pashto, Sindhi or\n"
               "Uyghur, come out as they came in every preset but search.\n"
               "\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("files", nargs="*", metavar="FILE",
                    help="inputs: files, FIFOs, <(cmd), /dev/stdin; none or '-' reads stdin")
    g = ap.add_argument_group("what to do")
    g.add_argument("-p", "--preset", default=None,
                   help=f"named pipeline: {', '.join(SPECS)} (default: default)")
    g.add_argument("-s", "--spec", default=None,
                   help="pipeline as text, e.g. 'unify_letters; digits(to=latin); fix_zwnj' "
                        "(default: the preset's)")
    g.add_argument("--skip", action="append", default=[], metavar="STEP",
                   help="leave out a step of the pipeline; repeatable (default: none)")
    g.add_argument("--words", action="append", default=[], metavar="FILE",
                   help="words for the ZWNJ repair, one per line: with a ZWNJ, restored wherever "
                        "written glued or apart; without, kept whole; repeatable (default: none)")
    g.add_argument("--keep", action="append", default=[], metavar="FILE",
                   help="words the ZWNJ repair leaves exactly as written, one per line; "
                        "repeatable (default: none)")
    g.add_argument("--check", action="store_true",
                   help="write nothing; exit 1 if some line would change (default: off)")
    g.add_argument("--explain", action="store_true",
                   help="print per-step edit counts for the whole input to stderr (default: off)")
    g.add_argument("--diff", action="store_true",
                   help="print the changed lines instead of the text; exit 1 if some line "
                        "would change (default: off)")
    g.add_argument("--diff-style", choices=["unified", "side"], default=None,
                   help="how --diff shows a changed line: unified (-old, +new) or side "
                        "(N: old  |  new); implies --diff (default: unified)")
    g.add_argument("--chars", action="store_true",
                   help="print each input character as U+XXXX, name and category (default: off)")
    o = ap.add_argument_group("input and output")
    o.add_argument("-o", "--output", default=None, metavar="FILE",
                   help="write here (default: stdout); replaced atomically, never an input")
    o.add_argument("-i", "--in-place", action="store_true",
                   help="rewrite each input file atomically (default: off)")
    o.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker threads; output stays in input order (default: 1; 0 = all cores)")
    o.add_argument("--encoding", default="utf-8", metavar="ENC",
                   help="the input's encoding (default: utf-8)")
    o.add_argument("--output-encoding", default="utf-8", metavar="ENC",
                   help="the output's encoding, also for --in-place; a character it cannot hold "
                        "is an error (default: utf-8)")
    o.add_argument("--errors", default="strict", choices=["strict", "replace", "ignore", "surrogateescape"],
                   help="what to do with undecodable bytes (default: strict, which stops with exit 2)")
    o.add_argument("--progress", choices=["auto", "on", "off"], default="auto",
                   help="progress on stderr: a bar for a file, bytes read for stdin or a FIFO "
                        "(default: auto, when stderr is a terminal and the input a file)")
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
    if args.words or args.keep:
        p = _with_words(p, _read_word_files(args.words), _read_word_files(args.keep))
    return p


def _read_word_files(paths: list[str]) -> list[str]:
    from .lexicon import read_words

    out: list[str] = []
    for path in paths:
        try:
            out.extend(read_words(path))
        except FileNotFoundError:
            raise UsageError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise UsageError(f"{path}: is a folder, not a file") from None
        except UnicodeDecodeError as e:
            raise UsageError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
        except (OSError, ValueError) as e:
            raise UsageError(str(e)) from None
    return out


def _with_words(p: Pipeline, words: list[str], keep: list[str]) -> Pipeline:
    """``p`` with these words added to each of its fix_zwnj steps."""
    from .pipeline import get_step

    if not any(s.name == "fix_zwnj" for s in p.steps):
        raise UsageError("--words and --keep need a pipeline with fix_zwnj")
    steps = []
    for s in p.steps:
        if s.name == "fix_zwnj":
            opts = dict(s.options)
            opts["words"] = tuple(opts["words"]) + tuple(words)
            opts["keep"] = tuple(opts["keep"]) + tuple(keep)
            try:
                s = get_step("fix_zwnj", **opts)
            except SpecError as e:
                raise UsageError(str(e)) from None
        steps.append(s)
    return Pipeline(steps)


# -- reading ----------------------------------------------------------------------------
class LinePiece(str):
    """A block that is a piece of a line longer than ``pipeline.LONG_LINE`` (the last piece
    ends with the line's ending): cut where :func:`normalizer.pipeline.line_cuts` cuts it."""


def read_blocks(f: BinaryIO, name: str, encoding: str, errors: str,
                block: int = BLOCK_BYTES, bom: list[bool] | None = None,
                lines_before: int | None = None) -> Iterator[str]:
    """Decoded blocks of whole lines (line endings kept), and the pieces (:class:`LinePiece`)
    of lines longer than ``pipeline.LONG_LINE``, read ``block`` bytes at a time with an
    incremental decoder (UTF-16 and UTF-32 are decoded as a stream). A leading byte order
    mark is the encoding's signature, not text: it is left out, and ``bom`` (if given) gets
    True when it was a UTF-8 one. Undecodable input names its line. ``lines_before``: ``f``
    goes on from a line start after that many lines (no signature is looked for)."""
    try:
        dec = codecs.getincrementaldecoder(encoding)(errors)
    except LookupError:
        raise UsageError(f"unknown encoding {encoding!r}") from None
    codec = codecs.lookup(encoding).name
    utf8 = codec == "utf-8"
    decoding = encoding  # the codec the decoder is of
    lines = lines_before or 0  # line breaks decoded so far
    buf = ""  # decoded text not given out yet: from a line's start, or from a cut in a long line
    in_long = False
    first = lines_before is None
    while True:
        data = f.read(block)
        final = not data
        if first and data:
            data = _at_least(f, data, 4)  # (enough for any signature)
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
        # (a line break is one byte in UTF-8, and bytes count faster than a str)
        lines += data.count(b"\n") if utf8 else text.count("\n")
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


def _at_least(f: BinaryIO, data: bytes, n: int) -> bytes:
    """``data`` with more of ``f`` read after it until it holds ``n`` bytes or ``f`` ends (a
    pipe may give fewer bytes than asked): the first read, long enough to hold a signature."""
    while len(data) < n:
        more = f.read(n - len(data))
        if not more:
            break
        data += more
    return data


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


def read_utf8_blocks(f: BinaryIO, name: str, block: int = BLOCK_BYTES,
                     bom: list[bool] | None = None) -> Iterator[bytes | str]:
    """:func:`read_blocks` for UTF-8 read strictly, where the text is only written: blocks of
    whole lines as bytes, not decoded here (:func:`normalize_piece` has the core decode each
    beside the other workers; a line break is one byte in UTF-8, so a cut after one never
    splits a character). From a line longer than ``pipeline.LONG_LINE`` bytes on, the rest
    is read by :func:`read_blocks` (its ``str`` blocks and the pieces of long lines)."""
    lines = 0  # line breaks given out so far
    buf = b""
    first = True
    while True:
        data = f.read(block)
        final = not data  # (before the signature is taken off: a BOM alone is no end)
        if first and data:
            first = False
            data = _at_least(f, data, 3)
            if data.startswith(codecs.BOM_UTF8):
                data = data[3:]
                if bom is not None:
                    bom.append(True)
        buf += data
        span = _pl.first_long_line(buf)  # (in bytes: a line this long in chars is longer)
        if span is not None:
            if span[0]:
                yield buf[:span[0]]
                lines += buf.count(b"\n", 0, span[0])
            rest = cast(BinaryIO, _Prefixed(buf[span[0]:], f))
            yield from read_blocks(rest, name, "utf-8", "strict", block, lines_before=lines)
            return
        if final:
            if buf:
                yield buf
            return
        nl = buf.rfind(b"\n") + 1
        if nl:
            yield buf[:nl]
            lines += buf.count(b"\n", 0, nl)
            buf = buf[nl:]


class _Prefixed(io.RawIOBase):
    """``f`` with ``head`` read first."""

    def __init__(self, head: bytes, f: BinaryIO) -> None:
        super().__init__()
        self._head, self._f = head, f

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if self._head:
            out, self._head = (self._head, b"") if n < 0 or n >= len(self._head) else (self._head[:n], self._head[n:])
            return out
        return self._f.read(n)


# -- signals ----------------------------------------------------------------------------
#: the signals that stop the filter quietly, with no temporary file or worker left behind
_SIGNALS: tuple[int, ...] = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP")
                                  if hasattr(signal, n))


def _on_signal(signum: int, frame: Any) -> None:
    """Raise :class:`Interrupted`; later signals are ignored while the filter cleans up."""
    for sig in _SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    raise Interrupted(signum)


@contextlib.contextmanager
def _signal_handlers() -> Iterator[None]:
    """Turn SIGINT, SIGTERM and SIGHUP into :class:`Interrupted` while the filter runs, and
    restore the handlers after. A signal ignored when the filter starts (``nohup``, a
    background job) stays ignored. Outside the main thread (where Python cannot set handlers)
    nothing changes."""
    old: dict[int, Any] = {}
    try:
        for sig in _SIGNALS:
            h = signal.getsignal(sig)
            if h is not signal.SIG_IGN:
                old[sig] = h
                signal.signal(sig, _on_signal)
    except ValueError:  # not the main thread
        pass
    try:
        yield
    finally:
        for sig, h in old.items():
            signal.signal(sig, h if h is not None else signal.SIG_DFL)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP back during a step that must not be cut in two (a
    temporary file made and remembered, renamed or removed; workers forked): a signal that
    arrives meanwhile is acted on when the step is done."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


# -- workers ----------------------------------------------------------------------------
class Workers:
    """Threads for ``-j``, started when a second block shows the input is worth it. The core
    normalizes a block with the GIL released, so the threads run at once, and all of them
    share one lexicon and one pipeline (see docs/decisions/cli-workers.md)."""

    def __init__(self, pipeline: Pipeline, jobs: int) -> None:
        self.pipeline, self.jobs = pipeline, jobs
        self._pool: Any = None

    def pool(self) -> Any:
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(self.jobs, thread_name_prefix="normalize")
        return self._pool

    @property
    def started(self) -> bool:
        return self._pool is not None

    def submit(self, piece: tuple[str, str, str], utf8: bool = False) -> Any:
        return self.pool().submit(normalize_piece, self.pipeline, piece, utf8)

    def terminate(self, hard: bool = False) -> None:
        """End the threads: after the blocks in hand (``hard``, after a signal or an error,
        the blocks not started are dropped and none is waited for: the filter leaves with
        ``os._exit``)."""
        pool = self._pool
        if pool is None:
            return
        self._pool = None
        pool.shutdown(wait=not hard, cancel_futures=True)


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
        need -= lines_after(x, 0, need).count(_pl.line_break(x))  # (the breaks of its first `need` lines)
    return need <= 0


def _text(x: str | bytes) -> str:
    """``x`` as a ``str``: where a block read as bytes meets one read as text (once, where a
    long line turns the reading to text), or a block is only context (an undecodable byte is
    U+FFFD there; its own block says where it is)."""
    return x.decode("utf-8", "replace") if isinstance(x, bytes) else x


def _join(parts: list) -> Any:
    """Blocks (or their lines) one after the other, of one type (``str`` where both meet; an
    empty one has none)."""
    parts = [p for p in parts if p]
    if len({type(p) is bytes for p in parts}) > 1:
        parts = [_text(p) for p in parts]
    return parts[0][:0].join(parts) if parts else ""


def _emit(ahead: collections.deque, tail: str, k: int) -> Generator[tuple[str, str, str], None, str]:
    """Yield the first block of ``ahead`` with its context; return the new ``tail``."""
    cur = ahead.popleft()
    if isinstance(cur, LinePiece):
        before = tail if not tail.endswith(_pl.line_break(tail)) else ""  # (the piece before, in its line)
        after = ahead[0][:_pl.LINE_CONTEXT] if ahead and not cur.endswith("\n") else ""
        yield before, cur, after
        return "" if cur.endswith("\n") else cur[-_pl.LINE_CONTEXT:]
    after, need = [], k
    for x in ahead:
        if isinstance(x, LinePiece) or need <= 0:
            break
        piece = lines_after(x, 0, need)
        after.append(piece)
        need -= piece.count(_pl.line_break(piece))
    yield tail, cur, _join(after)
    t = lines_before(cur, len(cur), k)
    if t.count(_pl.line_break(t)) < k:
        tt = _join([tail, t])
        t = lines_before(tt, len(tt), k)
    return t


def normalize_piece(pipeline: Pipeline, piece: tuple[str, str, str], utf8: bool = False) -> str | bytes:
    """A block normalized with its context, (before, block, after); with ``utf8``, written
    as UTF-8 by the core where it can be (bytes: the encoding done with the GIL released,
    beside the other workers), else as a ``str`` (a piece of a long line, lone surrogates)."""
    before, text, after = piece
    if any(isinstance(x, bytes) for x in piece):  # (read as UTF-8 bytes: utf8 is true)
        if isinstance(text, bytes) and all(isinstance(x, bytes) or not x for x in (before, after)):
            res = pipeline._in_context_bytes(text, before or b"", after or b"")
            if res is not None:
                return res
        # (text the core does not take: no UTF-8 (decoding it raises the error that names the
        # line), too long for one call, or beside a block read as text)
        text = text.decode("utf-8") if isinstance(text, bytes) else text
        before, after = _text(before), _text(after)
    if utf8:
        res = pipeline._in_context_utf8(text, before, after)
        if res is not None:
            return res
    return pipeline.in_context(text, before, after)


def normalized_blocks(pipeline: Pipeline, blocks: Iterator[str], workers: Workers | None, jobs: int,
                      utf8: bool = False) -> Iterator[tuple[str, str | bytes]]:
    """(input block, output block) pairs in input order; at most 4 x jobs blocks in flight.
    An input of one block (and a scrap) is normalized here: workers start only for more.
    ``utf8``: see :func:`normalize_piece`."""
    for (_, b, _), res in normalized_pieces(pipeline, blocks, workers, jobs, utf8):
        yield b, res


def normalized_pieces(pipeline: Pipeline, blocks: Iterator[str], workers: Workers | None, jobs: int,
                      utf8: bool = False) -> Iterator[tuple[tuple[str, str, str], str | bytes]]:
    """((before, block, after), output block) for each block, in input order (see
    :func:`normalized_blocks`)."""
    pieces = with_context(blocks, pipeline.context_lines)
    if workers is None:
        for piece in pieces:
            yield piece, normalize_piece(pipeline, piece, utf8)
        return
    head = list(itertools.islice(pieces, 3))  # enough to tell whether workers pay
    if not workers.started and (len(head) < 2 or (len(head) == 2 and len(head[1][1]) < len(head[0][1]) // 4)):
        # one block, or one and a scrap: here, with no thread
        for piece in head:
            yield piece, normalize_piece(pipeline, piece, utf8)
        return
    window: collections.deque = collections.deque()
    for piece in itertools.chain(head, pieces):
        window.append((piece, workers.submit(piece, utf8)))
        if len(window) >= 4 * jobs:
            done, res = window.popleft()
            yield done, res.result()
    while window:
        done, res = window.popleft()
        yield done, res.result()


class Progress:
    """Progress on stderr: a bar for an input of known size, else the bytes read and the
    rate (stdin, a FIFO). Disabled, it does nothing."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total, self.enabled, self.done = total, enabled and total != 0, 0
        self.t0 = self.last = time.monotonic()

    def update(self, done: int) -> None:
        """``done`` bytes of the input have been read."""
        if not self.enabled:
            return
        self.done = done
        now = time.monotonic()
        if now - self.last >= 0.2:
            self._show(now)

    def _show(self, now: float) -> None:
        self.last = now
        rate = self.done / max(now - self.t0, 1e-9) / 2**20
        if self.total is None:
            sys.stderr.write(f"\r{self.done / 2**20:10.1f} MiB read {rate:7.1f} MiB/s")
        else:
            frac = min(self.done / self.total, 1.0)
            bar = "#" * int(frac * 30)
            sys.stderr.write(f"\r[{bar:<30}] {frac:6.1%} {rate:7.1f} MiB/s")
        sys.stderr.flush()

    def close(self) -> None:
        """Show the last figures and end the line."""
        if self.enabled:
            self._show(time.monotonic())
            sys.stderr.write("\n")
            sys.stderr.flush()
            self.enabled = False


# -- input and output -------------------------------------------------------------------
class CountingReader(io.RawIOBase):
    """A binary input that counts the bytes read (for :class:`Progress`) and names itself
    in the errors of reading. Wrapped in an ``io.BufferedReader`` by :func:`_open`, it offers
    ``readlines``, ``read``, ``peek`` and the rest to the reading layer."""

    def __init__(self, f: BinaryIO, name: str, close_inner: bool) -> None:
        super().__init__()
        self._f, self.name_, self._close_inner = f, name, close_inner
        self.count = 0
        # one system call per request, so that a pipe's data is passed on as it comes
        self._readinto = getattr(f, "readinto1", None) or getattr(f, "readinto")

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        try:
            n = self._readinto(b)
        except OSError as e:
            if e.filename is None:
                e.filename = self.name_
            raise
        self.count += n or 0
        return n

    def close(self) -> None:
        if not self.closed and self._close_inner:
            self._f.close()
        super().close()


def _umask() -> int:
    """The process's umask: read from /proc where Linux shows it, else set and put back."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class Output:
    """Where the text goes, encoded with an incremental encoder (one BOM for UTF-16).

    ``path`` None writes stdout. A device or a FIFO (anything but a regular file, and any
    path under /dev/) is written straight. A regular file, new or not, is written as a
    temporary file (:data:`TEMP_PREFIX`) in its folder, renamed over it by :meth:`commit`
    and removed by :meth:`discard`; symbolic links are followed, so the link stays a link. The
    file made gets the mode a new file gets from the umask, or the mode, owner and group of
    the file it replaces (the owner and group where the system permits). A write that fails
    raises OSError naming the output; a character the encoding cannot hold, UsageError."""

    def __init__(self, path: str | None, encoding: str, errors: str) -> None:
        self.name = path if path is not None else "<stdout>"
        self.encoding = encoding
        self._enc = codecs.getincrementalencoder(encoding)(errors)
        self.lines = 0  # lines written, to name the line a character cannot be written on
        self.tmp: str | None = None
        self._target = ""
        self._old: os.stat_result | None = None
        if path is None:
            self._f: BinaryIO = sys.stdout.buffer
            self._close = False
            return
        self._close = True
        st = _stat(path)
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise UsageError(f"{path}: is a folder, not a file")
        if st is not None and (not stat.S_ISREG(st.st_mode) or _is_stream_path(path)):
            self._f = open(path, "wb")  # a device, a FIFO, /dev/stdout: no renaming
            return
        self._target = os.path.realpath(path)
        self._old = st
        folder = os.path.dirname(self._target)
        if not os.path.isdir(folder):
            raise UsageError(f"{path}: no such folder {folder}")
        import tempfile

        with _signals_held():
            try:
                fd, self.tmp = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX)
            except OSError as e:
                self._failed(e)
            _TEMPS.add(self.tmp)
        self._f = os.fdopen(fd, "wb")

    def _failed(self, e: OSError) -> NoReturn:
        e.filename, e.filename2 = self.name, None
        raise e

    def signature(self) -> None:
        """Write the UTF-8 byte order mark that the input began with, where the output is
        UTF-8 too (a UTF-16 or UTF-32 encoder writes its own; utf-8-sig writes one anyway)."""
        if codecs.lookup(self.encoding).name == "utf-8":
            self.write("\ufeff")

    @property
    def utf8(self) -> bool:
        """Is the output plain UTF-8 (no signature), so that bytes the core encoded can go
        straight to it (:meth:`write_bytes`)?"""
        return codecs.lookup(self.encoding).name == "utf-8"

    def write_bytes(self, data: bytes) -> None:
        """Write text already encoded as UTF-8 (only where :attr:`utf8`)."""
        try:
            self._f.write(data)
        except OSError as e:
            self._failed(e)

    def write(self, text: str, line: int | None = None) -> None:
        """Write ``text``; ``line``: how many lines of the output come before it (where the
        caller knows: else they are counted), to name the line of a character the encoding
        cannot hold."""
        if line is not None:
            self.lines = line
        try:
            data = self._enc.encode(text)
        except UnicodeEncodeError as e:
            ch = e.object[e.start]
            line = self.lines + e.object.count("\n", 0, e.start) + 1
            raise UsageError(f"{self.name}: line {line}: {ch!r} (U+{ord(ch):04X}) cannot be written "
                             f"in {self.encoding}; choose another --output-encoding") from None
        if line is None:
            self.lines += text.count("\n")
        try:
            self._f.write(data)
        except OSError as e:
            self._failed(e)

    def commit(self) -> None:
        """Write what is left and put the file in place."""
        try:
            self._f.write(self._enc.encode("", final=True))
            self._f.flush()
            if self.tmp is None:
                if self._close:
                    self._f.close()
                return
            fd = self._f.fileno()
            old = self._old
            if old is not None and stat.S_ISREG(old.st_mode):
                now = os.fstat(fd)
                if (old.st_uid, old.st_gid) != (now.st_uid, now.st_gid) and hasattr(os, "fchown"):
                    for uid in (old.st_uid, -1):  # the owner where permitted, else the group
                        try:
                            os.fchown(fd, uid, old.st_gid)
                            break
                        except PermissionError:
                            continue
                os.chmod(fd, stat.S_IMODE(old.st_mode))  # after chown, which clears set-id bits
            else:
                os.chmod(fd, 0o666 & ~_umask())
            os.fsync(fd)
            self._f.close()
            with _signals_held():
                os.replace(self.tmp, self._target)
                _TEMPS.discard(self.tmp)
                self.tmp = None
        except OSError as e:
            self._failed(e)

    def discard(self) -> None:
        """Remove the temporary file (if any); nothing is written over."""
        with _signals_held():
            if self._close:
                with contextlib.suppress(OSError):
                    self._f.close()
            if self.tmp is not None:
                _remove_temp(self.tmp)
                self.tmp = None


#: temporary files made and not yet renamed or removed: :func:`main` removes any left, should
#: a signal come between a file's making and the ``try`` that would remove it
_TEMPS: set[str] = set()


def _remove_temp(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
    _TEMPS.discard(path)


def _is_stream_path(path: str) -> bool:
    """/dev/stdout, /dev/fd/1 and the like lead to a file through /proc's links: written
    straight, like a device, and never replaced (the file is the shell's redirection)."""
    a = os.path.abspath(path)
    return a in ("/dev/stdout", "/dev/stderr", "/dev/stdin") or a.startswith(("/dev/fd/", "/proc/"))


def _stat(path: str) -> os.stat_result | None:
    """``os.stat`` (following links), None for a path that does not exist."""
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None


def _check_input(f: str) -> os.stat_result:
    """Anything readable but a folder is an input; the rest is a one-line error."""
    st = _stat(f)
    if st is None:
        raise UsageError(f"{f}: no such file")
    if stat.S_ISDIR(st.st_mode):
        raise UsageError(f"{f}: is a folder, not a file")
    if not os.access(f, os.R_OK):
        raise UsageError(f"{f}: permission denied")
    return st


def _open(f: str) -> tuple[BinaryIO, CountingReader, int | None]:
    """The input as a buffered binary file, its counting reader, and its size (None for
    stdin, a FIFO or a device, which tell none)."""
    if f == "-":
        raw = CountingReader(sys.stdin.buffer, "<stdin>", close_inner=False)
        size = None
    else:
        fh = open(f, "rb", buffering=0)
        st = os.fstat(fh.fileno())
        raw = CountingReader(fh, f, close_inner=True)  # type: ignore[arg-type]
        size = st.st_size if stat.S_ISREG(st.st_mode) else None
    return io.BufferedReader(raw, buffer_size=1 << 17), raw, size  # type: ignore[return-value]


# -- the modes --------------------------------------------------------------------------
def print_chars(blocks: Iterator[str], out: Output) -> None:
    for text in blocks:
        for ch in text:
            name = unicodedata.name(ch, "") or {"\n": "LINE FEED", "\r": "CARRIAGE RETURN",
                                                "\t": "CHARACTER TABULATION"}.get(ch, "<unnamed>")
            shown = ch if ch.isprintable() and not unicodedata.category(ch).startswith(("M", "C", "Z")) else " "
            out.write(f"U+{ord(ch):04X}  {unicodedata.category(ch)}  {shown}  {name}\n")


def _check_encoding(encoding: str, option: str) -> None:
    try:
        codecs.getincrementalencoder(encoding)
        codecs.getincrementaldecoder(encoding)
        "".encode(encoding)
    except LookupError:
        raise UsageError(f"{option}: unknown encoding {encoding!r}") from None


def run(args: argparse.Namespace) -> int:
    if args.list_steps:
        for name, cls in step_classes().items():
            opts = ", ".join(f"{k}={v[0]!r}" for k, v in cls.OPTIONS.items())
            print(f"{name:20} {'lossy ' if cls.lossy else ''}{cls.summary}" + (f"  [{opts}]" if opts else ""))
        return 0
    if args.list_presets:
        width = max(map(len, SPECS))
        for name, spec in SPECS.items():
            print(f"{name:{width}} {spec}")
        return 0
    pipeline = make_pipeline(args)
    if args.show_spec:
        print(pipeline.to_spec())
        return 0
    if args.diff_style is not None:
        args.diff = True
    files = args.files or ["-"]
    if args.in_place and (args.output or "-" in files):
        raise UsageError("--in-place rewrites named files; it takes no -o and no stdin")
    if args.in_place and (args.check or args.diff or args.chars):
        raise UsageError("--in-place does not go with --check, --diff or --chars")
    _check_encoding(args.encoding, "--encoding")
    _check_encoding(args.output_encoding, "--output-encoding")
    inputs = {f: _check_input(f) for f in files if f != "-"}
    if args.in_place:
        for f, st in inputs.items():
            if not stat.S_ISREG(st.st_mode):
                raise UsageError(f"{f}: --in-place rewrites regular files only")
    if args.output not in (None, "-") and not args.check:
        out_st = _stat(args.output)
        if out_st is not None and stat.S_ISREG(out_st.st_mode):
            for f, st in inputs.items():
                if (st.st_dev, st.st_ino) == (out_st.st_dev, out_st.st_ino):
                    raise UsageError(f"-o {args.output} is an input file; use --in-place to rewrite it")
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)

    pool = None if args.chars else make_pool(pipeline, jobs)
    done = False
    try:
        code = _run_files(args, pipeline, files, jobs, pool)
        done = True
        return code
    finally:
        if pool is not None:
            pool.terminate(hard=not done)


def _out_errors(args: argparse.Namespace) -> str:
    """Bytes kept undecoded by --errors surrogateescape are written back as they were."""
    return "surrogateescape" if args.errors == "surrogateescape" else "strict"


def _run_files(args: argparse.Namespace, pipeline: Pipeline, files: list[str], jobs: int, pool: Any) -> int:
    if args.in_place:
        for f in files:
            _rewrite(f, pipeline, args, jobs, pool)
        return 0

    changed_total = 0
    counts: collections.Counter = collections.Counter()
    out = None
    try:
        if not args.check or args.diff or args.chars:  # --check alone writes nothing, not even -o
            out = Output(args.output if args.output not in (None, "-") else None,
                         args.output_encoding, _out_errors(args))
        for f in files:
            changed_total += _process(f, pipeline, args, jobs, pool, out, counts)
        if out is not None:
            out.commit()
    finally:
        if out is not None:
            out.discard()
    if args.explain:
        if counts:
            for step, n in counts.items():
                print(f"{step}: {n} edit{'s' if n != 1 else ''}", file=sys.stderr)
        else:
            print("no changes", file=sys.stderr)
    if args.check or args.diff:
        return 1 if changed_total else 0
    return 0


def _process(f: str, pipeline: Pipeline, args: argparse.Namespace, jobs: int, pool: Any,
             out: Output | None, counts: collections.Counter) -> int:
    """Normalize one input into ``out`` (None for --check); the number of changed lines
    (with --check or --diff; else 0)."""
    fh, raw, size = _open(f)
    name = raw.name_
    prog = Progress(size, args.progress == "on" or (args.progress == "auto" and size is not None
                                                      and sys.stderr.isatty()))
    try:
        bom: list[bool] = []  # a UTF-8 BOM goes out first exactly when the input had one
        # (text that is only written goes out as the core encodes it, where the output is
        # UTF-8; where the input is UTF-8 too, read strictly, the core decodes it as well)
        utf8 = (out is not None and out.utf8 and not (args.explain or args.check or args.diff
                                                      or args.chars))
        if utf8 and _reads_utf8(args):
            blocks: Iterator[Any] = read_utf8_blocks(fh, name, bom=bom)
        else:
            blocks = read_blocks(fh, name, args.encoding, args.errors, bom=bom)
        if args.chars:
            assert out is not None
            print_chars(blocks, out)
            return 0
        changed = 0
        line_base = 0
        counted = False  # a long line's change is counted once, in the first piece that changes
        pieces = _named_decode_errors(normalized_pieces(pipeline, blocks, pool, jobs, utf8), name)
        for (before, inp, after), res in pieces:
            prog.update(raw.count)
            if args.explain:
                for rep in pipeline.explain_in_context(inp, before, after).reports:
                    if rep.rules:  # a step of named rules: one count per rule
                        for rule, n in rep.rules.items():
                            counts[f"{rep.step}/{rule}" if rule else rep.step] += n
                    else:
                        counts[rep.step] += rep.edits
            if (args.check or args.diff) and inp != res:
                assert isinstance(res, str)
                a, b = inp.splitlines(True), res.splitlines(True)
                n_changed = sum(1 for x, y in zip(a, b) if x != y)
                if isinstance(inp, LinePiece):
                    n_changed, counted = (0 if counted else n_changed), counted or n_changed > 0
                changed += n_changed
                if args.diff and out is not None:
                    _write_diff(out, name, a, b, args.diff_style or "unified", line_base)
            first_line = line_base  # (the output keeps the input's lines)
            line_base += inp.count(_pl.line_break(inp))
            if inp.endswith(_pl.line_break(inp)):
                counted = False
            if out is not None and not args.diff:
                if bom:
                    out.signature()
                    bom.clear()
                if isinstance(res, bytes):
                    out.write_bytes(res)
                else:
                    out.write(res, first_line)
        if bom and out is not None and not args.diff:
            out.signature()  # (an input that was a BOM alone)
        prog.update(raw.count)
        if args.check and changed:
            print(f"{name}: {changed} line{'s' if changed != 1 else ''} would change", file=sys.stderr)
        return changed
    finally:
        prog.close()
        fh.close()


def _reads_utf8(args: argparse.Namespace) -> bool:
    """Is the input UTF-8 read strictly, so that its blocks may go to the core as bytes?"""
    return args.errors == "strict" and codecs.lookup(args.encoding).name == "utf-8"


def _named_decode_errors(pieces: Iterator[tuple[tuple[Any, Any, Any], Any]], name: str
                         ) -> Iterator[tuple[tuple[Any, Any, Any], Any]]:
    """``pieces`` as they come; a block read as bytes that is no UTF-8 (the core decodes it,
    see :func:`normalize_piece`) stops them with the error :func:`read_blocks` gives, which
    names the line."""
    lines = 0
    it = iter(pieces)
    while True:
        try:
            piece = next(it)
        except StopIteration:
            return
        except UnicodeDecodeError as e:
            at = lines + bytes(e.object[:e.start]).count(b"\n")
            raise UsageError(f"{name}: line {at + 1}: cannot decode as utf-8 "
                             f"({e.reason}); try --encoding or --errors") from None
        lines += piece[0][1].count(_pl.line_break(piece[0][1]))
        yield piece


def _write_diff(out: Output, name: str, a: list[str], b: list[str], mode: str, base: int) -> None:
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
    """Rewrite ``f`` (the file it points to, for a link) through :class:`Output`."""
    out = None
    try:
        out = Output(f, args.output_encoding, _out_errors(args))
        fh, _, _ = _open(f)
        with fh:
            bom: list[bool] = []
            blocks: Iterator[Any] = (read_utf8_blocks(fh, f, bom=bom) if out.utf8 and _reads_utf8(args)
                                     else read_blocks(fh, f, args.encoding, args.errors, bom=bom))
            for _, res in _named_decode_errors(normalized_pieces(pipeline, blocks, pool, jobs, out.utf8), f):
                if bom:
                    out.signature()
                    bom.clear()
                if isinstance(res, bytes):
                    out.write_bytes(res)
                else:
                    out.write(res)
            if bom:
                out.signature()
        out.commit()
    finally:
        if out is not None:
            out.discard()


def _os_error(e: OSError) -> str:
    """One line for an OSError: the file it concerns and what the system says."""
    what = e.strerror or str(e)
    what = what[:1].lower() + what[1:]
    if e.errno == errno.ENOSPC:
        what = "no space left on the device (disk full)"
    return f"{e.filename}: {what}" if e.filename is not None else what


def _fail(message: str) -> int:
    print(f"{PROG}: error: {' '.join(message.split())}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    with _signal_handlers():
        try:
            return run(args)
        except (UsageError, SpecError) as e:
            return _fail(str(e))
        except BrokenPipeError:
            # the reader went away (| head): leave quietly
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except OSError:
                pass
            return 0
        except OSError as e:
            return _fail(_os_error(e))
        except LookupError as e:  # an encoding that fails only when used
            return _fail(f"encoding: {e}")
        except Interrupted as e:
            return 128 + e.signum
        except KeyboardInterrupt:
            return 130
        finally:
            with _signals_held():
                for path in list(_TEMPS):
                    _remove_temp(path)


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
