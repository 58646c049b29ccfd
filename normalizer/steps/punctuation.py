"""The punctuation steps: Persian comma, semicolon, question mark and quotes."""

from ..pipeline import Step, register


@register
class Punctuation(Step):
    """Persian punctuation in Persian text: , ; ? after a Persian word become ، ؛ ؟,
    and "..." or “...” around Persian words become «...» (``quotes=false`` keeps them).

    A mark counts as Persian only when the word before it is in the Arabic script, so
    1,000, 3.14, English sentences, URLs and code are left as written. A ``?`` with other
    end marks (``! ? ؟``) between it and that word is Persian too, so a run is converted
    whole (``چرا???`` -> ``چرا؟؟؟``, ``چرا!?`` -> ``چرا!؟``).

    ``context=near`` (the ``editorial`` preset) takes a mark for Persian when the nearest
    word on either side of it in its line is Persian, looking past spaces, brackets, quotes
    and other marks, so ``(,)`` and ``???`` in a Persian sentence are Persian too. A mark
    between two words of another script (Latin, a URL, code) or inside a number (a digit
    right before and after it: 1,000, ۱,۰۰۰) is left as written.

    ``quote_rule=sides`` (the ``editorial`` preset) reads each quote's role from its own
    sides instead of pairing it with the next quote, so nested quotes come out nested: a
    straight quote opens after a space, the line's start or ``( [ { « :`` and before a
    character that is no space or closing mark; it closes after such a character and
    before a space, a closing mark or the line's end (quotes next to it are looked past).
    “ and ‘ open, ” and ’ close (’ between two letters is an apostrophe). Quotes typed with
    apostrophes or backticks, ``'...'``, ``''...''``, ```...``` and ````...````, are read
    the same way, each kind pairing only with itself; an apostrophe between two words
    (don't, O'Reilly) or after a digit (5', a prime) is no quote. Quotes are then
    matched like brackets within a line; a closing quote that does not match the innermost
    open one crosses it, and neither counts. A matched pair around a Persian word becomes
    «...», and so does a pair around one word of another script (no space in it) with
    Persian words on both sides (``نسخه "%1$s" نیاز``: a name, a placeholder); a lone
    quote, or one whose role cannot be told, is left as it is. The default
    (``pairs``) takes a quote and the next one of its kind on the line as a pair, which
    reads nested quotes wrongly.

    >>> Punctuation()('گفت: "سلام, خوبی?"')
    'گفت: «سلام، خوبی؟»'
    >>> Punctuation()("1,000 and why?")
    '1,000 and why?'
    >>> Punctuation()("کتاب????!!!!")
    'کتاب؟؟؟؟!!!!'
    >>> Punctuation()("سلام (,) دنیا")
    'سلام (,) دنیا'
    >>> Punctuation(context="near")("سلام (,) دنیا, 1,000 و چرا???")
    'سلام (،) دنیا، 1,000 و چرا؟؟؟'
    >>> Punctuation()('گفت "او گفت "نه" و رفت"')
    'گفت «او گفت »نه« و رفت»'
    >>> Punctuation(quote_rule="sides")('گفت "او گفت "نه" و رفت"')
    'گفت «او گفت «نه» و رفت»'
    >>> Punctuation(quote_rule="sides")('او گفت "سلام و رفت')
    'او گفت "سلام و رفت'
    >>> Punctuation(quote_rule="sides")("مانند ''خانهٔ پدری'' و `تست` است")
    'مانند «خانهٔ پدری» و «تست» است'
    >>> Punctuation(quote_rule="sides")('به نسخهٔ "%1$s" نیاز دارد')
    'به نسخهٔ «%1$s» نیاز دارد'
    >>> Punctuation(quote_rule="sides")("کتاب O'Reilly با قد 5' و کد print('hi')")
    "کتاب O'Reilly با قد 5' و کد print('hi')"
    """

    name = "punctuation"
    summary = "Persian comma, semicolon, question mark and «» quotes"
    OPTIONS = {"quotes": (True, bool), "context": ("word", ("word", "near")),
               "quote_rule": ("pairs", ("pairs", "sides"))}
    EXAMPLES = [('گفت: "سلام, خوبی?"', "گفت: «سلام، خوبی؟»"),
                ("سلام (,) دنیا", "سلام (،) دنیا", {"context": "near"}),
                ('گفت "او گفت "نه" و رفت"', "گفت «او گفت «نه» و رفت»", {"quote_rule": "sides"})]


