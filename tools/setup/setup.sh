#!/usr/bin/env bash
# README command (a): install what is missing (Debian packages only), build the pinned LAMMPS once
# (cached outside the repository), build cunbglassplugin.so and build/lmp, then run
# examples/quench.in at its small default.
#   tools/setup/setup.sh            everything
#   tools/setup/setup.sh --no-run   install and build only
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"

packages=(g++ cmake make dpkg-dev xz-utils libopenmpi-dev openmpi-bin voro++-dev libvoro++1
          libgtest-dev libgmock-dev googletest libbenchmark-dev python3 python3-numpy python3-matplotlib
          python3-ase)   # python3-ase: the DFT reference set's extended XYZ (tools/dft)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[setup] installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo); else
    echo "error: these Debian packages are missing and this user cannot run apt-get:" >&2
    echo "       ${missing[*]}" >&2
    echo "       ask an administrator to run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build ${CUNBGLASS_CMAKE_ARGS:-}
cmake --build build --parallel "$(nproc)"

if [ "${1:-}" != "--no-run" ]; then
  echo "[setup] running examples/quench.in on $(nproc) MPI ranks"
  tools/setup/mpirun.sh "$(nproc)" build/lmp -in examples/quench.in
fi
