"""Words users add to the ZWNJ repair (``fix_zwnj(words=..., keep=...)``, or the filter's
``--words FILE`` and ``--keep FILE``). The built-in lexicon is in the core, compiled from the
text files of ``data/lexicon/`` (see ``scripts/build_lexicon.py``).

A words file is UTF-8 text, one word per line. A line starting with ``#`` is a comment, blank
lines are skipped, and a tab ends the word (what follows it is left for other tools: a
frequency, a note). In a ``--words`` file, a word written with a ZWNJ (U+200C) is a compound
restored wherever it is written glued or apart (رئیس‌جمهور); one with no ZWNJ is a word right
as written (فیسبوک). A ``--keep`` file lists words left exactly as written.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "words.txt")
>>> _ = open(path, "w", encoding="utf-8").write("# my words\\nرئیس\\u200cجمهور\\t12\\n\\nفیسبوک\\n")
>>> read_words(path)
['رئیس\\u200cجمهور', 'فیسبوک']
"""
from __future__ import annotations

__all__ = ["read_words"]


def read_words(path: str) -> list[str]:
    """The words of a words file (see the module's docstring), in file order, each once.
    Raises ``ValueError`` naming the line of a word with a space in it."""
    out: list[str] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8-sig") as f:
        for n, line in enumerate(f, 1):
            word = line.rstrip("\r\n").split("\t", 1)[0].strip("\ufeff")
            if not word.strip() or word.lstrip().startswith("#"):
                continue
            word = word.strip()
            if any(c.isspace() for c in word):
                raise ValueError(f"{path}: line {n}: {word!r} holds a space; write a compound with a ZWNJ")
            if word not in seen:
                seen.add(word)
                out.append(word)
    return out
