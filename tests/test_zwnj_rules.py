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
