"""Spacing steps: Unicode spaces, runs of spaces, spaces around punctuation, and between a
number and a word glued to it."""

from ..pipeline import Step, register


@register
class UnifySpaces(Step):
    """Unicode spaces (no-break, thin, ideographic ...) to a plain space, runs of spaces to
    one, and spaces at the end of a line removed (``strip=false`` keeps them).

    Tabs and line breaks are left alone: columns and lines keep their shape. ZWNJ is no
    space and is never touched.

    ``indent`` says what becomes of the spaces at a line's start: ``collapse`` (the default,
    as before the option) treats them as any run, two or more to one; ``keep`` leaves them as
    written (the indentation of code or verse; a Unicode space still becomes a plain one,
    one for one); ``strip`` removes them, and the tabs there. It is an option of its own, not
    part of ``strip``, as indentation may matter where trailing spaces never do.

    ``blank_lines`` says what becomes of the lines holding nothing but spaces and tabs:
    ``keep`` (the default: a corpus keeps its line-to-line correspondence with its source or
    its translation), ``collapse`` (a run of them to one blank line) or ``remove``. Where a
    text is normalized in blocks (the CLI, long texts cut into chunks), ``collapse`` reads
    the line before each block's first line, and a block is cut out of its normalized
    context by what the lines before it come out as alone, so the output is the whole
    text's whatever the block size. The one limit: ``fix_zwnj`` reads the two lines around a
    line for a writer's habit, and counts a blank line as one; in a pipeline with both, the
    lines next to a block's edge that a removed blank line brings within its reach are read
    without them.

    A line of nothing but spaces or tabs (or the CR of a CRLF line end) holds no Persian
    letter, and a pipeline leaves such a line as written, as it leaves every line with no
    Persian letter (Latin text, numbers): ``blank_lines`` then sees an empty line only, and
    ``indent`` the lines with a Persian letter. With ``digits(other_scripts=convert)``, as in
    ``search``, those lines are not hidden and are blank lines here too.

    >>> UnifySpaces()("سلام\\u00a0  دنیا ")
    'سلام دنیا'
    >>> UnifySpaces(indent="strip")("  سلام\\n\\tدنیا")
    'سلام\\nدنیا'
    >>> UnifySpaces(blank_lines="collapse")("سلام\\n\\n\\n\\nدنیا")
    'سلام\\n\\nدنیا'
    >>> UnifySpaces(blank_lines="remove")("سلام\\n\\n\\n\\nدنیا")
    'سلام\\nدنیا'
    """

    name = "unify_spaces"
    summary = "Unicode spaces to ' ', runs collapsed, line ends stripped (line starts, blank lines by option)"
    OPTIONS = {"strip": (True, bool), "indent": ("collapse", ("collapse", "keep", "strip")),
               "blank_lines": ("keep", ("keep", "collapse", "remove"))}
    EXAMPLES = [("سلام\u00a0  دنیا ", "سلام دنیا"),
                ("  سلام  دنیا", "سلام دنیا", {"indent": "strip"}),
                ("سلام\n\n\nدنیا", "سلام\n\nدنیا", {"blank_lines": "collapse"})]


