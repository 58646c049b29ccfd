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

import re
from typing import Any, Callable, ClassVar, Iterable, Iterator, NamedTuple, Sequence

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
    #: False for steps that also work inside protected spans (lowercase).
    respects_protection: ClassVar[bool] = True
    OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {}
    #: (input, output[, options]) rows shown in the generated docs and checked by the tests.
    EXAMPLES: ClassVar[Sequence[tuple]] = ()

    def __init__(self, **options: Any) -> None:
        opts: dict[str, Any] = {}
        for key, value in options.items():
            if key not in self.OPTIONS:
                valid = ", ".join(self.OPTIONS) or "none"
                raise SpecError(f"step {self.name!r} has no option {key!r}; valid options: {valid}")
            opts[key] = _check_option(self.name, key, value, self.OPTIONS[key][1])
        self.options: dict[str, Any] = {k: opts.get(k, d) for k, (d, _) in self.OPTIONS.items()}
        self._setup()

    def _setup(self) -> None:
        """Derive tables from ``self.options`` (called on creation and after unpickling)."""

    @property
    def context_lines(self) -> int:
        """How many lines before and after a line the step reads to decide it (0: the
        step works within a line). A text cut into pieces at line breaks gives each piece
        that many lines around it (see :meth:`Pipeline.in_context`)."""
        return 0

    # -- the work -------------------------------------------------------------------
    def edits(self, text: str) -> Iterator[Edit]:  # pragma: no cover - abstract
        raise NotImplementedError

    def apply(self, text: str) -> str:
        """Fast path, protection not considered. Same result as applying :meth:`edits`."""
        return apply_edits(text, self.edits(text))

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


def _check_option(step: str, key: str, value: Any, allowed: Any) -> Any:
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
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str) and not re.fullmatch(r"[A-Za-z_][\w\-]*", v):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(v)


# -- specs ------------------------------------------------------------------------------
_SPEC_TOKEN = re.compile(r"""\s*(?:(?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?P<word>[^\s;(),=]+)|(?P<punct>[;(),=]))""")


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


#: A text longer than twice this is normalized in chunks of about this many characters.
CHUNK_CHARS = 1 << 20


def lines_before(text: str, end: int, k: int) -> str:
    """The last ``k`` lines of ``text[:end]`` (which ends with a line break or is empty)."""
    start = end
    for _ in range(k):
        if start <= 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return text[start:end]


def lines_after(text: str, start: int, k: int) -> str:
    """The first ``k`` lines of ``text[start:]``, line breaks kept."""
    end = start
    for _ in range(k):
        if end >= len(text):
            break
        nl = text.find("\n", end)
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
class Aligned(NamedTuple):
    """A normalized text and, for each of its characters, the span of the original.

    ``spans[i] == (start, end)`` means output character ``i`` came from
    ``original[start:end]`` (an empty span for a character that was inserted).
    """

    original: str
    text: str
    spans: tuple[tuple[int, int], ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that output ``text[start:end]`` came from."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span ({start}, {end}) outside the normalized text of length {len(self.text)}")
        if start == end:
            if start < len(self.spans):
                p = self.spans[start][0]
            else:
                p = self.spans[-1][1] if self.spans else len(self.original)
            return p, p
        return self.spans[start][0], max(e for _, e in self.spans[start:end])

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """The smallest span of the output whose characters came from ``original[start:end]``."""
        if not 0 <= start <= end <= len(self.original):
            raise IndexError(f"span ({start}, {end}) outside the original text of length {len(self.original)}")
        idx = [i for i, (s, e) in enumerate(self.spans)
               if (s < end and e > start) or (s == e and start <= s < end)]
        if not idx:
            # nothing of it survived: the position where it would be
            p = next((i for i, (s, _) in enumerate(self.spans) if s >= end), len(self.text))
            return p, p
        return idx[0], idx[-1] + 1


class StepReport:
    """One step's part in an :class:`Explanation`: its spec, its edits, a few examples."""

    __slots__ = ("step", "edits", "examples")

    def __init__(self, step: str, edits: int = 0, examples: list[tuple[int, str, str]] | None = None) -> None:
        self.step = step
        self.edits = edits
        self.examples: list[tuple[int, str, str]] = [] if examples is None else examples

    def __repr__(self) -> str:
        return f"StepReport(step={self.step!r}, edits={self.edits!r}, examples={self.examples!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StepReport) and (self.step, self.edits, self.examples) == (
            other.step, other.edits, other.examples)


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
        lines = []
        for r in self.reports:
            ex = ", ".join(f"{b!r}→{a!r}@{p}" for p, b, a in r.examples)
            lines.append(f"{r.step}: {r.edits} edit{'s' if r.edits != 1 else ''}  {ex}")
        return "\n".join(lines) if lines else "no changes"


