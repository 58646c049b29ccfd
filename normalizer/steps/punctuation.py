"""The punctuation step: Persian comma, semicolon, question mark and quotes."""

from ..pipeline import Step, register


@register
class Punctuation(Step):
    """Persian punctuation in Persian text: , ; ? after a Persian word become ، ؛ ؟,
    and "..." or “...” around Persian words become «...» (``quotes=false`` keeps them).

    A mark counts as Persian only when the word before it is in the Arabic script, so
    1,000, 3.14, English sentences, URLs and code are left as written.

    >>> Punctuation()('گفت: "سلام, خوبی?"')
    'گفت: «سلام، خوبی؟»'
    >>> Punctuation()("1,000 and why?")
    '1,000 and why?'
    """

    name = "punctuation"
    summary = "Persian comma, semicolon, question mark and «» quotes"
    OPTIONS = {"quotes": (True, bool)}
    EXAMPLES = [('گفت: "سلام, خوبی?"', "گفت: «سلام، خوبی؟»")]
