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

    >>> PunctuationSpacing()("سلام ، دنیا( خوب )است")
    'سلام، دنیا (خوب) است'
    """

    name = "punctuation_spacing"
    summary = "spaces before/after punctuation and brackets in Persian text"
    EXAMPLES = [("سلام ، دنیا( خوب )است", "سلام، دنیا (خوب) است")]
