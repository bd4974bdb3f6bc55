#!/usr/bin/env bash
# tools/workflows/cross-grid.sh's points LABEL=FILE (a potential made elsewhere, e.g. the DFT fit of
# issue 31) beside generated points s,lambda, without running MD: the point list, the work
# folder, the copy of the file (an eam/fs file under its own name, with its pair style), the
# table lookup, and the refusals (bad label, missing file, --nb-density-scale, a folder holding
# another file's results, each with exit 2 and a message naming the point), and the readers of
# quench_T.dat and anneal.txt. Then tools/plots/plot_cross_grid.py on tables holding both kinds of rows: the
# file point stays off the (s, lambda) map and appears in both tables.
#   tests/tools/check_cross_grid_points.sh path/to/repository
set -u
repo=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
here=$tmp/repo
mkdir -p "$here/build" "$here/tools/workflows"
printf '#!/bin/sh\nexit 0\n' > "$here/build/lmp"
chmod +x "$here/build/lmp"
printf 'fitted potential\n' > "$tmp/fitted.eam.alloy"
printf 'another fit\n' > "$tmp/other.eam.alloy"
# shellcheck source=/dev/null
. "$repo/tools/workflows/cross-grid.sh"
table=$tmp/grid.dat
grid_options "$table" "# s lambda value" "" --work "$tmp/cg" --np 1 0.875,1.00 "dft=$tmp/fitted.eam.alloy"
# shellcheck disable=SC2154    # points: set by grid_options
[ "${points[*]}" = "0.875,1.00 dft,file" ] || { echo "FAIL: points '${points[*]}' instead of '0.875,1.00 dft,file'"; fail=1; }
[ "$(grid_point_dir dft file)" = "$tmp/cg/file_dft" ] || { echo "FAIL: folder of dft is $(grid_point_dir dft file)"; fail=1; }
pot=$(grid_potential dft file)
{ [ "$pot" = "$tmp/cg/file_dft/CuNb.eam.alloy" ] && cmp -s "$pot" "$tmp/fitted.eam.alloy"; } ||
  { echo "FAIL: grid_potential dft file gave '$pot', not a copy of the file in its folder"; fail=1; }
echo "dft file 0.5" >> "$table"
grid_has_point dft file || { echo "FAIL: the row 'dft file' was not found"; fail=1; }
grid_has_point 0.875 1.00 && { echo "FAIL: a row for 0.875,1.00 was found in a table without one"; fail=1; }

refused() {  # WHY MESSAGE ARGS...: grid_options ARGS must exit 2 with an error containing MESSAGE
  local why=$1 message=$2; shift 2
  out=$( (grid_options "$tmp/refused.dat" "# s" "" --work "$tmp/cg" "$@") 2>&1 )
  [ $? -eq 2 ] || { echo "FAIL: $why was not refused with exit 2"; fail=1; return; }
  grep -qF -- "$message" <<< "$out" || { echo "FAIL: $why: the error '$out' does not say '$message'"; fail=1; }
}
refused "a label that is not a word" "error: point 1x=" "1x=$tmp/fitted.eam.alloy"
refused "a missing file" "no potential file $tmp/none.eam.alloy" "dft=$tmp/none.eam.alloy"
# an eam/fs file: copied under its kind's name, its decks told eam/fs; the same bytes named
# .eam.alloy under that label are another file (another pair style)
printf 'fitted with cross densities\n' > "$tmp/fitted.eam.fs"
cp "$tmp/fitted.eam.fs" "$tmp/same_bytes.eam.alloy"
grid_options "$tmp/grid3.dat" "# s" "" --work "$tmp/cg" "fs=$tmp/fitted.eam.fs"
pot=$(grid_potential fs file)
{ [ "$pot" = "$tmp/cg/file_fs/CuNb.eam.fs" ] && cmp -s "$pot" "$tmp/fitted.eam.fs"; } ||
  { echo "FAIL: grid_potential fs file gave '$pot', not a copy named CuNb.eam.fs"; fail=1; }
[ "$(grid_pair_style "$pot")" = eam/fs ] || { echo "FAIL: grid_pair_style $pot is $(grid_pair_style "$pot")"; fail=1; }
[ "$(grid_pair_style "$tmp/cg/file_dft/CuNb.eam.alloy")" = eam/alloy ] || { echo "FAIL: grid_pair_style of an eam/alloy file"; fail=1; }
refused "the same bytes as another pair style under a label whose folder holds results" "holds results of another file" \
  "fs=$tmp/same_bytes.eam.alloy"
refused "a file point with --nb-density-scale" "error: --nb-density-scale 0.8" --nb-density-scale 0.8 "dft=$tmp/fitted.eam.alloy"
refused "another file under a label whose folder holds results" "holds results of another file" "dft=$tmp/other.eam.alloy"
grid_options "$tmp/grid2.dat" "# s" "" --work "$tmp/cg" "fit2=$tmp/other.eam.alloy" ||
  { echo "FAIL: the other file under a new label was refused"; fail=1; }