class _Tracker:
    """Applies each step's edits in turn, keeping, if asked, the alignment to the input."""

    def __init__(self, text: str, align: bool) -> None:
        self.text = text
        self.align: list[tuple[int, int]] | None = [(i, i + 1) for i in range(len(text))] if align else None

    def run(self, step: Step) -> list[Edit]:
        text = self.text
        edits = list(step.edits(text))
        if not edits:
            return edits
        self.text = apply_edits(text, edits)
        if self.align is not None:
            self.align = _compose(self.align, text, edits)
        return edits


def _compose(align: list[tuple[int, int]], text: str, edits: list[Edit]) -> list[tuple[int, int]]:
    """New alignment after ``edits`` on ``text``: unchanged characters keep theirs."""
    out: list[tuple[int, int]] = []
    pos = 0
    for s, e, r in edits:
        out.extend(align[pos:s])
        old = text[s:e]
        # characters the edit kept at its two ends map one to one
        p = 0
        while p < len(old) and p < len(r) and old[p] == r[p]:
            p += 1
        q = 0
        while q < len(old) - p and q < len(r) - p and old[-1 - q] == r[-1 - q]:
            q += 1
        out.extend(align[s:s + p])
        mid_old = align[s + p:e - q]
        n_new = len(r) - p - q
        if n_new:
            if mid_old:
                if len(mid_old) == n_new == 1:
                    out.extend(mid_old)  # one character replaced (ي -> ی)
                elif len(mid_old) <= _DIFF_LIMIT and n_new <= _DIFF_LIMIT:
                    out.extend(_diff_spans(mid_old, old[p:len(old) - q], r[p:len(r) - q]))
                else:
                    span = (mid_old[0][0], max(x[1] for x in mid_old))
                    out.extend([span] * n_new)
            else:
                # a pure insertion: an empty span where it happened
                if s + p > 0:
                    at = align[s + p - 1][1]
                elif align:
                    at = align[0][0]
                else:
                    at = 0
                out.extend([(at, at)] * n_new)
        out.extend(align[e - q:e])
        pos = e
    out.extend(align[pos:])
    return out


#: middles of edits longer than this map as one span (a diff of their characters costs too much)
_DIFF_LIMIT = 512


