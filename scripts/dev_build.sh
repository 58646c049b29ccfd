#!/usr/bin/env bash
# Build the core into normalizer/_core.abi3.so in place (an optimized build without the
# release profile's slow link-time optimization), for running the tests from this checkout:
#   scripts/dev_build.sh && PYTHONPATH=. python -m pytest tests/test_core_parity.py
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --profile fast --features python
# (a new file, renamed over the old: a running process keeps the one it mapped)
cp target/fast/lib_core.so normalizer/_core.abi3.so.tmp
mv -f normalizer/_core.abi3.so.tmp normalizer/_core.abi3.so
