"""The rules of fix_zwnj as a registry (`_core.zwnj_rules()`): docs/ZWNJ.md is current, and
every rule's examples and counter-examples hold, with the rule on and switched off."""
import importlib.util
import os

import pytest

from normalizer import _core

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = _core.zwnj_rules()
NAMES = sorted({r["name"] for r in RULES})
EXAMPLES = [(r["name"], a, b) for r in RULES for a, b in r["examples"]]
COUNTER = [(r["name"], c) for r in RULES for c in r["counter"]]


def _id(row):
    return f"{row[0]}:{row[1]}"


def _apply(text, edits):
    out, pos = [], 0
    for start, end, repl, _rule in edits:
        out += [text[pos:start], repl]
        pos = end
    return "".join(out) + text[pos:]


def test_docs_are_current():
    spec = importlib.util.spec_from_file_location("gen_zwnj_docs", os.path.join(ROOT, "scripts", "gen_zwnj_docs.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with open(os.path.join(ROOT, "docs", "ZWNJ.md"), encoding="utf-8") as f:
        assert f.read() == mod.render(), "run python scripts/gen_zwnj_docs.py"


def test_every_rule_has_examples_and_counter_examples():
    for r in RULES:
        assert r["kind"] in ("glued", "spaced", "run")
        assert len(r["examples"]) >= 2 and r["counter"], r["name"]
        assert r["doc"] and r["triggers"], r["name"]


@pytest.mark.parametrize("row", EXAMPLES, ids=_id)
def test_example(row):
    name, src, want = row
    assert _core.step_apply("fix_zwnj", {}, src) == want
    edits = _core.step_edits("fix_zwnj", {}, src)
    assert name in {e[3] for e in edits}
    # switched off: the rule's edits are left out, the others stay
    off = {"disable": [name]}
    rest = [e for e in edits if e[3] != name]
    assert _core.step_edits("fix_zwnj", off, src) == rest
    got = _core.step_apply("fix_zwnj", off, src)
    assert got == _apply(src, rest) and got != want


@pytest.mark.parametrize("row", COUNTER, ids=_id)
def test_counter_example(row):
    _name, text = row
    assert _core.step_apply("fix_zwnj", {}, text) == text
    assert _core.step_edits("fix_zwnj", {}, text) == []


def test_disabling_every_rule_changes_nothing():
    for _name, src, _want in EXAMPLES:
        assert _core.step_apply("fix_zwnj", {"disable": NAMES}, src) == src


def test_unknown_rule_is_an_error_listing_the_rules():
    with pytest.raises(ValueError, match="no-such-rule") as e:
        _core.step_apply("fix_zwnj", {"disable": ["no-such-rule"]}, "میتواند")
    assert all(n in str(e.value) for n in NAMES)


CONVENTIONS = _core.zwnj_conventions()
CONVENTION_EXAMPLES = [(c["name"], v, a, b) for c in CONVENTIONS for v, a, b in c["examples"]]


@pytest.mark.parametrize("row", CONVENTION_EXAMPLES, ids=lambda r: f"{r[0]}={r[1]}:{r[2]}")
def test_convention_example(row):
    # with the option set as shown the step writes the example's output, and reads its
    # own output as right (a second pass changes nothing); the edits say the same
    name, value, src, want = row
    opts = {name: value}
    assert _core.step_apply("fix_zwnj", opts, src) == want
    assert _core.step_apply("fix_zwnj", opts, want) == want
    assert _apply(src, _core.step_edits("fix_zwnj", opts, src)) == want


def test_conventions_are_the_step_options_with_their_defaults():
    from normalizer.steps.zwnj import FixZwnj

    for c in CONVENTIONS:
        assert FixZwnj.OPTIONS[c["name"]] == (c["values"][0], tuple(c["values"]))
        assert len(c["values"]) >= 2 and c["doc"] and c["default_from"]
        assert {v for v, _, _ in c["examples"]} == set(c["values"]), c["name"]
        # the default as an option is the same as none
        for _, src, _ in c["examples"]:
            assert _core.step_apply("fix_zwnj", {c["name"]: c["values"][0]}, src) == \
                _core.step_apply("fix_zwnj", {}, src)
    with pytest.raises(ValueError, match="copula"):
        _core.step_apply("fix_zwnj", {"copula": "hyphen"}, "رفتهاست")


@pytest.mark.parametrize("text", [
    # rows that no convention touches, whatever its value
    "https://a.ir/رفتهاست and Latin text 3.14",
    "کتاب‌ها را دیدم و دفتر بهتر است.",
    "او آمد و آنجا ماند؛ رفته بود.",
    "Latin only: they went at 23:02, 1,000 km.",
])
def test_conventions_leave_other_text(text):
    from normalizer import Pipeline

    for c in CONVENTIONS:
        for v in c["values"]:
            assert Pipeline.from_spec(f"fix_zwnj({c['name']}={v})")(text) == text, (c["name"], v)


_SHOWS = "کتاب ها"  # a line that shows spaces typed for joiners


@pytest.mark.parametrize("context, joined", [(0, False), (1, True), (2, True), (8, True)])
def test_context_is_how_many_lines_the_habit_reads(context, joined):
    lines = [_SHOWS, "جنایت کار", _SHOWS]
    out = _core.step_apply("fix_zwnj", {"context": context}, "\n".join(lines)).split("\n")
    assert (out[1] == "جنایت\u200cکار") is joined
    # two lines away: only a window of two or more reads both
    far = [_SHOWS, "x", "جنایت کار", "y", _SHOWS]
    out = _core.step_apply("fix_zwnj", {"context": context}, "\n".join(far)).split("\n")
    assert (out[2] == "جنایت\u200cکار") is (context >= 2)


def test_context_zero_reads_each_line_alone():
    lines = []
    for kind in ("spaced", "mixed"):
        with open(os.path.join(ROOT, "benchmarks", "data", f"{kind}_perdt_dev.txt"), encoding="utf-8") as f:
            lines += f.read().split("\n")[:300]
    whole = _core.step_apply("fix_zwnj", {"context": 0}, "\n".join(lines)).split("\n")
    assert whole == [_core.step_apply("fix_zwnj", {}, line) for line in lines]


def test_context_is_what_the_pipeline_reads_around_a_block():
    from normalizer import Pipeline

    for n in (0, 1, 5):
        p = Pipeline.from_spec(f"fix_zwnj(context={n})")
        assert p.context_lines == n
    assert Pipeline.from_spec("fix_zwnj").context_lines == 2
    assert Pipeline.from_spec("fix_zwnj(context=5, spaced=false)").context_lines == 0


@pytest.mark.parametrize("name, value, text, want", [
    # a pair a convention would join, whose second word another edit covers, keeps that
    # edit alone (two edits side by side would join all three words)
    ("copula", "zwnj", "شده است ها", "شده است\u200cها"),
    ("beh", "zwnj", "کتاب ها به طور ها", "کتاب\u200cها به طورها"),
])
def test_a_convention_join_leaves_a_pair_another_edit_covers(name, value, text, want):
    assert _core.step_apply("fix_zwnj", {name: value}, text) == want


# -- a line that types joiners keeps its spaces before a productive part ----------------
#: (the line as typed, what fix_zwnj makes of it): the space before a productive second
#: part (کاری, طلب) is joined on a line with no joiner, or one that shows spaces typed for
#: joiners (می دانم), and kept where the words around it type joiners and show none
@pytest.mark.parametrize("text, want", [
    ("محیط کاری خوب", "محیط\u200cکاری خوب"),
    ("محیط کاری در شرکت\u200cها", "محیط کاری در شرکت\u200cها"),
    ("او می دانم محیط کاری در شرکت\u200cها", "او می\u200cدانم محیط\u200cکاری در شرکت\u200cها"),
    ("شرکت طلب و کتاب\u200cهای او", "شرکت طلب و کتاب\u200cهای او"),
    # the window is of words, not of the line: a joiner far away does not count
    ("محیط کاری " + "و " * 30 + "کتاب\u200cها", "محیط\u200cکاری " + "و " * 30 + "کتاب\u200cها"),
])
def test_joiner_writers_keep_spaces_before_productive_parts(text, want):
    assert _core.step_apply("fix_zwnj", {}, text) == want


#: ‑های after a non-joining letter: the plural of a common noun (نهاد) stays as written
#: where no word after it asks for the ‑ای reading; ‑ای typed apart after a non-joining
#: letter is no suffix (the vocative ای, شما ای), so it is not glued on
@pytest.mark.parametrize("text, want", [
    ("نهادهای دولتی", "نهادهای دولتی"),
    ("نمودهای گوناگون", "نمودهای گوناگون"),  # (in no learned table: the rule alone keeps it)
    ("شیرهای جنگل", "شیرهای جنگل"),
    ("زبانهای خارجی", "زبان\u200cهای خارجی"),
    ("خانهای که", "خانه\u200cای که"),
    ("شما ای مردم", "شما ای مردم"),
    ("پاییز ای بهار", "پاییز ای بهار"),
    ("خانه ای بزرگ", "خانه\u200cای بزرگ"),
])
def test_plural_and_ai_after_non_joining_letters(text, want):
    assert _core.step_apply("fix_zwnj", {}, text) == want
