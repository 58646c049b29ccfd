#!/usr/bin/env python3
"""Normalize a folder of text files into another folder with Apache Spark, line for line.

    python examples/spark_normalize.py IN_DIR OUT_DIR [--master local[*]] [--preset default]
    python examples/spark_normalize.py IN_DIR OUT_DIR --master spark://host:7077 --spec 'letters'

Every file under IN_DIR, in subfolders too, is one record (its bytes, decoded as the
``persian-normalize`` filter decodes them: ``--encoding``, ``--errors``), goes through the
pipeline in a Spark task, and is written to OUT_DIR under the same relative path: the bytes
are those the filter writes for the same file. Hidden files and folders (a name starting
with a dot) are left out, and not counted. Under ``--errors strict`` (the default) a file
with an undecodable byte fails the job: nothing is written, and the error, one line, names
the file and the line; exit code 2, as the filter's. OUT_DIR must not be IN_DIR, nor be in
it or hold it. On a cluster, IN_DIR and OUT_DIR must be on a file system the driver and
every executor see (a shared mount). Needs ``pip install persian-normalizer[spark]`` and
Java 17.
"""
from __future__ import annotations

import argparse
import codecs
import os
import sys
import time
import uuid

PROG = "spark_normalize"


class JobError(Exception):
    """Bad arguments or input: printed as one line, exit 2 (as the filter's usage errors)."""


def input_files(in_dir: str, out_dir: str) -> list[str]:
    """The relative paths of the files to normalize under ``in_dir``, sorted: every regular
    file in it and its subfolders, but for hidden ones (a name, or a folder's, starting
    with a dot). Refuses an ``out_dir`` that is ``in_dir`` or lies in it, or holds it."""
    if not os.path.isdir(in_dir):
        raise JobError(f"{in_dir}: not a folder")
    src, dst = os.path.realpath(in_dir), os.path.realpath(out_dir)
    if os.path.commonpath([src, dst]) in (src, dst):
        raise JobError(f"{out_dir}: the output folder must be outside {in_dir}, and not hold it")
    out: list[str] = []
    for root, dirs, files in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            path = os.path.join(root, f)
            if not f.startswith(".") and os.path.isfile(path):
                out.append(os.path.relpath(path, src))
    return out


def run(spark, in_dir: str, out_dir: str, pipeline: str = "default", partitions: int | None = None,
        errors: str = "strict", encoding: str = "utf-8", output_encoding: str = "utf-8") -> int:
    """Normalize every file under ``in_dir`` (see :func:`input_files`) into ``out_dir``;
    returns the number of files written.

    Each task reads its files' bytes, decodes them as the filter does, normalizes the whole
    text and writes a temporary file; when every task is done, the driver gives each its
    name, or, if a file could not be decoded (or encoded), removes them all and raises
    :class:`JobError` naming the first such file. (For a DataFrame column, use
    :func:`normalizer.spark.normalize_udf` instead; the tests check both give the filter's
    bytes.)
    """
    from normalizer.spark import ERRORS, spec_of

    spec = spec_of(pipeline)  # a bad spec fails here, before any task starts
    if errors not in ERRORS:
        raise JobError(f"--errors {errors}: choose one of {', '.join(ERRORS)}")
    try:
        for enc in (encoding, output_encoding):
            codecs.lookup(enc)
    except LookupError:
        raise JobError(f"unknown encoding {enc!r}") from None
    files = input_files(in_dir, out_dir)
    src, dst = os.path.realpath(in_dir), os.path.realpath(out_dir)
    for d in sorted({os.path.dirname(f) for f in files}):
        os.makedirs(os.path.join(dst, d), exist_ok=True)
    os.makedirs(dst, exist_ok=True)
    tag = uuid.uuid4().hex

    def work(rel: str) -> tuple[str, str | None, str | None]:
        """(rel, the temporary file written, or None and the one-line error)."""
        from normalizer.spark import DecodeError, _worker_pipeline, decode_text, encode_text

        name = os.path.join(in_dir, rel)
        with open(os.path.join(src, rel), "rb") as f:
            data = f.read()
        try:
            text, bom = decode_text(data, name, encoding, errors)
            out = encode_text(_worker_pipeline(spec)(text), output_encoding, errors, bom)
        except DecodeError as e:
            return rel, None, str(e)
        except UnicodeEncodeError as e:
            return rel, None, f"{name}: cannot encode the output as {output_encoding} ({e.reason})"
        folder, base = os.path.split(os.path.join(dst, rel))
        tmp = os.path.join(folder, f".{base}.{tag}.tmp")
        with open(tmp, "wb") as f:
            f.write(out)
        return rel, tmp, None

    parts = partitions or max(len(files), 1)  # one task a file by default
    results = spark.sparkContext.parallelize(files, parts).map(work).collect()
    failed = sorted((rel, err) for rel, _, err in results if err is not None)
    if failed:
        for _, tmp, _ in results:
            if tmp is not None:
                os.unlink(tmp)
        more = f" (and {len(failed) - 1} more file{'s' if len(failed) > 2 else ''})" if len(failed) > 1 else ""
        raise JobError(failed[0][1] + more)
    for rel, tmp, _ in results:
        os.replace(tmp, os.path.join(dst, rel))  # type: ignore[arg-type]
    return len(results)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog=PROG, description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("in_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--master", default="local[*]", help="Spark master (default: local[*])")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--preset", default="default", help="preset name (default: default)")
    g.add_argument("--spec", default=None, help="pipeline spec instead of a preset")
    ap.add_argument("--partitions", type=int, default=None, help="this many tasks (default: one a file)")
    ap.add_argument("--encoding", default="utf-8", help="input encoding (default: utf-8)")
    ap.add_argument("--output-encoding", default="utf-8", help="output encoding (default: utf-8)")
    ap.add_argument("--errors", default="strict", choices=["strict", "replace", "ignore", "surrogateescape"],
                    help="what to do with undecodable bytes (default: strict, which stops with exit 2)")
    return ap


def main(argv: list[str] | None = None, spark=None) -> int:
    """The command; ``spark``: a session to use (and leave running) instead of a new one."""
    args = build_parser().parse_args(argv)
    from normalizer import SpecError

    try:
        input_files(args.in_dir, args.out_dir)  # refused before Spark starts
        own = spark is None
        if own:
            from pyspark.sql import SparkSession

            # local workers run this interpreter, which has the normalizer installed
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            spark = (SparkSession.builder.master(args.master).appName("persian-normalize")
                     .config("spark.sql.execution.arrow.pyspark.enabled", "true")
                     .config("spark.ui.showConsoleProgress", "false")  # (the error is one line)
                     .getOrCreate())
        try:
            t = time.perf_counter()
            n = run(spark, args.in_dir, args.out_dir, args.spec or args.preset, args.partitions,
                    args.errors, args.encoding, args.output_encoding)
        finally:
            if own:
                spark.stop()
    except (JobError, SpecError) as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    print(f"{n} file{'s' if n != 1 else ''} normalized in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
