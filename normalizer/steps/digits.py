"""The digits step: one digit set for all numbers."""
from __future__ import annotations

from ..data import chars
from ..pipeline import register
from ._base import CharMapStep


@register
class Digits(CharMapStep):
    """Write every digit in one set: ``to=persian`` (۰-۹), ``latin`` (0-9) or ``arabic`` (٠-٩).

    Separators are left as they are, so 3.14, 1,000, 23:02 and 2025-12-17 keep their
    shape. Digits inside URLs, e-mail addresses, @mentions, #hashtags and Latin words or
    identifiers (mp3, COVID-19, IBANs, ISBNs) are protected and never change.

    >>> Digits(to="latin")("۱۴۰۳ و ٣٫٥")
    '1403 و 3٫5'
    >>> Digits()("ساعت 23:02 در https://x.ir/a?b=12")
    'ساعت ۲۳:۰۲ در https://x.ir/a?b=12'
    """

    name = "digits"
    summary = "all digits to one set (persian, latin or arabic)"
    OPTIONS = {"to": ("persian", ("persian", "latin", "arabic"))}
    EXAMPLES = [("ساعت 23:02، ٣٤٥ تومان", "ساعت ۲۳:۰۲، ۳۴۵ تومان")]

    def table(self) -> dict[str, str]:
        target = chars.DIGIT_SETS[self.options["to"]]
        t: dict[str, str] = {}
        for src in chars.DIGIT_SETS.values():
            t.update(zip(src, target))
        return t
