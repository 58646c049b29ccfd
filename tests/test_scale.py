"""Batch API, pandas, Hugging Face datasets and Spark: the same output as the plain call."""
import codecs
import os
import shutil
import subprocess
import sys

import pytest

from normalizer import preset
from conftest import ROOT

LINES = [
    "كتاب هاي علي ٣٤٥ https://example.com/a?b=12",
    "استانها میتوانند بهرهگیری کنند",
    "",
    "می تواند در میدان",
    "Python 3.11 و ایمیل a@b.com",
    "مـــن  به مدرسه رفتم ،سپس",
] * 5


def test_normalize_batch_equals_plain():
    p = preset("default")
    assert p.normalize_batch(LINES) == [p(t) for t in LINES]
    assert p.normalize_batch(iter(LINES[:3])) == [p(t) for t in LINES[:3]]


def test_pandas_series_map():
    pd = pytest.importorskip("pandas")
    p = preset("default")
    s = pd.Series(LINES + [None])
    out = s.map(p, na_action="ignore")
    assert out.iloc[-1] is None or pd.isna(out.iloc[-1])
    assert list(out.iloc[:-1]) == [p(t) for t in LINES]


def _batch(batch):
    return {"text": preset("default").normalize_batch(batch["text"])}


def test_datasets_map_two_processes_equals_plain():
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_dict({"text": LINES})
    out = ds.map(_batch, batched=True, num_proc=2)
    assert out["text"] == [preset("default")(t) for t in LINES]


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java")
    from pyspark.sql import SparkSession

    # the workers run this interpreter (and see this checkout), not whatever python3 is first
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [ROOT, os.environ.get("PYTHONPATH")]))
    s = (SparkSession.builder.master("local[2]").appName("persian-normalizer-tests")
         .config("spark.sql.execution.arrow.pyspark.enabled", "true")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield s
    s.stop()


@pytest.mark.spark
def test_spark_udf_equals_plain(spark):
    from normalizer.spark import normalize_udf

    rows = [(t,) for t in LINES] + [(None,)]
    df = spark.createDataFrame(rows, "text string").repartition(3)
    got = [r.text for r in df.withColumn("text", normalize_udf("default")("text")).collect()]
    want = [preset("default")(t) for t in LINES] + [None]
    assert sorted(got, key=str) == sorted(want, key=str)


@pytest.mark.spark
def test_spark_udf_rejects_bad_spec_on_the_driver():
    pytest.importorskip("pyspark")
    from normalizer import SpecError
    from normalizer.spark import normalize_udf

    with pytest.raises(SpecError):
        normalize_udf("nope")


def _example():
    sys.path.insert(0, os.path.join(ROOT, "examples"))
    import spark_normalize

    return spark_normalize


def _cli(path, *options):
    """What the filter does with one file: (exit code, stdout bytes, stderr text)."""
    env = dict(os.environ, PYTHONPATH=ROOT)
    r = subprocess.run([sys.executable, "-m", "normalizer", *options, str(path)], capture_output=True, env=env)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


@pytest.mark.spark
def test_spark_example_job_is_byte_identical_to_cli(spark, tmp_path):
    spark_normalize = _example()
    src, dst = tmp_path / "in", tmp_path / "out"
    files = {
        "a.txt": "\n".join(LINES) + "\n",
        "b.txt": "كتاب\r\nعلي\r\n\r\nبدون خط آخر",
        "c.txt": "سلام دنیا\n",
        "_d.txt": "فایلی که نامش با خط زیر آغاز می شود\n",  # (Hadoop's readers skip these)
        "sub/e.txt": "زیر پوشه ای\n",
        "sub/deeper/f.txt": "كتاب هاي\n",
    }
    hidden = {".g.txt": "پنهان\n", ".git/h.txt": "پنهان\n", "sub/.i.txt": "پنهان\n"}
    for name, text in {**files, **hidden}.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(text.encode("utf-8"))
    n = spark_normalize.run(spark, str(src), str(dst), "default")
    assert n == len(files)
    written = sorted(str(p.relative_to(dst)) for p in dst.rglob("*") if p.is_file())
    assert written == sorted(files)  # hidden files left out, no temporary file left
    for name in files:
        assert (dst / name).read_bytes() == _cli(src / name)[1], name


BAD = "خط اول\nكتاب هاي\n".encode("utf-8") + b"caf\xe9 \xd9\x83\xff\n" + "آخر\n".encode("utf-8")


@pytest.mark.spark
@pytest.mark.parametrize("errors", ["replace", "ignore", "surrogateescape"])
def test_spark_example_honours_errors_as_the_cli(spark, tmp_path, errors):
    spark_normalize = _example()
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "bad.txt").write_bytes(BAD)
    assert spark_normalize.run(spark, str(src), str(dst), "default", errors=errors) == 1
    code, out, _ = _cli(src / "bad.txt", "--errors", errors)
    assert code == 0 and (dst / "bad.txt").read_bytes() == out


