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

    A run that is no Latin writing is converted wherever it is: one that mixes digit sets
    (123۴۵۶ -> ۱۲۳۴۵۶), and, to ``persian`` or ``arabic``, one holding an Arabic-script
    digit (٠-٩, ۰-۹: «Text ٠١٢» -> «Text ۰۱۲»; Arabic-Indic digits are never Latin
    numbers), unless a letter of another script is glued to it (CoRoT-٧b is a Latin name
    and is left).

    A line with no Arabic-script letter or mark (Latin, Cyrillic, Hebrew or CJK text, code,
    a blank line, a line of digits alone such as «2024» or «۱۴۰۳») is left alone by every
    step of a pipeline, byte for byte, indentation and runs of spaces included, whatever
    its neighbouring lines are (see ``normalizer.protect``; ``lowercase`` is the one step
    that still works inside it). This step alone reads such a line all the same, with its
    URLs, addresses, hashtags and Latin words hidden again, by the same rule: a Latin line
    keeps its Latin numbers, and its runs that are no Latin writing change (٠١٢٣ alone ->
    ۰۱۲۳). A line of another Arabic-script language (Urdu, Kurdish ...: they write the
    ۰-۹ digits anyway) is left as written. Arabic-language text is not told from Persian
    (its letters are Persian's), so its digits are converted as Persian text's are.

    ``context`` says what becomes of a run with no letter on either side in its line (a
    line of digits alone, ``12:34``, ``96%``, a list of numbers between URLs): ``persian``
    (the default) leaves it, ``not_latin`` converts it; a run beside a Latin word keeps its
    digits either way (``1- salam``, ``version 4.7``). ``editorial`` sets ``not_latin``: a
    document it publishes is Persian, and a number with no word of another script beside
    it is a Persian number. ``ml`` and ``search`` do not (``search`` converts every digit).

    ``separators=persian`` writes the marks of a number written wholly in the target set,
    where that is ``persian`` or ``arabic``, as that script does: ``.`` between its digits
    as ٫ (۱۲.۵۶ -> ۱۲٫۵۶), ``,`` between groups of three as ٬ (۱۲,۵۴۳ -> ۱۲٬۵۴۳: the first
    group of one to three digits, every group after a comma of three, no comma after the
    ``.``), and ``%`` right after it as ٪ (۹۶% -> ۹۶٪). A number with two or more ``.``
    (a version 4.7.1, an address 192.168.0.1, a date 1403.09.16), with a ``:`` or ``/`` (a
    time 23:02, a date 1403/09/16), with a Latin digit left (3.14 beside a Latin word), a
    list ۱,۲ or anything in a URL or code keeps its marks. A single ``.`` between digits is
    read as a decimal point (``۱.۲`` -> ``۱٫۲``, as virastar does): a section number
    written so changes too. The default, ``keep``, leaves every mark; ``editorial`` sets
    ``persian``.

    ``other_scripts=convert`` converts every digit wherever it is, and makes the pipeline
    normalize lines with no Arabic-script letter like any other (the ``search`` preset,
    so that 123 and ۱۲۳ meet).

    >>> Digits(to="latin")("۱۴۰۳ و ٣٫٥")
    '1403 و 3٫5'
    >>> Digits()("ساعت 23:02 در https://x.ir/a?b=12")
    'ساعت ۲۳:۰۲ در https://x.ir/a?b=12'
    >>> Digits()("نسخهٔ 3.11 از Python 3.11 و 1️⃣")
    'نسخهٔ ۳.۱۱ از Python 3.11 و 1️⃣'
    >>> Digits()("٠١٢٣ و Text ٤٥ و 123۴۵۶ و 12:34 و CoRoT-٧b")
    '۰۱۲۳ و Text ۴۵ و ۱۲۳۴۵۶ و ۱۲:۳۴ و CoRoT-٧b'
    >>> Digits()("12:34\\n٠١٢٣")
    '12:34\\n۰۱۲۳'
    >>> Digits(context="not_latin")("12:34\\n1- salam")
    '۱۲:۳۴\\n1- salam'
    >>> Digits(separators="persian")("۱۲.۵۶ و ۱۲,۵۴۳ و ۹۶% و 4.7 سال")
    '۱۲٫۵۶ و ۱۲٬۵۴۳ و ۹۶٪ و ۴٫۷ سال'
    >>> Digits(separators="persian")("نسخهٔ 4.7.1، ساعت 23:02، 1403/09/16 و ۱,۲")
    'نسخهٔ ۴.۷.۱، ساعت ۲۳:۰۲، ۱۴۰۳/۰۹/۱۶ و ۱,۲'
    """

    name = "digits"
    summary = "digits of Persian text to one set (persian, latin or arabic)"
    OPTIONS = {"to": ("persian", ("persian", "latin", "arabic")),
               "other_scripts": ("keep", ("keep", "convert")),
               "context": ("persian", ("persian", "not_latin")),
               "separators": ("keep", ("keep", "persian"))}
    EXAMPLES = [("ساعت 23:02، ٣٤٥ تومان", "ساعت ۲۳:۰۲، ۳۴۵ تومان"),
                ("نسخهٔ 3 از Python 3", "نسخهٔ ۳ از Python 3"),
                ("Text ٠١٢ و 123۴۵۶", "Text ۰۱۲ و ۱۲۳۴۵۶"),
                ("12:34", "۱۲:۳۴", {"context": "not_latin"}),
                ("۱۲.۵۶ و ۱۲,۵۴۳ و 96%", "۱۲٫۵۶ و ۱۲٬۵۴۳ و ۹۶٪", {"separators": "persian"})]
