"""The lexicon behind the ZWNJ steps, loaded once per process on first use.

Built by ``scripts/build_lexicon.py`` from hazm's and shekar's MIT-licensed data files
(see NOTICE); shipped as ``data/lexicon.txt.gz``: sections of newline-separated lists,
loaded with a few C-level splits.
"""
from __future__ import annotations

import gzip
import os
from dataclasses import dataclass
from functools import lru_cache

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "lexicon.txt.gz")
SEP = "\x1e"


@dataclass(frozen=True)
class Lexicon:
    #: POS-tagged words: word -> (frequency, frozenset of tags such as N, AJ, PRO)
    words: dict
    #: web counts (shekar) of the tagged words; 0 where not counted. A second opinion on
    #: frequency where hazm's counts are skewed (they count خان above خانه)
    web: dict
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
    #: second parts of compounds that are no words of their own (المللی, کوپتر)
    bound: frozenset
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
            text = f.read().decode("utf-8")
    except FileNotFoundError:
        raise RuntimeError(f"the lexicon {path} is missing; run scripts/build_lexicon.py") from None
    sec = {}
    for part in text.split(SEP):
        name, _, body = part.partition("\n")
        sec[name] = body.split("\n") if body else []
    tagsets = {t: frozenset(t.split(",")) for t in set(sec["tags"])}
    words = dict(zip(sec["words"], zip(map(int, sec["freqs"]), map(tagsets.__getitem__, sec["tags"]))))
    return Lexicon(
        words=words,
        web=dict(zip(sec["words"], map(int, sec["web"]))),
        solid=frozenset(sec["solid"]),
        weak=dict(zip(sec["weak"], map(int, sec["weak_counts"]))),
        joined=dict(zip(sec["joined"], sec["joined_to"])),
        compounds=dict(zip(sec["compounds"], sec["compounds_to"])),
        stop=frozenset(sec["stop"]),
        stems=frozenset(sec["stems"]),
        bound=frozenset(sec["bound"]),
    )
