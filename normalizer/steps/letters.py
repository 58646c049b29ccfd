"""Letter steps: Arabic and look-alike letters to Persian, hamza folding, Latin case."""

from ..pipeline import Step, register


@register
class UnifyLetters(Step):
    """Arabic and look-alike letters to the Persian ones a reader sees.

    Changes ي ى to ی, ك to ک, ە ھ ہ to ه, ے to ی, the letters pasted from Urdu, Kurdish and
    Pashto keyboards (ې ۍ ڪ ګ ...), the Arabic presentation forms (U+FB50-FDFF,
    U+FE70-FEFF, lam-alef ligatures included) to plain letters.
    Leaves alone: ۀ (see ``ezafe``), ة but as ``teh_marbuta`` says, hamza letters
    (أ ؤ ئ), digits, and anything outside the Arabic script. Urdu's ۃ is Arabic's ة
    (رحمۃاللہ -> رحمةالله).

    ``teh_marbuta``: ``keep`` (the default) leaves ة, which is a letter of Arabic words and
    phrases in Persian text (دایرة‌المعارف, رحمة الله); ``heh`` writes every ة as ه (for
    search); ``persian`` (the ``editorial`` and ``ml`` presets) writes a ة that ends a
    Persian word as the ه it stood for, and as هٔ where it stood for the ezafe (a word
    follows that an ezafe joins, the ه is silent): سایة -> سایه, نشان‌دهندة -> نشان‌دهنده,
    مشخص‌کنندة انتهای -> مشخص‌کنندهٔ انتهای, سایة است -> سایه است. A word is Persian where
    the lexicon knows it with ه and not with ة, or it ends in ‑نده ‑ده ‑انه; and never in
    an Arabic phrase: ة before a joiner or a word in ال (دایرة‌المعارف, رحمة الله), a word
    in ال, an Arabic noun and adjective both in ة (مدرسة کبیرة), a line with an Arabic
    function word (في على إلى الذي هذا كان ...) or with one word in four in ال. shekar
    writes every ة as ه, virastar every ة before a space as هٔ.

    Text in another Arabic-script language is left as written: a pipeline finds, line by
    line, the lines written in Urdu, Kurdish (Sorani), Pashto, Sindhi or Uyghur, and no step
    changes them (``normalizer.protect.is_other_language``). A line scores a point for
    each letter Persian never uses (ٹ ڈ ڑ ں ۓ ێ ڵ ڕ ۆ ڤ ښ ږ ځ څ ډ ړ ټ ڼ ۍ ې ګ ڭ ۇ ۈ ۋ and
    Sindhi's ٻ ڄ ڃ ڇ ڏ ڦ ڳ ...) and a point for each very common function word of those
    languages (Urdu ہے ہیں یہ وہ کے نے سے میں نہیں تھا; Sorani ئەم ئەو لە بۆ هەیە; Pashto
    کې چې یې); two points make it another language, and so does one where two words hold
    the letters those keyboards put stray into Persian (ے ہ ھ ە); else one such letter is
    a stray and is unified, and so are two or three where fewer than 15 % of the line's words
    hold such letters (a long Persian line with stray ڪ and ێ, as pasted text has). Those
    stray letters (and ی typed as ے) score nothing alone, so
    they are unified in Persian lines however many (كتاب ھای من ->
    کتاب های من, خانە -> خانه), and so is Persian written with ھ for every h (ھمه ھر). Arabic
    (ي ك ة) is converted as before. ``other_scripts=convert`` converts those lines too, for
    Persian typed on an Urdu or Kurdish keyboard.

    The word ligatures and signs of U+FDF0-FDFF as ``ligatures`` says. ``spell`` (the
    default) writes them out as the other presentation forms: ﷺ -> صلی الله علیه وسلم,
    ﷻ -> جل جلاله, ﷲ -> الله, ﷴ -> محمد, ﷼ -> ریال, and the three Unicode leaves without
    a decomposition as they read: ﷽ -> بسم الله الرحمن الرحیم, ﷾ -> سبحانه وتعالی,
    ﷿ -> عز وجل. ``keep`` leaves the whole range as written (for text shown as typed).
    ``drop`` removes the eulogies, the blessings written after a name (ﷺ ﷻ ﷵ ﷾ ﷿), and
    spells the rest as ``spell`` does: ﷲ (a letter ligature of the word الله), ﷼ (the rial
    sign, an amount's unit) and ﷽ are words of the text, and dropping them would lose a
    word (``۱۰۰ ﷼`` -> ``۱۰۰ ریال``, not ``۱۰۰``). The space a dropped sign leaves is
    ``unify_spaces``' to collapse.

    The default is the one that keeps every word a reader sees and gives the lexicon words
    it knows, and is what this step always did: ﷺ is spelt, not dropped, because it is
    read aloud and stands for words (a search for صلی الله علیه وسلم finds it), and
    dropping it changes what the writer said. hazm's Normalizer spells ﷰ-ﷸ, ﷲ, ﷼ and ﷽
    and removes ﷺ ﷻ (its ``remove_specials_chars``): this step's ``drop``. shekar's
    spells the same and leaves ﷺ ﷻ as written.

    >>> UnifyLetters()("كيك عليٰ")
    'کیک علیٰ'
    >>> UnifyLetters()("ﻻ ﺑﺎﺯﺍﺭ")
    'لا بازار'
    >>> UnifyLetters()("یہ ایک کتاب ہے۔")
    'یہ ایک کتاب ہے۔'
    >>> UnifyLetters(other_scripts="convert")("یہ ایک کتاب ہے۔")
    'یه ایک کتاب هی۔'
    >>> UnifyLetters()("محمد ﷺ، ۱۰۰ ﷼")
    'محمد صلی الله علیه وسلم، ۱۰۰ ریال'
    >>> UnifyLetters(ligatures="drop")("محمد ﷺ، ۱۰۰ ﷼")
    'محمد ، ۱۰۰ ریال'
    >>> UnifyLetters(ligatures="keep")("محمد ﷺ، ۱۰۰ ﷼")
    'محمد ﷺ، ۱۰۰ ﷼'
    >>> UnifyLetters()("﷽")
    'بسم الله الرحمن الرحیم'
    >>> UnifyLetters(teh_marbuta="persian")("سایة است و مشخص‌کنندة انتهای")
    'سایه است و مشخص\u200cکنندهٔ انتهای'
    >>> UnifyLetters(teh_marbuta="persian")("دایرة‌المعارف، رحمة الله، مدرسة کبیرة")
    'دایرة‌المعارف، رحمة الله، مدرسة کبیرة'
    >>> UnifyLetters()("سایة")
    'سایة'
    """

    name = "unify_letters"
    summary = "Arabic and look-alike letters, presentation forms -> Persian letters"
    OPTIONS = {
        "teh_marbuta": ("keep", ("keep", "heh", "persian")),
        "presentation_forms": (True, bool),
        "other_scripts": ("keep", ("keep", "convert")),
        "ligatures": ("spell", ("spell", "keep", "drop")),
    }
    EXAMPLES = [("كتاب هاي علي", "کتاب های علی"), ("یہ ایک کتاب ہے۔", "یہ ایک کتاب ہے۔"),
                ("محمد ﷺ", "محمد صلی الله علیه وسلم"),
                ("محمد ﷺ و ﷲ", "محمد  و الله", {"ligatures": "drop"}),
                ("﷽", "بسم الله الرحمن الرحیم"),
                ("سایة درخت و سایة", "سایهٔ درخت و سایه", {"teh_marbuta": "persian"}),
                ("رحمة الله", "رحمة الله", {"teh_marbuta": "persian"})]


