"""The README's interactive examples (the >>> lines) run as written."""
import doctest
import os

from conftest import ROOT


def test_readme_examples():
    res = doctest.testfile(os.path.join(ROOT, "README.md"), module_relative=False,
                           optionflags=doctest.NORMALIZE_WHITESPACE)
    assert res.attempted >= 6
    assert res.failed == 0
