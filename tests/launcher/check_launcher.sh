#!/usr/bin/env bash
# Runs build/lmp on a small LJ deck under mpirun and checks that the plugin was auto-loaded
# (its styles appear in 'plugin list', with no plugin path in the deck), that a cunbglass
# compute runs inside real MD with -sf omp, and that LAMMPS finished normally.
#   check_launcher.sh "MPIRUN -np N FLAGS" /path/to/lmp deck.in
set -u
mpirun=$1 lmp=$2 deck=$3
out=$(cd "$(dirname "$deck")" && $mpirun "$lmp" -in "$deck" -log none -nocite -sf omp 2>&1)
rc=$?
echo "$out"
fail() { echo "FAILED: $*"; exit 1; }
[ $rc -eq 0 ] || fail "lmp exited with status $rc"
grep -q "compute style plugin ico/atom" <<<"$out" || fail "ico/atom missing from 'plugin list'"
grep -q "^Loop time" <<<"$out" || fail "no MD run completed"
grep -q "ERROR" <<<"$out" && fail "LAMMPS reported an error"
grep -q "pair lj/cut/omp" <<<"$out" || fail "-sf omp did not select lj/cut/omp"
echo "launcher OK"
