#!/usr/bin/env bash
# Fetch the pinned LAMMPS (Debian bookworm source package) and build it once, in a cache folder
# outside the repository keyed by the package version and a hash of cmake/lammps-preset.cmake.
# Prints the cache folder (holding src/ and build/) on its last line of stdout.
#
#   tools/build-lammps.sh            fetch + build if not cached
#   CUNBGLASS_CACHE=/dir ...         where to cache (default ~/.cache/cunbglass)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=apt-private.sh
. "$here/tools/apt-private.sh"

LAMMPS_DEB_VERSION=20220106.git7586adbb6a+ds1-2   # LAMMPS 29 Sep 2021 Update 2, Debian bookworm
cache="${CUNBGLASS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cunbglass}"
opthash=$(sha256sum "$here/cmake/lammps-preset.cmake" | cut -c1-10)
dir="$cache/lammps-$LAMMPS_DEB_VERSION-$opthash"
jobs="${CUNBGLASS_JOBS:-$(nproc)}"

log() { echo "[build-lammps] $*" >&2; }

if [ -f "$dir/build/.complete" ]; then
  log "using cached LAMMPS build in $dir"
  echo "$dir"; exit 0
fi
mkdir -p "$dir"

if [ ! -f "$dir/src/src/version.h" ]; then
  command -v dpkg-source >/dev/null || { log "error: dpkg-source missing: apt-get install dpkg-dev"; exit 1; }
  apt_private_init bookworm
  dl="$dir/download"; rm -rf "$dl" "$dir/src"; mkdir -p "$dl"
  log "fetching Debian source package lammps=$LAMMPS_DEB_VERSION"
  (cd "$dl" && apt-get "${APT_PRIVATE[@]}" source --download-only "lammps=$LAMMPS_DEB_VERSION" >&2) || {
    log "error: could not fetch the LAMMPS source package (see above)."; exit 1; }
  # Debian's patches only adapt the installed layout (a hard-coded /usr/share potentials path that
  # would disable LAMMPS_POTENTIALS, docs and tools); the upstream tree is what we build.
  dpkg-source --skip-patches -x "$dl"/lammps_*.dsc "$dir/src" >&2
  rm -rf "$dl"
fi

log "configuring LAMMPS ($(grep -o '"[^"]*"' "$dir/src/src/version.h" | tr '\n' ' '))"
cmake -S "$dir/src/cmake" -B "$dir/build" -C "$here/cmake/lammps-preset.cmake" \
      -DCMAKE_INSTALL_PREFIX="$dir/install" >"$dir/configure.log" 2>&1 || {
  tail -n 30 "$dir/configure.log" >&2; log "error: LAMMPS configure failed ($dir/configure.log)"; exit 1; }
log "building LAMMPS with $jobs jobs (log: $dir/build.log)"
start=$(date +%s)
cmake --build "$dir/build" --parallel "$jobs" >"$dir/build.log" 2>&1 || {
  tail -n 40 "$dir/build.log" >&2; log "error: LAMMPS build failed ($dir/build.log)"; exit 1; }
log "LAMMPS built in $(( $(date +%s) - start )) s"
touch "$dir/build/.complete"
echo "$dir"
