#!/usr/bin/env bash
# README command (b): install and build as tools/setup.sh does, then run the whole test suite
# (unit tests, LAMMPS-level tests on 1 and 2 MPI ranks, launcher and regression tests) with ctest.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/tools/setup.sh" --no-run
cd "$here/build"
ctest --output-on-failure --parallel "$(nproc)" "$@"