def _diff_spans(mid: list[tuple[int, int]], old: str, new: str) -> list[tuple[int, int]]:
    """Spans for ``new``, which replaced ``old`` (whose characters have the spans ``mid``):
    characters the two share keep their own spans, even where others moved around them
    (میخوام ها -> می‌خوام‌ها is as long as its input, but its خ is not the input's third
    character); inserted ones get an empty span where they went in."""
    from difflib import SequenceMatcher

    out: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            out.extend(mid[i1:i2])
        elif tag == "replace":
            out.extend([(mid[i1][0], max(x[1] for x in mid[i1:i2]))] * (j2 - j1))
        elif tag == "insert":
            at = mid[i1 - 1][1] if i1 else mid[0][0]
            out.extend([(at, at)] * (j2 - j1))
    return out


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
        self._plan()

    def _plan(self) -> None:
        """The plain path's plan: neighbouring character maps fused into one scan."""
        from .steps._base import FusedCharMap

        plan: list[Callable[[str], str]] = []
        run: list[Step] = []
        for s in self.steps + (None,):  # type: ignore[operator]
            if s is not None and getattr(s, "fusable", False):
                run.append(s)
                continue
            if len(run) > 1:
                plan.append(FusedCharMap(run).apply)  # type: ignore[arg-type]
            elif run:
                plan.append(run[0].apply)
            run = []
            if s is not None:
                plan.append(s.apply)
        self._fast = tuple(plan)

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
        self._plan()

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
        """Normalize ``text``."""
        if not isinstance(text, str):
            raise TypeError(f"normalize takes a str, not {type(text).__name__}")
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
                                            lines_after(text, end, k)))
                start = end
            return "".join(out)
        return self._normalize(text)

    def in_context(self, text: str, before: str = "", after: str = "") -> str:
        """Normalize ``text``, a piece of a larger text cut at line breaks, as it is
        normalized within the whole: ``before`` and ``after`` are the text around it, of
        which only the :attr:`context_lines` lines next to ``text`` are read (the CLI gives
        each block the end of the block before it and the start of the next)."""
        if not isinstance(text, str):
            raise TypeError(f"normalize takes a str, not {type(text).__name__}")
        ctx = self._context(text, before, after)
        if ctx is None:
            return self(text)
        before, after = ctx
        return self._cut(self(before + text + after), before, text, after)

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

    def _in_context(self, text: str, before: str, after: str) -> str:
        """:meth:`in_context` for a chunk of whole lines with its lines around it."""
        if not before and not after:
            return self._normalize(text)
        return self._cut(self._normalize(before + text + after), before, text, after)

    def _cut(self, out: str, before: str, text: str, after: str) -> str:
        """``text``'s part of ``out``, the normalized ``before + text + after`` (whole
        lines); where a step changed the number of line breaks, ``text`` normalized alone."""
        nb, na = before.count("\n"), after.count("\n")
        if out.count("\n") != nb + text.count("\n") + na:
            return self(text)
        lo, hi = _piece_span(out, nb, na, bool(after))
        return out[lo:hi]

    def _normalize(self, text: str) -> str:
        # URLs, e-mails, Latin words: hidden behind placeholders no step changes (mask looks
        # for them only where a text might hold one)
        masked, hidden, ph = protect.mask(text, *self._protect)
        for fn in self._fast:
            masked = fn(masked)
        return protect.unmask(masked, self._unprotected(hidden), ph) if hidden else masked

    @property
    def _protect(self) -> tuple[bool, bool]:
        """Which whole lines this pipeline leaves as written (see :func:`protect.policy`)."""
        p = self.__dict__.get("_protect_policy")
        if p is None:
            p = self.__dict__["_protect_policy"] = protect.policy(self.steps)
        return p

    def _unprotected(self, hidden: list[str]) -> list[str]:
        """Protected strings after the steps that do not respect protection (lowercase)."""
        for step in self.steps:
            if not step.respects_protection and hidden:
                hidden = [step.apply(h) for h in hidden]
        return hidden

    normalize = __call__

    def normalize_batch(self, texts: Iterable[str]) -> list[str]:
        """Normalize many texts; ``None`` stays ``None`` (handy for data frames)."""
        return [t if t is None else self(t) for t in texts]

    # -- the aligned path -------------------------------------------------------------
    def normalize_aligned(self, text: str) -> Aligned:
        """Normalize and keep, for every output character, the span of the input it came from.

        >>> a = Pipeline.from_spec("remove_tatweel").normalize_aligned("کـتاب")
        >>> a.text, a.to_original(1, 2)
        ('کتاب', (2, 3))
        """
        masked, hidden, ph = protect.mask(text, *self._protect)
        tr = _Tracker(masked, align=True)
        for step in self.steps:
            tr.run(step)
        assert tr.align is not None
        # the hidden strings go back one for one: same length, same place
        return Aligned(text, protect.unmask(tr.text, self._unprotected(hidden), ph), tuple(tr.align))

    def explain(self, text: str, examples: int = 3) -> Explanation:
        """The steps that changed something, how many edits each made, and examples.

        Examples are ``(position, before, after)`` with the position in the text the step saw.
        """
        return self._explain(text, "", "", examples)

    def _explain(self, text: str, before: str, after: str, examples: int) -> Explanation:
        """:meth:`explain`, counting only the edits in ``text`` where ``before`` and
        ``after`` (whole lines, see :meth:`_context`) are normalized with it."""
        piece = bool(before or after)
        masked, hidden, ph = protect.mask(before + text + after, *self._protect)
        hb, ht = 0, len(hidden)  # the protected strings that are ``text``'s
        if piece:
            hb, ht = len(protect.mask(before, *self._protect)[1]), len(protect.mask(text, *self._protect)[1])
            if hb + ht + len(protect.mask(after, *self._protect)[1]) != len(hidden):
                return self.explain(text, examples)  # (a protected span across the pieces)
        nb, na = before.count("\n"), after.count("\n")
        lines = nb + text.count("\n") + na
        tr = _Tracker(masked, align=False)
        reports = []
        whole = before + text + after
        policy_matters = self._protect != (True, True) and protect.lines(whole) != protect.lines(whole, *self._protect)
        for step in self.steps:
            seen = tr.text
            edits = tr.run(step)
            if piece:
                if seen.count("\n") != lines:
                    return self.explain(text, examples)  # a step changed the line breaks
                lo, hi = _piece_span(seen, nb, na, bool(after))
                edits = [(s - lo, e - lo, r) for s, e, r in edits if lo <= s < hi]
                seen = seen[lo:hi]
            rep = StepReport(step.to_spec(), len(edits))
            for s, e, r in edits[:examples]:
                rep.examples.append((s, seen[s:e], r))
            if not step.respects_protection and hidden:
                # it works inside protected strings too (lowercase): count those edits
                changed = [(h, step.apply(h)) for h in hidden]
                rep.edits += sum(1 for h, n in changed[hb:hb + ht] if h != n)
                hidden = [n for _, n in changed]
            if rep.edits or (protect.sets_policy(step) and policy_matters):
                reports.append(rep)  # (a step that unprotects lines: the plan must mask the same)
        out = protect.unmask(tr.text, hidden, ph)
        return Explanation(text, self._cut(out, before, text, after) if piece else out, reports)
