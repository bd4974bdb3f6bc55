#!/usr/bin/env bash
# Fetch a pinned LAMMPS release from the Debian source archive and build it once, in a cache
# folder outside the repository keyed by the upstream release, the Debian revision and a hash of
# the build options (cmake/lammps-common.cmake and cmake/lammps-<release>.cmake). Prints the
# cache folder (holding src/ and build/) on its last line of stdout.
#
#   tools/setup/build-lammps.sh [2025|2021]   4 Feb 2025 (the default engine) or 29 Sep 2021 Update 2
#                                       (with KOKKOS/OpenMP); fetch + build if not cached
#   CUNBGLASS_CACHE=/dir ...            where to cache (default ~/.cache/cunbglass)
#
# The upstream release is pinned; the Debian revision is looked up in the archive's source index
# (the revision changes when Debian patches its packaging, the upstream tree does not).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=apt-private.sh
. "$here/tools/setup/apt-private.sh"

release="${1:-2025}"
case "$release" in
  # LAMMPS 4 Feb 2025. No KOKKOS: Debian strips lib/kokkos, and the Kokkos 4.5 it would need is
  # not fetchable from the archive (docs/design.md, "LAMMPS versions").
  2025) upstream=20250204; suite=trixie; kokkos_from="" ;;
  # LAMMPS 29 Sep 2021 Update 2, with the Kokkos it bundles upstream (3.4.1), taken from the Debian
  # source of Trilinos 13.2.0.
  2021) upstream=20220106.git7586adbb6a; suite=bookworm
        kokkos_from=trilinos; kokkos_upstream=13.2.0; kokkos_version=3.4.1 ;;
  *) echo "usage: $0 [2025|2021]" >&2; exit 2 ;;
esac
preset="$here/cmake/lammps-$release.cmake"
cache="${CUNBGLASS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cunbglass}"
# the key follows the settings, not the comments: comment lines and blank lines are left out
opthash=$(cat "$here/cmake/lammps-common.cmake" "$preset" | grep -v -E '^[[:space:]]*(#|$)' | sha256sum | cut -c1-10)
jobs="${CUNBGLASS_JOBS:-$(nproc)}"

log() { echo "[build-lammps] $*" >&2; }

# A finished build of this release and these options needs no network.
for done_flag in "$cache"/lammps-"$upstream"+*-"$opthash"/build/.complete; do
  if [ -f "$done_flag" ]; then
    dir=$(dirname "$(dirname "$done_flag")")
    log "using cached LAMMPS build in $dir"
    echo "$dir"; exit 0
  fi
done

apt_private_init "$suite" || exit 1
# Highest Debian version of the pinned upstream release in the source index.
newest_source_version() {  # $1 package, $2 upstream prefix
  apt-cache "${APT_PRIVATE[@]}" showsrc "$1" 2>/dev/null |
    awk -v p="$2" '/^Version:/ && index($2, p) == 1 { print $2 }' | sort -V | tail -n 1
}
debver=$(newest_source_version lammps "$upstream")
if [ -z "$debver" ]; then
  log "error: Debian $suite no longer lists a source package of LAMMPS $upstream"
  log "       (versions listed: $(apt-cache "${APT_PRIVATE[@]}" showsrc lammps 2>/dev/null | awk '/^Version:/ { printf "%s ", $2 }'))."
  log "       Build LAMMPS yourself and pass -DLAMMPS_SOURCE_DIR=/path/to/lammps/src (README: Your own LAMMPS)."
  exit 1
fi
dir="$cache/lammps-$debver-$opthash"
mkdir -p "$dir"

# Fetch only the upstream (orig) tarball: Debian's patches adapt the installed layout (a
# hard-coded /usr/share potentials path that would disable LAMMPS_POTENTIALS), and the .dsc of
# some revisions has been missing from the archive at times.
fetch_orig() {  # $1 package, $2 Debian version, $3 download folder
  rm -rf "$3"; mkdir -p "$3"
  log "fetching the Debian source tarball of $1=$2"
  (cd "$3" && apt-get "${APT_PRIVATE[@]}" source --download-only --tar-only "$1=$2" >&2) &&
    ls "$3"/"$1"_*.orig.tar.* >/dev/null 2>&1 || {
      log "error: could not fetch the $1 $2 source tarball from the Debian archive (see above)."; exit 1; }
}

if [ ! -f "$dir/src/src/version.h" ]; then
  fetch_orig lammps "$debver" "$dir/download"
  rm -rf "$dir/src"; mkdir -p "$dir/src"
  tar -xf "$dir"/download/lammps_*.orig.tar.* -C "$dir/src" --strip-components=1
  rm -rf "$dir/download"
fi

# Debian's LAMMPS source has no lib/kokkos; Trilinos ships the Kokkos release that this LAMMPS
# bundles upstream (checked against Kokkos's own version numbers below).
if [ -n "$kokkos_from" ] && [ ! -f "$dir/src/lib/kokkos/CMakeLists.txt" ]; then
  kdeb=$(newest_source_version "$kokkos_from" "$kokkos_upstream")
  if [ -z "$kdeb" ]; then
    log "error: Debian $suite has no $kokkos_from $kokkos_upstream source any more (it holds Kokkos $kokkos_version for KOKKOS)."
    log "       Build LAMMPS yourself and pass -DLAMMPS_SOURCE_DIR=/path/to/lammps/src (README: Your own LAMMPS)."
    exit 1
  fi
  fetch_orig "$kokkos_from" "$kdeb" "$dir/download-kokkos"
  rm -rf "$dir/kokkos-extract"; mkdir -p "$dir/kokkos-extract"
  tar -xf "$dir"/download-kokkos/"$kokkos_from"_*.orig.tar.* -C "$dir/kokkos-extract" \
      --strip-components=1 --wildcards '*/packages/kokkos/*'
  kv=$(awk '/^set\(Kokkos_VERSION_(MAJOR|MINOR|PATCH) / { gsub(/\)/, "", $2); printf "%d.", $2 }' \
       "$dir/kokkos-extract/packages/kokkos/CMakeLists.txt" | sed 's/\.$//')
  if [ "$kv" != "$kokkos_version" ]; then
    log "error: $kokkos_from $kdeb holds Kokkos $kv; LAMMPS $upstream needs Kokkos $kokkos_version."; exit 1
  fi
  rm -rf "$dir/src/lib/kokkos"
  mv "$dir/kokkos-extract/packages/kokkos" "$dir/src/lib/kokkos"
  rm -rf "$dir/kokkos-extract" "$dir/download-kokkos"
  log "Kokkos $kv from $kokkos_from $kdeb in lib/kokkos"
fi

log "configuring LAMMPS ($(grep -o '"[^"]*"' "$dir/src/src/version.h" | head -1), options $preset)"
cmake -S "$dir/src/cmake" -B "$dir/build" -C "$preset" \
      -DCMAKE_INSTALL_PREFIX="$dir/install" >"$dir/configure.log" 2>&1 || {
  tail -n 30 "$dir/configure.log" >&2; log "error: LAMMPS configure failed ($dir/configure.log)"; exit 1; }
log "building LAMMPS with $jobs jobs (log: $dir/build.log)"
start=$(date +%s)
cmake --build "$dir/build" --parallel "$jobs" >"$dir/build.log" 2>&1 || {
  tail -n 40 "$dir/build.log" >&2; log "error: LAMMPS build failed ($dir/build.log)"; exit 1; }
log "LAMMPS built in $(( $(date +%s) - start )) s"
touch "$dir/build/.complete"
echo "$dir"