# the readers of the deck outputs: f_ico of a quench step by its name, in the format of
# examples/quench.in since L*_ico was added (2026-12-03) and before; the rich interpolation only
# where both reference classes hold atoms
cat > "$tmp/quench_T.dat" <<'STEPS'
# header
T = 1800 K  V = 16654.48 A^3  H = -5025.6608 eV  f_ico = 0.0049  L*_ico = 0.127  dimension = 0
T = 1000 K  V = 16253.59 A^3  H = -5300.6752 eV  f_ico = 0.1323  L*_ico = 0.725  dimension = 2
STEPS
printf 'T = 1800 K  V = 1.0 A^3  H = -1.0 eV  f_ico = 0.0125\n' > "$tmp/quench_T_old.dat"
[ "$(grid_quench_f_ico 1800 "$tmp/quench_T.dat")" = 0.0049 ] || { echo "FAIL: f_ico at 1800 K read as '$(grid_quench_f_ico 1800 "$tmp/quench_T.dat")', not 0.0049"; fail=1; }
[ "$(grid_quench_f_ico 1000 "$tmp/quench_T.dat")" = 0.1323 ] || { echo "FAIL: f_ico at 1000 K read as '$(grid_quench_f_ico 1000 "$tmp/quench_T.dat")', not 0.1323"; fail=1; }
[ "$(grid_quench_f_ico 1800 "$tmp/quench_T_old.dat")" = 0.0125 ] || { echo "FAIL: f_ico of the older format read as '$(grid_quench_f_ico 1800 "$tmp/quench_T_old.dat")'"; fail=1; }
[ -z "$(grid_quench_f_ico 300 "$tmp/quench_T.dat")" ] || { echo "FAIL: a step that is not there gave a value"; fail=1; }
anneal_line() { echo "ANNEAL T = 300 K block 1/1: f_ico = 0.3304, icosahedron formation enthalpy $1 kJ/mol between $2 Cu-rich and $3 Nb-rich reference atoms for 338 icosahedral atoms, -5.4 kJ/mol species by species" > "$tmp/anneal.txt"; }
anneal_line -12.5 93 22
[ "$(grid_anneal_dh_rich "$tmp/anneal.txt")" = -12.5 ] || { echo "FAIL: dH_ico with both references read as '$(grid_anneal_dh_rich "$tmp/anneal.txt")', not -12.5"; fail=1; }
anneal_line 0.0 0 0
[ "$(grid_anneal_dh_rich "$tmp/anneal.txt")" = nan ] || { echo "FAIL: dH_ico without references read as '$(grid_anneal_dh_rich "$tmp/anneal.txt")', not nan"; fail=1; }
anneal_line 0.0 12 0
[ "$(grid_anneal_dh_rich "$tmp/anneal.txt")" = nan ] || { echo "FAIL: dH_ico without Nb-rich references read as '$(grid_anneal_dh_rich "$tmp/anneal.txt")', not nan"; fail=1; }

# the map and tables of plot_cross_grid.py: rows s lambda xtal fcc bcc f300 lamC box f1800 f1000 dH wall species
mkdir -p "$tmp/plot"
cat > "$tmp/plot/cross_grid.dat" <<'ROWS'
# header
0.875 1.00 0.01 0.0 0.01 0.033 19.3 25.0 0.01 0.02 -5.0 600 -4.0
dft file 0.02 0.0 0.02 0.080 18.0 25.0 0.02 0.05 -12.0 610 -11.0
ROWS
sed 's/0.033/0.030/; s/0.080/0.090/' "$tmp/plot/cross_grid.dat" > "$tmp/plot/cross_grid_seed2.dat"
printf '# header\n0.875 1.00 0.20 1000\ndft file 0.10 800\n' > "$tmp/plot/cross_phases.dat"
if report=$(cd "$tmp/plot" && /usr/bin/python3 "$repo/tools/plots/plot_cross_grid.py" cross_grid.dat cross_phases.dat map.png 2>&1); then
  grep -q '^| dft | file | 0.10 | 800 |' <<< "$report" || { echo "FAIL: the file point is not in the grid table:"; echo "$report"; fail=1; }
  grep -q '^| dft | file | 2 | 0.050 +- 0.000 | 0.085 +- 0.005 ' <<< "$report" ||
    { echo "FAIL: the file point's samples (f_ico 0.080, 0.090: 0.085 +- 0.005) are not in the samples table:"; echo "$report"; fail=1; }
  if [ ! -s "$tmp/plot/map.png" ] || [ ! -s "$tmp/plot/cross_grid_samples.png" ]; then echo "FAIL: the figures are missing"; fail=1; fi
else
  echo "FAIL: plot_cross_grid.py failed on a table with a file point:"; echo "$report"; fail=1
fi
[ $fail -eq 0 ] && echo "cross-grid.sh: file points listed, copied, looked up and refused where they must be; the plot keeps them off the map"
exit $fail
