#!/usr/bin/env bash
# Phase checks of grid points of the Cu-Nb cross interaction (issue 18, target 1), beside
# tools/workflows/calibrate-cross.sh: the B2 CuNb formation energy (relaxed, 0 K, against fcc Cu and bcc Nb;
# positive means immiscible) and a spinodal estimate of the Cu50Nb50 liquid from the mean-field
# law S_CC(q_min)^-1 proportional to T - T_s (Ornstein-Zernike), fitted over the temperatures
# potentials/calibration/liquid_demixing.in holds (2,000 atoms, 5 ps equilibration and 10 ps
# averaging each). One row per point in the table (default potentials/calibration/cross_phases.dat);
# points already there are skipped (resumable).
#   tools/workflows/calibrate-phases.sh [--table FILE] [--work DIR] [--np N] [--temps "4000 3500 3000 2750"] s,lambda ...
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
temps="4000 3500 3000 2750"
# shellcheck source=cross-grid.sh
. "$here/tools/workflows/cross-grid.sh"
grid_options "$here/potentials/calibration/cross_phases.dat" \
  "# s lambda E_B2-(E_Cu+E_Nb)/2(eV/atom) T_s(K) [1/S_CC(q_min) at T: T:value ...]" \
  --temps "$@"
for point in "${points[@]}"; do
  s=${point%,*} l=${point#*,}
  if grid_has_point "$s" "$l"; then
    echo "[calibrate-phases] s = $s, lambda = $l: in the table already"; continue
  fi
  pot=$(grid_potential "$s" "$l") dir=$(grid_point_dir "$s" "$l")
  # 0 K energies per atom: fcc Cu, bcc Nb, B2 CuNb, each relaxed under zero pressure
  cat > "$dir/solids.in" <<EOF
label crystal
units metal
atom_style atomic
variable e equal pe/atoms
variable name index cu nb b2
if "\${name} == cu" then "lattice fcc 3.6" "region box block 0 4 0 4 0 4" "create_box 2 box" "create_atoms 1 box"
if "\${name} == nb" then "lattice bcc 3.3" "region box block 0 4 0 4 0 4" "create_box 2 box" "create_atoms 2 box"
if "\${name} == b2" then "lattice custom 3.1 a1 1 0 0 a2 0 1 0 a3 0 0 1 basis 0 0 0 basis 0.5 0.5 0.5" "region box block 0 4 0 4 0 4" "create_box 2 box" "create_atoms 1 box basis 1 1 basis 2 2"
pair_style $(grid_pair_style "$pot")
pair_coeff * * $pot Cu Nb
fix relax all box/relax iso 0.0
minimize 1e-14 1e-12 5000 50000
print "\${name} \$(v_e:%.6f)" append $dir/solids.txt
clear
next name
jump SELF crystal
EOF
  rm -f "$dir/solids.txt"
  (cd "$dir" && grid_lmp -in solids.in -log none)
  eb2=$(awk '$1 == "cu" { cu = $2 } $1 == "nb" { nb = $2 } $1 == "b2" { b2 = $2 } END { printf "%.4f", b2 - 0.5 * (cu + nb) }' "$dir/solids.txt")
  echo "[calibrate-phases] s = $s, lambda = $l: B2 formation energy $eb2 eV/atom; liquid ($(date -u +%H:%M))"
  rm -f "$dir/liquid.dat"
  (cd "$dir" && grid_lmp -in "$here/potentials/calibration/liquid_demixing.in" -var pot "$pot" -var pairstyle "$(grid_pair_style "$pot")" -var xcu 0.5 \
     -var temps "$temps" -var equil 5 -var hold 10 -var out liquid.dat -var label "$s,$l" -log none)
  # liquid.dat: label x T H V q1 S_CC(q1) q2 S_CC(q2); least squares of 1/S_CC(q1) = a + b T
  fit=$(awk '{ t = $3; y = 1 / $7; n++; st += t; sy += y; stt += t * t; sty += t * y; pts = pts " " t ":" sprintf("%.3f", y) }
             END { b = (n * sty - st * sy) / (n * stt - st * st); a = (sy - b * st) / n;
                   printf "%.0f%s", (b > 0 ? -a / b : -1), pts }' "$dir/liquid.dat")
  echo "$s $l $eb2 $fit" >> "$table"
  echo "[calibrate-phases] s = $s, lambda = $l: T_s ${fit%% *} K"
done
