"""Named presets: the pipelines for the common jobs.

=========  ===========================================================================
preset     for
=========  ===========================================================================
default    any text: letters, digits (Persian), invisibles, spacing, punctuation and
           the joiners repaired; nothing a reader would miss is removed
letters    only letters, digits and tatweel: the fastest clean-up, no joiner work
ml         corpora feeding models: the default with Latin digits, diacritics and bidi
           marks removed, stretched letters (سلاممممم) written once, the ezafe
           written هٔ (هء too), ‑یی after silent heh as ‑ای, and ة that ends a
           Persian word as ه
search     indexing and matching: aggressive folding (hamza, diacritics, case, joiners
           to nothing, stretched letters) so that spellings of one word meet
editorial  text a person reads and publishes: the default with Persian marks and «»
           wherever the words around them are Persian (nested quotes too), … – — and
           one of each of !!! ؟؟؟ (؟! for both), a tatweel typed for a dash
           written –, a space after a full stop, the ezafe written هٔ (هء and ة for
           it too), ‑یی after silent heh as ‑ای, ة that ends a Persian word as ه;
           Persian digits for every number with no Latin word beside it, ٫ ٬ ٪ in
           them, a space between a number and a word glued to it; diacritics kept
           (a mark typed twice written once)
=========  ===========================================================================
"""
from __future__ import annotations

from .pipeline import Pipeline

#: repeated_marks runs after every step that may bring a mark next to its twin (tatweel,
#: an invisible or a joiner removed) and before compose_letters (آٓ is آ, not آ + ٓ).
#: compose_letters runs after every step that may bring a letter and its mark together:
#: unify_letters (a presentation form, ﻻٔ -> لأ), remove_tatweel (اـٓ), remove_diacritics
#: (أً in ml), remove_invisibles and clean_zwnj (ا + ZWJ or ZWNJ + ٓ). Before them, a mark
#: they freed was composed only by a second pass, so a preset was not idempotent.
#: tatweel_dash runs before remove_tatweel, which would remove the tatweel it makes a dash of
#: (in every preset: a tatweel between two digits, ۱۱ـ۲۳, is a range, not one number).
#: editorial writes the separators of numbers (digits again, separators=persian) after
#: remove_invisibles and punctuation_spacing: a . or , that an invisible or a space kept
#: from its digits is beside them only then (۳ .۱۴ -> ۳.۱۴ -> ۳٫۱۴). Its digits are
#: converted before punctuation and its spacing, which read Persian digits as Persian.
#: editorial runs number_spacing after digits (a Latin number glued to a Persian word is a
#: Persian one by then) and after the steps that may glue a number to a word (an invisible
#: removed; the space it adds is never a second one), but before fix_zwnj, which reads the
#: words as the next pass reads them (and joins ۵۱‌ها شان as ۵۱هاشان, a suffix to it).
#: editorial runs punctuation_runs after punctuation (??? is ؟؟؟ before it is one ؟) and
#: punctuation_spacing after both (… is a closing mark to it).
#: search drops every joiner before fix_zwnj, which joins solid: fix_zwnj reads a word as the
#: next pass reads it (م‌ی شد, with the joiner gone, is می شد: joined then, not now).
#: repeated_letters runs after every step that may bring three of a letter together (tatweel,
#: a haraka, an invisible or a joiner between them removed) and before fix_zwnj, which then
#: reads the word as it is meant; the runs fix_zwnj(solid=true) makes in search, joining two
#: words (دهه ها -> دههها), repeated_letters reads as a seam and leaves on the next pass.
SPECS: dict[str, str] = {
    "default": ("tatweel_dash; "
                "unify_letters; remove_tatweel; digits(to=persian); remove_invisibles; clean_zwnj; "
                "repeated_marks; compose_letters; unify_spaces; punctuation; punctuation_spacing; fix_zwnj"),
    "letters": ("tatweel_dash; "
                "unify_letters; remove_tatweel; digits(to=persian); repeated_marks; compose_letters"),
    "ml": ("tatweel_dash; "
           "unify_letters(teh_marbuta=persian); remove_tatweel; remove_diacritics; digits(to=latin); "
           "remove_invisibles(bidi=true); clean_zwnj; repeated_marks; compose_letters; repeated_letters; unify_spaces; "
           "punctuation; punctuation_spacing; fix_zwnj; ezafe(style=hamza, indefinite=alef)"),
    "search": ("tatweel_dash; "
               "unify_letters(teh_marbuta=heh); remove_tatweel; compose_letters; "
               "remove_diacritics(letter_marks=false); fold_hamza; digits(to=latin, other_scripts=convert); "
               "remove_invisibles(bidi=true); lowercase; remove_zwnj; repeated_letters; unify_spaces; "
               "fix_zwnj(solid=true)"),
    "editorial": ("tatweel_dash(words=true); "
                  "unify_letters(teh_marbuta=persian); remove_tatweel; digits(to=persian, context=not_latin); "
                  "remove_invisibles; clean_zwnj; repeated_marks; compose_letters; unify_spaces; "
                  "punctuation(context=near, quote_rule=sides); "
                  "punctuation_runs; punctuation_spacing(full_stop=true, next_to=words); "
                  "digits(to=persian, context=not_latin, separators=persian); number_spacing; fix_zwnj; "
                  "ezafe(style=hamza, indefinite=alef)"),
}


class _Presets(dict):
    """Presets by name, built on first use."""

    def __missing__(self, name: str) -> Pipeline:
        if name not in SPECS:
            raise KeyError(name)
        p = Pipeline.from_spec(SPECS[name])
        p.label = name
        self[name] = p
        return p

    def __contains__(self, name: object) -> bool:
        return name in SPECS

    def __iter__(self):  # type: ignore[override]
        return iter(SPECS)

    def __len__(self) -> int:
        return len(SPECS)


PRESETS: dict[str, Pipeline] = _Presets()


def preset(name: str) -> Pipeline:
    """The pipeline of a named preset."""
    from .pipeline import SpecError

    if name not in SPECS:
        raise SpecError(f"unknown preset {name!r}; valid presets: {', '.join(SPECS)}")
    return PRESETS[name]
