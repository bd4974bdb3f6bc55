#!/usr/bin/env bash
# cunbglass-vdos-fit on analytic tables: a Debye solid (g = 3 V omega^2 / (2 pi^2 v^3) up to
# omega_D, N = V omega_D^3 / (6 pi^2 v^3) atoms) must give a = 2, the input v, b = 3 well below
# the Debye temperature and C_v -> 3 k_B per atom at high T; a film table (omega^3 below
# omega_x) must give a = 3; a window with fewer than 3 frequencies gives nan.
#   check_vdos_fit.sh /path/to/cunbglass-vdos-fit
set -u
fit=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*"; exit 1; }
near() { awk -v x="$1" -v y="$2" -v tol="$3" 'BEGIN { d = x - y; if (d < 0) d = -d; exit !(x + 0 == x && d <= tol) }'; }
V=10000 v=30 wd=40
awk -v V=$V -v v=$v -v wd=$wd 'BEGIN {
  pi = 3.14159265358979; print "# fix vdos table"; print "1000 1000"
  for (k = 0; k < 1000; ++k) { w = 0.05 * k; g = w <= wd ? 3 * V * w * w / (2 * pi * pi * v * v * v) : 0
    printf "%d %g %.10g %.10g\n", k + 1, w / (2 * pi), w, g } }' > "$work/debye.dat"
N=$(awk -v V=$V -v v=$v -v wd=$wd 'BEGIN { pi = 3.14159265358979; print V * wd^3 / (6 * pi * pi * v^3) }')
out=$("$fit" "$work/debye.dat" --atoms "$N" --volume $V --afit 1 6 --vfit 1 6 --bfit 3 15) || fail "exit status"
val() { sed -n "s/^$1 = \([-0-9.e+]*\).*/\1/p" <<< "$out"; }
near "$(val a)" 2 1e-3 || fail "Debye a = $(val a)"
near "$(val v)" $v 1e-3 || fail "Debye v = $(val v)"
near "$(val b)" 3 0.02 || fail "Debye b = $(val b)"
cv_high=$(awk '$1 == "cv" && $2 > 900 { print $3; exit }' <<< "$out")
near "$cv_high" 3 0.02 || fail "Debye C_v at high T = $cv_high"
# film of thickness 20 A: omega^3 below omega_x = 2 pi v / L = 9.42 rad/ps
awk -v V=$V -v v=$v -v L=20 'BEGIN {
  pi = 3.14159265358979; wx = 2 * pi * v / L; print "1000 1000"
  for (k = 0; k < 1000; ++k) { w = 0.05 * k
    g = w < wx ? 3 * V * L * w^3 / (4 * pi^3 * v^4) : 3 * V * w * w / (2 * pi * pi * v^3)
    printf "%d %g %.10g %.10g\n", k + 1, w / (2 * pi), w, g } }' > "$work/film.dat"
out=$("$fit" "$work/film.dat" --atoms 100 --volume $V --thickness 20 --v $v --afit 0.5 8) || fail "exit status"
near "$(val a)" 3 1e-3 || fail "film a = $(val a)"
# a window holding two frequencies (0.05 rad/ps apart) cannot give an exponent: nan, not a number
out=$("$fit" "$work/film.dat" --atoms 100 --volume $V --afit 1.0 1.07 2> "$work/err") || fail "exit status"
[ "$(val a_points)" = 2 ] && grep -q '^a = nan' <<< "$out" || fail "two-point window gave $(grep '^a' <<< "$out")"
grep -q "a undetermined" "$work/err" || fail "no message for the two-point window"
"$fit" "$work/film.dat" --atoms 100 > /dev/null 2>&1 && fail "accepted a table without --volume"
"$fit" "$work/none.dat" --atoms 1 --volume 1 > /dev/null 2>&1 && fail "accepted a missing table"
echo "vdos fit OK"
