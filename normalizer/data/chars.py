"""Character tables: one mapping a line, each with its Unicode name.

Every step that maps characters takes its table from here, so that a reader can check
a mapping in one place.
"""
from __future__ import annotations

import re
import unicodedata

ZWNJ = "\u200c"  # ZERO WIDTH NON-JOINER, the Persian half-space (نیم‌فاصله)
ZWJ = "\u200d"  # ZERO WIDTH JOINER
TATWEEL = "\u0640"  # ARABIC TATWEEL (kashida)
HAMZA_ABOVE = "\u0654"  # ARABIC HAMZA ABOVE, as in هٔ

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # U+06F0..U+06F9 EXTENDED ARABIC-INDIC DIGIT ZERO..NINE
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"  # U+0660..U+0669 ARABIC-INDIC DIGIT ZERO..NINE
LATIN_DIGITS = "0123456789"
DIGIT_SETS = {"persian": PERSIAN_DIGITS, "latin": LATIN_DIGITS, "arabic": ARABIC_DIGITS}

#: Arabic and look-alike letters -> the Persian letter a Persian reader sees.
ARABIC_TO_PERSIAN = {
    "\u064a": "ی",  # ARABIC LETTER YEH
    "\u0649": "ی",  # ARABIC LETTER ALEF MAKSURA
    "\u0620": "ی",  # ARABIC LETTER KASHMIRI YEH
    "\u06cd": "ی",  # ARABIC LETTER YEH WITH TAIL (Pashto)
    "\u06ce": "ی",  # ARABIC LETTER YEH WITH SMALL V (Kurdish)
    "\u06d0": "ی",  # ARABIC LETTER E (Pashto, Uyghur)
    "\u06d2": "ی",  # ARABIC LETTER YEH BARREE (Urdu)
    "\u063d": "ی",  # ARABIC LETTER FARSI YEH WITH INVERTED V
    "\u063e": "ی",  # ARABIC LETTER FARSI YEH WITH TWO DOTS ABOVE
    "\u063f": "ی",  # ARABIC LETTER FARSI YEH WITH THREE DOTS ABOVE
    "\u0643": "ک",  # ARABIC LETTER KAF
    "\u06aa": "ک",  # ARABIC LETTER SWASH KAF
    "\u063b": "ک",  # ARABIC LETTER KEHEH WITH TWO DOTS ABOVE
    "\u063c": "ک",  # ARABIC LETTER KEHEH WITH THREE DOTS BELOW
    "\u06ab": "گ",  # ARABIC LETTER KAF WITH RING (Pashto)
    "\u06d5": "ه",  # ARABIC LETTER AE (Kurdish)
    "\u06be": "ه",  # ARABIC LETTER HEH DOACHASHMEE (Urdu)
    "\u06c1": "ه",  # ARABIC LETTER HEH GOAL (Urdu)
    "\u06ff": "ه",  # ARABIC LETTER HEH WITH INVERTED V
    "\u0671": "ا",  # ARABIC LETTER ALEF WASLA
    "\u066e": "ب",  # ARABIC LETTER DOTLESS BEH
    "\u066f": "ق",  # ARABIC LETTER DOTLESS QAF
    "\u06ba": "ن",  # ARABIC LETTER NOON GHUNNA (Urdu)
    "\u0679": "ت",  # ARABIC LETTER TTEH (Urdu)
    "\u0688": "د",  # ARABIC LETTER DDAL (Urdu)
    "\u0691": "ر",  # ARABIC LETTER RREH (Urdu)
    "\u06c5": "و",  # ARABIC LETTER KIRGHIZ OE
    "\u06c6": "و",  # ARABIC LETTER OE (Kurdish)
    "\u06c7": "و",  # ARABIC LETTER U
    "\u06c9": "و",  # ARABIC LETTER KIRGHIZ YU
    "\u06cb": "و",  # ARABIC LETTER VE
}

#: Decomposed letter + mark pairs -> the precomposed Persian letter.
COMPOSE = {
    "\u0627\u0653": "آ",  # ALEF + MADDA ABOVE
    "\u0627\u0654": "أ",  # ALEF + HAMZA ABOVE
    "\u0627\u0655": "إ",  # ALEF + HAMZA BELOW
    "\u0648\u0654": "ؤ",  # WAW + HAMZA ABOVE
    "\u064a\u0654": "ئ",  # YEH + HAMZA ABOVE
    "\u06cc\u0654": "ئ",  # FARSI YEH + HAMZA ABOVE
}

TEH_MARBUTA = "\u0629"  # ARABIC LETTER TEH MARBUTA ة
HEH_YEH = "\u06c0"  # ARABIC LETTER HEH WITH YEH ABOVE ۀ
HEH = "\u0647"

