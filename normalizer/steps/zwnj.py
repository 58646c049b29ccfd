"""Zero-width non-joiner (ZWNJ, U+200C, نیم‌فاصله) steps.

* ``clean_zwnj``: joiners where none belongs (runs, next to a space, punctuation, the edge
  of a word, after a non-joining letter) are removed; joiners between letters are kept.
* ``fix_zwnj``: missing joiners restored with the lexicon, whether the joiner was dropped
  (استانها, میتواند, بهرهگیری) or typed as a space (استان ها, می تواند).
* ``remove_zwnj``: every joiner removed or made a space (search; lossy).
"""

from .. import _core
from ..pipeline import Names, Step, Words, register

#: the names of fix_zwnj's rules (the registry is the core's: src/zwnj/rules.rs; docs/ZWNJ.md)
RULE_NAMES = Names(r["name"] for r in _core.zwnj_rules()) if hasattr(_core, "zwnj_rules") else Names()

#: fix_zwnj's conventions, each an option: name -> (default, values) (the registry is the
#: core's: src/zwnj/conventions.rs; docs/ZWNJ.md lists them with their examples)
CONVENTIONS = {c["name"]: (c["values"][0], tuple(c["values"])) for c in _core.zwnj_conventions()}

#: the most lines on each side of a line that fix_zwnj's ``context`` may read
MAX_CONTEXT = 8


@register
class CleanZwnj(Step):
    """Remove joiners where none belongs, keep every joiner between two joining letters.

    Collapses runs of ZWNJ to one; removes a ZWNJ next to a space, a line break,
    punctuation, a digit or the edge of the text, one after a non-joining letter
    (ا د ذ ر ز ژ و), where it is invisible: «بندر‌ها» -> «بندرها» (but not after ء or ة,
    where it marks the parts of an Arabic compound: ان‌شاء‌الله), and one before a
    haraka or a hamza mark, which belongs to the letter before it (ی‌ٔ -> یٔ, which
    ``compose_letters`` then writes ئ; other steps would bring the two together on a next
    pass). Leaves alone a ZWNJ
    between letters of other scripts (it matters in Indic scripts).

    >>> CleanZwnj()("کتاب\\u200c\\u200cها بندر\\u200cها \\u200cمی")
    'کتاب\\u200cها بندرها می'
    """

    name = "clean_zwnj"
    summary = "remove stray joiners (runs, edges, after non-joining letters)"
    EXAMPLES = [("کتاب\u200c\u200cها و بندر\u200cها", "کتاب\u200cها و بندرها")]


@register
class RemoveZwnj(Step):
    """Remove every joiner (``to=none``, the default) or make it a space (``to=space``):
    for search indexes where کتاب‌ها, کتابها and کتاب ها must meet (lossy).

    >>> RemoveZwnj()("کتاب\\u200cها")
    'کتابها'
    """

    name = "remove_zwnj"
    summary = "remove every joiner, or make it a space (search)"
    lossy = True
    OPTIONS = {"to": ("none", ("none", "space"))}
    EXAMPLES = [("کتاب\u200cها", "کتابها")]


class Analyzer:
    """Decides, word by word, where joiners go. One per process and option set; memoized."""


class _Memo(dict):
    """A dict that computes a missing value with ``fn`` (bounded: cleared when large)."""


