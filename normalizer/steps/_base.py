"""Two shapes most steps take: a character map, and a single regular-expression pass."""
from __future__ import annotations

import re
from typing import Any, Callable, Iterator

from ..pipeline import Edit, Step


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
        self._one = re.compile("|".join(alts) if alts else r"(?!)")
        self._runs = re.compile(cls + "+" if cls else r"(?!)")

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
            if not self._one.search(text):
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
        self._pattern, self._repl = self.rule()
        q = self.quick()
        self._quick = re.compile(q).search if q else None

    def edits(self, text: str) -> Iterator[Edit]:
        repl = self._repl
        for m in self._pattern.finditer(text):
            r = repl(m)
            if r != m.group():
                yield m.start(), m.end(), r

    def apply(self, text: str) -> str:
        if self._quick is not None and not self._quick(text):
            return text
        return self._pattern.sub(self._repl, text)


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
        self._trans = str.maketrans(table)
        self._runs = re.compile("[" + "".join(re.escape(k) for k in table) + "]+" if table else r"(?!)")

    def apply(self, text: str) -> str:
        if not self._runs.search(text):
            return text
        trans = self._trans
        return self._runs.sub(lambda m: m.group().translate(trans), text)
