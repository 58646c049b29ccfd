"""Apache Spark: normalize a DataFrame column with a pandas UDF.

Needs the ``spark`` extra (``pip install persian-normalizer[spark]``: pyspark, pandas,
pyarrow)::

    from normalizer.spark import normalize_udf
    df = df.withColumn("text", normalize_udf("default")("text"))

The UDF carries only the pipeline's spec (a short string); each Python worker builds the
pipeline, and loads the lexicon, once, and reuses it for every batch it is sent. Nulls stay
null.
"""
from functools import lru_cache
from typing import Any

from .pipeline import Pipeline
from .presets import SPECS

__all__ = ["normalize_udf", "spec_of", "DecodeError", "decode_text", "encode_text"]

#: the ``--errors`` choices of the filter, and so of ``examples/spark_normalize.py``
ERRORS = ("strict", "replace", "ignore", "surrogateescape")


class DecodeError(ValueError):
    """Bytes that cannot be decoded; the message, one line, names the file and the line as
    the ``persian-normalize`` filter's does."""


def decode_text(data: bytes, name: str, encoding: str = "utf-8", errors: str = "strict") -> tuple[str, bool]:
    """A file's bytes as text, decoded as the filter decodes its input (its own reader, on
    the bytes in memory): with ``errors`` (one of :data:`ERRORS`); a leading byte order mark
    is the encoding's signature, not text. Returns the text and whether it began with a
    UTF-8 BOM. Under ``strict``, an undecodable byte raises :class:`DecodeError` with the
    filter's one-line message, which names ``name`` and the line."""
    import io

    from .cli import UsageError, read_blocks

    bom: list[bool] = []
    try:
        return "".join(read_blocks(io.BytesIO(data), name, encoding, errors, bom=bom)), bool(bom)
    except UsageError as e:
        raise DecodeError(str(e)) from None


def encode_text(text: str, encoding: str = "utf-8", errors: str = "strict", bom: bool = False) -> bytes:
    """Normalized text as bytes, encoded as the filter writes its output: undecodable bytes
    kept by ``surrogateescape`` go back as they came; with any other ``errors`` the
    output is encoded strictly (the replaced or dropped bytes are gone already). ``bom``:
    the input began with a UTF-8 BOM, which goes back first where the output is UTF-8."""
    import codecs

    out = text.encode(encoding, "surrogateescape" if errors == "surrogateescape" else "strict")
    return codecs.BOM_UTF8 + out if bom and codecs.lookup(encoding).name == "utf-8" else out


def spec_of(pipeline: "str | Pipeline") -> str:
    """The spec of a preset name, a spec string or a :class:`Pipeline` (checked here, on the
    driver, so that a bad spec fails before any task starts)."""
    if isinstance(pipeline, Pipeline):
        return pipeline.to_spec()
    if pipeline in SPECS:
        return SPECS[pipeline]
    return Pipeline.from_spec(pipeline).to_spec()


@lru_cache(maxsize=8)
def _worker_pipeline(spec: str) -> Pipeline:
    return Pipeline.from_spec(spec)


def normalize_series(spec: str, texts: Any) -> Any:
    """Normalize a pandas Series of strings; what the UDF runs on each batch. A missing
    value (None, NaN, ``pandas.NA``) is kept as it is, as :meth:`Pipeline.normalize_batch`
    keeps it (a test checks the two agree)."""
    p = _worker_pipeline(spec)
    return texts.map(p, na_action="ignore")


def normalize_udf(pipeline: "str | Pipeline" = "default") -> Any:
    """A pandas UDF (``string -> string``) that normalizes a column with ``pipeline``: a
    preset name, a spec string or a :class:`Pipeline`.

    >>> # df.withColumn("text", normalize_udf("search")("text"))
    """
    import pandas as pd  # type: ignore[import-untyped]
    from pyspark.sql.functions import pandas_udf

    spec = spec_of(pipeline)

    @pandas_udf("string")  # type: ignore[call-overload]
    def normalize(texts: pd.Series) -> pd.Series:
        return normalize_series(spec, texts)

    return normalize
