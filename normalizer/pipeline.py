"""Steps, pipelines, text specs, and the one edit mechanism every step goes through.

A *step* is a small named object with keyword-only options. It describes its work as
*edits*: non-overlapping ``(start, end, replacement)`` triples over its input, in order.
Everything else is built on that one primitive:

* the plain path applies the edits (or a step's own fast path, which must give the
  same text; the tests check it);
* protected spans (URLs, e-mails, Latin words, see :mod:`normalizer.protect`) are found
  once per text and hidden behind placeholders that no step changes, then put back;
* the aligned path composes the edits into a character alignment, so no step does offset
  arithmetic of its own (:meth:`Pipeline.normalize_aligned`);
* explanations count the edits per step (:meth:`Pipeline.explain`).

A :class:`Pipeline` is an immutable sequence of steps and is itself a step. It is written as
and parsed from a text spec such as ``"unify_letters; digits(to=latin); fix_zwnj"``.
"""
from __future__ import annotations

import os
import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from itertools import compress, count, islice
from operator import gt, or_
from typing import Any, ClassVar, Iterable, Iterator, Sequence, TypeVar, overload

from . import protect

Edit = tuple[int, int, str]

__all__ = [
    "Edit", "Step", "Pipeline", "SpecError", "register", "get_step", "step_names",
    "step_classes", "parse_spec", "apply_edits", "Aligned", "Explanation",
]


class SpecError(ValueError):
    """A pipeline spec, step name or option that is not valid. The message names the valid ones."""


_REGISTRY: dict[str, type["Step"]] = {}


def register(cls: type["Step"]) -> type["Step"]:
    """Class decorator: make a step available by its ``name`` in specs and the CLI."""
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise ValueError(f"step name {cls.name!r} registered twice")
    _REGISTRY[cls.name] = cls
    return cls


def _load_steps() -> None:
    from . import steps  # noqa: F401  (importing registers every step family)


def step_classes() -> dict[str, type["Step"]]:
    """All registered step classes by name, in registration order."""
    _load_steps()
    return dict(_REGISTRY)


def step_names() -> list[str]:
    return list(step_classes())


def get_step(name: str, **options: Any) -> "Step":
    """Make a step by its registered name: ``get_step("digits", to="latin")``."""
    classes = step_classes()
    if name not in classes:
        raise SpecError(f"unknown step {name!r}; valid steps: {', '.join(classes)}")
    return classes[name](**options)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply sorted, non-overlapping edits to ``text``."""
    out: list[str] = []
    pos = 0
    for s, e, r in edits:
        out.append(text[pos:s])
        out.append(r)
        pos = e
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


class Step:
    """Base class of every normalization step.

    Subclasses set ``name`` (public, stable), ``summary`` (one line), ``lossy`` (whether
    a reader could miss what it removes), ``OPTIONS`` (``{option: (default, allowed)}``,
    allowed being a tuple of values or a type), and implement :meth:`edits`. They may
    override :meth:`apply` with a faster path that must return the same text.
    """

    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    lossy: ClassVar[bool] = False
    OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {}
    #: (input, output[, options]) rows shown in the generated docs and checked by the tests.
    EXAMPLES: ClassVar[Sequence[tuple]] = ()
    #: per option, values read as another (an option that was a switch: true -> "zwnj")
    ALIASES: ClassVar[dict[str, dict[Any, Any]]] = {}

    def __init__(self, **options: Any) -> None:
        opts: dict[str, Any] = {}
        for key, value in options.items():
            if key not in self.OPTIONS:
                valid = ", ".join(self.OPTIONS) or "none"
                raise SpecError(f"step {self.name!r} has no option {key!r}; valid options: {valid}")
            aliases = self.ALIASES.get(key)
            if aliases and isinstance(value, bool) and value in aliases:
                value = aliases[value]
            opts[key] = _check_option(self.name, key, value, self.OPTIONS[key][1])
        self.options: dict[str, Any] = {k: opts.get(k, d) for k, (d, _) in self.OPTIONS.items()}
        self._setup()

    def _setup(self) -> None:
        """Called on creation and after unpickling."""
        self.__dict__.pop("_core_step", None)

    @property
    def _core(self) -> Any:
        """This step alone as a core program (made on first use)."""
        prog = self.__dict__.get("_core_step")
        if prog is None:
            from . import _core

            prog = self.__dict__["_core_step"] = _core.Program([(self.name, _core_options(self))])
        return prog

    @property
    def context_lines(self) -> int:
        """How many lines before and after a line the step reads to decide it (0: the
        step works within a line). A text cut into pieces at line breaks gives each piece
        that many lines around it (see :meth:`Pipeline.in_context`)."""
        return int(self._core.context_lines)

    @property
    def respects_protection(self) -> bool:
        """False for a step that also works inside protected spans (lowercase)."""
        return bool(self._core.respects_protection[0])

    @property
    def works_hidden(self) -> bool:
        """Does the step work on the hidden strings (protected spans and lines) too, after
        the steps have run (:meth:`apply_hidden`)? A step that does not respect protection
        does (lowercase); ``digits`` does for the digits that are no Latin writing."""
        return bool(self._core.works_hidden[0])

    def apply_hidden(self, text: str) -> str:
        """The step's result on one hidden string (a protected span or a whole protected
        line, as written): its :meth:`apply` for a step that does not respect protection;
        what ``digits`` does there for one that does (see its doc)."""
        return str(self._core.apply_hidden(0, text))

    # -- the work (in the core) -------------------------------------------------------
    def edits(self, text: str) -> Iterator[Edit]:
        """The step's edits of ``text``: sorted, non-overlapping ``(start, end, replacement)``
        (no protected spans considered)."""
        return iter([(s, e, r) for s, e, r, _ in self._core.step_edits(0, text)])

    def rule_edits(self, text: str) -> list[tuple[int, int, str, str]]:
        """:meth:`edits` with the name of the rule behind each (empty where the step has one rule)."""
        return list(self._core.step_edits(0, text))

    def needs(self, text: str) -> bool:
        """Cheap test: might the step change ``text``? (Never False where it would.)"""
        return bool(self._core.needs(0, text))

    def apply(self, text: str) -> str:
        """The step's result on ``text``, protection not considered."""
        return str(self._core.apply_step(0, text))

    def __call__(self, text: str) -> str:
        """Normalize ``text`` with this step alone, respecting protected spans."""
        solo = self.__dict__.get("_solo")
        if solo is None:
            solo = self._solo = Pipeline([self])
        return solo(text)

    # -- identity -------------------------------------------------------------------
    def to_spec(self) -> str:
        changed = {k: v for k, v in self.options.items() if v != self.OPTIONS[k][0]}
        if not changed:
            return self.name
        return f"{self.name}({', '.join(f'{k}={_fmt_value(v)}' for k, v in changed.items())})"

    def __repr__(self) -> str:
        return f"<step {self.to_spec()}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Step) and type(other) is type(self) and other.options == self.options

    def __hash__(self) -> int:
        return hash((self.name, tuple(sorted(self.options.items()))))

    def __getstate__(self) -> dict[str, Any]:
        return {"options": self.options}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.options = dict(state["options"])
        self._setup()

    def flat(self) -> list["Step"]:
        return [self]


