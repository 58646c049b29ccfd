"""Spacing steps: Unicode spaces, runs of spaces, and spaces around punctuation."""

from ..pipeline import Step, register


@register
class UnifySpaces(Step):
    """Unicode spaces (no-break, thin, ideographic ...) to a plain space, runs of spaces to
    one, and spaces at the end of a line removed (``strip=false`` keeps them).

    Tabs and line breaks are left alone: columns and lines keep their shape.

    >>> UnifySpaces()("سلام\\u00a0  دنیا ")
    'سلام دنیا'
    """

    name = "unify_spaces"
    summary = "Unicode spaces to ' ', runs collapsed, line ends stripped"
    OPTIONS = {"strip": (True, bool)}
    EXAMPLES = [("سلام\u00a0  دنیا ", "سلام دنیا")]


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
