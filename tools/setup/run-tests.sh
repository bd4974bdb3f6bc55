#!/usr/bin/env bash
# README command (b): install and build as tools/setup/setup.sh does (build/, against LAMMPS 4 Feb 2025,
# the default engine), build the same sources against LAMMPS 29 Sep 2021 (build-2021/), then run
# the whole suite with ctest: unit tests once, and every LAMMPS-level, launcher, install, deck,
# fuzz and regression test against both trees. Extra arguments go to both ctest runs.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
stamp() { date +%s; }
t0=$(stamp)
tools/setup/setup.sh --no-run
t1=$(stamp)
cmake -S . -B build-2021 -DCUNBGLASS_LAMMPS_RELEASE=2021 ${CUNBGLASS_CMAKE_ARGS:-}
cmake --build build-2021 --parallel "$(nproc)"
t2=$(stamp)
status=0
echo "[run-tests] LAMMPS 4 Feb 2025 (build/)"
(cd build && ctest --output-on-failure --parallel "$(nproc)" "$@") || status=1
t3=$(stamp)
echo "[run-tests] LAMMPS 29 Sep 2021 (build-2021/; unit tests ran above)"
(cd build-2021 && ctest --output-on-failure --parallel "$(nproc)" -E '^unit\.' "$@") || status=1
t4=$(stamp)
echo "[run-tests] times: setup + 2025 build $((t1 - t0)) s, 2021 build $((t2 - t1)) s," \
     "tests on 2025 $((t3 - t2)) s, tests on 2021 $((t4 - t3)) s, total $((t4 - t0)) s"
[ "$status" = 0 ] && echo "[run-tests] all tests passed on both LAMMPS trees" ||
  echo "[run-tests] FAILED: see the ctest output above"
exit "$status"