def _core_options(step: "Step") -> dict[str, Any]:
    """A step's options as the core takes them (those set away from their defaults)."""
    return {k: v for k, v in step.options.items() if v != step.OPTIONS[k][0]}


class Names(frozenset):
    """An option's allowed values where it takes a list of names (``disable=[a, b]``): the
    names it may hold. The value is kept as a sorted tuple, so that specs compare equal."""


class Words:
    """An option's allowed values where it takes a list of words (``words=[...]``): any words
    with no space, tab or line break in them. Kept as a sorted tuple, so specs compare equal."""

    __name__ = "list of words"


def _check_option(step: str, key: str, value: Any, allowed: Any) -> Any:
    if allowed is Words:
        if isinstance(value, str):
            value = (value,) if value else ()
        if not isinstance(value, (list, tuple, set, frozenset)) or not all(isinstance(v, str) for v in value):
            raise SpecError(f"option {key} of step {step!r} takes a list of words, not {value!r}")
        bad = [v for v in value if not v or any(c in v for c in " \t\r\n")]
        if bad:
            raise SpecError(f"option {key} of step {step!r}: {bad[0]!r} is no word (empty, or a space in it)")
        return tuple(sorted(set(value)))
    if isinstance(allowed, Names):
        if isinstance(value, str):
            value = (value,) if value else ()
        if not isinstance(value, (list, tuple, set, frozenset)) or not all(isinstance(v, str) for v in value):
            raise SpecError(f"option {key} of step {step!r} takes a list of names, not {value!r}")
        bad = [v for v in value if v not in allowed]
        if bad:
            raise SpecError(f"option {key} of step {step!r}: unknown {', '.join(map(repr, bad))}; "
                            f"choose from: {', '.join(sorted(allowed))}")
        return tuple(sorted(set(value)))
    if isinstance(allowed, tuple):
        if value not in allowed:
            raise SpecError(f"option {key}={value!r} of step {step!r} is not valid; "
                            f"choose one of: {', '.join(map(_fmt_value, allowed))}")
        return value
    if allowed is bool:
        if isinstance(value, bool):
            return value
        raise SpecError(f"option {key} of step {step!r} takes true or false, not {value!r}")
    if allowed is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if allowed is str and isinstance(value, str):
        return value
    raise SpecError(f"option {key} of step {step!r} takes a {allowed.__name__}, not {value!r}")


def _fmt_value(v: Any) -> str:
    if isinstance(v, tuple):
        return "[" + ", ".join(map(_fmt_value, v)) + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str) and not re.fullmatch(r"[A-Za-z_][\w\-]*", v):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(v)


# -- specs ------------------------------------------------------------------------------
_SPEC_TOKEN = re.compile(r"""\s*(?:(?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?P<word>[^\s;(),=\[\]]+)|(?P<punct>[;(),=\[\]]))""")


def _parse_value(tok: str, is_str: bool) -> Any:
    if is_str:
        return re.sub(r"\\(.)", r"\1", tok[1:-1])
    low = tok.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    if re.fullmatch(r"[+-]?\d+", tok):
        return int(tok)
    return tok


def parse_spec(spec: str) -> list["Step"]:
    """Parse ``"step; step(opt=value, ...); preset_name"`` into steps.

    A name may also be a preset, which expands to its steps.
    """
    from .presets import PRESETS

    toks: list[tuple[str, str]] = []
    pos = 0
    spec_s = spec.strip()
    while pos < len(spec_s):
        m = _SPEC_TOKEN.match(spec_s, pos)
        if not m or m.end() == pos:
            if spec_s[pos:].strip() == "":
                break
            raise SpecError(f"cannot read spec {spec!r} at {spec_s[pos:]!r}")
        kind = m.lastgroup or ""
        toks.append((kind, m.group(kind)))
        pos = m.end()
    steps: list[Step] = []
    i = 0

    def expect(what: str) -> tuple[str, str]:
        nonlocal i
        if i >= len(toks):
            raise SpecError(f"spec {spec!r} ends where {what} was expected")
        t = toks[i]
        i += 1
        return t

    while i < len(toks):
        kind, tok = expect("a step name")
        if kind == "punct" and tok == ";":
            continue
        if kind != "word":
            raise SpecError(f"spec {spec!r}: expected a step name, got {tok!r}")
        name = tok
        opts: dict[str, Any] = {}
        if i < len(toks) and toks[i] == ("punct", "("):
            i += 1
            while True:
                kind, tok = expect("an option or ')'")
                if (kind, tok) == ("punct", ")"):
                    break
                if kind != "word":
                    raise SpecError(f"spec {spec!r}: expected an option name, got {tok!r}")
                key = tok
                if expect("'='") != ("punct", "="):
                    raise SpecError(f"spec {spec!r}: option {key!r} needs '=value'")
                vkind, vtok = expect("a value")
                if (vkind, vtok) == ("punct", "["):
                    # a list of names: [a, b, "c d"] (empty: [])
                    items: list[str] = []
                    while True:
                        ikind, itok = expect("a list item or ']'")
                        if (ikind, itok) == ("punct", "]") and not items:
                            break
                        if ikind == "punct":
                            raise SpecError(f"spec {spec!r}: option {key!r}: expected a list item, got {itok!r}")
                        items.append(str(_parse_value(itok, ikind == "str")) if ikind == "str" else itok)
                        ikind, itok = expect("',' or ']'")
                        if (ikind, itok) == ("punct", "]"):
                            break
                        if (ikind, itok) != ("punct", ","):
                            raise SpecError(f"spec {spec!r}: option {key!r}: items are separated by ','")
                    opts[key] = tuple(items)
                    kind, tok = expect("',' or ')'")
                    if (kind, tok) == ("punct", ")"):
                        break
                    if (kind, tok) != ("punct", ","):
                        raise SpecError(f"spec {spec!r}: expected ',' or ')' after option {key!r}")
                    continue
                if vkind == "punct":
                    raise SpecError(f"spec {spec!r}: option {key!r} has no value")
                opts[key] = _parse_value(vtok, vkind == "str")
                kind, tok = expect("',' or ')'")
                if (kind, tok) == ("punct", ")"):
                    break
                if (kind, tok) != ("punct", ","):
                    raise SpecError(f"spec {spec!r}: expected ',' or ')' after option {key!r}")
        if i < len(toks) and toks[i] != ("punct", ";"):
            raise SpecError(f"spec {spec!r}: steps are separated by ';' (after {name!r})")
        classes = step_classes()
        if name not in classes and name in PRESETS:
            if opts:
                raise SpecError(f"preset {name!r} takes no options")
            steps.extend(PRESETS[name].steps)
            continue
        if name not in classes:
            raise SpecError(f"unknown step {name!r}; valid steps: {', '.join(classes)}; "
                            f"presets: {', '.join(PRESETS)}")
        steps.append(classes[name](**opts))
    return steps


