"""Two shapes most steps take: a character map, and a single regular-expression pass."""
from __future__ import annotations

from typing import Any, Callable, Iterator

import regex

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
        cls = "[" + "".join(regex.escape(k) for k in singles) + "]" if singles else None
        alts = [regex.escape(k) for k in multis] + ([cls] if cls else [])
        self._one = regex.compile("|".join(alts) if alts else r"(?!)")
        self._runs = regex.compile(cls + "+" if cls else r"(?!)")

    def edits(self, text: str) -> Iterator[Edit]:
        m_ = self._map
        for m in self._one.finditer(text):
            yield m.start(), m.end(), m_[m.group()]

    def apply(self, text: str) -> str:
        if self._multi:
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

    def _setup(self) -> None:
        self._pattern, self._repl = self.rule()

    def edits(self, text: str) -> Iterator[Edit]:
        repl = self._repl
        for m in self._pattern.finditer(text):
            r = repl(m)
            if r != m.group():
                yield m.start(), m.end(), r

    def apply(self, text: str) -> str:
        return self._pattern.sub(self._repl, text)
