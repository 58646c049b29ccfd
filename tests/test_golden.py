"""Golden files: tests/golden/input.txt through every preset. UPDATE_GOLDEN=1 rewrites them
(then read the diff before committing)."""
import os

import pytest

from normalizer import PRESETS, preset

HERE = os.path.join(os.path.dirname(__file__), "golden")


@pytest.mark.parametrize("name", list(PRESETS))
def test_golden(name):
    with open(os.path.join(HERE, "input.txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    _check(preset(name)(text), f"{name}.txt")


def _check(got: str, name: str) -> None:
    """``got`` must equal the golden file ``name`` (UPDATE_GOLDEN=1 rewrites it)."""
    path = os.path.join(HERE, name)
    if os.environ.get("UPDATE_GOLDEN"):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(got)
    with open(path, encoding="utf-8", newline="") as f:
        assert got == f.read()


# news.txt: sentences written for these tests in news style (no corpus sentence), spelled with
# their joiners (Academy style; the ezafe after silent heh in all three forms). They must come
# out of the default preset unchanged, and with every joiner dropped or typed as a space they
# must come out as news_glued.txt and news_spaced.txt say (read the diff when one changes).
def _news() -> str:
    with open(os.path.join(HERE, "news.txt"), encoding="utf-8", newline="") as f:
        return f.read()


def test_news_written_right_comes_out_unchanged():
    text = _news()
    for line in text.splitlines():
        assert preset("default")(line) == line


@pytest.mark.parametrize("kind,sep", [("glued", ""), ("spaced", " ")])
def test_news_joiners_restored(kind, sep):
    _check(preset("default")(_news().replace("\u200c", sep)), f"news_{kind}.txt")


# editorial_input.txt: lines for what only the editorial preset does (quotes by their sides,
# marks and runs of marks in Persian context, spacing after a full stop), with lines that must
# come out as they are (Latin, code, numbers, a URL, a lone quote, a line already right).
def test_editorial_golden():
    with open(os.path.join(HERE, "editorial_input.txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    got = preset("editorial")(text)
    _check(got, "editorial_output.txt")
    assert preset("editorial")(got) == got
    kept = ["x = f(a, b)...", "Run it with --help, then wait...", "---",
            "این خط درست است: «سلام، دنیا»، (آری) و… نه!"]
    for line in kept:
        assert line in text.splitlines() and line in got.splitlines(), line