#: The most threads :meth:`Pipeline.normalize_batch` and a call on a large text use unless told.
BATCH_THREADS = 8

#: A text longer than this (in characters) is normalized on threads by :meth:`Pipeline.__call__`:
#: the core cuts it at line breaks into parts of 64 Ki characters (``PART_CHARS`` in
#: src/pipeline.rs), each with the lines around it, and gives the same text as one thread.
PARALLEL_CHARS = 1 << 17


def _threads(threads: int | None) -> int:
    """The threads to use: ``threads``, or one per core (at most :data:`BATCH_THREADS`)."""
    if threads is None:
        return min(os.cpu_count() or 1, BATCH_THREADS)
    if threads < 1:
        raise ValueError(f"threads must be at least 1, not {threads}")
    return threads

#: A text longer than twice this is normalized in chunks of about this many characters.
CHUNK_CHARS = 1 << 20

#: A line longer than this many characters (its line ending included) is normalized in
#: pieces of about half as many, cut at spaces (see :func:`line_cuts`), so that the memory
#: the work takes does not grow with the line. Each piece reads :data:`LINE_CONTEXT`
#: characters of its line on each side; lines up to this length are normalized whole, as
#: they always were. The line's neighbours are not read for its pieces, nor is the long
#: line read as a neighbour of the lines around it (only the ZWNJ repair reads other lines,
#: for a writer's habit; within a long line it reads the habit of each piece and its context).
LONG_LINE = 1 << 20

#: How many characters of its line a piece of a long line reads on each side (cut at a
#: space): enough for every step to decide the words next to the cut as within the whole.
LINE_CONTEXT = 1 << 12

#: How many places to cut a long line :meth:`Pipeline._settle` tries near the first.
_SETTLE_TRIES = 8

#: Where a long line may be cut: after a space that a non-space follows.
_CUT = re.compile(r" (?=\S)")


def next_cut(text: str, pos: int, end: int) -> int:
    """The first place in ``text[pos:end]`` where a long line may be cut (just after a space
    followed by a non-space, both before ``end``); -1 if there is none."""
    m = _CUT.search(text, pos, end)
    return m.end() if m else -1


def line_cuts(text: str, start: int, end: int) -> list[int]:
    """Where the line ``text[start:end]`` is cut into pieces: ``start``, then the first cut
    at least ``LONG_LINE // 2`` characters after the last, ..., ``end``. A line no longer
    than :data:`LONG_LINE` is one piece; so is a line with no space to cut at. The CLI
    cuts a line it reads in the same places, so that both give the same output."""
    cuts = [start]
    if end - start > LONG_LINE:
        step = max(LONG_LINE // 2, 1)
        while True:
            c = next_cut(text, cuts[-1] + step, end)
            if c < 0:
                break
            cuts.append(c)
    cuts.append(end)
    return cuts


def line_break(text: str | bytes) -> Any:
    """A line break of ``text``'s type: ``b"\\n"`` for UTF-8 ``bytes`` (the CLI's blocks, read
    as bytes), else ``"\\n"``."""
    return b"\n" if isinstance(text, bytes) else "\n"


def first_long_line(text: str | bytes, start: int = 0) -> tuple[int, int] | None:
    """The span of the first line of ``text[start:]`` (which starts a line) longer than
    :data:`LONG_LINE`, its line ending included; None if there is none. The text's end counts
    as a line's end. A few scans of LONG_LINE characters, not one a line. (UTF-8 ``bytes``
    too, counted in bytes.)"""
    p, n = start, len(text)
    br = line_break(text)
    while n - p > LONG_LINE:
        r = text.rfind(br, p, p + LONG_LINE)
        if r < 0:  # no line break in the LONG_LINE characters from p: the line is long
            nl = text.find(br, p + LONG_LINE)
            return p, (n if nl < 0 else nl + 1)
        p = r + 1  # the lines that start before r end by r: all short
    return None


def _fits_one_call(*parts: str | bytes) -> bool:
    """Does :meth:`Pipeline._call` normalize these pieces of whole lines, one after the
    other, in one core call? Yes where they hold no line longer than :data:`LONG_LINE` and
    no more than ``2 * CHUNK_CHARS`` characters in all (UTF-8 ``bytes`` are counted in bytes,
    at least as many: a no there is a no for the ``str`` too, never a wrong yes)."""
    return (sum(map(len, parts)) <= 2 * CHUNK_CHARS
            and all(len(p) <= LONG_LINE or first_long_line(p) is None for p in parts))


def _space_window(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The span of ``text`` around ``text[start:end]`` that reaches at most ``reach``
    characters further on each side, cut at spaces (a whole word or none at each end)."""
    lo = max(start - reach, 0)
    if lo:
        lo = text.find(" ", lo, start) + 1 or start
    hi = min(end + reach, len(text))
    if hi < len(text):
        hi = max(text.rfind(" ", end, hi), end)
    return lo, hi


def _moved(pos: int, edits: list[Edit], ends: list[int]) -> int:
    """Where ``pos``, a place between two characters, lies after ``edits`` (with ``ends``
    their ends): an edit that ends at or before it (an insertion at it too) goes before it;
    -1 where an edit straddles it."""
    i = bisect_right(ends, pos)
    if i < len(edits) and edits[i][0] < pos:
        return -1
    return pos + sum(len(r) - e + s for s, e, r in edits[:i])


_T = TypeVar("_T", str, bytes)


def lines_before(text: _T, end: int, k: int) -> _T:
    """The last ``k`` lines of ``text[:end]`` (which ends with a line break or is empty);
    ``text`` a ``str`` or UTF-8 ``bytes``."""
    br = line_break(text)
    start = end
    for _ in range(k):
        if start <= 0:
            break
        start = text.rfind(br, 0, start - 1) + 1
    return text[start:end]


def lines_after(text: _T, start: int, k: int) -> _T:
    """The first ``k`` lines of ``text[start:]``, line breaks kept (a ``str`` or UTF-8
    ``bytes``)."""
    br = line_break(text)
    end = start
    for _ in range(k):
        if end >= len(text):
            break
        nl = text.find(br, end)
        end = len(text) if nl < 0 else nl + 1
    return text[start:end]


def _piece_span(text: str, nb: int, na: int, after: bool) -> tuple[int, int]:
    """Where the piece lies in ``text``, a normalized ``before + piece + after``: after the
    ``nb`` line breaks of ``before``, and before the ``na`` of ``after`` (counted from the end)."""
    lo = 0
    for _ in range(nb):
        lo = text.index("\n", lo) + 1
    if not after:
        return lo, len(text)
    hi = len(text)
    for _ in range(na + 1):
        hi = text.rindex("\n", 0, hi)
    return lo, hi + 1


# -- aligned results and explanations ---------------------------------------------------
def is_missing(value: Any) -> bool:
    """Whether ``value`` is a missing value of a data frame or an array: ``None``, a NaN
    (``float("nan")``, ``numpy.nan``, a numpy float's, a ``Decimal``'s), a NaT (pandas' or
    numpy's) or ``pandas.NA``: the values ``pandas.isna`` reports.

    :meth:`Pipeline.normalize_batch` gives these back as they came, as ``Series.map(p,
    na_action="ignore")`` does; a string is never missing, and any other value is not
    either (normalizing it raises ``TypeError``). Needs no pandas: a missing value is one
    that is not equal to itself (NaN, NaT), or pandas' ``NA``, whose comparisons have no
    truth value."""
    if value is None:
        return True
    if isinstance(value, str):
        return False
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        pandas = sys.modules.get("pandas")
        return pandas is not None and value is getattr(pandas, "NA", None)


class Spans(Sequence[tuple[int, int]]):
    """A read-only sequence of ``(start, end)`` pairs over two integer arrays, built on
    demand: ``spans[i]`` is a tuple, ``spans[i:j]`` another :class:`Spans`. It compares equal
    to any sequence of the same pairs (a tuple of tuples, a list)."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, starts: array, ends: array) -> None:
        self._starts, self._ends = starts, ends

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, i: slice) -> "Spans": ...

    def __getitem__(self, i: int | slice) -> "tuple[int, int] | Spans":
        if isinstance(i, slice):
            return Spans(self._starts[i], self._ends[i])
        return self._starts[i], self._ends[i]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._starts, self._ends)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spans):
            return self._starts == other._starts and self._ends == other._ends
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