@register
class PunctuationSpacing(Step):
    """Spaces around punctuation in Persian text: none before ، ؛ ؟ ! : . ) » and none
    after ( «; one after ، ؛ ؟ ! : ) » and before ( « when a Persian letter follows or
    precedes directly.

    Only next to Arabic-script letters, so 3.14, 1,000, 23:02, URLs and Latin text keep
    their shape; a full stop never gets a space added (abbreviations such as ج.ا.ا).

    The ``editorial`` preset sets both options below; where it and ``default`` differ:

    - ``full_stop=true``: a space after a full stop between two Persian words
      (سلام.خوبی -> سلام. خوبی), but not in an abbreviation: the word after it must have two
      letters or more (ه.ق, ب.ظ are kept), the word before it too unless a Persian word and
      a space come before it (ج.ا at a line's start is kept, آقای م.رضایی -> آقای م. رضایی),
      and neither word may be glued by another full stop to a further one (ج.ا.ا,
      بی.ام.دبلیو). Between digits (3.14) it gets none.
    - ``next_to=words``: the ellipsis … is a closing mark: glued to the word before it, it
      gets a space after it before a Persian letter (سلام…دنیا -> سلام… دنیا); a spaced
      ellipsis stands for words left out (و … ) and keeps its spaces. A closing mark loses
      the spaces before it after a Persian digit or a closing bracket or guillemet too
      (۱۴۰۳ ، -> ۱۴۰۳،, «سلام» . -> «سلام».), not after another mark (``: :`` is kept). A
      closing mark gets a space before a Persian digit when a word, not a digit, is before
      it (سلام،۱۲ -> سلام، ۱۲; ۲۳:۰۲ and ۳.۱۴ are kept). An opening bracket ( « gets a
      space after a Persian digit or a closing mark other than the full stop and the colon
      (»« -> » «, ،( -> ، (; a colon only before «: :« -> : «, but :( is kept), and loses
      the spaces after it before a Persian digit or another opening bracket
      (( «سلام» ) -> («سلام»)).

    The default (``full_stop=false, next_to=letters``) adds or removes a space only next
    to a Persian letter, and never after a full stop.

    >>> PunctuationSpacing()("سلام ، دنیا( خوب )است")
    'سلام، دنیا (خوب) است'
    >>> PunctuationSpacing()("سلام .خوبی ؟ «آری» .")
    'سلام.خوبی؟ «آری» .'
    >>> PunctuationSpacing(full_stop=True, next_to="words")("سلام .خوبی ؟ «آری» .")
    'سلام. خوبی؟ «آری».'
    >>> PunctuationSpacing(full_stop=True, next_to="words")("ج.ا.ا در ساعت ۲۳:۰۲ و 3.14")
    'ج.ا.ا در ساعت ۲۳:۰۲ و 3.14'
    """

    name = "punctuation_spacing"
    summary = "spaces before/after punctuation and brackets in Persian text"
    OPTIONS = {"full_stop": (False, bool), "next_to": ("letters", ("letters", "words"))}
    EXAMPLES = [("سلام ، دنیا( خوب )است", "سلام، دنیا (خوب) است"),
                ("سلام .خوبی ؟ «آری» .", "سلام. خوبی؟ «آری».", {"full_stop": True, "next_to": "words"})]


@register
class NumberSpacing(Step):
    """A space between a number written in Persian or Arabic-Indic digits and a Persian word
    glued to it, on either side, as hazm's spacing does: مسافت۹کیلومتر -> مسافت ۹ کیلومتر.

    Not before the words written glued to a number (or with a ZWNJ, then there is no glue):
    the ordinals م ام مین امین (۲۰م, ۵ام, ۳امین, ۲۰مین), the plural ها های هایی
    and with its pronouns (دههٔ ۱۳۶۰ها, ۵۰هایشان), گانه (۵۵گانه) and شنبه (۵شنبه is Thursday, ۵ شنبه five Saturdays); nor before one letter and a full stop, an abbreviation after a year
    (۱۴۰۳ه.ش, ۵۰۰ق.م); nor around one letter glued between two numbers, a code or a number
    plate (۱۲ب۳۴۵, ۲۸و۲۹). The list is ``NUMBER_SUFFIXES`` in ``src/spacing.rs``. A ZWNJ between a
    number and a word separates nothing (a digit never joins): it becomes the space
    (۹۲‌متر -> ۹۲ متر), and is kept before a suffix (۵‌ام). A Latin letter or a Latin number
    is never glue (۴G, mp3, 3D, H2O, A4); nor are a haraka, a tatweel or punctuation between
    them (۲۰ُم, ۱۲:۳۰، ۱,۰۰۰).

    The ``editorial`` preset runs it after ``digits``, so that a Latin number in Persian
    text (عرض6) is a Persian one by then; ``default``, ``ml`` and ``search`` do not (a
    number glued to a word is read the same, and a corpus keeps its tokens as written).

    >>> NumberSpacing()("به طول ۹متر و عرض۶")
    'به طول ۹ متر و عرض ۶'
    >>> NumberSpacing()("قرن ۲۰م، ۳امین سال، ۱۴۰۳ه.ش و ۴G")
    'قرن ۲۰م، ۳امین سال، ۱۴۰۳ه.ش و ۴G'
    """

    name = "number_spacing"
    summary = "a space between a Persian number and a Persian word glued to it"
    EXAMPLES = [("مسافت۹کیلومتر", "مسافت ۹ کیلومتر"),
                ("قرن ۲۰م و ۳امین سال", "قرن ۲۰م و ۳امین سال")]
