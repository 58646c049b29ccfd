"""Mark steps: tatweel, diacritics, invisible characters, and the ezafe after silent heh."""

from ..pipeline import Step, register


@register
class RemoveTatweel(Step):
    """Remove tatweel (kashida, U+0640), the stretching stroke: كـــتاب -> كتاب.

    >>> RemoveTatweel()("ســلام")
    'سلام'
    """

    name = "remove_tatweel"
    summary = "remove tatweel (kashida)"
    EXAMPLES = [("ســـلام", "سلام")]


@register
class RemoveDiacritics(Step):
    """Remove diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic signs).

    ``keep=none`` (the default) removes them all. ``keep=disambiguating`` keeps the ones that
    tell words apart where the letters alone do not: the tanwin (اً in حتماً، فوراً, and ٌ ٍ)
    and shadda (بنّا, builder, beside بنا); fatha, damma, kasra, sukun, superscript alef and
    the Quranic signs still go. Keeps the marks that are part of a letter (madda, hamza
    above and below, as in the ezafe هٔ) unless ``letter_marks=false``, whatever ``keep``
    says. Precomposed letters (آ أ ؤ ئ) are never touched: this step does not decompose.

    The default is what the other toolkits remove by default, so the ``ml`` and ``search``
    presets keep it: hazm's Normalizer removes the eight harakat (tanwin, fatha, damma,
    kasra, shadda, sukun) in ``remove_diacritics`` and, in ``remove_specials_chars``, the
    madda and hamza marks, superscript alef and Quranic signs too (this step with
    ``letter_marks=false``, as ``search`` has it); shekar's Normalizer removes the same
    eight harakat and keeps the hamza marks (this step as ``ml`` has it).

    >>> RemoveDiacritics()("مُحَمَّد خانهٔ")
    'محمد خانهٔ'
    >>> RemoveDiacritics(keep="disambiguating")("حتماً مُحَمَّد خانهٔ")
    'حتماً محمّد خانهٔ'
    """

    name = "remove_diacritics"
    summary = "remove harakat and other diacritics, keeping letter marks (and tanwin, shadda by option)"
    lossy = True
    OPTIONS = {"letter_marks": (True, bool), "keep": ("none", ("none", "disambiguating"))}
    EXAMPLES = [("مُحَمَّد و خانهٔ", "محمد و خانهٔ"),
                ("حتماً مُحَمَّد", "حتماً محمّد", {"keep": "disambiguating"})]


@register
class RemoveInvisibles(Step):
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


@register
class RepeatedMarks(Step):
    """A combining mark typed twice or more in a row written once: لطفاًً -> لطفاً.

    The harakat, tanwin, shadda, sukun, superscript alef, Quranic signs and the letter marks
    (madda, hamza above and below) count; the same mark must follow itself. Two different
    marks (shadda and a haraka, ـَّ) are left, and so is a mark repeated with a letter or a
    tatweel between. No word is spelt with one mark twice on a letter, so correct text is
    never changed: every preset that keeps marks has it.

    >>> RepeatedMarks()("لطفاًً مُُحَمَّد")
    'لطفاً مُحَمَّد'
    >>> RepeatedMarks()("مُحَمَّد خانهٔ abc ۱۲")
    'مُحَمَّد خانهٔ abc ۱۲'
    """

    name = "repeated_marks"
    summary = "a combining mark typed twice in a row written once (لطفاًً -> لطفاً)"
    EXAMPLES = [("لطفاًً", "لطفاً"), ("مُحَمَّد", "مُحَمَّد")]


@register
class Ezafe(Step):
    """Write the ezafe after silent heh one way: ``style=zwnj`` (خانه‌ی), ``hamza`` (خانهٔ),
    ``yeh`` (خانۀ), or ``keep`` (as written, the default).

    Only a word-final form is taken for an ezafe: ه‌یاب, and a ۀ or هٔ that a letter or a
    haraka follows (ۀهم, هٔام: typos or broken text, not an ezafe), are left alone, as
    rewriting them would hand ``fix_zwnj`` a different word on the next pass.

    A separate hamza ء after a word in ه, glued or after one space, with a word after it,
    is an ezafe typed without the combining mark (بهانهء ممکن, بهانه ء ممکن), and is
    written in the style (any but ``keep``). A ء anywhere else is a letter and stays:
    جزء، شیء، ابتدا ء، and a ء that ends the line.

    ``indefinite``: the indefinite or relative ی after silent heh (a house: خانه‌ای).
    ``keep`` (the default) leaves it as written; ``alef`` (the ``editorial`` and ``ml``
    presets) writes its old spellings ‑یی and ‑ئی (خانه‌یی، خانه‌ئی) as the Academy's
    ‑ای. Only after ه and a joiner at the end of a word: a stem spelt with یی (پاییز،
    روییدن) never has a joiner before it.

    >>> Ezafe(style="hamza")("خانۀ من و خانه‌ی تو")
    'خانهٔ من و خانهٔ تو'
    >>> Ezafe(style="hamza")("بهانهء ممکن و بهانه ء ممکن، جزء و شیء")
    'بهانهٔ ممکن و بهانهٔ ممکن، جزء و شیء'
    >>> Ezafe(style="zwnj")("خانه ء پدری")
    'خانه‌ی پدری'
    >>> Ezafe(indefinite="alef")("خانه‌یی و خانه‌ئی، پاییز")
    'خانه‌ای و خانه‌ای، پاییز'
    """

    name = "ezafe"
    summary = "the ezafe after silent heh as ه‌ی, هٔ or ۀ; ‑یی after it as ‑ای"
    OPTIONS = {"style": ("keep", ("keep", "zwnj", "hamza", "yeh")),
               "indefinite": ("keep", ("keep", "alef"))}
    EXAMPLES = [("خانۀ من و خانه‌ی تو", "خانهٔ من و خانهٔ تو", {"style": "hamza"}),
                ("بهانه ء ممکن", "بهانهٔ ممکن", {"style": "hamza"}),
                ("خانه‌یی بر آب", "خانه‌ای بر آب", {"indefinite": "alef"})]
