"""Batch API, pandas, Hugging Face datasets and Spark: the same output as the plain call."""
import os
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


def test_spark_udf_equals_plain(spark):
    from normalizer.spark import normalize_udf

    rows = [(t,) for t in LINES] + [(None,)]
    df = spark.createDataFrame(rows, "text string").repartition(3)
    got = [r.text for r in df.withColumn("text", normalize_udf("default")("text")).collect()]
    want = [preset("default")(t) for t in LINES] + [None]
    assert sorted(got, key=str) == sorted(want, key=str)


def test_spark_udf_rejects_bad_spec_on_the_driver():
    pytest.importorskip("pyspark")
    from normalizer import SpecError
    from normalizer.spark import normalize_udf

    with pytest.raises(SpecError):
        normalize_udf("nope")


def test_spark_example_job_is_byte_identical_to_cli(spark, tmp_path):
    sys.path.insert(0, os.path.join(ROOT, "examples"))
    import spark_normalize

    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    files = {
        "a.txt": "\n".join(LINES) + "\n",
        "b.txt": "كتاب\r\nعلي\r\n\r\nبدون خط آخر",
        "c.txt": "سلام دنیا\n",
    }
    for name, text in files.items():
        (src / name).write_bytes(text.encode("utf-8"))
    n = spark_normalize.run(spark, str(src), str(dst), "default")
    assert n == 3
    env = dict(os.environ, PYTHONPATH=ROOT)
    for name in files:
        cli = subprocess.run([sys.executable, "-m", "normalizer", str(src / name)],
                             capture_output=True, env=env, check=True).stdout
        assert (dst / name).read_bytes() == cli, name


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