@register
class ComposeLetters(Step):
    """A letter typed as base + combining madda or hamza to the one letter a Persian
    keyboard types: ا + ٓ -> آ, ا + ٔ -> أ, و + ٔ -> ؤ, ی + ٔ -> ئ. Leaves هٔ alone (see
    ``ezafe``), and a letter and a mark with anything between them.

    In a pipeline, put it after the steps that may bring a letter and its mark together
    (``unify_letters``: ﻻٔ -> لأ; ``remove_tatweel``, ``remove_diacritics``,
    ``remove_invisibles``, ``clean_zwnj``), as the presets do: a mark freed after it is
    composed only by a second run.

    >>> ComposeLetters()("ا\u0653ب")
    'آب'
    """

    name = "compose_letters"
    summary = "base letter + combining madda/hamza -> one letter (آ أ ؤ ئ)"
    EXAMPLES = [("آب", "آب")]


@register
class FoldHamza(Step):
    """Fold hamza letters to their bare letter, for search and matching (lossy).

    أ إ ٱ to ا, ؤ to و, ئ to ی, ۀ and ة to ه, and a combining hamza dropped (هٔ -> ه).
    Leaves آ alone: it is a letter of its own.

    >>> FoldHamza()("مسئلهٔ مؤسسه")
    'مسیله موسسه'
    """

    name = "fold_hamza"
    summary = "hamza letters to bare letters (search)"
    lossy = True
    EXAMPLES = [("مسئلهٔ مؤسسه", "مسیله موسسه")]


