#!/usr/bin/env python3
"""Normalize a folder of UTF-8 text files into another folder with Apache Spark, line for line.

    python examples/spark_normalize.py IN_DIR OUT_DIR [--master local[*]] [--preset default]
    python examples/spark_normalize.py IN_DIR OUT_DIR --master spark://host:7077 --spec 'letters'

Each file is one record (its whole text, line endings included), goes through the pipeline
in a Spark task, and is written to OUT_DIR under its own name: the bytes are those the
``persian-normalize`` filter writes for the same file. On a cluster, IN_DIR and OUT_DIR must
be on a file system every executor sees (a shared mount). Needs ``pip install
persian-normalizer[spark]`` and Java 17.
"""
from __future__ import annotations

import argparse
import os
import sys
import time


def run(spark, in_dir: str, out_dir: str, pipeline: str = "default", partitions: int | None = None) -> int:
    """Normalize every file of ``in_dir`` into ``out_dir``; returns the number of files.

    Each file is one record (its whole text, line endings included); each task normalizes
    its files and writes them under their own names, atomically. (For a DataFrame column,
    use :func:`normalizer.spark.normalize_udf` instead; the tests check both give the
    filter's bytes.)
    """
    from normalizer.spark import spec_of

    spec = spec_of(pipeline)  # a bad spec fails here, before any task starts
    os.makedirs(out_dir, exist_ok=True)
    out_abs = os.path.abspath(out_dir)
    n_files = len([f for f in os.listdir(in_dir) if not f.startswith(".")])
    parts = partitions or max(n_files, 1)  # one task a file by default

    def write(kv):
        from urllib.parse import unquote, urlparse

        from normalizer.spark import _worker_pipeline  # built once per worker process

        path, text = kv
        name = os.path.basename(unquote(urlparse(path).path))
        tmp = os.path.join(out_abs, f".{name}.tmp")
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(_worker_pipeline(spec)(text))
        os.replace(tmp, os.path.join(out_abs, name))

    files = spark.sparkContext.wholeTextFiles(os.path.abspath(in_dir), minPartitions=parts)
    files.repartition(parts).foreach(write)
    return n_files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("in_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--master", default="local[*]", help="Spark master (default: local[*])")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--preset", default="default", help="preset name (default: default)")
    g.add_argument("--spec", default=None, help="pipeline spec instead of a preset")
    ap.add_argument("--partitions", type=int, default=None, help="repartition to this many tasks")
    args = ap.parse_args()
    if not os.path.isdir(args.in_dir):
        sys.exit(f"{args.in_dir}: not a folder")

    from pyspark.sql import SparkSession

    # local workers run this interpreter, which has the normalizer installed
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (SparkSession.builder.master(args.master).appName("persian-normalize")
             .config("spark.sql.execution.arrow.pyspark.enabled", "true").getOrCreate())
    t = time.perf_counter()
    n = run(spark, args.in_dir, args.out_dir, args.spec or args.preset, args.partitions)
    print(f"{n} files normalized in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