def _typecode(n: int) -> str:
    """The array type of offsets into a text of ``n`` characters: 4 bytes while they fit."""
    return "i" if n < 2**31 - 1 else "q"


class Aligned:
    """A normalized text and, for each of its characters, the span of the original.

    ``spans[i] == (start, end)`` means output character ``i`` came from
    ``original[start:end]`` (an empty span for a character that was inserted).

    The spans are kept in two integer arrays (starts and ends), not as an object per
    character; ``spans`` is a read-only view of them. The starts and ends of the spans a
    pipeline makes never decrease from one character to the next (the aligned path checks
    it around every edit; spans given by hand are checked on the first look-up), so
    :meth:`to_original` and :meth:`to_normalized` are binary searches. Where the order
    breaks (a character inserted inside a one-to-many replacement: ﷲ -> الل‌ه), the
    positions of the spans that break it are found once and kept aside: the searches step
    over them, and each look-up scans them; the answers are those of a scan of all the
    spans. ``original, text, spans = aligned`` unpacks it.
    """

    __slots__ = ("original", "text", "_starts", "_ends", "_others")

    def __init__(self, original: str, text: str, spans: Iterable[tuple[int, int]]) -> None:
        tc = _typecode(len(original))
        starts, ends = array(tc), array(tc)
        if isinstance(spans, Spans):
            starts.extend(spans._starts)
            ends.extend(spans._ends)
        else:
            for s, e in spans:
                starts.append(s)
                ends.append(e)
        self._set(original, text, starts, ends)

    @classmethod
    def _from_arrays(cls, original: str, text: str, starts: array, ends: array,
                     ordered: bool | None = None) -> "Aligned":
        """An :class:`Aligned` on these arrays (not copied); ``ordered``: whether the
        starts and ends are known never to decrease (None: check on the first look-up)."""
        self = cls.__new__(cls)
        self._set(original, text, starts, ends)
        if ordered:
            self._others = array(starts.typecode)
        return self

    def _set(self, original: str, text: str, starts: array, ends: array) -> None:
        if len(starts) != len(ends):
            raise ValueError("as many span starts as ends are needed")
        self.original, self.text = original, text
        self._starts, self._ends = starts, ends
        self._others: array | None = None  # see _out_of_order (found on first use)

    @property
    def spans(self) -> Spans:
        """``spans[i]``: the ``(start, end)`` of the original that output character ``i`` came from."""
        return Spans(self._starts, self._ends)

    def __iter__(self) -> Iterator[Any]:
        return iter((self.original, self.text, self.spans))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Aligned):
            return NotImplemented
        return (self.original, self.text, self.spans) == (other.original, other.text, other.spans)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Aligned(original={self.original!r}, text={self.text!r}, spans={self.spans!r})"

    def __getstate__(self) -> tuple[str, str, array, array]:
        return self.original, self.text, self._starts, self._ends

    def __setstate__(self, state: tuple[str, str, array, array]) -> None:
        self._set(*state)

    def _is_sorted(self) -> bool:
        """Whether the starts and the ends never decrease (and no span ends before it starts)."""
        return not self._out_of_order()

    def _out_of_order(self) -> array:
        """The positions of the spans out of order, ascending: those not kept by a pass that
        keeps each span in order (its start at most its end) with the last kept. Found once:
        the places where the order breaks by a scan in C, and from each, the spans out of
        order with the last kept before it, one by one."""
        if self._others is None:
            s, e = self._starts, self._ends
            breaks = sorted(set(compress(count(1), map(or_, map(gt, s, islice(s, 1, None)),
                                                       map(gt, e, islice(e, 1, None)))))
                            | set(compress(count(), map(gt, s, e))))
            others = array(s.typecode)
            n, i = len(s), 0
            for b in breaks:
                if b < i:
                    continue  # (passed by the walk from an earlier break)
                # the last kept is just before ``b`` (the last walk ended on a span kept,
                # and each span from there to ``b`` is in order with the one before it)
                ls, le_ = (s[b - 1], e[b - 1]) if b > 0 else (-1, -1)
                i = b
                while i < n and not (ls <= s[i] <= e[i] and le_ <= e[i]):
                    others.append(i)
                    i += 1
                i += 1
            self._others = others
        return self._others

    def _kept(self, i: int, step: int) -> int:
        """The position of the first span in order from ``i`` on (``step`` 1) or back
        (``step`` -1): ``i`` itself unless it is one of the others."""
        others = self._others
        assert others is not None
        k = bisect_left(others, i)
        if step < 0:
            while k >= 0 and k < len(others) and others[k] == i:
                i, k = i - 1, k - 1
        else:
            while k < len(others) and others[k] == i:
                i, k = i + 1, k + 1
        return i

    def _search(self, a: array, x: int, lo: int, hi: int, right: bool = False) -> int:
        """``bisect_left`` (or ``bisect_right``) of ``x`` in ``a[lo:hi]`` over the spans in
        order only: the first such position whose value is at least (more than) ``x``,
        or ``hi``."""
        if not self._out_of_order():
            return (bisect_right if right else bisect_left)(a, x, lo, hi)
        found = hi
        while lo < hi:
            mid = (lo + hi) // 2
            k = self._kept(mid, 1)
            if k < hi and (a[k] <= x if right else a[k] < x):
                lo = k + 1
            else:
                # none in order in [mid, k): the answer is before ``mid``, or ``k``
                found = min(k, found)
                hi = mid
        return found

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that output ``text[start:end]`` came from."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span ({start}, {end}) outside the normalized text of length {len(self.text)}")
        starts, ends = self._starts, self._ends
        if start == end:
            if start < len(starts):
                p = starts[start]
            else:
                p = ends[-1] if len(ends) else len(self.original)
            return p, p
        # the end is the largest of the characters' ends: the last in order, or another
        others = self._out_of_order()
        if not others:
            return starts[start], ends[end - 1]
        k = self._kept(end - 1, -1)
        last = ends[k] if k >= start else -1
        for i in others[bisect_left(others, start):bisect_left(others, end)]:
            last = max(last, ends[i])
        return starts[start], last

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """The smallest span of the output whose characters came from ``original[start:end]``:
        those whose span overlaps it, and those inserted (an empty span) inside it."""
        if not 0 <= start <= end <= len(self.original):
            raise IndexError(f"span ({start}, {end}) outside the original text of length {len(self.original)}")
        starts, ends, n = self._starts, self._ends, len(self._starts)
        # of the spans in order, those that start before ``end`` are those before ``hi``;
        # of them, those that end after ``start`` (overlap it) are those from ``lo`` on
        hi = self._search(starts, end, 0, n)
        lo = self._search(ends, start, 0, hi, right=True)
        # the spans from ``j`` to ``lo`` start at ``start`` or after and end there or
        # before: they are empty spans at ``start`` (insertions there), and count too
        j = self._search(starts, start, 0, hi)
        k = min(lo, j)
        # every span in order from ``k`` to ``hi`` counts: one in between starts inside
        # [start, end), so it is empty or it overlaps
        others = self._out_of_order()
        first, last = (k, self._kept(hi - 1, -1) + 1) if k < hi else (-1, -1)
        for i in others:  # the spans out of order, if any
            s, e = starts[i], ends[i]
            if (s < end and e > start) or (s == e and start <= s < end):
                first, last = (i, i + 1) if first < 0 else (min(first, i), max(last, i + 1))
        if first >= 0:
            return first, last
        # nothing of it survived: the position where it would be, before the first span
        # that starts at ``end`` or after
        p = len(self.text) if hi == n else hi
        for i in others:
            if i >= p:
                break
            if starts[i] >= end:
                p = i
                break
        return p, p


