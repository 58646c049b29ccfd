"""The digits step: one digit set for the numbers of Persian text."""

from ..pipeline import Step, register


@register
class Digits(Step):
    """Write the digits of Persian text in one set: ``to=persian`` (۰-۹), ``latin`` (0-9)
    or ``arabic`` (٠-٩).

    Digits take the script of the words around them. A run of digits looks for the
    nearest letter on its left and on its right, as far as it must but never past its
    line, skipping spaces, punctuation, symbols, emoji and other digits (so 3.14, 1,000
    and 23:02 go as one, and a list of numbers goes with the words around it). It is
    converted when the nearest letters it finds are Arabic-script letters (سال 2024 ->
    سال ۲۰۲۴, 2024 سال too), and left as it is when either is a letter of another script
    (Latin, Cyrillic, Greek, Hebrew, CJK ...), a Latin word or identifier included
    (Python, COVID-19, mp3, which never change themselves): «نسخهٔ Python 3.11» keeps its
    3.11. A URL, an e-mail address or a hashtag is no letter and is skipped. A digit in a
    keycap emoji (1️⃣: digit + U+FE0F + U+20E3) is never converted. Separators are left as
    they are, so 3.14, 1,000, 23:02 and 2025-12-17 keep their shape.

    A line with no Arabic-script letter or mark (Latin, Cyrillic, Hebrew or CJK text, code,
    a blank line, a line of digits alone such as «2024» or «۱۴۰۳») is left alone by every
    step of a pipeline, byte for byte, indentation and runs of spaces included, whatever
    its neighbouring lines are (see ``normalizer.protect``; ``lowercase`` is the one step
    that still works inside it).

    ``other_scripts=convert`` converts every digit wherever it is, and makes the pipeline
    normalize lines with no Arabic-script letter like any other (the ``search`` preset,
    so that 123 and ۱۲۳ meet).

    >>> Digits(to="latin")("۱۴۰۳ و ٣٫٥")
    '1403 و 3٫5'
    >>> Digits()("ساعت 23:02 در https://x.ir/a?b=12")
    'ساعت ۲۳:۰۲ در https://x.ir/a?b=12'
    >>> Digits()("نسخهٔ 3.11 از Python 3.11 و 1️⃣")
    'نسخهٔ ۳.۱۱ از Python 3.11 و 1️⃣'
    """

    name = "digits"
    summary = "digits of Persian text to one set (persian, latin or arabic)"
    OPTIONS = {"to": ("persian", ("persian", "latin", "arabic")),
               "other_scripts": ("keep", ("keep", "convert"))}
    EXAMPLES = [("ساعت 23:02، ٣٤٥ تومان", "ساعت ۲۳:۰۲، ۳۴۵ تومان"),
                ("نسخهٔ 3 از Python 3", "نسخهٔ ۳ از Python 3")]