@pytest.mark.spark
def test_spark_example_fails_on_an_undecodable_byte_as_the_cli(spark, tmp_path, capsys):
    spark_normalize = _example()
    src, dst = tmp_path / "in", tmp_path / "out"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_bytes("كتاب\n".encode("utf-8"))
    (src / "sub" / "bad.txt").write_bytes(BAD)
    code, out, err = _cli(src / "sub" / "bad.txt")
    assert code == 2 and out == b""
    # the run: nothing written, the filter's one-line message
    with pytest.raises(spark_normalize.JobError) as e:
        spark_normalize.run(spark, str(src), str(dst), "default")
    assert "persian-normalize: error: " + str(e.value) == err.strip()
    assert "line 3" in str(e.value) and [p for p in dst.rglob("*") if p.is_file()] == []
    # the command: exit 2, that line alone on stderr
    assert spark_normalize.main([str(src), str(dst)], spark=spark) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines == ["spark_normalize: error: " + str(e.value)]
    # and with --errors replace, both files are written and counted
    assert spark_normalize.main([str(src), str(dst), "--errors", "replace"], spark=spark) == 0
    assert capsys.readouterr().err.startswith("2 files normalized")
    assert (dst / "sub" / "bad.txt").read_bytes() == _cli(src / "sub" / "bad.txt", "--errors", "replace")[1]


@pytest.mark.parametrize("layout", ["same", "out_in_in", "in_in_out"])
def test_spark_example_refuses_overlapping_folders_before_spark_starts(tmp_path, capsys, layout):
    spark_normalize = _example()
    src = tmp_path / "in" if layout != "in_in_out" else tmp_path / "out" / "in"
    src.mkdir(parents=True)
    (src / "a.txt").write_text("كتاب\n", encoding="utf-8")
    dst = {"same": src, "out_in_in": src / "out", "in_in_out": tmp_path / "out"}[layout]
    assert spark_normalize.main([str(src), str(dst)]) == 2  # (no session: none is started)
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "must be outside" in err[0]


def _missing_values():
    """Missing values as data frames and arrays hold them (those of installed libraries)."""
    rows = [("None", None), ("float nan", float("nan")), ("decimal nan", __import__("decimal").Decimal("nan"))]
    try:
        import numpy as np
        rows += [("numpy.nan", np.nan), ("numpy float32 nan", np.float32("nan")),
                 ("numpy datetime NaT", np.datetime64("NaT"))]
    except ImportError:  # pragma: no cover
        pass
    try:
        import pandas as pd
        rows += [("pandas.NA", pd.NA), ("pandas.NaT", pd.NaT)]
    except ImportError:  # pragma: no cover
        pass
    return rows


MISSING = _missing_values()


@pytest.mark.parametrize("label, value", MISSING, ids=[m[0] for m in MISSING])
def test_normalize_batch_keeps_a_missing_value_as_given(label, value):
    p = preset("default")
    out = p.normalize_batch(["كتاب", value, "هاي"])
    assert out[1] is value, label
    assert out[0] == p("كتاب") and out[2] == p("هاي")


@pytest.mark.parametrize("value", [0, 1.5, b"\xd9\x83", ["ك"], float("inf")])
def test_normalize_batch_refuses_values_that_are_not_text_nor_missing(value):
    with pytest.raises(TypeError):
        preset("default").normalize_batch(["ك", value])


@pytest.mark.parametrize("label, value", MISSING, ids=[m[0] for m in MISSING])
def test_pandas_recipe_and_spark_series_agree_with_normalize_batch(label, value):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyspark")
    from normalizer.spark import normalize_series

    p = preset("default")
    values = ["كتاب هاي", value, "استانها"]
    want = p.normalize_batch(values)
    for got in (pd.Series(values, dtype=object).map(p, na_action="ignore"),
                normalize_series(p.to_spec(), pd.Series(values, dtype=object))):
        assert got.iloc[0] == want[0] and got.iloc[2] == want[2]
        assert got.iloc[1] is value or (pd.isna(got.iloc[1]) and pd.isna(value)), label


# bytes the filter cannot decode: where they are, and how the line is counted
UNDECODABLE = [
    b"\xff first line\n",
    "كتاب\n".encode() + b"x\xd9\n" + b"z\n",               # a letter cut short before the line break
    "كتاب\nعلي\r\n".encode() + b"end \xe2\x82",             # cut short at the end, no line break
    b"\n\n\n" + "سلام ".encode() + b"\xc0\xaf\n",          # an overlong form
]


@pytest.mark.parametrize("data", UNDECODABLE)
def test_decode_text_names_the_line_as_the_cli(tmp_path, data):
    from normalizer.spark import DecodeError, decode_text

    path = tmp_path / "f.txt"
    path.write_bytes(data)
    code, out, err = _cli(path)
    assert code == 2
    with pytest.raises(DecodeError) as e:
        decode_text(data, str(path))
    assert "persian-normalize: error: " + str(e.value) == err.strip()
    for errors in ("replace", "ignore", "surrogateescape"):
        assert decode_text(data, str(path), errors=errors) == (data.decode("utf-8", errors), False)


def test_decode_text_reads_a_bom_as_the_cli_does(tmp_path):
    # a UTF-8 BOM is the encoding's signature, not text, and goes back first; a UTF-16 one
    # is its codec's: the output (UTF-8) has none
    from normalizer.spark import decode_text, encode_text

    data = codecs.BOM_UTF8 + "كتاب\n".encode()
    text, bom = decode_text(data, "f.txt")
    assert (text, bom) == ("كتاب\n", True)
    path = tmp_path / "f.txt"
    path.write_bytes(data)
    assert encode_text(preset("default")(text), bom=bom) == _cli(path)[1]
    text, bom = decode_text("\ufeffكتاب\n".encode("utf-16"), "g.txt", "utf-16")
    assert (text, bom) == ("كتاب\n", False)
    assert encode_text(text, "utf-8", bom=bom) == "كتاب\n".encode()