#: an alignment: the start and the end, in the original, of each character's span
_Align = tuple[array, array]


class StepReport:
    """One step's part in an :class:`Explanation`: its spec, its edits, a few examples, and,
    for a step made of named rules (``fix_zwnj``), how many edits each rule made and the rule
    of each example (``""`` where the step has one rule)."""

    __slots__ = ("step", "edits", "examples", "rules", "example_rules")

    def __init__(self, step: str, edits: int = 0, examples: list[tuple[int, str, str]] | None = None,
                 rules: dict[str, int] | None = None, example_rules: list[str] | None = None) -> None:
        self.step = step
        self.edits = edits
        self.examples: list[tuple[int, str, str]] = [] if examples is None else examples
        self.rules: dict[str, int] = {} if rules is None else rules
        self.example_rules: list[str] = [] if example_rules is None else example_rules

    @property
    def name(self) -> str:
        """The step's name (its spec without options)."""
        return self.step.split("(", 1)[0]

    def __repr__(self) -> str:
        return (f"StepReport(step={self.step!r}, edits={self.edits!r}, examples={self.examples!r}, "
                f"rules={self.rules!r})")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StepReport) and (self.step, self.edits, self.examples, self.rules) == (
            other.step, other.edits, other.examples, other.rules)


class Explanation:
    """What a pipeline did to a text: per step, how many edits and a few examples."""

    def __init__(self, original: str, text: str, reports: list[StepReport]) -> None:
        self.original = original
        self.text = text
        self.reports = reports

    def __repr__(self) -> str:
        return f"Explanation(original={self.original!r}, text={self.text!r}, reports={self.reports!r})"

    def plan(self) -> str:
        """A spec of only the steps that changed something; replaying it gives ``text``."""
        return "; ".join(r.step for r in self.reports)

    def __str__(self) -> str:
        """One line per step (``step: N edits  'before'→'after'@position, ...``); a step of
        named rules gets one line per rule instead (``fix_zwnj/plural-suffix: ...``)."""
        lines = []
        for r in self.reports:
            named = [(rule, n) for rule, n in r.rules.items() if rule]
            if not named:
                ex = ", ".join(f"{b!r}→{a!r}@{p}" for p, b, a in r.examples)
                lines.append(f"{r.step}: {r.edits} edit{'s' if r.edits != 1 else ''}  {ex}".rstrip())
                continue
            for rule, n in named:
                ex = ", ".join(f"{b!r}→{a!r}@{p}" for (p, b, a), x in zip(r.examples, r.example_rules) if x == rule)
                lines.append(f"{r.step}/{rule}: {n} edit{'s' if n != 1 else ''}  {ex}".rstrip())
        return "\n".join(lines) if lines else "no changes"


