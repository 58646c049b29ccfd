"""The lexicon behind the ZWNJ steps, loaded once per process on first use.

Built by ``scripts/build_lexicon.py`` from hazm's and shekar's MIT-licensed data files
(see NOTICE); shipped as ``data/lexicon.json.gz``.
"""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from functools import lru_cache

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "lexicon.json.gz")


@dataclass(frozen=True)
class Lexicon:
    #: POS-tagged words: word -> (frequency, frozenset of tags such as N, AJ, PRO)
    words: dict
    #: words that are right as written with no joiner (آنها, همچنین, دانشگاه, میدان)
    solid: frozenset
    #: words attested on the web only (with their web counts): right as written unless a
    #: grammatical suffix is seen
    weak: dict
    #: glued spelling -> joined spelling of grammatical forms (میتواند -> می‌تواند)
    joined: dict
    #: glued spelling -> joined spelling of compounds (بهرهگیری -> بهره‌گیری)
    compounds: dict
    #: function words, never joined into a compound
    stop: frozenset
    #: verb stems (آموز, گیر, ساز): parts that do not stand alone as words
    stems: frozenset

    def tags(self, word: str) -> frozenset:
        entry = self.words.get(word)
        return entry[1] if entry else frozenset()

    def freq(self, word: str) -> int:
        entry = self.words.get(word)
        return entry[0] if entry else 0


@lru_cache(maxsize=1)
def load(path: str = PATH) -> Lexicon:
    """Load the lexicon (once per process)."""
    try:
        with gzip.open(path, "rb") as f:
            data = json.loads(f.read())
    except FileNotFoundError:
        raise RuntimeError(f"the lexicon {path} is missing; run scripts/build_lexicon.py") from None
    tagsets: dict[str, frozenset] = {}
    words = {}
    for w, (freq, tags) in data["words"].items():
        ts = tagsets.get(tags)
        if ts is None:
            ts = tagsets[tags] = frozenset(tags.split(","))
        words[w] = (freq, ts)
    return Lexicon(words, frozenset(data["solid"]), data["weak"], data["joined"], data["compounds"],
                   frozenset(data["stop"]), frozenset(data["stems"]))
