"""Two shapes most steps take: a character map, and a single regular-expression pass."""
from __future__ import annotations

import heapq
import re
from functools import cached_property
from typing import Any, Callable, Iterator, cast

from ..pipeline import Edit, Step, apply_edits


class CharMapStep(Step):
    """A step that maps characters (or short sequences) through a table.

    Subclasses implement :meth:`table`. The fast path finds runs of mapped characters and
    translates only those; a text with none costs one search.
    """

    def table(self) -> dict[str, str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _setup(self) -> None:
        table = {k: v for k, v in self.table().items() if k != v}
        self._map = table
        singles = [k for k in table if len(k) == 1]
        multis = sorted((k for k in table if len(k) > 1), key=len, reverse=True)
        self._multi = bool(multis)
        self._trans = str.maketrans({k: table[k] for k in singles})
        cls = "[" + "".join(re.escape(k) for k in singles) + "]" if singles else None
        alts = [re.escape(k) for k in multis] + ([cls] if cls else [])
        self._one_src = "|".join(alts) if alts else r"(?!)"
        self._runs_src = cls + "+" if cls else r"(?!)"
        self._lasts = frozenset(k[-1] for k in multis) | frozenset(singles)

    # compiled on first use: a step fused into a pipeline's character map never needs them
    @cached_property
    def _one(self) -> Any:
        return re.compile(self._one_src)

    @cached_property
    def _runs(self) -> Any:
        return re.compile(self._runs_src)

    def edits(self, text: str) -> Iterator[Edit]:
        m_ = self._map
        for m in self._one.finditer(text):
            yield m.start(), m.end(), m_[m.group()]

    @property
    def fusable(self) -> bool:
        """Single characters only: the pipeline may fuse this map with its neighbours."""
        return not self._multi

    def apply(self, text: str) -> str:
        if self._multi:
            # sequences end in a combining mark: plain substring tests rule most texts out
            if not any(c in text for c in self._lasts) or not self._one.search(text):
                return text
            m_ = self._map
            return self._one.sub(lambda m: m_[m.group()], text)
        if not self._runs.search(text):
            return text
        trans = self._trans
        return self._runs.sub(lambda m: m.group().translate(trans), text)


class RegexStep(Step):
    """A step that is one pass of a pattern with a replacement function.

    Subclasses implement :meth:`rule` returning ``(pattern, repl)``; ``repl`` takes a match
    and returns its replacement (returning the match unchanged makes no edit).
    """

    def rule(self) -> tuple[Any, Callable[[Any], str]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def quick(self) -> str | None:
        """A cheap ``re`` pattern that matches wherever the rule might: a text it does not
        match is returned as it is without running the rule. None: always run the rule."""
        return None

    def _setup(self) -> None:
        q = self.quick()
        self._quick = re.compile(q).search if q else None

    @cached_property
    def _rule(self) -> tuple[Any, Callable[[Any], str]]:
        return self.rule()  # compiled on first use: most texts never need it

    @property
    def _pattern(self) -> Any:
        return self._rule[0]

    @property
    def _repl(self) -> Callable[[Any], str]:
        return self._rule[1]

    def edits(self, text: str) -> Iterator[Edit]:
        repl = self._repl
        for m in self._pattern.finditer(text):
            r = repl(m)
            if r != m.group():
                yield m.start(), m.end(), r

    def needs(self, text: str) -> bool:
        """Cheap test: might the rule change ``text``? (Never False where it would.)"""
        return self._quick is None or self._quick(text) is not None

    def apply(self, text: str) -> str:
        if not self.needs(text):
            return text
        return self._pattern.sub(self._repl, text)


_FORMS_LO, _FORMS_HI = "\ufb50", "\ufeff"  # Arabic presentation forms A and B
_FORMS = re.compile("[\ufb50-\ufeff]")


def _may_hold_forms(text: str) -> bool:
    raw = text.encode("utf-16-le", "surrogatepass")
    return b"\xfb" in raw or b"\xfc" in raw or b"\xfd" in raw or b"\xfe" in raw


class FusedCharMap:
    """Consecutive character maps composed into one table: one scan instead of several.

    Used by the pipeline's plain path only; the result is the same as running the maps
    one after another (the tests check it on random text).
    """

    def __init__(self, steps: list[CharMapStep]) -> None:
        table: dict[str, str] = {}
        for st in steps:
            m = st._map
            # what the earlier maps produce goes through this one
            table = {k: "".join(m.get(c, c) for c in v) for k, v in table.items()}
            for k, v in m.items():
                table.setdefault(k, v)
        table = {k: v for k, v in table.items() if k != v}
        self.steps = steps
        self._table = table
        self._trans = str.maketrans(table)
        self._runs_src = "[" + "".join(re.escape(k) for k in table) + "]+" if table else r"(?!)"
        # no output holds a mapped character: replacing one character at a time, in any
        # order, gives the same text as the map (checked here, else the runs are translated)
        self._by_replace = not any(c in table for v in table.values() for c in v)
        # the common characters are looked for one by one (``c in text`` runs at memory
        # speed); the presentation forms, hundreds of them, with one scan of their block
        self._common = [c for c in table if not _FORMS_LO <= c <= _FORMS_HI]
        self._rare = any(_FORMS_LO <= c <= _FORMS_HI for c in table)

    @cached_property
    def _runs(self) -> Any:
        return re.compile(self._runs_src)  # needed only when the maps do not commute

    def apply(self, text: str) -> str:
        if not self._by_replace:
            trans = self._trans
            return self._runs.sub(lambda m: m.group().translate(trans), text)
        # str.replace runs at memory speed; a text holds few distinct mapped characters
        present = [c for c in self._common if c in text]
        # a presentation form's UTF-16 code unit starts with byte FB..FE: encoding is a copy
        # for most texts, and four byte searches rule the forms out (far faster than a scan)
        if self._rare and _may_hold_forms(text) and _FORMS.search(text):
            present.extend(c for c in set(_FORMS.findall(text)) if c in self._table)
        table = self._table
        for c in present:
            text = text.replace(c, table[c])
        return text


def _matches(text: str, pattern: Any, starts: str | None) -> Iterator[Any]:
    """``pattern.finditer(text)``, where every match begins with one of ``starts``."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    n = sum(map(text.count, starts))
    if not n:
        return
    if n * 64 > len(text):  # common: the regex engine's own scan is faster
        yield from pattern.finditer(text)
        return
    at: list[int] = []  # where the start characters are
    for c in starts:
        i = text.find(c)
        while i >= 0:
            at.append(i)
            i = text.find(c, i + 1)
    at.sort()
    match, done = pattern.match, 0
    for i in at:
        if i >= done:
            m = match(text, i)
            if m is not None:
                yield m
                done = max(m.end(), i + 1)


class MultiRegexStep(Step):
    """A step made of several patterns whose matches never overlap, each run as its own
    scan over the step's input (one alternation of them all is several times slower).

    Subclasses implement :meth:`rules` returning ``[(pattern, repl, starts), ...]``;
    ``repl`` returns the match's replacement, or an edit ``(start, end, replacement)`` near
    the match (so that a pattern can start on a rare character and still edit what precedes
    it), or a list of such edits in order. ``starts`` (or None) holds the characters every
    match begins with: where they are rare, the pattern is tried only where ``str.find``
    finds them, and where they are absent not at all (a regex scan costs milliseconds per
    MiB even when nothing matches). The edits of all are merged by position (one
    overlapping an earlier one is dropped).
    """

    def rules(self) -> list[tuple[Any, Callable[[Any], Any], str | None]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _setup(self) -> None:
        self._rules = self.rules()
        # every match begins with one of these (None: a rule names none, so look always)
        starts = [r[2] for r in self._rules]
        self._starts = None if None in starts else "".join(cast("list[str]", starts))

    def edits(self, text: str) -> Iterator[Edit]:
        def one(pattern: Any, repl: Callable[[Any], Any], starts: str | None) -> Iterator[Edit]:
            for m in _matches(text, pattern, starts):
                r = repl(m)
                if isinstance(r, tuple):  # an edit of its own span, found from the match
                    if r[0] < r[1] or r[2]:
                        yield r
                elif isinstance(r, list):  # edits, in order
                    yield from r
                elif r != m.group():
                    yield m.start(), m.end(), r

        end = -1
        for s, e, r in heapq.merge(*(one(*rule) for rule in self._rules)):
            if s < end:
                continue
            yield s, e, r
            end = e

    def needs(self, text: str) -> bool:
        """Cheap test: might the rules change ``text``? (Never False where they would.)
        False when none of the rules' start characters is in it."""
        return self._starts is None or any(c in text for c in self._starts)

    def apply(self, text: str) -> str:
        if not self.needs(text):
            return text
        return apply_edits(text, self.edits(text))