@register
class FixZwnj(Step):
    """Restore missing joiners with the lexicon: dropped (استانها, میتواند, بهرهگیری) or
    typed as a space (استان ها, می تواند, بهره گیری).

    Repairs the verbal prefixes می and نمی before verb forms (not میدان, میلیون, میز);
    the suffixes ‑ها ‑های ‑هایی ‑هایشان ..., ‑تر ‑ترین after a known noun or adjective,
    clitics after a vowel (خانه‌ام, اجتماعی‌اش) and ‑ای after silent heh (هسته‌ای);
    perfects (رفته‌اند); compounds from the lexicon, inflected too (سرمایه‌داران), and
    productive ones (‑گیری ‑سازی ‑پذیر ‑مند ‑محور ...) after a known word; بی‌ before a
    known word; the ezafe ی typed apart after a silent heh (خانه ی -> خانه‌ی, which the
    ``ezafe`` step can then write هٔ or ۀ). After a non-joining letter the parts are
    written solid: داروها, بندرها.

    Leaves alone a word that is right as written (آنها, همچنین, دانشگاه, بیشتر), names,
    Latin text and whatever the lexicon cannot vouch for. A space is turned into a joiner
    only before a suffix that is never a word of its own, after می/نمی/بی, before the part
    of a known compound that is no word (بین المللی), or, for other compounds, on a line
    that shows its writer types spaces for joiners, or among such lines (two of the two
    lines before it and the two after: ``context``); never after a non-joining letter
    (مورد نظر), across a function word or in a reduplication (کم کم), nor a participle in a
    verb phrase (انجام شده است; but آمار انجام‌شده از, where the lexicon tags it).
    Compounds of three parts or more that the lexicon tags as common words, and Latin
    acronyms spelled letter by letter, are joined wherever they are written apart (بی بی
    سی, سی تی اسکن, جی پی اس).

    ‑ای after silent heh and the plural ‑های (خانه‌ای or خان‌های) are weighed by the web
    counts of the two stems; before punctuation or a word that cannot follow an ezafe
    (که, از, را ...) only ‑ای is left (دسته‌ای که).

    Options: ``glued`` and ``spaced`` switch the two repairs. ``compounds=zwnj|keep``
    (default zwnj): compounds joined with a ZWNJ, or kept as written (``true`` and ``false``
    are read as zwnj and keep).
    ``solid=true`` writes the parts it joins with no joiner between them (for search, after
    ``remove_zwnj``: a word is read as the next pass reads it, with no joiner inside, and
    می‌شد, میشد and می شد all come out میشد); its other changes, which only put joiners
    in, are then no changes.

    Conventions (spellings that are both in print and accepted) are options, each with its
    default; docs/ZWNJ.md gives the source of each default and examples:
    ``plural=zwnj|keep`` and ``comparative=zwnj|keep`` (a glued کتابها, بزرگتر joined, or
    kept as written), ``pronoun_plural=keep|solid|zwnj`` (آنها and آن‌ها both kept, or every
    one written solid, or with a ZWNJ), ``copula=space|zwnj`` (a glued رفتهاست written رفته
    است, or رفته‌است; with zwnj a spaced one is joined too).

    ``context=N`` (0 to 8, default 2): how many lines on each side of a line are read for
    its writer's habit of typing spaces for joiners; 0 reads each line alone.

    ``disable=[rule, ...]`` switches rules off by name: a rule switched off makes no edit (its
    text stays as written); docs/ZWNJ.md lists the rules, with what each changes and leaves.

    ``words=[...]`` adds words in their right spelling: one written with a ZWNJ (رئیس‌جمهور)
    is restored wherever it is written glued or apart, on any line; one with no ZWNJ is a word
    right as written, never cut (suffixes still join it). ``keep=[...]`` lists words kept
    exactly as written: never changed, never joined to a neighbour. From the command line,
    ``--words FILE`` and ``--keep FILE`` read them from files (:func:`normalizer.read_words`).

    >>> FixZwnj()("استانها میتوانند بهرهگیری کنند")
    'استان\\u200cها می\\u200cتوانند بهره\\u200cگیری کنند'
    >>> FixZwnj()("می تواند در میدان")
    'می\\u200cتواند در میدان'
    """

    name = "fix_zwnj"
    summary = "restore missing joiners (glued or spaced) with the lexicon"
    OPTIONS = {"glued": (True, bool), "spaced": (True, bool), "compounds": ("zwnj", ("zwnj", "keep")),
               "solid": (False, bool),
               "disable": ((), RULE_NAMES), "words": ((), Words), "keep": ((), Words),
               "context": (2, tuple(range(MAX_CONTEXT + 1))), **CONVENTIONS}
    #: the values ``compounds`` took when it was a switch
    ALIASES = {"compounds": {True: "zwnj", False: "keep"}}
    EXAMPLES = [("استان ها میتوانند بهره گیری کنند", "استان\u200cها می\u200cتوانند بهره\u200cگیری کنند")]