class Pipeline(Step):
    """An immutable sequence of steps; itself a step, so pipelines nest.

    >>> p = Pipeline.from_spec("unify_letters; digits(to=latin)")
    >>> p("كتاب ۱۲")
    'کتاب 12'
    >>> Pipeline.from_spec(p.to_spec()) == p
    True
    """

    name = "pipeline"
    summary = "a sequence of steps"

    def __init__(self, steps: Iterable[Step | str] = (), *, name: str | None = None) -> None:
        flat: list[Step] = []
        for s in steps:
            if isinstance(s, str):
                flat.extend(parse_spec(s))
            elif isinstance(s, Step):
                flat.extend(s.flat())
            else:
                raise TypeError(f"a pipeline holds steps or spec strings, not {type(s).__name__}")
        self.steps: tuple[Step, ...] = tuple(flat)
        self.label = name
        self.options = {}

    @classmethod
    def from_spec(cls, spec: str) -> "Pipeline":
        """Parse a text spec; a name in it may also be a preset."""
        return cls(parse_spec(spec))

    def to_spec(self) -> str:
        return "; ".join(s.to_spec() for s in self.steps)

    def flat(self) -> list[Step]:
        return list(self.steps)

    @property
    def lossy(self) -> bool:  # type: ignore[override]
        return any(s.lossy for s in self.steps)

    @property
    def context_lines(self) -> int:
        return max((s.context_lines for s in self.steps), default=0)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and other.steps == self.steps

    def __hash__(self) -> int:
        return hash(self.steps)

    def __repr__(self) -> str:
        return f"Pipeline.from_spec({self.to_spec()!r})"

    def __getstate__(self) -> dict[str, Any]:
        return {"steps": self.steps, "label": self.label}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.steps = tuple(state["steps"])
        self.label = state["label"]
        self.options = {}

    def __len__(self) -> int:
        return len(self.steps)

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def without(self, *names: str) -> "Pipeline":
        """The same pipeline without the steps of these names."""
        known = {s.name for s in self.steps}
        for n in names:
            if n not in step_classes():
                raise SpecError(f"unknown step {n!r}; valid steps: {', '.join(step_classes())}")
            if n not in known:
                raise SpecError(f"step {n!r} is not in this pipeline ({self.to_spec()})")
        return Pipeline([s for s in self.steps if s.name not in names])

    # -- the plain path --------------------------------------------------------------
    def edits(self, text: str) -> Iterator[Edit]:
        out = self(text)
        if out != text:
            yield 0, len(text), out

    def apply(self, text: str) -> str:
        return self(text)

    def __call__(self, text: str) -> str:
        """Normalize ``text``. A text of more than :data:`PARALLEL_CHARS` characters is
        normalized on threads (one per core, at most :data:`BATCH_THREADS`), cut at line
        breaks into parts, each with the lines around it that the steps read: the same text."""
        return self._call(text, None)

    def _call(self, text: str, threads: int | None) -> str:
        """:meth:`__call__` on ``threads`` threads (None: one per core, at most 8)."""
        if not isinstance(text, str):
            raise TypeError(f"normalize takes a str, not {type(text).__name__}")
        if len(text) > LONG_LINE and first_long_line(text) is not None:
            return "".join(self._by_lines(text))
        if len(text) > 2 * CHUNK_CHARS:
            # a large text goes through in chunks cut at line breaks, so that the work's
            # memory does not grow with it; each chunk is given the lines around it that
            # the steps read (a test checks that this is the same as the whole)
            out = []
            start, n = 0, len(text)
            k = self.context_lines
            while start < n:
                end = text.find("\n", start + CHUNK_CHARS)
                end = n if end < 0 else end + 1
                out.append(self._in_context(text[start:end], lines_before(text, start, k),
                                            lines_after(text, end, k), threads))
                start = end
            return "".join(out)
        return self._normalize(text, threads)

    def in_context(self, text: str, before: str = "", after: str = "") -> str:
        """Normalize ``text``, a piece of a larger text cut at line breaks, as it is
        normalized within the whole: ``before`` and ``after`` are the text around it, of
        which only the :attr:`context_lines` lines next to ``text`` are read (the CLI gives
        each block the end of the block before it and the start of the next).

        A piece of a long line (``before`` ends within its line, or ``text`` does and
        ``after`` goes on) reads instead the :data:`LINE_CONTEXT` characters next to it on
        each side (see :meth:`_piece`)."""
        if not isinstance(text, str):
            raise TypeError(f"normalize takes a str, not {type(text).__name__}")
        if (before and not before.endswith("\n")) or (after and not text.endswith("\n")):
            return self._piece(text, before, after)
        # (one thread: the CLI normalizes its blocks on its own threads, -j of them)
        ctx = self._context(text, before, after)
        if ctx is None:
            return self._call(text, 1)
        before, after = ctx
        if _fits_one_call(before, text, after):
            # (no long line and no chunks: the core joins, normalizes and cuts at once)
            return str(self._program.in_context(before, text, after))
        return self._cut(self._call(before + text + after, 1), before, text, after)

    def _in_context_utf8(self, text: str, before: str = "", after: str = "") -> bytes | None:
        """:meth:`in_context` encoded as UTF-8 by the core (the CLI's blocks, where it writes
        UTF-8); None where that does not serve (see :meth:`_one_call`) or where the text
        holds lone surrogates."""
        ctx = self._one_call(text, before, after)
        return None if ctx is None else self._program.in_context_utf8(ctx[0], text, ctx[1])

    def _in_context_bytes(self, text: bytes, before: bytes = b"", after: bytes = b"") -> bytes | None:
        """:meth:`_in_context_utf8` of UTF-8 bytes, decoded by the core (the CLI's blocks read
        as bytes); None where that does not serve (as there) or where ``text`` is no UTF-8."""
        ctx = self._one_call(text, before, after)
        return None if ctx is None else self._program.in_context_bytes(ctx[0], text, ctx[1])

    def _one_call(self, text: _T, before: _T, after: _T) -> tuple[_T, _T] | None:
        """The lines of ``before`` and ``after`` that the steps read beside ``text`` (whole
        lines), where the core can normalize the three in one call; None for a piece of a
        long line, or for a text too long for one call (a ``str`` or UTF-8 ``bytes``, whose
        length is at least that in characters)."""
        br = line_break(text)
        if (before and not before.endswith(br)) or (after and not text.endswith(br)):
            return None
        k = self.context_lines
        before, after = lines_before(before, len(before), k), lines_after(after, 0, k)
        return (before, after) if _fits_one_call(before, text, after) else None

    def explain_in_context(self, text: str, before: str = "", after: str = "", examples: int = 3) -> Explanation:
        """:meth:`explain` for a piece of a larger text, as :meth:`in_context` normalizes it:
        the edits counted are those made in ``text``'s lines (examples at positions in
        them), with the lines around it read."""
        ctx = self._context(text, before, after)
        return self._explain(text, *ctx, examples) if ctx else self.explain(text, examples)

    def _context(self, text: str, before: str, after: str) -> tuple[str, str] | None:
        """The lines around ``text`` that its steps read (``context_lines`` of each); None
        where there are none, or where the pieces are not whole lines."""
        k = self.context_lines
        if not k:
            return None
        before, after = lines_before(before, len(before), k), lines_after(after, 0, k)
        if ((not before and not after) or (before and not before.endswith("\n"))
                or (after and not text.endswith("\n"))):
            return None
        return before, after

    def _in_context(self, text: str, before: str, after: str, threads: int | None = 1) -> str:
        """:meth:`in_context` for a chunk of whole lines with its lines around it."""
        if not before and not after:
            return self._normalize(text, threads)
        return self._cut(self._normalize(before + text + after, threads), before, text, after)

    def _cut(self, out: str, before: str, text: str, after: str) -> str:
        """``text``'s part of ``out``, the normalized ``before + text + after`` (whole
        lines); where a step changed the number of line breaks (``unify_spaces``'
        ``blank_lines``), what ``before + text`` comes out as past what ``before`` comes out
        as alone, where it begins so, else ``text`` normalized alone (as the core does)."""
        nb, na = before.count("\n"), after.count("\n")
        if out.count("\n") != nb + text.count("\n") + na:
            if before:
                head, both = self._call(before, 1), self._call(before + text, 1)
                if both.startswith(head):
                    return both[len(head):]
            return self._call(text, 1)
        lo, hi = _piece_span(out, nb, na, bool(after))
        return out[lo:hi]

    def _by_lines(self, text: str) -> Iterator[str]:
        """``text``, which holds lines longer than :data:`LONG_LINE`, normalized: each long
        line in pieces (:func:`line_cuts`, :meth:`_piece`), the lines between them as a text
        of their own. The CLI reads and normalizes a text in the same pieces."""
        pos = 0
        while True:
            span = first_long_line(text, pos)
            if span is None:
                break
            ls, le = span
            if ls > pos:
                yield self(text[pos:ls])
            cuts = line_cuts(text, ls, le)
            if len(cuts) == 2:  # no space to cut at
                yield self._normalize(text[ls:le])
            for i in range(len(cuts) - 1 if len(cuts) > 2 else 0):
                a, b = cuts[i], cuts[i + 1]
                before = text[max(cuts[i - 1], a - LINE_CONTEXT):a] if i else ""
                after = text[b:min(cuts[i + 2], b + LINE_CONTEXT)] if i + 2 < len(cuts) else ""
                yield self.in_context(text[a:b], before, after)
            pos = le
        if pos < len(text):
            yield self(text[pos:])

    def _piece(self, text: str, before: str, after: str) -> str:
        """``text``, a piece of a line, normalized with the last :data:`LINE_CONTEXT`
        characters of ``before`` and the first of ``after`` around it (cut at a space).

        The window goes through the steps' edits, and the two places where the piece begins
        and ends are carried through them. First each of the two is moved, if need be, off an
        edit that straddles it (``ما عرضه | کنندگان`` joined): to the first place to cut from
        it on whose small window (:meth:`_clean_at`) no edit straddles it. The piece before
        and the piece after decide this from the same characters, so both move it alike, and
        no text is lost or doubled. Where an edit of the piece's own window still straddles
        one (a quote that pairs across the cut, for the punctuation step pairs quotes over the
        line), the piece is normalized again without the context on that side: its output is
        then its own characters' and nothing else."""
        lc = LINE_CONTEXT
        full = before[-lc:] + text + after[:lc]
        p0, p1 = len(full) - len(text) - len(after[:lc]), len(full) - len(after[:lc])
        if before:
            p0 = self._settle(full, p0)
        if after:
            p1 = self._settle(full, p1)
        b0, a1 = _space_window(full, p0, p1, lc)
        while True:
            masked, hidden, ph = self._mask(full[b0:a1])
            lo, hi = p0 - b0, p1 - b0
            for i in range(len(self.steps)):
                edits = self._step_edits(i, masked)
                if edits:
                    ends = [e for _, e, _ in edits]
                    lo, hi = _moved(lo, edits, ends), _moved(hi, edits, ends)
                    if lo < 0 or hi < 0:
                        break
                    masked = apply_edits(masked, edits)
            if lo >= 0 and hi >= 0:
                break
            b0, a1 = (p0 if lo < 0 else b0), (p1 if hi < 0 else a1)
        out = masked[lo:hi]
        if not hidden:
            return out
        # the protected strings that are the piece's: those of the placeholders in it
        # (ph holds one or two placeholder characters: a span's, and a Latin word's)
        k, skip = 0, sum(masked.count(c, 0, lo) for c in ph)
        while skip > 0 and k < len(hidden):
            skip -= len(hidden[k])
            k += 1
        m, take = k, sum(out.count(c) for c in ph)
        while take > 0 and m < len(hidden):
            take -= len(hidden[m])
            m += 1
        if skip or take:  # a cut inside a protected span (never at a space): the piece alone
            return self._normalize(full[p0:p1])
        return protect.unmask(out, self._unprotected(hidden[k:m]), ph)

    def _settle(self, text: str, cut: int) -> int:
        """Where a piece of a long line is cut near ``cut`` in ``text``: ``cut`` itself, or
        the first of the next few places to cut (within ``LINE_CONTEXT // 4`` characters)
        that no edit straddles (:meth:`_clean_at`); ``cut`` if none is."""
        reach = LINE_CONTEXT // 4
        c = cut
        for _ in range(_SETTLE_TRIES):
            if self._clean_at(text, c, reach):
                return c
            c = next_cut(text, c + 1, min(cut + reach, len(text)))
            if c < 0:
                break
        return cut

    def _clean_at(self, text: str, cut: int, reach: int) -> bool:
        """Does no edit straddle ``cut`` when the ``reach`` characters of ``text`` on each
        side of it (cut at spaces) are normalized?"""
        lo, hi = _space_window(text, cut, cut, reach)
        masked = self._mask(text[lo:hi])[0]
        pos = cut - lo
        for i in range(len(self.steps)):
            edits = self._step_edits(i, masked)
            if edits:
                pos = _moved(pos, edits, [e for _, e, _ in edits])
                if pos < 0:
                    return False
                masked = apply_edits(masked, edits)
        return True

    @property
    def _program(self) -> Any:
        """The core program of these steps (``normalizer._core.Program``): it runs them in one
        call per text, the GIL released. Made on first use."""
        prog = self.__dict__.get("_core_program")
        if prog is None:
            from . import _core

            prog = self.__dict__["_core_program"] = _core.Program(
                [(s.name, _core_options(s)) for s in self.steps])
        return prog

    def _normalize(self, text: str, threads: int | None = 1) -> str:
        """``text`` through the core, whole (as if on one thread: see :meth:`__call__`). URLs,
        e-mails, Latin words and lines that are not Persian are hidden from the steps."""
        if len(text) > PARALLEL_CHARS and threads != 1:
            return str(self._program.normalize_parallel(text, _threads(threads)))
        return str(self._program.normalize(text))

    @property
    def _protect(self) -> tuple[bool, bool]:
        """Which whole lines this pipeline leaves as written, as ``(foreign, other)`` (see
        :func:`protect.policy`)."""
        return tuple(self._program.protect)  # type: ignore[return-value]

    def _unprotected(self, hidden: list[str]) -> list[str]:
        """Protected strings after the steps that work on them too (lowercase; digits, see
        :attr:`Step.works_hidden`)."""
        for step in self.steps:
            if step.works_hidden and hidden:
                hidden = [step.apply_hidden(h) for h in hidden]
        return hidden

    normalize = __call__

    def normalize_batch(self, texts: Iterable[Any], threads: int | None = None) -> list[Any]:
        """Normalize many texts; a missing value (``None``, NaN, ``pandas.NA``, ``NaT``, see
        :func:`is_missing`) stays as it was given, the same object (handy for data frames).

        The core normalizes them on ``threads`` threads (default: one per CPU core) with the
        GIL released; each text is normalized alone, as ``self(text)`` does."""
        out = list(texts)
        take: list[int] = []  # the texts the core takes in one call
        for i, t in enumerate(out):
            if isinstance(t, str):
                if len(t) <= LONG_LINE:
                    take.append(i)
                else:
                    out[i] = self(t)  # (cut into pieces or chunks as a long text is)
            elif not is_missing(t):
                raise TypeError(f"normalize takes a str, not {type(t).__name__}")
        if not take:
            return out
        prog = self._program
        if prog is None:
            for i in take:
                out[i] = self(out[i])
            return out
        threads = _threads(threads)
        for i, r in zip(take, prog.normalize_many([out[i] for i in take], threads)):
            out[i] = r
        return out

    # -- the aligned path -------------------------------------------------------------
    def normalize_aligned(self, text: str) -> Aligned:
        """Normalize and keep, for every output character, the span of the input it came from.

        A large text goes through in the chunks the plain path cuts (see :meth:`__call__`),
        each with the lines around it that the steps read, so that the work's memory does
        not grow with the text; only the result's two arrays of offsets do.

        >>> a = Pipeline.from_spec("remove_tatweel").normalize_aligned("کـتاب")
        >>> a.text, a.to_original(1, 2)
        ('کتاب', (2, 3))
        """
        if not isinstance(text, str):
            raise TypeError(f"normalize takes a str, not {type(text).__name__}")
        n = len(text)
        if n <= 2 * CHUNK_CHARS:
            out, (starts, ends), ordered = self._aligned(text, 0)
            return Aligned._from_arrays(text, out, starts, ends, ordered)
        tc = _typecode(n)
        pieces: list[str] = []
        starts, ends = array(tc), array(tc)
        start, k, ordered = 0, self.context_lines, True
        while start < n:
            end = text.find("\n", start + CHUNK_CHARS)
            end = n if end < 0 else end + 1
            # (each chunk's spans lie within it: in order from one chunk to the next)
            out, (s, e), ok = self._aligned_in_context(text[start:end], start, lines_before(text, start, k),
                                                   lines_after(text, end, k))
            pieces.append(out)
            starts.extend(s if s.typecode == tc else array(tc, s))
            ends.extend(e if e.typecode == tc else array(tc, e))
            ordered = ordered and ok
            start = end
        return Aligned._from_arrays(text, "".join(pieces), starts, ends, ordered)

    def _aligned(self, text: str, base: int) -> tuple[str, _Align, bool]:
        """``text`` normalized, its alignment to ``text``, whose first character is at
        ``base`` of the original, and whether the alignment's starts and ends never decrease."""
        out, s, e, ordered = self._program.aligned(text, base)
        tc = _typecode(base + len(text))
        starts, ends = array("q"), array("q")
        starts.frombytes(s)
        ends.frombytes(e)
        if tc != "q":
            starts, ends = array(tc, starts), array(tc, ends)
        return out, (starts, ends), ordered

    def _aligned_in_context(self, text: str, base: int, before: str, after: str) -> tuple[str, _Align, bool]:
        """:meth:`_aligned` for a chunk of whole lines at ``base`` of the original, normalized
        with the lines around it as :meth:`_in_context` normalizes it (the same text)."""
        if not before and not after:
            return self._aligned(text, base)
        out, (starts, ends), ordered = self._aligned(before + text + after, base - len(before))
        nb, na = before.count("\n"), after.count("\n")
        if out.count("\n") != nb + text.count("\n") + na:
            return self._aligned(text, base)  # a step changed the line breaks: as _cut does
        lo, hi = _piece_span(out, nb, na, bool(after))
        starts, ends = starts[lo:hi], ends[lo:hi]
        # a span that reaches into the lines around (an edit across the cut) ends at the cut
        # (which keeps the order: the spans are moved to the cut, none past another)
        first, last = base, base + len(text)
        i = 0
        while i < len(starts) and (starts[i] < first or ends[i] < first):
            starts[i], ends[i] = max(starts[i], first), max(ends[i], first)
            i += 1
        i = len(starts) - 1
        while i >= 0 and (starts[i] > last or ends[i] > last):
            starts[i], ends[i] = min(starts[i], last), min(ends[i], last)
            i -= 1
        return out[lo:hi], (starts, ends), ordered

    def explain(self, text: str, examples: int = 3) -> Explanation:
        """The steps that changed something, how many edits each made, and examples.

        Examples are ``(position, before, after)`` with the position in the text the step saw:
        each step's first ``examples`` edits, and for a step of named rules (``fix_zwnj``) the
        first edit of each rule too (``StepReport.example_rules`` names them).
        """
        return self._explain(text, "", "", examples)

    def _explain(self, text: str, before: str, after: str, examples: int) -> Explanation:
        """:meth:`explain`, counting only the edits in ``text`` where ``before`` and
        ``after`` (whole lines, see :meth:`_context`) are normalized with it."""
        piece = bool(before or after)
        whole = before + text + after
        traced, hidden, ph, final = self._trace(whole)
        hb, ht = 0, len(hidden)  # the protected strings that are ``text``'s
        if piece:
            hb, ht = len(self._mask(before)[1]), len(self._mask(text)[1])
            if hb + ht + len(self._mask(after)[1]) != len(hidden):
                return self.explain(text, examples)  # (a protected span across the pieces)
        nb, na = before.count("\n"), after.count("\n")
        lines = nb + text.count("\n") + na
        reports = []
        policy_matters = self._protect != (True, True) and protect.lines(whole) != protect.lines(whole, *self._protect)
        for step, (edits, seen) in zip(self.steps, traced):
            if piece:
                if seen.count("\n") != lines:
                    return self.explain(text, examples)  # a step changed the line breaks
                lo, hi = _piece_span(seen, nb, na, bool(after))
                edits = [(s - lo, e - lo, r, x) for s, e, r, x in edits if lo <= s < hi]
                seen = seen[lo:hi]
            rep = StepReport(step.to_spec(), len(edits))
            for s, e, r, x in edits:
                rep.rules[x] = rep.rules.get(x, 0) + 1
            if list(rep.rules) == [""]:
                rep.rules = {}
            # examples: the first few, and of a step of named rules the first of each rule too
            firsts: dict[str, int] = {}
            for k, (_, _, _, x) in enumerate(edits):
                firsts.setdefault(x, k)
            picked = sorted(set(range(min(examples, len(edits)))) | (set(firsts.values()) if rep.rules else set()))
            for k in picked:
                s, e, r, x = edits[k]
                rep.examples.append((s, seen[s:e], r))
                rep.example_rules.append(x)
            if step.works_hidden and hidden:
                # it works inside protected strings too (lowercase, digits): count those edits
                changed = [(h, step.apply_hidden(h)) for h in hidden]
                rep.edits += sum(1 for h, n in changed[hb:hb + ht] if h != n)
                hidden = [n for _, n in changed]
            if rep.edits or (policy_matters and protect.sets_policy(step)):
                reports.append(rep)  # (a step that unprotects lines: the plan must mask the same)
        out = protect.unmask(final, hidden, ph)
        return Explanation(text, self._cut(out, before, text, after) if piece else out, reports)

    def _step_edits(self, i: int, text: str) -> list[Edit]:
        """Step ``i``'s edits of ``text`` as its fast path makes them: none where it tells
        that the text needs none."""
        return [(s, e, r) for s, e, r, _ in self._program.step_edits(i, text)]

    def _mask(self, text: str) -> tuple[str, list[str], str]:
        """``text`` with its protected spans hidden as this pipeline hides them."""
        return tuple(self._program.mask(text))  # type: ignore[return-value]

    def _trace(self, text: str) -> tuple[list[tuple[list[tuple[int, int, str, str]], str]], list[str], str, str]:
        """Each step's edits of the masked ``text`` (with the rule of each) and the text it saw; the hidden strings
        (as they were), the placeholders, and the masked output."""
        steps, hidden, ph, final = self._program.trace(text)
        # the core gives the text seen only by the steps that edited: the others saw the
        # text the next one that edited saw (or the output)
        traced, cur = [], final
        for edits, seen in reversed(steps):
            if edits:
                cur = seen
            traced.append((list(edits), cur))
        traced.reverse()
        return traced, hidden, ph, final
