#!/usr/bin/env python3
"""Write ``data/learned/perdt_spellings.tsv``: the words the PerDT treebank's train split
writes with a ZWNJ at least ``MIN_COUNT`` times and never otherwise (see :func:`learn`);
and ``data/learned/perdt_apart.tsv``: the compounds of the lexicon it writes apart more
often than joined (see :func:`learn_apart`): the spaced repair leaves those apart. The ZWNJ repair (rule ``learned-spelling``) restores such a word where it is glued.

Derived from CC BY-SA 4.0 text: the file is under that licence (data/learned/README.md).
Only the train split is read; no dev sentence or dev-only word goes in.

    python scripts/learn_spellings.py --gold ../shared/eval/gold_perdt_train.txt
    python scripts/learn_spellings.py --gold ... --lines even --out /tmp/half.tsv  # for cross-validation
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import sys

ZWNJ = "\u200c"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "learned", "perdt_spellings.tsv")
APART_OUT = os.path.join(HERE, "..", "data", "learned", "perdt_apart.tsv")
SOLID_OUT = os.path.join(HERE, "..", "data", "learned", "perdt_solid.tsv")

#: The fewest times train must write a word with its joiner for the word to be learned:
#: a word seen once may be a slip of one writer.
MIN_COUNT = 2

#: The fewest times train must write a word solid for the word to be learned solid. Once is
#: enough here: cross-validated on train's halves, the words seen solid once in one half
#: (گناهکاران, پرچمداران) are more often solid than joined in the other, and the glued,
#: spaced and mixed F1 all rose (see docs/decisions/learned-solid.md).
SOLID_MIN_COUNT = 1

#: A word is learned solid where train writes it solid more than this many times as often
#: as with a joiner (بنیانگذاران 3, بنیان‌گذاران 2): the majority spelling.
SOLID_MAJORITY = 1

#: What is cut off a token before it is counted: punctuation and symbols at its ends.
_EDGES = re.compile(r"^[^\w\u200c]+|[^\w\u200c]+$")


def count(lines: list[str]) -> tuple[collections.Counter, collections.Counter]:
    """How often each word is written with a joiner, and each word with none (by its glued
    form, for the joined ones too)."""
    joined: collections.Counter = collections.Counter()
    solid: collections.Counter = collections.Counter()
    for line in lines:
        for tok in line.split():
            w = _EDGES.sub("", tok)
            if not w or w.strip(ZWNJ) != w:
                continue
            (joined if ZWNJ in w else solid)[w] += 1
    return joined, solid


def pairs(lines: list[str]) -> collections.Counter:
    """How often each two words follow each other (their edge punctuation cut off)."""
    apart: collections.Counter = collections.Counter()
    for line in lines:
        toks = [_EDGES.sub("", t) for t in line.split()]
        for a, b in zip(toks, toks[1:]):
            if a and b and a.strip(ZWNJ) == a and b.strip(ZWNJ) == b:
                apart[(a, b)] += 1
    return apart


def learn(lines: list[str]) -> list[tuple[str, int, str]]:
    """(joined spelling, times joined, times apart), sorted: the words train writes in one
    way only, with a joiner, at least MIN_COUNT times. Left to the rules: a glued form that
    train also writes solid or joined elsewhere (نهادهای and نهاده‌ای, two words), and one
    ending in ای (‑ای against ‑های: the next word decides, see the rule ai-reading).
    Times apart: how often its two parts stand as two words (a word of one joiner; "-" for
    more): where never, the spaced repair joins them too."""
    joined, solid = count(lines)
    apart = pairs(lines)
    spellings: dict[str, list[tuple[str, int]]] = collections.defaultdict(list)
    for w, c in sorted(joined.items()):
        spellings[w.replace(ZWNJ, "")].append((w, c))
    out = []
    for g, ws in spellings.items():
        if len(ws) == 1 and ws[0][1] >= MIN_COUNT and not solid[g] and not g.endswith("ای"):
            w, c = ws[0]
            parts = w.split(ZWNJ)
            out.append((w, c, str(apart[(parts[0], parts[1])]) if len(parts) == 2 else "-"))
    return sorted(out)


def learn_solid(lines: list[str]) -> list[tuple[str, int]]:
    """(word, times), sorted: the words of four letters or more that train writes solid at
    least SOLID_MIN_COUNT times and more than SOLID_MAJORITY times as often as with a joiner
    (نگهبانی, آتشفشان, دستشویی, بنیانگذاران): the glued repair leaves them as they are."""
    joined, solid = count(lines)
    glued: collections.Counter = collections.Counter()
    for w, c in joined.items():
        glued[w.replace(ZWNJ, "")] += c
    return sorted((w, c) for w, c in solid.items()
                  if c >= SOLID_MIN_COUNT and len(w) >= 4 and c > SOLID_MAJORITY * glued[w])


def lexicon_column(name: str) -> set[str]:
    """The first column of a table of data/lexicon/ (its rows; not the # line)."""
    with open(os.path.join(HERE, "..", "data", "lexicon", name), encoding="utf-8") as f:
        return {ln.split("\t")[0] for ln in f.read().splitlines() if ln and not ln.startswith("#")}


def lexicon_words() -> set[str]:
    """The words and compounds of the lexicon (data/lexicon/words.tsv, compounds.txt)."""
    return lexicon_column("words.tsv") | lexicon_column("compounds.txt")


def second_parts() -> set[str]:
    """The words that join the word before them across a space on any line: the suffixes
    and productive parts the rules name (the core's registry, ``_core.zwnj_rules()``), the
    productive ones with their nouns in ‑ی too."""
    sys.path.insert(0, os.path.join(HERE, ".."))
    from normalizer import _core

    out: set[str] = set()
    for rule in _core.zwnj_rules():
        for lst in rule["lists"]:
            if lst["role"] in ("alone", "productive"):
                out.update(lst["words"])
            if lst["role"] == "productive":
                out.update(w + "ی" for w in lst["words"] if not w.endswith("ی"))
    return out


def learn_apart(lines: list[str], lexicon: set[str], seconds: set[str] = frozenset()
                ) -> list[tuple[str, int]]:
    """("a b", times apart), sorted: the pairs of words whose joined spelling (a‌b, or ab
    after a non-joining letter) the lexicon lists, or whose second word is one of
    ``seconds`` (a productive part: انجام کاری, خدمات درمانی), that train writes apart at
    least MIN_COUNT times and more often than joined or solid (رئیس جمهور: 53 apart, 28
    joined). Not a participle after a word (انجام شده): the rules tell the verb phrase from
    the adjective."""
    joined, solid = count(lines)
    apart = pairs(lines)
    stems = lexicon_column("stems.txt")
    out = []
    for (a, b), c in apart.items():
        if b.endswith("ه") and b[:-1] in stems and b[-2:-1] in ("د", "ت"):
            continue  # a participle: apart in a verb phrase, joined as an adjective (the rules decide)
        j, g = f"{a}{ZWNJ}{b}", f"{a}{b}"
        if c >= MIN_COUNT and (j in lexicon or g in lexicon or b in seconds) \
                and c > joined[j] + solid[g] + joined[g]:
            out.append((f"{a} {b}", c))
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, help="gold_perdt_train.txt")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--apart-out", default=APART_OUT)
    ap.add_argument("--solid-out", default=SOLID_OUT)
    ap.add_argument("--lines", choices=["all", "even", "odd"], default="all",
                    help="the lines to learn from (a half, for cross-validation)")
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if args.lines != "all":
        lines = lines[args.lines == "odd"::2]
    write_table(args.out, "#word\tjoined\tapart: written with a ZWNJ so many times in PerDT train, "
                "and as two words", learn(lines))
    write_table(args.apart_out, "#pair\tapart: a compound of the lexicon PerDT train writes apart so "
                "many times, more than joined", learn_apart(lines, lexicon_words(), second_parts()))
    write_table(args.solid_out, "#word\tsolid: written solid so many times in PerDT train, more often "
                "than with a ZWNJ", learn_solid(lines))


def write_table(path: str, header: str, rows: list[tuple]) -> None:
    """``rows`` as tab-separated lines under the ``#`` line ``header``."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for row in rows:
            f.write("\t".join(map(str, row)) + "\n")
    print(f"wrote {len(rows)} rows to {path}")


if __name__ == "__main__":
    main()
