#!/usr/bin/env bash
# Runs examples/quench.in, anneal.in and diffusion.in at a tiny size through build/lmp and checks
# that their outputs exist and are physical: the quench ends amorphous (PTM crystalline fraction
# at most 5 %), the anneal holds its temperature (within 10 %) at zero mean pressure (within
# 5 kbar for 128 atoms), and the diffusion fit returns an exponent between 0 and 2.
#   check_decks.sh "MPIRUN -np N FLAGS" /path/to/lmp /path/to/examples
set -u
mpirun=$1 lmp=$2 examples=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail() { echo "FAILED: $*"; exit 1; }
run() { $mpirun "$lmp" -screen none -nocite "$@" || fail "lmp $* exited with $?"; }

run -in "$examples/quench.in" -var ncell 4 -var tmelt_ps 1 -var rate 1e15 -var tend 900 \
    -var restart_hi 1000 -var restart_lo 1000 -var out q
cat q/final.txt || fail "quench wrote no final.txt"
xtal=$(sed -n 's/.*crystalline fraction \([0-9.]*\).*/\1/p' q/final.txt)
awk -v f="$xtal" 'BEGIN { exit !(f <= 0.05) }' || fail "quench crystalline fraction $xtal"
[ -f q/quench_1000K.restart ] || fail "no restart at 1000 K"
[ "$(wc -l < q/quench_T.dat)" -ge 100 ] || fail "quench_T.dat has too few temperatures"

run -in "$examples/anneal.in" -var restart q/quench_1000K.restart -var T 1000 -var time_ps 1 \
    -var sample_ps 0.05 -var dump_ps 0.5 -var out a
cat a/anneal.txt || fail "anneal wrote no anneal.txt"
read -r T P < <(sed -n 's/.*<T> = \([-0-9.]*\) K, <P> = \([-0-9.]*\) bar.*/\1 \2/p' a/anneal.txt)
awk -v t="$T" -v p="$P" 'BEGIN { exit !(t > 900 && t < 1100 && p > -5000 && p < 5000) }' \
  || fail "anneal <T> = $T K, <P> = $P bar"
[ -s a/anneal.dump ] || fail "no per-atom dump"

run -in "$examples/diffusion.in" -var restart q/quench_1000K.restart -var T 1000 -var time_ps 1 \
    -var every 5 -var tmin 0.05 -var tmax 0.5 -var out d
cat d/diffusion.txt || fail "diffusion wrote no diffusion.txt"
n=$(sed -n 's/.* n = \([-0-9.]*\),.*/\1/p' d/diffusion.txt)
awk -v n="$n" 'BEGIN { exit !(n > 0 && n < 2) }' || fail "diffusion exponent n = $n"
echo "decks OK"