#: Letters that never join the letter after them: no ZWNJ is needed (or wanted) after one.
NON_JOINING = frozenset("اآأإٱدذرزژوؤۀةە") | frozenset("ءٔ")

#: Arabic-script letters (the ranges a Persian word is made of).
ARABIC_LETTER_CLASS = r"\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f"
#: the same letters as a set, for one-character tests without a regex
ARABIC_LETTERS = frozenset(c for c in map(chr, range(0x0600, 0x0780))
                           if re.match(f"[{ARABIC_LETTER_CLASS}]", c))

#: Diacritics (harakat) a reader does not need: removed by ``remove_diacritics``.
DIACRITICS = (
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # FATHATAN..SUKUN
    "\u0656\u0657\u0658\u0659\u065a\u065b\u065c\u065d\u065e\u065f"  # SUBSCRIPT ALEF..
    "\u0670"  # SUPERSCRIPT ALEF
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"  # Quranic signs
    "\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4"
    "\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed"
)
#: Marks that are part of a letter: MADDA ABOVE, HAMZA ABOVE (هٔ), HAMZA BELOW.
LETTER_MARKS = "\u0653\u0654\u0655"

#: Hamza letters folded for search (lossy).
HAMZA_FOLD = {
    "أ": "ا",  # ARABIC LETTER ALEF WITH HAMZA ABOVE
    "إ": "ا",  # ARABIC LETTER ALEF WITH HAMZA BELOW
    "ٱ": "ا",  # ARABIC LETTER ALEF WASLA
    "ؤ": "و",  # ARABIC LETTER WAW WITH HAMZA ABOVE
    "ئ": "ی",  # ARABIC LETTER YEH WITH HAMZA ABOVE
    "ۀ": "ه",  # ARABIC LETTER HEH WITH YEH ABOVE
    "ة": "ه",  # ARABIC LETTER TEH MARBUTA
    "\u0654": "",  # ARABIC HAMZA ABOVE (هٔ -> ه)
    "\u0655": "",  # ARABIC HAMZA BELOW
}

#: Unicode spaces that are a plain space to a reader.
SPACES = (
    "\u00a0"  # NO-BREAK SPACE
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"  # EN QUAD..HAIR SPACE
    "\u202f"  # NARROW NO-BREAK SPACE
    "\u205f"  # MEDIUM MATHEMATICAL SPACE
    "\u3000"  # IDEOGRAPHIC SPACE
    "\u1680"  # OGHAM SPACE MARK
)

#: Invisible characters removed by ``remove_invisibles``.
BOM = "\ufeff"  # ZERO WIDTH NO-BREAK SPACE (byte order mark)
SOFT_HYPHEN = "\u00ad"
ZWSP = "\u200b"  # ZERO WIDTH SPACE (often typed for a ZWNJ)
WORD_JOINER = "\u2060"
BIDI_MARKS = (
    "\u200e\u200f"  # LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK
    "\u061c"  # ARABIC LETTER MARK
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
)


def presentation_forms() -> dict[str, str]:
    """Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF) -> base letters.

    Computed from the Unicode compatibility decompositions, then mapped to Persian letters;
    isolated harakat forms map to the mark alone.
    """
    table: dict[str, str] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(cp)
        if not unicodedata.name(ch, ""):
            continue
        dec = unicodedata.normalize("NFKC", ch)
        if dec == ch:
            continue
        dec = dec.strip(" ") or dec
        dec = "".join(ARABIC_TO_PERSIAN.get(c, c) for c in dec)
        table[ch] = dec
    table.pop("\ufeff", None)  # the BOM lives in the same block; remove_invisibles owns it
    return table


# -- scripts and languages: what the normalizer leaves alone -----------------------------

#: The Unicode blocks of the Arabic script: Arabic, Arabic Supplement, Arabic Extended-A,
#: and the presentation forms A and B.
ARABIC_SCRIPT_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                        (0xFE70, 0xFEFF))
#: Every letter (Unicode category L*) of those blocks.
ARABIC_SCRIPT_LETTERS = frozenset(chr(cp) for lo, hi in ARABIC_SCRIPT_BLOCKS for cp in range(lo, hi + 1)
                                  if unicodedata.category(chr(cp)).startswith("L"))
#: Those letters and the marks (harakat, M*) of the same blocks: a line holding none of
#: them is not Persian text and is left as written (see :mod:`normalizer.protect`). A mark
#: counts because a line of harakat is Arabic-script text to clean, not another script.
ARABIC_SCRIPT_TEXT = ARABIC_SCRIPT_LETTERS | frozenset(
    chr(cp) for lo, hi in ARABIC_SCRIPT_BLOCKS for cp in range(lo, hi + 1)
    if unicodedata.category(chr(cp)).startswith("M"))