@register
class PunctuationRuns(Step):
    """Runs of marks in Persian text, as a typesetter writes them: three dots or more
    become an ellipsis ``…`` (``ellipsis``), ``--`` an en dash ``–`` and ``---`` an em dash
    ``—`` (``dashes``), and a run of ``! ? ؟`` is written once (``repeats``): ``!!!`` ->
    ``!``, ``؟؟؟`` -> ``؟``, and a run of question and exclamation marks together, in any
    order and count, -> ``؟!`` (``order=question_first``, the default: the order of the
    Persian Academy and virastar; ``!!!؟؟`` -> ``؟!``). ``order=as_written`` keeps one mark
    of each kind in the run's order instead (``!!!؟؟`` -> ``!؟``).

    Only runs that belong to Persian words are written anew: the nearest word before the
    run, looking past spaces, brackets, quotes and marks within its line, is Persian (or
    the run starts its line and the next word is Persian). A dash run must also have a
    space, a line's edge, a bracket or a Persian letter right on each side (``(--)`` is a
    dash). So a Latin line, an option such as ``--help``, a line of dashes alone (a
    Markdown rule, a YAML front-matter fence: ``---``), code (``f(a, b)...``), HTML
    comments and dots between digits (``1....5``) are left as written; two dots, and four
    hyphens or more (a rule), are left alone too. A run after a Latin word keeps its
    marks, order included (``what!?`` is English), and so does a line of marks alone
    (``...``, ``?!``): like a Latin line, it holds no Persian letter, and the pipeline
    leaves such lines as written. The step is lossy: a run of ``!!!`` is emphasis a
    reader may miss. It runs after ``punctuation``, so that ``???`` after a Persian word is
    ``؟؟؟`` first.

    >>> PunctuationRuns()("صبر کنید... چرا؟؟؟!!! سلام -- دنیا")
    'صبر کنید… چرا؟! سلام – دنیا'
    >>> PunctuationRuns()("کتاب!!!!?????")
    'کتاب؟!'
    >>> PunctuationRuns()("خط کوتاه (--) و بلند (---)")
    'خط کوتاه (–) و بلند (—)'
    >>> PunctuationRuns()("Wait... what?!! --help")
    'Wait... what?!! --help'
    >>> PunctuationRuns(order="as_written")("چرا!!!؟؟")
    'چرا!؟'
    >>> PunctuationRuns(repeats=False)("چرا!!!")
    'چرا!!!'
    """

    name = "punctuation_runs"
    summary = "… for ..., – and — for -- and ---, one of each of !!! ؟؟؟"
    lossy = True
    OPTIONS = {"ellipsis": (True, bool), "dashes": (True, bool), "repeats": (True, bool),
               "order": ("question_first", ("question_first", "as_written"))}
    EXAMPLES = [("صبر کنید... چرا؟؟؟!!!", "صبر کنید… چرا؟!"),
                ("کتاب!!!!?????", "کتاب؟!"),
                ("چرا!!!؟؟", "چرا!؟", {"order": "as_written"}),
                ("سلام -- دنیا --- آری", "سلام – دنیا — آری"),
                ("چرا!!!", "چرا!!!", {"repeats": False})]


@register
class TatweelDash(Step):
    """A tatweel (kashida, U+0640) typed for a dash becomes an en dash ``–``, before
    ``remove_tatweel`` would remove it. Always: a tatweel run between two digits
    (``۱۱ـ۲۳`` -> ``۱۱–۲۳``, a range; removed, it would make one number of two).

    ``words=true`` (the ``editorial`` preset) also takes for a dash, as virastar does, a run
    standing alone between spaces or a line's edges (``ـ که ... ـ``), at the start of a word
    after a space or a line's start (``ـکه``), or at the end of a word before a space, a
    line's end or a mark (``می‌بالیمـ``). A word of one letter keeps its tatweel (``هـ.ش``,
    an abbreviation; ``ـه``, a letter's form), and a tatweel inside a word (``جمالــــزاده``)
    is left for ``remove_tatweel``.

    >>> TatweelDash()("سال‌های ۱۳۱۱ـ۱۳۲۳ و جمالــــزاده")
    'سال\u200cهای ۱۳۱۱–۱۳۲۳ و جمالــــزاده'
    >>> TatweelDash(words=True)("ما ـکه می‌بالیمـ شاید و ـ که ـ")
    'ما –که می\u200cبالیم– شاید و – که –'
    >>> TatweelDash(words=True)("سال ۱۳۴۰ هـ.ش")
    'سال ۱۳۴۰ هـ.ش'
    """

    name = "tatweel_dash"
    summary = "– for a tatweel typed as a dash (۱۱ـ۲۳; ـ که ـ with words=true)"
    OPTIONS = {"words": (False, bool)}
    EXAMPLES = [("۱۱ـ۲۳", "۱۱–۲۳"),
                ("جمالــــزاده", "جمالــــزاده"),
                ("ـ که ... می‌دانستم ـ", "– که ... می‌دانستم –", {"words": True}),
                ("سال ۱۳۴۰ هـ.ش", "سال ۱۳۴۰ هـ.ش", {"words": True})]
