#!/usr/bin/env bash
# Compile cunbglassplugin.so against a 2022-or-later LAMMPS tree: the Debian trixie source
# package of LAMMPS 4 Feb 2025, fetched like the pinned tree (private apt configuration). Only the
# plugin is compiled (no LAMMPS build): this checks the compat header and the API probes.
#   tools/check-modern-lammps.sh        exit 0 compiled, 1 failed to compile,
#                                       77 the tree could not be fetched (said plainly)
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=apt-private.sh
. "$here/tools/apt-private.sh"
cache="${CUNBGLASS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cunbglass}"
version=20250204+dfsg.1-2
tree="$cache/lammps-modern-$version"

if [ ! -f "$tree/src/version.h" ]; then
  if ! apt_private_init trixie; then
    echo "SKIPPED: the private apt configuration for trixie sources could not be set up."; exit 77
  fi
  dl="$cache/download-modern"; rm -rf "$dl"; mkdir -p "$dl"
  # The .dsc of this version has been missing from the archive at times; the orig tarball alone
  # holds the upstream tree, so only it is fetched.
  if ! (cd "$dl" && apt-get "${APT_PRIVATE[@]}" source --download-only --tar-only "lammps=$version" >/dev/null 2>&1) \
     || ! ls "$dl"/lammps_*.orig.tar.* >/dev/null 2>&1; then
    echo "SKIPPED: the LAMMPS $version source tarball (Debian trixie) could not be fetched;"
    echo "         the plugin was not compiled against a modern LAMMPS in this run."
    rm -rf "$dl"; exit 77
  fi
  rm -rf "$tree"; mkdir -p "$tree"
  tar -xf "$dl"/lammps_*.orig.tar.* -C "$tree" --strip-components=1 || { echo "FAILED: cannot unpack"; exit 1; }
  rm -rf "$dl"
fi

echo "LAMMPS tree: $tree ($(grep -o '"[^"]*"' "$tree/src/version.h" | head -1))"
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
if ! cmake -S "$here" -B "$build" -DLAMMPS_SOURCE_DIR="$tree/src" -DCUNBGLASS_TESTS=OFF \
     -Wno-dev >"$build/configure.log" 2>&1; then
  cat "$build/configure.log"; echo "FAILED: configuring against $tree"; exit 1
fi
grep -E "LAMMPS tree|Performing Test CUNBGLASS" "$build/configure.log"
if ! cmake --build "$build" --target cunbglassplugin --parallel "$(nproc)" 2>&1 | tail -n 40; then
  echo "FAILED: cunbglassplugin did not compile against LAMMPS $version"; exit 1
fi
[ -f "$build/cunbglassplugin.so" ] || { echo "FAILED: no cunbglassplugin.so"; exit 1; }
echo "OK: cunbglassplugin.so compiles against LAMMPS $version"