def _char_class(letters: frozenset[str]) -> str:
    """A regular-expression class body (ranges, no brackets) of these characters."""
    ranges: list[list[int]] = []
    for cp in sorted(map(ord, letters)):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges)


#: :data:`ARABIC_SCRIPT_LETTERS` as a regular-expression class body.
ARABIC_SCRIPT_CLASS = _char_class(ARABIC_SCRIPT_LETTERS)
#: :data:`ARABIC_SCRIPT_TEXT` as a regular-expression class body.
ARABIC_SCRIPT_TEXT_CLASS = _char_class(ARABIC_SCRIPT_TEXT)

#: Letters of other Arabic-script languages that Persian never uses: a line holding them is
#: likely one of those languages (see :data:`OTHER_LANGUAGE_WORDS` for how lines are scored).
#: ڪ (SWASH KAF, Sindhi's k) is left out: Persian web text uses it as a decorative kaf.
OTHER_LANGUAGE_LETTERS = frozenset(
    "\u0679\u0688\u0691\u06ba\u06d3"  # Urdu: TTEH ٹ, DDAL ڈ, RREH ڑ, NOON GHUNNA ں, YEH BARREE WITH HAMZA ۓ
    "\u06ce\u06b5\u0695\u06c6\u06a4"  # Kurdish (Sorani): YEH WITH SMALL V ێ, LAM WITH SMALL V ڵ, REH WITH SMALL V BELOW ڕ, OE ۆ, VEH ڤ
    "\u069a\u0696\u0681\u0685\u0689\u0693\u067c\u06bc\u06cd\u06d0\u06ab"  # Pashto: ښ ږ ځ څ ډ ړ ټ ڼ ۍ ې ګ
    "\u067b\u0680\u067a\u067d\u067f\u0683\u0684\u0687\u068a\u068c\u068d\u068e\u068f\u0699\u06a6\u06b1\u06b3\u06bb\u06fe"  # Sindhi: ٻ ڀ ٺ ٽ ٿ ڃ ڄ ڇ ڊ ڌ ڍ ڎ ڏ ڙ ڦ ڱ ڳ ڻ ۾
    "\u06ad\u06c7\u06c8\u06cb\u06c5\u06c9"  # Uyghur and Kyrgyz: NG ڭ, U ۇ, YU ۈ, VE ۋ, KIRGHIZ OE ۅ, KIRGHIZ YU ۉ
)

#: Letters those languages use all the time that are also typed stray in Persian text from
#: their keyboards (ی as ے, ه as ە ہ ھ): alone they never make a line another language
#: (Persian written with ھ for every h is common in old web text), but a line holding one is
#: looked at word by word.
OTHER_LANGUAGE_WEAK = frozenset("\u06d2\u06c1\u06d5\u06be")  # YEH BARREE ے, HEH GOAL ہ, AE ە, HEH DOACHASHMEE ھ

#: Very common function words of Urdu, Sorani Kurdish and Pashto, each holding a letter of
#: :data:`OTHER_LANGUAGE_LETTERS` or :data:`OTHER_LANGUAGE_WEAK`. A line scores one point for
#: each of their letters and each of these words; two points make it another language
#: (:func:`normalizer.protect.other_language_lines`). Words that are Persian once their
#: letters are unified are left out: کە بە (که به typed on a Kurdish keyboard), تھی (تهی),
#: دی ته (Pashto, but Persian دی ته too), کی کو اور (Urdu, but Persian spellings too), کہ ہی
#: (که هی with one stray ہ).
#: Source: the most frequent words of each language's Wikipedia, checked by hand.
OTHER_LANGUAGE_WORDS = frozenset({
    # Urdu: is, are, am, this, that, of, (ergative), from, in, not, was, also, will, own, for ...
    "ہے", "ہیں", "ہوں", "یہ", "وہ", "کے", "نے", "سے", "میں", "نہیں", "تھا", "تھے", "بھی", "گے",
    "اپنے", "لیے", "ہوتا", "ہوتی", "کرتے",
    # Sorani Kurdish: this, that, that is, in/from, for, with, is, is not, we, does
    "ئەم", "ئەو", "ئەوە", "لە", "بۆ", "لەگەڵ", "هەیە", "نییە", "ئێمە", "دەکات", "دەبێت", "زۆر",
    # Pashto: in, that, his/her, this (oblique), good
    "کې", "چې", "یې", "دې", "ښه",
})
