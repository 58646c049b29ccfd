"""The lexicon behind the ZWNJ steps, loaded once per process on first use.

Built by ``scripts/build_lexicon.py`` from hazm's and shekar's MIT-licensed data files
(see NOTICE); shipped as ``data/lexicon.pickle`` (plain dicts and sorted lists), which loads
in about a tenth of a second.
"""
from __future__ import annotations

import os
import pickle
from functools import lru_cache
from typing import NamedTuple

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "lexicon.pickle")


class Lexicon(NamedTuple):
    #: POS-tagged words: word -> (frequency, frozenset of tags such as N, AJ, PRO)
    words: dict
    #: web counts (shekar) of the tagged words: they decide خانه‌ای against خان‌های, where
    #: hazm's counts are skewed, and whether a glued word the web attests is a word of its
    #: own (فیلتر, not فیل + تر)
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
    #: the parts of the known compounds, glued, split at each joiner (بهره | گیری)
    first: frozenset
    second: frozenset
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
        with open(path, "rb") as f:
            d = pickle.load(f)  # our own build (scripts/build_lexicon.py), shipped in the package
    except FileNotFoundError:
        raise RuntimeError(f"the lexicon {path} is missing; run scripts/build_lexicon.py") from None
    return Lexicon(
        words=d["words"],
        web=d["web"],
        solid=frozenset(d["solid"]),
        weak=d["weak"],
        joined=d["joined"],
        compounds=d["compounds"],
        stop=frozenset(d["stop"]),
        stems=frozenset(d["stems"]),
        bound=frozenset(d["bound"]),
        first=frozenset(d["first"]),
        second=frozenset(d["second"]),
    )
