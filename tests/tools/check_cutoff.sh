#!/usr/bin/env bash
# The shipped potential's 5.5 A tables against the same potential tabulated to 6.4 A
# (cunbglass-eamgen --cutoff 6.4), through potentials/calibration/cutoff_check.in: on every
# configuration the per-atom energies agree within 5e-5 eV/atom and the forces within 5e-4 eV/A
# (docs/potential.md, "The cutoff", measured 2.2e-5 and 1.1e-4), so the calibration made with
# the longer tables holds for the shipped file.
#   tests/tools/check_cutoff.sh path/to/lmp path/to/cunbglass-eamgen path/to/repository
set -u
lmp=$1 eamgen=$2 repo=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$eamgen" --cutoff 6.4 --output "$work/long.eam.alloy" || { echo "FAIL: cunbglass-eamgen"; exit 1; }
grep -q "5.5000000000000000e+00$" <(sed -n 5p "$repo/potentials/CuNb.eam.alloy") ||
  { echo "FAIL: the shipped file is not tabulated to 5.5 A"; exit 1; }
(cd "$work" && "$lmp" -in "$repo/potentials/calibration/cutoff_check.in" -var potA long.eam.alloy \
   -var potB "$repo/potentials/CuNb.eam.alloy" -var glass "$repo/tests/data/cunb_glass_2000.data" \
   -log none -nocite -echo none > screen 2>&1) || { echo "FAIL: cutoff_check.in"; tail "$work/screen"; exit 1; }
grep "^cutoff_check" "$work/screen"
awk '/^cutoff_check/ { n++; if ($8 > 5e-5 || $12 > 5e-4) bad++ }
     END { if (n != 6) { print "FAIL: " n " configurations instead of 6"; exit 1 }
           if (bad) { print "FAIL: " bad " configurations beyond 5e-5 eV/atom or 5e-4 eV/A"; exit 1 } }' \
  "$work/screen" || exit 1
echo "the 5.5 A tables agree with the 6.4 A ones on all 6 configurations"
