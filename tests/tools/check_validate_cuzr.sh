#!/usr/bin/env bash
# tools/workflows/validate-cuzr.sh end to end at a tiny size (250 atoms of Cu64Zr36, Mendelev EAM
# from the LAMMPS tree of this build; the probe and one quench at 1e14 K/s): the recipe runs and
# its results are physically bounded, not tuned: the first minimum of g(r) lies in a metal's
# 3.3-4.2 A, the glass is amorphous (PTM crystalline fraction at most 5 %), more than 10 % of its
# atoms are in full icosahedra (Cu-Zr's known motif; Cheng & Ma 2011 report about 20-30 % of Cu
# atoms centring <0,0,12,0> at such rates), and the fractions of Cu atoms centring CNA and Voronoi
# icosahedra lie in (0, 1); cuzr.dat has the asked columns and the figures exist; bad options
# are refused.
#   check_validate_cuzr.sh /path/to/lmp /path/to/repository
set -u
lmp=$1 repo=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*"; exit 1; }
between() { awk -v x="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(x + 0 == x && x > lo && x < hi) }'; }
"$repo/tools/workflows/validate-cuzr.sh" --ncell 5 --rates 1e14 --samples 1 --cycles 0 --np 2 --lmp "$lmp" \
  --out "$work/v" || fail "validate-cuzr.sh exited with $?"
cut=$(cat "$work/v/ico_cut.txt")
between "$cut" 3.3 4.2 || fail "first minimum of g(r) at $cut A"
grep -q "ico_cut $cut\|CNA at $cut A" "$work/v/quench_1e14_1/final.txt" || fail "the quench did not use the cutoff $cut A"
final=$(cat "$work/v/quench_1e14_1/final.txt")
echo "$final"
xtal=$(sed -n 's/.*crystalline fraction \([0-9.]*\).*/\1/p' <<<"$final")
between "$xtal" -0.001 0.05 || fail "crystalline fraction $xtal"
grep -q '^# rate_K_per_s sample cu_centred_voronoi cu_centred_cna f_ico_atoms L_star_300K T_span_K T_g_K' "$work/v/cuzr.dat" ||
  fail "cuzr.dat header"
read -r rate sample vor cna fico L _ < <(grep -v '^#' "$work/v/cuzr.dat")
[ "$rate $sample" = "1e+14 1" ] || fail "cuzr.dat row names rate $rate sample $sample"
between "$fico" 0.1 1 || fail "f_ico^atoms $fico of the Cu-Zr glass, expected above 0.1"
between "$vor" 0 1 && between "$cna" 0 1 || fail "Cu-centred fractions Voronoi $vor, CNA $cna"
between "$L" -0.001 0.867 || fail "L*_ico $L beyond sqrt(3)/2"
for png in cuzr_cooling cuzr_glass_transition cuzr_rate; do
  [ -s "$work/v/$png.png" ] || fail "no $png.png"
done
"$repo/tools/workflows/validate-cuzr.sh" --rates 1e20 --out "$work/bad" > /dev/null 2>&1 && fail "--rates 1e20 accepted"
"$repo/tools/workflows/validate-cuzr.sh" --samples 0 --out "$work/bad" > /dev/null 2>&1 && fail "--samples 0 accepted"
echo "validate-cuzr OK"
