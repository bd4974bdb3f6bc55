#!/usr/bin/env bash
# CMake must stop with a message that says what to do for: a folder that is not a LAMMPS src
# folder, a LAMMPS build without PLUGIN, without shared libraries, or made from another tree.
#   check_configure_errors.sh <project source dir> <a real LAMMPS src dir> <case>
set -u
project=$1 src=$2 case=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fake_build() {    # fake_build <home dir> <PKG_PLUGIN> <BUILD_SHARED_LIBS>
  mkdir -p "$tmp/lmpbuild"
  cat > "$tmp/lmpbuild/CMakeCache.txt" <<EOC
CMAKE_HOME_DIRECTORY:INTERNAL=$1
PKG_PLUGIN:BOOL=$2
BUILD_SHARED_LIBS:BOOL=$3
BUILD_MPI:BOOL=ON
LAMMPS_SIZES:STRING=smallbig
LAMMPS_EXCEPTIONS:BOOL=ON
EOC
}

case $case in
  not_a_tree)  args=(-DLAMMPS_SOURCE_DIR="$tmp/nowhere"); expect="is not a LAMMPS src folder" ;;
  no_plugin)   fake_build "$src/../cmake" OFF ON; args=(-DLAMMPS_SOURCE_DIR="$src" -DLAMMPS_BUILD_DIR="$tmp/lmpbuild")
               expect="without the PLUGIN package" ;;
  no_shared)   fake_build "$src/../cmake" ON OFF; args=(-DLAMMPS_SOURCE_DIR="$src" -DLAMMPS_BUILD_DIR="$tmp/lmpbuild")
               expect="without shared libraries" ;;
  other_tree)  fake_build "$tmp/other/cmake" ON ON; args=(-DLAMMPS_SOURCE_DIR="$src" -DLAMMPS_BUILD_DIR="$tmp/lmpbuild")
               expect="must be compiled against the tree that loads it" ;;
  *) echo "unknown case $case"; exit 2 ;;
esac

out=$(cmake -S "$project" -B "$tmp/build" -DCUNBGLASS_TESTS=OFF "${args[@]}" 2>&1)
rc=$?
echo "$out" | grep -A4 "CMake Error"
if [ $rc -eq 0 ]; then echo "FAILED: cmake accepted the bad input"; exit 1; fi
# CMake wraps long messages; join lines before searching
if ! tr -s ' \n' ' ' <<<"$out" | grep -q "$expect"; then echo "FAILED: message lacks '$expect'"; exit 1; fi
echo "OK: $case refused with '$expect'"