@register
class Lowercase(Step):
    """Latin letters to lower case, URLs and Latin words included (search; lossy).

    >>> Lowercase()("Python و URL")
    'python و url'
    """

    name = "lowercase"
    summary = "Latin letters to lower case (search)"
    lossy = True
    EXAMPLES = [("Python و URL", "python و url")]


@register
class RepeatedLetters(Step):
    """A letter stretched by repeating it written once: سلاممممم -> سلام, خیلییییی -> خیلی;
    twice where the word the lexicon knows has it twice: اللللله -> الله, مددددد -> مدد.

    A run is three or more of the same Arabic-script letter side by side. Runs of one and two
    are how words are spelt and are never touched; a ZWNJ, a haraka or a tatweel between two
    letters ends a run; Latin letters, digits and punctuation are never touched (Hmmm!!!,
    1111). The word looked up is the run of Arabic-script letters around the stretched letter
    (a ZWNJ ends it). Of its spellings with each run written once or twice, the one with the
    most runs written twice that the lexicon knows is taken (first in the text's order on a
    tie); where it knows none, each run is written once, but a run of just three, which is
    left: it may be two parts written solid, as the ``search`` preset writes بی یی تر or
    دهه‌ها (بیییتر, دههها), and such a word of one run of three whose parts are a word and
    a word or a suffix the lexicon knows is left too. A laugh (ههههه, خخخخ) becomes one
    letter. ``keep=2`` writes every run twice and asks no lexicon (shekar's
    RepeatedLetterNormalizer does so for any character but spaces and digits).

    hazm's ``decrease_repeated_chars`` also asks its lexicon, but writes a word it cannot
    decide twice (سلاممم -> سلام, an unknown word -> two); here it is once, as a stretched
    letter is far more often a single one.

    >>> RepeatedLetters()("سلاممممم خیلییییی خوبببب")
    'سلام خیلی خوب'
    >>> RepeatedLetters()("اللللله مددددد")
    'الله مدد'
    >>> RepeatedLetters()("الله مدد Hmmm!!! ۱۱۱۱")
    'الله مدد Hmmm!!! ۱۱۱۱'
    >>> RepeatedLetters(keep=2)("سلاممممم")
    'سلامم'
    """

    name = "repeated_letters"
    summary = "a letter stretched by repeating it (سلاممممم) written once, or twice where the word has it"
    lossy = True
    OPTIONS = {"keep": (1, (1, 2))}
    EXAMPLES = [("سلاممممم خیلییییی", "سلام خیلی"), ("اللللله", "الله"),
                ("سلاممممم", "سلامم", {"keep": 2})]
