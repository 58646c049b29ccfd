import pickle

import pytest

from normalizer import PRESETS, Pipeline, SpecError, get_step, normalize, preset, step_classes


def test_spec_round_trip_every_preset():
    for name in PRESETS:
        p = preset(name)
        assert Pipeline.from_spec(p.to_spec()) == p


@pytest.mark.parametrize("spec", [
    "unify_letters; digits(to=latin); fix_zwnj",
    "digits(to=arabic)",
    "unify_spaces(strip=false); punctuation(quotes=false)",
    "fix_zwnj(compounds=keep, spaced=false)",
])
def test_spec_round_trip(spec):
    p = Pipeline.from_spec(spec)
    assert Pipeline.from_spec(p.to_spec()) == p
    assert p.to_spec() == spec.replace("compounds=keep, spaced=false", "spaced=false, compounds=keep")


@pytest.mark.parametrize("old,new", [("true", "zwnj"), ("false", "keep")])
def test_compounds_read_as_a_switch_too(old, new):
    # compounds was a switch: true and false still work, and mean zwnj and keep
    a, b = Pipeline.from_spec(f"fix_zwnj(compounds={old})"), Pipeline.from_spec(f"fix_zwnj(compounds={new})")
    assert a == b and a.to_spec() == b.to_spec()
    text = "بهره گیری و کتاب ها"
    assert a(text) == b(text)
    assert (a(text) == "بهره\u200cگیری و کتاب\u200cها") == (new == "zwnj")
    with pytest.raises(SpecError, match="choose one of: zwnj, keep"):
        Pipeline.from_spec("fix_zwnj(compounds=maybe)")


@pytest.mark.parametrize("spec,msg", [
    ("nope", "unknown step 'nope'; valid steps: unify_letters"),
    ("digits(to=roman)", "choose one of: persian, latin, arabic"),
    ("digits(base=2)", "has no option 'base'; valid options: to"),
    ("digits(to=)", "has no value"),
    ("digits(to=latin", "ends where"),
    ("unify_spaces(strip=maybe)", "takes true or false"),
    ("digits unify_letters", "separated by ';'"),
])
def test_bad_specs_name_the_valid_ones(spec, msg):
    with pytest.raises(SpecError) as e:
        Pipeline.from_spec(spec)
    assert msg in str(e.value)


def test_preset_in_spec_expands():
    p = Pipeline.from_spec("letters; remove_zwnj")
    assert p.steps[: len(preset("letters"))] == preset("letters").steps


def test_pipelines_nest():
    inner = Pipeline.from_spec("unify_letters")
    outer = Pipeline([inner, get_step("digits", to="latin")])
    assert outer("كتاب ۱۲") == "کتاب 12"
    assert outer.to_spec() == "unify_letters; digits(to=latin)"


def test_steps_and_pipelines_pickle_cheaply():
    p = preset("default")
    data = pickle.dumps(p)
    assert len(data) < 2000
    q = pickle.loads(data)
    assert q == p and q("كتاب") == "کتاب"


def test_normalize_preset_and_spec():
    assert normalize("كتاب ۱۲", spec="unify_letters; digits(to=latin)") == "کتاب 12"
    assert normalize("كتاب 12", preset="letters") == "کتاب ۱۲"
    with pytest.raises(SpecError):
        normalize("x", preset="nope")


def test_without():
    p = preset("default").without("digits")
    assert "digits" not in p.to_spec()
    with pytest.raises(SpecError):
        preset("letters").without("fix_zwnj")


def test_every_step_documented_with_example():
    for name, cls in step_classes().items():
        if name == "pipeline":
            continue
        assert cls.__doc__ and ">>>" in cls.__doc__, name
        assert cls.summary, name
        assert cls.EXAMPLES, name
        for src, want, *opts in cls.EXAMPLES:
            assert cls(**(opts[0] if opts else {}))(src) == want, (name, src)


def test_issue_example():
    out = normalize("كتاب هاي علي ٣٤٥ https://example.com/a?b=12")
    assert out == "کتاب\u200cهای علی ۳۴۵ https://example.com/a?b=12"


