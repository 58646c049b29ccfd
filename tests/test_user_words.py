"""Words users add to the ZWNJ repair: fix_zwnj(words=..., keep=...), the filter's --words and
--keep files, and normalizer.read_words."""
from __future__ import annotations

import subprocess
import sys

import pytest

from normalizer import Pipeline, SpecError, get_step, preset, read_words
from conftest import ROOT, ZWNJ

# a compound the lexicon does not list, so that only a user word joins it (glued or spaced)
COMPOUND = "کهکشان" + ZWNJ + "نورد"


def _fix(**options) -> Pipeline:
    return Pipeline([get_step("fix_zwnj", **options)])


@pytest.mark.parametrize("text", ["کهکشاننورد", "کهکشان نورد", "کهکشاننوردها"])
def test_a_user_compound_is_restored_glued_or_spaced(text):
    assert ZWNJ not in _fix()(text)  # the lexicon does not know it
    out = _fix(words=[COMPOUND])(text)
    assert out.startswith(COMPOUND), out


@pytest.mark.parametrize("text", [
    "میلیون کتاب", "کتاب‌ها در میدان", "The 3 books", "۱۲۳", "https://x.ir/a",  # rows with nothing to do
])
def test_user_words_change_nothing_else(text):
    assert _fix(words=[COMPOUND], keep=["میتواند"])(text) == _fix()(text)


@pytest.mark.parametrize("text", ["میتواند", "او میتواند برود", "می تواند"])
def test_keep_words_stay_as_written(text):
    assert _fix()(text) != text  # repaired without the keep word
    kept = _fix(keep=["میتواند", "می", "تواند"])(text)
    assert kept == text


def test_a_solid_user_word_is_not_cut():
    # a word without a ZWNJ is a word as written: the repair does not cut it
    word = "فیسبوکها"
    assert _fix(words=["فیسبوکها"])(word) == word


def test_words_round_trip_in_specs():
    p = Pipeline([get_step("fix_zwnj", words=[COMPOUND, "فیسبوک"], keep=["میتواند"])])
    assert Pipeline.from_spec(p.to_spec()) == p
    with pytest.raises(SpecError, match="no word"):
        get_step("fix_zwnj", words=["دو کلمه"])


def test_read_words_format(tmp_path):
    f = tmp_path / "w.txt"
    f.write_text("\ufeff# comment\n" + COMPOUND + "\t42\n\n  فیسبوک  \n" + COMPOUND + "\n", encoding="utf-8")
    assert read_words(str(f)) == [COMPOUND, "فیسبوک"]
    f.write_text("دو کلمه\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        read_words(str(f))


def _run(args, data: bytes) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "normalizer", *args], input=data, capture_output=True,
                          env={"PYTHONPATH": ROOT, "PATH": "/usr/bin:/bin"})


def test_filter_reads_word_files(tmp_path):
    words, keep = tmp_path / "words.txt", tmp_path / "keep.txt"
    words.write_text(COMPOUND + "\n", encoding="utf-8")
    keep.write_text("میتواند\n", encoding="utf-8")
    data = "کهکشان نورد میتواند\n".encode()
    r = _run(["--words", str(words), "--keep", str(keep)], data)
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode() == COMPOUND + " میتواند\n"
    assert _run([], data).stdout.decode() == preset("default")("کهکشان نورد میتواند\n")


@pytest.mark.parametrize("args,message", [
    (["--words", "/no/such/file"], "no such file"),
    (["--keep", "/"], "folder"),
    (["--words", "BAD", ], "holds a space"),
    (["--preset", "letters", "--words", "GOOD"], "need a pipeline with fix_zwnj"),
])
def test_filter_word_file_errors_are_one_line(tmp_path, args, message):
    (tmp_path / "BAD").write_text("دو کلمه\n", encoding="utf-8")
    (tmp_path / "GOOD").write_text(COMPOUND + "\n", encoding="utf-8")
    args = [str(tmp_path / a) if a in ("BAD", "GOOD") else a for a in args]
    r = _run(args, b"x\n")
    assert r.returncode == 2
    err = r.stderr.decode()
    assert message in err and err.count("\n") == 1, err
