"""Mark steps: tatweel, diacritics, invisible characters, and the ezafe after silent heh."""
from __future__ import annotations

import re
from typing import Any, Callable


from ..data import chars
from ..data.chars import ARABIC_LETTER_CLASS as L
from ..pipeline import register
from ._base import CharMapStep, RegexStep


@register
class RemoveTatweel(CharMapStep):
    """Remove tatweel (kashida, U+0640), the stretching stroke: كـــتاب -> كتاب.

    >>> RemoveTatweel()("ســلام")
    'سلام'
    """

    name = "remove_tatweel"
    summary = "remove tatweel (kashida)"
    EXAMPLES = [("ســـلام", "سلام")]

    def table(self) -> dict[str, str]:
        return {chars.TATWEEL: ""}


@register
class RemoveDiacritics(CharMapStep):
    """Remove diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic signs).

    Keeps the marks that are part of a letter (madda, hamza above and below, as in the
    ezafe هٔ) unless ``letter_marks=false``. Precomposed letters (آ أ ؤ ئ) are never
    touched: this step does not decompose.

    >>> RemoveDiacritics()("مُحَمَّد خانهٔ")
    'محمد خانهٔ'
    """

    name = "remove_diacritics"
    summary = "remove harakat and other diacritics, keeping letter marks"
    lossy = True
    OPTIONS = {"letter_marks": (True, bool)}
    EXAMPLES = [("مُحَمَّد و خانهٔ", "محمد و خانهٔ")]

    def table(self) -> dict[str, str]:
        t = {c: "" for c in chars.DIACRITICS}
        if not self.options["letter_marks"]:
            t.update({c: "" for c in chars.LETTER_MARKS})
        return t


_PICTO = r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]"


@register
class RemoveInvisibles(RegexStep):
    """Remove invisible characters that carry nothing in Persian text.

    Removes the byte order mark, soft hyphens, word joiners and zero width spaces (a zero
    width space between two Arabic-script letters is a mistyped ZWNJ and becomes one), and
    zero width joiners outside emoji sequences. Bidi marks (LRM, RLM, ALM, embeddings,
    isolates) only with ``bidi=true``. Never touches ZWNJ (see ``clean_zwnj``).

    >>> RemoveInvisibles()("\\ufeffکتاب\\u200bها")
    'کتاب\\u200cها'
    """

    name = "remove_invisibles"
    summary = "remove BOM, soft hyphen, ZWSP, stray ZWJ (bidi marks by option)"
    OPTIONS = {"bidi": (False, bool)}
    EXAMPLES = [("\ufeffکتاب\u00ad", "کتاب")]

    def rule(self) -> tuple[Any, Callable[[Any], str]]:
        import regex  # type: ignore[import-untyped]  # \p{Extended_Pictographic}; on first use

        drop = chars.BOM + chars.SOFT_HYPHEN + chars.WORD_JOINER
        if self.options["bidi"]:
            drop += chars.BIDI_MARKS
        pattern = regex.compile(
            rf"(?P<zwnj>(?<=[{L}])\u200b+(?=[{L}]))"
            rf"|(?P<drop>[{drop}\u200b]+)"
            rf"|(?P<zwj>(?<!{_PICTO})\u200d|\u200d(?!\p{{Extended_Pictographic}}))"
        )
        return pattern, lambda m: chars.ZWNJ if m.lastgroup == "zwnj" else ""

    def _setup(self) -> None:
        super()._setup()
        bidi = chars.BIDI_MARKS if self.options["bidi"] else ""
        self._chars = chars.BOM + chars.SOFT_HYPHEN + chars.WORD_JOINER + "\u200b\u200d" + bidi

    def needs(self, text: str) -> bool:
        # one substring test per character runs at memory speed (a character class scan
        # is a hundred times slower on text that holds none of them)
        return any(c in text for c in self._chars)


@register
class Ezafe(RegexStep):
    """Write the ezafe after silent heh one way: ``style=zwnj`` (خانه‌ی), ``hamza`` (خانهٔ),
    ``yeh`` (خانۀ), or ``keep`` (as written, the default).

    Only a word-final form is taken for an ezafe: ه‌یاب, and a ۀ or هٔ that a letter or a
    haraka follows (ۀهم, هٔام: typos or broken text, not an ezafe), are left alone, as
    rewriting them would hand ``fix_zwnj`` a different word on the next pass.

    >>> Ezafe(style="hamza")("خانۀ من و خانه‌ی تو")
    'خانهٔ من و خانهٔ تو'
    """

    name = "ezafe"
    summary = "the ezafe after silent heh as ه‌ی, هٔ or ۀ"
    OPTIONS = {"style": ("keep", ("keep", "zwnj", "hamza", "yeh"))}
    EXAMPLES = [("خانۀ من و خانه‌ی تو", "خانهٔ من و خانهٔ تو", {"style": "hamza"})]

    def rule(self) -> tuple[Any, Callable[[Any], str]]:
        form = {"zwnj": "ه\u200cی", "hamza": "ه\u0654", "yeh": "ۀ", "keep": None}[self.options["style"]]
        if form is None:
            return re.compile(r"(?!)"), lambda m: m.group()
        pattern = re.compile(rf"(?:ۀ|ه\u0654|ه\u200cی)(?![{L}\u064b-\u065f])")
        return pattern, lambda m: form

    def quick(self) -> str:
        return "(?!)" if self.options["style"] == "keep" else "ۀ|ه\u0654|ه\u200cی"