def test_normalize_batch_keeps_none():
    assert preset("letters").normalize_batch(["ك", None, "ك 1"]) == ["ک", None, "ک ۱"]


def test_rejects_bytes():
    with pytest.raises(TypeError):
        preset("default")(b"abc")


def test_generated_step_docs_are_current():
    import importlib.util
    import os

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    spec = importlib.util.spec_from_file_location("gen_docs", os.path.join(root, "scripts", "gen_docs.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with open(os.path.join(root, "docs", "STEPS.md"), encoding="utf-8") as f:
        assert f.read() == mod.render(), "run python scripts/gen_docs.py"


# -- list options: fix_zwnj(disable=[...]) ------------------------------------------------
@pytest.mark.parametrize("spec,text,want", [
    ("fix_zwnj(disable=[mi-prefix])", "می تواند و استانها", "می تواند و استان\u200cها"),
    ("fix_zwnj(disable=[mi-prefix, plural-suffix])", "میتواند و استانها", "میتواند و استانها"),
    ("fix_zwnj(disable=[])", "می تواند", "می\u200cتواند"),
    ("fix_zwnj", "می تواند", "می\u200cتواند"),
])
def test_disable_switches_rules_off_by_name(spec, text, want):
    p = Pipeline.from_spec(spec)
    assert p(text) == want
    assert Pipeline.from_spec(p.to_spec()) == p  # a list round-trips


@pytest.mark.parametrize("spec,message", [
    ("fix_zwnj(disable=[no-such-rule])", "unknown 'no-such-rule'"),
    ("fix_zwnj(disable=[mi-prefix)", "expected ',' or ']'|items are separated"),
    ("fix_zwnj(disable=[,])", "expected a list item"),
    ("fix_zwnj(glued=[a])", "takes true or false"),
])
def test_bad_lists_are_refused_with_a_message(spec, message):
    with pytest.raises(SpecError, match=message):
        Pipeline.from_spec(spec)


# the editorial preset: text a person reads; what it does that default does not, and what it
# keeps that ml removes
@pytest.mark.parametrize("src,want", [
    ('گفت "او گفت "نه" و رفت"', "گفت «او گفت «نه» و رفت»"),
    ("سلام (,) دنیا", "سلام (،) دنیا"),
    ("چرا???!!! صبر کن... سلام -- دنیا", "چرا؟! صبر کن… سلام – دنیا"),
    ("سلام .خوبی ؟", "سلام. خوبی؟"),
    ("خانه ی.خانه", "خانهٔ. خانه"),
    ("مُحَمَّد در خانۀ ما", "مُحَمَّد در خانهٔ ما"),          # diacritics kept, ezafe هٔ
    ("کتاب ها 12", "کتاب‌ها ۱۲"),
    ("قیمت ۱,۰۰۰ و ۳.۱۴ و ۲۳:۰۲ و ۱۴۰۳/۰۹/۱۶", "قیمت ۱٬۰۰۰ و ۳٫۱۴ و ۲۳:۰۲ و ۱۴۰۳/۰۹/۱۶"),  # not : /
    ("مسافت۹کیلومتر و 96%", "مسافت ۹ کیلومتر و ۹۶٪"),
    # unchanged
    ("Version 4.7 and 1,000 at 96%", "Version 4.7 and 1,000 at 96%"),
    ("Hello, world... --help", "Hello, world... --help"),
    ("x = f(a, b)...", "x = f(a, b)..."),
    ("نشانی https://x.ir/?q=1,2 را", "نشانی https://x.ir/?q=1,2 را"),
    ('او گفت "سلام', 'او گفت "سلام'),
    ("این خط درست است: «سلام، دنیا»، (آری) و… نه!", "این خط درست است: «سلام، دنیا»، (آری) و… نه!"),
])
def test_editorial_preset(src, want):
    assert preset("editorial")(src) == want


def test_editorial_preset_keeps_diacritics():
    assert "remove_diacritics" not in preset("editorial").to_spec()
